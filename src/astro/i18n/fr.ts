/**
 * French (fr), written for French readers, not translated phrase by phrase. The reader is addressed as
 * « tu »; the framing sentences name sign qualities as nouns (« l'audace, la franchise ») so that they need
 * no agreement, and where the corpus must agree an adjective with the reader it uses the generic masculine.
 * Punctuation follows French typography (a non-breaking space before « : ; ? ! »). Decimal counts use a comma.
 */
import type { Planet, Sign } from '../types';
import type { Corpus, Locale, Names } from './locale';

const NB = '\u00a0';

const names: Names = {
  planets: {
    sun: 'Soleil',
    moon: 'Lune',
    mercury: 'Mercure',
    venus: 'Vénus',
    mars: 'Mars',
    jupiter: 'Jupiter',
    saturn: 'Saturne',
    uranus: 'Uranus',
    neptune: 'Neptune',
    pluto: 'Pluton',
  },
  points: {
    mean_node: 'Nœud moyen',
    true_node: 'Nœud vrai',
    south_node: 'Nœud sud',
    mean_lilith: 'Lilith moyenne',
    true_lilith: 'Lilith vraie',
    chiron: 'Chiron',
    part_of_fortune: 'Part de Fortune',
    vertex: 'Vertex',
    east_point: 'Point Est',
  },
  signs: {
    aries: 'Bélier',
    taurus: 'Taureau',
    gemini: 'Gémeaux',
    cancer: 'Cancer',
    leo: 'Lion',
    virgo: 'Vierge',
    libra: 'Balance',
    scorpio: 'Scorpion',
    sagittarius: 'Sagittaire',
    capricorn: 'Capricorne',
    aquarius: 'Verseau',
    pisces: 'Poissons',
  },
  aspects: {
    conjunction: 'conjonction',
    opposition: 'opposition',
    trine: 'trigone',
    square: 'carré',
    sextile: 'sextile',
    quincunx: 'quinconce',
    semi_sextile: 'semi-sextile',
    semi_square: 'semi-carré',
    sesquiquadrate: 'sesqui-carré',
    quintile: 'quintile',
    bi_quintile: 'biquintile',
    septile: 'septile',
    bi_septile: 'biseptile',
    tri_septile: 'triseptile',
    novile: 'novile',
    bi_novile: 'binovile',
    quadri_novile: 'quadrinovile',
    parallel: 'parallèle',
    contra_parallel: 'contre-parallèle',
  },
  angles: {
    ascendant: 'Ascendant',
    midheaven: 'Milieu du Ciel',
    descendant: 'Descendant',
    imum_coeli: 'Fond du Ciel',
  },
  elements: { fire: 'feu', earth: 'terre', air: 'air', water: 'eau' },
  modalities: { cardinal: 'cardinal', fixed: 'fixe', mutable: 'mutable' },
  houseSystems: {
    placidus: 'Placidus',
    koch: 'Koch',
    equal: 'égales',
    whole_sign: 'signes entiers',
    porphyry: 'Porphyre',
    regiomontanus: 'Regiomontanus',
    campanus: 'Campanus',
    alcabitius: 'Alcabitius',
    morinus: 'Morinus',
    topocentric: 'topocentriques',
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
        "Ton identité s'allume au contact des commencements : tu te sens pleinement vivant quand tu lances quelque chose et relèves un défi de face. Le courage te vient naturellement, l'impatience aussi ; tu grandis en apprenant que toutes les batailles n'ont pas besoin de toi.",
      taurus:
        'La constance est ta force tranquille. Tu construis ton identité comme un jardinier enrichit sa terre, avec patience et confiance dans ce qui mûrit avec le temps, et tu donnes le meilleur de toi quand ta fidélité à ce que tu aimes reste ouverte au changement.',
      gemini:
        "La curiosité est le moteur de ton identité. Tu t'animes au fil des conversations, des idées et de la variété infinie du monde ; ton vrai défi n'est pas de trouver des réponses, mais de choisir les questions qui méritent toute ton attention.",
      cancer:
        "Au fond, tu es quelqu'un qui protège et qui garde la mémoire. Le foyer, la famille et l'appartenance affective sont le sol où pousse ta confiance, et ta sensibilité, quand tu t'y fies, te permet de prendre soin des autres sans te perdre.",
      leo: "Il y a en toi une chaleur qui veut se partager et se montrer. La créativité, le jeu et la générosité du cœur sont au centre de ta façon d'être, et la confiance durable naît quand tu crées pour la joie de créer plutôt que pour les applaudissements.",
      virgo:
        "Tu te découvres à travers l'utilité, le savoir-faire et l'attention minutieuse. Là où d'autres voient le chaos, tu vois ce qui peut être amélioré ; t'accorder la patience que tu offres à ton travail fait de ton exigence un cadeau plutôt qu'un fardeau.",
      libra:
        "La relation est le miroir dans lequel tu découvres qui tu es. Tu as un sens aigu de l'équilibre, de la justice et de la beauté, et tu grandis quand ton talent pour l'harmonie inclut aussi tes propres besoins.",
      scorpio:
        "L'intensité et la profondeur définissent ton noyau. Ce qui se cache sous la surface des êtres t'attire, et ta capacité de renouveau est remarquable : ce qui en briserait d'autres finit par te distiller en quelque chose de plus fort.",
      sagittarius:
        "Ton identité grandit avec l'horizon. Tu as besoin de sens, de liberté et d'espace pour explorer, sur la carte comme dans le monde des idées, et ton optimisme contagieux mûrit quand il s'appuie sur l'expérience.",
      capricorn:
        "Tu te définis par ce que tu bâtis et fais durer. L'ambition, la responsabilité et le sens pratique te donnent une solidité que d'autres recherchent ; ton défi est de te rappeler que tu mérites aussi du repos et de la joie en chemin.",
      aquarius:
        "Ton identité se forge dans l'indépendance et le regard tourné vers l'avenir. Tu penses par toi-même, le bien commun te tient à cœur, et tu rayonnes quand ton originalité sert quelque chose de plus grand que toi.",
      pisces:
        "Ton centre est poreux, compatissant et imaginatif. Tu ressens ce que les autres taisent et l'invisible te touche ; quand tu prends soin de tes limites, cette sensibilité devient inspiration, art et profonde capacité de consoler.",
    },
    moon: {
      aries:
        "Tes émotions sont vives, directes et ardentes. Tu as besoin d'agir quand quelque chose te bouleverse, et la sécurité te vient de l'indépendance ; apprendre à respirer avant de réagir t'évite bien des incendies.",
      taurus:
        "Sur le plan affectif, tu recherches le calme, la stabilité et les plaisirs simples. La bonne table, la nature et les habitudes familières t'apaisent, et ta fidélité est profonde, même si les changements brusques te coûtent.",
      gemini:
        "Tu digères ce que tu ressens en le disant, en l'écrivant ou en y réfléchissant. Tu as besoin de variété et d'échanges pour te sentir bien, et il est parfois bon de laisser une émotion se vivre avant de l'expliquer.",
      cancer:
        "Ton monde intérieur est riche, protecteur et très sensible à l'ambiance. Tu as besoin d'un foyer et de liens où te réfugier, et tu prends soin des autres avec une tendresse qui vient de la mémoire du cœur.",
      leo: "Tu as besoin de te sentir aimé, apprécié et libre d'exprimer ce que tu portes en toi. Ton affection est chaleureuse et généreuse, et tu te ressources en te permettant de jouer, de créer et de célébrer.",
      virgo:
        "Tu te sens en sécurité quand les choses sont en ordre et que tu te rends utile. Tu prends soin des autres par des gestes concrets, et accepter l'imperfection, la tienne comprise, allège beaucoup ta vie intérieure.",
      libra:
        "Tu as besoin d'harmonie, de compagnie et de douceur pour être en paix. Tu perçois finement le climat d'une relation, et ton bien-être grandit quand tu oses nommer tes propres besoins.",
      scorpio:
        "Tu ressens avec une intensité que peu de gens voient. Tu as besoin d'une confiance totale et de liens profonds, et même s'il t'en coûte de te montrer vulnérable, ta capacité à renaître après une perte est extraordinaire.",
      sagittarius:
        "Sur le plan affectif, tu as besoin de liberté, de mouvement et d'un horizon ouvert. L'humour et l'optimisme te portent, et tu te sens chez toi dans ce qui donne du sens à ta vie.",
      capricorn:
        "Tu as tendance à gérer tes émotions avec réserve et sens du devoir. Garder la maîtrise te rassure, et apprendre à demander du soutien ne t'enlève aucune force : cela t'en rend.",
      aquarius:
        "Tu as besoin d'espace à toi et de relations fondées sur l'amitié et la liberté. Tu observes tes émotions avec un certain recul, et tu te sens chez toi parmi des gens qui acceptent ta singularité.",
      pisces:
        "Ta sensibilité affective est immense, presque sans frontières. Tu absorbes l'humeur de ton entourage, si bien que la solitude, la musique ou la présence de l'eau t'aident à retrouver ton centre.",
    },
    mercury: {
      aries:
        "Tu penses vite et tu parles sans détour. Ton esprit aime le débat et les décisions rapides, et il gagne en profondeur quand tu prends le temps d'écouter avant de répondre.",
      taurus:
        'Ton esprit est pratique, patient et concret. Tu apprends à ton rythme, mais ce que tu apprends reste, et tes opinions bien ancrées changent rarement sans de bonnes raisons.',
      gemini:
        "Tu as un esprit agile, curieux et polyvalent. Tu relies les idées avec aisance et tu aimes les mots ; le défi est d'approfondir au lieu de sauter toujours au sujet suivant.",
      cancer:
        'Tu penses avec la mémoire et avec le cœur. Ton intelligence est intuitive et protectrice, et tu te souviens non seulement de ce qui a été dit, mais de ce que tu as ressenti.',
      leo: "Tu t'exprimes avec chaleur, conviction et un certain sens de la mise en scène. Tu sais raconter une histoire et convaincre, et ta parole brille quand elle naît de la générosité.",
      virgo:
        'Ton esprit est analytique, précis et attentif aux détails. Tu repères les erreurs et trouves des solutions pratiques, à condition de ne pas confondre exigence et perfection.',
      libra:
        "Tu penses en cherchant l'équilibre et tu vois toutes les faces d'une question. Ta parole est diplomate, et ta clarté grandit quand tu t'autorises à prendre position.",
      scorpio:
        'Ton esprit enquête, soupçonne et va au fond des choses. Tu perçois les motifs cachés et les réponses superficielles ne te suffisent pas ; bien employée, cette acuité est un don pour comprendre.',
      sagittarius:
        'Tu penses en grand, en termes de sens, de philosophie et de possibles. Tu parles avec franchise et enthousiasme, et tes idées gagnent à descendre aussi dans le détail.',
      capricorn:
        "Ta pensée est structurée, réaliste et tournée vers des objectifs. Tu planifies bien et tu parles avec autorité ; un peu de souplesse d'esprit t'ouvre des portes inattendues.",
      aquarius:
        "Tu as un esprit original, indépendant et souvent en avance sur son temps. Les idées neuves et les systèmes t'attirent, et tu vois ce que d'autres n'imaginent pas encore.",
      pisces:
        "Ton esprit pense en images, en symboles et en pressentiments. Tu es plus intuitif que linéaire, et ta parole peut être poétique et apaisante quand tu trouves comment l'ancrer.",
    },
    venus: {
      aries:
        "Tu aimes avec passion, franchise et élan. La conquête et la nouveauté t'attirent, et l'amour mûrit quand l'étincelle du début devient un engagement choisi.",
      taurus:
        'Tu aimes avec fidélité, sensualité et constance. Tu apprécies la beauté concrète, le confort et la stabilité, et tu offres une affection sur laquelle on peut se reposer.',
      gemini:
        "Pour toi, l'amour commence par la conversation. Tu as besoin de jeu, d'esprit et de variété, et c'est une intelligence qui éveille ta curiosité qui te séduit.",
      cancer:
        "Tu aimes en prenant soin, en protégeant et en créant un refuge partagé. Tu as besoin de sécurité affective, et ta tendresse s'épanouit dans les liens où tu te sens chez toi.",
      leo: "Tu aimes avec générosité, loyauté et une pointe de théâtre. Tu aimes admirer et être admiré, et l'amour est pour toi une fête qui mérite de grands gestes.",
      virgo:
        "Tu montres ton amour par des actes : de l'attention, une aide concrète, des détails soignés. Tu es exigeant en amour, et apprendre à recevoir sans corriger allège tes liens.",
      libra:
        "L'amour, la beauté et l'harmonie sont au cœur de tes valeurs. Tu cherches une relation d'égal à égal, faite d'élégance et de respect, et tu as un vrai talent pour la rencontre.",
      scorpio:
        "Tu aimes avec intensité, profondeur et un désir de fusion. Les liens tièdes ne t'intéressent pas ; la confiance est tout pour toi, et ton engagement peut transformer l'être aimé.",
      sagittarius:
        "Tu aimes avec liberté, humour et goût de l'aventure. Il te faut un partenaire qui soit aussi compagnon de route et de quête, et l'ennui est ton grand ennemi.",
      capricorn:
        "Tu aimes avec sérieux, loyauté et une vision à long terme. Tu prends ton temps pour t'engager, et ce que tu construis en amour est fait pour durer.",
      aquarius:
        "En amour, tu tiens à l'amitié, à la liberté et à l'authenticité. Les êtres singuliers t'attirent, et tu as besoin d'un lien qui respecte ton espace et tes idéaux.",
      pisces:
        "Tu aimes avec compassion, romantisme et un don de soi presque sans limites. Tu idéalises facilement ; voir l'autre tel qu'il est rend ta tendresse plus vraie encore.",
    },
    mars: {
      aries:
        'Ton énergie est directe, courageuse et combative. Tu agis vite et sans peur, et orienter ce feu vers des buts clairs lui évite de se consumer en heurts inutiles.',
      taurus:
        "Tu agis avec patience, constance et une endurance considérable. Tu démarres lentement, mais une fois lancé rien ne t'arrête ; ton défi est de ne pas confondre fermeté et entêtement.",
      gemini:
        "Ton énergie passe par les mots et les idées. Tu mènes plusieurs choses de front et tu argumentes avec vivacité, et te concentrer sur peu d'objectifs décuple ton efficacité.",
      cancer:
        'Tu agis surtout pour protéger ce que tu aimes. Ton énergie monte et descend avec tes émotions, et dire ta colère directement te réussit mieux que la ravaler.',
      leo: 'Tu agis avec fierté, enthousiasme et cœur. Le désir de créer et de rayonner te pousse, et ton courage inspire les autres quand il ne dépend pas de leur approbation.',
      virgo:
        "Ton énergie est méthodique, précise et travailleuse. Tu aimes bien faire les choses et les améliorer, et te reposer à temps évite que l'exigence envers toi-même ne t'épuise.",
      libra:
        "Tu agis en cherchant l'accord et la justice. La confrontation directe te coûte, mais tu défends fermement ce qui est juste, et savoir dire non est aussi une forme d'équilibre.",
      scorpio:
        "Ton énergie est intense, stratégique et inépuisable. Tu poursuis tes buts avec une détermination silencieuse, et tu changes la pression en puissance quand tu l'emploies avec intégrité.",
      sagittarius:
        "Tu agis avec enthousiasme, franchise et soif d'aventure. Les grandes causes et les voyages te motivent, et mener à terme ce que tu commences donne du poids à ton feu.",
      capricorn:
        'Ton énergie est disciplinée, ambitieuse et très efficace. Tu sais attendre et travailler avec méthode, et tu atteins tes buts pas à pas, avec une constance admirable.',
      aquarius:
        'Tu agis de façon indépendante et souvent peu conventionnelle. Les causes collectives et la liberté te motivent, et ton énergie porte davantage quand tu ne luttes pas seul contre tout.',
      pisces:
        "Ton énergie est fluide, intuitive et sensible à l'ambiance. Tu agis mieux quand quelque chose t'inspire ou t'émeut, et il te faut des limites claires pour ne pas te disperser.",
    },
    jupiter: {
      aries:
        "Tu grandis en osant, en prenant l'initiative et en ouvrant des chemins. La chance t'accompagne quand tu agis avec courage, pourvu que la confiance ne devienne pas témérité.",
      taurus:
        'Ta croissance passe par la patience, les ressources et le plaisir de vivre. Tu sais faire fructifier ce que tu as, et ta générosité est concrète et tangible.',
      gemini:
        "Tu grandis en apprenant, en échangeant et en reliant les idées. La curiosité t'ouvre des portes, et ton optimisme se transmet par la parole.",
      cancer:
        "Ta générosité s'exprime en accueillant et en prenant soin. Le foyer et la famille sont pour toi des sources d'abondance, et ta foi naît du sentiment d'être en sécurité.",
      leo: "Tu grandis en t'exprimant avec panache, créativité et cœur. Ta confiance inspire les autres, et ta chance s'élargit quand tu partages ta lumière.",
      virgo:
        "Ta croissance passe par le travail bien fait et le service. Tu trouves du sens à améliorer les choses, et les petits détails t'ouvrent de grandes occasions.",
      libra:
        "Tu grandis à travers les relations, la coopération et la quête de justice. Tu attires naturellement des alliés, et ton sens de l'équité t'ouvre bien des portes.",
      scorpio:
        'Ta croissance passe par la profondeur et la transformation. Tu sais trouver des ressources cachées, et ta foi se renforce chaque fois que tu traverses une crise.',
      sagittarius:
        'Jupiter est ici chez lui : tu grandis en voyageant, en étudiant et en cherchant du sens. Ton optimisme est large et sincère, et ta vision inspire ton entourage.',
      capricorn:
        "Tu grandis par l'effort, la responsabilité et les réussites durables. Ton optimisme est prudent, et la chance te vient comme le fruit de ce que tu bâtis patiemment.",
      aquarius:
        "Ta croissance passe par les idées neuves, l'amitié et les causes collectives. Tu crois au progrès, et ta générosité se tourne vers la communauté.",
      pisces:
        "Tu grandis par la compassion, l'imagination et la vie spirituelle. Ta foi est vaste et profonde, et ta bonté peut être un vrai refuge pour les autres.",
    },
    saturn: {
      aries:
        "Ta grande leçon touche à l'initiative et à la confiance en toi. Tu hésites peut-être d'abord à agir, mais avec le temps tu forges un courage calme et très solide.",
      taurus:
        "Tu apprends lentement à te sentir en sécurité matériellement et à reconnaître ta propre valeur. La patience et la discipline avec les ressources t'apportent, au fil des ans, une vraie stabilité.",
      gemini:
        "Ta leçon passe par la communication et l'apprentissage. Tu as peut-être craint de ne pas être à la hauteur pour parler ou étudier, mais ce sérieux fait de toi un esprit rigoureux.",
      cancer:
        "Ton défi se situe dans la vie affective et familiale. Tu as peut-être appris tôt à te protéger, et tu découvres avec le temps que t'ouvrir fonde une sécurité véritable.",
      leo: "Tu apprends à t'exprimer et à briller sans craindre le jugement. La confiance créative arrive tard mais solidement, et ton autorité naît de ton authenticité.",
      virgo:
        "Ta leçon concerne le travail, la santé et l'exigence. Tu es très responsable, et lâcher le perfectionnisme te rend plus efficace encore.",
      libra:
        'Les relations sont ta grande école. Tu prends les engagements très au sérieux, et tu construis avec le temps des liens justes, mûrs et durables.',
      scorpio:
        "Ta leçon passe par la confiance, l'intimité et le pouvoir. Lâcher prise te coûte, et en le faisant tu découvres une force intérieure très profonde.",
      sagittarius:
        'Ton défi se situe dans les croyances et la quête de sens. Tu remets en question les réponses faciles, et tu bâtis au fil des ans une philosophie personnelle, solide et vécue.',
      capricorn:
        'Saturne est ici chez lui : tu as de la discipline, le sens du devoir et la patience des projets de longue haleine. Ta leçon est de ne pas tout porter seul.',
      aquarius:
        'Tu apprends à concilier liberté et responsabilité. Le collectif te tient à cœur, et ta contribution mûrit quand tu donnes une forme concrète à tes idéaux.',
      pisces:
        "Ta leçon consiste à donner forme à l'invisible : rêves, intuitions et compassion. Il te faut des limites claires, et avec elles ta sensibilité devient une force.",
    },
    uranus: {
      aries:
        "Ta génération surgit avec un élan pionnier et un besoin d'indépendance. En toi, Uranus éveille l'envie d'ouvrir tes propres voies et de rompre avec l'établi.",
      taurus:
        "Ta génération bouleverse le rapport à l'argent, aux ressources et à la nature. En toi naît le désir de changer les bases matérielles de la vie.",
      gemini:
        "Ta génération transforme la communication et la manière d'apprendre. En toi, Uranus apporte des idées brillantes, vives et souvent surprenantes.",
      cancer:
        'Ta génération réinvente la famille et le foyer. En toi, Uranus réclame de la liberté au sein des liens les plus intimes.',
      leo: 'Ta génération cherche une expression personnelle libre et originale. En toi, Uranus éveille une créativité rebelle qui ne veut imiter personne.',
      virgo:
        'Ta génération renouvelle le travail, la santé et les méthodes. En toi, Uranus apporte des solutions ingénieuses et une manière peu conventionnelle de te rendre utile.',
      libra:
        "Ta génération redéfinit le couple et les relations. En toi, Uranus réclame des liens d'égal à égal, où chacun garde sa liberté.",
      scorpio:
        'Ta génération secoue les tabous sur le pouvoir, le sexe et la mort. En toi, Uranus apporte une intensité qui veut transformer à la racine.',
      sagittarius:
        "Ta génération révolutionne les croyances, les voyages et le savoir. En toi, Uranus éveille une soif de liberté intellectuelle et d'horizons neufs.",
      capricorn:
        "Ta génération réforme les structures et les institutions. En toi, Uranus allie ambition et esprit novateur pour changer les règles de l'intérieur.",
      aquarius:
        'Uranus est ici chez lui : ta génération croit en la technologie, aux réseaux et au collectif. En toi brille une originalité très marquée.',
      pisces:
        "Ta génération dissout les frontières par l'imagination et la spiritualité. En toi, Uranus apporte des intuitions soudaines et des idéaux visionnaires.",
    },
    neptune: {
      aries:
        "Ta génération rêve de courage et de nouveaux départs. En toi, Neptune inspire des idéaux d'action et un esprit de pionnier.",
      taurus:
        'Ta génération idéalise la beauté, la nature et la sécurité matérielle. En toi, Neptune éveille une sensibilité artistique très liée aux sens.',
      gemini:
        "Ta génération rêve à travers les mots et l'information. En toi, Neptune apporte une imagination verbale féconde, parfois dispersée.",
      cancer:
        "Ta génération idéalise le foyer, la patrie et la famille. En toi, Neptune apporte nostalgie, tendresse et un profond désir d'appartenance.",
      leo: "Ta génération rêve d'amour romantique et de gloire créative. En toi, Neptune inspire une imagination théâtrale et généreuse.",
      virgo:
        'Ta génération idéalise le service, la santé et le travail utile. En toi, Neptune apporte une compassion pratique et une certaine exigence envers toi-même.',
      libra:
        "Ta génération rêve de paix, d'harmonie et du couple idéal. En toi, Neptune éveille le désir de relations belles et justes.",
      scorpio:
        "Ta génération explore l'occulte, la psychologie et la transformation. En toi, Neptune apporte une intuition profonde de ce qui ne se dit pas.",
      sagittarius:
        'Ta génération cherche du sens dans les voyages, les philosophies et les spiritualités lointaines. En toi, Neptune inspire une foi large et ouverte.',
      capricorn:
        "Ta génération met ses idéaux à l'épreuve des structures et des institutions. En toi, Neptune demande de donner une forme réaliste aux rêves.",
      aquarius:
        "Ta génération rêve d'une humanité reliée et libre. En toi, Neptune éveille des idéaux collectifs et des visions d'avenir.",
      pisces:
        "Neptune est ici chez lui : ta génération vit une sensibilité spirituelle et artistique très vaste. En toi, la compassion et l'imagination n'ont pas de frontières.",
    },
    pluto: {
      aries:
        "Ta génération porte la transformation dans l'identité et la volonté. En toi, Pluton apporte une force pionnière capable de repartir de zéro.",
      taurus:
        'Ta génération transforme le rapport à la possession et aux ressources. En toi, Pluton donne une ténacité énorme envers ce que tu considères comme tien.',
      gemini:
        "Ta génération transforme la parole et l'information. En toi, Pluton apporte un esprit pénétrant qui cherche la vérité derrière les mots.",
      cancer:
        'Ta génération vit de profondes transformations dans la famille et la patrie. En toi, Pluton remue les racines affectives et le sens du foyer.',
      leo: "Ta génération transforme l'expression personnelle et le pouvoir de l'individu. En toi, Pluton donne une volonté créatrice intense et magnétique.",
      virgo:
        'Ta génération transforme le travail, la santé et la technique. En toi, Pluton apporte le désir de perfectionner et de régénérer le quotidien.',
      libra:
        "Ta génération transforme le couple, les relations et l'idée de justice. En toi, Pluton fait des liens un terrain de changement profond.",
      scorpio:
        "Pluton est ici chez lui : ta génération affronte sans voile le pouvoir, l'intimité et la mort. Il y a en toi une intensité régénératrice.",
      sagittarius:
        "Ta génération transforme les croyances, l'enseignement et la vision du monde. En toi, Pluton apporte une quête passionnée de vérité.",
      capricorn:
        "Ta génération transforme les structures, l'autorité et les institutions. En toi, Pluton donne une ambition profonde et la capacité de reconstruire.",
      aquarius:
        'Ta génération transforme la vie collective, la technologie et les réseaux. En toi, Pluton apporte une force de changement social et de réinvention.',
      pisces:
        "Ta génération transforme la spiritualité et l'imaginaire collectif. En toi, Pluton dissout les vieilles frontières et éveille une compassion profonde.",
    },
  },
  planetInHouse: {
    sun: [
      'Avec le Soleil en maison I, ta présence se remarque : tu es appelé à prendre l’initiative et à te montrer tel que tu es.',
      'En maison II, le Soleil lie ton identité à ce que tu valorises et à ce que tu construis de tes mains ; tes talents sont ta richesse.',
      'En maison III, tu rayonnes par la parole, l’apprentissage et l’échange d’idées ; ta curiosité te garde jeune.',
      'Avec le Soleil en maison IV, le foyer et les racines sont au centre de ton identité, et tu t’épanouis souvent avec les années.',
      'En maison V, le Soleil met au centre la créativité, le jeu et l’amour ; profiter de la vie est pour toi essentiel.',
      'Avec le Soleil en maison VI, tu trouves ta raison d’être dans le travail bien fait, le service et le soin de la santé.',
      'En maison VII, le couple et les relations sont ton miroir ; ton défi est de rester toi-même au sein du lien.',
      'Le Soleil en maison VIII t’entraîne vers la profondeur, l’intimité et la transformation ; chaque crise te rend plus fort.',
      'Avec le Soleil en maison IX, tu rayonnes en explorant, en étudiant et en cherchant du sens au-delà du connu.',
      'En maison X, ton identité est liée à ta vocation et à ton rôle public ; tu es appelé à accomplir quelque chose de visible.',
      'Avec le Soleil en maison XI, tu rayonnes à travers l’amitié, les groupes et les idéaux partagés.',
      'En maison XII, le Soleil se tourne vers l’intérieur : la solitude, l’imagination et la vie spirituelle te ressourcent.',
    ],
    moon: [
      'Avec la Lune en maison I, tes émotions se lisent vite et ton humeur colore ta manière de te présenter.',
      'En maison II, ta sécurité affective dépend beaucoup de ta sécurité matérielle et d’un cadre confortable.',
      'Avec la Lune en maison III, tu as besoin de parler, d’écrire ou de bouger pour digérer ce que tu ressens.',
      'En maison IV, le foyer et la famille sont le cœur de ton monde affectif ; il te faut un refuge à toi.',
      'Avec la Lune en maison V, la créativité, les amours et le jeu te nourrissent.',
      'En maison VI, une vie quotidienne ordonnée et utile te rassure ; ton corps reflète tes émotions.',
      'Avec la Lune en maison VII, le couple te complète, à condition de ne pas absorber les émotions de l’autre.',
      'En maison VIII, ta vie affective est intense et secrète, avec une grande faculté de renaître après les pertes.',
      'Avec la Lune en maison IX, les voyages, les études et la quête de sens te nourrissent.',
      'En maison X, ta vie affective s’exprime en public ; ta vocation peut être liée au soin des autres.',
      'Avec la Lune en maison XI, les amis et les groupes forment ta famille choisie et ton soutien.',
      'En maison XII, tes émotions sont profondes et parfois cachées à toi-même ; il te faut des moments de retrait.',
    ],
    mercury: [
      'Avec Mercure en maison I, tu penses à voix haute et ton esprit vif fait partie de ta carte de visite.',
      'En maison II, ton esprit se tourne vers le concret : l’argent peut dépendre de tes idées et de ta parole.',
      'Avec Mercure en maison III, la communication, les études et la fratrie occupent une place centrale.',
      'En maison IV, ton esprit se nourrit de la mémoire familiale, et tu peux travailler ou étudier chez toi.',
      'Avec Mercure en maison V, tu penses de façon créative et tu aimes les jeux d’esprit et les histoires.',
      'En maison VI, ton esprit est méthodique et efficace, fait pour organiser, analyser et résoudre.',
      'Avec Mercure en maison VII, tu penses mieux en dialogue et tu as le don de négocier et de conseiller.',
      'En maison VIII, ton esprit sonde ce qui est caché et se passionne pour la psychologie et les mystères.',
      'Avec Mercure en maison IX, les grandes idées, les langues, les voyages et l’enseignement te passionnent.',
      'En maison X, ta parole et tes idées font partie de ta vocation et de ton image publique.',
      'Avec Mercure en maison XI, tes idées s’épanouissent en groupe et dans des réseaux d’affinités.',
      'En maison XII, ton esprit est intuitif et discret ; tu penses mieux dans le silence et la solitude.',
    ],
    venus: [
      'Avec Vénus en maison I, tu as un charme naturel et une présence aimable qui attire les autres.',
      'En maison II, Vénus favorise le goût du beau, du confort et un rapport serein à l’argent.',
      'Avec Vénus en maison III, tu parles avec grâce et tu aimes les liens proches et les conversations.',
      'En maison IV, Vénus embellit le foyer et réchauffe tes liens familiaux.',
      'Avec Vénus en maison V, les amours, l’art et le plaisir occupent une place de choix dans ta vie.',
      'En maison VI, Vénus t’aide à trouver l’harmonie au travail et à prendre soin de toi avec douceur.',
      'Avec Vénus en maison VII, le couple est une source de bonheur et tu as le don de coopérer.',
      'En maison VIII, Vénus intensifie l’amour et l’intimité ; les liens te transforment en profondeur.',
      'Avec Vénus en maison IX, ce qui est lointain, les autres cultures et les idées qui élargissent ton monde te séduisent.',
      'En maison X, Vénus apporte du charme à ton image publique et peut orienter ta vocation vers l’art ou les relations humaines.',
      'Avec Vénus en maison XI, l’amitié est un pilier de ta vie affective et tu t’entoures de gens chers.',
      'En maison XII, Vénus rend ton amour discret, compatissant et parfois secret.',
    ],
    mars: [
      'Avec Mars en maison I, ton énergie se voit de loin : tu es direct, actif et parfois impatient.',
      'En maison II, Mars met ton énergie au service du gain et de la défense de ce qui est à toi.',
      'Avec Mars en maison III, tu parles avec force et tu aimes le débat, mais il vaut mieux peser tes mots.',
      'En maison IV, ton énergie se concentre sur le foyer et la famille, où peuvent naître tensions et grande activité.',
      'Avec Mars en maison V, tu mets de la passion dans l’amour, le sport et la création.',
      'En maison VI, tu travailles avec énergie et efficacité ; l’exercice physique t’aide à évacuer les tensions.',
      'Avec Mars en maison VII, les relations sont intenses et parfois conflictuelles ; tu cherches des partenaires de caractère.',
      'En maison VIII, ton énergie est profonde et stratégique, avec une grande force dans l’intimité et les crises.',
      'Avec Mars en maison IX, tu défends tes idées avec ardeur et l’aventure comme les voyages t’attirent.',
      'En maison X, ton ambition est forte et tu te bats avec énergie pour ta carrière et ta reconnaissance.',
      'Avec Mars en maison XI, tu mets ton énergie au service des groupes et des causes collectives.',
      'En maison XII, ton énergie agit en coulisses ; apprendre à exprimer ta colère évite qu’elle se retourne contre toi.',
    ],
    jupiter: [
      'Avec Jupiter en maison I, tu rayonnes d’optimisme et de confiance, et la vie t’ouvre souvent des portes.',
      'En maison II, Jupiter favorise l’abondance matérielle et une attitude généreuse envers l’argent.',
      'Avec Jupiter en maison III, tu apprends facilement et ta parole transmet de l’enthousiasme.',
      'En maison IV, Jupiter donne un foyer vaste et accueillant et un fort sens de la famille.',
      'Avec Jupiter en maison V, la créativité, l’amour et les enfants sont des sources de joie et de croissance.',
      'En maison VI, Jupiter apporte des occasions par le travail et le service rendu aux autres.',
      'Avec Jupiter en maison VII, les relations et les associations te sont profitables et te font grandir.',
      'En maison VIII, Jupiter favorise les ressources partagées et une grande capacité de régénération.',
      'Avec Jupiter en maison IX, tu es dans ton élément : voyager, étudier et enseigner te font grandir.',
      'En maison X, Jupiter favorise la réussite professionnelle et une bonne réputation.',
      'Avec Jupiter en maison XI, les amis et les réseaux t’apportent occasions et soutien.',
      'En maison XII, Jupiter t’offre une protection discrète et une riche vie intérieure et spirituelle.',
    ],
    saturn: [
      'Avec Saturne en maison I, tu te montres sérieux et responsable ; la confiance en toi se construit avec le temps.',
      'En maison II, Saturne t’apprend à bâtir ta sécurité matérielle avec patience et bonne gestion.',
      'Avec Saturne en maison III, tu prends la parole et les études au sérieux, et tu gagnes en autorité en communiquant.',
      'En maison IV, Saturne indique des responsabilités familiales et le défi de bâtir ton propre foyer sûr.',
      'Avec Saturne en maison V, la créativité et le plaisir demandent un apprentissage, mais mûrissent solidement.',
      'En maison VI, Saturne te rend discipliné au travail ; prendre soin de ta santé avec constance est essentiel.',
      'Avec Saturne en maison VII, tu t’engages avec sérieux et tu cherches des relations stables et mûres.',
      'En maison VIII, Saturne t’apprend à faire confiance et à partager, et te donne la force de traverser les crises.',
      'Avec Saturne en maison IX, tu cherches un savoir solide et tu bâtis tes croyances avec rigueur.',
      'En maison X, Saturne donne ambition et sens du devoir ; ta carrière se construit pas à pas.',
      'Avec Saturne en maison XI, tu as peu d’amis mais fidèles, et tu prends des responsabilités dans les groupes.',
      'En maison XII, Saturne t’invite à affronter des peurs cachées et à trouver de la force dans la solitude.',
    ],
    uranus: [
      'Avec Uranus en maison I, tu te présentes de façon originale et imprévisible, et tu as besoin d’être libre.',
      'En maison II, Uranus apporte des hauts et des bas financiers et des manières peu conventionnelles de gagner ta vie.',
      'Avec Uranus en maison III, ton esprit est inventif et tes idées surprennent ton entourage.',
      'En maison IV, Uranus apporte des changements au foyer et une famille hors norme.',
      'Avec Uranus en maison V, ta créativité est originale et tes amours surprenantes.',
      'En maison VI, tu as besoin de liberté au travail et les méthodes innovantes t’attirent.',
      'Avec Uranus en maison VII, tu cherches des relations libres et peu conventionnelles, où chacun a son espace.',
      'En maison VIII, Uranus apporte des transformations soudaines et un regard neuf sur l’intimité.',
      'Avec Uranus en maison IX, tes croyances sont indépendantes et les idées d’avant-garde t’attirent.',
      'En maison X, ta carrière peut prendre des tournants inattendus et tu as besoin de liberté professionnelle.',
      'Avec Uranus en maison XI, tu t’entoures d’amis singuliers et les projets collectifs novateurs t’attirent.',
      'En maison XII, Uranus fait surgir des intuitions soudaines de ton inconscient.',
    ],
    neptune: [
      'Avec Neptune en maison I, ta présence est subtile et sensible, et les autres projettent sur toi leurs rêves.',
      'En maison II, Neptune demande de la clarté avec l’argent, car tu as tendance à idéaliser le matériel.',
      'Avec Neptune en maison III, ton esprit est imaginatif et poétique, parfois dispersé.',
      'En maison IV, Neptune teinte le foyer de rêve et de nostalgie ; il te faut un refuge presque sacré.',
      'Avec Neptune en maison V, ta créativité est inspirée et tes amours romantiques et idéalisées.',
      'En maison VI, Neptune t’oriente vers un service plein de compassion et te rend sensible côté santé.',
      'Avec Neptune en maison VII, tu idéalises le partenaire ; mieux vaut voir l’autre tel qu’il est.',
      'En maison VIII, Neptune apporte une intuition profonde de ce qui est caché et invisible.',
      'Avec Neptune en maison IX, ta quête de sens est spirituelle et mystique.',
      'En maison X, ta vocation peut être liée à l’art, à l’aide aux autres ou au spirituel.',
      'Avec Neptune en maison XI, tes idéaux collectifs sont élevés et tes amitiés parfois idéalisées.',
      'En maison XII, Neptune est chez lui : ta vie intérieure et spirituelle est très riche.',
    ],
    pluto: [
      'Avec Pluton en maison I, ta présence est intense et magnétique, et tu vis de profondes transformations personnelles.',
      'En maison II, Pluton apporte des changements radicaux dans tes ressources et un rapport fort au pouvoir matériel.',
      'Avec Pluton en maison III, ta parole est pénétrante et ton esprit cherche la vérité cachée.',
      'En maison IV, Pluton remue les racines familiales et t’invite à transformer ton héritage.',
      'Avec Pluton en maison V, la créativité et l’amour sont intenses et transformateurs.',
      'En maison VI, Pluton te pousse à transformer tes habitudes, ton travail et ta santé.',
      'Avec Pluton en maison VII, les relations sont intenses et te transforment en profondeur.',
      'En maison VIII, Pluton est chez lui : l’intimité, les crises et la régénération marquent ta vie.',
      'Avec Pluton en maison IX, tes croyances se transforment en profondeur au fil de la vie.',
      'En maison X, Pluton donne ambition et pouvoir, et ta carrière peut connaître de grandes transformations.',
      'Avec Pluton en maison XI, les groupes et les amitiés sont le théâtre de changements profonds.',
      'En maison XII, Pluton travaille au fond de l’inconscient et t’invite à guérir ce qui est caché.',
    ],
  },
  ascendantInSign: {
    aries:
      "Avec l'Ascendant en Bélier, tu te présentes avec énergie, franchise et envie d'agir. Les autres perçoivent en toi quelqu'un de courageux et de direct, capable d'ouvrir la voie.",
    taurus:
      "Avec l'Ascendant en Taureau, tu dégages calme, solidité et un charme serein. Tu prends ton temps, et les autres trouvent en toi une présence fiable.",
    gemini:
      "Avec l'Ascendant en Gémeaux, tu te montres curieux, vif et communicatif. Tu crées le contact facilement et tu donnes une impression de jeunesse et de vivacité.",
    cancer:
      "Avec l'Ascendant en Cancer, tu abordes le monde avec sensibilité et prudence. Tu donnes une impression chaleureuse et protectrice, même si tu restes d'abord sur la réserve.",
    leo: "Avec l'Ascendant en Lion, ta présence est chaleureuse, assurée et remarquée. Quand tu entres quelque part, cela se voit, et les autres perçoivent ta générosité et ta fierté.",
    virgo:
      "Avec l'Ascendant en Vierge, tu te présentes avec discrétion, précision et sens pratique. Les autres voient en toi quelqu'un d'attentif, de fiable et d'observateur.",
    libra:
      "Avec l'Ascendant en Balance, tu te montres aimable, élégant et diplomate. Tu cherches l'harmonie dans chaque rencontre et tu laisses une impression agréable.",
    scorpio:
      "Avec l'Ascendant en Scorpion, ta présence est intense, magnétique et réservée. Tu observes avant de te livrer, et les autres pressentent ta profondeur.",
    sagittarius:
      "Avec l'Ascendant en Sagittaire, tu te présentes avec enthousiasme, franchise et bonne humeur. Tu transmets de l'optimisme et l'envie d'explorer.",
    capricorn:
      "Avec l'Ascendant en Capricorne, tu te montres sérieux, compétent et réservé. Les autres perçoivent ta maturité et ton sens des responsabilités.",
    aquarius:
      "Avec l'Ascendant en Verseau, tu te présentes de façon originale, amicale et indépendante. Tu donnes l'impression d'une personne singulière, difficile à classer.",
    pisces:
      "Avec l'Ascendant en Poissons, ta présence est douce, sensible et un peu énigmatique. Les autres perçoivent ton empathie et ton monde imaginaire.",
  },
  pairText: {
    sun_moon:
      'Le Soleil et la Lune décrivent ensemble le rapport entre ce que tu veux et ce dont tu as besoin, entre ton but conscient et ton instinct affectif.',
    sun_mercury:
      'Quand le Soleil rencontre Mercure, identité et intellect vont de pair : ta façon de penser et de parler exprime directement qui tu es.',
    sun_venus: 'Le Soleil avec Vénus apporte charme, chaleur et amour du beau au cœur de ton identité.',
    sun_mars:
      "Volonté et élan se rencontrent dans le contact du Soleil avec Mars, qui dit comment tu t'affirmes et te bats pour ce que tu veux.",
    sun_jupiter:
      'Entre le Soleil et Jupiter circule un courant de confiance, de générosité et de foi en ce que la vie peut devenir.',
    sun_saturn:
      "Le Soleil et Saturne unissent l'expression de soi à la responsabilité et au sens des limites, et décrivent comment tu bâtis ton autorité avec le temps.",
    sun_uranus:
      "Le lien du Soleil avec Uranus rattache ton identité au besoin de liberté et d'originalité, et peut provoquer de brusques changements de cap.",
    sun_neptune:
      "Le Soleil et Neptune mêlent ton sentiment de toi-même à l'imagination, à l'idéalisme et à la sensibilité, en adoucissant les contours de l'ego.",
    sun_pluto:
      "Identité, pouvoir et transformation s'entrelacent quand le Soleil touche Pluton, et les autres sentent aussitôt ton intensité.",
    moon_mercury:
      'La Lune et Mercure relient le sentir et le penser : ils montrent avec quelle aisance tu mets des mots sur tes émotions.',
    moon_venus:
      "Besoins affectifs et tendresse se rencontrent entre la Lune et Vénus, qui apportent douceur et désir d'harmonie.",
    moon_mars: 'La Lune et Mars unissent émotion et action : tes sentiments se changent vite en élan.',
    moon_jupiter:
      "La Lune avec Jupiter élargit ton monde affectif, avec générosité, optimisme et un grand sens de l'accueil.",
    moon_saturn:
      'La Lune et Saturne unissent émotion et responsabilité : ils décrivent comment tu as appris à contenir et à protéger tes sentiments.',
    moon_uranus:
      'La Lune et Uranus apportent à ta vie affective un besoin de liberté et des humeurs imprévisibles.',
    moon_neptune:
      "La Lune et Neptune affinent ta sensibilité jusqu'à la rendre presque médiumnique, avec une empathie immense et des frontières poreuses.",
    moon_pluto:
      'La Lune et Pluton donnent à tes émotions une intensité profonde et un grand pouvoir de transformation.',
    mercury_venus:
      "Mercure et Vénus unissent l'esprit et le goût : tu parles avec grâce et tu es sensible aux mots comme à la beauté.",
    mercury_mars:
      'Mercure et Mars aiguisent ta pensée : tu réfléchis vite, tu argumentes avec énergie et tu tranches sans détour.',
    mercury_jupiter:
      "Mercure avec Jupiter ouvre ton esprit aux grandes idées, au savoir et à l'enseignement.",
    mercury_saturn:
      'Mercure et Saturne donnent à ta pensée rigueur, structure et patience face aux sujets difficiles.',
    mercury_uranus:
      'Mercure et Uranus apportent des idées brillantes, des intuitions soudaines et un esprit en avance sur son temps.',
    mercury_neptune:
      "Mercure et Neptune unissent l'esprit et l'imagination, avec un talent particulier pour la poésie, la musique ou le symbolique.",
    mercury_pluto:
      "Mercure et Pluton donnent à ton esprit une capacité de pénétration et d'investigation hors du commun.",
    venus_mars:
      "Vénus et Mars unissent l'amour et le désir : ils disent comment la tendresse et la passion se rencontrent en toi.",
    venus_jupiter: 'Vénus et Jupiter apportent générosité, joie et goût des plaisirs de la vie.',
    venus_saturn:
      "Vénus et Saturne unissent l'amour à l'engagement, et demandent maturité et patience dans les sentiments.",
    venus_uranus:
      "Vénus et Uranus apportent des attirances soudaines et un besoin de liberté au sein de l'amour.",
    venus_neptune: 'Vénus et Neptune éveillent un amour romantique, idéaliste et très sensible à la beauté.',
    venus_pluto: 'Vénus et Pluton donnent à tes sentiments une intensité passionnée et transformatrice.',
    mars_jupiter:
      "Mars et Jupiter unissent action et enthousiasme, avec une énergie généreuse et l'envie d'aller plus loin.",
    mars_saturn:
      "Mars et Saturne unissent l'élan et la discipline : tu apprends à doser ta force et à tenir bon.",
    mars_uranus: 'Mars et Uranus donnent une énergie électrique, indépendante et parfois imprévisible.',
    mars_neptune:
      "Mars et Neptune unissent l'action et l'inspiration : tu agis au mieux au service d'un idéal.",
    mars_pluto: 'Mars et Pluton concentrent une volonté puissante, intense et très endurante.',
    jupiter_saturn: "Jupiter et Saturne équilibrent l'expansion et la prudence, l'optimisme et le réalisme.",
    jupiter_uranus:
      "Jupiter et Uranus apportent des occasions inattendues et un goût pour la liberté et l'innovation.",
    jupiter_neptune:
      'Jupiter et Neptune élargissent ton imagination et ta foi, avec des idéaux généreux et parfois utopiques.',
    jupiter_pluto:
      "Jupiter et Pluton unissent l'expansion et le pouvoir, avec une grande ambition d'influencer et de transformer.",
    saturn_uranus:
      "Saturne et Uranus placent la tradition face à l'innovation et te demandent de renouveler les structures sans les détruire.",
    saturn_neptune:
      'Saturne et Neptune unissent réalité et rêve : ils te demandent de donner une forme concrète à tes idéaux.',
    saturn_pluto:
      "Saturne et Pluton combinent structure et pouvoir profond, avec une immense résistance face à l'adversité.",
    uranus_neptune:
      'Uranus et Neptune forment un lien de génération entre innovation et imagination, que tu vis comme une sensibilité aux changements collectifs.',
    uranus_pluto:
      'Uranus et Pluton forment un lien de génération fait de révolution et de transformation, écho des bouleversements de ton époque.',
    neptune_pluto:
      'Neptune et Pluton partagent un lent lien de génération entre aspiration spirituelle et transformation profonde.',
  },
  aspectTypeText: {
    conjunction: [
      "Unies par la conjonction, leurs énergies fusionnent en une seule force difficile à dissocier. C'est un point focal de ton thème, puissant dans la direction que tu choisis.",
      "En conjonction, les deux agissent comme un seul et s'amplifient l'un l'autre ; ce mélange peut devenir un talent distinctif si tu apprends à le diriger.",
      "Une conjonction est une fusion plutôt qu'un dialogue : tu ne sens peut-être pas où finit une influence et où commence l'autre, mais les autres en perçoivent bien l'effet combiné.",
    ],
    opposition: [
      "En opposition, les deux se font face comme les parties d'une négociation. Tu peux osciller de l'un à l'autre, ou rencontrer l'un d'eux à travers autrui, jusqu'à trouver comment tenir les deux à la fois.",
      "L'opposition place ces énergies sur une balançoire. La leçon est l'équilibre : aucun des deux n'a à gagner, et les relations proches te montrent la moitié que tu as tendance à renier.",
      "Face à face dans le zodiaque, les deux peuvent ressembler à des exigences contraires ; quand tu cesses de choisir pour intégrer, l'opposition devient source d'objectivité et de maturité.",
    ],
    trine: [
      "Le trigone les fait circuler ensemble avec aisance, comme un talent naturel qui fonctionne presque sans effort. Son seul risque est d'être tenu pour acquis.",
      "Liées par un trigone, ces énergies coopèrent avec grâce ; ce qui te vient si facilement mérite d'être cultivé délibérément.",
      "L'harmonie est la note du trigone : les deux se soutiennent et t'offrent une ressource où puiser quand d'autres domaines de la vie deviennent difficiles.",
    ],
    square: [
      "Le carré crée entre eux une friction féconde. Ils tirent dans des directions différentes, et cette tension devient moteur de croissance quand tu l'affrontes au lieu de l'éviter.",
      "En carré, ces deux-là se frottent l'un à l'autre et produisent agitation et élan ; une grande part de ta force se forge justement là où ce défi te pousse à agir.",
      "Un carré est un aspect de travail qui te laisse rarement en repos, et c'est aussi là que tu forges la résistance et le savoir-faire que d'autres positions ne te demandent pas.",
    ],
    sextile: [
      "Le sextile offre une occasion : les deux coopèrent volontiers dès que tu fais le premier pas. Il récompense l'initiative par une aisance tranquille et sûre.",
      "Liées par un sextile, ces énergies sont des alliées amicales ; leurs dons sont réels mais demandent ta participation, comme une porte qui s'ouvre quand on frappe.",
      "Un sextile jette entre eux un pont léger et constructif, un talent qui grandit avec l'usage et invite à expérimenter.",
    ],
  },
  elementBalance: {
    fire: {
      dominant:
        "Le feu traverse ton thème avec force : tu es enthousiaste, spontané et porté par l'inspiration. Pense à recharger tes batteries, car même la flamme la plus vive a besoin de repos.",
      lacking:
        "Le feu est rare dans ton thème, si bien que l'enthousiasme et la confiance ne viennent pas toujours d'eux-mêmes ; il faut parfois craquer l'allumette toi-même. Le mouvement, le jeu et une compagnie joyeuse te raniment.",
    },
    earth: {
      dominant:
        "La terre domine ton thème et te donne sens pratique, patience et bon sens. Tu te fies à ce que tu peux toucher et tu sais bâtir du durable ; laisse de temps en temps une place à l'intangible.",
      lacking:
        'Avec peu de terre dans ton thème, le concret — routines, argent, besoins du corps — peut te sembler moins naturel. Des structures simples et du temps au grand air te stabilisent beaucoup.',
    },
    air: {
      dominant:
        "L'air ressort dans ton thème et te donne un intellect vif, une aisance sociale et l'amour des idées. Rester en contact avec ton corps et tes émotions ancre toute cette pensée.",
      lacking:
        "L'air est rare dans ton thème, si bien que prendre du recul pour analyser ce que tu vis peut te coûter. Converser, tenir un journal et écouter d'autres points de vue t'apportent de la perspective.",
    },
    water: {
      dominant:
        "L'eau domine ton thème et te rend sensible, intuitif et réceptif. Tu captes des courants que d'autres ne voient pas ; de bonnes limites protègent ton énergie.",
      lacking:
        "L'eau est rare dans ton thème, si bien que les émotions peuvent te sembler moins immédiates ou plus difficiles à nommer. Prendre le temps de ressentir et te fier à tes pressentiments enrichit tes liens.",
    },
  },
  modalityBalance: {
    cardinal: {
      dominant:
        "Les signes cardinaux pèsent lourd : tu es quelqu'un qui lance les choses et prend les devants. Tout l'art est de mener à terme ce que tu commences une fois l'élan initial retombé.",
      lacking:
        "L'énergie cardinale est faible dans ton thème, si bien que commencer te coûte plus que tenir ou t'adapter. De petits premiers pas délibérés te donnent confiance.",
    },
    fixed: {
      dominant:
        'Les signes fixes dominent : tu as de la détermination, de la loyauté et une grande endurance. Ton défi est la souplesse, car être ferme ne veut pas dire être immobile.',
      lacking:
        "L'énergie fixe est rare, si bien que la persévérance peut demander un effort conscient. Des routines simples et des promesses modestes tenues t'aident à aller au bout.",
    },
    mutable: {
      dominant:
        "Les signes mutables ressortent : tu es adaptable, polyvalent et ouvert au changement. Choisir une direction et t'y tenir un temps donne un but à cette souplesse.",
      lacking:
        "L'énergie mutable est rare, si bien que t'adapter aux changements brusques peut te coûter. T'exercer à la souplesse dans les petites choses facilite les grandes transitions.",
    },
  },
  balancedElements:
    "Tes éléments sont assez bien répartis : tu as accès à l'inspiration, au sens pratique, à la pensée et à l'émotion, ce qui te permet de t'adapter à des situations très diverses.",
  balancedModalities:
    "Les modes sont équilibrés dans ton thème : tu sais lancer, tenir et t'adapter selon ce que demande le moment.",
  sunMoonElements: {
    same: 'Comme ton Soleil et ta Lune partagent le même élément, ce que tu veux et ce dont tu as besoin vont dans le même sens, ce qui donne à ton caractère une belle cohérence.',
    compatible:
      'Ton Soleil et ta Lune sont dans des éléments compatibles : tes buts et tes besoins affectifs coopèrent le plus souvent, et les conflits intérieurs se règlent plutôt par le dialogue que par la force.',
    different:
      "Ton Soleil et ta Lune parlent des langues élémentaires différentes : ce que tu poursuis et ce qu'il te faut pour te sentir en sécurité peuvent diverger. Apprendre à honorer les deux est une source de profondeur.",
  },
  timeUnknownNote:
    "L'heure de naissance étant inconnue, cette lecture laisse de côté l'Ascendant, les maisons et les angles, qui dépendent de l'heure exacte ; la Lune a aussi pu avancer de quelques degrés au cours de la journée.",
  stelliumSign:
    "Cette concentration d'énergie fait des qualités du signe une spécialité, un terrain de profondeur où tu reviendras encore et encore. Elle peut aussi te rendre un peu unilatéral : les zones moins peuplées de ton thème méritent une attention consciente.",
  stelliumHouse:
    'Autant de planètes dans une maison font de ses affaires une scène centrale de ta vie, où se concentrent une grande part de ta croissance, de tes efforts et de tes satisfactions.',
  hemisphere: {
    eastern:
      "La plupart de tes planètes se trouvent dans la moitié est du thème, du côté de l'Ascendant. Tu as tendance à mener ta vie toi-même et à façonner les circonstances par ta propre initiative.",
    western:
      'La plupart de tes planètes se trouvent dans la moitié ouest du thème, du côté du Descendant. Ta vie se déploie à travers les autres, et la coopération est une clé de ta réussite.',
    southern:
      "La moitié supérieure du thème, au-dessus de l'horizon, rassemble la plupart de tes planètes. Ton orientation est tournée vers l'extérieur : le monde, la vie publique et les buts partagés.",
    northern:
      "La moitié inférieure du thème, sous l'horizon, rassemble la plupart de tes planètes. Une grande part de ton développement se fait dans l'intimité, dans ta vie intérieure et tes liens proches.",
    balanced:
      "Tes planètes se répartissent assez également autour de la roue, entre soi et les autres, entre privé et public, si bien qu'aucun hémisphère ne dicte ton orientation.",
  },
  quadrant: [
    "Le premier quadrant (maisons 1 à 3) est le plus peuplé et met l'accent sur la découverte de toi-même, tes ressources et ta manière de t'exprimer.",
    "Le deuxième quadrant (maisons 4 à 6) est le plus peuplé et met l'accent sur les racines, la créativité et le soin quotidien de toi et des autres.",
    "Le troisième quadrant (maisons 7 à 9) est le plus peuplé et met l'accent sur les relations, l'expérience partagée et l'ouverture des horizons.",
    "Le quatrième quadrant (maisons 10 à 12) est le plus peuplé et met l'accent sur la vocation, la communauté et un sens plus vaste, parfois spirituel, de ta mission.",
  ],
  retrograde: {
    none: "Aucune de tes planètes n'était rétrograde à ta naissance, ce qui suggère que leurs énergies s'expriment volontiers vers l'extérieur et sans détour.",
    few: "Les planètes rétrogrades tournent d'abord leur fonction vers l'intérieur : tu as tendance à revoir, repenser et t'approprier ces thèmes avant de les exprimer, et ta compréhension en devient très personnelle.",
    many: "Autant de planètes rétrogrades indiquent un tempérament réfléchi et tourné vers l'intérieur. Tu reviens souvent sur les choses pour les comprendre à fond, et ton chemin peut être moins conventionnel mais plus authentiquement le tien.",
  },
  noAspects:
    'Aucun aspect majeur entre les planètes ne tombe dans les orbes utilisés pour ce thème. Chaque planète tend donc à agir pour son compte, ce qui peut rendre ton caractère particulièrement varié.',
  angularIntro: 'Les planètes proches des quatre angles du thème comptent parmi les plus puissantes.',
  signEssence: {
    aries: "l'audace, la franchise et l'envie de commencer",
    taurus: 'la constance, la sensualité et la patience',
    gemini: 'la curiosité, la vivacité et le goût de la parole',
    cancer: "le soin, la protection et l'écoute des émotions",
    leo: "la chaleur, l'expressivité et la fierté",
    virgo: "l'observation, l'habileté et le discernement",
    libra: "l'élégance, le sens de la justice et l'art de la relation",
    scorpio: "l'intensité, la perspicacité et la réserve",
    sagittarius: "l'aventure, la franchise et la quête de sens",
    capricorn: "l'ambition, la discipline et le réalisme",
    aquarius: "l'indépendance, l'inventivité et les principes",
    pisces: "la compassion, l'imagination et l'intuition",
  },
  houseTopics: [
    'du moi, du corps et de la première impression',
    "de l'argent, des biens et de l'estime de soi",
    'de la communication, des études et de la fratrie',
    'du foyer, de la famille et des racines',
    'de la créativité, des amours et du jeu',
    'du travail, de la santé et du quotidien',
    'du couple et des relations proches',
    "de l'intimité, des ressources partagées et de la transformation",
    'des voyages, des croyances et des études supérieures',
    'de la carrière, de la réputation et de la vie publique',
    "de l'amitié, de la communauté et des projets d'avenir",
    "de la solitude, de l'inconscient et de la vie spirituelle",
  ],
  planetKeywords: {
    sun: 'ton identité et ta vitalité',
    moon: 'tes besoins affectifs et tes instincts',
    mercury: 'ta façon de penser et de communiquer',
    venus: "ta façon d'aimer et ce qui compte pour toi",
    mars: "ton élan et ta capacité à t'affirmer",
    jupiter: 'la croissance, la foi et la générosité',
    saturn: 'la discipline et les leçons de long terme',
    uranus: "la liberté et l'originalité",
    neptune: "l'imagination et les idéaux",
    pluto: 'le pouvoir et la transformation',
  },
  angularText: {
    ascendant:
      'colore fortement ta personnalité et la première impression que tu laisses ; les gens perçoivent ces qualités en toi tout de suite.',
    midheaven: 'façonne ta vocation, ta réputation et la direction que prend ta vie dans le monde.',
    descendant:
      'se rencontre souvent à travers le couple et les relations proches, qui deviennent le miroir de ta croissance.',
    imum_coeli: 'agit aux racines : dans ta vie privée, ta famille et tes fondations intérieures.',
  },
};

/** French typography: a non-breaking space before « : ; ? ! ». */
const typo = (s: string): string => s.replace(/ ([:;?!])/g, `${NB}$1`);
for (const key of Object.keys(corpus) as (keyof Corpus)[]) {
  const v = corpus[key] as unknown;
  const fix = (x: unknown): unknown =>
    typeof x === 'string'
      ? typo(x)
      : Array.isArray(x)
        ? x.map(fix)
        : x && typeof x === 'object'
          ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, fix(y)]))
          : x;
  (corpus as unknown as Record<string, unknown>)[key] = fix(v);
}

const P = names.planets;
const S = names.signs;
const C = corpus;
/** The planet with its article where French uses one: "le Soleil", "la Lune", "Mercure". */
const ref = (p: Planet): string => (p === 'sun' ? 'le Soleil' : p === 'moon' ? 'la Lune' : P[p]);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const NUMBERS = ['aucune', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const roman = (h: number): string => ROMAN[h - 1] ?? String(h);
/** "en Bélier", with elision-free French usage for signs. */
const inSign = (s: Sign) => `en ${S[s]}`;
const ANGLE_OF = {
  ascendant: 'de ton Ascendant',
  midheaven: 'de ton Milieu du Ciel',
  descendant: 'de ton Descendant',
  imum_coeli: 'de ton Fond du Ciel',
} as const;
const ASPECT_VERB = {
  conjunction: 'forme une conjonction avec',
  opposition: "s'oppose",
  trine: 'forme un trigone avec',
  square: 'forme un carré avec',
  sextile: 'forme un sextile avec',
} as const;
/** "à la Lune", "au Soleil", "à Mars". */
const toRef = (p: Planet): string => (p === 'sun' ? 'au Soleil' : `à ${ref(p)}`);
const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const HEMISPHERE = { eastern: 'est', western: 'ouest', southern: 'sud', northern: 'nord' } as const;
const decimal = (v: string) => v.replace('.', ',');
const ELEMENT_OF = { fire: 'en feu', earth: 'en terre', air: 'en air', water: 'en eau' } as const;
const MODE_OF = {
  cardinal: 'en signes cardinaux',
  fixed: 'en signes fixes',
  mutable: 'en signes mutables',
} as const;

export const fr: Locale = {
  tag: 'fr',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Soleil, Lune et Ascendant' : 'Soleil et Lune'),
      planets: 'Les planètes',
      aspects: 'Aspects majeurs',
      balance: 'Éléments et modes',
      emphasis: 'Dominantes du thème',
    },
    sunIn: (s) =>
      typo(
        `Avec ton Soleil ${inSign(s)}, le centre de ton identité tient dans ${C.signEssence[s]} : c'est le moi que tu es en train de devenir.`,
      ),
    moonIn: (s) =>
      typo(
        `Ta Lune ${inSign(s)} décrit ce dont tu as besoin pour te sentir en sécurité et chez toi en toi-même ; sur le plan affectif, tu te laisses guider par ${C.signEssence[s]}.`,
      ),
    ascendant: (s, deg) =>
      typo(
        `Ton Ascendant, le signe qui se levait à ta naissance, est ${inSign(s)}, à ${deg} : il décrit ta manière d'aller au-devant du monde et l'impression que tu fais d'abord.`,
      ),
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} ${inSign(s)} à ${deg}${h ? `, en maison ${roman(h)}` : ''}${retro ? ', rétrograde' : ''}.`,
    aspectsIntro: (n) =>
      typo(
        `Les aspects sont les conversations entre tes planètes. ${n === 1 ? 'Voici le plus serré' : `Voici les ${num(n)} plus serrés, du plus exact au plus large`} ; plus l'orbe est petit, plus la voix est forte. Un aspect appliquant se resserrait encore à ta naissance et se fait souvent plus pressant, tandis qu'un aspect séparant est déjà en bonne partie intégré à qui tu es.`,
      ),
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `${cap(ref(a))} ${ASPECT_VERB[aspect]}${aspect === 'opposition' ? ` ${toRef(b)}` : ` ${ref(b)}`} (${
        exactness === 'exact'
          ? 'presque exact, orbe de'
          : exactness === 'close'
            ? 'serré, orbe de'
            : 'plus large, orbe de'
      } ${orb}, ${applying ? 'appliquant' : 'séparant'}).`,
    elementCounts: (counts) =>
      `Par éléments, ton thème compte ${list(counts.map(([k, v]) => `${decimal(v)} ${ELEMENT_OF[k]}`))}.`,
    modalityCounts: (counts) =>
      `Par modes, il compte ${list(counts.map(([k, v]) => `${decimal(v)} ${MODE_OF[k]}`))}.`,
    stelliumInSign: (ps, s) =>
      typo(
        `${cap(num(ps.length))} planètes, ${refs(ps)}, se rassemblent ${inSign(s)} et forment un stellium : ${C.signEssence[s]} sont au cœur de qui tu es.`,
      ),
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} occupent ta maison ${roman(h)}, le domaine ${C.houseTopics[h - 1]}.`,
    onAngle: (p, d, angle) =>
      typo(
        `Avec ${ref(p)} à ${d} ${ANGLE_OF[angle]}, la planète de ${C.planetKeywords[p]} ${C.angularText[angle]}`,
      ),
    retrogradeFew: (ps) =>
      ps.length === 1
        ? `${cap(refs(ps))} était rétrograde à ta naissance.`
        : `${cap(refs(ps))} étaient rétrogrades à ta naissance.`,
    retrogradeMany: (ps) =>
      typo(`${cap(num(ps.length))} planètes étaient rétrogrades à ta naissance : ${refs(ps)}.`),
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Soleil ${inSign(s)}`,
      moonIn: (s) => `Lune ${inSign(s)}`,
      ascendantIn: (s) => `Ascendant ${inSign(s)}`,
      placement: (p, s, h, retro) =>
        `${P[p]} ${inSign(s)}${h ? ` (maison ${roman(h)})` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${names.aspects[aspect]} ${P[b]} (${orb})`,
      dominantElement: (e) => typo(`Élément dominant : ${names.elements[e]}`),
      lackingElement: (e) => typo(`Élément manquant : ${names.elements[e]}`),
      dominantModality: (m) => typo(`Mode dominant : ${names.modalities[m]}`),
      lackingModality: (m) => typo(`Mode manquant : ${names.modalities[m]}`),
      stelliumInSign: (s, ps) => typo(`Stellium ${inSign(s)} : ${labels(ps)}`),
      stelliumInHouse: (h, ps) => typo(`Stellium en maison ${roman(h)} : ${labels(ps)}`),
      onAngle: (p, angle) =>
        `${P[p]} sur ${angle === 'ascendant' || angle === 'descendant' ? "l'" : 'le '}${names.angles[angle]}`,
      hemisphere: (h) => `Accent sur l'hémisphère ${HEMISPHERE[h]}`,
      quadrant: (q) => `Accent sur le quadrant ${q}`,
      retrogradeCount: (n) => typo(`Planètes rétrogrades : ${n}`),
    },
  },
  wheel: {
    title: (name, date) => typo(`Thème natal : ${name}, ${date}`),
    defaultName: 'Thème natal',
    date: (d, m, y) => `${d === 1 ? '1er' : d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, heure inconnue`,
    retrograde: 'rétrograde',
    tropical: 'Tropical',
    sidereal: (a) => `Sidéral${a ? ` (${a})` : ''}`,
    houses: (system) => `Maisons ${system}`,
    noHouses: 'Sans maisons',
    placement: (point, deg, s, retro) => `${point} ${deg}° ${s}${retro ? ' rétrograde' : ''}`,
    listSeparator: `${NB}; `,
    fullStop: '.',
    star: (name, position, m) => `${name} ${position}, magnitude ${new Intl.NumberFormat('fr').format(m)}`,
  },
  warnings: {
    place_ambiguous: () =>
      typo(
        'La ville indiquée correspond à plusieurs lieux ; le premier a été retenu. Ajoute le pays, ou la latitude et la longitude, pour en choisir un autre.',
      ),
    local_mean_time: () =>
      typo(
        "À cette date, la zone n'avait pas encore d'heure légale : l'heure moyenne locale du lieu de naissance a été utilisée.",
      ),
    city_mean_time_replaced: () =>
      typo(
        "La base des fuseaux horaires applique à toute la zone l'heure moyenne d'une autre ville, d'une époque où le pays n'avait pas encore d'heure légale : l'heure moyenne locale du lieu de naissance a été utilisée.",
      ),
    ambiguous_local_time: () =>
      typo(
        'Cette heure locale a eu lieu deux fois (les horloges ont reculé) ; le premier des deux instants a été retenu.',
      ),
    shifted_forward: () =>
      typo(
        "Cette heure locale n'a pas existé (les horloges ont avancé) ; elle a été décalée d'autant vers l'avant.",
      ),
    dst_local_option: (w) =>
      typo(
        `La zone suit l'heure d'été de ${w.reference_city ?? 'sa ville de référence'}, qui ne s'appliquait peut-être pas au lieu de naissance. Si l'acte indique l'heure normale, envoie "dst": false.`,
      ),
    dst_override: () =>
      typo(
        "L'indication \"dst\" (heure d'été ou normale) a été appliquée ; elle diffère du décalage qu'avait la zone à ce moment-là.",
      ),
    time_unknown: () =>
      typo(
        'Heure de naissance inconnue : thème calculé pour midi, sans maisons, angles, Vertex ni Part de Fortune.',
      ),
    chiron_unavailable: () => typo("Chiron n'est disponible qu'entre 1800 et 2400 ; il est omis."),
    asteroid_unavailable: () => typo("Cet astéroïde n'est disponible qu'entre 1800 et 2400 ; il est omis."),
    house_system_fallback: () =>
      typo(
        "Le système de maisons demandé n'est pas défini à cette latitude ; les maisons Porphyre sont utilisées.",
      ),
    composite_without_houses: () =>
      typo("L'heure d'une naissance est inconnue : le thème composite n'a ni maisons ni angles."),
  },
};
