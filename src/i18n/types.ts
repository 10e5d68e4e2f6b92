/** The shape every language module fills in. TypeScript and a test both check it is complete. */
import type {OutcomeId, QuestionId} from '../tree/tree.js';
import type {Level} from '../tree/types.js';

export interface QuestionText {
  title: string;
  /** One short line under the question, where it helps. */
  hint?: string;
  /** Option labels by option id. */
  options: Record<string, string>;
}

export interface OutcomeText {
  /** What it may be, as the card's heading. */
  title: string;
  /** What that is, in a sentence or two; explains any medical word it keeps. */
  about: string;
  /** What to do now. */
  now: readonly string[];
  /** The signs that mean "get help now". */
  help: readonly string[];
}

/**
 * Strings may hold `{number}` (the emergency number), `{clinic}` (the clinic's name) and
 * `{phone}`, filled in when shown.
 */
export interface UiText {
  title: string;
  intro: string;
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
  help: string;
  level: string;
  levels: Record<Level, string>;
  call: string;
  noDrive: string;
  today: string;
  vascular: string;
  ultrasound: string;
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
}

export interface Strings {
  ui: UiText;
  questions: Record<QuestionId, QuestionText>;
  outcomes: Record<OutcomeId, OutcomeText>;
}
