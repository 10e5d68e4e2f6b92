/**
 * English: every word the widget shows. Written fresh from ../shared/CLINICAL.md (version 2) for a
 * US grade 6 reading level (a test measures it); medical words are explained where they appear.
 * Warning-sign lines say "new" or "suddenly" wherever a visitor may already have the feature.
 */
import type {QuestionText, Strings} from './types.js';

const unsure = "I'm not sure";
const none = 'None of these.';
const yesNo = (yes = 'Yes.', no = 'No.'): QuestionText['options'] => ({yes, no, unsure});

const risk: QuestionText = {
  title: 'Which of these fits you? Choose the first one that fits.',
  hint: 'These make a blood flow problem in the legs more likely.',
  options: {
    artery:
      'I have had a heart attack, a stroke or a mini-stroke. Or I have angina, a stent or a bypass in my heart or legs, a narrow neck artery, or a bulge in the main artery. Or I know I have poor blood flow in my legs.',
    age65: 'I am 65 or older.',
    age50:
      'I am 50 to 64, and one of these is true. I smoke now or used to. I have diabetes, high blood pressure, high cholesterol or kidney disease. A parent, brother or sister has poor blood flow in the legs.',
    under50: 'I am under 50, and I have diabetes plus one thing from the 50 to 64 list.',
    none,
    unsure,
  },
};
const howLongTitle = 'How long have you had this pain with exercise?';
const howLong: QuestionText = {
  title: howLongTitle,
  options: {
    new: 'It is new. It started in the last 2 weeks.',
    long: 'It has come back with exercise for more than 2 weeks.',
    unsure,
  },
};
const tiptoe = 'Hold on to something and stand on the sore leg. Can you rise up on your toes?';
const tiptoeOptions = {
  yes: 'Yes, I can.',
  no: "No, I can't push up.",
  unsure: "I'm not sure, or it hurts too much to try.",
};
const signsHint = 'Tick each one that fits, even if it has stopped.';

// "Call {number} if" lines, shared by several cards.
const callBreath =
  'You get new shortness of breath or chest pain, a racing heart at rest, or you cough up blood.';
const callFaint = 'You faint, or you feel very unwell or confused.';
const callCold =
  "Your leg or foot suddenly turns cold, pale, blue or blotchy, or goes numb or weak, or you can't move your toes.";
const callPee = 'Your pee turns dark, like tea or cola.';
const callBleed = "A vein bleeds and won't stop. Lie down, raise the leg and press hard on it.";
// "See a doctor today if" lines.
const todayClot =
  'One leg swells or feels warm, or the pain gets worse instead of better. A clot can feel like a strain.';
const todaySwollen = 'One leg gets more swollen or warmer than the other.';
const todayFoot = 'You get new foot pain at night, or a sore on your foot that does not heal.';
const noIbuprofen =
  'For pain, take acetaminophen (Tylenol), not ibuprofen or naproxen, until a doctor checks your kidneys.';
const keepLow = 'Do not raise the leg. Keep it level, or let it hang down.';
const todayWeight = "You can't put weight on the leg.";
// Advice shared by several cards.
const relief =
  'For pain, acetaminophen (Tylenol) is safe for most people. Do not take ibuprofen or naproxen if you are pregnant, take a blood thinner, or have kidney disease, a stomach ulcer or heart failure, or if your pee is dark. Ask a pharmacist if you are not sure.';
const wrap =
  'A wrap can help. Make it firm, not tight. Take it off if your toes get cold, pale, numb or tingly. Do not wrap the leg if you have poor blood flow or diabetes.';
const swim = 'Swim or cycle instead, if that does not hurt.';
const noStockings = 'Do not buy tight support stockings until your arteries are checked.';
const smoke = 'If you smoke, getting help to stop is the best thing you can do.';
const padSteps = [
  'Walk 30 to 45 minutes, 3 times a week. Walk until the pain is medium, rest until it goes, then walk on.',
  smoke,
  'Ask your doctor about medicine to protect your heart.',
  'Check your feet every day for sores.',
];
const padToday = [todayFoot, 'The pain starts when you rest, or suddenly gets worse.'];
const padTell = 'Tell the doctor how far you can walk before the pain starts.';
const claud =
  'Claudication (claw-dih-KAY-shun) means leg pain that comes when you walk and goes when you rest. It most often comes from PAD, or peripheral artery disease: narrow arteries, the tubes that bring blood to the legs.';
const checkCause = 'A check shows the cause for you.';
const boneAbout =
  'Too much running or jumping can crack a bone a little at a time. This is a stress injury.';
const diabetesTell = 'Tell the doctor if you have diabetes.';
const medsTell = 'Tell the doctor every medicine and supplement you take.';

export const en: Strings = {
  ui: {
    title: 'Leg pain after exercise?',
    intro: 'Answer a few short questions. Then see what the pain may be and what to do next.',
    adults:
      "This check is for adults 18 and over, with leg pain during or after exercise or a walk. Under 18? See a doctor. Go today if you limp, have a fever, pain at night or a lump, or can't put weight on the leg.",
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
    callIf: 'Call {number} if',
    todayIf: 'See a doctor today if',
    wait: 'If you feel worse while you wait, call {number} again. Tell the team about every change in your legs, like swelling.',
    tell: 'Show this list to your doctor, or print it.',
    also: 'You also told us about',
    level: 'How soon',
    levels: {
      emergency: 'Emergency: call {number} now',
      urgent: 'See a doctor today',
      routine: 'Book a visit in the next few weeks',
      'self-care': 'You can care for this at home',
    },
    call: 'Call {number} now',
    noDrive: 'Do not drive yourself.',
    today:
      "Call your doctor for a visit today. If you can't be seen today, go to an emergency room. Urgent care often can't do the scans you may need.",
    vascular: 'Book a visit in the next few weeks to check the blood flow in your legs.',
    visit:
      'At the visit, blood pressure cuffs on your arms and ankles are compared (the ABI test), and an ultrasound scan shows the blood flow. No needles.',
    doctor: 'Book a visit with your own doctor in the next few weeks.',
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
      title: 'Since this leg pain started, have you had any of these?',
      hint: `${signsHint} These need help fast.`,
      groups: {body: 'Breathing, chest or whole body', leg: 'Your leg', pee: 'Pee, bottom or back'},
      options: {
        breath:
          'New shortness of breath, even mild, that is more than the usual puffing from exercise. Or chest pain, coughing up blood, fainting or nearly fainting, or a racing heart at rest.',
        unwell:
          "Very unwell: you collapsed or can't stand up, or you are confused or not making sense. Or your skin is grey, cold and clammy. Or pain, pressure or tightness in your chest, arm, jaw, neck or upper belly, with sweating, feeling sick or short of breath.",
        'fever-unwell':
          'Fever or shivers, and you feel very ill: confused, very sleepy, breathing fast, or blotchy or grey skin. Or a wound that hurts far more than it looks, with fever.',
        'cold-leg':
          "Your leg or foot suddenly went cold, pale, blue or blotchy. Or it suddenly went numb or weak, or you can't move your foot or toes. With or without pain.",
        'tight-leg':
          'Pain far worse than you would expect. And one of these: the leg is tight or hard, it hurts much more when you move your toes, or your foot goes numb or tingly.',
        injury:
          'After a fall, a blow, a twist or a bad landing: you heard a crack, or the leg looks bent or out of shape. Or bone shows through the skin, or the leg is pale, cold or numb.',
        bleeding: 'A vein in your leg is bleeding now and will not stop.',
        'dark-urine':
          'After exercise, even a long walk: dark pee like tea or cola, or much less pee than usual. Dark yellow pee that clears when you drink water does not count.',
        back: 'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop. Or new weakness in both legs, or a foot that has started to drag.',
        none,
        unsure,
      },
    },
    'urgent-signs': {
      title: 'And since the pain started, have you had any of these?',
      hint: `${signsHint} These need a doctor today.`,
      groups: {
        swell: 'Swelling, fever or bleeding',
        hurt: 'Injury or weak muscles',
        flow: 'Blood flow',
      },
      options: {
        swollen:
          'One leg is more swollen or warmer than the other. It may also be sore, red or darker. A bruise on its own does not count.',
        fever:
          'Fever or shivers, with a leg, foot or joint that is red, hot, swollen or very tender.',
        'vein-bled': 'A swollen vein on your leg (a varicose vein) bled, and it has stopped.',
        thinner:
          'You take a blood thinner, like warfarin, Eliquis or Xarelto, and a bruise or swelling keeps getting bigger.',
        pop: 'A pop or snap at the back of your calf or heel, or it felt like a kick there. Tick this even if you can still walk.',
        'no-weight': "You can't put weight on the leg, or can't take 4 steps.",
        weak: "Your muscles got so weak after exercise that you can't climb stairs. Or you can't get up from a low chair without your arms, and you could before.",
        statin:
          'You take a statin for cholesterol, like Lipitor or Crestor. And you have muscle pain or weakness that is new, has no clear cause, or is getting worse.',
        foot: 'New foot or toe pain at rest or at night. It may ease when your leg hangs down. Or a sore on your foot or toe that has not healed in 2 weeks, or black skin on a toe. Or diabetes and a foot sore that is red, warm, swollen or leaking.',
        'flow-worse':
          'No injury and no hard workout, but in the last 2 weeks walking suddenly began to cause leg pain that makes you stop. Or you know you have poor blood flow, a stent or a bypass in the leg, and the pain suddenly got worse or never stops now.',
        none,
        unsure,
      },
    },
    legs: {
      title: 'Is the pain in one leg or in both legs?',
      options: {
        one: 'One leg.',
        'one-worse': 'Both legs, but one hurts much more, or one started first.',
        both: 'Both legs, about the same.',
      },
    },
    'clot-risk': {
      title: 'In the last 3 months, has any of these been true for you?',
      hint: 'Tick all that fit. They make a blood clot more likely, and a clot can feel like a pulled muscle.',
      options: {
        travel: 'A trip where I sat for 4 hours or more, like a flight or a long drive.',
        surgery: 'Surgery, a hospital stay, a cast, or bed rest.',
        pregnant: 'I was pregnant or had a baby.',
        hormones: 'I took the pill, used a birth control patch or ring, or took hormones.',
        cancer: 'I had cancer, or treatment for cancer.',
        'clot-before': 'I have had a blood clot, at any time.',
        none,
        unsure,
      },
    },
    where: {
      title: 'Where do you feel the pain most?',
      options: {
        muscle: 'In the muscles: my calf, thigh or buttock.',
        joint: 'In my knee or hip.',
        shin: 'Along my shin bone, at the front of the lower leg.',
        spot: 'In one spot on a bone. It hurts when I press it.',
        foot: 'In my foot, heel or ankle.',
        unsure: "Somewhere else, or I'm not sure.",
      },
    },
    pattern: {
      title: 'Which sounds most like your pain?',
      hint: 'Choose the one that fits best.',
      options: {
        burn: 'Burning or soreness during or just after a harder workout than usual.',
        'next-day': 'Sore, stiff muscles that started hours later, often the next day.',
        pull: 'A sudden sharp pain or pull in my calf or thigh while I was active.',
        cramp: 'Sudden calf cramps at night that go away in a few minutes.',
        walking: 'Pain that comes on when I walk.',
        heavy: 'Heavy, tired or achy legs, worse after I stand a long time or late in the day.',
        'run-tight':
          'Tight, aching lower legs that start at the same point in each run or workout.',
        unsure: "None of these, or I'm not sure.",
      },
    },
    'walk-any': {title: 'Does the pain come on when you walk?', options: yesNo()},
    'burn-long': {
      title: howLongTitle,
      options: {
        new: 'It is new: this is the first time, after one harder workout than usual.',
        long: 'The same pain comes back each time I walk or exercise about as much. Or I have had it for more than 2 weeks.',
        unsure,
      },
    },
    'burn-fade': {
      title: 'Did the burning or soreness fade within a few hours of rest?',
      options: {
        yes: 'Yes, it faded within a few hours.',
        soon: 'It has been less than a few hours since I stopped.',
        no: 'No, I still feel it hours later.',
      },
    },
    'doms-long': howLong,
    'doms-severe': {
      title: 'How much does the soreness hold you back?',
      options: {
        ok: 'It hurts, but I can walk, climb stairs and get up from a chair. The muscles are not badly swollen.',
        bad: "The muscles are badly swollen. Or they are so sore or weak that I can't walk normally, climb stairs or get up from a chair.",
        unsure,
      },
    },
    'doms-when': {
      title: 'When did the soreness start, and how is it now?',
      options: {
        days1to3: 'It started 3 days ago or less.',
        better: 'It started 4 to 7 days ago, and it is getting better or staying the same.',
        worse: 'It started 4 to 7 days ago, and it is getting worse.',
        week: 'It started more than 7 days ago.',
        unsure,
      },
    },
    'strain-tiptoe': {
      title: tiptoe,
      options: {...tiptoeOptions, thigh: 'My pain is in my thigh, not my calf.'},
    },
    'heel-tiptoe': {title: tiptoe, options: tiptoeOptions},
    'strain-thinner': {
      title: 'Do you take a blood thinner?',
      hint: 'Such as warfarin, Eliquis, Xarelto or heparin shots.',
      options: yesNo(),
    },
    'strain-now': {
      title: 'When did it happen, and how is it now?',
      options: {
        recent: 'In the last 5 days, and it is not getting worse.',
        healing: 'More than 5 days ago, and it is getting better.',
        worse: 'It is getting worse.',
        stuck: 'More than 5 days ago, and it is not getting better.',
        unsure,
      },
    },
    'cramp-between': {
      title: 'How does that leg feel between the cramps?',
      options: {
        normal: 'Normal. No pain or swelling in the day.',
        heavy: 'Heavy or achy, or my ankles swell by evening.',
        walking: 'It hurts when I walk.',
        unsure,
      },
    },
    'walk-rest': {
      title: 'Does this pain ever start while you are standing still or sitting?',
      options: yesNo('Yes, it can start when I am not walking.', 'No, it only starts when I walk.'),
    },
    'walk-hill': {
      title: 'Does the pain come on when you walk uphill or hurry?',
      options: {
        yes: 'Yes.',
        no: 'No.',
        never: 'I never walk uphill or hurry.',
        cannot: 'The pain stops me on flat ground before I could walk uphill or hurry.',
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
      title: 'Where do you feel this walking pain?',
      hint: 'The calf is the back of the lower leg.',
      options: {
        calf: 'In my calf. It may be in other places too.',
        thigh: 'In the front or side of my thigh, my hip or my buttock, but not my calf.',
        other: 'Only in the back of my thigh, my shin, my foot or a joint.',
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
    'heavy-walk': {
      title:
        'Do you also get pain when you walk that goes away within 10 minutes of standing still?',
      options: yesNo(
        'Yes, I also get pain when I walk, and it goes within 10 minutes of standing still.',
      ),
    },
    'tight-stop': {
      title: 'Does the tightness go away within 15 minutes after you stop?',
      options: yesNo('Yes, it goes away within 15 minutes.', 'No, it lasts longer.'),
    },
    joint: {
      title: 'Which fits your knee or hip pain best?',
      options: {
        walk: 'Pain in my hip, buttock or thigh that comes on when I walk and eases when I stop.',
        'outer-knee': 'Pain on the outer side of my knee that starts at about the same point in each run.',
        'front-knee': 'Pain around or below my kneecap, worse with running, jumping or stairs.',
        groin:
          'A deep ache in my groin or the front of my hip that gets worse with each run or walk.',
        joint: 'The joint is stiff or swollen, or it aches even on days I do not exercise.',
        unsure,
      },
    },
    shin: {
      title: 'Which fits your shin pain best?',
      options: {
        spread: 'An ache spread along the inner edge of the shin. It eases with rest.',
        spot: 'One spot on the bone hurts when I press it, and it gets worse with each run.',
        tight: 'The muscles at the front or side feel tight at the same point in each run.',
        unsure,
      },
    },
    foot: {
      title: 'Which fits your foot pain best?',
      options: {
        heel: 'Pain in the tendon at the back of my heel, worse when I start to run.',
        arch: 'Pain under my heel or arch, worst with my first steps in the morning.',
        spot: 'One spot on a foot bone hurts when I press it, and it gets worse with each run or walk.',
        cold: 'My toes turn white or blue in the cold, then get their color back.',
        other: 'Something else.',
        unsure,
      },
    },
    'bone-where': {
      title: 'Where is the sore spot?',
      options: {hip: 'In my hip or groin.', leg: 'Lower down: my thigh, shin or foot.', unsure},
    },
    'bone-walk': {
      title: 'Does it hurt now when you just walk, or at night?',
      options: yesNo('Yes.', 'No, only when I run or jump.'),
    },
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'blocked-artery': {
      title: 'This may be blocked blood flow to the leg',
      about:
        'An artery is a tube that brings blood to the leg. If one is blocked, the leg can be harmed within hours, even without much pain.',
      now: [
        'Call {number} now.',
        'Note the time it started.',
        'Keep the leg level or a little low. Do not raise it, rub it or heat it.',
      ],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'This may be pressure building up in the leg',
      about:
        'Swelling inside a tight muscle can cut off its blood. Without fast care the muscle can die.',
      now: [
        'Call {number} now.',
        'Take off any brace, bandage, wrap or tight sock.',
        'Keep the leg at the level of your heart. Do not raise it high.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'This may be a broken bone or a bad injury',
      about:
        'A crack, a bent leg, or a leg that is pale, cold or numb after a fall or a blow needs care right away.',
      now: [
        'Call {number} now.',
        'Do not stand on the leg or try to straighten it.',
        'If bone shows, cover it with a clean cloth. Do not push it back.',
      ],
      call: [],
      today: [],
    },
    'bleeding-vein': {
      title: 'This is a bleeding vein',
      about: 'A swollen vein near the skin can bleed fast. Firm pressure stops most bleeding.',
      now: [
        'Call {number} now.',
        'Lie down and raise the leg above your heart.',
        'Press hard on the spot with a clean cloth. Keep pressing until help comes.',
      ],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'This may be pressure on the nerves in your lower back',
      about:
        'Nerves at the base of the back control pee, poop and the legs. If they are squeezed, fast care can stop lasting harm.',
      now: ['Call {number} now.', 'Do not wait to see if it gets better.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'This may be muscle breakdown',
      about:
        'Very hard exercise can break down muscle. What spills into the blood can harm the kidneys.',
      now: [
        'Call {number} now.',
        'Stop exercise, get out of the heat, and sip water.',
        noIbuprofen,
        'Tell them about every medicine and supplement you take.',
      ],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'This may be a serious infection',
      about: 'An infection can spread into the blood and harm the whole body. It needs care fast.',
      now: ['Call {number} now.', 'Tell them you have a fever and a sore leg.'],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'This may be a blood clot in the lung, or a heart problem',
      about:
        'A clot from a leg vein can move to the lung. Chest pain or fainting can also come from the heart.',
      now: [
        'Call {number} now.',
        'Sit up and keep as still as you can.',
        'If you are alone, unlock the door.',
      ],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'You need emergency help now',
      about: 'This can come from the heart, the heat or something else. Do not wait to find out.',
      now: [
        'Call {number} now.',
        'Stop all effort. Sit or lie down.',
        'If you are alone, unlock the door.',
      ],
      call: [],
      today: [],
    },
    'torn-tendon': {
      title: 'This may be a torn tendon or calf muscle',
      about:
        'A tendon joins muscle to bone. A pop at the back of the calf or heel, or not rising on tiptoe, can mean the heel tendon or calf muscle tore, even if you can walk.',
      now: [
        'See a doctor today. Care works best within a day or two.',
        'Ask them to do the calf squeeze test.',
        'Do not stretch your calf. Keep your toes pointed a little down.',
        'Put ice on it for 20 minutes at a time.',
      ],
      call: [callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'This may be a broken bone',
      about:
        "If you can't put weight on the leg or take 4 steps, a bone may be broken or cracked. An x-ray can tell.",
      now: [
        'See a doctor today.',
        'Do not walk on it. Use crutches, or get help to move.',
        'Rest the leg up, and put ice on it for 20 minutes at a time.',
      ],
      call: [callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'This may be poor blood flow that puts your foot at risk',
      about: 'This can mean the foot is not getting enough blood. Fast care can save the foot.',
      now: [
        'See a doctor today.',
        keepLow,
        'Keep the foot clean and dry. Do not put heat on it.',
        'Do not walk barefoot.',
      ],
      call: [callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'vein-bled': {
      title: 'A vein that bled needs a check today',
      about:
        'A varicose vein is a swollen vein near the skin. One that has bled once can bleed again, and fast.',
      now: [
        'See a doctor today.',
        'If it bleeds again, lie down, raise the leg, and press hard on it with a clean cloth.',
      ],
      call: [callBleed, callFaint],
      today: [],
    },
    'leg-bleed': {
      title: 'This may be bleeding into the leg',
      about:
        'Blood thinners make bleeding hard to stop. A bruise or swelling that keeps growing may be bleeding inside the leg.',
      now: [
        'See a doctor today.',
        'Do not stop your blood thinner on your own. Ask the doctor today about your next dose.',
        'Rest the leg up, and put ice on it for 20 minutes at a time.',
      ],
      call: ['The leg gets tight and hard, and the pain gets far worse.', callFaint, callCold],
      today: [],
      tell: 'Tell the doctor the name and dose of your blood thinner.',
    },
    'leg-infection': {
      title: 'This may be an infection in the skin or leg',
      about:
        'Germs in a small cut can make the skin red or darker, hot, swollen and sore. With a fever, it needs medicine soon.',
      now: [
        'See a doctor today.',
        'Draw a line with a pen around the edge of the sore area, to see if it spreads.',
        'Rest the leg up.',
      ],
      call: [callFaint, 'The pain gets far worse than the skin looks.'],
      today: [],
      tell: diabetesTell,
    },
    'muscle-damage': {
      title: 'Your muscles may be damaged',
      about:
        'Hard exercise or a statin can damage muscles. A blood test called CK shows how much. Dark pee is a late sign, so do not wait for it.',
      now: [
        'See a doctor today, and ask for a CK blood test.',
        'Stop exercise until you are seen, and drink water.',
        noIbuprofen,
        'If you take a statin, do not stop it on your own. Call your doctor today.',
      ],
      call: [callPee, callFaint],
      today: [],
      tell: medsTell,
    },
    'pad-worse': {
      title: 'Your blood flow may be getting worse',
      about:
        'An artery is a tube that brings blood to the leg. When walking pain starts all at once or suddenly gets worse, one may be closing.',
      now: ['See a doctor today.', 'Rest until you are seen. Do not put heat on the leg.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'leg-clot': {
      title: 'This may be a blood clot in the leg',
      about:
        'A clot in a deep leg vein can feel like a pulled muscle or a cramp, with or without swelling. It can move to the lung, so it needs a check today.',
      now: [
        'See a doctor today. You may need an ultrasound scan today.',
        'Do not fly or travel far until you are checked.',
        'Do not rub or massage the leg.',
      ],
      call: [callBreath, callFaint],
      today: [],
      tell: 'Tell the doctor about any trip, surgery, hormones or cancer.',
    },
    'signs-unsure': {
      title: 'A doctor should check you today',
      about: 'You were not sure about some warning signs. It is safest to have them checked today.',
      now: [
        'See a doctor today.',
        'If a sign you were not sure about is happening now, call {number}.',
      ],
      call: [callBreath, callCold, callPee, callFaint],
      today: [],
    },
    'bone-stress-urgent': {
      title: 'This may be a stress injury in a bone, and it needs a check today',
      about: `${boneAbout} In the hip, or when it hurts to walk or at night, the bone can break through.`,
      now: [
        'Stop running now.',
        'See a doctor today. You may need an x-ray or a scan.',
        'Use crutches if walking hurts.',
      ],
      call: ['The leg looks bent, or you suddenly cannot stand on it.'],
      today: [],
    },
    'soreness-not-settling': {
      title: 'This soreness needs a check today',
      about:
        'Normal soreness is worst in the first 3 days, then eases. Soreness that is very bad, weak, worse or lasting a week can mean muscle damage.',
      now: [
        'See a doctor today, and ask about a CK blood test.',
        'Stop the exercise that caused it, and drink water.',
        noIbuprofen,
      ],
      call: [callPee, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Your pulled muscle needs a check today',
      about:
        'A strain is a small tear in a muscle. This one needs a doctor: it is not healing, or you take a blood thinner, or tiptoe could not test it. A clot can also feel like a strain.',
      now: ['See a doctor today.', 'Rest the leg. Do not rub or massage it.'],
      call: [callBreath, callCold],
      today: [],
    },
    claudication: {
      title: 'This sounds like claudication',
      about: `${claud} In young, fit people there can be other causes. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'claudication-atypical': {
      title: 'This sounds like claudication, felt in the thigh or buttock',
      about: `${claud} When the narrowing is higher up, the pain is in the thigh, hip or buttock. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Your veins and your arteries should both be checked',
      about:
        'Heavy legs point to the veins. Walking pain that eases standing still can come from the arteries, the tubes that bring blood to the legs. One visit checks both.',
      now: ['Put your legs up when you rest, and walk each day.', noStockings, smoke],
      call: [callCold, callBleed],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Your blood flow should be checked',
      about:
        'Your answers do not fit one clear cause. It may be PAD, or peripheral artery disease: the arteries to your legs are narrow. It could also be your back or tight muscles. A check can tell.',
      now: ['Write down when the pain comes, and what helps.', 'Keep walking each day.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen],
    },
    'venous-insufficiency': {
      title: 'This may be a vein problem',
      about:
        'Veins carry blood back to the heart. When they are weak, blood pools in the legs, which feel heavy and achy. This is called chronic venous insufficiency.',
      now: ['Put your legs up when you rest, and walk each day.', noStockings],
      call: [callBleed, callBreath],
      today: [todaySwollen, 'A sore near your ankle does not heal, or the skin gets red and hot.'],
    },
    'bone-stress': {
      title: 'This may be a stress injury in a bone',
      about: `${boneAbout} Rest lets it heal. Running on it can make it break.`,
      now: ['Stop running and jumping now.', swim, relief],
      call: ["The leg looks bent, or you suddenly can't stand on it."],
      today: [
        'It starts to hurt when you just walk, or at night.',
        'You get pain in your hip or groin.',
      ],
    },
    'spinal-stenosis': {
      title: 'This may come from your back',
      about:
        'When nerves in the lower back get squeezed, the legs can hurt when you stand or walk. Sitting or bending forward eases it. This is called spinal stenosis.',
      now: [
        'Sit and rest when the pain comes.',
        'Keep walking a little each day. Leaning on a cart can help.',
        relief,
      ],
      call: [
        'You get new numbness around your bottom, or new trouble with pee or poop.',
        'Both legs get weaker, or a foot starts to drag.',
      ],
      today: ['The pain wakes you at night, or you can walk less far than before.'],
    },
    'exertional-compartment': {
      title: 'This may be pressure in the leg muscles from exercise',
      about:
        'In some runners, the leg muscles swell in their tight space during exercise and ache until they stop. A doctor may also check the bone and blood vessels.',
      now: [
        'Rest from running, or switch to a sport that does not bring the pain on.',
        'Do not run through the pain.',
      ],
      call: [
        'After you stop, the pain gets worse instead of better. Or the leg stays tight and hard, or your foot goes numb.',
      ],
      today: [todaySwollen],
    },
    'joint-pain': {
      title: 'This sounds like joint pain',
      about:
        'Pain, stiffness or swelling in the knee or hip often comes from the joint itself, such as wear and tear.',
      now: [
        'Keep moving, but cut back on what makes it worse.',
        'Try ice or heat for 20 minutes at a time.',
        relief,
      ],
      call: [callCold],
      today: ['The joint gets red, hot and swollen, or you get a fever.', todayWeight],
    },
    'cold-toes': {
      title: 'Your toes may be sensitive to cold',
      about:
        'In some people, small blood vessels in the toes tighten in the cold. When this starts after age 30, a doctor should look for a cause.',
      now: [
        'Keep your feet warm with socks and warm shoes.',
        'Warm cold toes slowly, in warm but not hot water.',
        smoke,
      ],
      call: [callCold],
      today: ['A toe stays white, blue or black, or you get a sore on a toe.'],
    },
    'no-fit': {
      title: 'Your doctor should look at this pain',
      about:
        'Your answers do not fit one clear cause. A doctor can examine your leg and find out more.',
      now: ['Write down when the pain comes, and what helps.', relief],
      call: [
        callBreath,
        callCold,
        'Your leg gets tight or hard and the pain is far worse than you would expect, or your foot goes numb.',
      ],
      today: [todaySwollen, 'The pain gets much worse.'],
    },
    'acute-soreness': {
      title: 'This sounds like normal soreness after exercise',
      about:
        'A hard workout tires the muscles, and they burn or feel sore. This fades within a few hours of rest.',
      now: [
        'Rest and drink water.',
        'Move gently, like a slow walk.',
        'Build up your workouts a little at a time.',
        'If the same pain comes back each time you walk a set distance, book a visit to check your blood flow.',
        'If it has not faded by tomorrow, do this check again.',
      ],
      call: [callPee, callBreath],
      today: [todayClot, 'Your muscles feel very weak or badly swollen.'],
    },
    doms: {
      title: 'This sounds like delayed muscle soreness',
      about:
        'New or hard exercise, like a first hike, makes tiny tears in the muscles. They are sore a day later, worst by day 2 or 3, then heal. Doctors call this DOMS.',
      now: [
        'Rest and drink water.',
        'Move gently, like a slow walk.',
        relief,
        'Do not repeat the same hard workout until you feel better.',
      ],
      call: [callPee],
      today: [
        todayClot,
        'It gets worse after day 3, or lasts more than 7 days.',
        "You can't walk normally, climb stairs or get up from a chair.",
      ],
    },
    'calf-strain': {
      title: 'This sounds like a pulled muscle',
      about:
        'A strain is a small tear in a muscle, often from a sudden push or stretch. A clot can feel like a strain too: think of one if there was no clear moment it started.',
      now: [
        'For 2 to 3 days, rest it, put ice on it for 20 minutes at a time, and raise it.',
        wrap,
        relief,
        'Start gentle walking as the pain eases. Most strains heal in 2 to 6 weeks.',
      ],
      call: [callBreath],
      today: [todayClot, 'It is not better after 5 to 7 days of home care.', 'You get a fever.'],
    },
    overuse: {
      title: 'This sounds like an overuse injury',
      about:
        'Training more than your body is used to can make shins, knees, heels or tendons sore. A tendon joins muscle to bone.',
      now: [
        'Cut back on running and jumping for now.',
        swim,
        'Put ice on the sore spot for 15 minutes after activity.',
        relief,
        'When it feels better, build up slowly. Add a little more each week.',
        'If it is not better in 2 weeks, see a doctor or a physical therapist.',
      ],
      call: [callBreath, callCold],
      today: [
        'One spot on a bone hurts to press, or it hurts at night or when you just walk.',
        todayWeight,
      ],
    },
    'night-cramps': {
      title: 'This sounds like night cramps',
      about:
        'A cramp is a sudden, hard squeeze of a muscle. Night calf cramps are common and not harmful.',
      now: [
        'When a cramp comes, stand and press your heel down, or pull your toes up toward you.',
        'Stretch your calves before bed.',
        'See your doctor if cramps come most nights, or with other signs.',
      ],
      call: [callBreath, callCold],
      today: ['One leg swells or feels warm. Cramps with swelling are not just cramps.'],
    },
  },
};
