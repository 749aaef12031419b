/** What the reports share: request counts, rates, latency from histograms, day filling. */
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { flushAnalytics, histogramQuantile } from '../../platform/analytics';
import type { AppEnv } from '../../platform/context';
import type { Range } from './range';

export interface CountRow {
  requests: number;
  errors: number;
  rate_limited: number;
}

/** Requests, errors and 429s of the usage_hourly rows selected. */
export const SUMS = sql.raw(
  'coalesce(sum(count), 0) AS requests, coalesce(sum(errors), 0) AS errors, coalesce(sum(rate_limited), 0) AS rate_limited',
);
/** The usage_hourly rows of a range. */
export const inRange = (range: Range) => sql`hour >= ${range.firstHour} AND hour <= ${range.lastHour}`;

export const rate = (errors: number, requests: number) =>
  requests === 0 ? 0 : Math.round((errors / requests) * 10_000) / 10_000;
export const counts = (r: CountRow | undefined) => ({
  requests: r?.requests ?? 0,
  errors: r?.errors ?? 0,
  rate_limited: r?.rate_limited ?? 0,
});
export const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

export function latencyOf(hist: number[], sumMs: number, n: number) {
  return {
    mean_ms: mean(sumMs, n),
    p50_ms: histogramQuantile(hist, 0.5),
    p95_ms: histogramQuantile(hist, 0.95),
  };
}

export function fillDays<T extends { date: string }>(
  days: string[],
  rows: T[],
  empty: (date: string) => T,
): T[] {
  const byDate = new Map(rows.map((r) => [r.date, r]));
  return days.map((d) => byDate.get(d) ?? empty(d));
}

/** The endpoint class of each (route, method): any row of it that carried X-RateLimit-Resource. */
export const CLASS_CTE = (filter: SQL) => sql`WITH r AS (SELECT * FROM usage_hourly WHERE ${filter}),
  rc AS (SELECT route, method, max(endpoint_class) AS cls FROM r GROUP BY route, method)`;

/** Flush this isolate's rollups first, so a caller reads its own requests at once. */
export async function fresh(c: Context<AppEnv>) {
  await flushAnalytics(c.env);
}
