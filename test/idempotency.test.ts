import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../src/index';
import { sha256Hex } from '../src/platform/cache';
import { IDEMPOTENCY_TTL_MS, LOCK_LEASE_MS, setLockLease } from '../src/platform/idempotency';
import { addKey, authed, createAccount, json, problemOf, usedToday } from './helpers';
import { NEW_YORK_1990 } from './people';

const chartBody = NEW_YORK_1990;

function post(path: string, key: string, body: unknown, idem?: string) {
  return json(path, body, { key, headers: idem === undefined ? {} : { 'Idempotency-Key': idem } });
}

async function record(accountId: string, idem: string) {
  return env.DB.prepare('SELECT * FROM idempotency_keys WHERE account_id = ?1 AND key = ?2')
    .bind(accountId, await sha256Hex(idem))
    .first<Record<string, unknown>>();
}

describe('Idempotency-Key', () => {
  it('replays the first response of POST /v1/api-keys: one key created, the same secret returned', async () => {
    const me = await createAccount();
    const idem = crypto.randomUUID();
    const first = await post('/v1/api-keys', me.key, { name: 'ci' }, idem);
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const created = (await first.json()) as { id: string; key: string };

    const again = await post('/v1/api-keys', me.key, { name: 'ci' }, idem);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await again.json()).toEqual(created);

    const list = (await (await authed(me.key, '/v1/api-keys')).json()) as { data: { id: string }[] };
    expect(list.data.filter((k) => k.id === created.id)).toHaveLength(1);
    expect(list.data).toHaveLength(2); // the test key and the one created once

    // At rest: neither the Idempotency-Key nor the secret is readable in D1.
    const row = await record(me.accountId, idem);
    expect(row).toMatchObject({ state: 'done', response_status: 201, method: 'POST', path: '/v1/api-keys' });
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(JSON.stringify(row)).not.toContain(idem);
  });

  it('replays a saving POST /v1/charts without charging the quota or saving again', async () => {
    const me = await createAccount();
    const idem = 'chart-req-0001';
    const first = await post('/v1/charts', me.key, { ...chartBody, save: true }, idem);
    expect(first.status).toBe(201);
    const body = await first.text();
    const again = await post('/v1/charts', me.key, { ...chartBody, save: true }, idem);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(await again.text()).toBe(body);
    expect(await usedToday(me.key, 'charts')).toBe(1);
    const saved = await env.DB.prepare('SELECT count(*) AS n FROM charts WHERE account_id = ?1')
      .bind(me.accountId)
      .first<{ n: number }>();
    expect(saved?.n).toBe(1);
  });

  it('a chart that is only computed creates nothing: no lock, no record, no D1 on its path', async () => {
    const me = await createAccount();
    const first = await post('/v1/charts', me.key, chartBody, 'compute-only');
    const again = await post('/v1/charts', me.key, chartBody, 'compute-only');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM idempotency_keys WHERE account_id = ?1')
      .bind(me.accountId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it('the same key with a different body, method or path is a 422', async () => {
    const me = await createAccount();
    const idem = 'reuse-me';
    expect((await post('/v1/charts', me.key, { ...chartBody, save: true }, idem)).status).toBe(201);
    const other = await post('/v1/charts', me.key, { ...chartBody, minute: 31, save: true }, idem);
    expect(other.status).toBe(422);
    expect((await problemOf(other)).type).toMatch(/idempotency-key-reused$/);
    const otherPath = await post('/v1/api-keys', me.key, chartBody, idem);
    expect(otherPath.status).toBe(422);
  });

  it('is scoped per account: the same key in two accounts is two requests', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const ra = await post('/v1/api-keys', a.key, { name: 'x' }, 'shared-key');
    const rb = await post('/v1/api-keys', b.key, { name: 'x' }, 'shared-key');
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    expect(rb.headers.get('Idempotent-Replayed')).toBeNull();
    expect(((await ra.json()) as { id: string }).id).not.toBe(((await rb.json()) as { id: string }).id);
  });

  it('a request still running answers 409; an abandoned lock is taken over', async () => {
    const me = await createAccount();
    const idem = 'in-flight';
    const raw = JSON.stringify({ name: 'slow' });
    const hash = await sha256Hex(`POST\n/v1/api-keys\n${me.keyId}\n${raw}`);
    const lock = env.DB.prepare(
      `INSERT OR REPLACE INTO idempotency_keys
         (account_id, key, method, path, request_hash, state, created_at, locked_until)
       VALUES (?1, ?2, 'POST', '/v1/api-keys', ?3, 'running', ?4, ?4 + ${LOCK_LEASE_MS})`,
    );
    await lock.bind(me.accountId, await sha256Hex(idem), hash, Date.now()).run();
    const busy = await post('/v1/api-keys', me.key, { name: 'slow' }, idem);
    expect(busy.status).toBe(409);
    expect(busy.headers.get('Retry-After')).toBe('1');
    expect((await problemOf(busy)).type).toMatch(/idempotency-key-in-use$/);

    // The same lock, but its holder died a lease ago (it stopped renewing): the next request runs.
    await lock.bind(me.accountId, await sha256Hex(idem), hash, Date.now() - LOCK_LEASE_MS - 1000).run();
    const taken = await post('/v1/api-keys', me.key, { name: 'slow' }, idem);
    expect(taken.status).toBe(201);
    expect(taken.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('a crashed request costs a retry at most one lease (10 s) of 409s, not minutes', async () => {
    const me = await createAccount();
    const idem = 'crashed-holder';
    const raw = JSON.stringify({ name: 'after a crash' });
    const hash = await sha256Hex(`POST\n/v1/api-keys\n${me.keyId}\n${raw}`);
    // What a request that died 11 s after taking the lock leaves: "running", never renewed since.
    const takenAt = Date.now() - LOCK_LEASE_MS - 1000;
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (account_id, key, method, path, request_hash, state, created_at, locked_until)
       VALUES (?1, ?2, 'POST', '/v1/api-keys', ?3, 'running', ?4, ?5)`,
    )
      .bind(me.accountId, await sha256Hex(idem), hash, takenAt, takenAt + LOCK_LEASE_MS)
      .run();
    const retry = await post('/v1/api-keys', me.key, { name: 'after a crash' }, idem);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('a live request renews its lock: it keeps it past a lease, and its answer is the one replayed', async () => {
    setLockLease(600); // renewed every 200 ms
    try {
      const me = await createAccount({ tier: 'unlimited' });
      const idem = 'long-runner';
      // The first request's key insert takes 1.5 s (a wrapped D1 that delays that statement).
      const slowDb = new Proxy(env.DB, {
        get(target, prop) {
          if (prop !== 'prepare') return Reflect.get(target, prop).bind(target);
          return (sql: string) => {
            const stmt = target.prepare(sql);
            if (!/^\s*insert into "api_keys"/i.test(sql)) return stmt;
            return new Proxy(stmt, {
              get(s, q) {
                const v = Reflect.get(s, q);
                if (q === 'bind') return (...args: unknown[]) => delayed(s.bind(...args));
                return typeof v === 'function' ? v.bind(s) : v;
              },
            });
          };
        },
      });
      const delayed = (stmt: D1PreparedStatement) =>
        new Proxy(stmt, {
          get(s, q) {
            const v = Reflect.get(s, q);
            if (q === 'run' || q === 'all' || q === 'raw' || q === 'first') {
              return async (...a: unknown[]) => {
                await new Promise((r) => setTimeout(r, 1500));
                return (v as (...x: unknown[]) => unknown).apply(s, a);
              };
            }
            return typeof v === 'function' ? v.bind(s) : v;
          },
        });
      const ctx = createExecutionContext();
      const request = new Request('https://api.test/v1/api-keys', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${me.key}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': idem,
        },
        body: JSON.stringify({ name: 'long' }),
      });
      const first = worker.fetch(request, { ...env, DB: slowDb }, ctx);
      await new Promise((r) => setTimeout(r, 1000)); // past the 600 ms lease: only renewals keep it
      const meanwhile = await post('/v1/api-keys', me.key, { name: 'long' }, idem);
      expect(meanwhile.status).toBe(409);
      expect((await problemOf(meanwhile)).type).toMatch(/idempotency-key-in-use$/);
      const answer = await first;
      await waitOnExecutionContext(ctx);
      expect(answer.status).toBe(201);
      const created = (await answer.json()) as { id: string };
      const replay = await post('/v1/api-keys', me.key, { name: 'long' }, idem);
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      expect(((await replay.json()) as { id: string }).id).toBe(created.id);
    } finally {
      setLockLease(null);
    }
  });

  it('concurrent requests with one key run the handler once', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const idem = crypto.randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => post('/v1/api-keys', me.key, { name: 'race' }, idem)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const ids = new Set<string>();
    for (const r of responses) if (r.status === 201) ids.add(((await r.json()) as { id: string }).id);
    expect(ids.size).toBe(1);
    const list = (await (await authed(me.key, '/v1/api-keys')).json()) as { data: { name: string }[] };
    expect(list.data.filter((k) => k.name === 'race')).toHaveLength(1);
  });

  it('rejects a malformed key with a 400 naming the header', async () => {
    const me = await createAccount();
    for (const bad of ['x'.repeat(256), 'tab\there', 'del\x7fhere']) {
      const res = await post('/v1/api-keys', me.key, { name: 'x' }, bad);
      expect(res.status).toBe(400);
      const p = await problemOf(res);
      expect(p.errors?.[0]).toMatchObject({ path: 'Idempotency-Key', location: 'header' });
    }
    expect((await post('/v1/api-keys', me.key, { name: 'ok' }, 'x'.repeat(255))).status).toBe(201);
  });

  it('stores 4xx answers but not 429 (nor 5xx): the client may retry those', async () => {
    const me = await createAccount();
    const invalid = await post('/v1/charts', me.key, { ...chartBody, month: 13, save: true }, 'bad-body');
    expect(invalid.status).toBe(400);
    const replay = await post('/v1/charts', me.key, { ...chartBody, month: 13, save: true }, 'bad-body');
    expect(replay.status).toBe(400);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');

    const items = Array.from({ length: 60 }, (_, i) => ({ ...chartBody, minute: i }));
    const over = await post('/v1/batch/charts', me.key, { items }, 'too-big');
    expect(over.status).toBe(429);
    expect(await record(me.accountId, 'too-big')).toBeNull();
  });

  it('a record older than 24 h is absent, and the daily cron prunes it', async () => {
    const me = await createAccount();
    const idem = 'yesterday';
    const old = Date.now() - IDEMPOTENCY_TTL_MS - 60_000;
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (account_id, key, method, path, request_hash, state, response_status,
         response_headers, response_body, created_at)
       VALUES (?1, ?2, 'POST', '/v1/api-keys', 'other-hash', 'done', 201, '{}', NULL, ?3)`,
    )
      .bind(me.accountId, await sha256Hex(idem), old)
      .run();
    const res = await post('/v1/api-keys', me.key, { name: 'fresh' }, idem);
    expect(res.status).toBe(201); // not a 422: the old record no longer counts
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();

    await env.DB.prepare(
      `INSERT INTO idempotency_keys (account_id, key, method, path, request_hash, state, created_at)
       VALUES (?1, 'stale', 'POST', '/v1/charts', 'h', 'done', ?2)`,
    )
      .bind(me.accountId, old)
      .run();
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now() }),
      env,
      createExecutionContext(),
    );
    const left = await env.DB.prepare('SELECT key FROM idempotency_keys WHERE account_id = ?1')
      .bind(me.accountId)
      .all<{ key: string }>();
    expect(left.results.map((r) => r.key)).toEqual([await sha256Hex(idem)]);
  });
});

describe('replays go only to the key that made the first request', () => {
  it("another key of the account (fewer scopes) gets 422, never the first key's answer", async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const keysOnly = await addKey(admin.accountId, ['keys']);
    const webhooksOnly = await addKey(admin.accountId, ['webhooks']);
    // An admin key minted through POST /v1/api-keys, then the same request from a keys-only key.
    const mint = { name: 'ci', scopes: ['keys', 'admin'] };
    const first = await post('/v1/api-keys', admin.key, mint, 'cross-key-1');
    expect(first.status).toBe(201);
    const replay = await post('/v1/api-keys', keysOnly, mint, 'cross-key-1');
    expect(replay.status).toBe(422);
    expect(replay.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await replay.text()).not.toContain('sk_live_');
    // An operator endpoint's secret, created by the admin key, replayed to a webhooks-only key.
    const hook = { url: 'https://receiver.example/ops', events: ['user.registered'] };
    const created = await post('/v1/webhooks', admin.key, hook, 'cross-key-2');
    expect(created.status).toBe(201);
    const stolen = await post('/v1/webhooks', webhooksOnly, hook, 'cross-key-2');
    expect(stolen.status).toBe(422);
    expect(await stolen.text()).not.toContain('whsec_');
    // The first key still gets its replay.
    const again = await post('/v1/api-keys', admin.key, mint, 'cross-key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
  });
});
