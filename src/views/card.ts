/**
 * What a result card lists, as plain data: the headline's steps, each other reported sign with its
 * own steps, and the help lists. Several signs drop nothing: the help lists are the union of every
 * reported sign's lines, the headline's first, and no sentence is shown twice on one card.
 */
import type {Strings} from '../i18n/types.js';
import type {Step} from '../tree/flow.js';
import type {OutcomeId} from '../tree/tree.js';

export type OutcomeStep = Extract<Step, {kind: 'outcome'}>;

export function cardLists(t: Strings, step: OutcomeStep) {
  const all = [step.outcome, ...step.also];
  // The graver sign's advice wins: no raising or ice beside a leg kept still, and no general
  // pain advice beside "only acetaminophen".
  const still = all.some((outcome) => outcome.still);
  const kidneys = all.some((outcome) => outcome.kidneys);
  // A sentence already on the card is not said again, even inside another line ("Rest the leg."
  // opens two cards' steps): the rest of that line stays.
  const shown = new Set<string>(still ? t.ui.still : []);
  const fresh = (lines: readonly string[]) =>
    lines.flatMap((line) => {
      if (kidneys && line === t.ui.relief) return [];
      const kept = line.split(/(?<=[.!?])\s+/).filter((s) => !shown.has(s) && !!shown.add(s));
      return kept.length ? [kept.join(' ')] : [];
    });
  const cards = all.map((outcome) => t.outcomes[outcome.id as OutcomeId]);
  const [words, ...others] = cards;
  const now = fresh(words.now);
  const also = step.also.map((outcome, i) => ({
    outcome,
    words: others[i],
    now: fresh(others[i].now),
  }));
  return {
    words,
    now,
    also,
    call: fresh(cards.flatMap((card) => card.call)),
    today: fresh(cards.flatMap((card) => card.today)),
  };
}
