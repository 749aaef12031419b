/**
 * Spanish (es), written for Spanish readers, not translated phrase by phrase. The reader is addressed as
 * «tú»; where an adjective must agree with the reader the corpus uses the generic masculine, as Spanish
 * style guides do, while the framing sentences name sign qualities as nouns ("la audacia, la franqueza")
 * so that they need no agreement. Decimal counts use a comma.
 */
import type { Planet, Sign } from '../types';
import type { Corpus, Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'Sol',
    moon: 'Luna',
    mercury: 'Mercurio',
    venus: 'Venus',
    mars: 'Marte',
    jupiter: 'Júpiter',
    saturn: 'Saturno',
    uranus: 'Urano',
    neptune: 'Neptuno',
    pluto: 'Plutón',
  },
  points: {
    mean_node: 'Nodo medio',
    true_node: 'Nodo verdadero',
    south_node: 'Nodo sur',
    mean_lilith: 'Lilith media',
    true_lilith: 'Lilith verdadera',
    chiron: 'Quirón',
    part_of_fortune: 'Parte de la Fortuna',
    vertex: 'Vértice',
    east_point: 'Punto Este',
  },
  signs: {
    aries: 'Aries',
    taurus: 'Tauro',
    gemini: 'Géminis',
    cancer: 'Cáncer',
    leo: 'Leo',
    virgo: 'Virgo',
    libra: 'Libra',
    scorpio: 'Escorpio',
    sagittarius: 'Sagitario',
    capricorn: 'Capricornio',
    aquarius: 'Acuario',
    pisces: 'Piscis',
  },
  aspects: {
    conjunction: 'conjunción',
    opposition: 'oposición',
    trine: 'trígono',
    square: 'cuadratura',
    sextile: 'sextil',
    quincunx: 'quincuncio',
    semi_sextile: 'semisextil',
    semi_square: 'semicuadratura',
    sesquiquadrate: 'sesquicuadratura',
    quintile: 'quintil',
    bi_quintile: 'biquintil',
    septile: 'septil',
    bi_septile: 'biseptil',
    tri_septile: 'triseptil',
    novile: 'novil',
    bi_novile: 'binovil',
    quadri_novile: 'cuadrinovil',
    parallel: 'paralelo',
    contra_parallel: 'contraparalelo',
  },
  angles: {
    ascendant: 'Ascendente',
    midheaven: 'Medio Cielo',
    descendant: 'Descendente',
    imum_coeli: 'Fondo del Cielo',
  },
  elements: { fire: 'fuego', earth: 'tierra', air: 'aire', water: 'agua' },
  modalities: { cardinal: 'cardinal', fixed: 'fija', mutable: 'mutable' },
  houseSystems: {
    placidus: 'Placidus',
    koch: 'Koch',
    equal: 'iguales',
    whole_sign: 'de signo entero',
    porphyry: 'Porfirio',
    regiomontanus: 'Regiomontano',
    campanus: 'Campano',
    alcabitius: 'Alcabitius',
    morinus: 'Morinus',
    topocentric: 'topocéntricas',
  },
  ayanamsas: {
    lahiri: 'Lahiri',
    fagan_bradley: 'Fagan/Bradley',
    raman: 'Raman',
    krishnamurti: 'Krishnamurti',
  },
};

const corpus: Corpus = {
  planetInSign: {
    sun: {
      aries:
        'Tu identidad se enciende con los comienzos: te sientes plenamente vivo cuando inicias algo, te pones a prueba y afrontas un reto de frente. El valor te sale de forma natural, igual que la impaciencia; creces cuando aprendes que no todas las batallas te necesitan.',
      taurus:
        'La constancia es tu fuerza serena. Construyes tu identidad como un jardinero cuida la tierra, con paciencia y confianza en lo que madura con el tiempo, y das lo mejor de ti cuando tu lealtad a lo que valoras sigue abierta al cambio.',
      gemini:
        'La curiosidad es el motor de tu identidad. Cobras vida con la conversación, las ideas y la infinita variedad del mundo; tu verdadero reto no es encontrar respuestas, sino elegir qué preguntas merecen toda tu atención.',
      cancer:
        'En el fondo eres alguien que protege y guarda la memoria. El hogar, la familia y la pertenencia emocional son la tierra de la que brota tu confianza, y tu sensibilidad, cuando confías en ella, te permite cuidar de otros sin perderte.',
      leo: 'Hay en ti una calidez que quiere compartirse y ser vista. La creatividad, el juego y la generosidad ocupan el centro de tu manera de ser, y la confianza duradera llega cuando creas por el gusto de crear y no por el aplauso.',
      virgo:
        'Te conoces a través de la utilidad, la destreza y la atención cuidadosa. Donde otros ven caos, tú ves lo que se puede mejorar; tratarte con la misma paciencia que dedicas a tu trabajo hace de tu exigencia un regalo y no una carga.',
      libra:
        'Las relaciones son el espejo en el que descubres quién eres. Tienes un fino instinto para el equilibrio, la justicia y la belleza, y creces cuando tu don para la armonía incluye también tus propias necesidades.',
      scorpio:
        'La intensidad y la profundidad definen tu núcleo. Te atrae lo que se esconde bajo la superficie de las personas y de ti mismo, y tu capacidad de renovarte es notable: lo que a otros los quebraría, a ti te destila en algo más fuerte.',
      sagittarius:
        'Tu identidad crece con el horizonte. Necesitas sentido, libertad y espacio para explorar, ya sea en el mapa o en el mundo de las ideas, y tu optimismo contagioso madura cuando se apoya en la experiencia.',
      capricorn:
        'Te defines por lo que construyes y sostienes con el tiempo. La ambición, la responsabilidad y el sentido práctico te dan una solidez que otros buscan, y tu reto es recordar que también mereces descanso y alegría por el camino.',
      aquarius:
        'Tu identidad se forja en la independencia y en la mirada hacia el futuro. Piensas por tu cuenta, te importa el bien común y brillas cuando tu originalidad se pone al servicio de algo más grande que tú.',
      pisces:
        'Tu centro es poroso, compasivo e imaginativo. Sientes lo que otros callan y te conmueve lo invisible; cuando cuidas tus límites, esa sensibilidad se convierte en inspiración, arte y una profunda capacidad de consuelo.',
    },
    moon: {
      aries:
        'Tus emociones son rápidas, directas y ardientes. Necesitas actuar cuando algo te remueve, y la seguridad te llega a través de la independencia; aprender a respirar antes de reaccionar te ahorra muchos incendios.',
      taurus:
        'Emocionalmente buscas calma, estabilidad y placeres sencillos. Te serenan la comida, la naturaleza y la rutina conocida, y tu lealtad afectiva es profunda, aunque los cambios bruscos te cuestan.',
      gemini:
        'Procesas lo que sientes hablándolo, escribiéndolo o pensándolo. Necesitas variedad y conversación para sentirte bien, y a veces conviene dejar que una emoción se sienta antes de explicarla.',
      cancer:
        'Tu mundo emocional es rico, protector y muy sensible al ambiente. Necesitas un hogar y vínculos en los que refugiarte, y cuidas a los demás con una ternura que nace de la memoria del corazón.',
      leo: 'Necesitas sentirte querido, valorado y libre para expresar lo que llevas dentro. Tu afecto es cálido y generoso, y te recuperas cuando te permites jugar, crear y celebrar.',
      virgo:
        'Te sientes seguro cuando las cosas están en orden y eres útil. Cuidas a los demás con gestos concretos, y aprender a aceptar la imperfección, también la tuya, aligera mucho tu vida interior.',
      libra:
        'Necesitas armonía, compañía y un trato amable para sentirte en paz. Percibes con finura el clima de una relación, y tu bienestar crece cuando te atreves a nombrar lo que tú necesitas.',
      scorpio:
        'Sientes con una intensidad que pocos ven. Necesitas confianza total y vínculos profundos, y aunque te cueste mostrarte vulnerable, tu capacidad de renacer tras una pérdida es extraordinaria.',
      sagittarius:
        'Emocionalmente necesitas libertad, movimiento y un horizonte abierto. El humor y el optimismo te sostienen, y encuentras tu hogar en aquello que da sentido a tu vida.',
      capricorn:
        'Tiendes a gestionar tus emociones con reserva y sentido del deber. Te da seguridad tener las cosas bajo control, y aprender a pedir apoyo no te resta fuerza: te la devuelve.',
      aquarius:
        'Necesitas espacio propio y relaciones basadas en la amistad y la libertad. Observas tus emociones con cierta distancia, y te sientes en casa entre personas que aceptan tu singularidad.',
      pisces:
        'Tu sensibilidad emocional es inmensa y casi sin fronteras. Absorbes el ánimo de quienes te rodean, así que la soledad, la música o el contacto con el agua te ayudan a recuperar tu centro.',
    },
    mercury: {
      aries:
        'Piensas rápido y hablas sin rodeos. Tu mente disfruta del debate y de las decisiones ágiles, y gana profundidad cuando te das un momento para escuchar antes de responder.',
      taurus:
        'Tu mente es práctica, paciente y concreta. Aprendes a tu ritmo pero lo que aprendes se queda, y tus opiniones, bien asentadas, rara vez cambian sin buenas razones.',
      gemini:
        'Tienes una mente ágil, curiosa y versátil. Conectas ideas con facilidad y disfrutas de la palabra; el reto es profundizar en lugar de saltar siempre al siguiente tema.',
      cancer:
        'Piensas con la memoria y con el corazón. Tu inteligencia es intuitiva y protectora, y recuerdas no solo lo que se dijo, sino cómo te hizo sentir.',
      leo: 'Te expresas con calidez, convicción y cierto sentido del espectáculo. Sabes contar una historia y convencer, y tu palabra brilla cuando nace de la generosidad.',
      virgo:
        'Tu mente es analítica, precisa y atenta al detalle. Detectas errores y encuentras soluciones prácticas, aunque te conviene no confundir la exigencia con la perfección.',
      libra:
        'Piensas buscando el equilibrio y ves todos los lados de una cuestión. Eres diplomático al hablar, y tu claridad crece cuando te permites tomar partido.',
      scorpio:
        'Tu mente investiga, sospecha y llega al fondo. Percibes motivos ocultos y no te conformas con respuestas superficiales; bien usada, esa agudeza es un don para comprender.',
      sagittarius:
        'Piensas a lo grande, en términos de sentido, filosofía y posibilidades. Hablas con franqueza y entusiasmo, y tus ideas ganan cuando bajan también al detalle.',
      capricorn:
        'Tu pensamiento es estructurado, realista y orientado a objetivos. Planificas bien y hablas con autoridad, y un poco de flexibilidad mental te abre puertas inesperadas.',
      aquarius:
        'Tienes una mente original, independiente y a menudo adelantada a su tiempo. Te atraen las ideas nuevas y los sistemas, y sabes ver lo que otros aún no imaginan.',
      pisces:
        'Tu mente piensa en imágenes, símbolos y corazonadas. Eres más intuitivo que lineal, y tu palabra puede ser poética y sanadora cuando encuentras la forma de aterrizarla.',
    },
    venus: {
      aries:
        'Amas con pasión, franqueza e impulso. Te atrae la conquista y lo nuevo, y el amor madura cuando la chispa inicial se convierte en un compromiso elegido.',
      taurus:
        'Amas con lealtad, sensualidad y constancia. Valoras la belleza tangible, el confort y la estabilidad, y ofreces un afecto en el que se puede descansar.',
      gemini:
        'Para ti el amor empieza por la conversación. Necesitas juego, ingenio y variedad, y te enamora una mente que te despierta la curiosidad.',
      cancer:
        'Amas cuidando, protegiendo y creando un refugio compartido. Necesitas seguridad emocional, y tu ternura florece en los vínculos en los que te sientes en casa.',
      leo: 'Amas con generosidad, lealtad y un punto de teatro. Te gusta admirar y ser admirado, y el amor es para ti una celebración que merece gestos grandes.',
      virgo:
        'Demuestras el amor con hechos: atención, ayuda concreta y detalles cuidados. Eres exigente en tus afectos, y aprender a recibir sin corregir hace tus vínculos más ligeros.',
      libra:
        'El amor, la belleza y la armonía están en el centro de tus valores. Buscas una relación de iguales, con elegancia y respeto, y tienes un talento natural para el encuentro.',
      scorpio:
        'Amas con intensidad, profundidad y deseo de fusión. No te interesan los vínculos tibios; la confianza lo es todo para ti, y tu entrega puede transformar a quien amas.',
      sagittarius:
        'Amas con libertad, humor y espíritu de aventura. Necesitas una pareja que sea también compañera de viaje y de búsqueda, y el aburrimiento es tu gran enemigo.',
      capricorn:
        'Amas con seriedad, lealtad y visión de largo plazo. Te tomas tu tiempo para entregarte, y lo que construyes en el amor está hecho para durar.',
      aquarius:
        'Valoras la amistad, la libertad y la autenticidad en el amor. Te atraen las personas singulares, y necesitas un vínculo que respete tu espacio y tus ideales.',
      pisces:
        'Amas con compasión, romanticismo y una entrega casi sin límites. Idealizas con facilidad, así que ver al otro tal como es hace que tu ternura sea aún más verdadera.',
    },
    mars: {
      aries:
        'Tu energía es directa, valiente y competitiva. Actúas con rapidez y sin miedo, y canalizar ese fuego hacia metas claras evita que se consuma en choques innecesarios.',
      taurus:
        'Actúas con paciencia, constancia y una resistencia enorme. Te cuesta arrancar, pero una vez en marcha nada te detiene; tu reto es no confundir firmeza con terquedad.',
      gemini:
        'Tu energía se mueve a través de las palabras y las ideas. Haces muchas cosas a la vez y discutes con agilidad, y centrarte en pocas metas multiplica tu eficacia.',
      cancer:
        'Actúas sobre todo para proteger lo que amas. Tu energía sube y baja con tus emociones, y expresar el enfado de forma directa te resulta más sano que guardarlo.',
      leo: 'Actúas con orgullo, entusiasmo y corazón. Te mueve el deseo de crear y de brillar, y tu valor inspira a otros cuando no depende de su reconocimiento.',
      virgo:
        'Tu energía es metódica, precisa y trabajadora. Te gusta hacer bien las cosas y mejorarlas, y descansar a tiempo evita que la autoexigencia te desgaste.',
      libra:
        'Actúas buscando el acuerdo y la justicia. Te cuesta la confrontación directa, pero defiendes con firmeza lo que es justo, y aprender a decir que no también es una forma de equilibrio.',
      scorpio:
        'Tu energía es intensa, estratégica e incansable. Persigues tus metas con una determinación silenciosa, y transformas la presión en poder cuando la usas con integridad.',
      sagittarius:
        'Actúas con entusiasmo, franqueza y sed de aventura. Te mueven las grandes causas y los viajes, y terminar lo que empiezas da peso a tu fuego.',
      capricorn:
        'Tu energía es disciplinada, ambiciosa y muy eficaz. Sabes esperar y trabajar con método, y conquistas tus metas paso a paso, con una constancia admirable.',
      aquarius:
        'Actúas de forma independiente y a menudo poco convencional. Te motivan las causas colectivas y la libertad, y tu energía rinde más cuando no luchas solo contra todo.',
      pisces:
        'Tu energía es fluida, intuitiva y sensible al ambiente. Actúas mejor cuando algo te inspira o te conmueve, y necesitas límites claros para no dispersarte.',
    },
    jupiter: {
      aries:
        'Creces atreviéndote, tomando la iniciativa y abriendo caminos. La suerte te acompaña cuando actúas con valentía, siempre que no confundas confianza con temeridad.',
      taurus:
        'Tu crecimiento llega a través de la paciencia, los recursos y el disfrute de la vida. Sabes multiplicar lo que tienes, y tu generosidad es concreta y tangible.',
      gemini:
        'Creces aprendiendo, conversando y conectando ideas. La curiosidad te abre puertas, y tu optimismo se contagia a través de la palabra.',
      cancer:
        'Tu generosidad se expresa cuidando y acogiendo. El hogar y la familia son fuentes de abundancia para ti, y tu fe nace de sentirte en un lugar seguro.',
      leo: 'Creces expresándote con grandeza, creatividad y corazón. Tu confianza inspira a otros, y tu suerte se amplía cuando compartes tu luz con generosidad.',
      virgo:
        'Tu crecimiento llega a través del trabajo bien hecho y del servicio. Encuentras sentido en mejorar las cosas, y los pequeños detalles abren para ti grandes oportunidades.',
      libra:
        'Creces a través de las relaciones, la cooperación y la búsqueda de la justicia. Atraes aliados con naturalidad, y tu sentido de la equidad te abre muchas puertas.',
      scorpio:
        'Tu crecimiento pasa por la profundidad y la transformación. Sabes encontrar recursos ocultos, y tu fe se fortalece cada vez que atraviesas una crisis.',
      sagittarius:
        'Aquí Júpiter está en su elemento: creces viajando, estudiando y buscando sentido. Tu optimismo es amplio y sincero, y tu visión inspira a quienes te rodean.',
      capricorn:
        'Creces a través del esfuerzo, la responsabilidad y los logros duraderos. Tu optimismo es prudente, y la suerte te llega como fruto de lo que construyes con paciencia.',
      aquarius:
        'Tu crecimiento llega a través de las ideas nuevas, la amistad y las causas colectivas. Crees en el progreso, y tu generosidad se dirige a la comunidad.',
      pisces:
        'Creces a través de la compasión, la imaginación y la vida espiritual. Tu fe es profunda y amplia, y tu bondad puede ser un verdadero refugio para otros.',
    },
    saturn: {
      aries:
        'Tu gran lección tiene que ver con la iniciativa y la confianza en ti mismo. Puede que al principio dudes antes de actuar, pero con el tiempo forjas un valor sereno y muy sólido.',
      taurus:
        'Aprendes despacio a sentirte seguro en lo material y a valorar lo que eres. La paciencia y la disciplina con los recursos te dan, con los años, una estabilidad real.',
      gemini:
        'Tu lección pasa por la comunicación y el aprendizaje. Puede que temas no estar a la altura al hablar o estudiar, pero esa seriedad te convierte en una mente rigurosa.',
      cancer:
        'Tu reto está en la vida emocional y familiar. Quizá aprendiste pronto a protegerte, y con el tiempo descubres que abrirte es la base de una seguridad verdadera.',
      leo: 'Aprendes a expresarte y a brillar sin miedo al juicio. La confianza creativa te llega tarde pero firme, y tu autoridad nace de la autenticidad.',
      virgo:
        'Tu lección tiene que ver con el trabajo, la salud y la exigencia. Eres muy responsable, y aprender a soltar el perfeccionismo te da una eficacia aún mayor.',
      libra:
        'Las relaciones son tu gran escuela. Te tomas los compromisos muy en serio, y con el tiempo construyes vínculos justos, maduros y duraderos.',
      scorpio:
        'Tu lección pasa por la confianza, la intimidad y el poder. Te cuesta soltar el control, y al hacerlo descubres una fortaleza interior muy profunda.',
      sagittarius:
        'Tu reto está en las creencias y la búsqueda de sentido. Cuestionas las respuestas fáciles, y con los años construyes una filosofía propia, sólida y vivida.',
      capricorn:
        'Saturno está aquí en su casa: tienes disciplina, sentido del deber y paciencia para las metas largas. Tu lección es no cargar con todo tú solo.',
      aquarius:
        'Aprendes a conciliar la libertad con la responsabilidad. Te importa el colectivo, y tu aportación madura cuando das forma concreta a tus ideales.',
      pisces:
        'Tu lección pasa por dar forma a lo invisible: sueños, intuiciones y compasión. Necesitas límites claros, y con ellos tu sensibilidad se vuelve una fuerza.',
    },
    uranus: {
      aries:
        'Tu generación irrumpe con impulso pionero y deseo de independencia. En ti, Urano despierta un afán de abrir caminos propios y de romper con lo establecido.',
      taurus:
        'Tu generación revoluciona la relación con el dinero, los recursos y la naturaleza. En ti aparece un deseo de cambiar las bases materiales de la vida.',
      gemini:
        'Tu generación transforma la comunicación y la forma de aprender. En ti, Urano trae ideas brillantes, inquietas y a menudo sorprendentes.',
      cancer:
        'Tu generación reinventa la familia y el hogar. En ti, Urano pide libertad dentro de los vínculos más íntimos y formas nuevas de pertenecer.',
      leo: 'Tu generación busca una expresión personal libre y original. En ti, Urano despierta una creatividad rebelde que no quiere imitar a nadie.',
      virgo:
        'Tu generación renueva el trabajo, la salud y los métodos. En ti, Urano aporta soluciones ingeniosas y una forma poco convencional de ser útil.',
      libra:
        'Tu generación redefine las relaciones y la pareja. En ti, Urano pide vínculos de iguales, con espacio para la libertad de cada uno.',
      scorpio:
        'Tu generación sacude los tabúes sobre el poder, el sexo y la muerte. En ti, Urano aporta una intensidad que busca transformar desde la raíz.',
      sagittarius:
        'Tu generación revoluciona las creencias, los viajes y el saber. En ti, Urano despierta una sed de libertad intelectual y de horizontes nuevos.',
      capricorn:
        'Tu generación reforma las estructuras y las instituciones. En ti, Urano une ambición y espíritu innovador para cambiar las reglas desde dentro.',
      aquarius:
        'Urano está aquí en su signo: tu generación cree en la tecnología, la red y lo colectivo. En ti brilla una originalidad muy marcada.',
      pisces:
        'Tu generación disuelve fronteras a través de la imaginación y la espiritualidad. En ti, Urano trae intuiciones repentinas e ideales visionarios.',
    },
    neptune: {
      aries:
        'Tu generación sueña con el coraje y los nuevos comienzos. En ti, Neptuno inspira ideales de acción y un espíritu de pionero.',
      taurus:
        'Tu generación idealiza la belleza, la naturaleza y la seguridad material. En ti, Neptuno despierta una sensibilidad artística muy ligada a los sentidos.',
      gemini:
        'Tu generación sueña a través de las palabras y la información. En ti, Neptuno aporta una imaginación verbal fértil y, a veces, dispersa.',
      cancer:
        'Tu generación idealiza el hogar, la patria y la familia. En ti, Neptuno trae nostalgia, ternura y un profundo anhelo de pertenencia.',
      leo: 'Tu generación sueña con el amor romántico y la gloria creativa. En ti, Neptuno inspira una imaginación teatral y generosa.',
      virgo:
        'Tu generación idealiza el servicio, la salud y el trabajo útil. En ti, Neptuno aporta compasión práctica y cierta autoexigencia.',
      libra:
        'Tu generación sueña con la paz, la armonía y la pareja ideal. En ti, Neptuno despierta un anhelo de relaciones bellas y justas.',
      scorpio:
        'Tu generación explora lo oculto, la psicología y la transformación. En ti, Neptuno trae una intuición profunda para lo que no se dice.',
      sagittarius:
        'Tu generación busca sentido en viajes, filosofías y espiritualidades lejanas. En ti, Neptuno inspira una fe amplia y abierta.',
      capricorn:
        'Tu generación pone a prueba sus ideales en las estructuras y las instituciones. En ti, Neptuno pide dar forma realista a los sueños.',
      aquarius:
        'Tu generación sueña con una humanidad conectada y libre. En ti, Neptuno despierta ideales colectivos y visiones de futuro.',
      pisces:
        'Neptuno está aquí en su signo: tu generación vive una sensibilidad espiritual y artística muy amplia. En ti, la compasión y la imaginación no tienen fronteras.',
    },
    pluto: {
      aries:
        'Tu generación lleva la transformación a la identidad y la voluntad. En ti, Plutón aporta una fuerza pionera capaz de empezar de cero.',
      taurus:
        'Tu generación transforma la relación con la posesión y los recursos. En ti, Plutón da una tenacidad enorme ante lo que consideras tuyo.',
      gemini:
        'Tu generación transforma la palabra y la información. En ti, Plutón aporta una mente penetrante que busca la verdad detrás de lo que se dice.',
      cancer:
        'Tu generación vive transformaciones profundas en la familia y la patria. En ti, Plutón remueve las raíces emocionales y el sentido del hogar.',
      leo: 'Tu generación transforma la expresión personal y el poder del individuo. En ti, Plutón da una voluntad creativa intensa y magnética.',
      virgo:
        'Tu generación transforma el trabajo, la salud y la técnica. En ti, Plutón aporta un afán de perfeccionar y regenerar lo cotidiano.',
      libra:
        'Tu generación transforma las relaciones, la pareja y la idea de justicia. En ti, Plutón hace de los vínculos un terreno de cambio profundo.',
      scorpio:
        'Plutón está aquí en su signo: tu generación se enfrenta al poder, la intimidad y la muerte sin velos. En ti hay una intensidad regeneradora.',
      sagittarius:
        'Tu generación transforma las creencias, la enseñanza y la visión del mundo. En ti, Plutón aporta una búsqueda apasionada de la verdad.',
      capricorn:
        'Tu generación transforma las estructuras, la autoridad y las instituciones. En ti, Plutón da una ambición profunda y capacidad de reconstruir.',
      aquarius:
        'Tu generación transforma la vida colectiva, la tecnología y las redes. En ti, Plutón aporta una fuerza de cambio social y de reinvención.',
      pisces:
        'Tu generación transforma la espiritualidad y la imaginación colectiva. En ti, Plutón disuelve viejas fronteras y despierta una compasión profunda.',
    },
  },
  planetInHouse: {
    sun: [
      'Con el Sol en la primera casa, tu presencia se nota: estás llamado a tomar la iniciativa y a mostrarte tal como eres.',
      'En la segunda casa, el Sol liga tu identidad a lo que valoras y a lo que construyes con tus propias manos; tus talentos son tu riqueza.',
      'En la tercera casa brillas a través de la palabra, el aprendizaje y el intercambio de ideas; tu curiosidad te mantiene joven.',
      'Con el Sol en la cuarta casa, el hogar y las raíces son el centro de tu identidad, y a menudo floreces con los años.',
      'En la quinta casa, el Sol pone en el centro la creatividad, el juego y el amor; disfrutar de la vida es para ti algo esencial.',
      'Con el Sol en la sexta casa, encuentras tu propósito en el trabajo bien hecho, el servicio y el cuidado de la salud.',
      'En la séptima casa, la pareja y las relaciones son tu espejo; tu reto es seguir siendo tú dentro del vínculo.',
      'El Sol en la octava casa te lleva a la profundidad, la intimidad y la transformación; cada crisis te deja más fuerte.',
      'Con el Sol en la novena casa, brillas explorando, estudiando y buscando sentido más allá de lo conocido.',
      'En la décima casa, tu identidad va unida a tu vocación y a tu papel público; estás llamado a hacer algo visible en el mundo.',
      'Con el Sol en la undécima casa, brillas a través de la amistad, los grupos y los ideales compartidos.',
      'En la duodécima casa, el Sol se vuelve hacia dentro: la soledad, la imaginación y la vida espiritual te recargan.',
    ],
    moon: [
      'Con la Luna en la primera casa, tus emociones se ven enseguida y tu estado de ánimo tiñe tu manera de presentarte.',
      'En la segunda casa, tu seguridad emocional depende mucho de la seguridad material y de un entorno cómodo.',
      'Con la Luna en la tercera casa, necesitas hablar, escribir o moverte para digerir lo que sientes.',
      'En la cuarta casa, el hogar y la familia son el corazón de tu mundo emocional; necesitas un refugio propio.',
      'Con la Luna en la quinta casa, la creatividad, el romance y el juego te nutren emocionalmente.',
      'En la sexta casa, te sientes seguro con una vida cotidiana ordenada y útil; tu cuerpo refleja tus emociones.',
      'Con la Luna en la séptima casa, la pareja te completa emocionalmente, aunque conviene no absorber los sentimientos del otro.',
      'En la octava casa, tu vida emocional es intensa y reservada, con una gran capacidad de renovarte tras las pérdidas.',
      'Con la Luna en la novena casa, te nutren los viajes, el estudio y la búsqueda de sentido.',
      'En la décima casa, tu vida emocional se expresa en público; tu vocación puede estar ligada al cuidado de los demás.',
      'Con la Luna en la undécima casa, los amigos y los grupos son tu familia elegida y tu apoyo emocional.',
      'En la duodécima casa, tus emociones son profundas y a veces ocultas incluso para ti; necesitas momentos de retiro.',
    ],
    mercury: [
      'Con Mercurio en la primera casa, piensas en voz alta y tu mente ágil forma parte de tu carta de presentación.',
      'En la segunda casa, tu mente se orienta a lo práctico: el dinero y los recursos pueden depender de tus ideas y tu palabra.',
      'Con Mercurio en la tercera casa, la comunicación, el estudio y los hermanos ocupan un lugar central en tu vida.',
      'En la cuarta casa, tu mente se alimenta de la memoria familiar y puedes trabajar o estudiar desde casa.',
      'Con Mercurio en la quinta casa, piensas con creatividad y disfrutas de los juegos de ingenio y las historias.',
      'En la sexta casa, tu mente es metódica y eficaz, ideal para organizar, analizar y resolver problemas prácticos.',
      'Con Mercurio en la séptima casa, piensas mejor en diálogo y tienes talento para negociar y aconsejar.',
      'En la octava casa, tu mente investiga lo oculto y se interesa por la psicología y los misterios.',
      'Con Mercurio en la novena casa, te apasionan las ideas amplias, los idiomas, los viajes y la enseñanza.',
      'En la décima casa, tu palabra y tus ideas son parte de tu vocación y de tu imagen pública.',
      'Con Mercurio en la undécima casa, tus ideas florecen en grupo y en redes de personas afines.',
      'En la duodécima casa, tu mente es intuitiva y reservada; piensas mejor en silencio y en soledad.',
    ],
    venus: [
      'Con Venus en la primera casa, tienes un encanto natural y una presencia amable que atrae a los demás.',
      'En la segunda casa, Venus favorece el gusto por la belleza, el confort y una buena relación con el dinero.',
      'Con Venus en la tercera casa, hablas con gracia y disfrutas de los vínculos cercanos y de las conversaciones.',
      'En la cuarta casa, Venus embellece el hogar y da calidez a tus vínculos familiares.',
      'Con Venus en la quinta casa, el romance, el arte y el placer ocupan un lugar privilegiado en tu vida.',
      'En la sexta casa, Venus te ayuda a encontrar armonía en el trabajo y a cuidar de ti con cariño.',
      'Con Venus en la séptima casa, la pareja es fuente de felicidad y tienes un don para la cooperación.',
      'En la octava casa, Venus intensifica el amor y la intimidad; los vínculos te transforman profundamente.',
      'Con Venus en la novena casa, te enamoran lo lejano, las culturas distintas y las ideas que amplían tu mundo.',
      'En la décima casa, Venus aporta encanto a tu imagen pública y puede orientar tu vocación hacia el arte o el trato humano.',
      'Con Venus en la undécima casa, la amistad es un pilar de tu vida afectiva y te rodeas de personas queridas.',
      'En la duodécima casa, Venus vuelve tu amor discreto, compasivo y a veces secreto.',
    ],
    mars: [
      'Con Marte en la primera casa, tu energía se ve a la legua: eres directo, activo y a veces impaciente.',
      'En la segunda casa, Marte pone tu energía al servicio de ganar dinero y defender lo que es tuyo.',
      'Con Marte en la tercera casa, hablas con fuerza y disfrutas del debate, aunque conviene medir las palabras.',
      'En la cuarta casa, tu energía se concentra en el hogar y la familia, donde pueden surgir tensiones y mucha actividad.',
      'Con Marte en la quinta casa, pones pasión en el amor, el deporte y la creación.',
      'En la sexta casa, trabajas con energía y eficacia; el ejercicio físico te ayuda a descargar tensiones.',
      'Con Marte en la séptima casa, las relaciones son intensas y a veces conflictivas; buscas parejas con carácter.',
      'En la octava casa, tu energía es profunda y estratégica, con gran fuerza en la intimidad y en las crisis.',
      'Con Marte en la novena casa, defiendes tus ideas con ardor y te atraen la aventura y los viajes.',
      'En la décima casa, tu ambición es fuerte y luchas con energía por tu carrera y tu reconocimiento.',
      'Con Marte en la undécima casa, pones tu energía al servicio de los grupos y las causas colectivas.',
      'En la duodécima casa, tu energía actúa entre bastidores; aprender a expresar el enfado evita que se vuelva contra ti.',
    ],
    jupiter: [
      'Con Júpiter en la primera casa, irradias optimismo y confianza, y la vida suele abrirte puertas.',
      'En la segunda casa, Júpiter favorece la abundancia material y una actitud generosa con el dinero.',
      'Con Júpiter en la tercera casa, aprendes con facilidad y tu palabra transmite entusiasmo.',
      'En la cuarta casa, Júpiter da un hogar amplio y acogedor y un fuerte sentido de la familia.',
      'Con Júpiter en la quinta casa, la creatividad, el amor y los hijos son fuentes de alegría y de crecimiento.',
      'En la sexta casa, Júpiter trae oportunidades a través del trabajo y del servicio a los demás.',
      'Con Júpiter en la séptima casa, las relaciones y las asociaciones te benefician y te hacen crecer.',
      'En la octava casa, Júpiter favorece los recursos compartidos y una gran capacidad de regeneración.',
      'Con Júpiter en la novena casa, estás en tu elemento: viajar, estudiar y enseñar te hacen crecer.',
      'En la décima casa, Júpiter favorece el éxito profesional y una buena reputación.',
      'Con Júpiter en la undécima casa, los amigos y las redes te traen oportunidades y apoyo.',
      'En la duodécima casa, Júpiter te da una protección discreta y una rica vida interior y espiritual.',
    ],
    saturn: [
      'Con Saturno en la primera casa, te muestras serio y responsable; la confianza en ti mismo se construye con el tiempo.',
      'En la segunda casa, Saturno te enseña a ganar seguridad material con paciencia y buena gestión.',
      'Con Saturno en la tercera casa, te tomas en serio la palabra y el estudio, y ganas autoridad al comunicar.',
      'En la cuarta casa, Saturno señala responsabilidades familiares y el reto de construir tu propio hogar seguro.',
      'Con Saturno en la quinta casa, la expresión creativa y el placer requieren aprendizaje, pero maduran con solidez.',
      'En la sexta casa, Saturno te hace disciplinado en el trabajo; cuidar la salud con constancia es clave.',
      'Con Saturno en la séptima casa, te comprometes con seriedad y buscas relaciones estables y maduras.',
      'En la octava casa, Saturno te enseña a confiar y a compartir, y te da fuerza para atravesar crisis.',
      'Con Saturno en la novena casa, buscas un saber sólido y construyes tus creencias con rigor.',
      'En la décima casa, Saturno da ambición y sentido del deber; tu carrera se construye paso a paso.',
      'Con Saturno en la undécima casa, tienes pocos amigos pero fieles, y asumes responsabilidades en los grupos.',
      'En la duodécima casa, Saturno te invita a enfrentar miedos ocultos y a encontrar fuerza en la soledad.',
    ],
    uranus: [
      'Con Urano en la primera casa, te presentas de forma original e imprevisible, y necesitas ser libre.',
      'En la segunda casa, Urano trae altibajos económicos y formas poco convencionales de ganarte la vida.',
      'Con Urano en la tercera casa, tu mente es inventiva y tus ideas sorprenden a quienes te rodean.',
      'En la cuarta casa, Urano trae cambios en el hogar y una familia poco convencional.',
      'Con Urano en la quinta casa, tu creatividad es original y tus amores, sorprendentes.',
      'En la sexta casa, necesitas libertad en el trabajo y te atraen los métodos innovadores.',
      'Con Urano en la séptima casa, buscas relaciones libres y poco convencionales, con espacio para cada uno.',
      'En la octava casa, Urano trae transformaciones repentinas y una mirada nueva sobre la intimidad.',
      'Con Urano en la novena casa, tus creencias son independientes y te atraen las ideas de vanguardia.',
      'En la décima casa, tu carrera puede dar giros inesperados y necesitas libertad profesional.',
      'Con Urano en la undécima casa, te rodeas de amigos singulares y te atraen los proyectos colectivos innovadores.',
      'En la duodécima casa, Urano trae intuiciones repentinas desde tu inconsciente.',
    ],
    neptune: [
      'Con Neptuno en la primera casa, tu presencia es sutil y sensible, y los demás proyectan en ti sus sueños.',
      'En la segunda casa, Neptuno pide claridad con el dinero, porque tiendes a idealizar lo material.',
      'Con Neptuno en la tercera casa, tu mente es imaginativa y poética, aunque a veces dispersa.',
      'En la cuarta casa, Neptuno tiñe el hogar de sueños y nostalgia; necesitas un refugio casi sagrado.',
      'Con Neptuno en la quinta casa, tu creatividad es inspirada y tus amores, románticos e idealizados.',
      'En la sexta casa, Neptuno te orienta hacia el servicio compasivo y te vuelve sensible en la salud.',
      'Con Neptuno en la séptima casa, idealizas a la pareja; conviene ver al otro tal como es.',
      'En la octava casa, Neptuno aporta una intuición profunda sobre lo oculto y lo invisible.',
      'Con Neptuno en la novena casa, tu búsqueda de sentido es espiritual y mística.',
      'En la décima casa, tu vocación puede estar ligada al arte, la ayuda o lo espiritual.',
      'Con Neptuno en la undécima casa, tus ideales colectivos son elevados y tus amistades, a veces idealizadas.',
      'En la duodécima casa, Neptuno está en su casa: tu vida interior y espiritual es muy rica.',
    ],
    pluto: [
      'Con Plutón en la primera casa, tu presencia es intensa y magnética, y vives profundas transformaciones personales.',
      'En la segunda casa, Plutón trae cambios radicales en tus recursos y una fuerte relación con el poder material.',
      'Con Plutón en la tercera casa, tu palabra es penetrante y tu mente busca la verdad escondida.',
      'En la cuarta casa, Plutón remueve las raíces familiares y te invita a transformar tu herencia.',
      'Con Plutón en la quinta casa, la creatividad y el amor son intensos y transformadores.',
      'En la sexta casa, Plutón te impulsa a transformar tus hábitos, tu trabajo y tu salud.',
      'Con Plutón en la séptima casa, las relaciones son intensas y te transforman profundamente.',
      'En la octava casa, Plutón está en su casa: la intimidad, las crisis y la regeneración marcan tu vida.',
      'Con Plutón en la novena casa, tus creencias se transforman a fondo a lo largo de la vida.',
      'En la décima casa, Plutón da ambición y poder, y tu carrera puede conocer grandes transformaciones.',
      'Con Plutón en la undécima casa, los grupos y las amistades son escenario de cambios profundos.',
      'En la duodécima casa, Plutón trabaja en lo profundo del inconsciente y te invita a sanar lo oculto.',
    ],
  },
  ascendantInSign: {
    aries:
      'Con el Ascendente en Aries te presentas con energía, franqueza y ganas de actuar. Los demás te perciben como alguien valiente y directo, capaz de abrir camino.',
    taurus:
      'Con el Ascendente en Tauro transmites calma, solidez y un encanto sereno. Te tomas tu tiempo y los demás encuentran en ti una presencia fiable.',
    gemini:
      'Con el Ascendente en Géminis te muestras curioso, ágil y comunicativo. Conectas con facilidad y das una impresión viva y juvenil.',
    cancer:
      'Con el Ascendente en Cáncer te acercas al mundo con sensibilidad y cautela. Das una impresión cálida y protectora, aunque al principio te reservas.',
    leo: 'Con el Ascendente en Leo tu presencia es cálida, segura y llamativa. Llegas a un lugar y se nota, y los demás perciben en ti generosidad y orgullo.',
    virgo:
      'Con el Ascendente en Virgo te presentas con discreción, precisión y sentido práctico. Los demás ven en ti a alguien atento, fiable y observador.',
    libra:
      'Con el Ascendente en Libra te muestras amable, elegante y diplomático. Buscas la armonía en cada encuentro y das una impresión agradable.',
    scorpio:
      'Con el Ascendente en Escorpio tu presencia es intensa, magnética y reservada. Observas antes de mostrarte, y los demás intuyen tu profundidad.',
    sagittarius:
      'Con el Ascendente en Sagitario te presentas con entusiasmo, franqueza y buen humor. Transmites optimismo y ganas de explorar.',
    capricorn:
      'Con el Ascendente en Capricornio te muestras serio, capaz y reservado. Los demás perciben tu madurez y tu sentido de la responsabilidad.',
    aquarius:
      'Con el Ascendente en Acuario te presentas de forma original, amistosa e independiente. Das la impresión de alguien singular y difícil de encasillar.',
    pisces:
      'Con el Ascendente en Piscis tu presencia es suave, sensible y algo enigmática. Los demás perciben tu empatía y tu mundo imaginativo.',
  },
  pairText: {
    sun_moon:
      'El Sol y la Luna juntos describen la relación entre lo que quieres y lo que necesitas, entre tu propósito consciente y tu instinto emocional.',
    sun_mercury:
      'Cuando el Sol se encuentra con Mercurio, identidad e intelecto van de la mano: tu manera de pensar y de hablar expresa directamente quién eres.',
    sun_venus: 'El Sol con Venus aporta encanto, calidez y amor por la belleza al centro de tu identidad.',
    sun_mars:
      'Voluntad y empuje se encuentran en el contacto del Sol con Marte, que marca cómo te afirmas y luchas por lo que quieres.',
    sun_jupiter:
      'Entre el Sol y Júpiter corre una corriente de confianza, generosidad y fe en lo que la vida puede llegar a ser.',
    sun_saturn:
      'El Sol y Saturno unen la expresión personal con la responsabilidad y el sentido de los límites, y describen cómo construyes autoridad con el tiempo.',
    sun_uranus:
      'El vínculo del Sol con Urano conecta tu identidad con la necesidad de libertad y originalidad, y puede traer giros repentinos.',
    sun_neptune:
      'El Sol y Neptuno mezclan tu sentido del yo con la imaginación, el idealismo y la sensibilidad, suavizando los contornos del ego.',
    sun_pluto:
      'Identidad, poder y transformación se entrelazan cuando el Sol toca a Plutón, y los demás sienten tu intensidad enseguida.',
    moon_mercury:
      'La Luna y Mercurio conectan sentimiento y pensamiento: muestran con qué facilidad pones palabras a tus emociones.',
    moon_venus:
      'Las necesidades emocionales y el afecto se encuentran entre la Luna y Venus, que aportan ternura y deseo de armonía.',
    moon_mars:
      'La Luna y Marte unen emoción y acción: tus sentimientos se convierten rápidamente en impulso.',
    moon_jupiter:
      'La Luna con Júpiter amplía tu mundo emocional, con generosidad, optimismo y una gran capacidad de acoger.',
    moon_saturn:
      'La Luna y Saturno unen emoción y responsabilidad: describen cómo aprendiste a contener y a proteger tus sentimientos.',
    moon_uranus:
      'La Luna y Urano traen a tu vida emocional una necesidad de libertad y cambios de humor imprevisibles.',
    moon_neptune:
      'La Luna y Neptuno afinan tu sensibilidad hasta volverla casi psíquica, con una empatía enorme y fronteras porosas.',
    moon_pluto:
      'La Luna y Plutón dan a tus emociones una intensidad profunda y una gran capacidad de transformación.',
    mercury_venus:
      'Mercurio y Venus unen la mente y el gusto: hablas con gracia y tienes sensibilidad para la palabra y la belleza.',
    mercury_mars:
      'Mercurio y Marte dan filo a tu pensamiento: piensas rápido, discutes con energía y decides sin rodeos.',
    mercury_jupiter: 'Mercurio con Júpiter amplía tu mente hacia las grandes ideas, el saber y la enseñanza.',
    mercury_saturn:
      'Mercurio y Saturno dan a tu pensamiento rigor, estructura y paciencia para los temas difíciles.',
    mercury_uranus:
      'Mercurio y Urano traen ideas brillantes, intuiciones súbitas y una mente adelantada a su tiempo.',
    mercury_neptune:
      'Mercurio y Neptuno unen la mente y la imaginación, con un talento especial para la poesía, la música o lo simbólico.',
    mercury_pluto:
      'Mercurio y Plutón dan a tu mente una capacidad de penetración e investigación fuera de lo común.',
    venus_mars:
      'Venus y Marte unen el amor y el deseo: describen cómo se encuentran en ti la ternura y la pasión.',
    venus_jupiter: 'Venus y Júpiter aportan generosidad, alegría y gusto por los placeres de la vida.',
    venus_saturn:
      'Venus y Saturno unen el amor con el compromiso, y piden madurez y paciencia en los afectos.',
    venus_uranus: 'Venus y Urano traen atracciones repentinas y una necesidad de libertad dentro del amor.',
    venus_neptune: 'Venus y Neptuno despiertan un amor romántico, idealista y muy sensible a la belleza.',
    venus_pluto: 'Venus y Plutón dan a tus afectos una intensidad apasionada y transformadora.',
    mars_jupiter: 'Marte y Júpiter unen acción y entusiasmo, con una energía generosa y ganas de ir a más.',
    mars_saturn:
      'Marte y Saturno unen el impulso con la disciplina: aprendes a dosificar tu fuerza y a resistir.',
    mars_uranus: 'Marte y Urano dan una energía eléctrica, independiente y a veces imprevisible.',
    mars_neptune: 'Marte y Neptuno unen la acción con la inspiración: actúas mejor al servicio de un ideal.',
    mars_pluto: 'Marte y Plutón concentran una voluntad poderosa, intensa y muy resistente.',
    jupiter_saturn:
      'Júpiter y Saturno equilibran la expansión con la prudencia, el optimismo con el realismo.',
    jupiter_uranus:
      'Júpiter y Urano traen oportunidades inesperadas y un gusto por la libertad y la innovación.',
    jupiter_neptune:
      'Júpiter y Neptuno amplían tu imaginación y tu fe, con ideales generosos y a veces utópicos.',
    jupiter_pluto:
      'Júpiter y Plutón unen la expansión con el poder, con una gran ambición de influir y transformar.',
    saturn_uranus:
      'Saturno y Urano ponen la tradición frente a la innovación y te piden renovar las estructuras sin destruirlas.',
    saturn_neptune: 'Saturno y Neptuno unen realidad y sueño: te piden dar forma concreta a tus ideales.',
    saturn_pluto:
      'Saturno y Plutón combinan estructura y poder profundo, con una enorme resistencia ante la adversidad.',
    uranus_neptune:
      'Urano y Neptuno forman un vínculo generacional entre innovación e imaginación, que vives como sensibilidad ante los cambios colectivos.',
    uranus_pluto:
      'Urano y Plutón forman un vínculo generacional de revolución y transformación, eco de las sacudidas de tu época.',
    neptune_pluto:
      'Neptuno y Plutón comparten un lento vínculo generacional entre anhelo espiritual y transformación profunda.',
  },
  aspectTypeText: {
    conjunction: [
      'Unidos por conjunción, sus energías se funden en una sola fuerza difícil de separar. Es un punto focal de tu carta, poderoso en la dirección que elijas.',
      'En conjunción, los dos actúan como uno y se amplifican mutuamente; la mezcla puede convertirse en un talento distintivo si aprendes a dirigirla.',
      'Una conjunción es una fusión más que un diálogo: quizá no notes dónde acaba una influencia y empieza la otra, pero los demás sí notan el efecto combinado.',
    ],
    opposition: [
      'En oposición, los dos se miran de frente como partes de una negociación. Puedes oscilar entre ambos, o encontrar uno de ellos a través de otras personas, hasta que logres sostener los dos a la vez.',
      'La oposición coloca estas energías en un balancín. La lección es el equilibrio: ninguno tiene que ganar, y las relaciones cercanas te muestran la mitad que tiendes a negar.',
      'Enfrentados en el zodíaco, los dos pueden sentirse como exigencias opuestas; cuando dejas de elegir y empiezas a integrar, la oposición te da objetividad y madurez.',
    ],
    trine: [
      'El trígono los hace fluir juntos con facilidad, como un talento natural que funciona casi sin esfuerzo. Su único riesgo es darlo por sentado.',
      'Unidas por un trígono, estas energías cooperan con gracia; lo que te llega tan fácil merece que lo cultives a propósito.',
      'La armonía es la nota del trígono: los dos se apoyan mutuamente y te ofrecen un recurso al que acudir cuando otras áreas de la vida se ponen difíciles.',
    ],
    square: [
      'La cuadratura crea entre ellos una fricción productiva. Tiran en direcciones distintas, y esa tensión se vuelve motor de crecimiento cuando la afrontas en lugar de evitarla.',
      'En cuadratura, estos dos se rozan y generan inquietud y empuje; gran parte de tu fuerza se forja precisamente donde este desafío te obliga a actuar.',
      'Una cuadratura es un aspecto de trabajo que rara vez te deja descansar, y es también donde forjas la resistencia y la destreza que otras posiciones no te exigen.',
    ],
    sextile: [
      'El sextil ofrece una oportunidad: los dos cooperan de buen grado en cuanto das el primer paso. Premia la iniciativa con una facilidad tranquila y fiable.',
      'Unidas por un sextil, estas energías son aliadas amistosas; sus dones son reales pero piden tu participación, como una puerta que se abre cuando llamas.',
      'Un sextil tiende un puente ligero y constructivo entre ambos, un talento que crece con el uso e invita a experimentar.',
    ],
  },
  elementBalance: {
    fire: {
      dominant:
        'El fuego recorre tu carta con fuerza: eres entusiasta, espontáneo y te mueve la inspiración. Recuerda recargar energía, porque hasta la llama más viva necesita descanso.',
      lacking:
        'El fuego escasea en tu carta, así que el entusiasmo y la confianza no siempre llegan solos; a veces tienes que encender tú la cerilla. El movimiento, el juego y la buena compañía te avivan.',
    },
    earth: {
      dominant:
        'La tierra domina tu carta y te da sentido práctico, paciencia y sensatez. Confías en lo que puedes tocar y sabes construir cosas que duran; de vez en cuando, deja espacio a lo intangible.',
      lacking:
        'Con poca tierra en tu carta, lo práctico —rutinas, dinero, necesidades del cuerpo— puede resultarte menos natural. Las estructuras sencillas y el tiempo al aire libre te estabilizan mucho.',
    },
    air: {
      dominant:
        'El aire destaca en tu carta y te da un intelecto vivo, facilidad social y amor por las ideas. Mantener el contacto con tu cuerpo y tus emociones ancla todo ese pensamiento.',
      lacking:
        'El aire escasea en tu carta, así que tomar distancia para analizar lo vivido puede costarte. Conversar, escribir un diario y escuchar otros puntos de vista te dan perspectiva.',
    },
    water: {
      dominant:
        'El agua domina tu carta y te hace sensible, intuitivo y emocionalmente receptivo. Captas corrientes que otros no ven; unos buenos límites protegen tu energía.',
      lacking:
        'El agua es escasa en tu carta, así que las emociones pueden parecerte menos inmediatas o más difíciles de nombrar. Darte tiempo para sentir y confiar en tus corazonadas enriquece tus vínculos.',
    },
  },
  modalityBalance: {
    cardinal: {
      dominant:
        'Los signos cardinales tienen mucho peso: eres alguien que inicia y toma la delantera. El arte está en terminar lo empezado cuando pasa el primer impulso.',
      lacking:
        'La energía cardinal es baja en tu carta, así que empezar te cuesta más que sostener o adaptarte. Los primeros pasos pequeños y deliberados te dan confianza.',
    },
    fixed: {
      dominant:
        'Predominan los signos fijos: tienes determinación, lealtad y una gran capacidad de perseverar. Tu reto es la flexibilidad, porque ser firme no significa ser inamovible.',
      lacking:
        'La energía fija escasea, así que la constancia puede requerir un esfuerzo consciente. Las rutinas sencillas y las promesas modestas cumplidas te ayudan a terminar lo que empiezas.',
    },
    mutable: {
      dominant:
        'Los signos mutables destacan: eres adaptable, versátil y abierto al cambio. Elegir una dirección y mantenerla un tiempo da propósito a esa flexibilidad.',
      lacking:
        'La energía mutable escasea, así que adaptarte a los cambios bruscos puede costarte. Practicar la flexibilidad en cosas pequeñas facilita las grandes transiciones.',
    },
  },
  balancedElements:
    'Tus elementos están bastante repartidos: tienes acceso por igual a la inspiración, el sentido práctico, el pensamiento y la emoción, y eso te permite adaptarte a situaciones muy distintas.',
  balancedModalities:
    'Las modalidades están equilibradas en tu carta: sabes iniciar, sostener y adaptarte según lo pida el momento.',
  sunMoonElements: {
    same: 'Como tu Sol y tu Luna comparten elemento, lo que quieres y lo que necesitas tiran en la misma dirección, y eso da a tu carácter una coherencia entera.',
    compatible:
      'Tu Sol y tu Luna están en elementos compatibles, así que tus metas y tus necesidades emocionales suelen cooperar; los conflictos internos se resuelven más hablando que a la fuerza.',
    different:
      'Tu Sol y tu Luna hablan lenguajes elementales distintos, así que lo que persigues y lo que necesitas para sentirte seguro pueden no coincidir. Aprender a honrar ambos es una fuente de profundidad.',
  },
  timeUnknownNote:
    'Como se desconoce la hora de nacimiento, esta lectura omite el signo ascendente, las casas y los ángulos, que dependen de la hora exacta; además, la Luna pudo avanzar algunos grados a lo largo del día.',
  stelliumSign:
    'Esta concentración de energía convierte las cualidades del signo en una especialidad tuya, un terreno de profundidad al que volverás una y otra vez. También puede volverte algo unilateral, así que las zonas menos pobladas de tu carta merecen atención consciente.',
  stelliumHouse:
    'Tantos planetas en una casa convierten sus asuntos en un escenario central de tu vida, donde se concentra gran parte de tu crecimiento, tu esfuerzo y tu satisfacción.',
  hemisphere: {
    eastern:
      'La mayoría de tus planetas están en la mitad oriental de la carta, del lado del Ascendente. Tiendes a dirigir tu propia vida y a moldear las circunstancias por iniciativa propia.',
    western:
      'La mayoría de tus planetas están en la mitad occidental de la carta, del lado del Descendente. La vida se despliega para ti a través de los demás, y la cooperación es clave en tu éxito.',
    southern:
      'La mitad superior de la carta, sobre el horizonte, reúne la mayoría de tus planetas. Tu orientación es hacia fuera: el mundo, la vida pública y las metas compartidas.',
    northern:
      'La mitad inferior de la carta, bajo el horizonte, reúne la mayoría de tus planetas. Gran parte de tu desarrollo ocurre en privado, en tu vida interior y en los vínculos cercanos.',
    balanced:
      'Tus planetas se reparten de forma bastante pareja por la rueda, entre el yo y los demás y entre lo privado y lo público, así que ningún hemisferio marca tu orientación.',
  },
  quadrant: [
    'El primer cuadrante (casas 1 a 3) es el más poblado y pone el acento en el descubrimiento de ti mismo, tus recursos y tu forma de expresarte.',
    'El segundo cuadrante (casas 4 a 6) es el más poblado y pone el acento en las raíces, la creatividad y el cuidado cotidiano de ti y de los demás.',
    'El tercer cuadrante (casas 7 a 9) es el más poblado y pone el acento en las relaciones, la experiencia compartida y la apertura de horizontes.',
    'El cuarto cuadrante (casas 10 a 12) es el más poblado y pone el acento en la vocación, la comunidad y un sentido más amplio, a veces espiritual, del propósito.',
  ],
  retrograde: {
    none: 'Ninguno de tus planetas estaba retrógrado al nacer, lo que sugiere que sus energías tienden a expresarse hacia fuera y de forma directa.',
    few: 'Los planetas retrógrados vuelven su función hacia dentro: tiendes a revisar, repensar y hacer tuyos estos temas antes de expresarlos, y tu comprensión de ellos se vuelve muy personal.',
    many: 'Tantos planetas retrógrados apuntan a un temperamento reflexivo e introspectivo. Sueles volver sobre las cosas para entenderlas a fondo, y tu camino puede ser menos convencional pero más auténticamente tuyo.',
  },
  noAspects:
    'Ningún aspecto mayor entre los planetas cae dentro de los orbes usados en esta carta. Cada planeta tiende así a actuar por su cuenta, lo que puede hacer tu carácter especialmente variado.',
  angularIntro: 'Los planetas cercanos a los cuatro ángulos de la carta están entre los más poderosos.',
  signEssence: {
    aries: 'la audacia, la franqueza y las ganas de empezar',
    taurus: 'la constancia, la sensualidad y la paciencia',
    gemini: 'la curiosidad, la agilidad y el gusto por la palabra',
    cancer: 'el cuidado, la protección y la sintonía emocional',
    leo: 'la calidez, la expresividad y el orgullo',
    virgo: 'la observación, la destreza y el discernimiento',
    libra: 'la elegancia, el sentido de la justicia y el arte de relacionarse',
    scorpio: 'la intensidad, la perspicacia y la reserva',
    sagittarius: 'la aventura, la franqueza y la búsqueda de sentido',
    capricorn: 'la ambición, la disciplina y el realismo',
    aquarius: 'la independencia, la inventiva y los principios',
    pisces: 'la compasión, la imaginación y la intuición',
  },
  houseTopics: [
    'el yo, el cuerpo y la primera impresión',
    'el dinero, los bienes y la autoestima',
    'la comunicación, el aprendizaje y los hermanos',
    'el hogar, la familia y las raíces',
    'la creatividad, el romance y el juego',
    'el trabajo, la salud y la rutina diaria',
    'la pareja y las relaciones cercanas',
    'la intimidad, los recursos compartidos y la transformación',
    'los viajes, las creencias y los estudios superiores',
    'la carrera, la reputación y la vida pública',
    'la amistad, la comunidad y los proyectos de futuro',
    'la soledad, el inconsciente y la vida espiritual',
  ],
  planetKeywords: {
    sun: 'tu identidad y tu vitalidad',
    moon: 'tus necesidades emocionales y tus instintos',
    mercury: 'tu forma de pensar y comunicarte',
    venus: 'tu forma de amar y lo que valoras',
    mars: 'tu empuje y tu capacidad de afirmarte',
    jupiter: 'el crecimiento, la fe y la generosidad',
    saturn: 'la disciplina y las lecciones a largo plazo',
    uranus: 'la libertad y la originalidad',
    neptune: 'la imaginación y los ideales',
    pluto: 'el poder y la transformación',
  },
  angularText: {
    ascendant:
      'tiñe con fuerza tu personalidad y la primera impresión que causas; la gente percibe estas cualidades en ti enseguida.',
    midheaven: 'marca tu vocación, tu reputación y el rumbo de tu vida en el mundo.',
    descendant:
      'suele aparecer a través de la pareja y las relaciones cercanas, que se convierten en espejo de tu crecimiento.',
    imum_coeli: 'actúa en las raíces: en tu vida privada, tu familia y tus cimientos interiores.',
  },
};

const P = names.planets;
const S = names.signs;
const C = corpus;
/** The planet with its article where Spanish uses one: "el Sol", "la Luna", "Mercurio". */
const ref = (p: Planet): string => (p === 'sun' ? 'el Sol' : p === 'moon' ? 'la Luna' : P[p]);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "a", "a y b", "a, b y c" (e before i-/hi-: "Marte e Urano" is not said; "y" stays before "U"). */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  const and = /^(i|hi)[^aeéoó]/i.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const NUMBERS = ['ningún', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
const ORDINALS = [
  'primera',
  'segunda',
  'tercera',
  'cuarta',
  'quinta',
  'sexta',
  'séptima',
  'octava',
  'novena',
  'décima',
  'undécima',
  'duodécima',
];
const house = (h: number): string => `${ORDINALS[h - 1] ?? h} casa`;
const ANGLE_OF: Record<string, string> = {
  ascendant: 'tu Ascendente',
  midheaven: 'tu Medio Cielo',
  descendant: 'tu Descendente',
  imum_coeli: 'tu Fondo del Cielo',
};
const ASPECT_VERB = {
  conjunction: 'está en conjunción con',
  opposition: 'se opone a',
  trine: 'forma un trígono con',
  square: 'forma una cuadratura con',
  sextile: 'forma un sextil con',
} as const;
const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const HEMISPHERE = {
  eastern: 'oriental',
  western: 'occidental',
  southern: 'sur',
  northern: 'norte',
} as const;
const sign = (s: Sign) => S[s];

export const es: Locale = {
  tag: 'es',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Sol, Luna y Ascendente' : 'Sol y Luna'),
      planets: 'Los planetas',
      aspects: 'Aspectos mayores',
      balance: 'Elementos y modalidades',
      emphasis: 'Énfasis de la carta',
    },
    sunIn: (s) =>
      `Con tu Sol en ${sign(s)}, el centro de tu identidad está en ${C.signEssence[s]}: ese es el yo en el que te vas convirtiendo.`,
    moonIn: (s) =>
      `Tu Luna en ${sign(s)} describe lo que necesitas para sentirte a salvo y en casa contigo; en lo emocional te guían ${C.signEssence[s]}.`,
    ascendant: (s, deg) =>
      `Tu Ascendente, el signo que se elevaba al nacer, es ${sign(s)} a ${deg}: describe cómo sales al encuentro del mundo y cómo te perciben los demás al principio.`,
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} en ${sign(s)} a ${deg}${h ? `, en la ${house(h)}` : ''}${retro ? ', retrógrado' : ''}.`,
    aspectsIntro: (n) =>
      `Los aspectos son las conversaciones entre tus planetas. ${n === 1 ? 'Aquí está el más cercano' : `Aquí están los ${num(n)} más cercanos, del más exacto al más amplio`}; cuanto menor es el orbe, más fuerte es la voz. Un aspecto aplicativo aún se estaba cerrando cuando naciste y suele sentirse más apremiante, mientras que uno separativo ya forma parte, en buena medida, de quien eres.`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `${cap(ref(a))} ${ASPECT_VERB[aspect]} ${ref(b)} (${
        exactness === 'exact'
          ? 'casi exacto, con un orbe de'
          : exactness === 'close'
            ? 'cercano, con un orbe de'
            : 'más amplio, con un orbe de'
      } ${orb}, ${applying ? 'aplicativo' : 'separativo'}).`,
    elementCounts: (counts) =>
      `Por elementos, tu carta suma ${list(counts.map(([k, v]) => `${v.replace('.', ',')} de ${names.elements[k]}`))}.`,
    modalityCounts: (counts) =>
      `Por modalidades, suma ${list(counts.map(([k, v]) => `${v.replace('.', ',')} en signos ${k === 'fixed' ? 'fijos' : k === 'cardinal' ? 'cardinales' : 'mutables'}`))}.`,
    stelliumInSign: (ps, s) =>
      `${cap(num(ps.length))} planetas, ${refs(ps)}, se reúnen en ${sign(s)} y forman un stellium: ${C.signEssence[s]} están muy cerca del corazón de quien eres.`,
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} comparten tu ${house(h)}, el ámbito de ${C.houseTopics[h - 1]}.`,
    onAngle: (p, d, angle) =>
      `Con ${ref(p)} a ${d} de ${ANGLE_OF[angle]}, el planeta de ${C.planetKeywords[p]} ${C.angularText[angle]}`,
    retrogradeFew: (ps) =>
      ps.length === 1
        ? `${cap(refs(ps))} estaba retrógrado cuando naciste.`
        : `${cap(refs(ps))} estaban retrógrados cuando naciste.`,
    retrogradeMany: (ps) =>
      `${cap(num(ps.length))} planetas estaban retrógrados cuando naciste: ${refs(ps)}.`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Sol en ${sign(s)}`,
      moonIn: (s) => `Luna en ${sign(s)}`,
      ascendantIn: (s) => `Ascendente en ${sign(s)}`,
      placement: (p, s, h, retro) => `${P[p]} en ${sign(s)}${h ? ` (casa ${h})` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${names.aspects[aspect]} ${P[b]} (${orb})`,
      dominantElement: (e) => `Elemento dominante: ${names.elements[e]}`,
      lackingElement: (e) => `Elemento escaso: ${names.elements[e]}`,
      dominantModality: (m) => `Modalidad dominante: ${names.modalities[m]}`,
      lackingModality: (m) => `Modalidad escasa: ${names.modalities[m]}`,
      stelliumInSign: (s, ps) => `Stellium en ${sign(s)}: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `Stellium en la casa ${h}: ${labels(ps)}`,
      onAngle: (p, angle) => `${P[p]} en el ${names.angles[angle]}`,
      hemisphere: (h) => `Énfasis en el hemisferio ${HEMISPHERE[h]}`,
      quadrant: (q) => `Énfasis en el cuadrante ${q}`,
      retrogradeCount: (n) => `Planetas retrógrados: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `Carta natal: ${name}, ${date}`,
    defaultName: 'Carta natal',
    date: (d, m, y) => `${d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, hora desconocida`,
    retrograde: 'retrógrado',
    tropical: 'Tropical',
    sidereal: (a) => `Sideral${a ? ` (${a})` : ''}`,
    houses: (system) => `Casas ${system}`,
    noHouses: 'Sin casas',
    placement: (point, deg, s, retro) => `${point} ${deg}° ${s}${retro ? ' retrógrado' : ''}`,
    listSeparator: '; ',
    fullStop: '.',
    star: (name, position, m) => `${name} ${position}, magnitud ${new Intl.NumberFormat('es').format(m)}`,
  },
  warnings: {
    place_ambiguous: () =>
      'La ciudad indicada coincide con varios lugares y se ha usado el primero. Añade el país, o la latitud y la longitud, para elegir otro.',
    local_mean_time: () =>
      'En esa fecha la zona aún no tenía hora oficial: se ha usado la hora media local del lugar de nacimiento.',
    city_mean_time_replaced: () =>
      'La base de datos de husos horarios aplica a toda la zona la hora media de otra ciudad, de una época en que el país aún no tenía hora oficial: se ha usado la hora media local del lugar de nacimiento.',
    ambiguous_local_time: () =>
      'Esa hora local se repitió porque los relojes se atrasaron; se ha usado el primero de los dos instantes.',
    shifted_forward: () =>
      'Esa hora local no existió porque los relojes se adelantaron; se ha desplazado hacia delante el tiempo del salto.',
    dst_local_option: (w) =>
      `La zona sigue el horario de verano de ${w.reference_city ?? 'su ciudad de referencia'}, que quizá no se aplicaba en el lugar de nacimiento. Si el registro indica hora estándar, envía "dst": false.`,
    dst_override: () =>
      'Se ha usado lo que indica "dst" (horario de verano o estándar), que difiere del desfase que tenía la zona en ese momento.',
    time_unknown: () =>
      'Hora de nacimiento desconocida: carta calculada para el mediodía, sin casas, ángulos, Vértice ni Parte de la Fortuna.',
    chiron_unavailable: () => 'Quirón solo está disponible entre 1800 y 2400; se ha omitido.',
    asteroid_unavailable: () => 'Este asteroide solo está disponible entre 1800 y 2400; se ha omitido.',
    house_system_fallback: () =>
      'El sistema de casas pedido no está definido en esta latitud; se usan casas Porfirio.',
    composite_without_houses: () =>
      'Falta la hora de un nacimiento: la carta compuesta no tiene casas ni ángulos.',
  },
};
