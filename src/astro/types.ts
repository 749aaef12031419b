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

/**
 * The Hermetic lots beyond Fortune (Paulus Alexandrinus, Introduction ch. 23): Spirit, Eros, Necessity, Courage,
 * Victory, Nemesis. Formulae in chart.ts (`LOTS`) and docs/accuracy.md.
 */
export const ARABIC_PARTS = [
  'part_of_spirit',
  'part_of_eros',
  'part_of_necessity',
  'part_of_courage',
  'part_of_victory',
  'part_of_nemesis',
] as const;
export type ArabicPart = (typeof ARABIC_PARTS)[number];

/** The points of a chart when `points` is not given (the same as before issue 20). */
const DEFAULT_POINT_NAMES = [
  ...PLANETS,
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
  'part_of_fortune',
  'vertex',
] as const;

/** Asteroids and centaurs beyond Chiron (issue 20): computed only when asked for in `points`. */
export const ASTEROIDS = ['ceres', 'pallas', 'juno', 'vesta', 'pholus'] as const;
export type Asteroid = (typeof ASTEROIDS)[number];

export const POINT_NAMES = [
  ...DEFAULT_POINT_NAMES,
  // Issue 20, item 6: computed points, returned only when asked for in `points`.
  'antivertex',
  'east_point',
  ...ARABIC_PARTS,
  // Issue 20, item 4: asteroids, only when asked for.
  ...ASTEROIDS,
] as const;
export type PointName = (typeof POINT_NAMES)[number];
/** The points of a chart when `points` is not given (the same as before issue 20). */
export const DEFAULT_POINTS: readonly PointName[] = DEFAULT_POINT_NAMES;
/** Points that a chart returns only when `points` names them. */
export const OPT_IN_POINTS: ReadonlySet<PointName> = new Set<PointName>(
  POINT_NAMES.filter((p) => !(DEFAULT_POINT_NAMES as readonly string[]).includes(p)),
);

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
  // Issue 20: the other systems of the Swiss Ephemeris in use (Swiss letters in houses.ts, HOUSE_SYSTEM_LETTERS).
  'meridian',
  'azimuthal',
  'krusinski',
  'vehlow',
  'sripati',
  'apc',
  'carter',
  'pullen_sd',
  'pullen_sr',
  'sunshine',
  'sunshine_makransky',
  'equal_mc',
  'equal_aries',
] as const;
export type HouseSystem = (typeof HOUSE_SYSTEMS)[number];

export const AYANAMSAS = [
  'lahiri',
  'fagan_bradley',
  'raman',
  'krishnamurti',
  // Issue 20: the other predefined ayanamsas of the Swiss Ephemeris 2.10, its sidereal modes in lower case (ayanamsa.ts).
  'deluce',
  'ushashashi',
  'djwhal_khul',
  'yukteshwar',
  'jn_bhasin',
  'babyl_kugler1',
  'babyl_kugler2',
  'babyl_kugler3',
  'babyl_huber',
  'babyl_etpsc',
  'aldebaran_15tau',
  'hipparchos',
  'sassanian',
  'galcent_0sag',
  'j2000',
  'j1900',
  'b1950',
  'suryasiddhanta',
  'suryasiddhanta_msun',
  'aryabhata',
  'aryabhata_msun',
  'ss_revati',
  'ss_citra',
  'true_citra',
  'true_revati',
  'true_pushya',
  'galcent_rgilbrand',
  'galequ_iau1958',
  'galequ_true',
  'galequ_mula',
  'galalign_mardyks',
  'true_mula',
  'galcent_mula_wilhelm',
  'aryabhata_522',
  'babyl_britton',
  'true_sheoran',
  'galcent_cochrane',
  'galequ_fiorenza',
  'valens_moon',
  'lahiri_1940',
  'lahiri_vp285',
  'krishnamurti_vp291',
  'lahiri_icrc',
] as const;
export type Ayanamsa = (typeof AYANAMSAS)[number];

export type Zodiac = 'tropical' | 'sidereal';

/** A position on the ecliptic of date (degrees; speed in degrees per day). */
export interface EclipticPosition {
  longitude: number;
  latitude: number;
  speed: number;
}

/**
 * Stable codes of chart warnings (`warning_details[].code`); the human text may change, codes do not.
 */
export const WARNING_CODES = [
  /** A city matched several places; the first was used (platform). */
  'place_ambiguous',
  /** Before the zone's first standard time: the birthplace's local mean time was used. */
  'local_mean_time',
  /** A city's mean time (Prague Mean Time...) held by tzdb was replaced by the birthplace's LMT. */
  'city_mean_time_replaced',
  /** The local time occurred twice (clocks set back): the earlier instant was used. */
  'ambiguous_local_time',
  /** The local time never existed (clocks jumped): moved forward (on_gap: shift_forward). */
  'shifted_forward',
  /** The zone's daylight time is its reference city's; it may not have applied at the birthplace. */
  'dst_local_option',
  /** `dst` was given and changed the offset the zone has at that time. */
  'dst_override',
  /** time_known false: a noon chart without houses, angles, Vertex or Part of Fortune. */
  'time_unknown',
  /** Chiron outside 1800-2400. */
  'chiron_unavailable',
  /** An asteroid asked for in `points` (Ceres... Pholus) outside 1800-2400. */
  'asteroid_unavailable',
  /** Placidus/Koch (or another system) undefined at this latitude: Porphyry used. */
  'house_system_fallback',
  /** A composite without houses because a birth time is unknown. */
  'composite_without_houses',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A machine-readable warning: the code, the human text, and details some codes carry. */
export interface ChartWarning {
  code: WarningCode;
  message: string;
  /** dst_local_option: the zone's reference city ("Chicago"). */
  reference_city?: string;
  /** city_mean_time_replaced: the mean time replaced ("Prague Mean Time"). */
  mean_time?: string;
  /** Synastry and composite answers: whose chart it is about. */
  subject?: 'first' | 'second';
}

export const warning = (
  code: WarningCode,
  message: string,
  extra: Partial<ChartWarning> = {},
): ChartWarning => ({
  code,
  message,
  ...extra,
});

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

/** The aspects looked for when `aspects` is not given (the same as before issue 20). */
const DEFAULT_ASPECT_NAMES = [
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

export const ASPECT_NAMES = [
  ...DEFAULT_ASPECT_NAMES,
  // Issue 20, item 5: looked for only when asked for in `aspects`.
  'septile',
  'bi_septile',
  'tri_septile',
  'novile',
  'bi_novile',
  'quadri_novile',
  'parallel',
  'contra_parallel',
] as const;
export type AspectName = (typeof ASPECT_NAMES)[number];
export const DEFAULT_ASPECTS: readonly AspectName[] = DEFAULT_ASPECT_NAMES;
/** Aspects of declination rather than of longitude. */
export const DECLINATION_ASPECTS: readonly AspectName[] = ['parallel', 'contra_parallel'];
/** Aspects of longitude: every aspect but the declination ones (what a transit timeline can hit). */
export type LongitudeAspect = Exclude<AspectName, 'parallel' | 'contra_parallel'>;
export const LONGITUDE_ASPECTS = ASPECT_NAMES.filter(
  (a): a is LongitudeAspect => !DECLINATION_ASPECTS.includes(a),
) as [LongitudeAspect, ...LongitudeAspect[]];

/** Aspect patterns (`aspect_patterns: true`). */
export const PATTERN_NAMES = [
  'grand_trine',
  't_square',
  'grand_cross',
  'yod',
  'kite',
  'mystic_rectangle',
  'stellium',
] as const;
export type PatternName = (typeof PATTERN_NAMES)[number];
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
  /** Apparent right ascension and declination of date (true equator and equinox), degrees. */
  right_ascension: number;
  declination: number;
}

/** An aspect pattern of one chart: its members, and its apex (T-square, yod, kite) or sign/house (stellium). */
export interface ChartPattern {
  type: PatternName;
  points: PointName[];
  apex?: PointName;
  sign?: Sign;
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
  /** Daylight saving time was applied; null when a fixed utc_offset was given. */
  dst: boolean | null;
  lmt: boolean;
  time_known: boolean;
  place: {
    name: string;
    country: string | null;
    admin1?: string | null;
    admin1_name?: string | null;
  } | null;
}

/** A user-defined ayanamsa as the chart echoes it. */
export interface ChartUserAyanamsa {
  /** Mean ayanamsa at the epoch, degrees. */
  value: number;
  /** Julian day (UT) of the epoch. */
  epoch_julian_day: number;
  /** Arcseconds per year; null: carried by precession. */
  rate: number | null;
}

export interface ChartSettings {
  zodiac: Zodiac;
  ayanamsa: Ayanamsa | 'user' | null;
  /** Present when `ayanamsa` is "user". */
  user_ayanamsa?: ChartUserAyanamsa;
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
  /** Present when asked for (`aspect_patterns: true`). */
  patterns?: ChartPattern[];
  /** Only when asked for (`fixed_stars`). */
  fixed_stars?: ChartFixedStar[];
  distributions: {
    elements: Record<Element, number>;
    modalities: Record<Modality, number>;
  };
  lunar_phase: { angle: number; name: string; illumination: number };
  /** Unknown birth time only: what holds over the whole local day (see UnknownTime). */
  unknown_time?: UnknownTime;
  /** The human texts of warning_details, in the same order (kept for existing clients). */
  warnings: string[];
  warning_details: ChartWarning[];
}

/** One point over the local day of a birth whose time is unknown. */
export interface DayRange {
  name: PointName;
  /** Longitude at the start (00:00 local) and at the end (24:00 local) of the day. */
  start_longitude: number;
  end_longitude: number;
  /** Degrees travelled over the day (negative when retrograde). */
  motion: number;
  /** Every sign the point is in during the day, in order. */
  signs: Sign[];
  changes_sign: boolean;
}

/** An aspect within its orb all day long (checked every 3 hours and at both ends of the day). */
export interface AllDayAspect {
  point_a: PointName;
  point_b: PointName;
  aspect: AspectName;
  angle: number;
  /** Largest distance from exact over the day, degrees. */
  max_orb: number;
}

export interface UnknownTime {
  /** Why angles, houses, Part of Fortune and Vertex are absent. */
  reason: string;
  omitted: ('angles' | 'houses' | 'part_of_fortune' | 'vertex')[];
  /** The local day: its first and last instant. */
  day: { local_start: string; local_end: string; utc_start: string; utc_end: string };
  points: DayRange[];
  aspects_all_day: AllDayAspect[];
}
