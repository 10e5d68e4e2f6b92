/**
 * The words in the visitor's language. English is always here; another language is fetched once,
 * when the page first needs it (as the widget starts, never after an answer), and the widget
 * re-renders when it arrives. A file that fails to load means English, with one console line.
 */
import type {ReactiveControllerHost} from 'lit';
import {message, TAG} from '../config/config.js';
import {ENGLISH, LOADERS, type Language} from '../i18n/index.js';
import type {Strings} from '../i18n/types.js';

export class WordsController {
  #words: Partial<Record<Language, Strings>> = {en: ENGLISH};
  #asked = new Set<Language>();

  readonly #host: ReactiveControllerHost;
  readonly #warn: (message: string) => void;

  constructor(host: ReactiveControllerHost, warn: (message: string) => void) {
    this.#host = host;
    this.#warn = warn;
  }

  /** The words for `lang`, or undefined while they load. */
  get(lang: Language): Strings | undefined {
    if (!this.#words[lang] && !this.#asked.has(lang)) {
      this.#asked.add(lang);
      LOADERS[lang as Exclude<Language, 'en'>]()
        .then(
          (words) => (this.#words[lang] = words),
          () => {
            this.#warn(message(TAG, 'lang', lang, 'its words did not load; using English.'));
            this.#words[lang] = ENGLISH;
          },
        )
        .finally(() => this.#host.requestUpdate());
    }
    return this.#words[lang];
  }
}
