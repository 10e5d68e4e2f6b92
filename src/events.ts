/**
 * Every event the widget dispatches, in one place. Details never carry the visitor's answers.
 * The views have no events of their own: they call the root directly, so nothing about a visitor
 * crosses the shadow root except what is listed here.
 */
import type {Level} from './tree/types.js';

export interface ResultDetail {
  /** A stable outcome id, such as "claudication" or "leg-clot". */
  outcome: string;
  level: Level;
}

export type ResultEvent = CustomEvent<ResultDetail>;

/** `lpc-start` carries nothing: a count of checks started, never who or what. */
export type StartEvent = CustomEvent<null>;

/** Event names and their details. */
export interface Events {
  /** The visitor pressed Start. */
  'lpc-start': null;
  /** A result card was shown. */
  'lpc-result': ResultDetail;
}

/** Dispatches a public event from the widget: it bubbles and crosses shadow roots. */
export function emit<K extends keyof Events>(target: EventTarget, name: K, detail: Events[K]) {
  target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}

declare global {
  interface HTMLElementEventMap {
    'lpc-start': StartEvent;
    'lpc-result': ResultEvent;
  }
  interface GlobalEventHandlersEventMap {
    'lpc-start': StartEvent;
    'lpc-result': ResultEvent;
  }
}
