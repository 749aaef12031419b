/**
 * Birth data ("subject"), chart options and "who is this chart of" (birth data, a saved `chart_id` or a
 * famous person's `slug`) as the API takes them: the zod schemas the routes validate with, from which
 * /openapi.json is generated, rules included (src/schemas/rules.ts). Their resolution into the pure
 * library's input (gazetteer, zones) is src/platform/subject.ts and sides.ts.
 *
 * What the document cannot say is checked once the request is valid, and answered with a 422 of its own
 * type (each named in the field's description): a date that is not in the calendar (`invalid-date`), a
 * zone that does not exist (`unknown-time-zone`), a city the gazetteer does not know (`unknown-place`),
 * a local time skipped by a clock change (`nonexistent-local-time`).
 */
import { z } from '@hono/zod-openapi';
import { MAX_YEAR, MIN_YEAR } from '../astro/chart';
import { ASPECT_NAMES, AYANAMSAS, HOUSE_SYSTEMS, POINT_NAMES } from '../astro/types';
import {
  type Branch,
  exclusiveUnion,
  type ObjectRule,
  oneOfGroups,
  onlyWith,
  requiredUnless,
  together,
  withRules,
} from './rules';

/** Subject fields (flat), shared by every route that takes birth data. */
export const subjectFields = {
  full_name: z.string().trim().max(200).nullish().openapi({ example: 'Albert Einstein' }),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).openapi({ example: 1879 }),
  month: z.number().int().min(1).max(12).openapi({ example: 3 }),
  day: z.number().int().min(1).max(31).openapi({
    example: 14,
    description:
      'Day of the month (Gregorian calendar). A day the month does not have (30 February, 29 February of a common year, 31 April) is a 422 `invalid-date`.',
  }),
  hour: z.number().int().min(0).max(23).optional().openapi({
    example: 11,
    description:
      'Local civil time at the place. Required unless time_known is false. A local time skipped by a clock change is a 422 `nonexistent-local-time` (see `on_gap`).',
  }),
  minute: z.number().int().min(0).max(59).default(0).openapi({ example: 30 }),
  second: z.number().min(0).lt(60).default(0).openapi({ example: 0 }),
  city: z.string().regex(/\S/, 'Must not be blank.').trim().max(200).optional().openapi({
    example: 'Ulm',
    description:
      'Resolved by the offline gazetteer (GeoNames, population ≥ 1000). A name it does not know (with `country`: in that country) is a 422 `unknown-place`.',
  }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. "DE".')
    .transform((s) => s.toUpperCase())
    .optional()
    .openapi({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code (any case); narrows `city`.' }),
  latitude: z.number().min(-90).max(90).optional().openapi({ example: 48.4011 }),
  longitude: z.number().min(-180).max(180).optional().openapi({ example: 9.9876 }),
  timezone: z.string().max(64).optional().openapi({
    example: 'Europe/Berlin',
    description:
      'IANA zone name (any case; links such as "Asia/Calcutta" too); derived from the coordinates when absent. A name the tz database does not have is a 422 `unknown-time-zone`.',
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
    description:
      'A local time skipped by a clock change: a 422 `nonexistent-local-time` (reject) or moved forward by the gap.',
  }),
};

export const HouseSystemSchema = z.enum(HOUSE_SYSTEMS).openapi('HouseSystem');
export const ZodiacSchema = z.enum(['tropical', 'sidereal']).openapi('Zodiac');
export const AyanamsaSchema = z.enum(AYANAMSAS).openapi('Ayanamsa', {
  description: "The sidereal zodiac's ayanamsa (Swiss Ephemeris sidereal mode names, lower case).",
});
const PointNameSchema = z.enum(POINT_NAMES).openapi('PointName');
const AspectNameSchema = z.enum(ASPECT_NAMES).openapi('AspectName');

export const optionFields = {
  house_system: HouseSystemSchema.default('placidus'),
  zodiac: ZodiacSchema.default('tropical'),
  ayanamsa: AyanamsaSchema.optional().openapi({
    description: 'Only with `"zodiac": "sidereal"` (default there: lahiri).',
  }),
  points: z
    .array(PointNameSchema)
    .min(1)
    .max(POINT_NAMES.length)
    .optional()
    .openapi({ description: 'Which points to compute (default: all).' }),
  aspects: z
    .array(AspectNameSchema)
    .max(ASPECT_NAMES.length)
    .optional()
    .openapi({ description: 'Which aspects to look for (default: all).' }),
  orbs: z
    .partialRecord(AspectNameSchema, z.number().min(0).max(15))
    .optional()
    .openapi({
      description: 'Orb overrides in degrees, e.g. {"conjunction": 8}.',
      example: { conjunction: 8 },
    }),
};

/** Time and place: `hour` unless the time is unknown; a place as `city` or as coordinates. */
export const SUBJECT_RULES: readonly ObjectRule[] = [
  requiredUnless('hour', 'time_known', false, 'Required unless time_known is false.'),
  together(['latitude', 'longitude']),
  oneOfGroups(
    [['city'], ['latitude', 'longitude']],
    'Give a city (with an optional country) or latitude and longitude.',
  ),
];

/** The ayanamsa belongs to the sidereal zodiac. */
export const OPTION_RULES: readonly ObjectRule[] = [
  onlyWith(
    'ayanamsa',
    'zodiac',
    'sidereal',
    'An ayanamsa applies to the sidereal zodiac only; set zodiac to "sidereal".',
  ),
];

export type SubjectBody = z.infer<z.ZodObject<typeof subjectFields>>;
export type OptionsBody = Partial<z.infer<z.ZodObject<typeof optionFields>>>;

// ------------------------------------------------------------------------------ "whose chart": sides

export const chartIdField = z.string().max(64).openapi({
  description: 'A chart saved by this account (404 when there is none).',
  example: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3',
});
export const slugField = z
  .string()
  .max(100)
  .openapi({ description: "A famous person's slug (404 when there is none).", example: 'albert-einstein' });

const EXACTLY_ONE = 'Give exactly one of: birth data (year, month, day, ...), "chart_id" or "slug".';

/**
 * "Whose chart": birth data, a saved `chart_id` or a famous person's `slug`, each with the same `extra`
 * fields (a reading's options, a match's limit...), as a `oneOf` of three strict objects named
 * `<names>`; `rules` apply to every branch (e.g. OPTION_RULES).
 */
export function sideUnion<S extends z.ZodRawShape>(
  names: { birth: string; chart: string; famous: string },
  extra: S,
  rules: readonly ObjectRule[] = [],
) {
  const birth = withRules(z.object({ ...subjectFields, ...extra }).strict(), [...SUBJECT_RULES, ...rules]);
  const chart = withRules(z.object({ chart_id: chartIdField, ...extra }).strict(), rules);
  const famous = withRules(z.object({ slug: slugField, ...extra }).strict(), rules);
  const branches = [
    { schema: birth.openapi(names.birth), marks: 'default' },
    { schema: chart.openapi(names.chart), marks: ['chart_id'] },
    { schema: famous.openapi(names.famous), marks: ['slug'] },
  ] as const satisfies readonly Branch[];
  return exclusiveUnion(branches, EXACTLY_ONE);
}

/** One person of a synastry or composite. */
export const PersonSchema = sideUnion(
  { birth: 'Subject', chart: 'SavedChartRef', famous: 'FamousPersonRef' },
  {},
).openapi('Person', {
  description:
    "Birth data (the fields of POST /v1/charts without options), a saved `chart_id`, or a famous person's `slug`.",
});

export type SideBody = z.infer<typeof PersonSchema>;
