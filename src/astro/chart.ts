/**
 * computeChart: birth data + options → the chart JSON of DESIGN.md section 3 (all but `id`).
 *
 * Pipeline: local civil time → UT (time.ts: tzdb with backzone, birthplace LMT, gaps/overlaps) → Julian
 * day → apparent geocentric positions of date (positions.ts, with our ΔT) → angles and houses from ARMC
 * and true obliquity (angles.ts, houses.ts) → sidereal shift (ayanamsa.ts) → signs, houses of points,
 * aspects, distributions and lunar phase.
 */

import { angleContext, computeAngles, meanObliquity, nutation } from './angles';
import { type AspectPoint, findAspects, isDeclinationAspect, type PointOrbs } from './aspects';
import { type AyanamsaSpec, ayanamsaDegrees, ayanamsaSpeed, type UserAyanamsa } from './ayanamsa';
import { declinationRate, eclipticToEquatorial } from './coordinates';
import { deltaTSeconds } from './deltat';
import { computeHouses, houseOf } from './houses';
import { findPatterns, isPatternPoint } from './patterns';
import { type BodyName, computeEphemeris } from './positions';
import { julianDay, localToUtc, timezoneFromCoordinates, utcMsToIso, utcToLocal } from './time';
import type {
  AllDayAspect,
  AspectName,
  Ayanamsa,
  Chart,
  ChartAngles,
  ChartAspect,
  ChartHouse,
  ChartPattern,
  ChartPoint,
  ChartWarning,
  DayRange,
  EclipticPosition,
  Element,
  HouseSystem,
  Modality,
  PointName,
  UnknownTime,
  Zodiac,
} from './types';
import {
  ARABIC_PARTS,
  type ArabicPart,
  ASPECT_NAMES,
  AYANAMSAS,
  DEFAULT_ASPECTS,
  DEFAULT_POINTS,
  DomainError,
  HOUSE_SYSTEMS,
  PLANETS,
  POINT_NAMES,
  warning,
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
  /** Fixed offset in hours east of UTC; overrides the zone (not with `dst`). */
  utc_offset?: number | undefined;
  /** What the birth record says about daylight time: the zone's standard time, with or without DST. */
  dst?: boolean | undefined;
  time_known?: boolean | undefined;
  on_gap?: 'reject' | 'shift_forward' | undefined;
  /** Resolved place, echoed in the chart. */
  place?:
    | { name: string; country: string | null; admin1?: string | null; admin1_name?: string | null }
    | null
    | undefined;
}

export interface ChartOptions {
  house_system?: HouseSystem | undefined;
  zodiac?: Zodiac | undefined;
  /** Sidereal only; default lahiri. "user": `user_ayanamsa`. */
  ayanamsa?: Ayanamsa | 'user' | undefined;
  /** The definition of the "user" ayanamsa. */
  user_ayanamsa?: UserAyanamsa | undefined;
  /** Which points to return (default: DEFAULT_POINTS). */
  points?: readonly PointName[] | undefined;
  /** Which aspects to look for (default: DEFAULT_ASPECTS). */
  aspects?: readonly AspectName[] | undefined;
  /** Orb overrides in degrees. */
  orbs?: Partial<Record<AspectName, number>> | undefined;
  /** Orbs per point and aspect (the larger of a pair's two applies). */
  point_orbs?: PointOrbs | undefined;
  /** Find aspect patterns (grand trines, T-squares, ...). */
  aspect_patterns?: boolean | undefined;
}

export interface ResolvedOptions {
  house_system: HouseSystem;
  zodiac: Zodiac;
  ayanamsa: Ayanamsa | 'user' | null;
  user_ayanamsa: UserAyanamsa | null;
  points: PointName[];
  aspects: AspectName[];
  orbs: Partial<Record<AspectName, number>>;
  point_orbs: PointOrbs;
  aspect_patterns: boolean;
}

/** Options with defaults applied (also the normalised form used for cache keys). */
export function resolveOptions(o: ChartOptions = {}): ResolvedOptions {
  const zodiac = o.zodiac ?? 'tropical';
  const points = o.points ? POINT_NAMES.filter((p) => o.points?.includes(p)) : [...DEFAULT_POINTS];
  const aspects = o.aspects ? ASPECT_NAMES.filter((a) => o.aspects?.includes(a)) : [...DEFAULT_ASPECTS];
  const orbs: Partial<Record<AspectName, number>> = {};
  for (const a of ASPECT_NAMES) if (o.orbs?.[a] !== undefined) orbs[a] = o.orbs[a];
  // In a canonical order (points, then aspects), for cache keys.
  const point_orbs: PointOrbs = {};
  for (const p of POINT_NAMES) {
    const given = o.point_orbs?.[p];
    if (!given) continue;
    const per: Partial<Record<AspectName, number>> = {};
    for (const a of ASPECT_NAMES) if (given[a] !== undefined) per[a] = given[a];
    if (Object.keys(per).length > 0) point_orbs[p] = per;
  }
  const ayanamsa = zodiac === 'sidereal' ? (o.ayanamsa ?? 'lahiri') : null;
  const user = ayanamsa === 'user' ? (o.user_ayanamsa ?? null) : null;
  if (ayanamsa === 'user' && !user) {
    throw new DomainError(
      'invalid_ayanamsa',
      'The "user" ayanamsa needs ayanamsa_value and ayanamsa_epoch.',
      'ayanamsa_value',
    );
  }
  return {
    house_system: o.house_system ?? 'placidus',
    zodiac,
    ayanamsa,
    user_ayanamsa: user && {
      value: user.value,
      epochJd: user.epochJd,
      ...(user.rate !== undefined ? { rate: user.rate } : {}),
    },
    points,
    aspects,
    orbs,
    point_orbs,
    aspect_patterns: o.aspect_patterns === true,
  };
}

/** The ayanamsa of resolved options: a predefined one, the user's definition, or none (tropical). */
export function ayanamsaSpecOf(opts: ResolvedOptions): AyanamsaSpec | null {
  return opts.ayanamsa === 'user' ? opts.user_ayanamsa : opts.ayanamsa;
}

const BODY_POINTS = new Set<string>([...PLANETS, 'mean_node', 'true_node', 'mean_lilith', 'chiron']);
/** Points computed from the angles: they need the birth time. */
const ANGLE_POINTS = new Set<PointName>([
  'part_of_fortune',
  'vertex',
  'antivertex',
  'east_point',
  ...ARABIC_PARTS,
]);

/**
 * The Hermetic lots (Paulus Alexandrinus, Introduction ch. 23; Valens gives other Eros and Necessity): by day
 * Asc + to − from ("from `from` to `to`, projected from the ascendant"), by night the reverse, Asc + from − to.
 */
const LOTS: Record<'part_of_fortune' | ArabicPart, [from: LotTerm, to: LotTerm]> = {
  part_of_fortune: ['sun', 'moon'],
  part_of_spirit: ['moon', 'sun'],
  part_of_eros: ['part_of_spirit', 'venus'],
  part_of_necessity: ['mercury', 'part_of_fortune'],
  part_of_courage: ['mars', 'part_of_fortune'],
  part_of_victory: ['part_of_spirit', 'jupiter'],
  part_of_nemesis: ['saturn', 'part_of_fortune'],
};
type LotTerm =
  | 'sun'
  | 'moon'
  | 'mercury'
  | 'venus'
  | 'mars'
  | 'jupiter'
  | 'saturn'
  | 'part_of_fortune'
  | 'part_of_spirit';

/** The lots' longitudes for an ascendant and the planets' longitudes (one sample). */
function lotsAt(asc: number, lon: (p: LotTerm) => number): Record<keyof typeof LOTS, number> {
  // Day chart: the Sun above the horizon (houses 7–12).
  const day = norm360(lon('sun') - asc) >= 180;
  const out = {} as Record<keyof typeof LOTS, number>;
  const term = (t: LotTerm) => (t === 'part_of_fortune' || t === 'part_of_spirit' ? out[t] : lon(t));
  for (const name of Object.keys(LOTS) as (keyof typeof LOTS)[]) {
    const [from, to] = LOTS[name];
    out[name] = norm360(day ? asc + term(to) - term(from) : asc + term(from) - term(to));
  }
  return out;
}

/** Stellia: three or more of the ten planets in one sign, or in one house. */
function stellia(points: readonly ChartPoint[]): ChartPattern[] {
  const planets = points.filter((p) => (PLANETS as readonly string[]).includes(p.name));
  const out: ChartPattern[] = [];
  const group = <K>(
    key: (p: ChartPoint) => K | undefined,
    make: (k: K, names: PointName[]) => ChartPattern,
  ) => {
    const by = new Map<K, PointName[]>();
    for (const p of planets) {
      const k = key(p);
      if (k === undefined) continue;
      by.set(k, [...(by.get(k) ?? []), p.name]);
    }
    for (const [k, names] of by) if (names.length >= 3) out.push(make(k, names));
  };
  group(
    (p) => p.sign,
    (sign, names) => ({ type: 'stellium', points: names, sign }),
  );
  group(
    (p) => p.house,
    (house, names) => ({ type: 'stellium', points: names, house }),
  );
  return out;
}

/** The aspect patterns among a chart's points and aspects. */
export function chartPatterns(
  points: readonly ChartPoint[],
  aspects: readonly ChartAspect[],
): ChartPattern[] {
  const members = points.filter((p) => isPatternPoint(p.name));
  const index = new Map(members.map((p, i) => [p.name, i]));
  const edges = [];
  for (const a of aspects) {
    const i = index.get(a.point_a);
    const j = index.get(a.point_b);
    if (i !== undefined && j !== undefined && !isDeclinationAspect(a.aspect))
      edges.push({ a: i, b: j, aspect: a.aspect });
  }
  const found: ChartPattern[] = findPatterns(members.length, edges).map((f) => ({
    type: f.type,
    points: f.members.map((i) => (members[i] as ChartPoint).name),
    ...(f.apex !== undefined ? { apex: (members[f.apex] as ChartPoint).name } : {}),
  }));
  return [...found, ...stellia(points)];
}
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
  const warnings: ChartWarning[] = [];
  const eph = computeEphemeris(input.jdUT);
  const spec = ayanamsaSpecOf(opts);
  const ayan = spec ? ayanamsaDegrees(spec, input.jdUT) : 0;
  const ayanRate = spec ? ayanamsaSpeed(spec, input.jdUT) : 0;
  const shift = (p: EclipticPosition): EclipticPosition =>
    spec ? { longitude: norm360(p.longitude - ayan), latitude: p.latitude, speed: p.speed - ayanRate } : p;

  const raw: Partial<Record<PointName, EclipticPosition>> = {};
  for (const name of BODY_POINTS) {
    const p = eph.positions[name as BodyName];
    if (p) raw[name as PointName] = shift(p);
  }
  if (!eph.positions.chiron && opts.points.includes('chiron')) {
    warnings.push(
      warning('chiron_unavailable', 'Chiron is only available between 1800 and 2400; it is omitted.'),
    );
  }

  let angles: ChartAngles | undefined;
  let cusps: number[] | undefined;
  if (input.timeKnown) {
    const nut = { dpsi: eph.nutationLongitude, deps: eph.nutationObliquity };
    const ctx = angleContext(input.jdUT, eph.deltaTSeconds, input.longitude, nut);
    const houses = computeHouses(opts.house_system, ctx.armc, input.latitude, ctx.obliquity, ayan, {
      sunDeclination: eph.equatorial.sun?.declination,
    });
    if (houses.fallback) {
      warnings.push(
        warning(
          'house_system_fallback',
          `${opts.house_system} houses do not exist at latitude ${round(input.latitude, 4)}° (${houses.warning}); Porphyry houses are used.`,
        ),
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
    const ayan2 = spec ? ayan + ayanRate * ANGLE_DT : 0;
    const ascNow = norm360(base.ascendant - ayan);
    const ascLater = norm360(later.ascendant - ayan2);
    const anglePoint = (now: number, then: number): EclipticPosition => ({
      longitude: norm360(now - ayan),
      latitude: 0,
      speed: delta(norm360(now - ayan), norm360(then - ayan2)) / ANGLE_DT,
    });
    raw.vertex = anglePoint(base.vertex, later.vertex);
    raw.antivertex = anglePoint(base.antivertex, later.antivertex);
    raw.east_point = anglePoint(base.east_point, later.east_point);
    // The lots (Part of Fortune and the Hermetic lots), with the day/night formulae; speeds from the same sample.
    const pos = (t: LotTerm) => raw[t] as EclipticPosition;
    const lotsNow = lotsAt(ascNow, (t) => pos(t).longitude);
    const lotsLater = lotsAt(ascLater, (t) => pos(t).longitude + pos(t).speed * ANGLE_DT);
    for (const name of Object.keys(LOTS) as (keyof typeof LOTS)[]) {
      raw[name] = {
        longitude: lotsNow[name],
        latitude: 0,
        speed: delta(lotsNow[name], lotsLater[name]) / ANGLE_DT,
      };
    }
  }

  const points: ChartPoint[] = [];
  // Declinations and their rates, for parallels (the rate from the longitude speed alone, latitude taken as steady).
  const declinations: { declination: number; declinationSpeed: number }[] = [];
  const e = eph.trueObliquity;
  for (const name of opts.points) {
    const p = raw[name];
    if (!p) continue;
    if (ANGLE_POINTS.has(name) && !input.timeKnown) continue;
    const lon = norm360(p.longitude);
    // Equatorial coordinates from the reduction for the bodies, else from the tropical ecliptic position.
    const tropical = norm360(lon + ayan);
    const body = eph.equatorial[name as keyof typeof eph.equatorial];
    const eq = body
      ? { ra: body.rightAscension, dec: body.declination }
      : eclipticToEquatorial(tropical, p.latitude, e);
    points.push({
      name,
      longitude: round(lon),
      latitude: round(p.latitude),
      speed: round(p.speed),
      retrograde: p.speed < 0,
      sign: signOf(lon),
      sign_degree: round(signDegree(lon)),
      ...(cusps ? { house: houseOf(lon, cusps) } : {}),
      right_ascension: round(eq.ra),
      declination: round(eq.dec),
    });
    const decRate = declinationRate(tropical, p.latitude, eq.dec, p.speed + ayanRate, e);
    declinations.push({ declination: eq.dec, declinationSpeed: decRate });
  }

  const houses: ChartHouse[] | undefined = cusps?.map((c, i) => ({
    number: i + 1,
    cusp: round(c),
    sign: signOf(c),
    sign_degree: round(signDegree(c)),
  }));

  const aspects = findAspects(
    points.map(
      (p, i): AspectPoint => ({
        name: p.name,
        longitude: p.longitude,
        speed: p.speed,
        declination: declinations[i]?.declination,
        declinationSpeed: declinations[i]?.declinationSpeed,
      }),
    ),
    { aspects: opts.aspects, orbs: opts.orbs, pointOrbs: opts.point_orbs },
  ).map((a) => ({ ...a, orb: round(a.orb, 4) }));
  const patterns = opts.aspect_patterns ? chartPatterns(points, aspects) : undefined;

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
    ...(patterns ? { patterns } : {}),
    distributions: { elements, modalities },
    lunar_phase,
    warnings,
  };
}

/**
 * A chart saved before points carried right ascension and declination (issue 20), completed with them: from each
 * point's stored tropical position and the true obliquity of the chart's instant, the conversion charts use for
 * points given on the ecliptic (exact for the bodies too; the stored 6 decimals keep it within 0.004″). Charts
 * that have them are returned as they are.
 */
export function withEquatorialCoordinates(chart: Chart): Chart {
  if (chart.points.every((p) => p.right_ascension !== undefined && p.declination !== undefined)) return chart;
  const jdUT = chart.subject.julian_day;
  const jdTT = jdUT + deltaTSeconds(jdUT) / 86400;
  const obliquity = meanObliquity(jdTT) + nutation(jdTT).deps;
  const ayan = chart.settings.ayanamsa_degrees ?? 0;
  return {
    ...chart,
    points: chart.points.map((p) => {
      if (p.right_ascension !== undefined && p.declination !== undefined) return p;
      const eq = eclipticToEquatorial(norm360(p.longitude + ayan), p.latitude, obliquity);
      return { ...p, right_ascension: round(eq.ra), declination: round(eq.dec) };
    }),
  };
}

/** Birth data and options → chart. Throws DomainError (→ 422) for impossible input. */
export function computeChart(subject: SubjectInput, options: ChartOptions = {}): Chart {
  validateSubject(subject);
  const opts = resolveOptions(options);
  const timeKnown = subject.time_known !== false;
  const warnings: ChartWarning[] = [];
  const local = {
    year: subject.year,
    month: subject.month,
    day: subject.day,
    hour: timeKnown ? (subject.hour ?? 0) : 12,
    minute: timeKnown ? (subject.minute ?? 0) : 0,
    second: timeKnown ? (subject.second ?? 0) : 0,
  };
  const conversion = utcOptions(subject);
  const utc = localToUtc(local, { ...conversion, onGap: subject.on_gap ?? 'reject' });
  warnings.push(...utc.warnings);
  if (!timeKnown) warnings.push(warning('time_unknown', TIME_UNKNOWN));
  const jdUT = julianDay(utc.utcMs);
  const cast = castChart({ jdUT, latitude: subject.latitude, longitude: subject.longitude, timeKnown }, opts);
  const details = [...warnings, ...cast.warnings];

  return {
    subject: {
      full_name: subject.full_name ?? null,
      local_datetime: localIso(utc.local),
      utc_datetime: utcMsToIso(utc.utcMs),
      julian_day: round(jdUT, 8),
      latitude: subject.latitude,
      longitude: subject.longitude,
      timezone: utc.timezone ?? conversion.timezone ?? null,
      utc_offset: round(utc.offsetSeconds / 3600, 6),
      dst: subject.utc_offset === undefined ? utc.isDst : null,
      lmt: utc.lmt,
      time_known: timeKnown,
      place: subject.place ?? null,
    },
    settings: {
      zodiac: opts.zodiac,
      ayanamsa: opts.ayanamsa,
      ...(opts.user_ayanamsa
        ? {
            user_ayanamsa: {
              value: opts.user_ayanamsa.value,
              epoch_julian_day: opts.user_ayanamsa.epochJd,
              rate: opts.user_ayanamsa.rate ?? null,
            },
          }
        : {}),
      house_system: timeKnown ? opts.house_system : null,
      ayanamsa_degrees: opts.ayanamsa ? round(cast.ayanamsa) : null,
    },
    points: cast.points,
    ...(cast.angles ? { angles: cast.angles } : {}),
    ...(cast.houses ? { houses: cast.houses } : {}),
    aspects: cast.aspects,
    ...(cast.patterns ? { patterns: cast.patterns } : {}),
    distributions: cast.distributions,
    lunar_phase: cast.lunar_phase,
    ...(timeKnown ? {} : { unknown_time: unknownTime(subject, opts, conversion) }),
    warnings: details.map((w) => w.message),
    warning_details: details,
  };
}

const TIME_UNKNOWN = 'Birth time unknown: a noon chart without houses, angles, Vertex or Part of Fortune.';

/** The zone (or fixed offset) part of localToUtc's options for a subject. */
function utcOptions(subject: SubjectInput) {
  const timezone =
    subject.utc_offset === undefined
      ? (subject.timezone ?? timezoneFromCoordinates(subject.latitude, subject.longitude))
      : (subject.timezone ?? null);
  return {
    ...(timezone ? { timezone } : {}),
    latitude: subject.latitude,
    longitude: subject.longitude,
    ...(subject.utc_offset !== undefined ? { utcOffsetHours: subject.utc_offset } : {}),
    ...(subject.dst !== undefined ? { dst: subject.dst } : {}),
  };
}

/** Samples over the local day: both ends and every 3 hours between (the Moon moves ~1.6° in 3 h). */
const DAY_SAMPLES = 8;

/**
 * What holds over the whole local day of a birth whose time is unknown: each point's longitude at 00:00 and
 * 24:00 local time, the signs it passes through, and the aspects within orb at every sample of the day.
 * An aspect's distance from exact changes almost linearly over a day, so its largest value is at an end of
 * the day; the samples between catch the rare station in between.
 */
function unknownTime(
  subject: SubjectInput,
  opts: ResolvedOptions,
  conversion: ReturnType<typeof utcOptions>,
): UnknownTime {
  const midnight = (y: number, m: number, d: number) =>
    localToUtc(
      { year: y, month: m, day: d, hour: 0, minute: 0, second: 0 },
      { ...conversion, onGap: 'shift_forward' },
    );
  const start = midnight(subject.year, subject.month, subject.day);
  const next = utcToLocal(Date.UTC(subject.year, subject.month - 1, subject.day + 1));
  const end = midnight(next.year, next.month, next.day);
  const samples: ReturnType<typeof castChart>[] = [];
  for (let i = 0; i <= DAY_SAMPLES; i++) {
    const ms = start.utcMs + ((end.utcMs - start.utcMs) * i) / DAY_SAMPLES;
    samples.push(
      castChart(
        { jdUT: julianDay(ms), latitude: subject.latitude, longitude: subject.longitude, timeKnown: false },
        opts,
      ),
    );
  }
  const first = samples[0] as ReturnType<typeof castChart>;
  const points: DayRange[] = first.points.map((p0) => {
    const path = samples.map((s) => s.points.find((p) => p.name === p0.name) as ChartPoint);
    let motion = 0;
    const signs: DayRange['signs'] = [p0.sign];
    for (let i = 1; i < path.length; i++) {
      motion += delta((path[i - 1] as ChartPoint).longitude, (path[i] as ChartPoint).longitude);
      const sign = (path[i] as ChartPoint).sign;
      if (signs[signs.length - 1] !== sign) signs.push(sign);
    }
    return {
      name: p0.name,
      start_longitude: p0.longitude,
      end_longitude: (path[path.length - 1] as ChartPoint).longitude,
      motion: round(motion, 4),
      signs,
      changes_sign: signs.length > 1,
    };
  });
  const key = (a: { point_a: string; point_b: string; aspect: string }) =>
    `${a.point_a}|${a.point_b}|${a.aspect}`;
  const allDay = new Map<string, AllDayAspect>();
  for (const a of first.aspects) {
    allDay.set(key(a), {
      point_a: a.point_a,
      point_b: a.point_b,
      aspect: a.aspect,
      angle: a.angle,
      max_orb: a.orb,
    });
  }
  for (const s of samples.slice(1)) {
    const here = new Map(s.aspects.map((a) => [key(a), a]));
    for (const [k, a] of allDay) {
      const h = here.get(k);
      if (!h) allDay.delete(k);
      else a.max_orb = Math.max(a.max_orb, h.orb);
    }
  }
  return {
    reason:
      'The birth time is unknown: the ascendant and midheaven pass through all twelve signs in a day, so the ' +
      'angles, the houses, the Part of Fortune and the Vertex cannot be given. The points are those of noon; ' +
      'their ranges over the local day follow.',
    omitted: ['angles', 'houses', 'part_of_fortune', 'vertex'],
    day: {
      local_start: localIso(start.local),
      local_end: localIso(end.local),
      utc_start: utcMsToIso(start.utcMs),
      utc_end: utcMsToIso(end.utcMs),
    },
    points,
    aspects_all_day: [...allDay.values()],
  };
}

export { AYANAMSAS, HOUSE_SYSTEMS };
