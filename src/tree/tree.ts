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
import type {Option, Outcome, Question, Target, Tree} from './types.js';

const q = (question: string): Target => ({question});
const o = (outcome: string): Target => ({outcome});
const unsure = (next: Target): Option => ({id: 'unsure', next, unsure: true});

/**
 * The outcomes. Within a level, the more specific comes first: when two signs of one level are
 * ticked, the card leads with the one listed first (a pop before a swollen leg).
 */
export const OUTCOMES = [
  // Emergency: call the emergency number now.
  {id: 'blocked-artery', level: 'emergency', referral: 'emergency'},
  {id: 'pressure-build-up', level: 'emergency', referral: 'emergency'},
  {id: 'serious-injury', level: 'emergency', referral: 'emergency'},
  {id: 'bleeding-vein', level: 'emergency', referral: 'emergency'},
  {id: 'nerve-pressure', level: 'emergency', referral: 'emergency'},
  {id: 'muscle-breakdown', level: 'emergency', referral: 'emergency'},
  {id: 'serious-infection', level: 'emergency', referral: 'emergency'},
  {id: 'lung-clot', level: 'emergency', referral: 'emergency'},
  // The safety net for emergencies the tree does not name.
  {id: 'very-unwell', level: 'emergency', referral: 'emergency'},
  // Urgent: see a doctor today.
  {id: 'torn-tendon', level: 'urgent', referral: 'today'},
  {id: 'broken-bone', level: 'urgent', referral: 'today'},
  {id: 'foot-circulation', level: 'urgent', referral: 'today'},
  {id: 'vein-bled', level: 'urgent', referral: 'today'},
  {id: 'leg-bleed', level: 'urgent', referral: 'today'},
  {id: 'leg-infection', level: 'urgent', referral: 'today'},
  {id: 'muscle-damage', level: 'urgent', referral: 'today'},
  {id: 'pad-worse', level: 'urgent', referral: 'today'},
  {id: 'leg-clot', level: 'urgent', referral: 'today'},
  {id: 'signs-unsure', level: 'urgent', referral: 'today'},
  {id: 'bone-stress-urgent', level: 'urgent', referral: 'today'},
  {id: 'soreness-not-settling', level: 'urgent', referral: 'today'},
  {id: 'strain-not-healing', level: 'urgent', referral: 'today'},
  // Routine: a vascular evaluation at the clinic.
  {id: 'claudication', level: 'routine', referral: 'vascular'},
  {id: 'claudication-atypical', level: 'routine', referral: 'vascular'},
  {id: 'veins-and-arteries', level: 'routine', referral: 'vascular'},
  {id: 'pad-possible', level: 'routine', referral: 'vascular'},
  {id: 'venous-insufficiency', level: 'routine', referral: 'vascular'},
  // Routine: the visitor's own doctor.
  {id: 'bone-stress', level: 'routine', referral: 'doctor'},
  {id: 'spinal-stenosis', level: 'routine', referral: 'doctor'},
  {id: 'exertional-compartment', level: 'routine', referral: 'doctor'},
  {id: 'joint-pain', level: 'routine', referral: 'doctor'},
  {id: 'cold-toes', level: 'routine', referral: 'doctor'},
  {id: 'no-fit', level: 'routine', referral: 'doctor'},
  // Self-care.
  {id: 'acute-soreness', level: 'self-care', referral: 'home'},
  {id: 'doms', level: 'self-care', referral: 'home'},
  {id: 'calf-strain', level: 'self-care', referral: 'home'},
  {id: 'overuse', level: 'self-care', referral: 'home'},
  {id: 'night-cramps', level: 'self-care', referral: 'home'},
] as const satisfies readonly Outcome[];

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

/**
 * "How long": soreness is short-lived; pain that keeps coming back with the same effort, or for
 * more than 2 weeks, goes to the walking questions (claudication can pass for soreness).
 */
const howLong = <const Id extends string>(id: Id, isNew: Target) =>
  ({
    id,
    kind: 'one',
    options: [{id: 'new', next: isNew}, {id: 'long', next: q('walk-rest')}, unsure(q('walk-rest'))],
  }) satisfies Question;

export const QUESTIONS = [
  {
    // Emergency signs, as events: tick it even if it has stopped. Any one feature is enough.
    id: 'signs',
    kind: 'many',
    options: [
      {id: 'breath', group: 'body', next: o('lung-clot'), sign: 'emergency'},
      {id: 'unwell', group: 'body', next: o('very-unwell'), sign: 'emergency'},
      {id: 'fever-unwell', group: 'body', next: o('serious-infection'), sign: 'emergency'},
      {id: 'cold-leg', group: 'leg', next: o('blocked-artery'), sign: 'emergency'},
      {id: 'tight-leg', group: 'leg', next: o('pressure-build-up'), sign: 'emergency'},
      {id: 'injury', group: 'leg', next: o('serious-injury'), sign: 'emergency'},
      {id: 'bleeding', group: 'leg', next: o('bleeding-vein'), sign: 'emergency'},
      {id: 'dark-urine', group: 'pee', next: o('muscle-breakdown'), sign: 'emergency'},
      {id: 'back', group: 'pee', next: o('nerve-pressure'), sign: 'emergency'},
      {id: 'none', next: q('urgent-signs'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, unsure: true, sign: 'urgent'},
    ],
  },
  {
    // Urgent signs: see a doctor today.
    id: 'urgent-signs',
    kind: 'many',
    options: [
      {id: 'swollen', group: 'swell', next: o('leg-clot'), sign: 'urgent'},
      {id: 'fever', group: 'swell', next: o('leg-infection'), sign: 'urgent'},
      {id: 'vein-bled', group: 'swell', next: o('vein-bled'), sign: 'urgent'},
      {id: 'thinner', group: 'swell', next: o('leg-bleed'), sign: 'urgent'},
      {id: 'pop', group: 'hurt', next: o('torn-tendon'), sign: 'urgent'},
      {id: 'no-weight', group: 'hurt', next: o('broken-bone'), sign: 'urgent'},
      {id: 'weak', group: 'hurt', next: o('muscle-damage'), sign: 'urgent'},
      {id: 'statin', group: 'hurt', next: o('muscle-damage'), sign: 'urgent'},
      {id: 'foot', group: 'flow', next: o('foot-circulation'), sign: 'urgent'},
      {id: 'flow-worse', group: 'flow', next: o('pad-worse'), sign: 'urgent'},
      {id: 'none', next: q('legs'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, unsure: true, sign: 'urgent'},
    ],
  },
  {
    // Which leg hurts is known, so no "I'm not sure".
    id: 'legs',
    kind: 'one',
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
      {id: 'travel', next: o('leg-clot'), sign: 'urgent'},
      {id: 'surgery', next: o('leg-clot'), sign: 'urgent'},
      {id: 'pregnant', next: o('leg-clot'), sign: 'urgent'},
      {id: 'hormones', next: o('leg-clot'), sign: 'urgent'},
      {id: 'cancer', next: o('leg-clot'), sign: 'urgent'},
      {id: 'clot-before', next: o('leg-clot'), sign: 'urgent'},
      {id: 'none', next: q('where'), exclusive: true},
      {id: 'unsure', next: o('leg-clot'), exclusive: true, unsure: true, sign: 'urgent'},
    ],
  },
  {
    // Where it hurts, so joint, shin, bone and foot pain never reach the artery or compartment cards.
    id: 'where',
    kind: 'one',
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
    kind: 'one',
    options: [
      // "Choose the first that fits": heavy legs before walking pain, so a visitor with both is
      // asked about walking pain next and reaches the card that checks veins and arteries.
      {id: 'burn', next: q('burn-long')},
      {id: 'next-day', next: q('doms-long')},
      {id: 'pull', next: q('strain-tiptoe')},
      {id: 'cramp', next: q('cramp-between')},
      {id: 'heavy', next: q('heavy-walk')},
      {id: 'walking', next: q('walk-rest')},
      {id: 'run-tight', next: q('tight-stop')},
      unsure(q('walk-any')),
    ],
  },
  {
    // Not sure what kind of pain: only pain that comes with walking goes on to the walking questions.
    id: 'walk-any',
    kind: 'one',
    options: [
      {id: 'yes', next: q('walk-rest')},
      {id: 'no', next: o('no-fit')},
      unsure(o('no-fit')),
    ],
  },
  // Soreness: how long first, then whether it faded.
  howLong('burn-long', q('burn-fade')),
  {
    id: 'burn-fade',
    kind: 'one',
    options: [
      {id: 'yes', next: o('acute-soreness')},
      // Just after the workout it cannot have faded yet: the card says when to think again.
      {id: 'soon', next: o('acute-soreness')},
      // Whether it faded is known; a guess must not lead to self-care, so no "I'm not sure".
      {id: 'no', next: q('doms-severe')},
    ],
  },
  // Delayed soreness: how long, then severity and weakness, then timing.
  howLong('doms-long', q('doms-severe')),
  {
    id: 'doms-severe',
    kind: 'one',
    options: [
      {id: 'ok', next: q('doms-when')},
      {id: 'bad', next: o('soreness-not-settling'), sign: 'urgent'},
      unsure(o('soreness-not-settling')),
    ],
  },
  {
    // Options do not overlap: each day count has one answer, and "worse" is never "easing".
    id: 'doms-when',
    kind: 'one',
    options: [
      {id: 'days1to3', next: o('doms')},
      {id: 'better', next: o('doms')},
      {id: 'worse', next: o('soreness-not-settling'), sign: 'urgent'},
      {id: 'week', next: o('soreness-not-settling'), sign: 'urgent'},
      unsure(o('soreness-not-settling')),
    ],
  },
  // A pulled muscle: self-care only with a working push-off, no blood thinner, and healing.
  {
    id: 'strain-tiptoe',
    kind: 'one',
    options: [
      {id: 'yes', next: q('strain-thinner')},
      {id: 'no', next: o('torn-tendon'), sign: 'urgent'},
      // Rising on tiptoe tests the calf, not the thigh.
      {id: 'thigh', next: q('strain-thinner')},
      unsure(o('strain-not-healing')),
    ],
  },
  {
    id: 'strain-thinner',
    kind: 'one',
    options: [
      {id: 'no', next: q('strain-now')},
      {id: 'yes', next: o('strain-not-healing'), sign: 'urgent'},
      unsure(o('strain-not-healing')),
    ],
  },
  {
    id: 'strain-now',
    kind: 'one',
    options: [
      {id: 'recent', next: o('calf-strain')},
      {id: 'healing', next: o('calf-strain')},
      {id: 'worse', next: o('strain-not-healing'), sign: 'urgent'},
      {id: 'stuck', next: o('strain-not-healing'), sign: 'urgent'},
      unsure(o('strain-not-healing')),
    ],
  },
  {
    // Cramps with a leg that is not normal between them are not just cramps.
    id: 'cramp-between',
    kind: 'one',
    options: [
      {id: 'normal', next: o('night-cramps')},
      {id: 'heavy', next: q('heavy-walk')},
      {id: 'walking', next: q('walk-rest')},
      unsure(o('no-fit')),
    ],
  },
  // The Edinburgh Claudication Questionnaire, one item per step, leaving as soon as it cannot fit.
  {
    id: 'walk-rest',
    kind: 'one',
    options: [
      {id: 'no', next: q('walk-hill')},
      {id: 'yes', next: q('rest-ease')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'walk-hill',
    kind: 'one',
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
    kind: 'one',
    options: [
      {id: 'goes', next: q('walk-where')},
      {id: 'stays', next: q('risk-walk')},
      {id: 'sit', next: q('risk-spine')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'walk-where',
    kind: 'one',
    options: [
      {id: 'calf', next: o('claudication')},
      {id: 'thigh', next: o('claudication-atypical')},
      {id: 'other', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'rest-ease',
    kind: 'one',
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
    kind: 'one',
    options: [
      {id: 'no', next: o('venous-insufficiency')},
      {id: 'yes', next: o('veins-and-arteries')},
      unsure(o('veins-and-arteries')),
    ],
  },
  {
    id: 'tight-stop',
    kind: 'one',
    options: [
      {id: 'yes', next: q('risk-tight')},
      {id: 'no', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  // Joint, shin, bone and foot.
  {
    id: 'joint',
    kind: 'one',
    options: [
      // Hip or buttock pain on walking can be claudication: the walking questions decide.
      {id: 'walk', next: q('walk-rest')},
      {id: 'outer-knee', next: o('overuse')},
      {id: 'front-knee', next: o('overuse')},
      {id: 'groin', next: o('bone-stress-urgent'), sign: 'urgent'},
      {id: 'joint', next: o('joint-pain')},
      unsure(q('walk-any')),
    ],
  },
  {
    id: 'shin',
    kind: 'one',
    options: [
      {id: 'spread', next: o('overuse')},
      {id: 'spot', next: q('bone-walk')},
      {id: 'tight', next: q('tight-stop')},
      unsure(q('walk-any')),
    ],
  },
  {
    id: 'foot',
    kind: 'one',
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
    kind: 'one',
    options: [
      {id: 'yes', next: o('overuse')},
      {id: 'no', next: o('torn-tendon'), sign: 'urgent'},
      unsure(o('torn-tendon')),
    ],
  },
  {
    // A stressed hip bone can break: hip or groin is urgent wherever the visitor says it.
    id: 'bone-where',
    kind: 'one',
    options: [
      {id: 'hip', next: o('bone-stress-urgent'), sign: 'urgent'},
      {id: 'leg', next: q('bone-walk')},
      unsure(q('bone-walk')),
    ],
  },
  {
    id: 'bone-walk',
    kind: 'one',
    options: [
      {id: 'yes', next: o('bone-stress-urgent'), sign: 'urgent'},
      {id: 'no', next: o('bone-stress')},
      unsure(o('bone-stress-urgent')),
    ],
  },
  {id: 'risk-walk', kind: 'one', options: riskOptions(o('pad-possible'), o('no-fit'))},
  {id: 'risk-spine', kind: 'one', options: riskOptions(o('pad-possible'), o('spinal-stenosis'))},
  {
    id: 'risk-tight',
    kind: 'one',
    options: riskOptions(o('pad-possible'), o('exertional-compartment')),
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

export const TREE: Tree = {start: 'signs', questions: QUESTIONS, outcomes: OUTCOMES};
