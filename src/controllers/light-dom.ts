/**
 * Reads what the page wrote inside and on the element: the `<leg-pain-office>` children, and
 * attribute typos on the element and its offices; and keeps the do-not-record signs on it. One
 * MutationObserver, so offices added or edited later update the widget, a typo added later is
 * reported too, and signs a framework removed come back.
 */
import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {checkAttribute} from '../config/attributes.js';
import {OFFICE_TAG, TAG} from '../config/config.js';
import {warnOnce} from '../warn.js';
import {markNoRecord} from './no-record.js';

export class LightDomController implements ReactiveController {
  /** The attributes of each office that belongs to this widget, in page order. */
  children: Record<string, string>[] = [];
  #observer = new MutationObserver(() => this.#changed());

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#changed();
    this.#observer.observe(this.#host, {childList: true, subtree: true, attributes: true});
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }

  /** Offices of this widget, not of another widget nested in its fallback content. */
  #offices() {
    return [...this.#host.querySelectorAll(OFFICE_TAG)].filter(
      (el) => el.closest(TAG) === this.#host,
    );
  }

  /** Reports each attribute that is neither ours nor a global one, each once per page. */
  #check(element: Element) {
    for (const {name, value} of element.attributes) {
      const problem = checkAttribute(element.localName, name, value);
      if (problem) warnOnce(problem);
    }
  }

  #changed() {
    // Also after the page's framework rewrote the element's `class`.
    markNoRecord(this.#host);
    const offices = this.#offices();
    // Fallback content inside may carry any attribute it likes: only ours are checked.
    for (const element of [this.#host, ...offices]) this.#check(element);
    // Each office as its attributes; the config reads the ones it knows ("booking-url" too).
    this.children = offices.map((office) =>
      Object.fromEntries([...office.attributes].map((a) => [a.name, a.value])),
    );
    this.#host.requestUpdate();
  }
}
