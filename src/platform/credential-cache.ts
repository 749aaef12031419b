/**
 * A cache of credentials looked up by the SHA-256 digest of their secret: API keys (src/platform/auth.ts) and
 * calendar feed tokens (src/platform/calendars.ts). A digest resolves through isolate memory, then the data
 * centre's Cache API (shared by its isolates), then the loader (D1), by the age of what the loader read:
 *   age < freshMs               served as is;
 *   freshMs ≤ age < maxAgeMs    served while one background load (waitUntil) refreshes it;
 *   older, or nothing cached    loaded before answering.
 * A miss (a digest the loader did not find) is remembered for negativeTtlMs and never refreshed in the
 * background. So a credential in steady use never waits on D1, and a change (revoke, delete) is seen at once
 * in the isolate where it was made: `forget` clears this isolate's memory and the data centre's Cache API
 * entry, and leaves a tombstone so that nothing read before it (a load or a Cache API read already in flight,
 * or another isolate's entry put back in the Cache API afterwards) is kept here. Other isolates, in this data
 * centre too, keep serving their memory copy (fresh up to freshMs, then stale while a refresh loads) and see
 * the change within maxAgeMs.
 * Memory holds at most maxEntries digests (the oldest stored goes first).
 *
 * An entry is stored in the Cache API as its own JSON under `origin + digest`, so that isolates of one data
 * centre running different deployments read each other's entries.
 */
import type { Env } from '../env';

/** The SHA-256 of a secret, lowercase hex: what is stored and looked up instead of the secret. */
export async function sha256Hex(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the loader returns: anything JSON, stamped with when it was read. */
export interface Loaded {
  /** When this entry was read from the loader's source (ms). */
  loadedAt: number;
}

export interface CredentialCacheOptions<T extends Loaded> {
  /** The Cache API URL prefix of the digests (an entry's URL is `origin + digest`). */
  origin: string;
  freshMs: number;
  maxAgeMs: number;
  negativeTtlMs: number;
  maxEntries: number;
  /** Whether an entry says the digest is unknown. */
  isMiss: (entry: T) => boolean;
  /** Reads the digest's credential from the source of truth; `now` goes into `loadedAt`. */
  load: (env: Env, digest: string, now: number) => Promise<T>;
}

export interface CredentialCache<T extends Loaded> {
  /** The entry of a digest: isolate memory → Cache API → loader (see the module comment). */
  resolve(env: Env, digest: string, now: number, ctx?: Pick<ExecutionContext, 'waitUntil'>): Promise<T>;
  /** The background refresh of a digest in flight, if any (tests). */
  pending(digest: string): Promise<T> | undefined;
  /**
   * Forgets digests in this isolate's memory and in the data centre's Cache API (after a change to their
   * credentials); other isolates' memory copies age out within maxAgeMs.
   */
  forget(digests: string[]): Promise<void>;
}

export function credentialCache<T extends Loaded>(o: CredentialCacheOptions<T>): CredentialCache<T> {
  const memory = new Map<string, T>();
  /** Digest → when it was last forgotten here: loads started before that are not kept. */
  const tombstones = new Map<string, number>();
  const refreshing = new Map<string, Promise<T>>();
  const request = (digest: string) => new Request(o.origin + digest);

  function remember(digest: string, entry: T): void {
    if (memory.size >= o.maxEntries) {
      const oldest = memory.keys().next().value;
      if (oldest !== undefined) memory.delete(oldest);
    }
    memory.delete(digest);
    memory.set(digest, entry);
  }

  /** Loads the digest and stores the entry in both tiers, loading again if it was forgotten meanwhile. */
  async function reload(env: Env, digest: string, now: number): Promise<T> {
    const started = Date.now();
    let entry = await o.load(env, digest, now);
    if ((tombstones.get(digest) ?? 0) >= started) entry = await o.load(env, digest, now); // raced a change
    remember(digest, entry);
    const lifetime = o.isMiss(entry) ? o.negativeTtlMs : o.maxAgeMs;
    await caches.default
      .put(
        request(digest),
        new Response(JSON.stringify(entry), {
          headers: {
            'Content-Type': 'application/json',
            'Cache-Control': `max-age=${Math.ceil(lifetime / 1000)}`,
          },
        }),
      )
      .catch(() => undefined);
    return entry;
  }

  return {
    async resolve(env, digest, now, ctx) {
      let entry = memory.get(digest);
      if (!entry || now - entry.loadedAt >= o.freshMs) {
        const colo = await caches.default.match(request(digest)).catch(() => undefined);
        const fromColo = colo ? ((await colo.json()) as T) : undefined;
        // Never adopt what was read before this isolate last forgot the digest: a match in flight when forget
        // ran, or another isolate's load that started before the change and was put after forget's delete.
        const forgotten = tombstones.get(digest) ?? Number.NEGATIVE_INFINITY;
        if (fromColo && fromColo.loadedAt > forgotten && (!entry || fromColo.loadedAt > entry.loadedAt)) {
          entry = fromColo;
          remember(digest, entry);
        }
      }
      if (entry) {
        const age = now - entry.loadedAt;
        const miss = o.isMiss(entry);
        if (age < (miss ? o.negativeTtlMs : o.freshMs)) return entry;
        if (!miss && age < o.maxAgeMs) {
          if (!refreshing.has(digest)) {
            const refresh = reload(env, digest, now).finally(() => refreshing.delete(digest));
            refreshing.set(digest, refresh);
            ctx?.waitUntil(refresh.catch(() => undefined));
          }
          return entry;
        }
      }
      return reload(env, digest, now);
    },

    pending: (digest) => refreshing.get(digest),

    async forget(digests) {
      const now = Date.now();
      for (const digest of digests) {
        memory.delete(digest);
        tombstones.set(digest, now);
      }
      if (tombstones.size > o.maxEntries) {
        for (const [d, t] of tombstones) if (now - t > o.maxAgeMs) tombstones.delete(d);
      }
      await Promise.all(digests.map((d) => caches.default.delete(request(d)).catch(() => false)));
    },
  };
}
