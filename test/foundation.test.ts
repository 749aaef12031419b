import {
  createExecutionContext,
  createMessageBatch,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { validate } from '@scalar/openapi-parser';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app';
import type { EventMessage } from '../src/env';
import worker from '../src/index';
import { makeEvent, publishEvent } from '../src/platform/events';
import { generateKey } from '../src/platform/keys';
import { loggable, toProblem } from '../src/platform/problem';
import { authed, call, createAccount, problemOf, waitFor } from './helpers';

describe('health', () => {
  it('reports D1 and KV reachable, with a request id', async () => {
    const res = await call('/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> };
    expect(body.status).toBe('ok');
    expect(body.checks.d1?.ok).toBe(true);
    expect(body.checks.kv?.ok).toBe(true);
  });

  it('echoes a well-formed caller request id and replaces a hostile one', async () => {
    const mine = await call('/v1/health', { headers: { 'X-Request-Id': 'client-abc_123' } });
    expect(mine.headers.get('X-Request-Id')).toBe('client-abc_123');
    const hostile = await call('/v1/health', { headers: { 'X-Request-Id': '<script>alert(1)</script>' } });
    expect(hostile.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors are RFC 9457 problems', () => {
  it('unknown path: 404 problem with the request id', async () => {
    const { key } = await createAccount();
    const res = await authed(key, '/v1/nope');
    expect(res.status).toBe(404);
    const body = await problemOf(res);
    expect(body).toMatchObject({ status: 404, title: 'Not found', instance: '/v1/nope' });
    expect(body.type).toMatch(/^https:\/\//);
    expect(body.request_id).toBe(res.headers.get('X-Request-Id'));
  });

  it('a known path with another method: 405 problem with Allow', async () => {
    const { key } = await createAccount();
    const res = await authed(key, '/v1/charts', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, POST');
    expect((await problemOf(res)).status).toBe(405);
    const param = await authed(key, '/v1/api-keys/key_x/revoke', { method: 'DELETE' });
    expect(param.status).toBe(405);
    expect(param.headers.get('Allow')).toBe('PATCH');
  });

  it('an unexpected exception is an opaque 500 problem that leaks nothing', async () => {
    const app = createApp();
    app.get('/boom', () => {
      throw new Error('secret internals: password=hunter2');
    });
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request('https://api.test/boom'), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(500);
    const body = await problemOf(res);
    expect(body).toMatchObject({ status: 500, title: 'Internal server error' });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(body.request_id).toBe(res.headers.get('X-Request-Id'));
  });

  it('unknown path outside /v1: 404 problem, never HTML', async () => {
    const res = await call('/wp-admin.php');
    expect(res.status).toBe(404);
    await problemOf(res);
  });

  it('a body over the limit is 413 before parsing', async () => {
    const { key } = await createAccount();
    const res = await authed(key, '/v1/charts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"x":"${'a'.repeat(1_100_000)}"}`,
    });
    expect(res.status).toBe(413);
    expect((await problemOf(res)).status).toBe(413);
  });

  it('a non-JSON media type is 415', async () => {
    const { key } = await createAccount();
    const res = await authed(key, '/v1/charts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: '<chart/>',
    });
    expect(res.status).toBe(415);
    await problemOf(res);
  });

  it('security headers and CORS are present', async () => {
    const res = await call('/v1/health', { headers: { Origin: 'https://app.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Server-Timing')).toContain('total');
  });

  it('browsers may read every documented response header and send the documented request headers', async () => {
    const res = await call('/v1/health', { headers: { Origin: 'https://app.example' } });
    const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const name of ['X-Cache-Key', 'X-RateLimit-Remaining', 'RateLimit', 'Retry-After', 'Location']) {
      expect(exposed).toContain(name.toLowerCase());
    }
    const preflight = await call('/v1/charts', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key, x-request-id',
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const name of ['authorization', 'x-api-key', 'idempotency-key', 'if-none-match', 'x-request-id']) {
      expect(allowed).toContain(name);
    }
  });
});

describe('D1 failures', () => {
  it('transient ones are 503s with Retry-After; constraint violations and SQL mistakes stay 500s', async () => {
    // Real errors from the local D1, as workerd words them ("D1_ERROR: ..." for all of them).
    const real = async (sql: string) => {
      try {
        await env.DB.prepare(sql).run();
      } catch (err) {
        return err;
      }
      throw new Error(`expected ${sql} to fail`);
    };
    const id = `acct_${crypto.randomUUID().replaceAll('-', '')}`;
    const insert = `INSERT INTO accounts (id, email, name, tier, role) VALUES ('${id}', '${id}@x', 'x', 'free', 'user')`;
    await env.DB.prepare(insert).run();
    const constraint = await real(insert);
    const noColumn = await real('SELECT no_such_column FROM accounts');
    expect(String((constraint as Error).message)).toMatch(/^D1_ERROR/);
    expect(toProblem(constraint).status).toBe(500);
    expect(toProblem(noColumn).status).toBe(500);
    // Drizzle wraps D1 errors and quotes the parameters (user input) in its own message: only the cause counts.
    const wrapped = (cause: Error, params: unknown[] = []) =>
      new DrizzleQueryError('insert ...', params, cause);
    expect(toProblem(wrapped(constraint as Error, ['Network connection lost'])).status).toBe(500);
    // Logged without the parameters drizzle quotes (user input, key hashes, webhook secrets).
    const secret = wrapped(constraint as Error, ['whsec_do_not_log']);
    expect(secret.message).toContain('whsec_do_not_log');
    expect(loggable(secret, true)).not.toContain('whsec_do_not_log');
    expect(loggable(secret)).toContain('UNIQUE constraint failed');
    for (const message of [
      'D1_ERROR: Network connection lost.',
      'D1 DB is overloaded. Too many requests queued.',
      'D1_ERROR: storage operation exceeded timeout which caused object to be reset.',
    ]) {
      for (const err of [new Error(message), wrapped(new Error(message))]) {
        const p = toProblem(err);
        expect(p.status, message).toBe(503);
        expect(p.headers?.['Retry-After'], message).toBeDefined();
      }
    }
  });
});

describe('authentication', () => {
  it('missing key: 401 with WWW-Authenticate', async () => {
    const res = await call('/v1/account');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect((await problemOf(res)).detail).toMatch(/Missing API key/);
  });

  it('malformed and checksum-invalid keys: 401 without a lookup', async () => {
    const good = generateKey();
    const last = good.slice(-1);
    const typo = `${good.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`; // one character off: the checksum fails
    // An env whose D1 throws and a spy on the Cache API: neither may be touched.
    const noDb = {
      ...env,
      DB: new Proxy(env.DB, {
        get() {
          throw new Error('D1 must not be read for a malformed key');
        },
      }),
    };
    const match = vi.spyOn(caches.default, 'match');
    try {
      for (const bad of ['nope', 'sk_live_short', typo]) {
        const ctx = createExecutionContext();
        const res = await worker.fetch(
          new Request('https://api.test/v1/account', { headers: { Authorization: `Bearer ${bad}` } }),
          noDb,
          ctx,
        );
        await waitOnExecutionContext(ctx);
        expect(res.status).toBe(401);
        expect((await problemOf(res)).detail).toMatch(/malformed/);
      }
      expect(match).not.toHaveBeenCalled();
    } finally {
      match.mockRestore();
    }
  });

  it('a well-formed but unknown key: 401', async () => {
    const res = await authed(generateKey(), '/v1/account');
    expect(res.status).toBe(401);
    expect((await problemOf(res)).detail).toMatch(/Unknown API key/);
  });

  it('an expired key: 401', async () => {
    const { key } = await createAccount({ expiresAt: Date.now() - 1000 });
    const res = await authed(key, '/v1/nope');
    expect(res.status).toBe(401);
    expect((await problemOf(res)).detail).toMatch(/expired/);
  });

  it('a revoked key: 401', async () => {
    const { key, keyId } = await createAccount();
    await env.DB.prepare('UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2').bind(Date.now(), keyId).run();
    const res = await authed(key, '/v1/nope');
    expect(res.status).toBe(401);
    expect((await problemOf(res)).detail).toMatch(/revoked/);
  });

  it('accepts X-API-Key as well as Bearer', async () => {
    const { key } = await createAccount();
    const res = await call('/v1/nope', { headers: { 'X-API-Key': key } });
    expect(res.status).toBe(404); // authenticated, then no such route
  });
});

describe('OpenAPI document and docs', () => {
  it('is a valid OpenAPI 3.1 document with security schemes and operation ids', async () => {
    const res = await call('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(
      expect.arrayContaining(['bearerAuth', 'apiKeyHeader']),
    );
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves /docs with its script from this Worker (no CDN)', async () => {
    const page = await call('/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/vendor/scalar/standalone.js');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)/);
    const script = await call('/vendor/scalar/standalone.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});

describe('event log', () => {
  it('the consumer writes a batch of events to D1 and survives a redelivery', async () => {
    const events = [
      makeEvent('chart.calculated', { chart: 1 }, 'acct_x'),
      makeEvent('user.registered', { a: 2 }, null),
    ];
    const messages = events.map((body, i) => ({ id: `m${i}`, timestamp: Date.now(), attempts: 1, body }));
    for (let round = 0; round < 2; round++) {
      const batch = createMessageBatch<EventMessage>('stellar-events', messages);
      const ctx = createExecutionContext();
      await worker.queue(batch as MessageBatch<unknown>, env, ctx);
      const result = await getQueueResult(batch, ctx);
      expect(result.ackAll).toBe(true);
    }
    const rows = await env.DB.prepare('SELECT id, type, account_id, data FROM events WHERE id IN (?1, ?2)')
      .bind(events[0]?.id, events[1]?.id)
      .all();
    expect(rows.results).toHaveLength(2);
    expect(rows.results.find((r) => r.type === 'chart.calculated')).toMatchObject({
      account_id: 'acct_x',
      data: '{"chart":1}',
    });
  });

  it('publishEvent goes through the real queue to D1', async () => {
    const ctx = createExecutionContext();
    const event = publishEvent(
      ctx,
      env,
      'payment.received',
      { invoice_id: 'in_1', amount: 100, currency: 'usd' },
      'acct_y',
    );
    expect(event.id).toMatch(/^evt_/);
    await getQueueResult(createMessageBatch('stellar-events', []), ctx); // waits for waitUntil
    const row = await waitFor(
      'the event in the log',
      async () =>
        (await env.DB.prepare('SELECT type FROM events WHERE id = ?1').bind(event.id).first()) ?? undefined,
    );
    expect(row).toEqual({ type: 'payment.received' });
  });
});
