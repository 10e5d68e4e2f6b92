/**
 * The leg-pain-after-exercise decision tree, from ../shared/CLINICAL.md (version 3).
 *
 * Order of the check:
 * 1. Warning signs, asked as events ("since this pain started, even if it has stopped") on two
 *    steps: emergency signs, then urgent signs. Any sign ends the check at its own outcome; when
 *    several are ticked the card leads with the most cautious and lists the rest. "I'm not sure"
 *    on either step is urgent.
 * 2. One leg or both, then where it hurts (as many places as hurt). Where a clot can be (one leg,
 *    one worse, either, or not sure; and the calf, thigh, buttock, back of the knee, the whole leg
 *    or not sure where) the clot risks come next, so no self-care, vein or "fits no branch" card
 *    is reachable without them. Knee, hip, shin, bone and foot pain go to their own questions and
 *    skip them: a clot does not hurt there.
 * 3. For muscle pain: how long, then how it started, as two questions. In one leg, pain of 4 weeks
 *    or less with no clear cause (an injury moment, a cramp, soreness after a workout that worked
 *    that leg more) is a clot until a scan says otherwise.
 * 4. Then one to five questions to confirm the pattern.
 *
 * Every option names where it leads; the words for each id live in src/i18n. Options that report a
 * warning sign carry `sign` with the level they demand, and the tests check every path honours it.
 * Questions that differ only in where their answers lead share their words in i18n.
 */
import type {Level, Option, Outcome, Question, Referral, Target, Tree} from './types.js';

const q = (question: string): Target => ({question});
const o = (outcome: string): Target => ({outcome});
const unsure = (next: Target): Option => ({id: 'unsure', next});
/** An answer that reports a warning sign: the path ends at `outcome`, at `level` at least. */
const sign =
  (level: Level) =>
  (id: string, outcome: string, group?: string): Option => ({
    id,
    group,
    next: o(outcome),
    sign: level,
  });
const emergency = sign('emergency');
const urgent = sign('urgent');

// Cards whose advice wins over another sign's on a card they share (see Outcome).
const STILL: readonly string[] = [
  'blocked-artery',
  'pressure-build-up',
  'serious-injury',
  'foot-circulation',
  'pad-worse',
];
const KIDNEYS: readonly string[] = ['muscle-breakdown', 'muscle-damage', 'soreness-not-settling'];

/** Outcomes of one level and referral, in order. */
const atLevel = <const Id extends string, L extends Level, R extends Referral>(
  level: L,
  referral: R,
  ids: readonly Id[],
) =>
  ids.map((id) => ({
    id,
    level,
    referral,
    ...(STILL.includes(id) && {still: true}),
    ...(KIDNEYS.includes(id) && {kidneys: true}),
  }));

/**
 * The outcomes. Within a level, the first listed leads the card when two signs of one level are
 * ticked (CLINICAL v3's tie order): a bleeding vein first, then the whole-body emergencies, then
 * the leg's; among urgent signs the more specific first (a pop or a foot at risk before a swollen
 * leg).
 */
export const OUTCOMES = [
  // Emergency: call the emergency number now.
  ...atLevel('emergency', 'emergency', [
    // Bleeding first: it needs first aid before anything else.
    'bleeding-vein',
    // The whole body: the safety net for what the tree does not name, lung or heart, infection.
    'very-unwell',
    'lung-clot',
    'serious-infection',
    // The leg.
    'blocked-artery',
    'pressure-build-up',
    'serious-injury',
    'nerve-pressure',
    'muscle-breakdown',
  ]),
  // Urgent: see a doctor today.
  ...atLevel('urgent', 'today', [
    'vein-bled',
    'torn-tendon',
    'broken-bone',
    'foot-circulation',
    'hot-joint',
    'leg-infection',
    'leg-bleed',
    'tendon-antibiotic',
    'muscle-damage',
    // A swollen or warm leg leads over walking pain that began suddenly: a clot is the likelier
    // cause of both, and its card says what not to do (rub, fly).
    'leg-clot',
    'pad-worse',
    // The urgent level's safety net, for what the tree does not name.
    'check-today',
    'signs-unsure',
    'bone-stress-urgent',
    'soreness-not-settling',
    'strain-not-healing',
  ]),
  // Routine: a vascular evaluation at the clinic.
  ...atLevel('routine', 'vascular', [
    'claudication',
    'claudication-atypical',
    'veins-and-arteries',
    'pad-possible',
    'venous-insufficiency',
  ]),
  // Routine: the visitor's own doctor.
  ...atLevel('routine', 'doctor', [
    'bone-stress',
    'spinal-stenosis',
    'exertional-compartment',
    'joint-pain',
    'cold-toes',
    'no-fit',
  ]),
  // Self-care.
  ...atLevel('self-care', 'home', [
    'acute-soreness',
    'doms',
    'calf-strain',
    'sprained-ankle',
    'exercise-cramp',
    'overuse',
    'night-cramps',
  ]),
] satisfies readonly Outcome[];

export type OutcomeId = (typeof OUTCOMES)[number]['id'];

/**
 * The ACC/AHA groups at raised risk of PAD, one radio step ("choose the first that fits"), asked
 * only where the pain comes with walking or exercise: age alone never sends a pain that fits no
 * branch to the vascular card.
 */
export const RISK_OPTIONS = ['artery', 'age65', 'age50', 'under50', 'none', 'unsure'] as const;
const riskOptions = (atRisk: Target, notAtRisk: Target): Option[] => [
  {id: 'artery', next: atRisk},
  {id: 'age65', next: atRisk},
  {id: 'age50', next: atRisk},
  {id: 'under50', next: atRisk},
  {id: 'none', next: notAtRisk},
  unsure(atRisk),
];

/** The places a clot can be, first on the list of where it hurts. */
export const CLOT_PLACES = ['calf', 'thigh', 'back-knee', 'whole'] as const;

/**
 * Where it hurts, ticking every place that does. The places a clot can be come first: with several
 * ticked, the first leads on, so it is a place a clot can be whenever any is.
 */
const where = (muscle: Target, notSure: Target): Option[] => [
  ...CLOT_PLACES.map((id) => ({id, next: muscle})),
  {id: 'knee', next: q('joint')},
  {id: 'hip', next: q('joint')},
  {id: 'shin', next: q('shin')},
  {id: 'spot', next: q('bone-where')},
  {id: 'foot', next: q('foot')},
  {id: 'unsure', next: notSure, exclusive: true},
];

/** How long: every day belongs to one answer. */
const since = (recent: Option, weeks: Target, long: Target, notSure: Target): Option[] => [
  recent,
  {id: 'weeks', next: weeks},
  {id: 'long', next: long},
  unsure(notSure),
];

/**
 * How the pain started, "choose the first that fits": the clear causes first (an injury moment,
 * soreness after a workout), so a strain that also hurts on walking is a strain; walking pain
 * before cramps, as walking pain often feels like a cramp. The same answers on every variant, in
 * this order; only where they lead differs.
 */
type Pattern = Record<
  | 'pull'
  | 'burn'
  | 'next-day'
  | 'heavy'
  | 'walking'
  | 'cramp'
  | 'night'
  | 'run-tight'
  | 'other'
  | 'unsure',
  Target
>;
const pattern = <const Id extends string>(id: Id, to: Pattern) => ({
  id,
  options: Object.entries(to).map(([option, next]): Option =>
    // Walking pain that began in the last 2 weeks is a warning sign of its own.
    option === 'walking' && 'outcome' in next
      ? {id: option, next, sign: 'urgent'}
      : {id: option, next},
  ),
});
const clot = o('leg-clot');
const noFit = o('no-fit');
const padWorse = o('pad-worse');
// More than 2 weeks, both legs: soreness or a cramp that keeps coming back with exercise is not
// soreness or a cramp, so it goes to the walking questions (a cramp that comes with exercise has
// already said it does not start at rest).
const longPattern: Pattern = {
  pull: q('strain-late'),
  burn: q('walk-rest'),
  'next-day': q('walk-rest'),
  heavy: q('heavy-walk'),
  walking: q('walk-rest'),
  cramp: q('walk-hill'),
  night: q('cramp-between-long'),
  'run-tight': q('tight-stop'),
  other: noFit,
  unsure: noFit,
};

/** How a strain is now, early (5 days or less) or late, where "no better yet" (and too new to tell) differs. */
const strainNow = (...same: Option[]): Option[] => [
  // "Choose the first that fits": a fever first, then the answers that make it no plain strain.
  urgent('fever', 'strain-not-healing'),
  urgent('worse', 'strain-not-healing'),
  // Pain there at rest has no clear cause, whatever came before it (CLINICAL v3, clots).
  urgent('rest', 'leg-clot'),
  {id: 'better', next: q('strain-tiptoe')},
  ...same,
  unsure(o('strain-not-healing')),
];

/** Whether sore muscles in one leg ache at rest: then no workout explains them. */
const restAche = (id: string, no: Target) => ({
  id,
  options: [{id: 'no', next: no}, urgent('yes', 'leg-clot'), unsure(clot)],
});

/** Cramps at night or at rest: is the leg normal between them? */
const between = (heavy: Target, walking: Target, notSure: Target): Option[] => [
  {id: 'normal', next: o('night-cramps')},
  {id: 'heavy', next: heavy},
  {id: 'walking', next: walking},
  unsure(notSure),
];
/**
 * A cramp during exercise or a game: walking pain first, then the answers that make it no plain
 * cramp (still hard, aching at rest, getting worse, still sore days later), then the cramp's own.
 * `notPlain` is where those lead: on one leg within the month, a clot's card.
 */
const crampGame = (notPlain: Target, notSure: Target): Option[] => [
  // The same pain each time at the same distance is walking pain (new: urgent), not a cramp.
  urgent('returns', 'pad-worse'),
  urgent('hard', 'muscle-damage'),
  ...['rest', 'worse', 'late'].map((id) => ({id, next: notPlain, sign: 'urgent' as const})),
  ...['recent', 'soon', 'fine'].map((id) => ({id, next: o('exercise-cramp')})),
  unsure(notSure),
];

export const QUESTIONS = [
  {
    // Emergency signs, as events: tick it even if it has stopped. Any one feature is enough.
    id: 'signs',
    kind: 'many',
    options: [
      emergency('breath', 'lung-clot', 'body'),
      emergency('chest', 'very-unwell', 'body'),
      emergency('unwell', 'very-unwell', 'body'),
      emergency('fever-unwell', 'serious-infection', 'body'),
      emergency('stroke', 'very-unwell', 'sudden'),
      emergency('belly', 'very-unwell', 'sudden'),
      emergency('cold-leg', 'blocked-artery', 'leg'),
      emergency('tight-leg', 'pressure-build-up', 'leg'),
      emergency('injury', 'serious-injury', 'leg'),
      emergency('bleeding', 'bleeding-vein', 'leg'),
      emergency('dark-urine', 'muscle-breakdown', 'pee'),
      emergency('back', 'nerve-pressure', 'pee'),
      {id: 'none', next: q('urgent-signs'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, sign: 'urgent'},
    ],
  },
  {
    // Urgent signs: see a doctor today. Asked of everyone, under short headings.
    id: 'urgent-signs',
    kind: 'many',
    options: [
      urgent('swollen', 'leg-clot', 'swell'),
      urgent('skin', 'leg-infection', 'swell'),
      urgent('fever', 'leg-infection', 'swell'),
      urgent('joint', 'hot-joint', 'swell'),
      urgent('pop', 'torn-tendon', 'hurt'),
      urgent('no-weight', 'broken-bone', 'hurt'),
      // The Ottawa ankle and foot rules, asked of everyone: a twist may sit beside other pain.
      urgent('ankle', 'broken-bone', 'hurt'),
      // A stressed hip bone can break; asked of everyone, as the hip may be ticked beside a muscle.
      urgent('stress-hip', 'bone-stress-urgent', 'hurt'),
      urgent('weak', 'muscle-damage', 'meds'),
      urgent('statin', 'muscle-damage', 'meds'),
      urgent('thinner', 'leg-bleed', 'meds'),
      urgent('antibiotic', 'tendon-antibiotic', 'meds'),
      urgent('vein-bled', 'vein-bled', 'flow'),
      urgent('foot', 'foot-circulation', 'flow'),
      urgent('flow-worse', 'pad-worse', 'flow'),
      // The safety net: what the tree cannot name.
      urgent('severe', 'check-today', 'other'),
      urgent('elsewhere', 'check-today', 'other'),
      {id: 'none', next: q('legs'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, sign: 'urgent'},
    ],
  },
  {
    id: 'legs',
    options: [
      {id: 'one', next: q('where-one')},
      // Both legs, but one much worse or first: a clot can sit on top of ordinary soreness.
      {id: 'one-worse', next: q('where-one')},
      // Sometimes one leg, sometimes the other: each time it is one leg, so it takes that route.
      {id: 'either', next: q('where-one')},
      {id: 'both', next: q('where-both')},
      unsure(q('where-one')),
    ],
  },
  // Where it hurts. One leg: the clot risks next wherever a clot can be.
  {id: 'where-one', kind: 'many', options: where(q('clot-risk'), q('clot-risk'))},
  {id: 'where-both', kind: 'many', options: where(q('since'), q('walk-any'))},
  {
    // A clot often feels like a pulled muscle. Any risk, or not sure: a scan today.
    id: 'clot-risk',
    kind: 'many',
    options: [
      urgent('travel', 'leg-clot'),
      urgent('surgery', 'leg-clot'),
      urgent('cast', 'leg-clot'),
      urgent('pregnant', 'leg-clot'),
      urgent('hormones', 'leg-clot'),
      urgent('cancer', 'leg-clot'),
      urgent('clot-before', 'leg-clot'),
      urgent('family', 'leg-clot'),
      {id: 'none', next: q('since-one'), exclusive: true},
      {id: 'unsure', next: clot, exclusive: true, sign: 'urgent'},
    ],
  },
  // How long, on its own step before how it started. One leg, not sure how long: a clot's "or not
  // sure" (CLINICAL: new heaviness or new pain, under about 4 weeks or not sure).
  {
    id: 'since-one',
    options: since(
      {id: 'recent', next: q('pattern-one')},
      q('pattern-one-weeks'),
      q('pattern-one-long'),
      clot,
    ),
  },
  {
    id: 'since',
    options: since(
      {id: 'recent', next: q('pattern')},
      q('pattern-long'),
      q('pattern-long'),
      q('walk-any'),
    ),
  },
  // One leg, 2 weeks or less: only a clear cause (an injury moment, soreness after a workout that
  // worked that leg more, a cramp that eased) keeps a clot off the list. Walking pain this new is
  // urgent too.
  pattern('pattern-one', {
    pull: q('strain-days'),
    burn: q('burn-fade-one'),
    'next-day': q('rest-sore'),
    heavy: clot,
    walking: padWorse,
    cramp: q('cramp-game-one'),
    night: q('cramp-between-one'),
    'run-tight': clot,
    other: clot,
    unsure: clot,
  }),
  // One leg, more than 2 weeks and within the month: soreness does not last this long, so it is
  // no clear cause; an injury moment and a cramp still are.
  pattern('pattern-one-weeks', {
    pull: q('strain-late'),
    burn: clot,
    'next-day': clot,
    heavy: clot,
    walking: clot,
    cramp: q('cramp-game-one'),
    night: q('cramp-between-one'),
    'run-tight': clot,
    other: clot,
    unsure: clot,
  }),
  // One leg, more than a month: as for both legs, but heaviness is asked how new.
  pattern('pattern-one-long', {
    ...longPattern,
    burn: q('walk-rest-one'),
    'next-day': q('walk-rest-one'),
    heavy: q('heavy-since'),
    walking: q('walk-rest-one'),
    night: q('cramp-between-one-long'),
  }),
  // Both legs, 2 weeks or less.
  pattern('pattern', {
    pull: q('strain-days'),
    burn: q('burn-fade'),
    'next-day': q('doms-severe'),
    // New heaviness in both legs is a question for the visitor's own doctor, not the veins'.
    heavy: noFit,
    walking: padWorse,
    cramp: q('cramp-game'),
    night: q('cramp-between'),
    'run-tight': q('tight-stop'),
    other: noFit,
    unsure: noFit,
  }),
  pattern('pattern-long', longPattern),
  {
    // Not sure where or what kind of pain: only pain that comes with walking goes on to the
    // walking questions.
    id: 'walk-any',
    options: [{id: 'yes', next: q('walk-since')}, {id: 'no', next: noFit}, unsure(noFit)],
  },
  {
    // Walking pain reached by a way that has not asked how long. Not sure when: urgent.
    id: 'walk-since',
    options: since(urgent('recent', 'pad-worse'), q('walk-rest'), q('walk-rest'), padWorse),
  },
  {
    // Soreness during or just after a workout (2 weeks or less): it should fade within hours, and
    // the same pain each time at the same walking distance is walking pain.
    id: 'burn-fade',
    options: [
      urgent('returns', 'pad-worse'),
      {id: 'yes', next: o('acute-soreness')},
      // Just after the workout it cannot have faded yet: the card says when to think again.
      {id: 'soon', next: o('acute-soreness')},
      // Whether it faded is known; a guess must not lead to self-care, so no "I'm not sure".
      {id: 'no', next: q('doms-severe')},
    ],
  },
  {
    // One leg: soreness that has not faded is asked whether it aches at rest.
    id: 'burn-fade-one',
    options: [
      urgent('returns', 'pad-worse'),
      {id: 'yes', next: o('acute-soreness')},
      // Just after the workout it cannot have faded yet: the card says when to think again.
      {id: 'soon', next: o('acute-soreness')},
      // Whether it faded is known; a guess must not lead to self-care, so no "I'm not sure".
      {id: 'no', next: q('rest-sore')},
    ],
  },
  // Delayed soreness in one leg: soreness that aches at rest is no workout's.
  restAche('rest-sore', q('doms-severe')),
  // Delayed soreness: severity and weakness first, then how many days, then which way it goes.
  {
    id: 'doms-severe',
    options: [
      {id: 'ok', next: q('doms-days')},
      urgent('bad', 'soreness-not-settling'),
      unsure(o('soreness-not-settling')),
    ],
  },
  {
    id: 'doms-days',
    options: [
      {id: 'days1to3', next: o('doms')},
      {id: 'days4to7', next: q('doms-trend')},
      urgent('week', 'soreness-not-settling'),
      unsure(o('soreness-not-settling')),
    ],
  },
  {
    // Day 4 to 7: staying the same has an answer; getting worse is never "easing".
    id: 'doms-trend',
    options: [
      {id: 'better', next: o('doms')},
      {id: 'same', next: o('doms')},
      urgent('worse', 'soreness-not-settling'),
      unsure(o('soreness-not-settling')),
    ],
  },
  // A pulled muscle: how many days, how it is now, then self-care only with a working push-off
  // and no blood thinner or anti-clot medicine.
  {
    id: 'strain-days',
    options: [
      {id: 'recent', next: q('strain-now')},
      {id: 'late', next: q('strain-late')},
      unsure(o('strain-not-healing')),
    ],
  },
  // 5 days or less: no better yet is still a strain, and today's strain is too new to tell.
  {
    id: 'strain-now',
    options: strainNow(
      {id: 'same', next: q('strain-tiptoe')},
      {id: 'today', next: q('strain-tiptoe')},
    ),
  },
  // More than 5 days and no better: it needs a check.
  {id: 'strain-late', options: strainNow(urgent('same', 'strain-not-healing'))},
  {
    id: 'strain-tiptoe',
    options: [
      {id: 'yes', next: q('strain-thinner')},
      // Pain that still lets the heel rise a little is a strain's; no push at all, a tear's.
      {id: 'hurts', next: q('strain-thinner')},
      urgent('no', 'torn-tendon'),
      // Rising on tiptoe tests the calf, not the thigh.
      {id: 'thigh', next: q('strain-thinner')},
      unsure(o('strain-not-healing')),
    ],
  },
  {
    id: 'strain-thinner',
    options: [
      {id: 'no', next: o('calf-strain')},
      urgent('yes', 'strain-not-healing'),
      unsure(o('strain-not-healing')),
    ],
  },
  // Cramps. During exercise: the same pain at the same distance each time is walking pain (new:
  // urgent). At night or at rest: the leg between them. One leg within the month: anything but a
  // cramp that eased and a normal leg is a clot's.
  {id: 'cramp-game', options: crampGame(o('soreness-not-settling'), noFit)},
  {id: 'cramp-game-one', options: crampGame(clot, clot)},
  {id: 'cramp-between', options: between(noFit, padWorse, noFit)},
  {id: 'cramp-between-one', options: between(clot, padWorse, clot)},
  {id: 'cramp-between-long', options: between(q('heavy-walk'), q('walk-rest'), noFit)},
  // (Walking pain beside night cramps in one leg: the risk groups decide, within 12 steps.)
  {id: 'cramp-between-one-long', options: between(q('heavy-since'), q('risk-walk'), noFit)},
  // New heaviness in one leg (a month or less, or not sure) is a clot's, whatever the pain's age.
  {
    id: 'heavy-since',
    options: since({id: 'recent', next: clot}, clot, q('heavy-walk'), clot),
  },
  // The Edinburgh Claudication Questionnaire, one item per step, leaving as soon as it cannot fit.
  {
    id: 'walk-rest',
    options: [
      {id: 'no', next: q('walk-hill')},
      {id: 'yes', next: q('rest-ease')},
      unsure(q('risk-walk')),
    ],
  },
  {
    // One leg: pain that eases when the leg is raised asks how new any heaviness is.
    id: 'walk-rest-one',
    options: [
      {id: 'no', next: q('walk-hill')},
      {id: 'yes', next: q('rest-ease-one')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'walk-hill',
    options: [
      {id: 'yes', next: q('walk-stop')},
      {id: 'no', next: q('risk-walk')},
      {id: 'never', next: q('risk-walk')},
      // Pain that stops the visitor on the flat already meets "uphill or hurrying".
      {id: 'cannot', next: q('walk-stop')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'walk-stop',
    options: [
      {id: 'goes', next: q('walk-where')},
      {id: 'stays', next: q('risk-walk')},
      {id: 'sit', next: q('risk-spine')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'walk-where',
    options: [
      {id: 'calf', next: o('claudication')},
      {id: 'thigh', next: o('claudication-atypical')},
      {id: 'other', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'rest-ease',
    options: [
      {id: 'sit', next: q('risk-spine')},
      {id: 'raise', next: q('heavy-walk')},
      {id: 'other', next: q('risk-walk')},
      {id: 'nothing', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'rest-ease-one',
    options: [
      {id: 'sit', next: q('risk-spine')},
      {id: 'raise', next: q('heavy-since')},
      {id: 'other', next: q('risk-walk')},
      {id: 'nothing', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  // Heavy legs: veins, unless walking pain that eases standing still points to the arteries too.
  {
    id: 'heavy-walk',
    options: [
      {id: 'no', next: o('venous-insufficiency')},
      {id: 'yes', next: o('veins-and-arteries')},
      unsure(o('veins-and-arteries')),
    ],
  },
  {
    id: 'tight-stop',
    options: [
      {id: 'yes', next: q('risk-tight')},
      {id: 'no', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  // Joint, shin, bone and foot.
  {
    id: 'joint',
    options: [
      // "Choose the first that fits": a stressed hip bone first, as walking pain fits it too.
      urgent('groin', 'bone-stress-urgent'),
      // Hip or buttock pain on walking can be claudication: the walking questions decide.
      {id: 'walk', next: q('walk-since')},
      // A swollen or stiff joint before the runner's knee pains, which a sore joint fits too.
      {id: 'joint', next: o('joint-pain')},
      {id: 'outer-knee', next: o('overuse')},
      {id: 'front-knee', next: o('overuse')},
      unsure(q('walk-any')),
    ],
  },
  {
    id: 'shin',
    options: [
      {id: 'spread', next: o('overuse')},
      {id: 'spot', next: q('bone-walk')},
      {id: 'tight', next: q('tight-stop')},
      unsure(q('walk-any')),
    ],
  },
  {
    id: 'foot',
    options: [
      // A twisted ankle or foot: the Ottawa rules decide whether it needs an x-ray today.
      {id: 'twist', next: q('ankle-bone')},
      // A torn heel tendon without a remembered pop: the tiptoe test first.
      {id: 'heel', next: q('heel-tiptoe')},
      {id: 'arch', next: o('overuse')},
      {id: 'spot', next: q('bone-walk')},
      {id: 'cold', next: o('cold-toes')},
      {id: 'other', next: q('walk-any')},
      unsure(q('walk-any')),
    ],
  },
  {
    // The Ottawa ankle and foot rules: bone that hurts to press at one of four spots, or a foot
    // too numb to tell, needs an x-ray. (Not taking 4 steps is on the urgent signs.)
    id: 'ankle-bone',
    options: [
      urgent('yes', 'broken-bone'),
      urgent('numb', 'broken-bone'),
      {id: 'no', next: o('sprained-ankle')},
      unsure(o('broken-bone')),
    ],
  },
  {
    id: 'heel-tiptoe',
    options: [
      {id: 'yes', next: o('overuse')},
      {id: 'hurts', next: o('overuse')},
      urgent('no', 'torn-tendon'),
      unsure(o('torn-tendon')),
    ],
  },
  {
    // A stressed hip bone can break: hip or groin is urgent wherever the visitor says it.
    id: 'bone-where',
    options: [
      urgent('hip', 'bone-stress-urgent'),
      {id: 'leg', next: q('bone-walk')},
      unsure(q('bone-walk')),
    ],
  },
  {
    id: 'bone-walk',
    options: [
      urgent('yes', 'bone-stress-urgent'),
      {id: 'no', next: o('bone-stress')},
      unsure(o('bone-stress-urgent')),
    ],
  },
  {id: 'risk-walk', options: riskOptions(o('pad-possible'), noFit)},
  {id: 'risk-spine', options: riskOptions(o('pad-possible'), o('spinal-stenosis'))},
  {
    id: 'risk-tight',
    options: riskOptions(o('pad-possible'), o('exertional-compartment')),
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

export const TREE: Tree = {start: 'signs', questions: QUESTIONS, outcomes: OUTCOMES};
