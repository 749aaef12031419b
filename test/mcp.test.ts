/**
 * /mcp in workerd, driven by the MCP SDK's own client (Streamable HTTP) through the Worker's fetch
 * handler: the same API keys (401 without one), tool calls metered by the same quotas as the HTTP routes
 * (a spent quota is a tool error carrying the problem), the same input validation, the same analytics.
 */

import { env } from 'cloudflare:workers';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { flushAnalytics } from '../src/platform/analytics';
import { BASE, createAccount, usedToday } from './helpers';
import { connect, nextSecond, textOf, workerFetch } from './mcp-client';
import { DIANA } from './people';
import { loadPlaceFixtures } from './places-fixtures';

describe('/mcp', () => {
  it('needs an API key: 401 problem for the MCP client without one, and for a bad key', async () => {
    await expect(connect()).rejects.toThrow(/401/);
    const res = await workerFetch(`${BASE}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    await expect(connect('sk_live_notakey')).rejects.toThrow(/401/);
  });

  it('lists the tools with the HTTP routes’ input schemas', async () => {
    const { key } = await createAccount();
    const client = await connect(key);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'chart_wheel',
      'composite',
      'create_calendar',
      'delete_calendar',
      'famous_people_matches',
      'famous_people_search',
      'get_alerts',
      'list_calendars',
      'moon_phase',
      'natal_chart',
      'period_reading',
      'places_search',
      'planetary_return',
      'progressions',
      'reading',
      'remove_alerts',
      'set_alerts',
      'sky_events',
      'synastry',
      'transit_timeline',
      'transits',
    ]);
    const natal = tools.find((t) => t.name === 'natal_chart');
    expect(Object.keys(natal?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['year', 'month', 'day', 'hour', 'city', 'latitude', 'house_system', 'save']),
    );
    expect(natal?.outputSchema?.properties).toHaveProperty('points');
    // The rules of the routes' documents (issue 17), in the tools' input schemas too.
    const rules = JSON.stringify(natal?.inputSchema);
    expect(rules).toContain('"dependentRequired":{"latitude":["longitude"],"longitude":["latitude"]}');
    expect(rules).toContain('"dependentSchemas":{"ayanamsa":{"properties":{"zodiac":{"const":"sidereal"}}');
    expect(rules).toContain('"not":{"pattern":"[\\\\p{Cc}\\\\p{Cs}]"}');
    const reading = tools.find((t) => t.name === 'reading')?.inputSchema as {
      type: string;
      anyOf?: unknown[];
    };
    expect(reading.type).toBe('object');
    expect(reading.anyOf).toHaveLength(3);
    const synastry = tools.find((t) => t.name === 'synastry')?.inputSchema as {
      properties: Record<string, { anyOf?: { required?: string[] }[] }>;
    };
    expect(synastry.properties.first?.anyOf?.map((b) => b.required?.[0])).toEqual([
      'year',
      'chart_id',
      'slug',
    ]);
    const transits = JSON.stringify(tools.find((t) => t.name === 'transits')?.inputSchema);
    expect(transits).toContain('"dependentSchemas":{"ayanamsa"');
    await client.close();
  });

  it('forecasting tools answer what their routes answer: transits, a timeline, the Moon, sky events', async () => {
    const { key } = await createAccount();
    const client = await connect(key);
    const natal = { natal: DIANA };
    const transits = await client.callTool({
      name: 'transits',
      arguments: { natal: natal.natal, at: '2027-01-15T12:00:00Z' },
    });
    expect(transits.isError, textOf(transits)).toBeFalsy();
    const t = transits.structuredContent as { at: string; aspects: { transiting: string }[] };
    expect(t.at).toBe('2027-01-15T12:00:00Z');
    expect(textOf(transits)).toMatch(/^Transits at 2027-01-15T12:00:00Z: /);
    await nextSecond();
    const http = (await (
      await workerFetch(`${BASE}/v1/transits`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ natal: natal.natal, at: '2027-01-15T12:00:00Z' }),
      })
    ).json()) as object;
    expect(t).toEqual(http);
    await nextSecond();
    const timeline = await client.callTool({
      name: 'transit_timeline',
      arguments: { natal: natal.natal, from: '2027-01-01', to: '2027-03-31', transiting: ['sun'] },
    });
    expect(timeline.isError, textOf(timeline)).toBeFalsy();
    const rows = (timeline.structuredContent as { data: { transiting: string; exact_at: string }[] }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((h) => h.transiting === 'sun')).toBe(true);
    await nextSecond();
    const period = await client.callTool({
      name: 'period_reading',
      arguments: { natal: natal.natal, from: '2027-01-01', period: 'month', lang: 'es' },
    });
    expect(period.isError, textOf(period)).toBeFalsy();
    const read = period.structuredContent as { lang: string; paragraphs: { factors: unknown[] }[] };
    expect(read.lang).toBe('es');
    expect(read.paragraphs.length).toBeGreaterThan(0);
    expect(read.paragraphs.every((p) => p.factors.length > 0)).toBe(true);
    expect(textOf(period)).toMatch(/^Tus tránsitos del 1 ene 2027 al 31 ene 2027: \d+ paragraphs/);
    await nextSecond();
    const moon = await client.callTool({ name: 'moon_phase', arguments: { at: '2027-01-15T12:00:00Z' } });
    expect(moon.isError, textOf(moon)).toBeFalsy();
    expect(textOf(moon)).toMatch(/^Moon at 2027-01-15T12:00:00Z: /);
    await nextSecond();
    const events = await client.callTool({
      name: 'sky_events',
      arguments: { from: '2027-01-01', to: '2027-01-31', types: 'lunation' },
    });
    expect(events.isError, textOf(events)).toBeFalsy();
    const lunations = (events.structuredContent as { data: { type: string }[] }).data;
    expect(lunations.length).toBeGreaterThanOrEqual(3);
    expect(lunations.every((e) => e.type === 'lunation')).toBe(true);
    await nextSecond();
    const bad = await client.callTool({
      name: 'transit_timeline',
      arguments: { natal: natal.natal, from: '2027-01-01', to: '2029-01-01', transiting: ['moon'] },
    });
    expect(bad.isError).toBe(true);
    await client.close();
  });

  it('a tool call costs what the HTTP call costs, and returns structured content plus a short text', async () => {
    const { key } = await createAccount(); // free tier: units counted one by one
    const client = await connect(key);
    expect(await usedToday(key, 'charts')).toBe(0);
    // connect (2-3 messages) and the call above already took 4 of the free key's 5 tokens this second.
    await nextSecond();
    const chart = await client.callTool({ name: 'natal_chart', arguments: DIANA });
    expect(chart.isError, textOf(chart)).toBeFalsy();
    const sc = chart.structuredContent as { points: { name: string; sign: string }[]; subject: object };
    expect(sc.points.find((p) => p.name === 'sun')?.sign).toBe('cancer');
    expect(textOf(chart)).toMatch(
      /^Diana.*: Sun \d+°\d{2}′ Cancer, Moon .*Aquarius, Ascendant .*Sagittarius/,
    );
    expect(await usedToday(key, 'charts')).toBe(1);
    await nextSecond();

    // The same answer as the HTTP route (one code path): compare with POST /v1/charts.
    const http = (await (
      await workerFetch(`${BASE}/v1/charts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(DIANA),
      })
    ).json()) as object;
    expect(sc).toEqual(http);
    expect(await usedToday(key, 'charts')).toBe(2);
    await nextSecond();

    const reading = await client.callTool({
      name: 'reading',
      arguments: { ...DIANA, sections: ['overview'] },
    });
    expect(reading.isError, textOf(reading)).toBeFalsy();
    expect((reading.structuredContent as { sections: unknown[] }).sections).toHaveLength(1);
    expect(await usedToday(key, 'readings')).toBe(1);

    await loadPlaceFixtures();
    const places = await client.callTool({ name: 'places_search', arguments: { q: 'ulm', country: 'DE' } });
    expect(places.isError, textOf(places)).toBeFalsy();
    expect(textOf(places)).toMatch(/^Ulm, DE \(48\.39841, 9\.99155, Europe\/Berlin\)/);
    // As the route refuses an unknown query parameter, the tool refuses an unknown argument.
    await nextSecond();
    const misspelt = await client.callTool({ name: 'places_search', arguments: { q: 'ulm', contry: 'DE' } });
    expect(misspelt.isError).toBe(true);
    expect(textOf(misspelt)).toMatch(/contry/);
    await client.close();
  });

  it('wheels: SVG as a text resource, PNG as an image; both metered as charts', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const client = await connect(key);
    const svg = await client.callTool({ name: 'chart_wheel', arguments: { birth: DIANA, size: 400 } });
    expect(svg.isError).toBeFalsy();
    const resource = (svg.content as { type: string; resource?: { mimeType: string; text: string } }[]).find(
      (c) => c.type === 'resource',
    );
    expect(resource?.resource?.mimeType).toBe('image/svg+xml');
    expect(resource?.resource?.text).toMatch(/^<svg[^>]+width="400"/);
    const png = await client.callTool({
      name: 'chart_wheel',
      arguments: { birth: DIANA, format: 'png', width: 256, theme: 'dark' },
    });
    const image = (png.content as { type: string; data?: string; mimeType?: string }[]).find(
      (c) => c.type === 'image',
    );
    expect(image?.mimeType).toBe('image/png');
    const decoded = decode(Uint8Array.from(atob(image?.data ?? ''), (ch) => ch.charCodeAt(0)));
    expect([decoded.width, decoded.height]).toEqual([256, 256]);
    expect(png.structuredContent).toMatchObject({ format: 'png', media_type: 'image/png' });
    const bad = await client.callTool({
      name: 'chart_wheel',
      arguments: { birth: DIANA, chart_id: 'chart_x' },
    });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/birth or chart_id/);
    await client.close();
  });

  it('invalid input is a tool error naming the field; an unresolvable side is the route’s 404 problem', async () => {
    const { key } = await createAccount();
    const client = await connect(key);
    const bad = await client.callTool({ name: 'natal_chart', arguments: { ...DIANA, month: 13 } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/month/);
    await nextSecond();
    const unknown = await client.callTool({
      name: 'synastry',
      arguments: { first: { slug: 'nobody-at-all' }, second: DIANA },
    });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toMatch(/^404 /);
    expect(unknown.structuredContent).toMatchObject({ status: 404 });
    expect(await usedToday(key, 'synastry')).toBe(0);
    await client.close();
  });

  it('a spent quota is a tool error with the 429 problem, and the HTTP quota is the same one', async () => {
    const { key } = await createAccount(); // free: 5 synastry units a day
    const client = await connect(key);
    const pair = { first: DIANA, second: { ...DIANA, full_name: 'Charles', year: 1948, month: 11, day: 14 } };
    for (let i = 0; i < 5; i++) {
      if (i % 2 === 0) await nextSecond();
      const ok = await client.callTool({ name: 'synastry', arguments: pair });
      expect(ok.isError, textOf(ok)).toBeFalsy();
    }
    await nextSecond();
    const spent = await client.callTool({ name: 'composite', arguments: pair });
    expect(spent.isError).toBe(true);
    expect(textOf(spent)).toMatch(/^429 .*Retry after \d+ s\./);
    expect(spent.structuredContent).toMatchObject({
      status: 429,
      type: 'https://iana.org/assignments/http-problem-types#quota-exceeded',
    });
    const http = await workerFetch(`${BASE}/v1/synastry`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(pair),
    });
    expect(http.status).toBe(429);
    await client.close();
  });

  it('a tool call takes one burst token (its MCP message), not two', async () => {
    const { key } = await createAccount(); // free: 5 a second
    await nextSecond();
    // initialize, its notification and the GET the client tries for a server stream (405 here): 3 tokens.
    const client = await connect(key);
    for (let i = 0; i < 2; i++) {
      // Were the dispatched request charged a token too, the second call would be over the limit.
      const r = await client.callTool({ name: 'natal_chart', arguments: DIANA });
      expect(r.isError, textOf(r)).toBeFalsy();
    }
    await expect(client.callTool({ name: 'natal_chart', arguments: DIANA })).rejects.toThrow(/429/);
    await client.close().catch(() => undefined);
  });

  it('records the MCP messages and the dispatched routes in the same analytics, with the units', async () => {
    const { key, accountId } = await createAccount();
    await loadPlaceFixtures();
    await nextSecond();
    const client = await connect(key);
    await client.callTool({ name: 'places_search', arguments: { q: 'Ulm' } });
    await client.callTool({ name: 'natal_chart', arguments: DIANA });
    await client.close();
    await flushAnalytics(env);
    const rows = await env.DB.prepare(
      'SELECT route, method, count, endpoint_class FROM usage_hourly WHERE account_id = ?1 ORDER BY route, method',
    )
      .bind(accountId)
      .all<{ route: string; method: string; count: number; endpoint_class: string | null }>();
    expect(rows.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: '/mcp', method: 'POST' }),
        expect.objectContaining({ route: '/v1/places', method: 'GET', count: 1 }),
        expect.objectContaining({ route: '/v1/charts', method: 'POST', count: 1, endpoint_class: 'charts' }),
      ]),
    );
  });
});
