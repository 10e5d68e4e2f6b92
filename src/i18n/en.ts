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
  'New shortness of breath, chest pain, coughing up blood, or a racing heart at rest.';
const callFaint = 'You faint, or feel very unwell or confused.';
const callCold =
  "Your leg or foot suddenly turns cold, pale, blue or blotchy. Or it suddenly goes numb or weak, or you can't move your foot or toes.";
const callPee = 'Dark pee like tea or cola, or much less pee than usual.';
const callBleed = "A vein bleeds and won't stop: press hard on it and lie down.";
// Raising a leg helps a bleed, but harms a leg whose blood flow may be cut off.
const raise = 'Raise the leg if it is not cold, pale or numb.';
const callTight =
  'Pain far worse than you would expect. And one of these: the leg is tight or hard, it hurts much more when you move your toes, or your foot goes numb or tingly.';
const callBent = "The leg looks bent, or you suddenly can't stand on it.";
// "See a doctor today if" lines.
const todaySwollen = 'One leg gets more swollen or warmer than the other.';
const todayClot =
  'One leg gets more swollen or warmer than the other, or the pain gets worse, not better. A clot can feel like a strain.';
const todayFoot =
  'New foot or toe pain at rest or at night, or a sore on your foot or toe that has not healed in 2 weeks.';
const todayWeight = "You can't put weight on the leg.";
const todayWeak =
  "The muscles get badly swollen, or so sore or weak that you can't walk normally, climb stairs or get up from a chair.";
// Advice shared by several cards.
const noIbuprofen =
  'For pain, take acetaminophen (Tylenol), not ibuprofen or naproxen, until a doctor checks your kidneys.';
const relief =
  'For pain, acetaminophen (Tylenol) is safe for most people. Do not take ibuprofen or naproxen if you are pregnant, take a blood thinner, have kidney disease, a stomach ulcer, heart failure or dark pee. Ask a pharmacist if unsure.';
const keepLow =
  'Keep the leg level or a little low. Do not raise it, rub it, or put ice or heat on it.';
const iceOnly = 'Put ice on it for 20 minutes at a time. No ice if you have poor blood flow.';
const restUp = `Rest the leg. ${raise}`;
const ice = `${restUp} ${iceOnly}`;
const yesLong = 'Yes, for more than 2 weeks, or it came on slowly.';
const firstFits = 'If more than one fits, choose the first one that fits.';
const noRub = 'Rest the leg. Do not rub or massage it.';
const stopWater = 'Stop exercise until you are seen, and drink water.';
const wrap =
  'A firm, not tight, wrap can help. Take it off if your toes get cold, pale, numb or tingly. No wrap if you have poor blood flow or diabetes.';
const swim = 'Swim or cycle instead, if that does not hurt.';
const buildUp = 'When it feels better, build up slowly.';
const gentle = ['Rest and drink water.', 'Move gently, like a slow walk.'];
const noStockings = 'Do not buy tight support stockings until your arteries are checked.';
const legsUp = 'Put your legs up when you rest, and walk each day.';
const smoke = 'If you smoke, get help to stop.';
const write = 'Write down when the pain comes, and what helps.';
const padSteps = [
  'Walk 30 to 45 minutes, 3 times a week. Walk until the pain is medium, rest until it goes, then walk on.',
  smoke,
  'Ask your doctor about medicine to protect your heart.',
  'Check your feet every day for sores.',
];
const restPain = 'The pain starts when you rest, or suddenly gets worse.';
const padToday = [todayFoot, restPain];
const padTell = 'Tell the doctor how far you can walk before the pain starts.';
const noFit = 'Your answers do not fit one clear cause.';
const checkCause = 'A check shows the cause for you.';
const claud =
  'Claudication (claw-dih-KAY-shun) means leg pain that comes when you walk and goes when you rest. It most often comes from PAD, or peripheral artery disease: the arteries to your legs are narrow.';
const boneAbout =
  'Too much running or jumping can crack a bone a little at a time. This is a stress injury.';
const diabetesTell = 'Tell the doctor if you have diabetes.';
const meds = 'every medicine and supplement you take.';
const medsTell = `Tell the doctor ${meds}`;
const call = 'Call {number} now.';
const seeToday = 'See a doctor today.';

export const en: Strings = {
  ui: {
    title: 'Leg pain after exercise?',
    intro: 'Find out what the pain may be and what to do.',
    adults:
      "For adults 18 and over with leg pain from exercise or walking. Under 18? See a doctor, today if you limp, have a fever, pain at night or a lump, or can't put weight on the leg.",
    notDiagnosis: 'This is a self-check, not a diagnosis.',
    unwell: 'If you feel very unwell, call {number} now.',
    privacy: 'Your answers stay on this device.',
    start: 'Start',
    continue: 'Continue',
    back: 'Back',
    startAgain: 'Start again',
    step: 'Question {n}',
    chooseOne: 'Choose one answer.',
    errorOne: 'Choose one answer.',
    errorMany: 'Tick at least one.',
    resultLabel: 'Your result',
    why: 'What you told us',
    now: 'What to do now',
    callIf: 'Call {number} if',
    todayIf: 'See a doctor today if',
    wait: 'If you get worse while you wait, call {number} again. Tell them about any change in your legs.',
    tell: 'Show this to your doctor.',
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
    today: "Call your doctor today. If you can't be seen today, go to an emergency room.",
    vascular: 'Book a visit in the next few weeks to check your blood flow.',
    visit:
      'Blood pressure cuffs on your arms and ankles (ABI) and an ultrasound check the flow. No needles.',
    doctor: 'Book a visit with your own doctor in the next few weeks.',
    home: 'Watch for the signs below.',
    clinicAlso: 'You can also call {clinic}.',
    ownDoctor: 'Call your own doctor.',
    callClinic: 'Call {clinic}: {phone}',
    book: 'Book a visit online',
    offices: 'Our offices',
    officeCall: 'Call',
    officeBook: 'Book',
    nearest: 'Find the nearest office',
    locating: 'Finding you…',
    located: 'Nearest first. Your location stays on this device.',
    locationError: 'We could not find you.',
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
          'Your leg or foot suddenly went cold, pale, blue or blotchy. Or it suddenly went numb or weak, or you could not move your foot or toes. With or without pain. A foot that fell asleep, or a cramp that passed, does not count.',
        'tight-leg':
          'Pain far worse than you would expect. And one of these: the leg felt tight or hard, it hurt much more when you moved your toes, or your foot went numb or tingly.',
        injury:
          'After a fall, a blow, a twist or a bad landing: you heard a crack, or the leg looks bent or out of shape. Or bone shows through the skin, or the leg is pale, cold or numb.',
        bleeding: 'A vein in your leg is bleeding now and will not stop.',
        'dark-urine':
          'After exercise, even a long walk: dark pee like tea or cola, or much less pee than usual. Dark yellow pee that clears when you drink water does not count.',
        back: 'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop. Or both legs feel weak or numb in a new way, not just tired, sore muscles. Or a foot has started to drag.',
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
        'no-weight':
          'You could not put weight on the leg or take 4 steps, for more than a few minutes. A cramp that passed does not count.',
        weak: "Your muscles got so weak after exercise that you can't climb stairs. Or you can't get up from a low chair without your arms, and you could before.",
        statin:
          'You take a statin for cholesterol, like Lipitor or Crestor. And you have muscle pain or weakness that is new, has no clear cause, or is getting worse.',
        foot: 'New foot or toe pain at rest or at night. It may ease when your leg hangs down. Or a sore on your foot or toe that has not healed in 2 weeks, or black skin on a toe. Or diabetes and a foot sore that is red, warm, swollen or leaking.',
        'flow-worse':
          'In the last 2 weeks, walking suddenly began to hurt your leg, with no injury. Soreness that started the day after a workout does not count. Or you know you have poor blood flow, a stent or a bypass in the leg, and the pain suddenly got worse or never stops now.',
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
        pregnant: 'I am pregnant, or I was pregnant or had a baby.',
        hormones:
          'I took the pill, a birth control patch or ring, or hormones for menopause, for cancer or testosterone. Thyroid pills and insulin do not count.',
        cancer: 'I have or had cancer, or treatment for cancer.',
        'clot-before':
          'I have had a blood clot in a leg, an arm or a lung, at any time. A heart attack or stroke does not count here.',
        none,
        unsure,
      },
    },
    where: {
      title: 'Where do you feel the pain most?',
      options: {
        muscle: 'In the muscles of my calf, thigh or buttock, or all over my legs.',
        joint: 'In my knee, hip or groin.',
        shin: 'At the front of my lower leg, along the shin.',
        spot: 'In one spot on a bone. It hurts when I press on it or hop.',
        foot: 'In my foot, heel or ankle.',
        unsure: "Somewhere else, or I'm not sure.",
      },
    },
    pattern: {
      title: 'Which sounds most like your pain?',
      hint: firstFits,
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
    'walk-any': {
      title: 'Does the pain come on when you walk?',
      options: {
        sudden: 'Yes, and it started suddenly in the last 2 weeks, with no injury.',
        yes: yesLong,
        no: 'No.',
        unsure,
      },
    },
    'burn-long': {
      title: howLongTitle,
      hint: firstFits,
      options: {
        new: 'It is new: this is the first time, after one harder workout than usual.',
        sudden: 'It started suddenly in the last 2 weeks, and now it comes back each time I walk.',
        long: 'It has come back when I walk or exercise for more than 2 weeks, or it came on slowly.',
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
      title: 'How many days ago was the workout, and how is the soreness now?',
      hint: 'Count from the day of the workout.',
      options: {
        days1to3: '3 days ago or less. The soreness may still be getting worse.',
        better: '4 to 7 days ago, and the soreness is getting better or staying the same.',
        worse: '4 to 7 days ago, and the soreness is getting worse.',
        week: 'More than 7 days ago, and I am still sore.',
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
      hint: firstFits,
      options: {
        fever: 'I have a fever or shivers.',
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
        sudden: 'It hurts when I walk, and that started suddenly in the last 2 weeks.',
        walking: 'It hurts when I walk, for more than 2 weeks, or it came on slowly.',
        unsure,
      },
    },
    'walk-since': {
      title: 'When did this pain with walking start?',
      options: {
        sudden: 'Suddenly, in the last 2 weeks.',
        slow: 'More than 2 weeks ago, or it came on slowly.',
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
      options: {
        no: 'No.',
        sudden: 'Yes, and it started suddenly in the last 2 weeks.',
        yes: yesLong,
        unsure,
      },
    },
    'tight-stop': {
      title: 'Does the tightness go away within 15 minutes after you stop?',
      options: yesNo('Yes, it goes away within 15 minutes.', 'No, it lasts longer.'),
    },
    joint: {
      title: 'Which fits your knee, hip or groin pain best?',
      hint: firstFits,
      options: {
        groin:
          'A deep ache in my groin or the front of my hip. It began after I ran or walked more than usual, and it gets worse each time.',
        walk: 'Pain in my hip, buttock or thigh that comes on when I walk and eases when I stop.',
        joint:
          'The joint itself is swollen, or stiff after rest, or it aches on days I do not exercise.',
        'outer-knee':
          'Pain on the outer side of my knee that starts at about the same point in each run.',
        'front-knee': 'Pain around or below my kneecap, worse with running, jumping or stairs.',
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
        spot: 'One spot on a foot bone hurts to press or hop, and it gets worse with each run or walk.',
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
      about: 'Without blood, the leg can be harmed within hours, even with little pain.',
      now: [call, 'Note the time it started.', keepLow],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'This may be pressure building up in the leg',
      about: 'Swelling in a tight muscle can cut off its blood, and the muscle can die.',
      now: [
        call,
        'Take off any brace, bandage, wrap or tight sock.',
        'Keep the leg level. Do not raise it.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'This may be a broken bone or a bad injury',
      about: 'A bone or blood vessel may be badly hurt.',
      now: [
        call,
        'Do not stand on the leg or try to straighten it.',
        'Cover any bone that shows with a clean cloth.',
      ],
      call: [],
      today: [],
    },
    'bleeding-vein': {
      title: 'This is a bleeding vein',
      about: 'A swollen vein near the skin can bleed fast. Firm pressure usually stops it.',
      now: [call, 'Press hard on it with a clean cloth until help comes.', `Lie down. ${raise}`],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'This may be pressure on the nerves in your lower back',
      about: 'These nerves control pee, poop and the legs.',
      now: [call, 'Do not wait to see if it gets better.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'This may be muscle breakdown',
      about: 'Very hard exercise can break down muscle, which can harm the kidneys.',
      now: [
        call,
        'Stop exercise, get out of the heat, and sip water.',
        noIbuprofen,
        `Tell them ${meds}`,
      ],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'This may be a serious infection',
      about: 'A bad infection can spread fast and harm the whole body.',
      now: [call, 'If you are alone, unlock the door.'],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'This may be a blood clot in the lung, or a heart problem',
      about:
        'A clot from a leg vein can move to the lung. Chest pain or fainting can also come from the heart.',
      now: [
        call,
        'Keep as still as you can. Sit up if that helps you breathe.',
        'If you are alone, unlock the door.',
      ],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'You need emergency help now',
      about: 'It can come from the heart, the heat or something else.',
      now: [call, 'Stop all effort. Sit or lie down.', 'If you are alone, unlock the door.'],
      call: [],
      today: [],
    },
    'torn-tendon': {
      title: 'This may be a torn tendon or calf muscle',
      about: 'A tendon joins muscle to bone. It can tear even if you can walk.',
      now: [
        'Care works best within a day or two.',
        'Ask for the calf squeeze test.',
        'Do not stretch your calf. Keep your toes pointed a little down.',
        iceOnly,
      ],
      call: [callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'This may be a broken bone',
      about: 'A bone may be broken or cracked. An x-ray can tell.',
      now: [seeToday, 'Do not stand on the leg. Use crutches, or get help to move.', ice],
      call: [callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'This may be poor blood flow that puts your foot at risk',
      about: 'The foot may not get enough blood. Fast care can save it.',
      now: [seeToday, keepLow, 'Keep the foot clean and dry.', 'Do not walk barefoot.'],
      call: [callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'vein-bled': {
      title: 'A vein that bled needs a check today',
      about: 'A varicose vein is a swollen vein near the skin. It can bleed again.',
      now: [seeToday, `If it bleeds again, press hard on it and lie down. ${raise}`],
      call: [callBleed, callFaint],
      today: [],
    },
    'leg-bleed': {
      title: 'This may be bleeding into the leg',
      about:
        'On a blood thinner, a bruise or swelling that keeps getting bigger may be bleeding inside the leg.',
      now: [
        seeToday,
        'Do not stop your blood thinner on your own. Ask the doctor about your next dose.',
        ice,
        relief,
      ],
      call: [callTight, callFaint, callCold],
      today: [],
      tell: 'Tell the doctor the name and dose of your blood thinner.',
    },
    'leg-infection': {
      title: 'This may be an infection in the skin or leg',
      about: 'Germs can make the skin red or darker, hot and swollen. It needs medicine soon.',
      now: [seeToday, 'Draw a pen line around the sore area to see if it spreads.', restUp],
      call: [callFaint, 'The pain gets far worse than the skin looks.'],
      today: [],
      tell: diabetesTell,
    },
    'muscle-damage': {
      title: 'Your muscles may be damaged',
      about:
        'Hard exercise or a statin can damage muscles. A blood test called CK shows how much. Do not wait for dark pee.',
      now: [
        'Ask for a CK blood test.',
        stopWater,
        noIbuprofen,
        'Do not stop a statin on your own. Call your doctor today.',
      ],
      call: [callPee, callFaint],
      today: [],
      tell: medsTell,
    },
    'pad-worse': {
      title: 'Your blood flow may be getting worse',
      about:
        'An artery is a tube that brings blood to the leg. Sudden walking pain can mean one is closing. A clot in a leg vein can also do this: you may need a scan today.',
      now: [seeToday, 'Rest until you are seen.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'leg-clot': {
      title: 'This may be a blood clot in the leg',
      about:
        'A clot in a deep leg vein can feel like a pulled muscle or a cramp, even without swelling. It can move to the lung.',
      now: [
        'You may need an ultrasound scan today.',
        'Do not fly or travel far until you are checked.',
        noRub,
      ],
      call: [callBreath, callFaint],
      today: [],
      tell: 'Tell the doctor about any trip, surgery, hormones or cancer.',
    },
    'signs-unsure': {
      title: 'A doctor should check you today',
      about: 'You were not sure about some warning signs.',
      now: [
        seeToday,
        'If you now remember one of the signs, go back and tick it.',
        'Do not rub your leg, and do not fly or travel far until you are checked.',
      ],
      call: [callBreath, callCold, callTight, callPee, callFaint],
      today: [],
    },
    'bone-stress-urgent': {
      title: 'This may be a stress injury in a bone',
      about: `${boneAbout} In the hip, or when it hurts to walk or at night, it can break.`,
      now: [
        'Stop running now.',
        'You may need an x-ray or a scan.',
        'Walk as little as you can until you are seen. Use crutches if you have them.',
      ],
      call: [callBent],
      today: [],
    },
    'soreness-not-settling': {
      title: 'This soreness needs a check today',
      about:
        'Soreness this bad, or soreness that gets worse after day 3, may mean muscle damage. If only one leg hurts, it may be a clot.',
      now: ['Ask for a CK blood test.', stopWater, noIbuprofen],
      call: [callPee, callTight, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Your pulled muscle needs a check today',
      about:
        'A strain is a small tear in a muscle. On a blood thinner, it can bleed into the muscle. If you could not rise on your toes, the tear may be big. A fever may mean an infection. A clot can also feel like a strain.',
      now: [seeToday, noRub, 'Do not stretch the muscle until you are checked.', relief],
      call: [callBreath, callTight, callCold, callFaint],
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
      about: `${claud} Higher narrowing hurts in the thigh, hip or buttock. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Your veins and your arteries should both be checked',
      about:
        'Heavy legs point to the veins, and walking pain to the arteries, the tubes that bring blood to the legs. One visit checks both.',
      now: [legsUp, noStockings, smoke],
      call: [callCold, callBleed],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Your blood flow should be checked',
      about: `${noFit} It may be PAD, or peripheral artery disease: the arteries to your legs are narrow. It could also be your back or tight muscles. ${checkCause}`,
      now: [write, 'Walk each day.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen, restPain],
    },
    'venous-insufficiency': {
      title: 'This may be a vein problem',
      about:
        'Weak veins let blood pool in the legs, so they feel heavy. This is called chronic venous insufficiency.',
      now: [legsUp, noStockings],
      call: [callBleed, callBreath],
      today: [todaySwollen, 'The skin near your ankle gets red, hot and sore.'],
    },
    'bone-stress': {
      title: 'This may be a stress injury in a bone',
      about: `${boneAbout} Running on it can make it break.`,
      now: ['Stop running and jumping now.', swim, relief],
      call: [callBent],
      today: ['It hurts when you just walk, or at night.', 'You get pain in your hip or groin.'],
    },
    'spinal-stenosis': {
      title: 'This may come from your back',
      about:
        'Squeezed nerves in the lower back can make the legs hurt until you sit or bend forward. This is called spinal stenosis.',
      now: [
        'Rest when the pain comes.',
        'Walk a little each day. Leaning on a cart can help.',
        relief,
      ],
      call: [
        'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop.',
        'New weakness in both legs, or a foot that has started to drag.',
      ],
      today: ['The pain wakes you at night, or you can walk less far than before.'],
    },
    'exertional-compartment': {
      title: 'This may be pressure in the leg muscles from exercise',
      about:
        'In some runners, leg muscles swell and ache until they stop. A doctor may also check the bone and blood vessels.',
      now: [swim, 'Do not run through the pain.'],
      call: [
        'After you stop, the pain gets worse, or the leg stays tight or hard, or the foot goes numb.',
      ],
      today: [todaySwollen],
    },
    'joint-pain': {
      title: 'This sounds like joint pain',
      about: 'Knee or hip pain, stiffness or swelling often comes from wear on the joint.',
      now: ['Keep moving, but cut back on what makes it worse.', iceOnly, relief],
      call: [callCold],
      today: ['The joint gets red, hot and swollen, or you get a fever.', todayWeight],
    },
    'cold-toes': {
      title: 'Your toes may be sensitive to cold',
      about:
        'Blood vessels in the toes can tighten in the cold. If this first started after age 30, or only on one side, a doctor should find out why.',
      now: ['Keep your feet warm.', 'Warm cold toes slowly, not in hot water.', smoke],
      call: [callCold],
      today: ['A toe stays white, blue or black, or gets a sore.'],
    },
    'no-fit': {
      title: 'Your doctor should look at this pain',
      about: `${noFit} A doctor can examine your leg.`,
      now: [write, relief],
      call: [callBreath, callCold, callTight],
      today: [todaySwollen, 'The pain gets much worse.'],
    },
    'acute-soreness': {
      title: 'This sounds like normal soreness after exercise',
      about:
        'Burning or soreness after a harder workout than usual is normal. It should fade within a few hours of rest.',
      now: [
        ...gentle,
        buildUp,
        'If it comes back each time you walk a set distance, book a blood flow check.',
        'Still there after a few hours of rest? Do this check again.',
      ],
      call: [callPee, callBreath],
      today: [todayClot, todayWeak],
    },
    doms: {
      title: 'This sounds like delayed muscle soreness',
      about:
        'Hard or new exercise can make muscles sore the next day, worst by day 2 or 3. Doctors call this DOMS.',
      now: [...gentle, relief, 'Do not repeat the hard workout until it eases.'],
      call: [callPee, callTight, callBreath],
      today: [todayClot, 'It gets worse after day 3, or lasts more than 7 days.', todayWeak],
    },
    'calf-strain': {
      title: 'This sounds like a pulled muscle',
      about:
        "A strain is a small tear in a muscle. A clot can feel like one: if you can't name the moment it started, see a doctor today.",
      now: [
        `For 2 to 3 days, rest and raise it. ${iceOnly}`,
        wrap,
        relief,
        'Walk gently as it eases.',
      ],
      call: [callBreath],
      today: [
        todayClot,
        'It is not getting better after 5 to 7 days.',
        'You have a fever now, or get one.',
      ],
    },
    overuse: {
      title: 'This sounds like an overuse injury',
      about:
        'Too much running or jumping can make shins, knees, heels or tendons sore. A tendon joins muscle to bone.',
      now: [
        'Cut back on running and jumping.',
        swim,
        iceOnly,
        relief,
        buildUp,
        'Not better in 2 weeks? See a doctor or physical therapist.',
      ],
      call: [callBreath, callCold],
      today: [
        'One spot on the bone hurts when you press it, or it hurts when you just walk, or at night.',
        todayWeight,
      ],
    },
    'night-cramps': {
      title: 'This sounds like night cramps',
      about:
        'Sudden calf cramps at night that go away in a few minutes are common and usually harmless.',
      now: [
        'Stand and press your heel down, or pull your toes up.',
        'Stretch your calves before bed.',
        'Book a visit with your doctor if they come most nights, or your legs ache between them.',
      ],
      call: [callBreath, callCold],
      today: [todaySwollen],
    },
  },
};
