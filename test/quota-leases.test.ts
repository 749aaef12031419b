/**
 * Leases under concurrency (issue 16, item 1): large quotas are spent from isolate leases, and a wave of
 * concurrent calls that all miss the lease must neither lose leased units (each answer overwriting the
 * last) nor keep unused ones after the lease's lifetime. Whatever the concurrency, the calls admitted in a
 * day equal the quota exactly, and the usage the account reports once the leases are back equals what
 * was admitted.
 *
 * The burst limit (per key and second) is what shapes a real client's waves, so the waves here are one
 * burst each: the quota clock (setClock) moves one second between waves, refilling the key's bucket,
 * instead of the suite sleeping 12 or 24 s. Leases expire by the same clock; their settlement (what is
 * left handed back to the Durable Object once a lease is idle for a second, or expires) runs on a real
 * timer, as in production.
 */
import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import { resetQuotaMemory, setClock, utcDay } from '../src/platform/quota';
import { BURST_PER_SECOND, DAILY_LIMITS } from '../src/platform/tiers';
import { authed, createAccount, json, waitFor } from './helpers';

afterEach(() => setClock(null));

/** Birth data number i (distinct for i < 28 × 24 × 60): a chart nobody computed before. */
const distinct = (i: number) => ({
  year: 1991,
  month: 5,
  day: 1 + (i % 28),
  hour: Math.floor(i / 28) % 24,
  minute: Math.floor(i / (28 * 24)) % 60,
  latitude: 45.4642,
  longitude: 9.19,
});

async function used(key: string): Promise<number> {
  const me = (await (await authed(key, '/v1/account')).json()) as { usage: { charts: { used: number } } };
  return me.usage.charts.used;
}

/** `calls` chart calls in waves of the tier's burst rate, one wave per (quota clock) second. */
async function waves(key: string, tier: 'premium' | 'unlimited', calls: number, body: (i: number) => object) {
  const burst = BURST_PER_SECOND[tier];
  let now = Date.now();
  setClock(() => now);
  const statuses: number[] = [];
  for (let start = 0; start < calls; start += burst) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(burst, calls - start) }, async (_, i) => {
        const res = await json('/v1/charts', body(start + i), { key });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    statuses.push(...wave);
    now += 1000;
  }
  return statuses;
}

describe('leases under concurrency', () => {
  it('premium: 1200 distinct calls in concurrent waves at the burst rate admit exactly 1000', async () => {
    resetQuotaMemory();
    const { key, accountId } = await createAccount({ tier: 'premium' });
    const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(accountId));
    const counter = () =>
      runInDurableObject(
        stub,
        (_o, state) =>
          state.storage.sql
            .exec<{ used: number; leased: number }>(
              'SELECT used, leased FROM counters WHERE class = ?',
              'charts',
            )
            .toArray()[0],
      );
    // The first 300, then a pause: the lease the isolate holds is handed back once idle, so the object
    // counts exactly what was admitted (not the lease's unspent units) and no lease is left out.
    const first = await waves(key, 'premium', 300, distinct);
    expect(first.filter((s) => s === 200)).toHaveLength(300);
    await waitFor('the lease back', async () => ((await counter())?.leased === 0 ? true : undefined), {
      timeoutMs: 10_000,
    });
    expect(await counter()).toEqual({ used: 300, leased: 0 });
    expect(await used(key)).toBe(300);

    const rest = await waves(key, 'premium', 900, (i) => distinct(300 + i));
    expect([...first, ...rest].filter((s) => s === 200)).toHaveLength(DAILY_LIMITS.premium.charts);
    expect(rest.filter((s) => s === 429)).toHaveLength(200);
    // Once the leases are back, the reported usage is what was admitted, and stays so after the Durable
    // Object's own lease lifetime: nothing was left out to be settled as spent.
    await waitFor('usage = admitted', async () => ((await used(key)) === 1000 ? true : undefined), {
      timeoutMs: 10_000,
    });
    expect(await counter()).toEqual({ used: 1000, leased: 0 });
    await runInDurableObject(stub, (_o, state) => {
      state.storage.sql.exec('UPDATE counters SET lease_until = 1');
    });
    expect(await stub.usage(utcDay(Date.now()))).toEqual({ charts: 1000 });
  }, 60_000);

  it('unlimited: 12 000 calls in concurrent waves of 500 admit exactly 10 000', async () => {
    resetQuotaMemory();
    const { key } = await createAccount({ tier: 'unlimited' });
    // The quota is what is measured here, not the chart: 40 bodies, each computed once, then cache hits.
    const statuses = await waves(key, 'unlimited', 12_000, (i) => distinct(i % 40));
    expect(statuses.filter((s) => s === 200)).toHaveLength(DAILY_LIMITS.unlimited.charts);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2000);
    await waitFor('usage = admitted', async () => ((await used(key)) === 10_000 ? true : undefined), {
      timeoutMs: 10_000,
    });
  }, 240_000);
});
