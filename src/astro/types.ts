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

/** Asteroids and centaurs beyond Chiron (issue 20): computed only when asked for in `points`. */
export const ASTEROIDS = ['ceres', 'pallas', 'juno', 'vesta', 'pholus'] as const;
export type Asteroid = (typeof ASTEROIDS)[number];

export const POINT_NAMES = [
  ...PLANETS,
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
  'part_of_fortune',
  'vertex',
  ...ASTEROIDS,
] as const;
export type PointName = (typeof POINT_NAMES)[number];

/** Points that a chart returns only when `points` names them. */
export const OPT_IN_POINTS: ReadonlySet<PointName> = new Set<PointName>([...ASTEROIDS]);
/** The points of a chart when `points` is not given. */
export const DEFAULT_POINTS: readonly PointName[] = POINT_NAMES.filter((p) => !OPT_IN_POINTS.has(p));

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

export const ASPECT_NAMES = [
  'conjunction',
  'opposition',
  'trine',
  'square',
  'sextile',
  'quincunx',
  'semi_sextile',
  'semi_square',
  'sesquiquadrate',
  'quintile',
  'bi_quintile',
] as const;
export type AspectName = (typeof ASPECT_NAMES)[number];
export const MAJOR_ASPECTS: readonly AspectName[] = [
  'conjunction',
  'opposition',
  'trine',
  'square',
  'sextile',
];

export type Element = 'fire' | 'earth' | 'air' | 'water';
export type Modality = 'cardinal' | 'fixed' | 'mutable';

/** One point of a chart (DESIGN.md section 3). */
export interface ChartPoint {
  name: PointName;
  longitude: number;
  latitude: number;
  speed: number;
  retrograde: boolean;
  sign: Sign;
  sign_degree: number;
  /** Absent when the birth time is unknown (no houses). */
  house?: number;
}

export interface ChartAngles {
  ascendant: number;
  midheaven: number;
  descendant: number;
  imum_coeli: number;
}

export interface ChartHouse {
  number: number;
  cusp: number;
  sign: Sign;
  sign_degree: number;
}

export interface ChartAspect {
  point_a: PointName;
  point_b: PointName;
  aspect: AspectName;
  /** The exact angle of the aspect (0, 180, 120 ...). */
  angle: number;
  /** Distance from exact, degrees (≥ 0). */
  orb: number;
  applying: boolean;
}

export interface ChartSubject {
  full_name: string | null;
  local_datetime: string;
  utc_datetime: string;
  julian_day: number;
  latitude: number;
  longitude: number;
  timezone: string | null;
  utc_offset: number;
  lmt: boolean;
  time_known: boolean;
  place: { name: string; country: string | null; admin1?: string | null } | null;
}

export interface ChartSettings {
  zodiac: Zodiac;
  ayanamsa: Ayanamsa | null;
  /** Null when the time is unknown (no houses). */
  house_system: HouseSystem | null;
  /** The degrees of the ayanamsa subtracted from tropical longitudes (sidereal charts). */
  ayanamsa_degrees?: number | null;
}

/** The angles a fixed star can be conjunct with, besides the points. */
export const ANGLE_NAMES = ['ascendant', 'midheaven', 'descendant', 'imum_coeli'] as const;
export type AngleName = (typeof ANGLE_NAMES)[number];

/** A fixed star of a chart (`"fixed_stars": true`) and the points and angles it is conjunct with. */
export interface ChartFixedStar {
  name: string;
  longitude: number;
  latitude: number;
  /** V magnitude. */
  magnitude: number;
  /** Closest first; empty when none is within the orb. */
  conjunctions: { point: PointName | AngleName; orb: number }[];
}

/** The chart JSON of DESIGN.md section 3 (the API adds `id`). */
export interface Chart {
  subject: ChartSubject;
  settings: ChartSettings;
  points: ChartPoint[];
  angles?: ChartAngles;
  houses?: ChartHouse[];
  aspects: ChartAspect[];
  /** Only when asked for (`fixed_stars`). */
  fixed_stars?: ChartFixedStar[];
  distributions: {
    elements: Record<Element, number>;
    modalities: Record<Modality, number>;
  };
  lunar_phase: { angle: number; name: string; illumination: number };
  warnings: string[];
}
