/**
 * Français : les textes des lectures du temps (voir ../transit-locale.ts). Comme les lectures natales, le lecteur
 * est tutoyé, et la typographie est française (espace insécable avant « : ; ? ! »).
 */
import { fr } from '../fr';
import type { TransitBody, TransitTone, TransitWords } from '../transit-locale';

const NB = '\u00a0';
export const typo = (s: string): string => s.replace(/ ([:;?!])/g, `${NB}$1`);

/** The natal points whose names are feminine: « ta Lune natale », but « ton Soleil natal ». */
export const FEMININE = new Set([
  fr.names.planets.moon,
  fr.names.points.mean_lilith,
  fr.names.points.true_lilith,
  fr.names.points.part_of_fortune,
]);
const yourNatal = (point: string) => (FEMININE.has(point) ? `ta ${point} natale` : `ton ${point} natal`);

const effect: Record<TransitBody, Record<TransitTone, string>> = {
  sun: {
    conjunction:
      'Le Soleil te met en lumière pendant quelques jours : c’est le moment de te montrer, d’agir à partir de ce que tu es au fond et de mettre ton énergie au service de ce qui compte pour toi.',
    flowing:
      'Le Soleil te prête quelques jours d’assurance tranquille. Ce que tu entreprends maintenant est bien accueilli, et c’est le bon moment pour montrer ce dont tu es capable sans rien forcer.',
    challenging:
      'Le Soleil jette une lumière plus crue pendant quelques jours : ta volonté se heurte à des résistances et les autres peuvent te contrarier. Ces frottements montrent ce qu’il faut ajuster entre tes objectifs et ta situation.',
  },
  moon: {
    conjunction:
      'Pendant quelques heures, la Lune remue tes émotions : l’humeur monte et descend vite, tes besoins réclament de l’attention et ton instinct en sait plus long que ta raison.',
    flowing:
      'La Lune t’offre quelques heures de douceur intérieure : tu te sens soutenu, il t’est facile de prendre soin de toi et des tiens, et les petits gestes de tendresse comptent beaucoup.',
    challenging:
      'La Lune apporte quelques heures agitées : une saute d’humeur, une réaction à fleur de peau ou un besoin négligé demandent ton attention. Laisse passer la vague avant d’agir.',
  },
  mercury: {
    conjunction:
      'Mercure met ton esprit en mouvement : les échanges, les messages et les projets se multiplient, et c’est le bon moment pour réfléchir, apprendre et dire vraiment ce que tu penses.',
    flowing:
      'Mercure fait circuler les mots et les idées : négociations, écriture, études et petits déplacements se passent bien, et tu trouves la bonne formule au bon moment.',
    challenging:
      'Mercure brouille la communication : malentendus, paroles hâtives et projets dispersés sont probables. Vérifie les détails, écoute deux fois et remets les décisions au moment où tu auras les idées plus claires.',
  },
  venus: {
    conjunction:
      'Vénus apporte douceur et séduction : l’affection, le plaisir et la beauté viennent plus facilement, et c’est le bon moment pour profiter, te réconcilier et te sentir bien dans ta propre vie.',
    flowing:
      'Vénus adoucit le chemin : les gens sont plus aimables, ton charme opère, et l’amour, l’amitié, l’art et l’argent tournent doucement en ta faveur.',
    challenging:
      'Vénus met à l’épreuve ce à quoi tu tiens : le désir et le confort peuvent tirer contre tes engagements, et de petites insatisfactions en amour ou en argent remontent. Demande-toi ce que tu veux vraiment, et pas seulement ce qui te fait plaisir sur le moment.',
  },
  mars: {
    conjunction:
      'Mars apporte un regain d’élan et de chaleur : tu as envie d’agir, de te mesurer aux autres et de te lancer. Sers-toi de cette énergie avec audace, mais méfie-toi de l’impatience et de la précipitation.',
    flowing:
      'Mars te donne une énergie qui va là où tu la diriges : l’effort paie, le courage vient tout seul, et c’est le bon moment pour le sport, les initiatives et les décisions franches.',
    challenging:
      'Mars attise les frictions : les nerfs sont à vif, les conflits éclatent et la précipitation provoque des accidents. Mets cette pression dans le travail ou le mouvement plutôt que dans des disputes inutiles.',
  },
  jupiter: {
    conjunction:
      'Jupiter ouvre des portes : des occasions, de l’optimisme et un horizon plus vaste arrivent, souvent grâce aux autres, aux voyages ou aux études. Dis oui à l’expansion, mais ne promets pas plus que tu ne peux tenir.',
    flowing:
      'Jupiter apporte une chance qui récompense l’initiative : l’aide se présente, la confiance grandit et tes projets trouvent des appuis. C’est le bon moment pour voir plus grand, étudier et croire que les choses peuvent bien tourner.',
    challenging:
      'Jupiter amplifie tout : le risque est l’excès d’optimisme, de dépenses ou d’engagements. La croissance reste possible, mais seulement avec le sens de la mesure et des limites honnêtes.',
  },
  saturn: {
    conjunction:
      'Saturne demande de la structure : les responsabilités pèsent davantage et tout ce qui n’est pas solide est mis à l’épreuve. L’effort patient d’aujourd’hui pose des fondations qui dureront des années.',
    flowing:
      'Saturne récompense le travail régulier : la discipline te vient plus naturellement, les engagements tiennent et ce que tu bâtis maintenant avec soin devient un appui durable.',
    challenging:
      'Saturne apporte pression et retards : obstacles, fatigue ou exigences des autres mettent ta détermination à l’épreuve. Affronte ce qui doit l’être, simplifie et prends ton temps : la leçon, c’est la maturité.',
  },
  uranus: {
    conjunction:
      'Uranus provoque un réveil : changements soudains, idées neuves et forte envie de liberté bousculent les vieilles habitudes. Reste ouvert à l’imprévu.',
    flowing:
      'Uranus apporte de bonnes surprises : des idées fraîches, de nouvelles rencontres et l’occasion de faire les choses à ta manière. C’est le bon moment pour innover et assouplir ce qui est devenu trop rigide.',
    challenging:
      'Uranus secoue tout : imprévus, impatience face aux limites et besoin pressant de t’affranchir. Change ce qui doit changer, mais évite de couper les ponts sur un coup de tête.',
  },
  neptune: {
    conjunction:
      'Neptune estompe les contours : la sensibilité, l’imagination et la nostalgie grandissent, tandis que la clarté s’efface. Fais confiance à l’inspiration et à la compassion, mais vérifie les faits avant de t’engager.',
    flowing:
      'Neptune apporte inspiration et douceur : ton intuition s’aiguise, l’art et la spiritualité te parlent, et il devient plus facile de pardonner et de lâcher prise.',
    challenging:
      'Neptune brouille le tableau : confusion, idéalisation ou déception sont possibles, et la fatigue peut saper ta volonté. Méfie-toi des illusions et ménage ton énergie.',
  },
  pluto: {
    conjunction:
      'Pluton travaille lentement et en profondeur : ce qui a fait son temps est arraché pour que quelque chose de plus fort puisse grandir. Attends-toi à de l’intensité et à une vraie métamorphose.',
    flowing:
      'Pluton te donne de la profondeur et de l’endurance : tu peux guérir, te régénérer et opérer des changements durables, et ton influence grandit sans bruit.',
    challenging:
      'Pluton amène des rapports de force et une pression venue des profondeurs : le contrôle, la peur ou l’obsession peuvent remonter. Les regarder en face, c’est ce qui transforme ce transit en force durable.',
  },
  chiron: {
    conjunction:
      'Chiron touche une vieille blessure : un point sensible devient visible et, avec lui, la possibilité de le guérir et d’aider les autres grâce à ce que tu as appris.',
    flowing:
      'Chiron favorise la guérison : tu peux regarder d’anciennes blessures avec bienveillance, en tirer des leçons et partager cette sagesse avec les autres.',
    challenging:
      'Chiron appuie là où ça fait mal : le sentiment de ne pas être à la hauteur ou une douleur ancienne peuvent revenir. Traite-les avec douceur : c’est là que commence la guérison.',
  },
  node: {
    conjunction:
      'Le nœud lunaire te met face à ton cap : les rencontres et les événements semblent écrits d’avance, et tes choix d’aujourd’hui peuvent orienter les années à venir.',
    flowing:
      'Le nœud lunaire soutient ton évolution : les bonnes rencontres et les bonnes occasions se présentent, et il devient plus facile d’avancer vers ce que tu as à développer.',
    challenging:
      'Le nœud lunaire marque un carrefour : l’attrait des vieilles habitudes se heurte à l’appel de l’évolution, et les événements peuvent te forcer à choisir ton cap.',
  },
  lilith: {
    conjunction:
      'Lilith, la Lune noire, fait remonter ce que tu caches d’habitude : désirs bruts, colère ou refus de te soumettre. Écoute-la : elle montre où tu as besoin de plus d’authenticité.',
    flowing:
      'Lilith, la Lune noire, te donne le courage d’être toi-même : tu dis non plus facilement, tu te fies à ton instinct et tu revendiques ton indépendance sans culpabilité.',
    challenging:
      'Lilith, la Lune noire, éveille révolte et frustration : tabous, jalousie ou sentiment de rejet peuvent surgir. Regarde l’ombre en face au lieu de la laisser agir à ta place.',
  },
};

for (const body of Object.values(effect))
  for (const tone of Object.keys(body) as TransitTone[]) body[tone] = typo(body[tone]);

export const frTransits: TransitWords = {
  effect,
  topics: {
    sun: 'ton identité, ta vitalité et le sens que tu donnes à ta vie',
    moon: 'tes émotions, ton foyer et ton besoin de sécurité',
    mercury: 'ta façon de penser, tes échanges et ton quotidien',
    venus: 'ta vie amoureuse, tes plaisirs et ce à quoi tu tiens',
    mars: 'ton élan, tes désirs et ta manière de t’affirmer',
    jupiter: 'ta confiance en la vie, ton épanouissement et tes chances',
    saturn: 'tes responsabilités, tes limites et tes objectifs à long terme',
    uranus: 'ton besoin de liberté et ton envie de faire bouger les choses',
    neptune: 'tes rêves, tes idéaux et ton intuition',
    pluto: 'tes pulsions les plus profondes et ton pouvoir de transformation',
    ascendant: 'l’image que tu renvoies et ta manière d’aborder la vie',
    midheaven: 'ta carrière, ta réputation et ton orientation dans la vie',
    descendant: 'ta vie de couple et tes relations proches',
    imum_coeli: 'ton foyer, ta famille et tes racines',
    node: 'la direction dans laquelle ta vie évolue',
    lilith: 'ta part indomptée et ce à quoi tu refuses de renoncer',
    chiron: 'une vieille blessure et ton pouvoir de la guérir',
    part_of_fortune: 'ton bien-être et les domaines où la chance te sourit',
  },
  touches: (topic) => `Ce transit concerne ${topic}.`,
  touchesPoint: (point) => `Ce transit concerne ${yourNatal(point)}.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${transiting}${retrograde ? ' rétrograde' : ''} en ${aspect} avec ${yourNatal(natal)}, exact le ${date}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `Dans l’orbe du ${enters} au ${leaves}.`
      : enters
        ? `Dans l’orbe à partir du ${enters}.`
        : leaves
          ? `Dans l’orbe jusqu’au ${leaves}.`
          : 'Dans l’orbe pendant toute la période.',
  pass: (n, of) => `C’est le passage ${n} sur ${of}.`,
  periodTitle: (from, to) => (from === to ? `Tes transits du ${from}` : `Tes transits du ${from} au ${to}`),
  periodIntro: (count, from, to) => {
    const when = from === to ? `le ${from}` : `entre le ${from} et le ${to}`;
    return typo(
      count === 1
        ? `Un transit devient exact ${when} : voici ce qu’il apporte.`
        : `${count} transits deviennent exacts ${when}. Les planètes lentes, qui colorent toute la période, viennent d’abord ; puis les plus rapides, les planètes personnelles.`,
    );
  },
  periodQuiet: (from, to) =>
    typo(
      `Aucun transit des planètes demandées ne devient exact ${from === to ? `le ${from}` : `entre le ${from} et le ${to}`}. C’est une période calme : le bon moment pour consolider ce qui est en cours et te reposer avant le prochain mouvement.`,
    ),
};
