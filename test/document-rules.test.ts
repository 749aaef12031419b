/**
 * The OpenAPI document states the rules the server enforces (issue 17): real unions, rule keywords,
 * 422 types per operation, links from creates, integer query parameters, one rule for unknown query
 * parameters, and 405 on paths that are routes of their own. test/conformance.test.ts checks the whole
 * document against the server with generated requests; this file pins each mechanism.
 */
import { describe, expect, it } from 'vitest';
import { authed, call, createAccount, json, problemOf } from './helpers';

type Json = Record<string, unknown>;
const doc = (await (await call('/openapi.json')).json()) as {
  paths: Record<string, Record<string, Json & { operationId: string; parameters?: Json[]; responses: Json }>>;
  components: { schemas: Record<string, Json> };
};
const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
const op = (id: string) => {
  const found = operations.find((o) => o.operationId === id);
  if (!found) throw new Error(id);
  return found;
};
const schema = (name: string) => doc.components.schemas[name] as Json;

const EINSTEIN = { year: 1879, month: 3, day: 14, hour: 11, minute: 30, city: 'Ulm', country: 'DE' };

describe('the document states the rules', () => {
  it('whose chart: a oneOf of birth data, a saved chart_id and a slug, each strict', () => {
    for (const name of ['Person', 'ReadingRequest', 'MatchRequest']) {
      const branches = schema(name).oneOf as { $ref: string }[];
      expect(branches, name).toHaveLength(3);
      const [birth, chart, famous] = branches.map((b) => schema(b.$ref.split('/').pop() as string));
      expect(birth?.additionalProperties).toBe(false);
      expect(chart).toMatchObject({ required: ['chart_id'], additionalProperties: false });
      expect(famous).toMatchObject({ required: ['slug'], additionalProperties: false });
    }
  });

  it('birth data: hour unless time_known is false, a place, coordinates together, ayanamsa only sidereal', () => {
    expect(schema('ChartRequest').allOf).toEqual([
      {
        if: { properties: { time_known: { const: false } }, required: ['time_known'] },
        else: { required: ['hour'] },
      },
      { dependentRequired: { latitude: ['longitude'], longitude: ['latitude'] } },
      { anyOf: [{ required: ['city'] }, { required: ['latitude', 'longitude'] }] },
      {
        dependentSchemas: {
          ayanamsa: { properties: { zodiac: { const: 'sidereal' } }, required: ['zodiac'] },
        },
      },
    ]);
  });

  it('key xor pattern, expires_at xor expires_in_days, ["*"] alone, a non-empty PATCH', () => {
    expect((schema('CacheInvalidateRequest').oneOf as unknown[]).length).toBe(2);
    expect(schema('CacheInvalidatePattern')).toMatchObject({ required: ['pattern'] });
    const key = op('createApiKey') as unknown as {
      requestBody: { content: { 'application/json': { schema: Json } } };
    };
    expect(key.requestBody.content['application/json'].schema).toMatchObject({
      not: { required: ['expires_at', 'expires_in_days'] },
    });
    const events = (schema('WebhookCreate').properties as Record<string, Json>).events as { oneOf: Json[] };
    expect(events.oneOf[0]).toMatchObject({ items: { enum: ['*'] }, maxItems: 1 });
    expect(schema('WebhookUpdate')).toMatchObject({ minProperties: 1 });
  });

  it('dates are format: date with the calendar as pattern; integer query parameters are never null', () => {
    const params = operations.flatMap(
      (o) => (o.parameters ?? []) as { in: string; name: string; schema: Json }[],
    );
    const from = params.find((p) => p.name === 'from');
    expect(from?.schema).toMatchObject({ type: 'string', format: 'date' });
    expect(new RegExp(from?.schema.pattern as string).test('2026-02-30')).toBe(false);
    expect(new RegExp(from?.schema.pattern as string).test('2024-02-29')).toBe(true);
    for (const p of params.filter((x) => x.in === 'query')) {
      expect(JSON.stringify(p.schema.type ?? ''), p.name).not.toContain('null');
    }
  });

  it('every 422 lists its problem types; birth-data operations list the world checks', () => {
    for (const o of operations) {
      const r = o.responses['422'] as { content: Record<string, { schema: { allOf: Json[] } }> } | undefined;
      if (!r) continue;
      const problem = r.content['application/problem+json'];
      const types = (problem?.schema.allOf[1] as { properties: { type: { enum: string[] } } } | undefined)
        ?.properties.type.enum;
      expect(types?.length, o.operationId).toBeGreaterThan(0);
    }
    const enumOf = (id: string) => JSON.stringify((op(id).responses['422'] as Json).content);
    for (const id of [
      'createChart',
      'createChartWheel',
      'createReading',
      'createSynastry',
      'createComposite',
      'matchFamousPeople',
    ]) {
      for (const t of ['invalid-date', 'unknown-time-zone', 'unknown-place', 'nonexistent-local-time']) {
        expect(enumOf(id), `${id} ${t}`).toContain(`https://stellar-edge.dev/problems/${t}`);
      }
    }
    expect(enumOf('createChart')).toContain('idempotency-key-reused');
    expect(enumOf('getUsageAnalytics')).toContain('invalid-range');
  });

  it('creates link to the operations on what they created', () => {
    const links = (id: string, status: string) =>
      Object.keys(((op(id).responses[status] as Json).links ?? {}) as Json).sort();
    expect(links('createChart', '201')).toEqual(['deleteChart', 'getChart', 'getChartWheel']);
    expect(links('createApiKey', '201')).toEqual(['deleteApiKey', 'getApiKey', 'revokeApiKey', 'rollApiKey']);
    expect(links('createWebhook', '201')).toEqual([
      'deleteWebhook',
      'getWebhook',
      'listWebhookDeliveries',
      'rotateWebhookSecret',
      'testWebhook',
      'updateWebhook',
    ]);
    expect(links('createChartBatch', '202')).toEqual(['getBatch']);
    expect(links('createReadingBatch', '202')).toEqual(['getBatch']);
    expect(links('adminCreateAccount', '201')).toEqual(['adminGetAccount', 'adminUpdateAccount']);
    const ids = new Set(operations.map((o) => o.operationId));
    for (const o of operations) {
      for (const r of Object.values(o.responses) as { links?: Record<string, { operationId: string }> }[]) {
        for (const l of Object.values(r.links ?? {}))
          expect(ids.has(l.operationId), l.operationId).toBe(true);
      }
    }
  });
});

describe('the server keeps them', () => {
  it('a union names the field of the branch the request chose', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases: [unknown, string][] = [
      [{ first: { ...EINSTEIN, month: 13 }, second: { slug: 'marie-curie' } }, 'first.month'],
      [{ first: { slug: 'marie-curie' }, second: { chart_id: 'chart_x', year: 1990 } }, 'second.chart_id'],
      [{ first: { slug: 'marie-curie', zzz: 1 }, second: { slug: 'marie-curie' } }, 'first.zzz'],
      [{ first: { ...EINSTEIN, hour: undefined }, second: { slug: 'marie-curie' } }, 'first.hour'],
    ];
    for (const [body, path] of cases) {
      const res = await json('/v1/synastry', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        (await problemOf(res)).errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('unknown query parameters are a 400 naming them, on every operation', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const [path, init] of [
      ['/v1/charts?limt=5', {}],
      ['/v1/account?x=1', {}],
      ['/v1/places?q=Ulm&contry=DE', {}],
      ['/v1/charts?debug=1', { method: 'POST', body: JSON.stringify(EINSTEIN) }],
    ] as const) {
      const res = await authed(key, path, init);
      expect(res.status, path).toBe(400);
      const p = await problemOf(res);
      expect(p.errors?.[0], path).toMatchObject({ location: 'query' });
      expect(path).toContain(`${p.errors?.[0]?.path}=`);
    }
    expect((await authed(key, '/v1/charts?limit=5')).status).toBe(200);
  });

  it('integer query parameters are decimal integers; null and "" are not', async () => {
    const { key } = await createAccount({ role: 'admin', tier: 'unlimited' });
    for (const q of ['limit=null', 'limit=', 'limit=0x10', 'limit=1e1']) {
      expect((await authed(key, `/v1/analytics/events/chart.saved?${q}`)).status, q).toBe(400);
    }
    expect((await authed(key, '/v1/analytics/events/chart.saved?limit=0')).status).toBe(200);
  });

  it('a path of its own answers other methods with 405 and Allow, not its templated sibling', async () => {
    const { key } = await createAccount();
    for (const [path, allow] of [
      ['/v1/famous-people/matches', 'POST'],
      ['/v1/batch/charts', 'POST'],
      ['/v1/batch/readings', 'POST'],
      ['/v1/charts/wheel.svg', 'POST'],
    ] as const) {
      const res = await authed(key, path);
      expect(res.status, path).toBe(405);
      expect(res.headers.get('Allow'), path).toBe(allow);
      expect((await problemOf(res)).status).toBe(405);
    }
    // The templated routes still answer their own paths.
    expect((await authed(key, '/v1/famous-people/nobody-at-all')).status).toBe(404);
  });
});
