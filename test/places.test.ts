import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../src/astro/types';
import {
  clearPlaceCache,
  fold,
  type Place,
  placeKeys,
  resolvePlace,
  searchPlaces,
} from '../src/platform/places';
import { ProblemError } from '../src/platform/problem';
import { authed, call, createAccount, problemOf } from './helpers';
import { loadPlaceFixtures } from './places-fixtures';

const ULM = 2820256;
const MUNICH = 2867714;
const PARIS_FR = 2988507;
const PARIS_TX = 4717560;
const PARIS_ON = 6942553;
const PARIS_AR = 4125402;

/** env.DB, counting the statements prepared through it. */
function countingDb() {
  const counter = { prepared: 0 };
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          counter.prepared++;
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, counter };
}

async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

describe('fold', () => {
  it('lower-cases, strips accents and maps letters NFKD leaves alone', () => {
    const cases: Record<string, string> = {
      'São Paulo': 'sao paulo',
      ZÜRICH: 'zurich',
      München: 'munchen',
      Kraków: 'krakow',
      Straße: 'strasse',
      Ærøskøbing: 'aeroskobing',
      Łódź: 'lodz',
      Đakovo: 'dakovo',
      Þórshöfn: 'thorshofn',
      İstanbul: 'istanbul',
      Ĳmuiden: 'ijmuiden',
      Œuilly: 'oeuilly',
      Gəncə: 'gence',
      Ｔｏｋｙｏ: 'tokyo',
    };
    for (const [name, key] of Object.entries(cases)) expect(fold(name), name).toBe(key);
  });

  it('drops apostrophes and collapses punctuation and whitespace to single spaces', () => {
    expect(fold("N'Djamena")).toBe('ndjamena');
    expect(fold('Hawaiʻi')).toBe('hawaii');
    expect(fold('Saint-Étienne')).toBe('saint etienne');
    expect(fold('  New   York, NY. ')).toBe('new york ny');
    expect(fold('St. Petersburg')).toBe('st petersburg');
    expect(fold('Llanfair\u00adpwll')).toBe('llanfairpwll');
    expect(fold('!!!')).toBe('');
    expect(fold('東京')).toBe('東京'); // other scripts stay (the gazetteer stores Latin keys only)
  });

  it('placeKeys keeps Latin alternates of big places, without codes or romanisations', () => {
    const keys = placeKeys(
      'Munich',
      'Munich',
      ['MUC', 'EDDM', 'München', 'Muenchen', 'Monaco di Baviera', 'mu ni hei', 'Мюнхен', 'Múnich'],
      1_260_391,
    );
    expect(keys.sort()).toEqual(['monaco di baviera', 'muenchen', 'munchen', 'munich']);
    const small = placeKeys('Ulmen', 'Ulmen', ['Ulmena', 'ULM'], 3265);
    expect(small).toEqual(['ulmen', 'ulmena']);
  });
});

describe('searchPlaces and resolvePlace', () => {
  beforeAll(async () => {
    await loadPlaceFixtures();
  });
  beforeEach(() => clearPlaceCache());

  it('searches case- and accent-insensitively, by any name', async () => {
    expect((await searchPlaces(env.DB, 'sao paulo'))[0]?.name).toBe('São Paulo');
    expect((await searchPlaces(env.DB, 'ZURICH'))[0]?.name).toBe('Zürich');
    for (const q of ['munchen', 'munich', 'MÜNCHEN', 'Muenchen', 'monaco di baviera']) {
      expect((await searchPlaces(env.DB, q))[0]?.id, q).toBe(MUNICH);
    }
    expect((await searchPlaces(env.DB, 'cracow'))[0]?.name).toBe('Kraków');
  });

  it('returns the whole place', async () => {
    const [ulm] = await searchPlaces(env.DB, 'Ulm');
    expect(ulm).toEqual({
      id: ULM,
      name: 'Ulm',
      ascii_name: 'Ulm',
      country: 'DE',
      admin1: '01',
      admin1_name: 'Baden-Wurttemberg',
      latitude: 48.39841,
      longitude: 9.99155,
      timezone: 'Europe/Berlin',
      population: 120451,
    } satisfies Place);
  });

  it('ranks exact matches first, then prefix matches, each by population', async () => {
    const paris = await searchPlaces(env.DB, 'paris');
    expect(paris.map((p) => p.id)).toEqual([PARIS_FR, PARIS_TX, PARIS_ON, PARIS_AR]);
    const par = await searchPlaces(env.DB, 'Par');
    expect(par.map((p) => p.name)).toEqual(['Par', 'Paris', 'Parma', 'Paris', 'Paris', 'Paris']);
    expect((await searchPlaces(env.DB, 'ulm')).map((p) => p.name)).toEqual(['Ulm', 'Ulmen', 'Ulma']);
    expect(await searchPlaces(env.DB, 'par', null, 2)).toHaveLength(2);
  });

  it('filters by country, in any case', async () => {
    const us = await searchPlaces(env.DB, 'paris', 'us');
    expect(us.map((p) => p.id)).toEqual([PARIS_TX, PARIS_AR]);
    expect(await searchPlaces(env.DB, 'paris', 'DE')).toEqual([]);
  });

  it('resolves an unambiguous city without warnings', async () => {
    const r = await resolvePlace(env.DB, 'münchen', 'de');
    expect(r.place.id).toBe(MUNICH);
    expect(r.alternatives).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('picks the most populous of an ambiguous name and lists the others', async () => {
    const r = await resolvePlace(env.DB, 'Paris');
    expect(r.place.id).toBe(PARIS_FR);
    expect(r.alternatives.map((p) => p.id)).toEqual([PARIS_TX, PARIS_ON, PARIS_AR]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.code).toBe('place_ambiguous');
    expect(r.warnings[0]?.message).toMatch(
      /^"city": "Paris" matched 4 places; using Paris, Île-de-France, FR \(pop\. 2,138,551\)/,
    );
    expect(r.warnings[0]?.message).toContain(
      'others: Paris, Texas, US (pop. 24,782); Paris, Ontario, CA (pop. 11,177)',
    );

    const us = await resolvePlace(env.DB, 'PARIS', 'us');
    expect(us.place.id).toBe(PARIS_TX);
    expect(us.warnings[0]?.message).toMatch(/^"city": "PARIS" in US matched 2 places/);
    expect((await resolvePlace(env.DB, 'Paris', 'CA')).warnings).toEqual([]);
  });

  it('an unknown city is a DomainError on "city", with suggestions where there are some', async () => {
    const unknown = await domainErrorOf(resolvePlace(env.DB, 'Atlantis'));
    expect(unknown.code).toBe('unknown_place');
    expect(unknown.path).toBe('city');
    expect(unknown.message).toBe('Unknown city "Atlantis".');

    const wrongCountry = await domainErrorOf(resolvePlace(env.DB, 'Ulm', 'FR'));
    expect(wrongCountry.message).toBe('Unknown city "Ulm" in FR. Did you mean Ulm, Baden-Wurttemberg, DE?');

    const partial = await domainErrorOf(resolvePlace(env.DB, 'Zuri'));
    expect(partial.message).toContain('Did you mean Zürich, Zurich, CH?');

    // The division by its name, not its GeoNames code ("Sandringham, 07, AU" before issue 18).
    const sandringham = await domainErrorOf(resolvePlace(env.DB, 'Sandringham', 'GB'));
    expect(sandringham.message).toBe(
      'Unknown city "Sandringham" in GB. Did you mean Sandringham, Auckland, NZ; ' +
        'Sandringham, Victoria, AU; Sandringham, New South Wales, AU?',
    );

    expect((await domainErrorOf(resolvePlace(env.DB, '...'))).path).toBe('city');
  });

  it('caches resolutions in isolate memory; concurrent lookups share one query', async () => {
    const { db, counter } = countingDb();
    const first = await resolvePlace(db, 'Zürich', 'CH');
    expect(counter.prepared).toBe(1);
    const again = await Promise.all([
      resolvePlace(db, 'zurich', 'ch'),
      resolvePlace(db, 'ZURICH', 'CH'),
      resolvePlace(db, 'Zurich', 'CH'),
    ]);
    expect(counter.prepared).toBe(1);
    expect(again.every((r) => r.place === first.place)).toBe(true);

    clearPlaceCache();
    const concurrent = await Promise.all([1, 2, 3, 4].map(() => resolvePlace(db, 'Krakow')));
    expect(counter.prepared).toBe(2);
    expect(new Set(concurrent.map((r) => r.place.id)).size).toBe(1);

    // Misses are cached too (briefly), and the warning echoes each caller's own spelling.
    await domainErrorOf(resolvePlace(db, 'Atlantis'));
    const misses = counter.prepared;
    await domainErrorOf(resolvePlace(db, 'ATLANTIS'));
    expect(counter.prepared).toBe(misses);
    expect((await resolvePlace(db, 'paris')).warnings[0]?.message).toMatch(/^"city": "paris"/);
    expect((await resolvePlace(db, 'PARIS')).warnings[0]?.message).toMatch(/^"city": "PARIS"/);
  });
});

describe('GET /v1/places', () => {
  it('says when there are more candidates than the limit', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const one = (await (await authed(key, '/v1/places?q=paris&limit=1')).json()) as {
      data: unknown[];
      has_more: boolean;
    };
    expect(one.data).toHaveLength(1);
    expect(one.has_more).toBe(true);
    const all = (await (await authed(key, '/v1/places?q=paris&limit=100')).json()) as {
      data: unknown[];
      has_more: boolean;
    };
    expect(all.data.length).toBeGreaterThan(1);
    expect(all.has_more).toBe(false);
  });

  let key: string;
  beforeAll(async () => {
    await loadPlaceFixtures();
    ({ key } = await createAccount({ tier: 'unlimited' })); // many requests in a second: above free's burst limit
  });

  it('answers ranked candidates in a list envelope', async () => {
    const res = await authed(key, '/v1/places?q=S%C3%A3o%20paulo');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, max-age=86400');
    const body = (await res.json()) as { data: Place[]; has_more: boolean };
    expect(body.has_more).toBe(false);
    expect(body.data[0]).toMatchObject({
      id: 3448439,
      name: 'São Paulo',
      ascii_name: 'Sao Paulo',
      country: 'BR',
      timezone: 'America/Sao_Paulo',
    });

    const paris = (await (await authed(key, '/v1/places?q=paris&country=us&limit=1')).json()) as {
      data: Place[];
    };
    expect(paris.data.map((p) => p.id)).toEqual([PARIS_TX]);
  });

  it('requires an API key', async () => {
    const res = await call('/v1/places?q=ulm');
    expect(res.status).toBe(401);
    await problemOf(res);
  });

  it('invalid queries are 400 problems naming the field', async () => {
    const cases: [string, string][] = [
      ['/v1/places', 'q'],
      ['/v1/places?q=', 'q'],
      [`/v1/places?q=${'a'.repeat(101)}`, 'q'],
      ['/v1/places?q=%21%21', 'q'],
      ['/v1/places?q=ulm&country=DEU', 'country'],
      ['/v1/places?q=ulm&country=1a', 'country'],
      ['/v1/places?q=ulm&limit=0', 'limit'],
      ['/v1/places?q=ulm&limit=101', 'limit'],
    ];
    for (const [path, field] of cases) {
      const res = await authed(key, path);
      expect(res.status, path).toBe(400);
      const body = await problemOf(res);
      expect(body.errors?.[0], path).toMatchObject({ path: field, location: 'query' });
    }
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
    };
    expect(doc.paths['/v1/places']?.get).toMatchObject({ operationId: 'searchPlaces', tags: ['Places'] });
  });
});

describe('an empty gazetteer', () => {
  it('is a 503 (the seed was not run), not an unknown city', async () => {
    await env.DB.batch([env.DB.prepare('DELETE FROM place_names'), env.DB.prepare('DELETE FROM places')]);
    clearPlaceCache();
    try {
      const err = await resolvePlace(env.DB, 'Ulm').then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ProblemError);
      expect((err as ProblemError).init.status).toBe(503);
      const { key } = await createAccount();
      expect((await authed(key, '/v1/places?q=ulm')).status).toBe(503);
    } finally {
      await loadPlaceFixtures();
    }
  });
});
