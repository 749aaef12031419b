/**
 * Issue 20 (items 3–6) through the API: every house system and ayanamsa by name, the user ayanamsa and its
 * validation, the points, aspects, orbs per point and patterns asked for, in charts, synastry and composites.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARABIC_PARTS, AYANAMSAS, DEFAULT_POINTS, HOUSE_SYSTEMS, POINT_NAMES } from '../src/astro/types';
import { authed, call, createAccount, json, problemOf } from './helpers';
import { loadPlaceFixtures } from './places-fixtures';

beforeAll(async () => {
  await loadPlaceFixtures();
});

const subject = {
  year: 1990,
  month: 5,
  day: 24,
  hour: 14,
  minute: 10,
  latitude: 48.4,
  longitude: 9.99,
  timezone: 'Europe/Berlin',
};
const tromso = { ...subject, latitude: 69.65, longitude: 18.96, timezone: 'Europe/Oslo', month: 12, day: 21 };

interface Point {
  name: string;
  longitude: number;
  right_ascension: number;
  declination: number;
}
interface Chart {
  settings: Record<string, unknown>;
  points: Point[];
  aspects: { aspect: string; point_a: string; point_b: string }[];
  patterns?: { type: string; points: string[] }[];
  houses?: { cusp: number }[];
  warnings: string[];
}

async function chart(key: string, body: Record<string, unknown>) {
  return json('/v1/charts', { ...subject, ...body }, { key });
}

describe('house systems and ayanamsas by name', () => {
  it('every house system, at 48° N and inside the Arctic circle', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const house_system of HOUSE_SYSTEMS) {
      for (const place of [subject, tromso]) {
        const res = await json('/v1/charts', { ...place, house_system }, { key });
        expect(res.status, house_system).toBe(200);
        const c = (await res.json()) as Chart;
        expect(c.settings.house_system).toBe(house_system);
        expect(c.houses).toHaveLength(12);
        for (const h of c.houses ?? []) expect(Number.isFinite(h.cusp)).toBe(true);
        const fallback = c.warnings.some((w) => w.includes('Porphyry houses are used'));
        // Inside the polar circle on 21 December: Placidus and Koch fall back; so does Makransky's Sunshine (the Sun
        // does not rise); the others are computed.
        expect(fallback, `${house_system} at ${place.latitude}`).toBe(
          place === tromso && ['placidus', 'koch', 'sunshine_makransky'].includes(house_system),
        );
      }
    }
  });

  it('every ayanamsa', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const ayanamsa of AYANAMSAS) {
      const res = await chart(key, { zodiac: 'sidereal', ayanamsa });
      expect(res.status, ayanamsa).toBe(200);
      const c = (await res.json()) as Chart;
      expect(c.settings.ayanamsa).toBe(ayanamsa);
      expect(typeof c.settings.ayanamsa_degrees).toBe('number');
    }
  });
});

describe('user ayanamsa', () => {
  it('a value at an epoch (ISO date or Julian day), carried by precession or at a given rate', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const base = { zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 23.85 };
    const iso = (await (
      await chart(key, { ...base, ayanamsa_epoch: '2000-01-01T12:00:00Z' })
    ).json()) as Chart;
    const jd = (await (await chart(key, { ...base, ayanamsa_epoch: 2451545 })).json()) as Chart;
    expect(iso.settings).toMatchObject({
      ayanamsa: 'user',
      user_ayanamsa: { value: 23.85, epoch_julian_day: 2451545, rate: null },
    });
    expect(jd.settings.ayanamsa_degrees).toBe(iso.settings.ayanamsa_degrees);
    // 1990 is ~10 years before the epoch: ~8.4′ less, plus the nutation (±17″).
    expect(iso.settings.ayanamsa_degrees as number).toBeCloseTo(23.85 - (9.6 * 50.29) / 3600, 1);
    const fixed = (await (
      await chart(key, { ...base, ayanamsa_epoch: '1990-05-24', ayanamsa_rate: 0 })
    ).json()) as Chart;
    expect(Math.abs((fixed.settings.ayanamsa_degrees as number) - 23.85) * 3600).toBeLessThan(20);
    expect(fixed.settings.user_ayanamsa).toMatchObject({ rate: 0 });
    // A different definition is a different chart (cache identity).
    const sun = (c: Chart) => c.points.find((p) => p.name === 'sun')?.longitude as number;
    expect(sun(fixed)).not.toBe(sun(iso));
  });

  it('is validated: each missing or misplaced field is a 400 naming it', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases: [Record<string, unknown>, string][] = [
      [{ zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_epoch: '2000-01-01' }, 'ayanamsa_value'],
      [{ zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24 }, 'ayanamsa_epoch'],
      [
        { zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24, ayanamsa_epoch: '2000-13-01' },
        'ayanamsa_epoch',
      ],
      [
        { zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24, ayanamsa_epoch: 'yesterday' },
        'ayanamsa_epoch',
      ],
      [{ zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24, ayanamsa_epoch: 12 }, 'ayanamsa_epoch'],
      [
        { zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 400, ayanamsa_epoch: 2451545 },
        'ayanamsa_value',
      ],
      [
        {
          zodiac: 'sidereal',
          ayanamsa: 'user',
          ayanamsa_value: 24,
          ayanamsa_epoch: 2451545,
          ayanamsa_rate: 1e6,
        },
        'ayanamsa_rate',
      ],
      [{ zodiac: 'sidereal', ayanamsa: 'lahiri', ayanamsa_value: 24 }, 'ayanamsa_value'],
      [{ ayanamsa: 'user', ayanamsa_value: 24, ayanamsa_epoch: 2451545 }, 'ayanamsa'],
    ];
    for (const [body, field] of cases) {
      const res = await chart(key, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const p = await problemOf(res);
      expect(
        p.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(field);
    }
  });

  it('is validated where a saved chart or a famous person stands for the birth data, too', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const res = await json(
      '/v1/readings',
      { slug: 'albert-einstein', zodiac: 'sidereal', ayanamsa: 'user' },
      { key },
    );
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.map((e) => e.path)).toContain('ayanamsa_value');
    // GET /v1/famous-people/{slug}/chart takes the predefined ayanamsas only (a user one needs a body).
    const famous = await authed(key, '/v1/famous-people/albert-einstein/chart?zodiac=sidereal&ayanamsa=user');
    expect(famous.status).toBe(400);
  });
});

describe('points, aspects and patterns on request', () => {
  it('east point, antivertex and the lots only when listed; every point has right ascension and declination', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const plain = (await (await chart(key, {})).json()) as Chart;
    expect(plain.points.map((p) => p.name)).toEqual(DEFAULT_POINTS);
    for (const p of plain.points) {
      expect(typeof p.right_ascension).toBe('number');
      expect(typeof p.declination).toBe('number');
    }
    const asked = ['sun', 'east_point', 'antivertex', ...ARABIC_PARTS];
    const more = (await (await chart(key, { points: asked })).json()) as Chart;
    // In the order of the point names, whatever the order asked.
    expect(more.points.map((p) => p.name)).toEqual(POINT_NAMES.filter((n) => asked.includes(n)));
  });

  it('minor aspects, parallels and orbs per point, validated', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const res = await chart(key, {
      aspects: ['conjunction', 'septile', 'novile', 'parallel', 'contra_parallel'],
      point_orbs: { moon: { conjunction: 12 } },
    });
    expect(res.status).toBe(200);
    const c = (await res.json()) as Chart;
    for (const a of c.aspects)
      expect(['conjunction', 'septile', 'novile', 'parallel', 'contra_parallel']).toContain(a.aspect);
    expect(c.aspects.some((a) => a.aspect === 'parallel' || a.aspect === 'contra_parallel')).toBe(true);
    for (const [body, field] of [
      [{ point_orbs: { pallas_athene: { conjunction: 2 } } }, 'point_orbs'],
      [{ point_orbs: { moon: { conjunction: 20 } } }, 'point_orbs.moon.conjunction'],
      [{ point_orbs: { moon: { octile: 2 } } }, 'point_orbs'],
      [{ aspects: ['decile'] }, 'aspects'],
      [{ aspect_patterns: 'yes' }, 'aspect_patterns'],
    ] as const) {
      const bad = await chart(key, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      const paths = (await problemOf(bad)).errors?.map((e) => e.path) ?? [];
      expect(
        paths.some((p) => p.startsWith(field)),
        `${JSON.stringify(body)}: ${paths}`,
      ).toBe(true);
    }
  });

  it('aspect patterns in a chart, and a cached chart without them stays without', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const stellium = { ...subject, year: 1962, month: 2, day: 4, hour: 12 };
    const without = (await (await json('/v1/charts', stellium, { key })).json()) as Chart;
    const res = await json('/v1/charts', { ...stellium, aspect_patterns: true }, { key });
    expect(res.headers.get('X-Cache')).toBe('MISS');
    const withPatterns = (await res.json()) as Chart;
    expect(without.patterns).toBeUndefined();
    expect(withPatterns.patterns?.some((p) => p.type === 'stellium' && p.points.length >= 6)).toBe(true);
    const again = (await (await json('/v1/charts', stellium, { key })).json()) as Chart;
    expect(again.patterns).toBeUndefined();
  });

  it('synastry: patterns between the two charts, each member with its chart; composites too', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const first = subject;
    const second = { ...subject, year: 1992, month: 11, day: 3, hour: 6 };
    const res = await json('/v1/synastry', { first, second, aspect_patterns: true }, { key });
    expect(res.status).toBe(200);
    const syn = (await res.json()) as {
      patterns: { type: string; points: { chart: string; point: string }[] }[];
      first: Chart;
    };
    expect(Array.isArray(syn.patterns)).toBe(true);
    for (const p of syn.patterns) expect(new Set(p.points.map((m) => m.chart)).size).toBe(2);
    expect(Array.isArray(syn.first.patterns)).toBe(true);
    const plain = (await (await json('/v1/synastry', { first, second }, { key })).json()) as Record<
      string,
      unknown
    >;
    expect(plain).not.toHaveProperty('patterns');
    for (const method of ['midpoint', 'davison']) {
      const comp = await json('/v1/composite', { first, second, method, aspect_patterns: true }, { key });
      expect(comp.status, method).toBe(200);
      expect(Array.isArray(((await comp.json()) as Chart).patterns), method).toBe(true);
    }
    const user = await json(
      '/v1/composite',
      { first, second, zodiac: 'sidereal', ayanamsa: 'user', ayanamsa_value: 24, ayanamsa_epoch: 2451545 },
      { key },
    );
    expect(user.status).toBe(200);
    const missing = await json(
      '/v1/synastry',
      { first, second, zodiac: 'sidereal', ayanamsa: 'user' },
      { key },
    );
    expect(missing.status).toBe(400);
  });
});

describe('charts saved before issue 20', () => {
  it('GET /v1/charts/{id} completes their points with right ascension and declination', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    for (const options of [{}, { zodiac: 'sidereal', ayanamsa: 'true_citra', points: POINT_NAMES }]) {
      const saved = (await (await chart(key, { ...options, save: true })).json()) as Chart & { id: string };
      // As such a chart is stored: without the two fields.
      const old = {
        ...saved,
        points: saved.points.map(({ right_ascension: _ra, declination: _dec, ...rest }) => rest),
      };
      delete (old as { id?: string }).id;
      await env.DB.prepare('UPDATE charts SET chart = ? WHERE id = ?')
        .bind(JSON.stringify(old), saved.id)
        .run();
      const res = await authed(key, `/v1/charts/${saved.id}`);
      expect(res.status).toBe(200);
      const got = (await res.json()) as Chart;
      expect(got.points.map((p) => p.name)).toEqual(saved.points.map((p) => p.name));
      for (const [i, p] of got.points.entries()) {
        const fresh = saved.points[i] as Point;
        expect(Math.abs(p.right_ascension - fresh.right_ascension) * 3600, p.name).toBeLessThan(0.01);
        expect(Math.abs(p.declination - fresh.declination) * 3600, p.name).toBeLessThan(0.01);
      }
    }
  });
});

describe('the OpenAPI document', () => {
  it('lists every new name in its enums', async () => {
    const doc = JSON.stringify(await (await call('/openapi.json')).json());
    for (const name of [
      ...HOUSE_SYSTEMS,
      ...AYANAMSAS,
      'east_point',
      'antivertex',
      ...ARABIC_PARTS,
      'septile',
      'quadri_novile',
      'contra_parallel',
      'mystic_rectangle',
      'ayanamsa_epoch',
      'point_orbs',
      'aspect_patterns',
    ]) {
      expect(doc, name).toContain(`"${name}"`);
    }
  });
});
