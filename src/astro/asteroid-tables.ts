/**
 * The Chebyshev tables of Ceres, Pallas, Juno, Vesta and Pholus (src/astro/data/<name>-table.ts), held by
 * whoever runs this code rather than imported: they are 0.5 MB of source (160 KB gzipped), a third of the
 * Worker's JavaScript, for points a chart has only when it asks for them. The Worker serves them as static
 * assets and loads each once per isolate before computing a chart that asks for it
 * (src/platform/asteroid-tables.ts: `ensureAsteroidTables`); Node (tests, benchmarks, scripts) registers the
 * generated modules directly (./data/asteroid-modules.ts).
 *
 * Computing an asteroid whose table is not loaded is an error (AsteroidTableMissingError), never a chart
 * without the point: the caller forgot to load it.
 */
import type { ChebyshevTable } from './chebyshev';
import { ASTEROIDS, type Asteroid } from './types';

export class AsteroidTableMissingError extends Error {
  override readonly name = 'AsteroidTableMissingError';
  constructor(readonly body: Asteroid) {
    super(`The ephemeris table of ${body} is not loaded (load it before computing: ensureAsteroidTables)`);
  }
}

const tables = new Map<Asteroid, ChebyshevTable>();

/** Checks a table's shape (what a static asset could get wrong) and makes it the one used for `body`. */
export function setAsteroidTable(body: Asteroid, table: ChebyshevTable): void {
  const { start, span, segments, order, scale, coeffs } = table;
  const finite = [start, span, segments, order, scale].every(Number.isFinite);
  if (
    !finite ||
    span <= 0 ||
    !Number.isInteger(segments) ||
    !Number.isInteger(order) ||
    segments < 1 ||
    order < 1
  ) {
    throw new TypeError(`Invalid ephemeris table for ${body}: bad header`);
  }
  if (!Array.isArray(coeffs) || coeffs.length !== segments * 3 * order || !coeffs.every(Number.isFinite)) {
    throw new TypeError(
      `Invalid ephemeris table for ${body}: ${segments} × 3 × ${order} coefficients expected`,
    );
  }
  tables.set(body, { start, span, segments, order, scale, coeffs });
}

export function hasAsteroidTable(body: Asteroid): boolean {
  return tables.has(body);
}

/** The table of `body`; throws AsteroidTableMissingError when it was not loaded. */
export function asteroidTable(body: Asteroid): ChebyshevTable {
  const t = tables.get(body);
  if (!t) throw new AsteroidTableMissingError(body);
  return t;
}

/** The asteroids among `names` (chart points, in any order), each once, in ASTEROIDS order. */
export function asteroidsIn(names: Iterable<string> | undefined): Asteroid[] {
  if (!names) return [];
  const set = new Set<string>(names);
  return ASTEROIDS.filter((a) => set.has(a));
}

/** Forgets every loaded table (tests of the loading itself). */
export function clearAsteroidTables(): void {
  tables.clear();
}
