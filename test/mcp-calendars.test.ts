/**
 * The MCP tools of calendar feeds and transit alerts: each dispatched as its HTTP route (same scope checks,
 * validation, caps and answers), deletions answered with a text line, marked destructive.
 */
import { describe, expect, it } from 'vitest';
import { accountWithChart, call, createAccount } from './helpers';
import { connect, nextSecond, textOf } from './mcp-client';

const feedPath = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

describe('MCP tools for calendars and alerts', () => {
  it('lists them with their routes’ schemas, deletions marked destructive', async () => {
    const { key } = await createAccount();
    const client = await connect(key);
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName.get('create_calendar')?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['chart_id', 'days_ahead', 'sky_events', 'transiting']),
    );
    expect(byName.get('create_calendar')?.outputSchema?.properties).toHaveProperty('url');
    const setAlerts = byName.get('set_alerts');
    expect(setAlerts?.inputSchema.required).toEqual(['chart_id']);
    expect(JSON.stringify(setAlerts?.inputSchema)).toContain('"dependentSchemas":{"ayanamsa"');
    // set_alerts replaces a chart's options: not an additive update.
    for (const name of ['delete_calendar', 'remove_alerts', 'set_alerts']) {
      expect(byName.get(name)?.annotations, name).toMatchObject({
        destructiveHint: true,
        idempotentHint: true,
        readOnlyHint: false,
      });
    }
    expect(byName.get('create_calendar')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(byName.get('list_calendars')?.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    // What an assistant reads first says which calls are metered.
    const instructions = client.getInstructions() ?? '';
    expect(instructions).not.toMatch(/each call is metered/i);
    expect(instructions).toMatch(/calendar feeds and alerts is not/);
    await client.close();
  });

  it('refuses an id that would take the call to another route, naming the field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const client = await connect(key);
    const calls = [
      ...['', '.', '..'].map((id) => ({ name: 'delete_calendar', field: 'calendar_id', id })),
      ...['get_alerts', 'set_alerts', 'remove_alerts', 'chart_wheel'].flatMap((name) =>
        ['', '.', '..'].map((id) => ({ name, field: 'chart_id', id })),
      ),
    ];
    for (const { name, field, id } of calls) {
      const res = await client.callTool({ name, arguments: { [field]: id } });
      const what = `${name} ${JSON.stringify(id)}: ${textOf(res)}`;
      expect(res.isError, what).toBe(true);
      expect(textOf(res), what).toContain(field);
      expect(textOf(res), what).not.toMatch(/No route/);
    }
    await client.close();
  });

  it('creates, lists and deletes a calendar; its feed answers until it is deleted', async () => {
    const { key, chartId } = await accountWithChart('premium');
    const client = await connect(key);
    const created = await client.callTool({
      name: 'create_calendar',
      arguments: { chart_id: chartId, days_ahead: 5, sky_events: ['lunation'] },
    });
    expect(created.isError, textOf(created)).toBeFalsy();
    const cal = created.structuredContent as { id: string; url: string; days_ahead: number };
    expect(cal.days_ahead).toBe(5);
    expect(textOf(created)).toContain(cal.url);
    expect(textOf(created)).toContain('each fetch costs 1 `charts` unit of the daily quota');
    const feed = await call(feedPath(cal.url));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const list = await client.callTool({ name: 'list_calendars', arguments: {} });
    expect(list.isError, textOf(list)).toBeFalsy();
    const rows = (list.structuredContent as { data: Record<string, unknown>[] }).data;
    expect(rows.map((r) => r.id)).toEqual([cal.id]);
    expect(textOf(list)).toMatch(/^1 calendar: /);
    expect(JSON.stringify(rows)).not.toContain('calt_'); // never the token

    const deleted = await client.callTool({ name: 'delete_calendar', arguments: { calendar_id: cal.id } });
    expect(deleted.isError, textOf(deleted)).toBeFalsy();
    expect(textOf(deleted)).toContain(cal.id);
    expect((await call(feedPath(cal.url))).status).toBe(404);
    const again = await client.callTool({ name: 'delete_calendar', arguments: { calendar_id: cal.id } });
    expect(again.isError).toBe(true);
    expect(textOf(again)).toMatch(/^404 /);
    await client.close();
  });

  it('sets, reads and removes a chart’s alerts; another account’s chart is the route’s 404', async () => {
    const { key, chartId } = await accountWithChart('premium');
    const other = await createAccount({ tier: 'premium' });
    const client = await connect(key);
    const set = await client.callTool({
      name: 'set_alerts',
      arguments: { chart_id: chartId, days_ahead: 3, transiting: ['mars', 'saturn'] },
    });
    expect(set.isError, textOf(set)).toBeFalsy();
    expect(set.structuredContent).toMatchObject({
      chart_id: chartId,
      days_ahead: 3,
      transiting: ['mars', 'saturn'],
    });
    expect(textOf(set)).toMatch(
      new RegExp(`^Chart ${chartId} opted in to transit alerts: 3 days ahead, 2 transiting bodies`),
    );
    expect(textOf(set)).toContain('webhook endpoints subscribed to transit.upcoming');
    const reset = await client.callTool({
      name: 'set_alerts',
      arguments: { chart_id: chartId, days_ahead: 3 },
    });
    expect(reset.isError, textOf(reset)).toBeFalsy();
    expect(textOf(reset)).toMatch(new RegExp(`^Alert options of chart ${chartId} replaced: 3 days ahead`));
    const got = await client.callTool({ name: 'get_alerts', arguments: { chart_id: chartId } });
    expect(got.structuredContent).toMatchObject({ chart_id: chartId, days_ahead: 3 });
    // The same through HTTP: one state.
    const http = await call(`/v1/charts/${chartId}/alerts`, { headers: { Authorization: `Bearer ${key}` } });
    expect(((await http.json()) as { days_ahead: number }).days_ahead).toBe(3);

    const foreign = await connect(other.key);
    const theirs = await foreign.callTool({ name: 'get_alerts', arguments: { chart_id: chartId } });
    expect(theirs.isError).toBe(true);
    expect(textOf(theirs)).toMatch(/^404 /);
    await foreign.close();

    const removed = await client.callTool({ name: 'remove_alerts', arguments: { chart_id: chartId } });
    expect(removed.isError, textOf(removed)).toBeFalsy();
    const gone = await client.callTool({ name: 'get_alerts', arguments: { chart_id: chartId } });
    expect(gone.isError).toBe(true);
    expect(textOf(gone)).toMatch(/^404 /);
    await client.close();
  });

  it('refuses what the routes refuse: bad options name the field, a read-only key cannot write', async () => {
    const { key, chartId } = await accountWithChart('free');
    await nextSecond();
    const client = await connect(key);
    const bad = await client.callTool({
      name: 'set_alerts',
      arguments: { chart_id: chartId, days_ahead: 99 },
    });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/days_ahead/);
    const sidereal = await client.callTool({
      name: 'create_calendar',
      arguments: { chart_id: chartId, ayanamsa: 'lahiri' },
    });
    expect(sidereal.isError).toBe(true);
    expect(textOf(sidereal)).toMatch(/ayanamsa|zodiac/);
    await client.close();

    await nextSecond();
    const reader = await createAccount({ scopes: ['charts:read'] });
    const readOnly = await connect(reader.key);
    const refused = await readOnly.callTool({ name: 'create_calendar', arguments: { chart_id: chartId } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/^403 /);
    const listed = await readOnly.callTool({ name: 'list_calendars', arguments: {} });
    expect(listed.isError, textOf(listed)).toBeFalsy();
    await readOnly.close();
  });
});
