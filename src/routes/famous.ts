/**
 * Famous people (class "famous_people"): search, details, charts and matches against a subject.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';
import { computeChart, type SubjectInput } from '../astro/chart';
import { quickScore, rankScore, scorePointsOf } from '../astro/synastry';
import { DomainError, SIGNS } from '../astro/types';
import { signOf } from '../astro/zodiac';
import { famousPeople } from '../db/schema';
import { ensureAsteroidTables } from '../platform/asteroid-tables';
import { principalOf, requireScope } from '../platform/auth';
import { type CacheContext, cached, sendCached } from '../platform/cache';
import type { AppEnv } from '../platform/context';
import {
  FAMOUS_FIELDS,
  type FamousPerson,
  famousSubject,
  getFamousPerson,
  matchCandidates,
  toFamous,
} from '../platform/famous';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, listOf, unprocessable } from '../platform/openapi';
import { fold } from '../platform/places';
import { domainProblem, loggable, notFound } from '../platform/problem';
import { charge, chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { resolveSide } from '../platform/sides';
import { chartCacheIdentity, kvLayer, optionFields, toChartOptions } from '../platform/subject';
import { ChartSchema } from '../schemas/chart';
import { queryIntegerDefault } from '../schemas/formats';
import { AyanamsaSchema, sideUnion } from '../schemas/subject';
import { text } from '../schemas/text';
import { registerFamousWarmer } from './admin-cache';

export const CATEGORIES = [
  'science',
  'arts',
  'music',
  'film',
  'politics',
  'sport',
  'literature',
  'business',
] as const;
const Sign = z.enum(SIGNS);

export const FamousPersonSchema = z
  .object({
    slug: z.string().openapi({ example: 'albert-einstein' }),
    full_name: z.string(),
    category: z.enum(CATEGORIES),
    description: z.string(),
    birth: z.object({
      year: z.number().int(),
      month: z.number().int(),
      day: z.number().int(),
      hour: z.number().int().optional(),
      minute: z.number().int().optional(),
      city: z.string(),
      admin1: z.string().nullable().openapi({
        description: 'The first-level division\'s name (GeoNames admin1), e.g. "Minnesota".',
      }),
      country: z.string(),
      latitude: z.number(),
      longitude: z.number(),
      timezone: z.string(),
      geonames_id: z.number().int().nullable().openapi({
        description: 'The GeoNames place whose coordinates and zone the record uses; null for an exception.',
      }),
      place_note: z.string().optional().openapi({
        description:
          'Why the place is an exception (a birthplace the GeoNames data lacks, and what stands in).',
      }),
    }),
    time_known: z.boolean(),
    utc_offset: z.number().optional().openapi({
      description: 'Timed records: the UTC offset (hours east) the chart uses.',
      example: -6,
    }),
    utc_offset_basis: z
      .enum(['source', 'source_lmt', 'zone'])
      .optional()
      .openapi({
        description:
          'Timed records: where `utc_offset` comes from: the offset or zone the source states ("6:00 am ' +
          "CST\"), the birthplace's local mean time where the source says LMT, or the zone's history in the tz " +
          'database.',
      }),
    utc_offset_note: z.string().optional().openapi({
      description: "Why a stated offset differs from the zone's history (e.g. CST where the zone gives CDT).",
    }),
    rodden_rating: z.enum(['AA', 'A', 'B', 'C', 'DD', 'X']).openapi({
      description: 'AA birth record, A quoted, B biography, C caution, DD conflicting, X no time known.',
    }),
    source: z.string().openapi({
      description: 'What the source page says about the time (or the date), and where other pages disagree.',
    }),
    source_url: z
      .string()
      .nullable()
      .openapi({
        description:
          'The page that states the birth time (untimed records: the page that confirms the date); null when ' +
          'no page was found.',
      }),
    sun_sign: Sign,
    moon_sign: Sign.openapi({ description: 'For untimed births, the Moon at local noon.' }),
    rising_sign: Sign.nullable().openapi({ description: 'Null when the birth time is unknown.' }),
  })
  .openapi('FamousPerson');

export const SearchQuery = z.object({
  q: text()
    .regex(/\S/, 'Must not be blank.')
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'Part of the name, any case and accents.' }),
  category: z.enum(CATEGORIES).optional(),
  sun_sign: Sign.optional(),
  moon_sign: Sign.optional(),
  rising_sign: Sign.optional(),
  limit: queryIntegerDefault({ min: 1, max: 100 }, 20),
  starting_after: text().max(100).optional().openapi({ description: 'Cursor: the slug of the last item.' }),
});

export const SlugParam = z.object({
  slug: text()
    .max(100)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'albert-einstein' }),
});

const ChartQuery = z.object({
  house_system: optionFields.house_system,
  zodiac: optionFields.zodiac,
  // Query parameters: the predefined ayanamsas (a user ayanamsa needs a request body).
  ayanamsa: AyanamsaSchema.optional().openapi({
    description:
      'With `zodiac=sidereal` (default there: lahiri); ignored with the tropical zodiac. The predefined ayanamsas only: a user ayanamsa needs a request body (POST /v1/charts).',
  }),
});

export const MatchRequestSchema = sideUnion(
  { birth: 'MatchOfSubject', chart: 'MatchOfSavedChart', famous: 'MatchOfFamousPerson' },
  {
    limit: z.number().int().min(1).max(50).default(10),
    category: z.enum(CATEGORIES).optional(),
  },
).openapi('MatchRequest', {
  description: "Whom to match: birth data, a saved `chart_id`, or a famous person's `slug`.",
});

export const MatchSchema = z
  .object({
    subject: z.object({ sun_sign: Sign, moon_sign: Sign, rising_sign: Sign.nullable() }),
    data: z.array(
      z.object({
        person: FamousPersonSchema,
        score: z.object({ value: z.number(), label: z.string() }),
        shared: z
          .array(z.string())
          .openapi({ description: 'What the two charts share: signs and scoring contacts.' }),
      }),
    ),
    same_signs: z.object({
      sun: z.array(z.string()).openapi({ description: 'Slugs sharing the Sun sign.' }),
      moon: z.array(z.string()),
      rising: z.array(z.string()),
    }),
    candidates: z.number().int(),
  })
  .openapi('FamousMatches');

const tags = ['Famous people'];
const scope = requireScope('charts:read');
const metered = refuseWhenUsedUp('famous_people');

const search = createRoute({
  method: 'get',
  path: '/v1/famous-people',
  operationId: 'searchFamousPeople',
  tags,
  summary: 'Search famous people',
  description:
    'By name (accent-insensitive), category and Sun/Moon/rising sign; ordered by slug. Metered as `famous_people`.',
  middleware: [scope, metered] as const,
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'A page.',
      content: { 'application/json': { schema: listOf(FamousPersonSchema, 'FamousPersonList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const details = createRoute({
  method: 'get',
  path: '/v1/famous-people/{slug}',
  operationId: 'getFamousPerson',
  tags,
  summary: 'A famous person',
  middleware: [scope, metered] as const,
  request: { params: SlugParam },
  responses: {
    200: { description: 'The person.', content: { 'application/json': { schema: FamousPersonSchema } } },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const chart = createRoute({
  method: 'get',
  path: '/v1/famous-people/{slug}/chart',
  operationId: 'getFamousPersonChart',
  tags,
  summary: "A famous person's chart",
  description: 'Honours the chart options as query parameters. Cached; metered as `famous_people`.',
  middleware: [scope, metered] as const,
  request: { params: SlugParam, query: ChartQuery },
  responses: {
    200: { description: 'The chart.', content: { 'application/json': { schema: ChartSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const matches = createRoute({
  method: 'post',
  path: '/v1/famous-people/matches',
  operationId: 'matchFamousPeople',
  tags,
  summary: 'Famous people who match a subject',
  description:
    'Ranks the collection by the synastry compatibility score (Discepolo) against birth data or a saved chart, from precomputed points (no full synastry per person), and lists those sharing the Sun, Moon or rising sign. Metered as `famous_people`.',
  middleware: [scope, metered] as const,
  request: { body: { content: { 'application/json': { schema: MatchRequestSchema } }, required: true } },
  responses: {
    200: { description: 'Matches.', content: { 'application/json': { schema: MatchSchema } } },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

function chartOf(input: SubjectInput, options = {}) {
  try {
    return computeChart(input, options);
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err);
    throw err;
  }
}

async function famousChart(
  c: Context<AppEnv>,
  person: FamousPerson,
  query: z.infer<typeof ChartQuery>,
  ctx: CacheContext = c.executionCtx,
) {
  const input = famousSubject(person);
  const options = toChartOptions(query);
  return cached(c.env, ctx, 'famous', `${person.slug}|${chartCacheIdentity(input, options)}`, async () => {
    await ensureAsteroidTables(c.env, options.points);
    return {
      body: JSON.stringify({ id: null, ...chartOf(input, options) }),
      contentType: 'application/json; charset=utf-8',
    };
  });
}

/** The famous-people warm running in this isolate: a second request joins it instead of repeating it. */
let warming: Promise<void> | null = null;

registerFamousWarmer(async (c) => {
  const rows = await drizzle(c.env.DB).select(FAMOUS_FIELDS).from(famousPeople).all();
  const people = rows.map(toFamous);
  warming ??= (async () => {
    for (const person of people) {
      await famousChart(c, person, { house_system: 'placidus', zodiac: 'tropical' }).catch((err) =>
        console.error(JSON.stringify({ msg: 'warm failed', slug: person.slug, err: loggable(err) })),
      );
    }
  })().finally(() => {
    warming = null;
  });
  c.executionCtx.waitUntil(warming);
  return people.length;
});

export const famousRoutes = createRouter()
  .openapi(search, async (c) => {
    const q = c.req.valid('query');
    await charge(c, 'famous_people', 1);
    const where: SQL[] = [];
    if (q.q) {
      // A substring of the folded name. instr(), not LIKE '%...%': D1 refuses LIKE patterns over 50 bytes
      // ("LIKE or GLOB pattern too complex"), and the query may be 100 characters (more bytes once folded).
      // The same matches, with no wildcard to escape; both scan the few hundred rows.
      where.push(sql`instr(${famousPeople.nameKey}, ${fold(q.q)}) > 0`);
    }
    if (q.category) where.push(eq(famousPeople.category, q.category));
    if (q.sun_sign) where.push(eq(famousPeople.sunSign, q.sun_sign));
    if (q.moon_sign) where.push(eq(famousPeople.moonSign, q.moon_sign));
    if (q.rising_sign) where.push(eq(famousPeople.risingSign, q.rising_sign));
    if (q.starting_after) where.push(gt(famousPeople.slug, q.starting_after));
    const rows = await drizzle(c.env.DB)
      .select(FAMOUS_FIELDS)
      .from(famousPeople)
      .where(and(...where))
      .orderBy(famousPeople.slug)
      .limit(q.limit + 1)
      .all();
    const people = rows.map(toFamous);
    c.header('Cache-Control', 'private, max-age=300');
    return c.json({ data: people.slice(0, q.limit), has_more: people.length > q.limit } as never, 200);
  })
  .openapi(details, async (c) => {
    // Looked up first (isolate memory, then KV, usually): an unknown slug is a 404 that costs nothing,
    // without a charge and a refund round trip to the quota Durable Object.
    const person = await getFamousPerson(c.env.DB, c.req.valid('param').slug, kvLayer(c.env, c.executionCtx));
    if (!person) throw notFound('famous person');
    await charge(c, 'famous_people', 1);
    c.header('Cache-Control', 'private, max-age=300');
    return c.json(person as never, 200);
  })
  .openapi(chart, async (c) => {
    const person = await getFamousPerson(c.env.DB, c.req.valid('param').slug, kvLayer(c.env, c.executionCtx));
    if (!person) throw notFound('famous person');
    const result = await chargeWhile(c, 'famous_people', 1, (ctx) =>
      famousChart(c, person, c.req.valid('query'), ctx),
    );
    return sendCached(c, result, result.body, 300) as never;
  })
  .openapi(matches, async (c) => {
    principalOf(c);
    const body = c.req.valid('json');
    const side = await resolveSide(c, body);
    await charge(c, 'famous_people', 1);
    const subjectChart = chartOf(side.input, { points: ['sun', 'moon', 'venus', 'mars'], aspects: [] });
    const mine = scorePointsOf(subjectChart);
    const sun = subjectChart.points.find((p) => p.name === 'sun')?.sign as (typeof SIGNS)[number];
    const moon = subjectChart.points.find((p) => p.name === 'moon')?.sign as (typeof SIGNS)[number];
    const rising = subjectChart.angles ? signOf(subjectChart.angles.ascendant) : null;
    const all = (await matchCandidates(c.env.DB, kvLayer(c.env, c.executionCtx))).filter(
      (p) => !body.category || p.category === body.category,
    );
    // Rank everyone with the allocation-free score, then explain only the few that are shown.
    const scored = all.map((p) => ({ p, ...rankScore(mine, p.points) }));
    scored.sort((x, y) => y.value - x.value || x.tightness - y.tightness || (x.p.slug < y.p.slug ? -1 : 1));
    const top = scored.slice(0, body.limit).map((t) => ({ ...t, s: quickScore(mine, t.p.points) }));
    const people = await Promise.all(
      top.map((t) => getFamousPerson(c.env.DB, t.p.slug, kvLayer(c.env, c.executionCtx))),
    );
    const data = top.map((t, i) => {
      const shared: string[] = [];
      if (t.p.sun_sign === sun) shared.push(`Sun in ${sun}`);
      if (t.p.moon_sign === moon) shared.push(`Moon in ${moon}`);
      if (rising && t.p.rising_sign === rising) shared.push(`${rising} rising`);
      shared.push(...t.s.breakdown.map((b) => b.rule));
      return { person: people[i] as FamousPerson, score: { value: t.s.value, label: t.s.label }, shared };
    });
    const slugs = (f: (p: (typeof all)[number]) => boolean) => all.filter(f).map((p) => p.slug);
    return c.json(
      {
        subject: { sun_sign: sun, moon_sign: moon, rising_sign: rising },
        data,
        same_signs: {
          sun: slugs((p) => p.sun_sign === sun),
          moon: slugs((p) => p.moon_sign === moon),
          rising: rising ? slugs((p) => p.rising_sign === rising) : [],
        },
        candidates: all.length,
      } as never,
      200,
    );
  });
