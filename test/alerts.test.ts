/**
 * Daily transit alerts (PUT /v1/charts/{id}/alerts, the webhook event transit.upcoming): opted in through the
 * API, sent by the Worker's own scheduled handler (the sweep cron, as Cloudflare and `npm start` fire it),
 * through the real events and webhooks queues to a test receiver, signed (verified with standardwebhooks); the
 * hits equal the timeline's for the same range; one event per chart and UTC day (a second run, two at once);
 * opting out, a deleted chart (also while a PUT is in flight), and another account's chart.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env';
import worker from '../src/index';
import { ALERTS_PER_RUN, alertData, sendTransitAlerts } from '../src/platform/alerts';
import { SWEEP_CRON } from '../src/platform/crons';
import { WebhookPayloadSchema } from '../src/schemas/events';
import {
  accountWithChart,
  authed,
  call,
  createAccount,
  d1Before,
  eventsOf,
  fetchWith,
  json,
  problemOf,
  saveChart,
  waitFor,
} from './helpers';
import { EINSTEIN } from './people';
import { receiver, useReceivers } from './receivers';

useReceivers();

const DAY = 86_400_000;

async function sweepAt(at: number, e: Env = env as Env) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: SWEEP_CRON }), e, ctx);
  await waitOnExecutionContext(ctx);
}

/** An account with a saved chart and a webhook endpoint for transit.upcoming (its secret, what it gets). */
async function setup(tier = 'unlimited') {
  const me = await accountWithChart(tier);
  const r = receiver();
  const hook = await json('/v1/webhooks', { url: r.url, events: ['transit.upcoming'] }, { key: me.key });
  expect(hook.status, await hook.clone().text()).toBe(201);
  const { secret } = (await hook.json()) as { secret: string };
  return { ...me, secret, requests: r.requests };
}

const put = (key: string, chartId: string, body: unknown) =>
  authed(key, `/v1/charts/${chartId}/alerts`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('transit alerts', () => {
  it('sends one signed transit.upcoming a day with the timeline of the next days', {
    timeout: 60_000,
  }, async () => {
    const me = await setup();
    const opted = await put(me.key, me.chartId, {
      days_ahead: 10,
      transiting: ['sun', 'mercury', 'venus', 'mars'],
    });
    expect(opted.status, await opted.clone().text()).toBe(201);
    expect(opted.headers.get('Location')).toBe(`/v1/charts/${me.chartId}/alerts`);
    const shown = (await (await authed(me.key, `/v1/charts/${me.chartId}/alerts`)).json()) as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({ chart_id: me.chartId, days_ahead: 10, last_sent_day: null });
    // Changing the options replaces them (200).
    const changed = await put(me.key, me.chartId, {
      days_ahead: 12,
      transiting: ['sun', 'mercury', 'venus', 'mars'],
    });
    expect(changed.status).toBe(200);

    const now = Date.now();
    await sweepAt(now);
    const got = await waitFor('the alert', () => (me.requests.length > 0 ? me.requests : undefined));
    const payload = WebhookPayloadSchema.parse(
      new Webhook(me.secret).verify(got[0]?.body ?? '', got[0]?.headers ?? {}),
    );
    expect(payload.type).toBe('transit.upcoming');
    if (payload.type !== 'transit.upcoming') return;
    const today = dayOf(now);
    expect(payload.data.chart_id).toBe(me.chartId);
    expect(payload.data.from).toBe(`${today}T00:00:00Z`);
    expect(payload.data.to).toBe(`${dayOf(now + 12 * DAY)}T00:00:00Z`);
    // The same rows as the timeline for that range and those options.
    const tl = await json(
      '/v1/transits/timeline',
      {
        natal: { chart_id: me.chartId },
        from: today,
        to: dayOf(now + 11 * DAY),
        transiting: ['sun', 'mercury', 'venus', 'mars'],
      },
      { key: me.key },
    );
    const timeline = ((await tl.json()) as { data: unknown[] }).data;
    expect(timeline.length).toBeGreaterThan(3);
    expect(payload.data.hits).toEqual(timeline);

    // A second run the same day, and two at once: nothing more.
    await sweepAt(now + 60_000);
    await Promise.all([sweepAt(now + 120_000), sweepAt(now + 120_000)]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(me.requests.length).toBe(1);
    expect(await eventsOf(me.accountId, 'transit.upcoming')).toHaveLength(1);
    const after = (await (await authed(me.key, `/v1/charts/${me.chartId}/alerts`)).json()) as Record<
      string,
      unknown
    >;
    expect(after.last_sent_day).toBe(today);

    // The next day: the next event, for the next range.
    await sweepAt(now + DAY);
    await waitFor('the second alert', () => (me.requests.length > 1 ? true : undefined));
    const second = WebhookPayloadSchema.parse(JSON.parse(me.requests[1]?.body ?? ''));
    if (second.type !== 'transit.upcoming') throw new Error(second.type);
    expect(second.data.from).toBe(`${dayOf(now + DAY)}T00:00:00Z`);
    expect(second.id).not.toBe(payload.id);

    // Opted out: nothing on the day after.
    expect((await authed(me.key, `/v1/charts/${me.chartId}/alerts`, { method: 'DELETE' })).status).toBe(204);
    expect((await authed(me.key, `/v1/charts/${me.chartId}/alerts`)).status).toBe(404);
    await sweepAt(now + 2 * DAY);
    await new Promise((r) => setTimeout(r, 1500));
    expect(me.requests.length).toBe(2);
  });

  it('sends nothing for a deleted chart, and claims each chart and day once under concurrent runs', async () => {
    const me = await setup();
    expect((await put(me.key, me.chartId, { days_ahead: 3 })).status).toBe(201);
    expect((await authed(me.key, `/v1/charts/${me.chartId}`, { method: 'DELETE' })).status).toBe(204);
    const now = Date.now() + 5 * DAY;
    await sweepAt(now);
    await new Promise((r) => setTimeout(r, 1000));
    expect(me.requests).toHaveLength(0);
    expect(await eventsOf(me.accountId, 'transit.upcoming')).toHaveLength(0);

    // Concurrent runs straight on the platform function: each (chart, day) is sent by exactly one.
    const other = await setup();
    expect((await put(other.key, other.chartId, { days_ahead: 2, transiting: ['sun'] })).status).toBe(201);
    const at = Date.now() + 6 * DAY;
    const counts = await Promise.all([sendTransitAlerts(env, at), sendTransitAlerts(env, at)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const row = await env.DB.prepare('SELECT last_day FROM chart_alerts WHERE chart_id = ?1')
      .bind(other.chartId)
      .first<{ last_day: string }>();
    expect(row?.last_day).toBe(dayOf(at));
    await waitFor('one event', async () =>
      (await eventsOf(other.accountId, 'transit.upcoming')).length === 1 ? true : undefined,
    );
    expect(await sendTransitAlerts(env, at)).toBe(0);
  });

  it('pages through many charts across runs', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const ids: string[] = [];
    for (let i = 0; i < ALERTS_PER_RUN + 3; i++) {
      const id = await saveChart(me.key, { ...EINSTEIN, full_name: `E${i}` });
      ids.push(id);
      expect((await put(me.key, id, { days_ahead: 1, transiting: ['sun'] })).status).toBe(201);
    }
    const at = Date.now() + 20 * DAY;
    const first = await sendTransitAlerts(env, at);
    expect(first).toBe(ALERTS_PER_RUN);
    let total = first;
    for (let run = 0; run < 5 && total < ALERTS_PER_RUN + 3; run++) total += await sendTransitAlerts(env, at);
    // Other files' charts may share the table; ours are all done for that day.
    const left = await env.DB.prepare(
      `SELECT count(*) AS n FROM chart_alerts WHERE account_id = ?1 AND (last_day IS NULL OR last_day < ?2)`,
    )
      .bind(me.accountId, dayOf(at))
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it('another account cannot opt in, read or opt out a chart that is not its own; bad options are 400s', async () => {
    const me = await setup();
    const other = await createAccount({ tier: 'unlimited' });
    for (const res of [
      await put(other.key, me.chartId, { days_ahead: 7 }),
      await authed(other.key, `/v1/charts/${me.chartId}/alerts`),
      await authed(other.key, `/v1/charts/${me.chartId}/alerts`, { method: 'DELETE' }),
    ]) {
      expect(res.status).toBe(404);
      await problemOf(res);
    }
    for (const [body, field] of [
      [{ days_ahead: 0 }, 'days_ahead'],
      [{ days_ahead: 400 }, 'days_ahead'],
      [{ transiting: [] }, 'transiting'],
      [{ aspects: ['hug'] }, 'aspects[0]'],
      [{ ayanamsa: 'lahiri' }, 'ayanamsa'],
      [{ enabled: true }, 'enabled'],
    ] as const) {
      const res = await put(me.key, me.chartId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain(field);
    }
  });

  it('caps the charts an account may opt in (free: 3) with a 409', async () => {
    const me = await createAccount({ tier: 'free' });
    const pause = () => new Promise((r) => setTimeout(r, 250)); // free keys: 5 requests a second
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push(await saveChart(me.key, { ...EINSTEIN, full_name: `F${i}` }));
      await pause();
    }
    for (const id of ids.slice(0, 3)) {
      expect((await put(me.key, id, {})).status).toBe(201);
      await pause();
    }
    const refused = await put(me.key, ids[3] as string, {});
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).type).toContain('alert-limit-reached');
    expect((await put(me.key, ids[0] as string, { days_ahead: 3 })).status).toBe(200); // replacing is not adding
  });

  it('a PUT that loses the race to opt the last chart in at the cap replaces the options (200), not a 409', async () => {
    const me = await createAccount({ tier: 'free' });
    const pause = () => new Promise((r) => setTimeout(r, 250)); // free keys: 5 requests a second
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await saveChart(me.key, { ...EINSTEIN, full_name: `R${i}` }));
      await pause();
    }
    for (const id of ids.slice(0, 2)) {
      expect((await put(me.key, id, {})).status).toBe(201);
      await pause();
    }
    const last = ids[2] as string;
    const e = env as Env;
    // A concurrent PUT of the same chart opts it in first, filling the account's third and last place.
    const DB = d1Before(e.DB, /insert into "chart_alerts"/i, () =>
      e.DB.prepare(
        'INSERT INTO chart_alerts (chart_id, account_id, options, created_at) VALUES (?1, ?2, ?3, ?4)',
      )
        .bind(last, me.accountId, JSON.stringify({ days_ahead: 1 }), Date.now())
        .run(),
    );
    const path = `/v1/charts/${last}/alerts`;
    const res = await fetchWith({ ...e, DB }, path, { key: me.key, method: 'PUT', json: { days_ahead: 5 } });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { days_ahead: number }).days_ahead).toBe(5);
  });

  it('answers 404 when the chart is deleted between the read and the insert, and keeps nothing', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    const e = env as Env;
    const DB = d1Before(e.DB, /insert into "chart_alerts"/i, () =>
      e.DB.prepare('DELETE FROM charts WHERE id = ?1').bind(chartId).run(),
    );
    const path = `/v1/charts/${chartId}/alerts`;
    const res = await fetchWith({ ...e, DB }, path, { key: me.key, method: 'PUT', json: {} });
    expect(res.status, await res.clone().text()).toBe(404);
    expect((await problemOf(res)).detail).toMatch(/chart/i);
    const left = await e.DB.prepare('SELECT count(*) AS n FROM chart_alerts WHERE account_id = ?1')
      .bind(me.accountId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it('the documented transit.upcoming example is a real alert', async () => {
    const data = alertData(
      {
        id: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3',
        fullName: 'Albert Einstein',
        subject: { ...EINSTEIN, second: 0 },
      },
      { days_ahead: 7, transiting: ['sun', 'mercury', 'venus', 'mars'] },
      '2026-12-05',
    );
    expect(data.hits.length).toBeGreaterThan(2);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    await expect(text).toMatchFileSnapshot('../src/schemas/examples/transit-upcoming.json');
    const doc = (await (await call('/openapi.json')).json()) as {
      components: { schemas: Record<string, { example?: unknown }> };
      webhooks: Record<string, unknown>;
    };
    expect(doc.components.schemas.TransitUpcomingData?.example).toEqual(JSON.parse(text));
    expect(doc.webhooks['transit.upcoming']).toBeDefined();
  });
});
