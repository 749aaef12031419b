/**
 * A realistic integrator's session against the real local server, through the typed client generated from
 * the live OpenAPI document, in order: sign up, create a key, compute and save charts (by coordinates and
 * by city), read them back and list them, synastry, composite, a reading, a wheel, famous people and
 * matches, places, a signed webhook received and verified by a local receiver, a batch polled to
 * completion, analytics, and error cases typed as the documented problem schema.
 *
 * Proves: the API does what the README says with real values (Einstein's sun in Pisces, UTC conversion),
 * every response matches the document (status, media type, strict body schema, headers; conformance.ts),
 * and the generated types are enough to use the API without a single cast.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminKey, api, loadConformance, type Problem, type Schemas } from './api';
import type { Conformance } from './conformance';
import { WebhookReceiver } from './webhook-receiver';

/** The data of a response that must have `status`; fails with the problem otherwise. */
function ok<T>(res: { data?: T; error?: unknown; response: Response }, status = 200): T {
  if (res.response.status !== status || res.data === undefined) {
    throw new Error(`expected ${status}, got ${res.response.status}: ${JSON.stringify(res.error)}`);
  }
  return res.data;
}

/** A response that must be 204 No Content. */
function noContent(res: { response: Response }): void {
  expect(res.response.status).toBe(204);
}

/** The problem body of a response that must fail with `status`. */
function failed(res: { error?: Problem; response: Response }, status: number): Problem {
  expect(res.response.status).toBe(status);
  expect(res.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (res.error === undefined) throw new Error(`expected a problem body with ${status}`);
  expect(res.error.status).toBe(status);
  expect(res.error.instance).toBe(new URL(res.response.url).pathname);
  expect(res.error.request_id).toBe(res.response.headers.get('x-request-id'));
  return res.error;
}

const run = Date.now().toString(36);
const receiver = new WebhookReceiver();
let conformance: Conformance;

// Shared along the session, in order.
let userKey = '';
let accountId = '';
let sessionKey = '';
let einsteinId = '';
let londonId = '';
let webhookId = '';

beforeAll(async () => {
  conformance = await loadConformance();
});

afterEach(() => {
  // Every response of the step matched the OpenAPI document.
  expect(conformance.take()).toEqual([]);
});

afterAll(async () => {
  await receiver.stop();
  const checked = [...conformance.seen.values()].reduce((a, b) => a + b, 0);
  const operations = new Set([...conformance.seen.keys()].map((k) => k.split(' ')[0]));
  console.log(
    `${checked} responses (${operations.size} operations, ${conformance.seen.size} operation/status pairs) matched the OpenAPI document; ${receiver.deliveries.length} webhook deliveries verified and matched their documented schemas.`,
  );
});

const einstein = {
  full_name: 'Albert Einstein',
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  city: 'Ulm',
  country: 'DE',
};

describe('an integrator session', () => {
  it('checks health without a key', async () => {
    const health = ok(await api().GET('/v1/health'));
    expect(health.status).toBe('ok');
    expect(health.environment).toBe('development');
    expect(health.checks.d1.ok && health.checks.kv.ok).toBe(true);
  });

  it('signs up and reads the account', async () => {
    const email = `e2e-${run}@example.com`;
    const created = ok(await api().POST('/v1/accounts', { body: { email, name: 'E2E Session' } }), 201);
    expect(created.account.email).toBe(email);
    expect(created.account.tier).toBe('free');
    expect(created.account.id).toMatch(/^acct_/);
    expect(created.api_key.key).toMatch(/^sk_live_[0-9A-Za-z]{36}$/);
    accountId = created.account.id;
    userKey = created.api_key.key;

    const account = ok(await api(userKey).GET('/v1/account'));
    expect(account.id).toBe(accountId);
    expect(account.limits.charts).toBe(50);

    // The same e-mail again is a conflict.
    failed(await api().POST('/v1/accounts', { body: { email, name: 'Again' } }), 409);
  });

  it('is upgraded by an admin and creates a key for the session', async () => {
    const upgraded = ok(
      await api(adminKey).PATCH('/v1/admin/accounts/{id}', {
        params: { path: { id: accountId } },
        body: { tier: 'premium' },
      }),
    );
    expect(upgraded.tier).toBe('premium');
    expect(ok(await api(userKey).GET('/v1/account')).limits.charts).toBe(1000);

    const key = ok(
      await api(userKey).POST('/v1/api-keys', {
        body: { name: 'e2e session', scopes: ['charts:read', 'charts:write', 'readings', 'webhooks'] },
      }),
      201,
    );
    expect(key.key).toMatch(/^sk_live_/);
    expect(key.key.startsWith(key.prefix)).toBe(true);
    expect(key.scopes).toEqual(['charts:read', 'charts:write', 'readings', 'webhooks']);
    sessionKey = key.key;

    // Lists never show a key (the strict schema check would flag a `key` field).
    const keys = ok(await api(userKey).GET('/v1/api-keys'));
    expect(keys.data.map((k) => k.name)).toEqual(['e2e session', 'default']);
  });

  it('computes a chart by coordinates, cached with an ETag', async () => {
    const body = {
      year: 1990,
      month: 5,
      day: 15,
      hour: 14,
      minute: 30,
      latitude: 40.7128,
      longitude: -74.006,
    };
    const first = await api(sessionKey).POST('/v1/charts', { body });
    const chart = ok(first);
    expect(chart.id).toBeNull();
    expect(chart.subject.timezone).toBe('America/New_York');
    expect(chart.subject.utc_datetime).toBe('1990-05-15T18:30:00Z');
    expect(chart.points.find((p) => p.name === 'sun')?.sign).toBe('taurus');
    expect(chart.houses).toHaveLength(12);
    expect(first.response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(first.response.headers.get('x-ratelimit-resource')).toBe('charts');

    const again = await api(sessionKey).POST('/v1/charts', { body });
    expect(ok(again).points).toEqual(chart.points);
    expect(again.response.headers.get('x-cache')).toMatch(/^HIT/);
    const etag = again.response.headers.get('etag');
    expect(etag).toBeTruthy();

    const notModified = await api(sessionKey).POST('/v1/charts', {
      body,
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(notModified.response.status).toBe(304);
  });

  it('saves charts by city and reads them back', async () => {
    const saved = await api(sessionKey).POST('/v1/charts', { body: { ...einstein, save: true } });
    const chart = ok(saved, 201);
    expect(chart.id).toMatch(/^chart_/);
    einsteinId = chart.id ?? '';
    expect(saved.response.headers.get('location')).toBe(`/v1/charts/${einsteinId}`);
    expect(chart.subject.place?.name).toBe('Ulm');
    expect(chart.subject.lmt).toBe(true);
    expect(chart.subject.utc_datetime).toMatch(/^1879-03-14T10:50:0\dZ$/);
    expect(chart.points.find((p) => p.name === 'sun')?.sign).toBe('pisces');
    expect(chart.houses?.[0]?.sign).toBe('cancer');

    const got = ok(await api(sessionKey).GET('/v1/charts/{id}', { params: { path: { id: einsteinId } } }));
    expect(got.id).toBe(einsteinId);
    expect(got.points).toEqual(chart.points);

    const london = ok(
      await api(sessionKey).POST('/v1/charts', {
        body: {
          full_name: 'London 1961',
          year: 1961,
          month: 7,
          day: 1,
          hour: 19,
          minute: 45,
          city: 'London',
          country: 'GB',
          save: true,
        },
      }),
      201,
    );
    expect(london.subject.timezone).toBe('Europe/London');
    expect(london.subject.utc_datetime).toBe('1961-07-01T18:45:00Z'); // BST
    expect(london.points.find((p) => p.name === 'sun')?.sign).toBe('cancer');
    londonId = london.id ?? '';

    const list = ok(await api(sessionKey).GET('/v1/charts', { params: { query: { limit: 10 } } }));
    expect(list.data.map((c) => c.id)).toEqual([londonId, einsteinId]); // newest first
    expect(list.data[1]?.sun_sign).toBe('pisces');
    expect(list.has_more).toBe(false);
  });

  it('compares two people: synastry and composite', async () => {
    const synastry = ok(
      await api(sessionKey).POST('/v1/synastry', {
        body: { first: { chart_id: einsteinId }, second: { slug: 'marie-curie' } },
      }),
    );
    expect(synastry.first.subject.full_name).toBe('Albert Einstein');
    expect(synastry.second.subject.full_name).toBe('Marie Skłodowska-Curie');
    expect(synastry.aspects.length).toBeGreaterThan(0);
    expect(synastry.score.value).toBeGreaterThan(0);
    expect(synastry.score.method).toBe('discepolo');
    expect(synastry.harmony.sun?.signs).toEqual(['pisces', 'scorpio']);

    const composite = ok(
      await api(sessionKey).POST('/v1/composite', {
        body: { first: { chart_id: einsteinId }, second: { chart_id: londonId }, method: 'midpoint' },
      }),
    );
    expect(composite.points.map((p) => p.name)).toContain('sun');
  });

  it('writes a reading and draws the wheel', async () => {
    const reading = ok(
      await api(sessionKey).POST('/v1/readings', {
        body: { chart_id: einsteinId, sections: ['overview', 'planets'] },
      }),
    );
    expect(reading.sections.map((s) => s.id)).toEqual(['overview', 'planets']);
    expect(reading.word_count).toBeGreaterThan(50);
    expect(reading.sections[0]?.text).toMatch(/Pisces/);

    const wheel = await api(sessionKey).GET('/v1/charts/{id}/wheel.svg', {
      params: { path: { id: einsteinId }, query: { size: 600, theme: 'dark' } },
      parseAs: 'text',
    });
    const svg = ok(wheel);
    expect(wheel.response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(svg).toMatch(/^<svg[^>]*width="600"/);
    expect(svg).toContain('</svg>');
  });

  it('searches famous people and finds matches', async () => {
    const curie = ok(await api(sessionKey).GET('/v1/famous-people', { params: { query: { q: 'curie' } } }));
    expect(curie.data.map((p) => p.slug)).toContain('marie-curie');

    const pisces = ok(
      await api(sessionKey).GET('/v1/famous-people', {
        params: { query: { sun_sign: 'pisces', limit: 100 } },
      }),
    );
    expect(pisces.data.every((p) => p.sun_sign === 'pisces')).toBe(true);

    const person = ok(
      await api(sessionKey).GET('/v1/famous-people/{slug}', {
        params: { path: { slug: 'albert-einstein' } },
      }),
    );
    expect(person.full_name).toBe('Albert Einstein');
    expect(person.sun_sign).toBe('pisces');

    const chart = ok(
      await api(sessionKey).GET('/v1/famous-people/{slug}/chart', {
        params: { path: { slug: 'albert-einstein' } },
      }),
    );
    expect(chart.points.find((p) => p.name === 'sun')?.sign).toBe('pisces');

    const matches = ok(
      await api(sessionKey).POST('/v1/famous-people/matches', { body: { chart_id: londonId } }),
    );
    expect(matches.subject.sun_sign).toBe('cancer');
    expect(matches.data.length).toBeGreaterThan(0);
    const best = matches.data[0];
    expect(best?.person.slug).toBeTruthy();
    expect(best?.score.value).toBeGreaterThan(0);
  });

  it('finds birthplaces in the gazetteer', async () => {
    const places = ok(
      await api(sessionKey).GET('/v1/places', { params: { query: { q: 'Ulm', country: 'DE' } } }),
    );
    const ulm = places.data[0];
    expect(ulm?.name).toBe('Ulm');
    expect(ulm?.timezone).toBe('Europe/Berlin');
    expect(ulm?.latitude).toBeCloseTo(48.4, 1);
  });

  it('receives signed webhook events and verifies them', async () => {
    const url = await receiver.start(conformance);
    const created = ok(
      await api(sessionKey).POST('/v1/webhooks', {
        body: {
          url,
          events: ['chart.saved', 'chart.deleted', 'batch.completed'],
          description: 'e2e receiver',
        },
      }),
      201,
    );
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.enabled).toBe(true);
    webhookId = created.id;
    receiver.useSecret(created.secret);

    const test = ok(
      await api(sessionKey).POST('/v1/webhooks/{id}/test', { params: { path: { id: webhookId } } }),
    );
    expect(test.status_code).toBe(200);
    const ping = await receiver.waitFor('webhook.test');
    expect(ping.payload.data.webhook_id).toBe(webhookId);

    const saved = ok(
      await api(sessionKey).POST('/v1/charts', {
        body: { ...einstein, full_name: 'Einstein again', save: true },
      }),
      201,
    );
    const event = await receiver.waitFor('chart.saved', (p) => p.data.chart_id === saved.id);
    expect(event.payload.data.sun_sign).toBe('pisces');
    expect(event.payload.data.full_name).toBe('Einstein again');
    expect(event.headers['webhook-id']).toBe(event.payload.id);

    noContent(await api(sessionKey).DELETE('/v1/charts/{id}', { params: { path: { id: saved.id ?? '' } } }));
    await receiver.waitFor('chart.deleted', (p) => p.data.chart_id === saved.id);
    failed(await api(sessionKey).GET('/v1/charts/{id}', { params: { path: { id: saved.id ?? '' } } }), 404);

    const deliveries = ok(
      await api(sessionKey).GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId } } }),
    );
    const types = deliveries.data.map((d) => d.event_type);
    expect(types).toEqual(expect.arrayContaining(['webhook.test', 'chart.saved']));
    expect(receiver.deliveries.every((d) => d.verified)).toBe(true);
  });

  it('runs a batch to completion, one bad item failing alone', async () => {
    const started = await api(sessionKey).POST('/v1/batch/charts', {
      body: {
        items: [
          einstein,
          { year: 1990, month: 5, day: 15, hour: 14, minute: 30, latitude: 40.7128, longitude: -74.006 },
          { year: 1990, month: 13, day: 1, hour: 0, latitude: 0, longitude: 0 },
        ],
      },
    });
    const job = ok(started, 202);
    expect(job.id).toMatch(/^job_/);
    expect(job.progress.total).toBe(3);
    expect(started.response.headers.get('location')).toBe(`/v1/batch/${job.id}`);

    let done: Schemas['BatchJobWithResults'] | undefined;
    const until = Date.now() + 60_000;
    while (!done) {
      const polled = ok(
        await api(sessionKey).GET('/v1/batch/{job_id}', {
          params: { path: { job_id: job.id }, query: { include: 'results' } },
        }),
      );
      if (polled.completed_at !== null) done = polled;
      else if (Date.now() > until) throw new Error(`batch still ${polled.status} after 60 s`);
      else await new Promise((r) => setTimeout(r, 500));
    }
    expect(done.status).toBe('partial');
    expect(done.progress).toMatchObject({ total: 3, succeeded: 2, failed: 1, percent: 100 });
    const results = done.results?.data ?? [];
    expect(results.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'failed']);
    const first = results[0]?.result;
    expect(first && 'points' in first ? first.points.find((p) => p.name === 'sun')?.sign : null).toBe(
      'pisces',
    );
    expect(results[2]?.error?.errors[0]?.path).toBe('items[2].month');

    const completed = await receiver.waitFor('batch.completed', (p) => p.data.job_id === job.id);
    expect(completed.payload.data).toMatchObject({ type: 'charts', status: 'partial' });
    expect(completed.payload.data.progress).toEqual(done.progress);
    const jobs = ok(await api(sessionKey).GET('/v1/batch'));
    expect(jobs.data.map((j) => j.id)).toContain(job.id);
  });

  it('reads analytics', async () => {
    const mine = ok(
      await api(sessionKey).GET('/v1/analytics/user/{user_id}', { params: { path: { user_id: accountId } } }),
    );
    expect(mine.account_id).toBe(accountId);
    expect(mine.tier).toBe('premium');

    const usage = ok(await api(adminKey).GET('/v1/analytics/usage'));
    expect(usage.totals.requests).toBeGreaterThan(0);

    const endpoint = ok(
      await api(adminKey).GET('/v1/analytics/endpoint/{endpoint}', {
        params: { path: { endpoint: '/v1/charts' } },
      }),
    );
    expect(endpoint.endpoint).toBe('/v1/charts');
    expect(endpoint.requests).toBeGreaterThan(0);

    const events = ok(
      await api(adminKey).GET('/v1/analytics/events/{event_type}', {
        params: { path: { event_type: 'chart.saved' } },
      }),
    );
    expect(events.total).toBeGreaterThanOrEqual(3);
  });

  it('answers errors as typed problems', async () => {
    const invalid = failed(
      await api(sessionKey).POST('/v1/charts', { body: { ...einstein, month: 13 } }),
      400,
    );
    expect(invalid.errors?.[0]).toMatchObject({ path: 'month', location: 'body', pointer: '#/month' });

    const gap = failed(
      await api(sessionKey).POST('/v1/charts', {
        body: { year: 2021, month: 3, day: 28, hour: 2, minute: 30, city: 'Berlin', country: 'DE' },
      }),
      422,
    );
    expect(gap.detail).toMatch(/exist/i);

    const anonymous = await api().GET('/v1/account');
    failed(anonymous, 401);
    expect(anonymous.response.headers.get('www-authenticate')).toMatch(/^Bearer/);

    const forbidden = failed(await api(sessionKey).GET('/v1/analytics/usage'), 403);
    expect(forbidden.title).toBe('Forbidden');

    failed(
      await api(sessionKey).GET('/v1/famous-people/{slug}', { params: { path: { slug: 'nobody-at-all' } } }),
      404,
    );

    const unknownEvent = failed(
      await api(adminKey).GET('/v1/analytics/events/{event_type}', {
        params: { path: { event_type: 'nope' } },
      }),
      404,
    );
    expect(unknownEvent.valid_event_types).toContain('chart.saved');
  });

  it('replays idempotent requests and refuses non-JSON bodies', async () => {
    const headers = { 'Idempotency-Key': `e2e-${run}` };
    const body = { ...einstein, full_name: 'Idempotent Einstein', save: true };
    const first = ok(await api(sessionKey).POST('/v1/charts', { body, headers }), 201);
    const again = await api(sessionKey).POST('/v1/charts', { body, headers });
    expect(ok(again, 201).id).toBe(first.id);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    failed(await api(sessionKey).POST('/v1/charts', { body: { ...body, minute: 31 }, headers }), 422);

    const xml = await api(sessionKey).POST('/v1/charts', {
      body,
      headers: { 'Content-Type': 'application/xml' },
      bodySerializer: () => '<chart/>',
    });
    expect(failed(xml, 415).detail).toMatch(/application\/json/);
  });

  it('enforces the free tier quota with a typed 429', async () => {
    const free = ok(
      await api().POST('/v1/accounts', { body: { email: `e2e-free-${run}@example.com`, name: 'Free' } }),
      201,
    );
    const key = free.api_key.key;
    const body = { first: { slug: 'albert-einstein' }, second: { slug: 'marie-curie' } };
    for (let i = 1; i <= 5; i++) {
      const res = await api(key).POST('/v1/composite', { body });
      ok(res);
      expect(res.response.headers.get('x-ratelimit-remaining')).toBe(String(5 - i));
    }
    await new Promise((r) => setTimeout(r, 1100)); // past the free tier's burst limit of 5 calls a second
    const refused = await api(key).POST('/v1/synastry', { body });
    const problem = failed(refused, 429);
    expect(problem.type).toBe('https://iana.org/assignments/http-problem-types#quota-exceeded');
    expect(problem['violated-policies']).toEqual(['synastry-daily']);
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('deletes the webhook and revokes the session key', async () => {
    noContent(await api(sessionKey).DELETE('/v1/webhooks/{id}', { params: { path: { id: webhookId } } }));
    const keys = ok(await api(userKey).GET('/v1/api-keys'));
    const session = keys.data.find((k) => k.name === 'e2e session');
    if (!session) throw new Error('session key not listed');
    const revoked = ok(
      await api(userKey).PATCH('/v1/api-keys/{id}/revoke', { params: { path: { id: session.id } } }),
    );
    expect(revoked.revoked_at).not.toBeNull();
    failed(await api(sessionKey).GET('/v1/account'), 401);
  });
});
