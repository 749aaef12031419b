/**
 * Charts: compute (cached, metered as "charts"), save, list, get and delete saved charts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, lt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { withEquatorialCoordinates } from '../astro/chart';
import type { Chart } from '../astro/types';
import { charts } from '../db/schema';
import { iso } from '../platform/accounts';
import { assertScope, principalOf, requireScope } from '../platform/auth';
import { sendCached, withRequestWarnings } from '../platform/cache';
import { feedTokensOfCharts, invalidateFeedTokens } from '../platform/calendars';
import { cachedChart, chartEventData, loadSavedChart, prepareChart, signsOf } from '../platform/charts';
import { publishEvent } from '../platform/events';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { newId } from '../platform/ids';
import {
  AUTHED_ERRORS,
  BIRTH_DATA_422,
  errorResponses,
  ListQuerySchema,
  linksTo,
  listOf,
  unprocessable,
} from '../platform/openapi';
import { notFound } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import {
  kvLayer,
  OPTION_RULES,
  optionFields,
  STAR_RULES,
  SUBJECT_RULES,
  starFields,
  subjectFields,
} from '../platform/subject';
import { ChartSchema, ChartSummarySchema } from '../schemas/chart';
import { withRules } from '../schemas/rules';
import { text } from '../schemas/text';

export const ChartRequestSchema = withRules(
  z
    .object({
      ...subjectFields,
      ...optionFields,
      ...starFields,
      save: z
        .boolean()
        .default(false)
        .openapi({ description: 'Store the chart for this account (emits chart.saved).' }),
    })
    .strict(),
  [...SUBJECT_RULES, ...OPTION_RULES, ...STAR_RULES],
).openapi('ChartRequest', {
  example: {
    full_name: 'Albert Einstein',
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    second: 0,
    city: 'Ulm',
    country: 'DE',
  } as never,
});

export type ChartRequest = z.infer<typeof ChartRequestSchema>;

/** Only a chart that is saved creates something: only then does Idempotency-Key take a D1 lock. */
function savesChart(body: string): boolean {
  try {
    return (JSON.parse(body) as { save?: unknown } | null)?.save === true;
  } catch {
    return false;
  }
}

const chartJson = { 'application/json': { schema: ChartSchema } };
const tags = ['Charts'];
const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const create = createRoute({
  method: 'post',
  path: '/v1/charts',
  operationId: 'createChart',
  tags,
  summary: 'Compute a natal chart',
  description:
    'Planets, points, houses, aspects, distributions and lunar phase for birth data. Give the place as `city` (+ `country`) or `latitude`/`longitude` (+ `timezone`). Metered as `charts` (cache hits too). Cached: `X-Cache`, `ETag`, `If-None-Match`. With `"save": true` the chart is stored (201) and `chart.saved` is emitted. Emits `chart.calculated`.',
  middleware: [requireScope('charts:read'), idempotent(savesChart), refuseWhenUsedUp('charts')] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: ChartRequestSchema } }, required: true },
  },
  responses: {
    200: { description: 'The chart.', content: chartJson },
    201: {
      description: 'The chart, saved.',
      content: chartJson,
      links: linksTo({
        getChart: { id: '$response.body#/id' },
        deleteChart: { id: '$response.body#/id' },
        getChartWheel: { id: '$response.body#/id' },
        getChartWheelPng: { id: '$response.body#/id' },
      }),
    },
    304: { description: 'Not modified (If-None-Match).' },
    ...errorResponses(400, ...AUTHED_ERRORS, 413, 503),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/charts',
  operationId: 'listCharts',
  tags,
  summary: 'List saved charts',
  description: 'Newest first.',
  middleware: [requireScope('charts:read')] as const,
  request: { query: ListQuerySchema },
  responses: {
    200: {
      description: 'A page.',
      content: { 'application/json': { schema: listOf(ChartSummarySchema, 'ChartList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/charts/{id}',
  operationId: 'getChart',
  tags,
  summary: 'Get a saved chart',
  middleware: [requireScope('charts:read')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The chart.', content: chartJson },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/charts/{id}',
  operationId: 'deleteChart',
  tags,
  summary: 'Delete a saved chart',
  description: 'Emits `chart.deleted`.',
  middleware: [requireScope('charts:write')] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(...AUTHED_ERRORS, 404) },
});

export const chartRoutes = createRouter()
  .openapi(create, async (c) => {
    const p = principalOf(c);
    const body = c.req.valid('json');
    if (body.save) assertScope(p, 'charts:write');
    const prepared = await prepareChart(c.env.DB, body, '', kvLayer(c.env, c.executionCtx));
    const result = await withRequestWarnings(
      await chargeWhile(c, 'charts', 1, (ctx) => cachedChart(c.env, ctx, prepared)),
      prepared.warnings,
    );
    if (!body.save) {
      c.executionCtx.waitUntil(
        Promise.resolve().then(() =>
          publishEvent(
            c.executionCtx,
            c.env,
            'chart.calculated',
            { ...chartEventData(JSON.parse(result.body) as Chart, null), cache: result.status },
            p.accountId,
          ),
        ),
      );
      return sendCached(c, result, `{"id":null,${result.body.slice(1)}`);
    }
    const chart = JSON.parse(result.body) as Chart;
    const id = newId('chart');
    const s = signsOf(chart);
    const db = drizzle(c.env.DB);
    try {
      await db
        .insert(charts)
        .values({
          id,
          accountId: p.accountId,
          request: { subject: prepared.input, options: prepared.options },
          chart,
          fullName: chart.subject.full_name,
          sunSign: s.sun,
          moonSign: s.moon,
          risingSign: s.rising,
        })
        .run();
    } catch (err) {
      // D1 may have committed the insert and lost the answer: the caller gets a 503 (units refunded, the
      // Idempotency-Key released), so a chart left behind would be a second one after the retry. Remove
      // it by its pre-generated id, best effort (as deleteJob for batches), then answer the error.
      await db
        .delete(charts)
        .where(eq(charts.id, id))
        .run()
        .catch(() => undefined);
      throw err;
    }
    const data = chartEventData(chart, id);
    publishEvent(c.executionCtx, c.env, 'chart.calculated', { ...data, cache: result.status }, p.accountId);
    publishEvent(c.executionCtx, c.env, 'chart.saved', data, p.accountId);
    c.header('X-Cache', result.status);
    return c.json({ id, ...chart }, 201, { Location: `/v1/charts/${id}` });
  })
  .openapi(list, async (c) => {
    const p = principalOf(c);
    const { limit, starting_after } = c.req.valid('query');
    const rows = await drizzle(c.env.DB)
      .select({
        id: charts.id,
        fullName: charts.fullName,
        chart: charts.chart,
        sun: charts.sunSign,
        moon: charts.moonSign,
        rising: charts.risingSign,
        createdAt: charts.createdAt,
      })
      .from(charts)
      .where(
        starting_after
          ? and(eq(charts.accountId, p.accountId), lt(charts.id, starting_after))
          : eq(charts.accountId, p.accountId),
      )
      .orderBy(desc(charts.id))
      .limit(limit + 1)
      .all();
    const data = rows.slice(0, limit).map((r) => {
      const chart = r.chart as Chart;
      return {
        id: r.id,
        full_name: r.fullName,
        local_datetime: chart.subject.local_datetime,
        place: chart.subject.place,
        sun_sign: r.sun as Chart['points'][number]['sign'] | null,
        moon_sign: r.moon as Chart['points'][number]['sign'] | null,
        rising_sign: r.rising as Chart['points'][number]['sign'] | null,
        created_at: iso(r.createdAt) as string,
      };
    });
    return c.json({ data, has_more: rows.length > limit }, 200);
  })
  .openapi(get, async (c) => {
    const row = await loadSavedChart(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    if (!row) throw notFound('chart');
    // Charts saved before issue 20 lack the points' right ascension and declination: completed on the way out.
    return c.json({ id: row.id, ...withEquatorialCoordinates(row.chart as Chart) }, 200);
  })
  .openapi(remove, async (c) => {
    const p = principalOf(c);
    const row = await loadSavedChart(c.env.DB, p.accountId, c.req.valid('param').id);
    if (!row) throw notFound('chart');
    // Its calendars and alerts go with it (foreign keys, ON DELETE CASCADE); their feed tokens stop here now.
    const feeds = await feedTokensOfCharts(c.env.DB, [row.id]);
    await drizzle(c.env.DB).delete(charts).where(eq(charts.id, row.id)).run();
    await invalidateFeedTokens(feeds);
    publishEvent(
      c.executionCtx,
      c.env,
      'chart.deleted',
      { chart_id: row.id, full_name: row.fullName },
      p.accountId,
    );
    return c.body(null, 204);
  });
