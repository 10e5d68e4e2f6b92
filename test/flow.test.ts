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
      expect(step.question.id).to.equal(TREE.start);
      expect(step.chosen).to.deep.equal([]);
      expect(step.index).to.equal(0);
    }
  });

  // No warning sign, both legs; then muscle pain; one leg with no clot risk.
  const clear = [['none'], ['none'], ['both']];
  const muscle = [...clear, ['muscle']];
  const oneLeg = [['none'], ['none'], ['one'], ['none'], ['muscle']];
  const table: {choices: string[][]; outcome: string; level: string}[] = [
    {
      choices: [...muscle, ['next-day'], ['new'], ['ok'], ['days1to3']],
      outcome: 'doms',
      level: 'self-care',
    },
    {
      choices: [...muscle, ['next-day'], ['new'], ['ok'], ['better']],
      outcome: 'doms',
      level: 'self-care',
    },
    {
      choices: [...muscle, ['next-day'], ['new'], ['ok'], ['worse']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    {
      choices: [...muscle, ['next-day'], ['new'], ['bad']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    {
      choices: [...muscle, ['next-day'], ['long'], ['no'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    {
      choices: [...muscle, ['burn'], ['new'], ['yes']],
      outcome: 'acute-soreness',
      level: 'self-care',
    },
    {
      choices: [...muscle, ['burn'], ['new'], ['no'], ['ok'], ['better']],
      outcome: 'doms',
      level: 'self-care',
    },
    {
      choices: [...oneLeg, ['pull'], ['yes'], ['no'], ['recent']],
      outcome: 'calf-strain',
      level: 'self-care',
    },
    {
      choices: [...oneLeg, ['pull'], ['yes'], ['yes']],
      outcome: 'strain-not-healing',
      level: 'urgent',
    },
    {choices: [...oneLeg, ['pull'], ['no']], outcome: 'torn-tendon', level: 'urgent'},
    // A strain with a fever: urgent (CLINICAL 3).
    {
      choices: [...oneLeg, ['pull'], ['yes'], ['no'], ['fever']],
      outcome: 'strain-not-healing',
      level: 'urgent',
    },
    // Walking pain that began suddenly in the last 2 weeks: urgent, whichever way the visitor
    // came to the walking questions.
    {choices: [...muscle, ['walking'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...clear, ['joint'], ['walk'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...clear, ['unsure'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...muscle, ['burn'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {
      choices: [['none'], ['swollen', 'flow-worse']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {
      choices: [...muscle, ['walking'], ['slow'], ['no'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    // More than 2 weeks already says when it started: straight on to the walking questions.
    {
      choices: [...muscle, ['next-day'], ['long'], ['no'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    // Sudden walking pain behind night cramps or heavy legs, or not sure when it started: urgent.
    {choices: [...muscle, ['cramp'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...muscle, ['heavy'], ['sudden']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...muscle, ['walking'], ['unsure']], outcome: 'pad-worse', level: 'urgent'},
    // A bleeding vein leads any card it is on: it needs first aid before anything else.
    {choices: [['cold-leg', 'bleeding']], outcome: 'bleeding-vein', level: 'emergency'},
    // Groin pain is the hip bone's: urgent, and listed first (CLINICAL 5).
    {choices: [...clear, ['joint'], ['groin']], outcome: 'bone-stress-urgent', level: 'urgent'},
    {choices: [...oneLeg, ['cramp'], ['normal']], outcome: 'night-cramps', level: 'self-care'},
    {
      choices: [['none'], ['none'], ['one'], ['travel', 'hormones']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {choices: [['none'], ['none'], ['one'], ['unsure']], outcome: 'leg-clot', level: 'urgent'},
    {
      choices: [...muscle, ['heavy'], ['no']],
      outcome: 'venous-insufficiency',
      level: 'routine',
    },
    {
      choices: [...muscle, ['heavy'], ['yes']],
      outcome: 'veins-and-arteries',
      level: 'routine',
    },
    {
      choices: [...muscle, ['run-tight'], ['yes'], ['none']],
      outcome: 'exertional-compartment',
      level: 'routine',
    },
    {
      choices: [...muscle, ['run-tight'], ['yes'], ['age65']],
      outcome: 'pad-possible',
      level: 'routine',
    },
    {choices: [...clear, ['unsure'], ['no']], outcome: 'no-fit', level: 'routine'},
    {choices: [...clear, ['joint'], ['outer-knee']], outcome: 'overuse', level: 'self-care'},
    {choices: [...clear, ['joint'], ['joint']], outcome: 'joint-pain', level: 'routine'},
    {choices: [...clear, ['shin'], ['spread']], outcome: 'overuse', level: 'self-care'},
    {choices: [...clear, ['spot'], ['leg'], ['no']], outcome: 'bone-stress', level: 'routine'},
    {choices: [...clear, ['spot'], ['hip']], outcome: 'bone-stress-urgent', level: 'urgent'},
    {choices: [...clear, ['foot'], ['cold']], outcome: 'cold-toes', level: 'routine'},
    {choices: [['breath']], outcome: 'lung-clot', level: 'emergency'},
    {choices: [['unwell']], outcome: 'very-unwell', level: 'emergency'},
    {choices: [['dark-urine', 'cold-leg']], outcome: 'blocked-artery', level: 'emergency'},
    {choices: [['none'], ['swollen', 'pop']], outcome: 'torn-tendon', level: 'urgent'},
    {choices: [['unsure']], outcome: 'signs-unsure', level: 'urgent'},
    {choices: [['none'], ['unsure']], outcome: 'signs-unsure', level: 'urgent'},
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
    const signs = TREE.questions.find((q) => q.id === TREE.start)!;
    const pattern = TREE.questions.find((q) => q.id === 'pattern')!;
    const cases: [typeof signs, string[], boolean][] = [
      [signs, [], false],
      [signs, ['none', 'breath'], false],
      [signs, ['unsure', 'none'], false],
      [signs, ['breath', 'breath'], false],
      [signs, ['nope'], false],
      [signs, ['breath', 'back'], true],
      [signs, ['none'], true],
      [pattern, ['burn', 'pull'], false],
      [pattern, ['burn'], true],
    ];
    for (const [question, chosen, ok] of cases) {
      expect(validChoice(question, chosen), chosen.join()).to.equal(ok);
    }
    // Nothing chosen: the same question, marked so the view can say what is missing.
    const missing = answer(TREE, start(TREE), []);
    expect(missing.missing).to.equal(true);
    expect(missing.at).to.deep.equal(start(TREE).at);
    const done = walkTo([['breath']]);
    const many = current(TREE, walkTo([['none'], ['swollen', 'statin', 'pop']]));
    expect(many.kind === 'outcome' && many.outcome.id).to.equal('torn-tendon');
    expect(many.kind === 'outcome' && many.also.map((o) => o.id)).to.deep.equal([
      'muscle-damage',
      'leg-clot',
    ]);
    expect(() => answer(TREE, done, ['none'])).to.throw(FlowError, /finished/);
  });

  it('keeps ticked boxes in the question order, whatever the order of ticking', () => {
    const state = answer(TREE, start(TREE), ['back', 'breath']);
    expect(state.path[0].chosen).to.deep.equal(['breath', 'back']);
  });

  it('goes back one step and remembers the answer there', () => {
    const state = walkTo([['none'], ['none'], ['both']]);
    const backed = back(state);
    const step = current(TREE, backed);
    expect(step.kind === 'question' && step.question.id).to.equal('legs');
    expect(step.kind === 'question' && step.chosen).to.deep.equal(['both']);
    const twice = back(backed);
    const second = current(TREE, twice);
    expect(second.kind === 'question' && second.chosen).to.deep.equal(['none']);
    expect(back(start(TREE))).to.deep.equal(start(TREE));
  });

  it('keeps later answers when an answer is unchanged, forgets them when it changes', () => {
    const state = walkTo([['none'], ['none'], ['both']]);
    const again = answer(TREE, back(state), ['both']);
    expect(again.remembered['legs']).to.deep.equal(['both']);
    const deeper = walkTo([['none'], ['none'], ['both'], ['muscle'], ['burn'], ['new']]);
    const changed = answer(TREE, back(back(deeper)), ['walking']);
    expect(changed.remembered['burn-long']).to.equal(undefined);
  });

  it('does not change the state it was given', () => {
    const state = walkTo([['none']]);
    const copy = JSON.stringify(state);
    answer(TREE, state, ['swollen']);
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
