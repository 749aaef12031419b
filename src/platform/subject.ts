/**
 * Birth data ("subject") and chart options as the API takes them (zod, with OpenAPI metadata), and
 * their resolution into the pure library's input: a city becomes coordinates and a zone through the
 * gazetteer, defaults are applied. The normalised result is also what cache keys are built from.
 */
import { z } from '@hono/zod-openapi';
import { DEFAULT_ORBS } from '../astro/aspects';
import { type ChartOptions, MAX_YEAR, MIN_YEAR, resolveOptions, type SubjectInput } from '../astro/chart';
import { HOUSE_SYSTEM_LETTERS } from '../astro/houses';
import { FIXED_STAR_NAMES, FIXED_STAR_ORB_DEFAULT, FIXED_STAR_ORB_MAX } from '../astro/stars';
import { isValidCalendarDate, normalizeTimeZone } from '../astro/time';
import {
  ASPECT_NAMES,
  AYANAMSAS,
  type ChartWarning,
  DEFAULT_ASPECTS,
  DEFAULT_POINTS,
  HOUSE_SYSTEMS,
  POINT_NAMES,
} from '../astro/types';
import { type PlaceL2, resolvePlace } from './places';
import { text } from './text';

function knownZone(zone: string): boolean {
  try {
    normalizeTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}

/** Subject fields (flat), shared by every route that takes birth data. */
export const subjectFields = {
  full_name: text().trim().max(200).nullish().openapi({ example: 'Albert Einstein' }),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).openapi({ example: 1879 }),
  month: z.number().int().min(1).max(12).openapi({ example: 3 }),
  day: z.number().int().min(1).max(31).openapi({ example: 14 }),
  hour: z.number().int().min(0).max(23).optional().openapi({
    example: 11,
    description: 'Local civil time at the place. Required unless time_known is false.',
  }),
  minute: z.number().int().min(0).max(59).default(0).openapi({ example: 30 }),
  second: z.number().min(0).lt(60).default(0).openapi({ example: 0 }),
  city: text().trim().min(1).max(200).optional().openapi({
    example: 'Ulm',
    description: 'Resolved by the offline gazetteer (GeoNames, population ≥ 500).',
  }),
  country: text()
    .regex(/^[A-Za-z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. "DE".')
    .transform((s) => s.toUpperCase())
    .optional()
    .openapi({ example: 'DE' }),
  latitude: z.number().min(-90).max(90).optional().openapi({ example: 48.4011 }),
  longitude: z.number().min(-180).max(180).optional().openapi({ example: 9.9876 }),
  timezone: text().max(64).refine(knownZone, 'Unknown IANA time zone.').optional().openapi({
    example: 'Europe/Berlin',
    description: 'IANA zone; derived from the coordinates when absent.',
  }),
  utc_offset: z.number().min(-18).max(18).optional().openapi({
    description:
      'Fixed UTC offset in hours (east positive), as the birth record gives it; overrides the zone. Not with dst.',
  }),
  dst: z
    .boolean()
    .optional()
    .openapi({
      description:
        "What the birth record says about daylight saving time: the zone's standard offset is kept and " +
        "daylight time forced (true) or removed (false). Absent: the zone's history, which before uniform " +
        "laws is its reference city's (a warning, code dst_local_option, says where it may not have applied). " +
        'Not with utc_offset.',
      example: false,
    }),
  time_known: z
    .boolean()
    .default(true)
    .openapi({
      description:
        'false: a noon chart without houses, angles, Vertex or Part of Fortune, with `unknown_time`: each ' +
        "point's range over the local day and the aspects that hold all day.",
    }),
  on_gap: z.enum(['reject', 'shift_forward']).default('reject').openapi({
    description: 'A local time skipped by a clock change: 422 (reject) or moved forward by the gap.',
  }),
};

/** The epochs a user ayanamsa may have: years −3000 to 3000 (Julian days, UT). */
const EPOCH_MIN_JD = 625307.5;
const EPOCH_MAX_JD = 2816787.5;
const ISO_EPOCH =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d{1,9})?))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Julian day (UT) of a user ayanamsa's epoch: a Julian day as given, or an ISO 8601 date or date-time (proleptic
 * Gregorian calendar; UTC unless it carries an offset). Null when it is not a valid date.
 */
export function epochJulianDay(epoch: string | number): number | null {
  if (typeof epoch === 'number') return epoch;
  const m = ISO_EPOCH.exec(epoch);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as number[];
  if (
    !isValidCalendarDate(y as number, mo as number, d as number) ||
    (h as number) > 23 ||
    (mi as number) > 59
  ) {
    return null;
  }
  if ((sec as number) >= 60) return null;
  let offsetMin = 0;
  const zone = m[7];
  if (zone && zone !== 'Z') {
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
    if (oh > 18 || om > 59) return null;
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const t = new Date(0);
  t.setUTCFullYear(y as number, (mo as number) - 1, d as number);
  const ms = t.getTime() + (((h as number) * 60 + (mi as number) - offsetMin) * 60 + (sec as number)) * 1000;
  return ms / 86400000 + 2440587.5;
}

export const optionFields = {
  house_system: z
    .enum(HOUSE_SYSTEMS)
    .default('placidus')
    .openapi({
      description: `House system; the Swiss Ephemeris letter of each: ${HOUSE_SYSTEMS.map((h) => `${h} ${HOUSE_SYSTEM_LETTERS[h]}`).join(', ')} (equal is Swiss A or E). Inside the polar circles Placidus and Koch fall back to Porphyry with a warning; docs/accuracy.md states what each system does there.`,
    }),
  zodiac: z.enum(['tropical', 'sidereal']).default('tropical'),
  ayanamsa: z
    .enum([...AYANAMSAS, 'user'])
    .optional()
    .openapi({
      description:
        'Sidereal zodiac only; default lahiri. The Swiss Ephemeris sidereal modes in lower case (true_citra, yukteshwar, galcent_0sag ...), or "user" with `ayanamsa_value` and `ayanamsa_epoch`.',
    }),
  ayanamsa_value: z.number().gt(-360).lt(360).optional().openapi({
    description: 'With ayanamsa "user": the mean ayanamsa (without nutation) at `ayanamsa_epoch`, degrees.',
    example: 23.85,
  }),
  ayanamsa_epoch: z
    .union([
      z.string().max(40).openapi({ example: '2000-01-01T12:00:00Z' }),
      z.number().min(EPOCH_MIN_JD).max(EPOCH_MAX_JD).openapi({ example: 2451545 }),
    ])
    .optional()
    .openapi({
      description:
        'With ayanamsa "user": the epoch of `ayanamsa_value`, an ISO 8601 date or date-time (UTC unless an offset is given) or a Julian day (UT); years −3000 to 3000.',
    }),
  ayanamsa_rate: z.number().min(-200).max(200).optional().openapi({
    description:
      'With ayanamsa "user": its change in arcseconds per Julian year. Absent: carried by precession from the epoch (Vondrák 2011, measured on the ecliptic of the epoch, as the Swiss Ephemeris\' user ayanamsa).',
    example: 50.29,
  }),
  points: z
    .array(z.enum(POINT_NAMES))
    .min(1)
    .max(POINT_NAMES.length)
    .optional()
    .openapi({
      description: `Which points to compute. Default: ${DEFAULT_POINTS.join(', ')}; the others (${POINT_NAMES.filter((p) => !DEFAULT_POINTS.includes(p)).join(', ')}) only when listed.`,
    }),
  aspects: z
    .array(z.enum(ASPECT_NAMES))
    .max(ASPECT_NAMES.length)
    .optional()
    .openapi({
      description: `Which aspects to look for. Default: ${DEFAULT_ASPECTS.join(', ')}; the others (${ASPECT_NAMES.filter((a) => !DEFAULT_ASPECTS.includes(a)).join(', ')}) only when listed. parallel and contra_parallel compare declinations.`,
    }),
  orbs: z
    .partialRecord(z.enum(ASPECT_NAMES), z.number().min(0).max(15))
    .optional()
    .openapi({
      description: `Orb overrides in degrees, e.g. {"conjunction": 8}. Defaults: ${ASPECT_NAMES.map((a) => `${a} ${DEFAULT_ORBS[a]}`).join(', ')}; points other than the ten planets at most 3 (major) or 1 (others) unless given here.`,
      example: { conjunction: 8 },
    }),
  point_orbs: z
    .partialRecord(z.enum(POINT_NAMES), z.partialRecord(z.enum(ASPECT_NAMES), z.number().min(0).max(15)))
    .optional()
    .openapi({
      description:
        'Orbs per point and aspect, degrees, e.g. {"moon": {"conjunction": 12}, "chiron": {"trine": 2}}: for an aspect of a pair, the larger of its two points\' orbs applies; pairs without one use `orbs`.',
      example: { moon: { conjunction: 12, opposition: 12 } },
    }),
  aspect_patterns: z.boolean().optional().openapi({
    description:
      'Find aspect patterns (grand trine, T-square, grand cross, yod, kite, mystic rectangle, stellium) with their members: `patterns` in the chart. Default false.',
  }),
};

/**
 * `ayanamsa` where only the predefined ones apply (forecasting: transits, timelines, returns, progressions), as a
 * user ayanamsa's definition is not carried by those requests.
 */
export const predefinedAyanamsa = z.enum(AYANAMSAS).optional().openapi({
  description:
    'Sidereal zodiac only; default lahiri. The Swiss Ephemeris sidereal modes in lower case (true_citra, yukteshwar, galcent_0sag ...); a user ayanamsa is not available here.',
});

/** Fixed-star options of a chart (POST /v1/charts, its wheel and chart batches). */
export const starFields = {
  fixed_stars: z
    .boolean()
    .optional()
    .openapi({
      description: `Add \`fixed_stars\`: the ${FIXED_STAR_NAMES.length} fixed stars served (Hipparcos; the Behenian and royal stars among them) with their conjunctions to the points and angles.`,
    }),
  fixed_star_orb: z
    .number()
    .min(0)
    .max(FIXED_STAR_ORB_MAX)
    .optional()
    .openapi({
      description: `Orb of a star's conjunction in degrees of longitude (default ${FIXED_STAR_ORB_DEFAULT}); with \`fixed_stars\` only.`,
      example: FIXED_STAR_ORB_DEFAULT,
    }),
};

type SubjectShape = z.infer<z.ZodObject<typeof subjectFields>>;
type OptionShape = z.infer<z.ZodObject<typeof optionFields>>;
type StarShape = z.infer<z.ZodObject<typeof starFields>>;

/** Cross-field rules of a subject (and its options), reported on the right field. */
export function checkSubject(
  v: Partial<SubjectShape & OptionShape>,
  ctx: z.RefinementCtx,
  prefix: PropertyKey[] = [],
) {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [...prefix, path], message });
  const inRange = (x: number | undefined, lo: number, hi: number) =>
    Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  // Only once each field is valid on its own (a month 13 is reported on "month", not also on "day").
  if (inRange(v.year, MIN_YEAR, MAX_YEAR) && inRange(v.month, 1, 12) && inRange(v.day, 1, 31)) {
    if (!isValidCalendarDate(v.year as number, v.month as number, v.day as number)) {
      issue('day', `${v.year}-${String(v.month).padStart(2, '0')} has no day ${v.day}.`);
    }
  }
  if (v.time_known !== false && v.hour === undefined) issue('hour', 'Required unless time_known is false.');
  const hasLat = v.latitude !== undefined;
  const hasLon = v.longitude !== undefined;
  if (hasLat !== hasLon) issue(hasLat ? 'longitude' : 'latitude', 'Give latitude and longitude together.');
  if (!hasLat && !hasLon && v.city === undefined) {
    issue('city', 'Give a city (with an optional country) or latitude and longitude.');
  }
  if (v.dst !== undefined && v.utc_offset !== undefined) {
    issue('dst', 'Give either "utc_offset" or "dst", not both: utc_offset fixes the whole offset.');
  }
  checkOptions(v, ctx, prefix);
}

/** Cross-field rules of the chart options (also for requests naming a saved chart or a famous person). */
export function checkOptions(v: Partial<OptionShape>, ctx: z.RefinementCtx, prefix: PropertyKey[] = []) {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [...prefix, path], message });
  if (v.ayanamsa !== undefined && v.zodiac !== 'sidereal') {
    issue('ayanamsa', 'An ayanamsa applies to the sidereal zodiac only; set zodiac to "sidereal".');
  }
  if (v.ayanamsa === 'user') {
    if (v.ayanamsa_value === undefined) issue('ayanamsa_value', 'Required with ayanamsa "user".');
    if (v.ayanamsa_epoch === undefined) issue('ayanamsa_epoch', 'Required with ayanamsa "user".');
  } else {
    for (const k of ['ayanamsa_value', 'ayanamsa_epoch', 'ayanamsa_rate'] as const) {
      if (v[k] !== undefined) issue(k, 'Only with ayanamsa "user".');
    }
  }
  if (v.ayanamsa_epoch !== undefined) {
    const jd = epochJulianDay(v.ayanamsa_epoch);
    if (jd === null) {
      issue(
        'ayanamsa_epoch',
        'Expected an ISO 8601 date or date-time (e.g. "1950-01-01" or "2000-01-01T12:00:00Z").',
      );
    } else if (jd < EPOCH_MIN_JD || jd > EPOCH_MAX_JD) {
      issue('ayanamsa_epoch', 'The epoch must lie between the years −3000 and 3000.');
    }
  }
}

/** A star orb without the stars is a mistake, reported on `fixed_star_orb` (as an ayanamsa without sidereal). */
export function checkStarOptions(v: Partial<StarShape>, ctx: z.RefinementCtx, prefix: PropertyKey[] = []) {
  if (v.fixed_star_orb !== undefined && v.fixed_stars !== true) {
    ctx.addIssue({
      code: 'custom',
      path: [...prefix, 'fixed_star_orb'],
      message: 'An orb for fixed stars applies with "fixed_stars": true only.',
    });
  }
}

export const SubjectSchema = z
  .object(subjectFields)
  .strict()
  .superRefine((v, ctx) => checkSubject(v, ctx))
  .openapi('Subject');

export type SubjectBody = SubjectShape;
export type OptionsBody = Partial<OptionShape> & Partial<StarShape>;

export function toChartOptions(o: OptionsBody): ChartOptions {
  const epochJd = o.ayanamsa_epoch === undefined ? null : epochJulianDay(o.ayanamsa_epoch);
  return {
    house_system: o.house_system,
    zodiac: o.zodiac,
    ayanamsa: o.ayanamsa,
    user_ayanamsa:
      o.ayanamsa === 'user' && o.ayanamsa_value !== undefined && epochJd !== null
        ? { value: o.ayanamsa_value, epochJd, rate: o.ayanamsa_rate }
        : undefined,
    points: o.points,
    aspects: o.aspects,
    orbs: o.orbs,
    point_orbs: o.point_orbs,
    aspect_patterns: o.aspect_patterns,
    fixed_stars: o.fixed_stars,
    fixed_star_orb: o.fixed_star_orb,
  };
}

/** The KV layer of cached lookups (places, famous people) for a request. */
export function kvLayer(env: { CACHE: KVNamespace }, ctx: Pick<ExecutionContext, 'waitUntil'>): PlaceL2 {
  return { kv: env.CACHE, waitUntil: (p) => ctx.waitUntil(p) };
}

export interface ResolvedSubject {
  input: SubjectInput;
  warnings: ChartWarning[];
}

/**
 * City → coordinates and zone (gazetteer); coordinates are kept as given. Throws DomainError (422) for an
 * unknown city, with `path` relative to the subject.
 */
export async function resolveSubject(db: D1Database, s: SubjectBody, l2?: PlaceL2): Promise<ResolvedSubject> {
  const base = {
    full_name: s.full_name ?? null,
    year: s.year,
    month: s.month,
    day: s.day,
    hour: s.hour,
    minute: s.minute,
    second: s.second,
    utc_offset: s.utc_offset,
    dst: s.dst,
    time_known: s.time_known,
    on_gap: s.on_gap,
  };
  if (s.latitude !== undefined && s.longitude !== undefined) {
    return {
      input: {
        ...base,
        latitude: s.latitude,
        longitude: s.longitude,
        timezone: s.timezone ? normalizeTimeZone(s.timezone) : undefined,
        place: s.city ? { name: s.city, country: s.country ?? null } : null,
      },
      warnings: [],
    };
  }
  const resolved = await resolvePlace(db, s.city as string, s.country, l2);
  const p = resolved.place;
  return {
    input: {
      ...base,
      latitude: p.latitude,
      longitude: p.longitude,
      timezone: s.timezone ? normalizeTimeZone(s.timezone) : p.timezone,
      place: { name: p.name, country: p.country, admin1: p.admin1, admin1_name: p.admin1_name },
    },
    warnings: resolved.warnings,
  };
}

/** A canonical string of everything that determines a chart (for cache keys). */
export function chartCacheIdentity(input: SubjectInput, options: ChartOptions): string {
  const o = resolveOptions(options);
  const timeKnown = input.time_known !== false;
  return JSON.stringify([
    input.full_name ?? null,
    input.year,
    input.month,
    input.day,
    timeKnown ? (input.hour ?? 0) : 12,
    timeKnown ? (input.minute ?? 0) : 0,
    timeKnown ? (input.second ?? 0) : 0,
    input.latitude,
    input.longitude,
    input.timezone ?? null,
    input.utc_offset ?? null,
    input.dst ?? null,
    timeKnown,
    input.on_gap ?? 'reject',
    input.place ?? null,
    o.house_system,
    o.zodiac,
    o.ayanamsa,
    o.points,
    o.aspects,
    Object.entries(o.orbs).sort(),
    // Issue 20 (resolveOptions puts them in a canonical order).
    o.user_ayanamsa,
    o.point_orbs,
    o.aspect_patterns,
    // Only when asked for, so the keys of charts without stars stay what they were.
    ...(o.fixed_stars ? [['fixed_stars', o.fixed_star_orb]] : []),
  ]);
}
