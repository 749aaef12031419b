/**
 * Birth data ("subject"), chart options and "who is this chart of" (birth data, a saved `chart_id` or a
 * famous person's `slug`) as the API takes them: the zod schemas the routes validate with, from which
 * /openapi.json is generated, rules included (src/schemas/rules.ts). Their resolution into the pure
 * library's input (gazetteer, zones) is src/platform/subject.ts and sides.ts.
 *
 * What the document cannot say is checked once the request is valid, and answered with a 422 of its own
 * type (each named in the field's description): a date that is not in the calendar (`invalid-date`), a
 * zone that does not exist (`unknown-time-zone`), a city the gazetteer does not know (`unknown-place`),
 * a local time skipped by a clock change (`nonexistent-local-time`), daylight time forced where the zone had
 * no standard time (`dst-before-standard-time`).
 */
import { z } from '@hono/zod-openapi';
import { DEFAULT_ORBS } from '../astro/aspects';
import { MAX_YEAR, MIN_YEAR } from '../astro/chart';
import { HOUSE_SYSTEM_LETTERS } from '../astro/houses';
import { FIXED_STAR_NAMES, FIXED_STAR_ORB_DEFAULT, FIXED_STAR_ORB_MAX } from '../astro/stars';
import {
  ASPECT_NAMES,
  AYANAMSAS,
  DEFAULT_ASPECTS,
  DEFAULT_POINTS,
  HOUSE_SYSTEMS,
  POINT_NAMES,
} from '../astro/types';
import {
  atMostOne,
  type Branch,
  exclusiveUnion,
  type ObjectRule,
  oneOfGroups,
  onlyWith,
  requiredIf,
  requiredUnless,
  together,
  withRules,
} from './rules';
import { text } from './text';

/** Subject fields (flat), shared by every route that takes birth data. */
export const subjectFields = {
  full_name: text().trim().max(200).nullish().openapi({ example: 'Albert Einstein' }),
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
  city: text().regex(/\S/, 'Must not be blank.').trim().max(200).optional().openapi({
    example: 'Ulm',
    description:
      'Resolved by the offline gazetteer (GeoNames, population ≥ 500). A name it does not know (with `country`: in that country) is a 422 `unknown-place`.',
  }),
  country: text()
    .regex(/^[A-Za-z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. "DE".')
    .transform((s) => s.toUpperCase())
    .optional()
    .openapi({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code (any case); narrows `city`.' }),
  latitude: z.number().min(-90).max(90).optional().openapi({ example: 48.4011 }),
  longitude: z.number().min(-180).max(180).optional().openapi({ example: 9.9876 }),
  timezone: text().max(64).optional().openapi({
    example: 'Europe/Berlin',
    description:
      'IANA zone name (any case; links such as "Asia/Calcutta" too); derived from the coordinates when absent. A name the tz database does not have is a 422 `unknown-time-zone`.',
  }),
  utc_offset: z.number().min(-18).max(18).optional().openapi({
    description:
      'Fixed UTC offset in hours (east positive), as the birth record gives it; overrides the zone. Not with `dst`.',
  }),
  dst: z
    .boolean()
    .optional()
    .openapi({
      description:
        "What the birth record says about daylight saving time: the zone's standard offset is kept and " +
        "daylight time forced (true) or removed (false). Absent: the zone's history, which before uniform " +
        "laws is its reference city's (a warning, code dst_local_option, says where it may not have applied). " +
        'Not with `utc_offset`. `true` on a date when the zone kept local mean time (no standard time yet) is ' +
        'a 422 `dst-before-standard-time`.',
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
    description:
      'A local time skipped by a clock change: a 422 `nonexistent-local-time` (reject) or moved forward by the gap.',
  }),
};

export const HouseSystemSchema = z.enum(HOUSE_SYSTEMS).openapi('HouseSystem', {
  description: `House system; the Swiss Ephemeris letter of each: ${HOUSE_SYSTEMS.map((h) => `${h} ${HOUSE_SYSTEM_LETTERS[h]}`).join(', ')} (equal is Swiss A or E). Inside the polar circles Placidus and Koch fall back to Porphyry with a warning; docs/accuracy.md states what each system does there.`,
});
export const ZodiacSchema = z.enum(['tropical', 'sidereal']).openapi('Zodiac');
/** The predefined ayanamsas (query parameters take these; a body may also define its own, "user"). */
export const AyanamsaSchema = z.enum(AYANAMSAS).openapi('Ayanamsa', {
  description:
    "The sidereal zodiac's ayanamsa: the Swiss Ephemeris sidereal modes in lower case (true_citra, yukteshwar, galcent_0sag ...).",
});
const PointNameSchema = z.enum(POINT_NAMES).openapi('PointName');
const AspectNameSchema = z.enum(ASPECT_NAMES).openapi('AspectName');

/** The epochs a user ayanamsa may have: years −3000 to 3000 (Julian days, UT). */
export const EPOCH_MIN_JD = 625307.5;
export const EPOCH_MAX_JD = 2816787.5;

/**
 * An ISO 8601 date or date-time of a user ayanamsa's epoch, as one regular expression (the server's
 * check and the document's `pattern`): a day the month has (leap years of the proleptic Gregorian
 * calendar included, as `format: date` of the analytics), an optional time (seconds and a fraction
 * optional) and offset (UTC without one), written from 0000-01-01 to 3000-01-01T00:00. The bound is on
 * the date-time as written: with a negative offset the instant may lie up to 18 h 59 min after
 * EPOCH_MAX_JD, which a pattern could not exclude and which matters to no ayanamsa. Years before 0 are
 * given as Julian days.
 */
const LEAP_DAY = '(?:[0-2]\\d(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|1[26]|2[048])00)-02-29';
const COMMON_DAY =
  '[0-2]\\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const TIME = 'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?';
const OFFSET = '(?:Z|[+-](?:0\\d|1[0-8]):[0-5]\\d)';
const LAST_DAY = `3000-01-01(?:T00:00(?::00(?:\\.0{1,9})?)?${OFFSET}?)?`;
export const EPOCH_PATTERN = new RegExp(
  `^(?:(?:${LEAP_DAY}|${COMMON_DAY})(?:${TIME}${OFFSET}?)?|${LAST_DAY})$`,
);

export const optionFields = {
  house_system: HouseSystemSchema.default('placidus'),
  zodiac: ZodiacSchema.default('tropical'),
  ayanamsa: z
    .enum([...AYANAMSAS, 'user'])
    .optional()
    .openapi({
      description:
        'Only with `"zodiac": "sidereal"` (default there: lahiri). The Swiss Ephemeris sidereal modes in lower case (true_citra, yukteshwar, galcent_0sag ...), or "user" with `ayanamsa_value` and `ayanamsa_epoch`.',
    }),
  ayanamsa_value: z.number().gt(-360).lt(360).optional().openapi({
    description:
      'Only with `"ayanamsa": "user"` (and required there): the mean ayanamsa (without nutation) at `ayanamsa_epoch`, degrees.',
    example: 23.85,
  }),
  ayanamsa_epoch: z
    .union([
      z
        .string()
        .regex(
          EPOCH_PATTERN,
          'Expected an ISO 8601 date or date-time from 0000-01-01 to 3000-01-01T00:00 (e.g. "1950-01-01" or "2000-01-01T12:00:00Z"), or a Julian day.',
        )
        .openapi({ example: '2000-01-01T12:00:00Z' }),
      z.number().min(EPOCH_MIN_JD).max(EPOCH_MAX_JD).openapi({ example: 2451545 }),
    ])
    .optional()
    .openapi({
      description:
        'Only with `"ayanamsa": "user"` (and required there): the epoch of `ayanamsa_value`, years −3000 to 3000: a Julian day (UT), or an ISO 8601 date or date-time (proleptic Gregorian calendar; UTC unless an offset is given) written from 0000-01-01 to 3000-01-01T00:00. The pattern states the calendar: a day the month does not have (30 February, 29 February of a common year) is a 400 like any other mismatch.',
    }),
  ayanamsa_rate: z.number().min(-200).max(200).optional().openapi({
    description:
      'Only with `"ayanamsa": "user"`: its change in arcseconds per Julian year. Absent: carried by precession from the epoch (Vondrák 2011, measured on the ecliptic of the epoch, as the Swiss Ephemeris\' user ayanamsa).',
    example: 50.29,
  }),
  points: z
    .array(PointNameSchema)
    .min(1)
    .max(POINT_NAMES.length)
    .optional()
    .openapi({
      description: `Which points to compute. Default: ${DEFAULT_POINTS.join(', ')}; the others (${POINT_NAMES.filter((p) => !DEFAULT_POINTS.includes(p)).join(', ')}) only when listed.`,
    }),
  aspects: z
    .array(AspectNameSchema)
    .max(ASPECT_NAMES.length)
    .optional()
    .openapi({
      description: `Which aspects to look for. Default: ${DEFAULT_ASPECTS.join(', ')}; the others (${ASPECT_NAMES.filter((a) => !DEFAULT_ASPECTS.includes(a)).join(', ')}) only when listed. parallel and contra_parallel compare declinations.`,
    }),
  orbs: z
    .partialRecord(AspectNameSchema, z.number().min(0).max(15))
    .optional()
    .openapi({
      description: `Orb overrides in degrees, e.g. {"conjunction": 8}. Defaults: ${ASPECT_NAMES.map((a) => `${a} ${DEFAULT_ORBS[a]}`).join(', ')}; points other than the ten planets at most 3 (major) or 1 (others) unless given here.`,
      example: { conjunction: 8 },
    }),
  point_orbs: z
    .partialRecord(PointNameSchema, z.partialRecord(AspectNameSchema, z.number().min(0).max(15)))
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
 * user ayanamsa's definition is not carried by those requests. Only with `"zodiac": "sidereal"`
 * (PREDEFINED_AYANAMSA_RULES).
 */
export const predefinedAyanamsa = AyanamsaSchema.optional().openapi({
  description:
    'Only with `"zodiac": "sidereal"` (default there: lahiri). The Swiss Ephemeris sidereal modes in lower case (true_citra, yukteshwar, galcent_0sag ...); a user ayanamsa is not available here.',
});

/** Fixed-star options of a chart (POST /v1/charts, its wheel and chart batches); rules: STAR_RULES. */
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
      description: `Orb of a star's conjunction in degrees of longitude (default ${FIXED_STAR_ORB_DEFAULT}); only with \`"fixed_stars": true\`.`,
      example: FIXED_STAR_ORB_DEFAULT,
    }),
};

/**
 * Time and place: `hour` unless the time is unknown; a place as `city` or as coordinates; a fixed
 * `utc_offset` or a `dst` override, not both.
 */
export const SUBJECT_RULES: readonly ObjectRule[] = [
  requiredUnless('hour', 'time_known', false, 'Required unless time_known is false.'),
  together(['latitude', 'longitude']),
  oneOfGroups(
    [['city'], ['latitude', 'longitude']],
    'Give a city (with an optional country) or latitude and longitude.',
  ),
  atMostOne(
    ['utc_offset', 'dst'],
    'Give either "utc_offset" or "dst", not both: utc_offset fixes the whole offset.',
  ),
];

const USER_AYANAMSA_FIELDS = ['ayanamsa_value', 'ayanamsa_epoch', 'ayanamsa_rate'] as const;

/**
 * The ayanamsa belongs to the sidereal zodiac; a user ayanamsa ("user") needs its value and epoch, and
 * its fields come with it only.
 */
/** `ayanamsa` only with `"zodiac": "sidereal"` (also the whole of the forecasting routes' option rules). */
export const SIDEREAL_RULE: ObjectRule = onlyWith(
  'ayanamsa',
  'zodiac',
  'sidereal',
  'An ayanamsa applies to the sidereal zodiac only; set zodiac to "sidereal".',
);

export const OPTION_RULES: readonly ObjectRule[] = [
  SIDEREAL_RULE,
  requiredIf('ayanamsa_value', 'ayanamsa', 'user', 'Required with ayanamsa "user".'),
  requiredIf('ayanamsa_epoch', 'ayanamsa', 'user', 'Required with ayanamsa "user".'),
  ...USER_AYANAMSA_FIELDS.map((f) => onlyWith(f, 'ayanamsa', 'user', 'Only with ayanamsa "user".')),
];

/** A star orb belongs to the stars (as an ayanamsa to the sidereal zodiac). */
export const STAR_RULES: readonly ObjectRule[] = [
  onlyWith(
    'fixed_star_orb',
    'fixed_stars',
    true,
    'An orb for fixed stars applies with "fixed_stars": true only.',
  ),
];

/**
 * Options that depend on another (`dependent` only with `head`'s value): an item of a batch that sets
 * `head` itself does not inherit the shared options' `dependent`s (src/platform/batch/items.ts).
 */
export const OPTION_DEPENDENTS: Readonly<Record<string, readonly string[]>> = {
  zodiac: ['ayanamsa', ...USER_AYANAMSA_FIELDS],
  ayanamsa: USER_AYANAMSA_FIELDS,
  fixed_stars: ['fixed_star_orb'],
};

export type SubjectBody = z.infer<z.ZodObject<typeof subjectFields>>;
export type OptionsBody = Partial<z.infer<z.ZodObject<typeof optionFields>>> &
  Partial<z.infer<z.ZodObject<typeof starFields>>>;

// ------------------------------------------------------------------------------ "whose chart": sides

export const chartIdField = text().max(64).openapi({
  description: 'A chart saved by this account (404 when there is none).',
  example: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3',
});
export const slugField = text()
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
