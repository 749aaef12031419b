/** What the reports share: request counts, rates, latency from histograms, day filling, rows of a D1 batch. */
import type { Context } from 'hono';
import { flushAnalytics, histogramQuantile } from '../../platform/analytics';
import type { AppEnv } from '../../platform/context';

export interface CountRow {
  requests: number;
  errors: number;
  rate_limited: number;
}

export const SUMS =
  'coalesce(sum(count), 0) AS requests, coalesce(sum(errors), 0) AS errors, coalesce(sum(rate_limited), 0) AS rate_limited';
export const RANGE = 'hour >= ?1 AND hour <= ?2';

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
export const CLASS_CTE = (filter: string) => `WITH r AS (SELECT * FROM usage_hourly WHERE ${filter}),
  rc AS (SELECT route, method, max(endpoint_class) AS cls FROM r GROUP BY route, method)`;

export const rowsOf = <T>(r: D1Result<unknown> | undefined): T[] => (r?.results ?? []) as T[];

/** Flush this isolate's rollups first, so a caller reads its own requests at once. */
export async function fresh(c: Context<AppEnv>) {
  await flushAnalytics(c.env);
}
