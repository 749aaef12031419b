import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { clearMemoryCache, evictLocal } from '../src/platform/cache';
import { authed, createAccount, json, problemOf, waitFor } from './helpers';

const body = (minute: number) => ({
  full_name: 'Cache Test',
  year: 1988,
  month: 7,
  day: 4,
  hour: 9,
  minute,
  latitude: 51.5074,
  longitude: -0.1278,
});

/** Waits for a cache entry's write-back to KV (waitUntil work). */
const inKv = (key: string) =>
  waitFor(`${key} in KV`, async () => (await env.CACHE.get(key)) ?? undefined, {
    timeoutMs: 5000,
    everyMs: 20,
  });

async function chart(key: string, b: object, headers: Record<string, string> = {}) {
  const res = await json('/v1/charts', b, { key, headers });
  return { res, status: res.headers.get('X-Cache'), key: res.headers.get('X-Cache-Key') ?? '' };
}

describe('two-level cache', () => {
  it('MISS → HIT-L1; evicted locally → HIT-L2, then promoted back to L1', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const first = await chart(key, body(1));
    expect(first.status).toBe('MISS');
    expect(first.key).toMatch(/^charts:\d+:[0-9a-f]{64}$/);
    const firstBody = await first.res.text();
    // The write-back to KV happens in waitUntil; wait for it.
    await inKv(first.key);
    expect(await env.CACHE.get(first.key)).toBe(firstBody.replace('{"id":null,', '{'));

    expect((await chart(key, body(1))).status).toBe('HIT-L1');
    await evictLocal(first.key); // a fresh isolate in another data centre
    const l2 = await chart(key, body(1));
    expect(l2.status).toBe('HIT-L2');
    expect(await l2.res.text()).toBe(firstBody);
    // Memory cleared before every try: a HIT-L1 can then only come from the Cache API entry that the L2
    // hit promoted (its write runs in waitUntil, so allow it a moment).
    const status = await waitFor(
      'a HIT-L1 from the promoted entry',
      async () => {
        clearMemoryCache();
        const now = (await chart(key, body(1))).status;
        return now === 'HIT-L1' ? now : undefined;
      },
      { timeoutMs: 5000, everyMs: 20 },
    );
    expect(status).toBe('HIT-L1');
  });

  it('Server-Timing names what the docs say: auth, quota, the cache lookup with its level, total', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const metrics = (res: Response) =>
      Object.fromEntries(
        (res.headers.get('Server-Timing') ?? '').split(',').map((m) => {
          const [name, ...params] = m.trim().split(';');
          return [name, params.join(';')];
        }),
      );
    const miss = metrics((await chart(key, body(7))).res);
    expect(Object.keys(miss).sort()).toEqual(['auth', 'cache', 'quota', 'total']);
    expect(miss.cache).toMatch(/^dur=[\d.]+;desc="MISS"$/);
    const hit = metrics((await chart(key, body(7))).res);
    expect(hit.cache).toMatch(/^dur=[\d.]+;desc="HIT-L1"$/);
    // An unmetered, uncached route: no quota, no cache.
    expect(Object.keys(metrics(await authed(key, '/v1/account'))).sort()).toEqual(['auth', 'total']);
  });

  it('invalidation by key clears both levels', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const first = await chart(admin.key, body(2));
    await inKv(first.key);
    const res = await json('/v1/admin/cache/invalidate', { key: first.key }, { key: admin.key });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ invalidated: 'key', existed: true });
    expect(await env.CACHE.get(first.key)).toBeNull();
    expect((await chart(admin.key, body(2))).status).toBe('MISS');
  });

  it('a key with a lone surrogate (no URL or KV key can hold it) is a 400 naming "key", not a 500', async () => {
    // Found by the fuzzer: encodeURIComponent threw while building the Cache API request.
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const res = await json('/v1/admin/cache/invalidate', { key: '\ud800' }, { key: admin.key });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('key');
  });

  it('invalidation by pattern bumps the namespace: every entry misses, at every level, in O(1)', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const a = await chart(admin.key, body(3));
    await chart(admin.key, body(4));
    expect((await chart(admin.key, body(3))).status).toBe('HIT-L1');
    const res = await json('/v1/admin/cache/invalidate', { pattern: 'charts:*' }, { key: admin.key });
    const out = (await res.json()) as { namespaces: { charts: number } };
    expect(out.namespaces.charts).toBeGreaterThan(Number(a.key.split(':')[1]));
    const after3 = await chart(admin.key, body(3));
    const after4 = await chart(admin.key, body(4));
    expect([after3.status, after4.status]).toEqual(['MISS', 'MISS']);
    expect(after3.key.split(':')[1]).toBe(String(out.namespaces.charts));

    const bad = await json('/v1/admin/cache/invalidate', { pattern: 'charts:abc*' }, { key: admin.key });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('pattern');
    const both = await json('/v1/admin/cache/invalidate', { key: 'x', pattern: '*' }, { key: admin.key });
    expect(both.status).toBe(400);
  });

  it('If-None-Match gives 304 with the same ETag', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const first = await chart(key, body(5));
    const etag = first.res.headers.get('ETag') ?? '';
    const second = await chart(key, body(5), { 'If-None-Match': etag });
    expect(second.res.status).toBe(304);
    expect(second.res.headers.get('ETag')).toBe(etag);
    const other = await chart(key, body(5), { 'If-None-Match': '"nope"' });
    expect(other.res.status).toBe(200);
  });

  it('warms subjects in the background and reports stats per level and namespace', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const warm = await json(
      '/v1/admin/cache/warm',
      { target: 'subjects', subjects: [body(6), body(7)] },
      { key: admin.key },
    );
    expect(warm.status).toBe(202);
    expect(await warm.json()).toMatchObject({ queued: 2, status: 'warming' });
    const status = await waitFor(
      'the warmed chart as a HIT-L1',
      async () => {
        const now = (await chart(admin.key, body(6))).status;
        return now === 'HIT-L1' ? now : undefined;
      },
      { timeoutMs: 5000, everyMs: 20 },
    );
    expect(status).toBe('HIT-L1');
    const stats = (await (await authed(admin.key, '/v1/admin/cache/stats')).json()) as {
      namespaces: { charts: { hits_l1: number; misses: number; hit_ratio: number } };
      total: { hit_ratio: number };
      since: string;
    };
    expect(stats.namespaces.charts.hits_l1).toBeGreaterThan(0);
    expect(stats.namespaces.charts.misses).toBeGreaterThan(0);
    expect(stats.total.hit_ratio).toBeGreaterThan(0);
    expect(stats.total.hit_ratio).toBeLessThan(1);
    expect(Date.parse(stats.since)).toBeLessThanOrEqual(Date.now());
    const user = await createAccount();
    expect((await authed(user.key, '/v1/admin/cache/stats')).status).toBe(403);
  });
});
