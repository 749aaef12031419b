/**
 * Birth data ("subject") and chart options (their schemas: src/schemas/subject.ts) resolved into the pure
 * library's input: a city becomes coordinates and a zone through the gazetteer, defaults are applied, and
 * what the document cannot say is checked (a 422). The normalised result is also what cache keys are
 * built from.
 */
import { type ChartOptions, resolveOptions, type SubjectInput } from '../astro/chart';
import { isValidCalendarDate, normalizeTimeZone } from '../astro/time';
import { type ChartWarning, DomainError } from '../astro/types';
import type { OptionsBody, SubjectBody } from '../schemas/subject';
import { type PlaceL2, resolvePlace } from './places';

export {
  OPTION_RULES,
  type OptionsBody,
  optionFields,
  predefinedAyanamsa,
  SIDEREAL_RULE,
  STAR_RULES,
  SUBJECT_RULES,
  type SubjectBody,
  starFields,
  subjectFields,
} from '../schemas/subject';

const ISO_EPOCH =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d{1,9})?))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Julian day (UT) of a user ayanamsa's epoch: a Julian day as given, or an ISO 8601 date or date-time
 * (proleptic Gregorian calendar; UTC unless it carries an offset). Null when it is not a valid date (the
 * schema's EPOCH_PATTERN lets none through).
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
  checkSubjectWorld(s);
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

/**
 * What the document cannot say about a valid subject, checked before anything is looked up or charged:
 * the date is in the calendar (DomainError `invalid_date`, path "day") and the zone exists
 * (`unknown_time_zone`, path "timezone"). Both are 422s (src/platform/problem.ts, domainProblem).
 */
export function checkSubjectWorld(s: Pick<SubjectBody, 'year' | 'month' | 'day' | 'timezone'>): void {
  if (!isValidCalendarDate(s.year, s.month, s.day)) {
    const mm = String(s.month).padStart(2, '0');
    throw new DomainError('invalid_date', `${s.year}-${mm} has no day ${s.day}.`, 'day');
  }
  if (s.timezone !== undefined) normalizeTimeZone(s.timezone);
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
