/**
 * The ACC/AHA groups at raised risk of PAD (2016, 2024 update), as a table: each person is
 * described by their facts, the published rule says whether they are at risk, and the option
 * they would choose ("the first one that fits") must lead to the vascular card exactly then.
 */
import {expect} from '@open-wc/testing';
import {en} from '../src/i18n/en.js';
import {answer, current, start, type FlowState} from '../src/tree/flow.js';
import {RISK_OPTIONS, TREE} from '../src/tree/tree.js';

interface Person {
  age: number;
  smokes?: 'now' | 'past';
  diabetes?: boolean;
  highBloodPressure?: boolean;
  highCholesterol?: boolean;
  kidneyDisease?: boolean;
  familyPad?: boolean;
  /** Heart attack, angina, heart stent or bypass, stroke, neck artery, aortic aneurysm. */
  arteryDisease?: boolean;
}

/** How many of the 50-to-64 group's risk factors a person has. */
const factors = (p: Person) =>
  [
    !!p.smokes,
    p.diabetes,
    p.highBloodPressure,
    p.highCholesterol,
    p.kidneyDisease,
    p.familyPad,
  ].filter(Boolean).length;

/** The published rule, written without looking at the tree. */
function atRisk(p: Person): boolean {
  if (p.arteryDisease) return true;
  if (p.age >= 65) return true;
  if (p.age >= 50) return factors(p) >= 1;
  return !!p.diabetes && factors(p) >= 2;
}

/** What the person ticks, reading the options top to bottom. */
function choice(p: Person): string {
  if (p.arteryDisease) return 'artery';
  if (p.age >= 65) return 'age65';
  if (p.age >= 50 && factors(p) >= 1) return 'age50';
  if (p.age < 50 && p.diabetes && factors(p) >= 2) return 'under50';
  return 'none';
}

const PEOPLE: [string, Person][] = [
  ['70, nothing else', {age: 70}],
  ['65, nothing else', {age: 65}],
  ['64, nothing else', {age: 64}],
  ['55, smoked in the past', {age: 55, smokes: 'past'}],
  ['55, smokes now', {age: 55, smokes: 'now'}],
  ['52, kidney disease', {age: 52, kidneyDisease: true}],
  ['58, a sister with PAD', {age: 58, familyPad: true}],
  ['60, high cholesterol', {age: 60, highCholesterol: true}],
  ['50, high blood pressure', {age: 50, highBloodPressure: true}],
  ['45, diabetes only', {age: 45, diabetes: true}],
  ['45, diabetes and smokes', {age: 45, diabetes: true, smokes: 'now'}],
  ['40, diabetes and kidney disease', {age: 40, diabetes: true, kidneyDisease: true}],
  [
    '45, smokes and high blood pressure, no diabetes',
    {age: 45, smokes: 'now', highBloodPressure: true},
  ],
  ['38, had a heart attack', {age: 38, arteryDisease: true}],
  ['30, nothing', {age: 30}],
];

function outcomeFor(option: string): string {
  // Walking pain that starts at rest and eases only some other way: the risk step decides.
  const answers: Record<string, string> = {
    signs: 'none',
    'urgent-signs': 'none',
    legs: 'both',
    'where-both': 'calf',
    since: 'long',
    'pattern-long': 'walking',
    'walk-rest': 'yes',
    'rest-ease': 'other',
    'risk-walk': option,
  };
  let state: FlowState = start(TREE);
  for (;;) {
    const step = current(TREE, state);
    if (step.kind === 'outcome') return step.outcome.id;
    state = answer(TREE, state, [answers[step.question.id]]);
  }
}

describe('PAD risk groups (ACC/AHA)', () => {
  it('offers the groups in the order "first one that fits" needs', () => {
    const risk = TREE.questions.find((q) => q.id === 'risk-walk')!;
    expect(risk.options.map((o) => o.id)).to.deep.equal([...RISK_OPTIONS]);
    expect(en.questions['risk-walk'].title).to.match(/first one that fits/);
  });

  for (const [who, person] of PEOPLE) {
    it(`${who}: ${atRisk(person) ? 'at risk, vascular check' : 'not at risk, own doctor'}`, () => {
      const outcome = outcomeFor(choice(person));
      expect(outcome).to.equal(atRisk(person) ? 'pad-possible' : 'no-fit');
    });
  }

  it('treats "not sure" as at risk', () => {
    expect(outcomeFor('unsure')).to.equal('pad-possible');
  });

  it('names every factor of the 50 to 64 group, and known artery disease at any age', () => {
    const words = en.questions['risk-walk'].options;
    for (const factor of [
      'used to',
      'diabetes',
      'high blood pressure',
      'high cholesterol',
      'kidney disease',
      'parent, brother or sister',
    ]) {
      expect(words.age50).to.include(factor);
    }
    for (const disease of [
      'heart attack',
      'angina',
      'stent',
      'stroke',
      'neck artery',
      'bulge in the main artery',
      'poor blood flow in my legs',
    ]) {
      expect(words.artery).to.include(disease);
    }
  });
});
