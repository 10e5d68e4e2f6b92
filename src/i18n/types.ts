/** The shape every language module fills in. TypeScript and a test both check it is complete. */
import type {OutcomeId, QuestionId} from '../tree/tree.js';
import type {Level} from '../tree/types.js';

export interface QuestionText {
  title: string;
  /** One short line under the question, where it helps. */
  hint?: string;
  /** Option labels by option id. */
  options: Record<string, string>;
  /** Short headings over groups of options, by the options' `group` id. */
  groups?: Record<string, string>;
}

export interface OutcomeText {
  /** What it may be, as the card's heading. */
  title: string;
  /** What that is, in a sentence or two; explains any medical word it keeps. */
  about: string;
  /** What to do now. */
  now: readonly string[];
  /** Under "Call {number} if": new or sudden signs that mean an emergency. Empty on emergency cards. */
  call: readonly string[];
  /** Under "See a doctor today if". Empty on emergency and urgent cards. */
  today: readonly string[];
  /** What to tell the doctor, where a card has more to say than `ui.tell`. */
  tell?: string;
}

/**
 * Strings may hold `{number}` (the emergency number), `{clinic}` (the clinic's name) and
 * `{phone}`, filled in when shown.
 */
export interface UiText {
  title: string;
  intro: string;
  /** What the language switch is, for screen readers: "Language". */
  language: string;
  /** Under the switch when the chosen language's words did not arrive; `{language}` is its name. */
  languageFailed: string;
  notDiagnosis: string;
  unwell: string;
  privacy: string;
  start: string;
  continue: string;
  back: string;
  startAgain: string;
  step: string;
  chooseOne: string;
  errorOne: string;
  errorMany: string;
  resultLabel: string;
  why: string;
  now: string;
  callIf: string;
  todayIf: string;
  /** Emergency cards: in place of the two help lists. */
  wait: string;
  /** Non-emergency cards, over the visitor's answers, unless the card has its own `tell`. */
  tell: string;
  /** On a card for several warning signs: the heading over the others, each with its level. */
  also: string;
  /** Who the check is for, and what a visitor under 18 should do. */
  adults: string;
  level: string;
  levels: Record<Level, string>;
  call: string;
  noDrive: string;
  today: string;
  vascular: string;
  visit: string;
  doctor: string;
  home: string;
  clinicAlso: string;
  ownDoctor: string;
  callClinic: string;
  book: string;
  offices: string;
  officeCall: string;
  officeBook: string;
  nearest: string;
  locating: string;
  located: string;
  locationError: string;
  /** "{d}" is the distance, already in the unit below. */
  away: string;
  /** 'mi' or 'km': the unit `away` uses. */
  unit: string;
  print: string;
  printed: string;
  /**
   * Sentences that raise or ice a leg, as the cards write them: left out of a card that also
   * says keep the leg still and level.
   */
  still: readonly string[];
  /** The general pain-relief line, left out of a card that allows only acetaminophen. */
  relief: string;
}

export interface Strings {
  /** A clinic's own language file only: who translated and reviewed it, and when. */
  about?: string;
  /** A clinic's own language file only: the English it was translated from (see fetch.ts). */
  english?: string;
  /** `rtl` for a language written right to left (Arabic, Persian, Urdu). */
  dir?: 'rtl';
  ui: UiText;
  questions: Record<QuestionId, QuestionText>;
  outcomes: Record<OutcomeId, OutcomeText>;
}
