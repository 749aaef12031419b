import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Env, EventMessage } from '../src/env';
import worker from '../src/index';
import {
  type BatchMessage,
  type CheckedItem,
  checkItem,
  chunksOf,
  completedEventId,
  insertJob,
} from '../src/platform/batch';
import {
  authed,
  createAccount,
  eventsOf,
  json,
  problemOf,
  usedToday,
  waitFor,
  waitForEvents,
} from './helpers';
import { loadPlaceFixtures } from './places-fixtures';
import { recordingQueue } from './queues';

beforeAll(async () => {
  await loadPlaceFixtures();
});

interface Job {
  id: string;
  type: string;
  status: string;
  progress: { total: number; succeeded: number; failed: number; percent: number };
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  expires_at: string;
  results?: {
    data: {
      index: number;
      status: string;
      result?: Record<string, unknown>;
      error?: { status: number; detail: string; errors: { path: string; message: string }[] };
    }[];
    has_more: boolean;
  };
}

const FINAL = ['completed', 'partial', 'failed'];

/** A distinct valid chart item (coordinates), varied so that none is a cache hit of another test. */
function item(i: number, salt: number) {
  return {
    full_name: `Batch ${salt}-${i}`,
    year: 1900 + (salt % 100),
    month: 1 + (i % 12),
    day: 1 + (i % 28),
    hour: i % 24,
    minute: (i * 7) % 60,
    latitude: -60 + ((i * 11) % 120),
    longitude: -170 + ((i * 37) % 340),
  };
}

async function getJob(key: string, id: string, query = ''): Promise<Job> {
  const res = await authed(key, `/v1/batch/${id}${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Job;
}

/** Polls GET /v1/batch/{id} until the job is final (the real queue consumer does the work). */
function waitForJob(key: string, id: string): Promise<Job> {
  return waitFor(
    `job ${id} to be final`,
    async () => {
      const job = await getJob(key, id);
      return FINAL.includes(job.status) ? job : undefined;
    },
    { timeoutMs: 60_000 },
  );
}

async function allResults(key: string, id: string, pageSize: number) {
  const out: NonNullable<Job['results']>['data'] = [];
  let after: number | undefined;
  for (let page = 0; page < 50; page++) {
    const q = `?include=results&results_limit=${pageSize}${after === undefined ? '' : `&results_starting_after=${after}`}`;
    const job = await getJob(key, id, q);
    const results = job.results as NonNullable<Job['results']>;
    out.push(...results.data);
    if (!results.has_more) return out;
    after = results.data[results.data.length - 1]?.index;
  }
  throw new Error('too many pages');
}

/** Every event the consumer publishes in deliver() below, recorded on its way to the real events queue. */
const published: EventMessage[] = [];

/** Runs the batch consumer on messages directly, as Queues would deliver them. */
async function deliver(messages: BatchMessage[], attempts = 1) {
  const batch = createMessageBatch<BatchMessage>(
    'stellar-batch',
    messages.map((body, i) => ({
      id: `msg-${body.job_id}-${body.start}-${attempts}-${i}`,
      timestamp: Date.now(),
      attempts,
      body,
    })),
  );
  const ctx = createExecutionContext();
  const recorded = { ...env, EVENTS_QUEUE: recordingQueue(env.EVENTS_QUEUE, published) } as Env;
  await worker.queue(batch as MessageBatch<unknown>, recorded, ctx);
  const result = await getQueueResult(batch, ctx);
  const ids = (m: string) => messages[Number(m.split('-').pop())] as BatchMessage;
  const byStart = (a: BatchMessage, b: BatchMessage) => a.start - b.start;
  return {
    acked: result.explicitAcks.map(ids).sort(byStart),
    retried: result.retryMessages.map((r) => ids(r.msgId)).sort(byStart),
  };
}

async function jobRow(id: string) {
  return env.DB.prepare('SELECT status, total, succeeded, failed, completed_at FROM batch_jobs WHERE id = ?1')
    .bind(id)
    .first<{
      status: string;
      total: number;
      succeeded: number;
      failed: number;
      completed_at: number | null;
    }>();
}

describe('POST /v1/batch/charts through the real queue', () => {
  it('100 items with 3 invalid ones: partial, 97 results and 3 itemised errors, in input order', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const salt = 1;
    const items: unknown[] = Array.from({ length: 100 }, (_, i) => item(i, salt));
    items[3] = { ...item(3, salt), latitude: undefined, longitude: undefined, city: 'Ulm', country: 'DE' };
    items[7] = { ...item(7, salt), month: 13 }; // invalid at once (400)
    items[42] = { year: 1990, month: 1, day: 1, hour: 1 }; // no place (400)
    items[99] = { ...item(99, salt), latitude: undefined, longitude: undefined, city: 'Atlantisville' }; // 422 later
    items[50] = { ...item(50, salt), house_system: 'koch' }; // item options override the shared ones

    const started = Date.now();
    const res = await json(
      '/v1/batch/charts',
      { items, options: { house_system: 'whole_sign', aspects: ['conjunction', 'opposition'] } },
      { key: me.key },
    );
    expect(res.status).toBe(202);
    const created = (await res.json()) as Job;
    expect(created.id).toMatch(/^job_[0-9a-z]{26}$/);
    expect(res.headers.get('Location')).toBe(`/v1/batch/${created.id}`);
    // The two items rejected at creation cost nothing; the unknown city fails later and is charged.
    expect(res.headers.get('X-RateLimit-Used')).toBe('98');
    expect(created).toMatchObject({
      type: 'charts',
      status: 'pending',
      progress: { total: 100, succeeded: 0, failed: 2 },
      completed_at: null,
    });
    expect(Date.parse(created.expires_at) - Date.parse(created.created_at)).toBe(30 * 86_400_000);

    const done = await waitForJob(me.key, created.id);
    console.log(`100-chart batch end to end in the test runtime: ${Date.now() - started} ms`);
    expect(done).toMatchObject({
      status: 'partial',
      progress: { total: 100, succeeded: 97, failed: 3, percent: 100 },
    });
    expect(done.started_at).not.toBeNull();
    expect(done.completed_at).not.toBeNull();

    const results = await allResults(me.key, created.id, 30);
    expect(results.map((r) => r.index)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.index)).toEqual([7, 42, 99]);
    expect(failed[0]?.error).toMatchObject({ status: 400 });
    expect(failed[0]?.error?.errors[0]).toMatchObject({ path: 'items[7].month', location: 'body' });
    expect(failed[1]?.error?.errors.map((e) => e.path)).toContain('items[42].city');
    expect(failed[2]?.error).toMatchObject({ status: 422, errors: [{ path: 'items[99].city' }] });
    const ok = results.filter((r) => r.status === 'succeeded');
    expect(ok).toHaveLength(97);
    expect(ok.every((r) => r.result && !r.error)).toBe(true);
    expect(results[3]?.result).toMatchObject({ subject: { place: { name: 'Ulm', country: 'DE' } } });
    expect(results[0]?.result).toMatchObject({ settings: { house_system: 'whole_sign' } });
    expect(results[50]?.result).toMatchObject({ settings: { house_system: 'koch' } });
    const aspects = (results[0]?.result?.aspects ?? []) as { aspect: string }[];
    expect(aspects.every((a) => a.aspect === 'conjunction' || a.aspect === 'opposition')).toBe(true);

    // A result is the chart POST /v1/charts returns for the same request, and the batch warmed the cache.
    const single = await json(
      '/v1/charts',
      { ...item(10, salt), house_system: 'whole_sign', aspects: ['conjunction', 'opposition'] },
      { key: me.key },
    );
    expect(single.headers.get('X-Cache')).toMatch(/^HIT-/);
    expect(results[10]?.result).toEqual(await single.json());

    // batch.completed, once, with the final counts.
    const events = await waitForEvents(me.accountId, 'batch.completed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      job_id: created.id,
      type: 'charts',
      status: 'partial',
      progress: { total: 100, succeeded: 97, failed: 3 },
    });
  });

  it('a warm chart is not recomputed: a repeated batch is served from the cache', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const items = Array.from({ length: 12 }, (_, i) => item(i, 2));
    const first = (await (await json('/v1/batch/charts', { items }, { key: me.key })).json()) as Job;
    await waitForJob(me.key, first.id);
    const single = await json('/v1/charts', items[11], { key: me.key });
    expect(single.headers.get('X-Cache')).toMatch(/^HIT-/);
    const second = (await (await json('/v1/batch/charts', { items }, { key: me.key })).json()) as Job;
    expect((await waitForJob(me.key, second.id)).status).toBe('completed');
    const a = await allResults(me.key, first.id, 100);
    const b = await allResults(me.key, second.id, 100);
    expect(b).toEqual(a);
  });

  it('readings: each item is a chart request plus sections; results match POST /v1/readings', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const items = [
      { ...item(0, 3), sections: ['overview', 'balance'] },
      { ...item(1, 3), time_known: false, hour: undefined },
      { ...item(2, 3), sections: ['horoscope'] },
    ];
    const res = await json(
      '/v1/batch/readings',
      { items, options: { sections: ['planets'] } },
      { key: me.key },
    );
    expect(res.status).toBe(202);
    const job = (await res.json()) as Job;
    expect(job.type).toBe('readings');
    expect(res.headers.get('X-RateLimit-Resource')).toBe('readings');
    const done = await waitForJob(me.key, job.id);
    expect(done).toMatchObject({ status: 'partial', progress: { succeeded: 2, failed: 1 } });
    const results = await allResults(me.key, job.id, 10);
    const sections = (r: (typeof results)[number]) =>
      ((r.result?.sections ?? []) as { id: string }[]).map((s) => s.id);
    expect(sections(results[0] as (typeof results)[number])).toEqual(['overview', 'balance']);
    expect(sections(results[1] as (typeof results)[number])).toEqual(['planets']);
    expect(results[2]?.error?.errors[0]?.path).toBe('items[2].sections[0]');
    const single = await json(
      '/v1/readings',
      { ...item(0, 3), sections: ['overview', 'balance'] },
      { key: me.key },
    );
    expect(single.status).toBe(200);
    expect(results[0]?.result).toEqual(await single.json());
  });

  it('every item invalid: a 400 naming each item, nothing stored, nothing charged', async () => {
    const me = await createAccount();
    const jobs = async () =>
      (
        await env.DB.prepare('SELECT COUNT(*) AS n FROM batch_jobs WHERE account_id = ?1')
          .bind(me.accountId)
          .first<{ n: number }>()
      )?.n;
    const res = await json('/v1/batch/charts', { items: [{ year: 1 }, 'nope'] }, { key: me.key });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['items[0].year', 'items[1]']));
    expect(await jobs()).toBe(0);
    expect(await usedToday(me.key, 'charts')).toBe(0);
  });
});

describe('limits, scopes and quota', () => {
  it('a body that is not a list is 400; 0 items 400; more than the maximum 413 naming items', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    for (const body of [{}, { items: 'x' }, { items: {} }, { items: [] }, [item(0, 4)]]) {
      const res = await json('/v1/batch/charts', body, { key: me.key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const p = await problemOf(res);
      expect(p.errors?.[0]?.path).toMatch(/^items$|^$/);
    }
    expect((await json('/v1/batch/charts', { items: [item(0, 4)], extra: 1 }, { key: me.key })).status).toBe(
      400,
    );
    const badOptions = await json(
      '/v1/batch/charts',
      { items: [item(0, 4)], options: { house_system: 'x' } },
      { key: me.key },
    );
    expect((await problemOf(badOptions)).errors?.[0]?.path).toBe('options.house_system');

    const tooMany = await json(
      '/v1/batch/charts',
      { items: Array.from({ length: 101 }, (_, i) => item(i, 4)) },
      { key: me.key },
    );
    expect(tooMany.status).toBe(413);
    const p = await problemOf(tooMany);
    expect(p.errors?.[0]?.path).toBe('items');
    expect(p.detail).toMatch(/100/);
    const readings = await json(
      '/v1/batch/readings',
      { items: Array.from({ length: 51 }, (_, i) => item(i, 4)) },
      { key: me.key },
    );
    expect(readings.status).toBe(413);
    expect(await usedToday(me.key, 'charts')).toBe(0);
  });

  it('quota is all or nothing: a free account cannot start 60 charts, can start 50', async () => {
    const me = await createAccount();
    const over = await json(
      '/v1/batch/charts',
      { items: Array.from({ length: 60 }, (_, i) => item(i, 5)) },
      { key: me.key },
    );
    expect(over.status).toBe(429);
    const p = await problemOf(over);
    expect(p['violated-policies']).toEqual(['charts-daily']);
    expect(p.detail).toMatch(/60/);
    expect(await usedToday(me.key, 'charts')).toBe(0);
    const list = (await (await authed(me.key, '/v1/batch')).json()) as { data: Job[] };
    expect(list.data).toHaveLength(0);

    const ok = await json(
      '/v1/batch/charts',
      { items: Array.from({ length: 50 }, (_, i) => item(i, 5)) },
      { key: me.key },
    );
    expect(ok.status).toBe(202);
    expect(ok.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(await usedToday(me.key, 'charts')).toBe(50);
  });

  it('scopes: charts:read for chart batches, readings for reading batches', async () => {
    const me = await createAccount({ tier: 'unlimited', scopes: ['charts:read'] });
    expect((await json('/v1/batch/readings', { items: [item(0, 6)] }, { key: me.key })).status).toBe(403);
    const res = await json('/v1/batch/charts', { items: [item(0, 6)] }, { key: me.key });
    expect(res.status).toBe(202);
    const other = await createAccount({ tier: 'unlimited', scopes: ['webhooks'] });
    expect((await json('/v1/batch/charts', { items: [item(0, 6)] }, { key: other.key })).status).toBe(403);
    expect((await authed(other.key, '/v1/batch')).status).toBe(403);
  });

  it('Idempotency-Key: a retried POST replays the job, starts nothing and charges nothing', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const body = { items: Array.from({ length: 5 }, (_, i) => item(i, 7)) };
    const headers = { 'Idempotency-Key': 'batch-7' };
    const first = await json('/v1/batch/charts', body, { key: me.key, headers });
    const again = await json('/v1/batch/charts', body, { key: me.key, headers });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
    const a = (await first.json()) as Job;
    expect(((await again.json()) as Job).id).toBe(a.id);
    const different = await json(
      '/v1/batch/charts',
      { items: body.items.slice(1) },
      { key: me.key, headers },
    );
    expect(different.status).toBe(422);
    expect(await usedToday(me.key, 'charts')).toBe(5);
    const list = (await (await authed(me.key, '/v1/batch')).json()) as { data: Job[] };
    expect(list.data.map((j) => j.id)).toEqual([a.id]);
  });
});

describe('GET /v1/batch and /v1/batch/{id}', () => {
  it("another account's job is 404 and absent from its list; unknown ids are 404", async () => {
    const a = await createAccount({ tier: 'unlimited' });
    const b = await createAccount({ tier: 'unlimited' });
    const job = (await (
      await json('/v1/batch/charts', { items: [item(0, 8)] }, { key: a.key })
    ).json()) as Job;
    expect((await authed(b.key, `/v1/batch/${job.id}`)).status).toBe(404);
    expect((await authed(b.key, `/v1/batch/${job.id}?include=results`)).status).toBe(404);
    expect((await authed(a.key, '/v1/batch/job_nonsense')).status).toBe(404);
    expect((await authed(a.key, '/v1/batch/job_01jd4v6m0qf3t9r8k2w5x7y1z3')).status).toBe(404);
    const listB = (await (await authed(b.key, '/v1/batch')).json()) as { data: Job[] };
    expect(listB.data).toHaveLength(0);
    expect((await authed(a.key, `/v1/batch/${job.id}`)).status).toBe(200);
  });

  it('lists newest first, filters by status and type, paginates', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await json('/v1/batch/charts', { items: [item(i, 9)] }, { key: me.key });
      ids.push(((await res.json()) as Job).id);
    }
    // A job whose only item fails while computing (a city the gazetteer does not know) ends failed.
    const unknownCity = { ...item(0, 9), latitude: undefined, longitude: undefined, city: 'Atlantisville' };
    const failedJob = (await (
      await json('/v1/batch/readings', { items: [unknownCity] }, { key: me.key })
    ).json()) as Job;
    ids.push(failedJob.id);
    expect((await waitForJob(me.key, failedJob.id)).status).toBe('failed');
    const all = (await (await authed(me.key, '/v1/batch')).json()) as { data: Job[]; has_more: boolean };
    expect(all.data.map((j) => j.id)).toEqual([...ids].reverse());
    const page1 = (await (await authed(me.key, '/v1/batch?limit=2')).json()) as {
      data: Job[];
      has_more: boolean;
    };
    expect(page1.has_more).toBe(true);
    const page2 = (await (
      await authed(me.key, `/v1/batch?limit=2&starting_after=${page1.data[1]?.id}`)
    ).json()) as { data: Job[]; has_more: boolean };
    expect([...page1.data, ...page2.data].map((j) => j.id)).toEqual([...ids].reverse());
    expect(page2.has_more).toBe(false);
    const failed = (await (await authed(me.key, '/v1/batch?status=failed')).json()) as { data: Job[] };
    expect(failed.data.map((j) => j.id)).toEqual([failedJob.id]);
    const charts = (await (await authed(me.key, '/v1/batch?type=charts')).json()) as { data: Job[] };
    expect(charts.data).toHaveLength(3);
    expect((await authed(me.key, '/v1/batch?status=bogus')).status).toBe(400);
    expect((await authed(me.key, `/v1/batch/${failedJob.id}?include=everything`)).status).toBe(400);
    expect((await authed(me.key, `/v1/batch/${failedJob.id}?include=results&results_limit=101`)).status).toBe(
      400,
    );
  });

  it('expired jobs read as 404 and the daily cron deletes them with their items', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const fk = await env.DB.prepare('PRAGMA foreign_keys').first<{ foreign_keys: number }>();
    expect(fk?.foreign_keys).toBe(1); // D1 enforces foreign keys (ON DELETE CASCADE works)
    const old = await insertJob(env, {
      accountId: me.accountId,
      type: 'charts',
      items: [checkItem('charts', item(0, 10), undefined, 0)],
      now: Date.now() - 31 * 86_400_000,
    });
    const fresh = await insertJob(env, {
      accountId: me.accountId,
      type: 'charts',
      items: [checkItem('charts', item(1, 10), undefined, 0)],
    });
    expect((await authed(me.key, `/v1/batch/${old.id}`)).status).toBe(404);
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now() }),
      env,
      createExecutionContext(),
    );
    const count = (sql: string, id: string) =>
      env.DB.prepare(sql)
        .bind(id)
        .first<{ n: number }>()
        .then((r) => r?.n);
    expect(await count('SELECT count(*) AS n FROM batch_jobs WHERE id = ?1', old.id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM batch_items WHERE job_id = ?1', old.id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM batch_items WHERE job_id = ?1', fresh.id)).toBe(1);
  });
});

describe('the consumer, called directly (redelivery and failures)', () => {
  async function setup(n: number, salt: number) {
    const me = await createAccount({ tier: 'unlimited' });
    const items: CheckedItem[] = Array.from({ length: n }, (_, i) =>
      checkItem('charts', item(i, salt), undefined, i),
    );
    items[4] = checkItem('charts', { ...item(4, salt), day: 31, month: 2 }, undefined, 4); // invalid from the start
    const job = await insertJob(env, { accountId: me.accountId, type: 'charts', items });
    return { me, job, messages: chunksOf(job.id, items) };
  }

  it('a chunk dead-lettered after every retry fails its pending items, and the job still ends', async () => {
    const { me, job, messages } = await setup(15, 13);
    await deliver([messages[1] as BatchMessage]); // chunk [10, 15) done normally
    const dlq = createMessageBatch<BatchMessage>('stellar-batch-dlq', [
      { id: 'dead-1', timestamp: Date.now(), attempts: 1, body: messages[0] as BatchMessage },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(dlq as MessageBatch<unknown>, env, ctx);
    expect((await getQueueResult(dlq, ctx)).explicitAcks).toEqual(['dead-1']);
    // Items 0-9: item 4 was invalid from the start (400); the other nine fail with a 500.
    expect(await jobRow(job.id)).toMatchObject({ status: 'partial', succeeded: 5, failed: 10 });
    const errors = await env.DB.prepare(
      "SELECT count(*) AS n FROM batch_items WHERE job_id = ?1 AND json_extract(error, '$.status') = 500",
    )
      .bind(job.id)
      .first<{ n: number }>();
    expect(errors?.n).toBe(9);
    expect(await waitForEvents(me.accountId, 'batch.completed')).toHaveLength(1);
  });

  it('a chunk that throws is retried by Queues; the job still completes exactly, without duplicates', async () => {
    const { me, job, messages } = await setup(25, 11);
    expect(messages).toEqual([
      { job_id: job.id, start: 0, end: 10 },
      { job_id: job.id, start: 10, end: 20 },
      { job_id: job.id, start: 20, end: 25 },
    ]);
    // Inject a failure: item 13's stored input is unreadable, so computing chunk [10, 20) throws for it.
    const good = await env.DB.prepare('SELECT input FROM batch_items WHERE job_id = ?1 AND idx = 13')
      .bind(job.id)
      .first<{ input: string }>();
    await env.DB.prepare("UPDATE batch_items SET input = '{not json' WHERE job_id = ?1 AND idx = 13")
      .bind(job.id)
      .run();

    const first = await deliver(messages);
    expect(first.retried).toEqual([messages[1]]);
    expect(first.acked).toEqual([messages[0], messages[2]]);
    expect(await jobRow(job.id)).toMatchObject({ status: 'processing', succeeded: 23, failed: 1 });

    // Redelivery of everything (the retried chunk and, as Queues may, the acked ones): item 13 still fails.
    const second = await deliver(messages, 2);
    expect(second.retried).toEqual([messages[1]]);
    expect(await jobRow(job.id)).toMatchObject({ status: 'processing', succeeded: 23, failed: 1 });

    // The fault clears; the next delivery finishes the job.
    await env.DB.prepare('UPDATE batch_items SET input = ?2 WHERE job_id = ?1 AND idx = 13')
      .bind(job.id, good?.input)
      .run();
    const third = await deliver([messages[1] as BatchMessage], 3);
    expect(third.acked).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({ status: 'partial', total: 25, succeeded: 24, failed: 1 });
    const completedAt = (await jobRow(job.id))?.completed_at;

    // Late duplicates change nothing: counts, results, completion time, one event.
    await deliver(messages, 4);
    await Promise.all(messages.map((m) => deliver([m], 5)));
    expect(await jobRow(job.id)).toMatchObject({
      status: 'partial',
      succeeded: 24,
      failed: 1,
      completed_at: completedAt,
    });
    const items = await env.DB.prepare(
      'SELECT status, count(*) AS n FROM batch_items WHERE job_id = ?1 GROUP BY status',
    )
      .bind(job.id)
      .all<{ status: string; n: number }>();
    expect(Object.fromEntries(items.results.map((r) => [r.status, r.n]))).toEqual({
      succeeded: 24,
      failed: 1,
    });
    const results = await allResults(me.key, job.id, 100);
    expect(results.map((r) => r.index)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    // Every delivery that found the job final published batch.completed under the job's one event id, so
    // once the log holds it, no second event can come: the primary key keeps one row.
    const sent = published.filter(
      (e) => e.type === 'batch.completed' && (e.data as { job_id?: string }).job_id === job.id,
    );
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(new Set(sent.map((e) => e.id))).toEqual(new Set([completedEventId(job.id)]));
    await waitForEvents(me.accountId, 'batch.completed');
    expect(await eventsOf(me.accountId, 'batch.completed')).toHaveLength(1);
  });

  it('concurrent deliveries of the same chunks count every item once', async () => {
    const { job, messages } = await setup(30, 12);
    await Promise.all([deliver(messages), deliver(messages), deliver([...messages].reverse())]);
    expect(await jobRow(job.id)).toMatchObject({ status: 'partial', total: 30, succeeded: 29, failed: 1 });
  });

  it('on the last delivery an item that keeps failing is recorded as failed (500) so the job ends', async () => {
    const { me, job, messages } = await setup(10, 13);
    await env.DB.prepare("UPDATE batch_items SET input = '{not json' WHERE job_id = ?1 AND idx = 2")
      .bind(job.id)
      .run();
    expect((await deliver(messages, 1)).retried).toHaveLength(1);
    const last = await deliver(messages, 6);
    expect(last.acked).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({ status: 'partial', succeeded: 8, failed: 2 });
    const results = await allResults(me.key, job.id, 100);
    expect(results[2]?.error).toMatchObject({ status: 500 });
  });

  it('a message for a deleted job, or a malformed one, is acknowledged and dropped', async () => {
    const out = await deliver([{ job_id: 'job_01jd4v6m0qf3t9r8k2w5x7y1z3', start: 0, end: 10 }]);
    expect(out.acked).toHaveLength(1);
    const batch = createMessageBatch('stellar-batch', [
      { id: 'bad', timestamp: Date.now(), attempts: 1, body: { nope: 1 } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, env, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['bad']);
  });
});
