/**
 * Civil time: local birth time at a place -> UTC instant, Julian Day, ISO strings.
 *
 * Offsets come from a transition table generated from the full tzdb (with `backzone`) by
 * scripts/gen-tz-table.mjs for 1800-2037, because the runtime's Intl data lacks backzone and is wrong before
 * 1970 for ~90 zones. From the year before the table's tzdata release on, the table is checked against Intl
 * per zone and year and Intl wins on disagreement (the runtime's tzdb may know rule changes newer than the
 * table); from 2038 on, Intl only.
 * Before a zone's first standard time (tzdb's LMT period, and the city mean times of CITY_MEAN_TIMES in
 * time-rules.ts), the birthplace's own local mean time (longitude / 15 h) is used, as astrologers do.
 * `dst` keeps the zone's standard time and forces or removes daylight time; where daylight time was a local
 * option (LOCAL_DST in time-rules.ts) and the birth is away from the zone's reference city, a warning says so.
 *
 * Pure TypeScript: no Workers or Node APIs. Zones are decoded lazily, on first use, and cached.
 */
import tzlookup from '@photostructure/tz-lookup';
import { TZ_DIGITS, TZ_END, TZ_START, TZ_TYPE_CHARS, TZ_TYPES, TZ_VERSION, TZ_ZONES } from './data/tz-table';
import {
  CITY_MEAN_TIMES,
  type CityMeanTime,
  distanceKm,
  LOCAL_DST,
  type LocalDstRule,
  REFERENCE_AREA_KM,
} from './time-rules';
import { type ChartWarning, DomainError, warning } from './types';

export { TZ_VERSION };

/** A wall-clock time (proleptic Gregorian). `second` may be fractional, in [0, 60). */
export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  /** 0-23 */
  hour: number;
  /** 0-59 */
  minute: number;
  /** [0, 60), may be fractional */
  second: number;
}

/** The UTC offset in force in a zone at an instant. */
export interface ZoneOffset {
  /** Local time minus UTC, in seconds (may have a seconds part before ~1900: LMT, AMT...). */
  offsetSeconds: number;
  /** Clocks ahead of the zone's standard time (tzdb's negative DST, e.g. Dublin's winter, is normalised). */
  isDst: boolean;
  /** tzdb abbreviation ("CEST", "LMT", "+0530"); absent when unknown (zones only Intl knows). */
  abbreviation?: string;
}

/** What to do with a local time that never existed (clocks jumped over it). */
export type GapPolicy = 'reject' | 'shift_forward';

export interface LocalToUtcOptions {
  /** IANA zone name (case-insensitive; links and Intl aliases accepted). Required unless utcOffsetHours. */
  timezone?: string;
  /** Birthplace longitude, degrees east (-180..180): local mean time before the zone's standard time. */
  longitude: number;
  /** Birthplace latitude: with longitude, decides whether the birth is in the zone's reference city's area. */
  latitude?: number;
  /** Fixed UTC offset in hours (east positive); overrides the zone entirely (not with `dst`). */
  utcOffsetHours?: number;
  /**
   * What the birth record says about daylight time: the zone's standard offset is kept and daylight time
   * forced (true: the zone's own daylight time, or its usual one over this standard offset, else +1 h) or
   * removed (false).
   * Absent: the zone's own history.
   */
  dst?: boolean;
  /** Default 'reject' (DomainError 'nonexistent_local_time'). */
  onGap?: GapPolicy;
}

export interface UtcConversion {
  /** The UTC instant, ms since 1970-01-01T00:00Z (fractional seconds kept). */
  utcMs: number;
  /** Offset actually applied (local - UTC), seconds; for LMT the birthplace's longitude / 15 h. */
  offsetSeconds: number;
  isDst: boolean;
  /** True when the birthplace's local mean time was used (before the zone's first standard time). */
  lmt: boolean;
  /** "CET", "EDT", "LMT" (birthplace LMT)...; absent with utcOffsetHours or for Intl-only zones. */
  zoneAbbreviation?: string;
  /** Canonically-cased zone name used (as in the tz table), absent with utcOffsetHours. */
  timezone?: string;
  /** The wall-clock time the instant corresponds to (differs from the input after shift_forward). */
  local: LocalDateTime;
  /** LMT used, mean time replaced, ambiguous or shifted time, local-option daylight time, dst override. */
  warnings: ChartWarning[];
}

const DAY_S = 86400;
/** Unix ms of JD 0 offset: JD of 1970-01-01T00:00Z. */
const JD_UNIX_EPOCH = 2440587.5;

// ------------------------------------------------------------------------------------------ calendar

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** True when year/month/day are integers naming a real day of the proleptic Gregorian calendar. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (any year; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { year: number; month: number; day: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A wall-clock time as seconds since 1970-01-01T00:00 of the same wall clock (no zone). */
function localSeconds(t: LocalDateTime): number {
  return daysFromCivil(t.year, t.month, t.day) * DAY_S + t.hour * 3600 + t.minute * 60 + t.second;
}

/** The wall-clock time at `utcMs` for a given offset (seconds east of UTC). */
export function utcToLocal(utcMs: number, offsetSeconds = 0): LocalDateTime {
  const s = utcMs / 1000 + offsetSeconds;
  const days = Math.floor(s / DAY_S);
  let rest = s - days * DAY_S;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  return { ...civilFromDays(days), hour, minute, second };
}

/** Julian Day (UT) of a UTC instant given in ms since the Unix epoch. */
export function julianDay(utcMs: number): number {
  return utcMs / 86_400_000 + JD_UNIX_EPOCH;
}

/** "2026-01-02T03:04:05Z": rounded to the whole second (years outside 0-9999 use ISO's ±YYYYYY form). */
export function utcMsToIso(utcMs: number): string {
  return `${new Date(Math.round(utcMs / 1000) * 1000).toISOString().slice(0, -5)}Z`;
}

/** "+01:00", "-04:56:02", "+00:00": a UTC offset in seconds as ±HH:MM[:SS]. */
export function formatUtcOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const a = Math.round(Math.abs(offsetSeconds));
  const p = (n: number) => String(n).padStart(2, '0');
  const s = a % 60;
  return `${sign}${p(Math.floor(a / 3600))}:${p(Math.floor(a / 60) % 60)}${s ? `:${p(s)}` : ''}`;
}

function formatLocal(t: LocalDateTime): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const sec = Math.floor(t.second);
  return `${t.year}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}:${p(sec)}`;
}

// ------------------------------------------------------------------------------------ tz table

interface TzType {
  offset: number;
  dst: boolean;
  abbr: string;
  /** LMT or "-00" (uninhabited): no standard time yet. */
  lmt: boolean;
}

interface Zone {
  name: string;
  /** Local types; types[0] is in force from -infinity to times[0]. */
  types: TzType[];
  /** Transition instants, UTC seconds, ascending. */
  times: Float64Array;
  /** Local type index starting at times[i]. */
  next: Uint8Array;
  /** Number of leading segments that are LMT (segment k runs from times[k-1] to times[k]). */
  lmtSegments: number;
  /** Years >= VERIFY_FROM_YEAR checked against Intl: true if the table agrees (see tableUsable). */
  verified: Map<number, boolean>;
  /** A city mean time of the zone's that the birthplace's LMT replaces (its segments count as LMT). */
  meanTime?: CityMeanTime;
  /** Periods of local-option daylight time in this zone. */
  localDst?: LocalDstRule;
  /** By standard offset: the zone's most frequent daylight type over it (null: none), for `dst: true`. */
  usualDst?: Map<number, TzType | null>;
}

let globalTypes: TzType[] | undefined;
function getGlobalTypes(): TzType[] {
  if (!globalTypes) {
    globalTypes = TZ_TYPES.split(';').map((s) => {
      const [off, dst, abbr = ''] = s.split(',');
      return { offset: Number(off), dst: dst === '1', abbr, lmt: abbr === 'LMT' || abbr === '-00' };
    });
  }
  return globalTypes;
}

let nameIndex: Map<string, number> | undefined;
let lowerNameIndex: Map<string, string> | undefined;
function getNameIndex(): Map<string, number> {
  if (!nameIndex) {
    nameIndex = new Map();
    lowerNameIndex = new Map();
    for (let i = 0; i < TZ_ZONES.length; i++) {
      const entry = TZ_ZONES[i] as string;
      for (const n of entry.slice(0, entry.indexOf('|')).split(',')) {
        nameIndex.set(n, i);
        lowerNameIndex.set(n.toLowerCase(), n);
      }
    }
  }
  return nameIndex;
}

const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < TZ_DIGITS.length; i++) DIGIT_VALUE[TZ_DIGITS.charCodeAt(i)] = i;
const TYPE_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < TZ_TYPE_CHARS.length; i++) TYPE_VALUE[TZ_TYPE_CHARS.charCodeAt(i)] = i;
const BASE = TZ_DIGITS.length;

function decodeZone(name: string, entry: string): Zone {
  const bar = entry.indexOf('|');
  const colon = entry.indexOf(':', bar);
  const all = getGlobalTypes();
  const types = entry
    .slice(bar + 1, colon)
    .split(',')
    .map((id) => all[Number.parseInt(id, 36)] as TzType);
  const times: number[] = [];
  const next: number[] = [];
  let t = TZ_START;
  let i = colon + 1;
  while (i < entry.length) {
    let unit = 3600;
    let c = entry.charCodeAt(i);
    if (c === 44 /* , */) {
      unit = 60;
      i++;
    } else if (c === 33 /* ! */) {
      unit = 1;
      i++;
    }
    let n = 0;
    for (;;) {
      c = entry.charCodeAt(i++);
      const d = DIGIT_VALUE[c] ?? -1;
      if (d < 0) break;
      n = n * BASE + d;
    }
    const ty = TYPE_VALUE[c] ?? -1;
    if (ty < 0 || ty >= types.length) throw new Error(`corrupt tz table entry for ${name}`);
    t += n * unit;
    times.push(t);
    next.push(ty);
  }
  const names = entry.slice(0, bar).split(',');
  const meanTime = CITY_MEAN_TIMES.find((m) => m.zones.some((zn) => names.includes(zn)));
  const localDst = LOCAL_DST.find((r) => r.zones.some((zn) => names.includes(zn)));
  // Leading segments of local mean time: tzdb's LMT, then the city mean time the birthplace's LMT replaces.
  const isMean = (t: TzType | undefined) =>
    !!t && (t.lmt || (meanTime !== undefined && t.abbr === meanTime.abbreviation && !t.dst));
  let lmtSegments = 0;
  if (isMean(types[0])) {
    lmtSegments = 1;
    while (lmtSegments <= next.length && isMean(types[next[lmtSegments - 1] as number])) lmtSegments++;
  }
  const zone: Zone = {
    name,
    types,
    times: Float64Array.from(times),
    next: Uint8Array.from(next),
    lmtSegments,
    verified: new Map(),
  };
  if (meanTime) zone.meanTime = meanTime;
  if (localDst) zone.localDst = localDst;
  return zone;
}

const zoneCache = new Map<string, Zone | null>(); // by table (or Intl-resolved) name; null: Intl only
const intlAliases = new Map<string, string>(); // lower-cased input -> Intl-resolved name

/** The table's spelling of a zone name or alias (Intl-resolved for zones the table lacks). */
function resolveName(input: string): string {
  const index = getNameIndex();
  if (index.has(input)) return input;
  const lower = input.toLowerCase();
  const direct = lowerNameIndex?.get(lower);
  if (direct !== undefined) return direct;
  let resolved = intlAliases.get(lower);
  if (resolved === undefined) {
    // Aliases Intl knows but tzdb files don't (e.g. "US/Pacific-New"), or a zone newer than the table.
    resolved = intlResolve(input);
    if (resolved === undefined) {
      throw new DomainError('unknown_time_zone', `Unknown IANA time zone "${input}".`, 'timezone');
    }
    resolved = lowerNameIndex?.get(resolved.toLowerCase()) ?? resolved;
    intlAliases.set(lower, resolved);
  }
  return resolved;
}

/** Resolves a zone name; throws DomainError('unknown_time_zone'). zone is null for zones only Intl knows. */
function getZone(input: string): { zone: Zone | null; name: string } {
  const name = resolveName(input);
  let zone = zoneCache.get(name);
  if (zone === undefined) {
    const i = getNameIndex().get(name);
    zone = i === undefined ? null : decodeZone(name, TZ_ZONES[i] as string);
    zoneCache.set(name, zone);
  }
  return { zone, name };
}

/** Canonically-cased name of an IANA zone or alias ("europe/berlin" -> "Europe/Berlin"); throws if unknown. */
export function normalizeTimeZone(zone: string): string {
  return getZone(zone).name;
}

/**
 * UTC instant (ms) at which the zone left local mean time (tzdb's LMT, or a city mean time the birthplace's
 * LMT replaces) for its first standard time; null if never LMT.
 */
export function zoneFirstStandardTime(zone: string): number | null {
  const z = getZone(zone).zone;
  if (!z || z.lmtSegments === 0) return null;
  const t = z.times[z.lmtSegments - 1];
  return t === undefined ? null : t * 1000;
}

/** Number of transitions at or before `s` (UTC seconds): the segment index in force at `s`. */
function segmentAt(times: Float64Array, s: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function segmentType(z: Zone, seg: number): TzType {
  return z.types[seg === 0 ? 0 : (z.next[seg - 1] as number)] as TzType;
}

// ------------------------------------------------------------------------------------------ Intl

const formatters = new Map<string, Intl.DateTimeFormat>();
function intlFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', year: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

function intlResolve(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Offset (seconds) from Intl's "GMT+05:30" / "GMT-04:56:02" / "GMT". */
function intlOffset(zone: string, utcMs: number): number {
  const part = intlFormatter(zone)
    .formatToParts(utcMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = part ? /^GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(part) : null;
  if (!m) throw new Error(`unexpected Intl offset "${part}" for ${zone}`);
  if (!m[1]) return 0;
  const v = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -v : v;
}

/** isDst and abbreviation for an offset that came from Intl. */
function intlZoneOffset(z: Zone | null, name: string, utcMs: number, offset?: number): ZoneOffset {
  const offsetSeconds = offset ?? intlOffset(name, utcMs);
  if (z) {
    const s = utcMs / 1000;
    if (s < TZ_END) {
      const ty = segmentType(z, segmentAt(z.times, s));
      if (ty.offset === offsetSeconds) return { offsetSeconds, isDst: ty.dst, abbreviation: ty.abbr };
    }
    // The latest type with this offset in force since VERIFY_FROM (after 2037 the rules repeat).
    const stop = segmentAt(z.times, VERIFY_FROM);
    for (let k = z.times.length; k >= stop; k--) {
      const ty = segmentType(z, k);
      if (ty.offset === offsetSeconds) return { offsetSeconds, isDst: ty.dst, abbreviation: ty.abbr };
    }
  }
  // Rules newer than the table: DST if ahead of the smaller of the year's January and July offsets.
  const year = utcToLocal(utcMs).year;
  const jan = intlOffset(name, daysFromCivil(year, 1, 1) * DAY_S * 1000);
  const jul = intlOffset(name, daysFromCivil(year, 7, 1) * DAY_S * 1000);
  return { offsetSeconds, isDst: offsetSeconds > Math.min(jan, jul) };
}

// ------------------------------------------------------------------------------- table vs Intl

/**
 * From VERIFY_FROM_YEAR (the year before the table's tzdata release, e.g. 2025 for 2026b) on, the table is
 * checked against the runtime's Intl data, one zone-year at a time, and Intl wins where they disagree: the
 * table is frozen when generated, while the runtime's tzdb follows rule changes (tzdb 2026b and Node 24's
 * 2026e differ for Alberta, Manitoba and Morocco from late 2026). Earlier years are settled history: the
 * table is authoritative there (it has backzone; Intl is wrong before 1970 for ~90 zones) and no Intl call
 * is made (the first Intl.DateTimeFormat of a process costs ~12 ms of ICU start-up).
 */
const VERIFY_FROM_YEAR = Math.max(2000, (Number.parseInt(TZ_VERSION, 10) || 2000) - 1);
const VERIFY_FROM = Date.UTC(VERIFY_FROM_YEAR, 0, 1) / 1000;
const TABLE_END_YEAR = utcToLocal(TZ_END * 1000).year;

function yearOf(s: number): number {
  return civilFromDays(Math.floor(s / DAY_S)).year;
}

/** Whether the table may be used for instants in UTC `year`. */
function tableUsable(z: Zone, year: number): boolean {
  if (year < VERIFY_FROM_YEAR) return true;
  if (year >= TABLE_END_YEAR) return false;
  let ok = z.verified.get(year);
  if (ok === undefined) {
    ok = tableAgreesWithIntl(z, year);
    z.verified.set(year, ok);
  }
  return ok;
}

/** ~55 Intl calls (~80 µs), once per zone and year: every table transition, and a sample each week. */
function tableAgreesWithIntl(z: Zone, year: number): boolean {
  const start = daysFromCivil(year, 1, 1) * DAY_S;
  const end = daysFromCivil(year + 1, 1, 1) * DAY_S;
  const table = (s: number) => segmentType(z, segmentAt(z.times, s)).offset;
  const intl = (s: number) => intlOffset(z.name, s * 1000);
  try {
    for (let i = segmentAt(z.times, start - 1); i < z.times.length; i++) {
      const t = z.times[i] as number;
      if (t >= end) break;
      if (intl(t - 1) !== table(t - 1) || intl(t) !== table(t)) return false;
    }
    for (let s = start + DAY_S / 2; s < end; s += 7 * DAY_S) if (intl(s) !== table(s)) return false;
  } catch {
    return true; // the runtime does not know this zone name: keep the table
  }
  return true;
}

/**
 * The tzdb table's own answer, without the Intl check (for tests and diagnostics); undefined from 2038 on
 * or for a zone the table lacks.
 */
export function tableOffsetAt(zone: string, utcMs: number): ZoneOffset | undefined {
  const z = getZone(zone).zone;
  if (!z || utcMs / 1000 >= TZ_END) return undefined;
  const ty = segmentType(z, segmentAt(z.times, utcMs / 1000));
  return { offsetSeconds: ty.offset, isDst: ty.dst, abbreviation: ty.abbr };
}

// ----------------------------------------------------------------------------------- public: offsets

/**
 * The offset in force in `zone` at `utcMs`: from the tzdb table (with backzone) before 2038, checked
 * against Intl for recent years (Intl wins where newer rules differ); from Intl after 2037. In a zone's LMT
 * period this is tzdb's LMT of the zone's main city (localToUtc uses the birthplace's instead).
 * Throws DomainError('unknown_time_zone', ..., 'timezone').
 */
export function zoneOffsetAt(zone: string, utcMs: number): ZoneOffset {
  const { zone: z, name } = getZone(zone);
  const s = utcMs / 1000;
  if (z && s < TZ_END && tableUsable(z, yearOf(s))) {
    const ty = segmentType(z, segmentAt(z.times, s));
    return { offsetSeconds: ty.offset, isDst: ty.dst, abbreviation: ty.abbr };
  }
  return intlZoneOffset(z, name, utcMs);
}

// ------------------------------------------------------------------------------- public: localToUtc

/** Widest |offset| in tzdb is Manila's 1844 LMT, -15:56:08; window of candidate instants around local time. */
const WINDOW_S = 17 * 3600;

/**
 * Converts a birth's local civil time at a place to UTC.
 *
 * - `utcOffsetHours` given: used as is (the zone is ignored).
 * - Otherwise the zone's historical offset (tzdb with backzone); before the zone's first standard time, the
 *   birthplace's local mean time, longitude / 15 h rounded to the second (`lmt: true`, with a warning); a
 *   city mean time of CITY_MEAN_TIMES (Prague Mean Time...) counts as such a period.
 * - `dst` given: the zone's standard offset, plus its usual daylight saving (true) or not (false).
 * - Ambiguous local time (clocks set back): the earlier instant, with a warning naming both offsets.
 * - Non-existent local time (clocks jumped over it): `onGap: 'reject'` (default) throws
 *   DomainError('nonexistent_local_time', ..., 'hour'); 'shift_forward' moves it forward by the gap length.
 * - Daylight time of the zone's reference city, in a LOCAL_DST period, at a birthplace away from it: a
 *   warning ('dst_local_option') naming the city.
 *
 * Throws DomainError for an invalid date/time ('invalid_local_time'), longitude, offset or zone.
 */
export function localToUtc(local: LocalDateTime, options: LocalToUtcOptions): UtcConversion {
  validateLocal(local);
  const L = localSeconds(local);
  const warnings: ChartWarning[] = [];

  if (options.utcOffsetHours !== undefined && options.utcOffsetHours !== null) {
    if (options.dst !== undefined) {
      throw new DomainError(
        'conflicting_offset',
        'Give either utc_offset or dst, not both: utc_offset fixes the whole offset.',
        'dst',
      );
    }
    const h = options.utcOffsetHours;
    if (!Number.isFinite(h) || Math.abs(h) > 18) {
      throw new DomainError(
        'invalid_utc_offset',
        'utc_offset must be a number of hours in [-18, 18].',
        'utc_offset',
      );
    }
    const offsetSeconds = Math.round(h * 3600);
    return { utcMs: (L - offsetSeconds) * 1000, offsetSeconds, isDst: false, lmt: false, local, warnings };
  }

  const lon = options.longitude;
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new DomainError('invalid_longitude', 'longitude must be in [-180, 180] degrees.', 'longitude');
  }
  if (!options.timezone) {
    throw new DomainError('missing_time_zone', 'A time zone or a UTC offset is required.', 'timezone');
  }
  const { zone: z, name } = getZone(options.timezone);
  const onGap = options.onGap ?? 'reject';
  const lmtOffset = Math.round((lon / 15) * 3600);
  const dst = options.dst;

  let segs: Seg[] = [];
  if (z && tableUsable(z, yearOf(L - WINDOW_S)) && tableUsable(z, yearOf(L + WINDOW_S))) {
    const first = segmentAt(z.times, L - WINDOW_S);
    const last = segmentAt(z.times, L + WINDOW_S);
    for (let k = first; k <= last; k++) {
      const type = segmentType(z, k);
      const lmt = k < z.lmtSegments;
      const start = k === 0 ? -Infinity : (z.times[k - 1] as number);
      const end = k === z.times.length ? Infinity : (z.times[k] as number);
      if (lmt) {
        if (dst === true) {
          throw new DomainError(
            'dst_before_standard_time',
            `${name} had no standard time on ${formatLocal(local).slice(0, 10)} (local mean time), so there ` +
              'was no daylight saving time to force: remove "dst", or give "utc_offset".',
            'dst',
          );
        }
        // Birthplace LMT; shifted by whole days towards tzdb's LMT where the zone was on the other side of
        // the date line then (Manila before 1845, Alaska before 1867).
        const offset = lmtOffset + Math.round((type.offset - lmtOffset) / DAY_S) * DAY_S;
        segs.push({ start, end, offset, dst: false, abbr: 'LMT', lmt, std: offset, meanType: type });
        continue;
      }
      const std = standardTypeOf(z, k);
      if (dst === undefined) {
        segs.push({ start, end, offset: type.offset, dst: type.dst, abbr: type.abbr, lmt, std: std.offset });
      } else if (dst) {
        const day = daylightOf(z, k, std);
        segs.push({ start, end, offset: day.offset, dst: true, abbr: day.abbr, lmt, std: std.offset });
      } else {
        segs.push({ start, end, offset: std.offset, dst: false, abbr: std.abbr, lmt, std: std.offset });
      }
    }
  } else {
    // Intl (after 2037, rules newer than the table, or a zone the table lacks): offsets around L.
    const a = intlOffset(name, (L - DAY_S) * 1000);
    const b = intlOffset(name, (L + DAY_S) * 1000);
    const infoA = intlZoneOffset(z, name, (L - DAY_S) * 1000, a);
    // The year's standard offset and saving (the smaller of January's and July's offsets, and their gap).
    const year = utcToLocal(L * 1000).year;
    const jan = intlOffset(name, daysFromCivil(year, 1, 1) * DAY_S * 1000);
    const jul = intlOffset(name, daysFromCivil(year, 7, 1) * DAY_S * 1000);
    const std = Math.min(jan, jul);
    const withDst = (offset: number, info: ZoneOffset) => {
      if (dst === undefined) return { offset, dst: info.isDst, abbr: info.abbreviation };
      if (!dst) return { offset: std, dst: false, abbr: info.isDst ? undefined : info.abbreviation };
      return {
        offset: info.isDst ? offset : std + (Math.abs(jan - jul) || 3600),
        dst: true,
        abbr: undefined,
      };
    };
    if (a === b) segs.push({ start: -Infinity, end: Infinity, ...withDst(a, infoA), lmt: false, std });
    else {
      const infoB = intlZoneOffset(z, name, (L + DAY_S) * 1000, b);
      // Find the transition between L - 1 day and L + 1 day by bisection (to the second).
      let lo = L - DAY_S;
      let hi = L + DAY_S;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffset(name, mid * 1000) === a) lo = mid;
        else hi = mid;
      }
      segs.push({ start: -Infinity, end: hi, ...withDst(a, infoA), lmt: false, std });
      segs.push({ start: hi, end: Infinity, ...withDst(b, infoB), lmt: false, std });
    }
  }
  // With `dst`, daylight-time changes are no transitions any more: only changes of standard offset remain.
  if (dst !== undefined) segs = mergeSegments(segs);

  const valid: Seg[] = [];
  for (const seg of segs) {
    const u = L - seg.offset;
    if (u >= seg.start && u < seg.end) valid.push(seg);
  }

  let chosen: Seg;
  let u: number;
  if (valid.length === 0) {
    // In a gap: the segment that starts after a forward jump over L.
    const gapIndex = segs.findIndex(
      (s, i) => i > 0 && L >= s.start + (segs[i - 1] as Seg).offset && L < s.start + s.offset,
    );
    const after = segs[gapIndex] as Seg | undefined;
    const before = segs[gapIndex - 1] as Seg | undefined;
    if (!after || !before) throw new Error(`cannot resolve ${formatLocal(local)} in ${name}`);
    const gap = after.offset - before.offset;
    const startLocal = utcToLocal(after.start * 1000, before.offset);
    const gapText =
      `${formatLocal(local)} did not exist in ${name}: at ${formatLocal(startLocal)} clocks jumped forward ` +
      `${formatDuration(gap)} (from UTC${formatUtcOffset(before.offset)} to UTC${formatUtcOffset(after.offset)})`;
    if (onGap === 'reject') {
      throw new DomainError(
        'nonexistent_local_time',
        `${gapText}. Correct the time, or send "on_gap": "shift_forward" to move it forward by ${formatDuration(gap)}.`,
        'hour',
      );
    }
    chosen = after;
    u = L - before.offset;
    warnings.push(
      warning(
        'shifted_forward',
        `${gapText}; shifted forward to ${formatLocal(utcToLocal(u * 1000, after.offset))} ` +
          `(UTC${formatUtcOffset(after.offset)}).`,
      ),
    );
  } else {
    chosen = valid[0] as Seg;
    for (const s of valid) if (s.offset > chosen.offset) chosen = s; // earliest instant
    u = L - chosen.offset;
    if (valid.length > 1) {
      const others = valid
        .filter((s) => s !== chosen)
        .map(offsetLabel)
        .join(', ');
      warnings.push(
        warning(
          'ambiguous_local_time',
          `${formatLocal(local)} is ambiguous in ${name} (clocks were set back): it occurred at ` +
            `${offsetLabel(chosen)} and again at ${others}; the earlier instant, at ${offsetLabel(chosen)}, was used.`,
        ),
      );
    }
  }

  if (chosen.lmt && z) {
    const firstStd = z.times[z.lmtSegments - 1];
    const since =
      firstStd === undefined
        ? ''
        : ` before ${formatLocal(utcToLocal(firstStd * 1000, segmentType(z, z.lmtSegments).offset)).slice(0, 10)}`;
    const mean = z.meanTime && chosen.meanType?.abbr === z.meanTime.abbreviation ? z.meanTime : undefined;
    const birthplace = `the local mean time of the birthplace (longitude ${lon}°, UTC${formatUtcOffset(chosen.offset)})`;
    warnings.push(
      mean
        ? warning(
            'city_mean_time_replaced',
            `${name} holds ${mean.name} (${mean.abbreviation}, UTC${formatUtcOffset(chosen.meanType?.offset ?? 0)}) ` +
              `for the whole zone${since}, when the country had no standard time yet: ${birthplace} was used instead.`,
            { mean_time: mean.name },
          )
        : warning('local_mean_time', `${name} had no standard time${since}: ${birthplace} was used.`),
    );
  }

  if (dst !== undefined && z && !chosen.lmt) {
    const own = zoneOffsetAt(name, u * 1000);
    if (own.offsetSeconds !== chosen.offset) {
      warnings.push(
        warning(
          'dst_override',
          `"dst": ${dst}: ${dst ? 'daylight' : 'standard'} time, ${offsetLabel(chosen)}, was used; ` +
            `${name} has ${offsetLabel({ offset: own.offsetSeconds, abbr: own.abbreviation, lmt: false })} ` +
            `at ${formatLocal(local)}.`,
        ),
      );
    }
  }

  const localOption = dst === undefined && z?.localDst && chosen.dst && !chosen.lmt ? z.localDst : undefined;
  if (localOption && options.latitude !== undefined) {
    const w = localDstWarning(localOption, name, u, options.latitude, lon, chosen, local);
    if (w) warnings.push(w);
  }

  const result: UtcConversion = {
    utcMs: u * 1000,
    offsetSeconds: chosen.offset,
    isDst: chosen.dst,
    lmt: chosen.lmt,
    timezone: name,
    local: valid.length === 0 ? utcToLocal(u * 1000, chosen.offset) : local,
    warnings,
  };
  if (chosen.abbr !== undefined) result.zoneAbbreviation = chosen.abbr;
  return result;
}

/** A candidate offset period of localToUtc around the local time. */
interface Seg {
  start: number;
  end: number;
  offset: number;
  dst: boolean;
  abbr?: string | undefined;
  lmt: boolean;
  /** The zone's standard offset in this period. */
  std: number;
  /** In a local-mean-time period: tzdb's type there (LMT of the zone's city, or the mean time replaced). */
  meanType?: TzType;
}

/** Adjacent periods with the same offset become one (what remains after `dst` removed DST transitions). */
function mergeSegments(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (prev && prev.offset === s.offset && prev.lmt === s.lmt && prev.end === s.start) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** The standard time of segment k: its own type, else the nearest earlier (then later) standard type. */
function standardTypeOf(z: Zone, k: number): TzType {
  for (let j = k; j >= z.lmtSegments; j--) {
    const t = segmentType(z, j);
    if (!t.dst) return t;
  }
  for (let j = k + 1; j <= z.times.length; j++) {
    const t = segmentType(z, j);
    if (!t.dst && !t.lmt) return t;
  }
  return segmentType(z, k);
}

/**
 * Daylight time for segment k: its own if it is DST, else the zone's usual daylight time over this standard
 * offset (its most frequent DST type: CDT rather than War or Peace Time, BST rather than double summer
 * time), else standard + 1 h.
 */
function daylightOf(z: Zone, k: number, std: TzType): { offset: number; abbr: string | undefined } {
  const own = segmentType(z, k);
  if (own.dst) return { offset: own.offset, abbr: own.abbr };
  let usual = z.usualDst?.get(std.offset);
  if (usual === undefined) {
    const counts = new Map<TzType, number>();
    for (let j = z.lmtSegments; j <= z.times.length; j++) {
      const t = segmentType(z, j);
      if (t.dst && standardTypeOf(z, j).offset === std.offset) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    usual = null;
    let best = 0;
    for (const [t, n] of counts) {
      if (n > best) {
        usual = t;
        best = n;
      }
    }
    z.usualDst ??= new Map();
    z.usualDst.set(std.offset, usual);
  }
  return usual ? { offset: usual.offset, abbr: usual.abbr } : { offset: std.offset + 3600, abbr: undefined };
}

/** The 'dst_local_option' warning, when the birth (UTC seconds `u`) falls in one of the rule's periods. */
function localDstWarning(
  rule: LocalDstRule,
  name: string,
  u: number,
  latitude: number,
  longitude: number,
  chosen: Seg,
  local: LocalDateTime,
): ChartWarning | undefined {
  const ms = u * 1000;
  if (!rule.periods.some(([from, to]) => ms >= Date.parse(from) && ms < Date.parse(to))) return undefined;
  const km = distanceKm(latitude, longitude, rule.latitude, rule.longitude);
  if (km <= REFERENCE_AREA_KM) return undefined;
  if (rule.lawful && ms >= Date.parse(rule.lawful.from) && rule.lawful.contains(latitude, longitude)) {
    return undefined;
  }
  return warning(
    'dst_local_option',
    `${name} follows ${rule.city}, which was on daylight saving time, ${offsetLabel(chosen)}, on ` +
      `${formatLocal(local).slice(0, 10)}; ${rule.basis}. It may not have applied at the birthplace, ` +
      `${Math.round(km)} km from ${rule.city}: if the birth record gives standard time, send "dst": false ` +
      `(UTC${formatUtcOffset(chosen.std)}), or its "utc_offset".`,
    { reference_city: rule.city },
  );
}

function offsetLabel(s: { offset: number; abbr?: string | undefined; lmt: boolean }): string {
  return `UTC${formatUtcOffset(s.offset)}${s.abbr && !s.lmt ? ` (${s.abbr})` : ''}`;
}

function formatDuration(seconds: number): string {
  const a = Math.abs(seconds);
  const h = Math.floor(a / 3600);
  const m = Math.floor(a / 60) % 60;
  const s = a % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s || parts.length === 0) parts.push(`${s} s`);
  return parts.join(' ');
}

function validateLocal(t: LocalDateTime): void {
  if (!isValidCalendarDate(t.year, t.month, t.day)) {
    throw new DomainError(
      'invalid_date',
      `${t.year}-${t.month}-${t.day} is not a valid calendar date.`,
      Number.isInteger(t.month) && t.month >= 1 && t.month <= 12 ? 'day' : 'month',
    );
  }
  const bad = (field: string, range: string) =>
    new DomainError('invalid_time', `${field} must be ${range}.`, field);
  if (!Number.isInteger(t.hour) || t.hour < 0 || t.hour > 23) throw bad('hour', 'an integer in 0-23');
  if (!Number.isInteger(t.minute) || t.minute < 0 || t.minute > 59) throw bad('minute', 'an integer in 0-59');
  if (!Number.isFinite(t.second) || t.second < 0 || t.second >= 60) throw bad('second', 'in [0, 60)');
}

// ------------------------------------------------------------------------------------- coordinates

/**
 * IANA zone at a point (offline, @photostructure/tz-lookup: land borders, "Etc/GMT±N" at sea).
 * Throws DomainError('invalid_coordinates', ...) outside [-90, 90] x [-180, 180].
 */
export function timezoneFromCoordinates(latitude: number, longitude: number): string {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    throw new DomainError('invalid_coordinates', 'latitude must be in [-90, 90] degrees.', 'latitude');
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw new DomainError('invalid_coordinates', 'longitude must be in [-180, 180] degrees.', 'longitude');
  }
  return tzlookup(latitude, longitude);
}
