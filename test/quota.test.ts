import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/platform/ids';
import { consumeQuota, refundQuota, resetQuotaMemory, setClock, utcDay } from '../src/platform/quota';
import { DAILY_LIMITS } from '../src/platform/tiers';
import { addKeys, authed, createAccount, json, principal, problemOf } from './helpers';
import { NEW_YORK_1990 } from './people';

const jsonHeaders = { 'Content-Type': 'application/json' };
const chartBody = NEW_YORK_1990;

beforeAll(() => resetQuotaMemory());
afterEach(() => setClock(null));

/**
 * A quota clock that moves `stepMs` each time it is read: burst buckets refill between requests (the
 * account burst limit would otherwise cap these tests at 10 a second, however many keys they use), while
 * the requests still overlap and the daily counts stay those of today.
 */
function flowingClock(stepMs: number) {
  let now = Date.now();
  setClock(() => {
    now += stepMs;
    return now;
  });
}

describe('daily quotas', () => {
  it('a free account gets exactly 50 chart calls; the 51st is 429 with the headers of the design', async () => {
    const { key } = await createAccount();
    const me = (await (await authed(key, '/v1/account')).json()) as { id: string };
    const keys = [key, ...(await addKeys(me.id, 12, ['charts:read']))]; // spread over keys: stay under the burst limit
    flowingClock(500); // and under the account's
    let last: Response | undefined;
    for (let i = 0; i < 50; i++) {
      last = await json('/v1/charts', { ...chartBody, minute: i }, { key: keys[i % keys.length] });
      expect(last.status, `call ${i + 1}`).toBe(200);
    }
    expect(last?.headers.get('X-RateLimit-Limit')).toBe('50');
    expect(last?.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(last?.headers.get('X-RateLimit-Used')).toBe('50');
    expect(last?.headers.get('X-RateLimit-Resource')).toBe('charts');
    expect(last?.headers.get('RateLimit-Policy')).toBe(
      '"charts-daily";q=50;w=86400, "burst";q=5;w=1, "account-burst";q=10;w=1',
    );
    expect(last?.headers.get('RateLimit')).toMatch(/^"charts-daily";r=0;t=\d+$/);
    const reset = Number(last?.headers.get('X-RateLimit-Reset'));
    expect(reset * 1000).toBe(Math.ceil(Date.now() / 86_400_000) * 86_400_000);

    const over = await json('/v1/charts', chartBody, { key: keys[1] });
    expect(over.status).toBe(429);
    const p = await problemOf(over);
    expect(p.type).toBe('https://iana.org/assignments/http-problem-types#quota-exceeded');
    expect(p['violated-policies']).toEqual(['charts-daily']);
    expect(Number(over.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(over.headers.get('X-RateLimit-Remaining')).toBe('0');
    // Other classes are unaffected; management routes are not metered.
    expect((await authed(key, '/v1/account')).status).toBe(200);
  });

  it('200 concurrent requests against a quota of 50 admit exactly 50', async () => {
    const { key, accountId } = await createAccount();
    const keys = [key, ...(await addKeys(accountId, 49, ['charts:read']))]; // 4 requests per key: under the burst limit
    flowingClock(500); // and under the account's
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        json(
          '/v1/charts',
          { ...chartBody, minute: i % 60, hour: 10 + Math.floor(i / 60) },
          { key: keys[i % 50] },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(150);
    const usage = (await (await authed(keys[7] as string, '/v1/account')).json()) as {
      usage: { charts: { used: number } };
    };
    expect(usage.usage.charts.used).toBe(50);
  });

  it('each tier has the numbers of the contract', async () => {
    for (const tier of ['free', 'basic', 'premium', 'unlimited'] as const) {
      const { key } = await createAccount({ tier });
      const res = await json('/v1/charts', chartBody, { key });
      expect(res.headers.get('X-RateLimit-Limit')).toBe(String(DAILY_LIMITS[tier].charts));
      const me = (await (await authed(key, '/v1/account')).json()) as { limits: Record<string, number> };
      expect(me.limits).toEqual(DAILY_LIMITS[tier]);
    }
    expect(DAILY_LIMITS).toEqual({
      free: { charts: 50, readings: 10, famous_people: 20, synastry: 5 },
      basic: { charts: 200, readings: 50, famous_people: 100, synastry: 20 },
      premium: { charts: 1000, readings: 500, famous_people: 500, synastry: 100 },
      unlimited: { charts: 10000, readings: 10000, famous_people: 10000, synastry: 10000 },
    });
  });

  it('a batch that would overflow is refused whole', async () => {
    const p = principal(newId('account'), 'free');
    await consumeQuota(env, p, 'readings', 7);
    await expect(consumeQuota(env, p, 'readings', 4)).rejects.toMatchObject({ init: { status: 429 } });
    const q = await consumeQuota(env, p, 'readings', 3); // exactly what remains
    expect(q).toMatchObject({ used: 10, remaining: 0, limit: 10 });
  });

  it('units of failed work can be given back, never below zero', async () => {
    const p = principal(newId('account'), 'free');
    await consumeQuota(env, p, 'readings', 10);
    await expect(consumeQuota(env, p, 'readings', 1)).rejects.toMatchObject({ init: { status: 429 } });
    await refundQuota(env, p, 'readings', 4);
    expect(await consumeQuota(env, p, 'readings', 4)).toMatchObject({ used: 10, remaining: 0 });
    await refundQuota(env, p, 'readings', 50);
    expect(await consumeQuota(env, p, 'readings', 1)).toMatchObject({ used: 1 });
  });

  it('units spent from an isolate lease and refunded go back into the lease, not lost', async () => {
    const p = principal(newId('account'), 'unlimited');
    const start = Date.now();
    setClock(() => start);
    const first = await consumeQuota(env, p, 'charts', 1); // a Durable Object call that also grants a lease
    expect(first.lease).toBeUndefined();
    const second = await consumeQuota(env, p, 'charts', 1); // spent from the lease
    const third = await consumeQuota(env, p, 'charts', 1);
    expect(second.lease).toBeDefined();
    // Both fail after charging: their units are given back.
    await refundQuota(env, p, 'charts', 1, second.lease);
    await refundQuota(env, p, 'charts', 1, third.lease);
    // The lease expires; the next call returns what is left of it and is counted: 2 spent in all.
    setClock(() => start + 60_000);
    const next = await consumeQuota(env, p, 'charts', 1);
    expect(next.used).toBe(2);
  });

  it('a new UTC day starts a fresh count (injected clock)', async () => {
    const p = principal(newId('account'), 'free');
    const today = Date.UTC(2026, 10, 29, 23, 59, 0);
    setClock(() => today);
    await consumeQuota(env, p, 'synastry', 5);
    await expect(consumeQuota(env, p, 'synastry', 1)).rejects.toMatchObject({ init: { status: 429 } });
    setClock(() => today + 120_000);
    const q = await consumeQuota(env, p, 'synastry', 1);
    expect(q).toMatchObject({ used: 1, remaining: 4 });
    expect(utcDay(today + 120_000)).toBe('2026-11-30');
  });

  it('a tier upgrade lifts the limit at once', async () => {
    const admin = await createAccount({ role: 'admin' });
    const { key, accountId } = await createAccount();
    const keys = [key, ...(await addKeys(accountId, 2, ['charts:read']))];
    const p = principal(accountId, 'free');
    await consumeQuota(env, p, 'charts', 50);
    expect((await json('/v1/charts', chartBody, { key: keys[0] })).status).toBe(429);
    await authed(admin.key, `/v1/admin/accounts/${accountId}`, {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ tier: 'basic' }),
    });
    const after = await json('/v1/charts', chartBody, { key: keys[1] });
    expect(after.status).toBe(200);
    expect(after.headers.get('X-RateLimit-Limit')).toBe('200');
    expect(after.headers.get('X-RateLimit-Used')).toBe('51');
  });

  it('large quotas lease units: far fewer Durable Object calls, never over-admitting', async () => {
    const p = principal(newId('account'), 'unlimited');
    const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(p.accountId));
    // Count the round trips: an env whose RATE_LIMITER hands out a counting wrapper of the real stub.
    let calls = 0;
    const counting = {
      ...env,
      RATE_LIMITER: {
        idFromName: (name: string) => env.RATE_LIMITER.idFromName(name),
        get: () => ({
          consume: (req: Parameters<typeof stub.consume>[0]) => {
            calls += 1;
            return stub.consume(req);
          },
          release: (req: Parameters<typeof stub.release>[0]) => stub.release(req),
        }),
      },
    } as unknown as typeof env;
    for (let i = 0; i < 300; i++) await consumeQuota(counting, p, 'charts', 1);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(60); // 300 units, most of them from leases
    // Every spent unit was counted by the object before it was spent (at most one lease still out).
    const raw = await stub.consume({
      accountId: p.accountId,
      day: utcDay(Date.now()),
      cls: 'charts',
      units: 0,
      limit: 10000,
      wantLease: false,
    });
    expect(raw.used).toBeGreaterThanOrEqual(300);
    expect(raw.used).toBeLessThanOrEqual(300 + 100);
    // Usage leaves out a lease still out (never shows units nobody spent)...
    const live = await stub.usage(utcDay(Date.now()));
    expect(live.charts).toBeLessThanOrEqual(300);
    // ...and counts it once it is settled (an isolate that never came back with it).
    await runInDurableObject(stub, async (_instance, state) => {
      state.storage.sql.exec('UPDATE counters SET lease_until = 1');
    });
    const settled = await stub.usage(utcDay(Date.now()));
    expect(settled.charts).toBe(raw.used);
    // The tail of a quota is never leased beyond what remains.
    const small = principal(newId('account'), 'premium');
    for (let i = 0; i < 1000; i++) await consumeQuota(env, small, 'charts', 1);
    await expect(consumeQuota(env, small, 'charts', 1)).rejects.toMatchObject({ init: { status: 429 } });
  });

  it('the Durable Object persists daily usage to D1 (alarm)', async () => {
    const p = principal(newId('account'), 'basic');
    await consumeQuota(env, p, 'readings', 3);
    const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(p.accountId));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const row = await env.DB.prepare('SELECT day, class, used FROM usage_daily WHERE account_id = ?1')
      .bind(p.accountId)
      .first();
    expect(row).toEqual({ day: utcDay(Date.now()), class: 'readings', used: 3 });
  });
});

describe('burst limit', () => {
  it('a free key gets 5 requests per second on any route, then 429 with the burst policy', async () => {
    const { key } = await createAccount();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await authed(key, '/v1/api-keys')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const res = await authed(key, '/v1/api-keys');
    expect(res.status).toBe(429);
    const p = await problemOf(res);
    expect(p['violated-policies']).toEqual(['burst']);
    expect(res.headers.get('RateLimit-Policy')).toBe('"burst";q=5;w=1, "account-burst";q=10;w=1');
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(res.headers.get('X-RateLimit-Resource')).toBe('burst');
    expect(res.headers.get('X-RateLimit-Limit')).toBe('5');
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('0');
  });
});
