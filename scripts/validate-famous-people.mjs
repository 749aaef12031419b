#!/usr/bin/env node
/**
 * Validates data/famous-people.json (the birth-data dataset behind the famous-people endpoints).
 *
 *   node scripts/validate-famous-people.mjs [path/to/famous-people.json] [--strict]
 *
 * Hard errors (exit code 1): schema, unique kebab-case slugs sorted by slug, categories, one-sentence
 * descriptions of at most 160 characters, real Gregorian calendar dates from 1800 on (not in the future),
 * hour/minute ranges, ISO 3166-1 alpha-2 country codes, coordinate ranges with 2-4 decimals, IANA zone
 * names accepted by Intl, and the time rules: time_known <=> hour and minute present <=> Rodden rating
 * AA/A/B/C/DD; untimed <=> rating X; a non-empty source note.
 *
 * Review warnings (printed; errors only with --strict): the zone that @photostructure/tz-lookup gives for
 * the coordinates differs from the stated zone. Equivalent zones (aliases, or zones with the same UTC
 * offsets today and on the birth date) are listed separately as informational notes. Also warned: timed
 * births whose local time does not exist (a DST gap) or is ambiguous (a DST overlap) according to Intl,
 * which lacks tzdb's backzone data, so pre-1970 warnings need a second look.
 *
 * Prints counts by category and by Rodden rating.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tzLookup = require('@photostructure/tz-lookup');

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const file = args.find((a) => !a.startsWith('--')) ?? new URL('../data/famous-people.json', import.meta.url);

const CATEGORIES = ['science', 'arts', 'music', 'film', 'politics', 'sport', 'literature', 'business'];
const RATINGS = ['AA', 'A', 'B', 'C', 'DD', 'X'];
const TIMED_RATINGS = new Set(['AA', 'A', 'B', 'C', 'DD']);
const PERSON_KEYS = [
  'slug',
  'full_name',
  'category',
  'description',
  'birth',
  'time_known',
  'rodden_rating',
  'source',
];
const BIRTH_REQUIRED = ['year', 'month', 'day', 'city', 'country', 'latitude', 'longitude', 'timezone'];
const BIRTH_OPTIONAL = ['hour', 'minute'];
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_YEAR = 1800;
const MAX_YEAR = 2399;

const errors = [];
const warnings = [];
const notes = [];
const err = (who, msg) => errors.push(`${who}: ${msg}`);

const isInt = (v) => Number.isInteger(v);
const isNonEmptyString = (v) => typeof v === 'string' && v.trim().length > 0;
const decimals = (n) => {
  const s = String(n);
  if (/e/i.test(s)) return Number.POSITIVE_INFINITY;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
};

function isRealDate(y, m, d) {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const zoneCache = new Map();
/** Canonical zone id according to Intl, or null when Intl rejects the name. */
function canonicalZone(zone) {
  if (zoneCache.has(zone)) return zoneCache.get(zone);
  let canon = null;
  try {
    canon = new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    canon = null;
  }
  zoneCache.set(zone, canon);
  return canon;
}

const fmtCache = new Map();
/** UTC offset in minutes of `zone` at the instant `utcMs`, according to Intl. */
function offsetMinutes(zone, utcMs) {
  let fmt = fmtCache.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fmtCache.set(zone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const asUtc = new Date(
    Date.UTC(2000, Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)),
  );
  asUtc.setUTCFullYear(year);
  const local = asUtc.getTime() + Number(p.second) * 1000;
  return Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60000);
}

function localAsUtcMs(y, mo, d, h = 12, mi = 0) {
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi));
  t.setUTCFullYear(y);
  return t.getTime();
}

/** Number of UTC instants at which `zone` shows the given local wall-clock time (0 = gap, 2 = overlap). */
function wallClockMatches(zone, y, mo, d, h, mi) {
  const wall = localAsUtcMs(y, mo, d, h, mi);
  const candidates = new Set();
  for (const probeHours of [-36, -12, 0, 12, 36]) {
    const off = offsetMinutes(zone, wall + probeHours * 3600000);
    const utc = wall - off * 60000;
    if (utc + offsetMinutes(zone, utc) * 60000 === wall) candidates.add(utc);
  }
  return candidates.size;
}

let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`Cannot read ${file}: ${e.message}`);
  process.exit(1);
}

if (!data || typeof data !== 'object' || Array.isArray(data)) err('file', 'top level must be an object');
if (!isNonEmptyString(data?.about)) err('file', '"about" must be a non-empty string');
const people = Array.isArray(data?.people) ? data.people : [];
if (!Array.isArray(data?.people)) err('file', '"people" must be an array');
for (const k of Object.keys(data ?? {}))
  if (!['about', 'people'].includes(k)) err('file', `unexpected key "${k}"`);

const seen = new Set();
const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
const byRating = Object.fromEntries(RATINGS.map((r) => [r, 0]));
const timedByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
const currentYear = new Date().getUTCFullYear();
let prevSlug = null;

people.forEach((p, i) => {
  const who = `#${i} ${p?.slug ?? '(no slug)'}`;
  if (!p || typeof p !== 'object' || Array.isArray(p)) {
    err(who, 'entry must be an object');
    return;
  }
  for (const k of PERSON_KEYS) if (!(k in p)) err(who, `missing "${k}"`);
  for (const k of Object.keys(p)) if (!PERSON_KEYS.includes(k)) err(who, `unexpected key "${k}"`);

  // slug
  if (typeof p.slug !== 'string' || !SLUG_RE.test(p.slug))
    err(who, 'slug must be kebab-case ASCII [a-z0-9-]');
  else {
    if (seen.has(p.slug)) err(who, 'duplicate slug');
    seen.add(p.slug);
    if (prevSlug !== null && p.slug < prevSlug) err(who, `not sorted by slug (comes after "${prevSlug}")`);
    prevSlug = p.slug;
  }

  if (!isNonEmptyString(p.full_name)) err(who, 'full_name must be a non-empty string');
  if (!CATEGORIES.includes(p.category)) err(who, `category must be one of ${CATEGORIES.join(', ')}`);
  else byCategory[p.category]++;

  // description: one sentence, at most 160 characters
  if (!isNonEmptyString(p.description)) err(who, 'description must be a non-empty string');
  else {
    if (p.description.length > 160) err(who, `description is ${p.description.length} chars (max 160)`);
    if (!/[.!?]$/.test(p.description)) err(who, 'description must end with a full stop');
    if (/[.!?]\s+[A-Z][a-z]+\s/.test(p.description.replace(/\b(?:[A-Z]|Jr|Sr|St|Dr|Mr|Mrs)\./g, '_'))) {
      warnings.push(`${who}: description may contain more than one sentence`);
    }
    if (p.description !== p.description.trim()) err(who, 'description has leading/trailing whitespace');
  }

  if (!isNonEmptyString(p.source)) err(who, 'source must be a non-empty string');
  if (typeof p.time_known !== 'boolean') err(who, 'time_known must be a boolean');
  if (!RATINGS.includes(p.rodden_rating)) err(who, `rodden_rating must be one of ${RATINGS.join(', ')}`);
  else byRating[p.rodden_rating]++;

  const b = p.birth;
  if (!b || typeof b !== 'object' || Array.isArray(b)) {
    err(who, 'birth must be an object');
    return;
  }
  for (const k of BIRTH_REQUIRED) if (!(k in b)) err(who, `birth.${k} missing`);
  for (const k of Object.keys(b)) {
    if (!BIRTH_REQUIRED.includes(k) && !BIRTH_OPTIONAL.includes(k)) err(who, `unexpected key birth.${k}`);
  }

  // date
  const { year, month, day } = b;
  const dateOk = isInt(year) && isInt(month) && isInt(day);
  if (!dateOk) err(who, 'birth year/month/day must be integers');
  else {
    if (year < MIN_YEAR || year > MAX_YEAR) err(who, `birth year ${year} outside ${MIN_YEAR}-${MAX_YEAR}`);
    if (year > currentYear) err(who, `birth year ${year} is in the future`);
    if (!isRealDate(year, month, day)) err(who, `${year}-${month}-${day} is not a real calendar date`);
  }

  // time and rating consistency
  const hasHour = 'hour' in b;
  const hasMinute = 'minute' in b;
  if (hasHour !== hasMinute) err(who, 'birth.hour and birth.minute must be given together');
  if (hasHour && (!isInt(b.hour) || b.hour < 0 || b.hour > 23))
    err(who, 'birth.hour must be an integer 0-23');
  if (hasMinute && (!isInt(b.minute) || b.minute < 0 || b.minute > 59)) {
    err(who, 'birth.minute must be an integer 0-59');
  }
  const timed = hasHour && hasMinute;
  if (p.time_known === true && !timed) err(who, 'time_known is true but hour/minute are missing');
  if (p.time_known === false && (hasHour || hasMinute))
    err(who, 'time_known is false but hour/minute are given');
  if (timed && !TIMED_RATINGS.has(p.rodden_rating)) {
    err(who, `timed entry needs a rating in AA/A/B/C/DD (got ${p.rodden_rating})`);
  }
  if (!timed && p.rodden_rating !== 'X')
    err(who, `untimed entry must have rating X (got ${p.rodden_rating})`);
  if (timed && CATEGORIES.includes(p.category)) timedByCategory[p.category]++;

  // place
  if (!isNonEmptyString(b.city)) err(who, 'birth.city must be a non-empty string');
  if (typeof b.country !== 'string' || !/^[A-Z]{2}$/.test(b.country)) {
    err(who, 'birth.country must be an ISO 3166-1 alpha-2 code (2 upper-case letters)');
  }
  const { latitude: lat, longitude: lon } = b;
  const coordsOk =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  if (!coordsOk) err(who, 'birth.latitude/longitude must be numbers within +-90 / +-180');
  else {
    for (const [name, v] of [
      ['latitude', lat],
      ['longitude', lon],
    ]) {
      // Town-centre precision: at most 4 decimals (JSON drops trailing zeros, so 50.10 reads as 50.1).
      const n = decimals(v);
      if (n > 4) err(who, `birth.${name} ${v} has ${n} decimals (use 2-4)`);
    }
  }
  const canon = typeof b.timezone === 'string' ? canonicalZone(b.timezone) : null;
  if (!canon) err(who, `birth.timezone "${b.timezone}" is not a valid IANA zone for Intl`);

  // coordinates vs. zone
  if (coordsOk && canon) {
    let found;
    try {
      found = tzLookup(lat, lon);
    } catch (e) {
      warnings.push(`${who}: tz-lookup failed for ${lat},${lon}: ${e.message}`);
    }
    if (found && found !== b.timezone) {
      const foundCanon = canonicalZone(found);
      const probes = [
        Date.UTC(2025, 0, 15, 12),
        Date.UTC(2025, 6, 15, 12),
        ...(dateOk && isRealDate(year, month, day) ? [localAsUtcMs(year, month, day)] : []),
      ];
      const sameOffsets =
        foundCanon && probes.every((t) => offsetMinutes(found, t) === offsetMinutes(canon, t));
      const where = `${b.city}, ${b.country} (${lat}, ${lon})`;
      if (foundCanon === canon) notes.push(`${who}: ${b.timezone} is an alias of ${found} for ${where}`);
      else if (sameOffsets) {
        notes.push(`${who}: ${b.timezone} vs tz-lookup ${found} for ${where}: same offsets (neighbour)`);
      } else warnings.push(`${who}: ${b.timezone} but tz-lookup gives ${found} for ${where}`);
    }
  }

  // local wall-clock time exists exactly once (per Intl)
  if (timed && canon && dateOk && isRealDate(year, month, day)) {
    const n = wallClockMatches(canon, year, month, day, b.hour, b.minute);
    const hhmm = `${String(b.hour).padStart(2, '0')}:${String(b.minute).padStart(2, '0')}`;
    if (n === 0) warnings.push(`${who}: ${hhmm} does not exist in ${canon} on that date (DST gap, per Intl)`);
    if (n > 1) warnings.push(`${who}: ${hhmm} is ambiguous in ${canon} on that date (DST overlap, per Intl)`);
  }
});

const pad = (s, n) => String(s).padEnd(n);
console.log(`${file instanceof URL ? file.pathname : file}: ${people.length} people`);
console.log('\nBy category (timed / total):');
for (const c of CATEGORIES) console.log(`  ${pad(c, 11)} ${pad(timedByCategory[c], 4)}/ ${byCategory[c]}`);
console.log('\nBy Rodden rating:');
for (const r of RATINGS) console.log(`  ${pad(r, 3)} ${byRating[r]}`);
const timedTotal = Object.values(timedByCategory).reduce((a, b) => a + b, 0);
console.log(`\nTimed: ${timedTotal}, untimed: ${people.length - timedTotal}`);

if (notes.length) {
  console.log(`\nNotes (${notes.length}, equivalent zones):`);
  for (const n of notes) console.log(`  ${n}`);
}
if (warnings.length) {
  console.log(`\nWarnings to review (${warnings.length}):`);
  for (const w of warnings) console.log(`  ${w}`);
}
if (errors.length) {
  console.log(`\nErrors (${errors.length}):`);
  for (const e of errors) console.log(`  ${e}`);
}
const failed = errors.length > 0 || (strict && warnings.length > 0);
console.log(failed ? '\nFAILED' : '\nOK');
process.exit(failed ? 1 : 0);
