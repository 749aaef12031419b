/** The committed copy of the Swiss Ephemeris fixtures (test/fixtures/) is the original, where that is here. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const original = resolve(here, '../../../shared/reference/swiss-ephemeris-fixtures.json');
const copy = resolve(here, '../fixtures/swiss-ephemeris-fixtures.json');

it.skipIf(!existsSync(original))(
  'test/fixtures/swiss-ephemeris-fixtures.json equals ../shared/reference',
  () => {
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(original, 'utf8'));
  },
);
