/**
 * The Edinburgh Claudication Questionnaire (Leng and Fowkes 1992), reproduced exactly: for every
 * combination of its answers the tree must reach claudication exactly when the rule says so.
 */
import {expect} from '@open-wc/testing';
import {answer, current, start, type FlowState} from '../src/tree/flow.js';
import {TREE} from '../src/tree/tree.js';

type Rest = 'no' | 'yes' | 'unsure';
type Hill = 'yes' | 'no' | 'never' | 'cannot' | 'unsure';
type Stop = 'goes' | 'stays' | 'sit' | 'unsure';
type Site = 'calf' | 'thigh' | 'other' | 'unsure';

/** The published rule, written independently of the tree. */
function edinburgh(rest: Rest, hill: Hill, stop: Stop, site: Site) {
  // Positive only if: pain on walking (the branch), never starts at rest, comes on uphill or
  // hurrying ("never walk uphill or hurry" and "can't walk far enough to say" are not), and goes
  // within 10 minutes of standing still. Calf: definite; front or side of thigh, hip or buttock
  // without calf: atypical; back of thigh only, shin, foot or joints: not claudication.
  // Pain that stops the visitor on the flat before any hill ("cannot") meets the hill item.
  if (rest !== 'no' || !['yes', 'cannot'].includes(hill) || stop !== 'goes') return 'negative';
  if (site === 'calf') return 'definite';
  if (site === 'thigh') return 'atypical';
  return 'negative';
}

function run(answers: Record<string, string>): string {
  let state: FlowState = start(TREE);
  for (let steps = 0; steps < 13; steps++) {
    const step = current(TREE, state);
    if (step.kind === 'outcome') return step.outcome.id;
    const choice = answers[step.question.id];
    if (!choice) throw new Error(`No answer for ${step.question.id}`);
    state = answer(TREE, state, [choice]);
  }
  throw new Error('Too many steps');
}

/** No warning sign, both calves, pain of more than 4 weeks that comes on when walking. */
const BEFORE = {
  signs: 'none',
  'urgent-signs': 'none',
  legs: 'both',
  'where-both': 'calf',
  since: 'long',
  'pattern-long': 'walking',
};

const RESTS: Rest[] = ['no', 'yes', 'unsure'];
const HILLS: Hill[] = ['yes', 'no', 'never', 'cannot', 'unsure'];
const STOPS: Stop[] = ['goes', 'stays', 'sit', 'unsure'];
const SITES: Site[] = ['calf', 'thigh', 'other', 'unsure'];

describe('Edinburgh Claudication Questionnaire truth table', () => {
  it('covers every answer the tree offers for its items', () => {
    const ids = (id: string) => TREE.questions.find((q) => q.id === id)!.options.map((o) => o.id);
    expect(ids('walk-rest').sort()).to.deep.equal([...RESTS].sort());
    expect(ids('walk-hill').sort()).to.deep.equal([...HILLS].sort());
    expect(ids('walk-stop').sort()).to.deep.equal([...STOPS].sort());
    expect(ids('walk-where').sort()).to.deep.equal([...SITES].sort());
  });

  for (const atRisk of [false, true]) {
    it(`matches the rule for all ${RESTS.length * HILLS.length * STOPS.length * SITES.length} combinations (${atRisk ? 'at risk' : 'not at risk'})`, () => {
      let positives = 0;
      for (const rest of RESTS)
        for (const hill of HILLS)
          for (const stop of STOPS)
            for (const site of SITES) {
              const risk = atRisk ? 'age65' : 'none';
              const outcome = run({
                ...BEFORE,
                'walk-rest': rest,
                'walk-hill': hill,
                'walk-stop': stop,
                'walk-where': site,
                'rest-ease': 'other',
                risk,
                'risk-walk': risk,
                'risk-spine': risk,
              });
              const rule = edinburgh(rest, hill, stop, site);
              const label = `${rest}/${hill}/${stop}/${site} -> ${outcome}`;
              if (rule === 'definite') expect(outcome, label).to.equal('claudication');
              else if (rule === 'atypical')
                expect(outcome, label).to.equal('claudication-atypical');
              else {
                expect(outcome, label).to.not.match(/^claudication/);
                // A negative questionnaire does not rule PAD out for a person at risk.
                if (atRisk) expect(outcome, label).to.equal('pad-possible');
              }
              if (rule !== 'negative') positives++;
            }
      expect(positives).to.equal(4);
    });
  }

  it('sends walking pain that eases only by sitting or bending forward to the back, when not at risk', () => {
    const base = {...BEFORE, 'risk-spine': 'none'};
    expect(run({...base, 'walk-rest': 'no', 'walk-hill': 'yes', 'walk-stop': 'sit'})).to.equal(
      'spinal-stenosis',
    );
    expect(run({...base, 'walk-rest': 'yes', 'rest-ease': 'sit'})).to.equal('spinal-stenosis');
    expect(run({...base, 'walk-rest': 'yes', 'rest-ease': 'sit', 'risk-spine': 'age50'})).to.equal(
      'pad-possible',
    );
  });
});
