/**
 * The asteroid tables live outside the Worker's bundle (static assets, src/platform/asteroid-tables.ts): every
 * path that computes charts loads the tables its points ask for, once per isolate, and gets the generated
 * tables' exact positions; a table that cannot be loaded is an error, never a chart without the point.
 */
import { env } from 'cloudflare:workers';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AsteroidTableMissingError,
  clearAsteroidTables,
  hasAsteroidTable,
  setAsteroidTable,
} from '../src/astro/asteroid-tables';
import { computeChart } from '../src/astro/chart';
import { ASTEROID_TABLES, registerAsteroidTables } from '../src/astro/data/asteroid-modules';
import { ASTEROIDS } from '../src/astro/types';
import { ensureAsteroidTables, resetAsteroidLoading } from '../src/platform/asteroid-tables';
import { authed, createAccount, json, problemOf, waitFor } from './helpers';
import { CHARLES, DIANA } from './people';

const POINTS = ['sun', 'moon', ...ASTEROIDS];
type Point = { name: string; longitude: number; latitude?: number; speed?: number };

function forget() {
  clearAsteroidTables();
  resetAsteroidLoading();
}

describe('asteroid tables from static assets', () => {
  beforeEach(forget);
  afterAll(forget);

  it('each asset is exactly its generated table', async () => {
    for (const name of ASTEROIDS) {
      const res = await env.ASSETS.fetch(`https://assets.local/ephemeris/${name}.json`);
      expect(res.status, name).toBe(200);
      expect(await res.json(), name).toEqual({
        ...ASTEROID_TABLES[name],
        coeffs: [...ASTEROID_TABLES[name].coeffs],
      });
    }
  });

  it('charts, wheels, readings, synastry, composites and batches load what they ask for, and only that', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const diana = { ...DIANA, points: POINTS };
    const longitudes = (points: Point[]) =>
      Object.fromEntries(points.filter((p) => POINTS.includes(p.name)).map((p) => [p.name, p.longitude]));

    // A chart without asteroids loads nothing.
    expect((await json('/v1/charts', DIANA, { key })).status).toBe(200);
    expect(ASTEROIDS.filter(hasAsteroidTable)).toEqual([]);
    // Only Ceres asked: only Ceres loaded.
    expect((await json('/v1/charts', { ...DIANA, points: ['sun', 'ceres'] }, { key })).status).toBe(200);
    expect(ASTEROIDS.filter(hasAsteroidTable)).toEqual(['ceres']);
    forget();

    const chart = await json('/v1/charts', diana, { key });
    expect(chart.status).toBe(200);
    const fromChart = longitudes(((await chart.json()) as { points: Point[] }).points);
    expect(Object.keys(fromChart).sort()).toEqual([...POINTS].sort());

    const paths: [
      string,
      () => Promise<Response>,
      (r: Response) => Promise<Record<string, number> | null>,
    ][] = [
      ['wheel.svg', () => json('/v1/charts/wheel.svg', diana, { key }), async () => null],
      ['readings', () => json('/v1/readings', diana, { key }), async () => null],
      [
        'synastry',
        () => json('/v1/synastry', { first: DIANA, second: CHARLES, points: POINTS }, { key }),
        async (r) => longitudes(((await r.json()) as { first: { points: Point[] } }).first.points),
      ],
      [
        'composite (midpoint)',
        () => json('/v1/composite', { first: DIANA, second: CHARLES, points: POINTS }, { key }),
        async () => null,
      ],
      [
        'composite (davison)',
        () =>
          json(
            '/v1/composite',
            { first: DIANA, second: CHARLES, points: POINTS, method: 'davison' },
            { key },
          ),
        async () => null,
      ],
    ];
    for (const [name, call, read] of paths) {
      forget();
      const res = await call();
      expect(
        res.status,
        `${name}: ${res.status === 200 ? '' : JSON.stringify(await problemOf(res.clone()))}`,
      ).toBe(200);
      expect(ASTEROIDS.filter(hasAsteroidTable), name).toEqual([...ASTEROIDS]);
      const got = await read(res);
      if (got) expect(got, name).toEqual(fromChart);
    }

    forget();
    const batch = await json('/v1/batch/charts', { items: [diana], options: {} }, { key });
    expect(batch.status).toBe(202);
    const { id } = (await batch.json()) as { id: string };
    const job = await waitFor('the batch', async () => {
      const j = (await (await authed(key, `/v1/batch/${id}?include=results`)).json()) as {
        status: string;
        results?: { data: { status: string; result?: { points: Point[] } }[] };
      };
      return j.status === 'completed' ? j : undefined;
    });
    expect(job.results?.data[0]?.status).toBe('succeeded');
    expect(longitudes(job.results?.data[0]?.result?.points ?? [])).toEqual(fromChart);
  });

  it('the Worker computes the positions of the generated tables', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const asteroids = async (house_system: string) => {
      const res = await json('/v1/charts', { ...DIANA, points: POINTS, house_system }, { key });
      expect(res.headers.get('X-Cache')).toBe('MISS');
      const points = ((await res.json()) as { points: Point[] }).points;
      // Everything but the house (another house system on each call, so that neither is a cache hit).
      return points
        .filter((p) => ASTEROIDS.includes(p.name as never))
        .map(({ house: _house, ...rest }: Point & { house?: number }) => rest);
    };
    const fromAssets = await asteroids('campanus');
    forget();
    registerAsteroidTables(); // the generated modules themselves, as under Node
    const fromModules = await asteroids('koch');
    expect(fromAssets).toHaveLength(5);
    expect(fromAssets).toEqual(fromModules);
  });

  it('a table that is not loaded is an error, never a chart without the point', async () => {
    expect(() => computeChart(DIANA, { points: ['ceres'] })).toThrow(AsteroidTableMissingError);
    // An asset that cannot be read fails the load, and the next request tries again.
    const broken = {
      ASSETS: { fetch: async () => new Response('gone', { status: 404 }) } as unknown as Fetcher,
    };
    await expect(ensureAsteroidTables(broken, ['vesta'])).rejects.toThrow(/vesta could not be loaded.*404/);
    await ensureAsteroidTables(env, ['vesta']);
    expect(hasAsteroidTable('vesta')).toBe(true);
    // A malformed table is refused.
    expect(() => setAsteroidTable('juno', { ...ASTEROID_TABLES.juno, coeffs: [1, 2, 3] })).toThrow(
      /coefficients/,
    );
  });
});
