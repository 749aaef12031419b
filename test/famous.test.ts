import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearMemoryCache, evictLocal } from '../src/platform/cache';
import { loadFamousPeople, PEOPLE } from './famous-fixtures';
import { authed, createAccount, json, problemOf, waitFor } from './helpers';
import { NEW_YORK_1990 } from './people';

beforeAll(async () => {
  await loadFamousPeople();
});

interface Person {
  slug: string;
  full_name: string;
  category: string;
  time_known: boolean;
  rodden_rating: string;
  sun_sign: string;
  moon_sign: string;
  rising_sign: string | null;
}

describe('the dataset', () => {
  it('has ≥ 300 people across every field, and no invented times', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(300);
    const byCategory = new Map<string, number>();
    for (const p of PEOPLE) byCategory.set(p.category, (byCategory.get(p.category) ?? 0) + 1);
    for (const c of ['science', 'arts', 'music', 'film', 'politics', 'sport', 'literature', 'business']) {
      expect(byCategory.get(c) ?? 0, c).toBeGreaterThanOrEqual(25);
    }
    for (const p of PEOPLE) {
      const timed = p.birth.hour !== undefined;
      expect(timed, p.slug).toBe(p.time_known);
      if (timed) expect(['AA', 'A', 'B', 'C', 'DD'], p.slug).toContain(p.rodden_rating);
      else expect(p.rodden_rating, p.slug).toBe('X');
      expect(p.source.length, p.slug).toBeGreaterThan(10);
      expect(p.birth.year, p.slug).toBeGreaterThanOrEqual(1800);
    }
    expect(new Set(PEOPLE.map((p) => p.slug)).size).toBe(PEOPLE.length);
  });
});

describe('cache warming', () => {
  it("warms every famous person's chart in the background", async () => {
    const admin = await createAccount({ role: 'admin', tier: 'unlimited' });
    // Start cold, whatever ran before: no famous chart in KV, in this data centre or in isolate memory.
    const cachedBefore = (await env.CACHE.list({ prefix: 'famous:' })).keys.map((k) => k.name);
    for (const name of cachedBefore) {
      await evictLocal(name);
      await env.CACHE.delete(name);
    }
    clearMemoryCache();
    const res = await json('/v1/admin/cache/warm', { target: 'famous_people' }, { key: admin.key });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ target: 'famous_people', queued: PEOPLE.length });
    // Wait until the warm-up has written every chart to KV, without touching the route ourselves.
    const stored = await waitFor(
      'every famous chart in KV',
      async () => {
        const n = (await env.CACHE.list({ prefix: 'famous:' })).keys.length;
        return n >= PEOPLE.length ? n : undefined;
      },
      // A bound, not a speed target: 807 charts took ~29 s here on a loaded
      // 2-core machine, and the collection grows.
      { timeoutMs: 120_000 },
    );
    expect(stored).toBe(PEOPLE.length);
    // The very first request for any of them is then a hit.
    const last = PEOPLE.map((p) => p.slug)
      .sort()
      .at(-1);
    const first = await authed(admin.key, `/v1/famous-people/${last}/chart`);
    expect(first.headers.get('X-Cache')).toBe('HIT-L1');
  }, 150_000);
});

describe('GET /v1/famous-people', () => {
  it('searches names ignoring accents and case, metered as famous_people', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await authed(key, '/v1/famous-people?q=DVORAK');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Resource')).toBe('famous_people');
    const body = (await res.json()) as { data: Person[] };
    expect(body.data.map((p) => p.full_name)).toContain('Antonín Dvořák');
    const bjork = (await (await authed(key, '/v1/famous-people?q=bjork%20gudmundsdottir')).json()) as {
      data: Person[];
    };
    expect(bjork.data).toHaveLength(1);
  });

  it('q works for every length the document allows (D1 caps LIKE patterns at 50 bytes)', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    // 55 bytes as written, 51 once folded: a whole long name still finds its person.
    const neruda = encodeURIComponent('Ricardo Eliécer Neftalí Reyes Basoalto (Pablo Neruda)');
    const found = await authed(key, `/v1/famous-people?q=${neruda}`);
    expect(found.status).toBe(200);
    expect(((await found.json()) as { data: Person[] }).data.map((p) => p.slug)).toEqual(['pablo-neruda']);
    for (const q of ['a'.repeat(49), 'é'.repeat(60), 'x'.repeat(100)]) {
      const res = await authed(key, `/v1/famous-people?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(((await res.json()) as { data: Person[] }).data).toEqual([]);
    }
    expect((await authed(key, `/v1/famous-people?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('filters agree with the computed charts (sun, moon and rising, every result)', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const signsOf = async (slug: string) => {
      const chart = (await (await authed(key, `/v1/famous-people/${slug}/chart`)).json()) as {
        points: { name: string; sign: string }[];
        houses?: { sign: string }[];
      };
      return {
        sun: chart.points.find((q) => q.name === 'sun')?.sign,
        moon: chart.points.find((q) => q.name === 'moon')?.sign,
        rising: chart.houses?.[0]?.sign ?? null, // the 1st cusp (Placidus) is the ascendant
      };
    };
    for (const [query, field, sign, mustContain] of [
      ['sun_sign=pisces&category=science', 'sun', 'pisces', 'albert-einstein'],
      ['moon_sign=sagittarius&category=science', 'moon', 'sagittarius', 'albert-einstein'],
      ['rising_sign=cancer', 'rising', 'cancer', 'albert-einstein'],
    ] as const) {
      const { data } = (await (await authed(key, `/v1/famous-people?${query}&limit=100`)).json()) as {
        data: Person[];
      };
      expect(
        data.map((p) => p.slug),
        query,
      ).toContain(mustContain);
      for (const p of data) {
        expect((await signsOf(p.slug))[field], `${query}: ${p.slug}`).toBe(sign);
        if (field === 'rising') expect(p.time_known).toBe(true);
      }
    }
  });

  it('paginates by slug', async () => {
    const { key } = await createAccount({ tier: 'unlimited' });
    const first = (await (await authed(key, '/v1/famous-people?limit=5')).json()) as {
      data: Person[];
      has_more: boolean;
    };
    expect(first.has_more).toBe(true);
    const last = first.data[4]?.slug ?? '';
    const second = (await (await authed(key, `/v1/famous-people?limit=5&starting_after=${last}`)).json()) as {
      data: Person[];
    };
    expect((second.data[0]?.slug ?? '') > last).toBe(true);
    const bad = await authed(key, '/v1/famous-people?sun_sign=ophiuchus');
    expect((await problemOf(bad)).errors?.[0]).toMatchObject({ path: 'sun_sign', location: 'query' });
  });

  it('details and chart by slug; unknown slugs 404', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const einstein = (await (await authed(key, '/v1/famous-people/albert-einstein')).json()) as Person;
    expect(einstein).toMatchObject({
      full_name: expect.stringContaining('Einstein'),
      rodden_rating: 'AA',
      sun_sign: 'pisces',
      moon_sign: 'sagittarius',
      rising_sign: 'cancer',
    });
    const chart = await authed(key, '/v1/famous-people/albert-einstein/chart?house_system=whole_sign');
    expect(chart.status).toBe(200);
    expect(chart.headers.get('X-Cache')).toBe('MISS');
    const body = (await chart.json()) as { houses: { cusp: number }[]; settings: { house_system: string } };
    expect(body.settings.house_system).toBe('whole_sign');
    expect(body.houses[0]?.cusp).toBe(90);
    expect(
      (await authed(key, '/v1/famous-people/albert-einstein/chart?house_system=whole_sign')).headers.get(
        'X-Cache',
      ),
    ).toBe('HIT-L1');
    expect((await authed(key, '/v1/famous-people/nobody-at-all')).status).toBe(404);
    expect((await authed(key, '/v1/famous-people/nobody-at-all/chart')).status).toBe(404);
  });
});

describe('sources and offsets (issue 18)', () => {
  it("returns each record's source page and offset, and charts a timed record at that offset", async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const garland = (await (await authed(key, '/v1/famous-people/judy-garland')).json()) as Person & {
      source_url: string;
      utc_offset: number;
      utc_offset_basis: string;
      utc_offset_note: string;
      birth: { admin1: string; geonames_id: number };
    };
    expect(garland).toMatchObject({
      source_url: expect.stringMatching(/^https:\/\//),
      utc_offset: -6,
      utc_offset_basis: 'source',
      utc_offset_note: expect.stringContaining('CST'),
      birth: { hour: 6, minute: 0, admin1: 'Minnesota', geonames_id: 5028537 },
    });
    // 06:00 CST is 12:00 UT; America/Chicago alone would have said CDT (11:00 UT).
    const chart = (await (await authed(key, '/v1/famous-people/judy-garland/chart')).json()) as {
      subject: { utc_datetime: string; utc_offset: number; timezone: string; place: { admin1_name: string } };
    };
    expect(chart.subject).toMatchObject({
      utc_datetime: '1922-06-10T12:00:00Z',
      utc_offset: -6,
      timezone: 'America/Chicago',
      place: { admin1_name: 'Minnesota' },
    });
    // An untimed record: no offset, and the page that confirms its date (or null).
    const lovelace = (await (await authed(key, '/v1/famous-people/ada-lovelace')).json()) as Record<
      string,
      unknown
    >;
    expect(lovelace).toMatchObject({ time_known: false, rodden_rating: 'X' });
    expect(lovelace).not.toHaveProperty('utc_offset');
    expect(lovelace.source_url).toMatch(/^https?:\/\//);
  });
});

describe('POST /v1/famous-people/matches', () => {
  const subject = NEW_YORK_1990;

  it('ranks by score, reproducibly, and lists shared signs', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/famous-people/matches', { ...subject, limit: 15 }, { key });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      subject: { sun_sign: string };
      data: { person: Person; score: { value: number }; shared: string[] }[];
      same_signs: { sun: string[] };
      candidates: number;
    };
    expect(body.candidates).toBe(PEOPLE.length);
    expect(body.data).toHaveLength(15);
    for (let i = 1; i < body.data.length; i++) {
      expect(body.data[i - 1]?.score.value).toBeGreaterThanOrEqual(body.data[i]?.score.value ?? 0);
    }
    expect(body.subject.sun_sign).toBe('taurus');
    expect(body.same_signs.sun.length).toBeGreaterThan(0);
    const again = (await (
      await json('/v1/famous-people/matches', { ...subject, limit: 15 }, { key })
    ).json()) as typeof body;
    expect(again.data.map((d) => d.person.slug)).toEqual(body.data.map((d) => d.person.slug));
    // The top score equals the full synastry score of the same pair.
    const top = body.data[0] as (typeof body.data)[number];
    const syn = (await (
      await json('/v1/synastry', { first: subject, second: { slug: top.person.slug } }, { key })
    ).json()) as {
      score: { value: number };
    };
    expect(syn.score.value).toBe(top.score.value);
  });

  it('filters by category and validates', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/famous-people/matches', { ...subject, category: 'sport', limit: 5 }, { key });
    const body = (await res.json()) as { data: { person: Person }[] };
    expect(body.data.every((d) => d.person.category === 'sport')).toBe(true);
    const bad = await json('/v1/famous-people/matches', { ...subject, limit: 500 }, { key });
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('limit');
  });
});
