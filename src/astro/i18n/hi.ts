/**
 * Hindi (hi), written for Hindi readers in standard Devanagari Hindi, not translated phrase by phrase. The
 * reader is addressed with «आप». Names follow Hindi astrology: सूर्य, चंद्रमा, बुध, शुक्र, मंगल, बृहस्पति,
 * शनि, and the modern planets as Hindi writing transliterates them (यूरेनस, नेपच्यून, प्लूटो); the nodes are
 * राहु and केतु; tropical is सायन, sidereal निरयण; an orb is a दीप्तांश; retrograde is वक्री. Every planet is
 * masculine, so «आपका सूर्य», «आपके शुक्र से», «वक्री था/थे». Houses take the Sanskrit ordinals (प्रथम ...
 * द्वादश भाव); a sign is «मेष राशि». Sentences end with the danda «।». The corpus lives in ./hi/.
 */
import type { Planet, Sign } from '../types';
import { ASCENDANT_IN_SIGN, PLANET_IN_HOUSE } from './hi/houses';
import { PLANET_IN_SIGN } from './hi/planet-in-sign';
import { ASPECT_TYPE_TEXT, PAIR_TEXT, REST } from './hi/themes';
import type { AngleName, Corpus, Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'सूर्य',
    moon: 'चंद्रमा',
    mercury: 'बुध',
    venus: 'शुक्र',
    mars: 'मंगल',
    jupiter: 'बृहस्पति',
    saturn: 'शनि',
    uranus: 'यूरेनस',
    neptune: 'नेपच्यून',
    pluto: 'प्लूटो',
  },
  points: {
    mean_node: 'मध्यम राहु',
    true_node: 'स्पष्ट राहु',
    south_node: 'केतु',
    mean_lilith: 'मध्यम लिलिथ',
    true_lilith: 'स्पष्ट लिलिथ',
    chiron: 'काइरन',
    part_of_fortune: 'भाग्य बिंदु',
    vertex: 'वर्टेक्स',
    east_point: 'पूर्व बिंदु',
  },
  signs: {
    aries: 'मेष',
    taurus: 'वृषभ',
    gemini: 'मिथुन',
    cancer: 'कर्क',
    leo: 'सिंह',
    virgo: 'कन्या',
    libra: 'तुला',
    scorpio: 'वृश्चिक',
    sagittarius: 'धनु',
    capricorn: 'मकर',
    aquarius: 'कुंभ',
    pisces: 'मीन',
  },
  aspects: {
    conjunction: 'युति',
    opposition: 'प्रतियुति',
    trine: 'त्रिकोण',
    square: 'केंद्र',
    sextile: 'षष्ठांश',
    quincunx: 'षडाष्टक',
    semi_sextile: 'अर्ध-षष्ठांश',
    semi_square: 'अर्ध-केंद्र',
    sesquiquadrate: 'सार्ध-केंद्र',
    quintile: 'पंचमांश',
    bi_quintile: 'द्वि-पंचमांश',
    septile: 'सप्तमांश',
    bi_septile: 'द्वि-सप्तमांश',
    tri_septile: 'त्रि-सप्तमांश',
    novile: 'नवमांश',
    bi_novile: 'द्वि-नवमांश',
    quadri_novile: 'चतुर्-नवमांश',
    parallel: 'समांतर',
    contra_parallel: 'विपरीत समांतर',
  },
  angles: {
    ascendant: 'लग्न',
    midheaven: 'मध्याकाश',
    descendant: 'अस्त लग्न',
    imum_coeli: 'पाताल',
  },
  elements: { fire: 'अग्नि', earth: 'पृथ्वी', air: 'वायु', water: 'जल' },
  modalities: { cardinal: 'चर', fixed: 'स्थिर', mutable: 'द्विस्वभाव' },
  houseSystems: {
    placidus: 'प्लेसिडस',
    koch: 'कोख़',
    equal: 'समभाव',
    whole_sign: 'राशि-भाव',
    porphyry: 'पोर्फ़िरी',
    regiomontanus: 'रेजियोमोंटेनस',
    campanus: 'कैम्पेनस',
    alcabitius: 'अल्काबिटियस',
    morinus: 'मोरिनस',
    topocentric: 'टोपोसेंट्रिक',
  },
  ayanamsas: {
    lahiri: 'लाहिड़ी',
    fagan_bradley: 'फ़ेगन/ब्रैडली',
    raman: 'रमन',
    krishnamurti: 'कृष्णमूर्ति',
  },
};

const corpus: Corpus = {
  planetInSign: PLANET_IN_SIGN,
  planetInHouse: PLANET_IN_HOUSE,
  ascendantInSign: ASCENDANT_IN_SIGN,
  pairText: PAIR_TEXT,
  aspectTypeText: ASPECT_TYPE_TEXT,
  ...REST,
};

const P = names.planets;
const S = names.signs;
const C = corpus;
/** The sign inside a sentence: "मेष राशि". */
const rashi = (s: Sign): string => `${S[s]} राशि`;
/** House ordinals as Hindi astrology writes them: प्रथम ... द्वादश. */
const HOUSE_ORDINALS = [
  'प्रथम',
  'द्वितीय',
  'तृतीय',
  'चतुर्थ',
  'पंचम',
  'षष्ठ',
  'सप्तम',
  'अष्टम',
  'नवम',
  'दशम',
  'एकादश',
  'द्वादश',
];
const house = (h: number): string => `${HOUSE_ORDINALS[h - 1] ?? `${h}वें`} भाव`;
/** Quadrants in everyday ordinals (masculine, agreeing with चतुर्थांश). */
const QUADRANT_ORDINALS = ['पहले', 'दूसरे', 'तीसरे', 'चौथे'];
const NUMBERS = ['शून्य', 'एक', 'दो', 'तीन', 'चार', 'पाँच', 'छह', 'सात', 'आठ', 'नौ', 'दस'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
/** "क", "क और ख", "क, ख और ग". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} और ${items[items.length - 1]}`;
}
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
/** Angles in the oblique with «आपके» (all masculine). */
const ANGLE: Record<AngleName, string> = {
  ascendant: 'लग्न',
  midheaven: 'मध्याकाश',
  descendant: 'अस्त लग्न',
  imum_coeli: 'पाताल बिंदु',
};
/** The aspect as a predicate of "आपका <a>": each ends in a verb agreeing with the (masculine) planet. */
const ASPECT_PREDICATE = {
  conjunction: (b: string) => `आपके ${b} के साथ युति में है`,
  opposition: (b: string) => `आपके ${b} से प्रतियुति बनाता है`,
  trine: (b: string) => `आपके ${b} से त्रिकोण बनाता है`,
  square: (b: string) => `आपके ${b} से केंद्र योग बनाता है`,
  sextile: (b: string) => `आपके ${b} से षष्ठांश योग बनाता है`,
} as const;
const MONTHS = [
  'जनवरी',
  'फ़रवरी',
  'मार्च',
  'अप्रैल',
  'मई',
  'जून',
  'जुलाई',
  'अगस्त',
  'सितंबर',
  'अक्टूबर',
  'नवंबर',
  'दिसंबर',
];
const HEMISPHERE = {
  eastern: 'पूर्वी',
  western: 'पश्चिमी',
  southern: 'ऊपरी',
  northern: 'निचले',
} as const;

export const hi: Locale = {
  tag: 'hi',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'सूर्य, चंद्रमा और लग्न' : 'सूर्य और चंद्रमा'),
      planets: 'ग्रह',
      aspects: 'प्रमुख ग्रह योग',
      balance: 'तत्व और राशि स्वभाव',
      emphasis: 'कुंडली का झुकाव',
    },
    sunIn: (s) =>
      `${rashi(s)} में सूर्य होने से आपकी पहचान के मूल में ${C.signEssence[s]} है: यही वह स्वरूप है जिसमें आप धीरे-धीरे ढल रहे हैं।`,
    moonIn: (s) =>
      `${rashi(s)} में आपका चंद्रमा बताता है कि भीतर से सुरक्षित और सहज महसूस करने के लिए आपको क्या चाहिए; भावनाओं के स्तर पर ${C.signEssence[s]} आपको राह दिखाते हैं।`,
    ascendant: (s, deg) =>
      `आपका लग्न, यानी जन्म के समय पूर्वी क्षितिज पर उदित होती राशि, ${rashi(s)} में ${deg} पर है: यह बताता है कि आप संसार से कैसे मिलते हैं और लोग पहली बार आपको कैसे देखते हैं।`,
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} ${rashi(s)} में ${deg} पर${h ? `, ${house(h)} में` : ''}${retro ? ', वक्री' : ''}।`,
    aspectsIntro: (n) =>
      `ग्रह योग आपके ग्रहों के बीच होने वाली बातचीत हैं। ${n === 1 ? 'यहाँ सबसे निकट का योग दिया गया है' : `यहाँ ${num(n)} सबसे निकट के योग दिए गए हैं, सबसे सटीक योग पहले`}; दीप्तांश जितना छोटा, आवाज़ उतनी ही ऊँची। बनता हुआ योग आपके जन्म के समय और निकट आ रहा था और प्रायः अधिक दबाव डालता है, जबकि छूटता हुआ योग काफ़ी हद तक आपके स्वभाव में रच-बस चुका है।`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `आपका ${P[a]} ${ASPECT_PREDICATE[aspect](P[b])} (${
        exactness === 'exact'
          ? 'लगभग सटीक, दीप्तांश'
          : exactness === 'close'
            ? 'निकट, दीप्तांश'
            : 'कुछ ढीला, दीप्तांश'
      } ${orb}, ${applying ? 'बनता हुआ' : 'छूटता हुआ'})।`,
    elementCounts: (counts) =>
      `तत्वों के अनुसार आपकी कुंडली की गिनती इस प्रकार है: ${list(counts.map(([k, v]) => `${names.elements[k]} ${v}`))}।`,
    modalityCounts: (counts) =>
      `राशि स्वभाव के अनुसार गिनती है: ${list(counts.map(([k, v]) => `${names.modalities[k]} ${v}`))}।`,
    stelliumInSign: (ps, s) =>
      `${num(ps.length)} ग्रह — ${labels(ps)} — ${rashi(s)} में एकत्र होकर ग्रह-पुंज बनाते हैं, इसलिए ${C.signEssence[s]} आपके स्वभाव के बिल्कुल मूल में हैं।`,
    stelliumInHouse: (ps, h) =>
      `${labels(ps)} आपके ${house(h)} में साथ-साथ हैं, जो ${C.houseTopics[h - 1]} का भाव है।`,
    onAngle: (p, d, angle) =>
      `${P[p]} आपके ${ANGLE[angle]} से केवल ${d} की दूरी पर है, इसलिए ${C.planetKeywords[p]} का यह ग्रह ${C.angularText[angle]}`,
    retrogradeFew: (ps) => `आपके जन्म के समय ${labels(ps)} ${ps.length === 1 ? 'वक्री था' : 'वक्री थे'}।`,
    retrogradeMany: (ps) => `आपके जन्म के समय ${num(ps.length)} ग्रह वक्री थे: ${labels(ps)}।`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `${rashi(s)} में सूर्य`,
      moonIn: (s) => `${rashi(s)} में चंद्रमा`,
      ascendantIn: (s) => `${S[s]} लग्न`,
      placement: (p, s, h, retro) =>
        `${rashi(s)} में ${P[p]}${h ? ` (${house(h)})` : ''}${retro ? ', वक्री' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]}–${P[b]} ${names.aspects[aspect]} (${orb})`,
      dominantElement: (e) => `प्रबल तत्व: ${names.elements[e]}`,
      lackingElement: (e) => `कमज़ोर तत्व: ${names.elements[e]}`,
      dominantModality: (m) => `प्रबल स्वभाव: ${names.modalities[m]}`,
      lackingModality: (m) => `कमज़ोर स्वभाव: ${names.modalities[m]}`,
      stelliumInSign: (s, ps) => `${rashi(s)} में ग्रह-पुंज: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `${house(h)} में ग्रह-पुंज: ${labels(ps)}`,
      onAngle: (p, angle) => `${ANGLE[angle]} पर ${P[p]}`,
      hemisphere: (h) => `कुंडली के ${HEMISPHERE[h]} आधे भाग पर ज़ोर`,
      quadrant: (q) => `${QUADRANT_ORDINALS[q - 1] ?? q} चतुर्थांश पर ज़ोर`,
      retrogradeCount: (n) => `वक्री ग्रह: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `कुंडली चक्र: ${name}, ${date}`,
    defaultName: 'जन्म कुंडली',
    date: (d, m, y) => `${d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, जन्म समय अज्ञात`,
    retrograde: 'वक्री',
    tropical: 'सायन',
    sidereal: (a) => `निरयण${a ? ` (${a})` : ''}`,
    houses: (system) => `भाव पद्धति: ${system}`,
    noHouses: 'भावों के बिना',
    placement: (point, deg, sign, retro) => `${point} ${deg}° ${sign}${retro ? ' वक्री' : ''}`,
    listSeparator: '; ',
    fullStop: '।',
    star: (name, position, m) => `${name} ${position}, दृश्य कांतिमान ${new Intl.NumberFormat('hi').format(m)}`,
  },
  warnings: {
    place_ambiguous: () =>
      'दिया गया स्थान कई जगहों से मेल खाता है; पहली जगह ली गई है। कोई दूसरी जगह चुनने के लिए देश, या अक्षांश और देशांतर बताएँ।',
    local_mean_time: () =>
      'इस तिथि पर उस क्षेत्र में अभी कोई मानक समय लागू नहीं था: जन्मस्थान का स्थानीय माध्य समय लिया गया है।',
    city_mean_time_replaced: () =>
      'समय क्षेत्रों का डेटाबेस पूरे क्षेत्र पर किसी दूसरे शहर का माध्य समय लागू करता है, उस दौर का जब देश में अभी मानक समय नहीं था: जन्मस्थान का स्थानीय माध्य समय लिया गया है।',
    ambiguous_local_time: () =>
      'यह स्थानीय समय दो बार आया था, क्योंकि घड़ियाँ पीछे की गई थीं; दोनों में से पहला क्षण लिया गया है।',
    shifted_forward: () =>
      'यह स्थानीय समय कभी आया ही नहीं, क्योंकि घड़ियाँ आगे की गई थीं; इसे उतना ही आगे खिसका दिया गया है।',
    dst_local_option: (w) =>
      `यह क्षेत्र ${w.reference_city ?? 'अपने संदर्भ शहर'} का ग्रीष्मकालीन समय मानता है, जो शायद जन्मस्थान पर लागू नहीं था। यदि प्रमाणपत्र में मानक समय लिखा है, तो "dst": false भेजें।`,
    dst_override: () =>
      '"dst" (ग्रीष्मकालीन या मानक समय) का दिया गया मान लागू किया गया है; यह उस समय क्षेत्र के वास्तविक अंतर से भिन्न है।',
    time_unknown: () =>
      'जन्म समय अज्ञात: कुंडली दोपहर के समय के लिए बनाई गई है, बिना भावों, कोणों, वर्टेक्स और भाग्य बिंदु के।',
    chiron_unavailable: () => 'काइरन केवल 1800 से 2400 के बीच उपलब्ध है, इसलिए इसे छोड़ दिया गया है।',
    asteroid_unavailable: () => 'यह क्षुद्रग्रह केवल 1800 से 2400 के बीच उपलब्ध है, इसलिए इसे छोड़ दिया गया है।',
    house_system_fallback: () =>
      'माँगी गई भाव पद्धति इस अक्षांश पर परिभाषित नहीं है; इसके स्थान पर पोर्फ़िरी भाव लिए गए हैं।',
    composite_without_houses: () => 'एक जन्म समय अज्ञात है: संयुक्त कुंडली में न भाव हैं, न कोण।',
  },
};
