/**
 * Usage analytics (DESIGN.md section 4): answered from the D1 hourly rollups (src/platform/analytics.ts),
 * the event log and usage_daily; /endpoint can also ask Analytics Engine's SQL API when configured.
 *
 * Ranges: `from` and `to` are UTC days (YYYY-MM-DD, both inclusive); default the last 7 days ending
 * today; at most 366 days. Every handler first flushes this isolate's buffered rollups, so a caller
 * reads its own requests at once; other isolates' traffic shows up within about a minute.
 *
 * Access: /usage, /endpoint and /events need an admin key (403 otherwise). /user/{user_id} answers an
 * admin for any account, and any key for its own account (`me` is an alias); another account's id is
 * a 404, exactly like an unknown one (DESIGN.md section 2: never reveal existence).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { TIERS } from '../db/schema';
import type { Env } from '../env';
import { getAccount, iso } from '../platform/accounts';
import {
  aeNullableNumber,
  aeNumber,
  analyticsEngineConfigured,
  buildEndpointSql,
  flushAnalytics,
  histogramFrom,
  histogramQuantile,
  LATENCY_BUCKETS_MS,
  queryAnalyticsEngine,
} from '../platform/analytics';
import { principalOf, requireAdmin } from '../platform/auth';
import type { AppEnv, Principal } from '../platform/context';
import { EVENT_TYPES } from '../platform/events';
import { AUTHED_ERRORS, errorResponses } from '../platform/openapi';
import { invalidField, loggable, notFound, problem } from '../platform/problem';
import { usageToday, utcDay } from '../platform/quota';
import { createRouter } from '../platform/router';
import { text } from '../platform/text';
import { DAILY_LIMITS, type EndpointClass } from '../platform/tiers';

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 7;
const DAY_MS = 86_400_000;
const LATEST_EVENTS = 20;

// ------------------------------------------------------------------------------------------ ranges
const isCalendarDate = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

const DateParam = (name: 'from' | 'to', description: string) =>
  text()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
    .refine(isCalendarDate, 'Not a calendar date.')
    .optional()
    .openapi({
      param: { name, in: 'query' },
      example: name === 'from' ? '2026-11-23' : '2026-11-29',
      description,
    });

const RangeQuery = z.object({
  from: DateParam('from', 'First UTC day (inclusive). Default: 6 days before `to`.'),
  to: DateParam('to', 'Last UTC day (inclusive). Default: today.'),
});

export interface Range {
  from: string;
  to: string;
  days: string[];
  /** usage_hourly.hour bounds (inclusive). */
  firstHour: string;
  lastHour: string;
  /** Epoch ms bounds [startMs, endMs). */
  startMs: number;
  endMs: number;
}

/** Validates and completes a range: 400 naming `from` when it is after `to` or the range is too long. */
export function resolveRange(
  q: { from?: string | undefined; to?: string | undefined },
  now = Date.now(),
): Range {
  const to = q.to ?? utcDay(now);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const from = q.from ?? utcDay(toMs - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  if (fromMs > toMs) throw invalidField('from', `Must be on or before "to" (${to}).`, 'query');
  const n = Math.round((toMs - fromMs) / DAY_MS) + 1;
  if (n > MAX_RANGE_DAYS) {
    throw invalidField(
      'from',
      `The range ${from}..${to} spans ${n} days; at most ${MAX_RANGE_DAYS}.`,
      'query',
    );
  }
  const days = Array.from({ length: n }, (_, i) => utcDay(fromMs + i * DAY_MS));
  return {
    from,
    to,
    days,
    firstHour: `${from}T00`,
    lastHour: `${to}T23`,
    startMs: fromMs,
    endMs: toMs + DAY_MS,
  };
}

// ------------------------------------------------------------------------------------------ schemas
const Counts = {
  requests: z.number().int(),
  errors: z.number().int().openapi({ description: 'Responses with status ≥ 400 (429s included).' }),
  rate_limited: z.number().int().openapi({ description: 'Responses with status 429.' }),
};

const LatencySchema = z
  .object({
    mean_ms: z.number().nullable(),
    p50_ms: z.number().nullable(),
    p95_ms: z.number().nullable(),
  })
  .openapi('Latency', {
    description: `Latency in ms. Percentiles are estimated from a histogram with bucket bounds ${LATENCY_BUCKETS_MS.join(', ')} ms (D1), or exact weighted quantiles (Analytics Engine).`,
  });

const DayCounts = z.object({ date: z.string().openapi({ example: '2026-11-29' }), ...Counts });

const UsageReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    source: z.literal('d1'),
    totals: z.object({
      ...Counts,
      error_rate: z.number(),
      anonymous_requests: z.number().int().openapi({ description: 'Requests without a valid key.' }),
      accounts: z.number().int().openapi({ description: 'Distinct accounts that made requests.' }),
      latency: LatencySchema,
    }),
    by_tier: z.array(z.object({ tier: z.string(), ...Counts })),
    by_class: z.array(
      z.object({
        class: z.string().openapi({ description: 'Endpoint class (quota), or "unmetered".' }),
        ...Counts,
      }),
    ),
    by_status_class: z.array(z.object({ status_class: z.string(), requests: z.number().int() })),
    by_day: z.array(DayCounts),
    top_accounts: z.array(z.object({ account_id: z.string(), tier: z.string(), ...Counts })),
    events: z
      .array(z.object({ type: z.string(), count: z.number().int() }))
      .openapi({ description: 'Events in the event log over the range, by type.' }),
  })
  .openapi('UsageReport');

const UserReportSchema = z
  .object({
    account_id: z.string(),
    tier: z.enum(TIERS),
    from: z.string(),
    to: z.string(),
    totals: z.object({ ...Counts, error_rate: z.number() }),
    by_day: z.array(
      DayCounts.extend({
        by_class: z
          .record(z.string(), z.number().int())
          .openapi({ description: 'Requests per endpoint class ("unmetered" for management routes).' }),
      }),
    ),
    by_class: z.array(z.object({ class: z.string(), ...Counts })),
    quota: z
      .array(
        z.object({ date: z.string(), class: z.string(), used: z.number().int(), limit: z.number().int() }),
      )
      .openapi({ description: 'Daily quota use (usage_daily; today live from the quota counter).' }),
    errors: z
      .array(
        z.object({
          route: z.string(),
          method: z.string(),
          status_class: z.string(),
          count: z.number().int(),
        }),
      )
      .openapi({ description: 'Error responses by route, most frequent first (at most 20).' }),
  })
  .openapi('UserUsageReport');

const EndpointReportSchema = z
  .object({
    endpoint: z.string().openapi({ example: '/v1/charts/:id', description: 'The route pattern.' }),
    from: z.string(),
    to: z.string(),
    source: z.enum(['d1', 'analytics_engine']),
    ...Counts,
    error_rate: z.number(),
    latency: LatencySchema,
    by_method: z.array(z.object({ method: z.string(), requests: z.number().int() })),
    by_status_class: z.array(z.object({ status_class: z.string(), requests: z.number().int() })),
    by_day: z.array(
      DayCounts.extend({
        error_rate: z.number(),
        p50_ms: z.number().nullable(),
        p95_ms: z.number().nullable(),
      }),
    ),
    warnings: z.array(z.string()).optional(),
  })
  .openapi('EndpointReport');

const EventReportSchema = z
  .object({
    event_type: z.string(),
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    by_day: z.array(z.object({ date: z.string(), count: z.number().int() })),
    latest: z.array(
      z.object({
        id: z.string(),
        account_id: z.string().nullable(),
        created_at: z.string(),
        data: z.unknown(),
      }),
    ),
  })
  .openapi('EventReport');

const tags = ['Analytics'];
const jsonOf = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const usage = createRoute({
  method: 'get',
  path: '/v1/analytics/usage',
  operationId: 'getUsageAnalytics',
  tags,
  summary: 'Usage over all accounts (admin)',
  description:
    'Totals, by tier, by endpoint class, by status class, by day, top accounts and event counts over `from`..`to` (UTC days; default the last 7; at most 366).',
  middleware: [requireAdmin] as const,
  request: {
    query: RangeQuery.extend({
      top: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(10)
        .openapi({ description: 'How many top accounts (1-100).' }),
    }),
  },
  responses: { 200: jsonOf(UsageReportSchema, 'The report.'), ...errorResponses(400, ...AUTHED_ERRORS) },
});

const user = createRoute({
  method: 'get',
  path: '/v1/analytics/user/{user_id}',
  operationId: 'getUserAnalytics',
  tags,
  summary: "One account's usage (that account or admin)",
  description:
    'Requests by day and endpoint class, daily quota use and errors. A key reads its own account (`me` works too); an admin reads any. Another account is a 404.',
  request: {
    params: z.object({
      user_id: text()
        .max(64)
        .openapi({ param: { name: 'user_id', in: 'path' }, example: 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    }),
    query: RangeQuery,
  },
  responses: {
    200: jsonOf(UserReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

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
  },
});

const events = createRoute({
  method: 'get',
  path: '/v1/analytics/events/{event_type}',
  operationId: 'getEventAnalytics',
  tags,
  summary: 'One event type: counts by day and the latest events (admin)',
  description: `From the event log (kept 90 days). Unknown types are a 404 whose \`valid_event_types\` lists: ${EVENT_TYPES.join(', ')}.`,
  middleware: [requireAdmin] as const,
  request: {
    params: z.object({
      event_type: text()
        .max(64)
        .openapi({ param: { name: 'event_type', in: 'path' }, example: 'chart.calculated' }),
    }),
    query: RangeQuery.extend({
      limit: z.coerce
        .number()
        .int()
        .min(0)
        .max(LATEST_EVENTS)
        .default(LATEST_EVENTS)
        .openapi({ description: `How many latest events (0-${LATEST_EVENTS}).` }),
    }),
  },
  responses: {
    200: jsonOf(EventReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

// ------------------------------------------------------------------------------------------ queries
interface CountRow {
  requests: number;
  errors: number;
  rate_limited: number;
}

const SUMS =
  'coalesce(sum(count), 0) AS requests, coalesce(sum(errors), 0) AS errors, coalesce(sum(rate_limited), 0) AS rate_limited';
const RANGE = 'hour >= ?1 AND hour <= ?2';

const rate = (errors: number, requests: number) =>
  requests === 0 ? 0 : Math.round((errors / requests) * 10_000) / 10_000;
const counts = (r: CountRow | undefined) => ({
  requests: r?.requests ?? 0,
  errors: r?.errors ?? 0,
  rate_limited: r?.rate_limited ?? 0,
});
const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

function latencyOf(hist: number[], sumMs: number, n: number) {
  return {
    mean_ms: mean(sumMs, n),
    p50_ms: histogramQuantile(hist, 0.5),
    p95_ms: histogramQuantile(hist, 0.95),
  };
}

function fillDays<T extends { date: string }>(days: string[], rows: T[], empty: (date: string) => T): T[] {
  const byDate = new Map(rows.map((r) => [r.date, r]));
  return days.map((d) => byDate.get(d) ?? empty(d));
}

/** The endpoint class of each (route, method): any row of it that carried X-RateLimit-Resource. */
const CLASS_CTE = (filter: string) => `WITH r AS (SELECT * FROM usage_hourly WHERE ${filter}),
  rc AS (SELECT route, method, max(endpoint_class) AS cls FROM r GROUP BY route, method)`;

async function usageReport(db: D1Database, range: Range, top: number) {
  const b = [range.firstHour, range.lastHour] as const;
  const [totals, hist, tiers, classes, statuses, days, accounts, evts] = await db.batch([
    db
      .prepare(
        `SELECT ${SUMS}, coalesce(sum(latency_sum_ms), 0) AS latency_sum_ms,
           coalesce(sum(CASE WHEN account_id = 'anonymous' THEN count ELSE 0 END), 0) AS anonymous,
           count(DISTINCT CASE WHEN account_id != 'anonymous' THEN account_id END) AS accounts
         FROM usage_hourly WHERE ${RANGE}`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT j.key AS bucket, sum(j.value) AS n FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j
         WHERE ${RANGE} GROUP BY j.key`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT tier, ${SUMS} FROM usage_hourly WHERE ${RANGE} GROUP BY tier ORDER BY requests DESC, tier`,
      )
      .bind(...b),
    db
      .prepare(
        `${CLASS_CTE(RANGE)}
         SELECT coalesce(rc.cls, 'unmetered') AS class, sum(r.count) AS requests, sum(r.errors) AS errors,
           sum(r.rate_limited) AS rate_limited
         FROM r JOIN rc ON rc.route = r.route AND rc.method = r.method GROUP BY 1 ORDER BY requests DESC, class`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT status_class, sum(count) AS requests FROM usage_hourly WHERE ${RANGE}
         GROUP BY status_class ORDER BY status_class`,
      )
      .bind(...b),
    db
      .prepare(`SELECT substr(hour, 1, 10) AS date, ${SUMS} FROM usage_hourly WHERE ${RANGE} GROUP BY 1`)
      .bind(...b),
    db
      .prepare(
        `SELECT u.account_id AS account_id, coalesce(a.tier, max(u.tier)) AS tier, sum(u.count) AS requests,
           sum(u.errors) AS errors, sum(u.rate_limited) AS rate_limited
         FROM usage_hourly u LEFT JOIN accounts a ON a.id = u.account_id
         WHERE u.hour >= ?1 AND u.hour <= ?2 AND u.account_id != 'anonymous'
         GROUP BY u.account_id ORDER BY requests DESC, u.account_id LIMIT ?3`,
      )
      .bind(...b, top),
    db
      .prepare(
        `SELECT type, count(*) AS count FROM events
         WHERE type IN (${EVENT_TYPES.map((_, i) => `?${i + 3}`).join(', ')}) AND created_at >= ?1 AND created_at < ?2
         GROUP BY type ORDER BY count DESC, type`,
      )
      .bind(range.startMs, range.endMs, ...EVENT_TYPES),
  ]);
  const t = rowsOf<unknown>(totals)[0] as
    | (CountRow & { latency_sum_ms: number; anonymous: number; accounts: number })
    | undefined;
  const tc = counts(t);
  return {
    from: range.from,
    to: range.to,
    source: 'd1' as const,
    totals: {
      ...tc,
      error_rate: rate(tc.errors, tc.requests),
      anonymous_requests: t?.anonymous ?? 0,
      accounts: t?.accounts ?? 0,
      latency: latencyOf(
        histogramFrom(rowsOf<{ bucket: number; n: number }>(hist)),
        t?.latency_sum_ms ?? 0,
        tc.requests,
      ),
    },
    by_tier: rowsOf<{ tier: string } & CountRow>(tiers),
    by_class: rowsOf<{ class: string } & CountRow>(classes),
    by_status_class: rowsOf<{ status_class: string; requests: number }>(statuses),
    by_day: fillDays(range.days, rowsOf<{ date: string } & CountRow>(days), (date) => ({
      date,
      ...counts(undefined),
    })),
    top_accounts: rowsOf<{ account_id: string; tier: string } & CountRow>(accounts),
    events: rowsOf<{ type: string; count: number }>(evts),
  };
}

async function userReport(env: Env, range: Range, accountId: string, tier: (typeof TIERS)[number]) {
  const db = env.DB;
  const filter = 'account_id = ?3 AND hour >= ?1 AND hour <= ?2';
  const b = [range.firstHour, range.lastHour, accountId] as const;
  const [totals, byDayClass, errors, quota] = await db.batch([
    db.prepare(`SELECT ${SUMS} FROM usage_hourly WHERE ${filter}`).bind(...b),
    db
      .prepare(
        `${CLASS_CTE(filter)}
         SELECT substr(r.hour, 1, 10) AS date, coalesce(rc.cls, 'unmetered') AS class, sum(r.count) AS requests,
           sum(r.errors) AS errors, sum(r.rate_limited) AS rate_limited
         FROM r JOIN rc ON rc.route = r.route AND rc.method = r.method GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT route, method, status_class, sum(count) AS count FROM usage_hourly
         WHERE ${filter} AND status_class NOT IN ('1xx', '2xx', '3xx')
         GROUP BY route, method, status_class ORDER BY count DESC, route, method, status_class LIMIT 20`,
      )
      .bind(...b),
    db
      .prepare(
        'SELECT day AS date, class, used FROM usage_daily WHERE account_id = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day, class',
      )
      .bind(accountId, range.from, range.to),
  ]);
  const tc = counts(rowsOf<unknown>(totals)[0] as CountRow | undefined);
  const rows = rowsOf<{ date: string; class: string } & CountRow>(byDayClass);
  const perDay = new Map<string, { date: string; by_class: Record<string, number> } & CountRow>();
  const perClass = new Map<string, { class: string } & CountRow>();
  for (const r of rows) {
    const d = perDay.get(r.date) ?? { date: r.date, ...counts(undefined), by_class: {} };
    d.requests += r.requests;
    d.errors += r.errors;
    d.rate_limited += r.rate_limited;
    d.by_class[r.class] = (d.by_class[r.class] ?? 0) + r.requests;
    perDay.set(r.date, d);
    const k = perClass.get(r.class) ?? { class: r.class, ...counts(undefined) };
    k.requests += r.requests;
    k.errors += r.errors;
    k.rate_limited += r.rate_limited;
    perClass.set(r.class, k);
  }

  // Quota use: usage_daily (persisted by the RateLimiter within a minute); today live from the counter.
  const used = new Map<string, number>();
  for (const q of rowsOf<{ date: string; class: string; used: number }>(quota)) {
    used.set(`${q.date}|${q.class}`, q.used);
  }
  const today = utcDay(Date.now());
  if (range.days.includes(today)) {
    const live = await usageToday(env, accountId).catch(() => ({}) as Record<string, number>);
    for (const [cls, n] of Object.entries(live)) used.set(`${today}|${cls}`, n);
  }
  const limits = DAILY_LIMITS[tier] as Record<string, number>;
  const quotaRows = [...used.entries()]
    .map(([k, n]) => {
      const [date, cls] = k.split('|') as [string, string];
      return { date, class: cls, used: n, limit: limits[cls as EndpointClass] ?? 0 };
    })
    .filter((q) => q.used > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.class.localeCompare(b.class));

  return {
    account_id: accountId,
    tier,
    from: range.from,
    to: range.to,
    totals: { ...tc, error_rate: rate(tc.errors, tc.requests) },
    by_day: fillDays(range.days, [...perDay.values()], (date) => ({
      date,
      ...counts(undefined),
      by_class: {},
    })),
    by_class: [...perClass.values()].sort(
      (a, b) => b.requests - a.requests || a.class.localeCompare(b.class),
    ),
    quota: quotaRows,
    errors: rowsOf<{ route: string; method: string; status_class: string; count: number }>(errors),
  };
}

/** "/v1/charts/{id}" → "/v1/charts/:id" */
const toPattern = (s: string) => s.replace(/\{([^}/]+)\}/g, ':$1');
/** "/v1/charts/:id" → "v1.charts.:id" */
const slugOf = (route: string) => route.replace(/^\//, '').replace(/\//g, '.');

/** Resolves the {endpoint} path parameter to a route pattern (see the route description). */
export async function resolveEndpoint(db: D1Database, raw: string, range: Range): Promise<string> {
  const value = toPattern(raw.trim());
  if (value.startsWith('/') || value === 'unmatched') return value;
  const slug = value.replace(/^\.+|\.+$/g, '');
  const known = await db
    .prepare('SELECT DISTINCT route FROM usage_hourly WHERE hour >= ?1 AND hour <= ?2 ORDER BY route')
    .bind(range.firstHour, range.lastHour)
    .all<{ route: string }>();
  const routes = known.results.map((r) => r.route);
  const matches = routes.filter((r) => slugOf(r) === slug || slugOf(r) === `v1.${slug}`);
  if (matches.length === 1) return matches[0] as string;
  if (matches.length > 1) {
    throw problem(400, `"${raw}" matches several endpoints; give the route pattern URL-encoded.`, {
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
  const filter = 'route = ?3 AND hour >= ?1 AND hour <= ?2';
  const b = [range.firstHour, range.lastHour, route] as const;
  const [totals, hist, methods, statuses, days, dayHist] = await db.batch([
    db
      .prepare(
        `SELECT ${SUMS}, coalesce(sum(latency_sum_ms), 0) AS latency_sum_ms FROM usage_hourly WHERE ${filter}`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT j.key AS bucket, sum(j.value) AS n FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j
         WHERE ${filter} GROUP BY j.key`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT method, sum(count) AS requests FROM usage_hourly WHERE ${filter} GROUP BY method ORDER BY requests DESC, method`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT status_class, sum(count) AS requests FROM usage_hourly WHERE ${filter} GROUP BY status_class ORDER BY status_class`,
      )
      .bind(...b),
    db
      .prepare(`SELECT substr(hour, 1, 10) AS date, ${SUMS} FROM usage_hourly WHERE ${filter} GROUP BY 1`)
      .bind(...b),
    db
      .prepare(
        `SELECT substr(hour, 1, 10) AS date, j.key AS bucket, sum(j.value) AS n
         FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j WHERE ${filter} GROUP BY 1, 2`,
      )
      .bind(...b),
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

async function eventReport(db: D1Database, type: string, range: Range, limit: number) {
  const b = [type, range.startMs, range.endMs] as const;
  const [days, latest] = await db.batch([
    db
      .prepare(
        `SELECT date(created_at / 1000, 'unixepoch') AS date, count(*) AS count FROM events
         WHERE type = ?1 AND created_at >= ?2 AND created_at < ?3 GROUP BY 1`,
      )
      .bind(...b),
    db
      .prepare(
        `SELECT id, account_id, data, created_at FROM events WHERE type = ?1 AND created_at >= ?2 AND created_at < ?3
         ORDER BY created_at DESC, id DESC LIMIT ?4`,
      )
      .bind(...b, limit),
  ]);
  const byDay = fillDays(range.days, rowsOf<{ date: string; count: number }>(days), (date) => ({
    date,
    count: 0,
  }));
  return {
    event_type: type,
    from: range.from,
    to: range.to,
    total: byDay.reduce((n, d) => n + d.count, 0),
    by_day: byDay,
    latest: rowsOf<{ id: string; account_id: string | null; data: string; created_at: number }>(latest).map(
      (e) => ({
        id: e.id,
        account_id: e.account_id,
        created_at: iso(e.created_at) as string,
        data: safeJson(e.data),
      }),
    ),
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

const rowsOf = <T>(r: D1Result<unknown> | undefined): T[] => (r?.results ?? []) as T[];

const isAdmin = (p: Principal) => p.role === 'admin' && p.scopes.includes('admin');

/** Flush this isolate's rollups first, so a caller reads its own requests at once. */
async function fresh(c: Context<AppEnv>) {
  await flushAnalytics(c.env);
}

export const analyticsRoutes = createRouter()
  .openapi(usage, async (c) => {
    const q = c.req.valid('query');
    const range = resolveRange(q);
    await fresh(c);
    return c.json(await usageReport(c.env.DB, range, q.top), 200);
  })
  .openapi(user, async (c) => {
    const p = principalOf(c);
    const raw = c.req.valid('param').user_id;
    const id = raw === 'me' ? p.accountId : raw;
    const range = resolveRange(c.req.valid('query'));
    let tier = p.tier;
    if (id !== p.accountId) {
      if (!isAdmin(p)) throw notFound('account');
      const account = await getAccount(c.env, id);
      if (!account) throw notFound('account');
      tier = account.tier as (typeof TIERS)[number];
    }
    await fresh(c);
    return c.json(await userReport(c.env, range, id, tier), 200);
  })
  .openapi(endpoint, async (c) => {
    const q = c.req.valid('query');
    const range = resolveRange(q);
    if (q.source === 'analytics_engine' && !analyticsEngineConfigured(c.env)) {
      throw invalidField(
        'source',
        'Analytics Engine is not configured (CF_ACCOUNT_ID, CF_ANALYTICS_TOKEN).',
        'query',
      );
    }
    await fresh(c);
    const route = await resolveEndpoint(c.env.DB, c.req.valid('param').endpoint, range);
    const useAe =
      q.source === 'analytics_engine' || (q.source === 'auto' && analyticsEngineConfigured(c.env));
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
  })
  .openapi(events, async (c) => {
    const type = c.req.valid('param').event_type;
    const q = c.req.valid('query');
    if (!(EVENT_TYPES as readonly string[]).includes(type)) {
      throw problem(404, `Unknown event type "${type}".`, {
        type: 'unknown-event-type',
        extensions: { valid_event_types: [...EVENT_TYPES] },
      });
    }
    const range = resolveRange(q);
    return c.json(await eventReport(c.env.DB, type, range, q.limit), 200);
  });
