/**
 * The Swiss Ephemeris reference charts: $SWISS_FIXTURES, else ../shared/reference/ beside the repo (the
 * original), else the copy committed in test/fixtures/ (so a clone anywhere runs them; keep it equal to
 * the original). A missing file fails loudly: these checks are the accuracy proof.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function loadSwissFixtures<T>(): T[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.SWISS_FIXTURES,
    resolve(here, '../../../shared/reference/swiss-ephemeris-fixtures.json'),
    resolve(here, '../../shared/reference/swiss-ephemeris-fixtures.json'),
    resolve(here, '../fixtures/swiss-ephemeris-fixtures.json'),
  ].filter((p): p is string => typeof p === 'string');
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`swiss-ephemeris-fixtures.json not found in ${candidates.join(', ')}`);
  return (JSON.parse(readFileSync(found, 'utf8')) as { cases: T[] }).cases;
}
