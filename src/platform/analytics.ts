/**
 * Usage analytics: what every request costs, and who makes it.
 *
 * Two sinks, both fed by one middleware (`recordAnalytics`, installed right after the request id so it
 * sees every response, including the problems rendered by onError and notFound):
 *
 * 1. Analytics Engine (production metrics stream, dataset `stellar_edge_requests`, queried with
 *    Cloudflare's SQL API). One data point per request; `writeDataPoint` is non-blocking (the runtime
 *    ships it after the response), so it needs no waitUntil. Layout (keep stable: dashboards use it):
 *      index1  account id, or "anonymous"
 *      blob1   route pattern ("/v1/charts/:id"; "unmatched" when no route matched)
 *      blob2   method            blob3  status class ("2xx", "4xx" ...)
 *      blob4   tier ("none" when anonymous)                blob5  X-Cache ("HIT-L1", "MISS" ... or "none")
 *      blob6   colo ("local" outside Cloudflare)           blob7  key prefix ("none" when anonymous)
 *      blob8   endpoint class of the quota charged (X-RateLimit-Resource) or ""
 *      double1 latency ms        double2 status     double3 quota units consumed   double4 1 if 429
 *    Sampled at high volume: weight every aggregate by `_sample_interval`.
 *
 * 2. D1 `usage_hourly` (what the API itself answers from, in production and locally): one row per
 *    UTC hour × account × route × method × status class with count, errors (status ≥ 400, 429s
 *    included), rate_limited (429), latency sum and a latency histogram. Requests are aggregated in
 *    isolate memory and flushed in waitUntil at most once per FLUSH_INTERVAL_MS per isolate (earlier
 *    only if more than MAX_BUFFERED_ROWS distinct rows pile up), never a D1 write per request. A flush is
 *    one statement per 500 rows: `INSERT ... SELECT FROM json_each(?1) ... ON CONFLICT DO UPDATE` that
 *    adds counts and merges the histogram element-wise in SQL. Each statement is atomic in SQLite, so
 *    concurrent flushes from many isolates never lose an update (no read-then-write in the Worker).
 *    A failed flush puts its rows back for the next one. What an isolate holds when it is evicted is
 *    lost (at most a minute of its traffic): the D1 rollups are operational numbers, not billing; quota
 *    use is exact in the RateLimiter Durable Object and usage_daily.
 *
 * Latency histogram: LATENCY_BUCKETS_MS are exclusive upper bounds in ms of a 1-2-3-5 series (ratio
 * ≤ 2 between neighbours); bucket i holds [bound[i-1], bound[i]), bucket 0 is [0, 1) and the last is
 * [10 s, ∞). p50/p95 are estimated by linear interpolation inside the bucket (error < one bucket width).
 * Latency is measured with Date.now(), which Workers advance only on I/O: pure CPU time inside a
 * request shows as 0 ms (see README "Analytics").
 */
import { sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import { usageHourly } from '../db/schema';
import type { Env } from '../env';
import type { AppEnv } from './context';
import { nonEmpty } from './d1';
import { loggable } from './problem';

export const ANALYTICS_DATASET = 'stellar_edge_requests';
export const FLUSH_INTERVAL_MS = 60_000;
export const MAX_BUFFERED_ROWS = 5_000;
/** Rows per upsert statement (one JSON parameter each). */
const ROWS_PER_STATEMENT = 500;

/** Exclusive upper bounds (ms) of the histogram buckets; one more bucket holds everything ≥ the last. */
export const LATENCY_BUCKETS_MS = [
  1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000,
] as const;
export const HISTOGRAM_SIZE = LATENCY_BUCKETS_MS.length + 1;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The clock used to bucket requests into hours, replaceable in tests. */
let clock: () => number = () => Date.now();
export function setAnalyticsClock(fn: (() => number) | null): void {
  clock = fn ?? (() => Date.now());
}

export function bucketOf(ms: number): number {
  for (let i = 0; i < LATENCY_BUCKETS_MS.length; i++) {
    if (ms < (LATENCY_BUCKETS_MS[i] as number)) return i;
  }
  return LATENCY_BUCKETS_MS.length;
}

export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/**
 * The route pattern that answered ("/v1/charts/:id"): the last matched route that is not a
 * middleware (app.use registers method "ALL"), or "unmatched" (404 for unknown paths, CORS preflights).
 */
export function routeOf(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const r = routes[i];
    if (r && r.method !== 'ALL') return r.path;
  }
  return 'unmatched';
}

/** What the middleware captures about one request. */
export interface RequestSample {
  /** When it happened (ms), for the hour bucket. */
  at: number;
  latencyMs: number;
  accountId: string;
  tier: string;
  keyPrefix: string;
  route: string;
  method: string;
  status: number;
  cache: string;
  colo: string;
  endpointClass: string | null;
  units: number;
}

export interface Rollup {
  hour: string;
  accountId: string;
  tier: string;
  route: string;
  method: string;
  statusClass: string;
  endpointClass: string | null;
  count: number;
  errors: number;
  rateLimited: number;
  latencySumMs: number;
  histogram: number[];
}

const buffer = new Map<string, Rollup>();
/** Set on first use: Date.now() is 0 at module scope in workerd. */
let lastFlush: number | null = null;
let hourStart = -1;
let hourLabel = '';

function hourOf(ms: number): string {
  const start = ms - (ms % 3_600_000);
  if (start !== hourStart) {
    hourStart = start;
    hourLabel = new Date(start).toISOString().slice(0, 13);
  }
  return hourLabel;
}

/**
 * Record one request: an Analytics Engine data point and the in-memory hourly rollup. Synchronous and
 * allocation-light (this is the per-request cost). Returns true when a flush to D1 is due.
 */
export function observe(env: Pick<Env, 'ANALYTICS'>, s: RequestSample): boolean {
  const sc = statusClass(s.status);
  const limited = s.status === 429 ? 1 : 0;
  env.ANALYTICS?.writeDataPoint({
    indexes: [s.accountId],
    blobs: [s.route, s.method, sc, s.tier, s.cache, s.colo, s.keyPrefix, s.endpointClass ?? ''],
    doubles: [s.latencyMs, s.status, s.units, limited],
  });
  const hour = hourOf(s.at);
  const key = `${hour}|${s.accountId}|${s.route}|${s.method}|${sc}`;
  let r = buffer.get(key);
  if (!r) {
    r = {
      hour,
      accountId: s.accountId,
      tier: s.tier,
      route: s.route,
      method: s.method,
      statusClass: sc,
      endpointClass: s.endpointClass,
      count: 0,
      errors: 0,
      rateLimited: 0,
      latencySumMs: 0,
      histogram: new Array<number>(HISTOGRAM_SIZE).fill(0),
    };
    buffer.set(key, r);
  } else {
    r.tier = s.tier;
    if (s.endpointClass) r.endpointClass = s.endpointClass;
  }
  r.count += 1;
  if (s.status >= 400) r.errors += 1;
  r.rateLimited += limited;
  r.latencySumMs += s.latencyMs;
  const b = bucketOf(s.latencyMs);
  r.histogram[b] = (r.histogram[b] ?? 0) + 1;
  lastFlush ??= Date.now();
  return Date.now() - lastFlush >= FLUSH_INTERVAL_MS || buffer.size >= MAX_BUFFERED_ROWS;
}

/** Rows waiting for the next flush (tests, diagnostics). */
export const bufferedRollups = () => buffer.size;

/** Forget unflushed rollups (tests). */
export function resetAnalyticsMemory(): void {
  buffer.clear();
  lastFlush = Date.now();
}

/**
 * The recording middleware. Install it right after the request id: everything inside it, including
 * thrown problems (rendered by onError into c.res before it resumes) and 404s, is recorded.
 */
export const recordAnalytics = createMiddleware<AppEnv>(async (c, next) => {
  const start = Date.now();
  await next();
  try {
    const res = c.res;
    const p = c.get('principal');
    const method = c.req.method;
    const due = observe(c.env, {
      at: clock(),
      latencyMs: Date.now() - start,
      accountId: p?.accountId ?? 'anonymous',
      tier: p?.tier ?? 'none',
      keyPrefix: p?.keyPrefix ?? 'none',
      route: routeOf(c),
      method: METHODS.has(method) ? method : 'OTHER',
      status: res.status,
      cache: res.headers.get('X-Cache') ?? 'none',
      colo: (c.req.raw.cf?.colo as string | undefined) ?? 'local',
      // A burst-limit 429 names the policy ("burst"), not an endpoint class.
      endpointClass: ((r) => (r === 'burst' ? null : r))(res.headers.get('X-RateLimit-Resource')),
      units: c.get('units') ?? 0,
    });
    if (due) c.executionCtx.waitUntil(flushAnalytics(c.env));
  } catch (err) {
    // Analytics never breaks a response.
    console.error(JSON.stringify({ msg: 'analytics record failed', err: loggable(err) }));
  }
});

/** Each bucket of the stored histogram plus the same bucket of the incoming one, as a JSON array. */
const mergedHistogram = sql.raw(
  `json_array(${Array.from(
    { length: HISTOGRAM_SIZE },
    (_, i) =>
      `coalesce(json_extract(usage_hourly.latency_histogram, '$[${i}]'), 0) + coalesce(json_extract(excluded.latency_histogram, '$[${i}]'), 0)`,
  ).join(', ')})`,
);

/**
 * Upsert of many rollups from one JSON parameter (an array of [hour, account, tier, route, method, status
 * class, endpoint class, count, errors, rate limited, latency sum, histogram]): one bound value per
 * ROWS_PER_STATEMENT rows, within D1's 100 per statement. Atomic per statement, so concurrent flushes add
 * up correctly. `WHERE true` tells SQLite's parser that ON CONFLICT is the upsert clause.
 */
function upsertRollups(db: DrizzleD1Database, json: string) {
  const u = usageHourly;
  return db
    .insert(u)
    .select(
      sql`SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),
        json_extract(value, '$[6]'), json_extract(value, '$[7]'), json_extract(value, '$[8]'),
        json_extract(value, '$[9]'), json_extract(value, '$[10]'), json_extract(value, '$[11]')
      FROM json_each(${json}) WHERE true`,
    )
    .onConflictDoUpdate({
      target: [u.hour, u.accountId, u.route, u.method, u.statusClass],
      set: {
        tier: sql`excluded.tier`,
        endpointClass: sql`coalesce(excluded.endpoint_class, ${u.endpointClass})`,
        count: sql`${u.count} + excluded.count`,
        errors: sql`${u.errors} + excluded.errors`,
        rateLimited: sql`${u.rateLimited} + excluded.rate_limited`,
        latencySumMs: sql`${u.latencySumMs} + excluded.latency_sum_ms`,
        latencyHistogram: mergedHistogram,
      },
    });
}

/** Add rollups to usage_hourly (one statement per ROWS_PER_STATEMENT rows, one batch). */
export async function writeRollups(d1: D1Database, rows: Rollup[]): Promise<void> {
  if (rows.length === 0) return;
  const db = drizzle(d1);
  const stmts = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((r) => [
        r.hour,
        r.accountId,
        r.tier,
        r.route,
        r.method,
        r.statusClass,
        r.endpointClass,
        r.count,
        r.errors,
        r.rateLimited,
        r.latencySumMs,
        r.histogram,
      ]);
    stmts.push(upsertRollups(db, JSON.stringify(chunk)));
  }
  if (stmts.length === 1) await (stmts[0] as (typeof stmts)[number]).run();
  else await db.batch(nonEmpty(stmts));
}

function putBack(rows: Rollup[]): void {
  for (const r of rows) {
    const key = `${r.hour}|${r.accountId}|${r.route}|${r.method}|${r.statusClass}`;
    const cur = buffer.get(key);
    if (!cur) {
      if (buffer.size < MAX_BUFFERED_ROWS * 2) buffer.set(key, r);
      continue;
    }
    cur.count += r.count;
    cur.errors += r.errors;
    cur.rateLimited += r.rateLimited;
    cur.latencySumMs += r.latencySumMs;
    cur.endpointClass ??= r.endpointClass;
    for (let i = 0; i < HISTOGRAM_SIZE; i++) {
      cur.histogram[i] = (cur.histogram[i] ?? 0) + (r.histogram[i] ?? 0);
    }
  }
}

/**
 * Write this isolate's buffered rollups to D1 and empty the buffer; returns how many rows it wrote.
 * Runs in waitUntil from the middleware (at most once a minute), before the analytics endpoints read,
 * and from tests.
 */
export async function flushAnalytics(env: Pick<Env, 'DB'>): Promise<number> {
  lastFlush = Date.now();
  if (buffer.size === 0) return 0;
  const rows = [...buffer.values()];
  buffer.clear();
  try {
    await writeRollups(env.DB, rows);
    return rows.length;
  } catch (err) {
    putBack(rows);
    console.error(JSON.stringify({ msg: 'analytics flush failed', rows: rows.length, err: loggable(err) }));
    return 0;
  }
}

// ------------------------------------------------------------------------------------------ histograms
/** Estimated q-quantile (0..1) in ms from a histogram, or null when it is empty. */
export function histogramQuantile(histogram: readonly number[], q: number): number | null {
  let total = 0;
  for (const n of histogram) total += n;
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    const n = histogram[i] ?? 0;
    if (n > 0 && seen + n >= rank) {
      const lo = i === 0 ? 0 : (LATENCY_BUCKETS_MS[i - 1] as number);
      const hi = LATENCY_BUCKETS_MS[i];
      if (hi === undefined) return lo; // open-ended last bucket: its lower bound
      return Math.round((lo + ((rank - seen) / n) * (hi - lo)) * 10) / 10;
    }
    seen += n;
  }
  return LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1] as number;
}

/** Histogram from SQL rows of (bucket index, count). */
export function histogramFrom(rows: Iterable<{ bucket: number | string; n: number }>): number[] {
  const h = new Array<number>(HISTOGRAM_SIZE).fill(0);
  for (const r of rows) {
    const i = Number(r.bucket);
    if (i >= 0 && i < HISTOGRAM_SIZE) h[i] = (h[i] ?? 0) + Number(r.n);
  }
  return h;
}

// ------------------------------------------------------------------------------------------ SQL API
/** Whether the Analytics Engine SQL API can be queried (both optional secrets set). */
export const analyticsEngineConfigured = (env: Pick<Env, 'CF_ACCOUNT_ID' | 'CF_ANALYTICS_TOKEN'>) =>
  Boolean(env.CF_ACCOUNT_ID && env.CF_ANALYTICS_TOKEN);

/** A string literal for the SQL API (which takes no bound parameters). */
export function sqlString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export interface EndpointSql {
  totals: string;
  byDay: string;
  breakdown: string;
}

/** The three SQL API queries behind /v1/analytics/endpoint (UTC days, `to` inclusive). */
export function buildEndpointSql(route: string, from: string, to: string): EndpointSql {
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const where = `WHERE blob1 = ${sqlString(route)} AND timestamp >= toDateTime('${from} 00:00:00') AND timestamp < toDateTime('${end} 00:00:00')`;
  const measures = [
    'SUM(_sample_interval) AS requests',
    'SUM(IF(double2 >= 400, _sample_interval, 0)) AS errors',
    'SUM(IF(double2 = 429, _sample_interval, 0)) AS rate_limited',
    'SUM(_sample_interval * double1) AS latency_sum_ms',
    'quantileExactWeighted(0.5)(double1, _sample_interval) AS p50_ms',
    'quantileExactWeighted(0.95)(double1, _sample_interval) AS p95_ms',
  ].join(', ');
  const table = ANALYTICS_DATASET;
  return {
    totals: `SELECT ${measures} FROM ${table} ${where} FORMAT JSON`,
    byDay: `SELECT toStartOfInterval(timestamp, INTERVAL '1' DAY) AS day, ${measures} FROM ${table} ${where} GROUP BY day ORDER BY day FORMAT JSON`,
    breakdown: `SELECT blob2 AS method, blob3 AS status_class, SUM(_sample_interval) AS requests FROM ${table} ${where} GROUP BY method, status_class ORDER BY requests DESC FORMAT JSON`,
  };
}

/** POST one query to the Analytics Engine SQL API; returns its `data` rows. */
export async function queryAnalyticsEngine(
  env: Pick<Env, 'CF_ACCOUNT_ID' | 'CF_ANALYTICS_TOKEN'>,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const url = `https://api.cloudflare.com/client/v4/accounts/${encodeURIComponent(env.CF_ACCOUNT_ID ?? '')}/analytics_engine/sql`;
  const res = await globalThis.fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.CF_ANALYTICS_TOKEN ?? ''}`, 'Content-Type': 'text/plain' },
    body: sql,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`Analytics Engine SQL API answered ${res.status}: ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { data?: unknown };
  if (!Array.isArray(body.data)) throw new Error('Analytics Engine SQL API: no "data" array in the answer');
  return body.data as Record<string, unknown>[];
}

/** SQL API numbers may arrive as strings (64-bit integers) or NaN/null for empty quantiles. */
export function aeNumber(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : 0;
}

export function aeNullableNumber(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
}
