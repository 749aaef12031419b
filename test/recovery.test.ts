/**
 * Recovery of work lost between two steps (issue 16, item 6), through the sweep cron trigger
 * (`scheduled` with SWEEP_CRON), on the real D1, queues and Durable Object:
 *  - a batch job whose messages are lost (a consumer that throws mid-way and is never redelivered, chunks
 *    never delivered) is re-enqueued once it stalls and completes exactly once;
 *  - a job whose chunks never run again is ended after MAX_SWEEPS re-sends, and the units of its items
 *    are given back exactly once;
 *  - batch.completed is written in the same D1 transaction as the job's final flip (the outbox): when the
 *    send after the commit fails, the sweeper publishes it, and its webhook arrives once;
 *  - a webhook delivery whose retry message was lost is attempted once its retry time has passed.
 * Time moves by the controller's scheduledTime (the sweepers' "now"); the queues and D1 are the real ones.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env, EventMessage } from '../src/env';
import worker from '../src/index';
import { type BatchMessage, completedEventId, MAX_SWEEPS, STALL_MS } from '../src/platform/batch';
import { SWEEP_CRON } from '../src/platform/crons';
import { makeEvent, OUTBOX_GRACE_MS } from '../src/platform/events';
import { consumeWebhooks, fanOutEvents, OVERDUE_MS } from '../src/platform/webhooks';
import { authed, createAccount, fetchWith, json, usedToday, waitFor } from './helpers';
import { NEW_YORK_1990 } from './people';
import { heldQueue, type QueuedMessage, recordingQueue } from './queues';
import { receiver, useReceivers } from './receivers';

useReceivers();

/** Runs the sweep cron as Cloudflare would at `at`. */
async function sweepAt(e: Env, at: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: SWEEP_CRON }), e, ctx);
  await waitOnExecutionContext(ctx);
}

const itemsOf = (n: number, name: string) =>
  Array.from({ length: n }, (_, i) => ({ ...NEW_YORK_1990, full_name: `${name} ${i}`, year: 1940 + i }));

/** Creates a batch job whose chunk messages are held (never delivered unless the test does). */
async function heldJob(key: string, n: number, name: string) {
  const chunks: QueuedMessage[] = [];
  const res = await fetchWith({ ...env, BATCH_QUEUE: heldQueue(chunks) } as Env, '/v1/batch/charts', {
    key,
    json: { items: itemsOf(n, name) },
  });
  expect(res.status).toBe(202);
  return { id: ((await res.json()) as { id: string }).id, chunks };
}

type Job = {
  status: string;
  progress: { total: number; succeeded: number; failed: number };
  results?: { data: { index: number; status: string; error?: { status: number; detail: string } }[] };
};
const jobOf = async (key: string, id: string) =>
  (await (await authed(key, `/v1/batch/${id}?include=results&results_limit=100`)).json()) as Job;

const completedRows = async (accountId: string) =>
  (
    await env.DB.prepare(
      "SELECT id, data, unpublished FROM events WHERE account_id = ?1 AND type = 'batch.completed'",
    )
      .bind(accountId)
      .all<{ id: string; data: string; unpublished: number }>()
  ).results;

/** A D1 whose `batch` of `size` statements commits and then throws, once: a lost answer mid-chunk. */
function throwsAfterCommit(db: D1Database, size: number): D1Database {
  let armed = true;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') {
        return async (stmts: D1PreparedStatement[]) => {
          const out = await target.batch(stmts);
          if (armed && stmts.length === size) {
            armed = false;
            throw new Error('D1_ERROR: Network connection lost.');
          }
          return out;
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

describe('stalled batch jobs', () => {
  it('a consumer that throws mid-way and chunks never delivered: re-enqueued after a stall, done exactly once', async () => {
    const acct = await createAccount({ tier: 'basic' });
    const { id, chunks } = await heldJob(acct.key, 25, 'Stalled');
    expect(chunks).toHaveLength(3);
    expect(await usedToday(acct.key, 'charts')).toBe(25);

    // The first chunk's consumer writes its items, then throws (D1's answer lost); its message is never
    // delivered again (the process died), nor are the two other chunks.
    const first = chunks[0] as QueuedMessage;
    const batch = createMessageBatch<BatchMessage>('stellar-batch', [
      { id: first.id, timestamp: new Date(), attempts: 1, body: first.body as BatchMessage },
    ]);
    const ctx = createExecutionContext();
    // The write batch: items, recount, finish, the outbox row, the event read.
    await worker.queue(
      batch as MessageBatch<unknown>,
      { ...env, DB: throwsAfterCommit(env.DB, 5) } as Env,
      ctx,
    );
    expect((await getQueueResult(batch, ctx)).retryMessages).toHaveLength(1);
    expect((await jobOf(acct.key, id)).progress).toMatchObject({ succeeded: 10, failed: 0 });

    // Before STALL_MS nothing is sent; after it, the two unfinished chunks (not the written one).
    const sent: BatchMessage[] = [];
    const sweepEnv = { ...env, BATCH_QUEUE: recordingQueue(env.BATCH_QUEUE, sent) } as Env;
    // (Only this job's messages are looked at: jobs of the other tests of this file share the database.)
    const mine = () => sent.filter((m) => m.job_id === id);
    await sweepAt(sweepEnv, Date.now() + STALL_MS - 5_000);
    expect(mine()).toEqual([]);
    await sweepAt(sweepEnv, Date.now() + STALL_MS + 1_000);
    expect(mine()).toEqual([
      { job_id: id, start: 10, end: 20 },
      { job_id: id, start: 20, end: 25 },
    ]);

    const done = await waitFor('the job', async () => {
      const j = await jobOf(acct.key, id);
      return j.status === 'completed' ? j : undefined;
    });
    expect(done.progress).toMatchObject({ total: 25, succeeded: 25, failed: 0 });
    expect(done.results?.data.map((r) => r.index)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    const rows = await waitFor('batch.completed published', async () => {
      const r = await completedRows(acct.accountId);
      return r.length === 1 && r[0]?.unpublished === 0 ? r : undefined;
    });
    expect(rows.map((r) => r.id)).toEqual([completedEventId(id)]);
    expect(JSON.parse(rows[0]?.data as string)).toEqual({
      job_id: id,
      type: 'charts',
      status: 'completed',
      progress: { total: 25, succeeded: 25, failed: 0, percent: 100 },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      completed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    // A finished job is never sent again, and nothing was refunded (every item ran).
    await sweepAt(sweepEnv, Date.now() + 3 * STALL_MS);
    expect(mine()).toHaveLength(2);
    expect(await usedToday(acct.key, 'charts')).toBe(25);
  });

  it(`a job whose chunks never run again ends after ${MAX_SWEEPS} re-sends: items fail (500), units come back once`, async () => {
    const acct = await createAccount({ tier: 'basic' });
    expect((await json('/v1/charts', NEW_YORK_1990, { key: acct.key })).status).toBe(200); // 1 unit of its own
    const { id, chunks } = await heldJob(acct.key, 12, 'Lost');
    expect(chunks).toHaveLength(2);
    expect(await usedToday(acct.key, 'charts')).toBe(13);

    // Every re-sent message is lost too (held, never delivered).
    const held: QueuedMessage[] = [];
    const sweepEnv = { ...env, BATCH_QUEUE: heldQueue(held) } as Env;
    const resent = {
      get length() {
        return held.filter((m) => (m.body as BatchMessage).job_id === id).length;
      },
    };
    let at = Date.now();
    for (let i = 1; i <= MAX_SWEEPS; i++) {
      at += STALL_MS + 1_000;
      await sweepAt(sweepEnv, at);
      expect(resent, `sweep ${i}`).toHaveLength(2 * i);
      expect((await jobOf(acct.key, id)).status).toBe('pending');
    }
    at += STALL_MS + 1_000;
    await sweepAt(sweepEnv, at);
    expect(resent).toHaveLength(2 * MAX_SWEEPS);
    const job = await jobOf(acct.key, id);
    expect(job).toMatchObject({ status: 'failed', progress: { total: 12, succeeded: 0, failed: 12 } });
    expect(job.results?.data.every((r) => r.status === 'failed' && r.error?.status === 500)).toBe(true);
    // The same sweep gave the 12 units back; its own chart call stays counted.
    expect(await usedToday(acct.key, 'charts')).toBe(1);
    await waitFor('batch.completed published', async () => {
      const r = await completedRows(acct.accountId);
      return r.length === 1 && r[0]?.unpublished === 0 ? r : undefined;
    });

    // A sweep that died between the refund and its record repeats the same refund: given back once.
    await env.DB.prepare('UPDATE batch_jobs SET refunded = 0 WHERE id = ?1').bind(id).run();
    await sweepAt(sweepEnv, at + 60_000);
    expect(await usedToday(acct.key, 'charts')).toBe(1);
    const { refunded } = (await env.DB.prepare('SELECT refunded FROM batch_jobs WHERE id = ?1')
      .bind(id)
      .first<{ refunded: number }>()) as { refunded: number };
    expect(refunded).toBe(12);
    // And one more charge is counted as usual (the refund did not go below what was used).
    expect((await json('/v1/charts', { ...NEW_YORK_1990, minute: 1 }, { key: acct.key })).status).toBe(200);
    expect(await usedToday(acct.key, 'charts')).toBe(2);
  });
});

describe('the event outbox', () => {
  it('batch.completed whose send fails after the commit is published by the sweeper; its webhook arrives once', async () => {
    const acct = await createAccount({ tier: 'basic' });
    const r = receiver();
    const hook = await json('/v1/webhooks', { url: r.url, events: ['batch.completed'] }, { key: acct.key });
    expect(hook.status).toBe(201);
    const { id, chunks } = await heldJob(acct.key, 3, 'Outbox');

    // The consumer finishes the job; the send of its event fails (after D1 committed).
    const refused: EventMessage[] = [];
    const consumerEnv = { ...env, EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, refused, 1) } as Env;
    const batch = createMessageBatch<BatchMessage>(
      'stellar-batch',
      chunks.map((m) => ({ id: m.id, timestamp: new Date(), attempts: 1, body: m.body as BatchMessage })),
    );
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, consumerEnv, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toHaveLength(1);
    expect(refused).toEqual([]);
    expect((await jobOf(acct.key, id)).status).toBe('completed');
    // The event is in the log, in the job's transaction, marked unpublished; nothing was delivered.
    expect(await completedRows(acct.accountId)).toEqual([
      expect.objectContaining({ id: completedEventId(id), unpublished: 1 }),
    ]);

    // Within the grace period the sweeper leaves it to the send; after it, it publishes it.
    const swept: EventMessage[] = [];
    const sweepEnv = { ...env, EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, swept) } as Env;
    await sweepAt(sweepEnv, Date.now() + OUTBOX_GRACE_MS - 5_000);
    const mine = () => swept.filter((e) => e.id === completedEventId(id));
    expect(mine()).toEqual([]);
    await sweepAt(sweepEnv, Date.now() + OUTBOX_GRACE_MS + 1_000);
    expect(mine().map((e) => e.id)).toEqual([completedEventId(id)]);
    const got = await waitFor('the webhook', () => (r.requests.length > 0 ? r.requests : undefined));
    expect(JSON.parse(got[0]?.body as string)).toMatchObject({
      type: 'batch.completed',
      data: { job_id: id, status: 'completed' },
    });
    await waitFor('published', async () =>
      (await completedRows(acct.accountId))[0]?.unpublished === 0 ? true : undefined,
    );
    // Published: later sweeps send nothing more, and the receiver got it once.
    await sweepAt(sweepEnv, Date.now() + 10 * OUTBOX_GRACE_MS);
    expect(mine()).toHaveLength(1);
    await new Promise((res) => setTimeout(res, 500));
    expect(r.requests).toHaveLength(1);
  });
});

describe('webhook deliveries', () => {
  it('a retry whose message was lost is attempted once its time has passed, and arrives', async () => {
    const acct = await createAccount({ tier: 'basic' });
    const r = receiver((_, n) => new Response(n === 1 ? 'down' : 'ok', { status: n === 1 ? 503 : 200 }));
    const hook = await json('/v1/webhooks', { url: r.url, events: ['chart.saved'] }, { key: acct.key });
    const endpointId = ((await hook.json()) as { id: string }).id;

    // The fan-out's message, held; delivered by hand: the first attempt fails and a retry is scheduled,
    // whose message is then lost (the process died during the retry wait).
    const held: QueuedMessage[] = [];
    const event = makeEvent(
      'chart.saved',
      {
        chart_id: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3',
        full_name: 'Retry',
        utc_datetime: '1990-07-04T18:30:00Z',
        settings: {},
        sun_sign: 'cancer',
        moon_sign: 'leo',
        rising_sign: null,
      },
      acct.accountId,
    );
    await fanOutEvents({ ...env, WEBHOOK_QUEUE: heldQueue(held) } as Env, [event]);
    expect(held).toHaveLength(1);
    const first = createMessageBatch('stellar-webhooks', [
      {
        id: (held[0] as QueuedMessage).id,
        timestamp: new Date(),
        attempts: 1,
        body: (held[0] as QueuedMessage).body,
      },
    ]);
    await consumeWebhooks(first as MessageBatch<unknown>, env as Env, () => 0.5);
    expect(r.requests).toHaveLength(1);
    const row = async () =>
      (await env.DB.prepare(
        'SELECT status, attempts, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = ?1',
      )
        .bind(endpointId)
        .first<{ status: string; attempts: number; next_attempt_at: number }>()) as {
        status: string;
        attempts: number;
        next_attempt_at: number;
      };
    const waiting = await row();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });

    // Not yet overdue: nothing; past the retry time by OVERDUE_MS: a new message, and the retry arrives.
    const woken: unknown[] = [];
    const sweepEnv = { ...env, WEBHOOK_QUEUE: recordingQueue(env.WEBHOOK_QUEUE, woken) } as Env;
    const deliveryId = (
      (await env.DB.prepare('SELECT id FROM webhook_deliveries WHERE endpoint_id = ?1')
        .bind(endpointId)
        .first<{ id: string }>()) as { id: string }
    ).id;
    const mine = () => woken.filter((m) => (m as { delivery_id: string }).delivery_id === deliveryId);
    await sweepAt(sweepEnv, waiting.next_attempt_at + OVERDUE_MS - 5_000);
    expect(mine()).toEqual([]);
    await sweepAt(sweepEnv, waiting.next_attempt_at + OVERDUE_MS + 1_000);
    expect(mine()).toHaveLength(1);
    const settled = await waitFor(
      'the retry',
      async () => {
        const d = await row();
        return d.status === 'succeeded' ? d : undefined;
      },
      { timeoutMs: 25_000 },
    );
    expect(settled.attempts).toBe(2);
    expect(r.requests).toHaveLength(2);
    const ids = r.requests.map((q) => q.headers['webhook-id']);
    expect(ids[0]).toBe(ids[1]);
  });
});
