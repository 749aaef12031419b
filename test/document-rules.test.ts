/**
 * The OpenAPI document states the rules the server enforces (issue 17): real unions, rule keywords,
 * 422 types per operation, links from creates, integer query parameters, one rule for unknown query
 * parameters, and 405 on paths that are routes of their own. test/conformance.test.ts checks the whole
 * document against the server with generated requests; this file pins each mechanism.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, localeFor } from '../src/astro/i18n';
import { ChartItemSchema, ChartOptionsSchema, withSharedOptions } from '../src/platform/batch/items';
import { LANG_PATTERN } from '../src/platform/lang';
import { epochJulianDay } from '../src/platform/subject';
import { INSTANT_PATTERN } from '../src/schemas/forecast';
import { EPOCH_MAX_JD, EPOCH_MIN_JD, EPOCH_PATTERN } from '../src/schemas/subject';
import { NOT_MULTILINE_TEXT_PATTERN, NOT_TEXT_PATTERN, textProblem } from '../src/schemas/text';
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
const AT_ULM = { year: 1879, month: 3, day: 14, hour: 11, minute: 30, latitude: 48.4011, longitude: 9.9876 };

describe('the document states the rules', () => {
  it('whose chart: a oneOf of birth data, a saved chart_id and a slug, each strict', () => {
    for (const name of ['Person', 'NatalSide', 'ReadingRequest', 'MatchRequest']) {
      const branches = schema(name).oneOf as { $ref: string }[];
      expect(branches, name).toHaveLength(3);
      const [birth, chart, famous] = branches.map((b) => schema(b.$ref.split('/').pop() as string));
      expect(birth?.additionalProperties).toBe(false);
      expect(chart).toMatchObject({ required: ['chart_id'], additionalProperties: false });
      expect(famous).toMatchObject({ required: ['slug'], additionalProperties: false });
    }
  });

  it('birth data: hour unless time_known is false, a place, coordinates together, utc_offset or dst; options and stars', () => {
    const onlyWith = (field: string, other: string, value: unknown) => ({
      dependentSchemas: { [field]: { properties: { [other]: { const: value } }, required: [other] } },
    });
    const requiredIf = (field: string, flag: string, value: unknown) => ({
      if: { properties: { [flag]: { const: value } }, required: [flag] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: { required: [field] },
    });
    const options = [
      onlyWith('ayanamsa', 'zodiac', 'sidereal'),
      requiredIf('ayanamsa_value', 'ayanamsa', 'user'),
      requiredIf('ayanamsa_epoch', 'ayanamsa', 'user'),
      onlyWith('ayanamsa_value', 'ayanamsa', 'user'),
      onlyWith('ayanamsa_epoch', 'ayanamsa', 'user'),
      onlyWith('ayanamsa_rate', 'ayanamsa', 'user'),
    ];
    const stars = [onlyWith('fixed_star_orb', 'fixed_stars', true)];
    const subject = [
      {
        if: { properties: { time_known: { const: false } }, required: ['time_known'] },
        else: { required: ['hour'] },
      },
      { dependentRequired: { latitude: ['longitude'], longitude: ['latitude'] } },
      { anyOf: [{ required: ['city'] }, { required: ['latitude', 'longitude'] }] },
      { not: { required: ['utc_offset', 'dst'] } },
    ];
    expect(schema('ChartRequest').allOf).toEqual([...subject, ...options, ...stars]);
    expect(schema('BatchChartItem').allOf).toEqual([...subject, ...options, ...stars]);
    expect(schema('BatchChartOptions').allOf).toEqual([...options, ...stars]);
    expect(schema('BatchReadingItem').allOf).toEqual([...subject, ...options]);
    expect(schema('SynastryRequest').allOf).toEqual(options);
    expect(schema('CompositeRequest').allOf).toEqual(options);
  });

  it("a user ayanamsa's ISO epoch: the pattern is the calendar and the years 0 to 3000 as written", () => {
    const props = schema('ChartRequest').properties as Record<string, { anyOf: Json[] }>;
    const [iso, jd] = props.ayanamsa_epoch?.anyOf ?? [];
    expect(iso).toMatchObject({ type: 'string', pattern: EPOCH_PATTERN.source });
    expect(jd).toMatchObject({ type: 'number', minimum: EPOCH_MIN_JD, maximum: EPOCH_MAX_JD });
    // The pattern accepts exactly the ISO strings that main's parser reads as a date (the definition
    // before the pattern) and that are written no later than 3000-01-01T00:00 (the bound is on the
    // date-time as written, its offset aside): every combination of edge years, months, days, times
    // and offsets.
    const years = ['0000', '0001', '0004', '0100', '0400', '1582', '1900', '2000', '2024', '2100', '2999'];
    const all = [...years, '3000', '3001', '9999'];
    const days = ['00', '01', '28', '29', '30', '31', '32'];
    const times = [
      '',
      'T00:00',
      'T00:00:00',
      'T00:00:00.000',
      'T00:00:00.5',
      'T23:59:59.999999999',
      'T24:00',
    ];
    const offsets = ['', 'Z', '+00:00', '-00:00', '+05:30', '-01:00', '+18:59', '+19:00', '-18:00'];
    let checked = 0;
    for (const y of all) {
      for (const m of ['00', '01', '02', '04', '12', '13']) {
        for (const d of days) {
          for (const t of times) {
            for (const z of t ? offsets : ['']) {
              const s = `${y}-${m}-${d}${t}${z}`;
              const jdOf = epochJulianDay(s);
              const written = epochJulianDay(`${y}-${m}-${d}${t}`);
              const valid = jdOf !== null && written !== null && written <= EPOCH_MAX_JD;
              expect(EPOCH_PATTERN.test(s), s).toBe(valid);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    for (const s of ['1950-01-01T12', '1950-1-01', ' 1950-01-01', '1950-01-01T12:00Z ', '-0100-01-01']) {
      expect(EPOCH_PATTERN.test(s), s).toBe(false);
    }
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
    const from = (op('getUsageAnalytics').parameters as { name: string; schema: Json }[]).find(
      (p) => p.name === 'from',
    );
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
      'createChartWheelPng',
      'getTransits',
      'getTransitTimeline',
      'getReturn',
      'getProgressions',
      'createReading',
      'createSynastry',
      'createComposite',
      'matchFamousPeople',
    ]) {
      for (const t of [
        'invalid-date',
        'unknown-time-zone',
        'unknown-place',
        'nonexistent-local-time',
        'dst-before-standard-time',
      ]) {
        expect(enumOf(id), `${id} ${t}`).toContain(`https://stellar-edge.dev/problems/${t}`);
      }
    }
    expect(enumOf('createChart')).toContain('idempotency-key-reused');
    expect(enumOf('getUsageAnalytics')).toContain('invalid-range');
    expect(enumOf('getTransitTimeline')).toContain('invalid-range');
    expect(enumOf('getSkyEvents')).toContain('invalid-range');
    expect(enumOf('getReturn')).toContain('no-return');
    expect(enumOf('getChartWheelPng')).toContain('invalid-png-size');
    expect(enumOf('createChartWheelPng')).toContain('invalid-png-size');
  });

  it('forecasting: the ayanamsa only with the sidereal zodiac, a return place a city or coordinates', () => {
    const sidereal = {
      dependentSchemas: {
        ayanamsa: { properties: { zodiac: { const: 'sidereal' } }, required: ['zodiac'] },
      },
    };
    /** The rules of an object: its `allOf` when it has several, else the object itself. */
    const rulesOf = (s: Json) => ((s as { allOf?: Json[] }).allOf ?? [s]) as Json[];
    for (const name of [
      'TransitsRequest',
      'TimelineRequest',
      'ReturnRequest',
      'ProgressionRequest',
      'PeriodReadingRequest',
    ]) {
      expect(rulesOf(schema(name)), name).toContainEqual(expect.objectContaining(sidereal));
    }
    // Readings for time: `lang` only with `interpretation: true`, which takes only the natal points readings name;
    // a period takes `to` or `period`, not both.
    for (const name of ['TransitsRequest', 'TimelineRequest']) {
      expect(rulesOf(schema(name)), name).toContainEqual({
        dependentSchemas: {
          lang: { properties: { interpretation: { const: true } }, required: ['interpretation'] },
        },
      });
      expect(rulesOf(schema(name)), name).toContainEqual(
        expect.objectContaining({
          if: { properties: { interpretation: { const: true } }, required: ['interpretation'] },
        }),
      );
    }
    expect(rulesOf(schema('PeriodReadingRequest'))).toContainEqual({ not: { required: ['to', 'period'] } });
    expect(JSON.stringify(schema('ReturnPlace').allOf)).toBe(
      JSON.stringify([
        { dependentRequired: { latitude: ['longitude'], longitude: ['latitude'] } },
        { anyOf: [{ required: ['city'] }, { required: ['latitude', 'longitude'] }] },
        { not: { required: ['city', 'latitude'] } },
      ]),
    );
  });

  it('forecasting instants: the pattern is the calendar and the span served, 1800-01-01 to 2399-12-31', () => {
    const at = (op('getMoonPhase').parameters as { name: string; schema: Json }[]).find(
      (p) => p.name === 'at',
    );
    const pattern = new RegExp(at?.schema.pattern as string, 'u');
    expect(pattern.source).toBe(INSTANT_PATTERN.source);
    for (const ok of [
      '1800-01-01',
      '2399-12-31',
      '2000-02-29',
      '2024-02-29',
      '2026-12-04T12:00Z',
      '2026-12-04T12:00:00.5Z',
    ]) {
      expect(pattern.test(ok), ok).toBe(true);
    }
    for (const bad of [
      '1799-12-31',
      '2400-01-01',
      '1900-02-29',
      '2100-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-12-04T24:00Z',
      '2026-12-04T12:00+01:00',
      '',
    ]) {
      expect(pattern.test(bad), bad).toBe(false);
    }
    expect(schema('TransitsRequest').properties).toMatchObject({ at: { pattern: INSTANT_PATTERN.source } });
  });

  it('lang: the pattern takes exactly the tags of the languages offered (language[-Script][-REGION])', () => {
    const lang = (op('createChartWheel').parameters as { name: string; schema: Json }[]).find(
      (p) => p.name === 'lang',
    );
    expect(lang?.schema.pattern).toBe(LANG_PATTERN.source);
    const inGrammar = [
      ...LANGS.flatMap((l) => [l, l.toUpperCase(), `${l}-US`, `${l}-419`, `${l}-Latn`, `${l}-Latn-BR`]),
      ...['zh-TW', 'zh-hk', 'zh-MO', 'zh-158', 'zh-344', 'zh-446', 'zh-Hant', 'zh-hant-CN', 'zh-Hans-TW'],
      ...['zh-CN', 'zh-SG', 'zh-156', 'zh-Latn', 'ru', 'ru-RU', 'ko-KR', 'nl', 'pl-PL', 'zz'],
    ];
    for (const tag of inGrammar) {
      let offered = false;
      try {
        offered = localeFor(tag) !== null;
      } catch {}
      expect(LANG_PATTERN.test(tag), tag).toBe(offered);
    }
    for (const bad of ['', 'e', 'en-', 'english', 'en_US', 'en-u-ca-gregory']) {
      expect(LANG_PATTERN.test(bad), bad).toBe(false);
    }
  });

  it('text: the document says "not a control character or a lone surrogate" beside a field\'s own pattern', () => {
    const birth = schema('Subject').properties as Record<string, Json>;
    expect(birth.city).toMatchObject({ pattern: '\\S', not: { pattern: NOT_TEXT_PATTERN } });
    expect(birth.full_name).toMatchObject({ not: { pattern: NOT_TEXT_PATTERN } });
    const id = (op('getChart').parameters as { name: string; schema: Json }[]).find((p) => p.name === 'id');
    expect(id?.schema.not).toEqual({ anyOf: [{ pattern: NOT_TEXT_PATTERN }, { enum: ['.', '..'] }] });
    // The patterns are the server's rule, code point by code point (lone surrogates included).
    const single = new RegExp(NOT_TEXT_PATTERN, 'u');
    const multi = new RegExp(NOT_MULTILINE_TEXT_PATTERN, 'u');
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      const s = String.fromCharCode(
        ...(cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + (cp & 0x3ff)] : [cp]),
      );
      if (single.test(s) !== (textProblem(s) !== null)) throw new Error(`single-line U+${cp.toString(16)}`);
      if (multi.test(s) !== (textProblem(s, true) !== null))
        throw new Error(`multi-line U+${cp.toString(16)}`);
    }
  });

  it('Idempotent-Replayed is documented on every answer the idempotency layer replays (2xx, stored 4xx)', () => {
    const responses = op('createChart').responses as Record<string, { headers?: Json }>;
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '409', '422', '429']),
    );
    for (const [status, r] of Object.entries(responses)) {
      const replayed = /^2/.test(status) || (/^4/.test(status) && !['401', '409', '429'].includes(status));
      expect('Idempotent-Replayed' in (r.headers ?? {}), status).toBe(replayed);
    }
  });

  it('creates link to the operations on what they created', () => {
    const links = (id: string, status: string) =>
      Object.keys(((op(id).responses[status] as Json).links ?? {}) as Json).sort();
    expect(links('createChart', '201')).toEqual([
      'deleteChart',
      'getChart',
      'getChartWheel',
      'getChartWheelPng',
    ]);
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

  it("main's option rules: a 400 on the field the document names; dst without standard time a 422 of its type", async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const user = { zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...EINSTEIN, ...user, ayanamsa_epoch: '2023-02-29' }, 'ayanamsa_epoch'],
      [{ ...EINSTEIN, ...user, ayanamsa_epoch: '3000-01-02' }, 'ayanamsa_epoch'],
      [{ ...EINSTEIN, ...user, ayanamsa_epoch: 2451545, ayanamsa: 'lahiri' }, 'ayanamsa_value'],
      [{ ...EINSTEIN, fixed_stars: false, fixed_star_orb: 2 }, 'fixed_star_orb'],
      [{ ...EINSTEIN, utc_offset: 1, dst: false }, 'dst'],
    ];
    for (const [body, path] of cases) {
      const res = await json('/v1/charts', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain(path);
    }
    // Coordinates: this file does not seed the gazetteer.
    const ulm = { ...EINSTEIN, city: undefined, country: undefined, latitude: 48.4, longitude: 9.99 };
    for (const epoch of ['2024-02-29T12:00+01:00', '3000-01-01T00:00-05:00', EPOCH_MIN_JD]) {
      const ok = await json('/v1/charts', { ...ulm, ...user, ayanamsa_epoch: epoch }, { key });
      expect(ok.status, String(epoch)).toBe(200);
    }
    // Příbor in 1856 kept local mean time: no standard time, so no daylight time to force.
    const freud = { year: 1856, month: 5, day: 6, hour: 18, minute: 30, latitude: 49.64, longitude: 18.14 };
    const res = await json('/v1/charts', { ...freud, timezone: 'Europe/Prague', dst: true }, { key });
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.type).toBe('https://stellar-edge.dev/problems/dst-before-standard-time');
    expect(p.errors?.[0]?.path).toBe('dst');
  });

  it('a batch item and shared options that are each valid make a valid item (ayanamsa, stars)', () => {
    const shared = {
      zodiac: 'sidereal',
      ayanamsa: 'user',
      ayanamsa_value: 24,
      ayanamsa_epoch: '2000-01-01',
      ayanamsa_rate: 50,
      fixed_stars: true,
      fixed_star_orb: 2,
    };
    expect(ChartOptionsSchema.safeParse(shared).success).toBe(true);
    const items = [
      EINSTEIN,
      { ...EINSTEIN, fixed_stars: false },
      { ...EINSTEIN, zodiac: 'tropical' },
      { ...EINSTEIN, zodiac: 'sidereal' },
      { ...EINSTEIN, zodiac: 'sidereal', ayanamsa: 'lahiri' },
      { ...EINSTEIN, fixed_stars: true },
    ];
    for (const item of items) {
      expect(ChartItemSchema.safeParse(item).success, JSON.stringify(item)).toBe(true);
      const merged = withSharedOptions(item, shared);
      expect(ChartItemSchema.safeParse(merged).success, JSON.stringify(merged)).toBe(true);
    }
    expect(withSharedOptions({ ...EINSTEIN, fixed_stars: true }, shared)).not.toHaveProperty(
      'fixed_star_orb',
    );
    // An item may still set a dependent field alone, under the shared field it depends on.
    expect(withSharedOptions({ ...EINSTEIN, ayanamsa_value: 23 }, shared)).toMatchObject({
      ayanamsa: 'user',
      ayanamsa_value: 23,
      ayanamsa_epoch: '2000-01-01',
    });
  });

  it('unknown query parameters are a 400 naming them, on every operation', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const [path, init] of [
      ['/v1/charts?limt=5', {}],
      ['/v1/account?x=1', {}],
      ['/v1/places?q=Ulm&contry=DE', {}],
      ['/v1/sky/moon?att=2027-01-01', {}],
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

  it('forecasting and PNG rules between fields the document cannot state are 422s of their own type', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases = [
      ['/v1/sky/events?from=2027-02-01&to=2027-01-01', {}, 'invalid-range', 'to'],
      ['/v1/sky/events?from=2027-01-01&to=2028-06-01', {}, 'invalid-range', 'to'],
      [
        '/v1/transits/timeline',
        { method: 'POST', body: JSON.stringify({ natal: EINSTEIN, from: '2027-02-01', to: '2027-01-01' }) },
        'invalid-range',
        'to',
      ],
      [
        '/v1/charts/wheel.png?width=256&scale=2',
        { method: 'POST', body: JSON.stringify(EINSTEIN) },
        'invalid-png-size',
        'scale',
      ],
      [
        '/v1/charts/wheel.png?size=2000&scale=4',
        { method: 'POST', body: JSON.stringify(EINSTEIN) },
        'invalid-png-size',
        'scale',
      ],
    ] as const;
    for (const [path, init, type, field] of cases) {
      const res = await authed(key, path, init);
      expect(res.status, path).toBe(422);
      const p = await problemOf(res);
      expect(p.type, path).toBe(`https://stellar-edge.dev/problems/${type}`);
      expect(p.errors?.[0]?.path, path).toBe(field);
    }
    // What the pattern refuses is a 400; what it allows reaches the answer.
    for (const at of ['2026-02-30', '1799-12-31', '1900-02-29']) {
      expect((await authed(key, `/v1/sky/moon?at=${at}`)).status, at).toBe(400);
    }
    expect((await authed(key, '/v1/sky/moon?at=2000-02-29')).status).toBe(200);
    const natal = { method: 'POST', body: JSON.stringify({ natal: EINSTEIN, ayanamsa: 'lahiri' }) };
    const sidereal = await authed(key, '/v1/transits', natal);
    expect(sidereal.status).toBe(400);
    expect((await problemOf(sidereal)).errors?.[0]?.path).toBe('ayanamsa');
  });

  it('lang: what the pattern allows is served, what it refuses is a 400 naming lang', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const reading = (lang: string) =>
      authed(key, '/v1/readings', { method: 'POST', body: JSON.stringify({ ...AT_ULM, lang }) });
    for (const lang of ['pt-BR', 'zh-Hans-TW', 'ZH-cn', 'es-419', 'ru-RU'])
      expect((await reading(lang)).status, lang).toBe(200);
    for (const lang of ['zh-TW', 'zh-158', 'zh-Hant', 'tr', '']) {
      const res = await reading(lang);
      expect(res.status, lang).toBe(400);
      expect((await problemOf(res)).errors?.[0]?.path, lang).toBe('lang');
    }
  });

  it('a path of its own answers other methods with 405 and Allow, not its templated sibling', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const [path, allow] of [
      ['/v1/famous-people/matches', 'POST'],
      ['/v1/batch/charts', 'POST'],
      ['/v1/batch/readings', 'POST'],
      ['/v1/charts/wheel.svg', 'POST'],
      ['/v1/charts/wheel.png', 'POST'],
      ['/v1/transits/timeline', 'POST'],
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
