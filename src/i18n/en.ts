/**
 * English: every word the widget shows. Written fresh from ../shared/CLINICAL.md for a US grade
 * 6 reading level (a test measures it); medical words are explained where they first appear.
 */
import type {QuestionText, Strings} from './types.js';

const unsure = "I'm not sure";

const risk: QuestionText = {
  title: 'Which of these fits you?',
  hint: 'These make a blood flow problem in the legs more likely.',
  options: {
    age65: 'I am 65 or older.',
    age50: 'I am 50 to 64, and I smoke or have diabetes, high blood pressure or high cholesterol.',
    under50:
      'I am under 50. I have diabetes, and I also smoke or have high blood pressure or high cholesterol.',
    none: 'None of these.',
    unsure,
  },
};

const yesNo = (yes: string, no: string): QuestionText['options'] => ({yes, no, unsure});

// Signs shared by several cards.
const clotSign = 'One leg gets swollen, warm or sore, or looks red or darker than the other.';
const breathSign = 'You get short of breath or have chest pain. Call {number}.';
const urineSign = 'Your pee turns dark, like tea or cola. Call {number}.';
const coldSign = 'Your foot or leg turns cold, pale or blue, or goes numb. Call {number}.';
const worseSign = 'The pain gets much worse, or you cannot walk on the leg.';
const footSign = 'You get foot pain at night, or a sore on your foot that does not heal.';
const padSteps = [
  'Book a visit to check your blood flow.',
  'Keep walking each day. Rest when the pain comes, then go on.',
  'If you smoke, getting help to stop is the best thing you can do.',
];
const waitSigns = [
  'You feel faint, or you get short of breath or chest pain.',
  'If you feel worse while you wait, call {number} again.',
];

export const en: Strings = {
  ui: {
    title: 'Leg pain after exercise?',
    intro: 'Answer a few short questions. Then see what the pain may be and what to do next.',
    notDiagnosis: 'This is a self-check, not a diagnosis.',
    unwell: 'If you feel very unwell, call {number} now.',
    privacy: 'Your answers stay on this device. Nothing is sent.',
    start: 'Start',
    continue: 'Continue',
    back: 'Back',
    startAgain: 'Start again',
    step: 'Question {n}',
    chooseOne: 'Choose one answer.',
    errorOne: 'Choose an answer to go on.',
    errorMany: 'Tick at least one box, or choose "None of these".',
    resultLabel: 'Your result',
    why: 'What you told us',
    now: 'What to do now',
    help: 'Get help right away if',
    level: 'How soon',
    levels: {
      emergency: 'Emergency: call {number} now',
      urgent: 'See a doctor today',
      routine: 'Book a visit soon',
      'self-care': 'You can care for this at home',
    },
    call: 'Call {number} now',
    noDrive: 'Do not drive yourself. Stay still and wait for help.',
    today: 'Call your doctor for a visit today, or go to urgent care.',
    vascular: 'Book a visit to check the blood flow in your legs.',
    ultrasound:
      'The check is an ultrasound scan: sound waves show the blood flow. It does not hurt.',
    doctor: 'Book a visit with your own doctor. This does not look like a blood flow problem.',
    home: 'Care for it at home, and watch for the signs below.',
    clinicAlso: 'You can also call {clinic}.',
    ownDoctor: 'Call your own doctor.',
    callClinic: 'Call {clinic}: {phone}',
    book: 'Book a visit online',
    offices: 'Our offices',
    officeCall: 'Call',
    officeBook: 'Book',
    nearest: 'Find the nearest office',
    locating: 'Finding where you are…',
    located: 'Nearest office first. Your location stayed on this device.',
    locationError: 'We could not get your location, so the offices are in their usual order.',
    away: '{d} miles away',
    unit: 'mi',
    print: 'Print or save this summary',
    printed: 'Printed on',
  },

  questions: {
    signs: {
      title: 'Do you have any of these right now?',
      hint: 'Tick all that apply. These signs need help fast.',
      options: {
        breath: 'Sudden trouble breathing, chest pain, coughing up blood, or fainting.',
        'cold-leg':
          "Sudden bad leg pain, and the leg or foot is cold, pale, blue or blotchy, feels numb, or you can't move your foot.",
        'dark-urine':
          'Dark pee, like tea or cola, or much less pee than normal after hard exercise.',
        'tight-leg':
          'Pain far worse than you would expect, and the leg feels tight, hard and swollen.',
        bleeding: 'A vein in your leg is bleeding and will not stop.',
        injury:
          'After a fall or a blow, you heard a crack, the leg looks bent, or it is numb, cold or a new color.',
        'one-leg':
          'One leg is more swollen, warm or sore than the other. It may look red or darker.',
        pop: "You felt a pop or snap in your calf or heel, like a kick. Now you can't stand on your toes.",
        'rest-pain':
          'Foot or toe pain at rest or at night that eases when your leg hangs down. Or a sore on your foot that has not healed in 2 weeks, or black skin on a toe.',
        'pad-worse':
          'You know you have poor blood flow in your legs, and the pain got worse all at once or never stops now.',
        none: 'None of these.',
        unsure,
      },
    },
    pattern: {
      title: 'Which sounds most like your leg pain?',
      options: {
        burn: 'Burning or soreness during or just after a harder workout than usual.',
        'next-day': 'Sore, stiff muscles that started hours later, often the next day.',
        pull: 'A sudden sharp pain or pull in my calf while I was active.',
        walking: 'Pain that comes on when I walk and goes away when I stop.',
        heavy: 'Heavy, tired or achy legs, worse after I stand a long time or late in the day.',
        'run-tight':
          'Tight, aching lower legs that start at the same point in each run or workout.',
        unsure: "None of these, or I'm not sure.",
      },
    },
    'burn-fade': {
      title: 'Did the soreness fade within a few hours of rest?',
      options: {yes: 'Yes, it faded within a few hours.', no: 'No, I still feel it.'},
    },
    'doms-now': {
      title: 'How is the soreness now?',
      options: {
        easing: 'It is getting better, or it started 3 days ago or less.',
        worse: 'It got worse after the third day.',
        week: 'It has lasted more than 7 days.',
        severe: 'The pain is very bad.',
        unsure,
      },
    },
    'strain-now': {
      title: 'How is your calf now?',
      options: {
        better: 'I can walk, and it is slowly getting better.',
        'not-better': 'It is not getting better with rest, or it is getting worse.',
        fever: 'I also have a fever.',
        'no-weight': "I can't put weight on that leg.",
        unsure,
      },
    },
    'walk-rest': {
      title: 'Does this pain ever start while you stand still or sit?',
      options: yesNo('Yes, it can start when I am not walking.', 'No, it only starts when I walk.'),
    },
    'walk-hill': {
      title: 'Does the pain come on when you walk uphill or walk fast?',
      options: {
        yes: 'Yes.',
        no: 'No.',
        never: 'I never walk uphill or fast.',
        unsure,
      },
    },
    'walk-stop': {
      title: 'When you stop and stand still, what happens to the pain?',
      options: {
        goes: 'It goes away in 10 minutes or less.',
        stays: 'It lasts more than 10 minutes.',
        sit: 'It only eases when I sit down or bend forward.',
        unsure,
      },
    },
    'walk-where': {
      title: 'Where do you feel the pain?',
      hint: 'The calf is the back of the lower leg.',
      options: {
        calf: 'In my calf. It may be in other places too.',
        thigh: 'In my thigh or buttock, but not my calf.',
        other: 'Somewhere else, like my shin, knee or foot.',
        unsure,
      },
    },
    'rest-ease': {
      title: 'What helps the pain ease?',
      options: {
        sit: 'Sitting down or bending forward.',
        raise: 'Putting my legs up.',
        other: 'Something else, or nothing helps.',
        unsure,
      },
    },
    'heavy-raise': {
      title: 'Do your legs feel better when you put them up?',
      options: yesNo('Yes, they feel better.', 'No, it makes no change.'),
    },
    'heavy-artery': {
      title:
        'Do you also get calf cramps when you walk, or is one foot cooler or paler than the other?',
      options: yesNo('Yes.', 'No.'),
    },
    'tight-stop': {
      title: 'Does the tightness go away within 15 minutes after you stop?',
      options: yesNo('Yes, it goes away within 15 minutes.', 'No, it lasts longer.'),
    },
    risk,
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'lung-clot': {
      title: 'This may be a blood clot in the lung',
      about: 'A clot can form in a leg vein and move to the lung. It is an emergency.',
      now: ['Call {number} now.', 'Sit up and keep as still as you can.'],
      help: waitSigns,
    },
    'blocked-artery': {
      title: 'This may be blocked blood flow to the leg',
      about:
        'An artery is a tube that brings blood to the leg. If it gets blocked, the leg can be harmed within hours. It is an emergency.',
      now: ['Call {number} now.', 'Keep the leg still and flat. Do not rub it or heat it.'],
      help: waitSigns,
    },
    'muscle-breakdown': {
      title: 'This may be muscle breakdown',
      about:
        'Very hard exercise can break down muscle. What spills into the blood can harm the kidneys. It is an emergency.',
      now: [
        'Call {number} now.',
        'Stop all exercise.',
        'Do not take pain pills until a doctor sees you.',
      ],
      help: waitSigns,
    },
    'pressure-build-up': {
      title: 'This may be pressure building up in the leg',
      about:
        'Swelling inside a tight muscle can cut off its blood. Without fast care the muscle can die. It is an emergency.',
      now: [
        'Call {number} now.',
        'Do not wrap the leg or raise it high.',
        'Loosen tight clothes or shoes.',
      ],
      help: waitSigns,
    },
    'bleeding-vein': {
      title: 'This is a bleeding vein',
      about: 'A swollen vein can bleed a lot and fast. It is an emergency.',
      now: [
        'Call {number} now.',
        'Lie down and raise the leg above your heart.',
        'Press hard on the spot with a clean cloth. Keep pressing until help comes.',
      ],
      help: waitSigns,
    },
    'serious-injury': {
      title: 'This may be a broken bone or a bad injury',
      about:
        'A crack, a bent leg or a numb, cold leg after a fall or a blow needs care right away.',
      now: ['Call {number} now.', 'Do not stand on the leg or try to move it.'],
      help: waitSigns,
    },
    'leg-clot': {
      title: 'This may be a blood clot in the leg',
      about:
        'A clot in a deep leg vein can make one leg swell and feel warm and sore. It needs a check today, as it can move to the lung.',
      now: ['See a doctor today.', 'Do not rub the sore spot or exercise the leg until then.'],
      help: [breathSign, 'You cough up blood or feel faint. Call {number}.'],
    },
    'torn-tendon': {
      title: 'This may be a torn muscle or tendon',
      about:
        'A tendon joins muscle to bone. A pop and a weak push-off can mean the big tendon at the heel or a calf muscle has torn.',
      now: [
        'See a doctor today.',
        'Do not walk on it more than you must.',
        'Rest the leg up and put ice on it for 20 minutes at a time.',
      ],
      help: [coldSign, clotSign],
    },
    'foot-circulation': {
      title: 'This may be a blood flow problem that puts your foot at risk',
      about:
        'Pain at rest, a sore that will not heal or black skin on a toe can mean the foot is not getting enough blood.',
      now: [
        'See a doctor today.',
        'Keep the foot clean and dry. Do not put heat on it.',
        'Do not walk barefoot.',
      ],
      help: [coldSign, 'The skin turns black, or a sore spreads or smells bad.'],
    },
    'pad-worse': {
      title: 'Your blood flow problem may be getting worse',
      about:
        'When poor blood flow gets worse all at once, or the pain never stops, the leg needs a check today.',
      now: [
        'See a doctor today.',
        'Tell them about your blood flow problem.',
        'Rest until you are seen.',
      ],
      help: [coldSign, breathSign],
    },
    'signs-unsure': {
      title: 'A doctor should check your warning signs',
      about: 'You were not sure about a warning sign. It is safest to have it checked today.',
      now: ['Talk to a doctor today.', 'Tell them which signs you were not sure about.'],
      help: [breathSign, coldSign, urineSign],
    },
    'soreness-not-settling': {
      title: 'This soreness needs a check today',
      about:
        'Normal soreness is worst in the first 3 days, then gets better. Pain that gets worse, lasts a week or is very bad can be something more.',
      now: ['See a doctor today.', 'Stop the exercise that caused it.', 'Drink water.'],
      help: [urineSign, clotSign, breathSign],
    },
    'strain-not-healing': {
      title: 'Your calf needs a check today',
      about:
        'A strain is a small tear in a muscle. One that does not get better, gets worse or comes with a fever needs a doctor. A clot can also feel like a strain.',
      now: ['See a doctor today.', 'Rest the leg until then.'],
      help: [breathSign, coldSign],
    },
    claudication: {
      title: 'This may be claudication from PAD',
      about:
        'Claudication (claw-dih-KAY-shun) means leg pain that comes when you walk and goes when you rest. It often comes from PAD, or peripheral artery disease. That means the arteries, the tubes that bring blood to your legs, are narrow. When you walk, the calf muscles do not get enough blood.',
      now: padSteps,
      help: [coldSign, footSign, breathSign],
    },
    'claudication-atypical': {
      title: 'This may be claudication from PAD, felt in the thigh or buttock',
      about:
        'Claudication (claw-dih-KAY-shun) means leg pain that comes when you walk and goes when you rest. It often comes from PAD, or peripheral artery disease: narrow arteries, the tubes that bring blood to your legs. When the narrow part is higher up, the pain is in the thigh or buttock.',
      now: padSteps,
      help: [coldSign, footSign, breathSign],
    },
    'pad-possible': {
      title: 'Your blood flow should be checked',
      about:
        'Your answers do not fit one clear cause, but PAD is more likely for you. PAD, or peripheral artery disease, means the arteries to your legs are narrow. A check can find it or rule it out.',
      now: [
        'Book a visit to check your blood flow.',
        'Write down when the pain comes and what helps.',
      ],
      help: [coldSign, footSign, clotSign],
    },
    'venous-insufficiency': {
      title: 'This may be a vein problem',
      about:
        'Veins carry blood back to the heart. When they are weak, blood pools in the legs, which feel heavy and achy. This is called chronic venous insufficiency.',
      now: [
        'Book a visit to check your veins and blood flow.',
        'Put your legs up when you rest, and walk each day.',
        'Ask at your visit if support stockings are right for you.',
      ],
      help: [clotSign, 'A sore near your ankle does not heal, or a vein bleeds.', breathSign],
    },
    'spinal-stenosis': {
      title: 'This may come from your back',
      about:
        'When the space for the nerves in the lower back gets tight, the legs can hurt when you stand or walk. This is called spinal stenosis.',
      now: ['Book a visit with your own doctor.', 'Sit and rest when the pain comes.'],
      help: [
        'You cannot control your pee or poop, or your legs get weak. Call {number}.',
        coldSign,
      ],
    },
    'exertional-compartment': {
      title: 'This may be pressure in the leg muscles from exercise',
      about:
        'In some runners, the lower leg muscles swell during exercise, and the tight space around them aches. It goes away soon after you stop.',
      now: [
        'Book a visit with your own doctor.',
        'Rest from running, or switch to a sport that does not bring the pain on.',
      ],
      help: [
        'The pain does not go away after you stop, and the leg is tight and hard. Call {number}.',
        clotSign,
      ],
    },
    'no-fit': {
      title: 'Your doctor should look at this pain',
      about:
        'Your answers do not fit one clear cause. A doctor can examine your leg and find out more.',
      now: ['Book a visit with your own doctor.', 'Write down when the pain comes and what helps.'],
      help: [clotSign, breathSign, worseSign],
    },
    'acute-soreness': {
      title: 'This sounds like normal soreness after exercise',
      about:
        'A hard workout makes waste build up in your muscles. The burn or soreness fades within a few hours.',
      now: [
        'Rest and drink water.',
        'Move gently, like a slow walk.',
        'Build up your workouts a little at a time.',
      ],
      help: [urineSign, clotSign, worseSign],
    },
    doms: {
      title: 'This sounds like delayed muscle soreness',
      about:
        'New or hard exercise, like running downhill, makes tiny tears in muscles. They get sore and stiff a day later and then heal. Doctors call this DOMS.',
      now: [
        'Rest, raise your legs, and put ice on sore spots for 20 minutes at a time.',
        'A pain pill from the store can help, if it is safe for you.',
        'Do not repeat the same hard workout until you feel better.',
      ],
      help: [
        'The soreness gets worse after day 3, or lasts more than 7 days.',
        urineSign,
        clotSign,
      ],
    },
    'calf-strain': {
      title: 'This sounds like a calf strain',
      about:
        'A strain is a small tear in a muscle. It often happens when you start to exercise without a warm-up.',
      now: [
        'Rest the leg for a few days. Put ice on it for 20 minutes at a time, wrap it snugly, and raise it.',
        'Most strains feel better in about 2 weeks. Warm up before you exercise next time.',
      ],
      help: [
        'It does not get better, or gets worse, with home care.',
        'You get a fever.',
        clotSign,
      ],
    },
  },
};
