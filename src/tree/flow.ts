/**
 * The pure flow through the tree: start, answer, back. No lit, no DOM; every function returns a
 * new state and leaves the old one untouched, so the element can keep or drop states freely.
 */
import {levelRank, type Option, type Outcome, type Question, type Tree} from './types.js';

/** One answered step: the question and the option ids chosen, in the question's order. */
export interface Answer {
  question: string;
  chosen: readonly string[];
}

export interface FlowState {
  /** The questions answered so far, in order. The last one is not the current step. */
  readonly path: readonly Answer[];
  /** Where the visitor is now. */
  readonly at: {question: string} | {outcome: string};
  /** Every answer given on this run, by question, so Back and changed minds keep answers. */
  readonly remembered: Readonly<Record<string, readonly string[]>>;
  /**
   * What is ticked on the current question and not yet sent with Continue. It lives here, not in
   * the DOM, so a re-render for any reason (a language switch, a new office) keeps it.
   */
  readonly pending: readonly string[];
  /** Continue was pressed with nothing ticked. */
  readonly missing?: boolean;
}

export type Step =
  | {kind: 'question'; question: Question; chosen: readonly string[]; index: number}
  | {
      kind: 'outcome';
      outcome: Outcome;
      /** Every other outcome an answer on the path pointed to (several warning signs), gravest first. */
      also: readonly Outcome[];
      path: readonly Answer[];
    };

export class FlowError extends Error {}

export function findQuestion(tree: Tree, id: string): Question {
  const found = tree.questions.find((question) => question.id === id);
  if (!found) throw new FlowError(`No question "${id}" in the tree`);
  return found;
}

export function findOutcome(tree: Tree, id: string): Outcome {
  const found = tree.outcomes.find((outcome) => outcome.id === id);
  if (!found) throw new FlowError(`No outcome "${id}" in the tree`);
  return found;
}

export function start(tree: Tree): FlowState {
  return {path: [], at: {question: tree.start}, remembered: {}, pending: []};
}

/**
 * Sorts outcomes most cautious first; within a level, in the tree's own order, which lists the
 * more specific outcome first (a pop before a swollen leg).
 */
export function byCaution(tree: Tree, outcomes: readonly Outcome[]): Outcome[] {
  const order = (outcome: Outcome) => tree.outcomes.indexOf(outcome);
  return [...outcomes].sort(
    (a, b) => levelRank(b.level) - levelRank(a.level) || order(a) - order(b),
  );
}

/**
 * Every outcome the answers on a path point to directly: several warning signs ticked together,
 * each once, most cautious first. The first is where the path ends.
 */
export function reported(tree: Tree, path: readonly Answer[]): Outcome[] {
  const ids = new Set<string>();
  for (const step of path) {
    const question = findQuestion(tree, step.question);
    for (const option of question.options) {
      if (step.chosen.includes(option.id) && 'outcome' in option.next) ids.add(option.next.outcome);
    }
  }
  return byCaution(
    tree,
    [...ids].map((id) => findOutcome(tree, id)),
  );
}

/** What to show for a state. */
export function current(tree: Tree, state: FlowState): Step {
  if ('outcome' in state.at) {
    const outcome = findOutcome(tree, state.at.outcome);
    const also = reported(tree, state.path).filter((other) => other !== outcome);
    return {kind: 'outcome', outcome, also, path: state.path};
  }
  return {
    kind: 'question',
    question: findQuestion(tree, state.at.question),
    chosen: state.pending,
    index: state.path.length,
  };
}

/**
 * Checks a choice against its question: known ids, one for a radio question, at least one for a
 * checkbox question, and an exclusive option ("None of these") only on its own.
 */
export function validChoice(question: Question, chosen: readonly string[]): boolean {
  if (chosen.length === 0 || new Set(chosen).size !== chosen.length) return false;
  const options = chosen.map((id) => question.options.find((option) => option.id === id));
  if (options.some((option) => !option)) return false;
  if (question.kind !== 'many') return chosen.length === 1;
  return chosen.length === 1 || !options.some((option) => option!.exclusive);
}

/**
 * Where a set of chosen options leads. When several lead to outcomes (warning signs), the most
 * cautious wins; on a tie, the more specific (listed first in the tree).
 */
export function resolve(tree: Tree, options: readonly Option[]): Option['next'] {
  const outcomes = options.flatMap((option) =>
    'outcome' in option.next ? [findOutcome(tree, option.next.outcome)] : [],
  );
  return outcomes.length ? {outcome: byCaution(tree, outcomes)[0].id} : options[0].next;
}

/**
 * Ticks or unticks one option of the current question, as a radio button or checkbox would: a
 * radio replaces the choice; an exclusive option ("None of these") clears the others, and any
 * other option clears the exclusive ones. Unknown ids leave the state as it was.
 */
export function choose(tree: Tree, state: FlowState, id: string, checked = true): FlowState {
  if (!('question' in state.at)) return state;
  const question = findQuestion(tree, state.at.question);
  const option = question.options.find((o) => o.id === id);
  if (!option) return state;
  const pending =
    question.kind !== 'many' || (checked && option.exclusive)
      ? [id]
      : checked
        ? [
            ...state.pending.filter(
              (other) => other !== id && !question.options.find((o) => o.id === other)!.exclusive,
            ),
            id,
          ]
        : state.pending.filter((other) => other !== id);
  return {...state, pending, missing: false};
}

/**
 * Answers the current question with what is pending (or `chosen`) and moves on. With nothing
 * chosen it returns the same question marked `missing`; any other invalid choice throws FlowError.
 */
export function answer(
  tree: Tree,
  state: FlowState,
  chosen: readonly string[] = state.pending,
): FlowState {
  if (!('question' in state.at)) throw new FlowError('The check is already finished');
  const question = findQuestion(tree, state.at.question);
  if (chosen.length === 0) return {...state, missing: true};
  if (!validChoice(question, chosen)) {
    throw new FlowError(
      `Not a valid answer to "${question.id}": ${chosen.join(', ') || 'nothing'}`,
    );
  }
  // Keep the question's own order, whatever order the boxes were ticked in.
  const options = question.options.filter((option) => chosen.includes(option.id));
  const ordered = options.map((option) => option.id);
  const path = [...state.path, {question: question.id, chosen: ordered}];
  const before = state.remembered[question.id];
  const changed = !before || before.join() !== ordered.join();
  // A changed answer may open another branch: forget answers that are no longer on the path, so
  // no question further on shows a choice made for a different story.
  const remembered = changed
    ? Object.fromEntries(path.map((step) => [step.question, step.chosen]))
    : {...state.remembered, [question.id]: ordered};
  const at = resolve(tree, options);
  return {path, at, remembered, pending: ('question' in at && remembered[at.question]) || []};
}

/** Steps back to the last question answered, keeping what was chosen there. */
export function back(state: FlowState): FlowState {
  const last = state.path[state.path.length - 1];
  if (!last) return state;
  return {
    path: state.path.slice(0, -1),
    at: {question: last.question},
    remembered: state.remembered,
    pending: last.chosen,
  };
}
