/**
 * Loads the asteroid tables (src/astro/asteroid-tables.ts) from the Worker's static assets
 * (public/ephemeris/<name>.json, built from src/astro/data/<name>-table.ts by scripts/build-asteroid-assets.mjs),
 * each once per isolate, the first time a request asks for that point. Kept out of the bundle, the five
 * tables save 160 KB of its gzipped JavaScript; the first request of an isolate that asks for them pays one
 * local asset read and a JSON parse per table (BENCHMARKS.md: "first asteroid chart").
 *
 * Call `ensureAsteroidTables` with a request's chart points before anything computes them (computeChart,
 * castChart, readings, wheels...): a point whose table is not loaded fails the request with a 500
 * (AsteroidTableMissingError), it is never silently left out.
 */
import { asteroidsIn, hasAsteroidTable, setAsteroidTable } from '../astro/asteroid-tables';
import type { ChebyshevTable } from '../astro/chebyshev';
import type { Asteroid } from '../astro/types';

/** One load per table and isolate; a failed load is forgotten so that the next request tries again. */
const loading = new Map<Asteroid, Promise<void>>();

async function load(assets: Fetcher, body: Asteroid): Promise<void> {
  const res = await assets.fetch(`https://assets.local/ephemeris/${body}.json`);
  if (!res.ok) {
    throw new Error(
      `The ephemeris table of ${body} could not be loaded from the static assets: ${res.status}`,
    );
  }
  setAsteroidTable(body, (await res.json()) as ChebyshevTable);
}

/** Loads the tables of the asteroids among `points` that this isolate has not loaded yet. */
export async function ensureAsteroidTables(
  env: { ASSETS: Fetcher },
  points: Iterable<string> | undefined,
): Promise<void> {
  const missing = asteroidsIn(points).filter((a) => !hasAsteroidTable(a));
  if (missing.length === 0) return;
  await Promise.all(
    missing.map((body) => {
      let p = loading.get(body);
      if (!p) {
        p = load(env.ASSETS, body).catch((err: unknown) => {
          loading.delete(body);
          throw err;
        });
        loading.set(body, p);
      }
      return p;
    }),
  );
}

/** Forgets the loads in flight (tests of the loading itself, with clearAsteroidTables). */
export function resetAsteroidLoading(): void {
  loading.clear();
}
