import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { FRESH_MS, flushKeyUsage, MAX_AGE_MS, pendingRefresh, resolveKeyHash } from '../src/platform/auth';
import { hashKey } from '../src/platform/keys';
import { DAILY_LIMITS } from '../src/platform/tiers';
import { authed, call, clientAddress, createAccount, json, problemOf, waitForEvents } from './helpers';
import { NEW_YORK_1990 } from './people';

const jsonHeaders = { 'Content-Type': 'application/json' };

/** The first event of a type in the account's event log, once the events queue has written it. */
const firstEvent = async (accountId: string, type: string) => (await waitForEvents(accountId, type))[0];

// Every sign-up comes from an address of its own (clientAddress): the per-address sign-up limit is
// shared by no two tests, whatever order they run in.
const signUp = (body: unknown) =>
  json('/v1/accounts', body, { headers: { 'CF-Connecting-IP': clientAddress() } });

describe('sign-up and the account', () => {
  it('creates an account with its first key shown once, emits user.registered', async () => {
    const res = await signUp({ email: 'ada@example.com', name: 'Ada' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      account: { id: string; tier: string; role: string };
      api_key: { key: string; prefix: string; scopes: string[] };
    };
    expect(body.account).toMatchObject({
      tier: 'free',
      role: 'user',
      status: 'active',
      email: 'ada@example.com',
    });
    expect(body.account.id).toMatch(/^acct_/);
    expect(body.api_key.key).toMatch(/^sk_live_[0-9A-Za-z]{36}$/);
    expect(body.api_key.key.startsWith(body.api_key.prefix)).toBe(true);
    expect(body.api_key.scopes).not.toContain('admin');

    const me = await authed(body.api_key.key, '/v1/account');
    expect(me.status).toBe(200);
    const account = (await me.json()) as Record<string, unknown> & { usage: Record<string, unknown> };
    expect(account).toMatchObject({
      id: body.account.id,
      tier: 'free',
      limits: { charts: 50, readings: 10, famous_people: 20, synastry: 5 },
      burst_per_second: 5,
    });
    expect(account.usage.charts).toEqual({ used: 0, limit: 50, remaining: 50 });
    expect(await firstEvent(body.account.id, 'user.registered')).toMatchObject({
      account: { id: body.account.id },
    });
  });

  it('is refused when SIGNUP_ENABLED is not "true", and limited per client address', async () => {
    const { default: worker } = await import('../src/index');
    const body = JSON.stringify({ email: 'closed@example.com', name: 'Closed' });
    const ctx = createExecutionContext();
    const closed = await worker.fetch(
      new Request('https://api.test/v1/accounts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      }),
      { ...env, SIGNUP_ENABLED: 'false' },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(closed.status).toBe(403);
    const statuses: number[] = [];
    const address = clientAddress();
    for (let i = 0; i < 7; i++) {
      const res = await json(
        '/v1/accounts',
        { email: `flood${i}@example.com`, name: 'F' },
        {
          headers: { 'CF-Connecting-IP': address },
        },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it('rejects a duplicate email (case-insensitive) with 409', async () => {
    await signUp({ email: 'dup@example.com', name: 'One' });
    const res = await signUp({ email: 'DUP@example.com', name: 'Two' });
    expect(res.status).toBe(409);
    await problemOf(res);
  });

  it('validates the body and names the fields', async () => {
    const res = await signUp({ email: 'not-an-email', name: '' });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['email', 'name']);
  });

  it('treats curl-style bodies as JSON: malformed JSON is a 400 problem', async () => {
    const res = await call('/v1/accounts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': clientAddress() },
      body: '{bad',
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).type).toMatch(/malformed-json$/);
  });
});

describe('API keys', () => {
  it('full lifecycle: create (shown once), list without secrets, revoke, delete', async () => {
    const { key, accountId } = await createAccount();
    const created = await json(
      '/v1/api-keys',
      { name: 'ci', scopes: ['charts:read'], expires_in_days: 30 },
      { key },
    );
    expect(created.status).toBe(201);
    const k = (await created.json()) as { id: string; key: string; scopes: string[]; expires_at: string };
    expect(k.scopes).toEqual(['charts:read']);
    expect(Date.parse(k.expires_at) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const list = await authed(key, '/v1/api-keys');
    const listed = (await list.json()) as { data: Record<string, unknown>[]; has_more: boolean };
    expect(listed.data).toHaveLength(2);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(k.key);
    expect(text).not.toContain(await hashKey(k.key));
    expect(listed.data.every((d) => !('key' in d) && !('hash' in d))).toBe(true);

    // The new key works, then is revoked and stops working at once.
    expect((await authed(k.key, '/v1/account')).status).toBe(200);
    const revoked = await authed(key, `/v1/api-keys/${k.id}/revoke`, { method: 'PATCH' });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { status: string }).status).toBe('revoked');
    const after = await authed(k.key, '/v1/account');
    expect(after.status).toBe(401);
    expect((await problemOf(after)).detail).toMatch(/revoked/);

    const del = await authed(key, `/v1/api-keys/${k.id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await authed(key, `/v1/api-keys/${k.id}`)).status).toBe(404);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM api_keys WHERE account_id = ?1')
      .bind(accountId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });

  it('deleting a key stops it at once (cached before)', async () => {
    const { key } = await createAccount();
    const created = (await (await json('/v1/api-keys', { name: 'temp' }, { key })).json()) as {
      id: string;
      key: string;
    };
    expect((await authed(created.key, '/v1/account')).status).toBe(200); // now cached
    await authed(key, `/v1/api-keys/${created.id}`, { method: 'DELETE' });
    expect((await authed(created.key, '/v1/account')).status).toBe(401);
  });

  it('roll: a new secret; the old one works during the grace period, or stops at once without one', async () => {
    const { key } = await createAccount();
    const a = (await (await json('/v1/api-keys', { name: 'rolling' }, { key })).json()) as {
      id: string;
      key: string;
    };
    const rolled = await json(`/v1/api-keys/${a.id}/roll`, { grace_period_seconds: 3600 }, { key });
    expect(rolled.status).toBe(201);
    const b = (await rolled.json()) as { id: string; key: string; name: string };
    expect(b.name).toBe('rolling');
    expect(b.key).not.toBe(a.key);
    expect((await authed(a.key, '/v1/account')).status).toBe(200);
    expect((await authed(b.key, '/v1/account')).status).toBe(200);
    const old = (await (await authed(key, `/v1/api-keys/${a.id}`)).json()) as { replaced_by: string };
    expect(old.replaced_by).toBe(b.id);
    expect((await json(`/v1/api-keys/${a.id}/roll`, {}, { key })).status).toBe(409);

    const rolledNow = await call(`/v1/api-keys/${b.id}/roll`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(rolledNow.status).toBe(201);
    const c = (await rolledNow.json()) as { key: string };
    expect((await authed(b.key, '/v1/account')).status).toBe(401);
    expect((await authed(c.key, '/v1/account')).status).toBe(200);
  });

  it('roll cannot grant more than the calling key has, and only one of two concurrent rolls wins', async () => {
    const { key, accountId, keyId } = await createAccount({ role: 'admin' }); // the admin key to protect
    const limited = (await (
      await json('/v1/api-keys', { name: 'keys only', scopes: ['keys'] }, { key })
    ).json()) as {
      key: string;
    };
    const escalate = await json(`/v1/api-keys/${keyId}/roll`, {}, { key: limited.key });
    expect(escalate.status).toBe(403);
    expect((await problemOf(escalate)).detail).toMatch(/admin/);
    expect((await authed(key, '/v1/account')).status).toBe(200); // untouched

    const target = (await (await json('/v1/api-keys', { name: 'raced' }, { key })).json()) as { id: string };
    const both = await Promise.all([
      json(`/v1/api-keys/${target.id}/roll`, {}, { key }),
      json(`/v1/api-keys/${target.id}/roll`, {}, { key }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const successors = await env.DB.prepare(
      "SELECT count(*) AS n FROM api_keys WHERE account_id = ?1 AND name = 'raced' AND revoked_at IS NULL",
    )
      .bind(accountId)
      .first<{ n: number }>();
    expect(successors?.n).toBe(1);
  });

  it('a key manages only keys whose scopes it holds; only an admin key manages admin keys', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' }); // every scope, admin too
    const mint = async (scopes: string[]) => {
      const res = await json('/v1/api-keys', { name: scopes.join('+'), scopes }, { key: admin.key });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; key: string };
    };
    const keysOnly = await mint(['keys']);
    const wider = await mint(['keys', 'webhooks']);
    const operator = await mint(['keys', 'admin']);
    const manage = (as: string, id: string) => [
      call(`/v1/api-keys/${id}/revoke`, { method: 'PATCH', headers: { Authorization: `Bearer ${as}` } }),
      json(`/v1/api-keys/${id}/roll`, {}, { key: as }),
      call(`/v1/api-keys/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${as}` } }),
    ];
    // A keys-only key cannot revoke, roll or delete a wider key, an admin key, or the account's admin key.
    for (const res of await Promise.all(manage(keysOnly.key, wider.id))) {
      expect(res.status).toBe(403);
      const p = await problemOf(res);
      expect(p.type).toMatch(/insufficient-scope$/);
      expect(p.detail).toContain('"webhooks"');
    }
    for (const target of [operator.id, admin.keyId]) {
      for (const res of await Promise.all([...manage(keysOnly.key, target), ...manage(wider.key, target)])) {
        expect(res.status).toBe(403);
        const p = await problemOf(res);
        expect(p.type).toMatch(/admin-required$/);
        expect(p.detail).toMatch(/Only an admin key can (revoke|roll|delete) an admin key/);
      }
    }
    for (const k of [wider, operator]) expect((await authed(k.key, '/v1/api-keys')).status).toBe(200);
    expect((await authed(admin.key, '/v1/api-keys')).status).toBe(200);
    // Within its own scopes it may: the wider key revokes the keys-only one; an admin key revokes an admin key.
    expect(
      (
        await call(`/v1/api-keys/${keysOnly.id}/revoke`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${wider.key}` },
        })
      ).status,
    ).toBe(200);
    const byAdmin = await call(`/v1/api-keys/${operator.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${admin.key}` },
    });
    expect(byAdmin.status).toBe(204);
  });

  it('a roll retried with the same Idempotency-Key returns the same new key', async () => {
    const { key } = await createAccount();
    const k = (await (await json('/v1/api-keys', { name: 'retry me' }, { key })).json()) as { id: string };
    const headers = { 'Idempotency-Key': 'roll-once-1' };
    const first = await json(`/v1/api-keys/${k.id}/roll`, {}, { key, headers });
    const again = await json(`/v1/api-keys/${k.id}/roll`, {}, { key, headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { key: string }).key).toBe(((await first.json()) as { key: string }).key);
  });

  it('expired keys are rejected once the expiry passes', async () => {
    const { key } = await createAccount();
    const soon = new Date(Date.now() + 1500).toISOString();
    const k = (await (await json('/v1/api-keys', { name: 'short', expires_at: soon }, { key })).json()) as {
      key: string;
    };
    expect((await authed(k.key, '/v1/account')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1700));
    const res = await authed(k.key, '/v1/account');
    expect(res.status).toBe(401);
    expect((await problemOf(res)).detail).toMatch(/expired/);
  });

  it('validates expiry input and cannot escalate scopes', async () => {
    // Seven requests at once: more than the free tier's burst of 5 per second.
    const { key } = await createAccount({ tier: 'basic', scopes: ['charts:read', 'keys'] });
    const both = await json(
      '/v1/api-keys',
      { expires_at: '2099-01-01T00:00:00Z', expires_in_days: 3 },
      { key },
    );
    expect(both.status).toBe(400);
    expect((await problemOf(both)).errors?.[0]?.path).toBe('expires_in_days');
    // A form the document allows, a time the world does not: a 422 of its own type.
    for (const at of ['2001-01-01T00:00:00Z', '2999-01-01T00:00:00Z']) {
      const res = await json('/v1/api-keys', { expires_at: at }, { key });
      expect(res.status).toBe(422);
      const p = await problemOf(res);
      expect(p.type).toBe('https://stellar-edge.dev/problems/invalid-expiry');
      expect(p.errors?.[0]?.path).toBe('expires_at');
    }
    // Not RFC 3339 (no seconds): the document's pattern.
    expect((await json('/v1/api-keys', { expires_at: '2099-01-01T00:00Z' }, { key })).status).toBe(400);
    const badScope = await json('/v1/api-keys', { scopes: ['root'] }, { key });
    expect(badScope.status).toBe(400);
    expect((await problemOf(badScope)).errors?.[0]?.path).toBe('scopes[0]');
    const escalate = await json('/v1/api-keys', { scopes: ['admin'] }, { key });
    expect(escalate.status).toBe(403);
  });

  it('a key without the keys scope gets 403', async () => {
    const { key } = await createAccount({ scopes: ['charts:read'] });
    const res = await authed(key, '/v1/api-keys');
    expect(res.status).toBe(403);
    expect((await problemOf(res)).detail).toMatch(/"keys" scope/);
  });

  it("another account's key ids are 404 on every key route", async () => {
    const mine = await createAccount();
    const theirs = await createAccount();
    for (const [method, path] of [
      ['GET', `/v1/api-keys/${theirs.keyId}`],
      ['PATCH', `/v1/api-keys/${theirs.keyId}/revoke`],
      ['POST', `/v1/api-keys/${theirs.keyId}/roll`],
      ['DELETE', `/v1/api-keys/${theirs.keyId}`],
      ['GET', '/v1/api-keys/key_not_an_id'],
    ] as const) {
      const res = await authed(mine.key, path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      await problemOf(res);
    }
    expect((await authed(theirs.key, '/v1/account')).status).toBe(200); // untouched
  });

  it('stores no plaintext key anywhere in D1 or KV', async () => {
    const res = await signUp({ email: 'secret@example.com', name: 'S' });
    const { api_key } = (await res.json()) as { api_key: { key: string } };
    await authed(api_key.key, '/v1/account');
    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    ).all<{ name: string }>();
    for (const { name } of tables.results) {
      const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
      expect(JSON.stringify(rows.results), name).not.toContain(api_key.key);
    }
    const kv = await env.CACHE.list();
    for (const k of kv.keys) {
      expect(k.name).not.toContain(api_key.key);
      expect((await env.CACHE.get(k.name)) ?? '').not.toContain(api_key.key);
    }
  });

  it('records last_used_at and request_count without a write per request', async () => {
    const { key, keyId } = await createAccount();
    for (let i = 0; i < 3; i++) await authed(key, '/v1/account');
    const before = await env.DB.prepare('SELECT request_count FROM api_keys WHERE id = ?1')
      .bind(keyId)
      .first<{ request_count: number }>();
    expect(before?.request_count).toBe(0);
    await flushKeyUsage(env);
    const after = await env.DB.prepare('SELECT request_count, last_used_at FROM api_keys WHERE id = ?1')
      .bind(keyId)
      .first<{ request_count: number; last_used_at: number }>();
    expect(after?.request_count).toBe(3);
    expect(after?.last_used_at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a change made elsewhere is seen within the cache bound, without waiting on D1 in steady use', async () => {
    const { key, keyId } = await createAccount();
    const hash = await hashKey(key);
    const t0 = Date.now();
    expect((await resolveKeyHash(env, hash, t0)).status).toBe('active');
    // Revoked in D1 by "another location": this location's caches do not know yet.
    await env.DB.prepare('UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2').bind(t0, keyId).run();
    expect((await resolveKeyHash(env, hash, t0 + FRESH_MS - 1)).status).toBe('active');
    expect(pendingRefresh(hash)).toBeUndefined(); // fresh: no D1 read at all
    // Stale: still answered from cache at once, while one background read refreshes it...
    expect((await resolveKeyHash(env, hash, t0 + FRESH_MS + 1)).status).toBe('active');
    const refresh = pendingRefresh(hash);
    expect(refresh).toBeDefined();
    await refresh;
    // ...so the next request sees the revocation.
    expect((await resolveKeyHash(env, hash, t0 + FRESH_MS + 2)).status).toBe('revoked');
    expect(MAX_AGE_MS).toBeLessThanOrEqual(60_000);
  });

  it('an entry older than the bound is never served', async () => {
    const { key, keyId } = await createAccount();
    const hash = await hashKey(key);
    const t0 = Date.now();
    expect((await resolveKeyHash(env, hash, t0)).status).toBe('active');
    await env.DB.prepare('UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2').bind(t0, keyId).run();
    expect((await resolveKeyHash(env, hash, t0 + MAX_AGE_MS + 1)).status).toBe('revoked');
  });
});

describe('admin accounts and tiers', () => {
  it('non-admins get 403 on admin routes', async () => {
    const { key } = await createAccount();
    const res = await json('/v1/admin/accounts', { email: 'x@example.com', name: 'X' }, { key });
    expect(res.status).toBe(403);
    await problemOf(res);
  });

  it('admin creates an account with a tier, upgrades and downgrades it with events', async () => {
    const admin = await createAccount({ role: 'admin' });
    const res = await json(
      '/v1/admin/accounts',
      { email: 'paid@example.com', name: 'Paid', tier: 'basic' },
      {
        key: admin.key,
      },
    );
    expect(res.status).toBe(201);
    const created = (await res.json()) as { account: { id: string; tier: string }; api_key: { key: string } };
    expect(created.account.tier).toBe('basic');
    const userKey = created.api_key.key;
    expect(((await (await authed(userKey, '/v1/account')).json()) as { tier: string }).tier).toBe('basic');

    const up = await authed(admin.key, `/v1/admin/accounts/${created.account.id}`, {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ tier: 'premium' }),
    });
    expect(up.status).toBe(200);
    // Applies on the next request (the auth cache of the account was cleared).
    const me = (await (await authed(userKey, '/v1/account')).json()) as {
      tier: string;
      limits: { charts: number };
    };
    expect(me).toMatchObject({ tier: 'premium', limits: { charts: 1000 } });
    expect(await firstEvent(created.account.id, 'subscription.activated')).toMatchObject({
      tier: 'premium',
      previous_tier: 'basic',
    });

    await authed(admin.key, `/v1/admin/accounts/${created.account.id}`, {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ tier: 'free' }),
    });
    expect(await firstEvent(created.account.id, 'subscription.canceled')).toMatchObject({ tier: 'free' });

    const suspend = await authed(admin.key, `/v1/admin/accounts/${created.account.id}`, {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ status: 'suspended' }),
    });
    expect(suspend.status).toBe(200);
    expect((await authed(userKey, '/v1/account')).status).toBe(403);
  });

  it('PATCH validates and 404s unknown accounts', async () => {
    const admin = await createAccount({ role: 'admin' });
    const empty = await authed(admin.key, '/v1/admin/accounts/acct_01jd4v6m0qf3t9r8k2w5x7y1z3', {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({}),
    });
    expect(empty.status).toBe(400);
    const bad = await authed(admin.key, '/v1/admin/accounts/acct_01jd4v6m0qf3t9r8k2w5x7y1z3', {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ tier: 'gold' }),
    });
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('tier');
    const missing = await authed(admin.key, '/v1/admin/accounts/acct_01jd4v6m0qf3t9r8k2w5x7y1z3', {
      method: 'PATCH',
      headers: jsonHeaders,
      body: JSON.stringify({ tier: 'basic' }),
    });
    expect(missing.status).toBe(404);
  });
});

describe('Stripe billing', () => {
  const secret = 'whsec_test_secret_for_stellar_edge';
  const stripeEnv = { ...env, STRIPE_WEBHOOK_SECRET: secret };

  async function send(event: object, opts: { timestamp?: number; sign?: string } = {}) {
    const payload = JSON.stringify(event);
    const header = await Stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: opts.sign ?? secret,
      ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    });
    const ctx = createExecutionContext();
    const { default: worker } = await import('../src/index');
    const res = await worker.fetch(
      new Request('https://api.test/v1/billing/stripe', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header },
        body: payload,
      }),
      stripeEnv,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  }

  const subscription = (id: string, accountId: string, status: string, lookupKey: string) => ({
    id,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    type: 'customer.subscription.updated',
    data: {
      object: {
        id: 'sub_1',
        object: 'subscription',
        status,
        customer: `cus_${accountId}`,
        metadata: { account_id: accountId },
        items: { data: [{ price: { lookup_key: lookupKey, metadata: {} } }] },
      },
    },
  });

  it('a signed subscription event sets the tier; a replay is ignored', async () => {
    const { accountId, key } = await createAccount();
    const event = subscription('evt_sub_1', accountId, 'active', 'stellar_premium');
    const res = await send(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, applied: 'tier premium' });
    expect(((await (await authed(key, '/v1/account')).json()) as { tier: string }).tier).toBe('premium');

    await env.DB.prepare("UPDATE accounts SET tier = 'basic' WHERE id = ?1").bind(accountId).run();
    const replay = await send(event);
    expect(await replay.json()).toMatchObject({ received: true, duplicate: true });
    const row = await env.DB.prepare('SELECT tier FROM accounts WHERE id = ?1').bind(accountId).first();
    expect(row).toEqual({ tier: 'basic' });
  });

  it('deletion returns the account to free; invoice.paid emits payment.received', async () => {
    const { accountId } = await createAccount({ tier: 'premium' });
    await env.DB.prepare('UPDATE accounts SET stripe_customer_id = ?1 WHERE id = ?2')
      .bind(`cus_${accountId}`, accountId)
      .run();
    const deleted = await send({
      id: 'evt_del_1',
      object: 'event',
      created: Math.floor(Date.now() / 1000),
      type: 'customer.subscription.deleted',
      data: {
        object: { id: 'sub_2', object: 'subscription', status: 'canceled', customer: `cus_${accountId}` },
      },
    });
    expect(await deleted.json()).toMatchObject({ applied: 'tier free' });
    expect(await firstEvent(accountId, 'subscription.canceled')).toMatchObject({
      tier: 'free',
      source: 'stripe',
    });

    await send({
      id: 'evt_inv_1',
      object: 'event',
      created: Math.floor(Date.now() / 1000),
      type: 'invoice.paid',
      data: {
        object: {
          id: 'in_1',
          object: 'invoice',
          customer: `cus_${accountId}`,
          amount_paid: 1900,
          currency: 'usd',
        },
      },
    });
    expect(await firstEvent(accountId, 'payment.received')).toEqual({
      invoice_id: 'in_1',
      amount: 1900,
      currency: 'usd',
    });
  });

  it('rejects bad, stale and missing signatures with 400', async () => {
    const { accountId } = await createAccount();
    const event = subscription('evt_bad_1', accountId, 'active', 'basic');
    const wrong = await send(event, { sign: 'whsec_someone_else' });
    expect(wrong.status).toBe(400);
    expect((await problemOf(wrong)).type).toMatch(/invalid-signature$/);
    const stale = await send(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(400);
    const missing = await call('/v1/billing/stripe', { method: 'POST', headers: jsonHeaders, body: '{}' });
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).errors?.[0]?.path).toBe('stripe-signature');
    const row = await env.DB.prepare('SELECT tier FROM accounts WHERE id = ?1').bind(accountId).first();
    expect(row).toEqual({ tier: 'free' });
  });
});

describe('GET /v1/admin/accounts/{id}', () => {
  it("an admin reads any account with its limits and today's usage; others get 403; unknown ids 404", async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const user = await createAccount({ tier: 'basic' });
    const chart = NEW_YORK_1990;
    expect((await json('/v1/charts', chart, { key: user.key })).status).toBe(200);
    const res = await authed(admin.key, `/v1/admin/accounts/${user.accountId}`);
    expect(res.status).toBe(200);
    const detail = (await res.json()) as {
      id: string;
      tier: string;
      limits: Record<string, number>;
      usage: Record<string, { used: number; limit: number }>;
    };
    expect(detail).toMatchObject({ id: user.accountId, tier: 'basic', limits: DAILY_LIMITS.basic });
    expect(detail.usage.charts).toMatchObject({ used: 1, limit: DAILY_LIMITS.basic.charts });
    // The same shape as the account's own view.
    const own = (await (await authed(user.key, '/v1/account')).json()) as Record<string, unknown>;
    expect(Object.keys(detail).sort()).toEqual(Object.keys(own).sort());
    expect((await authed(user.key, `/v1/admin/accounts/${user.accountId}`)).status).toBe(403);
    const unknown = await authed(admin.key, '/v1/admin/accounts/acct_01m8k2mqfcfzsbjqap4fkwaw5k');
    expect(unknown.status).toBe(404);
    await problemOf(unknown);
    // Where admin account creation points.
    const created = await json(
      '/v1/admin/accounts',
      { email: `loc-${crypto.randomUUID()}@example.com`, name: 'Loc', tier: 'free' },
      { key: admin.key },
    );
    expect(created.status).toBe(201);
    const location = created.headers.get('Location') ?? '';
    expect((await authed(admin.key, location)).status).toBe(200);
  });
});
