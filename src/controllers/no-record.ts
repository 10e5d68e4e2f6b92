/**
 * Marks the widget with each session-replay tool's own "do not record" sign, so that a recorder
 * on the page, even one loaded before the widget, leaves the whole widget out: it records an empty
 * box of the widget's size, never its text, answers or clicks. The closed shadow root already
 * hides them from scripts that only read the page; these signs also cover recorders that patch
 * the browser. If the page's framework rewrites `class` (React's `className`), the signs come back.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Each tool's documented class for "block this element and everything in it". */
const CLASSES = [
  'rr-block', // rrweb, and the products built on it
  'fs-exclude', // FullStory
  'ph-no-capture', // PostHog
  'sentry-block', // Sentry Session Replay
];
/** Each tool's documented attribute for the same. */
const ATTRIBUTES: Record<string, string> = {
  'data-clarity-mask': 'true', // Microsoft Clarity
  'data-hj-suppress': '', // Hotjar
  'data-private': '', // LogRocket
  'data-dd-privacy': 'hidden', // Datadog
};

export class NoRecordController implements ReactiveController {
  readonly #host: HTMLElement;
  #observer = new MutationObserver(() => this.#mark());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#mark();
    this.#observer.observe(this.#host, {
      attributes: true,
      attributeFilter: ['class', ...Object.keys(ATTRIBUTES)],
    });
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }

  #mark() {
    const host = this.#host;
    if (!CLASSES.every((name) => host.classList.contains(name))) host.classList.add(...CLASSES);
    for (const [name, value] of Object.entries(ATTRIBUTES)) {
      if (host.getAttribute(name) !== value) host.setAttribute(name, value);
    }
  }
}
