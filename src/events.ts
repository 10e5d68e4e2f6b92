/** Events the widget dispatches. Their details never carry the visitor's answers. */
import type {Level} from './tree/types.js';

export const RESULT_EVENT = 'lpc-result';

export interface ResultDetail {
  /** A stable outcome id, such as "claudication" or "leg-clot". */
  outcome: string;
  level: Level;
}

export type ResultEvent = CustomEvent<ResultDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-result': ResultEvent;
  }
}
