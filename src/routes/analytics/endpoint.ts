/** GET /v1/analytics/endpoint/{endpoint} (admin): one endpoint's traffic, errors and latency. */
import { createRoute, z } from '@hono/zod-openapi';
import { and, gte, lte, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { usageHourly } from '../../db/schema';
import type { Env } from '../../env';
import {
  aeNullableNumber,
  aeNumber,
  analyticsEngineConfigured,
  buildEndpointSql,
  histogramFrom,
  histogramQuantile,
  queryAnalyticsEngine,
} from '../../platform/analytics';
import { requireAdmin } from '../../platform/auth';
import { batchOfSql, rowsOf } from '../../platform/d1';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../../platform/openapi';
import { loggable, problem, worldProblem } from '../../platform/problem';
import { createRouter } from '../../platform/router';
import { text } from '../../schemas/text';
import { type CountRow, counts, fillDays, fresh, inRange, latencyOf, mean, rate, SUMS } from './measures';
import { type Range, RangeQuery, resolveRange } from './range';
import { EndpointReportSchema, jsonOf, tags } from './schemas';

const endpoint = createRoute({
  method: 'get',
  path: '/v1/analytics/endpoint/{endpoint}',
  operationId: 'getEndpointAnalytics',
  tags,
  summary: 'One endpoint: traffic, errors, latency (admin)',
  description:
    'The endpoint is a route pattern, either URL-encoded (`%2Fv1%2Fcharts%2F%3Aid` for `/v1/charts/:id`; `{id}` works as well as `:id`) or as a slug with dots for slashes and `v1.` optional (`charts.:id`, `v1.charts`, `charts` = `/v1/charts`). A slug is resolved against the routes that had traffic in the range: 404 if none matches, 400 listing the candidates if several do. `source`: `auto` (default) asks Analytics Engine when CF_ACCOUNT_ID and CF_ANALYTICS_TOKEN are set and falls back to D1.',
  middleware: [requireAdmin] as const,
  request: {
    params: z.object({
      endpoint: text()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'endpoint', in: 'path' }, example: 'charts.:id' }),
    }),
    query: RangeQuery.extend({
      source: z.enum(['auto', 'd1', 'analytics_engine']).default('auto'),
    }),
  },
  responses: {
    200: jsonOf(EndpointReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 503),
    ...unprocessable('invalid-range', 'ambiguous-endpoint', 'analytics-engine-not-configured'),
  },
});

/** "/v1/charts/{id}" → "/v1/charts/:id" */
const toPattern = (s: string) => s.replace(/\{([^}/]+)\}/g, ':$1');
/** "/v1/charts/:id" → "v1.charts.:id" */
const slugOf = (route: string) => route.replace(/^\//, '').replace(/\//g, '.');

/** Resolves the {endpoint} path parameter to a route pattern (see the route description). */
export async function resolveEndpoint(db: D1Database, raw: string, range: Range): Promise<string> {
  const value = toPattern(raw.trim());
  if (value.startsWith('/') || value === 'unmatched') return value;
  const slug = value.replace(/^\.+|\.+$/g, '');
  const known = await drizzle(db)
    .selectDistinct({ route: usageHourly.route })
    .from(usageHourly)
    .where(and(gte(usageHourly.hour, range.firstHour), lte(usageHourly.hour, range.lastHour)))
    .orderBy(usageHourly.route)
    .all();
  const routes = known.map((r) => r.route);
  const matches = routes.filter((r) => slugOf(r) === slug || slugOf(r) === `v1.${slug}`);
  if (matches.length === 1) return matches[0] as string;
  if (matches.length > 1) {
    throw problem(422, `"${raw}" matches several endpoints; give the route pattern URL-encoded.`, {
      type: 'ambiguous-endpoint',
      errors: [
        {
          path: 'endpoint',
          message: `Matches ${matches.join(', ')}.`,
          location: 'path',
          pointer: '#/endpoint',
        },
      ],
      extensions: { candidates: matches },
    });
  }
  throw problem(404, `No endpoint matching "${raw}" had traffic between ${range.from} and ${range.to}.`, {
    type: 'unknown-endpoint',
    extensions: { known_endpoints: routes },
  });
}

async function endpointFromD1(db: D1Database, route: string, range: Range) {
  const filter = sql`route = ${route} AND ${inRange(range)}`;
  const [totals, hist, methods, statuses, days, dayHist] = await batchOfSql(db, [
    sql`SELECT ${SUMS}, coalesce(sum(latency_sum_ms), 0) AS latency_sum_ms FROM usage_hourly WHERE ${filter}`,
    sql`SELECT j.key AS bucket, sum(j.value) AS n FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j
         WHERE ${filter} GROUP BY j.key`,
    sql`SELECT method, sum(count) AS requests FROM usage_hourly WHERE ${filter} GROUP BY method ORDER BY requests DESC, method`,
    sql`SELECT status_class, sum(count) AS requests FROM usage_hourly WHERE ${filter} GROUP BY status_class ORDER BY status_class`,
    sql`SELECT substr(hour, 1, 10) AS date, ${SUMS} FROM usage_hourly WHERE ${filter} GROUP BY 1`,
    sql`SELECT substr(hour, 1, 10) AS date, j.key AS bucket, sum(j.value) AS n
         FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j WHERE ${filter} GROUP BY 1, 2`,
  ]);
  const t = rowsOf<unknown>(totals)[0] as (CountRow & { latency_sum_ms: number }) | undefined;
  const tc = counts(t);
  const histByDay = new Map<string, { bucket: number; n: number }[]>();
  for (const r of rowsOf<{ date: string; bucket: number; n: number }>(dayHist)) {
    const list = histByDay.get(r.date) ?? [];
    list.push(r);
    histByDay.set(r.date, list);
  }
  const byDay = rowsOf<{ date: string } & CountRow>(days).map((d) => {
    const h = histogramFrom(histByDay.get(d.date) ?? []);
    return {
      ...d,
      error_rate: rate(d.errors, d.requests),
      p50_ms: histogramQuantile(h, 0.5),
      p95_ms: histogramQuantile(h, 0.95),
    };
  });
  return {
    endpoint: route,
    from: range.from,
    to: range.to,
    source: 'd1' as const,
    ...tc,
    error_rate: rate(tc.errors, tc.requests),
    latency: latencyOf(
      histogramFrom(rowsOf<{ bucket: number; n: number }>(hist)),
      t?.latency_sum_ms ?? 0,
      tc.requests,
    ),
    by_method: rowsOf<{ method: string; requests: number }>(methods),
    by_status_class: rowsOf<{ status_class: string; requests: number }>(statuses),
    by_day: fillDays(range.days, byDay, (date) => ({
      date,
      ...counts(undefined),
      error_rate: 0,
      p50_ms: null,
      p95_ms: null,
    })),
  };
}

/** The same report from Analytics Engine's SQL API (sample-weighted; exact weighted quantiles). */
export async function endpointFromAnalyticsEngine(env: Env, route: string, range: Range) {
  const sql = buildEndpointSql(route, range.from, range.to);
  const [totals, days, breakdown] = await Promise.all([
    queryAnalyticsEngine(env, sql.totals),
    queryAnalyticsEngine(env, sql.byDay),
    queryAnalyticsEngine(env, sql.breakdown),
  ]);
  const t = totals[0] ?? {};
  const requests = aeNumber(t.requests);
  const errors = aeNumber(t.errors);
  const methods = new Map<string, number>();
  const statuses = new Map<string, number>();
  for (const r of breakdown) {
    const n = aeNumber(r.requests);
    const m = String(r.method ?? '');
    const s = String(r.status_class ?? '');
    methods.set(m, (methods.get(m) ?? 0) + n);
    statuses.set(s, (statuses.get(s) ?? 0) + n);
  }
  const byDay = days.map((d) => {
    const n = aeNumber(d.requests);
    const e = aeNumber(d.errors);
    return {
      date: String(d.day ?? '').slice(0, 10),
      requests: n,
      errors: e,
      rate_limited: aeNumber(d.rate_limited),
      error_rate: rate(e, n),
      p50_ms: requests ? aeNullableNumber(d.p50_ms) : null,
      p95_ms: requests ? aeNullableNumber(d.p95_ms) : null,
    };
  });
  return {
    endpoint: route,
    from: range.from,
    to: range.to,
    source: 'analytics_engine' as const,
    requests,
    errors,
    rate_limited: aeNumber(t.rate_limited),
    error_rate: rate(errors, requests),
    latency: {
      mean_ms: mean(aeNumber(t.latency_sum_ms), requests),
      p50_ms: requests ? aeNullableNumber(t.p50_ms) : null,
      p95_ms: requests ? aeNullableNumber(t.p95_ms) : null,
    },
    by_method: [...methods.entries()]
      .map(([method, n]) => ({ method, requests: n }))
      .sort((a, b) => b.requests - a.requests || a.method.localeCompare(b.method)),
    by_status_class: [...statuses.entries()]
      .map(([status_class, n]) => ({ status_class, requests: n }))
      .sort((a, b) => a.status_class.localeCompare(b.status_class)),
    by_day: fillDays(range.days, byDay, (date) => ({
      date,
      ...counts(undefined),
      error_rate: 0,
      p50_ms: null,
      p95_ms: null,
    })),
  };
}

export const endpointRoutes = createRouter().openapi(endpoint, async (c) => {
  const q = c.req.valid('query');
  const range = resolveRange(q);
  if (q.source === 'analytics_engine' && !analyticsEngineConfigured(c.env)) {
    throw worldProblem(
      'analytics-engine-not-configured',
      'source',
      'Analytics Engine is not configured on this server (CF_ACCOUNT_ID, CF_ANALYTICS_TOKEN); ask with source=d1 or auto.',
      'query',
    );
  }
  await fresh(c);
  const route = await resolveEndpoint(c.env.DB, c.req.valid('param').endpoint, range);
  const useAe = q.source === 'analytics_engine' || (q.source === 'auto' && analyticsEngineConfigured(c.env));
  if (!useAe) return c.json(await endpointFromD1(c.env.DB, route, range), 200);
  try {
    return c.json(await endpointFromAnalyticsEngine(c.env, route, range), 200);
  } catch (err) {
    console.error(JSON.stringify({ msg: 'analytics engine query failed', err: loggable(err) }));
    if (q.source === 'analytics_engine') {
      throw problem(503, 'The Analytics Engine SQL API is unavailable; retry, or ask with source=d1.', {
        headers: { 'Retry-After': '5' },
      });
    }
    const report = await endpointFromD1(c.env.DB, route, range);
    return c.json(
      { ...report, warnings: ['Analytics Engine query failed; answered from the D1 rollups.'] },
      200,
    );
  }
});
