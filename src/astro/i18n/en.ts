/** English: the original corpus (src/astro/readings/corpus) and the sentences that frame it. */
import { ASCENDANT_IN_SIGN } from '../readings/corpus/ascendant';
import { ASPECT_TYPE_TEXT, ASPECT_VERB, PLANET_PAIR_TEXT } from '../readings/corpus/aspects';
import {
  BALANCED_ELEMENTS,
  BALANCED_MODALITIES,
  ELEMENT_BALANCE,
  MODALITY_BALANCE,
} from '../readings/corpus/balance';
import {
  ANGULAR_TEXT,
  HEMISPHERE_TEXT,
  HOUSE_TOPICS,
  PLANET_KEYWORDS,
  QUADRANT_TEXT,
  RETROGRADE_TEXT,
  SIGN_ESSENCE,
  STELLIUM_HOUSE,
  STELLIUM_SIGN,
  SUN_MOON_ELEMENTS,
  TIME_UNKNOWN_NOTE,
} from '../readings/corpus/emphasis';
import { PLANET_IN_HOUSE } from '../readings/corpus/planet-in-house';
import { PLANET_IN_SIGN } from '../readings/corpus/planet-in-sign';
import type { Planet } from '../types';
import type { Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'Sun',
    moon: 'Moon',
    mercury: 'Mercury',
    venus: 'Venus',
    mars: 'Mars',
    jupiter: 'Jupiter',
    saturn: 'Saturn',
    uranus: 'Uranus',
    neptune: 'Neptune',
    pluto: 'Pluto',
  },
  points: {
    mean_node: 'Mean node',
    true_node: 'True node',
    south_node: 'South node',
    mean_lilith: 'Mean Lilith',
    true_lilith: 'True Lilith',
    chiron: 'Chiron',
    part_of_fortune: 'Part of fortune',
    vertex: 'Vertex',
    east_point: 'East point',
  },
  signs: {
    aries: 'Aries',
    taurus: 'Taurus',
    gemini: 'Gemini',
    cancer: 'Cancer',
    leo: 'Leo',
    virgo: 'Virgo',
    libra: 'Libra',
    scorpio: 'Scorpio',
    sagittarius: 'Sagittarius',
    capricorn: 'Capricorn',
    aquarius: 'Aquarius',
    pisces: 'Pisces',
  },
  aspects: {
    conjunction: 'conjunction',
    opposition: 'opposition',
    trine: 'trine',
    square: 'square',
    sextile: 'sextile',
    quincunx: 'quincunx',
    semi_sextile: 'semi-sextile',
    semi_square: 'semi-square',
    sesquiquadrate: 'sesquiquadrate',
    quintile: 'quintile',
    bi_quintile: 'bi-quintile',
    septile: 'septile',
    bi_septile: 'bi-septile',
    tri_septile: 'tri-septile',
    novile: 'novile',
    bi_novile: 'bi-novile',
    quadri_novile: 'quadri-novile',
    parallel: 'parallel',
    contra_parallel: 'contra-parallel',
  },
  angles: { ascendant: 'Ascendant', midheaven: 'Midheaven', descendant: 'Descendant', imum_coeli: 'IC' },
  elements: { fire: 'fire', earth: 'earth', air: 'air', water: 'water' },
  modalities: { cardinal: 'cardinal', fixed: 'fixed', mutable: 'mutable' },
  houseSystems: {
    placidus: 'Placidus',
    koch: 'Koch',
    equal: 'Equal',
    whole_sign: 'Whole sign',
    porphyry: 'Porphyry',
    regiomontanus: 'Regiomontanus',
    campanus: 'Campanus',
    alcabitius: 'Alcabitius',
    morinus: 'Morinus',
    topocentric: 'Topocentric',
  },
  ayanamsas: {
    lahiri: 'Lahiri',
    fagan_bradley: 'Fagan/Bradley',
    raman: 'Raman',
    krishnamurti: 'Krishnamurti',
  },
};

const P = names.planets;
const S = names.signs;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** How a planet is named inside a sentence: "the Sun", "the Moon", "Mercury". */
const ref = (p: Planet): string => (p === 'sun' || p === 'moon' ? `the ${P[p]}` : P[p]);

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ANGLE_REF = {
  ascendant: 'Ascendant',
  midheaven: 'Midheaven',
  descendant: 'Descendant',
  imum_coeli: 'IC',
};

export const en: Locale = {
  tag: 'en',
  names,
  corpus: {
    planetInSign: PLANET_IN_SIGN,
    planetInHouse: PLANET_IN_HOUSE,
    ascendantInSign: ASCENDANT_IN_SIGN,
    pairText: PLANET_PAIR_TEXT,
    aspectTypeText: ASPECT_TYPE_TEXT,
    elementBalance: ELEMENT_BALANCE,
    modalityBalance: MODALITY_BALANCE,
    balancedElements: BALANCED_ELEMENTS,
    balancedModalities: BALANCED_MODALITIES,
    sunMoonElements: SUN_MOON_ELEMENTS,
    timeUnknownNote: TIME_UNKNOWN_NOTE,
    stelliumSign: STELLIUM_SIGN,
    stelliumHouse: STELLIUM_HOUSE,
    hemisphere: HEMISPHERE_TEXT,
    quadrant: QUADRANT_TEXT,
    retrograde: RETROGRADE_TEXT,
    noAspects:
      'No major aspects between the planets fall within the orbs used for this chart. Each planet therefore tends to act on its own terms, which can make your character unusually varied: different parts of you may show up in different settings.',
    angularIntro: 'Planets close to the four angles of the chart are among its most powerful.',
    signEssence: SIGN_ESSENCE,
    houseTopics: HOUSE_TOPICS,
    planetKeywords: PLANET_KEYWORDS,
    angularText: ANGULAR_TEXT,
  },
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Sun, Moon and Rising Sign' : 'Sun and Moon'),
      planets: 'The Planets',
      aspects: 'Major Aspects',
      balance: 'Elements and Modalities',
      emphasis: 'Chart Emphasis',
    },
    sunIn: (s) =>
      `With your Sun in ${S[s]}, the centre of your identity is ${SIGN_ESSENCE[s]}: this is the self you are growing into.`,
    moonIn: (s) =>
      `Your Moon in ${S[s]} describes what you need in order to feel safe and at home in yourself; emotionally you are ${SIGN_ESSENCE[s]}.`,
    ascendant: (s, deg) =>
      `Your Ascendant, the rising sign, is ${S[s]} at ${deg}: it describes the way you meet the world and how others first experience you.`,
    planetHead: (p, s, deg, house, retro) =>
      `${P[p]} in ${S[s]} at ${deg}${house ? `, ${ordinal(house)} house` : ''}${retro ? ', retrograde' : ''}.`,
    aspectsIntro: (n) =>
      `Aspects are the conversations between your planets. Here ${n === 1 ? 'is the closest one' : `are the ${numberWord(n)} closest`}, tightest first; the smaller the orb, the louder the voice. An applying aspect was still tightening at your birth and tends to feel more pressing, while a separating one is already partly absorbed into who you are.`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `Your ${P[a]} ${ASPECT_VERB[aspect]} your ${P[b]} (${
        exactness === 'exact'
          ? 'almost exact at'
          : exactness === 'close'
            ? 'close, with an orb of'
            : 'wider, with an orb of'
      } ${orb}, ${applying ? 'applying' : 'separating'}).`,
    elementCounts: (counts) => `By element, your chart counts ${list(counts.map(([k, v]) => `${k} ${v}`))}.`,
    modalityCounts: (counts) => `By modality, it counts ${list(counts.map(([k, v]) => `${k} ${v}`))}.`,
    stelliumInSign: (ps, s) =>
      `${cap(numberWord(ps.length))} planets, ${refs(ps)}, gather in ${S[s]} to form a stellium, so being ${SIGN_ESSENCE[s]} lies close to the heart of who you are.`,
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} share your ${ordinal(h)} house, the area of ${HOUSE_TOPICS[h - 1]}.`,
    onAngle: (p, d, angle) =>
      `With ${ref(p)} within ${d} of your ${ANGLE_REF[angle]}, the planet of ${PLANET_KEYWORDS[p]} ${ANGULAR_TEXT[angle]}`,
    retrogradeFew: (ps) => `${refs(ps)} ${ps.length === 1 ? 'was' : 'were'} retrograde when you were born.`,
    retrogradeMany: (ps) =>
      `${cap(numberWord(ps.length))} planets were retrograde when you were born: ${refs(ps)}.`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Sun in ${S[s]}`,
      moonIn: (s) => `Moon in ${S[s]}`,
      ascendantIn: (s) => `Ascendant in ${S[s]}`,
      placement: (p, s, house, retro) =>
        `${P[p]} in ${S[s]}${house ? ` (${ordinal(house)} house)` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${aspect} ${P[b]} (${orb})`,
      dominantElement: (e) => `Dominant element: ${e}`,
      lackingElement: (e) => `Lacking element: ${e}`,
      dominantModality: (m) => `Dominant modality: ${m}`,
      lackingModality: (m) => `Lacking modality: ${m}`,
      stelliumInSign: (s, ps) => `Stellium in ${S[s]}: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `Stellium in the ${ordinal(h)} house: ${labels(ps)}`,
      onAngle: (p, angle) => `${P[p]} on the ${ANGLE_REF[angle]}`,
      hemisphere: (h) => `${cap(h)} hemisphere emphasis`,
      quadrant: (q) => `Quadrant ${q} emphasis`,
      retrogradeCount: (n) => `Retrograde planets: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `Chart wheel: ${name}, ${date}`,
    defaultName: 'Natal chart',
    date: (d, m, y) => `${d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, time unknown`,
    retrograde: 'retrograde',
    tropical: 'Tropical',
    sidereal: (a) => `Sidereal${a ? ` (${a})` : ''}`,
    houses: (system) => `${system} houses`,
    noHouses: 'No houses',
    placement: (point, deg, sign, retro) => `${point} ${deg}° ${sign}${retro ? ' retrograde' : ''}`,
    listSeparator: '; ',
    fullStop: '.',
    star: (name, position, m) => `${name} ${position}, magnitude ${new Intl.NumberFormat('en').format(m)}`,
  },
  // The English messages carry every detail (times, offsets, places): they are the reference texts.
  warnings: {
    place_ambiguous: (w) => w.message,
    local_mean_time: (w) => w.message,
    city_mean_time_replaced: (w) => w.message,
    ambiguous_local_time: (w) => w.message,
    shifted_forward: (w) => w.message,
    dst_local_option: (w) => w.message,
    dst_override: (w) => w.message,
    time_unknown: (w) => w.message,
    chiron_unavailable: (w) => w.message,
    asteroid_unavailable: (w) => w.message,
    house_system_fallback: (w) => w.message,
    composite_without_houses: (w) => w.message,
  },
};
