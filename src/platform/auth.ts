/**
 * Authentication: `Authorization: Bearer sk_live_...` or `X-API-Key: sk_live_...`.
 *
 * Hot path: the checksum is verified before anything is looked up. The SHA-256 of the key is resolved
 * through isolate memory and the data centre's Cache API (shared by its isolates) before D1
 * (src/platform/credential-cache.ts), by the age of what was read from D1:
 *   age < FRESH_MS            served as is;
 *   FRESH_MS ≤ age < MAX_AGE_MS served while one background read (waitUntil) refreshes it;
 *   older, or nothing cached  read from D1 before answering.
 * So a key in steady use never waits on D1, and a change to a key or account (revoke, delete, roll,
 * expiry, tier, suspension) is seen at once in the isolate where it was made (the change clears this
 * isolate's memory and the data centre's Cache API entry, and a tombstone stops anything read before it
 * from being put back here) and within MAX_AGE_MS (50 s) everywhere else, other isolates of the same data
 * centre included (their memory copy is served up to FRESH_MS, then stale while it is refreshed).
 * Unknown keys are remembered for NEGATIVE_TTL_MS.
 *
 * last_used_at and request_count are aggregated in the isolate and flushed to D1 in waitUntil at most
 * once per USAGE_FLUSH_MS per isolate (never a D1 write per request).
 */

import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import type { Role, Tier } from '../db/schema';
import { accounts, apiKeys } from '../db/schema';
import type { Env } from '../env';
import type { AppEnv, Principal } from './context';
import { credentialCache } from './credential-cache';
import { nonEmpty } from './d1';
import { hashKey, isWellFormedKey } from './keys';
import { loggable, problem } from './problem';

export const FRESH_MS = 30_000;
export const MAX_AGE_MS = 50_000;
const NEGATIVE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
export const USAGE_FLUSH_MS = 60_000;

export interface CachedKey {
  principal: Principal | null;
  /** The key's own expiry (ms), if any. */
  expiresAt: number | null;
  status: 'active' | 'revoked' | 'suspended' | 'unknown';
  /** When this entry was read from D1 (ms). */
  loadedAt: number;
}

async function loadFromD1(env: Env, hash: string, now: number): Promise<CachedKey> {
  const row = await drizzle(env.DB)
    .select({
      keyId: apiKeys.id,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      accountId: accounts.id,
      tier: accounts.tier,
      role: accounts.role,
      accountStatus: accounts.status,
    })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .where(eq(apiKeys.hash, hash))
    .get();
  if (!row) return { principal: null, expiresAt: null, status: 'unknown', loadedAt: now };
  return {
    principal: {
      accountId: row.accountId,
      tier: row.tier as Tier,
      role: row.role as Role,
      keyId: row.keyId,
      keyPrefix: row.prefix,
      scopes: row.scopes,
    },
    expiresAt: row.expiresAt,
    status: row.revokedAt !== null ? 'revoked' : row.accountStatus === 'suspended' ? 'suspended' : 'active',
    loadedAt: now,
  };
}

const keyCache = credentialCache<CachedKey>({
  origin: 'https://auth-cache.stellar-edge.internal/keys/',
  freshMs: FRESH_MS,
  maxAgeMs: MAX_AGE_MS,
  negativeTtlMs: NEGATIVE_TTL_MS,
  maxEntries: MAX_ENTRIES,
  isMiss: (e) => e.status === 'unknown',
  load: loadFromD1,
});

/** Resolve a key hash through isolate memory → Cache API → D1 (see the module comment). */
export function resolveKeyHash(
  env: Env,
  hash: string,
  now: number,
  ctx?: Pick<ExecutionContext, 'waitUntil'>,
): Promise<CachedKey> {
  return keyCache.resolve(env, hash, now, ctx);
}

/** The background refresh of a hash in flight, if any (tests). */
export function pendingRefresh(hash: string): Promise<CachedKey> | undefined {
  return keyCache.pending(hash);
}

/**
 * Forget key hashes in this isolate's memory and the data centre's Cache API (call after any change to a key or
 * account); other isolates follow within MAX_AGE_MS.
 */
export function invalidateKeyHashes(hashes: string[]): Promise<void> {
  return keyCache.forget(hashes);
}

/** Forget every key of an account (tier change, suspension). */
export async function invalidateAccountKeys(env: Env, accountId: string): Promise<void> {
  const rows = await drizzle(env.DB)
    .select({ hash: apiKeys.hash })
    .from(apiKeys)
    .where(eq(apiKeys.accountId, accountId))
    .all();
  await invalidateKeyHashes(rows.map((r) => r.hash));
}

// ---- usage of keys (last_used_at, request_count), aggregated per isolate ----
const usage = new Map<string, { count: number; last: number }>();
/** Set on first use: Date.now() is 0 at module scope in workerd. */
let lastFlush: number | null = null;

function recordKeyUse(keyId: string, now: number): void {
  const u = usage.get(keyId);
  if (u) {
    u.count += 1;
    u.last = now;
  } else usage.set(keyId, { count: 1, last: now });
}

/** Write the aggregated key usage to D1 (one batch). Exported for tests and the flush timer. */
export async function flushKeyUsage(env: Env): Promise<number> {
  if (usage.size === 0) return 0;
  const entries = [...usage.entries()];
  usage.clear();
  lastFlush = Date.now();
  const db = drizzle(env.DB);
  try {
    await db.batch(
      nonEmpty(
        entries.map(([id, u]) =>
          db
            .update(apiKeys)
            .set({
              requestCount: sql`${apiKeys.requestCount} + ${u.count}`,
              lastUsedAt: sql`max(coalesce(${apiKeys.lastUsedAt}, 0), ${u.last})`,
            })
            .where(eq(apiKeys.id, id)),
        ),
      ),
    );
  } catch (err) {
    // Put the counts back so the next flush retries them.
    for (const [id, u] of entries) {
      const cur = usage.get(id);
      usage.set(id, { count: (cur?.count ?? 0) + u.count, last: Math.max(cur?.last ?? 0, u.last) });
    }
    console.error(JSON.stringify({ msg: 'key usage flush failed', err: loggable(err) }));
  }
  return entries.length;
}

function unauthorized(detail: string) {
  return problem(401, detail, { headers: { 'WWW-Authenticate': 'Bearer realm="stellar-edge"' } });
}

/** Extract the presented key, if any. */
export function presentedKey(headers: Headers): string | null {
  const auth = headers.get('Authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match?.[1] ?? '';
  }
  return headers.get('X-API-Key')?.trim() ?? null;
}

/** Requires a valid key; sets c.var.principal. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  startTime(c, 'auth');
  const key = presentedKey(c.req.raw.headers);
  if (key === null) throw unauthorized('Missing API key: send "Authorization: Bearer sk_live_...".');
  if (!isWellFormedKey(key)) throw unauthorized('The API key is malformed (bad format or checksum).');
  const now = Date.now();
  const entry = await resolveKeyHash(c.env, await hashKey(key), now, c.executionCtx);
  if (!entry.principal) throw unauthorized('Unknown API key.');
  if (entry.status === 'revoked') throw unauthorized('This API key has been revoked.');
  if (entry.status === 'suspended')
    throw problem(403, 'This account is suspended.', { type: 'account-suspended' });
  if (entry.expiresAt !== null && entry.expiresAt <= now) throw unauthorized('This API key has expired.');
  c.set('principal', entry.principal);
  recordKeyUse(entry.principal.keyId, now);
  lastFlush ??= now;
  if (now - lastFlush >= USAGE_FLUSH_MS) c.executionCtx.waitUntil(flushKeyUsage(c.env));
  endTime(c, 'auth');
  await next();
});

/** The authenticated principal; only valid after `authenticate`. */
export function principalOf(c: { get(key: 'principal'): Principal | undefined }): Principal {
  const p = c.get('principal');
  if (!p) throw unauthorized('Missing API key.');
  return p;
}

/** Throws 403 unless the key has the scope (admin keys pass every scope check). */
export function assertScope(p: Principal, scope: string): void {
  if (!p.scopes.includes(scope) && !p.scopes.includes('admin')) {
    throw problem(403, `This API key lacks the "${scope}" scope.`, { type: 'insufficient-scope' });
  }
}

/** Route middleware: requires a scope. */
export function requireScope(scope: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    assertScope(principalOf(c), scope);
    await next();
  });
}

/** An admin key: a key of an admin-role account that carries the `admin` scope. */
export function isAdminKey(p: Principal): boolean {
  return p.role === 'admin' && p.scopes.includes('admin');
}

/** The 403 for a caller without an admin key (`detail` says why one is needed). */
export function adminRequired(detail = 'This operation requires an admin key.') {
  return problem(403, detail, { type: 'admin-required' });
}

/**
 * Throws 403 unless the calling key may revoke, roll or delete a key with `scopes`: only keys whose scopes
 * are a subset of its own (as creating one is), and an admin key (admin scope) only by an admin key. So a
 * key holding just "keys" cannot take away a wider key, and no non-admin key can lock an operator out.
 */
export function assertCanManageKey(p: Principal, scopes: readonly string[], action: string): void {
  if (scopes.includes('admin') && !isAdminKey(p)) {
    throw adminRequired(`Only an admin key can ${action} an admin key.`);
  }
  const beyond = scopes.filter((s) => !p.scopes.includes(s));
  if (beyond.length > 0) {
    throw problem(
      403,
      `A key can ${action} only keys whose scopes it holds itself; this key has ${beyond.map((s) => `"${s}"`).join(', ')}, which the calling key lacks.`,
      { type: 'insufficient-scope' },
    );
  }
}

/** Requires an admin account. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (!isAdminKey(principalOf(c))) throw adminRequired();
  await next();
});
