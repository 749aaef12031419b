/**
 * Request pieces and response schemas shared by the forecasting routes (transits, timeline, sky, returns,
 * progressions): the natal side, instants and dates, and the documented limits and costs.
 */
import { z } from '@hono/zod-openapi';
import { DEFAULT_BODIES, type DefaultBodyName } from '../astro/positions';
import { zoneOffsetAt } from '../astro/time';
import { LONGITUDE_ASPECTS, type LongitudeAspect, POINT_NAMES, SIGNS } from '../astro/types';
import { ChartSchema } from './chart';

/** The span served: the ephemeris' 1800–2400 less the margins searches need around a range. */
export const FIRST_DAY = '1800-01-01';
export const LAST_DAY = '2399-12-31';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day of the span served as one regular expression (the server's check and the document's `pattern`):
 * years 1800–2399, a day the month has (29 February in leap years of the Gregorian calendar only: 2000,
 * not 1800, 1900, 2100, 2200, 2300).
 */
const CENTURIES = '(?:1[89]|2[0-3])';
const LEAP_DAY = `(?:${CENTURIES}(?:0[48]|[2468][048]|[13579][26])|2000)-02-29`;
const COMMON_DAY = `${CENTURIES}\\d\\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))`;
const UTC_TIME = 'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,3})?)?Z';
/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.sss]]Z`, a calendar date from FIRST_DAY to LAST_DAY. */
export const INSTANT_PATTERN = new RegExp(`^(?:${LEAP_DAY}|${COMMON_DAY})(?:${UTC_TIME})?$`);

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.sss]]Z`, a real calendar date within 1800–2399: all of it in the
 * pattern, so the document states it (a 400 when broken).
 */
export const instantField = (what: string) =>
  z
    .string()
    .max(40)
    .regex(
      INSTANT_PATTERN,
      `${what}: expected an ISO 8601 UTC time ("2026-12-04T12:00:00Z") or a date ("2026-12-04"), a calendar date from ${FIRST_DAY} to ${LAST_DAY}.`,
    );

/**
 * Milliseconds since the epoch of a validated instant or date. A date is the start of that day (end: the start of
 * the next day, so that `to` includes it), in UTC or in `timezone` when one is given.
 */
export function instantMs(s: string, end: 'start' | 'end', timezone?: string): number {
  const m = DATE.exec(s);
  if (!m) return Date.parse(s);
  const midnight = Date.UTC(
    +(m[1] as string),
    +(m[2] as string) - 1,
    +(m[3] as string) + (end === 'end' ? 1 : 0),
  );
  if (!timezone) return midnight;
  // Local midnight: the UTC instant whose local time is midnight (two passes settle a change of offset).
  let utc = midnight - zoneOffsetAt(timezone, midnight).offsetSeconds * 1000;
  utc = midnight - zoneOffsetAt(timezone, utc).offsetSeconds * 1000;
  return utc;
}

export const jdOfMs = (ms: number) => ms / 86_400_000 + 2440587.5;
export const msOfJd = (jd: number) => (jd - 2440587.5) * 86_400_000;
/** ISO 8601 UTC to the second, as the API writes times. */
export const isoSeconds = (ms: number) =>
  new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
export const isoOfJd = (jd: number) => isoSeconds(msOfJd(jd));

/** The natal side of the forecasting operations' request examples (Einstein, by coordinates and zone). */
export const EXAMPLE_NATAL = {
  full_name: 'Albert Einstein',
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  latitude: 48.4011,
  longitude: 9.9876,
  timezone: 'Europe/Berlin',
} as const;

export const TransitingBody = z.enum(DEFAULT_BODIES as [DefaultBodyName, ...DefaultBodyName[]]);
export const NatalPointName = z.enum([...POINT_NAMES, 'ascendant', 'midheaven']);
export const Aspect = z.enum(LONGITUDE_ASPECTS);
export const Sign = z.enum(SIGNS);

/** Transit orbs (degrees): tighter than natal ones, as transits are read. */
export const TRANSIT_ORBS: Record<LongitudeAspect, number> = {
  conjunction: 3,
  opposition: 3,
  trine: 3,
  square: 3,
  sextile: 2,
  quincunx: 1,
  semi_sextile: 1,
  semi_square: 1,
  sesquiquadrate: 1,
  quintile: 1,
  bi_quintile: 1,
  septile: 1,
  bi_septile: 1,
  tri_septile: 1,
  novile: 1,
  bi_novile: 1,
  quadri_novile: 1,
};

export const orbsField = z
  .partialRecord(Aspect, z.number().min(0).max(10))
  .optional()
  .openapi({
    description: `Orb per aspect in degrees (0–10). Defaults: ${Object.entries(TRANSIT_ORBS)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  });

/**
 * What a transit request selects: the transiting bodies, the natal points, the aspects and their orbs. The
 * defaults of the first two differ by operation, so their descriptions are the caller's.
 */
export const selectionFields = (describe: { transiting: string; natal_points: string }) => ({
  transiting: z.array(TransitingBody).min(1).max(14).optional().openapi({ description: describe.transiting }),
  natal_points: z
    .array(NatalPointName)
    .min(1)
    .max(18)
    .optional()
    .openapi({ description: describe.natal_points }),
  aspects: z.array(Aspect).min(1).optional().openapi({ description: 'Default: the five major aspects.' }),
  orbs: orbsField,
});

export const HitSchema = z
  .object({
    transiting: TransitingBody,
    natal: NatalPointName,
    aspect: Aspect,
    exact_at: z.string().openapi({ description: 'When the aspect is exact (UTC, to the second).' }),
    retrograde: z.boolean().openapi({ description: 'The transiting body is retrograde at that moment.' }),
    enters_orb_at: z.string().nullable().openapi({
      description:
        'When the aspect enters its orb before this hit; null when that lies beyond the searched margin (days before `from`, per body: Moon 3, Sun 20, Mercury–Mars 60, Jupiter–Pluto and Chiron 400).',
    }),
    leaves_orb_at: z
      .string()
      .nullable()
      .openapi({ description: 'When it leaves its orb after this hit; null likewise.' }),
  })
  .openapi('TransitHit');

export const NatalSummarySchema = z
  .object({
    chart_id: z.string().nullable(),
    slug: z.string().optional(),
    subject: ChartSchema.shape.subject,
    settings: ChartSchema.shape.settings,
  })
  .openapi('NatalSummary');
