/**
 * POST /v1/readings/period in the Workers runtime with the real bindings (D1, KV, Durable Objects, Cache): the
 * reading cites rows of the timeline for the same input (and every row it keeps), validation names the field,
 * the period is metered as `readings` by its length, answers are cached per language, and the language comes from
 * `lang` or Accept-Language with Content-Language and Vary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createAccount, json, problemOf, saveChart, usedToday } from './helpers';
import { CHARLES } from './people';

interface Row {
  transiting: string;
  natal: string;
  aspect: string;
  exact_at: string;
  retrograde: boolean;
  enters_orb_at: string | null;
  leaves_orb_at: string | null;
}
interface Period {
  lang: string;
  from: string;
  to: string;
  timezone: string | null;
  title: string;
  text: string;
  intro: string;
  paragraphs: { group: string; text: string; factors: ({ kind: string } & Row)[] }[];
  hits_cited: number;
  omitted: number;
  word_count: number;
}

let key: string;
beforeAll(async () => {
  ({ key } = await createAccount({ tier: 'unlimited' }));
});

const NO_MOON = ['sun', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto'];

describe('POST /v1/readings/period', () => {
  it('is grounded in the timeline of the same input: every cited hit is a row, every row is cited', async () => {
    const { key: k } = await createAccount({ tier: 'basic' });
    const req = { natal: CHARLES, from: '2027-02-01', to: '2027-02-28' };
    const res = await json('/v1/readings/period', req, { key: k });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Resource')).toBe('readings');
    expect(res.headers.get('Content-Language')).toBe('en');
    expect(res.headers.get('Vary')).toMatch(/Accept-Language/);
    const r = (await res.json()) as Period;
    expect(await usedToday(k, 'readings')).toBe(1);
    expect(await usedToday(k, 'charts')).toBe(0);
    expect(r.from).toBe('2027-02-01T00:00:00Z');
    expect(r.to).toBe('2027-03-01T00:00:00Z');
    expect(r.title).toBe('Your transits, 1 Feb 2027 to 28 Feb 2027');

    const tl = await json('/v1/transits/timeline', { ...req, transiting: NO_MOON }, { key });
    const rows = ((await tl.json()) as { data: Row[] }).data.map((x) => JSON.stringify(x));
    expect(rows.length).toBeGreaterThan(10);
    const cited = r.paragraphs.flatMap((p) =>
      p.factors.map(({ kind, ...row }) => {
        expect(kind).toBe('hit');
        return JSON.stringify(row);
      }),
    );
    for (const c of cited) expect(rows).toContain(c);
    expect([...cited].sort()).toEqual([...rows].sort());
    expect(r.hits_cited).toBe(rows.length);
    expect(r.omitted).toBe(0);
    expect(r.text.startsWith(r.intro)).toBe(true);
    for (const p of r.paragraphs) expect(r.text).toContain(p.text);
  });

  it('periods: a week from `from`, a month to the same day, a day; today by default; in a zone', async () => {
    const week = (await (
      await json('/v1/readings/period', { natal: CHARLES, from: '2027-02-01', period: 'week' }, { key })
    ).json()) as Period;
    expect([week.from, week.to]).toEqual(['2027-02-01T00:00:00Z', '2027-02-08T00:00:00Z']);
    const month = (await (
      await json('/v1/readings/period', { natal: CHARLES, from: '2027-01-31', period: 'month' }, { key })
    ).json()) as Period;
    expect(month.to).toBe('2027-03-01T00:00:00Z'); // from 31 January: the whole of February
    const day = (await (
      await json(
        '/v1/readings/period',
        { natal: CHARLES, from: '2027-07-01', period: 'day', timezone: 'Europe/Berlin' },
        { key },
      )
    ).json()) as Period;
    expect([day.from, day.to, day.timezone]).toEqual([
      '2027-06-30T22:00:00Z',
      '2027-07-01T22:00:00Z',
      'Europe/Berlin',
    ]);
    for (const p of day.paragraphs) expect(p.text).not.toContain('UTC');
    const now = (await (await json('/v1/readings/period', { natal: CHARLES }, { key })).json()) as Period;
    expect(now.from).toBe(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    expect(Date.parse(now.to) - Date.parse(now.from)).toBe(7 * 86_400_000);
  });

  it('the Moon, when asked for, is read at most 7 times; the rest are counted as omitted', async () => {
    const r = (await (
      await json(
        '/v1/readings/period',
        { natal: CHARLES, from: '2027-02-01', period: 'week', transiting: ['moon', 'sun'] },
        { key },
      )
    ).json()) as Period;
    const moon = r.paragraphs.flatMap((p) => p.factors).filter((f) => f.transiting === 'moon');
    expect(moon).toHaveLength(7);
    expect(r.omitted).toBeGreaterThan(0);
    expect(r.paragraphs.at(-1)?.group).toBe('moon');
  });

  it('language: lang, else Accept-Language (with Vary); each language is its own cache entry', async () => {
    const req = { natal: CHARLES, from: '2027-03-01', period: 'week' };
    const es = await json('/v1/readings/period', { ...req, lang: 'es-419' }, { key });
    expect(es.headers.get('Content-Language')).toBe('es');
    expect(es.headers.get('Vary') ?? '').not.toMatch(/Accept-Language/);
    const esBody = (await es.json()) as Period;
    expect(esBody.lang).toBe('es');
    expect(esBody.title).toBe('Tus tránsitos del 1 mar 2027 al 7 mar 2027');
    const fr = await json('/v1/readings/period', req, {
      key,
      headers: { 'Accept-Language': 'de-CH;q=0.1, fr-CA, en;q=0.5' },
    });
    expect(fr.headers.get('Content-Language')).toBe('fr');
    expect(fr.headers.get('Vary')).toMatch(/Accept-Language/);
    expect(fr.headers.get('X-Cache')).toBe('MISS');
    const frBody = (await fr.json()) as Period;
    expect(frBody.title).toBe('Tes transits du 1er mars 2027 au 7 mars 2027');
    // The same paragraphs cite the same hits in every language.
    expect(frBody.paragraphs.map((p) => p.factors)).toEqual(esBody.paragraphs.map((p) => p.factors));
    const again = await json('/v1/readings/period', { ...req, lang: 'fr' }, { key });
    expect(again.headers.get('X-Cache')).toMatch(/^HIT/);
    expect(((await again.json()) as Period).text).toBe(frBody.text);
  });

  it('bad input is a 400 naming the field; an impossible range is a 422 on `to`', async () => {
    const cases: [unknown, string][] = [
      [{ natal: CHARLES, from: '2027-01-01', to: '2027-01-05', period: 'week' }, 'period'],
      [{ natal: CHARLES, from: '2027-01-01', period: 'year' }, 'period'],
      [{ natal: CHARLES, from: '2027-02-30' }, 'from'],
      [{ natal: CHARLES, natal_points: ['ceres'] }, 'natal_points[0]'],
      [{ natal: CHARLES, transiting: ['vulcan'] }, 'transiting[0]'],
      [{ natal: CHARLES, lang: 'tlh' }, 'lang'],
      [{ natal: CHARLES, lang: 'zh-TW' }, 'lang'],
      [{ natal: CHARLES, orbs: { trine: 40 } }, 'orbs.trine'],
      [{ natal: { ...CHARLES, month: 13 } }, 'natal.month'],
      [{ from: '2027-01-01' }, 'natal'],
      [{ natal: CHARLES, text: true }, 'text'],
    ];
    for (const [body, field] of cases) {
      const res = await json('/v1/readings/period', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const p = await problemOf(res);
      expect(
        p.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(field);
    }
    for (const body of [
      { natal: CHARLES, from: '2027-02-01', to: '2027-01-01' },
      { natal: CHARLES, from: '2027-01-01', to: '2027-06-01' },
    ]) {
      const res = await json('/v1/readings/period', body, { key });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const p = await problemOf(res);
      expect(p.type).toBe('https://stellar-edge.dev/problems/invalid-range');
      expect(p.errors?.[0]?.path).toBe('to');
    }
  });

  it('metered as readings by the length of the period, as the timeline is', async () => {
    const { key: k } = await createAccount({ tier: 'premium' });
    const quarter = await json(
      '/v1/readings/period',
      { natal: CHARLES, from: '2027-01-01', to: '2027-03-31' },
      { key: k },
    );
    expect(quarter.status).toBe(200);
    expect(await usedToday(k, 'readings')).toBe(1); // 90 days without the Moon: 1 unit
    const moon = await json(
      '/v1/readings/period',
      { natal: CHARLES, from: '2027-01-01', to: '2027-03-01', transiting: ['moon'] },
      { key: k },
    );
    expect(moon.status).toBe(200);
    expect(await usedToday(k, 'readings')).toBe(3); // 60 days with the Moon: 2 units of 31 days
  });

  it("another account's chart_id is a 404 naming natal.chart_id; a key without the readings scope is a 403", async () => {
    const owner = await createAccount({ tier: 'premium' });
    const other = await createAccount({ tier: 'premium' });
    const chartId = await saveChart(owner.key, CHARLES);
    const req = { natal: { chart_id: chartId }, from: '2027-01-01', period: 'week' };
    const mine = await json('/v1/readings/period', req, { key: owner.key });
    expect(mine.status).toBe(200);
    const theirs = await json('/v1/readings/period', req, { key: other.key });
    expect(theirs.status).toBe(404);
    expect((await problemOf(theirs)).errors?.[0]?.path).toBe('natal.chart_id');
    const { key: chartsOnly } = await createAccount({ scopes: ['charts:read'] });
    expect((await json('/v1/readings/period', req, { key: chartsOnly })).status).toBe(403);
    expect((await call('/v1/readings/period', { method: 'POST' })).status).toBe(401);
  });
});

describe('interpretation: short texts on POST /v1/transits and /v1/transits/timeline (opt-in)', () => {
  it('adds `text` to each hit only when asked, in the language asked, the rows otherwise unchanged', async () => {
    const req = { natal: CHARLES, from: '2027-02-01', to: '2027-02-14', transiting: NO_MOON };
    const plain = await json('/v1/transits/timeline', req, { key });
    expect(plain.headers.get('Content-Language')).toBeNull();
    const rows = ((await plain.json()) as { data: Row[] }).data;
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r).not.toHaveProperty('text');

    const pt = await json('/v1/transits/timeline', { ...req, interpretation: true, lang: 'pt-BR' }, { key });
    expect(pt.status).toBe(200);
    expect(pt.headers.get('Content-Language')).toBe('pt');
    const withText = ((await pt.json()) as { data: (Row & { text: string })[] }).data;
    expect(withText.map(({ text, ...row }) => row)).toEqual(rows);
    for (const r of withText) {
      expect(r.text).toMatch(/ natal, exato em \d{1,2} \S+ 2027 \d{2}:\d{2} UTC\./);
      expect(r.text).toContain('Este trânsito mexe com');
    }
    // Accept-Language chooses when `lang` is absent, with Vary; the zone writes the times.
    const de = await json(
      '/v1/transits/timeline',
      { ...req, interpretation: true, timezone: 'Asia/Tokyo' },
      { key, headers: { 'Accept-Language': 'es' } },
    );
    expect(de.headers.get('Content-Language')).toBe('es');
    expect(de.headers.get('Vary')).toMatch(/Accept-Language/);
    const es = ((await de.json()) as { data: { text: string }[] }).data;
    expect(es.every((r) => r.text.includes(' natal, exacto el ') && !r.text.includes('UTC'))).toBe(true);
  });

  it('adds `text` to each transit aspect at a moment', async () => {
    const res = await json(
      '/v1/transits',
      { natal: CHARLES, at: '2027-02-01T12:00:00Z', interpretation: true, lang: 'fr' },
      { key },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe('fr');
    const body = (await res.json()) as { aspects: { text?: string }[] };
    expect(body.aspects.length).toBeGreaterThan(0);
    for (const a of body.aspects) expect(a.text).toMatch(/Ce transit concerne /);
    const plain = (await (
      await json('/v1/transits', { natal: CHARLES, at: '2027-02-01T12:00:00Z' }, { key })
    ).json()) as { aspects: { text?: string }[] };
    expect(plain.aspects.every((a) => a.text === undefined)).toBe(true);
  });

  it('refuses lang without interpretation, and points readings cannot name, naming the field', async () => {
    const cases: [string, unknown, string][] = [
      ['/v1/transits/timeline', { natal: CHARLES, from: '2027-01-01', to: '2027-01-05', lang: 'es' }, 'lang'],
      ['/v1/transits', { natal: CHARLES, lang: 'es', interpretation: false }, 'lang'],
      [
        '/v1/transits/timeline',
        {
          natal: CHARLES,
          from: '2027-01-01',
          to: '2027-01-05',
          interpretation: true,
          natal_points: ['sun', 'ceres'],
        },
        'natal_points[1]',
      ],
      ['/v1/transits', { natal: CHARLES, interpretation: 'yes' }, 'interpretation'],
    ];
    for (const [path, body, field] of cases) {
      const res = await json(path, body, { key });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain(field);
    }
    // Without interpretation, any natal point is still taken.
    const ok = await json(
      '/v1/transits/timeline',
      { natal: CHARLES, from: '2027-01-01', to: '2027-01-05', natal_points: ['sun', 'ceres'] },
      { key },
    );
    expect(ok.status).toBe(200);
  });
});
