/**
 * The clinical tree, verified from its own data: every path is generated, none is listed by hand.
 * The rules are those of ../shared/CLINICAL.md (version 2).
 */
import {expect} from '@open-wc/testing';
import {LANGUAGES} from './helpers/languages.js';
import {en} from '../src/i18n/en.js';
import {answer, current, reported, start, type FlowState} from '../src/tree/flow.js';
import {QUESTIONS, OUTCOMES, TREE} from '../src/tree/tree.js';
import {LEVELS, levelRank, type Level, type Option} from '../src/tree/types.js';
import {shortestPaths, walk, type Walked} from './helpers/walk.js';

// Every path, walked once before the tests run (not at module load).
const paths: Walked[] = [];
before(() => walk(TREE, (path) => paths.push(path)));

const question = (id: string) => TREE.questions.find((q) => q.id === id)!;
const chose = (path: Walked, q: string, option: string) =>
  path.steps.some((s) => s.question.id === q && s.chosen.some((o) => o.id === option));
const asked = (path: Walked, q: string) => path.steps.some((s) => s.question.id === q);
/** Outcomes a warning sign in a multi-choice step leads to. */
const signOutcomes = new Set(
  TREE.questions
    .filter((q) => q.kind === 'many')
    .flatMap((q) => q.options.filter((o) => o.sign && !o.exclusive && 'outcome' in o.next))
    .map((o) => ('outcome' in o.next ? o.next.outcome : '')),
);

describe('the decision tree', () => {
  it('has no dead end: every option leads to a question or outcome that exists', () => {
    const questions = new Set(TREE.questions.map((q) => q.id));
    const outcomes = new Set(TREE.outcomes.map((o) => o.id));
    for (const q of TREE.questions) {
      for (const option of q.options) {
        const ok =
          'question' in option.next
            ? questions.has(option.next.question)
            : outcomes.has(option.next.outcome);
        expect(ok, `${q.id}/${option.id}`).to.be.true;
      }
    }
    expect(questions.has(TREE.start)).to.be.true;
  });

  it('has unique ids', () => {
    const ids = (list: readonly {id: string}[]) =>
      new Set(list.map((x) => x.id)).size === list.length;
    expect(ids(TREE.questions)).to.be.true;
    expect(ids(TREE.outcomes)).to.be.true;
    for (const q of TREE.questions) expect(ids(q.options), q.id).to.be.true;
  });

  it('walks without a cycle, and finds paths', () => {
    // walk() throws on a cycle; reaching here means none.
    expect(paths.length).to.be.greaterThan(1000);
  });

  it('reaches every question and every outcome', () => {
    const askedIds = new Set(paths.flatMap((p) => p.steps.map((s) => s.question.id)));
    const reached = new Set(paths.map((p) => p.outcome.id));
    expect([...askedIds].sort()).to.deep.equal(TREE.questions.map((q) => q.id).sort());
    expect([...reached].sort()).to.deep.equal(TREE.outcomes.map((o) => o.id).sort());
  });

  it('never takes more than 12 steps, and the median outcome is 6 steps or fewer away', () => {
    const longest = Math.max(...paths.map((p) => p.steps.length));
    expect(longest).to.be.at.most(12);
    const shortest = shortestPaths(TREE);
    const lengths = TREE.outcomes.map((o) => shortest.get(o.id)!.length).sort((a, b) => a - b);
    const median = (lengths[(lengths.length - 1) >> 1] + lengths[lengths.length >> 1]) / 2;
    expect(median).to.be.at.most(6);
  });

  it('asks the warning signs first, on two steps of at most 10 items, with exclusive "None" and "Not sure"', () => {
    const first = question(TREE.start);
    const second = question('urgent-signs');
    const none = first.options.find((o) => o.id === 'none')!;
    expect(none.next).to.deep.equal({question: 'urgent-signs'});
    for (const step of [first, second]) {
      expect(step.kind).to.equal('many');
      const signs = step.options.filter((o) => !o.exclusive);
      expect(signs.length, step.id).to.be.within(8, 10);
      for (const o of signs) expect(o.sign, `${step.id}/${o.id}`).to.exist;
      // Each sign sits under a short heading, at most 4 to a heading.
      const groups = new Map<string, number>();
      for (const o of signs) groups.set(o.group!, (groups.get(o.group!) ?? 0) + 1);
      expect(groups.has(undefined as unknown as string), step.id).to.be.false;
      for (const count of groups.values()) expect(count).to.be.at.most(4);
      expect(step.options.find((o) => o.id === 'none')?.exclusive, step.id).to.be.true;
      const notSure = step.options.find((o) => o.id === 'unsure')!;
      expect(notSure.exclusive, step.id).to.be.true;
    }
    expect(first.options.filter((o) => !o.exclusive).every((o) => o.sign === 'emergency')).to.be
      .true;
    expect(second.options.filter((o) => !o.exclusive).every((o) => o.sign === 'urgent')).to.be.true;
  });

  it('never ends a path below the level of a warning sign answered on it', () => {
    let checked = 0;
    for (const path of paths) {
      for (const {question: q, chosen} of path.steps) {
        for (const option of chosen) {
          if (!option.sign) continue;
          checked++;
          expect(
            levelRank(path.outcome.level),
            `${q.id}/${option.id} (${option.sign}) ended at ${path.outcome.id} (${path.outcome.level})`,
          ).to.be.at.least(levelRank(option.sign));
        }
      }
    }
    expect(checked).to.be.greaterThan(1000);
  });

  it('for every two signs ticked together, leads with the gravest and keeps the other on the card', () => {
    let pairs = 0;
    for (const q of TREE.questions.filter((q) => q.kind === 'many')) {
      const signs = q.options.filter((o) => o.sign && !o.exclusive && 'outcome' in o.next);
      for (let i = 0; i < signs.length; i++) {
        for (let j = i + 1; j < signs.length; j++) {
          pairs++;
          const pair = [signs[i], signs[j]];
          const {head, also} = endWith(q.id, pair);
          const gravest = Math.max(...pair.map((o) => levelRank(o.sign!)));
          expect(levelRank(head.level), `${q.id}: ${signs[i].id}+${signs[j].id}`).to.equal(gravest);
          const shown = [head.id, ...also.map((o) => o.id)];
          for (const o of pair) expect(shown).to.include((o.next as {outcome: string}).outcome);
        }
      }
    }
    expect(pairs).to.be.greaterThan(80);
  });

  it("for every two signs ticked together, shows no step that another of the card's steps forbids", () => {
    // A leg whose blood flow may be cut off must not be raised or iced ("keep it low"). Every
    // step that raises or ices a leg says when not to, so any two cards can share a screen.
    // (English: the words are the test's; the Spanish mirrors them key for key.)
    const steps = (id: string) => en.outcomes[id as keyof typeof en.outcomes].now;
    const keepLow = steps('blocked-artery')[2];
    expect(keepLow).to.match(/Do not raise/);
    let checked = 0;
    for (const q of TREE.questions.filter((q) => q.kind === 'many')) {
      const signs = q.options.filter((o) => o.sign && !o.exclusive && 'outcome' in o.next);
      for (const a of signs)
        for (const b of signs) {
          if (a === b) continue;
          const {head, also} = endWith(q.id, [a, b]);
          const shown = [head, ...also].flatMap((o) => steps(o.id));
          if (!shown.includes(keepLow)) continue;
          checked++;
          for (const line of shown) {
            const raises = /\braise (the leg|it)\b|leg up|put ice/i.test(line);
            const saysWhenNot = /not cold|poor blood flow|Do not raise/.test(line);
            expect(raises && !saysWhenNot, `${a.id}+${b.id}: "${line}"`).to.be.false;
          }
        }
    }
    expect(checked).to.be.above(10);
  });

  it('on a tie, leads with the more specific sign: a pop or a foot at risk before a swollen leg', () => {
    expect(endWith('urgent-signs', ['swollen', 'pop']).head.id).to.equal('torn-tendon');
    expect(endWith('urgent-signs', ['swollen', 'foot']).head.id).to.equal('foot-circulation');
    const both = endWith('urgent-signs', ['swollen', 'pop']);
    expect(both.also.map((o) => o.id)).to.deep.equal(['leg-clot']);
  });

  it('never lets "I\'m not sure" end at self-care', () => {
    let checked = 0;
    for (const path of paths) {
      if (path.steps.some((s) => s.chosen.some((o) => o.id === 'unsure'))) {
        checked++;
        expect(path.outcome.level, path.outcome.id).to.not.equal('self-care');
      }
    }
    expect(checked).to.be.greaterThan(100);
  });

  it('offers "I\'m not sure" on every question but one whose answer is known', () => {
    const without = QUESTIONS.filter((q) => !q.options.some((o) => o.id === 'unsure'));
    expect(without.map((q) => q.id)).to.deep.equal(['legs', 'burn-fade']);
  });

  it('asks about clot risk before any self-care, vein or no-fit card for pain in one leg', () => {
    const guarded = (level: Level, id: string) =>
      level === 'self-care' ||
      ['venous-insufficiency', 'veins-and-arteries', 'no-fit'].includes(id);
    let checked = 0;
    for (const path of paths) {
      const oneLeg = chose(path, 'legs', 'one') || chose(path, 'legs', 'one-worse');
      if (!oneLeg || !guarded(path.outcome.level, path.outcome.id)) continue;
      checked++;
      expect(chose(path, 'clot-risk', 'none'), path.outcome.id).to.be.true;
    }
    expect(checked).to.be.greaterThan(20);
    // Every clot risk, and "not sure", is a clot card.
    for (const option of question('clot-risk').options) {
      if (option.id === 'none') continue;
      expect(option.next, option.id).to.deep.equal({outcome: 'leg-clot'});
    }
  });

  it('keeps every self-care outcome reachable, for one leg and for both', () => {
    for (const outcome of OUTCOMES.filter((o) => o.level === 'self-care')) {
      for (const legs of ['one', 'both']) {
        const found = paths.some((p) => p.outcome.id === outcome.id && chose(p, 'legs', legs));
        expect(found, `${outcome.id} (${legs})`).to.be.true;
      }
    }
  });

  it('asks how long before any soreness card, and pain that keeps coming back is not soreness', () => {
    for (const path of paths) {
      if (['acute-soreness', 'doms'].includes(path.outcome.id)) {
        expect(chose(path, 'burn-long', 'new') || chose(path, 'doms-long', 'new')).to.be.true;
      }
      if (chose(path, 'burn-long', 'long') || chose(path, 'doms-long', 'long')) {
        expect(path.outcome.level, path.outcome.id).to.not.equal('self-care');
      }
    }
  });

  it('asks severity and weakness before timing in delayed soreness', () => {
    for (const path of paths) {
      if (!asked(path, 'doms-when')) continue;
      const ids = path.steps.map((s) => s.question.id);
      expect(ids.indexOf('doms-severe')).to.be.within(0, ids.indexOf('doms-when') - 1);
    }
  });

  it('sends a strain to self-care only with a push-off, no blood thinner and healing', () => {
    for (const path of paths.filter((p) => p.outcome.id === 'calf-strain')) {
      // Tiptoe tests the calf; a thigh strain says so instead.
      expect(chose(path, 'strain-tiptoe', 'yes') || chose(path, 'strain-tiptoe', 'thigh')).to.be
        .true;
      expect(chose(path, 'strain-thinner', 'no')).to.be.true;
    }
  });

  it('keeps knee, hip, shin, bone and foot pain away from the artery and compartment cards', () => {
    const vascular = ['claudication', 'claudication-atypical', 'exertional-compartment'];
    for (const path of paths) {
      const site = path.steps.find((s) => s.question.id === 'where')?.chosen[0].id;
      // Hip, buttock or thigh pain that comes on when walking goes to the walking questions.
      if (chose(path, 'joint', 'walk') || asked(path, 'walk-any')) continue;
      if (site === 'joint' || site === 'spot' || site === 'foot') {
        expect(vascular, `${site} -> ${path.outcome.id}`).to.not.include(path.outcome.id);
      }
    }
  });

  it('sends a stressed hip bone, or one that hurts on walking or at night, to a doctor today', () => {
    expect(question('bone-where').options.find((o) => o.id === 'hip')!.next).to.deep.equal({
      outcome: 'bone-stress-urgent',
    });
    expect(question('bone-walk').options.find((o) => o.id === 'yes')!.next).to.deep.equal({
      outcome: 'bone-stress-urgent',
    });
  });

  it('gives each warning sign of CLINICAL.md its own named outcome', () => {
    expect([...signOutcomes].sort()).to.deep.equal(
      [
        'lung-clot',
        'very-unwell',
        'blocked-artery',
        'muscle-breakdown',
        'pressure-build-up',
        'bleeding-vein',
        'serious-injury',
        'nerve-pressure',
        'serious-infection',
        'leg-clot',
        'torn-tendon',
        'broken-bone',
        'foot-circulation',
        'pad-worse',
        'leg-infection',
        'vein-bled',
        'leg-bleed',
        'muscle-damage',
      ].sort(),
    );
  });

  it('uses each level, with the right referral', () => {
    const referral: Record<Level, string[]> = {
      emergency: ['emergency'],
      urgent: ['today'],
      routine: ['vascular', 'doctor'],
      'self-care': ['home'],
    };
    for (const outcome of OUTCOMES) {
      expect(referral[outcome.level], outcome.id).to.include(outcome.referral);
    }
    expect(new Set(OUTCOMES.map((o) => o.level)).size).to.equal(LEVELS.length);
  });

  it('says on its English cards what CLINICAL.md v2 asks every card to say', () => {
    const t = LANGUAGES.en;
    const card = (id: string) => {
      const w = t.outcomes[id as keyof typeof t.outcomes];
      return [w.title, w.about, ...w.now, ...w.call, ...w.today, w.tell ?? ''].join(' ');
    };
    expect(t.ui.today).to.include('emergency room');
    expect(t.ui.vascular).to.include('next few weeks');
    expect(t.ui.doctor).to.include('next few weeks');
    for (const word of ['arms and ankles', 'ABI', 'ultrasound', 'No needles']) {
      expect(t.ui.visit).to.include(word);
    }
    expect(t.ui.adults).to.include('18');
    // A clot can feel like a strain: on the strain and soreness cards.
    for (const id of ['calf-strain', 'strain-not-healing', 'doms', 'acute-soreness']) {
      expect(card(id), id).to.match(/clot can (also )?feel like a strain/);
    }
    // The pain-relief rule, in full, wherever pain pills are mentioned.
    for (const outcome of OUTCOMES) {
      const text = card(outcome.id);
      if (/acetaminophen/.test(text))
        expect(text, outcome.id).to.match(/not ibuprofen|Do not take ibuprofen/);
    }
    expect(card('leg-clot')).to.match(/ultrasound/);
    expect(card('leg-clot')).to.match(/fly/);
    expect(card('torn-tendon')).to.match(/squeeze test/);
    expect(card('torn-tendon')).to.match(/Do not stretch/);
    expect(card('blocked-artery')).to.match(/time it started/);
    expect(card('pressure-build-up')).to.match(/brace|bandage/);
    expect(card('lung-clot')).to.match(/unlock the door/);
    expect(card('muscle-breakdown')).to.match(/sip water/i);
    expect(card('venous-insufficiency')).to.match(/stockings/);
    expect(card('muscle-damage')).to.match(/CK/);
    expect(card('no-fit')).to.not.match(/not a blood flow problem/);
    // Only a card reached after a reported risk may say PAD is more likely for the visitor.
    for (const outcome of OUTCOMES) expect(card(outcome.id)).to.not.match(/more likely for you/);
  });

  for (const [lang, t] of Object.entries(LANGUAGES)) {
    it(`has a full card for every outcome and text for every option in "${lang}"`, () => {
      for (const outcome of TREE.outcomes) {
        const words = t.outcomes[outcome.id as keyof typeof t.outcomes];
        const label = `${lang} ${outcome.id}`;
        expect(words, label).to.exist;
        expect(words.title.trim(), `${label} title`).to.not.equal('');
        expect(words.about.trim(), `${label} about`).to.not.equal('');
        expect(words.now.length, `${label} now`).to.be.at.least(1);
        for (const line of [...words.now, ...words.call, ...words.today]) {
          expect(line.trim(), label).to.not.equal('');
        }
        if (outcome.level === 'emergency') {
          // The call is the action: no lists of when to call.
          expect(words.call.length + words.today.length, label).to.equal(0);
          expect(words.now[0], label).to.include('{number}');
        } else {
          expect(words.call.length + words.today.length, `${label} help`).to.be.at.least(1);
        }
        if (outcome.level === 'urgent') expect(words.today.length, label).to.equal(0);
        if (outcome.level === 'self-care') expect(words.today.length, label).to.be.at.least(1);
      }
      for (const q of TREE.questions) {
        const words = t.questions[q.id as keyof typeof t.questions];
        expect(words?.title.trim(), q.id).to.not.equal('');
        expect(Object.keys(words.options).sort(), q.id).to.deep.equal(
          q.options.map((o) => o.id).sort(),
        );
        for (const label of Object.values(words.options)) expect(label.trim()).to.not.equal('');
        const groups = [...new Set(q.options.flatMap((o) => (o.group ? [o.group] : [])))];
        expect(Object.keys(words.groups ?? {}).sort(), `${q.id} groups`).to.deep.equal(
          groups.sort(),
        );
      }
    });
  }
});

/** Ticks options together on a multi-choice step reached by "None of these" before it. */
function endWith(id: string, options: (Option | string)[]) {
  let state: FlowState = start(TREE);
  while (true) {
    const step = current(TREE, state);
    if (step.kind !== 'question') throw new Error(`No step ${id}`);
    if (step.question.id === id) break;
    state = answer(TREE, state, [step.question.id === 'legs' ? 'one' : 'none']);
  }
  const ids = options.map((o) => (typeof o === 'string' ? o : o.id));
  const step = current(TREE, answer(TREE, state, ids));
  if (step.kind !== 'outcome') throw new Error('No outcome');
  expect(reported(TREE, step.path)[0]).to.equal(step.outcome);
  return {head: step.outcome, also: step.also};
}

describe('signs a literal reader can miss (clinician review, v2)', () => {
  it('asks whether walking pain began suddenly in the last 2 weeks on the ways into the walking questions', () => {
    // Each question that leads on to the Edinburgh items or to the veins-and-arteries card offers
    // "suddenly, in the last 2 weeks" (urgent), except "more than 2 weeks" soreness, which says
    // when it started. The urgent-signs step asks everyone too.
    const into = TREE.questions.filter((q) =>
      q.options.some(
        (o) =>
          ('question' in o.next && o.next.question === 'walk-rest') ||
          ('outcome' in o.next && o.next.outcome === 'veins-and-arteries'),
      ),
    );
    expect(into.map((q) => q.id).sort()).to.deep.equal(
      ['burn-long', 'cramp-between', 'doms-long', 'heavy-walk', 'walk-any', 'walk-since'].sort(),
    );
    for (const q of into.filter((q) => q.id !== 'doms-long')) {
      const sudden = q.options.find((o) => o.id === 'sudden');
      expect(sudden, q.id).to.deep.include({next: {outcome: 'pad-worse'}, sign: 'urgent'});
    }
    expect(question('urgent-signs').options.find((o) => o.id === 'flow-worse')).to.deep.include({
      next: {outcome: 'pad-worse'},
    });
  });

  it('lists the groin first among knee, hip and groin pain, with "choose the first that fits"', () => {
    expect(question('joint').options[0]).to.include({id: 'groin', sign: 'urgent'});
    for (const [lang, words] of Object.entries(LANGUAGES)) {
      expect(words.questions.joint.hint, lang).to.equal(words.questions.pattern.hint);
    }
  });
});
