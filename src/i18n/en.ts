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
      'I have had a heart attack, angina, a heart stent or bypass, a stroke or mini-stroke, a narrow neck artery, or a bulge in the main artery (aneurysm).',
    age65: 'I am 65 or older.',
    age50:
      'I am 50 to 64, and I smoke or used to. Or I have diabetes, high blood pressure, high cholesterol, kidney disease, or a parent, brother or sister with poor blood flow in the legs.',
    under50: 'I am under 50. I have diabetes and one more thing from the line above.',
    none,
    unsure,
  },
};
const howLong: QuestionText = {
  title: 'How long have you had this pain with exercise?',
  options: {
    new: 'It is new. It started in the last 2 weeks.',
    long: 'It has come back with exercise for more than 2 weeks.',
    unsure,
  },
};
const signsHint = 'Tick each one that fits, even if it has stopped.';

// "Call {number} if" lines, shared by several cards.
const callBreath = 'You get new shortness of breath or chest pain, or you cough up blood.';
const callFaint = 'You faint, or you feel very unwell or confused.';
const callCold =
  'Your leg or foot suddenly turns cold, pale or blue, or suddenly goes numb or weak.';
const callPee = 'Your pee turns dark, like tea or cola.';
const callBleed = "A vein bleeds and won't stop. Lie down, raise the leg and press hard on it.";
// "See a doctor today if" lines.
const todayClot =
  'One leg swells or feels warm, or the pain gets worse instead of better. A clot can feel like a strain.';
const todaySwollen = 'One leg gets more swollen or warmer than the other.';
const todayFoot = 'You get foot pain at night, or a sore on your foot that does not heal.';
const todayWeight = "You can't put weight on the leg.";
// Advice shared by several cards.
const relief =
  'For pain, acetaminophen (Tylenol) is safe for most people. Do not take ibuprofen or naproxen if you are pregnant, take a blood thinner, or have kidney disease, a stomach ulcer or heart failure, or if your pee is dark. Ask a pharmacist if you are not sure.';
const wrap =
  'A wrap can help. Make it firm, not tight. Take it off if your toes get cold, pale, numb or tingly. Do not wrap the leg if you have poor blood flow or diabetes.';
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
  'Claudication (claw-dih-KAY-shun) means leg pain that comes when you walk and goes when you rest. It most often comes from PAD, or peripheral artery disease';
const boneAbout =
  'Too much running or jumping can crack a bone a little at a time. This is a stress injury.';
const boneTell = 'Tell the doctor how much you run, and what changed in your training.';
const selfTell = 'If you see a doctor, tell them what you did and when the pain started.';

export const en: Strings = {
  ui: {
    title: 'Leg pain after exercise?',
    intro: 'Answer a few short questions. Then see what the pain may be and what to do next.',
    adults:
      "This check is for adults. Under 18? See a doctor. Go today if you limp, have a fever, pain at night or a lump, or can't put weight on the leg.",
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
    wait: 'If you feel worse while you wait, call {number} again.',
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
      'At the visit, cuffs like a blood pressure cuff go on your arms and ankles. The two are compared: this is the ABI test. An ultrasound scan uses sound to show the blood flow. There are no needles.',
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
          'New shortness of breath, even mild. Or chest pain, coughing up blood, fainting or nearly fainting, or a racing heart at rest.',
        unwell:
          "Very unwell: you collapsed or can't stand up, you are confused, or your skin is grey, cold and clammy. Or pressure in your chest, arm, jaw or neck with sweating or feeling sick.",
        'fever-unwell':
          'Fever or shivers, and you feel very ill: confused, very sleepy, breathing fast, or blotchy skin. Or a wound that hurts far more than it looks, with fever.',
        'cold-leg':
          "Your leg or foot suddenly went cold, pale, blue or blotchy. Or it suddenly went numb or weak, or you can't move your foot or toes. With or without pain.",
        'tight-leg':
          'Pain far worse than you would expect, and the leg is tight or hard, or it hurts much more when you move your toes, or your foot goes numb or tingly.',
        injury:
          'After a fall or a blow: you heard a crack, the leg looks bent, bone shows through the skin, or the leg is pale, cold or numb.',
        bleeding: "A vein in your leg is bleeding and won't stop.",
        'dark-urine':
          'After hard exercise: dark pee like tea or cola, or much less pee than usual. Dark yellow pee that clears when you drink water does not count.',
        back: 'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop. Or new weakness in both legs, or a foot that drags.',
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
        thinner: 'You take a blood thinner, and a bruise or swelling keeps getting bigger.',
        pop: 'A pop or snap at the back of your calf or heel, or it felt like a kick there. Tick this even if you can still walk.',
        'no-weight': "You can't put weight on the leg, or can't take 4 steps.",
        weak: "Your muscles are so weak after exercise that you can't climb stairs, or get up from a low chair without using your arms.",
        statin:
          'You take a statin for cholesterol, and you have new muscle pain or weakness that is getting worse.',
        foot: 'Foot or toe pain at rest or at night that eases when your leg hangs down. Or a sore on your foot that has not healed in 2 weeks, or black skin on a toe. Or diabetes and a foot sore that is red, warm or leaking.',
        'flow-worse':
          'Pain on walking that started all at once in the last 2 weeks. Or you know you have poor blood flow, a stent or a bypass in the leg, and the pain suddenly got worse or never stops now.',
        none,
        unsure,
      },
    },
    legs: {
      title: 'Is the pain in one leg or in both legs?',
      options: {one: 'One leg.', both: 'Both legs.'},
    },
    'clot-risk': {
      title: 'Do any of these fit you?',
      hint: 'Tick all that fit. They make a blood clot in the leg more likely. A clot can feel like a pulled muscle.',
      options: {
        travel:
          'In the last 3 months: a trip where you sat for 4 hours or more, like a flight or a long drive.',
        surgery: 'In the last 3 months: surgery, a stay in hospital, a cast, or bed rest.',
        pregnant: 'You are pregnant, or had a baby in the last 3 months.',
        hormones: 'You take the pill, use a patch or ring for birth control, or take hormones.',
        cancer: 'You have cancer, or had treatment for it in the last 3 months.',
        'clot-before': 'You have had a blood clot before.',
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
    'burn-long': howLong,
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
        bad: "The muscles are badly swollen, or so sore or weak that I can't walk normally, climb stairs or get up from a chair.",
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
      title: 'Hold on to something and stand on the sore leg. Can you rise up on your toes?',
      options: {
        yes: 'Yes, I can.',
        no: "No, I can't push up.",
        unsure: "I'm not sure, or it hurts too much to try.",
      },
    },
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
        cannot: "I can't walk far enough to tell.",
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
      options: yesNo(),
    },
    'tight-stop': {
      title: 'Does the tightness go away within 15 minutes after you stop?',
      options: yesNo('Yes, it goes away within 15 minutes.', 'No, it lasts longer.'),
    },
    joint: {
      title: 'Which fits your knee or hip pain best?',
      options: {
        'outer-knee':
          'Pain on the outer side of my knee. It starts at about the same point in each run and eases with rest.',
        'front-knee':
          'Pain around or just below my kneecap, worse with running, jumping, squats or stairs.',
        groin: 'A deep ache in my groin or the front of my hip that gets worse with each run.',
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
        cold: 'My toes turn white or blue in the cold, and get their color back when they warm up.',
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
        'An artery is a tube that brings blood to the leg. If one gets blocked, the leg can be harmed within hours, even if it does not hurt much.',
      now: [
        'Call {number} now.',
        'Note the time it started.',
        'Keep the leg level or a little low. Do not raise it, rub it or heat it.',
      ],
      call: [],
      today: [],
      brief: 'A cold, pale, numb or weak leg or foot: this may be blocked blood flow.',
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
      brief: 'A tight, hard leg with very bad pain: this may be pressure building up in the leg.',
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
      brief: 'A crack, a bent leg or a numb leg after an injury: this may be a broken bone.',
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
      brief: "A vein that won't stop bleeding: lie down, raise the leg and press hard on it.",
    },
    'nerve-pressure': {
      title: 'This may be pressure on the nerves in your lower back',
      about:
        'Nerves at the base of the back control pee, poop and the legs. If they are squeezed, fast care can stop lasting harm.',
      now: ['Call {number} now.', 'Do not wait to see if it gets better.'],
      call: [],
      today: [],
      brief:
        'Numbness around your bottom, or trouble with pee or poop: nerves in your back may be squeezed.',
    },
    'muscle-breakdown': {
      title: 'This may be muscle breakdown',
      about:
        'Very hard exercise can break down muscle. What spills into the blood can harm the kidneys.',
      now: [
        'Call {number} now.',
        'Stop all exercise, and get out of the heat.',
        'Sip water.',
        'Do not take ibuprofen or naproxen.',
        'Tell them about every medicine and supplement you take.',
      ],
      call: [],
      today: [],
      brief: 'Dark pee or much less pee after exercise: this may be muscle breakdown.',
    },
    'serious-infection': {
      title: 'This may be a serious infection',
      about: 'An infection can spread into the blood and harm the whole body. It needs care fast.',
      now: ['Call {number} now.', 'Tell them you have a fever and a sore leg.'],
      call: [],
      today: [],
      brief: 'Fever and feeling very ill: this may be a serious infection.',
    },
    'lung-clot': {
      title: 'This may be a blood clot in the lung, or a heart problem',
      about:
        'A clot can form in a leg vein and move to the lung. Chest pain or fainting can also come from the heart. Both are emergencies.',
      now: [
        'Call {number} now.',
        'Sit up and keep as still as you can.',
        'If you are alone, unlock the door.',
      ],
      call: [],
      today: [],
      brief:
        'Short of breath, chest pain or fainting: this may be a clot in the lung or a heart problem.',
    },
    'very-unwell': {
      title: 'You need emergency help now',
      about:
        'Feeling this unwell can come from the heart, the heat or something else. This check cannot tell which, so do not wait.',
      now: [
        'Call {number} now.',
        'Stop all effort. Sit or lie down.',
        'If you are alone, unlock the door.',
      ],
      call: [],
      today: [],
      brief: 'You feel very unwell: that alone is a reason to call {number}.',
    },
    'torn-tendon': {
      title: 'This may be a torn tendon or calf muscle',
      about:
        'A tendon joins muscle to bone. A pop at the back of the calf or heel can mean the big heel tendon or a calf muscle has torn, even if you can still walk.',
      now: [
        'See a doctor today. Care works best within a day or two.',
        'Ask them to do the calf squeeze test.',
        'Do not stretch your calf. Keep your toes pointed a little down.',
        'Put ice on it for 20 minutes at a time.',
      ],
      call: [callCold, callBreath],
      today: [],
      tell: 'Tell the doctor what you were doing when you felt the pop.',
      brief:
        'A pop at the back of the calf or heel: this may be a torn tendon. See a doctor today.',
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
      tell: 'Tell the doctor how it happened.',
      brief: "You can't put weight on the leg: a bone may be broken. See a doctor today.",
    },
    'foot-circulation': {
      title: 'This may be poor blood flow that puts your foot at risk',
      about:
        'Pain at rest, a sore that will not heal, or black skin on a toe can mean the foot is not getting enough blood. Fast care can save the foot.',
      now: [
        'See a doctor today.',
        'Keep the foot clean and dry. Do not put heat on it.',
        'Do not walk barefoot.',
      ],
      call: [callCold, callBreath],
      today: [],
      tell: 'Tell the doctor if you have diabetes, and how long the sore or pain has been there.',
      brief: 'Foot pain at rest, a sore that will not heal, or a black toe: see a doctor today.',
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
      tell: 'Tell the doctor when it bled and how long it took to stop.',
      brief: 'A vein that bled: see a doctor today. If it bleeds again, press hard on it.',
    },
    'leg-bleed': {
      title: 'This may be bleeding into the leg',
      about:
        'Blood thinners stop clots, but they also make bleeding harder to stop. A bruise or swelling that keeps growing may be bleeding inside the leg.',
      now: [
        'See a doctor today.',
        'Keep taking your blood thinner unless a doctor tells you to stop.',
        'Rest the leg up, and put ice on it for 20 minutes at a time.',
      ],
      call: ['The leg gets tight and hard, and the pain gets far worse.', callFaint, callCold],
      today: [],
      tell: 'Tell the doctor the name and dose of your blood thinner.',
      brief:
        'A growing bruise on a blood thinner: this may be bleeding into the leg. See a doctor today.',
    },
    'leg-infection': {
      title: 'This may be an infection in the skin or leg',
      about:
        'Germs can get in through a small cut and make the skin red or darker, hot, swollen and sore. With a fever, it needs medicine soon.',
      now: [
        'See a doctor today.',
        'Draw a line with a pen around the edge of the sore area, to see if it spreads.',
        'Rest the leg up.',
      ],
      call: [callFaint, 'The pain gets far worse than the skin looks.'],
      today: [],
      tell: 'Tell the doctor if you have diabetes, or if you are on medicine that weakens your immune system.',
      brief:
        'A fever with a red, hot or swollen leg: this may be an infection. See a doctor today.',
    },
    'muscle-damage': {
      title: 'Your muscles may be damaged',
      about:
        'Very hard exercise, or a statin pill for cholesterol, can damage muscles. A blood test called CK shows how much. Dark pee is a late sign, so do not wait for it.',
      now: [
        'See a doctor today, and ask for a CK blood test.',
        'Stop exercise until you are seen, and drink water.',
        'If you take a statin, do not stop it on your own. Call your doctor today.',
      ],
      call: [callPee, callFaint],
      today: [],
      tell: 'Tell the doctor about the exercise, and every medicine and supplement you take.',
      brief:
        'Very weak muscles, or worse muscle pain on a statin: ask a doctor today for a CK blood test.',
    },
    'pad-worse': {
      title: 'Your blood flow may be getting worse',
      about:
        'Walking pain that starts all at once, or poor blood flow that suddenly gets worse, can mean an artery is closing. An artery is a tube that brings blood to the leg.',
      now: ['See a doctor today.', 'Rest until you are seen. Do not put heat on the leg.'],
      call: [callCold, callBreath],
      today: [],
      tell: 'Tell the doctor when the change started, and about any stent or bypass.',
      brief: 'Walking pain that started suddenly or got worse: see a doctor today.',
    },
    'leg-clot': {
      title: 'This may be a blood clot in the leg',
      about:
        'A clot in a deep leg vein can feel like a pulled muscle or a cramp. The leg may or may not swell. It needs a check today, as a clot can move to the lung.',
      now: [
        'See a doctor today. You may need an ultrasound scan today.',
        'Do not fly or travel far until you are checked.',
        'Do not rub or massage the leg.',
      ],
      call: [callBreath, callFaint],
      today: [],
      tell: 'Tell the doctor when the pain began, and about any trip, surgery, hormones or cancer.',
      brief: 'A swollen or warm leg: this may be a blood clot. See a doctor today.',
    },
    'signs-unsure': {
      title: 'A doctor should check you today',
      about: 'You were not sure about some warning signs. It is safest to have them checked today.',
      now: ['See a doctor today.', 'Rest until you are seen.'],
      call: [callBreath, callCold, callPee, callFaint],
      today: [],
      tell: 'Tell the doctor which signs you were not sure about.',
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
      tell: boneTell,
      brief: 'A sore spot on the hip bone, or one that hurts at night: see a doctor today.',
    },
    'soreness-not-settling': {
      title: 'This soreness needs a check today',
      about:
        'Normal soreness is worst in the first 3 days, then gets better. Soreness that is very bad, makes you weak, gets worse or lasts over a week can mean muscle damage.',
      now: [
        'See a doctor today, and ask about a CK blood test.',
        'Stop the exercise that caused it, and drink water.',
        'For pain, take acetaminophen (Tylenol), not ibuprofen or naproxen, until a doctor checks your kidneys.',
      ],
      call: [callPee, callBreath],
      today: [],
      tell: 'Tell the doctor about the workout, and any medicines and supplements you take.',
      brief: 'Very bad or weak muscles after exercise: see a doctor today.',
    },
    'strain-not-healing': {
      title: 'Your pulled muscle needs a check today',
      about:
        'A strain is a small tear in a muscle. One that gets worse, does not heal, or happens while you take a blood thinner needs a doctor. A blood clot can also feel like a strain.',
      now: ['See a doctor today.', 'Rest the leg. Do not rub or massage it.'],
      call: [callBreath, callCold],
      today: [],
      tell: 'Tell the doctor when it happened, and any medicines you take.',
    },
    claudication: {
      title: 'This sounds like claudication',
      about: `${claud}. That means the arteries, the tubes that bring blood to your legs, are narrow. A check shows if this is the cause for you.`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'claudication-atypical': {
      title: 'This sounds like claudication, felt in the thigh or buttock',
      about: `${claud}: narrow arteries, the tubes that bring blood to your legs. When the narrow part is higher up, the pain is in the thigh, hip or buttock.`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Your veins and your arteries should both be checked',
      about:
        'Heavy legs that feel better raised point to the veins, which carry blood back to the heart. Walking pain that goes when you stand still can come from the arteries, the tubes that bring blood to the legs. One visit can check both.',
      now: ['Put your legs up when you rest, and walk each day.', noStockings, smoke],
      call: [callCold, callBleed],
      today: [todaySwollen, todayFoot],
      tell: 'Tell the doctor how far you can walk, and when your legs feel heavy.',
    },
    'pad-possible': {
      title: 'Your blood flow should be checked',
      about:
        'Your answers do not fit one clear cause. Pain that comes with walking or exercise can come from PAD, or peripheral artery disease. That means the arteries to your legs are narrow. A check can find it or rule it out.',
      now: ['Write down when the pain comes, and what helps.', 'Keep walking each day.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen],
      tell: 'Tell the doctor what brings the pain on, and what eases it.',
    },
    'venous-insufficiency': {
      title: 'This may be a vein problem',
      about:
        'Veins carry blood back to the heart. When they are weak, blood pools in the legs, which feel heavy and achy. This is called chronic venous insufficiency.',
      now: [
        'Put your legs up when you rest, and walk each day.',
        noStockings,
        'Keep the skin near your ankles clean, and use lotion if it is dry.',
      ],
      call: [callBleed, callBreath],
      today: [todaySwollen, 'A sore near your ankle does not heal, or the skin gets red and hot.'],
      tell: 'Tell the doctor when your legs feel worst, and what helps.',
    },
    'bone-stress': {
      title: 'This may be a stress injury in a bone',
      about: `${boneAbout} Rest lets it heal. Running on it can make it break.`,
      now: [
        'Stop running and jumping now.',
        'Walk only as much as feels OK. Swim or cycle if that does not hurt.',
        relief,
      ],
      call: [],
      today: [
        'It starts to hurt when you just walk, or at night.',
        'You get pain in your hip or groin.',
      ],
      tell: boneTell,
    },
    'spinal-stenosis': {
      title: 'This may come from your back',
      about:
        'When the space for the nerves in the lower back gets tight, the legs can hurt when you stand or walk. Sitting or bending forward gives the nerves room. This is called spinal stenosis.',
      now: [
        'Sit and rest when the pain comes.',
        'Keep walking a little each day. Leaning on a cart or a walker can help.',
        relief,
      ],
      call: ['You get new numbness around your bottom, or new trouble with pee or poop.'],
      today: ['Your legs get weaker, or a foot starts to drag.'],
      tell: 'Tell the doctor what eases the pain, and how far you can walk.',
    },
    'exertional-compartment': {
      title: 'This may be pressure in the leg muscles from exercise',
      about:
        'In some runners, the lower leg muscles swell during exercise, and the tight space around them aches. It goes away soon after you stop. A doctor may also check for a stress injury in the bone or a squeezed artery.',
      now: [
        'Rest from running, or switch to a sport that does not bring the pain on.',
        'Do not run through the pain.',
      ],
      call: ['The pain does not go away after you stop, and the leg is tight and hard.'],
      today: [todaySwollen],
      tell: 'Tell the doctor when in each run the pain starts, and how long it lasts.',
    },
    'joint-pain': {
      title: 'This sounds like joint pain',
      about:
        'Pain, stiffness or swelling in the knee or hip often comes from the joint itself, such as wear and tear. Your own doctor can check it.',
      now: [
        'Keep moving, but cut back on what makes it worse.',
        'Try ice or heat for 20 minutes at a time.',
        relief,
      ],
      call: [],
      today: ['The joint gets red, hot and swollen, or you get a fever.', todayWeight],
      tell: 'Tell the doctor which joint hurts, and what makes it worse.',
    },
    'cold-toes': {
      title: 'Your toes may be sensitive to cold',
      about:
        'In some people, the small blood vessels in the toes tighten in the cold. The toes turn white or blue, then red as they warm. When this starts after age 30, a doctor should look for a cause.',
      now: [
        'Keep your feet warm with socks and warm shoes.',
        'Warm cold toes slowly, in warm but not hot water.',
        smoke,
      ],
      call: [],
      today: ['A toe stays white, blue or black, or you get a sore on a toe.'],
      tell: 'Tell the doctor when it started, and if your fingers do it too.',
    },
    'no-fit': {
      title: 'Your doctor should look at this pain',
      about:
        'Your answers do not fit one clear cause. A doctor can examine your leg and find out more.',
      now: ['Write down when the pain comes, and what helps.', relief],
      call: [callBreath, callCold],
      today: [todaySwollen, 'The pain gets much worse.'],
      tell: 'Tell the doctor when the pain started, and what brings it on.',
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
      ],
      call: [callPee, callBreath],
      today: [todayClot, 'It has not faded after a few hours.'],
      tell: selfTell,
    },
    doms: {
      title: 'This sounds like delayed muscle soreness',
      about:
        'New or hard exercise, like a first hike or running downhill, makes tiny tears in the muscles. They get sore and stiff a day later, are worst by day 2 or 3, then heal. Doctors call this DOMS.',
      now: [
        'Rest, and move gently. A slow walk or an easy bike ride helps.',
        'Drink water.',
        relief,
        'Do not repeat the same hard workout until you feel better.',
      ],
      call: [callPee],
      today: [
        todayClot,
        'It gets worse after day 3, or lasts more than 7 days.',
        "You can't walk normally, climb stairs or get up from a chair.",
      ],
      tell: selfTell,
    },
    'calf-strain': {
      title: 'This sounds like a pulled muscle',
      about:
        'A strain is a small tear in a muscle. It often happens with a sudden push or stretch. A blood clot can feel like a strain too. Think of a clot if there was no clear moment it started.',
      now: [
        'For 2 to 3 days, rest it, put ice on it for 20 minutes at a time, and raise it.',
        wrap,
        relief,
        'Start gentle walking as the pain eases. Most strains heal in 2 to 6 weeks.',
      ],
      call: [callBreath],
      today: [todayClot, 'It is not better after 5 to 7 days of home care.', 'You get a fever.'],
      tell: selfTell,
    },
    overuse: {
      title: 'This sounds like an overuse injury',
      about:
        "Shins, knees, heels and tendons can get sore when you train more than your body is used to. A tendon joins muscle to bone. Shin splints and runner's knee are two kinds. Rest lets them heal.",
      now: [
        'Cut back on running and jumping for now. Swim or cycle if that does not hurt.',
        'Put ice on the sore spot for 15 minutes after activity.',
        relief,
        'If it is not better in 2 weeks, see a doctor or a physical therapist.',
      ],
      call: [],
      today: [
        'One spot on a bone hurts to press, or it hurts at night or when you just walk.',
        todayWeight,
      ],
      tell: 'If you see a doctor, tell them how much you train, and what changed.',
    },
    'night-cramps': {
      title: 'This sounds like night cramps',
      about:
        'A cramp is a sudden, hard squeeze of a muscle. Night cramps in the calf are common and not harmful, though they hurt. The leg is normal between them.',
      now: [
        'When a cramp comes, stand and press your heel down, or pull your toes up toward you.',
        'Stretch your calves before bed.',
        'See your doctor if cramps come most nights, or with other signs.',
      ],
      call: [],
      today: ['One leg swells or feels warm. Cramps with swelling are not just cramps.'],
      tell: 'If you see a doctor, tell them how often the cramps come, and what medicines you take.',
    },
  },
};
