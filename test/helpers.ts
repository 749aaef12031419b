/**
 * Test helpers for the workers project: call the Worker, create accounts and keys in the real D1, wait
 * for what the queues do in the background. One copy of each, shared by every test file.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import type { Env } from '../src/env';
import worker from '../src/index';
import type { Principal } from '../src/platform/context';
import { newId } from '../src/platform/ids';
import { DEFAULT_SCOPES, generateKey, hashKey, keyPrefix } from '../src/platform/keys';
import { EINSTEIN } from './people';

export const BASE = 'https://api.test';

export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(BASE + path, init));
}

export function json(path: string, body: unknown, init: RequestInit & { key?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  if (init.key) headers.set('Authorization', `Bearer ${init.key}`);
  return call(path, { method: 'POST', ...init, headers, body: JSON.stringify(body) });
}

export function authed(key: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${key}`);
  return call(path, { ...init, headers });
}

/**
 * Calls the Worker's own fetch handler with another env (bindings wrapped to inject a fault, a var
 * changed) and waits for its waitUntil work. `json` sets the body and Content-Type; `key` the bearer key.
 */
export async function fetchWith(
  e: Env,
  path: string,
  init: RequestInit & { key?: string; json?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key) headers.set('Authorization', `Bearer ${init.key}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(BASE + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }),
    e,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * The real D1 binding, except that `first` runs once, just before the first statement whose SQL matches
 * `sql` executes: a concurrent request's change landing between a route's read and its write. (Wrapping the
 * real binding to inject a race; with fetchWith.)
 */
export function d1Before(real: D1Database, sql: RegExp, first: () => Promise<unknown>): D1Database {
  let armed = true;
  const wrap = (stmt: D1PreparedStatement, hit: boolean): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'bind') return (...args: unknown[]) => wrap(target.bind(...args), hit);
        if (!hit || !['run', 'all', 'first', 'raw'].includes(String(prop))) return value.bind(target);
        return async (...args: unknown[]) => {
          if (armed) {
            armed = false;
            await first();
          }
          return value.apply(target, args);
        };
      },
    });
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'prepare') return (query: string) => wrap(target.prepare(query), sql.test(query));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A caller as the auth middleware would resolve it, for calling platform functions directly. */
export const principal = (accountId: string, tier: Principal['tier']): Principal => ({
  accountId,
  tier,
  role: 'user',
  keyId: newId('apiKey'),
  keyPrefix: 'sk_live_test',
  scopes: ['charts:read'],
});

let addresses = 0;
/**
 * A client address of its own (IPv6 documentation prefix) for each sign-up, so no test shares the
 * per-address sign-up limit with another and none depends on the order they run in.
 */
export function clientAddress(): string {
  addresses += 1;
  return `2001:db8::${addresses.toString(16)}`;
}

let counter = 0;

/** Inserts an account with one key straight into D1; returns both. */
export async function createAccount(
  opts: { tier?: string; role?: 'user' | 'admin'; scopes?: string[]; expiresAt?: number } = {},
) {
  const accountId = newId('account');
  const keyId = newId('apiKey');
  const key = generateKey();
  const role = opts.role ?? 'user';
  const scopes = opts.scopes ?? (role === 'admin' ? [...DEFAULT_SCOPES, 'admin'] : DEFAULT_SCOPES);
  counter += 1;
  await env.DB.batch([
    env.DB.prepare('INSERT INTO accounts (id, email, name, tier, role) VALUES (?1, ?2, ?3, ?4, ?5)').bind(
      accountId,
      `user${counter}-${accountId}@example.com`,
      `Test ${counter}`,
      opts.tier ?? 'free',
      role,
    ),
    env.DB.prepare(
      'INSERT INTO api_keys (id, account_id, name, prefix, hash, scopes, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
    ).bind(
      keyId,
      accountId,
      'test',
      keyPrefix(key),
      await hashKey(key),
      JSON.stringify(scopes),
      opts.expiresAt ?? null,
    ),
  ]);
  return { accountId, keyId, key };
}

/** Saves a chart of the birth data with the key (POST /v1/charts, `"save": true`); returns its id. */
export async function saveChart(key: string, subject: object): Promise<string> {
  const res = await json('/v1/charts', { ...subject, save: true }, { key });
  if (res.status !== 201) throw new Error(`POST /v1/charts: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** An account of the tier with a key and a saved chart (Einstein's unless told), as feeds and alerts need. */
export async function accountWithChart(tier: string, subject: object = EINSTEIN) {
  const account = await createAccount({ tier });
  return { ...account, chartId: await saveChart(account.key, subject) };
}

export async function problemOf(res: Response) {
  expectProblem(res);
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    request_id: string;
    errors?: { path: string; message: string; location?: string }[];
    [k: string]: unknown;
  };
}

export function expectProblem(res: Response) {
  const type = res.headers.get('Content-Type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${res.status} ${type}`);
  }
}

/** Another key with the given scopes on an existing account; returns the plaintext key. */
export async function addKey(accountId: string, scopes: string[]): Promise<string> {
  const [key] = await addKeys(accountId, 1, scopes);
  return key as string;
}

/** `n` more keys of an account, straight into D1 in one batch (spreads calls under the burst limit). */
export async function addKeys(accountId: string, n: number, scopes: string[] = DEFAULT_SCOPES) {
  const keys = Array.from({ length: n }, () => generateKey());
  const stmt = env.DB.prepare(
    'INSERT INTO api_keys (id, account_id, name, prefix, hash, scopes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
  );
  await env.DB.batch(
    await Promise.all(
      keys.map(async (key, i) =>
        stmt.bind(
          newId('apiKey'),
          accountId,
          `extra${i}`,
          keyPrefix(key),
          await hashKey(key),
          JSON.stringify(scopes),
        ),
      ),
    ),
  );
  return keys;
}

/**
 * Polls `fn` until it returns something other than undefined (every `everyMs`, default 100 ms); throws
 * after `timeoutMs` (default 15 s). The one polling loop of the suite: what runs in the background (a
 * queue consumer, waitUntil work) is awaited through it.
 */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 15_000, everyMs = 100 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The data of every event of a type in the account's event log (D1 `events`), oldest first. */
export async function eventsOf(accountId: string, type: string): Promise<Record<string, unknown>[]> {
  const rows = await env.DB.prepare(
    'SELECT data FROM events WHERE account_id = ?1 AND type = ?2 ORDER BY created_at, id',
  )
    .bind(accountId, type)
    .all<{ data: string }>();
  return rows.results.map((r) => JSON.parse(r.data) as Record<string, unknown>);
}

/** Waits until the event log holds at least `n` events of a type for the account (the events queue's work). */
export function waitForEvents(accountId: string, type: string, n = 1) {
  return waitFor(`${n} ${type} event(s) of ${accountId}`, async () => {
    const events = await eventsOf(accountId, type);
    return events.length >= n ? events : undefined;
  });
}

/**
 * Waits until the endpoints have `count` webhook deliveries in all and none is pending any more; returns
 * them. A settled delivery is never sent again (a duplicate queue message finds it settled and is acked),
 * so once this returns, what the receivers hold is all they will ever get for these deliveries.
 */
export function settledDeliveries(endpointIds: string[], count: number) {
  return waitFor(`${count} settled deliveries`, async () => {
    const rows = (
      await env.DB.prepare(
        `SELECT id, endpoint_id, message_id, event_type, status FROM webhook_deliveries
         WHERE endpoint_id IN (SELECT value FROM json_each(?1)) ORDER BY endpoint_id, event_type`,
      )
        .bind(JSON.stringify(endpointIds))
        .all<{ id: string; endpoint_id: string; message_id: string; event_type: string; status: string }>()
    ).results;
    return rows.length >= count && rows.every((r) => r.status !== 'pending') ? rows : undefined;
  });
}

/** Today's counted units of an endpoint class for the key's account (GET /v1/account). */
export async function usedToday(key: string, cls: string): Promise<number> {
  const res = await authed(key, '/v1/account');
  if (res.status !== 200) throw new Error(`GET /v1/account: ${res.status}`);
  const me = (await res.json()) as { usage: Record<string, { used: number }> };
  return me.usage[cls]?.used ?? 0;
}
