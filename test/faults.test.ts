/**
 * Fault injection (issue 12): the platform under failing dependencies, in workerd against the real local
 * D1, KV, Durable Objects and Queues. Nothing is mocked: faults are injected by wrapping bindings and
 * handing the wrapped env to the Worker's own fetch/queue handlers:
 *   - faultyD1(): a wrapper of env.DB whose statements matching a rule throw a real-looking D1 error,
 *     either before running ("D1_ERROR: Network connection lost.") or after committing (the answer is
 *     lost on the way back), once, always, or "D1 down from then on";
 *   - a RATE_LIMITER namespace whose stubs throw on every call;
 *   - a webhook receiver (outbound fetch to https://receiver.example) that refuses connections, answers
 *     503, or loses its 200 after processing;
 *   - queue producers wrapping a real Queue binding (test/queues.ts): recording what is sent on to the
 *     real queue, refusing sends, or holding messages that the test then delivers itself, message by
 *     message (createMessageBatch + getQueueResult; retried messages are delivered again with
 *     attempts + 1, as Queues does), so retries and redeliveries are deterministic.
 *
 * The write routes come from /openapi.json: every operation that is not a GET must have its D1 fault
 * cases below, or be listed among the operations that write no D1 row (and that is checked too).
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Env, EventMessage } from '../src/env';
import worker from '../src/index';
import {
  type BatchMessage,
  completedEventId,
  MAX_DELIVERIES,
  UNQUEUED_AFTER_MS,
} from '../src/platform/batch';
import { makeEvent } from '../src/platform/events';
import { derivedId, newId } from '../src/platform/ids';
import { CRASH_RETRY_DELAY_SECONDS, consumeWebhooks, fanOutEvents } from '../src/platform/webhooks';
import { loadOperations, type Operation } from './api-surface';
import { loadFamousPeople } from './famous-fixtures';
import {
  addKeys,
  clientAddress,
  createAccount,
  fetchWith,
  json,
  settledDeliveries,
  usedToday,
  waitFor,
} from './helpers';
import { CHARLES, DIANA, NEW_YORK_1990 } from './people';
import { loadPlaceFixtures } from './places-fixtures';
import { heldQueue, type QueuedMessage, recordingQueue } from './queues';
import { type Received, receiver, useReceivers } from './receivers';

const D1_DOWN = 'D1_ERROR: Network connection lost.';

// ------------------------------------------------------------------------------------------ D1 faults

interface Rule {
  /** Which statements (their SQL) the fault hits. */
  sql: RegExp;
  /** Narrow it down by the bound parameters. */
  args?: (args: unknown[]) => boolean;
  /** How many times it fires (default: every time). */
  times?: number;
  /** 'before': the statement never runs. 'after': it commits, then the answer is lost. */
  mode?: 'before' | 'after';
  /** After firing once, every later statement fails too (D1 unreachable from then on). */
  down?: boolean;
}

interface FaultyD1 {
  db: D1Database;
  /** Statements the faults hit (SQL, first line). */
  hits: string[];
  /** Every committed batch's results, with its statements' SQL (for counting writes). */
  committed: { sql: string[]; results: D1Result[] }[];
}

/**
 * A D1Database that behaves like env.DB except where a rule fires. A batch is all or nothing, as in D1:
 * if a rule hits any of its statements, none of them runs ('before') or all of them commit ('after').
 */
function faultyD1(real: D1Database, rules: Rule[]): FaultyD1 {
  const left = rules.map((r) => r.times ?? Number.POSITIVE_INFINITY);
  const hits: string[] = [];
  const committed: FaultyD1['committed'] = [];
  let isDown = false;
  const info = new WeakMap<object, { stmt: D1PreparedStatement; sql: string; args: unknown[] }>();
  const fail = () => new Error(D1_DOWN);

  const fire = (sql: string, args: unknown[]): Rule | null => {
    if (isDown) return { sql: /./, mode: 'before' };
    for (const [i, rule] of rules.entries()) {
      if ((left[i] as number) > 0 && rule.sql.test(sql) && (!rule.args || rule.args(args))) {
        left[i] = (left[i] as number) - 1;
        hits.push(sql.trim().split('\n')[0] as string);
        if (rule.down) isDown = true;
        return rule;
      }
    }
    return null;
  };

  const wrap = (stmt: D1PreparedStatement, sql: string, args: unknown[]): D1PreparedStatement => {
    const exec = async <T>(run: () => Promise<T>): Promise<T> => {
      const rule = fire(sql, args);
      if (!rule) return run();
      if (rule.mode === 'after') await run();
      throw fail();
    };
    const w = {
      bind: (...a: unknown[]) => wrap(stmt.bind(...a), sql, a),
      first: (col?: string) => exec(() => (col === undefined ? stmt.first() : stmt.first(col))),
      run: () => exec(() => stmt.run()),
      all: () => exec(() => stmt.all()),
      raw: (opts?: { columnNames?: boolean }) => exec(() => stmt.raw(opts as { columnNames: true })),
    } as unknown as D1PreparedStatement;
    info.set(w, { stmt, sql, args });
    return w;
  };

  const db = {
    prepare: (sql: string) => wrap(real.prepare(sql), sql, []),
    batch: async (stmts: D1PreparedStatement[]) => {
      const parts = stmts.map((s) => info.get(s) ?? { stmt: s, sql: '', args: [] });
      let rule: Rule | null = null;
      for (const p of parts) rule ??= fire(p.sql, p.args);
      if (rule && rule.mode !== 'after') throw fail();
      const results = await real.batch(parts.map((p) => p.stmt));
      committed.push({ sql: parts.map((p) => p.sql), results });
      if (rule) throw fail();
      return results;
    },
    exec: (q: string) => real.exec(q),
    dump: () => real.dump(),
    withSession: () => db,
  } as unknown as D1Database;
  return { db, hits, committed };
}

const call = (path: string, init: Parameters<typeof fetchWith>[2] = {}) => fetchWith(env, path, init);

/** The method fetchWith uses for these options. */
const methodOf = (init: Parameters<typeof fetchWith>[2] = {}) =>
  init.method ?? (init.body || init.json !== undefined ? 'POST' : 'GET');

let operations: Promise<Operation[]> | undefined;

/** The operation of /openapi.json serving `method path` (the most specific template that matches). */
async function operationOf(method: string, path: string): Promise<Operation | undefined> {
  operations ??= loadOperations();
  const bare = path.split('?')[0] as string;
  const re = (template: string) =>
    new RegExp(`^${template.replace(/[.+*?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`);
  return (await operations)
    .filter((o) => o.method === method && re(o.path).test(bare))
    .sort((a, b) => a.pathParams.length - b.pathParams.length)[0];
}

/** A clean 503 problem, and one the document announces for the operation (`method path`). */
async function expect503(res: Response, method: string, path: string) {
  expect(res.status, await res.clone().text()).toBe(503);
  const op = await operationOf(method, path);
  expect(op, `${method} ${path} is an operation of /openapi.json`).toBeDefined();
  expect(op?.statuses.has(503), `${op?.name} documents 503`).toBe(true);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: 503, title: 'Service unavailable' });
  expect(JSON.stringify(body)).not.toMatch(/D1_ERROR|Network connection/); // nothing internal leaks
  return body;
}

/** Every row the account owns, in every table a write route touches (usage counters left out). */
async function snapshot(accountId: string) {
  const q = (sql: string) =>
    env.DB.prepare(sql)
      .bind(accountId)
      .all()
      .then((r) => r.results);
  return {
    accounts: await q('SELECT * FROM accounts WHERE id = ?1'),
    api_keys: await q(
      'SELECT id, name, prefix, hash, scopes, created_at, expires_at, revoked_at, replaced_by FROM api_keys WHERE account_id = ?1 ORDER BY id',
    ),
    charts: await q('SELECT * FROM charts WHERE account_id = ?1 ORDER BY id'),
    webhook_endpoints: await q('SELECT * FROM webhook_endpoints WHERE account_id = ?1 ORDER BY id'),
    webhook_deliveries: await q('SELECT * FROM webhook_deliveries WHERE account_id = ?1 ORDER BY id'),
    webhook_attempts: await q(
      `SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
       WHERE d.account_id = ?1 ORDER BY a.id`,
    ),
    batch_jobs: await q('SELECT * FROM batch_jobs WHERE account_id = ?1 ORDER BY id'),
    batch_items: await q(
      `SELECT i.* FROM batch_items i JOIN batch_jobs j ON j.id = i.job_id
       WHERE j.account_id = ?1 ORDER BY i.job_id, i.idx`,
    ),
    idempotency_keys: await q('SELECT * FROM idempotency_keys WHERE account_id = ?1 ORDER BY key'),
    stripe_events: await q('SELECT * FROM stripe_events WHERE account_id = ?1 ORDER BY id'),
    calendars: await q('SELECT * FROM calendars WHERE account_id = ?1 ORDER BY id'),
    chart_alerts: await q('SELECT * FROM chart_alerts WHERE account_id = ?1 ORDER BY chart_id'),
  };
}

// ------------------------------------------------------------------------------------------ receivers

useReceivers();

beforeAll(async () => {
  await loadFamousPeople();
  await loadPlaceFixtures();
});

// ------------------------------------------------------------------------------------------ 1. webhooks

describe('1. webhook receiver down, then back: nothing lost, each event processed once', () => {
  it('refused connections and 503s are retried on the schedule; a lost 200 and a consumer crash redeliver the same webhook-id, which the receiver de-duplicates', async () => {
    const acct = await createAccount({ tier: 'basic' });

    // The receiver: refuses 5 connections, answers 503 three times, then is up. It verifies every
    // request with standardwebhooks and processes each webhook-id once (a de-duplicating receiver).
    const processed = new Map<string, number>();
    const duplicates: string[] = [];
    const invalid: string[] = [];
    const mismatched: string[] = [];
    let lostId: string | null = null;
    let lost = false;
    let secret = '';
    const r = receiver((got, n) => {
      if (n <= 5) throw new TypeError('Network connection refused');
      if (n <= 8) return new Response('maintenance', { status: 503 });
      let payload: { id: string };
      try {
        payload = new Webhook(secret).verify(got.body, got.headers) as { id: string };
      } catch (err) {
        invalid.push(String(err));
        return new Response('bad signature', { status: 400 });
      }
      const id = got.headers['webhook-id'] as string;
      // Checked after the run: an expect thrown in here would only look like a failed connection.
      if (payload.id !== id) mismatched.push(`${payload.id} != ${id}`);
      if (processed.has(id)) {
        duplicates.push(id);
        return new Response('duplicate, already processed');
      }
      processed.set(id, (processed.get(id) ?? 0) + 1);
      if (id === lostId && !lost) {
        lost = true; // processed, but the 200 never reaches us (connection reset)
        throw new TypeError('Network connection lost');
      }
      return new Response('processed');
    });
    const created = await call('/v1/webhooks', {
      key: acct.key,
      json: { url: r.url, events: ['chart.saved', 'batch.completed'] },
    });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: string; secret: string };
    secret = hook.secret;

    // Six events of the account, fanned out by the real code into deliveries (wake-ups captured).
    const queue: QueuedMessage[] = [];
    const events = Array.from({ length: 6 }, (_, i) =>
      makeEvent(i % 2 ? 'batch.completed' : 'chart.saved', { n: i }, acct.accountId),
    );
    const faults = faultyD1(env.DB, []);
    const simEnv = {
      ...env,
      DB: faults.db,
      WEBHOOK_QUEUE: heldQueue(queue),
      WEBHOOK_DLQ: heldQueue([]),
    } as Env;
    expect(await fanOutEvents(simEnv, events)).toBe(6);
    expect(queue).toHaveLength(6);
    const deliveries = (
      await env.DB.prepare(
        'SELECT id, message_id FROM webhook_deliveries WHERE endpoint_id = ?1 ORDER BY message_id',
      )
        .bind(hook.id)
        .all<{ id: string; message_id: string }>()
    ).results;
    expect(deliveries).toHaveLength(6);
    const messageIds = deliveries.map((d) => d.message_id);
    lostId = messageIds[2] as string;
    // A consumer crash after a successful send: recording the attempt of delivery 4's 200 fails once.
    const crashed = deliveries[4] as { id: string; message_id: string };
    const crashFaults = faultyD1(env.DB, [
      {
        sql: /insert into "webhook_attempts"/i,
        args: (a) => a.at(-1) === crashed.id && a[1] === 200,
        times: 1,
      },
    ]);
    simEnv.DB = crashFaults.db;

    // Queues, simulated: deliver what is queued; retried messages come back with attempts + 1.
    const delays: (number | undefined)[] = [];
    for (let round = 0; round < 20 && queue.length > 0; round++) {
      // Time passes: whatever was scheduled is due now.
      await env.DB.prepare(
        "UPDATE webhook_deliveries SET next_attempt_at = 0 WHERE endpoint_id = ?1 AND status = 'pending'",
      )
        .bind(hook.id)
        .run();
      const messages = queue.splice(0);
      const batch = createMessageBatch(
        'stellar-webhooks',
        messages.map((m) => ({ id: m.id, timestamp: new Date(), attempts: m.attempts, body: m.body })),
      );
      const retryDelay = new Map<string, number | undefined>();
      for (const m of batch.messages) {
        const retry = m.retry.bind(m);
        Object.defineProperty(m, 'retry', {
          value: (o?: QueueRetryOptions) => {
            retryDelay.set(m.id, o?.delaySeconds);
            retry(o);
          },
        });
      }
      const ctx = createExecutionContext();
      await consumeWebhooks(batch, simEnv, () => 0.5);
      const result = await getQueueResult(batch, ctx);
      expect(result.explicitAcks.length + result.retryMessages.length).toBe(messages.length);
      for (const { msgId } of result.retryMessages) {
        const m = messages.find((x) => x.id === msgId) as QueuedMessage;
        delays.push(retryDelay.get(msgId));
        queue.push({ ...m, attempts: m.attempts + 1 });
      }
    }
    expect(queue).toEqual([]);

    // Nothing lost, nothing processed twice, every request properly signed.
    expect(invalid).toEqual([]);
    expect(mismatched).toEqual([]);
    expect([...processed.keys()].sort()).toEqual([...messageIds].sort());
    expect([...processed.values()].every((n) => n === 1)).toBe(true);
    // The platform did redeliver (at least once): the lost 200 and the crash, under the same webhook-id.
    expect(duplicates.sort()).toEqual([lostId, crashed.message_id].sort());
    expect(crashFaults.hits).toHaveLength(1);
    for (const id of messageIds) {
      const seen = r.requests.filter((q) => q.headers['webhook-id'] === id);
      expect(seen.length, id).toBeGreaterThanOrEqual(2); // every event met the outage at least once
    }
    // The schedule: immediate, then 5 s, then 5 min (random 0.5: no jitter); crashes retry after 10 s.
    expect(new Set(delays)).toEqual(new Set([5, 300, CRASH_RETRY_DELAY_SECONDS]));

    // The delivery log: the failed attempts, then the success; the endpoint healthy again.
    const log = (await (
      await call(`/v1/webhooks/${hook.id}/deliveries?limit=100`, { key: acct.key })
    ).json()) as {
      data: {
        id: string;
        message_id: string;
        status: string;
        attempt_count: number;
        attempts: { attempt: number; status_code: number | null; error: string | null }[];
      }[];
    };
    expect(log.data).toHaveLength(6);
    for (const d of log.data) {
      expect(d.status, d.message_id).toBe('succeeded');
      expect(d.attempts.map((a) => a.attempt)).toEqual(d.attempts.map((_, i) => i + 1));
      expect(d.attempt_count).toBe(d.attempts.length);
      const last = d.attempts.at(-1);
      expect(last?.status_code).toBe(200);
      const failures = d.attempts.slice(0, -1);
      expect(failures.length).toBeGreaterThanOrEqual(1);
      for (const a of failures) {
        expect(
          a.status_code === 503 || (a.status_code === null && /Network connection/.test(a.error ?? '')),
        ).toBe(true);
      }
    }
    const refused = log.data
      .flatMap((d) => d.attempts)
      .filter((a) => a.error === 'Network connection refused');
    expect(refused).toHaveLength(5);
    expect(log.data.flatMap((d) => d.attempts).filter((a) => a.status_code === 503)).toHaveLength(3);
    // The lost 200 is recorded as a failed attempt (no answer), then the redelivery succeeded.
    const lostLog = log.data.find((d) => d.message_id === lostId);
    expect(lostLog?.attempts.some((a) => a.error === 'Network connection lost')).toBe(true);
    const ep = (await (await call(`/v1/webhooks/${hook.id}`, { key: acct.key })).json()) as Record<
      string,
      unknown
    >;
    expect(ep).toMatchObject({ enabled: true, failing_since: null });
  });
});

// ------------------------------------------------------------------------------------------ 2. batch

describe('2. a batch consumer that throws mid-job', () => {
  it('D1 failures before and after commit, on reads and on the final write: every item once, one batch.completed, charged once', async () => {
    const acct = await createAccount({ tier: 'basic' });
    // Two endpoints that get batch.completed: one naming it, one with "*".
    const [rNamed, rAll] = [receiver(), receiver()];
    const hookIds: string[] = [];
    for (const [r, events] of [
      [rNamed, ['batch.completed']],
      [rAll, ['*']],
    ] as const) {
      const hook = await call('/v1/webhooks', { key: acct.key, json: { url: r.url, events } });
      expect(hook.status).toBe(201);
      hookIds.push(((await hook.json()) as { id: string }).id);
    }
    const items = Array.from({ length: 25 }, (_, i) => ({
      ...NEW_YORK_1990,
      full_name: `Fault ${i}`,
      year: 1930 + i,
      minute: (i * 7) % 60,
    }));
    // The route stores the job and queues its chunks; the test delivers them.
    const chunks: QueuedMessage[] = [];
    const routeEnv = { ...env, BATCH_QUEUE: heldQueue(chunks) } as Env;
    const res = await fetchWith(routeEnv, '/v1/batch/charts', { key: acct.key, json: { items } });
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string };
    expect(chunks.map((m) => m.body)).toEqual([
      { job_id: job.id, start: 0, end: 10 },
      { job_id: job.id, start: 10, end: 20 },
      { job_id: job.id, start: 20, end: 25 },
    ]);
    expect(await usedToday(acct.key, 'charts')).toBe(25);

    const chunkOf = (start: number) => (a: unknown[]) =>
      a[1] === job.id && typeof a[0] === 'string' && a[0].startsWith(`[{"idx":${start},`);
    const faults = faultyD1(env.DB, [
      // Chunk [0, 10): reading its items fails once (the consumer throws before computing anything).
      {
        sql: /select "idx", .*"input" from "batch_items"/i,
        args: (a) => a[0] === job.id && a[1] === 0,
        times: 1,
      },
      // Chunk [20, 25): its write commits but the answer is lost (the consumer throws after the commit).
      { sql: /update "batch_items" set/i, args: chunkOf(20), times: 1, mode: 'after' },
      // Chunk [10, 20): its write fails twice before commit, so it is the last chunk standing...
      { sql: /update "batch_items" set/i, args: chunkOf(10), times: 2, mode: 'before' },
      // ...and the write that finishes the job commits, but its answer is lost: the delivery that won
      // the final flip throws, and only a redelivery finds the job already completed.
      { sql: /update "batch_items" set/i, args: chunkOf(10), times: 1, mode: 'after' },
    ]);
    // Every event the consumers publish is recorded on its way to the real events queue.
    const published: EventMessage[] = [];
    const consumerEnv = {
      ...env,
      DB: faults.db,
      EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published),
    } as Env;

    let rounds = 0;
    const queue = chunks.splice(0);
    const originals = [...queue];
    const retriedStarts: number[][] = [];
    while (queue.length > 0 && rounds < 10) {
      rounds += 1;
      const messages = queue.splice(0);
      const batch = createMessageBatch<BatchMessage>(
        'stellar-batch',
        messages.map((m) => ({
          id: m.id,
          timestamp: new Date(),
          attempts: m.attempts,
          body: m.body as BatchMessage,
        })),
      );
      const ctx = createExecutionContext();
      await worker.queue(batch as MessageBatch<unknown>, consumerEnv, ctx);
      const result = await getQueueResult(batch, ctx);
      expect(result.explicitAcks.length + result.retryMessages.length).toBe(messages.length);
      const retried = result.retryMessages.map(
        (r) => messages.find((m) => m.id === r.msgId) as QueuedMessage,
      );
      retriedStarts.push(retried.map((m) => (m.body as BatchMessage).start).sort((a, b) => a - b));
      queue.push(...retried.map((m) => ({ ...m, attempts: m.attempts + 1 })));
    }
    expect(faults.hits).toHaveLength(5);
    // Round 1: every chunk threw; rounds 2 and 3: chunk 10 threw (before, then after its commit);
    // round 4: its redelivery is acked.
    expect(retriedStarts).toEqual([[0, 10, 20], [10], [10], []]);

    // The job: completed, exact counts, every item written exactly once.
    const done = (await (
      await call(`/v1/batch/${job.id}?include=results&results_limit=100`, { key: acct.key })
    ).json()) as {
      status: string;
      progress: Record<string, number>;
      results: { data: { index: number; status: string; result: { subject: { full_name: string } } }[] };
    };
    expect(done).toMatchObject({
      status: 'completed',
      progress: { total: 25, succeeded: 25, failed: 0, percent: 100 },
    });
    expect(done.results.data.map((r) => r.index)).toEqual(items.map((_, i) => i));
    expect(done.results.data.map((r) => r.result.subject.full_name)).toEqual(items.map((i) => i.full_name));
    const writes = faults.committed
      .filter((b) => /update "batch_items" set/i.test(b.sql[0] ?? ''))
      .reduce((n, b) => n + (b.results[0]?.meta.changes ?? 0), 0);
    expect(writes).toBe(25);

    // Queues delivers at least once: every chunk arrives once more, at attempts 1, after the job is done.
    // Each finds the job final and publishes batch.completed again (the winner may have lost its answer).
    const dup = createMessageBatch<BatchMessage>(
      'stellar-batch',
      originals.map((m) => ({
        id: `dup-${m.id}`,
        timestamp: new Date(),
        attempts: 1,
        body: m.body as BatchMessage,
      })),
    );
    const dupCtx = createExecutionContext();
    await worker.queue(dup as MessageBatch<unknown>, consumerEnv, dupCtx);
    expect((await getQueueResult(dup, dupCtx)).explicitAcks).toHaveLength(originals.length);

    // Published by the redelivery of round 4 and again by each duplicate that still found the event
    // unpublished in the log (the outbox mark, cleared once the events consumer has run), always as ONE
    // event: the same id every time, so "exactly once" below is not only the event log's primary key at work.
    const sent = published.filter((e) => e.type === 'batch.completed');
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(1 + originals.length);
    expect(new Set(sent.map((e) => e.id))).toEqual(new Set([completedEventId(job.id)]));

    // batch.completed: exactly once in the event log, even though the delivery that finished the job
    // never saw its answer.
    // Every copy went to the real events queue under that one id (`published` above), so once the log
    // holds it, nothing else can arrive: the primary key keeps one row, and no other id was sent.
    const completed = async () =>
      (
        await env.DB.prepare("SELECT id, data FROM events WHERE account_id = ?1 AND type = 'batch.completed'")
          .bind(acct.accountId)
          .all<{ id: string; data: string }>()
      ).results;
    const events = await waitFor('batch.completed', async () => {
      const rows = await completed();
      return rows.length > 0 ? rows : undefined;
    });
    expect(events.map((e) => e.id)).toEqual([completedEventId(job.id)]);
    expect(JSON.parse(events[0]?.data as string)).toMatchObject({
      job_id: job.id,
      status: 'completed',
      progress: { total: 25, succeeded: 25, failed: 0 },
    });
    // Each subscribed endpoint: exactly one batch.completed delivery, received once (once both deliveries
    // are settled, no request for them can come any more).
    const completions = (r: { requests: Received[] }) =>
      r.requests.filter((q) => (JSON.parse(q.body) as { type: string }).type === 'batch.completed');
    const settled = await settledDeliveries(hookIds, 2);
    expect(settled.map((d) => [d.event_type, d.status])).toEqual([
      ['batch.completed', 'succeeded'],
      ['batch.completed', 'succeeded'],
    ]);
    expect(completions(rNamed)).toHaveLength(1);
    expect(completions(rAll)).toHaveLength(1);
    const delivered = await env.DB.prepare(
      "SELECT endpoint_id, count(*) AS n FROM webhook_deliveries WHERE account_id = ?1 AND event_type = 'batch.completed' GROUP BY endpoint_id",
    )
      .bind(acct.accountId)
      .all<{ endpoint_id: string; n: number }>();
    expect(delivered.results.map((d) => d.n)).toEqual([1, 1]);
    // Charged once, up front; nothing refunded or charged again by the retries.
    expect(await usedToday(acct.key, 'charts')).toBe(25);
  }, 30_000);

  it("the LAST delivery finishes the job but loses D1's answer: the dead-letter consumer publishes batch.completed, once", async () => {
    const acct = await createAccount({ tier: 'basic' });
    const chunks: QueuedMessage[] = [];
    const res = await fetchWith({ ...env, BATCH_QUEUE: heldQueue(chunks) } as Env, '/v1/batch/charts', {
      key: acct.key,
      json: {
        items: [
          { ...NEW_YORK_1990, minute: 41 },
          { ...NEW_YORK_1990, minute: 42 },
        ],
      },
    });
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string };
    expect(chunks).toHaveLength(1);
    const msg = chunks[0] as QueuedMessage;

    const published: EventMessage[] = [];
    const faults = faultyD1(env.DB, [
      { sql: /update "batch_items" set/i, args: (a) => a[1] === job.id, times: 1, mode: 'after' },
    ]);
    const consumerEnv = {
      ...env,
      DB: faults.db,
      EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published),
    } as Env;

    // Delivery MAX_DELIVERIES (the last): it writes both items and flips the job, D1 commits, the answer
    // is lost, the consumer throws: Queues gives up on the message and dead-letters it.
    const last = createMessageBatch<BatchMessage>('stellar-batch', [
      { id: msg.id, timestamp: new Date(), attempts: MAX_DELIVERIES, body: msg.body as BatchMessage },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(last as MessageBatch<unknown>, consumerEnv, ctx);
    expect((await getQueueResult(last, ctx)).retryMessages.map((r) => r.msgId)).toEqual([msg.id]);
    expect(faults.hits).toHaveLength(1);
    const job1 = (await (await call(`/v1/batch/${job.id}`, { key: acct.key })).json()) as { status: string };
    expect(job1.status).toBe('completed');
    expect(published).toEqual([]); // nobody published: the winner never saw its RETURNING row

    // On the dead-letter queue the message starts over at attempts 1, and finds the job already final.
    const dead = createMessageBatch<BatchMessage>('stellar-batch-dlq', [
      { id: `dlq-${msg.id}`, timestamp: new Date(), attempts: 1, body: msg.body as BatchMessage },
    ]);
    const dlqCtx = createExecutionContext();
    await worker.queue(dead as MessageBatch<unknown>, consumerEnv, dlqCtx);
    expect((await getQueueResult(dead, dlqCtx)).explicitAcks).toEqual([`dlq-${msg.id}`]);
    expect(published.map((e) => [e.type, e.id])).toEqual([['batch.completed', completedEventId(job.id)]]);

    const logged = async () =>
      (
        await env.DB.prepare("SELECT id, data FROM events WHERE account_id = ?1 AND type = 'batch.completed'")
          .bind(acct.accountId)
          .all<{ id: string; data: string }>()
      ).results;
    // One message was ever sent (`published` above): once it is in the log, nothing else can come.
    const rows = await waitFor('batch.completed in the log', async () => {
      const found = await logged();
      return found.length > 0 ? found : undefined;
    });
    expect(rows.map((r) => r.id)).toEqual([completedEventId(job.id)]);
    expect(JSON.parse(rows[0]?.data as string)).toMatchObject({
      job_id: job.id,
      status: 'completed',
      progress: { total: 2, succeeded: 2, failed: 0 },
    });
  }, 30_000);

  it('a job stored but never queued (its answer lost, D1 still down for the clean-up) is deleted by the daily cron once no message of it can exist; queued jobs, however long their messages wait, and started jobs are kept', async () => {
    const acct = await createAccount({ tier: 'basic' });
    const faults = faultyD1(env.DB, [
      { sql: /insert into "batch_jobs"/i, mode: 'after', times: 1, down: true },
    ]);
    const res = await fetchWith({ ...env, DB: faults.db } as Env, '/v1/batch/charts', {
      key: acct.key,
      json: { items: [{ ...NEW_YORK_1990, minute: 43 }, { year: 1 }] },
    });
    await expect503(res, 'POST', '/v1/batch/charts');
    const jobs = async () =>
      (
        await env.DB.prepare('SELECT id, status, queued_at FROM batch_jobs WHERE account_id = ?1 ORDER BY id')
          .bind(acct.accountId)
          .all<{ id: string; status: string; queued_at: number | null }>()
      ).results;
    // The job the caller never learned of: pending, never queued (the best-effort delete failed too).
    const [zombie] = await jobs();
    expect(zombie).toMatchObject({ status: 'pending', queued_at: null });

    // Other jobs of the account, each answered 202 and charged: queued (marked) but not delivered yet,
    // started, one with a dead-lettered item, and one whose queued mark was lost (D1 failed right after
    // the send: still a 202, the job left unmarked).
    const start = async (into: QueuedMessage[] = [], db: D1Database = env.DB) => {
      const r = await fetchWith({ ...env, DB: db, BATCH_QUEUE: heldQueue(into) } as Env, '/v1/batch/charts', {
        key: acct.key,
        json: {
          items: [
            { ...NEW_YORK_1990, minute: 44 },
            { ...NEW_YORK_1990, minute: 45 },
          ],
        },
      });
      expect(r.status, await r.clone().text()).toBe(202);
      return ((await r.json()) as { id: string }).id;
    };
    const waitingMsgs: QueuedMessage[] = [];
    const unmarkedMsgs: QueuedMessage[] = [];
    const markFails = faultyD1(env.DB, [{ sql: /set "queued_at"/i, times: 1 }]);
    const [queued, waiting, started, deadLettered] = [
      await start(),
      await start(waitingMsgs),
      await start(),
      await start(),
    ];
    const unmarked = await start(unmarkedMsgs, markFails.db);
    expect(markFails.hits).toHaveLength(1);
    const marks = new Map((await jobs()).map((j) => [j.id, j.queued_at]));
    for (const id of [queued, waiting, started, deadLettered]) expect(marks.get(id), id).not.toBeNull();
    expect(marks.get(unmarked)).toBeNull();

    const daysAgo = (d: number) => Date.now() - d * 86_400_000;
    const set = (sql: string, ...args: unknown[]) =>
      env.DB.prepare(sql)
        .bind(...args)
        .run();
    // Time passes. Past the sweep's bound (the queues' message retention, main queue and dead-letter
    // queue): the zombie, and `waiting`, `started` and `deadLettered`, which were queued. Within it:
    // `unmarked` (well over the hour the sweep used to wait). `queued` was created just now.
    const old = daysAgo(UNQUEUED_AFTER_MS / 86_400_000 + 1);
    for (const id of [zombie?.id, waiting, started, deadLettered]) {
      await set('UPDATE batch_jobs SET created_at = ?1 WHERE id = ?2', old, id);
    }
    await set('UPDATE batch_jobs SET created_at = ?1 WHERE id = ?2', daysAgo(3), unmarked);
    await set("UPDATE batch_jobs SET status = 'processing', started_at = ?1 WHERE id = ?2", old, started);
    await set(
      `UPDATE batch_items SET status = 'failed', error = '{}' WHERE job_id = ?1 AND idx = 0`,
      deadLettered,
    );

    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '0 3 * * *' }),
      env,
      createExecutionContext(),
    );
    expect((await jobs()).map((j) => j.id)).toEqual(
      [queued, waiting, started, deadLettered, unmarked].sort(),
    );
    const items = await env.DB.prepare('SELECT count(*) AS n FROM batch_items WHERE job_id = ?1')
      .bind(zombie?.id)
      .first<{ n: number }>();
    expect(items?.n).toBe(0);
    // Nothing was published for it: the caller got a 503 and never knew the job.
    const events = await env.DB.prepare('SELECT count(*) AS n FROM events WHERE account_id = ?1')
      .bind(acct.accountId)
      .first<{ n: number }>();
    expect(events?.n).toBe(0);

    // The late messages of the kept jobs, marked or not, are processed as usual.
    for (const [id, msgs] of [
      [waiting, waitingMsgs],
      [unmarked, unmarkedMsgs],
    ] as const) {
      expect(msgs).toHaveLength(1);
      const late = createMessageBatch<BatchMessage>(
        'stellar-batch',
        msgs.map((m) => ({ id: m.id, timestamp: new Date(), attempts: 1, body: m.body as BatchMessage })),
      );
      const ctx = createExecutionContext();
      await worker.queue(late as MessageBatch<unknown>, env, ctx);
      expect((await getQueueResult(late, ctx)).explicitAcks).toEqual(msgs.map((m) => m.id));
      const job = (await (await call(`/v1/batch/${id}`, { key: acct.key })).json()) as {
        status: string;
        progress: { succeeded: number };
      };
      expect(job, id).toMatchObject({ status: 'completed', progress: { succeeded: 2 } });
    }

    // Past the bound, an unmarked job is deleted too: no message of it can still be delivered.
    await set('UPDATE batch_jobs SET created_at = ?1 WHERE id = ?2', old, queued);
    await set('UPDATE batch_jobs SET queued_at = NULL WHERE id = ?1', queued);
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '0 3 * * *' }),
      env,
      createExecutionContext(),
    );
    expect((await jobs()).map((j) => j.id)).toEqual([waiting, started, deadLettered, unmarked].sort());
  }, 30_000);
});

// ------------------------------------------------------------------------------------------ 3. D1 writes

const STRIPE_SECRET = 'whsec_faults_test_secret';

async function stripeRequest(event: object): Promise<RequestInit> {
  const payload = JSON.stringify(event);
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: STRIPE_SECRET,
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header },
    body: payload,
  };
}

interface WriteCase {
  /** The operation of /openapi.json it covers (operationId). */
  op: string;
  name: string;
  /** Builds the request (after creating whatever it acts on, normally). */
  setup: (a: Awaited<ReturnType<typeof createAccount>>) => Promise<{
    path: string;
    init: Parameters<typeof fetchWith>[2];
    /** Status of the same request without the fault. */
    ok: number;
    /** Another account whose rows must not change either (sign-up, admin create). */
    check?: () => Promise<unknown>;
  }>;
  rules: Rule[];
  /** A metered call: the units must be given back. */
  metered?: string;
}

async function newKey(key: string) {
  const res = await call('/v1/api-keys', { key, json: { name: 'second', scopes: ['charts:read'] } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; key: string };
}

async function newHook(key: string, url = receiver().url) {
  const res = await call('/v1/webhooks', { key, json: { url } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

async function savedChart(key: string) {
  const res = await call('/v1/charts', { key, json: { ...NEW_YORK_1990, save: true } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

const byEmail = (email: string) => () =>
  env.DB.prepare(
    `SELECT a.id, a.tier, (SELECT count(*) FROM api_keys k WHERE k.account_id = a.id) AS keys
     FROM accounts a WHERE email = ?1`,
  )
    .bind(email)
    .all()
    .then((r) => r.results);

const WRITE_CASES: WriteCase[] = [
  {
    op: 'createChart',

    name: 'POST /v1/charts (save)',
    rules: [{ sql: /insert into "charts"/i }],
    metered: 'charts',
    setup: async () => ({
      path: '/v1/charts',
      init: { json: { ...NEW_YORK_1990, minute: 31, save: true }, headers: { 'Idempotency-Key': 'save-1' } },
      ok: 201,
    }),
  },
  {
    // Without the clean-up the chart would stay, and the retry below would save a second one.
    op: 'createChart',

    name: 'POST /v1/charts (save: the insert commits, its answer is lost)',
    rules: [{ sql: /insert into "charts"/i, mode: 'after' }],
    metered: 'charts',
    setup: async () => ({
      path: '/v1/charts',
      init: { json: { ...NEW_YORK_1990, minute: 32, save: true }, headers: { 'Idempotency-Key': 'save-2' } },
      ok: 201,
    }),
  },
  {
    op: 'deleteChart',

    name: 'DELETE /v1/charts/{id}',
    rules: [{ sql: /delete from "charts"/i }],
    setup: async (a) => ({
      path: `/v1/charts/${(await savedChart(a.key)).id}`,
      init: { method: 'DELETE' },
      ok: 204,
    }),
  },
  {
    op: 'createCalendar',
    name: 'POST /v1/calendars',
    rules: [{ sql: /insert into "calendars"/i }],
    setup: async (a) => ({
      path: '/v1/calendars',
      init: { json: { chart_id: (await savedChart(a.key)).id }, headers: { 'Idempotency-Key': 'cal-1' } },
      ok: 201,
    }),
  },
  {
    // Without the clean-up: a live feed whose token nobody was ever shown.
    op: 'createCalendar',
    name: 'POST /v1/calendars (the insert commits, its answer is lost)',
    rules: [{ sql: /insert into "calendars"/i, mode: 'after' }],
    setup: async (a) => ({
      path: '/v1/calendars',
      init: { json: { chart_id: (await savedChart(a.key)).id }, headers: { 'Idempotency-Key': 'cal-2' } },
      ok: 201,
    }),
  },
  {
    op: 'deleteCalendar',
    name: 'DELETE /v1/calendars/{id}',
    rules: [{ sql: /delete from "calendars"/i }],
    setup: async (a) => {
      const res = await call('/v1/calendars', {
        key: a.key,
        json: { chart_id: (await savedChart(a.key)).id },
      });
      expect(res.status).toBe(201);
      return {
        path: `/v1/calendars/${((await res.json()) as { id: string }).id}`,
        init: { method: 'DELETE' },
        ok: 204,
      };
    },
  },
  {
    op: 'setChartAlerts',
    name: 'PUT /v1/charts/{id}/alerts',
    rules: [{ sql: /insert into "chart_alerts"/i }],
    setup: async (a) => ({
      path: `/v1/charts/${(await savedChart(a.key)).id}/alerts`,
      init: { method: 'PUT', json: { days_ahead: 3 } },
      ok: 201,
    }),
  },
  {
    op: 'deleteChartAlerts',
    name: 'DELETE /v1/charts/{id}/alerts',
    rules: [{ sql: /delete from "chart_alerts"/i }],
    setup: async (a) => {
      const chart = await savedChart(a.key);
      const res = await call(`/v1/charts/${chart.id}/alerts`, { key: a.key, method: 'PUT', json: {} });
      expect(res.status).toBe(201);
      return { path: `/v1/charts/${chart.id}/alerts`, init: { method: 'DELETE' }, ok: 204 };
    },
  },
  {
    op: 'createApiKey',

    name: 'POST /v1/api-keys',
    rules: [{ sql: /insert into "api_keys"/i }],
    setup: async () => ({
      path: '/v1/api-keys',
      init: { json: { name: 'ci' }, headers: { 'Idempotency-Key': 'key-1' } },
      ok: 201,
    }),
  },
  {
    // Without the clean-up: a live key nobody was ever shown.
    op: 'createApiKey',

    name: 'POST /v1/api-keys (the insert commits, its answer is lost)',
    rules: [{ sql: /insert into "api_keys"/i, mode: 'after' }],
    setup: async () => ({
      path: '/v1/api-keys',
      init: { json: { name: 'ci' }, headers: { 'Idempotency-Key': 'key-2' } },
      ok: 201,
    }),
  },
  {
    op: 'revokeApiKey',

    name: 'PATCH /v1/api-keys/{id}/revoke',
    rules: [{ sql: /update "api_keys" set "revoked_at"/i }],
    setup: async (a) => ({
      path: `/v1/api-keys/${(await newKey(a.key)).id}/revoke`,
      init: { method: 'PATCH' },
      ok: 200,
    }),
  },
  {
    op: 'rollApiKey',

    name: 'POST /v1/api-keys/{id}/roll (the new key fails to insert)',
    rules: [{ sql: /insert into "api_keys" .*select/is }],
    setup: async (a) => ({
      path: `/v1/api-keys/${(await newKey(a.key)).id}/roll`,
      init: { json: { grace_period_seconds: 60 } },
      ok: 201,
    }),
  },
  {
    // The roll commits, its answer is lost, and D1 is still down for the read that would find the new key
    // (to answer it): the roll is undone. Without the undo: the old key revoked (no grace), the new one
    // never shown, and the retry a 409.
    op: 'rollApiKey',

    name: 'POST /v1/api-keys/{id}/roll (the roll commits, its answer is lost, D1 stays down)',
    rules: [
      { sql: /update "api_keys" set .*"replaced_by" = \?/is, mode: 'after', times: 1 },
      { sql: /select 1 from "api_keys"/i, mode: 'before', times: 1 },
    ],
    setup: async (a) => ({
      path: `/v1/api-keys/${(await newKey(a.key)).id}/roll`,
      init: { json: { grace_period_seconds: 0 } },
      ok: 201,
    }),
  },
  {
    op: 'deleteApiKey',

    name: 'DELETE /v1/api-keys/{id}',
    rules: [{ sql: /delete from "api_keys"/i }],
    setup: async (a) => ({
      path: `/v1/api-keys/${(await newKey(a.key)).id}`,
      init: { method: 'DELETE' },
      ok: 204,
    }),
  },
  {
    op: 'createWebhook',

    name: 'POST /v1/webhooks',
    rules: [{ sql: /insert into "webhook_endpoints"/i }],
    setup: async () => ({
      path: '/v1/webhooks',
      init: { json: { url: receiver().url }, headers: { 'Idempotency-Key': 'hook-1' } },
      ok: 201,
    }),
  },
  {
    // Without the clean-up: an enabled endpoint whose secret nobody has, still sent every event.
    op: 'createWebhook',

    name: 'POST /v1/webhooks (the insert commits, its answer is lost)',
    rules: [{ sql: /insert into "webhook_endpoints"/i, mode: 'after' }],
    setup: async () => ({
      path: '/v1/webhooks',
      init: { json: { url: receiver().url }, headers: { 'Idempotency-Key': 'hook-2' } },
      ok: 201,
    }),
  },
  {
    op: 'updateWebhook',

    name: 'PATCH /v1/webhooks/{id}',
    rules: [{ sql: /update "webhook_endpoints"/i }],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}`,
      init: { method: 'PATCH', json: { enabled: false, events: ['chart.saved'] } },
      ok: 200,
    }),
  },
  {
    op: 'deleteWebhook',

    name: 'DELETE /v1/webhooks/{id}',
    rules: [{ sql: /delete from "webhook_endpoints"/i }],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}`,
      init: { method: 'DELETE' },
      ok: 204,
    }),
  },
  {
    op: 'rotateWebhookSecret',

    name: 'POST /v1/webhooks/{id}/rotate-secret',
    rules: [{ sql: /update "webhook_endpoints"/i }],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}/rotate-secret`,
      init: { method: 'POST' },
      ok: 200,
    }),
  },
  {
    // The rotation commits, its answer is lost, and D1 is still down for the read that would find it: the
    // rotation is undone. Without the undo: the retry rotates again, keeping as previous a secret nobody saw.
    op: 'rotateWebhookSecret',

    name: 'POST /v1/webhooks/{id}/rotate-secret (the rotation commits, its answer is lost, D1 stays down)',
    rules: [
      { sql: /update "webhook_endpoints"/i, mode: 'after', times: 1 },
      {
        sql: /from "webhook_endpoints" where \("webhook_endpoints"\."id" = \? and "webhook_endpoints"\."secret"/i,
        times: 1,
      },
    ],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}/rotate-secret`,
      init: { method: 'POST' },
      ok: 200,
    }),
  },
  {
    op: 'testWebhook',

    name: 'POST /v1/webhooks/{id}/test (the delivery fails to insert)',
    rules: [{ sql: /insert into "webhook_deliveries"/i }],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}/test`,
      init: { method: 'POST' },
      ok: 200,
    }),
  },
  {
    op: 'testWebhook',

    name: 'POST /v1/webhooks/{id}/test (the attempt fails to record, after the send)',
    rules: [{ sql: /insert into "webhook_attempts"/i }],
    setup: async (a) => ({
      path: `/v1/webhooks/${(await newHook(a.key)).id}/test`,
      init: { method: 'POST' },
      ok: 200,
    }),
  },
  {
    op: 'retryWebhookDelivery',

    name: 'POST /v1/webhooks/{id}/deliveries/{delivery_id}/retry',
    rules: [{ sql: /insert into "webhook_attempts"/i }],
    setup: async (a) => {
      const r = receiver(() => new Response('down', { status: 500 }));
      const hook = await newHook(a.key, r.url);
      const test = (await (
        await call(`/v1/webhooks/${hook.id}/test`, { key: a.key, method: 'POST' })
      ).json()) as {
        delivery_id: string;
      };
      r.handler = () => new Response('ok');
      return {
        path: `/v1/webhooks/${hook.id}/deliveries/${test.delivery_id}/retry`,
        init: { method: 'POST' },
        ok: 200,
      };
    },
  },
  {
    op: 'createChartBatch',

    name: 'POST /v1/batch/charts (the items fail to insert)',
    rules: [{ sql: /insert into "batch_items"/i }],
    metered: 'charts',
    setup: async () => ({
      path: '/v1/batch/charts',
      init: {
        json: { items: [NEW_YORK_1990, { ...NEW_YORK_1990, minute: 1 }, { year: 1 }] },
        headers: { 'Idempotency-Key': 'batch-1' },
      },
      ok: 202,
    }),
  },
  {
    op: 'createReadingBatch',

    name: 'POST /v1/batch/readings (the job commits, its answer is lost)',
    rules: [{ sql: /insert into "batch_jobs"/i, mode: 'after' }],
    metered: 'readings',
    setup: async () => ({
      path: '/v1/batch/readings',
      init: { json: { items: [NEW_YORK_1990, { ...NEW_YORK_1990, minute: 2 }] } },
      ok: 202,
    }),
  },
  {
    op: 'createAccount',

    name: 'POST /v1/accounts (sign-up: the key fails to insert)',
    rules: [{ sql: /insert into "api_keys"/i }],
    setup: async () => {
      const email = `signup-${crypto.randomUUID()}@example.com`;
      return {
        path: '/v1/accounts',
        init: {
          json: { email, name: 'Fault' },
          headers: { 'CF-Connecting-IP': clientAddress() },
        },
        ok: 201,
        check: byEmail(email),
      };
    },
  },
  {
    // Without the undo: an account whose key nobody saw, and the retry a 409 email-taken.
    op: 'createAccount',

    name: 'POST /v1/accounts (sign-up: the account and key commit, the answer is lost)',
    rules: [{ sql: /insert into "accounts"/i, mode: 'after', times: 1 }],
    setup: async () => {
      const email = `signup-lost-${crypto.randomUUID()}@example.com`;
      return {
        path: '/v1/accounts',
        init: {
          json: { email, name: 'Fault' },
          headers: { 'CF-Connecting-IP': clientAddress() },
        },
        ok: 201,
        check: byEmail(email),
      };
    },
  },
  {
    op: 'adminCreateAccount',

    name: 'POST /v1/admin/accounts',
    rules: [{ sql: /insert into "accounts"/i }],
    setup: async () => {
      const email = `admin-made-${crypto.randomUUID()}@example.com`;
      return {
        path: '/v1/admin/accounts',
        init: { json: { email, name: 'Made', tier: 'premium' }, headers: { 'Idempotency-Key': 'admin-1' } },
        ok: 201,
        check: byEmail(email),
      };
    },
  },
  {
    op: 'adminUpdateAccount',

    name: 'PATCH /v1/admin/accounts/{id}',
    rules: [{ sql: /update "accounts"/i }],
    setup: async () => {
      const target = await createAccount();
      return {
        path: `/v1/admin/accounts/${target.accountId}`,
        init: { method: 'PATCH', json: { tier: 'premium' } },
        ok: 200,
        check: () => snapshot(target.accountId),
      };
    },
  },
  {
    op: 'stripeWebhook',

    name: 'POST /v1/billing/stripe (D1 goes down while the tier is applied)',
    rules: [{ sql: /update "accounts"/i, down: true, times: 1 }],
    setup: async () => {
      const target = await createAccount();
      const event = {
        id: `evt_fault_${crypto.randomUUID()}`,
        object: 'event',
        created: Math.floor(Date.now() / 1000),
        type: 'customer.subscription.updated',
        data: {
          object: {
            id: 'sub_f',
            object: 'subscription',
            status: 'active',
            customer: `cus_${target.accountId}`,
            metadata: { account_id: target.accountId },
            items: { data: [{ price: { lookup_key: 'stellar_premium', metadata: {} } }] },
          },
        },
      };
      return {
        path: '/v1/billing/stripe',
        init: { ...(await stripeRequest(event)), key: undefined },
        ok: 200,
        check: () => snapshot(target.accountId),
      };
    },
  },
];

/**
 * Operations that are not GETs but write no D1 row on their way to the answer (they compute, or work on
 * the cache): nothing for a D1 fault to half-write. Every other such operation needs WRITE_CASES.
 */
const WRITES_NO_D1_ROW: Record<string, string> = {
  createChartWheel: 'draws a wheel: cache only',
  createChartWheelPng: 'draws a wheel as a PNG: cache only',
  createReading: 'writes a reading: cache only',
  createSynastry: 'computes two charts: cache only',
  createComposite: 'computes a composite chart: cache only',
  matchFamousPeople: 'ranks the collection: reads only',
  getTransits: 'computes transits: cache only',
  getTransitTimeline: 'computes a timeline: cache only',
  getReturn: 'computes a return and its chart: cache only',
  getProgressions: 'computes progressions: cache only',
  createPeriodReading: 'writes a reading of a period: cache only',
  adminInvalidateCache: 'KV, the Cache API and isolate memory',
  adminWarmCache: 'computes into the cache in the background',
};

/** The write operations, from /openapi.json like the fuzzer's and the isolation matrix's. */
const WRITE_OPS = (await loadOperations()).filter((o) => o.method !== 'GET');

describe('3. D1 failures on every write route: a clean 503, nothing half-written, units given back', () => {
  it('every operation of /openapi.json that is not a GET has its cases here, or writes no D1 row', () => {
    const covered = new Set([...WRITE_CASES.map((c) => c.op), ...Object.keys(WRITES_NO_D1_ROW)]);
    const documented = new Set(WRITE_OPS.map((o) => o.operationId));
    expect(WRITE_OPS.filter((o) => !covered.has(o.operationId)).map((o) => o.name)).toEqual([]);
    expect([...covered].filter((id) => !documented.has(id))).toEqual([]); // no case for a route that went
  });

  for (const op of WRITE_OPS) {
    for (const wc of WRITE_CASES.filter((c) => c.op === op.operationId)) {
      it(wc.name, () => writeCase(op, wc));
    }
  }
});

/** One write case: the fault, a clean 503, nothing changed, units given back; then the retry succeeds. */
async function writeCase(op: Operation, wc: WriteCase) {
  const admin = await createAccount({ tier: 'basic', role: 'admin' });
  const req = await wc.setup(admin);
  expect((await operationOf(methodOf(req.init), req.path))?.operationId, 'the case calls its operation').toBe(
    op.operationId,
  );
  const key = req.path === '/v1/billing/stripe' ? undefined : admin.key;
  const before = await snapshot(admin.accountId);
  const otherBefore = await req.check?.();
  const usedBefore = wc.metered ? await usedToday(admin.key, wc.metered) : 0;

  const faults = faultyD1(env.DB, wc.rules);
  const faultEnv = { ...env, DB: faults.db, STRIPE_WEBHOOK_SECRET: STRIPE_SECRET } as Env;
  const res = await fetchWith(faultEnv, req.path, { ...req.init, key });
  expect(faults.hits.length, 'the fault fired').toBeGreaterThan(0);
  await expect503(res, methodOf(req.init), req.path);

  // Nothing half-written: every row of the account (and of the account acted on) as before.
  expect(await snapshot(admin.accountId)).toEqual(before);
  if (req.check) expect(await req.check()).toEqual(otherBefore);
  if (wc.metered) expect(await usedToday(admin.key, wc.metered)).toBe(usedBefore);

  // The same request once D1 is back goes through (an Idempotency-Key was released, not kept).
  const init =
    req.path === '/v1/billing/stripe' ? await stripeRequest(JSON.parse(String(req.init?.body))) : req.init;
  const again = await fetchWith({ ...env, STRIPE_WEBHOOK_SECRET: STRIPE_SECRET } as Env, req.path, {
    ...init,
    key,
  });
  expect(again.status, await again.clone().text()).toBe(req.ok);
  if (req.path === '/v1/billing/stripe') {
    expect(await again.json()).toMatchObject({ applied: 'tier premium' });
  }
  if (wc.metered) expect(await usedToday(admin.key, wc.metered)).toBeGreaterThan(usedBefore);
}

describe('3c. a lost answer after the commit is undone before the 503, so the retry does what the caller asked', () => {
  it('roll: D1 commits the roll and loses the answer; the roll is found and answered (recovered forward, never undone over a later revocation)', async () => {
    const me = await createAccount({ tier: 'basic' });
    const warm = await call('/v1/api-keys', { key: me.key });
    expect(warm.status).toBe(200); // the key is in the auth cache
    const [only] = ((await warm.json()) as { data: { id: string }[] }).data;
    const roll = `/v1/api-keys/${only?.id}/roll`;
    const faults = faultyD1(env.DB, [
      { sql: /update "api_keys" set .*"replaced_by" = \?/is, mode: 'after', times: 1 },
    ]);
    const first = await fetchWith({ ...env, DB: faults.db } as Env, roll, {
      key: me.key,
      json: { grace_period_seconds: 0 },
    });
    expect(faults.hits).toHaveLength(1);
    // The caller gets the new key it asked for; it works, and the old one is revoked at once.
    expect(first.status, await first.clone().text()).toBe(201);
    const fresh = (await first.json()) as { id: string; key: string };
    expect((await call('/v1/api-keys', { key: fresh.key })).status).toBe(200);
    expect((await call('/v1/api-keys', { key: me.key })).status).toBe(401);
    const rows = await env.DB.prepare(
      'SELECT id, replaced_by FROM api_keys WHERE account_id = ?1 ORDER BY id',
    )
      .bind(me.accountId)
      .all<{ id: string; replaced_by: string | null }>();
    expect(rows.results).toEqual([
      { id: only?.id, replaced_by: fresh.id },
      { id: fresh.id, replaced_by: null },
    ]);
  });

  it('rotate-secret: D1 commits the rotation and loses the answer; the rotation is found and answered, so the caller has the secret that signs', async () => {
    const me = await createAccount({ tier: 'basic' });
    const created = await call('/v1/webhooks', { key: me.key, json: { url: receiver().url } });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: string; secret: string };
    const stored = () =>
      env.DB.prepare('SELECT secret, previous_secret FROM webhook_endpoints WHERE id = ?1')
        .bind(hook.id)
        .first<{ secret: string; previous_secret: string | null }>();
    const path = `/v1/webhooks/${hook.id}/rotate-secret`;
    const faults = faultyD1(env.DB, [{ sql: /update "webhook_endpoints"/i, mode: 'after', times: 1 }]);
    const first = await fetchWith({ ...env, DB: faults.db } as Env, path, { key: me.key, method: 'POST' });
    expect(faults.hits).toHaveLength(1);
    expect(first.status, await first.clone().text()).toBe(200);
    const rotated = (await first.json()) as { secret: string };
    expect(rotated.secret).not.toBe(hook.secret);
    expect(await stored()).toEqual({ secret: rotated.secret, previous_secret: hook.secret });
  });
});

// ------------------------------------------------------------------------------------------ 3b. Stripe

/** A Stripe subscription event putting the account on `tier`. */
function subscriptionEvent(accountId: string, tier: string) {
  return {
    id: `evt_after_${crypto.randomUUID()}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    type: 'customer.subscription.updated',
    data: {
      object: {
        id: 'sub_after',
        object: 'subscription',
        status: 'active',
        customer: `cus_${accountId}`,
        metadata: { account_id: accountId },
        items: { data: [{ price: { lookup_key: `stellar_${tier}`, metadata: {} } }] },
      },
    },
  };
}

function invoiceEvent(accountId: string) {
  return {
    id: `evt_after_${crypto.randomUUID()}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    type: 'invoice.paid',
    data: {
      object: {
        id: `in_${crypto.randomUUID()}`,
        object: 'invoice',
        customer: `cus_${accountId}`,
        amount_paid: 1900,
        currency: 'eur',
        metadata: { account_id: accountId },
      },
    },
  };
}

describe('3b. Stripe: a failure after the commit is made good by the retry', () => {
  const cases: {
    name: string;
    rules: Rule[];
    /** Sends the events queue refuses. */
    refusedSends?: number;
    invoice?: boolean;
  }[] = [
    {
      name: 'D1 commits the tier change and loses the answer',
      rules: [{ sql: /update "accounts"/i, mode: 'after', times: 1 }],
    },
    {
      name: 'the auth-cache invalidation fails after the commit',
      rules: [{ sql: /select "hash" from "api_keys"/i, times: 1 }],
    },
    { name: 'the events queue refuses the event after the commit', rules: [], refusedSends: 1 },
    {
      name: 'invoice.paid: D1 commits the record and loses the answer',
      rules: [{ sql: /insert into "stripe_events"/i, mode: 'after', times: 1 }],
      invoice: true,
    },
    { name: 'invoice.paid: the events queue refuses the event', rules: [], refusedSends: 1, invoice: true },
  ];
  for (const bc of cases) {
    it(`${bc.name}: Stripe's retry is a duplicate that invalidates the auth cache and publishes the event, once`, async () => {
      const target = await createAccount({ tier: 'basic' });
      const r = receiver();
      const type = bc.invoice ? 'payment.received' : 'subscription.activated';
      const hook = await call('/v1/webhooks', { key: target.key, json: { url: r.url, events: [type] } });
      expect(hook.status).toBe(201);
      const endpoint = (await hook.json()) as { id: string };
      // The key is in the auth cache, as a basic key (200 charts a day).
      const warm = await call('/v1/charts', { key: target.key, json: { ...NEW_YORK_1990, minute: 50 } });
      expect(warm.headers.get('X-RateLimit-Limit')).toBe('200');

      const event = bc.invoice
        ? invoiceEvent(target.accountId)
        : subscriptionEvent(target.accountId, 'premium');
      const published: EventMessage[] = [];
      const faults = faultyD1(env.DB, bc.rules);
      const first = await fetchWith(
        {
          ...env,
          DB: faults.db,
          STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
          EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published, bc.refusedSends ?? 0),
        } as Env,
        '/v1/billing/stripe',
        await stripeRequest(event),
      );
      expect(first.status, await first.clone().text()).toBeGreaterThanOrEqual(500); // Stripe will retry
      expect(faults.hits.length).toBe(bc.rules.length);
      expect(published).toEqual([]);
      // ...but the change committed: the event is recorded.
      const recorded = await env.DB.prepare('SELECT account_id FROM stripe_events WHERE id = ?1')
        .bind(event.id)
        .first();
      expect(recorded).toEqual({ account_id: target.accountId });

      // Stripe's retry: a duplicate, which runs the steps after the commit again.
      const again = await fetchWith(
        {
          ...env,
          STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
          EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published),
        } as Env,
        '/v1/billing/stripe',
        await stripeRequest(event),
      );
      expect(await again.json()).toEqual({ received: true, duplicate: true });
      const eventId = await derivedId('event', event.id, event.created * 1000);
      expect(published.map((e) => [e.type, e.id])).toEqual([[type, eventId]]);
      // A replay later still publishes the same event (the id derives from the Stripe event's).
      await fetchWith(
        {
          ...env,
          STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
          EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published),
        } as Env,
        '/v1/billing/stripe',
        await stripeRequest(event),
      );
      expect(new Set(published.map((e) => e.id))).toEqual(new Set([eventId]));

      if (!bc.invoice) {
        // The tier applies at once (the auth cache was cleared), and the event says what changed.
        const now = await call('/v1/charts', { key: target.key, json: { ...NEW_YORK_1990, minute: 51 } });
        expect(now.headers.get('X-RateLimit-Limit')).toBe('1000');
        expect(published[0]?.data).toEqual({
          account_id: target.accountId,
          tier: 'premium',
          previous_tier: 'basic',
          source: 'stripe',
        });
      }
      // The endpoint gets it, once: one delivery, and once it is settled no request for it can come.
      const [delivery, ...more] = await settledDeliveries([endpoint.id], 1);
      expect(more).toEqual([]);
      expect(delivery).toMatchObject({ event_type: type, status: 'succeeded' });
      expect(r.requests.map((q) => (JSON.parse(q.body) as { type: string }).type)).toEqual([type]);
      const logged = await env.DB.prepare('SELECT id FROM events WHERE account_id = ?1 AND type = ?2')
        .bind(target.accountId, type)
        .all();
      expect(logged.results).toEqual([{ id: eventId }]);
    }, 30_000);
  }

  it('billing not configured: a 503 with Retry-After', async () => {
    const res = await fetchWith(
      { ...env, STRIPE_WEBHOOK_SECRET: '' } as Env,
      '/v1/billing/stripe',
      await stripeRequest(invoiceEvent(newId('account'))),
    );
    await expect503(res, 'POST', '/v1/billing/stripe');
    expect(res.headers.get('Retry-After')).toBe('300');
  });
});

// ------------------------------------------------------------------------------------------ 4. the DO

/** A RATE_LIMITER namespace whose objects are unreachable: every stub call rejects. */
function rateLimiterDown(): Env['RATE_LIMITER'] {
  const real = env.RATE_LIMITER;
  const broken = new Proxy(
    {},
    {
      get: (_t, prop) =>
        prop === 'then'
          ? undefined
          : () => Promise.reject(new Error('Durable Object reset because its code was updated.')),
    },
  );
  return {
    idFromName: (n: string) => real.idFromName(n),
    idFromString: (s: string) => real.idFromString(s),
    newUniqueId: () => real.newUniqueId(),
    get: () => broken,
    getByName: () => broken,
    jurisdiction: () => rateLimiterDown(),
  } as unknown as Env['RATE_LIMITER'];
}

describe('4. the rate-limit Durable Object fails', () => {
  it('metered classes fail closed (503, Retry-After, no answer leaks); unmetered routes keep working', async () => {
    const me = await createAccount({ tier: 'basic' });
    const keys = [
      me.key,
      ...(await addKeys(me.accountId, 5, ['charts:read', 'charts:write', 'readings', 'webhooks', 'keys'])),
    ];
    let n = 0;
    const nextKey = () => keys[n++ % keys.length] as string;
    const saved = await savedChart(me.key);
    const wheel = `/v1/charts/${saved.id}/wheel.svg`;
    const metered: [string, Parameters<typeof fetchWith>[2]][] = [
      ['/v1/charts', { json: NEW_YORK_1990 }],
      ['/v1/charts', { json: { ...NEW_YORK_1990, save: true } }],
      ['/v1/charts/wheel.svg', { json: NEW_YORK_1990 }],
      [wheel, {}],
      ['/v1/synastry', { json: { first: CHARLES, second: DIANA } }],
      ['/v1/composite', { json: { first: CHARLES, second: DIANA } }],
      ['/v1/readings', { json: NEW_YORK_1990 }],
      ['/v1/famous-people?q=curie', {}],
      ['/v1/famous-people/marie-curie', {}],
      ['/v1/famous-people/marie-curie/chart', {}],
      ['/v1/famous-people/matches', { json: { ...NEW_YORK_1990, limit: 3 } }],
      ['/v1/batch/charts', { json: { items: [NEW_YORK_1990] } }],
      ['/v1/batch/readings', { json: { items: [NEW_YORK_1990] } }],
    ];
    // Warm every cache first, with the object up: a cached answer must not leak out either.
    for (const [path, init] of metered) {
      const res = await call(path, { ...init, key: nextKey() });
      expect(res.status, path).toBeLessThan(300);
    }
    const before = await snapshot(me.accountId);
    const down = { ...env, RATE_LIMITER: rateLimiterDown() } as Env;
    for (const [path, init] of metered) {
      const res = await fetchWith(down, path, { ...init, key: nextKey() });
      const body = await expect503(res, methodOf(init), path);
      expect(body.type).toMatch(/quota-unavailable$/);
      expect(res.headers.get('X-Cache'), path).toBeNull();
      expect(res.headers.get('ETag'), path).toBeNull();
      expect(res.headers.get('X-RateLimit-Remaining'), path).toBeNull();
      expect(Object.keys(body).sort()).toEqual([
        'detail',
        'instance',
        'request_id',
        'status',
        'title',
        'type',
      ]);
    }
    // Nothing was saved or started while metering was down.
    expect(await snapshot(me.accountId)).toEqual(before);

    const unmetered: [string, Parameters<typeof fetchWith>[2], number][] = [
      ['/v1/health', {}, 200],
      ['/v1/charts', {}, 200],
      [`/v1/charts/${saved.id}`, {}, 200],
      ['/v1/places?q=ulm', {}, 200],
      ['/v1/api-keys', {}, 200],
      ['/v1/webhooks', {}, 200],
      ['/v1/webhooks', { json: { url: receiver().url } }, 201],
      ['/v1/batch', {}, 200],
      [`/v1/charts/${saved.id}`, { method: 'DELETE' }, 204],
    ];
    for (const [path, init, status] of unmetered) {
      const res = await fetchWith(down, path, { ...init, key: nextKey() });
      expect(res.status, `${init?.method ?? 'GET'} ${path}: ${await res.clone().text()}`).toBe(status);
    }
    // GET /v1/account shows today's usage, which lives in the object: a clean 503 too.
    await expect503(await fetchWith(down, '/v1/account', { key: me.key }), 'GET', '/v1/account');
  });

  it('large quotas: units already leased to the isolate (counted by the object) are spent; then it fails closed', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    // Took a lease of units from the object. Not waiting for this request's waitUntil, which hands an idle
    // lease back after a second: the next call comes at once, as under steady traffic.
    const up = await json('/v1/charts', { ...NEW_YORK_1990, minute: 5 }, { key: me.key });
    expect(up.status).toBe(200);
    const down = { ...env, RATE_LIMITER: rateLimiterDown() } as Env;
    const leased = await fetchWith(down, '/v1/charts', {
      key: me.key,
      json: { ...NEW_YORK_1990, minute: 6 },
    });
    expect(leased.status).toBe(200);
    expect(Number(leased.headers.get('X-RateLimit-Used'))).toBe(2);
    // Another class has no lease: 503.
    const other = await fetchWith(down, '/v1/readings', { key: me.key, json: NEW_YORK_1990 });
    expect((await expect503(other, 'POST', '/v1/readings')).type).toMatch(/quota-unavailable$/);
  });
});
