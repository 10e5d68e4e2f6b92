/**
 * English: every word the widget shows. Written fresh from ../shared/CLINICAL.md (version 3) for a
 * US grade 6 reading level (a test measures it); medical words are explained where they appear.
 * Warning-sign lines say "new" or "suddenly" wherever a visitor may already have the feature, and
 * say what does not count wherever an ordinary thing looks like a sign.
 */
import type {QuestionText, Strings} from './types.js';

const unsure = "I'm not sure";
const none = 'None of these.';
const yesNo = (yes = 'Yes.', no = 'No.'): QuestionText['options'] => ({yes, no, unsure});
const firstFits = 'If more than one fits, choose the first one that fits.';

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
// How long, never joined with how it started: every day belongs to one answer.
const sinceOptions = {
  recent: '2 weeks ago or less.',
  weeks: 'More than 2 weeks ago, but within the last month.',
  long: 'More than a month ago.',
  unsure,
};
const since: QuestionText = {
  title: 'When did this pain first start?',
  hint: 'Count from the first day you had it, even if it comes and goes.',
  options: sinceOptions,
};
const where: QuestionText = {
  title: 'Where does it hurt?',
  hint: 'Tick every place that hurts.',
  options: {
    calf: 'My calf: the back of my lower leg.',
    thigh: 'My thigh: the front, side or back of it, or all of it. Or my buttock.',
    'back-knee': 'The back or the inner side of my knee.',
    whole: 'My whole leg.',
    knee: 'The front or outer side of my knee, or around my kneecap.',
    hip: 'My hip joint or my groin.',
    shin: 'The front of my lower leg: the shin bone or the muscles beside it.',
    spot: 'One spot on a bone. It hurts when I press on it or hop.',
    foot: 'My ankle, foot, heel or toes.',
    unsure,
  },
};
const patternBoth = {
  pull: 'At a moment I can name, like a sprint, a kick, a twist or a blow: a sudden pull or sharp pain at one spot.',
  burn: 'Burning or soreness during or just after a harder workout than usual.',
  'next-day': 'Sore, stiff muscles that began 12 to 48 hours after a harder workout than usual.',
  heavy: 'My legs feel heavy or full, and it gets worse the longer I stand.',
  walking: 'Pain that comes on when I walk.',
  cramp:
    'A cramp or a tight muscle during exercise or a game: it tightened, suddenly or slowly, then eased when I stretched or rested.',
  night: 'Cramps at night or while I rest, that go away in a few minutes.',
  'run-tight': 'My lower legs get tight and ache at the same point in each run or workout.',
  other: 'None of these: it came on by itself.',
  unsure,
};
const pattern: QuestionText = {
  title: 'How did this pain start?',
  hint: firstFits,
  options: patternBoth,
};
// One leg: soreness is a clear cause only when the workout worked that leg more.
const moreThisLeg = 'It worked this leg more than the other, like one-leg drills, kicks or lunges.';
const patternOne: QuestionText = {
  ...pattern,
  options: {
    ...patternBoth,
    burn: `Burning or soreness during or just after a harder workout than usual. ${moreThisLeg}`,
    'next-day': `Sore, stiff muscles that began 12 to 48 hours after a harder workout than usual. ${moreThisLeg}`,
    heavy: 'My leg feels heavy or full.',
  },
};
const tiptoe = 'Hold on to something and stand on the sore leg. Can you rise up on your toes?';
const tiptoeOptions = {
  yes: 'Yes, I can.',
  hurts: 'It hurts, but I can push up a little.',
  no: "No, I can't push up at all.",
  unsure,
};
const strainLate: QuestionText = {
  title: 'How is it now?',
  hint: firstFits,
  options: {
    fever: 'I have a fever or shivers.',
    worse: 'It is getting worse.',
    rest: 'It aches even when I sit or lie still, not only when I move, stretch or press it.',
    better: 'It is getting better.',
    same: 'It is about the same.',
    unsure,
  },
};
// In the first days a strain may be too new to tell which way it goes.
const strainNow: QuestionText = {
  ...strainLate,
  options: {
    ...strainLate.options,
    today: 'It happened today or yesterday, so it is too soon to tell.',
  },
};
const walkRest: QuestionText = {
  title: 'Does this pain ever start while you are standing still or sitting?',
  options: yesNo(
    'Yes, it can start while I stand still or sit.',
    'No, it never starts while I stand still or sit.',
  ),
};
const restEase: QuestionText = {
  title: 'What helps the pain ease?',
  options: {
    sit: 'Sitting down or bending forward.',
    raise: 'Putting my legs up.',
    other: 'Something else.',
    nothing: 'Nothing helps.',
    unsure,
  },
};
const signsHint = 'Tick each one that fits, even if it has stopped.';
const crampGame: QuestionText = {
  title: 'How is that muscle now?',
  hint: firstFits,
  options: {
    returns: 'The same pain comes back each time I walk a certain distance, and goes when I stop.',
    hard: 'It is still hard, or very sore, 2 hours or more later.',
    rest: 'It aches even when I sit or lie still.',
    worse: 'It is getting worse.',
    late: 'The cramp was more than 2 days ago, and it is still sore.',
    recent: 'The cramp was less than 2 hours ago, and it is still very sore.',
    soon: 'The cramp was 2 days ago or less, and it is only a little sore.',
    fine: 'It is back to normal.',
    unsure,
  },
};
const burnFade: QuestionText = {
  title: 'Did the burning or soreness fade within a few hours of rest?',
  hint: firstFits,
  options: {
    returns: 'It comes back each time I walk a certain distance, and goes when I stop.',
    yes: 'Yes, it faded within a few hours.',
    soon: 'It has been less than a few hours since I stopped.',
    no: 'No, I still feel it hours later.',
  },
};
const between: QuestionText = {
  title: 'How does that leg feel between the cramps?',
  options: {
    normal: 'Normal. No pain or swelling in the day.',
    heavy: 'Heavy or achy, or my ankles swell by evening.',
    walking: 'It hurts when I walk.',
    unsure,
  },
};

// "Call {number} if" lines, shared by several cards.
const callBreath =
  'New shortness of breath, chest pain, coughing up blood, or a racing heart at rest.';
const callFaint = 'You faint, or feel very unwell or confused.';
const callChest =
  'Pain or pressure in your chest, arm, jaw or neck, with sweating or feeling sick. Or your skin turns gray, cold and clammy.';
const callStroke =
  'Your face, an arm or a leg goes weak or numb on one side, or you have trouble speaking or seeing.';
const callSudden = 'Sudden, severe pain in your chest, belly, groin, testicle or back.';
const callIll = 'A fever or shivers, and you feel very ill.';
const callCold =
  "Your leg or foot turns cold, pale, blue or gray, or goes numb or weak, and that is new. Or you can't move your foot or toes.";
const callPee =
  'Dark pee like tea or cola, or red or brown pee. Or much less pee than usual, even after you drink.';
const callBleed = "A vein bleeds and won't stop: press hard on it and lie down.";
// Raising a leg helps a bleed, but harms a leg whose blood flow may be cut off.
const raise = 'Raise the leg if it is not cold, pale or numb.';
const callTight =
  'Pain far worse than you would expect. And one of these: the leg is tight or hard, it hurts much more when you move your toes, or your foot goes numb or tingly.';
const callBent = "The leg looks bent, or you suddenly can't stand on it.";
const callBone = 'Bone shows through the skin.';
const callDeep = 'Pain far worse than the skin looks, with a fever or shivers.';
const callBack =
  'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop.';
const callLegsWeak = 'New weakness in both legs, or a foot that has started to drag.';
// "See a doctor today if" lines.
const todaySwollen =
  'One leg gets more swollen or warmer than the other: the whole calf, ankle or leg.';
const todayClot =
  'The whole calf, ankle or leg gets swollen or warm, or the pain gets worse, not better. A clot can feel like a strain.';
const todayFoot =
  'New foot or toe pain at rest or at night, or a sore on your foot or toe that has not healed in 2 weeks.';
// Soreness may get worse up to day 2 or 3: after that, or at rest, it is no workout's.
const todaySoreClot =
  'The whole calf, ankle or leg gets swollen or warm. Or the pain gets worse after day 3, or aches even when you sit or lie still. A clot can feel like soreness.';
const todayCramp =
  'The leg aches even when you rest, or the pain gets worse, not better. A clot can feel like a cramp.';
const todayWeight = "You can't put weight on the leg.";
const todayWeak =
  "The muscles get badly swollen, or so sore or weak that you can't walk normally, climb stairs or get up from a chair.";
// Other places a visitor ticked are not asked about on a muscle's path: their urgent signs here.
const todayBone =
  'A deep ache in your groin or hip, or one spot on a bone, gets worse with each run.';
const todayStatin =
  'You take a statin, and the soreness is worse than your usual, lasts past day 3, or you feel weak. Ask for a CK blood test.';
// Advice shared by several cards.
const noIbuprofen =
  'For pain, take only acetaminophen (Tylenol). Do not take ibuprofen or naproxen until a doctor checks your kidneys.';
const relief =
  'For pain, acetaminophen (Tylenol) is safe for most people. Do not take ibuprofen or naproxen if you are pregnant or take a blood thinner, daily aspirin or Plavix. Do not take them if you have kidney disease, a stomach ulcer, heart failure or dark pee. Ask a pharmacist if unsure.';
const keepLow =
  'Keep the leg level or a little low. Do not raise it, rub it, or put ice or heat on it.';
const iceCloth = 'Put ice wrapped in a cloth on it for 15 to 20 minutes at a time.';
const noIce = 'No ice if you have poor blood flow.';
const iceOnly = `${iceCloth} ${noIce}`;
const restUp = `Rest the leg. ${raise}`;
const ice = `${restUp} ${iceOnly}`;
const noRub = 'Rest the leg. Do not rub or massage it.';
const stopWater = 'Stop exercise until you are seen, and drink water.';
const ck = 'Ask for a CK blood test.';
const wrap =
  'A firm, not tight, wrap can help. Take it off if your toes get cold, pale, numb or tingly. No wrap if you have poor blood flow or diabetes.';
const swim = 'Swim or cycle instead, if that does not hurt.';
const buildUp = 'When it feels better, build up slowly.';
const gentle = ['Rest and drink water.', 'Move gently, like a slow walk.'];
const noStockings = 'Do not buy tight support stockings until your arteries are checked.';
const stockings =
  'If you already wear support stockings and they help, keep them on until your visit. Tell the doctor.';
const legsUp =
  'Put your legs up when you rest, but not if your feet get cold, pale or more painful. Walk each day.';
const smoke = 'If you smoke, get help to stop.';
const write = 'Write down when the pain comes, and what helps.';
const unlock = 'If you are alone, unlock the door.';
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

export const en: Strings = {
  ui: {
    title: 'Leg pain after exercise?',
    intro: 'Find out what the pain may be and what to do.',
    language: 'Language',
    languageFailed: '{language} did not load. Please try again later.',
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
    wait: 'If you get worse while you wait, call {number} again. Tell them about any change in your legs. Do not take any pain pill unless the {number} operator tells you to.',
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
    still: [raise, iceCloth, noIce],
    relief,
  },

  questions: {
    signs: {
      title: 'Since this leg pain started, have you had any of these?',
      hint: `${signsHint} These need help fast.`,
      groups: {
        body: 'Breathing, fainting, chest or whole body',
        sudden: 'Sudden signs elsewhere',
        leg: 'Your leg',
        pee: 'Pee, bottom or back',
      },
      options: {
        breath:
          'New shortness of breath, even mild: at rest, or from less effort than before, like stairs or a short walk. Your usual puffing in hard exercise does not count. Or chest pain, coughing up blood, fainting or nearly fainting, or a racing heart at rest.',
        chest:
          'Pain, pressure or tightness in your chest, arm, jaw, neck or upper belly, with sweating, feeling sick or short of breath.',
        unwell:
          'Very unwell: you collapsed and could not get up, or were too weak or faint to stand, and not just because the leg hurts. Or you were confused or not making sense. Or your skin went gray, cold and clammy.',
        stroke:
          'Signs of a stroke: your face, an arm or a leg suddenly went weak or numb on one side. Or sudden trouble speaking, sudden loss of sight, or the worst headache of your life.',
        belly:
          'Sudden, severe pain in your belly, groin or testicle, or a tearing pain in your back. A strain you felt happen while lifting or moving does not count, unless you also threw up or fainted.',
        'fever-unwell':
          'Fever or shivers, and at least one of these: confused, very sleepy, breathing fast, or blotchy or gray skin. Or pain far worse than the skin looks, with a fever or shivers, even if the skin is not broken.',
        'cold-leg':
          'Your leg or foot went cold, pale, blue or gray. Or it went numb, or so weak you could not move it the way you usually can (not just because it hurts), or you could not move your foot or toes. It came on suddenly or over the last few days, and it is not how it always is. With or without pain. Does not count: a foot that fell asleep and woke up within minutes, a cramp that passed, toes that go white or blue in the cold and get their color back within minutes of warming, a warm, itchy rash on a leg that is not cold, numb or weak, a knee or ankle that gave way or will not straighten after you hurt it, or a foot that drags with back pain (that is the item about your back).',
        'tight-leg':
          'Pain far worse than you would expect. And one of these: the leg felt tight or hard, it hurt much more when you moved your toes, or your foot went numb or tingly. A cramp that eased within minutes when you stretched does not count.',
        injury:
          'After a fall, a blow, a twist or a bad landing: the leg looks bent or out of shape. Or bone shows through the skin. Or the leg went pale, cold or numb, and it did not come back within a few minutes. A bruise or swelling on its own does not count.',
        bleeding:
          'A vein in your leg is bleeding now and will not stop. (A bleed that has stopped is on the next page.)',
        'dark-urine':
          'After exercise: pee dark like tea or cola, or red or brown. Or much less pee than usual even after drinking, or no pee at all for 8 hours while awake. Dark yellow pee that clears when you drink water does not count.',
        back: 'New numbness between your legs or around your bottom. Or new trouble peeing or holding pee or poop. Or both legs became numb, or so weak they give way, and that is new. Or a foot began to drag or slap down on every step, and it still does. Does not count: weak, achy muscles after a workout or on a statin (those are on the next page).',
        none,
        unsure,
      },
    },
    'urgent-signs': {
      title: 'And since the pain started, have you had any of these?',
      hint: `${signsHint} These need a doctor today.`,
      groups: {
        swell: 'Swelling, skin or a joint',
        hurt: 'An injury or bleeding',
        meds: 'Muscles and medicines',
        flow: 'Blood flow and feet',
        other: 'Anything else',
      },
      options: {
        swollen:
          'One leg has become more swollen or warmer than the other: the whole calf, the ankle or the whole leg. Does not count: swelling or warmth only where you twisted, hit or pulled it, or swelling you have had for months that has not changed.',
        skin: 'A patch of skin on your leg or foot is red or darker, hot, and spreading. With or without a fever. A bruise does not count.',
        fever:
          'Fever or shivers, with a leg, foot or joint that is red, hot, swollen or very tender.',
        joint:
          'A knee, ankle or hip became swollen and hot or red. Or it hurts so much you can hardly bend it or stand on it, and it hurts even when you rest it. And no twist, fall or blow explains it. With or without a fever. Pain only when you run, jump, squat or use stairs does not count.',
        pop: "When it started to hurt, you felt or heard a pop or snap in your leg: the buttock or back of the thigh, the knee, the calf or the heel. Or it felt like a kick there. Or since then you can't straighten your knee or lift your leg straight. Tick this even if you can still walk. A knee or ankle that often clicks or cracks does not count.",
        'no-weight':
          "When you hurt it, you heard a crack. Or now you can't put weight on the leg or take 4 steps, even with a limp. A cramp that passed does not count.",
        ankle:
          'You twisted your ankle or foot, and a bone hurts when you press it firmly. Press each one now: the back edge or tip of the bony bump on each side of your ankle; the bump on the outer edge of your foot, halfway along; the bump on the inner side of your foot, just in front of the ankle. Or the foot is too numb from diabetes or nerve damage to tell.',
        'stress-hip':
          'A deep ache in your groin or the front of your hip. It began after you ran or walked more than usual, and it gets worse with each run, or it now hurts when you walk or at night.',
        'vein-bled': 'A swollen vein on your leg (a varicose vein) bled, and it has stopped.',
        weak: 'Your muscles got so weak after exercise that you could not climb stairs, or get up from a low chair without your arms. Tick this even if they are better now.',
        statin:
          'You take a statin for cholesterol, like atorvastatin (Lipitor), simvastatin or rosuvastatin (Crestor). And your muscles feel weak, ache with no clear cause, keep getting worse, or still hurt more than 3 days after a workout. Your usual soreness after a workout does not count.',
        thinner:
          'A bruise or swelling keeps getting bigger, and you take a blood thinner or anti-clot medicine: warfarin, apixaban (Eliquis), rivaroxaban (Xarelto), dabigatran (Pradaxa), heparin or Lovenox shots, clopidogrel (Plavix), Brilinta, Effient, or aspirin every day.',
        antibiotic:
          'New pain in a tendon, like at the back of your heel or below your knee. And you take an antibiotic like ciprofloxacin (Cipro), levofloxacin or moxifloxacin, or took one in the last month.',
        foot: 'New pain in your toes or the front of your foot that comes when you rest or lie in bed. It may ease when your leg hangs down. An ache where you hurt your foot (a knock or a twist), or an ache after a run that is gone by the next day, does not count. Or a sore on your foot or toe that has not healed in 2 weeks, or black skin on a toe. Or you have diabetes and a new sore, blister or cut on your foot, or a foot that is suddenly warm, red or swollen, even if it does not hurt.',
        'flow-worse':
          'In the last 2 weeks, walking began to hurt your leg: it comes on when you walk and eases when you stop, and no injury caused it. Soreness after a workout, and pain in the shin, knee, heel or a tendon from running more, do not count. Or you know you have poor blood flow, a stent or a bypass in the leg, and the pain suddenly got worse or never stops now.',
        severe:
          "Pain so bad you can't sleep or think of anything else. Rest has not eased it, and pain pills have not either, if you took any.",
        elsewhere:
          'Since the leg pain started, a new problem somewhere else: a new bad headache, blurred vision, or a high fever. Or you are pregnant or had a baby in the last 6 weeks, and your face or hands newly swelled, or you have a bad headache.',
        none,
        unsure,
      },
    },
    legs: {
      title: 'Which leg hurts?',
      options: {
        one: 'One leg.',
        'one-worse': 'Both legs, but one is much worse, or it started in one first.',
        either: 'Sometimes one leg, sometimes the other, but not both at once.',
        both: 'Both legs, about the same.',
        unsure,
      },
    },
    'where-one': where,
    'where-both': where,
    'clot-risk': {
      title: 'Do any of these fit you?',
      hint: 'Tick all that fit. They make a blood clot more likely, and a clot can feel like a pulled muscle.',
      options: {
        travel:
          'In the last 3 months: a trip where I sat for 4 hours or more, like a flight or a long drive.',
        surgery: 'In the last 3 months: surgery, a hospital stay, or bed rest for 3 days or more.',
        cast: 'In the last 3 months: a leg in a cast or a walking boot, or a brace that kept my knee or ankle from moving, or I used crutches. A brace or sleeve I wear for sport does not count.',
        pregnant: 'I am pregnant, or I had a baby in the last 3 months.',
        hormones:
          'In the last 3 months: the pill, a birth control patch, ring or shot, hormone pills or patches for menopause, hormone medicine for cancer (like tamoxifen), or testosterone. Thyroid pills and insulin do not count.',
        cancer: 'I have cancer now, or I had treatment for cancer in the last 6 months.',
        'clot-before':
          'I have had a blood clot in a leg, an arm or a lung, at any time. A heart attack or stroke does not count here.',
        family: 'I have a clotting disorder. Or a parent, brother or sister had a blood clot.',
        none,
        unsure,
      },
    },
    since,
    'since-one': since,
    'pattern-one': patternOne,
    'pattern-one-weeks': patternOne,
    'pattern-one-long': patternOne,
    pattern,
    'pattern-long': pattern,
    'walk-any': {
      title: 'Does the pain come on when you walk, and ease within a few minutes when you stop?',
      options: yesNo(),
    },
    'walk-since': {
      title: 'When did this pain with walking first start?',
      hint: since.hint,
      options: sinceOptions,
    },
    'burn-fade': burnFade,
    'burn-fade-one': burnFade,
    'doms-severe': {
      title: 'How much does the soreness hold you back?',
      options: {
        ok: 'It hurts, but I can walk, climb stairs and get up from a chair. The muscles are not badly swollen.',
        bad: "The muscles are badly swollen. Or they are so sore or weak that I can't walk normally, climb stairs or get up from a chair.",
        unsure,
      },
    },
    'doms-days': {
      title: 'How many days ago was the workout?',
      hint: 'The day after the workout is 1 day ago.',
      options: {
        days1to3: '3 days ago or less.',
        days4to7: '4 to 7 days ago.',
        week: 'More than 7 days ago.',
        unsure,
      },
    },
    'doms-trend': {
      title: 'How is the soreness now, compared with yesterday?',
      options: {
        better: 'It is getting better.',
        same: 'It is about the same.',
        worse: 'It is getting worse.',
        unsure,
      },
    },
    'strain-days': {
      title: 'How many days ago did you hurt it?',
      options: {recent: '5 days ago or less.', late: 'More than 5 days ago.', unsure},
    },
    'strain-now': strainNow,
    'strain-late': strainLate,
    'strain-tiptoe': {
      title: tiptoe,
      options: {...tiptoeOptions, thigh: 'My pain is in my thigh, not my calf.'},
    },
    'heel-tiptoe': {title: tiptoe, options: tiptoeOptions},
    'strain-thinner': {
      title: 'Do you take a blood thinner or anti-clot medicine?',
      hint: 'Such as warfarin, apixaban (Eliquis), rivaroxaban (Xarelto), dabigatran (Pradaxa), heparin or Lovenox shots, clopidogrel (Plavix), Brilinta, Effient, or aspirin every day.',
      options: yesNo(),
    },
    'cramp-game': crampGame,
    'cramp-game-one': crampGame,
    'cramp-between': between,
    'cramp-between-one': between,
    'cramp-between-long': between,
    'cramp-between-one-long': between,
    'heavy-since': {
      title: 'When did this leg start to feel heavy or full?',
      hint: since.hint,
      options: sinceOptions,
    },
    'rest-sore': {
      title: 'Do the sore muscles ache even when you sit or lie still?',
      options: yesNo('Yes.', 'No, only when I move, stretch or press them.'),
    },
    'walk-rest': walkRest,
    'walk-rest-one': walkRest,
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
        thigh: 'In my buttock or hip, or in the front, side or all of my thigh. Not in my calf.',
        other:
          'Only in the back of my thigh, with no buttock pain. Or only in my shin, my foot or a joint.',
        unsure,
      },
    },
    'rest-ease': restEase,
    'rest-ease-one': restEase,
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
      title: 'Which fits your knee, hip or groin pain best?',
      hint: firstFits,
      options: {
        groin:
          'A deep ache in my groin or the front of my hip. It began after I ran or walked more than usual, and it gets worse each time.',
        walk: 'Pain in my hip, buttock or thigh that comes on when I walk and eases when I stop.',
        joint: 'The joint itself swells, or it is stiff after I sit or sleep.',
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
        spot: 'One spot on the bone hurts when I press it or hop, and it gets worse with each run.',
        tight: 'The muscles at the front or side feel tight at the same point in each run.',
        unsure,
      },
    },
    foot: {
      title: 'Which fits your ankle or foot pain best?',
      hint: firstFits,
      options: {
        twist: 'I twisted or rolled my ankle or foot.',
        heel: 'Pain in the cord just above the back of my heel (the Achilles tendon), worse when I start to run.',
        arch: 'Pain under my heel or arch, worst with my first steps in the morning.',
        spot: 'One spot on a foot bone hurts to press or hop, and it gets worse with each run or walk.',
        cold: 'My toes turn white or blue in the cold, then get their color back.',
        other: 'Something else.',
        unsure,
      },
    },
    'ankle-bone': {
      title: 'Press firmly on each of these bones. Does any of them hurt when you press?',
      hint: 'The back edge or tip of the bony bump on each side of your ankle. The bump on the outer edge of your foot, halfway along. The bump on the inner side of your foot, just in front of the ankle.',
      options: {
        yes: 'Yes, at least one of them hurts when I press it.',
        numb: "I can't tell: my foot is numb from diabetes or nerve damage.",
        no: 'No, none of them hurts when I press it.',
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
    'bleeding-vein': {
      title: 'This is a bleeding vein',
      about: 'A swollen vein near the skin can bleed fast. Firm pressure usually stops it.',
      now: [
        'Press hard on it with a clean cloth until help comes.',
        `Lie down, or sit if lying makes it hard to breathe. ${raise}`,
      ],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'You need emergency help now',
      about: 'It can come from the heart, the heat, a stroke or something else.',
      now: [
        'Stop all effort. Sit or lie down.',
        'If you got very hot (a hot day, a hard effort, hot skin), cool down now: get into shade or a cool room, and take off extra clothes.',
        'Then put cold water, wet cloths or ice packs on the neck, armpits and groin, and fan the skin. A helper can put someone confused from the heat in cold water while help comes.',
        'Do not cool skin that is gray, cold and clammy.',
        'If you got very hot and are fully awake, sip water, but do not drink a lot.',
        'If you have sudden, severe pain in your belly, groin or back, do not eat or drink, except sugar for diabetes.',
        'If you use insulin or diabetes pills and can swallow, take some sugar.',
        unlock,
      ],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'This may be a blood clot in the lung, or a heart problem',
      about:
        'A clot from a leg vein can move to the lung. Chest pain or fainting can also come from the heart.',
      now: ['Keep as still as you can. Sit up if that helps you breathe.', unlock],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'This may be a serious infection',
      about:
        'A bad infection can spread fast and harm the whole body, even under skin that looks fine.',
      now: [unlock],
      call: [],
      today: [],
    },
    'blocked-artery': {
      title: 'This may be blocked blood flow to the leg',
      about: 'Without blood, the leg can be harmed within hours, even with little pain.',
      now: [
        'Note the time it started.',
        keepLow,
        'If your face, arm or speech is also affected, say so: it may be a stroke.',
      ],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'This may be pressure building up in the leg',
      about: 'Swelling in a tight muscle can cut off its blood, and the muscle can die.',
      now: [
        'Take off any brace, wrap or tight sock. If you are pressing on a bleeding vein, keep pressing.',
        'Keep the leg level. Do not raise it.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'This may be a broken bone or a bad injury',
      about: 'A bone or blood vessel may be badly hurt.',
      now: [
        'Do not stand on the leg or try to straighten it.',
        'Cover any bone that shows with a clean cloth.',
      ],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'This may be pressure on the nerves in your lower back',
      about: 'These nerves control pee, poop and the legs.',
      now: ['Do not wait to see if it gets better.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'This may be muscle breakdown',
      about: 'Very hard exercise can break down muscle, which can harm the kidneys.',
      now: ['Stop exercise, get out of the heat, and sip water.', `Tell them ${meds}`],
      call: [],
      today: [],
    },
    'vein-bled': {
      title: 'A vein that bled needs a check today',
      about: 'A varicose vein is a swollen vein near the skin. It can bleed again.',
      now: [`If it bleeds again, press hard on it and lie down. ${raise}`],
      call: [callBleed, callFaint],
      today: [],
    },
    'torn-tendon': {
      title: 'This may be a torn tendon or muscle',
      about: 'A tendon joins muscle to bone. A tendon or muscle can tear even if you can walk.',
      now: [
        'Care works best within a day or two.',
        'If it is your calf or heel, ask for the calf squeeze test.',
        'Do not stretch it. If it is your calf or heel, keep your toes pointed a little down.',
        iceOnly,
      ],
      call: [callTight, callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'This may be a broken bone',
      about: 'A bone may be broken or cracked. An x-ray today can tell.',
      now: ['Do not stand on the leg. Use crutches, or get help to move.', ice],
      call: [callTight, callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'This may be a foot problem that puts your foot at risk',
      about:
        'The foot may not get enough blood, or a sore may be infected. With diabetes, a foot can get worse fast without much pain. Fast care can save it.',
      now: [
        'Keep weight off the foot.',
        keepLow,
        'Keep the foot clean and dry.',
        'Do not walk barefoot.',
      ],
      call: [callIll, callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'hot-joint': {
      title: 'This may be an infected or inflamed joint',
      about:
        'Germs or crystals (gout) can make a joint hot and swollen. An infected joint can be harmed within days, even without a fever.',
      now: [
        'Rest the joint. Do not exercise on it.',
        'Do not put heat on it.',
        'The doctor may take a little fluid from the joint with a needle to test it.',
        relief,
      ],
      call: [callIll, callFaint],
      today: [],
      tell: 'Tell the doctor if you have gout, diabetes or a joint replacement.',
    },
    'leg-infection': {
      title: 'This may be an infection in the skin or leg',
      about:
        'Germs can make the skin red or darker, hot and swollen. It needs medicine soon. A blood clot can also make a leg red, warm and swollen: ask the doctor if you need a scan.',
      now: ['Draw a pen line around the red area to see if it spreads.', restUp],
      call: [callIll, callDeep, callFaint, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'leg-bleed': {
      title: 'This may be bleeding into the leg',
      about:
        'On a blood thinner or anti-clot medicine, a bruise or swelling that keeps getting bigger may be bleeding inside the leg.',
      now: [
        'Do not stop your medicine on your own. Ask the doctor about your next dose.',
        ice,
        relief,
      ],
      call: [callTight, callFaint, callCold],
      today: [],
      tell: 'Tell the doctor the name and dose of your medicine.',
    },
    'tendon-antibiotic': {
      title: 'This may be tendon harm from an antibiotic',
      about:
        'A tendon joins muscle to bone. Some antibiotics, like Cipro, can weaken tendons so they tear. It can start weeks after the last pill.',
      now: [
        'Call the doctor who gave you the antibiotic today. Ask what to do about it.',
        'Stop running and jumping.',
        'Do not stretch the sore tendon.',
        iceOnly,
      ],
      // These antibiotics can also harm the body's main artery.
      call: ['Sudden, tearing pain in your chest, belly or back.', callFaint],
      today: [],
      tell: 'Tell the doctor the name of the antibiotic and when you took it.',
    },
    'muscle-damage': {
      title: 'Your muscles may be damaged',
      about:
        'Hard exercise or a statin can damage muscles. A blood test called CK shows how much. Do not wait for dark pee.',
      now: [
        ck,
        stopWater,
        noIbuprofen,
        'On a statin? Ask your doctor today whether to take your next dose.',
      ],
      call: [callPee, callTight, callFaint],
      today: [],
      tell: medsTell,
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
      call: [callBreath, callFaint, callTight, callCold],
      today: [],
      tell: 'Tell the doctor about any trip, surgery, cast, hormones, pregnancy, cancer or clot in your family.',
    },
    'pad-worse': {
      title: 'Your blood flow may be getting worse',
      about:
        'An artery is a tube that brings blood to the leg. New walking pain can mean one is closing. A clot in a leg vein can also do this: you may need a scan today.',
      now: ['Rest until you are seen.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'check-today': {
      title: 'This needs a doctor today',
      about:
        'What you told us can be a sign of a problem this check cannot name. A doctor should examine you today.',
      now: [
        'Tell the doctor each thing you ticked, and when it started.',
        'If you are pregnant or had a baby in the last 6 weeks, call your pregnancy doctor or midwife now.',
        relief,
      ],
      call: [
        callTight,
        callCold,
        callFaint,
        callStroke,
        'Sudden loss of sight, or the worst headache of your life.',
      ],
      today: [],
    },
    'signs-unsure': {
      title: 'A doctor should check you today',
      about: 'You were not sure about some warning signs.',
      now: [
        'If you now remember one of the signs, go back and tick it.',
        'Do not rub your leg, and do not fly or travel far until you are checked.',
      ],
      // Every emergency sign, as a line to act on.
      call: [
        callBreath,
        callChest,
        callFaint,
        callStroke,
        callSudden,
        callIll,
        callDeep,
        callCold,
        callTight,
        callBent,
        callBone,
        callBleed,
        callPee,
        callBack,
        callLegsWeak,
      ],
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
      now: [
        ck,
        stopWater,
        noIbuprofen,
        'If only one leg hurts, do not rub it, and do not fly or travel far until you are checked.',
      ],
      call: [callPee, callTight, callCold, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Your pulled muscle needs a check today',
      about:
        'A strain is a small tear in a muscle. On a blood thinner or anti-clot medicine, it can bleed into the muscle. If you could not rise on your toes, the tear may be big. A fever may mean an infection. A clot can also feel like a strain.',
      now: [noRub, 'Do not stretch the muscle until you are checked.', relief],
      call: [callBreath, callTight, callCold, callPee, callFaint],
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
      today: [...padToday, todayBone],
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Your veins and your arteries should both be checked',
      about:
        'Heavy legs point to the veins, and walking pain to the arteries, the tubes that bring blood to the legs. One visit checks both.',
      now: [legsUp, noStockings, stockings, smoke],
      call: [callCold, callBleed, callBreath],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Your blood flow should be checked',
      about: `${noFit} It may be PAD, or peripheral artery disease: the arteries to your legs are narrow. It could also be your back or tight muscles. ${checkCause}`,
      now: [write, 'Walk each day.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen, restPain, todayBone],
    },
    'venous-insufficiency': {
      title: 'This may be a vein problem',
      about:
        'Weak veins let blood pool in the legs, so they feel heavy. This is called chronic venous insufficiency.',
      now: [legsUp, noStockings, stockings],
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
      call: [callBack, callLegsWeak],
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
      now: [
        'Keep your feet warm.',
        'Warm cold toes in warm water, not hot, or against warm skin.',
        'Do not rub them or use a heating pad.',
        smoke,
      ],
      call: [callCold],
      today: [
        'A toe stays white, hard or numb after warming, or it blisters.',
        'A toe turns black or gets a sore.',
      ],
    },
    'no-fit': {
      title: 'Your doctor should look at this pain',
      about: `${noFit} A doctor can examine your leg.`,
      now: [write, relief],
      call: [callBreath, callCold, callTight],
      today: [todaySwollen, 'The pain gets much worse.', todayBone],
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
      call: [callPee, callTight, callCold, callFaint, callBreath],
      today: [todaySoreClot, todayWeak, todayStatin, todayBone],
    },
    doms: {
      title: 'This sounds like delayed muscle soreness',
      about:
        'Hard or new exercise can make muscles sore the next day, worst by day 2 or 3. Doctors call this DOMS.',
      now: [...gentle, relief, 'Do not repeat the hard workout until it eases.'],
      call: [callPee, callTight, callCold, callBreath],
      today: [todaySoreClot, 'It lasts more than 7 days.', todayWeak, todayStatin, todayBone],
    },
    'calf-strain': {
      title: 'This sounds like a pulled muscle',
      about:
        "A strain is a small tear in a muscle. A little swelling or a bruise at the sore spot is part of it. If you can't name the moment it started, see a doctor today: it may be a clot.",
      now: [`For 2 to 3 days, rest. ${raise} ${iceOnly}`, wrap, relief, 'Walk gently as it eases.'],
      call: [callPee, callTight, callCold, callBreath],
      today: [
        todayClot,
        'It is not getting better after 5 to 7 days.',
        'You have a fever now, or get one.',
        todayBone,
      ],
    },
    'sprained-ankle': {
      title: 'This sounds like a sprained ankle',
      about:
        'A sprain is a stretched or torn ligament, the strong band that holds a joint. The bones you pressed did not hurt, so a break is not likely.',
      now: [
        'For 1 to 2 days, protect it and rest.',
        iceOnly,
        wrap,
        raise,
        'After 1 to 2 days, start to move it gently.',
        relief,
        'Not better in a week? See a doctor.',
      ],
      call: [callCold, callTight],
      today: ['It gets worse, or you can no longer walk on it.', todaySwollen],
    },
    'exercise-cramp': {
      title: 'This sounds like a cramp from exercise',
      about:
        'A muscle can cramp when it is tired or working hard, often in the heat. It eases with stretching and rest.',
      now: [
        'Stretch the muscle gently, and rest.',
        'Cool down. Drink when you are thirsty, but not large amounts.',
        'After long, sweaty exercise, have salty food or a sports drink.',
        'If the same pain comes back each time you walk a certain distance, book a blood flow check.',
      ],
      call: [
        'You get confused, faint or throw up, or your skin feels very hot.',
        callTight,
        callCold,
        callPee,
      ],
      today: [
        'The muscle is still hard and sore hours later.',
        todayCramp,
        todaySwollen,
        todayBone,
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
        'If one spot on a bone hurts when you press it, stop running now and book a visit.',
        'Not better in 2 weeks? See a doctor or physical therapist.',
      ],
      call: [callTight, callCold, callBreath],
      today: ['It hurts when you just walk, or at night, or in your hip or groin.', todayWeight],
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
      call: [callBreath, callCold, callPee],
      today: [todayCramp, todaySwollen],
    },
  },
};
