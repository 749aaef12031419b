/**
 * Accounts and API keys: creation, serialisation and the changes that must invalidate auth caches.
 */
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { Role, Tier } from '../db/schema';
import { accounts, apiKeys } from '../db/schema';
import type { Env } from '../env';
import { invalidateAccountKeys, invalidateKeyHashes } from './auth';
import { feedTokensOfAccount, invalidateFeedTokens } from './calendars';
import { insertRowWhere } from './d1';
import { logEventQuery, makeEvent, publishEvent, publishMessage, sendEvent } from './events';
import { newId } from './ids';
import { DEFAULT_SCOPES, generateKey, hashKey, keyPrefix } from './keys';
import { problem } from './problem';
import { isPaid, MAX_ACTIVE_KEYS } from './tiers';

export const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

type AccountRow = typeof accounts.$inferSelect;
type KeyRow = typeof apiKeys.$inferSelect;

export function accountJson(a: AccountRow) {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    tier: a.tier,
    role: a.role,
    status: a.status,
    created_at: iso(a.createdAt) as string,
  };
}

export function keyStatus(k: KeyRow, now = Date.now()): 'active' | 'revoked' | 'expired' {
  if (k.revokedAt !== null) return 'revoked';
  if (k.expiresAt !== null && k.expiresAt <= now) return 'expired';
  return 'active';
}

/** A key as listings show it: never the key, never the hash. */
export function keyJson(k: KeyRow) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    status: keyStatus(k),
    created_at: iso(k.createdAt) as string,
    expires_at: iso(k.expiresAt),
    revoked_at: iso(k.revokedAt),
    last_used_at: iso(k.lastUsedAt),
    request_count: k.requestCount,
    replaced_by: k.replacedBy,
  };
}

export interface NewKey {
  row: KeyRow;
  key: string;
}

/** Builds a key row (not yet stored) and its plaintext. */
export async function buildKey(
  accountId: string,
  opts: { name: string; scopes: string[]; expiresAt: number | null },
): Promise<NewKey> {
  const key = generateKey();
  const now = Date.now();
  const row: KeyRow = {
    id: newId('apiKey'),
    accountId,
    name: opts.name,
    prefix: keyPrefix(key),
    hash: await hashKey(key),
    scopes: opts.scopes,
    createdAt: now,
    expiresAt: opts.expiresAt,
    revokedAt: null,
    lastUsedAt: null,
    requestCount: 0,
    replacedBy: null,
  };
  return { row, key };
}

export const createdKeyJson = (k: NewKey) => ({ ...keyJson(k.row), key: k.key });

/** Creates an account and its first key in one D1 batch; emits user.registered. */
export async function createAccountWithKey(
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  input: { email: string; name: string; tier?: Tier; role?: Role },
) {
  const db = drizzle(env.DB);
  const existing = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${input.email})`)
    .get();
  if (existing) throw problem(409, 'An account with this email already exists.', { type: 'email-taken' });
  const now = Date.now();
  const role = input.role ?? 'user';
  const account: AccountRow = {
    id: newId('account'),
    email: input.email,
    name: input.name,
    tier: input.tier ?? 'free',
    role,
    status: 'active',
    stripeCustomerId: null,
    createdAt: now,
    updatedAt: null,
  };
  const scopes = role === 'admin' ? [...DEFAULT_SCOPES, 'admin'] : [...DEFAULT_SCOPES];
  const first = await buildKey(account.id, { name: 'default', scopes, expiresAt: null });
  try {
    await db.batch([db.insert(accounts).values(account), db.insert(apiKeys).values(first.row)]);
  } catch (err) {
    if (/UNIQUE/i.test(String(err)))
      throw problem(409, 'An account with this email already exists.', { type: 'email-taken' });
    // D1 may have committed both rows and lost the answer: an account whose key nobody was ever shown,
    // and whose email the retry would find taken (409). Remove both by the ids generated here, best
    // effort, before the 503 (the retry then creates the account the caller will see).
    await db
      .batch([
        db.delete(apiKeys).where(eq(apiKeys.id, first.row.id)),
        db.delete(accounts).where(eq(accounts.id, account.id)),
      ])
      .catch(() => undefined);
    throw err;
  }
  const body = { account: accountJson(account), api_key: createdKeyJson(first) };
  publishEvent(ctx, env, 'user.registered', { account: body.account }, account.id);
  return body;
}

/** The 409 of a create that would take an account beyond its tier's cap on a resource. */
export function limitReached(
  type: 'key-limit-reached' | 'webhook-limit-reached' | 'calendar-limit-reached' | 'alert-limit-reached',
  what: string,
  tier: Tier,
  limit: number,
) {
  return problem(
    409,
    `This account already holds ${limit} ${what}, the most its tier (${tier}) allows. Remove one first.`,
    { type, title: 'Limit reached', extensions: { limit, tier } },
  );
}

/**
 * Inserts a new key unless the account already holds MAX_ACTIVE_KEYS of its tier's active keys (neither
 * revoked, expired nor replaced by a roll): the count and the insert are one statement, so concurrent
 * creations cannot pass the cap together. False (nothing written) when the account is full.
 */
export async function insertKeyWithinCap(env: Env, row: KeyRow, tier: Tier): Promise<boolean> {
  const db = drizzle(env.DB);
  const active = db
    .select({ n: sql<number>`count(*)` })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.accountId, row.accountId),
        isNull(apiKeys.revokedAt),
        isNull(apiKeys.replacedBy),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, row.createdAt)),
      ),
    );
  const res = await insertRowWhere(db, apiKeys, row, sql`(${active}) < ${MAX_ACTIVE_KEYS[tier]}`).run();
  return res.meta.changes > 0;
}

export const keyLimitReached = (tier: Tier) =>
  limitReached('key-limit-reached', 'active API keys', tier, MAX_ACTIVE_KEYS[tier]);

export async function getAccount(env: Env, id: string): Promise<AccountRow | undefined> {
  return drizzle(env.DB).select().from(accounts).where(eq(accounts.id, id)).get();
}

/**
 * Forgets every cached credential of an account, its API keys and its calendar feed tokens: both cached
 * entries hold the account's tier and status (a suspended account's feeds answer 403, and feeds are metered
 * at the account's tier), so a change to either applies on the next request here.
 */
export async function invalidateAccountCredentials(env: Env, accountId: string): Promise<void> {
  await Promise.all([
    invalidateAccountKeys(env, accountId),
    feedTokensOfAccount(env.DB, accountId).then(invalidateFeedTokens),
  ]);
}

/**
 * Changes an account's tier and/or status. Clears the cached credentials of its keys and calendar feeds
 * (invalidateAccountCredentials) so the change applies on the next request here (and within the auth cache
 * bound everywhere), and emits
 * subscription.activated (to a paid tier) or subscription.canceled (to free).
 *
 * With `stripe` (the Stripe webhook, src/routes/billing.ts): the Stripe event's record, the change and
 * the emitted event's row of the event log (under `stripe.eventId`, derived from the Stripe event id)
 * commit in one D1 batch, and what follows the commit (the invalidation, the queue send) is awaited, so
 * a failure there fails the call: Stripe retries, finds the event recorded, and billing.ts re-runs those
 * steps from the logged event (an outbox), with the same event id.
 */
export async function updateAccount(
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  id: string,
  change: { tier?: Tier; status?: 'active' | 'suspended'; stripeCustomerId?: string | null },
  source: 'admin' | 'stripe',
  stripe?: { record: BatchItem<'sqlite'>; eventId: string },
) {
  const before = await getAccount(env, id);
  if (!before) return undefined;
  const db = drizzle(env.DB);
  const update = db
    .update(accounts)
    .set({ ...change, updatedAt: Date.now() })
    .where(eq(accounts.id, id))
    .returning();
  const event =
    change.tier && change.tier !== before.tier
      ? makeEvent(
          isPaid(change.tier) ? 'subscription.activated' : 'subscription.canceled',
          { account_id: id, tier: change.tier, previous_tier: before.tier, source },
          id,
          stripe?.eventId,
        )
      : null;
  const after = stripe
    ? (
        await db.batch([stripe.record, update, ...(event ? [logEventQuery(db, event)] : [])] as [
          BatchItem<'sqlite'>,
          typeof update,
          ...BatchItem<'sqlite'>[],
        ])
      )[1][0]
    : await update.get();
  if (!after) return undefined;
  await invalidateAccountCredentials(env, id);
  if (event) {
    if (stripe) await sendEvent(env, event);
    else publishMessage(ctx, env, event);
  }
  return after;
}

/** Keyset page of an account's keys, newest first. */
export async function listKeys(env: Env, accountId: string, limit: number, startingAfter?: string) {
  const rows = await drizzle(env.DB)
    .select()
    .from(apiKeys)
    .where(
      startingAfter
        ? and(eq(apiKeys.accountId, accountId), lt(apiKeys.id, startingAfter))
        : eq(apiKeys.accountId, accountId),
    )
    .orderBy(desc(apiKeys.id))
    .limit(limit + 1)
    .all();
  return { data: rows.slice(0, limit).map(keyJson), has_more: rows.length > limit };
}

/** One key of this account, or undefined (another account's id is indistinguishable from none). */
export async function getKey(env: Env, accountId: string, id: string) {
  return drizzle(env.DB)
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.accountId, accountId)))
    .get();
}

export async function revokeKey(env: Env, k: KeyRow, at = Date.now()) {
  const row = await drizzle(env.DB)
    .update(apiKeys)
    .set({ revokedAt: k.revokedAt ?? at })
    .where(eq(apiKeys.id, k.id))
    .returning()
    .get();
  await invalidateKeyHashes([k.hash]);
  return row ?? k;
}

export async function deleteKey(env: Env, k: KeyRow) {
  await drizzle(env.DB).delete(apiKeys).where(eq(apiKeys.id, k.id)).run();
  await invalidateKeyHashes([k.hash]);
}

/**
 * Rolls a key: a new secret with the same name, scopes and expiry; the old one keeps working for
 * `graceSeconds` (0 = revoked at once), then expires. Atomic and single-winner: the old key is claimed
 * (`replaced_by` set only while it is null and the key not revoked) and the new key is inserted only if
 * this call made the claim, in one D1 batch. Returns null when the key was already rolled or revoked.
 */
export async function rollKey(env: Env, k: KeyRow, graceSeconds: number): Promise<NewKey | null> {
  const now = Date.now();
  const fresh = await buildKey(k.accountId, { name: k.name, scopes: k.scopes, expiresAt: k.expiresAt });
  const r = fresh.row;
  const expiry =
    graceSeconds === 0 ? null : Math.min(k.expiresAt ?? Number.POSITIVE_INFINITY, now + graceSeconds * 1000);
  const db = drizzle(env.DB);
  let inserted: D1Result | undefined;
  try {
    [, inserted] = await db.batch([
      // The claim: only while the key is neither rolled nor revoked. Without a grace period the old key is
      // revoked now; with one, it expires at its end (or at its own expiry, if sooner).
      db
        .update(apiKeys)
        .set(expiry === null ? { replacedBy: r.id, revokedAt: now } : { replacedBy: r.id, expiresAt: expiry })
        .where(and(eq(apiKeys.id, k.id), isNull(apiKeys.replacedBy), isNull(apiKeys.revokedAt))),
      // The new key, only if this batch made the claim: INSERT ... SELECT (every column, in table order)
      // WHERE EXISTS the claim.
      db.insert(apiKeys).select(
        sql`SELECT ${r.id}, ${r.accountId}, ${r.name}, ${r.prefix}, ${r.hash}, ${JSON.stringify(r.scopes)},
            ${r.createdAt}, ${r.expiresAt}, NULL, NULL, 0, NULL
          WHERE EXISTS (SELECT 1 FROM ${apiKeys} WHERE ${apiKeys.id} = ${k.id} AND ${apiKeys.replacedBy} = ${r.id})`,
      ),
    ]);
  } catch (err) {
    // D1 may have committed the roll and lost the answer: answered 503, the caller would never see the
    // new key and its retry would get a 409 (already rolled). Recover forward: if the new key is stored,
    // the roll happened, so answer it (the key is here in memory). Undoing it instead could revive a key
    // that another request revoked meanwhile.
    const stored = await db
      .select({ found: sql<number>`1` })
      .from(apiKeys)
      .where(eq(apiKeys.id, r.id))
      .get()
      .then((row) => (row ? 'yes' : 'no'))
      .catch(() => 'unknown' as const);
    if (stored === 'yes') {
      await invalidateKeyHashes([k.hash]).catch(() => undefined);
      return fresh;
    }
    if (stored === 'unknown') {
      // D1 still down: undo what this roll wrote, best effort, only while the old key still holds exactly
      // that (a revocation since then changed revoked_at, so it is left alone), then the 503.
      const revokedAt = expiry === null ? now : null;
      const expiresAt = expiry ?? k.expiresAt;
      await db
        .batch([
          db.delete(apiKeys).where(eq(apiKeys.id, r.id)),
          db
            .update(apiKeys)
            .set({ replacedBy: null, revokedAt: null, expiresAt: k.expiresAt })
            .where(
              and(
                eq(apiKeys.id, k.id),
                eq(apiKeys.replacedBy, r.id),
                revokedAt === null ? isNull(apiKeys.revokedAt) : eq(apiKeys.revokedAt, revokedAt),
                expiresAt === null ? isNull(apiKeys.expiresAt) : eq(apiKeys.expiresAt, expiresAt),
              ),
            ),
        ])
        .catch(() => undefined);
      await invalidateKeyHashes([k.hash, r.hash]).catch(() => undefined);
    }
    throw err;
  }
  if (!inserted?.meta.changes) return null;
  await invalidateKeyHashes([k.hash]);
  return fresh;
}
