/**
 * The hashed-credential cache (src/platform/credential-cache.ts) on its own, in workerd with the real Cache API:
 * a loader that plays D1 (a map the test changes, and a gate to hold a load in flight), the ages (fresh, stale
 * and refreshed in the background, too old), misses, `forget` racing a load or a Cache API read, the data
 * centre's tier shared by two caches (two isolates) and the bound on memory. Its users are covered through the
 * API in accounts.test.ts (keys) and calendars.test.ts (feed tokens).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env';
import { credentialCache, type Loaded, sha256Hex } from '../src/platform/credential-cache';

interface Entry extends Loaded {
  value: string | null;
}

const FRESH = 30_000;
const MAX_AGE = 50_000;
const NEGATIVE = 5_000;

const e = env as Env;
const digest = () => sha256Hex(crypto.randomUUID());

/** A source of truth the test edits, a cache over it and the count of loads; `hold` keeps the next load in flight. */
function setup(opts: { maxEntries?: number; origin?: string } = {}) {
  const source = new Map<string, string>();
  let loads = 0;
  let gate: Promise<void> | null = null;
  const origin = opts.origin ?? `https://credential-cache.test/${crypto.randomUUID()}/`;
  const make = () =>
    credentialCache<Entry>({
      origin,
      freshMs: FRESH,
      maxAgeMs: MAX_AGE,
      negativeTtlMs: NEGATIVE,
      maxEntries: opts.maxEntries ?? 100,
      isMiss: (e) => e.value === null,
      load: async (_env, digest, now) => {
        loads += 1;
        const value = source.get(digest) ?? null; // read before the gate: a read that raced a change
        if (gate) await gate;
        return { value, loadedAt: now };
      },
    });
  const cache = make();
  return {
    source,
    origin,
    cache,
    /** A new digest whose credential is `value`, resolved once at `t0` (now): one load, cached in both tiers. */
    async loaded(value: string) {
      const d = await digest();
      source.set(d, value);
      const t0 = Date.now();
      expect((await cache.resolve(e, d, t0)).value).toBe(value);
      return { d, t0 };
    },
    /** Another isolate of the same data centre: its own memory, the same Cache API entries. */
    another: make,
    loads: () => loads,
    /** Holds loads until the returned function is called. */
    hold() {
      let release = () => {};
      gate = new Promise<void>((r) => {
        release = () => {
          gate = null;
          r();
        };
      });
      return release;
    },
  };
}

/** Collects what resolve hands to waitUntil, as a request's ExecutionContext would. */
const context = () => {
  const waited: Promise<unknown>[] = [];
  return { waitUntil: (p: Promise<unknown>) => void waited.push(p), waited };
};

describe('credential cache', () => {
  it('digests a secret as lowercase SHA-256 hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('serves a fresh entry from memory without loading', async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    t.source.set(d, 'v2');
    expect((await t.cache.resolve(e, d, t0 + FRESH - 1)).value).toBe('v1');
    expect(t.cache.pending(d)).toBeUndefined();
    expect(t.loads()).toBe(1);
  });

  it('serves a stale entry at once while one background load refreshes it', async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    t.source.set(d, 'v2');
    const ctx = context();
    const release = t.hold(); // the refresh stays in flight while more stale reads come
    expect((await t.cache.resolve(e, d, t0 + FRESH + 1, ctx)).value).toBe('v1');
    expect((await t.cache.resolve(e, d, t0 + FRESH + 2, ctx)).value).toBe('v1');
    const refresh = t.cache.pending(d);
    expect(refresh).toBeDefined();
    expect(ctx.waited).toHaveLength(1); // one refresh for both stale reads
    release();
    await refresh;
    expect(t.loads()).toBe(2);
    expect(t.cache.pending(d)).toBeUndefined();
    expect((await t.cache.resolve(e, d, t0 + FRESH + 3)).value).toBe('v2');
  });

  it('never serves an entry older than the bound: it loads first', async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    t.source.set(d, 'v2');
    expect((await t.cache.resolve(e, d, t0 + MAX_AGE)).value).toBe('v2');
    expect(t.cache.pending(d)).toBeUndefined();
  });

  it('remembers a miss briefly and never refreshes it in the background', async () => {
    const t = setup();
    const d = await digest();
    const t0 = Date.now();
    expect((await t.cache.resolve(e, d, t0)).value).toBeNull();
    t.source.set(d, 'created');
    expect((await t.cache.resolve(e, d, t0 + NEGATIVE - 1)).value).toBeNull();
    expect(t.loads()).toBe(1);
    expect((await t.cache.resolve(e, d, t0 + NEGATIVE)).value).toBe('created');
    expect(t.cache.pending(d)).toBeUndefined();
  });

  it("shares entries with the data centre's other isolates through the Cache API, under its origin", async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    const stored = await caches.default.match(new Request(t.origin + d));
    expect(await stored?.json()).toEqual({ value: 'v1', loadedAt: t0 });
    const other = t.another();
    expect((await other.resolve(e, d, t0 + 1)).value).toBe('v1');
    expect(t.loads()).toBe(1);
  });

  it('forget takes effect at once, here and in the Cache API', async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    t.source.delete(d);
    await t.cache.forget([d]);
    expect(await caches.default.match(new Request(t.origin + d))).toBeUndefined();
    expect((await t.cache.resolve(e, d, t0 + 1)).value).toBeNull();
    expect((await t.another().resolve(e, d, t0 + 1)).value).toBeNull();
  });

  it('a load that raced a forget loads again instead of putting the old entry back', async () => {
    const t = setup();
    const d = await digest();
    t.source.set(d, 'v1');
    const release = t.hold();
    const resolving = t.cache.resolve(e, d, Date.now()); // reads 'v1', then waits at the gate
    await new Promise((r) => setTimeout(r, 10));
    expect(t.loads()).toBe(1);
    t.source.delete(d); // the change commits...
    await t.cache.forget([d]); // ...and is forgotten while that read is still in flight
    release();
    expect((await resolving).value).toBeNull();
    expect(t.loads()).toBe(2);
    // Neither tier holds the old entry.
    expect((await t.cache.resolve(e, d, Date.now())).value).toBeNull();
    const stored = await caches.default.match(new Request(t.origin + d));
    expect(((await stored?.json()) as Entry | undefined)?.value ?? null).toBeNull();
    expect(t.loads()).toBe(2);
  });

  it('a Cache API read in flight when forget runs does not put the old entry back', async () => {
    const t = setup();
    const { d } = await t.loaded('v1'); // in this isolate's memory and in the Cache API
    const b = t.another(); // an isolate with nothing in memory, which reads the Cache API first
    const cache = caches.default;
    const match = cache.match;
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let reading = () => {};
    const read = new Promise<void>((r) => {
      reading = r;
    });
    // The real match, held after it has read the entry (as an I/O wait would hold it).
    cache.match = async function (this: Cache, ...args: Parameters<Cache['match']>) {
      const found = await match.apply(this, args);
      reading();
      await gate;
      return found;
    };
    try {
      const resolving = b.resolve(e, d, Date.now());
      await read;
      t.source.delete(d); // the change commits...
      await b.forget([d]); // ...and is forgotten while that read holds the old entry
      release();
      expect((await resolving).value).toBeNull();
    } finally {
      cache.match = match;
    }
    expect((await b.resolve(e, d, Date.now())).value).toBeNull();
  });

  it("an entry put back in the Cache API by another isolate's earlier load is not adopted after forget", async () => {
    const t = setup();
    const { d, t0 } = await t.loaded('v1');
    const stale = await (await caches.default.match(new Request(t.origin + d)))?.text();
    t.source.delete(d);
    await t.cache.forget([d]);
    // Another isolate's load read 'v1' before the change and stores it after forget's delete.
    await caches.default.put(
      new Request(t.origin + d),
      new Response(stale, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=50' } }),
    );
    expect((await t.cache.resolve(e, d, t0 + 1)).value).toBeNull();
  });

  it('holds at most maxEntries digests in memory, dropping the oldest first', async () => {
    const t = setup({ maxEntries: 3 });
    const digests = await Promise.all([digest(), digest(), digest(), digest()]);
    const t0 = Date.now();
    for (const d of digests) {
      t.source.set(d, d);
      await t.cache.resolve(e, d, t0);
    }
    expect(t.loads()).toBe(4);
    // Without the Cache API's copies, what is still in memory answers without a load; the oldest does not.
    for (const d of digests) await caches.default.delete(new Request(t.origin + d));
    for (const d of digests.slice(1)) expect((await t.cache.resolve(e, d, t0 + 1)).value).toBe(d);
    expect(t.loads()).toBe(4);
    expect((await t.cache.resolve(e, digests[0] as string, t0 + 1)).value).toBe(digests[0]);
    expect(t.loads()).toBe(5);
  });
});
