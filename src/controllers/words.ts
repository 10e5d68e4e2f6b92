/**
 * The words in the visitor's language, shared by every widget on the page. English is always
 * here. Another language is fetched once per page, when a widget on its first screen needs it
 * (as it starts, never during a check); meanwhile the widget shows the page's own fallback
 * content. A file that fails, does not verify, or has not arrived within `WAIT_MS` means English,
 * with one console line for the whole page. If it arrives after all, widgets still on their first
 * screen switch to it; a check in progress keeps the language it started in.
 */
import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {message, TAG} from '../config/config.js';
import {ENGLISH_ID, fetchWords} from '../i18n/fetch.js';
import {ENGLISH, LOADERS} from '../i18n/index.js';
import type {Strings} from '../i18n/types.js';
import {warnOnce} from '../warn.js';

/** How long the fallback content waits for a language file before English is shown. */
export const WAIT_MS = 4000;

/** The words to show, and the language they are in (English when the asked one failed). */
export interface Shown {
  lang: string;
  words: Strings;
}

const words: Record<string, Strings | undefined> = {en: ENGLISH};
/** Languages whose file failed or is late: English stands in for them. */
const late = new Set<string>();
const asked = new Set<string>();
const hosts = new Set<ReactiveControllerHost>();
const update = () => hosts.forEach((host) => host.requestUpdate());

/**
 * Fetches `lang`'s words: a language of the widget's own, or a clinic's own language file whose
 * fingerprint the page stated (`integrity`), which must be from this version's English.
 */
function load(lang: string, integrity: string | undefined) {
  asked.add(lang);
  const giveUp = (why: string) => {
    if (words[lang] || late.has(lang)) return;
    late.add(lang);
    warnOnce(message(TAG, 'lang', lang, `its words ${why}; using English.`));
    update();
  };
  const timer = setTimeout(
    () => giveUp(`did not arrive within ${WAIT_MS / 1000} seconds`),
    WAIT_MS,
  );
  (
    LOADERS[lang as 'es']?.() ??
    fetchWords(lang, integrity!).then((loaded) => {
      if (loaded.english !== ENGLISH_ID)
        throw new Error(`from another version's English: export again`);
      return loaded;
    })
  )
    .then(
      (loaded) => {
        words[lang] = loaded;
        late.delete(lang);
        update();
      },
      (error: unknown) => giveUp(`did not load (${String(error)})`),
    )
    .finally(() => clearTimeout(timer));
}

export class WordsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.#host);
  }

  hostDisconnected() {
    hosts.delete(this.#host);
  }

  /**
   * The words for `lang` (English if its file failed or is late), or undefined while it loads.
   * `files` holds the page's fingerprints of the clinic's own language files.
   */
  get(lang: string, files: Record<string, string>): Shown | undefined {
    const loaded = words[lang];
    if (loaded) return {lang, words: loaded};
    if (late.has(lang)) return {lang: 'en', words: ENGLISH};
    if (!asked.has(lang)) load(lang, files[lang]);
    return undefined;
  }
}
