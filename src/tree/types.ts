/**
 * The shape of the clinical decision tree. Plain data: no lit, no DOM.
 * Every visible word lives in `src/i18n/`, keyed by the ids used here.
 */

/** Result levels, least to most cautious. The order is used to pick the more cautious level. */
export const LEVELS = ['self-care', 'routine', 'urgent', 'emergency'] as const;
export type Level = (typeof LEVELS)[number];

/** How cautious a level is: a higher rank is more cautious. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Where an answer leads: another question or an outcome, by id. */
export type Target = {question: string} | {outcome: string};

export interface Option {
  /**
   * Stable id, unique within its question; also the i18n key of its label. The id `unsure` is
   * "I'm not sure", which must never lead to self-care (the tests check every path).
   */
  id: string;
  next: Target;
  /**
   * Set when choosing this option reports a warning sign: the path must end at this level or a
   * more cautious one. The tests check that every path honours it.
   */
  sign?: Level;
  /** In a multi-choice question: choosing it clears every other choice ("None of these"). */
  exclusive?: boolean;
  /**
   * In a long multi-choice question: the id of the short heading this option sits under (its
   * words are in i18n under the question's `groups`). Options of one group are listed together.
   */
  group?: string;
}

export interface Question {
  id: string;
  /** `one` (or left out): radio buttons. `many`: checkboxes, at least one to be ticked. */
  kind?: 'one' | 'many';
  options: readonly Option[];
}

/** Which help block the result card shows for an outcome's level. */
export type Referral = 'emergency' | 'today' | 'vascular' | 'doctor' | 'home';

export interface Outcome {
  id: string;
  level: Level;
  referral: Referral;
  /**
   * Its card keeps the leg still and level (blood flow may be cut off, or pressure is building):
   * on a card it shares, no other sign's step raises or ices the leg (CLINICAL v3: the graver
   * sign's advice wins).
   */
  still?: boolean;
  /** Its card allows only acetaminophen until the kidneys are checked: no other pain advice. */
  kidneys?: boolean;
}

export interface Tree {
  /** Id of the first question. */
  start: string;
  questions: readonly Question[];
  outcomes: readonly Outcome[];
}
