/**
 * scripts/seed-places.mjs builds the gazetteer's SQL from GeoNames cities500, the admin1 names and the
 * famous birthplaces (issue 18, item 4). The real build, once, checked row by row.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import data from '../../data/famous-people.json';
// @ts-expect-error: a plain .mjs script without type declarations
import { generate } from '../../scripts/seed-places.mjs';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'seed-places-'));
let sql = '';
let counts: { places: number; names: number; famous: { aliases: number; rows: number } };

beforeAll(async () => {
  counts = await generate(root, join(dir, 'places.sql'));
  sql = readFileSync(join(dir, 'places.sql'), 'utf8');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the gazetteer SQL', () => {
  it('holds GeoNames cities500 with the names of the first-level divisions', () => {
    expect(counts.places).toBeGreaterThan(199_000);
    // Ulm (cities1000 too) and Sandringham, Victoria: code and name of the division.
    expect(sql).toContain(
      "(2820256,'Ulm','Ulm','DE','01','Baden-Wurttemberg',48.39841,9.99155,'Europe/Berlin',",
    );
    expect(sql).toContain("(2150460,'Sandringham','Sandringham','AU','07','Victoria',-37.95218,145.01129,");
    // A place of 500 to 999 inhabitants, which cities1000 lacked (Newark Valley, NY: 957).
    expect(sql).toMatch(/\(5128644,'Newark Valley','Newark Valley','US','NY','New York',[^)]*,957\)/);
  });

  it('resolves every famous birthplace to the place its record uses', () => {
    const people = (
      data as { people: { slug: string; birth: { city: string; geonames_id: number | null } }[] }
    ).people;
    const diana = people.find((p) => p.slug === 'diana-princess-of-wales');
    expect(diana?.birth).toMatchObject({ city: 'Sandringham', geonames_id: 2651324 });
    // "Sandringham" in GB leads to Dersingham, the stand-in Diana's record documents.
    expect(sql).toContain("('sandringham',2651324,");
    expect(sql).toContain("('mvezo',946058,");
    // Birthplaces only the later cities1000 has: rows of their own, with negative ids.
    expect(counts.famous.rows).toBe(5);
    expect(sql).toMatch(
      /\(-\d,'Shaoshan','shaoshan','CN','11','Hunan',27\.91667,112\.51667,'Asia\/Shanghai',0\)/,
    );
    expect(sql).toMatch(/\('asella',-\d,0\)/);
  });
});
