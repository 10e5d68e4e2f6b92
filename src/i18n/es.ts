/**
 * Spanish for US patients, written fresh from ../shared/CLINICAL.md (version 2) to match en.ts:
 * plain words, "usted" throughout, medical words explained where they appear, and the known fixes
 * of the "Spanish" section ("quieto de pie o sentado", "dedos del pie", "pierde la sensibilidad",
 * "distensión o pequeño desgarro", "sala de emergencias", "en pocas horas", "se ha desmayado").
 * Kept short on purpose: each language's words have a 10 KB gzip budget (scripts/size.mjs).
 */
import type {QuestionText, Strings} from './types.js';

const unsure = 'No lo sé';
const none = 'Ninguna de estas.';
const yesNo = (yes = 'Sí.', no = 'No.'): QuestionText['options'] => ({yes, no, unsure});
const first = 'Elija la primera que corresponda.';
const firstHint = `Si hay más de una, ${first.toLowerCase()}`;
const one = 'Elija una respuesta.';

const risk: QuestionText = {
  title: `¿Cuál es su caso? ${first}`,
  hint: 'Hacen más probable un problema de circulación en las piernas.',
  options: {
    artery:
      'Tuve un infarto, derrame cerebral o mini derrame. O tengo angina, un stent o bypass en el corazón o las piernas, una arteria del cuello estrecha o un aneurisma (bulto) en la aorta. O sé que tengo mala circulación en las piernas.',
    age65: 'Tengo 65 años o más.',
    age50:
      'Tengo de 50 a 64 años, y una de estas es cierta. Fumo o fumaba. Tengo diabetes, presión alta, colesterol alto o enfermedad de los riñones. Uno de mis padres o hermanos tiene mala circulación en las piernas.',
    under50: 'Tengo menos de 50 años, y diabetes más una cosa de la lista de 50 a 64.',
    none,
    unsure,
  },
};
const howLongTitle = '¿Desde cuándo tiene este dolor con el ejercicio?';
const howLong: QuestionText = {
  title: howLongTitle,
  options: {
    new: 'Es nuevo. Empezó en las últimas 2 semanas.',
    long: 'Vuelve con el ejercicio desde hace más de 2 semanas.',
    unsure,
  },
};
const tiptoe = 'Agárrese de algo y párese en la pierna adolorida. ¿Puede subir de puntillas?';
const tiptoeOptions = {
  yes: 'Sí, puedo.',
  no: 'No, no puedo subir.',
  unsure: 'No lo sé, o duele demasiado para intentarlo.',
};
const signsHint = 'Marque cada una que corresponda, aunque ya haya pasado.';
const backNew =
  'Entumecimiento nuevo entre las piernas o en las nalgas. O problemas nuevos para orinar o aguantar orina o heces.';

// "Llame al {number} si": shared by several cards.
const callBreath =
  'Falta de aire nueva, dolor de pecho, tos con sangre o el corazón acelerado en reposo.';
const callFaint = 'Se ha desmayado, o se siente muy mal o tiene confusión.';
const coldLeg =
  'La pierna o el pie se ha puesto de repente frío, pálido, azul o manchado. O de repente se ha entumecido o debilitado';
const callCold = `${coldLeg}, o no puede mover el pie o los dedos del pie.`;
const callPee = 'Orina oscura como té o Coca-Cola, o mucha menos orina de lo normal.';
const callBleed = 'Una vena sangra y no para: presione fuerte encima y acuéstese.';
// Raising a leg helps a bleed, but harms a leg whose blood flow may be cut off.
const raise = 'Suba la pierna si no está fría, pálida ni entumecida.';
const callTight =
  'Dolor mucho peor de lo esperado. Y una de estas: la pierna está tensa o dura, duele mucho más al mover los dedos del pie, o el pie se entumece u hormiguea.';
const callBent = 'La pierna se ve torcida, o de repente no puede apoyarse en ella.';
// "Vea a un médico hoy si".
const swell = 'Una pierna se pone más hinchada o más caliente que la otra';
const todaySwollen = `${swell}.`;
const todayClot = `${swell}, o el dolor empeora en vez de mejorar. Un coágulo puede parecer un tirón.`;
const todayFoot =
  'Dolor nuevo en el pie o los dedos del pie, en reposo o de noche, o una herida en el pie o un dedo del pie sin sanar en 2 semanas.';
const todayWeight = 'No puede apoyar peso en la pierna.';
const todayWeak =
  'Los músculos se hinchan mucho, o están tan adoloridos o débiles que no puede caminar normal, subir escaleras o levantarse de una silla.';
// Shared advice.
const noIbuprofen =
  'Para el dolor, tome acetaminofén o paracetamol (Tylenol), no ibuprofeno ni naproxeno, hasta que un médico revise sus riñones.';
const relief =
  'Para el dolor, el acetaminofén o paracetamol (Tylenol) es seguro para casi todos. No tome ibuprofeno ni naproxeno si está embarazada, toma anticoagulante o tiene enfermedad de los riñones, úlcera de estómago, insuficiencia cardíaca u orina oscura. Si duda, pregunte en la farmacia.';
const keepLow =
  'Deje la pierna plana o un poco baja. No la suba, frote ni le ponga hielo ni calor.';
const iceOnly = 'Póngale hielo 20 minutos cada vez. Sin hielo si tiene mala circulación.';
const restUp = `Descanse la pierna. ${raise}`;
const ice = `${restUp} ${iceOnly}`;
const yesLong = 'Sí, desde hace más de 2 semanas, o empezó poco a poco.';
const noRub = 'Descanse la pierna. No la frote ni le dé masajes.';
const noFly = 'No viaje en avión ni lejos hasta que le revisen.';
const ck = 'Pida un análisis de sangre de CK.';
const stopWater = 'No haga ejercicio hasta que le vean, y tome agua.';
const wrap =
  'Una venda firme, no apretada, puede ayudar. Quítela si los dedos del pie se ponen fríos, pálidos, entumecidos o con hormigueo. Sin venda si tiene mala circulación o diabetes.';
const swim = 'Mejor nade o ande en bici, si no duele.';
const buildUp = 'Cuando mejore, aumente poco a poco.';
const gentle = ['Descanse y tome agua.', 'Muévase suave, como caminar despacio.'];
const noStockings = 'No compre medias de compresión hasta que le revisen las arterias.';
const legsUp = 'Descanse con las piernas en alto, y camine cada día.';
const smoke = 'Si fuma, pida ayuda para dejarlo.';
const write = 'Anote cuándo viene el dolor y qué ayuda.';
const unlock = 'Si está solo, quite el seguro de la puerta.';
const padSteps = [
  'Camine 30 a 45 minutos, 3 veces por semana. Camine hasta tener dolor mediano, descanse hasta que se quite, y siga.',
  smoke,
  'Pregunte al médico por medicinas que protegen el corazón.',
  'Revise sus pies cada día por si hay heridas.',
];
const restPain = 'El dolor empieza en reposo, o empeora de repente.';
const padToday = [todayFoot, restPain];
const padTell = 'Dígale al médico cuánto puede caminar sin dolor.';
const noFit = 'Sus respuestas no apuntan a una causa clara.';
const checkCause = 'Una revisión muestra su causa.';
const pad =
  'la EAP, o enfermedad arterial periférica: las arterias de sus piernas están estrechas.';
const claud = `La claudicación es dolor de pierna al caminar que se quita al descansar. Suele venir de ${pad}`;
const boneTitle = 'Puede ser una lesión por estrés en un hueso';
const boneAbout =
  'Correr o saltar demasiado puede agrietar un hueso poco a poco: una lesión por estrés.';
const tendon = 'Un tendón une el músculo al hueso.';
const strain = 'Un tirón (distensión) es un pequeño desgarro en un músculo.';
const diabetesTell = 'Dígale al médico si tiene diabetes.';
const meds = 'todas las medicinas y suplementos que toma.';
const medsTell = `Dígale al médico ${meds}`;
const call = 'Llame al {number} ahora.';
const seeToday = 'Vea a un médico hoy.';

export const es: Strings = {
  ui: {
    title: '¿Dolor de piernas tras el ejercicio?',
    intro: 'Vea qué puede ser el dolor y qué hacer.',
    adults:
      'Para adultos de 18 años o más con dolor de pierna por ejercicio o al caminar. ¿Menor de 18? Vea a un médico, hoy si cojea, tiene fiebre, dolor de noche o un bulto, o no puede apoyar peso en la pierna.',
    notDiagnosis: 'Es una autoevaluación, no un diagnóstico.',
    unwell: 'Si se siente muy mal, llame al {number} ahora.',
    privacy: 'Sus respuestas no salen de este dispositivo.',
    start: 'Empezar',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    step: 'Pregunta {n}',
    chooseOne: one,
    errorOne: one,
    errorMany: 'Marque al menos una.',
    resultLabel: 'Su resultado',
    why: 'Lo que nos dijo',
    now: 'Qué hacer ahora',
    callIf: 'Llame al {number} si',
    todayIf: 'Vea a un médico hoy si',
    wait: 'Si empeora mientras espera, vuelva a llamar al {number}. Dígales todo cambio en sus piernas.',
    tell: 'Muéstrele esto a su médico.',
    also: 'También nos habló de',
    level: 'Qué tan pronto',
    levels: {
      emergency: 'Emergencia: llame al {number} ahora',
      urgent: 'Vea a un médico hoy',
      routine: 'Pida cita en las próximas semanas',
      'self-care': 'Puede cuidarse en casa',
    },
    call: 'Llame al {number} ahora',
    noDrive: 'No maneje.',
    today: 'Llame hoy a su médico. Si no le pueden ver hoy, vaya a una sala de emergencias.',
    vascular: 'Pida cita en las próximas semanas para revisar su circulación.',
    visit: 'Miden la presión en brazos y tobillos (ABI) y hacen un ultrasonido. Sin agujas.',
    doctor: 'Pida cita con su propio médico en las próximas semanas.',
    home: 'Vigile las señales de abajo.',
    clinicAlso: 'También puede llamar a {clinic}.',
    ownDoctor: 'Llame a su propio médico.',
    callClinic: 'Llame a {clinic}: {phone}',
    book: 'Pida cita en línea',
    offices: 'Nuestros consultorios',
    officeCall: 'Llamar',
    officeBook: 'Pedir cita',
    nearest: 'Buscar el consultorio más cercano',
    locating: 'Buscando su ubicación…',
    located: 'El más cercano primero. Su ubicación no sale de este dispositivo.',
    locationError: 'No pudimos ver su ubicación.',
    away: 'a {d} millas',
    unit: 'mi',
    print: 'Imprimir o guardar este resumen',
    printed: 'Impreso el',
  },

  questions: {
    signs: {
      title: 'Desde que empezó este dolor de pierna, ¿ha tenido algo de esto?',
      hint: `${signsHint} Necesitan ayuda rápida.`,
      groups: {
        body: 'Respiración, pecho o todo el cuerpo',
        leg: 'Su pierna',
        pee: 'Orina, nalgas o espalda',
      },
      options: {
        breath:
          'Falta de aire nueva, aunque sea leve, más que el jadeo normal del ejercicio. O dolor de pecho, tos con sangre, se ha desmayado o casi, o el corazón acelerado en reposo.',
        unwell:
          'Muy mal: se desplomó o no puede ponerse de pie, o tiene confusión o no habla con sentido. O piel gris, fría y húmeda. O dolor, presión u opresión en pecho, brazo, mandíbula, cuello o boca del estómago, con sudor, náuseas o falta de aire.',
        'fever-unwell':
          'Fiebre o escalofríos, y se siente muy mal: confusión, mucho sueño, respira rápido, o piel manchada o gris. O una herida que duele mucho más de lo que parece, con fiebre.',
        'cold-leg': `${coldLeg}, o no pudo mover el pie o los dedos del pie. Con o sin dolor. No cuenta un pie dormido ni un calambre que ya pasó.`,
        'tight-leg':
          'Dolor mucho peor de lo esperado. Y una de estas: sintió la pierna tensa o dura, le dolía mucho más al mover los dedos del pie, o el pie se entumeció u hormigueó.',
        injury:
          'Tras una caída, golpe, torcedura o caer mal: oyó un crujido, o la pierna se ve torcida o deformada. O el hueso sale por la piel, o la pierna está pálida, fría o entumecida.',
        bleeding: 'Una vena de la pierna está sangrando ahora y no para.',
        'dark-urine':
          'Tras el ejercicio, aunque sea una caminata larga: orina oscura como té o Coca-Cola, o mucha menos orina de lo normal. No cuenta la orina amarilla oscura que se aclara al tomar agua.',
        back: `${backNew} O debilidad o entumecimiento nuevo en las dos piernas, no solo músculos cansados y adoloridos. O empezó a arrastrar un pie.`,
        none,
        unsure,
      },
    },
    'urgent-signs': {
      title: 'Y desde que empezó el dolor, ¿ha tenido algo de esto?',
      hint: `${signsHint} Necesitan un médico hoy.`,
      groups: {
        swell: 'Hinchazón, fiebre o sangrado',
        hurt: 'Lesión o músculos débiles',
        flow: 'Circulación',
      },
      options: {
        swollen:
          'Una pierna está más hinchada o más caliente que la otra. Puede estar adolorida, roja o más oscura. Un moretón por sí solo no cuenta.',
        fever:
          'Fiebre o escalofríos, con una pierna, pie o articulación roja, caliente, hinchada o muy sensible.',
        'vein-bled': 'Una várice (vena hinchada) de la pierna sangró, y ya paró.',
        thinner:
          'Toma un anticoagulante, como warfarina, Eliquis o Xarelto, y un moretón o hinchazón sigue creciendo.',
        pop: 'Sintió un chasquido o tronido atrás en la pantorrilla o el talón, o como una patada ahí. Márquelo aunque pueda caminar.',
        'no-weight':
          'No pudo apoyar peso en la pierna o dar 4 pasos, por más de unos minutos. No cuenta un calambre que ya pasó.',
        weak: 'Tras el ejercicio, sus músculos están tan débiles que no puede subir escaleras, o levantarse de una silla baja sin usar los brazos, y antes podía.',
        statin:
          'Toma una estatina para el colesterol, como Lipitor o Crestor. Y tiene dolor o debilidad muscular nueva, sin causa clara o que empeora.',
        foot: 'Dolor nuevo en el pie o los dedos del pie, en reposo o de noche. Puede aliviarse con la pierna colgando. O una herida en el pie o un dedo del pie sin sanar en 2 semanas, o piel negra en un dedo del pie. O diabetes y una herida en el pie roja, caliente, hinchada o que suelta líquido.',
        'flow-worse':
          'En las últimas 2 semanas, de repente empezó a dolerle la pierna al caminar, sin lesión. No cuenta el dolor muscular que empezó al día siguiente del ejercicio. O sabe que tiene mala circulación, un stent o bypass en la pierna, y el dolor empeoró de repente o ya no se quita.',
        none,
        unsure,
      },
    },
    legs: {
      title: '¿El dolor está en una pierna o en las dos?',
      options: {
        one: 'En una pierna.',
        'one-worse': 'En las dos, pero una duele mucho más, o empezó primero.',
        both: 'En las dos, más o menos igual.',
      },
    },
    'clot-risk': {
      title: 'En los últimos 3 meses, ¿le ha pasado algo de esto?',
      hint: 'Marque todas las que correspondan. Hacen más probable un coágulo, que puede parecer un tirón muscular.',
      options: {
        travel: 'Un viaje sentado de 4 horas o más, como en avión, carro o autobús.',
        surgery: 'Operación, hospitalización, yeso o reposo en cama.',
        pregnant: 'Estoy o estuve embarazada, o tuve un bebé.',
        hormones:
          'Usé anticonceptivos (pastillas, parche o anillo), hormonas para la menopausia o el cáncer, o testosterona. No cuentan pastillas para la tiroides ni insulina.',
        cancer: 'Tengo o tuve cáncer, o tratamiento de cáncer.',
        'clot-before':
          'Alguna vez tuve un coágulo en una pierna, un brazo o un pulmón. Aquí no cuenta un infarto ni un derrame cerebral.',
        none,
        unsure,
      },
    },
    where: {
      title: '¿Dónde siente más el dolor?',
      options: {
        muscle: 'En los músculos de la pantorrilla, el muslo o la nalga, o por todas las piernas.',
        joint: 'En la rodilla, la cadera o la ingle.',
        shin: 'En el frente de la pierna, a lo largo de la espinilla.',
        spot: 'En un punto de un hueso. Me duele al apretar o saltar en un pie.',
        foot: 'En el pie, el talón o el tobillo.',
        unsure: 'En otra parte, o no lo sé.',
      },
    },
    pattern: {
      title: '¿Cuál se parece más a su dolor?',
      hint: firstHint,
      options: {
        burn: 'Ardor o dolor durante o justo tras un ejercicio más fuerte de lo normal.',
        'next-day':
          'Músculos adoloridos y rígidos que empezaron horas después, a menudo al día siguiente.',
        pull: 'Dolor agudo repentino o tirón en la pantorrilla o el muslo, al estar activo.',
        cramp: 'Calambres repentinos de pantorrilla de noche, que se quitan en unos minutos.',
        walking: 'Dolor al caminar.',
        heavy:
          'Piernas pesadas, cansadas o adoloridas, peor tras estar mucho de pie o por la tarde.',
        'run-tight':
          'Tensión y dolor bajo la rodilla que empiezan en el mismo punto de cada carrera o entrenamiento.',
        unsure: 'Ninguna de estas, o no lo sé.',
      },
    },
    'walk-any': {
      title: '¿Le duele al caminar?',
      options: {
        sudden: 'Sí, y empezó de repente en las últimas 2 semanas, sin lesión.',
        yes: yesLong,
        no: 'No.',
        unsure,
      },
    },
    'burn-long': {
      title: howLongTitle,
      hint: firstHint,
      options: {
        new: 'Es nuevo: la primera vez, tras un ejercicio más fuerte de lo normal.',
        sudden: 'Empezó de repente en las últimas 2 semanas, y ahora vuelve cada vez que camino.',
        long: 'Vuelve cuando camino o hago ejercicio desde hace más de 2 semanas, o empezó poco a poco.',
        unsure,
      },
    },
    'burn-fade': {
      title: '¿El ardor o el dolor se quitó en pocas horas de descanso?',
      options: {
        yes: 'Sí, se quitó en pocas horas.',
        soon: 'Aún no han pasado unas horas.',
        no: 'No, aún lo siento horas después.',
      },
    },
    'doms-long': howLong,
    'doms-severe': {
      title: '¿Cuánto le limita el dolor?',
      options: {
        ok: 'Duele, pero puedo caminar, subir escaleras y levantarme de una silla. Los músculos no están muy hinchados.',
        bad: 'Los músculos están muy hinchados. O están tan adoloridos o débiles que no puedo caminar normal, subir escaleras o levantarme de una silla.',
        unsure,
      },
    },
    'doms-when': {
      title: '¿Cuántos días hace del ejercicio, y cómo está el dolor ahora?',
      hint: 'Cuente desde el día del ejercicio.',
      options: {
        days1to3: 'Hace 3 días o menos. Puede que aún esté empeorando.',
        better: 'Hace de 4 a 7 días, y el dolor está mejorando o sigue igual.',
        worse: 'Hace de 4 a 7 días, y el dolor está empeorando.',
        week: 'Hace más de 7 días, y aún me duele.',
        unsure,
      },
    },
    'strain-tiptoe': {
      title: tiptoe,
      options: {...tiptoeOptions, thigh: 'Mi dolor está en el muslo, no en la pantorrilla.'},
    },
    'heel-tiptoe': {title: tiptoe, options: tiptoeOptions},
    'strain-thinner': {
      title: '¿Toma un anticoagulante?',
      hint: 'Como warfarina, Eliquis, Xarelto o inyecciones de heparina.',
      options: yesNo(),
    },
    'strain-now': {
      title: '¿Cuándo pasó y cómo está ahora?',
      hint: firstHint,
      options: {
        fever: 'Tengo fiebre o escalofríos.',
        recent: 'En los últimos 5 días, y no está empeorando.',
        healing: 'Hace más de 5 días, y está mejorando.',
        worse: 'Está empeorando.',
        stuck: 'Hace más de 5 días, y no está mejorando.',
        unsure,
      },
    },
    'cramp-between': {
      title: '¿Cómo siente esa pierna entre calambres?',
      options: {
        normal: 'Normal. Sin dolor ni hinchazón de día.',
        heavy: 'Pesada o adolorida, o con tobillos hinchados por la tarde.',
        sudden: 'Me duele al caminar, y empezó de repente en las últimas 2 semanas.',
        walking: 'Me duele al caminar, desde hace más de 2 semanas, o empezó poco a poco.',
        unsure,
      },
    },
    'walk-since': {
      title: '¿Cuándo empezó este dolor al caminar?',
      options: {
        sudden: 'De repente, en las últimas 2 semanas.',
        slow: 'Hace más de 2 semanas, o empezó poco a poco.',
        unsure,
      },
    },
    'walk-rest': {
      title: '¿Este dolor empieza alguna vez cuando está quieto de pie o sentado?',
      options: yesNo('Sí, puede empezar sin que camine.', 'No, solo empieza cuando camino.'),
    },
    'walk-hill': {
      title: '¿Le duele al caminar cuesta arriba o de prisa?',
      options: {
        yes: 'Sí.',
        no: 'No.',
        never: 'Nunca camino cuesta arriba ni de prisa.',
        cannot: 'En plano, el dolor me para antes de poder subir o ir de prisa.',
        unsure,
      },
    },
    'walk-stop': {
      title: 'Al parar y quedarse quieto de pie, ¿qué pasa con el dolor?',
      options: {
        goes: 'Se quita en 10 minutos o menos.',
        stays: 'Dura más de 10 minutos.',
        sit: 'Solo se alivia al sentarme o inclinarme hacia adelante.',
        unsure,
      },
    },
    'walk-where': {
      title: '¿Dónde siente este dolor al caminar?',
      hint: 'La pantorrilla está detrás, bajo la rodilla.',
      options: {
        calf: 'En la pantorrilla, y quizá en otras partes.',
        thigh:
          'En el frente o el costado del muslo, la cadera o la nalga, pero no en la pantorrilla.',
        other: 'Solo atrás del muslo, o en la espinilla, el pie o una articulación.',
        unsure,
      },
    },
    'rest-ease': {
      title: '¿Qué le alivia el dolor?',
      options: {
        sit: 'Sentarme o inclinarme hacia adelante.',
        raise: 'Poner las piernas en alto.',
        other: 'Otra cosa, o nada ayuda.',
        unsure,
      },
    },
    'heavy-walk': {
      title: '¿También le duele al caminar, y se quita en 10 minutos o menos quieto de pie?',
      options: {
        no: 'No.',
        sudden: 'Sí, y empezó de repente en las últimas 2 semanas.',
        yes: yesLong,
        unsure,
      },
    },
    'tight-stop': {
      title: '¿La tensión se quita en 15 minutos o menos tras parar?',
      options: yesNo('Sí, se quita en 15 minutos o menos.', 'No, dura más.'),
    },
    joint: {
      title: '¿Qué describe mejor su dolor de rodilla, cadera o ingle?',
      hint: firstHint,
      options: {
        groin:
          'Dolor profundo en la ingle o el frente de la cadera. Empezó tras correr o caminar más de lo normal, y empeora cada vez.',
        walk: 'Dolor en la cadera, la nalga o el muslo que aparece al caminar y se alivia al parar.',
        joint:
          'La articulación está hinchada, o rígida tras el reposo, o duele los días que no hago ejercicio.',
        'outer-knee':
          'Dolor por fuera de la rodilla, que empieza casi en el mismo punto de cada carrera.',
        'front-knee': 'Dolor alrededor o bajo la rótula, peor al correr, saltar o en escaleras.',
        unsure,
      },
    },
    shin: {
      title: '¿Qué describe mejor su dolor de espinilla?',
      options: {
        spread: 'Dolor a lo largo del borde interno de la espinilla. Se alivia al descansar.',
        spot: 'Me duele un punto del hueso al apretarlo, y empeora con cada carrera.',
        tight:
          'Los músculos del frente o costado se ponen tensos en el mismo punto de cada carrera.',
        unsure,
      },
    },
    foot: {
      title: '¿Qué describe mejor su dolor de pie?',
      options: {
        heel: 'Dolor en el tendón detrás del talón, peor al empezar a correr.',
        arch: 'Dolor bajo el talón o el arco, peor al dar los primeros pasos del día.',
        spot: 'Me duele un punto de un hueso del pie al apretar o saltar en un pie, y empeora con cada carrera o caminata.',
        cold: 'Los dedos del pie se ponen blancos o azules con el frío, y luego vuelve el color.',
        other: 'Otra cosa.',
        unsure,
      },
    },
    'bone-where': {
      title: '¿Dónde está el punto adolorido?',
      options: {
        hip: 'En la cadera o la ingle.',
        leg: 'Más abajo: el muslo, la espinilla o el pie.',
        unsure,
      },
    },
    'bone-walk': {
      title: '¿Le duele ahora solo con caminar, o de noche?',
      options: yesNo('Sí.', 'No, solo al correr o saltar.'),
    },
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'blocked-artery': {
      title: 'Puede ser un bloqueo de la circulación en la pierna',
      about: 'Sin sangre, la pierna puede dañarse en pocas horas, aunque duela poco.',
      now: [call, 'Anote la hora en que empezó.', keepLow],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'Puede ser presión que aumenta dentro de la pierna',
      about: 'Si un músculo apretado se hincha, puede quedarse sin sangre y morir.',
      now: [
        call,
        'Quítese soportes, vendas o calcetines apretados.',
        'Deje la pierna plana. No la suba.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'Puede ser un hueso roto o una lesión grave',
      about: 'Un hueso o vaso sanguíneo puede estar muy dañado.',
      now: [
        call,
        'No se pare sobre la pierna ni trate de enderezarla.',
        'Cubra con una tela limpia el hueso que se vea.',
      ],
      call: [],
      today: [],
    },
    'bleeding-vein': {
      title: 'Es una vena que sangra',
      about:
        'Una vena hinchada cerca de la piel puede sangrar rápido. Presionar fuerte suele pararlo.',
      now: [
        call,
        'Presione fuerte encima con una tela limpia hasta que llegue ayuda.',
        `Acuéstese. ${raise}`,
      ],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'Puede ser presión sobre los nervios de la espalda baja',
      about: 'Estos nervios controlan orina, heces y piernas.',
      now: [call, 'No espere a ver si mejora.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'Puede ser daño muscular grave',
      about: 'El ejercicio muy fuerte puede deshacer el músculo y dañar los riñones.',
      now: [
        call,
        'Deje el ejercicio, salga del calor y tome agua a sorbos.',
        noIbuprofen,
        `Dígales ${meds}`,
      ],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'Puede ser una infección grave',
      about: 'Puede extenderse rápido y dañar todo el cuerpo.',
      now: [call, unlock],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'Puede ser un coágulo en el pulmón, o un problema del corazón',
      about:
        'Un coágulo en una vena de la pierna puede ir al pulmón. El dolor de pecho o el desmayo también pueden venir del corazón.',
      now: [call, 'Muévase lo menos posible. Siéntese si le ayuda a respirar.', unlock],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'Necesita ayuda de emergencia ahora',
      about: 'Puede venir del corazón, del calor o de otra cosa.',
      now: [call, 'Deje todo esfuerzo. Siéntese o acuéstese.', unlock],
      call: [],
      today: [],
    },
    'torn-tendon': {
      title: 'Puede ser un desgarro de tendón o de la pantorrilla',
      about: `${tendon} Puede desgarrarse aunque pueda caminar.`,
      now: [
        'Es mejor tratarlo en los primeros 1 o 2 días.',
        'Pida la prueba de apretar la pantorrilla.',
        'No estire la pantorrilla. Mantenga los dedos del pie un poco hacia abajo.',
        iceOnly,
      ],
      call: [callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'Puede ser un hueso roto',
      about: 'Un hueso puede estar roto o agrietado. Una radiografía lo dirá.',
      now: [seeToday, 'No se pare sobre la pierna. Use muletas, o pida ayuda para moverse.', ice],
      call: [callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'Puede ser mala circulación que pone en riesgo su pie',
      about: 'Puede faltarle sangre al pie. Atenderlo rápido puede salvarlo.',
      now: [seeToday, keepLow, 'Mantenga el pie limpio y seco.', 'No ande sin zapatos.'],
      call: [callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'vein-bled': {
      title: 'Una vena que sangró necesita revisión hoy',
      about: 'Una várice es una vena hinchada cerca de la piel. Puede volver a sangrar.',
      now: [seeToday, `Si vuelve a sangrar, presione fuerte encima y acuéstese. ${raise}`],
      call: [callBleed, callFaint],
      today: [],
    },
    'leg-bleed': {
      title: 'Puede ser un sangrado dentro de la pierna',
      about:
        'Con anticoagulante, un moretón o hinchazón que sigue creciendo puede ser sangrado dentro de la pierna.',
      now: [
        seeToday,
        'No deje su anticoagulante por su cuenta. Pregunte al médico por la próxima dosis.',
        ice,
        relief,
      ],
      call: [callTight, callFaint, callCold],
      today: [],
      tell: 'Dígale al médico el nombre y la dosis de su anticoagulante.',
    },
    'leg-infection': {
      title: 'Puede ser una infección de la piel o de la pierna',
      about:
        'Los gérmenes ponen la piel roja o más oscura, caliente e hinchada. Necesita medicina pronto.',
      now: [seeToday, 'Marque el borde de la zona adolorida para ver si crece.', restUp],
      call: [callFaint, 'Duele mucho más de lo que se ve en la piel.'],
      today: [],
      tell: diabetesTell,
    },
    'muscle-damage': {
      title: 'Sus músculos pueden estar dañados',
      about:
        'El ejercicio fuerte o una estatina pueden dañar los músculos. Un análisis de sangre de CK muestra cuánto. No espere a tener orina oscura.',
      now: [
        ck,
        stopWater,
        noIbuprofen,
        'No deje la estatina por su cuenta. Llame hoy a su médico.',
      ],
      call: [callPee, callFaint],
      today: [],
      tell: medsTell,
    },
    'pad-worse': {
      title: 'Su circulación puede estar empeorando',
      about:
        'Las arterias llevan sangre a la pierna. Un dolor repentino al caminar puede indicar que una se cierra. También puede ser un coágulo en una vena de la pierna: quizá necesite un ultrasonido hoy.',
      now: [seeToday, 'Descanse hasta que le vean.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'leg-clot': {
      title: 'Puede ser un coágulo en la pierna',
      about:
        'Un coágulo en una vena profunda de la pierna puede parecer un tirón o calambre, aun sin hinchazón. Puede ir al pulmón.',
      now: ['Quizá necesite un ultrasonido hoy.', noFly, noRub],
      call: [callBreath, callFaint],
      today: [],
      tell: 'Dígale al médico si tuvo viajes, operaciones, hormonas o cáncer.',
    },
    'signs-unsure': {
      title: 'Un médico debe revisarle hoy',
      about: 'No estaba seguro de algunas señales de alarma.',
      now: [
        seeToday,
        'Si ahora recuerda una de las señales, vuelva atrás y márquela.',
        `No se frote la pierna. ${noFly}`,
      ],
      call: [callBreath, callCold, callTight, callPee, callFaint],
      today: [],
    },
    'bone-stress-urgent': {
      title: boneTitle,
      about: `${boneAbout} En la cadera, o si duele al caminar o de noche, se puede romper.`,
      now: [
        'Deje de correr ahora.',
        'Quizá necesite una radiografía u otro estudio.',
        'Camine lo menos posible hasta que le vean. Use muletas si tiene.',
      ],
      call: [callBent],
      today: [],
    },
    'soreness-not-settling': {
      title: 'Este dolor necesita revisión hoy',
      about:
        'Un dolor tan fuerte, o que empeora tras el día 3, puede ser daño muscular. Si solo duele una pierna, puede ser un coágulo.',
      now: [ck, stopWater, noIbuprofen],
      call: [callPee, callTight, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Su tirón necesita revisión hoy',
      about: `${strain} Con anticoagulante, puede sangrar dentro del músculo. Si no pudo subir de puntillas, el desgarro puede ser grande. La fiebre puede ser una infección. Un coágulo también puede parecer un tirón.`,
      now: [seeToday, noRub, 'No estire el músculo hasta que le revisen.', relief],
      call: [callBreath, callTight, callCold, callFaint],
      today: [],
    },
    claudication: {
      title: 'Parece claudicación',
      about: `${claud} En gente joven y en forma hay otras causas posibles. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'claudication-atypical': {
      title: 'Parece claudicación en el muslo o la nalga',
      about: `${claud} Si se estrecha más arriba, duele el muslo, la cadera o la nalga. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Deben revisarle las venas y las arterias',
      about:
        'Las piernas pesadas apuntan a las venas, y el dolor al caminar a las arterias, que llevan sangre a las piernas. Una cita revisa las venas y las arterias.',
      now: [legsUp, noStockings, smoke],
      call: [callCold, callBleed],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Deben revisar su circulación',
      about: `${noFit} Puede ser ${pad} También podría ser la espalda o músculos tensos. ${checkCause}`,
      now: [write, 'Camine cada día.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen, restPain],
    },
    'venous-insufficiency': {
      title: 'Puede ser un problema de las venas',
      about:
        'Con venas débiles, la sangre se acumula en las piernas y se sienten pesadas. Se llama insuficiencia venosa crónica.',
      now: [legsUp, noStockings],
      call: [callBleed, callBreath],
      today: [todaySwollen, 'La piel cerca del tobillo se pone roja, caliente y adolorida.'],
    },
    'bone-stress': {
      title: boneTitle,
      about: `${boneAbout} Si sigue corriendo, se puede romper.`,
      now: ['Deje de correr y saltar ahora.', swim, relief],
      call: [callBent],
      today: ['Le duele solo con caminar, o de noche.', 'Le duele la cadera o la ingle.'],
    },
    'spinal-stenosis': {
      title: 'Puede venir de su espalda',
      about:
        'Nervios apretados en la espalda baja hacen doler las piernas. Se alivia al sentarse o inclinarse hacia adelante. Se llama estenosis espinal.',
      now: [
        'Descanse cuando venga el dolor.',
        'Camine un poco cada día. Apoyarse en un carrito puede ayudar.',
        relief,
      ],
      call: [backNew, 'Debilidad nueva en las dos piernas, o empezó a arrastrar un pie.'],
      today: ['El dolor le despierta de noche, o puede caminar menos que antes.'],
    },
    'exertional-compartment': {
      title: 'Puede ser presión en los músculos de la pierna por ejercicio',
      about:
        'En algunos corredores, los músculos de la pierna se hinchan y duelen hasta que paran. El médico puede revisar también hueso y vasos sanguíneos.',
      now: [swim, 'No siga corriendo con dolor.'],
      call: ['Al parar, el dolor empeora, o la pierna sigue tensa o dura, o el pie se entumece.'],
      today: [todaySwollen],
    },
    'joint-pain': {
      title: 'Parece dolor de articulación',
      about: 'El dolor, la rigidez o la hinchazón de rodilla o cadera suele venir del desgaste.',
      now: ['Siga moviéndose, pero reduzca lo que lo empeora.', iceOnly, relief],
      call: [callCold],
      today: ['La articulación se pone roja, caliente e hinchada, o le da fiebre.', todayWeight],
    },
    'cold-toes': {
      title: 'Sus dedos del pie pueden ser sensibles al frío',
      about:
        'Los vasos sanguíneos de los dedos del pie se cierran con el frío. Si empezó después de los 30 años, o pasa en un solo pie, un médico debe ver por qué.',
      now: [
        'Mantenga los pies calientes.',
        'Caliente los dedos del pie despacio, no en agua caliente.',
        smoke,
      ],
      call: [callCold],
      today: ['Un dedo del pie sigue blanco, azul o negro, o tiene una herida.'],
    },
    'no-fit': {
      title: 'Su médico debe revisar este dolor',
      about: `${noFit} Un médico puede examinar su pierna.`,
      now: [write, relief],
      call: [callBreath, callCold, callTight],
      today: [todaySwollen, 'El dolor empeora mucho.'],
    },
    'acute-soreness': {
      title: 'Parece dolor normal tras el ejercicio',
      about:
        'Es normal sentir ardor o dolor tras un ejercicio más fuerte de lo normal. Debe quitarse en pocas horas de descanso.',
      now: [
        ...gentle,
        buildUp,
        'Si vuelve cada vez que camina cierta distancia, pida cita para revisar su circulación.',
        '¿Aún le duele tras unas horas de descanso? Repita esta revisión.',
      ],
      call: [callPee, callBreath],
      today: [todayClot, todayWeak],
    },
    doms: {
      title: 'Parece dolor muscular tardío',
      about:
        'El ejercicio fuerte o nuevo puede dar dolor muscular al día siguiente, peor al día 2 o 3. Se llama DOMS.',
      now: [...gentle, relief, 'No repita el ejercicio fuerte hasta que mejore.'],
      call: [callPee, callTight, callBreath],
      today: [todayClot, 'Empeora tras el día 3, o dura más de 7 días.', todayWeak],
    },
    'calf-strain': {
      title: 'Parece un tirón muscular',
      about: `${strain} Un coágulo puede parecer un tirón: si no sabe en qué momento empezó, vea a un médico hoy.`,
      now: [
        `Durante 2 a 3 días, descanse y suba la pierna. ${iceOnly}`,
        wrap,
        relief,
        'Camine suave según mejore.',
      ],
      call: [callBreath],
      today: [todayClot, 'No mejora tras 5 a 7 días.', 'Tiene fiebre ahora, o le da fiebre.'],
    },
    overuse: {
      title: 'Parece una lesión por uso excesivo',
      about: `Correr o saltar demasiado puede hacer doler espinillas, rodillas, talones o tendones. ${tendon}`,
      now: [
        'Corra y salte menos.',
        swim,
        iceOnly,
        relief,
        buildUp,
        '¿No mejora en 2 semanas? Vea a un médico o fisioterapeuta.',
      ],
      call: [callBreath, callCold],
      today: [
        'Un punto del hueso duele al apretarlo, o le duele solo con caminar, o de noche.',
        todayWeight,
      ],
    },
    'night-cramps': {
      title: 'Parecen calambres de noche',
      about:
        'Los calambres repentinos de pantorrilla de noche, que se quitan en unos minutos, son comunes y suelen ser inofensivos.',
      now: [
        'Párese y apoye fuerte el talón, o levante los dedos del pie.',
        'Estire las pantorrillas antes de dormir.',
        'Pida cita con su médico si le dan casi todas las noches, o si las piernas le duelen entre calambres.',
      ],
      call: [callBreath, callCold],
      today: [todaySwollen],
    },
  },
};
