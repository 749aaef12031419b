/**
 * What one language provides: the names a person reads (planets, points, signs, aspects, angles...), the
 * person-facing warnings (by stable code), the wheel's labels, and the whole reading corpus with the
 * sentences that frame it. Every language fills every key; the sentence functions are written for their
 * language (agreement, articles and prepositions, word order, no spaces in Japanese and Chinese), so
 * nothing is assembled word by word from another language. Pure data and functions: no Workers APIs.
 */
import type { MajorAspect } from '../readings/corpus/aspects';
import type {
  AspectName,
  Ayanamsa,
  ChartWarning,
  Element,
  HouseSystem,
  Modality,
  Planet,
  Sign,
  WarningCode,
} from '../types';

export type AngleName = 'ascendant' | 'midheaven' | 'descendant' | 'imum_coeli';
export type Hemisphere = 'eastern' | 'western' | 'southern' | 'northern';
/** Every point a chart can carry, as the wheel and the warnings name them. */
export type AnyPoint =
  | Planet
  | 'mean_node'
  | 'true_node'
  | 'south_node'
  | 'mean_lilith'
  | 'true_lilith'
  | 'chiron'
  | 'part_of_fortune'
  | 'vertex'
  | 'east_point';

export interface Names {
  planets: Record<Planet, string>;
  /** Points other than the ten planets. */
  points: Record<Exclude<AnyPoint, Planet>, string>;
  signs: Record<Sign, string>;
  aspects: Record<AspectName, string>;
  angles: Record<AngleName, string>;
  elements: Record<Element, string>;
  modalities: Record<Modality, string>;
  /**
   * The locale's names of house systems and ayanamsas; those it lacks (the rarer systems and ayanamsas added in
   * issue 20, mostly proper names) are shown by their English names (HOUSE_SYSTEM_NAMES, AYANAMSA_NAMES).
   */
  houseSystems: Partial<Record<HouseSystem, string>>;
  ayanamsas: Partial<Record<Ayanamsa, string>>;
}

/** The interpretive corpus: whole sentences and paragraphs, one per key. */
export interface Corpus {
  planetInSign: Record<Planet, Record<Sign, string>>;
  /** Index 0 is the 1st house; 12 entries per planet. */
  planetInHouse: Record<Planet, readonly string[]>;
  ascendantInSign: Record<Sign, string>;
  /** The 45 pairs of planets, keyed "<a>_<b>" in the order of PLANETS. */
  pairText: Readonly<Record<string, string>>;
  /** Three interchangeable texts per major aspect, used in turn so repeats vary. */
  aspectTypeText: Record<MajorAspect, readonly [string, string, string]>;
  elementBalance: Record<Element, { dominant: string; lacking: string }>;
  modalityBalance: Record<Modality, { dominant: string; lacking: string }>;
  balancedElements: string;
  balancedModalities: string;
  sunMoonElements: { same: string; compatible: string; different: string };
  timeUnknownNote: string;
  stelliumSign: string;
  stelliumHouse: string;
  hemisphere: Record<Hemisphere | 'balanced', string>;
  /** Four texts, one per quadrant. */
  quadrant: readonly string[];
  retrograde: { none: string; few: string; many: string };
  noAspects: string;
  angularIntro: string;
  /** A compact description of each sign, for use inside this language's sentences. */
  signEssence: Record<Sign, string>;
  /** What each house is about (12 entries), for use inside sentences. */
  houseTopics: readonly string[];
  /** What each planet stands for, for use inside sentences. */
  planetKeywords: Record<Planet, string>;
  /** What a planet on each angle does, for use inside sentences. */
  angularText: Record<AngleName, string>;
}

/** How close an aspect is, as the headline says it. */
export type Exactness = 'exact' | 'close' | 'wide';

/** The sentences that frame the corpus, written per language. Degrees arrive formatted ("23°30′"). */
export interface Phrases {
  titles: {
    overview: (withRising: boolean) => string;
    planets: string;
    aspects: string;
    balance: string;
    emphasis: string;
  };
  sunIn: (sign: Sign) => string;
  moonIn: (sign: Sign) => string;
  /** The sentence that introduces the Ascendant text. */
  ascendant: (sign: Sign, degrees: string) => string;
  planetHead: (
    planet: Planet,
    sign: Sign,
    degrees: string,
    house: number | undefined,
    retrograde: boolean,
  ) => string;
  aspectsIntro: (count: number) => string;
  aspectHead: (
    a: Planet,
    aspect: MajorAspect,
    b: Planet,
    exactness: Exactness,
    orb: string,
    applying: boolean,
  ) => string;
  elementCounts: (counts: readonly [Element, string][]) => string;
  modalityCounts: (counts: readonly [Modality, string][]) => string;
  stelliumInSign: (planets: readonly Planet[], sign: Sign) => string;
  stelliumInHouse: (planets: readonly Planet[], house: number) => string;
  onAngle: (planet: Planet, distance: string, angle: AngleName) => string;
  retrogradeFew: (planets: readonly Planet[]) => string;
  retrogradeMany: (planets: readonly Planet[]) => string;
  /** Joins the sentences of a paragraph (" " in most languages, "" in Japanese and Chinese). */
  sentenceGap: string;
  highlights: {
    sunIn: (sign: Sign) => string;
    moonIn: (sign: Sign) => string;
    ascendantIn: (sign: Sign) => string;
    placement: (planet: Planet, sign: Sign, house: number | undefined, retrograde: boolean) => string;
    aspect: (a: Planet, aspect: MajorAspect, b: Planet, orb: string) => string;
    dominantElement: (e: Element) => string;
    lackingElement: (e: Element) => string;
    dominantModality: (m: Modality) => string;
    lackingModality: (m: Modality) => string;
    stelliumInSign: (sign: Sign, planets: readonly Planet[]) => string;
    stelliumInHouse: (house: number, planets: readonly Planet[]) => string;
    onAngle: (planet: Planet, angle: AngleName) => string;
    hemisphere: (h: Hemisphere) => string;
    quadrant: (q: number) => string;
    retrogradeCount: (n: number) => string;
  };
}

/** The wheel's words: its title, description, header and footer. */
export interface WheelWords {
  /** "Chart wheel: <name>, <date>" (title and aria-label). */
  title: (name: string, date: string) => string;
  /** The name shown when the subject has none. */
  defaultName: string;
  /** A local date: day, month 1-12, year as written. */
  date: (day: number, month: number, year: string) => string;
  timeUnknown: (date: string) => string;
  retrograde: string;
  tropical: string;
  sidereal: (ayanamsa: string | undefined) => string;
  houses: (system: string) => string;
  noHouses: string;
  /** A placement in the description: "<point> 12° <sign>[ retrograde]". */
  placement: (point: string, degrees: number, sign: string, retrograde: boolean) => string;
  /** Separator between the description's placements. */
  listSeparator: string;
  /** Ends the description ("." or "。"). */
  fullStop: string;
  /**
   * A fixed star's tooltip: its name (a proper name, as catalogued), its position (degrees, sign glyph, minutes:
   * the same in every language) and its apparent magnitude, written with the language's decimal sign.
   */
  star: (name: string, position: string, magnitude: number) => string;
}

export interface Locale {
  /** The BCP 47 tag answered in Content-Language. */
  tag: string;
  names: Names;
  corpus: Corpus;
  phrases: Phrases;
  wheel: WheelWords;
  /** A warning's text for a person, by its stable code (details it carries may be used). */
  warnings: Record<WarningCode, (w: ChartWarning) => string>;
  /** Counts the words of a text (Japanese and Chinese segment; others split on spaces). */
  countWords?: (text: string) => number;
}
