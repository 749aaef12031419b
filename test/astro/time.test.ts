import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TZ_END, TZ_VERSION, TZ_ZONES } from '../../src/astro/data/tz-table';
import {
  formatUtcOffset,
  isValidCalendarDate,
  julianDay,
  type LocalDateTime,
  type LocalToUtcOptions,
  localToUtc,
  normalizeTimeZone,
  tableOffsetAt,
  timezoneFromCoordinates,
  utcMsToIso,
  zoneFirstStandardTime,
  zoneOffsetAt,
} from '../../src/astro/time';
import { DomainError } from '../../src/astro/types';

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): LocalDateTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});
const iso = (local: LocalDateTime, options: LocalToUtcOptions) =>
  utcMsToIso(localToUtc(local, options).utcMs);
const NY = { timezone: 'America/New_York', longitude: -74.006 };

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/** Raw Intl offset in seconds (what the runtime believes), independent of src/astro/time.ts. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function intlOffset(zone: string, utcMs: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, f);
  }
  const v = f.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value as string;
  const m = /^GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(v);
  if (!m) throw new Error(v);
  if (!m[1]) return 0;
  const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -s : s;
}

const allNames = TZ_ZONES.flatMap((e) => e.slice(0, e.indexOf('|')).split(','));

describe('localToUtc', () => {
  it('Einstein, Ulm 1879-03-14 11:30: birthplace local mean time, 10:50 UT', () => {
    const r = localToUtc(at(1879, 3, 14, 11, 30), { timezone: 'Europe/Berlin', longitude: 9.9876 });
    expect(Math.abs(r.utcMs - Date.UTC(1879, 2, 14, 10, 50, 3))).toBeLessThanOrEqual(5000);
    expect(utcMsToIso(r.utcMs)).toBe('1879-03-14T10:50:03Z');
    expect(r.lmt).toBe(true);
    expect(r.offsetSeconds).toBe(2397); // 9.9876° / 15 = 0:39:57, not Berlin's 0:53:28
    expect(r.zoneAbbreviation).toBe('LMT');
    expect(r.isDst).toBe(false);
    expect(r.warnings.map((w) => w.message).join()).toMatch(
      /local mean time of the birthplace.*1893-04-01|1893-04-01.*local mean time/,
    );
  });

  it('birthplace LMT before 1800 too, and Berlin LMT ends at its first standard time (1893)', () => {
    expect(localToUtc(at(1750, 1, 1, 12), { timezone: 'Europe/Berlin', longitude: 15 }).utcMs).toBe(
      Date.UTC(1750, 0, 1, 11),
    );
    expect(utcMsToIso(zoneFirstStandardTime('Europe/Berlin') as number)).toBe('1893-03-31T23:06:32Z');
    expect(utcMsToIso(zoneFirstStandardTime('Europe/Amsterdam') as number)).toBe('1834-12-31T23:40:28Z');
    expect(zoneFirstStandardTime('Etc/UTC')).toBeNull();
    const r = localToUtc(at(1893, 4, 2, 12), { timezone: 'Europe/Berlin', longitude: 9.9876 });
    expect(r.lmt).toBe(false);
    expect(r.offsetSeconds).toBe(3600);
  });

  it('Europe/London 1800: LMT of the birthplace longitude, not Greenwich', () => {
    const london = localToUtc(at(1800, 1, 1, 12), { timezone: 'Europe/London', longitude: -0.1278 });
    expect(london.offsetSeconds).toBe(-31);
    expect(utcMsToIso(london.utcMs)).toBe('1800-01-01T12:00:31Z');
    const bristol = localToUtc(at(1800, 1, 1, 12), { timezone: 'Europe/London', longitude: -2.5879 });
    expect(bristol.lmt).toBe(true);
    expect(formatUtcOffset(bristol.offsetSeconds)).toBe('-00:10:21');
    expect(utcMsToIso(bristol.utcMs)).toBe('1800-01-01T12:10:21Z');
  });

  it('Manila before 1845 (east of the date line then): LMT shifted by a day', () => {
    const r = localToUtc(at(1840, 1, 1, 12), { timezone: 'Asia/Manila', longitude: 120.98 });
    expect(r.lmt).toBe(true);
    expect(formatUtcOffset(r.offsetSeconds)).toBe('-15:56:05');
  });

  it('Amsterdam 1935-06-01 12:00 is +01:19:32 (backzone; Intl says +02:00 or +01:00)', () => {
    const r = localToUtc(at(1935, 6, 1, 12), { timezone: 'Europe/Amsterdam', longitude: 4.9 });
    expect(utcMsToIso(r.utcMs)).toBe('1935-06-01T10:40:28Z');
    expect(r.offsetSeconds).toBe(4772);
    expect(r.isDst).toBe(true);
    expect(r.lmt).toBe(false);
  });

  it('New York 1990-05-15 14:30 EDT -> 18:30 UT', () => {
    const r = localToUtc(at(1990, 5, 15, 14, 30), NY);
    expect(utcMsToIso(r.utcMs)).toBe('1990-05-15T18:30:00Z');
    expect(r).toMatchObject({ offsetSeconds: -14400, isDst: true, zoneAbbreviation: 'EDT', warnings: [] });
  });

  it('ambiguous local time takes the earlier instant, with a warning naming both offsets', () => {
    const r = localToUtc(at(2021, 11, 7, 1, 30), NY);
    expect(utcMsToIso(r.utcMs)).toBe('2021-11-07T05:30:00Z');
    expect(r.zoneAbbreviation).toBe('EDT');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(/ambiguous/);
    expect(r.warnings[0]?.message).toContain('UTC-04:00');
    expect(r.warnings[0]?.message).toContain('UTC-05:00');
  });

  it('non-existent local time: 422-type DomainError, or shifted forward by the gap', () => {
    const e = domainError(() => localToUtc(at(2021, 3, 14, 2, 30), NY));
    expect(e.code).toBe('nonexistent_local_time');
    expect(e.path).toBe('hour');
    expect(e.message).toContain('shift_forward');
    expect(domainError(() => localToUtc(at(2021, 3, 14, 2, 30), { ...NY, onGap: 'reject' })).code).toBe(
      'nonexistent_local_time',
    );
    const r = localToUtc(at(2021, 3, 14, 2, 30), { ...NY, onGap: 'shift_forward' });
    expect(utcMsToIso(r.utcMs)).toBe('2021-03-14T07:30:00Z');
    expect(r).toMatchObject({
      offsetSeconds: -14400,
      zoneAbbreviation: 'EDT',
      local: at(2021, 3, 14, 3, 30),
    });
    expect(r.warnings[0]?.message).toMatch(/did not exist.*03:30/);
    // The instants around the gap are untouched.
    expect(iso(at(2021, 3, 14, 1, 59, 59), NY)).toBe('2021-03-14T06:59:59Z');
    expect(iso(at(2021, 3, 14, 3, 0), NY)).toBe('2021-03-14T07:00:00Z');
  });

  it('Oslo under German occupation: CEST in summer 1944 and 1945 (Berlin had +03:00 in June 1945)', () => {
    const oslo = { timezone: 'Europe/Oslo', longitude: 10.75 };
    expect(localToUtc(at(1944, 7, 1, 12), oslo)).toMatchObject({
      offsetSeconds: 7200,
      zoneAbbreviation: 'CEST',
    });
    expect(localToUtc(at(1944, 12, 1, 12), oslo)).toMatchObject({
      offsetSeconds: 3600,
      zoneAbbreviation: 'CET',
    });
    expect(iso(at(1945, 6, 15, 12), oslo)).toBe('1945-06-15T10:00:00Z');
    expect(iso(at(1945, 6, 15, 12), { timezone: 'Europe/Berlin', longitude: 13.4 })).toBe(
      '1945-06-15T09:00:00Z',
    );
  });

  it('Kolkata 1942: +06:30 war time, except 15 May-31 Aug', () => {
    const kol = { timezone: 'Asia/Kolkata', longitude: 88.36 };
    const r = localToUtc(at(1942, 10, 1, 12), kol);
    expect(utcMsToIso(r.utcMs)).toBe('1942-10-01T05:30:00Z');
    expect(formatUtcOffset(r.offsetSeconds)).toBe('+06:30');
    expect(iso(at(1942, 7, 1, 12), kol)).toBe('1942-07-01T06:30:00Z');
    expect(iso(at(1942, 7, 1, 12), { timezone: 'Asia/Calcutta', longitude: 88.36 })).toBe(
      '1942-07-01T06:30:00Z',
    );
  });

  it('after 2037 through Intl, gaps and overlaps included', () => {
    const paris = { timezone: 'Europe/Paris', longitude: 2.35 };
    const r = localToUtc(at(2050, 7, 1, 12), paris);
    expect(utcMsToIso(r.utcMs)).toBe('2050-07-01T10:00:00Z');
    expect(r).toMatchObject({ isDst: true, zoneAbbreviation: 'CEST' });
    expect(iso(at(2050, 1, 1, 12), paris)).toBe('2050-01-01T11:00:00Z');
    expect(domainError(() => localToUtc(at(2050, 3, 27, 2, 30), paris)).code).toBe('nonexistent_local_time');
    expect(iso(at(2050, 3, 27, 2, 30), { ...paris, onGap: 'shift_forward' })).toBe('2050-03-27T01:30:00Z');
    const amb = localToUtc(at(2050, 10, 30, 2, 30), paris);
    expect(utcMsToIso(amb.utcMs)).toBe('2050-10-30T00:30:00Z');
    expect(amb.warnings[0]?.message).toMatch(/ambiguous.*UTC\+02:00.*UTC\+01:00/);
    expect(iso(at(2100, 1, 15, 9), NY)).toBe('2100-01-15T14:00:00Z');
  });

  it('utcOffsetHours overrides the zone entirely', () => {
    const r = localToUtc(at(1879, 3, 14, 11, 30), {
      timezone: 'Europe/Berlin',
      longitude: 9.9876,
      utcOffsetHours: 1,
    });
    expect(r).toMatchObject({
      utcMs: Date.UTC(1879, 2, 14, 10, 30),
      offsetSeconds: 3600,
      lmt: false,
      warnings: [],
    });
    expect(iso(at(2021, 3, 14, 2, 30), { ...NY, utcOffsetHours: -5 })).toBe('2021-03-14T07:30:00Z');
    expect(iso(at(2000, 1, 1, 0, 0), { longitude: 0, utcOffsetHours: 5.5 })).toBe('1999-12-31T18:30:00Z');
    expect(domainError(() => localToUtc(at(2000, 1, 1), { longitude: 0, utcOffsetHours: 30 })).path).toBe(
      'utc_offset',
    );
  });

  it('keeps fractional seconds', () => {
    const r = localToUtc(at(1990, 5, 15, 14, 30, 12.25), NY);
    expect(r.utcMs).toBe(Date.UTC(1990, 4, 15, 18, 30, 12, 250));
  });

  it('rejects invalid input with DomainErrors', () => {
    expect(domainError(() => localToUtc(at(2023, 2, 30, 12), NY))).toMatchObject({
      code: 'invalid_date',
      path: 'day',
    });
    expect(domainError(() => localToUtc(at(2023, 2, 29, 12), NY)).code).toBe('invalid_date');
    expect(domainError(() => localToUtc(at(2023, 1, 1, 24), NY)).path).toBe('hour');
    expect(domainError(() => localToUtc(at(2023, 1, 1, 12), { longitude: 0 })).path).toBe('timezone');
    expect(
      domainError(() => localToUtc(at(2023, 1, 1), { timezone: 'Mars/Olympus', longitude: 0 })),
    ).toMatchObject({
      code: 'unknown_time_zone',
      path: 'timezone',
    });
    expect(domainError(() => localToUtc(at(2023, 1, 1), { timezone: 'UTC', longitude: 200 })).path).toBe(
      'longitude',
    );
  });
});

describe('calendar helpers', () => {
  it('isValidCalendarDate (proleptic Gregorian)', () => {
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 30)).toBe(false);
    expect(isValidCalendarDate(2023, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2023, 12, 31)).toBe(true);
    expect(isValidCalendarDate(2023, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 1, 0)).toBe(false);
    expect(isValidCalendarDate(2023, 1.5, 1)).toBe(false);
    expect(isValidCalendarDate(1582, 10, 10)).toBe(true);
  });

  it('julianDay and utcMsToIso', () => {
    expect(julianDay(Date.UTC(2000, 0, 1, 12))).toBe(2451545);
    expect(julianDay(Date.UTC(1879, 2, 14, 10, 50, 3))).toBeCloseTo(2407422.951424, 6);
    expect(utcMsToIso(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05Z');
    expect(utcMsToIso(Date.UTC(2026, 0, 2, 3, 4, 5, 600))).toBe('2026-01-02T03:04:06Z');
    expect(utcMsToIso(Date.UTC(1879, 2, 14, 10, 50, 2, 976))).toBe('1879-03-14T10:50:03Z');
  });
});

describe('zones', () => {
  it('names are case-insensitive; links and Intl aliases resolve', () => {
    expect(normalizeTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(normalizeTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(normalizeTimeZone('US/Pacific-New')).toBe('America/Los_Angeles');
    expect(domainError(() => normalizeTimeZone('Not/AZone')).code).toBe('unknown_time_zone');
    expect(domainError(() => zoneOffsetAt('', 0)).code).toBe('unknown_time_zone');
  });

  it('every zone name the runtime and tz-lookup know is in the table', () => {
    const names = new Set(allNames);
    expect(Intl.supportedValuesOf('timeZone').filter((z) => !names.has(z))).toEqual([]);
    const tzLookupSource = readFileSync(
      createRequire(import.meta.url).resolve('@photostructure/tz-lookup'),
      'utf8',
    );
    const tzLookupNames = JSON.parse(/T=(\[[^\]]*\])/.exec(tzLookupSource)?.[1] ?? '[]') as string[];
    expect(tzLookupNames.length).toBeGreaterThan(300);
    expect(tzLookupNames.filter((z) => !names.has(z))).toEqual([]);
  });

  it('isDst follows "clocks ahead" (tzdb negative DST of Dublin normalised)', () => {
    expect(zoneOffsetAt('Europe/Dublin', Date.UTC(2020, 0, 15))).toEqual({
      offsetSeconds: 0,
      isDst: false,
      abbreviation: 'GMT',
    });
    expect(zoneOffsetAt('Europe/Dublin', Date.UTC(2020, 6, 15))).toEqual({
      offsetSeconds: 3600,
      isDst: true,
      abbreviation: 'IST',
    });
    expect(zoneOffsetAt('Europe/Dublin', Date.UTC(2040, 6, 15))).toMatchObject({
      offsetSeconds: 3600,
      isDst: true,
    });
  });

  it('timezoneFromCoordinates (tz-lookup)', () => {
    expect(timezoneFromCoordinates(48.4011, 9.9876)).toBe('Europe/Berlin');
    expect(timezoneFromCoordinates(40.7128, -74.006)).toBe('America/New_York');
    expect(timezoneFromCoordinates(22.5726, 88.3639)).toBe('Asia/Kolkata');
    expect(timezoneFromCoordinates(-40, -100)).toMatch(/^Etc\/GMT[+-]\d+$/); // open sea
    expect(domainError(() => timezoneFromCoordinates(91, 0)).path).toBe('latitude');
    expect(domainError(() => timezoneFromCoordinates(0, Number.NaN)).path).toBe('longitude');
  });
});

describe('table vs Intl', () => {
  const sample = allNames.filter((_, i) => i % 5 === 0);

  it('the raw table agrees with Intl 1990-2025 (where Intl is right)', () => {
    const bad: string[] = [];
    for (const zone of sample) {
      for (let ms = Date.UTC(1990, 0, 1, 3); ms < Date.UTC(2026, 0, 1); ms += 13 * 86_400_000) {
        const table = tableOffsetAt(zone, ms)?.offsetSeconds;
        const intl = intlOffset(zone, ms);
        if (table !== intl) bad.push(`${zone} ${new Date(ms).toISOString()} table ${table} intl ${intl}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('zoneOffsetAt agrees with the runtime Intl 2000-2044, even where its rules are newer than the table', () => {
    const zones = [
      ...sample,
      'America/Edmonton',
      'America/Winnipeg',
      'Africa/Casablanca',
      'America/Vancouver',
    ];
    const bad: string[] = [];
    for (const zone of zones) {
      for (let ms = Date.UTC(2000, 0, 1, 5); ms < Date.UTC(2045, 0, 1); ms += 29 * 86_400_000) {
        const ours = zoneOffsetAt(zone, ms).offsetSeconds;
        const intl = intlOffset(zone, ms);
        if (ours !== intl) bad.push(`${zone} ${new Date(ms).toISOString()} ours ${ours} intl ${intl}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    // localToUtc too: a local time in Edmonton, whatever the runtime's rules are for 2027.
    const r = localToUtc(at(2027, 1, 15, 12), { timezone: 'America/Edmonton', longitude: -113.5 });
    expect(r.offsetSeconds).toBe(intlOffset('America/Edmonton', Date.UTC(2027, 0, 15, 19)));
  });

  it('Intl lacks backzone (why the table exists): Oslo 1945 and Amsterdam 1935 differ', () => {
    // Documenting, not asserting the runtime: if Intl ever ships backzone this still passes.
    expect(tableOffsetAt('Europe/Oslo', Date.UTC(1945, 5, 15))?.offsetSeconds).toBe(7200);
    expect(tableOffsetAt('Europe/Amsterdam', Date.UTC(1935, 5, 1))?.offsetSeconds).toBe(4772);
    expect(tableOffsetAt('Europe/Paris', TZ_END * 1000)).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------- zdump cross-check

/**
 * The table against zdump on tzdb compiled by zic from the pinned source the table was generated from:
 * test/fixtures/tzdata-<TZ_VERSION>.zi (Debian's tzdata.zi of that release, with backzone; see
 * scripts/gen-tz-table.mjs). zic and zdump are tzdb's own reference implementation (Debian's libc-bin), an
 * independent reading of the same rules; this runs wherever the suite runs, CI included, whatever tzdata
 * the machine has. A missing zic or zdump fails the suite: the check is never skipped.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(HERE, `../fixtures/tzdata-${TZ_VERSION}.zi`);
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
const ZDUMP_LINE =
  /^(\S+)\s+\w{3} (\w{3})\s+(\d+) (\d\d):(\d\d):(\d\d) (-?\d+) UT = .* (\S+) isdst=(\d) gmtoff=(-?\d+)$/;

interface ZdumpTransition {
  /** UTC ms of the first instant of the new offset. */
  ms: number;
  offset: number;
  abbr: string;
}

/** Every zone's transitions 1800-2037 by zdump, on the fixture compiled by zic. */
function zdumpAll(names: string[]): Map<string, ZdumpTransition[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tz-fixture-'));
  try {
    execFileSync('zic', ['-d', dir, FIXTURE]);
    const out = execFileSync('zdump', ['-v', '-c', '1800,2038', ...names], {
      encoding: 'utf8',
      env: { ...process.env, TZDIR: dir },
      maxBuffer: 64 * 1024 * 1024,
    });
    const byZone = new Map<string, ZdumpTransition[]>(names.map((n) => [n, []]));
    const lines = out.split('\n');
    // zdump prints each transition as two lines, the last second of the old offset and the first of the new.
    for (let i = 0; i < lines.length; i++) {
      const m = ZDUMP_LINE.exec(lines[i] as string);
      if (!m) continue;
      const [, zone, mon, d, hh, mm, ss, y, abbr, , gmtoff] = m;
      const ms = Date.UTC(
        Number(y),
        MONTHS.indexOf(mon as string) / 3,
        Number(d),
        Number(hh),
        Number(mm),
        Number(ss),
      );
      const list = byZone.get(zone as string);
      if (!list) throw new Error(`zdump named an unexpected zone: ${lines[i]}`);
      const prev = ZDUMP_LINE.exec(lines[i - 1] ?? '');
      if (
        prev &&
        prev[1] === zone &&
        ms ===
          Date.UTC(
            Number(prev[7]),
            MONTHS.indexOf(prev[2] as string) / 3,
            Number(prev[3]),
            Number(prev[4]),
            Number(prev[5]),
            Number(prev[6]),
          ) +
            1000
      ) {
        list.push({ ms, offset: Number(gmtoff), abbr: abbr as string });
      }
    }
    return byZone;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** zdump's offset at an instant (undefined before the first transition: the zone's initial LMT). */
function zdumpOffsetAt(list: ZdumpTransition[], ms: number): ZdumpTransition | undefined {
  let found: ZdumpTransition | undefined;
  for (const t of list) {
    if (t.ms > ms) break;
    found = t;
  }
  return found;
}

describe('table vs zdump (pinned tzdb source compiled by zic)', () => {
  it('the fixture is the tzdb release of the table, with backzone', () => {
    const head = readFileSync(FIXTURE, 'latin1').slice(0, 200);
    expect(/^# version (\S+)/m.exec(head)?.[1]).toBe(TZ_VERSION);
    expect(head).toMatch(/^# ddeps.*\bbackzone\b/m);
  });

  const zdump = zdumpAll(allNames);

  it('every transition of every zone, 1800-2037 (and nothing else changes)', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const zone of allNames) {
      const list = zdump.get(zone) ?? [];
      for (const t of list) {
        checked++;
        const got = tableOffsetAt(zone, t.ms);
        const before = tableOffsetAt(zone, t.ms - 1000);
        if (
          got?.offsetSeconds !== t.offset ||
          got.abbreviation !== t.abbr ||
          before?.offsetSeconds === undefined
        ) {
          mismatches.push(
            `${zone} ${utcMsToIso(t.ms)}: zdump ${t.offset} ${t.abbr}, table ${JSON.stringify(got)}`,
          );
        }
      }
      // Between two zdump transitions the table has none that changes the offset: sample the midpoints.
      for (let i = 1; i < list.length; i++) {
        const mid = ((list[i - 1] as ZdumpTransition).ms + (list[i] as ZdumpTransition).ms) / 2;
        if (tableOffsetAt(zone, mid)?.offsetSeconds !== (list[i - 1] as ZdumpTransition).offset) {
          mismatches.push(`${zone} ${utcMsToIso(mid)}: table differs from zdump between transitions`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(35_000);
  });

  // Every zone of the famous-people data, before 1970: each timed birth's instant, and the zone's
  // history at 1 January and 1 July of each year 1880-1969, by zdump and by the table.
  const famous = JSON.parse(readFileSync(join(HERE, '../../data/famous-people.json'), 'utf8')) as {
    people: {
      slug: string;
      time_known: boolean;
      birth: { year: number; month: number; day: number; hour?: number; minute?: number; timezone: string };
    }[];
  };
  const famousZones = [...new Set(famous.people.map((p) => p.birth.timezone))].sort();

  it.each(famousZones)('%s (famous-people zone): offsets before 1970 agree with zdump', (zone) => {
    const list = zdump.get(normalizeTimeZone(zone)) ?? zdump.get(zone);
    expect(list, `${zone} is in the fixture`).toBeDefined();
    const mismatches: string[] = [];
    const check = (ms: number, what: string) => {
      const z = zdumpOffsetAt(list as ZdumpTransition[], ms);
      if (!z) return; // the zone's initial LMT (before its first transition)
      const got = zoneOffsetAt(zone, ms);
      if (got.offsetSeconds !== z.offset)
        mismatches.push(`${what} ${utcMsToIso(ms)}: zdump ${z.offset}, ours ${got.offsetSeconds}`);
    };
    for (let y = 1880; y < 1970; y++) {
      check(Date.UTC(y, 0, 1, 12), 'Jan');
      check(Date.UTC(y, 6, 1, 12), 'Jul');
    }
    let births = 0;
    for (const p of famous.people) {
      const b = p.birth;
      if (b.timezone !== zone || !p.time_known || b.year >= 1970) continue;
      births++;
      // The wall-clock time read as UTC, shifted by zdump's offset there: the instant zdump gives the birth.
      const wall = Date.UTC(b.year, b.month - 1, b.day, b.hour ?? 12, b.minute ?? 0);
      const z = zdumpOffsetAt(list as ZdumpTransition[], wall);
      check(wall - (z?.offset ?? 0) * 1000, p.slug);
    }
    expect(mismatches).toEqual([]);
    expect(births + 180).toBeGreaterThan(0);
  });
});
