/**
 * Italian readings for time (it), written for Italian readers and addressed as «tu», as in ../it.ts. The
 * `touches` sentence is «Il transito tocca …», so every topic carries its article and possessive («la tua
 * identità», «i tuoi sogni»). In headlines the names of the two points take their article («il Sole», «la Luna»,
 * «l’Ascendente»; planets go without) and «retrogrado» agrees with the transiting body. Dates arrive formatted
 * («12 marzo 2027»); «il», «dal» and «al» elide before 8 and 11 («dall’8 marzo», «all’11 marzo»).
 */
import { it } from '../it';
import type { TransitWords } from '../transit-locale';

const N = it.names;

/** The article an Italian name takes; names not listed (the planets, asteroids, Chirone) take none. */
const ARTICLE = new Map<string, 'il' | 'la' | 'l’'>([
  [N.planets.sun, 'il'],
  [N.planets.moon, 'la'],
  [N.points.mean_node, 'il'],
  [N.points.true_node, 'il'],
  [N.points.south_node, 'il'],
  [N.points.mean_lilith, 'la'],
  [N.points.true_lilith, 'la'],
  [N.points.part_of_fortune, 'la'],
  [N.points.vertex, 'il'],
  [N.points.east_point, 'il'],
  [N.angles.ascendant, 'l’'],
  [N.angles.midheaven, 'il'],
  [N.angles.descendant, 'il'],
  [N.angles.imum_coeli, 'il'],
]);
/** Names of feminine gender: Venere and the points named with a feminine noun. */
export const FEMININE = new Set([
  N.planets.venus,
  N.planets.moon,
  N.points.mean_lilith,
  N.points.true_lilith,
]);

export const the = (name: string): string => {
  const article = ARTICLE.get(name);
  return article === undefined ? name : article === 'l’' ? `l’${name}` : `${article} ${name}`;
};
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Dates starting with 8 or 11 ("otto", "undici") take the elided article. */
const vowel = (date: string): boolean => /^(8|11)(?!\d)/.test(date);
export const il = (date: string): string => (vowel(date) ? `l’${date}` : `il ${date}`);
export const dal = (date: string): string => (vowel(date) ? `dall’${date}` : `dal ${date}`);
const al = (date: string): string => (vowel(date) ? `all’${date}` : `al ${date}`);

const COUNTS = ['zero', 'un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'];
const count = (n: number): string => COUNTS[n] ?? String(n);
const ORDINALS = [
  '',
  'primo',
  'secondo',
  'terzo',
  'quarto',
  'quinto',
  'sesto',
  'settimo',
  'ottavo',
  'nono',
  'decimo',
];
/** "il secondo"; past ten in digits ("l’11°", "il 12°"). */
const theOrdinal = (n: number): string => {
  const word = ORDINALS[n];
  if (word) return word === 'ottavo' ? 'l’ottavo' : `il ${word}`;
  return il(`${n}°`);
};

export const itTransits: TransitWords = {
  effect: {
    sun: {
      conjunction:
        'Il Sole accende i riflettori su questo punto del tuo tema: per qualche giorno, in questo ambito, guadagni chiarezza, energia e visibilità. È il momento giusto per prendere posizione e ripartire con slancio.',
      flowing:
        'Il Sole ti dà il vento in poppa: affronti ciò che intraprendi con una naturale fiducia in te stesso, e gli altri ti guardano con favore. Approfitta di questi giorni per mostrare quanto vali.',
      challenging:
        'Il Sole crea attrito: la tua volontà incontra resistenze, magari le pretese di qualcun altro. La tensione costa fatica, ma ti mostra con chiarezza dove affermarti di più e dove cercare un compromesso.',
    },
    moon: {
      conjunction:
        'La Luna, per qualche ora, porta a galla le emozioni: reagisci in modo più sensibile e istintivo del solito. Ascolta ciò che ti tocca e concediti quello che ti fa sentire al sicuro.',
      flowing:
        'La Luna crea un clima morbido e armonioso: sentimenti e vita quotidiana si incastrano senza sforzo e la vicinanza nasce quasi da sé. Un buon momento per prenderti cura di te e delle persone care.',
      challenging:
        'La Luna ti rende per un po’ irritabile o lunatico, perché bisogni e circostanze non vanno d’accordo. Prendi sul serio il tuo umore senza dargli troppo peso: se ne andrà in fretta così come è arrivato.',
    },
    mercury: {
      conjunction:
        'Mercurio mette in primo piano la mente: conversazioni, notizie, progetti e decisioni si moltiplicano. I pensieri corrono veloci; annota le idee che ti vengono e di’ ciò che va detto.',
      flowing:
        'Mercurio affina l’intelligenza e apre le vie dello scambio: trovi le parole giuste, tratti con abilità e impari con facilità. Giorni favorevoli per contratti, lettere, viaggi e chiarimenti.',
      challenging:
        'Mercurio porta malintesi, fretta e pensieri dispersi: le tue parole vengono capite diversamente da come le intendi e gli appuntamenti slittano. Controlla due volte i dettagli e prenditi tempo prima di giudicare.',
    },
    venus: {
      conjunction:
        'Venere porta calore, attrazione e piacere: appari più affascinante, cerchi bellezza e vicinanza, e gli incontri si fanno più facili. Emergono anche domande sul denaro e su ciò che per te ha davvero valore.',
      flowing:
        'Venere regala armonia e benevolenza: i rapporti si distendono, l’arte e i piaceri ti fanno bene e qualcosa di piacevole può arrivare senza sforzo. Un bel periodo per mostrare affetto e lasciarti coccolare.',
      challenging:
        'Venere mostra dove desideri e realtà non coincidono: in amore, nel denaro o nei gusti nascono piccole tensioni, gelosie o eccessi. Chiediti di cosa hai davvero bisogno, invece di cercare l’armonia a ogni costo.',
    },
    mars: {
      conjunction:
        'Marte accende energia e impazienza: vuoi agire, affermarti e smuovere subito le cose. Incanala questa forza in un obiettivo chiaro, altrimenti rischia di sfogarsi in litigi o in decisioni affrettate.',
      flowing:
        'Marte ti dà una spinta facile da guidare: lavori con determinazione, ti fai valere con sicurezza e sblocchi ciò che era fermo. Ideale per lo sport, per i passi coraggiosi e per tutto ciò che richiede slancio.',
      challenging:
        'Marte spinge allo scontro: nervosismo, fretta e prove di forza sono nell’aria, e la precipitazione può causare errori o piccoli incidenti. Scegli con cura le tue battaglie e dai alla rabbia uno sfogo sano.',
    },
    jupiter: {
      conjunction:
        'Giove apre una porta: fiducia, ottimismo e occasioni di crescita aumentano, e molte cose sembrano più grandi e possibili del solito. Cogli queste occasioni con coraggio, ma tieni d’occhio ciò che puoi davvero sostenere.',
      flowing:
        'Giove porta fortuna e sostegno: protettori, buone opportunità e la sensazione di essere sulla strada giusta arrivano al momento opportuno. Ciò che avvii ora con generosità e fiducia ha buone probabilità di prosperare.',
      challenging:
        'Giove invita all’eccesso: troppo ottimismo, promesse troppo grandi, troppi progetti insieme. L’opportunità è reale, ma chiede misura, perché la crescita non si trasformi in spreco o in sovraccarico.',
    },
    saturn: {
      conjunction:
        'Saturno ti mette alla prova: chiede serietà, responsabilità e confini chiari. Ciò che è solido si consolida, ciò che era solo preso in prestito si sgretola; il lavoro è faticoso, ma i risultati durano.',
      flowing:
        'Saturno dona costanza e resistenza: il lavoro paziente dà i suoi frutti, le strutture reggono e chi ha esperienza ti sostiene. Un buon periodo per prendere impegni seri e raccogliere quanto hai seminato.',
      challenging:
        'Saturno esercita pressione: ritardi, doveri e ostacoli mostrano dove le fondamenta non reggono più. Invece di scontrarti con i limiti, ricostruisci: ciò che riorganizzi adesso diventerà più solido.',
    },
    uranus: {
      conjunction:
        'Urano suona la sveglia: intuizioni improvvise, eventi inattesi e un forte bisogno di libertà fanno sembrare strette le abitudini di sempre. Resta aperto al nuovo che si affaccia, senza stravolgere tutto in una volta.',
      flowing:
        'Urano apre spazio al rinnovamento: occasioni a sorpresa, idee originali e nuovi contatti rendono facile il cambiamento. Un buon momento per liberarti di ciò che è superato e sperimentare a modo tuo.',
      challenging:
        'Urano scuote ciò che è consolidato: inquietudine, rotture e svolte impreviste chiedono flessibilità. Ciò che si è irrigidito non si può più trattenere; se resti elastico, proprio lì trovi una libertà inaspettata.',
    },
    neptune: {
      conjunction:
        'Nettuno scioglie i confini: sogni, fantasia e compassione crescono, mentre i contorni sfumano e le certezze vacillano. Fidati dell’intuito, ma rimanda le decisioni importanti a quando la nebbia si sarà diradata.',
      flowing:
        'Nettuno regala ispirazione e una sensibilità sottile: creatività, spiritualità e voglia di aiutare scorrono con facilità, e percepisci anche ciò che non viene detto. Un periodo propizio per l’arte, la meditazione e gli incontri empatici.',
      challenging:
        'Nettuno offusca la vista: confusione, delusioni o autoinganni possono disorientarti, e non tutto è come sembra. Verifica bene le promesse, risparmia le energie e lascia andare le illusioni che non ti sostengono.',
    },
    pluto: {
      conjunction:
        'Plutone smuove il profondo: comincia una trasformazione radicale, in cui qualcosa deve finire perché altro possa nascere. Potere, controllo e motivi nascosti vengono alla luce; se lasci andare, ne esci più forte.',
      flowing:
        'Plutone dona profondità e tenacia: vedi ciò che agisce sotto la superficie e puoi rinnovare con decisione ciò che ti sta a cuore. In questo periodo la trasformazione non ti scuote, ti rafforza.',
      challenging:
        'Plutone crea pressione dentro e fuori di te: lotte di potere, crisi o costrizioni ti chiedono di rinunciare al controllo. Ciò che non è più vivo non si può salvare; nel lasciarlo andare c’è la forza per rinascere.',
    },
    chiron: {
      conjunction:
        'Chirone tocca una vecchia ferita: vulnerabilità e dubbi riaffiorano, ma con loro anche la possibilità di comprenderli e accoglierli. Da questa esperienza nasce spesso la capacità di stare accanto agli altri.',
      flowing:
        'Chirone favorisce la guarigione: riesci a trattare le ferite con più dolcezza, ad accettare aiuto e a condividere ciò che hai imparato nei momenti difficili. Ciò che un tempo ti ha fatto soffrire diventa fonte di comprensione.',
      challenging:
        'Chirone preme su un punto dolente: vecchie offese, insicurezza o la sensazione di non essere all’altezza tornano a farsi sentire. Trattati con pazienza; è proprio qui che si mostra ciò che chiede di guarire.',
    },
    node: {
      conjunction:
        'Il Nodo lunare porta incontri ed eventi che sembrano voluti dal destino e indicano la direzione della tua crescita. Osserva chi e che cosa entra ora nella tua vita, e quali vecchi schemi puoi lasciarti alle spalle.',
      flowing:
        'Il Nodo lunare dispone le cose a tuo favore: persone utili e occasioni adatte ti avvicinano alla strada che senti tua. Segui ciò che senti giusto, anche se è nuovo per te.',
      challenging:
        'Il Nodo lunare mette in contrasto le abitudini e la crescita: senti il richiamo dei vecchi schemi e insieme la spinta a cambiare. Le scelte che ora ti costano fatica ti mostrano dove vuoi davvero andare.',
    },
    lilith: {
      conjunction:
        'Lilith risveglia la parte indomita di te: desideri repressi, rabbia o ostinazione premono per uscire e non vogliono più adattarsi. Essere sincero con te stesso ti libera, anche se spiazza gli altri.',
      flowing:
        'Lilith ti aiuta ad accogliere il tuo lato ribelle e anticonformista: dici di no con più chiarezza, segui il tuo desiderio e ti fidi dell’istinto. Ne nasce una forza calma e indipendente.',
      challenging:
        'Lilith provoca: tabù, gelosie, giochi di potere o collera trattenuta possono turbarti. Guarda dove ti pieghi o ti senti escluso; lì si nasconde una forza che puoi riconquistare.',
    },
  },
  topics: {
    sun: 'la tua identità, la tua vitalità e i tuoi obiettivi',
    moon: 'le tue emozioni, i tuoi bisogni e il tuo senso di sicurezza',
    mercury: 'il tuo modo di pensare, i tuoi scambi e le tue decisioni',
    venus: 'l’amore, il piacere e ciò a cui dai valore',
    mars: 'la tua grinta, il tuo coraggio e il modo in cui ti affermi',
    jupiter: 'la tua fiducia, la tua visione del mondo e le tue possibilità di crescita',
    saturn: 'i tuoi doveri, i tuoi limiti e i tuoi obiettivi a lungo termine',
    uranus: 'la tua libertà, la tua originalità e il tuo desiderio di cambiamento',
    neptune: 'i tuoi sogni, i tuoi ideali e la tua sensibilità',
    pluto: 'le tue forze nascoste, il tuo potere e la tua capacità di trasformarti',
    ascendant: 'il tuo modo di presentarti, il tuo corpo e la prima impressione che dai',
    midheaven: 'la tua carriera, la tua reputazione e i tuoi traguardi',
    descendant: 'le tue relazioni di coppia, i tuoi contratti e i legami più stretti',
    imum_coeli: 'la tua casa, la tua famiglia e le tue radici',
    node: 'il tuo cammino di vita e la direzione in cui vuoi crescere',
    lilith: 'il tuo lato indomito, il tuo desiderio e ciò che tendi a reprimere',
    chiron: 'le tue vecchie ferite e la tua capacità di guarire',
    part_of_fortune: 'la tua fortuna, il tuo benessere e ciò che ti riesce con naturalezza',
  },
  touches: (topic) => `Il transito tocca ${topic}.`,
  touchesPoint: (point) => `Il transito tocca il punto ${point} del tuo tema natale.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${cap(the(transiting))} di transito${
      retrograde ? ` (${FEMININE.has(transiting) ? 'retrograda' : 'retrogrado'})` : ''
    } in ${aspect} con ${the(natal)} natale: aspetto esatto ${il(date)}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `Entro l’orbita ${dal(enters)} ${al(leaves)}.`
      : leaves
        ? `Entro l’orbita già prima dell’inizio del periodo esaminato, fino ${al(leaves)}.`
        : enters
          ? `Entro l’orbita ${dal(enters)} fino a oltre la fine del periodo esaminato.`
          : 'Entro l’orbita per tutto il periodo esaminato.',
  pass: (n, of) => `È ${theOrdinal(n)} di ${count(of)} passaggi esatti.`,
  periodTitle: (from, to) => `Transiti ${dal(from)} ${al(to)}`,
  periodIntro: (n, from, to) =>
    n === 1
      ? `${cap(dal(from))} ${al(to)} si perfeziona un transito sul tuo tema natale.`
      : `${cap(dal(from))} ${al(to)} si perfezionano ${count(n)} transiti sul tuo tema natale.`,
  periodQuiet: (from, to) =>
    `${cap(dal(from))} ${al(to)} nessuno dei corpi celesti scelti forma un aspetto esatto con il tuo tema natale. È un periodo tranquillo: puoi portare avanti con i tuoi tempi ciò che ti sta a cuore.`,
};
