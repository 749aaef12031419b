import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearPlaceCache } from '../src/platform/places';
import { authed, createAccount, json, problemOf, waitFor } from './helpers';
import { NEW_YORK_1990 } from './people';
import { loadPlaceFixtures } from './places-fixtures';

beforeAll(async () => {
  await loadPlaceFixtures();
});

const einstein = {
  full_name: 'Albert Einstein',
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  second: 0,
  city: 'Ulm',
  country: 'DE',
};

interface ChartBody {
  id: string | null;
  subject: Record<string, unknown>;
  settings: Record<string, unknown>;
  points: { name: string; longitude: number; sign: string; house?: number }[];
  angles?: Record<string, number>;
  houses?: { number: number; cusp: number }[];
  aspects: unknown[];
  warnings: string[];
}

describe('POST /v1/charts', () => {
  it('computes a complete chart from a city: LMT before 1893, Einstein 10:50 UT', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/charts', einstein, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('MISS');
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}"$/);
    const chart = (await res.json()) as ChartBody;
    expect(chart.id).toBeNull();
    expect(chart.subject).toMatchObject({
      full_name: 'Albert Einstein',
      local_datetime: '1879-03-14T11:30:00',
      timezone: 'Europe/Berlin',
      lmt: true,
      place: { name: 'Ulm', country: 'DE' },
    });
    // Ulm's longitude 9.99155° → LMT +0:39:58 → 10:50:02 UT.
    expect(chart.subject.utc_datetime).toMatch(/^1879-03-14T10:50:0\dZ$/);
    const sun = chart.points.find((p) => p.name === 'sun');
    expect(sun).toMatchObject({ sign: 'pisces', house: 10 });
    expect(sun?.longitude).toBeCloseTo(353.5, 0);
    expect(chart.points.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'moon',
        'pluto',
        'mean_node',
        'true_node',
        'mean_lilith',
        'part_of_fortune',
        'vertex',
      ]),
    );
    expect(chart.houses).toHaveLength(12);
    expect(chart.angles?.ascendant).toBeGreaterThan(90); // Cancer rising
    expect(chart.angles?.ascendant).toBeLessThan(120);
    expect(chart.aspects.length).toBeGreaterThan(5);
    expect(chart.warnings.join(' ')).toMatch(/local mean time/);
  });

  it('shares one cache entry for equal normalised inputs, not for different options', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const body = { ...einstein, full_name: 'Cache Probe', year: 1901 };
    const first = await json('/v1/charts', body, { key });
    expect(first.headers.get('X-Cache')).toBe('MISS');
    const again = await json('/v1/charts', { ...body, city: 'ulm', country: 'de' }, { key });
    expect(again.headers.get('X-Cache')).toBe('HIT-L1');
    expect(again.headers.get('X-Cache-Key')).toBe(first.headers.get('X-Cache-Key'));
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    const other = await json('/v1/charts', { ...body, house_system: 'koch' }, { key });
    expect(other.headers.get('X-Cache')).toBe('MISS');
    expect(other.headers.get('X-Cache-Key')).not.toBe(first.headers.get('X-Cache-Key'));
    // If-None-Match → 304, and the call is still metered.
    const etag = first.headers.get('ETag') ?? '';
    const cond = await json('/v1/charts', body, { key, headers: { 'If-None-Match': etag } });
    expect(cond.status).toBe(304);
    expect(cond.headers.get('X-RateLimit-Remaining')).toBe('996');
  });

  it('computes from coordinates, deriving the zone; New York 1990 EDT → 18:30 UT', async () => {
    const { key } = await createAccount();
    const res = await json('/v1/charts', { ...NEW_YORK_1990, house_system: 'whole_sign' }, { key });
    expect(res.status).toBe(200);
    const chart = (await res.json()) as ChartBody;
    expect(chart.subject).toMatchObject({
      utc_datetime: '1990-05-15T18:30:00Z',
      timezone: 'America/New_York',
      utc_offset: -4,
    });
    expect(chart.houses?.every((h) => h.cusp % 30 === 0)).toBe(true);
  });

  it('time unknown: noon chart without houses or angles', async () => {
    const { key } = await createAccount();
    const { hour: _h, ...rest } = einstein;
    const chart = (await (
      await json('/v1/charts', { ...rest, time_known: false }, { key })
    ).json()) as ChartBody;
    expect(chart.subject.local_datetime).toBe('1879-03-14T12:00:00');
    expect(chart.houses).toBeUndefined();
    expect(chart.angles).toBeUndefined();
    expect(chart.points.some((p) => p.name === 'vertex' || p.name === 'part_of_fortune')).toBe(false);
    expect(chart.points.every((p) => p.house === undefined)).toBe(true);
  });

  it('sidereal charts subtract the ayanamsa', async () => {
    const { key } = await createAccount();
    const body = { ...einstein, latitude: 48.4, longitude: 9.99, city: undefined, country: undefined };
    const trop = (await (await json('/v1/charts', body, { key })).json()) as ChartBody;
    const sid = (await (
      await json('/v1/charts', { ...body, zodiac: 'sidereal', ayanamsa: 'fagan_bradley' }, { key })
    ).json()) as ChartBody & {
      settings: { ayanamsa_degrees: number };
    };
    const ay = sid.settings.ayanamsa_degrees;
    expect(ay).toBeGreaterThan(23);
    expect(ay).toBeLessThan(25);
    const tSun = trop.points.find((p) => p.name === 'sun')?.longitude ?? 0;
    const sSun = sid.points.find((p) => p.name === 'sun')?.longitude ?? 0;
    expect((tSun - sSun + 360) % 360).toBeCloseTo(ay, 3);
  });

  it('rejects invalid input with 400 naming every field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' }); // many calls: stay under the burst limit
    const cases: [Record<string, unknown>, string][] = [
      [{ ...einstein, month: 13 }, 'month'],
      [{ ...einstein, year: 1700 }, 'year'],
      [{ ...einstein, hour: undefined }, 'hour'],
      [{ ...einstein, hour: 24 }, 'hour'],
      [{ ...einstein, city: undefined, country: undefined }, 'city'],
      [{ ...einstein, city: undefined, latitude: 91, longitude: 0 }, 'latitude'],
      [{ ...einstein, city: undefined, latitude: 10 }, 'longitude'],
      [{ ...einstein, country: 'Germany' }, 'country'],
      [{ ...einstein, house_system: 'astrodienst' }, 'house_system'],
      [{ ...einstein, ayanamsa: 'lahiri' }, 'ayanamsa'],
      [{ ...einstein, orbs: { conjunction: 50 } }, 'orbs.conjunction'],
      [{ ...einstein, year: '1879' }, 'year'],
      [{ ...einstein, bogus: 1 }, 'bogus'],
      [{ ...einstein, city: '   ' }, 'city'],
    ];
    for (const [body, path] of cases) {
      const res = await json('/v1/charts', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const p = await problemOf(res);
      expect(
        p.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('what the document allows but the world does not is a 422 of its own type naming the field', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...einstein, month: 2, day: 30 }, 'day', 'invalid-date'],
      [{ ...einstein, year: 2023, month: 2, day: 29 }, 'day', 'invalid-date'],
      [{ ...einstein, month: 4, day: 31 }, 'day', 'invalid-date'],
      [{ ...einstein, timezone: 'Mars/Olympus' }, 'timezone', 'unknown-time-zone'],
    ];
    for (const [body, path, type] of cases) {
      const res = await json('/v1/charts', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const p = await problemOf(res);
      expect(p.type, JSON.stringify(body)).toBe(`https://stellar-edge.dev/problems/${type}`);
      expect(p.errors?.map((e) => e.path)).toEqual([path]);
    }
    // 29 February of a leap year is a day.
    expect((await json('/v1/charts', { ...einstein, year: 2024, month: 2, day: 29 }, { key })).status).toBe(
      200,
    );
  });

  it('unknown city and impossible local times are 422 naming the field', async () => {
    const { key } = await createAccount();
    const unknown = await json('/v1/charts', { ...einstein, city: 'Atlantis' }, { key });
    expect(unknown.status).toBe(422);
    expect((await problemOf(unknown)).errors?.[0]?.path).toBe('city');

    const gap = { year: 2021, month: 3, day: 14, hour: 2, minute: 30, city: 'New York City', country: 'US' };
    const rejected = await json('/v1/charts', gap, { key });
    expect(rejected.status).toBe(422);
    expect((await problemOf(rejected)).errors?.[0]?.path).toBe('hour');
    const shifted = await json('/v1/charts', { ...gap, on_gap: 'shift_forward' }, { key });
    expect(shifted.status).toBe(200);
    const chart = (await shifted.json()) as ChartBody;
    expect(chart.subject.utc_datetime).toBe('2021-03-14T07:30:00Z');
    expect(chart.warnings.join(' ')).toMatch(/did not exist|skipped|gap|shift/i);

    const ambiguous = await json('/v1/charts', { ...gap, month: 11, day: 7, hour: 1 }, { key });
    const amb = (await ambiguous.json()) as ChartBody;
    expect(amb.subject.utc_datetime).toBe('2021-11-07T05:30:00Z');
    expect(amb.warnings.join(' ')).toMatch(/ambiguous|twice|earlier/i);
  });

  it('a resolved city is kept in KV: a cold isolate resolves it without D1', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const body = { year: 1950, month: 6, day: 1, hour: 12, city: 'Zurich', country: 'CH' };
    expect((await json('/v1/charts', body, { key })).status).toBe(200);
    // Written back in waitUntil.
    const stored = await waitFor(
      'the place in KV',
      async () => (await env.CACHE.get('place:v2:zurich|CH')) ?? undefined,
      { everyMs: 20 },
    );
    expect(stored).toContain('Zürich');
    clearPlaceCache(); // a fresh isolate
    await env.DB.prepare("DELETE FROM place_names WHERE key = 'zurich'").run(); // D1 can no longer answer
    const again = await json('/v1/charts', { ...body, minute: 1 }, { key });
    expect(again.status).toBe(200);
    expect(((await again.json()) as ChartBody).subject.place).toMatchObject({
      name: 'Zürich',
      country: 'CH',
    });
    await loadPlaceFixtures(); // restore the names
  });

  it('needs a key with charts:read', async () => {
    const { key } = await createAccount({ scopes: ['keys'] });
    const res = await json('/v1/charts', einstein, { key });
    expect(res.status).toBe(403);
  });
});

describe('saved charts', () => {
  it('save, list, get, delete with events; another account sees 404', async () => {
    const me = await createAccount();
    const other = await createAccount();
    const saved = await json('/v1/charts', { ...einstein, save: true }, { key: me.key });
    expect(saved.status).toBe(201);
    const chart = (await saved.json()) as ChartBody;
    expect(chart.id).toMatch(/^chart_/);
    expect(saved.headers.get('Location')).toBe(`/v1/charts/${chart.id}`);

    const list = (await (await authed(me.key, '/v1/charts')).json()) as { data: Record<string, unknown>[] };
    expect(list.data[0]).toMatchObject({
      id: chart.id,
      full_name: 'Albert Einstein',
      sun_sign: 'pisces',
      rising_sign: 'cancer',
    });
    const got = (await (await authed(me.key, `/v1/charts/${chart.id}`)).json()) as ChartBody;
    expect(got.points).toEqual(chart.points);

    for (const [method, path] of [
      ['GET', `/v1/charts/${chart.id}`],
      ['DELETE', `/v1/charts/${chart.id}`],
    ] as const) {
      const res = await authed(other.key, path, { method });
      expect(res.status).toBe(404);
    }
    expect(((await (await authed(other.key, '/v1/charts')).json()) as { data: unknown[] }).data).toHaveLength(
      0,
    );

    expect((await authed(me.key, `/v1/charts/${chart.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await authed(me.key, `/v1/charts/${chart.id}`)).status).toBe(404);

    const types = await waitFor('three events in the log', async () => {
      const rows = await env.DB.prepare('SELECT type FROM events WHERE account_id = ?1 ORDER BY id')
        .bind(me.accountId)
        .all<{ type: string }>();
      return rows.results.length >= 3 ? rows.results.map((r) => r.type) : undefined;
    });
    expect(types).toEqual(expect.arrayContaining(['chart.calculated', 'chart.saved', 'chart.deleted']));
  });
});
