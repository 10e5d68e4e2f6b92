/** Walks the tree from its own data: every valid choice at every step, every path to its end. */
import {answer, current, start, validChoice, type FlowState} from '../../src/tree/flow.js';
import type {Option, Outcome, Question, Tree} from '../../src/tree/types.js';

/**
 * Valid choices for a question: each option of a radio question; for checkboxes, every set of up
 * to `most` ordinary options (every one alone and every pair, by default), and each exclusive
 * option alone. Pairs are what the clinical rules are stated over ("alone and in every pair");
 * every larger set of one step is checked by the tests of that step, without walking on from it
 * (2^15 sets of urgent signs times the places that hurt would be millions of paths).
 */
export function choices(question: Question, most = 2): string[][] {
  if (question.kind !== 'many') return question.options.map((option) => [option.id]);
  const ordinary = question.options.filter((option) => !option.exclusive).map((o) => o.id);
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << ordinary.length; mask++) {
    const set = ordinary.filter((_, i) => mask & (1 << i));
    if (set.length <= most) sets.push(set);
  }
  for (const option of question.options) if (option.exclusive) sets.push([option.id]);
  return sets.filter((set) => validChoice(question, set));
}

export interface Walked {
  steps: {question: Question; chosen: Option[]}[];
  outcome: Outcome;
}

/** Calls `visit` for every complete path. Throws on a cycle or a path over `limit` steps. */
export function walk(tree: Tree, visit: (path: Walked) => void, limit = 50): void {
  const go = (state: FlowState, steps: Walked['steps'], seen: Set<string>) => {
    const step = current(tree, state);
    if (step.kind === 'outcome') {
      visit({steps, outcome: step.outcome});
      return;
    }
    const {question} = step;
    if (seen.has(question.id)) {
      throw new Error(`Cycle: ${[...seen, question.id].join(' > ')}`);
    }
    if (steps.length >= limit) throw new Error(`Path longer than ${limit} steps`);
    for (const chosen of choices(question)) {
      const options = question.options.filter((option) => chosen.includes(option.id));
      go(
        answer(tree, state, chosen),
        [...steps, {question, chosen: options}],
        new Set([...seen, question.id]),
      );
    }
  };
  go(start(tree), [], new Set());
}

/** A shortest list of choices that reaches each outcome, found by breadth-first search. */
export function shortestPaths(tree: Tree): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  const queue: {state: FlowState; chosen: string[][]}[] = [{state: start(tree), chosen: []}];
  const asked = new Set<string>();
  while (queue.length) {
    const {state, chosen} = queue.shift()!;
    const step = current(tree, state);
    if (step.kind === 'outcome') {
      if (!found.has(step.outcome.id)) found.set(step.outcome.id, chosen);
      continue;
    }
    if (asked.has(step.question.id)) continue;
    asked.add(step.question.id);
    for (const choice of choices(step.question)) {
      queue.push({state: answer(tree, state, choice), chosen: [...chosen, choice]});
    }
  }
  return found;
}
