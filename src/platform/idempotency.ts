/**
 * Idempotency-Key (DESIGN.md section 2) for POSTs that create things.
 *
 *   Idempotency-Key: <1-255 printable ASCII characters>, scoped per account, remembered for 24 h;
 *   a replay goes only to the API key that made the first request (another key of the account gets 422).
 *
 * - first request with a key: a row in D1 `idempotency_keys` is inserted with state "running" (the lock;
 *   the primary key account_id + key makes the insert atomic), the handler runs, and its response is
 *   stored (state "done") when it is a 2xx or a 4xx other than 409 and 429;
 * - the same key and the same request (SHA-256 of method, path, calling key id and raw body) again: the stored response is
 *   replayed (status, body and the headers in REPLAYED_HEADERS) with `Idempotent-Replayed: true`, and the
 *   handler does not run (so no quota is consumed, no second resource is created);
 * - the same key with a different request: 422; while the first request still runs: 409 (Retry-After: 1).
 *
 * A 5xx, 409 or 429 answer (and one whose body exceeds MAX_STORED_BODY) deletes the record so the client
 * may retry with the same key. Records older than 24 h count as absent (an insert takes them over) and
 * are pruned by the daily cron (pruneIdempotencyKeys).
 *
 * The lock is a lease: "running" holds until `locked_until` (LOCK_LEASE_MS after it was taken), and the
 * request holding it renews it every LOCK_RENEW_MS while it runs. A request that died (its isolate
 * crashed or was evicted) stops renewing, so its lock is taken over within LOCK_LEASE_MS: a retrying
 * client gets at most that long of 409s, while a live request keeps its lock however long it runs. Should
 * a holder lose its lock anyway (renewals failing for longer than a lease), its late write is ignored,
 * because every write after the lock is conditional on the lock's created_at.
 *
 * At rest: the `key` column holds the SHA-256 of the Idempotency-Key, never the key, and the stored body
 * is encrypted (AES-256-GCM) under a key derived from the account and the Idempotency-Key itself, so the
 * table never holds a readable response: POST /v1/api-keys answers with a secret that, by design, is
 * stored nowhere in clear (only the client that knows the Idempotency-Key can get its replay).
 *
 * Cost: requests without the header pay nothing; with it, one D1 write before and one after the handler
 * (creations are rare and owned, which is what D1 is for).
 */

import { z } from '@hono/zod-openapi';
import { and, eq, lt, or } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';
import { idempotencyKeys } from '../db/schema';
import type { Env } from '../env';
import { sha256Hex } from './cache';
import type { AppEnv } from './context';
import { invalidField, loggable, problem } from './problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** A "running" record not renewed for this long is abandoned (its request died) and may be taken over. */
export const LOCK_LEASE_MS = 10_000;
/** How often a running request renews its lock: three renewals fit in a lease. */
export const LOCK_RENEW_MS = 3_000;
let lease = { ms: LOCK_LEASE_MS, renewMs: LOCK_RENEW_MS };
/** Tests: a shorter lease (and renewal period), so a test need not run a request for 10 s. */
export function setLockLease(ms: number | null): void {
  lease = ms === null ? { ms: LOCK_LEASE_MS, renewMs: LOCK_RENEW_MS } : { ms, renewMs: Math.ceil(ms / 3) };
}
/** Responses with a larger body are not stored (the record is deleted instead). */
export const MAX_STORED_BODY = 1024 * 1024;
/** Response headers kept and replayed with the body (besides the status). */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'cache-control'];

const KEY_SHAPE = /^[\x20-\x7e]{1,255}$/;

/**
 * For route documentation: `request: { headers: IdempotencyHeaders }`. (The middleware does the real
 * checks; this optional field only documents the header, under its canonical name.)
 */
export const IdempotencyHeaders = z.object({
  [IDEMPOTENCY_HEADER]: z
    .string()
    // Printable ASCII; no space at either end (HTTP trims a field value's ends: RFC 9110 section 5.5).
    .regex(/^[\x21-\x7e](?:[\x20-\x7e]{0,253}[\x21-\x7e])?$/, 'Expected 1 to 255 printable ASCII characters.')
    .min(1)
    .max(255)
    .optional()
    .openapi({
      description:
        'Makes the request safe to retry: the same key and body within 24 h replays the first response ' +
        '(`Idempotent-Replayed: true`); the same key with another body is a 422; while the first request ' +
        'still runs, a 409. Scoped to the account; replayed only to the API key that sent the first request. ' +
        '1-255 printable ASCII characters.',
      example: '4f0c2a6e-5b1d-4b8e-9d3a-7c2f1e0a9b6d',
    }),
});

const utf8 = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** AES-256-GCM key derived from the account and API key and the raw Idempotency-Key (not in the table). */
async function bodyKey(accountId: string, key: string): Promise<CryptoKey> {
  const material = await crypto.subtle.digest(
    'SHA-256',
    utf8.encode(`idempotency-body\n${accountId}\n${key}`),
  );
  return crypto.subtle.importKey('raw', material, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function sealBody(k: CryptoKey, body: Uint8Array): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k, body));
  return `v1:${toBase64(iv)}:${toBase64(sealed)}`;
}

async function openBody(k: CryptoKey, stored: string): Promise<Uint8Array> {
  const [version, iv, sealed] = stored.split(':');
  if (version !== 'v1' || !iv || sealed === undefined) throw new Error('unknown idempotency body format');
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, k, fromBase64(sealed)),
  );
}

function storable(status: number): boolean {
  return (
    (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 409 && status !== 429)
  );
}

/**
 * Route middleware (put it after the scope check): honours `Idempotency-Key` on this route. Requests
 * without the header pass straight through.
 */
export function idempotent(applies?: (body: string) => boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const rawKey = c.req.header(IDEMPOTENCY_HEADER);
    if (rawKey === undefined) return next();
    // Routes that only sometimes create something (POST /v1/charts with "save") skip the D1 lock otherwise.
    if (applies && !applies(await c.req.text())) return next();
    if (!KEY_SHAPE.test(rawKey)) {
      throw invalidField(IDEMPOTENCY_HEADER, 'Expected 1 to 255 printable ASCII characters.', 'header');
    }
    const p = c.get('principal');
    if (!p) return next(); // unauthenticated routes are not idempotent-scoped
    const db = drizzle(c.env.DB);
    const method = c.req.method;
    const path = c.req.path;
    // The calling key is part of the request: a replay returns what the first request's key was allowed to
    // see, so another key of the same account (perhaps with fewer scopes) must not get it (a keys-only key
    // replaying an admin key's POST /v1/api-keys would receive an admin key). It gets a 422 instead.
    const hash = await sha256Hex(`${method}\n${path}\n${p.keyId}\n${await c.req.text()}`);
    const key = await sha256Hex(rawKey);

    let lockedAt = 0;
    for (let attempt = 0; attempt < 3 && lockedAt === 0; attempt++) {
      const now = Date.now();
      // Take the key: a new record, or one that expired or whose request was abandoned (a lock timed out).
      const acquired = await db
        .insert(idempotencyKeys)
        .values({
          accountId: p.accountId,
          key,
          method,
          path,
          requestHash: hash,
          state: 'running',
          createdAt: now,
          lockedUntil: now + lease.ms,
        })
        .onConflictDoUpdate({
          target: [idempotencyKeys.accountId, idempotencyKeys.key],
          set: {
            method,
            path,
            requestHash: hash,
            state: 'running',
            responseStatus: null,
            responseHeaders: null,
            responseBody: null,
            createdAt: now,
            lockedUntil: now + lease.ms,
          },
          // Taken over: a record older than 24 h, or a lock whose lease ran out. A row from before
          // locked_until existed (0) still gets one lease from its creation.
          setWhere: or(
            lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS),
            and(
              eq(idempotencyKeys.state, 'running'),
              lt(idempotencyKeys.lockedUntil, now),
              lt(idempotencyKeys.createdAt, now - lease.ms),
            ),
          ),
        })
        .run();
      if (acquired.meta.changes > 0) {
        lockedAt = now;
        break;
      }
      const row = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.accountId, p.accountId), eq(idempotencyKeys.key, key)))
        .get();
      if (!row) continue; // released between our insert and this read: try again
      if (row.requestHash !== hash) {
        throw problem(
          422,
          `This Idempotency-Key was already used with a different request (${IDEMPOTENCY_HEADER} keys are single-use per request body, method, path and API key).`,
          { type: 'idempotency-key-reused' },
        );
      }
      if (row.state !== 'done' || row.responseStatus === null) {
        throw problem(409, 'A request with this Idempotency-Key is still being processed. Retry shortly.', {
          type: 'idempotency-key-in-use',
          headers: { 'Retry-After': '1' },
        });
      }
      const headers = { ...(row.responseHeaders as Record<string, string> | null) };
      headers['Idempotent-Replayed'] = 'true';
      const body = row.responseBody
        ? ((await openBody(
            await bodyKey(`${p.accountId}|${p.keyId}`, rawKey),
            row.responseBody,
          )) as Uint8Array<ArrayBuffer>)
        : '';
      return c.body(body, row.responseStatus as 200, headers);
    }
    if (lockedAt === 0) throw problem(409, 'This Idempotency-Key is contended. Retry shortly.');

    const renewal = renewWhileRunning(db, p.accountId, key, lockedAt);
    try {
      await next();
    } catch (err) {
      renewal.stop();
      await release(db, p.accountId, key, lockedAt);
      throw err;
    }
    renewal.stop();
    const res = c.res;
    try {
      if (!storable(res.status)) {
        await release(db, p.accountId, key, lockedAt);
        return;
      }
      const body = new Uint8Array(await res.clone().arrayBuffer());
      if (body.byteLength > MAX_STORED_BODY) {
        await release(db, p.accountId, key, lockedAt);
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const v = res.headers.get(name);
        if (v !== null) headers[name] = v;
      }
      const sealed = await sealBody(await bodyKey(`${p.accountId}|${p.keyId}`, rawKey), body);
      await db
        .update(idempotencyKeys)
        .set({ state: 'done', responseStatus: res.status, responseHeaders: headers, responseBody: sealed })
        .where(held(p.accountId, key, lockedAt))
        .run();
    } catch (err) {
      // The answer stands; a failed store only means a retry runs the handler again (after the lock
      // times out), so log and try to release.
      console.error(JSON.stringify({ msg: 'idempotency store failed', path, err: loggable(err) }));
      await release(db, p.accountId, key, lockedAt).catch(() => undefined);
    }
  });
}

/** The record this request holds: its key, taken at `lockedAt`, still running. */
function held(accountId: string, key: string, lockedAt: number) {
  return and(
    eq(idempotencyKeys.accountId, accountId),
    eq(idempotencyKeys.key, key),
    eq(idempotencyKeys.createdAt, lockedAt),
    eq(idempotencyKeys.state, 'running'),
  );
}

/** Renews the lock every LOCK_RENEW_MS until stopped (a failed renewal is logged; the next may succeed). */
function renewWhileRunning(db: DrizzleD1Database, accountId: string, key: string, lockedAt: number) {
  const renew = () =>
    db
      .update(idempotencyKeys)
      .set({ lockedUntil: Date.now() + lease.ms })
      .where(held(accountId, key, lockedAt))
      .run()
      .catch((err) =>
        console.error(JSON.stringify({ msg: 'idempotency lock renewal failed', err: loggable(err) })),
      );
  const timer = setInterval(renew, lease.renewMs);
  return { stop: () => clearInterval(timer) };
}

function release(db: DrizzleD1Database, accountId: string, key: string, lockedAt: number) {
  return db
    .delete(idempotencyKeys)
    .where(held(accountId, key, lockedAt))
    .run();
}

/** Daily cron: forget records older than 24 h. */
export async function pruneIdempotencyKeys(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const res = await drizzle(env.DB)
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS))
    .run();
  return res.meta.changes;
}
