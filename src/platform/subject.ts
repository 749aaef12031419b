/**
 * Birth data ("subject") and chart options as the API takes them (zod, with OpenAPI metadata), and
 * their resolution into the pure library's input: a city becomes coordinates and a zone through the
 * gazetteer, defaults are applied. The normalised result is also what cache keys are built from.
 */
import { z } from '@hono/zod-openapi';
import { type ChartOptions, MAX_YEAR, MIN_YEAR, resolveOptions, type SubjectInput } from '../astro/chart';
import { isValidCalendarDate, normalizeTimeZone } from '../astro/time';
import { ASPECT_NAMES, AYANAMSAS, HOUSE_SYSTEMS, POINT_NAMES } from '../astro/types';
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
    description: 'Resolved by the offline gazetteer (GeoNames, population ≥ 1000).',
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
  utc_offset: z
    .number()
    .min(-18)
    .max(18)
    .optional()
    .openapi({ description: 'Fixed UTC offset in hours (east positive); overrides the zone.' }),
  time_known: z
    .boolean()
    .default(true)
    .openapi({ description: 'false: a noon chart without houses, angles, Vertex or Part of Fortune.' }),
  on_gap: z.enum(['reject', 'shift_forward']).default('reject').openapi({
    description: 'A local time skipped by a clock change: 422 (reject) or moved forward by the gap.',
  }),
};

export const optionFields = {
  house_system: z.enum(HOUSE_SYSTEMS).default('placidus'),
  zodiac: z.enum(['tropical', 'sidereal']).default('tropical'),
  ayanamsa: z.enum(AYANAMSAS).optional().openapi({ description: 'Sidereal zodiac only; default lahiri.' }),
  points: z
    .array(z.enum(POINT_NAMES))
    .min(1)
    .max(POINT_NAMES.length)
    .optional()
    .openapi({ description: 'Which points to compute (default: all).' }),
  aspects: z
    .array(z.enum(ASPECT_NAMES))
    .max(ASPECT_NAMES.length)
    .optional()
    .openapi({ description: 'Which aspects to look for (default: all).' }),
  orbs: z
    .partialRecord(z.enum(ASPECT_NAMES), z.number().min(0).max(15))
    .optional()
    .openapi({
      description: 'Orb overrides in degrees, e.g. {"conjunction": 8}.',
      example: { conjunction: 8 },
    }),
};

type SubjectShape = z.infer<z.ZodObject<typeof subjectFields>>;
type OptionShape = z.infer<z.ZodObject<typeof optionFields>>;

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
  if (v.ayanamsa !== undefined && v.zodiac !== 'sidereal') {
    issue('ayanamsa', 'An ayanamsa applies to the sidereal zodiac only; set zodiac to "sidereal".');
  }
}

export const SubjectSchema = z
  .object(subjectFields)
  .strict()
  .superRefine((v, ctx) => checkSubject(v, ctx))
  .openapi('Subject');

export type SubjectBody = SubjectShape;
export type OptionsBody = Partial<OptionShape>;

export function toChartOptions(o: OptionsBody): ChartOptions {
  return {
    house_system: o.house_system,
    zodiac: o.zodiac,
    ayanamsa: o.ayanamsa,
    points: o.points,
    aspects: o.aspects,
    orbs: o.orbs,
  };
}

/** The KV layer of cached lookups (places, famous people) for a request. */
export function kvLayer(env: { CACHE: KVNamespace }, ctx: Pick<ExecutionContext, 'waitUntil'>): PlaceL2 {
  return { kv: env.CACHE, waitUntil: (p) => ctx.waitUntil(p) };
}

export interface ResolvedSubject {
  input: SubjectInput;
  warnings: string[];
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
      place: { name: p.name, country: p.country, admin1: p.admin1 },
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
    timeKnown,
    input.on_gap ?? 'reject',
    input.place ?? null,
    o.house_system,
    o.zodiac,
    o.ayanamsa,
    o.points,
    o.aspects,
    Object.entries(o.orbs).sort(),
  ]);
}
