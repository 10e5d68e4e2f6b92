/**
 * Reads what the page wrote inside and on the element: the `<leg-pain-office>` children, and
 * attribute typos on the element and its offices. One MutationObserver, so offices added or
 * edited later update the widget, and a typo added later is reported too.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {checkAttribute} from '../config/attributes.js';
import {OFFICE_TAG, TAG, type OfficeInput} from '../config/config.js';

export class LightDomController implements ReactiveController {
  /** The attributes of each office that belongs to this widget, in page order. */
  children: OfficeInput[] = [];
  #key = '';
  #observer = new MutationObserver((records) => this.#changed(records));

  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Prints a message; the host prints each one once. */
  readonly #warn: (message: string) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, warn: (message: string) => void) {
    this.#host = host;
    this.#warn = warn;
    host.addController(this);
  }

  hostConnected() {
    this.#check(this.#host);
    this.#changed([]);
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

  #check(element: Element, only?: string) {
    for (const {name, value} of element.attributes) {
      const problem = (!only || name === only) && checkAttribute(element.localName, name, value);
      if (problem) this.#warn(problem);
    }
  }

  #changed(records: MutationRecord[]) {
    const offices = this.#offices();
    for (const {type, target, attributeName} of records) {
      // Only our own attributes: fallback content inside may carry any attribute it likes.
      if (type === 'attributes' && (target === this.#host || offices.includes(target as Element))) {
        this.#check(target as Element, attributeName!);
      }
    }
    if (!records.length || records.some(({type}) => type === 'childList')) {
      offices.forEach((office) => this.#check(office));
    }
    const attribute = (el: Element, name: string) => el.getAttribute(name) ?? undefined;
    const children = offices.map((el) => ({
      name: attribute(el, 'name') ?? '',
      address: attribute(el, 'address'),
      phone: attribute(el, 'phone'),
      bookingUrl: attribute(el, 'booking-url'),
      lat: attribute(el, 'lat'),
      lng: attribute(el, 'lng'),
    }));
    // Fallback text edited, or nothing that changes an office: no update.
    const key = JSON.stringify(children);
    if (key === this.#key) return;
    this.#key = key;
    this.children = children;
    this.#host.requestUpdate();
  }
}
