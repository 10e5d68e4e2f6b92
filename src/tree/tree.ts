/**
 * The leg-pain-after-exercise decision tree, from ../shared/CLINICAL.md (version 2).
 *
 * Order of the check:
 * 1. Warning signs, asked as events ("since this pain started, even if it has stopped") on two
 *    steps: emergency signs, then urgent signs. Any sign ends the check at its own outcome; when
 *    several are ticked the card leads with the most cautious and lists the rest.
 * 2. One leg or both. Pain in one leg (or not sure) is asked about clot risk before anything else,
 *    so no self-care, vein or "fits no branch" card is reachable without it.
 * 3. Where it hurts: muscles, a joint, the shin, one spot on a bone, the foot. Overuse injuries,
 *    bone stress, joint pain and cold toes leave here, before the muscle patterns.
 * 4. For muscle pain, the pattern that sounds most like it, then one to four questions to confirm.
 *
 * Every option names where it leads; the words for each id live in src/i18n. Options that report a
 * warning sign carry `sign` with the level they demand, and the tests check every path honours it.
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

/** Outcomes of one level and referral, in order. */
const atLevel = <const Id extends string, L extends Level, R extends Referral>(
  level: L,
  referral: R,
  ids: readonly Id[],
) => ids.map((id) => ({id, level, referral}));

/**
 * The outcomes. Within a level, the more specific comes first: when two signs of one level are
 * ticked, the card leads with the one listed first (a pop before a swollen leg).
 */
export const OUTCOMES = [
  // Emergency: call the emergency number now.
  ...atLevel('emergency', 'emergency', [
    // Bleeding first: it needs first aid before anything else.
    'bleeding-vein',
    'blocked-artery',
    'pressure-build-up',
    'serious-injury',
    'nerve-pressure',
    'muscle-breakdown',
    'serious-infection',
    'lung-clot',
    // The safety net for emergencies the tree does not name.
    'very-unwell',
  ]),
  // Urgent: see a doctor today.
  ...atLevel('urgent', 'today', [
    'torn-tendon',
    'broken-bone',
    'foot-circulation',
    'vein-bled',
    'leg-bleed',
    'leg-infection',
    'muscle-damage',
    // A swollen or warm leg leads over walking pain that began suddenly: a clot is the likelier
    // cause of both, and its card says what not to do (rub, fly).
    'leg-clot',
    'pad-worse',
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

export const QUESTIONS = [
  {
    // Emergency signs, as events: tick it even if it has stopped. Any one feature is enough.
    id: 'signs',
    kind: 'many',
    options: [
      emergency('breath', 'lung-clot', 'body'),
      emergency('unwell', 'very-unwell', 'body'),
      emergency('fever-unwell', 'serious-infection', 'body'),
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
    // Urgent signs: see a doctor today.
    id: 'urgent-signs',
    kind: 'many',
    options: [
      urgent('swollen', 'leg-clot', 'swell'),
      urgent('fever', 'leg-infection', 'swell'),
      urgent('vein-bled', 'vein-bled', 'swell'),
      urgent('thinner', 'leg-bleed', 'swell'),
      urgent('pop', 'torn-tendon', 'hurt'),
      urgent('no-weight', 'broken-bone', 'hurt'),
      urgent('weak', 'muscle-damage', 'hurt'),
      urgent('statin', 'muscle-damage', 'hurt'),
      urgent('foot', 'foot-circulation', 'flow'),
      urgent('flow-worse', 'pad-worse', 'flow'),
      {id: 'none', next: q('legs'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, sign: 'urgent'},
    ],
  },
  {
    // Which leg hurts is known, so no "I'm not sure".
    id: 'legs',
    options: [
      {id: 'one', next: q('clot-risk')},
      // Both legs, but one much worse or first: a clot can sit on top of ordinary soreness.
      {id: 'one-worse', next: q('clot-risk')},
      {id: 'both', next: q('where')},
    ],
  },
  {
    // A clot often feels like a pulled muscle. Any risk, or not sure: a scan today.
    id: 'clot-risk',
    kind: 'many',
    options: [
      urgent('travel', 'leg-clot'),
      urgent('surgery', 'leg-clot'),
      urgent('pregnant', 'leg-clot'),
      urgent('hormones', 'leg-clot'),
      urgent('cancer', 'leg-clot'),
      urgent('clot-before', 'leg-clot'),
      {id: 'none', next: q('where'), exclusive: true},
      {id: 'unsure', next: o('leg-clot'), exclusive: true, sign: 'urgent'},
    ],
  },
  {
    // Where it hurts, so joint, shin, bone and foot pain never reach the artery or compartment cards.
    id: 'where',
    options: [
      {id: 'muscle', next: q('pattern')},
      {id: 'joint', next: q('joint')},
      {id: 'shin', next: q('shin')},
      {id: 'spot', next: q('bone-where')},
      {id: 'foot', next: q('foot')},
      unsure(q('walk-any')),
    ],
  },
  {
    id: 'pattern',
    options: [
      // "Choose the first that fits": heavy legs before walking pain, so a visitor with both is
      // asked about walking pain next and reaches the card that checks veins and arteries.
      {id: 'burn', next: q('burn-long')},
      {id: 'next-day', next: q('doms-long')},
      {id: 'pull', next: q('strain-tiptoe')},
      {id: 'cramp', next: q('cramp-between')},
      {id: 'heavy', next: q('heavy-walk')},
      {id: 'walking', next: q('walk-since')},
      {id: 'run-tight', next: q('tight-stop')},
      unsure(q('walk-any')),
    ],
  },
  {
    // Not sure what kind of pain: only pain that comes with walking goes on to the walking questions.
    id: 'walk-any',
    options: [
      // When it started is asked here, not on a step of its own (see walk-since).
      urgent('sudden', 'pad-worse'),
      {id: 'yes', next: q('walk-rest')},
      {id: 'no', next: o('no-fit')},
      unsure(o('no-fit')),
    ],
  },
  // Soreness: how long first, then whether it faded. Soreness is short-lived: pain that keeps
  // coming back with the same effort, or for more than 2 weeks, goes to the walking questions
  // (claudication can pass for soreness); walking pain that began suddenly in the last 2 weeks is
  // urgent.
  {
    id: 'burn-long',
    options: [
      {id: 'new', next: q('burn-fade')},
      urgent('sudden', 'pad-worse'),
      {id: 'long', next: q('walk-rest')},
      unsure(q('walk-rest')),
    ],
  },
  {
    id: 'burn-fade',
    options: [
      {id: 'yes', next: o('acute-soreness')},
      // Just after the workout it cannot have faded yet: the card says when to think again.
      {id: 'soon', next: o('acute-soreness')},
      // Whether it faded is known; a guess must not lead to self-care, so no "I'm not sure".
      {id: 'no', next: q('doms-severe')},
    ],
  },
  // Delayed soreness: how long, then severity and weakness, then timing.
  {
    id: 'doms-long',
    options: [
      {id: 'new', next: q('doms-severe')},
      {id: 'long', next: q('walk-rest')},
      unsure(q('walk-rest')),
    ],
  },
  {
    id: 'doms-severe',
    options: [
      {id: 'ok', next: q('doms-when')},
      urgent('bad', 'soreness-not-settling'),
      unsure(o('soreness-not-settling')),
    ],
  },
  {
    // Options do not overlap: each day count has one answer, and "worse" is never "easing".
    id: 'doms-when',
    options: [
      {id: 'days1to3', next: o('doms')},
      {id: 'better', next: o('doms')},
      urgent('worse', 'soreness-not-settling'),
      urgent('week', 'soreness-not-settling'),
      unsure(o('soreness-not-settling')),
    ],
  },
  // A pulled muscle: self-care only with a working push-off, no blood thinner, and healing.
  {
    id: 'strain-tiptoe',
    options: [
      {id: 'yes', next: q('strain-thinner')},
      urgent('no', 'torn-tendon'),
      // Rising on tiptoe tests the calf, not the thigh.
      {id: 'thigh', next: q('strain-thinner')},
      unsure(o('strain-not-healing')),
    ],
  },
  {
    id: 'strain-thinner',
    options: [
      {id: 'no', next: q('strain-now')},
      urgent('yes', 'strain-not-healing'),
      unsure(o('strain-not-healing')),
    ],
  },
  {
    id: 'strain-now',
    options: [
      // "Choose the first that fits": a fever first, as a recent strain fits too.
      urgent('fever', 'strain-not-healing'),
      {id: 'recent', next: o('calf-strain')},
      {id: 'healing', next: o('calf-strain')},
      urgent('worse', 'strain-not-healing'),
      urgent('stuck', 'strain-not-healing'),
      unsure(o('strain-not-healing')),
    ],
  },
  {
    // Cramps with a leg that is not normal between them are not just cramps.
    id: 'cramp-between',
    options: [
      {id: 'normal', next: o('night-cramps')},
      {id: 'heavy', next: q('heavy-walk')},
      urgent('sudden', 'pad-worse'),
      {id: 'walking', next: q('walk-rest')},
      unsure(o('no-fit')),
    ],
  },
  {
    // Walking pain that began suddenly in the last 2 weeks is urgent (CLINICAL, warning signs).
    // Asked on a step of its own on the two direct ways in; the deeper ways in (walk-any,
    // burn-long, cramp-between, heavy-walk) ask it among their own answers, so no path passes
    // 12 steps. Not sure when it started: urgent too.
    id: 'walk-since',
    options: [
      urgent('sudden', 'pad-worse'),
      {id: 'slow', next: q('walk-rest')},
      unsure(o('pad-worse')),
    ],
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
      unsure(q('risk-walk')),
    ],
  },
  // Heavy legs: veins, unless walking pain that eases standing still points to the arteries too.
  {
    id: 'heavy-walk',
    options: [
      {id: 'no', next: o('venous-insufficiency')},
      urgent('sudden', 'pad-worse'),
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
    id: 'heel-tiptoe',
    options: [
      {id: 'yes', next: o('overuse')},
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
  {id: 'risk-walk', options: riskOptions(o('pad-possible'), o('no-fit'))},
  {id: 'risk-spine', options: riskOptions(o('pad-possible'), o('spinal-stenosis'))},
  {
    id: 'risk-tight',
    options: riskOptions(o('pad-possible'), o('exertional-compartment')),
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

export const TREE: Tree = {start: 'signs', questions: QUESTIONS, outcomes: OUTCOMES};
