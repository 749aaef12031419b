/**
 * German readings for time (de), written for German readers and addressed with «du», as in ../de.ts. The
 * `touches` sentence is «Es geht dabei um …», so every topic is written in the accusative with its possessive
 * («deinen Antrieb, deinen Mut …»). Headlines use the notation German astrology writes («Saturn Quadrat Sonne
 * im Radix»), which needs no article; dates arrive formatted («12. März 2027») and follow «am», «vom», «bis zum».
 */
import type { TransitWords } from '../transit-locale';

/** Counts written as words up to twelve, as German prose does; larger counts in digits. */
const COUNTS = [
  'null',
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];
const count = (n: number): string => COUNTS[n] ?? String(n);
const ORDINALS = [
  '',
  'erste',
  'zweite',
  'dritte',
  'vierte',
  'fünfte',
  'sechste',
  'siebte',
  'achte',
  'neunte',
  'zehnte',
];
/** "der zweite (Durchgang)"; past ten in digits ("der 11."). */
const ordinal = (n: number): string => ORDINALS[n] || `${n}.`;

export const deTransits: TransitWords = {
  effect: {
    sun: {
      conjunction:
        'Die Sonne richtet einen Scheinwerfer auf diesen Punkt deines Horoskops: Für ein paar Tage gewinnst du hier an Klarheit, Energie und Sichtbarkeit. Ein guter Moment, bewusst Stellung zu beziehen und neu anzufangen.',
      flowing:
        'Die Sonne gibt dir Rückenwind: Was du anpackst, gelingt mit natürlichem Selbstvertrauen, und andere begegnen dir wohlwollend. Nutze diese Tage, um zu zeigen, was in dir steckt.',
      challenging:
        'Die Sonne reibt sich an diesem Punkt: Dein Wille stößt auf Widerstand, vielleicht auch auf die Ansprüche anderer. Die Spannung kostet Kraft, zeigt dir aber deutlich, wo du dich klarer behaupten und wo du einlenken solltest.',
    },
    moon: {
      conjunction:
        'Der Mond bringt für einige Stunden Gefühle an die Oberfläche: Du reagierst empfindsamer und instinktiver als sonst. Achte darauf, was dich bewegt, und gönn dir, was dir Geborgenheit schenkt.',
      flowing:
        'Der Mond sorgt für eine weiche, stimmige Atmosphäre: Gefühl und Alltag greifen mühelos ineinander, und Nähe stellt sich fast von selbst ein. Ein günstiger Moment für Fürsorge, vertraute Gespräche und kleine Freuden.',
      challenging:
        'Der Mond macht dich vorübergehend reizbar oder launisch, weil Bedürfnisse und Umstände nicht recht zusammenpassen. Nimm die Stimmung ernst, aber nicht zu wichtig: Sie zieht so schnell vorüber, wie sie gekommen ist.',
    },
    mercury: {
      conjunction:
        'Merkur rückt das Denken in den Vordergrund: Gespräche, Nachrichten, Pläne und Entscheidungen häufen sich. Dein Kopf arbeitet schnell; halte fest, was dir einfällt, und sprich aus, was gesagt werden will.',
      flowing:
        'Merkur schärft deinen Verstand und erleichtert den Austausch: Du findest die richtigen Worte, verhandelst geschickt und lernst mit Leichtigkeit. Gute Tage für Verträge, Briefe, Reisen und klärende Gespräche.',
      challenging:
        'Merkur bringt Missverständnisse, Hektik und zerstreute Gedanken: Worte kommen anders an, als du sie meinst, und Termine geraten durcheinander. Prüfe Einzelheiten doppelt und lass dir Zeit, bevor du urteilst.',
    },
    venus: {
      conjunction:
        'Die Venus bringt Wärme, Anziehung und Genuss: Du wirkst charmant, suchst Schönheit und Nähe, und Begegnungen fallen dir leichter. Auch Fragen nach Geld und danach, was dir wirklich wertvoll ist, treten hervor.',
      flowing:
        'Die Venus schenkt Harmonie und Wohlwollen: Beziehungen entspannen sich, Kunst und Vergnügen tun dir gut, und manches Angenehme fällt dir einfach zu. Eine schöne Zeit, um Zuneigung zu zeigen und dich verwöhnen zu lassen.',
      challenging:
        'Die Venus zeigt, wo Wunsch und Wirklichkeit auseinandergehen: In Liebe, Geldfragen oder Geschmack entstehen kleine Spannungen, Eifersucht oder Maßlosigkeit. Frag dich, was du wirklich brauchst, statt Harmonie um jeden Preis zu suchen.',
    },
    mars: {
      conjunction:
        'Mars entfacht Tatkraft und Ungeduld: Du willst handeln, dich durchsetzen und die Dinge sofort in Bewegung bringen. Lenke diese Energie in ein klares Vorhaben, sonst entlädt sie sich in Streit oder Hast.',
      flowing:
        'Mars liefert Antrieb, der sich gut steuern lässt: Du arbeitest zielstrebig, trittst selbstbewusst auf und bringst Liegengebliebenes voran. Ideal für Sport, mutige Schritte und alles, was vollen Einsatz verlangt.',
      challenging:
        'Mars reizt zur Konfrontation: Gereiztheit, Zeitdruck und Machtproben liegen in der Luft, und Hast kann zu Fehlern oder kleinen Unfällen führen. Wähle deine Kämpfe bewusst und gib dem Ärger ein gesundes Ventil.',
    },
    jupiter: {
      conjunction:
        'Jupiter öffnet eine Tür: Zuversicht, Vertrauen und Wachstumschancen nehmen zu, und vieles erscheint größer und erreichbarer als sonst. Greif beherzt zu, behalte aber im Blick, was du wirklich tragen kannst.',
      flowing:
        'Jupiter bringt Glück und Unterstützung: Förderer, günstige Gelegenheiten und ein Gefühl von Sinn stellen sich ein. Was du jetzt großzügig und zuversichtlich beginnst, hat gute Aussichten zu gedeihen.',
      challenging:
        'Jupiter verführt zum Übermaß: zu viel Optimismus, zu große Versprechen, zu viele Vorhaben auf einmal. Die Chance ist echt, doch sie verlangt Maß, damit Wachstum nicht in Verschwendung oder Überforderung kippt.',
    },
    saturn: {
      conjunction:
        'Saturn stellt dich auf die Probe: Er verlangt Ernsthaftigkeit, Verantwortung und klare Grenzen. Was trägt, wird gefestigt, was nur geliehen war, bröckelt; die Arbeit ist mühsam, ihr Ergebnis aber von Dauer.',
      flowing:
        'Saturn verleiht Stetigkeit und Ausdauer: Geduldige Arbeit zahlt sich aus, Strukturen halten, und erfahrene Menschen stehen dir zur Seite. Eine gute Zeit, um Verbindliches zu vereinbaren und die Früchte früherer Mühe zu ernten.',
      challenging:
        'Saturn übt Druck aus: Verzögerungen, Pflichten und Hindernisse zeigen, wo Fundamente nicht mehr tragen. Statt gegen Grenzen anzurennen, baust du besser um; was du jetzt neu ordnest, wird belastbarer.',
    },
    uranus: {
      conjunction:
        'Uranus bringt einen Weckruf: Plötzliche Einsichten, unerwartete Ereignisse und ein starker Drang nach Freiheit lassen Gewohntes eng erscheinen. Bleib offen für das Neue, ohne alles auf einmal umzuwerfen.',
      flowing:
        'Uranus schafft Raum für Erneuerung: Überraschende Chancen, originelle Ideen und neue Kontakte machen Veränderungen leicht. Ein guter Zeitpunkt, Eingefahrenes abzulegen und eigene Wege auszuprobieren.',
      challenging:
        'Uranus rüttelt am Bestehenden: Unruhe, Brüche und unvorhergesehene Wendungen verlangen Beweglichkeit. Was zu starr geworden ist, lässt sich nicht länger halten; bleibst du flexibel, liegt gerade darin eine unerwartete Freiheit.',
    },
    neptune: {
      conjunction:
        'Neptun löst Grenzen auf: Sehnsucht, Fantasie und Mitgefühl wachsen, während Konturen verschwimmen und Gewissheiten ins Wanken geraten. Vertraue deiner Intuition, aber triff wichtige Entscheidungen erst, wenn sich der Nebel lichtet.',
      flowing:
        'Neptun schenkt Inspiration und feine Wahrnehmung: Kreativität, Spiritualität und Hilfsbereitschaft fließen leicht, und du spürst, was unausgesprochen bleibt. Eine gute Zeit für Kunst, Meditation und einfühlsame Begegnungen.',
      challenging:
        'Neptun trübt den Blick: Unklarheit, Enttäuschung oder Selbsttäuschung können dich verunsichern, und nicht alles ist, wie es scheint. Prüfe Versprechen genau, schone deine Kräfte und lass Illusionen los, die dich nicht tragen.',
    },
    pluto: {
      conjunction:
        'Pluto wühlt die Tiefe auf: Ein grundlegender Wandel beginnt, in dem Altes enden muss, damit Neues entstehen kann. Macht, Kontrolle und verborgene Motive kommen ans Licht; lässt du los, gehst du gestärkt daraus hervor.',
      flowing:
        'Pluto verleiht Tiefgang und Durchhaltekraft: Du erkennst, was unter der Oberfläche wirkt, und kannst gezielt erneuern, was dir wichtig ist. In dieser Zeit erschüttert dich Wandlung nicht, sie stärkt dich.',
      challenging:
        'Pluto erzeugt Druck von innen und außen: Machtkämpfe, Krisen oder Zwänge fordern dich auf, Kontrolle abzugeben. Was nicht mehr lebendig ist, lässt sich nicht retten; im Loslassen liegt die Kraft zur Erneuerung.',
    },
    chiron: {
      conjunction:
        'Chiron berührt eine alte Wunde: Verletzlichkeit und Zweifel treten hervor, mit ihnen aber auch die Chance, sie zu verstehen und anzunehmen. Aus dieser Erfahrung wächst oft die Fähigkeit, anderen beizustehen.',
      flowing:
        'Chiron begünstigt Heilung: Du gehst sanfter mit Verletzungen um, nimmst Hilfe an und gibst weiter, was du in schweren Zeiten gelernt hast. Was dich einst geschmerzt hat, wird zur Quelle von Verständnis.',
      challenging:
        'Chiron drückt auf einen wunden Punkt: Alte Kränkungen, Unsicherheit oder das Gefühl, nicht zu genügen, melden sich zurück. Begegne dir selbst mit Geduld; gerade hier zeigt sich, was heilen will.',
    },
    node: {
      conjunction:
        'Der Mondknoten bringt Begegnungen und Ereignisse, die sich schicksalhaft anfühlen und auf deinen Entwicklungsweg weisen. Achte darauf, wer und was jetzt in dein Leben tritt und welche alten Muster du hinter dir lassen kannst.',
      flowing:
        'Unter dem Mondknoten fügen sich die Dinge günstig: Hilfreiche Menschen und passende Gelegenheiten bringen dich deiner Lebensrichtung näher. Folge dem, was sich stimmig anfühlt, auch wenn es neu für dich ist.',
      challenging:
        'Der Mondknoten stellt Gewohnheit und Wachstum gegeneinander: Du spürst den Sog alter Muster und zugleich den Ruf nach Veränderung. Entscheidungen, die dir jetzt schwerfallen, zeigen dir, wohin du wirklich willst.',
    },
    lilith: {
      conjunction:
        'Lilith weckt das Ungezähmte in dir: Verdrängte Wünsche, Wut oder Eigensinn drängen ans Licht und wollen sich nicht länger anpassen. Ehrlich zu dir selbst zu stehen befreit dich, auch wenn es andere irritiert.',
      flowing:
        'Lilith hilft dir, deine eigenwillige, unangepasste Seite anzunehmen: Du sagst klarer Nein, folgst deinem Begehren und vertraust deinem Instinkt. Daraus erwächst eine ruhige, unabhängige Stärke.',
      challenging:
        'Lilith provoziert: Tabus, Eifersucht, Machtspiele oder unterdrückter Zorn können dich aufwühlen. Schau hin, wo du dich verbiegst oder ausgeschlossen fühlst; dort liegt eine Kraft, die du zurückgewinnen kannst.',
    },
  },
  topics: {
    sun: 'dein Selbstgefühl, deine Lebenskraft und deine Ziele',
    moon: 'deine Gefühle, deine Stimmungen und dein Bedürfnis nach Geborgenheit',
    mercury: 'dein Denken, deine Gespräche und deine Entscheidungen',
    venus: 'Liebe, Genuss und das, was dir wertvoll ist',
    mars: 'deinen Antrieb, deinen Mut und deine Art, dich durchzusetzen',
    jupiter: 'dein Vertrauen, deine Weltanschauung und deine Möglichkeiten zu wachsen',
    saturn: 'deine Pflichten, deine Grenzen und deine langfristigen Ziele',
    uranus: 'deine Freiheit, deine Eigenart und deinen Wunsch nach Veränderung',
    neptune: 'deine Träume, deine Ideale und deine Feinfühligkeit',
    pluto: 'deine verborgenen Kräfte, deine Macht und deine Fähigkeit zur Wandlung',
    ascendant: 'deine Ausstrahlung, deinen Körper und die Art, wie du auf andere zugehst',
    midheaven: 'deinen Beruf, dein Ansehen und deinen Weg in der Welt',
    descendant: 'deine Partnerschaften, deine Verträge und deine engen Bindungen',
    imum_coeli: 'dein Zuhause, deine Familie und deine Wurzeln',
    node: 'deinen Lebensweg und die Richtung, in die du wachsen willst',
    lilith: 'deine ungezähmte Seite, dein Begehren und das, was du verdrängst',
    chiron: 'deine alten Wunden und deine Fähigkeit zu heilen',
    part_of_fortune: 'dein Glück, dein Wohlbefinden und das, was dir leichtfällt',
  },
  touches: (topic) => `Es geht dabei um ${topic}.`,
  touchesPoint: (point) => `Es geht dabei um den Punkt ${point} in deinem Geburtshoroskop.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${transiting}${retrograde ? ' (rückläufig)' : ''} ${aspect} ${natal} im Radix, exakt am ${date}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `Im Orbis vom ${enters} bis zum ${leaves}.`
      : leaves
        ? `Im Orbis schon vor Beginn des betrachteten Zeitraums und bis zum ${leaves}.`
        : enters
          ? `Im Orbis ab dem ${enters}, über das Ende des betrachteten Zeitraums hinaus.`
          : 'Während des ganzen betrachteten Zeitraums im Orbis.',
  pass: (n, of) => `Dies ist der ${ordinal(n)} von ${count(of)} Durchgängen.`,
  periodTitle: (from, to) => `Transite vom ${from} bis zum ${to}`,
  periodIntro: (n, from, to) =>
    n === 1
      ? `Vom ${from} bis zum ${to} wird ein Transit zu deinem Geburtshoroskop exakt.`
      : `Vom ${from} bis zum ${to} werden ${count(n)} Transite zu deinem Geburtshoroskop exakt.`,
  periodQuiet: (from, to) =>
    `Vom ${from} bis zum ${to} bildet keiner der gewählten Himmelskörper einen exakten Aspekt zu deinem Geburtshoroskop. Eine ruhige Zeit: Was dich gerade beschäftigt, kannst du in deinem eigenen Tempo weiterentwickeln.`,
};
