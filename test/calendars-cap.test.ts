/**
 * The cap on calendars an account holds (MAX_CALENDARS, per tier): a 409 `calendar-limit-reached` beyond it,
 * checked in the same D1 statement as the insert, so creates racing at the cap cannot all pass; the chart is
 * checked in that statement too, so a create racing the chart's deletion is the route's 404, never a 500.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env';
import { MAX_CALENDARS } from '../src/platform/tiers';
import { accountWithChart, authed, d1Before, fetchWith, json, problemOf } from './helpers';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('calendars per account', () => {
  it('lets concurrent creates at the cap through only up to the limit, then 409 naming the limit', async () => {
    expect(MAX_CALENDARS.free).toBe(3);
    const { chartId, ...me } = await accountWithChart('free');
    await pause(1100); // free keys: 5 requests a second

    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        json('/v1/calendars', { chart_id: chartId, days_ahead: 3 }, { key: me.key }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409]);
    const refused = results.find((r) => r.status === 409) as Response;
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json');
    const body = (await problemOf(refused)) as { type: string; limit?: number; tier?: string };
    expect(body.type).toContain('calendar-limit-reached');
    expect(body.limit).toBe(3);
    expect(body.tier).toBe('free');

    await pause(1100);
    const list = (await (await authed(me.key, '/v1/calendars')).json()) as { data: { id: string }[] };
    expect(list.data).toHaveLength(3);
    // Deleting one makes room for one.
    const del = await authed(me.key, `/v1/calendars/${list.data[0]?.id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const again = await json('/v1/calendars', { chart_id: chartId, days_ahead: 3 }, { key: me.key });
    expect(again.status, await again.clone().text()).toBe(201);
    expect((await json('/v1/calendars', { chart_id: chartId }, { key: me.key })).status).toBe(409);
  });

  it('answers 404 when the chart is deleted between the read and the insert, and keeps nothing', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    const e = env as Env;
    const DB = d1Before(e.DB, /insert into "calendars"/i, () =>
      e.DB.prepare('DELETE FROM charts WHERE id = ?1').bind(chartId).run(),
    );
    const res = await fetchWith({ ...e, DB }, '/v1/calendars', { key: me.key, json: { chart_id: chartId } });
    expect(res.status, await res.clone().text()).toBe(404);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('chart_id');
    const left = await e.DB.prepare('SELECT count(*) AS n FROM calendars WHERE account_id = ?1')
      .bind(me.accountId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
