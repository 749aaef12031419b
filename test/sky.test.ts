/**
 * Issue 20 through the API: asteroids as opt-in points, fixed stars with their conjunctions (`fixed_stars`,
 * `fixed_star_orb`), their validation, caching and the wheel's star ring.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_STAR_NAMES } from '../src/astro/stars';
import { authed, createAccount, json, problemOf, saveChart } from './helpers';
import { DIANA } from './people';
import { byClass, parseXml } from './xml';

interface StarBody {
  name: string;
  longitude: number;
  latitude: number;
  magnitude: number;
  conjunctions: { point: string; orb: number }[];
}
interface ChartBody {
  points: { name: string; longitude: number }[];
  angles?: Record<string, number>;
  fixed_stars?: StarBody[];
}

describe('asteroids and fixed stars in charts', () => {
  it('asteroids only when named in points; the default chart is unchanged', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const plain = (await (await json('/v1/charts', DIANA, { key })).json()) as ChartBody;
    expect(plain.points.map((p) => p.name)).not.toContain('ceres');
    expect(plain.fixed_stars).toBeUndefined();
    const res = await json(
      '/v1/charts',
      { ...DIANA, points: ['sun', 'moon', 'ceres', 'pallas', 'juno', 'vesta', 'pholus'] },
      { key },
    );
    expect(res.status).toBe(200);
    const chart = (await res.json()) as ChartBody;
    expect(chart.points.map((p) => p.name)).toEqual([
      'sun',
      'moon',
      'ceres',
      'pallas',
      'juno',
      'vesta',
      'pholus',
    ]);
  });

  it('"fixed_stars": true adds every star with its conjunctions; the orb is an option', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/charts', { ...DIANA, fixed_stars: true }, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('MISS');
    const chart = (await res.json()) as ChartBody;
    const stars = chart.fixed_stars ?? [];
    expect(stars.map((s) => s.name)).toEqual(FIXED_STAR_NAMES);
    for (const s of stars) {
      expect(s.longitude).toBeGreaterThanOrEqual(0);
      expect(s.longitude).toBeLessThan(360);
      for (const c of s.conjunctions) expect(c.orb).toBeLessThanOrEqual(1);
    }
    const wide = (await (
      await json('/v1/charts', { ...DIANA, fixed_stars: true, fixed_star_orb: 4 }, { key })
    ).json()) as ChartBody;
    const count = (c: ChartBody) => (c.fixed_stars ?? []).reduce((n, s) => n + s.conjunctions.length, 0);
    expect(count(wide)).toBeGreaterThan(count(chart));
    expect((wide.fixed_stars ?? []).flatMap((s) => s.conjunctions.map((c) => c.point))).toEqual(
      expect.arrayContaining([expect.any(String)]),
    );
    // With stars and without are two cache entries; the same request again is a hit.
    const again = await json('/v1/charts', { ...DIANA, fixed_stars: true }, { key });
    expect(again.headers.get('X-Cache')).not.toBe('MISS');
    const plain = await json('/v1/charts', DIANA, { key });
    expect(((await plain.json()) as ChartBody).fixed_stars).toBeUndefined();
  });

  it('rejects bad star options and unknown points with 400 naming the field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...DIANA, fixed_stars: true, fixed_star_orb: -1 }, 'fixed_star_orb'],
      [{ ...DIANA, fixed_stars: true, fixed_star_orb: 11 }, 'fixed_star_orb'],
      [{ ...DIANA, fixed_stars: true, fixed_star_orb: '1' }, 'fixed_star_orb'],
      [{ ...DIANA, fixed_star_orb: 2 }, 'fixed_star_orb'],
      [{ ...DIANA, fixed_stars: false, fixed_star_orb: 2 }, 'fixed_star_orb'],
      [{ ...DIANA, fixed_stars: 'yes' }, 'fixed_stars'],
      [{ ...DIANA, points: ['sun', 'eris'] }, 'points[1]'],
    ];
    for (const [body, path] of cases) {
      const res = await json('/v1/charts', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        (await problemOf(res)).errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('wheels draw the stars: conjunct ones named by default with fixed_stars, all as dots on request', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json(
      '/v1/charts/wheel.svg',
      { ...DIANA, fixed_stars: true, fixed_star_orb: 3 },
      { key },
    );
    expect(res.status).toBe(200);
    const root = parseXml(await res.text());
    const drawn = byClass(root, 'fixed-star').map((g) => g.attrs['data-name']);
    const chart = (await (
      await json('/v1/charts', { ...DIANA, fixed_stars: true, fixed_star_orb: 3 }, { key })
    ).json()) as ChartBody;
    const conjunct = (chart.fixed_stars ?? []).filter((s) => s.conjunctions.length > 0).map((s) => s.name);
    expect(conjunct.length).toBeGreaterThan(0);
    expect(drawn.sort()).toEqual([...conjunct].sort());
    expect(byClass(root, 'sn')).toHaveLength(conjunct.length);

    const none = parseXml(
      await (
        await json('/v1/charts/wheel.svg?fixed_stars=none', { ...DIANA, fixed_stars: true }, { key })
      ).text(),
    );
    expect(byClass(none, 'fixed-star')).toHaveLength(0);

    const chartId = await saveChart(key, DIANA);
    const all = parseXml(await (await authed(key, `/v1/charts/${chartId}/wheel.svg?fixed_stars=all`)).text());
    expect(byClass(all, 'fixed-star')).toHaveLength(FIXED_STAR_NAMES.length);
    const plain = parseXml(await (await authed(key, `/v1/charts/${chartId}/wheel.svg`)).text());
    expect(byClass(plain, 'fixed-star')).toHaveLength(0);
    const bad = await authed(key, `/v1/charts/${chartId}/wheel.svg?fixed_stars=some`);
    expect((await problemOf(bad)).errors?.[0]).toMatchObject({ path: 'fixed_stars', location: 'query' });
  });
});
