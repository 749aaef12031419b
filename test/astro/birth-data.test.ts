/**
 * Issue 18: the UTC instant of a birth as an astrologer reads the birth record. Local daylight time before
 * uniform laws (`dst`, the dst_local_option warning), the birthplace's LMT instead of a capital's mean time,
 * and what holds over the day of a birth whose time is unknown.
 *
 * Birth data of the examples: data/famous-people.json and issue 18 (Astro-Databank's times and offsets as
 * the issue quotes them); coordinates: GeoNames cities1000 (the gazetteer's source), Kesswil from
 * data/famous-people.json.
 */
import { describe, expect, it } from 'vitest';
import { computeChart, type SubjectInput } from '../../src/astro/chart';
import { localToUtc, utcMsToIso } from '../../src/astro/time';
import { type Chart, DomainError } from '../../src/astro/types';
import { signOf } from '../../src/astro/zodiac';

const HOPE_AR = { latitude: 33.66706, longitude: -93.59157, timezone: 'America/Chicago' };
const GRAND_RAPIDS_MN = { latitude: 47.23717, longitude: -93.53021, timezone: 'America/Chicago' };
const DULUTH_MN = { latitude: 46.78327, longitude: -92.10658, timezone: 'America/Chicago' };
const OWENSBORO_KY = { latitude: 37.77422, longitude: -87.11333, timezone: 'America/Chicago' };
const CHICAGO = { latitude: 41.85003, longitude: -87.65005, timezone: 'America/Chicago' };

const clinton = { year: 1946, month: 8, day: 19, hour: 8, minute: 51, ...HOPE_AR };
const garland = { year: 1922, month: 6, day: 10, hour: 6, minute: 0, ...GRAND_RAPIDS_MN };
const dylan = { year: 1941, month: 5, day: 24, hour: 21, minute: 5, ...DULUTH_MN };
const depp = { year: 1963, month: 6, day: 9, hour: 8, minute: 44, ...OWENSBORO_KY };

const rising = (c: Chart) => {
  const asc = c.angles?.ascendant as number;
  return { sign: signOf(asc), degree: asc % 30 };
};
const codes = (c: Chart) => c.warning_details.map((w) => w.code);

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('US daylight time before 1967: the zone follows Chicago', () => {
  it('Clinton, Hope AR 1946-08-19 08:51 CST: dst false gives Libra ~5° rising', () => {
    const c = computeChart({ ...clinton, dst: false });
    expect(c.subject).toMatchObject({ utc_datetime: '1946-08-19T14:51:00Z', utc_offset: -6, dst: false });
    expect(rising(c).sign).toBe('libra');
    expect(rising(c).degree).toBeGreaterThan(4.5);
    expect(rising(c).degree).toBeLessThan(6);
    // The override is stated, and no local-option warning: the caller has said what the record says.
    expect(codes(c)).toEqual(['dst_override']);
    expect(c.warnings[0]).toContain('CDT');
  });

  it('Clinton by default: CDT as in Chicago, with a warning naming Chicago', () => {
    const c = computeChart(clinton);
    expect(c.subject).toMatchObject({ utc_datetime: '1946-08-19T13:51:00Z', utc_offset: -5, dst: true });
    expect(rising(c).sign).toBe('virgo');
    const w = c.warning_details.find((x) => x.code === 'dst_local_option');
    expect(w).toMatchObject({ reference_city: 'Chicago' });
    expect(w?.message).toMatch(/America\/Chicago follows Chicago.*local option.*"dst": false \(UTC-06:00\)/);
    expect(c.warnings).toContain(w?.message);
  });

  it('Garland, Grand Rapids MN 1922-06-10 06:00 CST (UTC-6): Cancer ~11° rising', () => {
    const withDst = computeChart({ ...garland, dst: false });
    const withOffset = computeChart({ ...garland, timezone: undefined, utc_offset: -6 });
    for (const c of [withDst, withOffset]) {
      expect(c.subject.utc_datetime).toBe('1922-06-10T12:00:00Z');
      expect(rising(c).sign).toBe('cancer');
      expect(rising(c).degree).toBeGreaterThan(10);
      expect(rising(c).degree).toBeLessThan(12);
    }
    expect(withOffset.subject.dst).toBeNull();
    const byDefault = computeChart(garland);
    expect(rising(byDefault).sign).toBe('gemini');
    expect(byDefault.warning_details).toContainEqual(
      expect.objectContaining({ code: 'dst_local_option', reference_city: 'Chicago' }),
    );
  });

  it('Dylan, Duluth 1941-05-24 21:05 CST, and Depp, Owensboro KY 1963-06-09 08:44 CST', () => {
    expect(computeChart({ ...dylan, dst: false }).subject.utc_datetime).toBe('1941-05-25T03:05:00Z');
    expect(computeChart({ ...depp, dst: false }).subject.utc_datetime).toBe('1963-06-09T14:44:00Z');
    for (const s of [dylan, depp]) {
      const c = computeChart(s);
      expect(c.subject.utc_offset).toBe(-5);
      expect(c.warning_details).toContainEqual(
        expect.objectContaining({ code: 'dst_local_option', reference_city: 'Chicago' }),
      );
    }
  });

  it('a Chicago birth in July 1950 stays on CDT, without a warning', () => {
    const c = computeChart({ year: 1950, month: 7, day: 15, hour: 12, minute: 0, ...CHICAGO });
    expect(c.subject).toMatchObject({ utc_datetime: '1950-07-15T17:00:00Z', utc_offset: -5, dst: true });
    expect(c.warning_details).toEqual([]);
  });

  it('no warning in winter, in War Time (federal law) or from 1967 (Uniform Time Act)', () => {
    for (const when of [
      { year: 1946, month: 1, day: 15 }, // CST
      { year: 1943, month: 7, day: 1 }, // CWT, Public Law 77-403
      { year: 1919, month: 7, day: 1 }, // Public Law 65-106, federal DST 1918-1919
      { year: 1967, month: 7, day: 1 }, // Public Law 89-387
    ]) {
      const c = computeChart({ ...when, hour: 12, minute: 0, ...HOPE_AR });
      expect(codes(c), JSON.stringify(when)).not.toContain('dst_local_option');
    }
  });

  it('California kept daylight time by state law from 1948: San Diego is not warned, Portland OR is', () => {
    const july1955 = { year: 1955, month: 7, day: 1, hour: 12, minute: 0, timezone: 'America/Los_Angeles' };
    const sanDiego = computeChart({ ...july1955, latitude: 32.71571, longitude: -117.16472 });
    expect(sanDiego.subject.utc_offset).toBe(-7);
    expect(codes(sanDiego)).not.toContain('dst_local_option');
    const portland = computeChart({ ...july1955, latitude: 45.52345, longitude: -122.67621 });
    expect(portland.warning_details).toContainEqual(
      expect.objectContaining({ code: 'dst_local_option', reference_city: 'Los Angeles' }),
    );
  });

  it('other local options documented by tzdb: Windsor ON 1955, Lyon 1941, Munich 1945', () => {
    const cases: [SubjectInput, string][] = [
      [
        {
          year: 1955,
          month: 7,
          day: 1,
          hour: 12,
          latitude: 42.30008,
          longitude: -83.01654,
          timezone: 'America/Toronto',
        },
        'Toronto',
      ],
      [
        {
          year: 1941,
          month: 7,
          day: 1,
          hour: 12,
          latitude: 45.74846,
          longitude: 4.84671,
          timezone: 'Europe/Paris',
        },
        'Paris',
      ],
      [
        {
          year: 1945,
          month: 7,
          day: 1,
          hour: 12,
          latitude: 48.13743,
          longitude: 11.57549,
          timezone: 'Europe/Berlin',
        },
        'Berlin',
      ],
    ];
    for (const [s, city] of cases) {
      expect(computeChart(s).warning_details).toContainEqual(
        expect.objectContaining({ code: 'dst_local_option', reference_city: city }),
      );
    }
    // In the reference city itself: no warning.
    const paris = computeChart({
      year: 1941,
      month: 7,
      day: 1,
      hour: 12,
      latitude: 48.85341,
      longitude: 2.3488,
      timezone: 'Europe/Paris',
    });
    expect(codes(paris)).not.toContain('dst_local_option');
  });
});

describe('dst: the zone standard offset with or without daylight time', () => {
  it('dst true forces daylight time with the zone saving and abbreviation (Hope AR, January 1946)', () => {
    const c = computeChart({ year: 1946, month: 1, day: 15, hour: 12, ...HOPE_AR, dst: true });
    expect(c.subject).toMatchObject({ utc_datetime: '1946-01-15T17:00:00Z', utc_offset: -5, dst: true });
    expect(c.warning_details[0]).toMatchObject({ code: 'dst_override' });
    expect(c.warnings[0]).toMatch(/daylight time, UTC-05:00 \(CDT\).*UTC-06:00 \(CST\)/);
  });

  it('a time inside a spring-forward gap exists on standard time (dst false): no 422', () => {
    // Chicago 1950-04-30 02:30 never happened on the zone clock (02:00 CST -> 03:00 CDT).
    const gap = { year: 1950, month: 4, day: 30, hour: 2, minute: 30, second: 0 };
    expect(domainError(() => localToUtc(gap, { ...CHICAGO })).code).toBe('nonexistent_local_time');
    expect(utcMsToIso(localToUtc(gap, { ...CHICAGO, dst: false }).utcMs)).toBe('1950-04-30T08:30:00Z');
    expect(utcMsToIso(localToUtc(gap, { ...CHICAGO, dst: true }).utcMs)).toBe('1950-04-30T07:30:00Z');
  });

  it('keeps changes of the standard offset (Chicago on EST, 1936) and zones without DST (+1 h)', () => {
    // America/Chicago was on EST (-5, standard) from 1936-03-01 to 1936-11-15.
    const est = localToUtc(
      { year: 1936, month: 6, day: 1, hour: 12, minute: 0, second: 0 },
      { ...CHICAGO, dst: false },
    );
    expect(est.offsetSeconds).toBe(-5 * 3600);
    const kolkata = localToUtc(
      { year: 1990, month: 6, day: 1, hour: 12, minute: 0, second: 0 },
      { timezone: 'Asia/Kolkata', longitude: 88.36, dst: true },
    );
    expect(kolkata.offsetSeconds).toBe(6.5 * 3600);
    expect(kolkata.warnings.map((w) => w.code)).toEqual(['dst_override']);
  });

  it('dst false on a double summer time removes all of it (London, June 1944: BDST +2 -> GMT)', () => {
    const r = localToUtc(
      { year: 1944, month: 6, day: 1, hour: 12, minute: 0, second: 0 },
      { timezone: 'Europe/London', longitude: -0.1257, dst: false },
    );
    expect(r.offsetSeconds).toBe(0);
    expect(r.zoneAbbreviation).toBe('GMT');
  });

  it('is refused with utc_offset, and before the zone had standard time', () => {
    const e1 = domainError(() =>
      localToUtc(
        { year: 1950, month: 7, day: 1, hour: 12, minute: 0, second: 0 },
        { ...CHICAGO, utcOffsetHours: -6, dst: false },
      ),
    );
    expect(e1).toMatchObject({ code: 'conflicting_offset', path: 'dst' });
    const e2 = domainError(() =>
      computeChart({
        year: 1879,
        month: 3,
        day: 14,
        hour: 11,
        minute: 30,
        latitude: 48.39841,
        longitude: 9.99155,
        timezone: 'Europe/Berlin',
        dst: true,
      }),
    );
    expect(e2).toMatchObject({ code: 'dst_before_standard_time', path: 'dst' });
    // dst false in the LMT period changes nothing.
    const lmt = computeChart({
      year: 1879,
      month: 3,
      day: 14,
      hour: 11,
      minute: 30,
      latitude: 48.39841,
      longitude: 9.99155,
      timezone: 'Europe/Berlin',
      dst: false,
    });
    expect(lmt.subject).toMatchObject({ lmt: true, utc_datetime: '1879-03-14T10:50:02Z' });
  });
});

describe("the birthplace's local mean time instead of a capital's mean time", () => {
  it('Freud, Příbor 1856-05-06 18:30 LMT: 18.14499° E = +1:12:35, not Prague Mean Time +0:57:44', () => {
    const c = computeChart({
      year: 1856,
      month: 5,
      day: 6,
      hour: 18,
      minute: 30,
      latitude: 49.64094,
      longitude: 18.14499,
      timezone: 'Europe/Prague',
    });
    expect(c.subject).toMatchObject({ utc_datetime: '1856-05-06T17:17:25Z', lmt: true, dst: false });
    expect(c.warning_details).toEqual([
      expect.objectContaining({ code: 'city_mean_time_replaced', mean_time: 'Prague Mean Time' }),
    ]);
    expect(c.warnings[0]).toMatch(
      /Prague Mean Time \(PMT, UTC\+00:57:44\).*before 1891-10-01.*UTC\+01:12:35/,
    );
  });

  it('Jung, Kesswil 1875-07-26 19:32 LMT: 9.318° E = +0:37:16, not Bern Mean Time +0:29:46', () => {
    const c = computeChart({
      year: 1875,
      month: 7,
      day: 26,
      hour: 19,
      minute: 32,
      latitude: 47.597,
      longitude: 9.318,
      timezone: 'Europe/Zurich',
    });
    expect(c.subject).toMatchObject({ utc_datetime: '1875-07-26T18:54:44Z', lmt: true });
    expect(c.warning_details).toEqual([
      expect.objectContaining({ code: 'city_mean_time_replaced', mean_time: 'Bern Mean Time' }),
    ]);
  });

  it('Shostakovich, St Petersburg 1906-09-25 17:00: its own mean time +2:01:15 (Astro-Databank "LST m30e15"), not Moscow Mean Time +2:30:17', () => {
    const c = computeChart({
      year: 1906,
      month: 9,
      day: 25,
      hour: 17,
      minute: 0,
      latitude: 59.93863,
      longitude: 30.31413,
      timezone: 'Europe/Moscow',
    });
    expect(c.subject).toMatchObject({ utc_datetime: '1906-09-25T14:58:45Z', lmt: true, dst: false });
    expect(c.warning_details).toEqual([
      expect.objectContaining({ code: 'city_mean_time_replaced', mean_time: 'Moscow Mean Time' }),
    ]);
    // From the zone time of 1919-07-01 on, the zone's history again.
    const after = computeChart({
      year: 1935,
      month: 1,
      day: 15,
      hour: 12,
      minute: 0,
      latitude: 59.93863,
      longitude: 30.31413,
      timezone: 'Europe/Moscow',
    });
    expect(after.subject).toMatchObject({ utc_datetime: '1935-01-15T09:00:00Z', lmt: false });
  });

  it('Einstein, Ulm 1879-03-14 11:30: still 10:50 UT (Berlin had LMT in tzdb already)', () => {
    const c = computeChart({
      year: 1879,
      month: 3,
      day: 14,
      hour: 11,
      minute: 30,
      latitude: 48.39841,
      longitude: 9.99155,
      timezone: 'Europe/Berlin',
    });
    expect(c.subject.utc_datetime).toBe('1879-03-14T10:50:02Z');
    expect(codes(c)).toEqual(['local_mean_time']);
  });

  it('standard time from the switch-over on: Prague 1891-10-01 and Zurich 1894-06-01 are CET', () => {
    const day = (year: number, month: number, d: number) => ({
      year,
      month,
      day: d,
      hour: 12,
      minute: 0,
      second: 0,
    });
    const prague = { timezone: 'Europe/Prague', longitude: 18.14499 };
    expect(localToUtc(day(1891, 9, 30), prague).lmt).toBe(true);
    expect(localToUtc(day(1891, 10, 2), prague)).toMatchObject({ lmt: false, offsetSeconds: 3600 });
    const zurich = { timezone: 'Europe/Zurich', longitude: 9.318 };
    expect(localToUtc(day(1894, 5, 31), zurich).lmt).toBe(true);
    expect(localToUtc(day(1894, 6, 2), zurich)).toMatchObject({ lmt: false, offsetSeconds: 3600 });
    // Kyiv Mean Time and Minsk Mean Time until 1924-05-02.
    const kharkiv = localToUtc(day(1900, 1, 1), { timezone: 'Europe/Kyiv', longitude: 36.25272 });
    expect(kharkiv).toMatchObject({ lmt: true, offsetSeconds: Math.round((36.25272 / 15) * 3600) });
    expect(localToUtc(day(1925, 1, 1), { timezone: 'Europe/Minsk', longitude: 23.8 }).offsetSeconds).toBe(
      7200,
    );
  });

  it("a national mean time stays: Paris Mean Time was France's legal time 1891-1911 (Lyon 1900)", () => {
    const r = localToUtc(
      { year: 1900, month: 1, day: 1, hour: 12, minute: 0, second: 0 },
      { timezone: 'Europe/Paris', longitude: 4.84671 },
    );
    expect(r).toMatchObject({ lmt: false, offsetSeconds: 561, zoneAbbreviation: 'PMT' });
  });
});

describe('unknown birth time: what holds over the local day', () => {
  const day = { year: 1946, month: 8, day: 19, ...HOPE_AR, dst: false };

  it('no angles or houses, with the reason; each point from 00:00 to 24:00 local time', () => {
    const c = computeChart({ ...day, time_known: false });
    expect(c.angles).toBeUndefined();
    expect(c.houses).toBeUndefined();
    const u = c.unknown_time;
    expect(u?.omitted).toEqual(['angles', 'houses', 'part_of_fortune', 'vertex']);
    expect(u?.reason).toMatch(/ascendant/);
    expect(u?.day).toEqual({
      local_start: '1946-08-19T00:00:00',
      local_end: '1946-08-20T00:00:00',
      utc_start: '1946-08-19T06:00:00Z',
      utc_end: '1946-08-20T06:00:00Z',
    });
    expect(codes(c)).toContain('time_unknown');
    // The ends are the positions of timed charts at 00:00 and 24:00 local time.
    const at0 = computeChart({ ...day, hour: 0 });
    const at24 = computeChart({ ...day, day: 20, hour: 0 });
    for (const r of u?.points ?? []) {
      expect(r.start_longitude).toBeCloseTo(
        at0.points.find((p) => p.name === r.name)?.longitude as number,
        5,
      );
      expect(r.end_longitude).toBeCloseTo(at24.points.find((p) => p.name === r.name)?.longitude as number, 5);
      expect(r.signs[0]).toBe(signOf(r.start_longitude));
      expect(r.signs.at(-1)).toBe(signOf(r.end_longitude));
      expect(r.changes_sign).toBe(r.signs.length > 1);
    }
    const moon = u?.points.find((p) => p.name === 'moon');
    expect(moon?.motion).toBeGreaterThan(11);
    expect(moon?.motion).toBeLessThan(16);
    expect(u?.points.map((p) => p.name)).not.toContain('part_of_fortune');
  });

  it('the Moon changing sign during the day; aspects all day are those at every hour', () => {
    // 1946-08-20 (Hope AR, CST): the Moon goes from Taurus into Gemini (58.6° at the start).
    const c = computeChart({ ...day, day: 20, time_known: false });
    const moon = c.unknown_time?.points.find((p) => p.name === 'moon');
    expect(moon).toMatchObject({ signs: ['taurus', 'gemini'], changes_sign: true });
    const hourly = Array.from({ length: 25 }, (_, h) =>
      computeChart(h < 24 ? { ...day, day: 20, hour: h } : { ...day, day: 21, hour: 0 }),
    );
    const key = (a: { point_a: string; point_b: string; aspect: string }) =>
      `${a.point_a}|${a.point_b}|${a.aspect}`;
    const everyHour = [...new Set(hourly[0]?.aspects.map(key))].filter((k) =>
      hourly.every((ch) => ch.aspects.some((a) => key(a) === k)),
    );
    const allDay = c.unknown_time?.aspects_all_day ?? [];
    expect(allDay.map(key).sort()).toEqual(everyHour.sort());
    expect(allDay.length).toBeGreaterThan(3);
    for (const a of allDay) {
      const orbs = hourly.map((ch) => ch.aspects.find((x) => key(x) === key(a))?.orb as number);
      expect(a.max_orb).toBeGreaterThanOrEqual(Math.max(...orbs) - 1e-4);
    }
    // A Moon aspect that forms or ends during the day is not among them.
    expect(allDay.filter((a) => a.point_a === 'moon' || a.point_b === 'moon').length).toBeLessThan(
      new Set(
        hourly.flatMap((ch) =>
          ch.aspects.filter((a) => a.point_a === 'moon' || a.point_b === 'moon').map(key),
        ),
      ).size,
    );
  });
});
