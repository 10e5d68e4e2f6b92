/**
 * Spanish for US patients, written fresh from ../shared/CLINICAL.md (version 3) to match en.ts key
 * for key: plain words, "usted" throughout, medical words explained where they appear, and the
 * known fixes of the "Spanish" section ("quieto de pie o sentado", "dedos del pie", "pierde la
 * sensibilidad (se entumece)" on every 911 line, "distensión o pequeño desgarro" (no "rotura"),
 * "sala de emergencias", "en pocas horas", "se ha desmayado", "se pusieron tan débiles",
 * "incluso al caminar", "fría y sudorosa (pegajosa)", "le duele mucho al tocarla", "con manchas").
 * A line shared in English is one shared constant here too: a card drops repeated sentences by
 * exact string, and ui.still holds the very sentences that raise or ice a leg. Safety lines are
 * never cut to fit the 12 KB gzip budget (scripts/size.mjs).
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
// How long, never joined with how it started: every day belongs to one answer.
const sinceOptions = {
  recent: 'Hace 2 semanas o menos.',
  weeks: 'Hace más de 2 semanas, pero no más de un mes.',
  long: 'Hace más de un mes.',
  unsure,
};
const since: QuestionText = {
  title: '¿Cuándo empezó este dolor por primera vez?',
  hint: 'Cuente desde el primer día que lo tuvo, aunque vaya y venga.',
  options: sinceOptions,
};
const where: QuestionText = {
  title: '¿Dónde le duele?',
  hint: 'Marque cada lugar donde le duele.',
  options: {
    calf: 'La pantorrilla: atrás de la pierna, bajo la rodilla.',
    thigh: 'El muslo: por delante, por el costado, por detrás o todo. O la nalga.',
    'back-knee': 'La parte de atrás o de adentro de la rodilla.',
    whole: 'Toda la pierna.',
    knee: 'La rodilla por delante o por fuera, o alrededor de la rótula.',
    hip: 'La articulación de la cadera o la ingle.',
    shin: 'El frente de la pierna bajo la rodilla: el hueso de la espinilla o los músculos de al lado.',
    spot: 'Un punto de un hueso. Me duele al apretarlo o al saltar en un pie.',
    foot: 'El tobillo, el pie, el talón o los dedos del pie.',
    unsure,
  },
};
const burn = 'Ardor o dolor durante o justo después de un ejercicio más fuerte de lo normal.';
const nextDay =
  'Músculos adoloridos y rígidos que empezaron de 12 a 48 horas después de un ejercicio más fuerte de lo normal.';
const patternBoth = {
  pull: 'En un momento preciso, como al correr rápido, una patada, una torcedura o un golpe: un tirón o dolor agudo repentino en un punto.',
  burn,
  'next-day': nextDay,
  heavy: 'Siento las piernas pesadas o llenas, y empeora cuanto más tiempo estoy de pie.',
  walking: 'Dolor que aparece cuando camino.',
  cramp:
    'Un calambre o un músculo tenso durante el ejercicio o un partido: se apretó, de golpe o poco a poco, y luego se aflojó al estirarlo o descansar.',
  night: 'Calambres de noche o en reposo, que se quitan en unos minutos.',
  'run-tight':
    'Bajo la rodilla, las piernas se ponen tensas y duelen en el mismo punto de cada carrera o entrenamiento.',
  other: 'Ninguna de estas: empezó por sí solo.',
  unsure,
};
const pattern: QuestionText = {
  title: '¿Cómo empezó este dolor?',
  hint: firstHint,
  options: patternBoth,
};
// One leg: soreness is a clear cause only when the workout worked that leg more.
const moreThisLeg =
  'Trabajé esta pierna más que la otra, como en ejercicios de una pierna, patadas o zancadas.';
const patternOne: QuestionText = {
  ...pattern,
  options: {
    ...patternBoth,
    burn: `${burn} ${moreThisLeg}`,
    'next-day': `${nextDay} ${moreThisLeg}`,
    heavy: 'Siento la pierna pesada o llena.',
  },
};
const tiptoe = 'Agárrese de algo y párese en la pierna adolorida. ¿Puede subir de puntillas?';
const tiptoeOptions = {
  yes: 'Sí, puedo.',
  hurts: 'Me duele, pero puedo subir un poco.',
  no: 'No, no puedo subir nada.',
  unsure,
};
const better = 'Está mejorando.';
const same = 'Está más o menos igual.';
const worse = 'Está empeorando.';
const strainLate: QuestionText = {
  title: '¿Cómo está ahora?',
  hint: firstHint,
  options: {
    fever: 'Tengo fiebre o escalofríos.',
    worse,
    rest: 'Me duele incluso sentado o acostado sin moverme, no solo al mover, estirar o apretar la zona.',
    better,
    same,
    unsure,
  },
};
// In the first days a strain may be too new to tell which way it goes.
const strainNow: QuestionText = {
  ...strainLate,
  options: {...strainLate.options, today: 'Pasó hoy o ayer, así que aún es pronto para saberlo.'},
};
const walkRest: QuestionText = {
  title: '¿Este dolor empieza alguna vez cuando está quieto de pie o sentado?',
  options: yesNo(
    'Sí, puede empezar cuando estoy quieto de pie o sentado.',
    'No, nunca empieza cuando estoy quieto de pie o sentado.',
  ),
};
const restEase: QuestionText = {
  title: '¿Qué le alivia el dolor?',
  options: {
    sit: 'Sentarme o inclinarme hacia adelante.',
    raise: 'Poner las piernas en alto.',
    other: 'Otra cosa.',
    nothing: 'Nada me ayuda.',
    unsure,
  },
};
const last3 = 'En los últimos 3 meses:';
const thinner = 'un anticoagulante u otra medicina contra los coágulos';
const drugs =
  'warfarina, apixabán (Eliquis), rivaroxabán (Xarelto), dabigatrán (Pradaxa), inyecciones de heparina o Lovenox, clopidogrel (Plavix), Brilinta, Effient, o aspirina todos los días.';
const signsHint = 'Marque cada una que corresponda, aunque ya haya pasado.';
const crampGame: QuestionText = {
  title: '¿Cómo está ese músculo ahora?',
  hint: firstHint,
  options: {
    returns: 'El mismo dolor vuelve cada vez que camino cierta distancia, y se quita al parar.',
    hard: 'Sigue duro, o muy adolorido, 2 horas o más después.',
    rest: 'Me duele incluso sentado o acostado sin moverme.',
    worse,
    late: 'El calambre fue hace más de 2 días, y sigue adolorido.',
    recent: 'El calambre fue hace menos de 2 horas, y sigue muy adolorido.',
    soon: 'El calambre fue hace 2 días o menos, y solo está un poco adolorido.',
    fine: 'Está normal otra vez.',
    unsure,
  },
};
const burnFade: QuestionText = {
  title: '¿El ardor o el dolor se quitó en pocas horas de descanso?',
  hint: firstHint,
  options: {
    returns: 'Vuelve cada vez que camino cierta distancia, y se quita al parar.',
    yes: 'Sí, se quitó en pocas horas.',
    soon: 'Aún no han pasado unas horas desde que paré.',
    no: 'No, aún lo siento horas después.',
  },
};
const between: QuestionText = {
  title: '¿Cómo siente esa pierna entre un calambre y otro?',
  options: {
    normal: 'Normal. Sin dolor ni hinchazón de día.',
    heavy: 'Pesada o adolorida, o se me hinchan los tobillos por la tarde.',
    walking: 'Me duele al caminar.',
    unsure,
  },
};
// Numbness on every 911 line: "pierde la sensibilidad (se entumece)", never "entumido".
const numb = 'pierde la sensibilidad (se entumece)';

// "Llame al {number} si": shared by several cards.
const callBreath =
  'Falta de aire nueva, dolor de pecho, tos con sangre o el corazón acelerado en reposo.';
const callFaint = 'Se ha desmayado, o se siente muy mal o tiene confusión.';
const callChest =
  'Dolor o presión en el pecho, brazo, mandíbula o cuello, con sudor o náuseas. O la piel se pone gris, fría y sudorosa (pegajosa).';
const callStroke = `La cara, un brazo o una pierna de un lado se debilita o ${numb}, o le cuesta hablar o ver.`;
const callSudden =
  'Dolor fuerte y repentino en el pecho, la barriga, la ingle, un testículo o la espalda.';
const callIll = 'Fiebre o escalofríos, y se siente muy enfermo.';
const callCold = `La pierna o el pie se pone frío, pálido, azul o gris, o ${numb} o se debilita, y es nuevo. O no puede mover el pie o los dedos del pie.`;
const callPee =
  'Orina oscura como té o Coca-Cola, o roja o café. O mucha menos orina de lo normal, aunque beba.';
const callBleed = 'Una vena sangra y no para: presione fuerte encima y acuéstese.';
// Raising a leg helps a bleed, but harms a leg whose blood flow may be cut off. Stop steps say
// "sin sensibilidad": "entumecida" can read as stiff from cold.
const raise = 'Suba la pierna si no está fría, pálida ni sin sensibilidad.';
const callTight = `Dolor mucho peor de lo esperado. Y una de estas: la pierna está tensa o dura, le duele mucho más al mover los dedos del pie, o el pie ${numb} o le hormiguea.`;
const callBent = 'La pierna se ve torcida, o de repente no puede apoyarse en ella.';
const callBone = 'El hueso sale por la piel.';
const callDeep = 'Dolor mucho peor de lo que se ve en la piel, con fiebre o escalofríos.';
const callBack =
  'Pierde la sensibilidad (se entumece) entre las piernas o alrededor de las nalgas, y es nuevo. O problemas nuevos para orinar o aguantar la orina o las heces.';
const callLegsWeak = 'Debilidad nueva en las dos piernas, o empezó a arrastrar un pie.';
// "Vea a un médico hoy si".
const todaySwollen =
  'Una pierna se pone más hinchada o caliente que la otra: toda la pantorrilla, el tobillo o toda la pierna.';
const todayClot =
  'Toda la pantorrilla, el tobillo o toda la pierna se hincha o calienta, o el dolor empeora en vez de mejorar. Un coágulo puede parecer un tirón.';
const todayFoot =
  'Dolor nuevo en el pie o los dedos del pie, en reposo o de noche, o una herida en el pie o un dedo del pie sin sanar en 2 semanas.';
// Soreness may get worse up to day 2 or 3: after that, or at rest, it is no workout's.
const todaySoreClot =
  'Toda la pantorrilla, el tobillo o toda la pierna se hincha o calienta. O el dolor empeora después del día 3, o le duele incluso sentado o acostado sin moverse. Un coágulo puede parecer dolor muscular.';
const todayCramp =
  'La pierna le duele incluso en reposo, o el dolor empeora en vez de mejorar. Un coágulo puede parecer un calambre.';
const todayWeight = 'No puede apoyar peso en la pierna.';
const todayWeak =
  'Los músculos se hinchan mucho, o están tan adoloridos o débiles que no puede caminar normal, subir escaleras o levantarse de una silla.';
// Other places a visitor ticked are not asked about on a muscle's path: their urgent signs here.
const todayBone =
  'Un dolor profundo en la ingle o la cadera, o en un punto de un hueso, empeora con cada carrera.';
const ck = 'Pida un análisis de sangre de CK.';
const todayStatin = `Toma una estatina, y el dolor es peor que de costumbre, sigue tras el día 3, o se siente débil. ${ck}`;
// Shared advice.
const noIbuprofen =
  'Para el dolor, tome solo acetaminofén (Tylenol). No tome ibuprofeno ni naproxeno hasta que un médico revise sus riñones.';
const relief =
  'Para el dolor, el acetaminofén (Tylenol) es seguro para casi todos. No tome ibuprofeno ni naproxeno si está embarazada o toma un anticoagulante, aspirina diaria o Plavix. Tampoco si tiene enfermedad de los riñones, úlcera de estómago, insuficiencia cardíaca u orina oscura. Si duda, pregunte en la farmacia.';
const keepLow =
  'Deje la pierna plana o un poco baja. No la suba, frote ni le ponga hielo ni calor.';
const iceCloth = 'Póngale hielo envuelto en una tela, de 15 a 20 minutos cada vez.';
const noIce = 'Sin hielo si tiene mala circulación.';
const iceOnly = `${iceCloth} ${noIce}`;
const restUp = `Descanse la pierna. ${raise}`;
const ice = `${restUp} ${iceOnly}`;
const noRub = 'Descanse la pierna. No la frote ni le dé masajes.';
const stopWater = 'No haga ejercicio hasta que le vean, y tome agua.';
const wrap =
  'Una venda firme, no apretada, puede ayudar. Quítela si los dedos del pie se ponen fríos, pálidos, sin sensibilidad o con hormigueo. Sin venda si tiene mala circulación o diabetes.';
const swim = 'Mejor nade o ande en bici, si no le duele.';
const buildUp = 'Cuando mejore, aumente poco a poco.';
const gentle = ['Descanse y tome agua.', 'Muévase suave, como caminar despacio.'];
const noStockings = 'No compre medias de compresión hasta que le revisen las arterias.';
const stockings =
  'Si ya usa medias de compresión y le ayudan, siga usándolas hasta su cita. Dígaselo al médico.';
const walkDaily = 'Camine cada día.';
const legsUp = `Ponga las piernas en alto al descansar, pero no si los pies se ponen fríos, pálidos o le duelen más. ${walkDaily}`;
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
const padTell = 'Dígale al médico cuánto puede caminar antes de que empiece el dolor.';
const noFit = 'Sus respuestas no apuntan a una causa clara.';
const checkCause = 'Una revisión muestra su causa.';
const pad =
  'la EAP, o enfermedad arterial periférica: las arterias de sus piernas están estrechas.';
const claud = `La claudicación es dolor de pierna al caminar que se quita al descansar. Suele venir de ${pad}`;
const boneTitle = 'Puede ser una lesión por estrés en un hueso';
const boneAbout =
  'Correr o saltar demasiado puede agrietar un hueso poco a poco: una lesión por estrés.';
const tendon = 'Un tendón une el músculo al hueso.';
const strain = 'Un tirón (distensión o pequeño desgarro) es una lesión pequeña de un músculo.';
const bloodCheck = 'pida cita para revisar su circulación.';
const diabetesTell = 'Dígale al médico si tiene diabetes.';
const meds = 'todas las medicinas y suplementos que toma.';
const medsTell = `Dígale al médico ${meds}`;

export const es: Strings = {
  ui: {
    title: '¿Dolor de piernas tras el ejercicio?',
    intro: 'Vea qué puede ser el dolor y qué hacer.',
    language: 'Idioma',
    languageFailed: 'No se pudo cargar {language}. Inténtelo de nuevo más tarde.',
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
    wait: 'Si empeora mientras espera, vuelva a llamar al {number}. Dígales todo cambio en sus piernas. No tome ninguna pastilla para el dolor, salvo que se lo indique el operador del {number}.',
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
    still: [raise, iceCloth, noIce],
    relief,
  },

  questions: {
    signs: {
      title: 'Desde que empezó este dolor de pierna, ¿ha tenido algo de esto?',
      hint: `${signsHint} Necesitan ayuda rápida.`,
      groups: {
        body: 'Respiración, desmayo, pecho o todo el cuerpo',
        sudden: 'Señales repentinas en otras partes',
        leg: 'Su pierna',
        pee: 'Orina, nalgas o espalda',
      },
      options: {
        breath:
          'Falta de aire nueva, aunque sea leve: en reposo, o con menos esfuerzo que antes, como escaleras o una caminata corta. No cuenta su jadeo normal del ejercicio fuerte. O dolor de pecho, tos con sangre, se ha desmayado o casi, o el corazón acelerado en reposo.',
        chest:
          'Dolor, presión u opresión en el pecho, brazo, mandíbula, cuello o la boca del estómago, con sudor, náuseas o falta de aire.',
        unwell:
          'Muy mal: se desplomó y no podía levantarse, o estaba tan débil o a punto de desmayarse que no podía estar de pie, y no solo por el dolor de pierna. O tuvo confusión o no hablaba con sentido. O la piel se puso gris, fría y sudorosa (pegajosa).',
        stroke: `Señales de derrame cerebral: de repente, la cara, un brazo o una pierna de un lado se debilita o ${numb}. O de repente le cuesta hablar, pierde la vista, o tiene el peor dolor de cabeza de su vida.`,
        belly:
          'Dolor fuerte y repentino en la barriga, la ingle o un testículo, o dolor desgarrador en la espalda. No cuenta un tirón que sintió al levantar algo o moverse, salvo que también haya vomitado o se haya desmayado.',
        'fever-unwell':
          'Fiebre o escalofríos, y al menos una de estas: confusión, mucho sueño, respira rápido, o piel con manchas o gris. O dolor mucho peor de lo que se ve en la piel, con fiebre o escalofríos, aunque la piel no tenga heridas.',
        'cold-leg': `La pierna o el pie se pone frío, pálido, azul o gris. O ${numb}, o se debilita tanto que no puede moverla como de costumbre (no solo porque duele), o no puede mover el pie o los dedos del pie. Empieza de repente o en los últimos días, y no es lo de siempre. Con o sin dolor. No cuenta: un pie que se le durmió y se le pasó en pocos minutos, un calambre que pasó, dedos del pie que se ponen blancos o azules con el frío y recuperan el color a los pocos minutos de calentarse, un sarpullido caliente que pica en una pierna que no está fría, sin sensibilidad ni débil, ni una rodilla o un tobillo que falló o no se estira después de lastimarlo, ni un pie que se arrastra con dolor de espalda (eso va en la opción de la espalda).`,
        'tight-leg': `Dolor mucho peor de lo esperado. Y una de estas: sintió la pierna tensa o dura, le dolía mucho más al mover los dedos del pie, o el pie ${numb} o le hormiguea. No cuenta un calambre que se alivió en pocos minutos al estirar.`,
        injury: `Tras una caída, un golpe, una torcedura o caer mal: la pierna se ve torcida o deformada. O el hueso sale por la piel. O la pierna se pone pálida o fría, o ${numb}, y no se le pasa en pocos minutos. No cuenta solo un moretón o hinchazón.`,
        bleeding:
          'Una vena de la pierna está sangrando ahora y no para. (Si ya paró, está en la página siguiente.)',
        'dark-urine':
          'Tras el ejercicio: orina oscura como té o Coca-Cola, o roja o café. O mucha menos orina de lo normal aunque beba, o nada de orina en 8 horas estando despierto. No cuenta la orina amarilla oscura que se aclara al tomar agua.',
        back: `${callBack} O las dos piernas pierden la sensibilidad (se entumecen), o se debilitan tanto que le fallan, y es nuevo. O un pie empezó a arrastrarse o a golpear el suelo en cada paso, y aún le pasa. No cuenta: músculos débiles y adoloridos tras el ejercicio o por una estatina (esos van en la página siguiente).`,
        none,
        unsure,
      },
    },
    'urgent-signs': {
      title: 'Y desde que empezó el dolor, ¿ha tenido algo de esto?',
      hint: `${signsHint} Necesitan un médico hoy.`,
      groups: {
        swell: 'Hinchazón, piel o una articulación',
        hurt: 'Una lesión o un sangrado',
        meds: 'Músculos y medicinas',
        flow: 'Circulación y pies',
        other: 'Otras cosas',
      },
      options: {
        swollen:
          'Una pierna se ha puesto más hinchada o caliente que la otra: toda la pantorrilla, el tobillo o toda la pierna. No cuenta: hinchazón o calor solo donde se torció, se golpeó o se dio un tirón, ni hinchazón de hace meses que no ha cambiado.',
        skin: 'Una zona de piel de la pierna o el pie está roja o más oscura, caliente, y se extiende. Con o sin fiebre. No cuenta un moretón.',
        fever:
          'Fiebre o escalofríos, con una pierna, pie o articulación roja, caliente, hinchada o que le duele mucho al tocarla.',
        joint:
          'Una articulación (rodilla, tobillo o cadera) se hinchó y se puso caliente o roja. O le duele tanto que casi no puede doblarla ni apoyarse en ella, y le duele incluso cuando la descansa. Y no lo explica una torcedura, caída ni golpe. Con o sin fiebre. No cuenta el dolor solo al correr, saltar, ponerse en cuclillas o usar escaleras.',
        pop: 'Cuando empezó a doler, sintió u oyó un chasquido o tronido en la pierna: la nalga o atrás del muslo, la rodilla, la pantorrilla o el talón. O sintió como una patada ahí. O desde entonces no puede estirar la rodilla o levantar la pierna recta. Márquelo aunque pueda caminar. No cuenta una rodilla o un tobillo que truena o cruje a menudo.',
        'no-weight':
          'Oyó un crujido cuando se lastimó. O ahora no puede apoyar peso en la pierna ni dar 4 pasos, aunque sea cojeando. No cuenta un calambre que ya pasó.',
        ankle:
          'Se torció el tobillo o el pie, y le duele un hueso al apretarlo con firmeza. Apriete cada uno ahora: el borde de atrás o la punta del hueso saliente a cada lado del tobillo; el bulto en el borde de afuera del pie, a la mitad; el bulto en el lado de adentro del pie, justo delante del tobillo. O el pie no siente bien por diabetes o daño en los nervios, así que no puede saberlo.',
        'stress-hip':
          'Un dolor profundo en la ingle o el frente de la cadera. Empezó tras correr o caminar más de lo normal, y empeora con cada carrera, o ahora le duele al caminar o de noche.',
        'vein-bled': 'Una várice (vena hinchada) de la pierna sangró, y ya paró.',
        weak: 'Tras el ejercicio, sus músculos se pusieron tan débiles que no podía subir escaleras, o levantarse de una silla baja sin usar los brazos. Márquelo aunque ya haya mejorado.',
        statin:
          'Toma una estatina para el colesterol, como atorvastatina (Lipitor), simvastatina o rosuvastatina (Crestor). Y siente los músculos débiles, le duelen sin causa clara, siguen empeorando, o todavía le duelen más de 3 días después del ejercicio. No cuenta su dolor normal tras el ejercicio.',
        thinner: `Un moretón o hinchazón sigue creciendo, y toma ${thinner}: ${drugs}`,
        antibiotic:
          'Dolor nuevo en un tendón, como detrás del talón o bajo la rodilla. Y toma un antibiótico como ciprofloxacino (Cipro), levofloxacino o moxifloxacino, o lo tomó en el último mes.',
        foot: 'Dolor nuevo en los dedos del pie o la parte de adelante del pie, que aparece en reposo o acostado en la cama. Puede aliviarse con la pierna colgando. No cuenta un dolor donde se lastimó el pie (un golpe o una torcedura), ni un dolor tras correr que se quita al día siguiente. O una herida en el pie o un dedo del pie sin sanar en 2 semanas, o piel negra en un dedo del pie. O tiene diabetes y una herida, ampolla o corte nuevo en el pie, o el pie de repente caliente, rojo o hinchado, aunque no duela.',
        'flow-worse':
          'En las últimas 2 semanas, empezó a dolerle la pierna al caminar: aparece al caminar y se alivia al parar, sin lesión que lo cause. No cuenta el dolor muscular tras el ejercicio, ni el dolor de espinilla, rodilla, talón o un tendón por correr más. O sabe que tiene mala circulación, un stent o bypass en la pierna, y el dolor empeoró de repente o ya no se quita.',
        severe:
          'Dolor tan fuerte que no le deja dormir ni pensar en otra cosa. No se ha aliviado con descanso, ni con pastillas para el dolor, si tomó alguna.',
        elsewhere:
          'Desde que empezó el dolor de pierna, un problema nuevo en otra parte: dolor de cabeza fuerte y nuevo, vista borrosa, o fiebre alta. O está embarazada o tuvo un bebé en las últimas 6 semanas, y se le empezaron a hinchar la cara o las manos, o tiene dolor de cabeza fuerte.',
        none,
        unsure,
      },
    },
    legs: {
      title: '¿Qué pierna le duele?',
      options: {
        one: 'Una pierna.',
        'one-worse': 'Las dos, pero una está mucho peor, o empezó primero en una.',
        either: 'A veces una pierna, a veces la otra, pero no las dos a la vez.',
        both: 'Las dos, más o menos igual.',
        unsure,
      },
    },
    'where-one': where,
    'where-both': where,
    'clot-risk': {
      title: '¿Alguna de estas cosas es cierta para usted?',
      hint: 'Marque todas las que correspondan. Hacen más probable un coágulo, que puede parecer un tirón muscular.',
      options: {
        travel: `${last3} un viaje sentado de 4 horas o más, como en avión o un viaje largo en carro.`,
        surgery: `${last3} una operación, una hospitalización, o reposo en cama de 3 días o más.`,
        cast: `${last3} tuve una pierna con yeso o bota ortopédica, o una férula que no me dejaba mover la rodilla o el tobillo, o usé muletas. No cuenta una rodillera o tobillera que uso para hacer deporte.`,
        pregnant: 'Estoy embarazada, o tuve un bebé en los últimos 3 meses.',
        hormones: `${last3} pastillas anticonceptivas, o parche, anillo o inyección anticonceptivos, pastillas o parches de hormonas para la menopausia, medicina hormonal para el cáncer (como tamoxifeno), o testosterona. No cuentan pastillas para la tiroides ni insulina.`,
        cancer: 'Tengo cáncer ahora, o recibí tratamiento para el cáncer en los últimos 6 meses.',
        'clot-before':
          'Alguna vez tuve un coágulo en una pierna, un brazo o un pulmón. Aquí no cuenta un infarto ni un derrame cerebral.',
        family:
          'Tengo un problema de coagulación de la sangre. O uno de mis padres o hermanos tuvo un coágulo.',
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
      title: '¿El dolor aparece al caminar y se alivia a los pocos minutos de parar?',
      options: yesNo(),
    },
    'walk-since': {
      title: '¿Cuándo empezó por primera vez este dolor al caminar?',
      hint: since.hint,
      options: sinceOptions,
    },
    'burn-fade': burnFade,
    'burn-fade-one': burnFade,
    'doms-severe': {
      title: '¿Cuánto le limita el dolor?',
      options: {
        ok: 'Duele, pero puedo caminar, subir escaleras y levantarme de una silla. Los músculos no están muy hinchados.',
        bad: 'Los músculos están muy hinchados. O están tan adoloridos o débiles que no puedo caminar normal, subir escaleras o levantarme de una silla.',
        unsure,
      },
    },
    'doms-days': {
      title: '¿Hace cuántos días fue el ejercicio?',
      hint: 'El día después del ejercicio cuenta como hace 1 día.',
      options: {
        days1to3: 'Hace 3 días o menos.',
        days4to7: 'Hace de 4 a 7 días.',
        week: 'Hace más de 7 días.',
        unsure,
      },
    },
    'doms-trend': {
      title: '¿Cómo está el dolor ahora, comparado con ayer?',
      options: {better, same, worse, unsure},
    },
    'strain-days': {
      title: '¿Hace cuántos días se lastimó?',
      options: {recent: 'Hace 5 días o menos.', late: 'Hace más de 5 días.', unsure},
    },
    'strain-now': strainNow,
    'strain-late': strainLate,
    'strain-tiptoe': {
      title: tiptoe,
      options: {...tiptoeOptions, thigh: 'Mi dolor está en el muslo, no en la pantorrilla.'},
    },
    'heel-tiptoe': {title: tiptoe, options: tiptoeOptions},
    'strain-thinner': {
      title: `¿Toma ${thinner}?`,
      hint: `Como ${drugs}`,
      options: yesNo(),
    },
    'cramp-game': crampGame,
    'cramp-game-one': crampGame,
    'cramp-between': between,
    'cramp-between-one': between,
    'cramp-between-long': between,
    'cramp-between-one-long': between,
    'heavy-since': {
      title: '¿Cuándo empezó a sentir esta pierna pesada o llena?',
      hint: since.hint,
      options: sinceOptions,
    },
    'rest-sore': {
      title: '¿Los músculos adoloridos le duelen incluso sentado o acostado sin moverse?',
      options: yesNo('Sí.', 'No, solo al moverlos, estirarlos o apretarlos.'),
    },
    'walk-rest': walkRest,
    'walk-rest-one': walkRest,
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
      hint: 'La pantorrilla está atrás de la pierna, bajo la rodilla.',
      options: {
        calf: 'En la pantorrilla, y quizá en otras partes.',
        thigh:
          'En la nalga o la cadera, o en el frente, el costado o todo el muslo. No en la pantorrilla.',
        other:
          'Solo atrás del muslo, sin dolor en la nalga. O solo en la espinilla, el pie o una articulación.',
        unsure,
      },
    },
    'rest-ease': restEase,
    'rest-ease-one': restEase,
    'heavy-walk': {
      title:
        '¿También le duele al caminar, y el dolor se quita en 10 minutos o menos al quedarse quieto de pie?',
      options: yesNo(),
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
        joint: 'La articulación misma se hincha, o está rígida después de estar sentado o dormir.',
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
        spot: 'Me duele un punto del hueso al apretarlo o al saltar en un pie, y empeora con cada carrera.',
        tight:
          'Los músculos del frente o costado se ponen tensos en el mismo punto de cada carrera.',
        unsure,
      },
    },
    foot: {
      title: '¿Qué describe mejor su dolor de tobillo o de pie?',
      hint: firstHint,
      options: {
        twist: 'Me torcí el tobillo o el pie.',
        heel: 'Dolor en el cordón justo arriba de la parte de atrás del talón (el tendón de Aquiles), peor al empezar a correr.',
        arch: 'Dolor bajo el talón o el arco, peor al dar los primeros pasos del día.',
        spot: 'Me duele un punto de un hueso del pie al apretar o saltar en un pie, y empeora con cada carrera o caminata.',
        cold: 'Los dedos del pie se ponen blancos o azules con el frío, y luego vuelve el color.',
        other: 'Otra cosa.',
        unsure,
      },
    },
    'ankle-bone': {
      title: 'Apriete con firmeza cada uno de estos huesos. ¿Le duele alguno al apretarlo?',
      hint: 'El borde de atrás o la punta del hueso saliente a cada lado del tobillo. El bulto de hueso en el borde de afuera del pie, a la mitad. El bulto de hueso en el lado de adentro del pie, justo delante del tobillo.',
      options: {
        yes: 'Sí, me duele al menos uno al apretarlo.',
        numb: 'No puedo saberlo: mi pie no siente bien por diabetes o daño en los nervios.',
        no: 'No, no me duele ninguno al apretarlo.',
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
      title: '¿Ahora le duele incluso al caminar, o de noche?',
      options: yesNo('Sí.', 'No, solo al correr o saltar.'),
    },
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'bleeding-vein': {
      title: 'Es una vena que sangra',
      about:
        'Una vena hinchada cerca de la piel puede sangrar rápido. Presionar fuerte suele pararlo.',
      now: [
        'Presione fuerte encima con una tela limpia hasta que llegue ayuda.',
        `Acuéstese, o siéntese si acostado le cuesta respirar. ${raise}`,
      ],
      call: [],
      today: [],
    },
    'very-unwell': {
      title: 'Necesita ayuda de emergencia ahora',
      about: 'Puede venir del corazón, del calor, de un derrame cerebral o de otra cosa.',
      now: [
        'Deje todo esfuerzo. Siéntese o acuéstese.',
        'Si se acaloró mucho (un día caluroso, un gran esfuerzo, piel caliente), refrésquese ya: vaya a la sombra o a un cuarto fresco, y quítese la ropa de más.',
        'Luego ponga agua fría, paños mojados o bolsas de hielo en el cuello, las axilas y la ingle, y abanique la piel. Si alguien está confundido por el calor, otra persona puede meterlo en agua fría mientras llega la ayuda.',
        'No enfríe la piel que esté gris, fría y sudorosa (pegajosa).',
        'Si se acaloró mucho y está bien despierto, tome agua a sorbos, pero no tome mucha.',
        'Si tiene un dolor fuerte y repentino en la barriga, la ingle o la espalda, no coma ni beba, salvo azúcar por la diabetes.',
        'Si usa insulina o pastillas para la diabetes y puede tragar, coma algo de azúcar.',
        unlock,
      ],
      call: [],
      today: [],
    },
    'lung-clot': {
      title: 'Puede ser un coágulo en el pulmón, o un problema del corazón',
      about:
        'Un coágulo en una vena de la pierna puede ir al pulmón. El dolor de pecho o el desmayo también pueden venir del corazón.',
      now: ['Muévase lo menos posible. Siéntese si le ayuda a respirar.', unlock],
      call: [],
      today: [],
    },
    'serious-infection': {
      title: 'Puede ser una infección grave',
      about:
        'Una infección grave puede extenderse rápido y dañar todo el cuerpo, aun bajo una piel que se ve bien.',
      now: [unlock],
      call: [],
      today: [],
    },
    'blocked-artery': {
      title: 'Puede ser un bloqueo de la circulación en la pierna',
      about: 'Sin sangre, la pierna puede dañarse en pocas horas, aunque duela poco.',
      now: [
        'Anote la hora en que empezó.',
        keepLow,
        'Si también le afecta la cara, un brazo o el habla, dígalo: puede ser un derrame cerebral.',
      ],
      call: [],
      today: [],
    },
    'pressure-build-up': {
      title: 'Puede ser presión que aumenta dentro de la pierna',
      about: 'Si un músculo apretado se hincha, puede quedarse sin sangre y morir.',
      now: [
        'Quítese soportes, vendas o calcetines apretados. Si está presionando una vena que sangra, siga presionando.',
        'Deje la pierna plana. No la suba.',
      ],
      call: [],
      today: [],
    },
    'serious-injury': {
      title: 'Puede ser un hueso roto o una lesión grave',
      about: 'Un hueso o vaso sanguíneo puede estar muy dañado.',
      now: [
        'No se pare sobre la pierna ni trate de enderezarla.',
        'Cubra con una tela limpia el hueso que se vea.',
      ],
      call: [],
      today: [],
    },
    'nerve-pressure': {
      title: 'Puede ser presión sobre los nervios de la espalda baja',
      about: 'Estos nervios controlan la orina, las heces y las piernas.',
      now: ['No espere a ver si mejora.'],
      call: [],
      today: [],
    },
    'muscle-breakdown': {
      title: 'Puede ser daño muscular grave',
      about: 'El ejercicio muy fuerte puede deshacer el músculo y dañar los riñones.',
      now: ['Deje el ejercicio, salga del calor y tome agua a sorbos.', `Dígales ${meds}`],
      call: [],
      today: [],
    },
    'vein-bled': {
      title: 'Una vena que sangró necesita revisión hoy',
      about: 'Una várice es una vena hinchada cerca de la piel. Puede volver a sangrar.',
      now: [`Si vuelve a sangrar, presione fuerte encima y acuéstese. ${raise}`],
      call: [callBleed, callFaint],
      today: [],
    },
    'torn-tendon': {
      title: 'Puede ser un desgarro de tendón o de músculo',
      about: `${tendon} Un tendón o un músculo puede desgarrarse aunque usted pueda caminar.`,
      now: [
        'Es mejor tratarlo en los primeros 1 o 2 días.',
        'Si es la pantorrilla o el talón, pida la prueba de apretar la pantorrilla.',
        'No lo estire. Si es la pantorrilla o el talón, mantenga los dedos del pie un poco hacia abajo.',
        iceOnly,
      ],
      call: [callTight, callCold, callBreath],
      today: [],
    },
    'broken-bone': {
      title: 'Puede ser un hueso roto',
      about: 'Un hueso puede estar roto o agrietado. Una radiografía hoy lo dirá.',
      now: ['No se pare sobre la pierna. Use muletas, o pida ayuda para moverse.', ice],
      call: [callTight, callCold, callBreath],
      today: [],
    },
    'foot-circulation': {
      title: 'Puede ser un problema que pone en riesgo su pie',
      about:
        'Puede faltarle sangre al pie, o una herida puede estar infectada. Con diabetes, un pie puede empeorar rápido sin mucho dolor. Atenderlo rápido puede salvarlo.',
      now: [
        'No apoye peso en el pie.',
        keepLow,
        'Mantenga el pie limpio y seco.',
        'No ande descalzo.',
      ],
      call: [callIll, callCold, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'hot-joint': {
      title: 'Puede ser una articulación infectada o inflamada',
      about:
        'Los gérmenes o cristales (gota) pueden hinchar y calentar una articulación. Una articulación infectada puede dañarse en pocos días, aun sin fiebre.',
      now: [
        'Descanse la articulación. No haga ejercicio con ella.',
        'No le ponga calor.',
        'Quizá el médico saque con aguja un poco de líquido de la articulación para analizarlo.',
        relief,
      ],
      call: [callIll, callFaint],
      today: [],
      tell: 'Dígale al médico si tiene gota, diabetes o una articulación artificial (prótesis).',
    },
    'leg-infection': {
      title: 'Puede ser una infección de la piel o de la pierna',
      about:
        'Los gérmenes pueden poner la piel roja o más oscura, caliente e hinchada. Necesita medicina pronto. Un coágulo también puede poner la pierna roja, caliente e hinchada: pregunte al médico si necesita un ultrasonido.',
      now: ['Marque con pluma el borde de la zona roja para ver si crece.', restUp],
      call: [callIll, callDeep, callFaint, callBreath],
      today: [],
      tell: diabetesTell,
    },
    'leg-bleed': {
      title: 'Puede ser un sangrado dentro de la pierna',
      about: `Con ${thinner}, un moretón o hinchazón que sigue creciendo puede ser sangrado dentro de la pierna.`,
      now: [
        'No deje su medicina por su cuenta. Pregunte al médico por la próxima dosis.',
        ice,
        relief,
      ],
      call: [callTight, callFaint, callCold],
      today: [],
      tell: 'Dígale al médico el nombre y la dosis de su medicina.',
    },
    'tendon-antibiotic': {
      title: 'Puede ser daño en un tendón por un antibiótico',
      about: `${tendon} Algunos antibióticos, como Cipro, pueden debilitar los tendones y hacer que se desgarren. Puede empezar semanas después de la última pastilla.`,
      now: [
        'Llame hoy al médico que le recetó el antibiótico. Pregunte qué hacer con él.',
        'Deje de correr y saltar.',
        'No estire el tendón adolorido.',
        iceOnly,
      ],
      // These antibiotics can also harm the body's main artery.
      call: ['Dolor repentino y desgarrador en el pecho, la barriga o la espalda.', callFaint],
      today: [],
      tell: 'Dígale al médico el nombre del antibiótico y cuándo lo tomó.',
    },
    'muscle-damage': {
      title: 'Sus músculos pueden estar dañados',
      about:
        'El ejercicio fuerte o una estatina pueden dañar los músculos. Un análisis de sangre de CK muestra cuánto. No espere a tener orina oscura.',
      now: [
        ck,
        stopWater,
        noIbuprofen,
        '¿Toma una estatina? Pregunte hoy a su médico si debe tomar la próxima dosis.',
      ],
      call: [callPee, callTight, callFaint],
      today: [],
      tell: medsTell,
    },
    'leg-clot': {
      title: 'Puede ser un coágulo en la pierna',
      about:
        'Un coágulo en una vena profunda de la pierna puede parecer un tirón o calambre, aun sin hinchazón. Puede ir al pulmón.',
      now: [
        'Quizá necesite un ultrasonido hoy.',
        'No viaje en avión ni lejos hasta que le revisen.',
        noRub,
      ],
      call: [callBreath, callFaint, callTight, callCold],
      today: [],
      tell: 'Dígale al médico si tuvo viajes, operaciones, yeso, hormonas, embarazo o cáncer, o si hay coágulos en su familia.',
    },
    'pad-worse': {
      title: 'Su circulación puede estar empeorando',
      about:
        'Una arteria es un tubo que lleva sangre a la pierna. Un dolor nuevo al caminar puede indicar que una se cierra. También puede ser un coágulo en una vena de la pierna: quizá necesite un ultrasonido hoy.',
      now: ['Descanse hasta que le vean.', keepLow],
      call: [callCold, callBreath],
      today: [],
    },
    'check-today': {
      title: 'Necesita ver a un médico hoy',
      about:
        'Lo que nos dijo puede ser señal de un problema que esta autoevaluación no puede nombrar. Un médico debe examinarle hoy.',
      now: [
        'Dígale al médico cada cosa que marcó, y cuándo empezó.',
        'Si está embarazada o tuvo un bebé en las últimas 6 semanas, llame ahora a su médico del embarazo o a su partera.',
        relief,
      ],
      call: [
        callTight,
        callCold,
        callFaint,
        callStroke,
        'Pierde la vista de repente, o tiene el peor dolor de cabeza de su vida.',
      ],
      today: [],
    },
    'signs-unsure': {
      title: 'Un médico debe revisarle hoy',
      about: 'No estaba seguro de algunas señales de alarma.',
      now: [
        'Si ahora recuerda una de las señales, vuelva atrás y márquela.',
        'No se frote la pierna, y no viaje en avión ni lejos hasta que le revisen.',
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
      now: [
        ck,
        stopWater,
        noIbuprofen,
        'Si solo duele una pierna, no la frote, y no viaje en avión ni lejos hasta que le revisen.',
      ],
      call: [callPee, callTight, callCold, callBreath],
      today: [],
      tell: medsTell,
    },
    'strain-not-healing': {
      title: 'Su tirón necesita revisión hoy',
      about: `${strain} Con ${thinner}, puede sangrar dentro del músculo. Si no pudo subir de puntillas, el desgarro puede ser grande. La fiebre puede indicar una infección. Un coágulo también puede parecer un tirón.`,
      now: [noRub, 'No estire el músculo hasta que le revisen.', relief],
      call: [callBreath, callTight, callCold, callPee, callFaint],
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
      today: [...padToday, todayBone],
      tell: padTell,
    },
    'veins-and-arteries': {
      title: 'Deben revisarle las venas y las arterias',
      about:
        'Las piernas pesadas apuntan a las venas, y el dolor al caminar a las arterias, que llevan sangre a las piernas. Una cita revisa las dos.',
      now: [legsUp, noStockings, stockings, smoke],
      call: [callCold, callBleed, callBreath],
      today: [todaySwollen, todayFoot],
    },
    'pad-possible': {
      title: 'Deben revisar su circulación',
      about: `${noFit} Puede ser ${pad} También podría ser la espalda o músculos tensos. ${checkCause}`,
      now: [write, walkDaily, smoke],
      call: [callCold],
      today: [todayFoot, todaySwollen, restPain, todayBone],
    },
    'venous-insufficiency': {
      title: 'Puede ser un problema de las venas',
      about:
        'Con venas débiles, la sangre se acumula en las piernas y se sienten pesadas. Se llama insuficiencia venosa crónica.',
      now: [legsUp, noStockings, stockings],
      call: [callBleed, callBreath],
      today: [todaySwollen, 'La piel cerca del tobillo se pone roja, caliente y adolorida.'],
    },
    'bone-stress': {
      title: boneTitle,
      about: `${boneAbout} Si sigue corriendo, se puede romper.`,
      now: ['Deje de correr y saltar ahora.', swim, relief],
      call: [callBent],
      today: ['Le duele incluso al caminar, o de noche.', 'Le duele la cadera o la ingle.'],
    },
    'spinal-stenosis': {
      title: 'Puede venir de su espalda',
      about:
        'Nervios apretados en la espalda baja pueden hacer doler las piernas hasta que se sienta o se inclina hacia adelante. Se llama estenosis espinal.',
      now: [
        'Descanse cuando venga el dolor.',
        'Camine un poco cada día. Apoyarse en un carrito puede ayudar.',
        relief,
      ],
      call: [callBack, callLegsWeak],
      today: ['El dolor le despierta de noche, o puede caminar menos que antes.'],
    },
    'exertional-compartment': {
      title: 'Puede ser presión en los músculos de la pierna por ejercicio',
      about:
        'En algunos corredores, los músculos de la pierna se hinchan y duelen hasta que paran. El médico puede revisar también el hueso y los vasos sanguíneos.',
      now: [swim, 'No siga corriendo con dolor.'],
      call: [`Al parar, el dolor empeora, o la pierna sigue tensa o dura, o el pie ${numb}.`],
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
        'Los vasos sanguíneos de los dedos del pie se pueden cerrar con el frío. Si empezó después de los 30 años, o pasa en un solo lado, un médico debe ver por qué.',
      now: [
        'Mantenga los pies calientes.',
        'Caliente los dedos del pie fríos en agua tibia, no caliente, o contra piel tibia.',
        'No los frote ni use una almohadilla eléctrica.',
        smoke,
      ],
      call: [callCold],
      today: [
        'Un dedo del pie sigue blanco, duro o sin sensibilidad tras calentarlo, o le salen ampollas.',
        'Un dedo del pie se pone negro o le sale una herida.',
      ],
    },
    'no-fit': {
      title: 'Su médico debe revisar este dolor',
      about: `${noFit} Un médico puede examinar su pierna.`,
      now: [write, relief],
      call: [callBreath, callCold, callTight],
      today: [todaySwollen, 'El dolor empeora mucho.', todayBone],
    },
    'acute-soreness': {
      title: 'Parece dolor normal tras el ejercicio',
      about:
        'Es normal sentir ardor o dolor tras un ejercicio más fuerte de lo normal. Debe quitarse en pocas horas de descanso.',
      now: [
        ...gentle,
        buildUp,
        `Si vuelve cada vez que camina cierta distancia, ${bloodCheck}`,
        '¿Sigue el dolor después de unas horas de descanso? Repita esta revisión.',
      ],
      call: [callPee, callTight, callCold, callFaint, callBreath],
      today: [todaySoreClot, todayWeak, todayStatin, todayBone],
    },
    doms: {
      title: 'Parece dolor muscular tardío',
      about:
        'El ejercicio fuerte o nuevo puede dar dolor muscular al día siguiente, peor al día 2 o 3. Se llama DOMS.',
      now: [...gentle, relief, 'No repita el ejercicio fuerte hasta que mejore.'],
      call: [callPee, callTight, callCold, callBreath],
      today: [todaySoreClot, 'Dura más de 7 días.', todayWeak, todayStatin, todayBone],
    },
    'calf-strain': {
      title: 'Parece un tirón muscular',
      about: `${strain} Es normal algo de hinchazón o un moretón donde duele. Si no puede decir en qué momento empezó, vea a un médico hoy: puede ser un coágulo.`,
      now: [
        `Durante 2 a 3 días, descanse. ${raise} ${iceOnly}`,
        wrap,
        relief,
        'Camine suave según mejore.',
      ],
      call: [callPee, callTight, callCold, callBreath],
      today: [
        todayClot,
        'No mejora tras 5 a 7 días.',
        'Tiene fiebre ahora, o le da fiebre.',
        todayBone,
      ],
    },
    'sprained-ankle': {
      title: 'Parece un esguince de tobillo',
      about:
        'Un esguince es un ligamento (la banda fuerte que sostiene una articulación) estirado o desgarrado. Los huesos que apretó no le dolieron, así que es poco probable que haya un hueso roto.',
      now: [
        'Durante 1 a 2 días, protéjalo y descanse.',
        iceOnly,
        wrap,
        raise,
        'Después de 1 a 2 días, empiece a moverlo con suavidad.',
        relief,
        '¿No mejora en una semana? Vea a un médico.',
      ],
      call: [callCold, callTight],
      today: ['Empeora, o ya no puede caminar con ese pie.', todaySwollen],
    },
    'exercise-cramp': {
      title: 'Parece un calambre por el ejercicio',
      about:
        'Un músculo puede acalambrarse cuando está cansado o trabaja mucho, a menudo con calor. Se alivia al estirarlo y descansar.',
      now: [
        'Estire el músculo con suavidad, y descanse.',
        'Refrésquese. Tome líquidos cuando tenga sed, pero no en grandes cantidades.',
        'Tras un ejercicio largo con mucho sudor, coma algo salado o tome una bebida deportiva.',
        `Si el mismo dolor vuelve cada vez que camina cierta distancia, ${bloodCheck}`,
      ],
      call: [
        'Tiene confusión, se ha desmayado o vomita, o siente la piel muy caliente.',
        callTight,
        callCold,
        callPee,
      ],
      today: [
        'Horas después, el músculo sigue duro y adolorido.',
        todayCramp,
        todaySwollen,
        todayBone,
      ],
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
        'Si le duele un punto de un hueso al apretarlo, deje de correr ahora y pida una cita.',
        '¿No mejora en 2 semanas? Vea a un médico o fisioterapeuta.',
      ],
      call: [callTight, callCold, callBreath],
      today: ['Le duele incluso al caminar, o de noche, o en la cadera o la ingle.', todayWeight],
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
      call: [callBreath, callCold, callPee],
      today: [todayCramp, todaySwollen],
    },
  },
};
