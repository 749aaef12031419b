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
const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const LAST_MS = Date.parse(`${LAST_DAY}T23:59:59Z`);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.sss]]Z`, a real calendar date within 1800–2399. */
export const instantField = (what: string) =>
  z
    .string()
    .max(40)
    .superRefine((s, ctx) => {
      const m = DATE.exec(s) ?? INSTANT.exec(s);
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: `${what}: expected an ISO 8601 UTC time ("2026-12-04T12:00:00Z") or a date ("2026-12-04").`,
        });
        return;
      }
      const [y = '0', mo = '0', d = '0', h = '0', mi = '0', se = '0'] = m.slice(1).map((x) => x ?? '0');
      const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +se);
      const back = new Date(ms);
      if (
        back.getUTCFullYear() !== +y ||
        back.getUTCMonth() !== +mo - 1 ||
        back.getUTCDate() !== +d ||
        +h > 23 ||
        +mi > 59 ||
        +se > 59
      ) {
        ctx.addIssue({ code: 'custom', message: `${what}: "${s}" is not a calendar date and time.` });
        return;
      }
      if (ms < FIRST_MS || ms > LAST_MS) {
        ctx.addIssue({ code: 'custom', message: `${what}: must lie between ${FIRST_DAY} and ${LAST_DAY}.` });
      }
    });

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
