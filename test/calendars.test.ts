/**
 * Calendar feeds (POST /v1/calendars, GET /v1/calendars/{id}.ics?token=): created, listed and deleted through
 * the API on the real D1, KV, Cache API and quota Durable Object; every feed parsed back with Mozilla's
 * ical.js and each event checked against what POST /v1/transits/timeline and GET /v1/sky/events answer for
 * the same chart and range; the token as the only credential (wrong, revoked, another calendar's, another
 * account's), metering and quota, caching, a deleted chart, and the account's suspension and tier change.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeChart } from '../src/astro/chart';
import { renderFeed } from '../src/platform/calendars';
import { skyEventRows, timelineRows } from '../src/platform/forecast';
import { accountWithChart, authed, call, createAccount, json, problemOf, usedToday } from './helpers';
import { EINSTEIN } from './people';

interface Created {
  id: string;
  url: string;
  webcal_url: string;
  token: string;
  days_ahead: number;
  transiting: string[];
  natal_points: string[];
  aspects: string[];
  sky_events: string[];
  units_per_fetch: number;
}

async function createCalendar(key: string, body: Record<string, unknown>): Promise<Created> {
  const res = await json('/v1/calendars', body, { key });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Created;
}

/** The feed's path and query, from its URL. */
const feedPath = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

const today = () => new Date().toISOString().slice(0, 10);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const icalUtc = (t: ICAL.Time) => `${t.toJSDate().toISOString().replace('.000Z', 'Z')}`;

describe('calendar feeds', () => {
  it('serves an RFC 5545 feed whose every event is a timeline hit or a sky event of the range', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    const cal = await createCalendar(me.key, {
      chart_id: chartId,
      days_ahead: 45,
      sky_events: ['ingress', 'station', 'lunation', 'eclipse', 'void_of_course'],
    });
    expect(cal.url).toMatch(new RegExp(`/v1/calendars/${cal.id}\\.ics\\?token=calt_[A-Za-z0-9_-]{43}$`));
    expect(cal.webcal_url).toBe(cal.url.replace(/^https:/, 'webcal:'));
    expect(cal.transiting).not.toContain('moon');
    expect(cal.units_per_fetch).toBe(1);

    const res = await call(feedPath(cal.url));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('ETag')).toBeTruthy();
    const text = await res.text();
    // CRLF line ends only, no line over 75 octets, folded lines start with one space.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const vcal = new ICAL.Component(ICAL.parse(text));
    expect(vcal.name).toBe('vcalendar');
    expect(vcal.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcal.getFirstPropertyValue('prodid')).toBe('-//Stellar Edge//Forecast calendar//EN');
    expect(vcal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(vcal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe('Albert Einstein: transits');
    expect(String(vcal.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    const events = vcal.getAllSubcomponents('vevent');

    // The same range through the JSON routes.
    const from = today();
    const to = plusDays(from, cal.days_ahead - 1);
    const tl = await json(
      '/v1/transits/timeline',
      { natal: { chart_id: chartId }, from, to, transiting: cal.transiting },
      { key: me.key },
    );
    expect(tl.status, await tl.clone().text()).toBe(200);
    const hits = ((await tl.json()) as { data: Record<string, string | boolean | null>[] }).data;
    const sky = await authed(
      me.key,
      `/v1/sky/events?from=${from}&to=${to}&types=ingress,station,lunation,eclipse,void_of_course`,
    );
    const skyEvents = ((await sky.json()) as { data: Record<string, string>[] }).data;
    expect(hits.length).toBeGreaterThan(5);
    expect(skyEvents.some((e) => e.type === 'void_of_course')).toBe(true);
    expect(events.length).toBe(hits.length + skyEvents.length);

    const uids = new Set<string>();
    const transits = [];
    const others = [];
    for (const e of events) {
      const uid = String(e.getFirstPropertyValue('uid'));
      uids.add(uid);
      expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe('UTC');
      const summary = String(e.getFirstPropertyValue('summary'));
      const description = String(e.getFirstPropertyValue('description'));
      expect(summary.length).toBeGreaterThan(5);
      if (uid.startsWith('transit-')) transits.push({ uid, start: icalUtc(start), summary, description });
      else
        others.push({
          uid,
          start: icalUtc(start),
          end: e.getFirstPropertyValue('dtend') as ICAL.Time | null,
        });
    }
    expect(uids.size).toBe(events.length);
    // Each hit once, at its exact moment, with its orb window in the description.
    expect(transits.map((t) => t.start).sort()).toEqual(hits.map((h) => h.exact_at as string).sort());
    for (const h of hits) {
      const t = transits.find(
        (x) => x.start === h.exact_at && x.uid.startsWith(`transit-${h.transiting}-${h.aspect}-${h.natal}-`),
      );
      expect(t, JSON.stringify(h)).toBeDefined();
      expect(t?.summary.toLowerCase()).toContain(`natal ${String(h.natal).replace(/_/g, ' ')}`);
      if (h.enters_orb_at) expect(t?.description).toContain(String(h.enters_orb_at).slice(11, 16));
      if (h.leaves_orb_at) expect(t?.description).toContain(String(h.leaves_orb_at).slice(11, 16));
      expect(t?.description).toContain(String(h.exact_at).slice(0, 10));
    }
    // Each sky event once, at its moment (a void-of-course Moon from start to end).
    for (const s of skyEvents) {
      const at = s.type === 'void_of_course' ? s.start : s.at;
      const o = others.find((x) => x.start === at && x.uid.startsWith(String(s.type).replace(/_/g, '-')));
      expect(o, JSON.stringify(s)).toBeDefined();
      if (s.type === 'void_of_course') expect(o?.end && icalUtc(o.end)).toBe(s.end);
    }
  });

  it('is metered per fetch, cached (a second fetch computes nothing), stable, and 304 on If-None-Match', async () => {
    const { chartId, ...me } = await accountWithChart('basic');
    const cal = await createCalendar(me.key, {
      chart_id: chartId,
      transiting: ['sun', 'moon', 'mars'],
      days_ahead: 62,
    });
    expect(cal.units_per_fetch).toBe(2); // the Moon transits: one unit per started 31 days
    const before = await usedToday(me.key, 'charts');
    const first = await call(feedPath(cal.url));
    expect(first.status).toBe(200);
    expect(first.headers.get('X-Cache')).toBe('MISS');
    expect(first.headers.get('X-RateLimit-Resource')).toBe('charts');
    const second = await call(feedPath(cal.url));
    expect(second.headers.get('X-Cache')).toBe('HIT-L1');
    expect(await second.text()).toBe(await first.text());
    const etag = second.headers.get('ETag') as string;
    const third = await call(feedPath(cal.url), { headers: { 'If-None-Match': etag } });
    expect(third.status).toBe(304);
    expect(await usedToday(me.key, 'charts')).toBe(before + 3 * 2);
  });

  it('answers 404 to a wrong token, another calendar, another account and a revoked feed', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    const other = await createAccount({ tier: 'unlimited' });
    const a = await createCalendar(me.key, { chart_id: chartId, days_ahead: 7 });
    const b = await createCalendar(me.key, { chart_id: chartId, days_ahead: 7, sky_events: [] });
    expect((await call(feedPath(a.url))).status).toBe(200);
    const wrongToken = `calt_${'A'.repeat(43)}`;
    for (const path of [
      `/v1/calendars/${a.id}.ics?token=${wrongToken}`,
      `/v1/calendars/${a.id}.ics?token=garbage`,
      `/v1/calendars/${a.id}.ics?token=${b.token}`, // b's token does not open a
      `/v1/calendars/cal_nonsense.ics?token=${a.token}`,
      `/v1/calendars/.ics?token=${a.token}`,
    ]) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
      expect((await problemOf(res)).status).toBe(404);
    }
    const missing = await call(`/v1/calendars/${a.id}.ics`);
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).errors?.[0]?.path).toBe('token');
    // Another account sees nothing of it, and cannot delete it or use its chart.
    expect((await authed(other.key, `/v1/calendars/${a.id}`)).status).toBe(404);
    expect((await authed(other.key, `/v1/calendars/${a.id}`, { method: 'DELETE' })).status).toBe(404);
    const theirs = await json('/v1/calendars', { chart_id: chartId }, { key: other.key });
    expect(theirs.status).toBe(404);
    expect((await problemOf(theirs)).errors?.[0]?.path).toBe('chart_id');
    const list = (await (await authed(other.key, '/v1/calendars')).json()) as { data: unknown[] };
    expect(list.data).toEqual([]);
    // The owner's list and get never show the URL or the token.
    const mine = await (await authed(me.key, '/v1/calendars')).text();
    expect(mine).not.toContain(a.token);
    expect(mine).not.toContain('"url"');
    const one = (await (await authed(me.key, `/v1/calendars/${a.id}`)).json()) as Record<string, unknown>;
    expect(one.id).toBe(a.id);
    expect(one).not.toHaveProperty('token');
    // Revoked: 404 at once, although its body is cached.
    expect((await call(feedPath(a.url))).headers.get('X-Cache')).toBe('HIT-L1');
    expect((await authed(me.key, `/v1/calendars/${a.id}`, { method: 'DELETE' })).status).toBe(204);
    const revoked = await call(feedPath(a.url));
    expect(revoked.status).toBe(404);
    expect((await problemOf(revoked)).detail).toMatch(/deleted/);
    expect((await authed(me.key, `/v1/calendars/${a.id}`)).status).toBe(404);
    expect((await call(feedPath(b.url))).status).toBe(200);
  });

  it('refuses absurd options with a 400 naming the field', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    for (const [body, field] of [
      [{ chart_id: chartId, days_ahead: 100_000 }, 'days_ahead'],
      [{ chart_id: chartId, days_ahead: 0 }, 'days_ahead'],
      [{ chart_id: chartId, days_ahead: 1.5 }, 'days_ahead'],
      [{ chart_id: chartId, transits: false, sky_events: [] }, 'sky_events'],
      [{ chart_id: chartId, sky_events: ['comets'] }, 'sky_events[0]'],
      [{ chart_id: chartId, transiting: ['vulcan'] }, 'transiting[0]'],
      [{ chart_id: chartId, aspects: [] }, 'aspects'],
      [{ chart_id: chartId, orbs: { square: 90 } }, 'orbs.square'],
      [{ chart_id: chartId, name: '' }, 'name'],
      [{ chart_id: chartId, ayanamsa: 'lahiri' }, 'ayanamsa'],
      [{ chart_id: chartId, colour: 'red' }, 'colour'],
      [{}, 'chart_id'],
    ] as const) {
      const res = await json('/v1/calendars', body, { key: me.key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const p = await problemOf(res);
      expect(
        p.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(field);
    }
    const unknown = await json(
      '/v1/calendars',
      { chart_id: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3' },
      { key: me.key },
    );
    expect(unknown.status).toBe(404);
  });

  it('answers 429 once the owning account has spent its quota', async () => {
    const { chartId, ...me } = await accountWithChart('free'); // 50 charts a day; the chart spent 1
    const cal = await createCalendar(me.key, { chart_id: chartId, transiting: ['moon'], days_ahead: 366 });
    expect(cal.units_per_fetch).toBe(12);
    for (let i = 0; i < 4; i++) expect((await call(feedPath(cal.url))).status).toBe(200); // 49 used
    const refused = await call(feedPath(cal.url));
    expect(refused.status).toBe(429);
    const p = await problemOf(refused);
    expect(p.type).toBe('https://iana.org/assignments/http-problem-types#quota-exceeded');
    expect(refused.headers.get('Retry-After')).toBeTruthy();
    expect(await usedToday(me.key, 'charts')).toBe(49);
  });

  it('follows its account at once: a suspension makes the feed a 403, a tier change meters it at the new tier', async () => {
    const admin = await createAccount({ role: 'admin' });
    const patch = (accountId: string, change: object) =>
      authed(admin.key, `/v1/admin/accounts/${accountId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(change),
      });
    // Free: 50 charts a day; the chart spent 1 and four fetches of 12 units spend 48, so a fifth would be a 429.
    const { chartId, ...me } = await accountWithChart('free');
    const cal = await createCalendar(me.key, { chart_id: chartId, transiting: ['moon'], days_ahead: 366 });
    for (let i = 0; i < 4; i++) expect((await call(feedPath(cal.url))).status).toBe(200); // the token is cached
    expect((await patch(me.accountId, { tier: 'premium' })).status).toBe(200);
    const upgraded = await call(feedPath(cal.url));
    expect(upgraded.status, await upgraded.clone().text()).toBe(200);
    expect(upgraded.headers.get('X-RateLimit-Limit')).toBe('1000');
    expect((await patch(me.accountId, { status: 'suspended' })).status).toBe(200);
    expect((await authed(me.key, '/v1/calendars')).status).toBe(403);
    const suspended = await call(feedPath(cal.url));
    expect(suspended.status).toBe(403);
    expect((await problemOf(suspended)).type).toMatch(/account-suspended$/);
  });

  it('goes with its chart: deleting the saved chart makes the feed a 404', async () => {
    const { chartId, ...me } = await accountWithChart('unlimited');
    const cal = await createCalendar(me.key, { chart_id: chartId, days_ahead: 10 });
    expect((await call(feedPath(cal.url))).status).toBe(200);
    expect((await authed(me.key, `/v1/charts/${chartId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(feedPath(cal.url))).status).toBe(404);
    expect((await authed(me.key, `/v1/calendars/${cal.id}`)).status).toBe(404);
  });

  it('the documented feed example is a real feed', async () => {
    const chart = computeChart({ ...EINSTEIN, second: 0 } as never, {});
    const from = Date.parse('2027-01-01T00:00:00Z');
    const to = from + 7 * 86_400_000;
    const text = renderFeed({
      calendarId: 'cal_01kbq2x7v9e4m3t8r6w5y0z1a2',
      name: 'Albert Einstein: transits',
      chart,
      hits: timelineRows(chart, from, to, { transiting: ['sun', 'mercury', 'venus', 'mars'] }),
      sky: skyEventRows(from, to, ['ingress', 'station', 'lunation', 'eclipse']),
      stampMs: Date.parse('2027-01-01T00:00:00Z'),
      host: 'api.stellar-edge.dev',
    });
    await expect(`${JSON.stringify(text)}\n`).toMatchFileSnapshot(
      '../src/schemas/examples/calendar-feed.json',
    );
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: { example: string } }> }> } }
      >;
    };
    const example =
      doc.paths['/v1/calendars/{id}.ics']?.get.responses['200']?.content['text/calendar']?.schema.example;
    expect(example).toBe(text);
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length).toBeGreaterThan(3);
  });
});
