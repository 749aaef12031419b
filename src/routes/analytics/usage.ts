/** GET /v1/analytics/usage (admin): usage over all accounts. */
import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { histogramFrom } from '../../platform/analytics';
import { requireAdmin } from '../../platform/auth';
import { batchOfSql, rowsOf } from '../../platform/d1';
import { EVENT_TYPES } from '../../platform/events';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../../platform/openapi';
import { createRouter } from '../../platform/router';
import { queryIntegerDefault } from '../../schemas/formats';
import {
  CLASS_CTE,
  type CountRow,
  counts,
  fillDays,
  fresh,
  inRange,
  latencyOf,
  rate,
  SUMS,
} from './measures';
import { type Range, RangeQuery, resolveRange } from './range';
import { jsonOf, tags, UsageReportSchema } from './schemas';

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
      top: queryIntegerDefault({ min: 1, max: 100 }, 10).openapi({
        description: 'How many top accounts (1-100).',
      }),
    }),
  },
  responses: {
    200: jsonOf(UsageReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS),
    ...unprocessable('invalid-range'),
  },
});

async function usageReport(db: D1Database, range: Range, top: number) {
  const RANGE = inRange(range);
  const [totals, hist, tiers, classes, statuses, days, accounts, evts] = await batchOfSql(db, [
    sql`SELECT ${SUMS}, coalesce(sum(latency_sum_ms), 0) AS latency_sum_ms,
        coalesce(sum(CASE WHEN account_id = 'anonymous' THEN count ELSE 0 END), 0) AS anonymous,
        count(DISTINCT CASE WHEN account_id != 'anonymous' THEN account_id END) AS accounts
      FROM usage_hourly WHERE ${RANGE}`,
    sql`SELECT j.key AS bucket, sum(j.value) AS n FROM usage_hourly, json_each(usage_hourly.latency_histogram) AS j
      WHERE ${RANGE} GROUP BY j.key`,
    sql`SELECT tier, ${SUMS} FROM usage_hourly WHERE ${RANGE} GROUP BY tier ORDER BY requests DESC, tier`,
    sql`${CLASS_CTE(RANGE)}
      SELECT coalesce(rc.cls, 'unmetered') AS class, sum(r.count) AS requests, sum(r.errors) AS errors,
        sum(r.rate_limited) AS rate_limited
      FROM r JOIN rc ON rc.route = r.route AND rc.method = r.method GROUP BY 1 ORDER BY requests DESC, class`,
    sql`SELECT status_class, sum(count) AS requests FROM usage_hourly WHERE ${RANGE}
      GROUP BY status_class ORDER BY status_class`,
    sql`SELECT substr(hour, 1, 10) AS date, ${SUMS} FROM usage_hourly WHERE ${RANGE} GROUP BY 1`,
    sql`SELECT u.account_id AS account_id, coalesce(a.tier, max(u.tier)) AS tier, sum(u.count) AS requests,
        sum(u.errors) AS errors, sum(u.rate_limited) AS rate_limited
      FROM usage_hourly u LEFT JOIN accounts a ON a.id = u.account_id
      WHERE u.hour >= ${range.firstHour} AND u.hour <= ${range.lastHour} AND u.account_id != 'anonymous'
      GROUP BY u.account_id ORDER BY requests DESC, u.account_id LIMIT ${top}`,
    sql`SELECT type, count(*) AS count FROM events
      WHERE type IN (${sql.join(
        EVENT_TYPES.map((t) => sql`${t}`),
        sql`, `,
      )}) AND created_at >= ${range.startMs} AND created_at < ${range.endMs}
      GROUP BY type ORDER BY count DESC, type`,
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

export const usageRoutes = createRouter().openapi(usage, async (c) => {
  const q = c.req.valid('query');
  const range = resolveRange(q);
  await fresh(c);
  return c.json(await usageReport(c.env.DB, range, q.top), 200);
});
