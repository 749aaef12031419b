/**
 * What one language provides for readings of time (issue 19, item 8): the meaning of a transit, by the
 * transiting body and the tone of its aspect, what the natal point it touches stands for, and the sentences
 * that frame one hit and a whole period ("this week", "this month") built from the exact-hit timeline.
 *
 * As in `Locale`, every text is written for its language: `effect` texts are whole sentences that read well
 * before `touches(topic)`, and each `topics` entry is written to fit that language's own `touches` sentence
 * (case, article, preposition), so nothing is assembled word by word. Pure data and functions: no Workers APIs.
 */
import { PLANETS } from '../types';

/**
 * The transiting bodies that have texts: the ten planets, Chiron, the lunar node (mean and true read alike) and
 * Black Moon Lilith (mean).
 */
export const TRANSIT_BODIES = [...PLANETS, 'chiron', 'node', 'lilith'] as const;
export type TransitBody = (typeof TRANSIT_BODIES)[number];

/**
 * How a transit is read. `conjunction`: the transiting body merges with the natal point; `flowing`: sextile, trine
 * (and the quintile, bi-quintile, semi-sextile, septile and novile families) open a way; `challenging`: square,
 * opposition (and semi-square, sesquiquadrate, quincunx) press for change.
 */
export const TRANSIT_TONES = ['conjunction', 'flowing', 'challenging'] as const;
export type TransitTone = (typeof TRANSIT_TONES)[number];

/**
 * The natal points whose topic a transit reading names: the ten planets, the four angles, the node, Lilith,
 * Chiron and the Part of Fortune. Other natal points (asteroids, Arabic parts, the vertex...) are named without
 * a topic (`touchesPoint`).
 */
export const TOPIC_POINTS = [
  ...PLANETS,
  'ascendant',
  'midheaven',
  'descendant',
  'imum_coeli',
  'node',
  'lilith',
  'chiron',
  'part_of_fortune',
] as const;
export type TopicPoint = (typeof TOPIC_POINTS)[number];

export interface TransitWords {
  /**
   * One or two sentences (about 20–45 words): what a transit of this body brings in this tone, whatever natal
   * point it touches. Addressed to the reader as the language's readings are (you / tú / vous / Sie / Вы...).
   */
  effect: Record<TransitBody, Record<TransitTone, string>>;
  /** What each natal point stands for, written to fit this language's `touches` sentence. */
  topics: Record<TopicPoint, string>;
  /** The sentence that says which part of life the transit touches, from a `topics` entry. */
  touches: (topic: string) => string;
  /** The same for a natal point without a topic; `point` is its name in this language. */
  touchesPoint: (point: string) => string;
  /**
   * The headline of one hit, without a full stop (readings end it with the locale's `wheel.fullStop`). Names
   * arrive in this language (names.planets / points / aspects / angles); `date` is already formatted for the
   * language; `retrograde` is the transiting body's state at the exact moment.
   */
  hitHead: (transiting: string, aspect: string, natal: string, date: string, retrograde: boolean) => string;
  /** When the aspect is within orb around this hit; either end may be unknown (outside the searched range). */
  window: (enters: string | null, leaves: string | null) => string;
  /** A transit that is exact more than once in the period (a station): "This is pass 2 of 3." */
  pass: (n: number, of: number) => string;
  /** The title of a period reading, dates formatted. */
  periodTitle: (from: string, to: string) => string;
  /** The first sentence of a period reading with `count` exact transits (count ≥ 1). */
  periodIntro: (count: number, from: string, to: string) => string;
  /** The whole text of a period with no exact transit of the bodies asked for. */
  periodQuiet: (from: string, to: string) => string;
}
