import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Env, EventMessage } from '../src/env';
import worker from '../src/index';
import {
  bucketOf,
  buildEndpointSql,
  flushAnalytics,
  HISTOGRAM_SIZE,
  histogramQuantile,
  LATENCY_BUCKETS_MS,
  type Rollup,
  recordAnalytics,
  setAnalyticsClock,
  writeRollups,
} from '../src/platform/analytics';
import type { AppEnv } from '../src/platform/context';
import { EVENT_TYPES, makeEvent } from '../src/platform/events';
import { newId } from '../src/platform/ids';
import { consumeQuota, utcDay } from '../src/platform/quota';
import { addKeys, authed, call, createAccount, fetchWith, json, principal, problemOf } from './helpers';
import { NEW_YORK_1990 } from './people';

// biome-ignore lint/suspicious/noExplicitAny: the reports are checked by value
type Json = any;

const chartBody = NEW_YORK_1990;

async function getJson<T = Record<string, unknown>>(key: string, path: string): Promise<T> {
  const res = await authed(key, path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A fake Analytics Engine binding that keeps what is written. */
function fakeAnalytics() {
  const points: AnalyticsEngineDataPoint[] = [];
  return { points, binding: { writeDataPoint: (p: AnalyticsEngineDataPoint) => void points.push(p) } };
}

beforeAll(async () => {
  await flushAnalytics(env);
});
afterEach(() => setAnalyticsClock(null));

describe('recording and the report endpoints', () => {
  const DAY = '2024-01-10';
  const range = `from=${DAY}&to=${DAY}`;
  let admin: Awaited<ReturnType<typeof createAccount>>;
  let u: Awaited<ReturnType<typeof createAccount>>;
  let f: Awaited<ReturnType<typeof createAccount>>;
  let burst: number[] = [];

  beforeAll(async () => {
    admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    u = await createAccount({ tier: 'unlimited' });
    f = await createAccount(); // free: 5 req/s burst, 50 charts a day
    await consumeQuota(env, principal(f.accountId, 'free'), 'charts', 50);
    await flushAnalytics(env);

    // Every request below is bucketed into 2024-01-10 12:00 UTC.
    setAnalyticsClock(() => Date.UTC(2024, 0, 10, 12, 0, 0));
    for (let i = 0; i < 3; i++)
      expect((await json('/v1/charts', chartBody, { key: u.key })).status).toBe(200);
    expect((await json('/v1/charts', { ...chartBody, month: 13 }, { key: u.key })).status).toBe(400);
    for (let i = 0; i < 2; i++) {
      expect((await authed(u.key, '/v1/charts/chart_01jd4v6m0qf3t9r8k2w5x7y1z3')).status).toBe(404);
    }
    expect((await authed(u.key, '/v1/nope')).status).toBe(404);
    expect((await authed(u.key, '/v1/account')).status).toBe(200);

    expect((await json('/v1/charts', chartBody, { key: f.key })).status).toBe(429); // daily quota
    burst = [];
    for (let i = 0; i < 12 && !burst.includes(429); i++)
      burst.push((await authed(f.key, '/v1/api-keys')).status);
    expect(burst).toContain(429); // burst limit (thrown from the auth middleware)

    expect((await call('/v1/account')).status).toBe(401);
    expect((await call('/v1/health')).status).toBe(200);
    setAnalyticsClock(null);
    await flushAnalytics(env);
  });

  it('/usage: exact totals, by tier, class, status class, day and top accounts', async () => {
    const n = burst.length;
    const r = await getJson<Json>(admin.key, `/v1/analytics/usage?${range}`);
    const total = 8 + 1 + n + 2;
    expect(r).toMatchObject({ from: DAY, to: DAY, source: 'd1' });
    expect(r.totals).toMatchObject({
      requests: total,
      errors: 4 + 1 + 1 + 1,
      rate_limited: 2,
      anonymous_requests: 2,
      accounts: 2,
    });
    expect(r.totals.error_rate).toBeCloseTo(7 / total, 4);
    expect(r.totals.latency.p50_ms).not.toBeNull();
    const byTier = [...r.by_tier].sort((a, b) => a.tier.localeCompare(b.tier));
    expect(byTier).toEqual([
      { tier: 'free', requests: 1 + n, errors: 2, rate_limited: 2 },
      { tier: 'none', requests: 2, errors: 1, rate_limited: 0 },
      { tier: 'unlimited', requests: 8, errors: 4, rate_limited: 0 },
    ]);
    // POST /v1/charts is metered as "charts" (its 400 and 429 included); everything else is unmetered.
    expect(r.by_class).toEqual([
      { class: 'unmetered', requests: total - 5, errors: 5, rate_limited: 1 },
      { class: 'charts', requests: 5, errors: 2, rate_limited: 1 },
    ]);
    expect(r.by_status_class).toEqual([
      { status_class: '2xx', requests: 3 + 1 + (n - 1) + 1 },
      { status_class: '4xx', requests: 4 + 1 + 1 + 1 },
    ]);
    expect(r.by_day).toEqual([{ date: DAY, requests: total, errors: 7, rate_limited: 2 }]);
    expect(r.top_accounts).toHaveLength(2);
    expect(r.top_accounts).toEqual(
      expect.arrayContaining([
        { account_id: u.accountId, tier: 'unlimited', requests: 8, errors: 4, rate_limited: 0 },
        { account_id: f.accountId, tier: 'free', requests: 1 + n, errors: 2, rate_limited: 2 },
      ]),
    );
    expect(r.top_accounts[0].requests).toBeGreaterThanOrEqual(r.top_accounts[1].requests);
    expect(r.events).toEqual([]);
    const top1 = await getJson<Json>(admin.key, `/v1/analytics/usage?${range}&top=1`);
    expect(top1.top_accounts).toHaveLength(1);
  });

  it('/endpoint: a URL-encoded pattern or a slug, with counts, error rate and latency', async () => {
    const byId = await getJson<Json>(
      admin.key,
      `/v1/analytics/endpoint/${encodeURIComponent('/v1/charts/:id')}?${range}`,
    );
    expect(byId).toMatchObject({
      endpoint: '/v1/charts/:id',
      source: 'd1',
      requests: 2,
      errors: 2,
      rate_limited: 0,
      error_rate: 1,
      by_method: [{ method: 'GET', requests: 2 }],
      by_status_class: [{ status_class: '4xx', requests: 2 }],
    });
    expect(byId.by_day).toHaveLength(1);
    expect(byId.by_day[0]).toMatchObject({ date: DAY, requests: 2, errors: 2, error_rate: 1 });
    expect(byId.latency.p50_ms).toBeGreaterThanOrEqual(0);
    expect(byId.latency.p95_ms).toBeGreaterThanOrEqual(byId.latency.p50_ms);

    // {id} is accepted for :id; the slug forms resolve to the same route.
    for (const form of [
      encodeURIComponent('/v1/charts/{id}'),
      'v1.charts.:id',
      'charts.:id',
      'charts.{id}',
    ]) {
      const r = await getJson<Json>(admin.key, `/v1/analytics/endpoint/${form}?${range}`);
      expect(r.endpoint, form).toBe('/v1/charts/:id');
      expect(r.requests, form).toBe(2);
    }

    const charts = await getJson<Json>(admin.key, `/v1/analytics/endpoint/charts?${range}`);
    expect(charts).toMatchObject({
      endpoint: '/v1/charts',
      requests: 5,
      errors: 2,
      rate_limited: 1,
      error_rate: 0.4,
      by_method: [{ method: 'POST', requests: 5 }],
      by_status_class: [
        { status_class: '2xx', requests: 3 },
        { status_class: '4xx', requests: 2 },
      ],
    });

    const unmatched = await getJson<Json>(admin.key, `/v1/analytics/endpoint/unmatched?${range}`);
    expect(unmatched).toMatchObject({ endpoint: 'unmatched', requests: 1, errors: 1 });

    const keys = await getJson<Json>(admin.key, `/v1/analytics/endpoint/api-keys?${range}`);
    expect(keys).toMatchObject({ endpoint: '/v1/api-keys', requests: burst.length, rate_limited: 1 });

    const unknown = await authed(admin.key, `/v1/analytics/endpoint/no.such.route?${range}`);
    expect(unknown.status).toBe(404);
    const p = await problemOf(unknown);
    expect(p.known_endpoints).toEqual(expect.arrayContaining(['/v1/charts', '/v1/charts/:id', 'unmatched']));

    // An exact pattern without traffic is simply zero.
    const quiet = await getJson<Json>(
      admin.key,
      `/v1/analytics/endpoint/${encodeURIComponent('/v1/readings')}?${range}`,
    );
    expect(quiet).toMatchObject({
      requests: 0,
      errors: 0,
      error_rate: 0,
      latency: { p50_ms: null, p95_ms: null },
    });
  });

  it('/user: own account (or "me") and admins; another account is a 404', async () => {
    const own = await getJson<Json>(u.key, `/v1/analytics/user/${u.accountId}?${range}`);
    expect(own).toMatchObject({
      account_id: u.accountId,
      tier: 'unlimited',
      totals: { requests: 8, errors: 4, rate_limited: 0, error_rate: 0.5 },
      by_day: [{ date: DAY, requests: 8, errors: 4, rate_limited: 0, by_class: { charts: 4, unmetered: 4 } }],
      by_class: [
        { class: 'charts', requests: 4, errors: 1, rate_limited: 0 },
        { class: 'unmetered', requests: 4, errors: 3, rate_limited: 0 },
      ],
      quota: [],
      errors: [
        { route: '/v1/charts/:id', method: 'GET', status_class: '4xx', count: 2 },
        { route: '/v1/charts', method: 'POST', status_class: '4xx', count: 1 },
        { route: 'unmatched', method: 'GET', status_class: '4xx', count: 1 },
      ],
    });
    expect(await getJson(u.key, `/v1/analytics/user/me?${range}`)).toEqual(own);
    expect(await getJson(admin.key, `/v1/analytics/user/${u.accountId}?${range}`)).toEqual(own);

    // f.key used up its burst (5 req/s, per key) above: f asks through a second key of its own, whose
    // bucket is full, rather than waiting for the first one to refill.
    const [fKey] = await addKeys(f.accountId, 1);
    const free = await getJson<Json>(fKey as string, `/v1/analytics/user/me?${range}`);
    expect(free.totals).toMatchObject({ requests: 1 + burst.length, errors: 2, rate_limited: 2 });

    for (const [key, other] of [
      [u.key, f.accountId],
      [fKey as string, u.accountId],
      [u.key, 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3'],
      [admin.key, 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3'],
    ] as const) {
      const res = await authed(key, `/v1/analytics/user/${other}?${range}`);
      expect(res.status).toBe(404);
      await problemOf(res);
    }
  });

  it('admin-only endpoints are 403 for other keys', async () => {
    for (const path of [
      '/v1/analytics/usage',
      '/v1/analytics/endpoint/charts',
      '/v1/analytics/events/chart.saved',
    ]) {
      const res = await authed(u.key, path);
      expect(res.status, path).toBe(403);
      expect((await problemOf(res)).type).toMatch(/admin-required$/);
    }
    expect((await call('/v1/analytics/usage')).status).toBe(401);
  });
});

describe('quota use and the default range', () => {
  it('quota comes from usage_daily, today live from the quota counter', async () => {
    const q = await createAccount({ tier: 'basic' });
    const yesterday = utcDay(Date.now() - 86_400_000);
    await env.DB.prepare(
      'INSERT INTO usage_daily (account_id, day, class, used, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)',
    )
      .bind(q.accountId, yesterday, 'readings', 7, Date.now())
      .run();
    for (let i = 0; i < 3; i++)
      expect((await json('/v1/charts', chartBody, { key: q.key })).status).toBe(200);
    const r = await getJson<Json>(q.key, '/v1/analytics/user/me');
    const today = utcDay(Date.now());
    expect(r.from).toBe(utcDay(Date.now() - 6 * 86_400_000));
    expect(r.to).toBe(today);
    expect(r.by_day).toHaveLength(7);
    expect(r.by_day[6]).toMatchObject({ date: today, requests: 3, by_class: { charts: 3 } });
    expect(r.quota).toEqual([
      { date: yesterday, class: 'readings', used: 7, limit: 50 },
      { date: today, class: 'charts', used: 3, limit: 200 },
    ]);
  });
});

describe('date ranges', () => {
  it('from/to are validated: format, calendar, order, at most 366 days', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const bad = async (query: string, field: string) => {
      const res = await authed(admin.key, `/v1/analytics/usage?${query}`);
      expect(res.status, query).toBe(400);
      const p = await problemOf(res);
      expect(p.errors?.[0], query).toMatchObject({ path: field, location: 'query' });
    };
    // Breaking the document (format: date, with its calendar pattern): 400.
    await bad('from=2024-1-10', 'from');
    await bad('to=2024-02-30', 'to');
    await bad('to=2023-02-29', 'to');
    await bad('from=2024-01-01&bogus=1', 'bogus'); // unknown query parameters are refused
    // Allowed by the document, refused by the rule between the two: a 422 invalid-range.
    const range = async (query: string) => {
      const res = await authed(admin.key, `/v1/analytics/usage?${query}`);
      expect(res.status, query).toBe(422);
      const p = await problemOf(res);
      expect(p.type, query).toBe('https://stellar-edge.dev/problems/invalid-range');
      expect(p.errors?.[0], query).toMatchObject({ path: 'from', location: 'query' });
    };
    await range('from=2024-01-10&to=2024-01-09');
    await range('from=2023-01-01&to=2024-01-02'); // 367 days
    await range('from=2020-01-01'); // to defaults to today
    const max = await getJson<Json>(admin.key, '/v1/analytics/usage?from=2023-01-02&to=2024-01-02');
    expect(max.by_day).toHaveLength(366);
    const def = await getJson<Json>(admin.key, '/v1/analytics/usage');
    expect(def.to).toBe(utcDay(Date.now()));
    expect(def.by_day.map((d: { date: string }) => d.date)).toHaveLength(7);
    const u = await createAccount({ tier: 'unlimited' });
    const res = await authed(u.key, '/v1/analytics/user/me?from=2024-01-10&to=2024-01-01');
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('from');
  });
});

describe('events', () => {
  it('counts by day and the latest 20, newest first; unknown types are a 404 with the list', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const base = Date.UTC(2024, 1, 10, 8, 0, 0);
    const stmt = env.DB.prepare(
      'INSERT INTO events (id, type, account_id, data, created_at) VALUES (?1, ?2, ?3, ?4, ?5)',
    );
    const rows: D1PreparedStatement[] = [];
    for (let i = 0; i < 25; i++)
      rows.push(stmt.bind(newId('event'), 'chart.saved', 'acct_a', `{"i":${i}}`, base + i * 60_000));
    for (let i = 0; i < 3; i++) {
      rows.push(stmt.bind(newId('event'), 'chart.saved', null, `{"j":${i}}`, base + 86_400_000 + i * 1000));
    }
    rows.push(stmt.bind(newId('event'), 'chart.saved', 'acct_a', '{}', base + 2 * 86_400_000)); // out of range
    rows.push(stmt.bind(newId('event'), 'chart.deleted', 'acct_a', '{}', base));
    await env.DB.batch(rows);

    const r = await getJson<Json>(
      admin.key,
      '/v1/analytics/events/chart.saved?from=2024-02-10&to=2024-02-11',
    );
    expect(r).toMatchObject({ event_type: 'chart.saved', from: '2024-02-10', to: '2024-02-11', total: 28 });
    expect(r.by_day).toEqual([
      { date: '2024-02-10', count: 25 },
      { date: '2024-02-11', count: 3 },
    ]);
    expect(r.latest).toHaveLength(20);
    expect(r.latest[0]).toMatchObject({
      account_id: null,
      data: { j: 2 },
      created_at: '2024-02-11T08:00:02Z',
    });
    expect(r.latest[0].id).toMatch(/^evt_/);
    const times = r.latest.map((e: { created_at: string }) => e.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(r.latest[19]).toMatchObject({ data: { i: 8 } });

    const few = await getJson<Json>(
      admin.key,
      '/v1/analytics/events/chart.saved?from=2024-02-10&to=2024-02-11&limit=5',
    );
    expect(few.latest).toHaveLength(5);
    expect((await authed(admin.key, '/v1/analytics/events/chart.saved?limit=21')).status).toBe(400);

    const usage = await getJson<Json>(admin.key, '/v1/analytics/usage?from=2024-02-10&to=2024-02-11');
    expect(usage.events).toEqual([
      { type: 'chart.saved', count: 28 },
      { type: 'chart.deleted', count: 1 },
    ]);

    const unknown = await authed(admin.key, '/v1/analytics/events/chart.exploded');
    expect(unknown.status).toBe(404);
    const p = await problemOf(unknown);
    expect(p.valid_event_types).toEqual([...EVENT_TYPES]);
  });

  it('events written by the queue consumer are counted', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const before = await getJson<Json>(admin.key, '/v1/analytics/events/payment.received');
    const events = [
      makeEvent('payment.received', { amount: 1 }, 'acct_p'),
      makeEvent('payment.received', {}, null),
    ];
    const batch = createMessageBatch<EventMessage>(
      'stellar-events',
      events.map((body, i) => ({ id: `p${i}`, timestamp: new Date(), attempts: 1, body })),
    );
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, env, ctx);
    await getQueueResult(batch, ctx);
    const after = await getJson<Json>(admin.key, '/v1/analytics/events/payment.received');
    expect(after.total - before.total).toBe(2);
    expect(
      after.latest
        .slice(0, 2)
        .map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual(events.map((e) => e.id).sort());
  });
});

describe('the recording middleware', () => {
  it('writes one Analytics Engine data point per request with the documented layout', async () => {
    const u = await createAccount({ tier: 'unlimited' });
    const ae = fakeAnalytics();
    const headers = { Authorization: `Bearer ${u.key}`, 'Content-Type': 'application/json' };
    const ok = await fetchWith(
      { ...env, ...{ ANALYTICS: ae.binding as unknown as AnalyticsEngineDataset } } as Env,
      '/v1/charts',
      {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...chartBody, minute: 7 }),
      },
    );
    expect(ok.status).toBe(200);
    const notFound = await fetchWith(
      { ...env, ...{ ANALYTICS: ae.binding as unknown as AnalyticsEngineDataset } } as Env,
      '/v1/charts/x',
      {
        headers,
      },
    );
    expect(notFound.status).toBe(404);
    const anon = await fetchWith(
      { ...env, ...{ ANALYTICS: ae.binding as unknown as AnalyticsEngineDataset } } as Env,
      '/v1/whatever',
    );
    expect(anon.status).toBe(401);
    expect(ae.points).toHaveLength(3);
    const [a, b, c] = ae.points;
    expect(a?.indexes).toEqual([u.accountId]);
    expect(a?.blobs).toEqual([
      '/v1/charts',
      'POST',
      '2xx',
      'unlimited',
      ok.headers.get('X-Cache'),
      expect.any(String),
      u.key.slice(0, 12),
      'charts',
    ]);
    expect(a?.doubles).toEqual([expect.any(Number), 200, 1, 0]);
    expect(b?.blobs?.slice(0, 3)).toEqual(['/v1/charts/:id', 'GET', '4xx']);
    expect(b?.doubles).toEqual([expect.any(Number), 404, 0, 0]);
    expect(c?.indexes).toEqual(['anonymous']);
    expect(c?.blobs?.slice(0, 4)).toEqual(['unmatched', 'GET', '4xx', 'none']);
    expect(c?.blobs?.[6]).toBe('none');
  });

  it('flags 429s and records unhandled 5xx rendered by onError', async () => {
    const ae = fakeAnalytics();
    const app = new Hono<AppEnv>();
    app.use('*', recordAnalytics);
    app.get('/boom', () => {
      throw new Error('kaboom');
    });
    app.get('/limited', (c) => c.json({}, 429));
    app.onError((_err, c) => c.json({ error: true }, 500));
    setAnalyticsClock(() => Date.UTC(2024, 2, 1, 5, 0, 0));
    const e = { ...env, ANALYTICS: ae.binding as unknown as AnalyticsEngineDataset };
    const ctx = createExecutionContext();
    expect((await app.fetch(new Request('https://x/boom'), e, ctx)).status).toBe(500);
    expect((await app.fetch(new Request('https://x/limited'), e, ctx)).status).toBe(429);
    setAnalyticsClock(null);
    expect(ae.points.map((p) => p.doubles?.slice(1))).toEqual([
      [500, 0, 0],
      [429, 0, 1],
    ]);
    await flushAnalytics(env);
    const rows = await env.DB.prepare(
      "SELECT route, status_class, count, errors, rate_limited FROM usage_hourly WHERE hour = '2024-03-01T05' ORDER BY route",
    ).all();
    expect(rows.results).toEqual([
      { route: '/boom', status_class: '5xx', count: 1, errors: 1, rate_limited: 0 },
      { route: '/limited', status_class: '4xx', count: 1, errors: 1, rate_limited: 1 },
    ]);
  });

  it('a flush adds to existing rows; concurrent flushes from many isolates lose nothing', async () => {
    const accountId = newId('account');
    const row = (bucket: number, latency: number): Rollup => {
      const histogram = new Array<number>(HISTOGRAM_SIZE).fill(0);
      histogram[bucket] = 1;
      return {
        hour: '2024-04-01T00',
        accountId,
        tier: 'free',
        route: '/v1/charts',
        method: 'POST',
        statusClass: '2xx',
        endpointClass: bucket % 2 ? 'charts' : null,
        count: 1,
        errors: 0,
        rateLimited: 0,
        latencySumMs: latency,
        histogram,
      };
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writeRollups(env.DB, [row(i % HISTOGRAM_SIZE, i)])),
    );
    const r = await env.DB.prepare(
      'SELECT count, latency_sum_ms, latency_histogram, endpoint_class FROM usage_hourly WHERE account_id = ?1',
    )
      .bind(accountId)
      .first<{ count: number; latency_sum_ms: number; latency_histogram: string; endpoint_class: string }>();
    expect(r?.count).toBe(20);
    expect(r?.latency_sum_ms).toBe((19 * 20) / 2);
    const hist = JSON.parse(r?.latency_histogram ?? '[]') as number[];
    expect(hist).toHaveLength(HISTOGRAM_SIZE);
    expect(hist.reduce((a, b) => a + b, 0)).toBe(20);
    expect(hist[0]).toBe(2); // buckets 0 and 1 were hit twice (20 rows over 18 buckets)
    expect(hist[1]).toBe(2);
    expect(hist[2]).toBe(1);
    expect(r?.endpoint_class).toBe('charts');

    // Many rows in one flush: one statement per 500 rows, one batch.
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...row(3, 4), route: `/r/${i}` }));
    await writeRollups(env.DB, many);
    await writeRollups(env.DB, many);
    const sum = await env.DB.prepare(
      'SELECT count(*) AS n, sum(count) AS c FROM usage_hourly WHERE account_id = ?1 AND route LIKE ?2',
    )
      .bind(accountId, '/r/%')
      .first<{ n: number; c: number }>();
    expect(sum).toEqual({ n: 1200, c: 2400 });
  });

  it('histogram buckets and percentile estimates', () => {
    expect(LATENCY_BUCKETS_MS).toEqual([
      1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000,
    ]);
    expect([0, 0.9, 1, 4.99, 5, 99, 100, 9999, 10000, 60000].map(bucketOf)).toEqual([
      0, 0, 1, 3, 4, 8, 9, 16, 17, 17,
    ]);
    const h = new Array<number>(HISTOGRAM_SIZE).fill(0);
    expect(histogramQuantile(h, 0.5)).toBeNull();
    h[5] = 100; // [10, 20)
    expect(histogramQuantile(h, 0.5)).toBe(15);
    h[9] = 10; // [100, 200): 110 samples, p95 rank 104.5 → 4.5 of 10 into [100, 200)
    expect(histogramQuantile(h, 0.95)).toBe(145);
    h[17] = 1000;
    expect(histogramQuantile(h, 0.95)).toBe(10000);
  });
});

describe('Analytics Engine SQL API (mocked fetch)', () => {
  it('builds the queries, sends them with the token and parses the answer', async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    const seen: { url: string; auth: string | null; sql: string }[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith('https://api.cloudflare.com/')) return original(input, init);
      const sql = String(init?.body);
      seen.push({ url, auth: new Headers(init?.headers).get('Authorization'), sql });
      const data = sql.includes('GROUP BY day')
        ? [
            {
              day: '2024-05-01 00:00:00',
              requests: '30',
              errors: '3',
              rate_limited: '1',
              latency_sum_ms: 300,
              p50_ms: 8,
              p95_ms: 40,
            },
            {
              day: '2024-05-03 00:00:00',
              requests: '10',
              errors: '0',
              rate_limited: '0',
              latency_sum_ms: 50,
              p50_ms: 4,
              p95_ms: 9,
            },
          ]
        : sql.includes('GROUP BY method')
          ? [
              { method: 'GET', status_class: '2xx', requests: '36' },
              { method: 'GET', status_class: '4xx', requests: '3' },
              { method: 'HEAD', status_class: '2xx', requests: '1' },
            ]
          : [
              {
                requests: '40',
                errors: '3',
                rate_limited: '1',
                latency_sum_ms: 350,
                p50_ms: 7,
                p95_ms: 38.25,
              },
            ];
      return new Response(JSON.stringify({ meta: [], data, rows: data.length }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    try {
      const cf = { CF_ACCOUNT_ID: 'acc123', CF_ANALYTICS_TOKEN: 'tok456' };
      const res = await fetchWith(
        { ...env, ...cf } as Env,
        `/v1/analytics/endpoint/${encodeURIComponent('/v1/charts/:id')}?from=2024-05-01&to=2024-05-03`,
        { headers: { Authorization: `Bearer ${admin.key}` } },
      );
      expect(res.status).toBe(200);
      const r = (await res.json()) as Json;
      expect(r).toEqual({
        endpoint: '/v1/charts/:id',
        from: '2024-05-01',
        to: '2024-05-03',
        source: 'analytics_engine',
        requests: 40,
        errors: 3,
        rate_limited: 1,
        error_rate: 0.075,
        latency: { mean_ms: 8.8, p50_ms: 7, p95_ms: 38.3 },
        by_method: [
          { method: 'GET', requests: 39 },
          { method: 'HEAD', requests: 1 },
        ],
        by_status_class: [
          { status_class: '2xx', requests: 37 },
          { status_class: '4xx', requests: 3 },
        ],
        by_day: [
          {
            date: '2024-05-01',
            requests: 30,
            errors: 3,
            rate_limited: 1,
            error_rate: 0.1,
            p50_ms: 8,
            p95_ms: 40,
          },
          {
            date: '2024-05-02',
            requests: 0,
            errors: 0,
            rate_limited: 0,
            error_rate: 0,
            p50_ms: null,
            p95_ms: null,
          },
          {
            date: '2024-05-03',
            requests: 10,
            errors: 0,
            rate_limited: 0,
            error_rate: 0,
            p50_ms: 4,
            p95_ms: 9,
          },
        ],
      });
      expect(seen).toHaveLength(3);
      for (const s of seen) {
        expect(s.url).toBe('https://api.cloudflare.com/client/v4/accounts/acc123/analytics_engine/sql');
        expect(s.auth).toBe('Bearer tok456');
        expect(s.sql).toContain("FROM stellar_edge_requests WHERE blob1 = '/v1/charts/:id'");
        expect(s.sql).toContain("timestamp >= toDateTime('2024-05-01 00:00:00')");
        expect(s.sql).toContain("timestamp < toDateTime('2024-05-04 00:00:00')");
        expect(s.sql).toContain('_sample_interval');
        expect(s.sql).toMatch(/FORMAT JSON$/);
      }

      // source=d1 forces the rollups; a failing SQL API falls back to D1 in auto mode.
      const d1 = await fetchWith(
        { ...env, ...cf } as Env,
        '/v1/analytics/endpoint/%2Fv1%2Fcharts%2F%3Aid?from=2024-05-01&to=2024-05-03&source=d1',
        {
          headers: { Authorization: `Bearer ${admin.key}` },
        },
      );
      expect(((await d1.json()) as { source: string }).source).toBe('d1');
      globalThis.fetch = (async () =>
        new Response('{"errors":["bad token"]}', { status: 403 })) as unknown as typeof fetch;
      const fallback = await fetchWith(
        { ...env, ...cf } as Env,
        '/v1/analytics/endpoint/%2Fv1%2Fcharts%2F%3Aid?from=2024-05-01&to=2024-05-03',
        {
          headers: { Authorization: `Bearer ${admin.key}` },
        },
      );
      expect(await fallback.json()).toMatchObject({ source: 'd1', warnings: [expect.any(String)] });
      const strict = await fetchWith(
        { ...env, ...cf } as Env,
        '/v1/analytics/endpoint/%2Fv1%2Fcharts%2F%3Aid?from=2024-05-01&to=2024-05-03&source=analytics_engine',
        { headers: { Authorization: `Bearer ${admin.key}` } },
      );
      expect(strict.status).toBe(503);
    } finally {
      globalThis.fetch = original;
    }
    // Without the secrets, asking for Analytics Engine is a 422 (the document allows it) naming `source`.
    const res = await authed(admin.key, '/v1/analytics/endpoint/charts?source=analytics_engine');
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.type).toBe('https://stellar-edge.dev/problems/analytics-engine-not-configured');
    expect(p.errors?.[0]?.path).toBe('source');
  });

  it('escapes the route in the SQL text', () => {
    const sql = buildEndpointSql("/v1/x'; DROP TABLE t; --\\", '2024-01-01', '2024-01-31');
    expect(sql.totals).toContain("blob1 = '/v1/x\\'; DROP TABLE t; --\\\\'");
    expect(sql.byDay).toContain("toDateTime('2024-02-01 00:00:00')");
  });
});
