import { describe, expect, it } from 'vitest';
import { authed, call, createAccount, json, problemOf, saveChart } from './helpers';
import { CHARLES, DIANA } from './people';
import { byClass, parseXml } from './xml';

const charles = CHARLES;
const diana = DIANA;

interface Aspect {
  point_a: string;
  point_b: string;
  aspect: string;
  orb: number;
}

describe('POST /v1/synastry', () => {
  it("finds the couple's known aspects, overlays and a Discepolo score", async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/synastry', { first: charles, second: diana }, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Resource')).toBe('synastry');
    const body = (await res.json()) as {
      aspects: Aspect[];
      house_overlays: { first_in_second: { point: string; house: number }[] };
      score: { value: number; label: string; breakdown: { rule: string; points: number }[] };
      harmony: { sun: { signs: string[]; element_relation: string } };
    };
    // Checked by hand: Charles's Sun 22°25′ Scorpio opposes Diana's Venus 24°24′ Taurus (orb ≈ 1°59′) and
    // squares her Moon 25°02′ Aquarius (orb ≈ 2°37′).
    const sunVenus = body.aspects.find((a) => a.point_a === 'sun' && a.point_b === 'venus');
    expect(sunVenus).toMatchObject({ aspect: 'opposition' });
    expect(sunVenus?.orb).toBeCloseTo(1.98, 1);
    const sunMoon = body.aspects.find((a) => a.point_a === 'sun' && a.point_b === 'moon');
    expect(sunMoon).toMatchObject({ aspect: 'square' });
    expect(sunMoon?.orb).toBeCloseTo(2.62, 1);
    expect(body.aspects.every((a, i, all) => i === 0 || (all[i - 1] as Aspect).orb <= a.orb)).toBe(true);
    // Sun–Moon square: 4 points (Scorpio fixed vs Cancer cardinal: no destiny sign).
    expect(body.score.breakdown.map((b) => b.rule)).toContain('Sun–Moon square');
    expect(body.score.value).toBe(body.score.breakdown.reduce((s, b) => s + b.points, 0));
    expect(body.harmony.sun).toMatchObject({ signs: ['scorpio', 'cancer'], element_relation: 'same' });
    // Charles's Sun (232.4°) in Diana's houses (Asc 18°25′ Sagittarius, Placidus): the 11th.
    expect(body.house_overlays.first_in_second.find((o) => o.point === 'sun')?.house).toBe(11);
  });

  it('takes saved charts by id, but not another account’s', async () => {
    const me = await createAccount({ tier: 'premium' });
    const other = await createAccount({ tier: 'premium' });
    const chartId = await saveChart(me.key, charles);
    const ok = await json('/v1/synastry', { first: { chart_id: chartId }, second: diana }, { key: me.key });
    expect(ok.status).toBe(200);
    const theirs = await json(
      '/v1/synastry',
      { first: { chart_id: chartId }, second: diana },
      { key: other.key },
    );
    expect(theirs.status).toBe(404);
    expect((await problemOf(theirs)).errors?.[0]?.path).toBe('first.chart_id');
  });

  it('validates each side and names the field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases: [unknown, string][] = [
      [{ first: charles }, 'second'],
      [{ first: { ...charles, month: 13 }, second: diana }, 'first.month'],
      [{ first: charles, second: { chart_id: 'chart_x', year: 1990 } }, 'second.chart_id'],
      [{ first: charles, second: { month: 1, day: 1, hour: 1, latitude: 0, longitude: 0 } }, 'second.year'],
      [{ first: charles, second: diana, orbs: { trine: -1 } }, 'orbs.trine'],
    ];
    for (const [body, path] of cases) {
      const res = await json('/v1/synastry', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain(path);
    }
  });
});

describe('POST /v1/composite', () => {
  it('midpoint composite: shorter-arc midpoints, derived houses', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/composite', { first: charles, second: diana }, { key });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      method: string;
      points: { name: string; longitude: number; house: number }[];
      houses: unknown[];
      aspects: unknown[];
    };
    expect(body.method).toBe('midpoint');
    // Suns 232.42° and 99.66°: the shorter arc (132.76°) has its midpoint at 166.04°.
    expect(body.points.find((p) => p.name === 'sun')?.longitude).toBeCloseTo(166.04, 1);
    expect(body.houses).toHaveLength(12);
    expect(body.points.every((p) => p.house >= 1 && p.house <= 12)).toBe(true);
  });

  it('shorter-arc midpoints across 0° Aries through the endpoint', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    // Two coordinates-only noon charts ten days apart around the March equinox: Suns at ≈ 355° and ≈ 5°.
    const a = { year: 2000, month: 3, day: 15, time_known: false, latitude: 0, longitude: 0 };
    const b = { ...a, day: 25 };
    const body = (await (await json('/v1/composite', { first: a, second: b }, { key })).json()) as {
      points: { name: string; longitude: number }[];
    };
    const sun = body.points.find((p) => p.name === 'sun')?.longitude ?? -1;
    expect(sun < 2 || sun > 358).toBe(true); // near 0° Aries, not near 180°
  });

  it('validates its input and names the field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const [body, path] of [
      [{ first: charles, second: diana, method: 'average' }, 'method'],
      [{ first: charles }, 'second'],
      [{ first: charles, second: { ...diana, latitude: 95 } }, 'second.latitude'],
      [{ first: charles, second: diana, house_system: 'x' }, 'house_system'],
    ] as const) {
      const res = await json('/v1/composite', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain(path);
    }
  });

  it('davison: a real chart at the midpoint in time and place', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/composite', { first: charles, second: diana, method: 'davison' }, { key });
    const body = (await res.json()) as {
      davison: { utc_datetime: string; latitude: number; longitude: number };
    };
    expect(body.davison.utc_datetime).toBe('1955-03-09T19:59:30Z');
    expect(body.davison.latitude).toBeCloseTo(52.1645, 4);
    expect(body.davison.longitude).toBeCloseTo(0.1857, 4);
  });
});

describe('POST /v1/readings', () => {
  it('a reading that names the right signs and houses; sections filter; emits reading.generated', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/readings', diana, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Resource')).toBe('readings');
    const body = (await res.json()) as {
      sections: { id: string; title: string; text: string }[];
      word_count: number;
    };
    expect(body.sections.map((s) => s.id)).toEqual(['overview', 'planets', 'aspects', 'balance', 'emphasis']);
    const all = body.sections.map((s) => s.text).join('\n');
    // Diana: Sun in Cancer in the 7th, Moon in Aquarius, Sagittarius rising.
    expect(all).toMatch(/Sun in Cancer/);
    expect(all).toMatch(/Moon in Aquarius/);
    expect(all).toMatch(/Sagittarius/);
    expect(all).toMatch(/7th house/);
    expect(body.word_count).toBeGreaterThan(800);

    const only = await json('/v1/readings', { ...diana, sections: ['balance'] }, { key });
    const filtered = (await only.json()) as { sections: { id: string }[] };
    expect(filtered.sections.map((s) => s.id)).toEqual(['balance']);
    const bad = await json('/v1/readings', { ...diana, sections: ['horoscope'] }, { key });
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('sections[0]');
  });

  it('an unknown slug or chart id is a 404 that costs no unit', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/readings', { slug: 'nobody-at-all' }, { key });
    expect(res.status).toBe(404);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('slug');
    const me = (await (await authed(key, '/v1/account')).json()) as { usage: { readings: { used: number } } };
    expect(me.usage.readings.used).toBe(0);
  });

  it('needs the readings scope', async () => {
    const { key } = await createAccount({ scopes: ['charts:read'] });
    expect((await json('/v1/readings', diana, { key })).status).toBe(403);
  });
});

describe('chart wheels', () => {
  it('POST /v1/charts/wheel.svg: a themed SVG with 12 cusps and every point', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/charts/wheel.svg?size=400&theme=dark', diana, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('X-RateLimit-Resource')).toBe('charts');
    const svg = await res.text();
    const root = parseXml(svg); // well-formed, or this throws
    expect(root.name).toBe('svg');
    expect(root.attrs.width).toBe('400');
    expect(byClass(root, 'cusp')).toHaveLength(12);
    // Every point of the same chart is drawn, each once.
    const chart = (await (await json('/v1/charts', diana, { key })).json()) as { points: { name: string }[] };
    const drawn = byClass(root, 'point').map((g) => g.attrs['data-name']);
    expect(drawn.sort()).toEqual(chart.points.map((p) => p.name).sort());
    const etag = res.headers.get('ETag') ?? '';
    const again = await json('/v1/charts/wheel.svg?size=400&theme=dark', diana, {
      key,
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const bad = await json('/v1/charts/wheel.svg?size=5', diana, { key });
    expect((await problemOf(bad)).errors?.[0]).toMatchObject({ path: 'size', location: 'query' });
  });

  it('GET /v1/charts/{id}/wheel.svg escapes names and is tenant-isolated', async () => {
    const me = await createAccount({ tier: 'premium' });
    const other = await createAccount();
    const chartId = await saveChart(me.key, { ...diana, full_name: '<script>alert("x")</script>' });
    const res = await authed(me.key, `/v1/charts/${chartId}/wheel.svg`);
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect((await authed(other.key, `/v1/charts/${chartId}/wheel.svg`)).status).toBe(404);
    expect((await call(`/v1/charts/${chartId}/wheel.svg`)).status).toBe(401);
  });
});
