/** Test helpers for the workers project: call the Worker, create accounts and keys in the real D1. */
import { env, exports } from 'cloudflare:workers';
import { newId } from '../src/platform/ids';
import { DEFAULT_SCOPES, generateKey, hashKey, keyPrefix } from '../src/platform/keys';

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
  const key = generateKey();
  await env.DB.prepare(
    'INSERT INTO api_keys (id, account_id, name, prefix, hash, scopes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
  )
    .bind(newId('apiKey'), accountId, 'second', keyPrefix(key), await hashKey(key), JSON.stringify(scopes))
    .run();
  return key;
}

/** Polls `fn` every 100 ms until it returns something other than undefined; throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Today's counted units of an endpoint class for the key's account (GET /v1/account). */
export async function usedToday(key: string, cls: string): Promise<number> {
  const res = await authed(key, '/v1/account');
  if (res.status !== 200) throw new Error(`GET /v1/account: ${res.status}`);
  const me = (await res.json()) as { usage: Record<string, { used: number }> };
  return me.usage[cls]?.used ?? 0;
}
