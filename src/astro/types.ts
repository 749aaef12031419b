/**
 * Shared types of the pure astrology library. No Workers APIs may be imported anywhere under src/astro.
 */

export const SIGNS = [
  'aries',
  'taurus',
  'gemini',
  'cancer',
  'leo',
  'virgo',
  'libra',
  'scorpio',
  'sagittarius',
  'capricorn',
  'aquarius',
  'pisces',
] as const;
export type Sign = (typeof SIGNS)[number];

export const PLANETS = [
  'sun',
  'moon',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
] as const;
export type Planet = (typeof PLANETS)[number];

export const POINT_NAMES = [
  ...PLANETS,
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
  'part_of_fortune',
  'vertex',
] as const;
export type PointName = (typeof POINT_NAMES)[number];

export const HOUSE_SYSTEMS = [
  'placidus',
  'koch',
  'equal',
  'whole_sign',
  'porphyry',
  'regiomontanus',
  'campanus',
  'alcabitius',
  'morinus',
  'topocentric',
] as const;
export type HouseSystem = (typeof HOUSE_SYSTEMS)[number];

export const AYANAMSAS = ['lahiri', 'fagan_bradley', 'raman', 'krishnamurti'] as const;
export type Ayanamsa = (typeof AYANAMSAS)[number];

export type Zodiac = 'tropical' | 'sidereal';

/** A position on the ecliptic of date (degrees; speed in degrees per day). */
export interface EclipticPosition {
  longitude: number;
  latitude: number;
  speed: number;
}

/** Thrown by the domain for input that is well-formed but impossible; the API maps it to 422. */
export class DomainError extends Error {
  constructor(
    /** Stable machine code, e.g. "nonexistent_local_time", "unknown_time_zone". */
    readonly code: string,
    message: string,
    /** The input field this is about, as a JSON path such as "subject.hour" (relative to the subject). */
    readonly path: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
