/**
 * Issue 18 over HTTP, in the Workers runtime: `dst` on every subject (charts, readings, synastry and
 * composite sides, batch items), machine-readable warnings, the birthplace's LMT, unknown birth times.
 * Birth data: data/famous-people.json and issue 18; coordinates: GeoNames cities1000 (the gazetteer's source).
 */
import { describe, expect, it } from 'vitest';
import { createAccount, json, problemOf } from './helpers';

const HOPE_AR = { latitude: 33.66706, longitude: -93.59157, timezone: 'America/Chicago' };
const clinton = { full_name: 'Bill Clinton', year: 1946, month: 8, day: 19, hour: 8, minute: 51, ...HOPE_AR };
const garland = {
  year: 1922,
  month: 6,
  day: 10,
  hour: 6,
  minute: 0,
  latitude: 47.23717,
  longitude: -93.53021,
  timezone: 'America/Chicago',
};
const chicago1950 = {
  year: 1950,
  month: 7,
  day: 15,
  hour: 12,
  latitude: 41.85003,
  longitude: -87.65005,
  timezone: 'America/Chicago',
};
const freud = { year: 1856, month: 5, day: 6, hour: 18, minute: 30, latitude: 49.64094, longitude: 18.14499 };
const jung = { year: 1875, month: 7, day: 26, hour: 19, minute: 32, latitude: 47.597, longitude: 9.318 };

interface Warning {
  code: string;
  message: string;
  reference_city?: string;
  mean_time?: string;
  subject?: string;
}
interface ChartBody {
  subject: { utc_datetime: string; utc_offset: number; dst: boolean | null; lmt: boolean; timezone: string };
  angles?: { ascendant: number };
  houses?: unknown[];
  unknown_time?: {
    omitted: string[];
    reason: string;
    points: { name: string; signs: string[]; changes_sign: boolean }[];
    aspects_all_day: unknown[];
  };
  warnings: string[];
  warning_details: Warning[];
}

const SIGNS = ['aries', 'taurus', 'gemini', 'cancer', 'leo', 'virgo', 'libra', 'scorpio'];
const rising = (c: ChartBody) => {
  const asc = c.angles?.ascendant as number;
  return { sign: SIGNS[Math.floor(asc / 30)], degree: asc % 30 };
};

describe('POST /v1/charts: dst and the warnings of local time history', () => {
  it('Clinton: the default warns naming Chicago; "dst": false gives CST and Libra ~5° rising', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const byDefault = (await (await json('/v1/charts', clinton, { key })).json()) as ChartBody;
    expect(byDefault.subject).toMatchObject({
      utc_offset: -5,
      dst: true,
      utc_datetime: '1946-08-19T13:51:00Z',
    });
    const w = byDefault.warning_details.find((x) => x.code === 'dst_local_option');
    expect(w).toMatchObject({ reference_city: 'Chicago' });
    // The strings stay what they were for existing clients: the same texts, in the same order.
    expect(byDefault.warnings).toEqual(byDefault.warning_details.map((x) => x.message));

    const res = await json('/v1/charts', { ...clinton, dst: false }, { key });
    expect(res.status).toBe(200);
    const chart = (await res.json()) as ChartBody;
    expect(chart.subject).toMatchObject({ utc_offset: -6, dst: false, utc_datetime: '1946-08-19T14:51:00Z' });
    expect(rising(chart).sign).toBe('libra');
    expect(rising(chart).degree).toBeCloseTo(5.5, 0);
    expect(chart.warning_details.map((x) => x.code)).toEqual(['dst_override']);
  });

  it('Garland: dst false and utc_offset -6 agree (Cancer ~11° rising); a Chicago birth of July 1950 is not warned', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    for (const body of [
      { ...garland, dst: false },
      { ...garland, timezone: undefined, utc_offset: -6 },
    ]) {
      const chart = (await (await json('/v1/charts', body, { key })).json()) as ChartBody;
      expect(chart.subject.utc_datetime).toBe('1922-06-10T12:00:00Z');
      expect(rising(chart).sign).toBe('cancer');
      expect(rising(chart).degree).toBeCloseTo(11, 0);
    }
    const c = (await (await json('/v1/charts', chicago1950, { key })).json()) as ChartBody;
    expect(c.subject).toMatchObject({ utc_offset: -5, dst: true });
    expect(c.warning_details).toEqual([]);
  });

  it('utc_offset with dst is a 400 naming dst (and utc_offset in its message)', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/charts', { ...clinton, utc_offset: -6, dst: false }, { key });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.errors).toContainEqual(
      expect.objectContaining({ path: 'dst', message: expect.stringMatching(/utc_offset/) }),
    );
    const bad = await json('/v1/charts', { ...clinton, dst: 'no' }, { key });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('dst');
  });

  it('dst true before the zone had standard time is a 422 on dst', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/charts', { ...freud, timezone: 'Europe/Prague', dst: true }, { key });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('dst');
  });

  it("Freud and Jung in their birthplace's LMT, with the mean time replaced named", async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const f = (await (await json('/v1/charts', freud, { key })).json()) as ChartBody;
    expect(f.subject).toMatchObject({
      timezone: 'Europe/Prague',
      lmt: true,
      utc_datetime: '1856-05-06T17:17:25Z',
    });
    expect(f.warning_details).toEqual([
      expect.objectContaining({ code: 'city_mean_time_replaced', mean_time: 'Prague Mean Time' }),
    ]);
    const j = (await (await json('/v1/charts', jung, { key })).json()) as ChartBody;
    expect(j.subject).toMatchObject({
      timezone: 'Europe/Zurich',
      lmt: true,
      utc_datetime: '1875-07-26T18:54:44Z',
    });
    expect(j.warning_details[0]).toMatchObject({
      code: 'city_mean_time_replaced',
      mean_time: 'Bern Mean Time',
    });
  });

  it('time_known false: no angles or houses, a reason, and the day ranges', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json(
      '/v1/charts',
      { ...clinton, hour: undefined, minute: undefined, time_known: false, dst: false },
      { key },
    );
    expect(res.status).toBe(200);
    const c = (await res.json()) as ChartBody;
    expect(c.angles).toBeUndefined();
    expect(c.houses).toBeUndefined();
    expect(c.unknown_time?.omitted).toEqual(['angles', 'houses', 'part_of_fortune', 'vertex']);
    expect(c.unknown_time?.points.find((p) => p.name === 'moon')).toMatchObject({
      signs: ['taurus'],
      changes_sign: false,
    });
    expect(c.unknown_time?.aspects_all_day.length).toBeGreaterThan(0);
    expect(c.warning_details.map((w) => w.code)).toContain('time_unknown');
  });
});

describe('dst on every subject', () => {
  it('readings: the side takes dst, and the reading carries warning_details', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const res = await json('/v1/readings', { ...clinton, dst: false, sections: ['overview'] }, { key });
    expect(res.status).toBe(200);
    const r = (await res.json()) as { subject: ChartBody['subject']; warning_details: Warning[] };
    expect(r.subject).toMatchObject({ utc_offset: -6, dst: false });
    expect(r.warning_details.map((w) => w.code)).toEqual(['dst_override']);
    const bad = await json('/v1/readings', { ...clinton, dst: true, utc_offset: -5 }, { key });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path)).toContain('dst');
  });

  it('synastry and composite: dst per side; warnings say whose chart', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const first = { ...clinton, dst: false };
    const second = garland;
    const syn = await json('/v1/synastry', { first, second }, { key });
    expect(syn.status).toBe(200);
    const s = (await syn.json()) as {
      first: ChartBody;
      second: ChartBody;
      warnings: string[];
      warning_details: Warning[];
    };
    expect(s.first.subject).toMatchObject({ utc_offset: -6, dst: false });
    expect(s.second.subject).toMatchObject({ utc_offset: -5, dst: true });
    expect(s.warning_details).toContainEqual(
      expect.objectContaining({ code: 'dst_local_option', subject: 'second', reference_city: 'Chicago' }),
    );
    expect(s.warnings).toEqual(s.warning_details.map((w) => `${w.subject}: ${w.message}`));

    const comp = await json('/v1/composite', { first, second: { ...second, dst: false } }, { key });
    expect(comp.status).toBe(200);
    const c = (await comp.json()) as { warning_details: Warning[] };
    expect(c.warning_details.map((w) => [w.subject, w.code])).toEqual([
      ['first', 'dst_override'],
      ['second', 'dst_override'],
    ]);
    const bad = await json(
      '/v1/synastry',
      { first, second: { ...second, utc_offset: -6, dst: false } },
      { key },
    );
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path)).toContain('second.dst');
  });

  it('batch items: dst accepted, dst with utc_offset refused on that item', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const res = await json(
      '/v1/batch/charts',
      {
        items: [
          { ...clinton, dst: false },
          { ...clinton, dst: false, utc_offset: -6 },
        ],
      },
      { key: me.key },
    );
    expect(res.status).toBe(202);
    const job = (await res.json()) as { progress: { total: number; failed: number } };
    expect(job.progress).toMatchObject({ total: 2, failed: 1 });
  });
});
