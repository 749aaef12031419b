/**
 * Quotas on the request path: daily quotas per endpoint class (exact, in the account's RateLimiter
 * Durable Object, with leases for large quotas) and burst limits per key and per account on every
 * authenticated route.
 *
 * Isolate memory keeps, per account, class and tier (a "meter"):
 *  - the lease: units granted by the Durable Object, spent here without a round trip (see
 *    rate-limiter.ts). One lease per meter, and one lease request in flight per meter: calls that miss the
 *    lease while a lease request is out go to the object for their own units only, so no answer ever
 *    replaces a lease that still holds units (which the object would later settle as spent: units nobody
 *    used, refused to the customer). The request whose round trip took a lease hands back what is left of
 *    it (in waitUntil) once nobody has spent from it for LEASE_IDLE_MS, or when it expires (LEASE_TTL_MS),
 *    unless the next lease request does it first; so once its leases are back (within a second of the
 *    last call), the object's count is exactly what this isolate admitted;
 *  - exhausted: classes known to be used up until their reset, so floods of rejected calls never reach
 *    the Durable Object, nor anything else (chargeWhile checks it before any work);
 *  - burst buckets: a token bucket per key and one per account (BURST_PER_SECOND and
 *    ACCOUNT_BURST_PER_SECOND of the tier, per isolate).
 * All keys include the tier, so a tier change starts fresh at once.
 *
 * Exactness within an isolate: a call the object refuses may have been refused because of units this
 * isolate holds or is about to hold (a lease granted to a concurrent call, or one too small for a batch);
 * it waits for the lease request in flight (if any) and tries the lease again before it is answered 429.
 *
 * Headers (DESIGN.md section 2) on every metered response: RateLimit-Policy, RateLimit and the
 * X-RateLimit-* family. Failure of the Durable Object fails closed for metered classes (503).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import type { Tier } from '../db/schema';
import type { Env } from '../env';
import type { CacheContext } from './cache';
import type { AppEnv, Principal } from './context';
import { loggable, ProblemError, QUOTA_EXCEEDED_TYPE } from './problem';
import type { Lease, QuotaState } from './quota-state';
import { type ConsumeResult, LEASE_MIN_LIMIT, type LeaseRelease } from './rate-limiter';
import { ACCOUNT_BURST_PER_SECOND, BURST_PER_SECOND, DAILY_LIMITS, type EndpointClass } from './tiers';

/** How long an isolate spends a lease before handing back what is left (rate-limiter.ts: LEASE_LIFETIME_MS). */
export const LEASE_TTL_MS = 10_000;
/**
 * A lease nobody has spent from for this long is handed back before it expires: traffic that pauses
 * needs no lease (its next call takes a fresh one), the account's usage is exact a second after its last
 * call, and the request that holds the hand-back in its waitUntil is not kept alive for the full 10 s.
 */
export const LEASE_IDLE_MS = 1_000;
/** How long a refused call waits for a lease request in flight before it is answered (a bound, not a pause). */
const LEASE_WAIT_MS = 2_000;

/** The clock, replaceable in tests (day rollover, burst refills). */
let clock: () => number = () => Date.now();
export function setClock(fn: (() => number) | null): void {
  clock = fn ?? (() => Date.now());
}

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const nextUtcMidnight = (ms: number) => (Math.floor(ms / 86_400_000) + 1) * 86_400_000;

interface Meter {
  accountId: string;
  cls: EndpointClass;
  lease: Lease | null;
  /** The lease request in flight (it settles once its answer is applied), if any. */
  flight: Promise<void> | null;
}

const meters = new Map<string, Meter>();
const exhausted = new Map<string, number>();
const buckets = new Map<string, { tokens: number; at: number }>();

/** Forget all isolate quota state (tests). Leases still out are handed back at their expiry all the same. */
export function resetQuotaMemory(): void {
  meters.clear();
  exhausted.clear();
  buckets.clear();
}

function stub(env: Env, accountId: string) {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(accountId));
}

const memoOf = (p: Principal, cls: EndpointClass) => `${p.accountId}|${cls}|${p.tier}`;

function meterOf(p: Principal, cls: EndpointClass): Meter {
  const memo = memoOf(p, cls);
  let m = meters.get(memo);
  if (!m) {
    m = { accountId: p.accountId, cls, lease: null, flight: null };
    meters.set(memo, m);
  }
  return m;
}

/** The lease can pay `units` now. */
function usable(l: Lease | null, units: number, day: string, now: number): l is Lease {
  return l !== null && !l.released && l.day === day && l.expiresAt > now && l.left >= units;
}

/** Takes the meter's lease out of use and returns what to hand back to the object, if anything. */
function takeLease(m: Meter): LeaseRelease | undefined {
  const l = m.lease;
  m.lease = null;
  if (!l || l.released) return undefined;
  l.released = true;
  return { day: l.day, cls: l.cls, granted: l.granted, unused: l.left };
}

/**
 * Hands the lease back once it has been idle for LEASE_IDLE_MS or has lived LEASE_TTL_MS, unless a lease
 * request did first. Runs in the waitUntil of the request whose round trip took the lease (at most
 * LEASE_TTL_MS, well inside the 30 s waitUntil allows). It checks on its own timer rather than being
 * woken: resolving its wait from another request (one that hands the lease back early) would be I/O
 * across requests, which workerd refuses.
 */
async function settleWhenIdle(env: Env, m: Meter, lease: Lease): Promise<void> {
  for (;;) {
    if (lease.released) return;
    const wait = Math.min(lease.settleBy, lease.lastSpent + LEASE_IDLE_MS) - Date.now();
    if (wait <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  // Idle or expired and still this meter's: the next call would hand it back; nobody may call again, so
  // do it now, as a lease request (refused calls wait for it, and no other lease is taken meanwhile).
  const owned = m.lease === lease && m.flight === null;
  let landed = () => {};
  if (owned) {
    m.flight = new Promise<void>((r) => (landed = r));
    m.lease = null;
  }
  lease.released = true;
  try {
    await stub(env, m.accountId).release({
      accountId: m.accountId,
      day: lease.day,
      cls: lease.cls,
      granted: lease.granted,
      unused: lease.left,
    });
  } catch (err) {
    // The object settles the lease as spent after its lifetime: usage reads high by what was left.
    console.error(
      JSON.stringify({
        msg: 'lease release failed',
        account: m.accountId,
        cls: lease.cls,
        err: loggable(err),
      }),
    );
  } finally {
    if (owned) {
      m.flight = null;
      landed();
    }
  }
}

/** The burst policies (RateLimit-Policy): per key and per account, both per second. */
function burstPolicy(tier: Tier) {
  return `"burst";q=${BURST_PER_SECOND[tier]};w=1, "account-burst";q=${ACCOUNT_BURST_PER_SECOND[tier]};w=1`;
}
/** Sets the rate-limit headers of the design for a daily quota. */
export function quotaHeaders(tier: Tier, q: QuotaState, now: number): Record<string, string> {
  const reset = Math.max(0, Math.ceil((q.resetAt - now) / 1000));
  return {
    'RateLimit-Policy': `"${q.cls}-daily";q=${q.limit};w=86400, ${burstPolicy(tier)}`,
    RateLimit: `"${q.cls}-daily";r=${q.remaining};t=${reset}`,
    'X-RateLimit-Limit': String(q.limit),
    'X-RateLimit-Remaining': String(q.remaining),
    'X-RateLimit-Used': String(q.used),
    'X-RateLimit-Reset': String(Math.floor(q.resetAt / 1000)),
    'X-RateLimit-Resource': q.cls,
  };
}

function quotaExceeded(tier: Tier, q: QuotaState, now: number, units: number): ProblemError {
  const retryAfter = Math.max(1, Math.ceil((q.resetAt - now) / 1000));
  const detail =
    units > 1 && q.remaining > 0
      ? `This request needs ${units} "${q.cls}" units but only ${q.remaining} of today's ${q.limit} remain.`
      : `The daily "${q.cls}" quota of ${q.limit} for the ${tier} tier is used up; it resets at 00:00 UTC.`;
  return new ProblemError({
    status: 429,
    type: QUOTA_EXCEEDED_TYPE,
    title: 'Quota exceeded',
    detail,
    headers: { ...quotaHeaders(tier, q, now), 'Retry-After': String(retryAfter) },
    extensions: { 'violated-policies': [`${q.cls}-daily`] },
  });
}

/** The Durable Object could not be reached: a 503 the client may retry. */
function quotaUnavailable(what: string): ProblemError {
  return new ProblemError({
    status: 503,
    type: 'quota-unavailable',
    title: 'Service unavailable',
    detail: `${what} Retry shortly.`,
    headers: { 'Retry-After': '1' },
  });
}

/**
 * The class is known (in this isolate) to be used up: throws its 429 at once, without a round trip.
 * chargeWhile calls it before any work, so such a call does nothing at all.
 */
export function assertNotExhausted(p: Principal, cls: EndpointClass, units = 1): void {
  const now = clock();
  const until = exhausted.get(memoOf(p, cls));
  if (until === undefined || until <= now) return;
  const limit = DAILY_LIMITS[p.tier][cls];
  const q = { cls, limit, used: limit, remaining: 0, resetAt: nextUtcMidnight(now) };
  throw quotaExceeded(p.tier, q, now, units);
}

/**
 * Consume `units` of a class for the caller, all or nothing. Returns the quota state (for headers) or
 * throws a 429 problem. Exact: every unit is counted by the Durable Object before it is spent.
 * `ctx` (the request's) carries the hand-back of a lease this call takes; without it (tests, scripts) the
 * hand-back runs unattached.
 */
export async function consumeQuota(
  env: Env,
  p: Principal,
  cls: EndpointClass,
  units: number,
  ctx?: Pick<ExecutionContext, 'waitUntil'>,
): Promise<QuotaState> {
  const limit = DAILY_LIMITS[p.tier][cls];
  const m = meterOf(p, cls);
  for (let attempt = 0; ; attempt++) {
    assertNotExhausted(p, cls, units);
    const now = clock();
    const day = utcDay(now);
    const resetAt = nextUtcMidnight(now);
    const held = m.lease;
    if (usable(held, units, day, now)) {
      held.left -= units;
      held.lastSpent = Date.now();
      const used = held.usedAtGrant - held.left;
      return { cls, limit, used, remaining: Math.max(0, limit - used), resetAt, lease: held };
    }
    // A round trip. Only one lease request at a time: it hands back the current lease and may take a new
    // one; calls meanwhile ask for their own units only. Small quotas are never leased.
    const asksLease = limit >= LEASE_MIN_LIMIT && m.flight === null;
    let landed = () => {};
    let release: LeaseRelease | undefined;
    if (asksLease) {
      m.flight = new Promise<void>((r) => (landed = r));
      release = takeLease(m);
    }
    let result: ConsumeResult;
    try {
      result = await stub(env, p.accountId).consume({
        accountId: p.accountId,
        day,
        cls,
        units,
        limit,
        wantLease: asksLease,
        ...(release ? { release } : {}),
      });
    } catch (err) {
      console.error(
        JSON.stringify({ msg: 'rate limiter unavailable', account: p.accountId, err: loggable(err) }),
      );
      throw quotaUnavailable('Quota accounting is temporarily unavailable, so metered calls are refused.');
    } finally {
      if (asksLease) {
        m.flight = null;
        landed();
      }
    }
    if (asksLease && result.lease > 0) {
      const lease: Lease = {
        day,
        cls,
        granted: result.lease,
        left: result.lease,
        usedAtGrant: result.used,
        expiresAt: now + LEASE_TTL_MS,
        released: false,
        lastSpent: Date.now(),
        settleBy: Date.now() + LEASE_TTL_MS,
      };
      m.lease = lease;
      exhausted.delete(memoOf(p, cls)); // units in hand: not used up, whatever a concurrent call concluded
      const settling = settleWhenIdle(env, m, lease);
      if (ctx) ctx.waitUntil(settling);
    }
    if (result.allowed) {
      const used = result.used - result.lease;
      return { cls, limit, used, remaining: Math.max(0, limit - used), resetAt };
    }
    // Refused. Units this isolate holds or is about to hold are in the object's count: spend them first.
    if (attempt < 2) {
      const flight = m.flight;
      if (flight) {
        await Promise.race([flight, new Promise((r) => setTimeout(r, LEASE_WAIT_MS))]);
        continue;
      }
      if (m.lease && !m.lease.released && m.lease.left > 0) continue;
    }
    const remaining = Math.max(0, limit - result.used);
    // Used up. Leases other isolates hold may come back (within a lease lifetime); otherwise it is final.
    if (remaining === 0) {
      exhausted.set(memoOf(p, cls), result.leased > 0 ? Math.min(resetAt, now + LEASE_TTL_MS) : resetAt);
    }
    throw quotaExceeded(p.tier, { cls, limit, used: result.used, remaining, resetAt }, now, units);
  }
}

/**
 * Returns units charged by `charge`/`consumeQuota` earlier today when the work they paid for failed
 * before it was done. Best effort: a failure here is logged, not thrown. Units spent from an isolate
 * lease still in use go back into it, without a round trip: the Durable Object counts them inside the
 * lease (`leased`), which its own refund never goes below, so they would be lost there.
 */
export async function refundQuota(
  env: Env,
  p: Principal,
  cls: EndpointClass,
  units: number,
  from?: Lease,
): Promise<void> {
  const now = clock();
  exhausted.delete(memoOf(p, cls));
  // Only into a lease still in use: one handed back already counts these units as spent.
  if (from && meters.get(memoOf(p, cls))?.lease === from && usable(from, 0, utcDay(now), now)) {
    from.left += units;
    return;
  }
  try {
    await stub(env, p.accountId).refund({ accountId: p.accountId, day: utcDay(now), cls, units });
  } catch (err) {
    console.error(
      JSON.stringify({ msg: 'quota refund failed', account: p.accountId, cls, units, err: loggable(err) }),
    );
  }
}

/** Today's counted units per class (from the Durable Object). */
export async function usageToday(env: Env, accountId: string): Promise<Record<string, number>> {
  try {
    return await stub(env, accountId).usage(utcDay(clock()));
  } catch (err) {
    console.error(
      JSON.stringify({ msg: 'rate limiter unavailable', account: accountId, err: loggable(err) }),
    );
    throw quotaUnavailable("Today's usage lives in the quota service, which is temporarily unavailable.");
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A bucket of `rate` tokens per second, refilled to `now`. */
function refilled(key: string, rate: number, now: number): Bucket {
  const b = buckets.get(key) ?? { tokens: rate, at: now };
  b.tokens = Math.min(rate, b.tokens + ((now - b.at) / 1000) * rate);
  b.at = now;
  return b;
}

/**
 * The burst limits, per isolate: a token bucket per key (BURST_PER_SECOND) and one per account
 * (ACCOUNT_BURST_PER_SECOND), so an account's keys together cannot multiply it. A request takes a token
 * from both or from neither; throws 429 naming the policy (or policies) it ran into.
 */
export function takeBurstToken(p: Principal): { remaining: number } {
  const now = clock();
  const rate = BURST_PER_SECOND[p.tier];
  const accountRate = ACCOUNT_BURST_PER_SECOND[p.tier];
  const kk = `k|${p.keyId}|${p.tier}`;
  const ka = `a|${p.accountId}|${p.tier}`;
  const key = refilled(kk, rate, now);
  const account = refilled(ka, accountRate, now);
  if (key.tokens < 1 || account.tokens < 1) {
    buckets.set(kk, key);
    buckets.set(ka, account);
    throw burstExceeded(p.tier, now, [
      ...(key.tokens < 1 ? [{ policy: 'burst', rate, tokens: key.tokens }] : []),
      ...(account.tokens < 1 ? [{ policy: 'account-burst', rate: accountRate, tokens: account.tokens }] : []),
    ]);
  }
  key.tokens -= 1;
  account.tokens -= 1;
  buckets.set(kk, key);
  buckets.set(ka, account);
  if (buckets.size > 50_000) buckets.clear();
  return { remaining: Math.floor(Math.min(key.tokens, account.tokens)) };
}

function burstExceeded(
  tier: Tier,
  now: number,
  violated: { policy: string; rate: number; tokens: number }[],
): ProblemError {
  // The header fields describe the policy that keeps the caller waiting longest.
  const waits = violated.map((v) => ({
    ...v,
    wait: Math.max(1, Math.ceil(((1 - v.tokens) / v.rate) * 1000) / 1000),
  }));
  const worst = waits.reduce((a, b) => (b.wait > a.wait ? b : a));
  const retry = Math.ceil(worst.wait);
  const what = violated.map((v) =>
    v.policy === 'burst'
      ? `${v.rate} requests per second with this key`
      : `${v.rate} requests per second for this account, all its keys together`,
  );
  return new ProblemError({
    status: 429,
    type: QUOTA_EXCEEDED_TYPE,
    title: 'Too many requests',
    detail: `More than ${what.join(' and more than ')} (${tier} tier burst limit).`,
    headers: {
      'Retry-After': String(retry),
      'RateLimit-Policy': burstPolicy(tier),
      RateLimit: `"${worst.policy}";r=0;t=${retry}`,
      'X-RateLimit-Limit': String(worst.rate),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Used': String(worst.rate),
      'X-RateLimit-Reset': String(Math.ceil(now / 1000 + worst.wait)),
      'X-RateLimit-Resource': worst.policy,
    },
    extensions: { 'violated-policies': violated.map((v) => v.policy) },
  });
}

export const BENCH_SKIP_QUOTA_HEADER = 'X-Bench-Skip-Quota';

/** Charge `units` of a class and set the headers on the response. */
export async function charge(c: Context<AppEnv>, cls: EndpointClass, units = 1): Promise<QuotaState | null> {
  const p = c.get('principal');
  if (!p) throw new Error('charge() before authenticate');
  // Benchmarks only (`npm run bench` measures the request with and without this step): honoured solely
  // when ENVIRONMENT is "development", i.e. the local dev server; never in production or tests.
  if (c.env.ENVIRONMENT === 'development' && c.req.header(BENCH_SKIP_QUOTA_HEADER) === '1') return null;
  startTime(c, 'quota');
  try {
    const q = await consumeQuota(c.env, p, cls, units, c.executionCtx);
    c.set('units', (c.get('units') ?? 0) + units);
    c.set('charged', [...(c.get('charged') ?? []), { cls, units, q }]);
    for (const [name, value] of Object.entries(quotaHeaders(p.tier, q, clock()))) c.header(name, value);
    return q;
  } finally {
    endTime(c, 'quota');
  }
}

/**
 * Gives back every unit charge() took for this request: a metered call that fails with a 5xx after it
 * was charged (D1 down while saving a chart, a batch that could not be stored or queued...) costs the
 * caller nothing, nor does a 4xx found after the charge (a chart_id or slug that does not resolve, a
 * local time that never existed). The error handler calls it for every error; idempotent (the record is cleared). The
 * rate-limit headers already set by charge() are rewritten to show the units given back.
 */
export async function refundCharged(c: Context<AppEnv>): Promise<void> {
  const charged = c.get('charged') ?? [];
  const p = c.get('principal');
  if (charged.length === 0 || !p) return;
  c.set('charged', []);
  c.set('units', 0);
  await Promise.all(charged.map(({ cls, units, q }) => refundQuota(c.env, p, cls, units, q.lease)));
  const last = charged[charged.length - 1];
  if (!last) return;
  const back = charged.filter((x) => x.cls === last.cls).reduce((n, x) => n + x.units, 0);
  const q = { ...last.q, used: Math.max(0, last.q.used - back), remaining: last.q.remaining + back };
  delete q.lease;
  for (const [name, value] of Object.entries(quotaHeaders(p.tier, q, clock()))) c.header(name, value);
}

/**
 * Charge `units` of `cls` and do `work` side by side: a cached call pays max(quota check, cache lookup)
 * instead of their sum. `work` gets the request's context with `granted`, which settles with the charge:
 * it may look things up at once, but computes and publishes (cache writes: give this context to cached())
 * only once the charge is granted, so a refused call costs no computation and no write. A class this
 * isolate already knows is used up is refused before `work` starts: nothing at all is done.
 */
export async function chargeWhile<T>(
  c: Context<AppEnv>,
  cls: EndpointClass,
  units: number,
  work: (ctx: CacheContext & { granted: Promise<void> }) => Promise<T>,
): Promise<T> {
  const p = c.get('principal');
  if (p) assertNotExhausted(p, cls, units);
  const charging = charge(c, cls, units);
  const granted = charging.then(() => undefined);
  granted.catch(() => undefined); // its rejection is thrown below; work may not have awaited it
  const ctx = { waitUntil: (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise), granted };
  const [quota, result] = await Promise.allSettled([charging, work(ctx)]);
  if (quota.status === 'rejected') throw quota.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/**
 * Route middleware for metered routes: a class this isolate already knows is used up is answered 429
 * before anything else runs (validation, place and cache lookups, computation). Put it after
 * `idempotent()`, so a replay of an earlier answer is still served.
 */
export function refuseWhenUsedUp(cls: EndpointClass) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const p = c.get('principal');
    if (p) assertNotExhausted(p, cls);
    await next();
  });
}
