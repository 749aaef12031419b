/**
 * The two-level cache of computed results (DESIGN.md section 6).
 *
 *   isolate LRU (hottest MEMORY_ENTRIES)  ┐ reported as HIT-L1
 *   L1: caches.default (this data centre) ┘
 *   L2: Workers KV (global, eventually consistent)       → HIT-L2, promoted into L1
 *   compute (single-flight per isolate)                   → MISS, written to L1 and L2 in waitUntil
 * A metered call (chargeWhile) looks up while its quota is checked; it computes and writes only once the
 * charge is granted, so a refused call costs no computation and no write.
 *
 * Keys are `<namespace>:<version>:<sha256 of the normalised request>`, so equal inputs share an entry
 * across accounts and a pattern purge (`charts:*`) is O(1): it bumps the namespace version (kept in KV,
 * read through isolate memory for NS_VERSION_TTL_MS), which orphans every old key at every level.
 * A purge is immediate in the isolate that ran it and reaches other isolates within NS_VERSION_TTL_MS plus
 * KV propagation (≈ 60 s). A purge by key deletes it from this isolate, this data centre and KV at once;
 * other isolates and data centres hold a local copy for at most LOCAL_TTL_S (1 h) after they read it.
 *
 * The Cache API only works on a custom domain, not on *.workers.dev: there L1 silently misses and L2 (KV)
 * still serves hits.
 *
 * Stats: hits and misses per level and namespace are counted in isolate memory and written to KV at
 * most once per STATS_FLUSH_MS per isolate (one key per isolate), never per request.
 */
import type { Context } from 'hono';
import { setMetric } from 'hono/timing';
import type { ChartWarning } from '../astro/types';
import type { Env } from '../env';
import type { AppEnv } from './context';
import { loggable } from './problem';

export const NAMESPACES = {
  charts: { ttl: 30 * 86400 },
  wheels: { ttl: 30 * 86400 },
  synastry: { ttl: 30 * 86400 },
  composite: { ttl: 30 * 86400 },
  readings: { ttl: 30 * 86400 },
  famous: { ttl: 7 * 86400 },
  /** Transits, timelines, returns, progressions (per natal chart). */
  forecast: { ttl: 30 * 86400 },
  /** Sky events and the Moon: the same for every caller. */
  sky: { ttl: 30 * 86400 },
} as const;
export type Namespace = keyof typeof NAMESPACES;
export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as Namespace[];

/**
 * Bump when the output of the astro library changes (ephemeris, tz table, corpus, response fields): old
 * entries orphan. 2: issue 23 (VSOP87B/ELP ephemeris). 3: warning_details, subject.dst,
 * unknown_time, the dst option, birthplace LMT for city mean times (issue 18). 4: issue 20 (right
 * ascension and declination on every point, patterns), place admin1_name (issue 18). 5: readings in eight
 * languages with `lang` and grounded paragraphs (`sections[].paragraphs[].factors`), localised wheel labels
 * (issue 21). 6: fixed stars' wheel tooltips in the wheel's language; interpretation texts on transits and
 * the timeline (issue 19, 21).
 */
export const CODE_VERSION = '6';
export const MEMORY_ENTRIES = 1000;
/**
 * Isolate memory and L1 keep an entry at most this long (KV keeps it for the namespace TTL): a purge by key
 * reaches other isolates and data centres within this bound.
 */
export const LOCAL_TTL_S = 3600;
export const NS_VERSION_TTL_MS = 30_000;
export const STATS_FLUSH_MS = 60_000;
const L1_ORIGIN = 'https://cache.stellar-edge.internal/';

export type CacheStatus = 'HIT-L1' | 'HIT-L2' | 'MISS';

export interface CachedBody {
  body: string;
  contentType: string;
  etag: string;
}

export interface CacheResult extends CachedBody {
  status: CacheStatus;
  key: string;
  /** How long the lookup took (isolate memory, Cache API, KV), in ms: the `cache` metric of Server-Timing. */
  lookupMs?: number;
}

// ---------------------------------------------------------------- isolate state
const memory = new Map<string, { value: CachedBody; until: number }>();
const inflight = new Map<string, Promise<CachedBody>>();
const nsVersions = new Map<Namespace, { version: number; until: number }>();
/** Identifies this isolate's stats record; random values may only be made inside a handler. */
let isolateId: string | null = null;
function statsId(): string {
  if (!isolateId) isolateId = crypto.randomUUID();
  return isolateId;
}
const stats = {
  /** Set on the first count: Date.now() is 0 at module scope in workerd. */
  since: 0,
  counts: {} as Record<string, { l1: number; l2: number; miss: number }>,
  lastFlush: 0,
  dirty: false,
};

export function clearMemoryCache(): void {
  memory.clear();
  nsVersions.clear();
}

/** This isolate's lookups of a namespace so far: hits per level and misses (= computations). */
export function isolateCounts(ns: Namespace): { l1: number; l2: number; miss: number } {
  return { ...(stats.counts[ns] ?? { l1: 0, l2: 0, miss: 0 }) };
}

function memoryGet(key: string, now: number): CachedBody | undefined {
  const hit = memory.get(key);
  if (!hit) return undefined;
  if (hit.until <= now) {
    memory.delete(key);
    return undefined;
  }
  memory.delete(key); // re-insert: Map order is recency order
  memory.set(key, hit);
  return hit.value;
}

function memorySet(key: string, value: CachedBody, ttlS: number, now: number): void {
  memory.delete(key);
  memory.set(key, { value, until: now + Math.min(ttlS, LOCAL_TTL_S) * 1000 });
  while (memory.size > MEMORY_ENTRIES) {
    const oldest = memory.keys().next().value;
    if (oldest === undefined) break;
    memory.delete(oldest);
  }
}

function count(ns: Namespace, level: 'l1' | 'l2' | 'miss'): void {
  if (stats.since === 0) stats.since = Date.now();
  stats.counts[ns] ??= { l1: 0, l2: 0, miss: 0 };
  stats.counts[ns][level] += 1;
  stats.dirty = true;
}

// ---------------------------------------------------------------- keys and versions
export async function sha256Hex(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const nsVersionKey = (ns: Namespace) => `cache-ns:${ns}`;

export async function namespaceVersion(env: Env, ns: Namespace, now = Date.now()): Promise<number> {
  const m = nsVersions.get(ns);
  if (m && m.until > now) return m.version;
  const stored = await env.CACHE.get(nsVersionKey(ns));
  const version = stored ? Number(stored) || 1 : 1;
  nsVersions.set(ns, { version, until: now + NS_VERSION_TTL_MS });
  return version;
}

/** The cache key of a normalised request identity. */
export async function cacheKey(env: Env, ns: Namespace, identity: string): Promise<string> {
  const version = await namespaceVersion(env, ns);
  return `${ns}:${version}:${await sha256Hex(`${CODE_VERSION}\n${identity}`)}`;
}

const l1Request = (key: string) => new Request(L1_ORIGIN + encodeURIComponent(key));

export async function etagOf(body: string): Promise<string> {
  return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

// ---------------------------------------------------------------- read-through
/**
 * Where cached() runs: the request's waitUntil, and for a metered call `granted` (chargeWhile in
 * quota.ts: settles with the request's quota charge). The lookup runs while the quota is checked, but
 * what costs waits for `granted`: computing a miss and every write (isolate memory, the Cache API, KV);
 * none happens when it rejects (and its rejection, the 429, is thrown).
 */
export interface CacheContext {
  waitUntil(promise: Promise<unknown>): void;
  granted?: Promise<unknown>;
}

/**
 * Returns the cached body for `identity` in `ns`, computing (once per isolate for concurrent misses) and
 * storing it when absent. `compute` returns the body string and its content type.
 */
export async function cached(
  env: Env,
  ctx: CacheContext,
  ns: Namespace,
  identity: string,
  compute: () => Promise<{ body: string; contentType: string }>,
): Promise<CacheResult> {
  const granted = ctx.granted ?? Promise.resolve();
  const started = performance.now();
  const lookupMs = () => performance.now() - started;
  const key = await cacheKey(env, ns, identity);
  const ttl = NAMESPACES[ns].ttl;
  const now = Date.now();
  maybeFlushStats(env, ctx, now);

  const mem = memoryGet(key, now);
  if (mem) {
    count(ns, 'l1');
    return { ...mem, status: 'HIT-L1', key, lookupMs: lookupMs() };
  }
  /** A write that waits for the charge and is dropped when the call is refused. */
  const onceGranted = (write: () => unknown) =>
    granted.then(
      () => write(),
      () => undefined,
    );
  const l1 = await caches.default.match(l1Request(key)).catch(() => undefined);
  if (l1) {
    const value = {
      body: await l1.text(),
      contentType: l1.headers.get('Content-Type') ?? 'application/json',
      etag: l1.headers.get('ETag') ?? '',
    };
    void onceGranted(() => memorySet(key, value, ttl, now));
    count(ns, 'l1');
    return { ...value, status: 'HIT-L1', key, lookupMs: lookupMs() };
  }
  const l2 = await env.CACHE.getWithMetadata<{ contentType: string; etag: string }>(key, 'text').catch(
    () => null,
  );
  if (l2?.value && l2.metadata) {
    const value = { body: l2.value, contentType: l2.metadata.contentType, etag: l2.metadata.etag };
    ctx.waitUntil(
      onceGranted(() => {
        memorySet(key, value, ttl, now);
        return putL1(key, value, ttl);
      }),
    );
    count(ns, 'l2');
    return { ...value, status: 'HIT-L2', key, lookupMs: lookupMs() };
  }

  const missedAfter = lookupMs();
  await granted; // a refused call computes nothing
  let pending = inflight.get(key);
  if (!pending) {
    pending = (async () => {
      const out = await compute();
      return { ...out, etag: await etagOf(out.body) };
    })();
    inflight.set(key, pending);
    pending.then(
      (value) => {
        inflight.delete(key);
        memorySet(key, value, ttl, Date.now());
        ctx.waitUntil(
          Promise.all([
            putL1(key, value, ttl),
            env.CACHE.put(key, value.body, {
              expirationTtl: ttl,
              metadata: { contentType: value.contentType, etag: value.etag },
            }).catch((err) =>
              console.error(JSON.stringify({ msg: 'kv put failed', key, err: loggable(err) })),
            ),
          ]),
        );
      },
      () => inflight.delete(key),
    );
  }
  const value = await pending;
  count(ns, 'miss');
  return { ...value, status: 'MISS', key, lookupMs: missedAfter };
}

/** The warnings of an answer: texts in `warnings`, the same in order with their codes in `warning_details`. */
export interface WarnedDoc {
  warnings: string[];
  warning_details: ChartWarning[];
}

/** Puts `warnings` first in a body's own lists (texts and details). */
export function prependWarnings(
  doc: WarnedDoc,
  warnings: readonly ChartWarning[],
  text = (w: ChartWarning) => w.message,
) {
  doc.warning_details.unshift(...warnings);
  doc.warnings.unshift(...warnings.map(text));
}

/**
 * A cached body is shared by every request with the same normalised identity, so it must hold nothing
 * that depends on how one request was phrased. Warnings that do (a city name that matched several
 * places: they quote the name as it was asked, and "Paris, FR" has none) are added to each answer
 * here: `place` puts them into the parsed JSON body (default: first in its top-level `warnings` and
 * `warning_details`). The answer then gets its own ETag. Free when there are none.
 */
export async function withRequestWarnings<Doc extends WarnedDoc>(
  result: CacheResult,
  warnings: readonly ChartWarning[],
  place: (doc: Doc) => void = (doc) => prependWarnings(doc, warnings),
): Promise<CacheResult> {
  if (warnings.length === 0) return result;
  const doc = JSON.parse(result.body) as Doc;
  place(doc);
  const body = JSON.stringify(doc);
  return { ...result, body, etag: await etagOf(body) };
}

function putL1(key: string, value: CachedBody, ttl: number): Promise<void> {
  return caches.default
    .put(
      l1Request(key),
      new Response(value.body, {
        headers: {
          'Content-Type': value.contentType,
          ETag: value.etag,
          'Cache-Control': `max-age=${Math.min(ttl, LOCAL_TTL_S)}`,
        },
      }),
    )
    .catch(() => undefined);
}

// ---------------------------------------------------------------- invalidation
/** Drop a key from this isolate and this data centre only (what a fresh isolate elsewhere sees). */
export async function evictLocal(key: string): Promise<void> {
  memory.delete(key);
  await caches.default.delete(l1Request(key)).catch(() => false);
}

/** Delete one key everywhere this location can reach (isolate, data centre, KV). */
export async function invalidateKey(env: Env, key: string): Promise<boolean> {
  const had = memory.delete(key);
  const [l1, l2] = await Promise.all([
    caches.default.delete(l1Request(key)).catch(() => false),
    env.CACHE.get(key).then((v) => v !== null),
  ]);
  await env.CACHE.delete(key);
  return had || l1 || l2;
}

/** Bump a namespace's version: O(1), orphans every entry of the namespace at every level. */
export async function invalidateNamespace(env: Env, ns: Namespace): Promise<number> {
  const stored = await env.CACHE.get(nsVersionKey(ns));
  const next = (stored ? Number(stored) || 1 : 1) + 1;
  await env.CACHE.put(nsVersionKey(ns), String(next));
  nsVersions.set(ns, { version: next, until: Date.now() + NS_VERSION_TTL_MS });
  for (const key of memory.keys()) if (key.startsWith(`${ns}:`)) memory.delete(key);
  return next;
}

// ---------------------------------------------------------------- stats
function maybeFlushStats(env: Env, ctx: CacheContext, now: number): void {
  if (!stats.dirty || now - stats.lastFlush < STATS_FLUSH_MS) return;
  ctx.waitUntil(flushStats(env, now));
}

/** Write this isolate's cumulative counts (one KV key per isolate). */
export async function flushStats(env: Env, now = Date.now()): Promise<void> {
  stats.lastFlush = now;
  stats.dirty = false;
  await env.CACHE.put(
    `cache-stats:${statsId()}`,
    JSON.stringify({ since: stats.since || now, updated: now, counts: stats.counts }),
    { expirationTtl: 7 * 86400 },
  );
}

export interface StatsReport {
  since: string;
  isolates: number;
  namespaces: Record<string, { hits_l1: number; hits_l2: number; misses: number; hit_ratio: number }>;
  total: { hits_l1: number; hits_l2: number; misses: number; hit_ratio: number };
}

/** Sum of every isolate's flushed counts (this isolate's are flushed first). */
export async function readStats(env: Env): Promise<StatsReport> {
  await flushStats(env);
  const list = await env.CACHE.list({ prefix: 'cache-stats:' });
  const namespaces: StatsReport['namespaces'] = {};
  const total = { hits_l1: 0, hits_l2: 0, misses: 0, hit_ratio: 0 };
  let since = Date.now();
  for (const k of list.keys) {
    const raw = await env.CACHE.get(k.name);
    if (!raw) continue;
    const rec = JSON.parse(raw) as {
      since: number;
      counts: Record<string, { l1: number; l2: number; miss: number }>;
    };
    since = Math.min(since, rec.since);
    for (const [ns, c] of Object.entries(rec.counts)) {
      namespaces[ns] ??= { hits_l1: 0, hits_l2: 0, misses: 0, hit_ratio: 0 };
      const n = namespaces[ns];
      n.hits_l1 += c.l1;
      n.hits_l2 += c.l2;
      n.misses += c.miss;
      total.hits_l1 += c.l1;
      total.hits_l2 += c.l2;
      total.misses += c.miss;
    }
  }
  const ratio = (x: { hits_l1: number; hits_l2: number; misses: number }) => {
    const all = x.hits_l1 + x.hits_l2 + x.misses;
    return all === 0 ? 0 : Math.round(((x.hits_l1 + x.hits_l2) / all) * 10000) / 10000;
  };
  for (const n of Object.values(namespaces)) n.hit_ratio = ratio(n);
  total.hit_ratio = ratio(total);
  return {
    since: new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    isolates: list.keys.length,
    namespaces,
    total,
  };
}

// ---------------------------------------------------------------- answering
/** Answers a cached body with X-Cache, ETag and 304 on If-None-Match. */
export function sendCached(
  c: Context<AppEnv>,
  result: CacheResult,
  body: string | Uint8Array<ArrayBuffer>,
  maxAge = 0,
): Response {
  if (result.lookupMs !== undefined) setMetric(c, 'cache', result.lookupMs, result.status);
  c.header('X-Cache', result.status);
  c.header('X-Cache-Key', result.key);
  c.header('ETag', result.etag);
  c.header('Cache-Control', maxAge > 0 ? `private, max-age=${maxAge}` : 'private, no-cache');
  const inm = c.req.header('If-None-Match');
  if (inm?.split(',').some((t) => t.trim() === result.etag || t.trim() === '*')) {
    return c.body(null, 304);
  }
  return c.body(body, 200, { 'Content-Type': result.contentType });
}
