/** The pure flow: table-driven, no DOM. */
import {expect} from '@open-wc/testing';
import {answer, back, current, FlowError, start, validChoice} from '../src/tree/flow.js';
import {TREE} from '../src/tree/tree.js';
import type {Tree} from '../src/tree/types.js';

function walkTo(choices: string[][]) {
  return choices.reduce((state, chosen) => answer(TREE, state, chosen), start(TREE));
}

describe('flow', () => {
  it('starts at the warning-sign question with nothing chosen', () => {
    const step = current(TREE, start(TREE));
    expect(step.kind).to.equal('question');
    if (step.kind === 'question') {
      expect(step.question.id).to.equal('signs');
      expect(step.chosen).to.deep.equal([]);
      expect(step.index).to.equal(0);
    }
  });

  const table: {choices: string[][]; outcome: string; level: string}[] = [
    {choices: [['none'], ['next-day'], ['easing']], outcome: 'doms', level: 'self-care'},
    {
      choices: [['none'], ['next-day'], ['worse']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    {choices: [['none'], ['burn'], ['yes']], outcome: 'acute-soreness', level: 'self-care'},
    {choices: [['none'], ['burn'], ['no'], ['easing']], outcome: 'doms', level: 'self-care'},
    {choices: [['none'], ['pull'], ['better']], outcome: 'calf-strain', level: 'self-care'},
    {choices: [['none'], ['pull'], ['fever']], outcome: 'strain-not-healing', level: 'urgent'},
    {choices: [['none'], ['pull'], ['no-weight']], outcome: 'torn-tendon', level: 'urgent'},
    {
      choices: [['none'], ['heavy'], ['yes'], ['no']],
      outcome: 'venous-insufficiency',
      level: 'routine',
    },
    {choices: [['none'], ['heavy'], ['yes'], ['yes']], outcome: 'pad-possible', level: 'routine'},
    {
      choices: [['none'], ['run-tight'], ['yes'], ['none']],
      outcome: 'exertional-compartment',
      level: 'routine',
    },
    {
      choices: [['none'], ['run-tight'], ['yes'], ['age65']],
      outcome: 'pad-possible',
      level: 'routine',
    },
    {choices: [['none'], ['unsure'], ['none']], outcome: 'no-fit', level: 'routine'},
    {choices: [['none'], ['unsure'], ['unsure']], outcome: 'pad-possible', level: 'routine'},
    {choices: [['breath']], outcome: 'lung-clot', level: 'emergency'},
    {choices: [['one-leg', 'dark-urine']], outcome: 'muscle-breakdown', level: 'emergency'},
    {choices: [['one-leg', 'pop']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [['unsure']], outcome: 'signs-unsure', level: 'urgent'},
  ];
  for (const {choices, outcome, level} of table) {
    it(`${choices.map((c) => c.join('+')).join(' > ')} -> ${outcome}`, () => {
      const step = current(TREE, walkTo(choices));
      expect(step.kind).to.equal('outcome');
      if (step.kind === 'outcome') {
        expect(step.outcome.id).to.equal(outcome);
        expect(step.outcome.level).to.equal(level);
        expect(step.path.length).to.equal(choices.length);
      }
    });
  }

  it('rejects invalid answers', () => {
    const signs = TREE.questions[0];
    const pattern = TREE.questions.find((q) => q.id === 'pattern')!;
    const cases: [typeof signs, string[], boolean][] = [
      [signs, [], false],
      [signs, ['none', 'breath'], false],
      [signs, ['unsure', 'none'], false],
      [signs, ['breath', 'breath'], false],
      [signs, ['nope'], false],
      [signs, ['breath', 'pop'], true],
      [signs, ['none'], true],
      [pattern, ['burn', 'pull'], false],
      [pattern, ['burn'], true],
    ];
    for (const [question, chosen, ok] of cases) {
      expect(validChoice(question, chosen), chosen.join()).to.equal(ok);
    }
    expect(() => answer(TREE, start(TREE), [])).to.throw(FlowError);
    const done = walkTo([['breath']]);
    expect(() => answer(TREE, done, ['none'])).to.throw(FlowError, /finished/);
  });

  it('keeps ticked boxes in the question order, whatever the order of ticking', () => {
    const state = answer(TREE, start(TREE), ['pop', 'breath']);
    expect(state.path[0].chosen).to.deep.equal(['breath', 'pop']);
  });

  it('goes back one step and remembers the answer there', () => {
    const state = walkTo([['none'], ['next-day']]);
    const backed = back(state);
    const step = current(TREE, backed);
    expect(step.kind === 'question' && step.question.id).to.equal('pattern');
    expect(step.kind === 'question' && step.chosen).to.deep.equal(['next-day']);
    const twice = back(backed);
    const first = current(TREE, twice);
    expect(first.kind === 'question' && first.chosen).to.deep.equal(['none']);
    expect(back(start(TREE))).to.deep.equal(start(TREE));
  });

  it('keeps later answers when an answer is unchanged, forgets them when it changes', () => {
    const state = walkTo([['none'], ['next-day']]);
    const again = answer(TREE, back(state), ['next-day']);
    expect(again.remembered['pattern']).to.deep.equal(['next-day']);
    const deeper = answer(TREE, walkTo([['none'], ['burn']]), ['no']);
    const changed = answer(TREE, back(back(deeper)), ['walking']);
    expect(changed.remembered['burn-fade']).to.equal(undefined);
  });

  it('does not change the state it was given', () => {
    const state = walkTo([['none']]);
    const copy = JSON.stringify(state);
    answer(TREE, state, ['burn']);
    back(state);
    expect(JSON.stringify(state)).to.equal(copy);
  });

  it('follows whatever tree it is given', () => {
    const tiny: Tree = {
      start: 'a',
      questions: [{id: 'a', kind: 'one', options: [{id: 'x', next: {outcome: 'done'}}]}],
      outcomes: [{id: 'done', level: 'routine', referral: 'doctor'}],
    };
    const step = current(tiny, answer(tiny, start(tiny), ['x']));
    expect(step.kind === 'outcome' && step.outcome.id).to.equal('done');
  });
});
