/** The committed copies of the Swiss Ephemeris reference files (test/fixtures/) equal the originals, where those are here. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

for (const file of ['swiss-ephemeris-fixtures.json', 'swiss-ephemeris-sky.json']) {
  const original = resolve(here, '../../../shared/reference', file);
  const copy = resolve(here, '../fixtures', file);
  it.skipIf(!existsSync(original))(`test/fixtures/${file} equals ../shared/reference`, () => {
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });
}
