/**
 * Authentication: `Authorization: Bearer sk_live_...` or `X-API-Key: sk_live_...`.
 *
 * Hot path: the checksum is verified before anything is looked up; the SHA-256 of the key is resolved
 * through an isolate-memory cache (positive entries for AUTH_CACHE_TTL_MS, negative ones briefly), so a
 * warm isolate serves authenticated requests without touching D1.
 */
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import type { Role, Tier } from '../db/schema';
import { accounts, apiKeys } from '../db/schema';
import type { Env } from '../env';
import type { AppEnv, Principal } from './context';
import { hashKey, isWellFormedKey } from './keys';
import { problem } from './problem';

export const AUTH_CACHE_TTL_MS = 30_000;
const NEGATIVE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface CachedKey {
  principal: Principal | null;
  expiresAt: number | null; // the key's own expiry
  status: 'active' | 'revoked' | 'suspended' | 'unknown';
  cachedUntil: number;
}

const cache = new Map<string, CachedKey>();

/** Drop a key hash from this isolate's cache (revocation, deletion, tier change). */
export function forgetKeyHash(hash: string): void {
  cache.delete(hash);
}

/** Drop every cached key of an account in this isolate. */
export function forgetAccount(accountId: string): void {
  for (const [hash, entry] of cache) if (entry.principal?.accountId === accountId) cache.delete(hash);
}

function remember(hash: string, entry: CachedKey): void {
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(hash, entry);
}

async function resolve(env: Env, hash: string, now: number): Promise<CachedKey> {
  const hit = cache.get(hash);
  if (hit && hit.cachedUntil > now) return hit;
  const db = drizzle(env.DB);
  const row = await db
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
    .where(and(eq(apiKeys.hash, hash)))
    .get();
  let entry: CachedKey;
  if (!row) {
    entry = { principal: null, expiresAt: null, status: 'unknown', cachedUntil: now + NEGATIVE_TTL_MS };
  } else {
    entry = {
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
      cachedUntil: now + AUTH_CACHE_TTL_MS,
    };
  }
  remember(hash, entry);
  return entry;
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
  const entry = await resolve(c.env, await hashKey(key), now);
  if (!entry.principal) throw unauthorized('Unknown API key.');
  if (entry.status === 'revoked') throw unauthorized('This API key has been revoked.');
  if (entry.status === 'suspended') throw problem(403, 'This account is suspended.');
  if (entry.expiresAt !== null && entry.expiresAt <= now) throw unauthorized('This API key has expired.');
  c.set('principal', entry.principal);
  endTime(c, 'auth');
  await next();
});

/** The authenticated principal; only valid after `authenticate`. */
export function principalOf(c: { get(key: 'principal'): Principal | undefined }): Principal {
  const p = c.get('principal');
  if (!p) throw unauthorized('Missing API key.');
  return p;
}

/** Requires a scope (admin keys pass every scope check). */
export function requireScope(scope: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const p = principalOf(c);
    if (!p.scopes.includes(scope) && !p.scopes.includes('admin')) {
      throw problem(403, `This API key lacks the "${scope}" scope.`, { type: 'insufficient-scope' });
    }
    await next();
  });
}

/** Requires an admin account. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const p = principalOf(c);
  if (p.role !== 'admin' || !p.scopes.includes('admin')) {
    throw problem(403, 'This operation requires an admin key.', { type: 'admin-required' });
  }
  await next();
});
