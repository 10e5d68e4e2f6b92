/**
 * The page's language around the widget: the nearest `lang` on an ancestor, across the shadow
 * roots of components it sits in, up to `<html lang>`. Follows later changes to it.
 */
import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';

/** The nearest `lang` attribute above `element`, crossing shadow roots; null when none. */
export function langAround(element: Element): string | null {
  for (let node = element.parentNode; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class PageLangController implements ReactiveController {
  lang: string | null = null;
  #observer = new MutationObserver(() => this.#read());

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#read();
    // Watch `lang` in the document and in every shadow root between it and the widget.
    for (let root = this.#host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      this.#observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }

  #read() {
    const lang = langAround(this.#host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.#host.requestUpdate();
  }
}
