/**
 * computeChart: birth data + options → the chart JSON of DESIGN.md section 3 (all but `id`).
 *
 * Pipeline: local civil time → UT (time.ts: tzdb with backzone, birthplace LMT, gaps/overlaps) → Julian
 * day → apparent geocentric positions of date (positions.ts, with our ΔT) → angles and houses from ARMC
 * and true obliquity (angles.ts, houses.ts) → sidereal shift (ayanamsa.ts) → signs, houses of points,
 * aspects, distributions and lunar phase.
 */

import { angleContext, computeAngles } from './angles';
import { findAspects } from './aspects';
import { ayanamsaDegrees, ayanamsaSpeed } from './ayanamsa';
import { computeHouses, houseOf } from './houses';
import { BODY_NAMES, type BodyName, computeEphemeris, DEFAULT_BODIES } from './positions';
import { FIXED_STAR_ORB_DEFAULT, type FixedStarPlace, starConjunctions } from './stars';
import { julianDay, localToUtc, timezoneFromCoordinates, utcMsToIso } from './time';
import type {
  AngleName,
  AspectName,
  Ayanamsa,
  Chart,
  ChartAngles,
  ChartFixedStar,
  ChartHouse,
  ChartPoint,
  EclipticPosition,
  Element,
  HouseSystem,
  Modality,
  PointName,
  Zodiac,
} from './types';
import {
  ANGLE_NAMES,
  ASPECT_NAMES,
  ASTEROIDS,
  AYANAMSAS,
  DEFAULT_POINTS,
  DomainError,
  HOUSE_SYSTEMS,
  PLANETS,
  POINT_NAMES,
} from './types';
import { delta, elementOf, modalityOf, norm360, round, signDegree, signOf } from './zodiac';

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2399;

/** Birth data with a resolved location (the API resolves `city` into coordinates first). */
export interface SubjectInput {
  full_name?: string | null | undefined;
  year: number;
  month: number;
  day: number;
  /** Ignored (noon is used) when time_known is false. */
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
  latitude: number;
  longitude: number;
  /** IANA zone; derived from the coordinates when absent. */
  timezone?: string | undefined;
  /** Fixed offset in hours east of UTC; overrides the zone. */
  utc_offset?: number | undefined;
  time_known?: boolean | undefined;
  on_gap?: 'reject' | 'shift_forward' | undefined;
  /** Resolved place, echoed in the chart. */
  place?: { name: string; country: string | null; admin1?: string | null } | null | undefined;
}

export interface ChartOptions {
  house_system?: HouseSystem | undefined;
  zodiac?: Zodiac | undefined;
  /** Sidereal only; default lahiri. */
  ayanamsa?: Ayanamsa | undefined;
  /** Which points to return (default: DEFAULT_POINTS, i.e. all but the asteroids). */
  points?: readonly PointName[] | undefined;
  /** Which aspects to look for (default: all). */
  aspects?: readonly AspectName[] | undefined;
  /** Orb overrides in degrees. */
  orbs?: Partial<Record<AspectName, number>> | undefined;
  /** Add the fixed stars and their conjunctions with the points and angles. */
  fixed_stars?: boolean | undefined;
  /** Orb of those conjunctions, degrees (default 1). */
  fixed_star_orb?: number | undefined;
}

export interface ResolvedOptions {
  house_system: HouseSystem;
  zodiac: Zodiac;
  ayanamsa: Ayanamsa | null;
  points: PointName[];
  aspects: AspectName[];
  orbs: Partial<Record<AspectName, number>>;
  fixed_stars: boolean;
  fixed_star_orb: number;
}

/** Options with defaults applied (also the normalised form used for cache keys). */
export function resolveOptions(o: ChartOptions = {}): ResolvedOptions {
  const zodiac = o.zodiac ?? 'tropical';
  const points = o.points ? POINT_NAMES.filter((p) => o.points?.includes(p)) : [...DEFAULT_POINTS];
  const aspects = o.aspects ? ASPECT_NAMES.filter((a) => o.aspects?.includes(a)) : [...ASPECT_NAMES];
  const orbs: Partial<Record<AspectName, number>> = {};
  for (const a of ASPECT_NAMES) if (o.orbs?.[a] !== undefined) orbs[a] = o.orbs[a];
  return {
    house_system: o.house_system ?? 'placidus',
    zodiac,
    ayanamsa: zodiac === 'sidereal' ? (o.ayanamsa ?? 'lahiri') : null,
    points,
    aspects,
    orbs,
    fixed_stars: o.fixed_stars === true,
    fixed_star_orb: o.fixed_star_orb ?? FIXED_STAR_ORB_DEFAULT,
  };
}

const BODY_POINTS = new Set<string>(BODY_NAMES);
const ANGLE_POINTS = new Set<PointName>(['part_of_fortune', 'vertex']);
/** Step for the speed of angle-derived points (1 minute of time). */
const ANGLE_DT = 1 / 1440;

const PHASES = [
  'new_moon',
  'waxing_crescent',
  'first_quarter',
  'waxing_gibbous',
  'full_moon',
  'waning_gibbous',
  'last_quarter',
  'waning_crescent',
] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function localIso(l: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}) {
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(Math.floor(l.second))}`;
}

function validateSubject(s: SubjectInput): void {
  if (!Number.isInteger(s.year) || s.year < MIN_YEAR || s.year > MAX_YEAR) {
    throw new DomainError(
      'year_out_of_range',
      `year must be between ${MIN_YEAR} and ${MAX_YEAR} (the range served to arcsecond accuracy).`,
      'year',
    );
  }
  if (!Number.isFinite(s.latitude) || s.latitude < -90 || s.latitude > 90) {
    throw new DomainError('invalid_latitude', 'latitude must be in [-90, 90] degrees.', 'latitude');
  }
  if (!Number.isFinite(s.longitude) || s.longitude < -180 || s.longitude > 180) {
    throw new DomainError('invalid_longitude', 'longitude must be in [-180, 180] degrees.', 'longitude');
  }
}

/** The part of computeChart that depends only on the instant and place (reused by composite/Davison). */
export function castChart(
  input: {
    jdUT: number;
    latitude: number;
    longitude: number;
    timeKnown: boolean;
  },
  opts: ResolvedOptions,
) {
  const warnings: string[] = [];
  const asteroids = ASTEROIDS.filter((a) => opts.points.includes(a));
  const eph = computeEphemeris(input.jdUT, [...DEFAULT_BODIES, ...asteroids], {
    fixedStars: opts.fixed_stars,
  });
  const ayan = opts.ayanamsa ? ayanamsaDegrees(opts.ayanamsa, input.jdUT) : 0;
  const ayanRate = opts.ayanamsa ? ayanamsaSpeed(opts.ayanamsa, input.jdUT) : 0;
  const shift = (p: EclipticPosition): EclipticPosition =>
    opts.ayanamsa
      ? { longitude: norm360(p.longitude - ayan), latitude: p.latitude, speed: p.speed - ayanRate }
      : p;

  const raw: Partial<Record<PointName, EclipticPosition>> = {};
  for (const name of BODY_POINTS) {
    const p = eph.positions[name as BodyName];
    if (p) raw[name as PointName] = shift(p);
  }
  if (!eph.positions.chiron && opts.points.includes('chiron')) {
    warnings.push('Chiron is only available between 1800 and 2400; it is omitted.');
  }
  for (const a of asteroids) {
    if (!eph.positions[a]) warnings.push(`${a} is only available between 1800 and 2400; it is omitted.`);
  }

  let angles: ChartAngles | undefined;
  let cusps: number[] | undefined;
  if (input.timeKnown) {
    const nut = { dpsi: eph.nutationLongitude, deps: eph.nutationObliquity };
    const ctx = angleContext(input.jdUT, eph.deltaTSeconds, input.longitude, nut);
    const houses = computeHouses(opts.house_system, ctx.armc, input.latitude, ctx.obliquity, ayan);
    if (houses.fallback) {
      warnings.push(
        `${opts.house_system} houses do not exist at latitude ${round(input.latitude, 4)}° (${houses.warning}); Porphyry houses are used.`,
      );
    }
    cusps = houses.cusps;
    angles = {
      ascendant: houses.ascendant,
      midheaven: houses.midheaven,
      descendant: norm360(houses.ascendant + 180),
      imum_coeli: norm360(houses.midheaven + 180),
    };
    const base = computeAngles(ctx.armc, input.latitude, ctx.obliquity);
    // Speeds of the angle-derived points from one extra sample a minute later.
    // (The nutation moves by < 0.00002″ in a minute: the same values serve.)
    const ctx2 = angleContext(input.jdUT + ANGLE_DT, eph.deltaTSeconds, input.longitude, nut);
    const later = computeAngles(ctx2.armc, input.latitude, ctx2.obliquity);
    const ayan2 = opts.ayanamsa ? ayan + ayanRate * ANGLE_DT : 0;
    const ascNow = norm360(base.ascendant - ayan);
    const ascLater = norm360(later.ascendant - ayan2);
    raw.vertex = {
      longitude: norm360(base.vertex - ayan),
      latitude: 0,
      speed: delta(norm360(base.vertex - ayan), norm360(later.vertex - ayan2)) / ANGLE_DT,
    };
    const sun = raw.sun as EclipticPosition;
    const moon = raw.moon as EclipticPosition;
    const fortune = (asc: number, s: number, m: number) => {
      // Day chart (Sun above the horizon, houses 7-12): Asc + Moon − Sun; night: Asc + Sun − Moon.
      const day = norm360(s - asc) >= 180;
      return norm360(day ? asc + m - s : asc + s - m);
    };
    const pofNow = fortune(ascNow, sun.longitude, moon.longitude);
    const pofLater = fortune(
      ascLater,
      sun.longitude + sun.speed * ANGLE_DT,
      moon.longitude + moon.speed * ANGLE_DT,
    );
    raw.part_of_fortune = { longitude: pofNow, latitude: 0, speed: delta(pofNow, pofLater) / ANGLE_DT };
  }

  const points: ChartPoint[] = [];
  for (const name of opts.points) {
    const p = raw[name];
    if (!p) continue;
    if (ANGLE_POINTS.has(name) && !input.timeKnown) continue;
    const lon = norm360(p.longitude);
    points.push({
      name,
      longitude: round(lon),
      latitude: round(p.latitude),
      speed: round(p.speed),
      retrograde: p.speed < 0,
      sign: signOf(lon),
      sign_degree: round(signDegree(lon)),
      ...(cusps ? { house: houseOf(lon, cusps) } : {}),
    });
  }

  const houses: ChartHouse[] | undefined = cusps?.map((c, i) => ({
    number: i + 1,
    cusp: round(c),
    sign: signOf(c),
    sign_degree: round(signDegree(c)),
  }));

  const aspects = findAspects(
    points.map((p) => ({ name: p.name, longitude: p.longitude, speed: p.speed })),
    { aspects: opts.aspects, orbs: opts.orbs },
  ).map((a) => ({ ...a, orb: round(a.orb, 4) }));

  const fixed_stars = eph.fixedStars
    ? chartStars(eph.fixedStars, ayan, points, angles, opts.fixed_star_orb)
    : undefined;

  const elements: Record<Element, number> = { fire: 0, earth: 0, air: 0, water: 0 };
  const modalities: Record<Modality, number> = { cardinal: 0, fixed: 0, mutable: 0 };
  for (const planet of PLANETS) {
    const p = raw[planet];
    if (!p) continue;
    const sign = signOf(p.longitude);
    elements[elementOf(sign)] += 1;
    modalities[modalityOf(sign)] += 1;
  }

  const sun = raw.sun as EclipticPosition;
  const moon = raw.moon as EclipticPosition;
  const phaseAngle = norm360(moon.longitude - sun.longitude);
  const cosElong = Math.cos((moon.latitude * Math.PI) / 180) * Math.cos((phaseAngle * Math.PI) / 180);
  const lunar_phase = {
    angle: round(phaseAngle, 4),
    name: PHASES[Math.floor(phaseAngle / 45) % 8] as string,
    illumination: round((1 - cosElong) / 2, 4),
  };

  return {
    eph,
    ayanamsa: ayan,
    points,
    ...(angles
      ? {
          angles: {
            ascendant: round(angles.ascendant),
            midheaven: round(angles.midheaven),
            descendant: round(angles.descendant),
            imum_coeli: round(angles.imum_coeli),
          },
        }
      : {}),
    ...(houses ? { houses } : {}),
    aspects,
    ...(fixed_stars ? { fixed_stars } : {}),
    distributions: { elements, modalities },
    lunar_phase,
    warnings,
  };
}

/** The fixed stars of a chart: shifted into its zodiac, with their conjunctions to its points and angles. */
function chartStars(
  places: readonly FixedStarPlace[],
  ayanamsa: number,
  points: readonly { name: PointName; longitude: number }[],
  angles: ChartAngles | undefined,
  orb: number,
): ChartFixedStar[] {
  const stars = places.map((s) => ({ ...s, longitude: norm360(s.longitude - ayanamsa) }));
  const targets: { name: PointName | AngleName; longitude: number }[] = [
    ...points,
    ...(angles ? ANGLE_NAMES.map((name) => ({ name, longitude: angles[name] })) : []),
  ];
  return starConjunctions(stars, targets, orb).map(({ star, conjunctions }) => ({
    name: star.name,
    longitude: round(star.longitude),
    latitude: round(star.latitude),
    magnitude: star.magnitude,
    conjunctions: conjunctions.map((c) => ({ point: c.point, orb: round(c.orb, 4) })),
  }));
}

/**
 * A computed chart (a saved one, say) with its fixed stars, when it has none yet: the same stars and conjunctions
 * that `"fixed_stars": true` would have given it.
 */
export function withFixedStars(chart: Chart, orb: number = FIXED_STAR_ORB_DEFAULT): Chart {
  if (chart.fixed_stars) return chart;
  const eph = computeEphemeris(chart.subject.julian_day, ['sun'], { fixedStars: true });
  const ayanamsa = chart.settings.ayanamsa_degrees ?? 0;
  return {
    ...chart,
    fixed_stars: chartStars(eph.fixedStars ?? [], ayanamsa, chart.points, chart.angles, orb),
  };
}

/** Birth data and options → chart. Throws DomainError (→ 422) for impossible input. */
export function computeChart(subject: SubjectInput, options: ChartOptions = {}): Chart {
  validateSubject(subject);
  const opts = resolveOptions(options);
  const timeKnown = subject.time_known !== false;
  const warnings: string[] = [];
  const local = {
    year: subject.year,
    month: subject.month,
    day: subject.day,
    hour: timeKnown ? (subject.hour ?? 0) : 12,
    minute: timeKnown ? (subject.minute ?? 0) : 0,
    second: timeKnown ? (subject.second ?? 0) : 0,
  };
  const timezone =
    subject.utc_offset === undefined
      ? (subject.timezone ?? timezoneFromCoordinates(subject.latitude, subject.longitude))
      : (subject.timezone ?? null);
  const utc = localToUtc(local, {
    ...(timezone ? { timezone } : {}),
    longitude: subject.longitude,
    ...(subject.utc_offset !== undefined ? { utcOffsetHours: subject.utc_offset } : {}),
    onGap: subject.on_gap ?? 'reject',
  });
  warnings.push(...utc.warnings);
  if (!timeKnown)
    warnings.push('Birth time unknown: a noon chart without houses, angles, Vertex or Part of Fortune.');
  const jdUT = julianDay(utc.utcMs);
  const cast = castChart({ jdUT, latitude: subject.latitude, longitude: subject.longitude, timeKnown }, opts);

  return {
    subject: {
      full_name: subject.full_name ?? null,
      local_datetime: localIso(utc.local),
      utc_datetime: utcMsToIso(utc.utcMs),
      julian_day: round(jdUT, 8),
      latitude: subject.latitude,
      longitude: subject.longitude,
      timezone: utc.timezone ?? timezone ?? null,
      utc_offset: round(utc.offsetSeconds / 3600, 6),
      lmt: utc.lmt,
      time_known: timeKnown,
      place: subject.place ?? null,
    },
    settings: {
      zodiac: opts.zodiac,
      ayanamsa: opts.ayanamsa,
      house_system: timeKnown ? opts.house_system : null,
      ayanamsa_degrees: opts.ayanamsa ? round(cast.ayanamsa) : null,
    },
    points: cast.points,
    ...(cast.angles ? { angles: cast.angles } : {}),
    ...(cast.houses ? { houses: cast.houses } : {}),
    aspects: cast.aspects,
    ...(cast.fixed_stars ? { fixed_stars: cast.fixed_stars } : {}),
    distributions: cast.distributions,
    lunar_phase: cast.lunar_phase,
    warnings: [...warnings, ...cast.warnings],
  };
}

export { AYANAMSAS, HOUSE_SYSTEMS };
