/**
 * The leg-pain-after-exercise decision tree, from ../shared/CLINICAL.md.
 *
 * Warning signs come first, then the visitor picks the pattern that sounds most like their pain,
 * then one to four questions confirm it. Every option names where it leads; the words for each
 * id live in src/i18n. Options that report a warning sign carry `sign` with the level they demand.
 */
import type {Option, Outcome, Question, Target, Tree} from './types.js';

const q = (question: string): Target => ({question});
const o = (outcome: string): Target => ({outcome});
const unsure = (next: Target): Option => ({id: 'unsure', next, unsure: true});

/** The outcomes, most cautious first within the warning signs. */
export const OUTCOMES = [
  // Emergency warning signs
  {id: 'lung-clot', level: 'emergency', referral: 'emergency'},
  {id: 'blocked-artery', level: 'emergency', referral: 'emergency'},
  {id: 'muscle-breakdown', level: 'emergency', referral: 'emergency'},
  {id: 'pressure-build-up', level: 'emergency', referral: 'emergency'},
  {id: 'bleeding-vein', level: 'emergency', referral: 'emergency'},
  {id: 'serious-injury', level: 'emergency', referral: 'emergency'},
  // Urgent warning signs
  {id: 'leg-clot', level: 'urgent', referral: 'today'},
  {id: 'torn-tendon', level: 'urgent', referral: 'today'},
  {id: 'foot-circulation', level: 'urgent', referral: 'today'},
  {id: 'pad-worse', level: 'urgent', referral: 'today'},
  {id: 'signs-unsure', level: 'urgent', referral: 'today'},
  {id: 'soreness-not-settling', level: 'urgent', referral: 'today'},
  {id: 'strain-not-healing', level: 'urgent', referral: 'today'},
  // Routine: vascular evaluation
  {id: 'claudication', level: 'routine', referral: 'vascular'},
  {id: 'claudication-atypical', level: 'routine', referral: 'vascular'},
  {id: 'pad-possible', level: 'routine', referral: 'vascular'},
  {id: 'venous-insufficiency', level: 'routine', referral: 'vascular'},
  // Routine: the visitor's own doctor
  {id: 'spinal-stenosis', level: 'routine', referral: 'doctor'},
  {id: 'exertional-compartment', level: 'routine', referral: 'doctor'},
  {id: 'no-fit', level: 'routine', referral: 'doctor'},
  // Self-care
  {id: 'acute-soreness', level: 'self-care', referral: 'home'},
  {id: 'doms', level: 'self-care', referral: 'home'},
  {id: 'calf-strain', level: 'self-care', referral: 'home'},
] as const satisfies readonly Outcome[];

export type OutcomeId = (typeof OUTCOMES)[number]['id'];

/** The risk question: the ACC/AHA groups at raised risk of PAD, asked where walking pain is unclear. */
const riskOptions = (atRisk: Target, notAtRisk: Target): Option[] => [
  {id: 'age65', next: atRisk},
  {id: 'age50', next: atRisk},
  {id: 'under50', next: atRisk},
  {id: 'none', next: notAtRisk},
  unsure(atRisk),
];

export const QUESTIONS = [
  {
    // One step for every warning sign, before anything else.
    id: 'signs',
    kind: 'many',
    options: [
      {id: 'breath', next: o('lung-clot'), sign: 'emergency'},
      {id: 'cold-leg', next: o('blocked-artery'), sign: 'emergency'},
      {id: 'dark-urine', next: o('muscle-breakdown'), sign: 'emergency'},
      {id: 'tight-leg', next: o('pressure-build-up'), sign: 'emergency'},
      {id: 'bleeding', next: o('bleeding-vein'), sign: 'emergency'},
      {id: 'injury', next: o('serious-injury'), sign: 'emergency'},
      {id: 'one-leg', next: o('leg-clot'), sign: 'urgent'},
      {id: 'pop', next: o('torn-tendon'), sign: 'urgent'},
      {id: 'rest-pain', next: o('foot-circulation'), sign: 'urgent'},
      {id: 'pad-worse', next: o('pad-worse'), sign: 'urgent'},
      {id: 'none', next: q('pattern'), exclusive: true},
      {id: 'unsure', next: o('signs-unsure'), exclusive: true, unsure: true, sign: 'urgent'},
    ],
  },
  {
    id: 'pattern',
    kind: 'one',
    options: [
      {id: 'burn', next: q('burn-fade')},
      {id: 'next-day', next: q('doms-now')},
      {id: 'pull', next: q('strain-now')},
      {id: 'walking', next: q('walk-rest')},
      {id: 'heavy', next: q('heavy-raise')},
      {id: 'run-tight', next: q('tight-stop')},
      {id: 'unsure', next: q('risk'), unsure: true},
    ],
  },
  {
    id: 'burn-fade',
    kind: 'one',
    options: [
      {id: 'yes', next: o('acute-soreness')},
      // No "I'm not sure": whether it faded is known, and a guess must not lead to self-care.
      {id: 'no', next: q('doms-now')},
    ],
  },
  {
    // DOMS: worse after day 3, longer than 7 days, or severe needs a doctor today.
    id: 'doms-now',
    kind: 'one',
    options: [
      {id: 'easing', next: o('doms')},
      {id: 'worse', next: o('soreness-not-settling'), sign: 'urgent'},
      {id: 'week', next: o('soreness-not-settling'), sign: 'urgent'},
      {id: 'severe', next: o('soreness-not-settling'), sign: 'urgent'},
      unsure(o('soreness-not-settling')),
    ],
  },
  {
    id: 'strain-now',
    kind: 'one',
    options: [
      {id: 'better', next: o('calf-strain')},
      {id: 'not-better', next: o('strain-not-healing'), sign: 'urgent'},
      {id: 'fever', next: o('strain-not-healing'), sign: 'urgent'},
      {id: 'no-weight', next: o('torn-tendon'), sign: 'urgent'},
      unsure(o('strain-not-healing')),
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
      {id: 'raise', next: q('heavy-artery')},
      {id: 'other', next: q('risk-walk')},
      unsure(q('risk-walk')),
    ],
  },
  {
    id: 'heavy-raise',
    kind: 'one',
    options: [{id: 'yes', next: q('heavy-artery')}, {id: 'no', next: q('risk')}, unsure(q('risk'))],
  },
  {
    // Arterial signs beside venous ones: check the arteries before calling it a vein problem.
    id: 'heavy-artery',
    kind: 'one',
    options: [
      {id: 'no', next: o('venous-insufficiency')},
      {id: 'yes', next: o('pad-possible')},
      unsure(o('pad-possible')),
    ],
  },
  {
    id: 'tight-stop',
    kind: 'one',
    options: [{id: 'yes', next: q('risk-tight')}, {id: 'no', next: q('risk')}, unsure(q('risk'))],
  },
  {id: 'risk', kind: 'one', options: riskOptions(o('pad-possible'), o('no-fit'))},
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
