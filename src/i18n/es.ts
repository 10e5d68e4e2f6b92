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

const risk: QuestionText = {
  title: '¿Cuál es su caso? Elija la primera que corresponda.',
  hint: 'Estas cosas hacen más probable un problema de circulación en las piernas.',
  options: {
    artery:
      'He tenido un infarto, un derrame cerebral o un mini derrame. O tengo angina de pecho, un stent o bypass en el corazón o las piernas, una arteria del cuello estrecha, o un bulto en la arteria principal. O sé que tengo mala circulación en las piernas.',
    age65: 'Tengo 65 años o más.',
    age50:
      'Tengo de 50 a 64 años, y una de estas es cierta. Fumo o fumaba. Tengo diabetes, presión alta, colesterol alto o enfermedad de los riñones. Mi madre, padre, hermano o hermana tiene mala circulación en las piernas.',
    under50: 'Tengo menos de 50 años y tengo diabetes, más una cosa de la lista de 50 a 64.',
    none,
    unsure,
  },
};
const howLongTitle = '¿Desde cuándo tiene este dolor con el ejercicio?';
const howLong: QuestionText = {
  title: howLongTitle,
  options: {
    new: 'Es nuevo: empezó en las últimas 2 semanas.',
    long: 'Vuelve con el ejercicio desde hace más de 2 semanas.',
    unsure,
  },
};
const tiptoe =
  'Agárrese de algo y apóyese solo en la pierna adolorida. ¿Puede ponerse de puntillas?';
const tiptoeOptions = {
  yes: 'Sí, puedo.',
  no: 'No, no puedo subir.',
  unsure: 'No lo sé, o me duele demasiado para intentarlo.',
};
const signsHint = 'Marque todas las que haya tenido, aunque ya no las tenga.';
const thinner = 'anticoagulante (medicina para diluir la sangre)';

// "Llame al {number} si": shared by several cards.
const callBreath =
  'Tiene falta de aire o dolor en el pecho nuevos, el corazón muy acelerado en reposo, o tose sangre.';
const callFaint = 'Se ha desmayado, se siente muy mal o tiene confusión.';
const callCold =
  'De repente, la pierna o el pie se pone frío, pálido, azul o manchado, o se entumece o pierde fuerza. O no puede mover los dedos del pie.';
const callPee = 'Su orina se pone oscura, como té o refresco de cola.';
const callBleed = 'Una vena sangra y no para. Acuéstese, suba la pierna y presione fuerte encima.';
// "Vea a un médico hoy si".
const todayClot =
  'Una pierna se hincha o está caliente, o el dolor empeora en vez de mejorar. Un coágulo puede parecer un tirón.';
const todaySwollen = 'Una pierna está más hinchada o caliente que la otra.';
const todayFoot = 'Tiene dolor nuevo en el pie de noche, o una herida en el pie que no sana.';
const todayWeight = 'No puede apoyar el peso en la pierna.';
// Shared advice.
const callNow = 'Llame al {number} ahora.';
const seeToday = 'Vea a un médico hoy.';
const noIbuprofen =
  'Para el dolor, tome acetaminofén (Tylenol), no ibuprofeno ni naproxeno, hasta que un médico revise sus riñones.';
const keepLow = 'No suba la pierna. Déjela plana o colgando.';
const unlock = 'Si no hay nadie con usted, quite el seguro de la puerta.';
const restUp = 'Descanse con la pierna en alto, con hielo 20 minutos cada vez.';
const legsUp = 'Ponga las piernas en alto al descansar, y camine cada día.';
const note = 'Anote cuándo aparece el dolor y qué lo alivia.';
const gentle = 'Muévase con suavidad, como caminar despacio.';
const relief =
  'Para el dolor, el acetaminofén (Tylenol) es seguro para la mayoría. No tome ibuprofeno ni naproxeno si está embarazada, toma anticoagulante, tiene enfermedad de los riñones, úlcera de estómago o insuficiencia cardíaca, o su orina está oscura. Si duda, pregunte en la farmacia.';
const wrap =
  'Una venda puede ayudar: firme, no apretada. Quítela si los dedos del pie se ponen fríos o pálidos, se entumecen u hormiguean. No la use si tiene mala circulación o diabetes.';
const swim = 'Mejor nade o ande en bicicleta, si no le duele.';
const noStockings = 'No compre medias de compresión hasta que le revisen las arterias.';
const smoke = 'Si fuma, pedir ayuda para dejarlo es lo mejor que puede hacer.';
const padSteps = [
  'Camine de 30 a 45 minutos, 3 veces por semana: hasta que el dolor sea mediano, descanse hasta que se quite, y siga.',
  smoke,
  'Pregunte a su médico por medicinas que protegen el corazón.',
  'Revise sus pies cada día por si hay heridas.',
];
const padToday = [todayFoot, 'El dolor empieza en reposo, o empeora de repente.'];
const padTell = 'Dígale al médico cuánto camina antes de que empiece el dolor.';
const claud =
  'La claudicación es dolor en la pierna al caminar que se quita al descansar. Suele venir de la EAP, o enfermedad arterial periférica: arterias estrechas, los tubos que llevan sangre a las piernas.';
const checkCause = 'Una revisión muestra su causa.';
const boneAbout =
  'Correr o saltar demasiado puede agrietar un hueso poco a poco: es una lesión por estrés.';
const diabetesTell = 'Dígale al médico si tiene diabetes.';
const medsTell = 'Dígale al médico todas las medicinas y suplementos que toma.';
const strain = 'Un tirón, o distensión, es un pequeño desgarro en un músculo';

export const es: Strings = {
  ui: {
    title: '¿Dolor de piernas después del ejercicio?',
    intro: 'Conteste unas preguntas cortas y vea qué puede ser el dolor y qué hacer.',
    adults:
      'Para adultos de 18 años o más con dolor de pierna durante o después del ejercicio o una caminata. ¿Menor de 18? Vea a un médico; hoy mismo si cojea, tiene fiebre, dolor de noche o un bulto, o no puede apoyar el peso en la pierna.',
    notDiagnosis: 'Esta es una autoevaluación, no un diagnóstico.',
    unwell: 'Si se siente muy mal, llame al {number} ahora.',
    privacy: 'Sus respuestas no salen de este dispositivo.',
    start: 'Empezar',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    step: 'Pregunta {n}',
    chooseOne: 'Elija una respuesta.',
    errorOne: 'Elija una respuesta para seguir.',
    errorMany: 'Marque al menos una casilla, o elija "Ninguna de estas".',
    resultLabel: 'Su resultado',
    why: 'Lo que nos dijo',
    now: 'Qué hacer ahora',
    callIf: 'Llame al {number} si',
    todayIf: 'Vea a un médico hoy si',
    wait: 'Si se siente peor mientras espera, llame otra vez al {number}. Dígale al equipo de emergencia todo cambio en sus piernas, como hinchazón.',
    tell: 'Muéstele esta lista a su médico, o imprímala.',
    also: 'También nos habló de',
    level: 'Qué tan pronto',
    levels: {
      emergency: 'Emergencia: llame al {number} ahora',
      urgent: 'Vea a un médico hoy',
      routine: 'Pida una cita en las próximas semanas',
      'self-care': 'Puede cuidarse en casa',
    },
    call: 'Llame al {number} ahora',
    noDrive: 'No maneje usted.',
    today:
      'Llame a su médico para una cita hoy. Si no puede ser hoy, vaya a una sala de emergencias: en atención urgente a menudo no pueden hacer los estudios que quizá necesite.',
    vascular: 'Pida una cita en las próximas semanas para revisar la circulación de sus piernas.',
    visit:
      'En la cita se compara la presión de sus brazos y tobillos con brazaletes (la prueba ABI), y un ultrasonido muestra la circulación. Sin agujas.',
    doctor: 'Pida una cita con su propio médico en las próximas semanas.',
    home: 'Cuídese en casa y vigile las señales de abajo.',
    clinicAlso: 'También puede llamar a {clinic}.',
    ownDoctor: 'Llame a su propio médico.',
    callClinic: 'Llame a {clinic}: {phone}',
    book: 'Pida una cita en línea',
    offices: 'Nuestros consultorios',
    officeCall: 'Llamar',
    officeBook: 'Pedir cita',
    nearest: 'Buscar el consultorio más cercano',
    locating: 'Buscando dónde está…',
    located: 'Primero el más cercano. Su ubicación no salió de este dispositivo.',
    locationError: 'No pudimos ver su ubicación; los consultorios van en su orden normal.',
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
          'Falta de aire nueva, aunque sea leve, más allá del jadeo normal del ejercicio. O dolor en el pecho, tos con sangre, el corazón muy acelerado en reposo, o se ha desmayado o casi.',
        unwell:
          'Muy mal: se desplomó o no puede ponerse de pie, o tiene confusión o no habla con sentido. O piel gris, fría y húmeda. O dolor, presión u opresión en pecho, brazo, mandíbula, cuello o parte alta de la barriga, con sudor, náuseas o falta de aire.',
        'fever-unwell':
          'Fiebre o escalofríos, y se siente muy mal: confusión, mucho sueño, respira rápido o piel manchada o gris. O una herida que duele mucho más de lo que parece, con fiebre.',
        'cold-leg':
          'La pierna o el pie se puso de repente frío, pálido, azul o manchado. O perdió de repente la sensibilidad o la fuerza, o no puede mover el pie o los dedos del pie. Con o sin dolor.',
        'tight-leg':
          'Dolor mucho peor de lo esperado. Y además una de estas: la pierna está tensa o dura, duele mucho más al mover los dedos del pie, o el pie pierde la sensibilidad u hormiguea.',
        injury:
          'Tras una caída, un golpe, una torcedura o caer mal: oyó un crujido, o la pierna se ve torcida o deformada. O el hueso sale por la piel, o la pierna está pálida, fría o sin sensibilidad.',
        bleeding: 'Una vena de la pierna está sangrando ahora y no para.',
        'dark-urine':
          'Tras el ejercicio, aunque sea una caminata: orina oscura como té o refresco de cola, o mucha menos orina de lo normal. No cuenta la orina amarilla oscura que se aclara al tomar agua.',
        back: 'Pérdida de sensibilidad nueva entre las piernas o en las nalgas. O problemas nuevos para orinar o aguantar la orina o las heces. O debilidad nueva en ambas piernas, o un pie que empezó a arrastrarse.',
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
          'Una pierna está más hinchada o caliente que la otra. También puede doler o verse roja o más oscura. Un moretón por sí solo no cuenta.',
        fever:
          'Fiebre o escalofríos, con una pierna, pie o articulación roja, caliente, hinchada o muy sensible.',
        'vein-bled': 'Una vena hinchada de la pierna (várice) sangró, y ya paró.',
        thinner: `Toma ${thinner}, como warfarina, Eliquis o Xarelto, y un moretón o hinchazón sigue creciendo.`,
        pop: 'Un chasquido atrás en la pantorrilla o el talón, o sintió como una patada ahí. Márquelo aunque aún pueda caminar.',
        'no-weight': 'No puede apoyar el peso en la pierna, o no puede dar 4 pasos.',
        weak: 'Tras el ejercicio, sus músculos quedaron tan débiles que no puede subir escaleras. O no puede levantarse de una silla baja sin usar los brazos, y antes sí podía.',
        statin:
          'Toma una estatina para el colesterol, como Lipitor o Crestor. Y tiene dolor o debilidad en los músculos que empezó hace poco, no tiene causa clara o va empeorando.',
        foot: 'Dolor nuevo en el pie o los dedos del pie en reposo o de noche; puede aliviarse con la pierna colgando. O una herida en el pie o un dedo del pie sin sanar en 2 semanas, o piel negra en un dedo del pie. O diabetes y una herida en el pie roja, caliente, hinchada o que suelta líquido.',
        'flow-worse':
          'Sin lesión ni ejercicio fuerte, pero en las últimas 2 semanas caminar empezó de repente a causarle dolor de pierna que le obliga a parar. O sabe que tiene mala circulación, un stent o un bypass en la pierna, y el dolor empeoró de repente o ya no se quita.',
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
      hint: 'Marque todas las que correspondan. Hacen más probable un coágulo, y un coágulo puede parecer un tirón muscular.',
      options: {
        travel: 'Un viaje de 4 horas o más sentado, como un vuelo o un viaje largo en carro.',
        surgery: 'Una operación, estar en el hospital, un yeso o reposo en cama.',
        pregnant: 'Estuve embarazada o tuve un bebé.',
        hormones:
          'Tomé la pastilla anticonceptiva, usé parche o anillo anticonceptivo, o tomé hormonas.',
        cancer: 'Tuve cáncer, o tratamiento para el cáncer.',
        'clot-before': 'Alguna vez he tenido un coágulo de sangre.',
        none,
        unsure,
      },
    },
    where: {
      title: '¿Dónde siente más el dolor?',
      options: {
        muscle: 'En los músculos: la pantorrilla, el muslo o la nalga.',
        joint: 'En la rodilla o la cadera.',
        shin: 'En la espinilla: el hueso del frente de la pierna, bajo la rodilla.',
        spot: 'En un punto de un hueso. Me duele cuando lo aprieto.',
        foot: 'En el pie, el talón o el tobillo.',
        unsure: 'En otra parte, o no lo sé.',
      },
    },
    pattern: {
      title: '¿Cuál se parece más a su dolor?',
      hint: 'Elija la que mejor encaje.',
      options: {
        burn: 'Ardor o dolor durante o justo después de un ejercicio más fuerte de lo normal.',
        'next-day':
          'Músculos adoloridos y rígidos que empezaron horas después, a menudo al día siguiente.',
        pull: 'Un dolor agudo y repentino o un tirón en la pantorrilla o el muslo mientras me movía.',
        cramp: 'Calambres repentinos de pantorrilla de noche, que se quitan en unos minutos.',
        walking: 'Dolor que aparece cuando camino.',
        heavy:
          'Piernas pesadas, cansadas o adoloridas, peor tras estar mucho de pie o al final del día.',
        'run-tight':
          'Piernas tensas y adoloridas bajo la rodilla, desde el mismo punto de cada carrera o entrenamiento.',
        unsure: 'Ninguna de estas, o no lo sé.',
      },
    },
    'walk-any': {title: '¿El dolor aparece cuando camina?', options: yesNo()},
    'burn-long': {
      title: howLongTitle,
      options: {
        new: 'Es nuevo: es la primera vez, tras un ejercicio más fuerte de lo normal.',
        long: 'El mismo dolor vuelve cada vez que camino o hago más o menos el mismo ejercicio. O lo tengo desde hace más de 2 semanas.',
        unsure,
      },
    },
    'burn-fade': {
      title: '¿El ardor o el dolor se quitó en pocas horas de descanso?',
      options: {
        yes: 'Sí, se quitó en pocas horas.',
        soon: 'Todavía no han pasado unas horas desde que paré.',
        no: 'No, todavía lo siento horas después.',
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
      title: '¿Cuándo empezó el dolor y cómo está ahora?',
      options: {
        days1to3: 'Empezó hace 3 días o menos.',
        better: 'Empezó hace de 4 a 7 días, y está mejorando o sigue igual.',
        worse: 'Empezó hace de 4 a 7 días, y está empeorando.',
        week: 'Empezó hace más de 7 días.',
        unsure,
      },
    },
    'strain-tiptoe': {
      title: tiptoe,
      options: {...tiptoeOptions, thigh: 'Mi dolor está en el muslo, no en la pantorrilla.'},
    },
    'heel-tiptoe': {title: tiptoe, options: tiptoeOptions},
    'strain-thinner': {
      title: `¿Toma ${thinner}?`,
      hint: 'Como warfarina, Eliquis, Xarelto o inyecciones de heparina.',
      options: yesNo(),
    },
    'strain-now': {
      title: '¿Cuándo pasó y cómo está ahora?',
      options: {
        recent: 'En los últimos 5 días, y no está empeorando.',
        healing: 'Hace más de 5 días, y está mejorando.',
        worse: 'Está empeorando.',
        stuck: 'Hace más de 5 días, y no está mejorando.',
        unsure,
      },
    },
    'cramp-between': {
      title: '¿Cómo siente esa pierna entre un calambre y otro?',
      options: {
        normal: 'Normal. Sin dolor ni hinchazón durante el día.',
        heavy: 'Pesada o adolorida, o se me hinchan los tobillos por la tarde.',
        walking: 'Me duele cuando camino.',
        unsure,
      },
    },
    'walk-rest': {
      title: '¿Este dolor empieza alguna vez cuando está quieto de pie o sentado?',
      options: yesNo('Sí, puede empezar sin que camine.', 'No, solo empieza cuando camino.'),
    },
    'walk-hill': {
      title: '¿El dolor aparece cuando camina cuesta arriba o rápido?',
      options: {
        yes: 'Sí.',
        no: 'No.',
        never: 'Nunca camino cuesta arriba ni rápido.',
        cannot: 'El dolor me detiene en terreno plano antes de poder subir una cuesta o ir rápido.',
        unsure,
      },
    },
    'walk-stop': {
      title: 'Cuando se detiene y se queda quieto de pie, ¿qué pasa con el dolor?',
      options: {
        goes: 'Se quita en 10 minutos o menos.',
        stays: 'Dura más de 10 minutos.',
        sit: 'Solo se alivia cuando me siento o me inclino hacia adelante.',
        unsure,
      },
    },
    'walk-where': {
      title: '¿Dónde siente este dolor al caminar?',
      hint: 'La pantorrilla está atrás, bajo la rodilla.',
      options: {
        calf: 'En la pantorrilla. Puede que también en otras partes.',
        thigh: 'En el frente o costado del muslo, la cadera o la nalga, pero no en la pantorrilla.',
        other: 'Solo atrás del muslo, o en la espinilla, el pie o una articulación.',
        unsure,
      },
    },
    'rest-ease': {
      title: '¿Qué le alivia el dolor?',
      options: {
        sit: 'Sentarme o inclinarme hacia adelante.',
        raise: 'Poner las piernas en alto.',
        other: 'Otra cosa, o nada me ayuda.',
        unsure,
      },
    },
    'heavy-walk': {
      title:
        '¿También le da dolor al caminar que se quita en 10 minutos o menos al quedarse quieto de pie?',
      options: yesNo(
        'Sí, también me duele al caminar, y se quita en 10 minutos o menos quieto de pie.',
      ),
    },
    'tight-stop': {
      title: '¿La tensión se quita en 15 minutos o menos después de parar?',
      options: yesNo('Sí, se quita en 15 minutos o menos.', 'No, dura más.'),
    },
    joint: {
      title: '¿Qué describe mejor su dolor de rodilla o cadera?',
      options: {
        walk: 'Dolor en la cadera, la nalga o el muslo que aparece al caminar y se alivia al parar.',
        'outer-knee':
          'Dolor en el lado de afuera de la rodilla, que empieza más o menos en el mismo punto de cada carrera.',
        'front-knee':
          'Dolor alrededor o debajo de la rótula, peor al correr, saltar o en escaleras.',
        groin:
          'Un dolor profundo en la ingle o el frente de la cadera que empeora con cada carrera o caminata.',
        joint:
          'La articulación está rígida o hinchada, o duele incluso los días que no hago ejercicio.',
        unsure,
      },
    },
    shin: {
      title: '¿Qué describe mejor su dolor de espinilla?',
      options: {
        spread: 'Un dolor a lo largo del borde interno de la espinilla. Se alivia con descanso.',
        spot: 'Me duele un punto del hueso cuando lo aprieto, y empeora con cada carrera.',
        tight:
          'Los músculos del frente o del costado se sienten tensos en el mismo punto de cada carrera.',
        unsure,
      },
    },
    foot: {
      title: '¿Qué describe mejor su dolor de pie?',
      options: {
        heel: 'Dolor en el tendón de atrás del talón, peor cuando empiezo a correr.',
        arch: 'Dolor bajo el talón o el arco del pie, peor con los primeros pasos de la mañana.',
        spot: 'Me duele un punto de un hueso del pie cuando lo aprieto, y empeora con cada carrera o caminata.',
        cold: 'Los dedos del pie se ponen blancos o azules con el frío, y luego recuperan su color.',
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
      options: yesNo('Sí.', 'No, solo cuando corro o salto.'),
    },
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'blocked-artery': {
      title: 'Puede ser un bloqueo de la circulación en la pierna',
      about:
        'Una arteria es un tubo que lleva sangre a la pierna. Si se tapa, la pierna puede dañarse en pocas horas, aunque no duela mucho.',
      now: [
        callNow,
        'Anote la hora en que empezó.',
        'Deje la pierna plana o un poco baja. No la suba, frote ni caliente.',
      ],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'Puede ser presión que sube dentro de la pierna',
      about:
        'La hinchazón dentro de un músculo apretado puede cortarle la sangre. Sin atención rápida, el músculo puede morir.',
      now: [
        callNow,
        'Quítese cualquier soporte, vendaje, venda o calcetín apretado.',
        'Mantenga la pierna a la altura del corazón. No la suba mucho.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'Puede ser un hueso roto o una lesión grave',
      about:
        'Un crujido, o una pierna torcida, pálida, fría o sin sensibilidad tras una caída o un golpe, necesita atención ya.',
      now: [
        callNow,
        'No se apoye en la pierna ni trate de enderezarla.',
        'Si se ve el hueso, cúbralo con una tela limpia. No lo empuje hacia adentro.',
      ],
      call: [],
      today: [],
    },
    'bleeding-vein': {
      title: 'Es una vena que sangra',
      about:
        'Una vena hinchada cerca de la piel puede sangrar rápido. Presionar fuerte detiene la mayoría de los sangrados.',
      now: [
        callNow,
        'Acuéstese y suba la pierna por encima del corazón.',
        'Presione fuerte el lugar con una tela limpia, hasta que llegue la ayuda.',
      ],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'Puede ser presión sobre los nervios de la parte baja de la espalda',
      about:
        'Los nervios de la base de la espalda controlan la orina, las heces y las piernas. Si se aprietan, actuar rápido puede evitar un daño duradero.',
      now: [callNow, 'No espere a ver si mejora.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'Puede ser daño muscular grave',
      about:
        'El ejercicio muy fuerte puede deshacer el músculo. Lo que pasa a la sangre puede dañar los riñones.',
      now: [
        callNow,
        'Deje el ejercicio, salga del calor y tome agua a sorbos.',
        noIbuprofen,
        'Dígales todas las medicinas y suplementos que toma.',
      ],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'Puede ser una infección grave',
      about:
        'Una infección puede pasar a la sangre y dañar todo el cuerpo. Necesita atención rápida.',
      now: [callNow, 'Dígales que tiene fiebre y una pierna adolorida.'],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'Puede ser un coágulo de sangre en el pulmón, o un problema del corazón',
      about:
        'Un coágulo de una vena de la pierna puede viajar al pulmón. El dolor de pecho o el desmayo también pueden venir del corazón.',
      now: [callNow, 'Siéntese derecho y muévase lo menos posible.', unlock],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'Necesita ayuda de emergencia ahora',
      about: 'Esto puede venir del corazón, del calor o de otra cosa. No espere a averiguarlo.',
      now: [callNow, 'Deje todo esfuerzo. Siéntese o acuéstese.', unlock],
      call: [],
      today: [],
    },
    'torn-tendon': {
      title: 'Puede ser un desgarro de tendón o de músculo de la pantorrilla',
      about:
        'Un tendón une el músculo al hueso. Un chasquido atrás en la pantorrilla o el talón, o no poder ponerse de puntillas, puede ser un desgarro del tendón del talón o de un músculo de la pantorrilla, aunque pueda caminar.',
      now: [
        'Vea a un médico hoy: el tratamiento funciona mejor en uno o dos días.',
        'Pídale al médico la prueba de apretar la pantorrilla.',
        'No estire la pantorrilla. Mantenga los dedos del pie apuntando un poco hacia abajo.',
        'Póngale hielo 20 minutos cada vez.',
      ],
      call: [callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'Puede ser un hueso roto',
      about:
        'Si no puede apoyar el peso en la pierna o dar 4 pasos, puede haber un hueso roto o agrietado. Una radiografía lo dirá.',
      now: [seeToday, 'No camine con esa pierna. Use muletas, o pida ayuda para moverse.', restUp],
      call: [callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'Puede ser mala circulación que pone en riesgo su pie',
      about:
        'Esto puede indicar que al pie no le llega suficiente sangre. La atención rápida puede salvar el pie.',
      now: [
        seeToday,
        keepLow,
        'Mantenga el pie limpio y seco. No le ponga calor.',
        'No ande sin zapatos.',
      ],
      call: [callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'vein-bled': {
      title: 'Una vena que sangró necesita una revisión hoy',
      about:
        'Una várice es una vena hinchada cerca de la piel. Si sangró una vez, puede volver a sangrar, y rápido.',
      now: [
        seeToday,
        'Si vuelve a sangrar, acuéstese, suba la pierna y presione fuerte con una tela limpia.',
      ],
      call: [callBleed, callFaint],
      today: [],
    },
    'leg-bleed': {
      title: 'Puede ser un sangrado dentro de la pierna',
      about:
        'Con anticoagulantes cuesta parar un sangrado. Un moretón o hinchazón que sigue creciendo puede ser sangrado dentro de la pierna.',
      now: [
        seeToday,
        'No deje su anticoagulante por su cuenta. Pregunte hoy al médico por su próxima dosis.',
        restUp,
      ],
      call: ['La pierna se pone tensa y dura, y el dolor empeora muchísimo.', callFaint, callCold],
      today: [],
      tell: 'Dígale al médico el nombre y la dosis de su anticoagulante.',
    },
    'leg-infection': {
      title: 'Puede ser una infección de la piel o de la pierna',
      about:
        'Los gérmenes de una cortadita pueden poner la piel roja o más oscura, caliente, hinchada y adolorida. Con fiebre, necesita medicina pronto.',
      now: [
        seeToday,
        'Marque con un bolígrafo el borde de la zona afectada, para ver si se extiende.',
        'Descanse con la pierna en alto.',
      ],
      call: [callFaint, 'El dolor es mucho peor de lo que se ve en la piel.'],
      today: [],
      tell: diabetesTell,
    },
    'muscle-damage': {
      title: 'Sus músculos pueden estar dañados',
      about:
        'El ejercicio fuerte o una estatina pueden dañar los músculos. Un análisis de sangre, el CK, muestra cuánto. La orina oscura es una señal tardía: no la espere.',
      now: [
        'Vea a un médico hoy y pida un análisis de sangre de CK.',
        'No haga ejercicio hasta ver al médico, y tome agua.',
        noIbuprofen,
        'Si toma una estatina, no la deje por su cuenta. Llame a su médico hoy.',
      ],
      call: [callPee, callFaint],
      today: [],
      tell: medsTell,
    },
    'pad-worse': {
      title: 'Su circulación puede estar empeorando',
      about:
        'Una arteria es un tubo que lleva sangre a la pierna. Si el dolor al caminar empieza o empeora de golpe, una puede estar cerrándose.',
      now: [seeToday, 'Descanse hasta ver al médico. No le ponga calor a la pierna.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'leg-clot': {
      title: 'Puede ser un coágulo de sangre en la pierna',
      about:
        'Un coágulo en una vena profunda de la pierna puede parecer un tirón o un calambre, con o sin hinchazón. Puede viajar al pulmón, así que hay que revisarlo hoy.',
      now: [
        'Vea a un médico hoy. Quizá necesite un ultrasonido hoy mismo.',
        'No viaje en avión ni lejos hasta que le revisen.',
        'No frote la pierna ni le dé masajes.',
      ],
      call: [callBreath, callFaint],
      today: [],
      tell: 'Háblele al médico de cualquier viaje, operación, hormonas o cáncer.',
    },
    'signs-unsure': {
      title: 'Un médico debe revisarle hoy',
      about: 'Tuvo dudas sobre algunas señales de alarma. Lo más seguro es revisarlas hoy.',
      now: [seeToday, 'Si una señal de la que dudó está pasando ahora, llame al {number}.'],
      call: [callBreath, callCold, callPee, callFaint],
      today: [],
    },
    'bone-stress-urgent': {
      title: 'Puede ser una lesión por estrés en un hueso, y hay que revisarla hoy',
      about: `${boneAbout} En la cadera, o si duele al caminar o de noche, el hueso se puede romper del todo.`,
      now: [
        'Deje de correr ahora.',
        'Vea a un médico hoy. Quizá necesite una radiografía u otro estudio.',
        'Use muletas si le duele caminar.',
      ],
      call: ['La pierna se ve torcida, o de repente no puede apoyarse en ella.'],
      today: [],
    },
    'soreness-not-settling': {
      title: 'Este dolor necesita una revisión hoy',
      about:
        'El dolor muscular normal es peor los primeros 3 días y luego mejora. Si es muy fuerte, le debilita, empeora o dura una semana, puede ser daño muscular.',
      now: [
        'Vea a un médico hoy y pregunte por un análisis de sangre de CK.',
        'Deje el ejercicio que lo causó, y tome agua.',
        noIbuprofen,
      ],
      call: [callPee, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Su tirón muscular necesita una revisión hoy',
      about: `${strain}. Este necesita un médico: no sana, toma anticoagulante, o no pudo probar ponerse de puntillas. Un coágulo también puede parecer un tirón.`,
      now: [seeToday, 'Descanse la pierna. No la frote ni le dé masajes.'],
      call: [callBreath, callCold],
      today: [],
    },
    claudication: {
      title: 'Parece claudicación',
      about: `${claud} En personas jóvenes y en forma puede haber otras causas. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'claudication-atypical': {
      title: 'Parece claudicación, sentida en el muslo o la nalga',
      about: `${claud} Si la parte estrecha está más arriba, duele el muslo, la cadera o la nalga. ${checkCause}`,
      now: padSteps,
      call: [callCold],
      today: padToday,
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Deben revisarle tanto las venas como las arterias',
      about:
        'Las piernas pesadas apuntan a las venas. El dolor al caminar que se alivia quieto de pie puede venir de las arterias, los tubos que llevan sangre a las piernas. Una cita revisa ambas.',
      now: [legsUp, noStockings, smoke],
      call: [callCold, callBleed],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Deben revisar su circulación',
      about:
        'Sus respuestas no apuntan a una causa clara. Puede ser la EAP, o enfermedad arterial periférica: arterias de las piernas estrechas. También podría ser la espalda o músculos tensos. Una revisión lo dirá.',
      now: [note, 'Siga caminando cada día.', smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen],
    },
    'venous-insufficiency': {
      title: 'Puede ser un problema de las venas',
      about:
        'Las venas llevan la sangre de vuelta al corazón. Si están débiles, la sangre se acumula en las piernas, que se sienten pesadas y adoloridas. Se llama insuficiencia venosa crónica.',
      now: [legsUp, noStockings],
      call: [callBleed, callBreath],
      today: [
        todaySwollen,
        'Una herida cerca del tobillo no sana, o la piel se pone roja y caliente.',
      ],
    },
    'bone-stress': {
      title: 'Puede ser una lesión por estrés en un hueso',
      about: `${boneAbout} El descanso lo sana. Si sigue corriendo, se puede romper.`,
      now: ['Deje de correr y saltar ahora.', swim, relief],
      call: ['La pierna se ve torcida, o de repente no puede apoyarse en ella.'],
      today: [
        'Empieza a dolerle solo con caminar, o de noche.',
        'Le empieza a doler la cadera o la ingle.',
      ],
    },
    'spinal-stenosis': {
      title: 'Puede venir de su espalda',
      about:
        'Si se aprietan los nervios de la parte baja de la espalda, las piernas pueden doler de pie o al caminar. Sentarse o inclinarse hacia adelante lo alivia. Se llama estenosis espinal.',
      now: [
        'Siéntese y descanse cuando llegue el dolor.',
        'Siga caminando un poco cada día. Apoyarse en un carrito puede ayudar.',
        relief,
      ],
      call: [
        'Pérdida de sensibilidad nueva en las nalgas, o problemas nuevos con la orina o las heces.',
        'Las dos piernas se debilitan, o un pie empieza a arrastrarse.',
      ],
      today: ['El dolor le despierta de noche, o puede caminar menos que antes.'],
    },
    'exertional-compartment': {
      title: 'Puede ser presión en los músculos de la pierna por el ejercicio',
      about:
        'En algunos corredores, los músculos de la pierna se hinchan en su espacio apretado con el ejercicio y duelen hasta parar. El médico puede revisar también el hueso y los vasos sanguíneos.',
      now: [
        'Descanse de correr, o cambie a un deporte que no le cause el dolor.',
        'No siga corriendo con dolor.',
      ],
      call: [
        'Al parar, el dolor empeora en vez de mejorar. O la pierna sigue tensa y dura, o el pie pierde la sensibilidad.',
      ],
      today: [todaySwollen],
    },
    'joint-pain': {
      title: 'Parece dolor de articulación',
      about:
        'El dolor, la rigidez o la hinchazón de rodilla o cadera suelen venir de la articulación misma, como el desgaste.',
      now: [
        'Siga moviéndose, pero reduzca lo que lo empeora.',
        'Pruebe hielo o calor 20 minutos cada vez.',
        relief,
      ],
      call: [callCold],
      today: ['La articulación se pone roja, caliente e hinchada, o le da fiebre.', todayWeight],
    },
    'cold-toes': {
      title: 'Sus dedos del pie pueden ser sensibles al frío',
      about:
        'En algunas personas, los vasos sanguíneos pequeños de los dedos del pie se cierran con el frío. Si empieza después de los 30 años, un médico debe buscar la causa.',
      now: [
        'Mantenga los pies calientes con calcetines y zapatos abrigados.',
        'Caliente los dedos del pie fríos poco a poco, en agua tibia, no caliente.',
        smoke,
      ],
      call: [callCold],
      today: ['Un dedo del pie se queda blanco, azul o negro, o tiene una herida.'],
    },
    'no-fit': {
      title: 'Su médico debe revisar este dolor',
      about:
        'Sus respuestas no apuntan a una causa clara. Un médico puede examinar su pierna y averiguar más.',
      now: [note, relief],
      call: [
        callBreath,
        callCold,
        'La pierna se pone tensa o dura y el dolor es mucho peor de lo esperado, o el pie pierde la sensibilidad.',
      ],
      today: [todaySwollen, 'El dolor empeora mucho.'],
    },
    'acute-soreness': {
      title: 'Parece dolor normal después del ejercicio',
      about:
        'Un ejercicio fuerte cansa los músculos, que arden o duelen. Se quita en pocas horas de descanso.',
      now: [
        'Descanse y tome agua.',
        gentle,
        'Aumente sus ejercicios poco a poco.',
        'Si el mismo dolor vuelve cada vez que camina cierta distancia, pida una cita para revisar su circulación.',
        'Si no se ha quitado para mañana, haga esta revisión otra vez.',
      ],
      call: [callPee, callBreath],
      today: [todayClot, 'Sus músculos se sienten muy débiles o muy hinchados.'],
    },
    doms: {
      title: 'Parece dolor muscular tardío',
      about:
        'El ejercicio nuevo o fuerte, como una primera caminata larga, causa desgarros diminutos en los músculos. Duelen un día después, más al día 2 o 3, y luego sanan. Los médicos lo llaman DOMS.',
      now: [
        'Descanse y tome agua.',
        gentle,
        relief,
        'No repita el mismo ejercicio fuerte hasta que se sienta mejor.',
      ],
      call: [callPee],
      today: [
        todayClot,
        'Empeora después del día 3, o dura más de 7 días.',
        'No puede caminar normal, subir escaleras o levantarse de una silla.',
      ],
    },
    'calf-strain': {
      title: 'Parece un tirón muscular',
      about: `${strain}, a menudo por empujar o estirar de golpe. Un coágulo puede parecer un tirón: piense en uno si no hubo un momento claro de inicio.`,
      now: [
        'Durante 2 a 3 días, descanse la pierna, póngale hielo 20 minutos cada vez y súbala.',
        wrap,
        relief,
        'Empiece a caminar suave cuando baje el dolor. Casi todos los tirones sanan en 2 a 6 semanas.',
      ],
      call: [callBreath],
      today: [todayClot, 'No mejora tras 5 a 7 días de cuidado en casa.', 'Le da fiebre.'],
    },
    overuse: {
      title: 'Parece una lesión por uso excesivo',
      about:
        'Entrenar más de lo acostumbrado puede hacer doler espinillas, rodillas, talones o tendones. Un tendón une el músculo al hueso.',
      now: [
        'Por ahora, corra y salte menos.',
        swim,
        'Póngase hielo en el punto adolorido 15 minutos después de la actividad.',
        relief,
        'Cuando mejore, aumente poco a poco: un poco más cada semana.',
        'Si no mejora en 2 semanas, vea a un médico o a un fisioterapeuta.',
      ],
      call: [callBreath, callCold],
      today: [
        'Le duele un punto de un hueso al apretarlo, o le duele de noche o solo con caminar.',
        todayWeight,
      ],
    },
    'night-cramps': {
      title: 'Parecen calambres nocturnos',
      about:
        'Un calambre es un apretón fuerte y repentino de un músculo. Los calambres nocturnos de pantorrilla son comunes y no dañan.',
      now: [
        'Cuando le dé un calambre, póngase de pie y apoye el talón con fuerza, o lleve los dedos del pie hacia usted.',
        'Estire las pantorrillas antes de acostarse.',
        'Vea a su médico si los calambres le dan casi todas las noches, o con otras señales.',
      ],
      call: [callBreath, callCold],
      today: [
        'Una pierna se hincha o está caliente. Calambres con hinchazón no son solo calambres.',
      ],
    },
  },
};
