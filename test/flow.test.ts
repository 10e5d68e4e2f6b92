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

  // No warning sign, both legs in the calves, new; the same in one calf with no clot risk.
  const clear = [['none'], ['none'], ['both']];
  const calves = [...clear, ['calf']];
  const muscle = [...calves, ['recent']];
  const longAgo = [...calves, ['long']];
  const oneCalf = [['none'], ['none'], ['one'], ['calf'], ['none']];
  const oneLeg = [...oneCalf, ['recent']];
  const table: {choices: string[][]; outcome: string; level: string}[] = [
    {choices: [...muscle, ['next-day'], ['ok'], ['days1to3']], outcome: 'doms', level: 'self-care'},
    {
      choices: [...muscle, ['next-day'], ['ok'], ['days4to7'], ['same']],
      outcome: 'doms',
      level: 'self-care',
    },
    {
      choices: [...muscle, ['next-day'], ['ok'], ['days4to7'], ['worse']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    {
      choices: [...muscle, ['next-day'], ['ok'], ['week']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    {
      choices: [...muscle, ['next-day'], ['bad']],
      outcome: 'soreness-not-settling',
      level: 'urgent',
    },
    // Soreness that keeps coming back for weeks is not soreness: the walking questions.
    {
      choices: [...longAgo, ['next-day'], ['no'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    {choices: [...muscle, ['burn'], ['yes']], outcome: 'acute-soreness', level: 'self-care'},
    {
      choices: [...muscle, ['burn'], ['no'], ['ok'], ['days1to3']],
      outcome: 'doms',
      level: 'self-care',
    },
    // A strain in one calf with no clot risk, healing: self-care (CLINICAL 3).
    {
      choices: [...oneLeg, ['pull'], ['recent'], ['same'], ['yes'], ['no']],
      outcome: 'calf-strain',
      level: 'self-care',
    },
    {
      choices: [...oneLeg, ['pull'], ['late'], ['better'], ['thigh'], ['no']],
      outcome: 'calf-strain',
      level: 'self-care',
    },
    {
      choices: [...oneLeg, ['pull'], ['late'], ['same']],
      outcome: 'strain-not-healing',
      level: 'urgent',
    },
    {
      choices: [...oneLeg, ['pull'], ['recent'], ['better'], ['yes'], ['yes']],
      outcome: 'strain-not-healing',
      level: 'urgent',
    },
    {
      choices: [...oneLeg, ['pull'], ['recent'], ['better'], ['no']],
      outcome: 'torn-tendon',
      level: 'urgent',
    },
    // It hurts but the heel still rises a little: a strain's push-off, not a tear's.
    {
      choices: [...oneLeg, ['pull'], ['recent'], ['better'], ['hurts'], ['no']],
      outcome: 'calf-strain',
      level: 'self-care',
    },
    {
      choices: [...oneLeg, ['pull'], ['recent'], ['fever']],
      outcome: 'strain-not-healing',
      level: 'urgent',
    },
    // One leg, no clear cause, 4 weeks or less: a clot (CLINICAL v3).
    {choices: [...oneLeg, ['other']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneLeg, ['heavy']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneCalf, ['weeks'], ['heavy']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneCalf, ['weeks'], ['next-day']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneCalf, ['weeks'], ['walking']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneCalf, ['unsure']], outcome: 'leg-clot', level: 'urgent'},
    // One leg, pain at rest: no clear cause, whatever came before it.
    {choices: [...oneLeg, ['pull'], ['recent'], ['rest']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneLeg, ['next-day'], ['yes']], outcome: 'leg-clot', level: 'urgent'},
    {
      choices: [...oneLeg, ['next-day'], ['no'], ['ok'], ['days1to3']],
      outcome: 'doms',
      level: 'self-care',
    },
    // New heaviness in one leg, whatever the pain's age: a clot; only months-old, the veins'.
    {choices: [...oneCalf, ['long'], ['heavy'], ['recent']], outcome: 'leg-clot', level: 'urgent'},
    {
      choices: [...oneCalf, ['long'], ['heavy'], ['long'], ['no']],
      outcome: 'venous-insufficiency',
      level: 'routine',
    },
    // One leg: a cramp that eased is a clear cause; a leg not normal between cramps is not.
    {
      choices: [...oneCalf, ['weeks'], ['night'], ['normal']],
      outcome: 'night-cramps',
      level: 'self-care',
    },
    {choices: [...oneLeg, ['night'], ['heavy']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneLeg, ['cramp'], ['fine']], outcome: 'exercise-cramp', level: 'self-care'},
    {choices: [...muscle, ['cramp'], ['hard']], outcome: 'muscle-damage', level: 'urgent'},
    // A "cramp" that comes back at the same walking distance is walking pain: new, urgent; long
    // standing, the walking questions.
    {choices: [...muscle, ['cramp'], ['returns']], outcome: 'pad-worse', level: 'urgent'},
    {
      choices: [...longAgo, ['cramp'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    {choices: [...muscle, ['burn'], ['returns']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...longAgo, ['pull'], ['same']], outcome: 'strain-not-healing', level: 'urgent'},
    // Where a clot cannot be (front of the knee, shin, foot), no clot questions, even on the pill.
    {
      choices: [['none'], ['none'], ['one'], ['knee'], ['front-knee']],
      outcome: 'overuse',
      level: 'self-care',
    },
    {
      choices: [['none'], ['none'], ['one'], ['foot'], ['twist'], ['no']],
      outcome: 'sprained-ankle',
      level: 'self-care',
    },
    {
      choices: [['none'], ['none'], ['one'], ['foot'], ['twist'], ['yes']],
      outcome: 'broken-bone',
      level: 'urgent',
    },
    {
      choices: [['none'], ['none'], ['one'], ['foot'], ['twist'], ['numb']],
      outcome: 'broken-bone',
      level: 'urgent',
    },
    // Calf pain beside knee pain: the clot questions are asked.
    {
      choices: [['none'], ['none'], ['one'], ['calf', 'knee'], ['hormones']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {
      choices: [['none'], ['none'], ['either'], ['thigh'], ['cast']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    // Walking pain of 2 weeks or less, or not sure when: urgent, whichever way in.
    {choices: [...muscle, ['walking']], outcome: 'pad-worse', level: 'urgent'},
    {choices: [...oneLeg, ['walking']], outcome: 'pad-worse', level: 'urgent'},
    {
      choices: [...clear, ['hip'], ['walk'], ['recent']],
      outcome: 'pad-worse',
      level: 'urgent',
    },
    {choices: [...clear, ['unsure'], ['yes'], ['unsure']], outcome: 'pad-worse', level: 'urgent'},
    {
      choices: [['none'], ['swollen', 'flow-worse']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {
      choices: [...longAgo, ['walking'], ['no'], ['yes'], ['goes'], ['calf']],
      outcome: 'claudication',
      level: 'routine',
    },
    {
      choices: [...longAgo, ['walking'], ['no'], ['yes'], ['goes'], ['thigh']],
      outcome: 'claudication-atypical',
      level: 'routine',
    },
    {
      choices: [...clear, ['hip'], ['walk'], ['weeks'], ['no'], ['cannot'], ['goes'], ['thigh']],
      outcome: 'claudication-atypical',
      level: 'routine',
    },
    // A bleeding vein leads any card it is on: it needs first aid before anything else.
    {choices: [['cold-leg', 'bleeding']], outcome: 'bleeding-vein', level: 'emergency'},
    // Then the whole body before the leg (CLINICAL v3 tie order).
    {choices: [['cold-leg', 'breath']], outcome: 'lung-clot', level: 'emergency'},
    {choices: [['breath', 'unwell']], outcome: 'very-unwell', level: 'emergency'},
    {choices: [['stroke']], outcome: 'very-unwell', level: 'emergency'},
    {choices: [['belly']], outcome: 'very-unwell', level: 'emergency'},
    // Groin pain is the hip bone's: urgent, and listed first (CLINICAL 5).
    {choices: [...clear, ['hip'], ['groin']], outcome: 'bone-stress-urgent', level: 'urgent'},
    {
      choices: [['none'], ['none'], ['one'], ['thigh'], ['travel', 'hormones']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {
      choices: [['none'], ['none'], ['one'], ['whole'], ['unsure']],
      outcome: 'leg-clot',
      level: 'urgent',
    },
    {
      choices: [...longAgo, ['heavy'], ['no']],
      outcome: 'venous-insufficiency',
      level: 'routine',
    },
    {choices: [...longAgo, ['heavy'], ['yes']], outcome: 'veins-and-arteries', level: 'routine'},
    // New heaviness in both legs: the visitor's own doctor, not the veins' card.
    {choices: [...muscle, ['heavy']], outcome: 'no-fit', level: 'routine'},
    // One leg: a cramp that has not settled is a clot's.
    {choices: [...oneLeg, ['cramp'], ['rest']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneLeg, ['cramp'], ['late']], outcome: 'leg-clot', level: 'urgent'},
    {choices: [...oneLeg, ['cramp'], ['recent']], outcome: 'exercise-cramp', level: 'self-care'},
    // One leg: burning that has not faded is asked about rest pain too.
    {choices: [...oneLeg, ['burn'], ['no'], ['yes']], outcome: 'leg-clot', level: 'urgent'},
    // A stressed hip bone is asked of everyone.
    {choices: [['none'], ['stress-hip']], outcome: 'bone-stress-urgent', level: 'urgent'},
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
    {choices: [...clear, ['knee'], ['outer-knee']], outcome: 'overuse', level: 'self-care'},
    {choices: [...clear, ['knee'], ['joint']], outcome: 'joint-pain', level: 'routine'},
    {choices: [...clear, ['shin'], ['spread']], outcome: 'overuse', level: 'self-care'},
    {choices: [...clear, ['spot'], ['leg'], ['no']], outcome: 'bone-stress', level: 'routine'},
    {choices: [...clear, ['spot'], ['hip']], outcome: 'bone-stress-urgent', level: 'urgent'},
    {choices: [...clear, ['foot'], ['cold']], outcome: 'cold-toes', level: 'routine'},
    {choices: [['breath']], outcome: 'lung-clot', level: 'emergency'},
    {choices: [['unwell']], outcome: 'very-unwell', level: 'emergency'},
    {choices: [['dark-urine', 'cold-leg']], outcome: 'blocked-artery', level: 'emergency'},
    {choices: [['none'], ['swollen', 'pop']], outcome: 'torn-tendon', level: 'urgent'},
    {choices: [['none'], ['joint']], outcome: 'hot-joint', level: 'urgent'},
    {choices: [['none'], ['skin']], outcome: 'leg-infection', level: 'urgent'},
    {choices: [['none'], ['antibiotic']], outcome: 'tendon-antibiotic', level: 'urgent'},
    {choices: [['none'], ['severe']], outcome: 'check-today', level: 'urgent'},
    {choices: [['none'], ['elsewhere']], outcome: 'check-today', level: 'urgent'},
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
    const where = TREE.questions.find((q) => q.id === 'where-one')!;
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
      [where, ['calf', 'knee'], true],
      [where, ['calf', 'unsure'], false],
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
    const deeper = walkTo([
      ['none'],
      ['none'],
      ['both'],
      ['calf'],
      ['recent'],
      ['next-day'],
      ['ok'],
    ]);
    const changed = answer(TREE, back(back(back(deeper))), ['long']);
    expect(changed.remembered['doms-severe']).to.equal(undefined);
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
