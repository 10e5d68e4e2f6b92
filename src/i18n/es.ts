/**
 * Spanish for US patients, written fresh from ../shared/CLINICAL.md: plain words, "usted"
 * throughout, medical words explained where they first appear.
 */
import type {QuestionText, Strings} from './types.js';

const unsure = 'No lo sé';
const none = 'Ninguna de estas.';

const risk: QuestionText = {
  title: '¿Cuál de estas es su caso?',
  hint: 'Con estas, es más probable tener mala circulación en las piernas.',
  options: {
    age65: 'Tengo 65 años o más.',
    age50: 'Tengo de 50 a 64 años, y fumo o tengo diabetes, presión alta o colesterol alto.',
    under50:
      'Tengo menos de 50 años. Tengo diabetes, y además fumo o tengo presión alta o colesterol alto.',
    none,
    unsure,
  },
};

const yesNo = (yes: string, no: string): QuestionText['options'] => ({yes, no, unsure});

const call = 'Llame al {number} ahora.';
const today = 'Vea a un médico hoy.';
const ownVisit = 'Pida una cita con su propio médico.';
const note = 'Anote cuándo llega el dolor y qué lo alivia.';
const clotSign =
  'Una pierna se hincha, se calienta o duele, o se ve roja o más oscura que la otra.';
const breathSign = 'Le falta el aire o tiene dolor en el pecho. Llame al {number}.';
const urineSign = 'Su orina se pone oscura, como té o refresco de cola. Llame al {number}.';
const coldSign = 'Su pierna o pie se pone frío, pálido o azul, o se le duerme. Llame al {number}.';
const worseSign = 'El dolor empeora mucho, o no puede caminar con esa pierna.';
const footSign = 'Le duele el pie de noche, o tiene una herida en el pie que no sana.';
const claud =
  'La claudicación es dolor en la pierna que aparece al caminar y se quita al descansar. Suele venir de la EAP, o enfermedad arterial periférica';
const padSteps = [
  'Pida una cita para revisar su circulación.',
  'Siga caminando cada día. Descanse cuando llegue el dolor y luego siga.',
  'Si fuma, buscar ayuda para dejarlo es lo mejor que puede hacer.',
];
const waitSigns = [
  'Siente que se va a desmayar, le falta el aire o tiene dolor en el pecho.',
  'Si se siente peor mientras espera, llame otra vez al {number}.',
];
const strain = 'Un tirón es una pequeña rotura en un músculo.';

export const es: Strings = {
  ui: {
    title: '¿Dolor de piernas después del ejercicio?',
    intro: 'Conteste unas preguntas cortas y vea qué puede ser el dolor y qué hacer.',
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
    help: 'Busque ayuda de inmediato si',
    level: 'Qué tan pronto',
    levels: {
      emergency: 'Emergencia: llame al {number} ahora',
      urgent: 'Vea a un médico hoy',
      routine: 'Pida una cita pronto',
      'self-care': 'Puede cuidarse en casa',
    },
    call: 'Llame al {number} ahora',
    noDrive: 'No maneje usted mismo. No se mueva y espere la ayuda.',
    today: 'Llame a su médico para una cita hoy, o vaya a una clínica de urgencias.',
    vascular: 'Pida una cita para revisar la circulación de sus piernas.',
    ultrasound:
      'La prueba es un ultrasonido: ondas de sonido muestran cómo fluye la sangre. No duele.',
    doctor: `${ownVisit} Esto no parece un problema de circulación.`,
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
    locationError: 'No pudimos ver dónde está. Los consultorios van en su orden normal.',
    away: 'a {d} millas',
    unit: 'mi',
    print: 'Imprimir o guardar este resumen',
    printed: 'Impreso el',
  },

  questions: {
    signs: {
      title: '¿Tiene alguna de estas cosas ahora?',
      hint: 'Marque todas las que tenga. Estas señales necesitan ayuda rápida.',
      options: {
        breath: 'De repente le cuesta respirar, tiene dolor en el pecho, tose sangre o se desmaya.',
        'cold-leg':
          'Dolor fuerte y repentino en la pierna, con la pierna o el pie frío, pálido, azul, manchado o dormido, o no puede mover el pie.',
        'dark-urine':
          'Después de ejercicio fuerte, orina oscura como té o refresco de cola, u orina mucho menos de lo normal.',
        'tight-leg': 'Dolor mucho peor de lo esperado, y la pierna está tensa, dura e hinchada.',
        bleeding: 'Una vena de la pierna sangra y no para.',
        injury:
          'Tras una caída o un golpe, oyó un crujido, la pierna cambió de forma, o está dormida, fría o de otro color.',
        'one-leg':
          'Una pierna está más hinchada, caliente o adolorida que la otra. Puede verse roja o más oscura.',
        pop: 'Sintió un chasquido en la pantorrilla o el talón, como una patada. Ahora no puede pararse de puntillas.',
        'rest-pain':
          'Dolor en el pie o los dedos en reposo o de noche, que se alivia al dejar colgar la pierna. O una herida en el pie que no sana en 2 semanas, o piel negra en un dedo.',
        'pad-worse':
          'Sabe que tiene mala circulación en las piernas, y el dolor empeoró de repente o ya no se quita.',
        none,
        unsure,
      },
    },
    pattern: {
      title: '¿Cuál se parece más a su dolor?',
      options: {
        burn: 'Ardor o dolor durante o justo después de un ejercicio más fuerte de lo normal.',
        'next-day':
          'Músculos adoloridos y rígidos que empezaron horas después, a menudo al día siguiente.',
        pull: 'Un dolor agudo y repentino o un tirón en la pantorrilla mientras me movía.',
        walking: 'Dolor que aparece cuando camino y se quita cuando me detengo.',
        heavy:
          'Piernas pesadas, cansadas o adoloridas, peor tras estar mucho de pie o al final del día.',
        'run-tight':
          'Tensión y dolor bajo la rodilla que empiezan en el mismo punto de cada carrera o entrenamiento.',
        unsure: 'Ninguna de estas, o no lo sé.',
      },
    },
    'burn-fade': {
      title: '¿El dolor se quitó tras unas horas de descanso?',
      options: {yes: 'Sí, se quitó en pocas horas.', no: 'No, todavía lo siento.'},
    },
    'doms-now': {
      title: '¿Cómo está el dolor ahora?',
      options: {
        easing: 'Está mejorando, o empezó hace 3 días o menos.',
        worse: 'Empeoró después del tercer día.',
        week: 'Ha durado más de 7 días.',
        severe: 'El dolor es muy fuerte.',
        unsure,
      },
    },
    'strain-now': {
      title: '¿Cómo está su pantorrilla ahora?',
      options: {
        better: 'Puedo caminar, y poco a poco está mejorando.',
        'not-better': 'No mejora con descanso, o está empeorando.',
        fever: 'También tengo fiebre.',
        'no-weight': 'No puedo apoyar el peso en esa pierna.',
        unsure,
      },
    },
    'walk-rest': {
      title: '¿Este dolor empieza alguna vez sin caminar, de pie o sentado?',
      options: yesNo('Sí, puede empezar sin caminar.', 'No, solo empieza cuando camino.'),
    },
    'walk-hill': {
      title: '¿El dolor aparece cuando camina cuesta arriba o rápido?',
      options: {
        yes: 'Sí.',
        no: 'No.',
        never: 'Nunca camino cuesta arriba ni rápido.',
        unsure,
      },
    },
    'walk-stop': {
      title: 'Cuando se detiene y se queda de pie, ¿qué pasa con el dolor?',
      options: {
        goes: 'Se quita en 10 minutos o menos.',
        stays: 'Dura más de 10 minutos.',
        sit: 'Solo se alivia cuando me siento o me inclino hacia adelante.',
        unsure,
      },
    },
    'walk-where': {
      title: '¿Dónde siente el dolor?',
      hint: 'La pantorrilla es la parte de atrás de la pierna, bajo la rodilla.',
      options: {
        calf: 'En la pantorrilla, y quizá también en otras partes.',
        thigh: 'En el muslo o la nalga, pero no en la pantorrilla.',
        other: 'En otra parte, como la espinilla, la rodilla o el pie.',
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
    'heavy-raise': {
      title: '¿Se sienten mejor sus piernas cuando las pone en alto?',
      options: yesNo('Sí, se sienten mejor.', 'No, no cambia nada.'),
    },
    'heavy-artery': {
      title:
        '¿También le dan calambres en la pantorrilla al caminar, o tiene un pie más frío o pálido que el otro?',
      options: yesNo('Sí.', 'No.'),
    },
    'tight-stop': {
      title: '¿La tensión se quita en 15 minutos o menos después de parar?',
      options: yesNo('Sí, se quita en 15 minutos o menos.', 'No, dura más.'),
    },
    risk,
    'risk-walk': risk,
    'risk-spine': risk,
    'risk-tight': risk,
  },

  outcomes: {
    'lung-clot': {
      title: 'Puede ser un coágulo de sangre en el pulmón',
      about:
        'Un coágulo puede formarse en una vena de la pierna y viajar al pulmón. Es una emergencia.',
      now: [call, 'Siéntese derecho y muévase lo menos posible.'],
      help: waitSigns,
    },
    'blocked-artery': {
      title: 'Puede ser que no llegue sangre a la pierna',
      about:
        'Una arteria es un tubo que lleva sangre a la pierna. Si se tapa, la pierna puede dañarse en horas. Es una emergencia.',
      now: [call, 'Deje la pierna quieta, sin subirla. No la frote ni le ponga calor.'],
      help: waitSigns,
    },
    'muscle-breakdown': {
      title: 'Puede ser daño muscular grave',
      about:
        'El ejercicio muy fuerte puede deshacer músculo. Lo que pasa a la sangre puede dañar los riñones. Es una emergencia.',
      now: [call, 'Deje todo ejercicio.', 'No tome pastillas para el dolor hasta ver a un médico.'],
      help: waitSigns,
    },
    'pressure-build-up': {
      title: 'Puede ser presión que sube dentro de la pierna',
      about:
        'Si un músculo se hincha en un espacio apretado, le puede faltar sangre y morir sin atención rápida. Es una emergencia.',
      now: [
        call,
        'No envuelva la pierna ni la suba mucho.',
        'Afloje la ropa o los zapatos apretados.',
      ],
      help: waitSigns,
    },
    'bleeding-vein': {
      title: 'Es una vena que sangra',
      about: 'Una vena hinchada puede sangrar mucho y rápido. Es una emergencia.',
      now: [
        call,
        'Acuéstese y suba la pierna por encima del corazón.',
        'Presione fuerte el lugar con una tela limpia hasta que llegue la ayuda.',
      ],
      help: waitSigns,
    },
    'serious-injury': {
      title: 'Puede ser un hueso roto o una lesión grave',
      about:
        'Si tras una caída o un golpe oyó un crujido, o la pierna cambió de forma o está dormida y fría, necesita atención de inmediato.',
      now: [call, 'No se apoye en la pierna ni trate de moverla.'],
      help: waitSigns,
    },
    'leg-clot': {
      title: 'Puede ser un coágulo de sangre en la pierna',
      about:
        'Un coágulo en una vena profunda puede hacer que una pierna se hinche, se caliente y duela. Hay que revisarlo hoy, pues puede viajar al pulmón.',
      now: [today, 'Mientras tanto, no frote la zona que duele ni haga ejercicio con esa pierna.'],
      help: [breathSign, 'Tose sangre o siente que se va a desmayar. Llame al {number}.'],
    },
    'torn-tendon': {
      title: 'Puede ser un músculo o tendón roto',
      about:
        'Un tendón une el músculo al hueso. Un chasquido y poca fuerza al empujar con el pie pueden indicar que se rompió el tendón del talón o un músculo de la pantorrilla.',
      now: [
        today,
        'No camine con esa pierna más de lo necesario.',
        'Descanse con la pierna en alto. Póngale hielo 20 minutos cada vez.',
      ],
      help: [coldSign, clotSign],
    },
    'foot-circulation': {
      title: 'Puede ser mala circulación que pone en riesgo su pie',
      about:
        'Dolor en reposo, una herida que no sana o piel negra en un dedo pueden indicar que al pie le falta sangre.',
      now: [today, 'Mantenga el pie limpio y seco. No le ponga calor.', 'No ande sin zapatos.'],
      help: [coldSign, 'La piel se pone negra, o una herida crece o huele mal.'],
    },
    'pad-worse': {
      title: 'Su problema de circulación puede estar empeorando',
      about:
        'Si la mala circulación empeora de repente, o el dolor ya no se quita, hay que revisar la pierna hoy.',
      now: [today, 'Dígale que tiene un problema de circulación.', 'Descanse hasta ver al médico.'],
      help: [coldSign, breathSign],
    },
    'signs-unsure': {
      title: 'Un médico debe revisar sus señales de alarma',
      about: 'Tuvo dudas sobre una señal de alarma. Lo más seguro es revisarla hoy.',
      now: ['Hable con un médico hoy.', 'Dígale de qué señales tuvo dudas.'],
      help: [breathSign, coldSign, urineSign],
    },
    'soreness-not-settling': {
      title: 'Este dolor necesita una revisión hoy',
      about:
        'El dolor normal es peor los primeros 3 días y luego mejora. Si empeora, dura una semana o es muy fuerte, puede ser algo más.',
      now: [today, 'Deje el ejercicio que lo causó.', 'Tome agua.'],
      help: [urineSign, clotSign, breathSign],
    },
    'strain-not-healing': {
      title: 'Un médico debe revisar su pantorrilla hoy',
      about: `${strain} Si no mejora, empeora o da fiebre, necesita un médico. Un coágulo también puede parecer un tirón.`,
      now: [today, 'Mientras tanto, descanse la pierna.'],
      help: [breathSign, coldSign],
    },
    claudication: {
      title: 'Puede ser claudicación por EAP',
      about: `${claud}: las arterias, los tubos que llevan sangre a las piernas, están angostas. Al caminar, a la pantorrilla no le llega suficiente sangre.`,
      now: padSteps,
      help: [coldSign, footSign, breathSign],
    },
    'claudication-atypical': {
      title: 'Puede ser claudicación por EAP, en el muslo o la nalga',
      about: `${claud}: arterias angostas, los tubos que llevan sangre a las piernas. Cuando la parte angosta está más arriba, el dolor es en el muslo o la nalga.`,
      now: padSteps,
      help: [coldSign, footSign, breathSign],
    },
    'pad-possible': {
      title: 'Deben revisar su circulación',
      about:
        'Sus respuestas no apuntan a una causa clara, pero usted tiene más riesgo de EAP (enfermedad arterial periférica): arterias angostas en las piernas. Una prueba puede encontrarla o descartarla.',
      now: [padSteps[0], note],
      help: [coldSign, footSign, clotSign],
    },
    'venous-insufficiency': {
      title: 'Puede ser un problema de las venas',
      about:
        'Las venas llevan la sangre de vuelta al corazón. Si están débiles, la sangre se acumula en las piernas, que se sienten pesadas y adoloridas. Se llama insuficiencia venosa crónica.',
      now: [
        'Pida una cita para revisar sus venas y su circulación.',
        'Ponga las piernas en alto al descansar, y camine cada día.',
        'En su cita, pregunte si le convienen las medias de compresión.',
      ],
      help: [clotSign, 'Una herida cerca del tobillo no sana, o una vena sangra.', breathSign],
    },
    'spinal-stenosis': {
      title: 'Puede venir de su espalda',
      about:
        'Si se estrecha el espacio de los nervios en la parte baja de la espalda, las piernas pueden doler al estar de pie o caminar. Se llama estenosis espinal.',
      now: [ownVisit, 'Siéntese y descanse cuando llegue el dolor.'],
      help: [
        'No puede controlar la orina o las heces, o se le debilitan las piernas. Llame al {number}.',
        coldSign,
      ],
    },
    'exertional-compartment': {
      title: 'Puede ser presión en los músculos de la pierna por ejercicio',
      about:
        'En algunos corredores, los músculos bajo la rodilla se hinchan con el ejercicio y el espacio apretado que los rodea duele. Se quita poco después de parar.',
      now: [ownVisit, 'Deje de correr un tiempo, o cambie a un deporte que no le dé dolor.'],
      help: [
        'El dolor no se quita después de parar, y la pierna está tensa y dura. Llame al {number}.',
        clotSign,
      ],
    },
    'no-fit': {
      title: 'Su médico debe revisar este dolor',
      about:
        'Sus respuestas no apuntan a una causa clara. Un médico puede examinar su pierna y averiguar más.',
      now: [ownVisit, note],
      help: [clotSign, breathSign, worseSign],
    },
    'acute-soreness': {
      title: 'Parece dolor normal después del ejercicio',
      about:
        'El ejercicio fuerte acumula desechos en los músculos. El ardor o el dolor se quita en pocas horas.',
      now: [
        'Descanse y tome agua.',
        'Muévase con suavidad: camine despacio.',
        'Aumente sus ejercicios poco a poco.',
      ],
      help: [urineSign, clotSign, worseSign],
    },
    doms: {
      title: 'Parece dolor muscular tardío',
      about:
        'El ejercicio nuevo o fuerte, como correr cuesta abajo, causa pequeñas roturas en los músculos. Un día después duelen y están rígidos, y luego sanan. Se llama DOMS (dolor muscular de aparición tardía).',
      now: [
        'Descanse, suba las piernas y ponga hielo donde duele, 20 minutos cada vez.',
        'Una pastilla para el dolor sin receta puede ayudar, si es segura para usted.',
        'No repita el mismo ejercicio fuerte hasta que se sienta mejor.',
      ],
      help: ['El dolor empeora después del tercer día, o dura más de 7 días.', urineSign, clotSign],
    },
    'calf-strain': {
      title: 'Parece un tirón en la pantorrilla',
      about: `${strain} Suele pasar al empezar a hacer ejercicio sin calentar.`,
      now: [
        'Descanse la pierna unos días. Póngale hielo 20 minutos cada vez y una venda firme, y súbala.',
        'Casi todos los tirones mejoran en unas 2 semanas. La próxima vez, caliente antes del ejercicio.',
      ],
      help: ['No mejora, o empeora, con el cuidado en casa.', 'Le da fiebre.', clotSign],
    },
  },
};
