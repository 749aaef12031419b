/**
 * A refused call does no work (issue 16, item 2). chargeWhile overlaps the quota check with the cache
 * lookup, but computing a miss and every cache write wait for the charge: a 429 computes nothing and
 * writes nothing at any level (isolate memory, the Cache API, KV). An isolate that already knows the class
 * is used up answers 429 before anything else, not even a lookup. Observed through the cache's own
 * counts of this isolate (a miss is a computation), KV itself, and the X-Cache of the same call once the
 * quota allows it (a MISS: nothing was stored at any level).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { cacheKey, isolateCounts } from '../src/platform/cache';
import { prepareChart } from '../src/platform/charts';
import { consumeQuota } from '../src/platform/quota';
import { chartCacheIdentity } from '../src/platform/subject';
import { ChartRequestSchema } from '../src/routes/charts';
import { authed, createAccount, json } from './helpers';

const body = (minute: number) => ({
  full_name: 'Refused Call',
  year: 1977,
  month: 8,
  day: 16,
  hour: 15,
  minute,
  latitude: 35.1495,
  longitude: -90.049,
});

async function keyOf(b: object): Promise<string> {
  const prepared = await prepareChart(env.DB, ChartRequestSchema.parse(b));
  return cacheKey(env, 'charts', chartCacheIdentity(prepared.input, prepared.options));
}

describe('a refused call does no work', () => {
  it('a 429 computes nothing and writes no cache entry; a known used-up class is not even looked up', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const { key, keyId, accountId } = await createAccount(); // free: 50 charts a day
    const cachedBody = body(1);
    const fresh = body(2);
    expect((await json('/v1/charts', cachedBody, { key })).headers.get('X-Cache')).toBe('MISS');
    // The rest of today's 50 charts, spent elsewhere (another isolate, as far as this one knows).
    const p = { accountId, tier: 'free' as const, role: 'user' as const, keyId, keyPrefix: '', scopes: [] };
    await consumeQuota(env, p, 'charts', 49);
    const before = isolateCounts('charts');

    // Not known to be used up here: the quota check and the lookup run side by side; the object says no.
    const first = await json('/v1/charts', fresh, { key });
    expect(first.status).toBe(429);
    // Now known: refused before anything else, even for a chart in this isolate's memory.
    const second = await json('/v1/charts', cachedBody, { key });
    expect(second.status).toBe(429);
    expect(second.headers.get('X-RateLimit-Remaining')).toBe('0');
    await new Promise((r) => setTimeout(r, 300)); // anything a waitUntil would have written
    expect(isolateCounts('charts')).toEqual(before); // no computation (miss), no lookup (hit)
    expect(await env.CACHE.get(await keyOf(fresh))).toBeNull();

    // Once the quota allows it, the refused chart is computed for the first time: it was stored nowhere.
    const upgrade = await authed(admin.key, `/v1/admin/accounts/${accountId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tier: 'basic' }),
    });
    expect(upgrade.status).toBe(200);
    const later = await json('/v1/charts', fresh, { key });
    expect(later.status).toBe(200);
    expect(later.headers.get('X-Cache')).toBe('MISS');
    expect(later.headers.get('X-Cache-Key')).toBe(await keyOf(fresh));
    expect(isolateCounts('charts').miss).toBe(before.miss + 1);
  });
});
