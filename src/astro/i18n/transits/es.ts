/** Español: los textos de las lecturas del tiempo (véase ../transit-locale.ts). Tuteo, como las lecturas natales. */
import type { TransitWords } from '../transit-locale';

export const esTransits: TransitWords = {
  effect: {
    sun: {
      conjunction:
        'El Sol te pone en el centro de la escena durante unos días: es momento de dejarte ver, de actuar desde el centro de quien eres y de poner tu energía allí donde está tu propósito.',
      flowing:
        'El Sol te presta unos días de confianza serena. Lo que empieces ahora encuentra buena acogida, y es un buen momento para mostrar de lo que eres capaz sin forzar nada.',
      challenging:
        'El Sol proyecta una luz más dura durante unos días: tu voluntad choca con resistencias y los demás pueden llevarte la contraria. Ese roce te enseña qué debes ajustar entre tus metas y tus circunstancias.',
    },
    moon: {
      conjunction:
        'Durante unas horas la Luna remueve tus emociones: el ánimo sube y baja deprisa, tus necesidades piden atención y el instinto sabe más que la razón.',
      flowing:
        'La Luna te regala unas horas de calma interior: te sientes arropado, te resulta fácil cuidarte y cuidar de los tuyos, y los pequeños gestos de cariño rinden mucho.',
      challenging:
        'La Luna trae unas horas inquietas: un cambio de humor, una reacción a flor de piel o una necesidad desatendida reclaman tu atención. Deja que pase antes de actuar.',
    },
    mercury: {
      conjunction:
        'Mercurio pone tu mente en marcha: se multiplican las conversaciones, los mensajes y los planes, y es un buen momento para pensar con calma, aprender y decir lo que de verdad piensas.',
      flowing:
        'Mercurio hace que las palabras y las ideas fluyan: las negociaciones, la escritura, los estudios y los viajes cortos salen bien, y das con la frase justa en el momento justo.',
      challenging:
        'Mercurio enreda la comunicación: son probables los malentendidos, las palabras precipitadas y los planes dispersos. Revisa los detalles, escucha dos veces y deja las decisiones para cuando tengas la cabeza más clara.',
    },
    venus: {
      conjunction:
        'Venus trae dulzura y atracción: el afecto, el placer y la belleza llegan con más facilidad, y es un buen momento para disfrutar, reconciliarte y sentirte a gusto en tu propia vida.',
      flowing:
        'Venus allana el camino: la gente se muestra más amable, tu encanto funciona, y el amor, la amistad, el arte y el dinero se mueven suavemente a tu favor.',
      challenging:
        'Venus pone a prueba lo que valoras: el deseo y la comodidad pueden tirar en contra de tus compromisos, y afloran pequeñas insatisfacciones en el amor o el dinero. Pregúntate qué quieres de verdad, no solo qué te apetece ahora.',
    },
    mars: {
      conjunction:
        'Marte trae una oleada de impulso y calor: quieres actuar, competir y emprender. Aprovecha esa energía con audacia, pero vigila la impaciencia y las prisas.',
      flowing:
        'Marte te da una energía que llega allí donde apuntas: el esfuerzo rinde, el valor surge sin esfuerzo y es un buen momento para el deporte, las iniciativas y los pasos decididos.',
      challenging:
        'Marte aviva la fricción: los nervios están a flor de piel, los conflictos estallan y las prisas provocan accidentes. Canaliza la presión hacia el trabajo o el movimiento en lugar de hacia peleas innecesarias.',
    },
    jupiter: {
      conjunction:
        'Júpiter abre puertas: llegan oportunidades, optimismo y un horizonte más amplio, a menudo gracias a otras personas, a los viajes o al estudio. Di que sí a crecer, pero no prometas más de lo que puedes sostener.',
      flowing:
        'Júpiter trae una suerte que premia la iniciativa: aparece ayuda, crece la confianza y tus planes encuentran apoyo. Es un buen momento para expandirte, estudiar y confiar en que las cosas pueden salir bien.',
      challenging:
        'Júpiter lo agranda todo: el riesgo es pasarse de optimismo, de gasto o de compromisos. Sigue habiendo ocasión de crecer, pero solo con mesura y con límites honestos.',
    },
    saturn: {
      conjunction:
        'Saturno pide estructura: las responsabilidades pesan más y se pone a prueba todo lo que no es sólido. El esfuerzo paciente de ahora pone cimientos que durarán años.',
      flowing:
        'Saturno recompensa el trabajo constante: la disciplina te sale con más naturalidad, los compromisos se sostienen y lo que construyes ahora con cuidado se convierte en un apoyo duradero.',
      challenging:
        'Saturno trae presión y retrasos: los obstáculos, el cansancio o las exigencias ajenas ponen a prueba tu determinación. Afronta lo que haya que afrontar, simplifica y tómate tu tiempo: la lección es la madurez.',
    },
    uranus: {
      conjunction:
        'Urano trae un despertar: cambios repentinos, ideas nuevas y unas ganas intensas de libertad rompen las viejas rutinas. Mantente abierto a lo inesperado.',
      flowing:
        'Urano trae sorpresas bienvenidas: ideas frescas, gente nueva y ocasiones de hacer las cosas a tu manera. Es un buen momento para innovar y aflojar lo que se ha vuelto demasiado rígido.',
      challenging:
        'Urano lo sacude todo: imprevistos, impaciencia ante los límites y un fuerte impulso de romper con lo establecido. Cambia lo que deba cambiar, pero no quemes las naves por un arrebato.',
    },
    neptune: {
      conjunction:
        'Neptuno difumina los contornos: crecen la sensibilidad, la imaginación y la nostalgia, mientras la claridad se desvanece. Confía en la inspiración y en la compasión, pero comprueba los hechos antes de comprometerte.',
      flowing:
        'Neptuno trae inspiración y dulzura: la intuición se afina, el arte y la espiritualidad te hablan, y te resulta más fácil perdonar y soltar.',
      challenging:
        'Neptuno enturbia el panorama: puede haber confusión, idealización o desengaños, y el cansancio puede minar tu voluntad. Desconfía de los espejismos y cuida tu energía.',
    },
    pluto: {
      conjunction:
        'Plutón trabaja despacio y a fondo: lo que ya ha cumplido su ciclo se desprende para que pueda crecer algo más fuerte. Cuenta con intensidad y con una transformación real.',
      flowing:
        'Plutón te da hondura y capacidad de resistencia: puedes sanar, regenerarte y hacer cambios duraderos, y tu influencia crece en silencio.',
      challenging:
        'Plutón trae luchas de poder y presión desde lo más hondo: pueden aflorar el control, el miedo o la obsesión. Mirarlos de frente es lo que convierte este tránsito en una fuerza duradera.',
    },
    chiron: {
      conjunction:
        'Quirón roza una herida antigua: un punto vulnerable se hace visible y, con él, la ocasión de sanarlo y de ayudar a otros con lo que aprendiste.',
      flowing:
        'Quirón favorece la sanación: puedes mirar viejas heridas con ternura, aprender de ellas y compartir esa sabiduría con los demás.',
      challenging:
        'Quirón aprieta donde duele: pueden volver la sensación de no estar a la altura o un dolor antiguo. Trátalos con suavidad: ahí empieza la curación.',
    },
    node: {
      conjunction:
        'El nodo lunar te pone frente a tu rumbo: las personas y los acontecimientos parecen cosa del destino, y lo que elijas ahora puede marcar el camino de los próximos años.',
      flowing:
        'El nodo lunar apoya tu crecimiento: llegan los encuentros y las oportunidades adecuados, y te resulta más fácil avanzar hacia lo que estás llamado a desarrollar.',
      challenging:
        'El nodo lunar marca una encrucijada: el tirón de las viejas costumbres se enfrenta a la llamada a crecer, y los acontecimientos pueden obligarte a decidir tu rumbo.',
    },
    lilith: {
      conjunction:
        'Lilith, la Luna Negra, saca a la luz lo que sueles esconder: deseos en bruto, rabia o el rechazo a someterte. Escúchala: te muestra dónde necesitas más autenticidad.',
      flowing:
        'Lilith, la Luna Negra, te presta el valor de ser tú mismo: dices que no con más facilidad, confías en tu instinto y reclamas tu independencia sin culpa.',
      challenging:
        'Lilith, la Luna Negra, despierta rebeldía y frustración: pueden aflorar tabúes, celos o la sensación de ser rechazado. Mira la sombra de frente en lugar de actuarla.',
    },
  },
  topics: {
    sun: 'tu identidad, tu vitalidad y tu sentido de propósito',
    moon: 'tus emociones, tu hogar y tu necesidad de seguridad',
    mercury: 'tu forma de pensar, tus conversaciones y tus gestiones cotidianas',
    venus: 'tu vida amorosa, tus placeres y aquello que valoras',
    mars: 'tu empuje, tus deseos y tu manera de afirmarte',
    jupiter: 'tu fe, tu crecimiento y tus oportunidades',
    saturn: 'tus responsabilidades, tus límites y tus metas a largo plazo',
    uranus: 'tu necesidad de libertad y tus ganas de cambiar las cosas',
    neptune: 'tus sueños, tus ideales y tu intuición',
    pluto: 'tus impulsos más profundos y tu capacidad de transformarte',
    ascendant: 'la impresión que causas y tu manera de afrontar la vida',
    midheaven: 'tu carrera, tu reputación y tu rumbo en la vida',
    descendant: 'tus relaciones de pareja y tus vínculos más cercanos',
    imum_coeli: 'tu hogar, tu familia y tus raíces',
    node: 'la dirección hacia la que crece tu vida',
    lilith: 'tu lado indómito y aquello a lo que te niegas a renunciar',
    chiron: 'una herida antigua y tu capacidad de sanarla',
    part_of_fortune: 'tu bienestar y los terrenos donde la suerte te acompaña',
  },
  touches: (topic) => `Afecta a ${topic}.`,
  touchesPoint: (point) => `Afecta a tu ${point} natal.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${transiting}${retrograde ? ' retrógrado' : ''} en ${aspect} con tu ${natal} natal, exacto el ${date}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `En orbe del ${enters} al ${leaves}.`
      : enters
        ? `En orbe desde el ${enters}.`
        : leaves
          ? `En orbe hasta el ${leaves}.`
          : 'En orbe durante todo el periodo.',
  pass: (n, of) => `Es el paso ${n} de ${of}.`,
  periodTitle: (from, to) =>
    from === to ? `Tus tránsitos del ${from}` : `Tus tránsitos del ${from} al ${to}`,
  periodIntro: (count, from, to) => {
    const when = from === to ? `el ${from}` : `entre el ${from} y el ${to}`;
    return count === 1
      ? `Un tránsito se hace exacto ${when}: esto es lo que trae.`
      : `${count} tránsitos se hacen exactos ${when}. Primero vienen los planetas lentos, que tiñen todo el periodo; después, los más rápidos y personales.`;
  },
  periodQuiet: (from, to) =>
    `Ningún tránsito de los planetas pedidos se hace exacto ${from === to ? `el ${from}` : `entre el ${from} y el ${to}`}. Es un tiempo tranquilo: buen momento para consolidar lo que está en marcha y descansar antes del próximo movimiento.`,
};
