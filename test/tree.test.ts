/**
 * The clinical tree, verified from its own data: every path is generated, none is listed by hand.
 * The rules are those of ../shared/CLINICAL.md (version 3).
 */
import {expect} from '@open-wc/testing';
import {LANGUAGES} from './helpers/languages.js';
import {en} from '../src/i18n/en.js';
import {answer, current, reported, start, type FlowState} from '../src/tree/flow.js';
import {cardLists, type OutcomeStep} from '../src/views/card.js';
import {CLOT_PLACES, QUESTIONS, OUTCOMES, TREE} from '../src/tree/tree.js';
import {LEVELS, levelRank, type Level, type Option} from '../src/tree/types.js';
import {shortestPaths, walk, type Walked} from './helpers/walk.js';

// Every path, walked once before the tests run (not at module load).
const paths: Walked[] = [];
before(() => walk(TREE, (path) => paths.push(path)));

const question = (id: string) => TREE.questions.find((q) => q.id === id)!;
const chose = (path: Walked, q: string, option: string) =>
  path.steps.some((s) => s.question.id === q && s.chosen.some((o) => o.id === option));
const asked = (path: Walked, q: string) => path.steps.some((s) => s.question.id === q);
const show = (path: Walked) =>
  `${path.steps.map((s) => `${s.question.id}:${s.chosen.map((o) => o.id)}`).join(' > ')} -> ${path.outcome.id}`;
const ONE_LEG = ['one', 'one-worse', 'either', 'unsure'];
const CLOT_WHERE: readonly string[] = [...CLOT_PLACES, 'unsure'];
/** One leg (or one worse, either, not sure) and any place a clot can be, or not sure where. */
const clotCanBe = (path: Walked) =>
  path.steps.some(
    (s) =>
      s.question.id === 'where-one' &&
      s.chosen.some((o) => CLOT_WHERE.includes(o.id)) &&
      ONE_LEG.some((leg) => chose(path, 'legs', leg)),
  );
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
    const longest = paths.reduce((most, p) => Math.max(most, p.steps.length), 0);
    expect(longest).to.be.at.most(12);
    const shortest = shortestPaths(TREE);
    const lengths = TREE.outcomes.map((o) => shortest.get(o.id)!.length).sort((a, b) => a - b);
    const median = (lengths[(lengths.length - 1) >> 1] + lengths[lengths.length >> 1]) / 2;
    expect(median).to.be.at.most(6);
  });

  it('asks the warning signs first, on two steps under short headings, with exclusive "None" and "Not sure"', () => {
    const first = question(TREE.start);
    const second = question('urgent-signs');
    const none = first.options.find((o) => o.id === 'none')!;
    expect(none.next).to.deep.equal({question: 'urgent-signs'});
    for (const step of [first, second]) {
      expect(step.kind).to.equal('many');
      const signs = step.options.filter((o) => !o.exclusive);
      expect(signs.length, step.id).to.be.at.least(8);
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
    // A leg whose blood flow may be cut off, or whose pressure is building, is kept still and
    // level: on a card with such a sign, no step raises or ices the leg (the graver sign wins).
    // Beside "only acetaminophen", no other pain advice. (English: the words are the test's; the
    // Spanish mirrors them key for key, and its ui.still holds the same sentences.)
    let still = 0;
    let kidneys = 0;
    for (const q of TREE.questions.filter((q) => q.kind === 'many')) {
      const signs = q.options.filter((o) => o.sign && !o.exclusive && 'outcome' in o.next);
      for (const a of signs)
        for (const b of signs) {
          if (a === b) continue;
          const {head, also, step} = endWith(q.id, [a, b]);
          const lists = cardLists(en, step);
          const lines = [...lists.now, ...lists.also.flatMap((x) => x.now)];
          const label = `${a.id}+${b.id}`;
          if ([head, ...also].some((o) => o.still)) {
            still++;
            for (const line of lines) {
              expect(
                /\b(raise|put ice)\b|legs up/i.test(line) && !/Do not raise/.test(line),
                `${label}: "${line}"`,
              ).to.be.false;
            }
          }
          if ([head, ...also].some((o) => o.kidneys)) {
            kidneys++;
            expect(lines, label).to.not.include(en.ui.relief);
          }
        }
    }
    expect(still).to.be.above(40);
    expect(kidneys).to.be.above(10);
    // The sentences left out are the ones the cards write.
    for (const sentence of en.ui.still) {
      expect(
        OUTCOMES.some((o) => en.outcomes[o.id].now.join(' ').includes(sentence)),
        sentence,
      ).to.be.true;
    }
    // And on its own, every step that raises or ices a leg says when not to.
    for (const outcome of OUTCOMES) {
      for (const line of en.outcomes[outcome.id].now) {
        const raises = /\braise (the leg|it)\b|legs up|put ice/i.test(line);
        const saysWhenNot = /not cold|not if your feet|poor blood flow|Do not raise/.test(line);
        expect(raises && !saysWhenNot, `${outcome.id}: "${line}"`).to.be.false;
      }
    }
  });

  it('on a tie, leads with the more specific sign: a pop or a foot at risk before a swollen leg', () => {
    expect(endWith('urgent-signs', ['swollen', 'pop']).head.id).to.equal('torn-tendon');
    expect(endWith('urgent-signs', ['swollen', 'foot']).head.id).to.equal('foot-circulation');
    const both = endWith('urgent-signs', ['swollen', 'pop']);
    expect(both.also.map((o) => o.id)).to.deep.equal(['leg-clot']);
  });

  it('never lets "I\'m not sure" end at self-care, but for which leg or where, which take the clot route', () => {
    let checked = 0;
    for (const path of paths) {
      const doubts = path.steps.filter((s) => s.chosen.some((o) => o.id === 'unsure'));
      if (!doubts.length) continue;
      checked++;
      // Not sure which leg, or where it hurts, only decides which questions come next: the one-leg
      // route with the clot questions, and every later answer is asked as on any other path.
      if (doubts.every((s) => s.question.id === 'legs' || s.question.id === 'where-one')) {
        if (chose(path, 'where-one', 'unsure'))
          expect(asked(path, 'clot-risk'), show(path)).to.be.true;
        continue;
      }
      expect(path.outcome.level, path.outcome.id).to.not.equal('self-care');
    }
    expect(checked).to.be.greaterThan(100);
  });

  it('offers "I\'m not sure" on every question but one whose answer is known', () => {
    const without = QUESTIONS.filter((q) => !q.options.some((o) => o.id === 'unsure'));
    expect(without.map((q) => q.id)).to.deep.equal(['burn-fade', 'burn-fade-one']);
  });

  it('asks where it hurts before the clot questions, and asks them only where a clot can be', () => {
    const guarded = (level: Level, id: string) =>
      level === 'self-care' ||
      ['venous-insufficiency', 'veins-and-arteries', 'no-fit'].includes(id);
    let clotPaths = 0;
    for (const path of paths) {
      const clotRisk = path.steps.findIndex((s) => s.question.id === 'clot-risk');
      if (clotCanBe(path)) {
        // Reached before any card, unless a warning sign ended the check first.
        if (path.steps.some((s) => s.question.id === 'since-one')) expect(clotRisk).to.be.above(0);
        if (guarded(path.outcome.level, path.outcome.id)) {
          clotPaths++;
          expect(chose(path, 'clot-risk', 'none'), path.outcome.id).to.be.true;
        }
        const where = path.steps.findIndex((s) => s.question.id === 'where-one');
        if (clotRisk >= 0) expect(where).to.be.within(0, clotRisk - 1);
      } else {
        // Front or side of the knee, the hip, the shin bone, one spot on a bone, the foot, or
        // both legs alike: no clot questions.
        expect(clotRisk, show(path)).to.equal(-1);
      }
    }
    expect(clotPaths).to.be.greaterThan(100);
    // Every clot risk, and "not sure", is a clot card.
    for (const option of question('clot-risk').options) {
      if (option.id === 'none') continue;
      expect(option.next, option.id).to.deep.equal({outcome: 'leg-clot'});
    }
  });

  it('in one leg where a clot can be, new pain with no clear cause is urgent', () => {
    // A clear cause: an injury moment (pull), a cramp that eased (in a game or at night), or
    // soreness after a workout that worked that leg more (burn, next-day: 2 weeks or less only,
    // as soreness does not last longer). Then the branch itself asks about rest pain, a leg that
    // is not normal between cramps, and walking pain.
    let checked = 0;
    for (const path of paths) {
      const since = path.steps.find((s) => s.question.id === 'since-one')?.chosen[0].id;
      if (!since || since === 'long') continue;
      const how = path.steps.find((s) => s.question.id.startsWith('pattern-one'))?.chosen[0].id;
      const clear =
        ['pull', 'cramp', 'night'].includes(how!) ||
        (since === 'recent' && ['burn', 'next-day'].includes(how!));
      checked++;
      if (!clear)
        expect(levelRank(path.outcome.level), show(path)).to.be.at.least(levelRank('urgent'));
      // New heaviness in one leg, or not sure how long: a clot.
      if (how === 'heavy' || since === 'unsure') expect(path.outcome.id).to.equal('leg-clot');
    }
    expect(checked).to.be.greaterThan(50);
  });

  it('asks how long and how it started as two questions, never one answer for both', () => {
    for (const [lang, t] of Object.entries(LANGUAGES)) {
      for (const [id, words] of Object.entries(t.questions)) {
        for (const [option, label] of Object.entries(words.options)) {
          const long = lang === 'en' ? /more than (2|4) weeks/i : /más de (2|4) semanas/i;
          const slowly = lang === 'en' ? /slowly|little by little/i : /poco a poco|despacio/i;
          expect(long.test(label) && slowly.test(label), `${lang} ${id}/${option}`).to.be.false;
        }
      }
    }
    // Soreness is asked on one leg only after a workout that worked that leg more.
    for (const id of ['burn', 'next-day']) {
      expect(en.questions['pattern-one'].options[id]).to.include('this leg more');
    }
  });

  it('keeps every self-care outcome reachable, for one leg and for both', () => {
    for (const outcome of OUTCOMES.filter((o) => o.level === 'self-care')) {
      for (const legs of ['one', 'both']) {
        const found = paths.some((p) => p.outcome.id === outcome.id && chose(p, 'legs', legs));
        // For one leg, without ticking a clot risk.
        expect(found, `${outcome.id} (${legs})`).to.be.true;
      }
    }
  });

  it('asks how long before any soreness card, and pain that keeps coming back is not soreness', () => {
    const sinceOf = (path: Walked) =>
      path.steps.find((s) => s.question.id === 'since' || s.question.id === 'since-one')?.chosen[0]
        .id;
    for (const path of paths) {
      if (['acute-soreness', 'doms'].includes(path.outcome.id)) {
        expect(sinceOf(path), show(path)).to.equal('recent');
      }
      if (['weeks', 'long'].includes(sinceOf(path)!)) {
        expect(['acute-soreness', 'doms'], show(path)).to.not.include(path.outcome.id);
      }
    }
  });

  it('asks severity and weakness before timing in delayed soreness', () => {
    for (const path of paths) {
      if (!asked(path, 'doms-days')) continue;
      const ids = path.steps.map((s) => s.question.id);
      expect(ids.indexOf('doms-severe')).to.be.within(0, ids.indexOf('doms-days') - 1);
    }
  });

  it('sends a strain to self-care only with a push-off, no blood thinner and healing', () => {
    for (const path of paths.filter((p) => p.outcome.id === 'calf-strain')) {
      // Tiptoe tests the calf (a heel that rises, even if it hurts); a thigh strain says so instead.
      expect(['yes', 'hurts', 'thigh'].some((id) => chose(path, 'strain-tiptoe', id))).to.be.true;
      expect(chose(path, 'strain-thinner', 'no')).to.be.true;
      // Getting better, or no worse (or too new to tell) within the first 5 days; never aching at
      // rest, getting worse or with a fever.
      expect(
        ['better', 'same', 'today'].some((id) => chose(path, 'strain-now', id)) ||
          chose(path, 'strain-late', 'better'),
        show(path),
      ).to.be.true;
    }
  });

  it('keeps knee, hip, shin, bone and foot pain away from the artery and compartment cards', () => {
    const vascular = ['claudication', 'claudication-atypical', 'exertional-compartment'];
    for (const path of paths) {
      const site = path.steps.find((s) => s.question.id.startsWith('where-'))?.chosen[0].id;
      // Hip, buttock or thigh pain that comes on when walking goes to the walking questions.
      if (chose(path, 'joint', 'walk') || asked(path, 'walk-any')) continue;
      if (['knee', 'hip', 'spot', 'foot'].includes(site!)) {
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
        'hot-joint',
        'tendon-antibiotic',
        'check-today',
        'bone-stress-urgent',
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

  it('says on its English cards what CLINICAL.md v3 asks every card to say', () => {
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
    for (const id of ['calf-strain', 'strain-not-healing']) {
      expect(card(id), id).to.match(/clot can (also )?feel like a strain/);
    }
    for (const id of ['doms', 'acute-soreness']) {
      expect(card(id), id).to.match(/clot can feel like soreness/);
    }
    for (const id of ['exercise-cramp', 'night-cramps']) {
      expect(card(id), id).to.match(/clot can feel like a cramp/);
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

    // v3: no pain pills on a 911 card, where the crew decides; the rule in the pain-relief line.
    expect(t.ui.wait).to.match(
      /Do not take any pain pill unless the \{number\} operator tells you to/,
    );
    for (const outcome of OUTCOMES.filter((o) => o.level === 'emergency')) {
      expect(card(outcome.id), outcome.id).to.not.match(/acetaminophen|ibuprofen|Tylenol/);
    }
    expect(card('calf-strain')).to.match(/daily aspirin or Plavix/);
    // v3: "Call {number} if" lines where the danger follows the card.
    const callLines = (id: string) => t.outcomes[id as keyof typeof t.outcomes].call.join(' ');
    const follows: [RegExp, string[]][] = [
      [
        /tight or hard/,
        [
          'acute-soreness',
          'calf-strain',
          'strain-not-healing',
          'broken-bone',
          'torn-tendon',
          'leg-clot',
          'muscle-damage',
        ],
      ],
      [
        /cold, pale/,
        ['acute-soreness', 'doms', 'soreness-not-settling', 'calf-strain', 'strain-not-healing'],
      ],
      [
        /tea or cola/,
        [
          'acute-soreness',
          'doms',
          'soreness-not-settling',
          'calf-strain',
          'strain-not-healing',
          'exercise-cramp',
          'night-cramps',
        ],
      ],
      [/very unwell or confused/, ['acute-soreness']],
      [/fever or shivers, and you feel very ill/i, ['foot-circulation']],
    ];
    for (const [line, ids] of follows) {
      for (const id of ids) expect(callLines(id), `${id}: ${line}`).to.match(line);
    }
    // v3 card lines.
    expect(card('very-unwell')).to.match(/cool/i);
    expect(card('very-unwell')).to.match(/neck, armpits and groin/);
    expect(card('very-unwell')).to.match(/gray, cold and clammy/);
    expect(card('very-unwell')).to.match(/insulin or diabetes pills/);
    expect(card('blocked-artery')).to.match(/it may be a stroke/);
    expect(card('foot-circulation')).to.match(/weight off the foot/);
    expect(card('cold-toes')).to.match(/warm water, not hot/);
    expect(card('cold-toes')).to.match(/heating pad/);
    expect(card('cold-toes')).to.match(/white, hard or numb after warming/);
    expect(card('venous-insufficiency')).to.match(/already wear support stockings/);
    expect(card('veins-and-arteries')).to.match(/already wear support stockings/);
    for (const id of ['acute-soreness', 'doms']) expect(card(id), id).to.match(/statin.*CK/);
    expect(card('muscle-damage')).to.match(/statin.*next dose/);
    expect(card('tendon-antibiotic')).to.match(/doctor who gave you the antibiotic/);
    expect(card('tendon-antibiotic')).to.match(/Do not stretch/);
    expect(card('exercise-cramp')).to.match(/thirsty/);
    expect(card('exercise-cramp')).to.match(/still hard and sore hours later/);
    expect(card('sprained-ankle')).to.match(/cloth/);
    expect(card('overuse')).to.match(/stop running now and book a visit/);
  });

  for (const [lang, t] of Object.entries(LANGUAGES)) {
    /** Every sentence a card shows, in the order shown (the card view's own lists). */
    const sentences = (step: OutcomeStep) => {
      const lists = cardLists(t, step);
      const ui = t.ui;
      const {level, referral} = step.outcome;
      const action = {
        emergency: [ui.call, ui.noDrive, ui.wait],
        today: [ui.today],
        vascular: [ui.vascular, ui.visit],
        doctor: [ui.doctor],
        home: [ui.home],
      }[referral];
      const parts = [
        ui.levels[level],
        lists.words.title,
        lists.words.about,
        ui.notDiagnosis,
        ui.unwell,
        ...lists.now,
        ...lists.also.flatMap(({outcome, words, now}) => [
          words.title,
          ...(outcome.level === level ? [] : [ui.levels[outcome.level]]),
          ...now,
        ]),
        ...action,
        ...lists.call,
        ...lists.today,
        level === 'emergency' ? '' : (lists.words.tell ?? ui.tell),
      ];
      return parts.flatMap((part) =>
        part
          .split(/(?<=[.!?:])\s+/)
          .map((x) => x.trim().replace(/[.!?:]$/, ''))
          .filter(Boolean),
      );
    };
    const noRepeat = (step: OutcomeStep, label: string) => {
      const seen = new Set<string>();
      for (const sentence of sentences(step)) {
        expect(seen.has(sentence), `${lang} ${label}: "${sentence}" twice`).to.be.false;
        seen.add(sentence);
      }
    };

    it(`repeats no sentence on any card, alone or for any two signs, in "${lang}"`, () => {
      const seenOutcomes = new Set<string>();
      for (const path of paths) {
        if (seenOutcomes.has(path.outcome.id)) continue;
        seenOutcomes.add(path.outcome.id);
        noRepeat({kind: 'outcome', outcome: path.outcome, also: [], path: []}, path.outcome.id);
      }
      let pairs = 0;
      for (const q of TREE.questions.filter((q) => q.kind === 'many')) {
        const signs = q.options.filter((o) => o.sign && !o.exclusive);
        for (let i = 0; i < signs.length; i++)
          for (let j = i + 1; j < signs.length; j++) {
            pairs++;
            noRepeat(endWith(q.id, [signs[i], signs[j]]).step, `${signs[i].id}+${signs[j].id}`);
          }
      }
      expect(pairs).to.be.above(150);
    });

    it(`keeps every help line of every sign reported, the headline's first, in "${lang}"`, () => {
      let pairs = 0;
      for (const q of TREE.questions.filter((q) => q.kind === 'many')) {
        const signs = q.options.filter((o) => o.sign && !o.exclusive);
        for (const a of signs)
          for (const b of signs) {
            if (a === b) continue;
            pairs++;
            const {head, also, step} = endWith(q.id, [a, b]);
            const lists = cardLists(t, step);
            const card = (id: string) => t.outcomes[id as keyof typeof t.outcomes];
            const label = `${q.id}: ${a.id}+${b.id}`;
            // Sentence by sentence: a sentence the card already said is not said again.
            const said = (lines: readonly string[]) => lines.join(' ').split(/(?<=[.!?])\s+/);
            const shown = [...said(lists.now), ...lists.also.flatMap((a) => said(a.now))];
            for (const outcome of [head, ...also]) {
              for (const line of said(card(outcome.id).call)) {
                expect([...said(lists.call), ...shown], `${label}: ${line}`).to.include(line);
              }
              for (const line of said(card(outcome.id).today)) {
                expect([...said(lists.today), ...said(lists.call), ...shown], label).to.include(
                  line,
                );
              }
            }
            // The headline's own lines first, as on its own card.
            const own = said(card(head.id).call).filter((line) => !shown.includes(line));
            expect(said(lists.call).slice(0, own.length), label).to.deep.equal([...new Set(own)]);
          }
      }
      expect(pairs).to.be.above(300);
    });
  }

  it('lists every 911 sign of the step on the "not sure" card', () => {
    const lines = en.outcomes['signs-unsure'].call.join(' ');
    const covers: Record<string, RegExp> = {
      'lung-clot': /shortness of breath/,
      'very-unwell': /very unwell/,
      stroke: /one side/,
      belly: /belly/,
      'serious-infection': /fever/,
      'blocked-artery': /cold, pale/,
      'pressure-build-up': /tight or hard/,
      'serious-injury': /bent/,
      'bleeding-vein': /bleeds/,
      'muscle-breakdown': /tea or cola/,
      'nerve-pressure': /bottom/,
    };
    for (const [sign, line] of Object.entries(covers)) expect(lines, sign).to.match(line);
    const emergencies = new Set(
      question('signs').options.flatMap((o) =>
        'outcome' in o.next && o.sign === 'emergency' ? [o.next.outcome] : [],
      ),
    );
    for (const outcome of emergencies) expect(Object.keys(covers), outcome).to.include(outcome);
    // Not sure on either warning step is urgent.
    for (const id of ['signs', 'urgent-signs']) {
      expect(question(id).options.find((o) => o.id === 'unsure')).to.deep.include({
        next: {outcome: 'signs-unsure'},
        sign: 'urgent',
      });
    }
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
          // The call is the action, its button right under the heading: no lists of when to
          // call, and no step that says it again.
          expect(words.call.length + words.today.length, label).to.equal(0);
          expect(words.now.join(' '), label).to.not.include('{number}');
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
  // The way to each multi-choice step: no sign on the steps before, one leg, in the calf.
  const way: Record<string, string> = {legs: 'one', 'where-one': 'calf'};
  let state: FlowState = start(TREE);
  while (true) {
    const step = current(TREE, state);
    if (step.kind !== 'question') throw new Error(`No step ${id}`);
    if (step.question.id === id) break;
    state = answer(TREE, state, [way[step.question.id] ?? 'none']);
  }
  const ids = options.map((o) => (typeof o === 'string' ? o : o.id));
  const step = current(TREE, answer(TREE, state, ids));
  if (step.kind !== 'outcome') throw new Error('No outcome');
  expect(reported(TREE, step.path)[0]).to.equal(step.outcome);
  return {head: step.outcome, also: step.also, step};
}

describe('signs a literal reader can miss (clinician reviews, v2 and v3)', () => {
  it('asks how long before the walking questions, and new walking pain is urgent', () => {
    let checked = 0;
    for (const path of paths) {
      if (!asked(path, 'walk-rest')) continue;
      checked++;
      const long = path.steps.some(
        (s) =>
          ['since', 'since-one', 'walk-since'].includes(s.question.id) &&
          ['weeks', 'long'].includes(s.chosen[0].id),
      );
      expect(long, show(path)).to.be.true;
    }
    expect(checked).to.be.greaterThan(100);
    for (const option of question('walk-since').options) {
      if (option.id === 'recent' || option.id === 'unsure') {
        expect(option.next, option.id).to.deep.equal({outcome: 'pad-worse'});
      }
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

  it('lists the places a clot can be first, so the first place ticked leads there whenever any does', () => {
    for (const id of ['where-one', 'where-both']) {
      const ids = question(id).options.map((o) => o.id);
      expect(ids.slice(0, CLOT_PLACES.length), id).to.deep.equal([...CLOT_PLACES]);
      // Every set of places, not only pairs: the route is the first clot place's when any is ticked.
      const places = question(id).options.filter((o) => !o.exclusive);
      for (let mask = 1; mask < 1 << places.length; mask++) {
        const set = places.filter((_, i) => mask & (1 << i)).map((o) => o.id);
        const state = answer(TREE, walkTo(id), set);
        const next = 'question' in state.at ? state.at.question : state.at.outcome;
        const clotFirst = set.some((p) => (CLOT_PLACES as readonly string[]).includes(p));
        const want = clotFirst ? (id === 'where-one' ? 'clot-risk' : 'since') : undefined;
        if (want) expect(next, set.join()).to.equal(want);
        else expect(['clot-risk', 'since'], set.join()).to.not.include(next);
      }
    }
  });
});

/** The state at a question, reached by "none", one leg, the calf. */
function walkTo(id: string): FlowState {
  const way: Record<string, string> = {
    legs: id === 'where-both' ? 'both' : 'one',
    'where-one': 'calf',
  };
  let state: FlowState = start(TREE);
  for (;;) {
    const step = current(TREE, state);
    if (step.kind !== 'question') throw new Error(`No step ${id}`);
    if (step.question.id === id) return state;
    state = answer(TREE, state, [way[step.question.id] ?? 'none']);
  }
}
