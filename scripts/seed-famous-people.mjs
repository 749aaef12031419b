#!/usr/bin/env node
// Loads data/famous-people.json into D1 `famous_people`, with each person's Sun, Moon and rising sign and
// the points the match score needs precomputed by the project's own chart engine (famousRow() in
// src/platform/famous.ts).
//
//   npm start                                     runs this locally (skipped when the data is unchanged)
//   node scripts/seed-famous-people.mjs           the local D1
//   node scripts/seed-famous-people.mjs --remote  the deployed D1 (`wrangler d1 execute DB --remote`)
//
// The SQL replaces the whole table in one file. Locally the data's SHA-256 is kept in
// .wrangler/state/famous-people.sha256, so a later start skips an unchanged file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const sqlValue = (v) =>
  v === null || v === undefined
    ? 'NULL'
    : typeof v === 'number'
      ? String(v)
      : `'${String(v).replace(/'/g, "''")}'`;

export async function buildSql(root) {
  const { famousRow, FAMOUS_INSERT_COLUMNS } = await tsImport(
    join(root, 'src', 'platform', 'famous.ts'),
    import.meta.url,
  );
  const raw = readFileSync(join(root, 'data', 'famous-people.json'), 'utf8');
  const { people } = JSON.parse(raw);
  const rows = people.map((p) => famousRow(p));
  const lines = ['DELETE FROM famous_people;'];
  for (let i = 0; i < rows.length; i += 50) {
    const values = rows
      .slice(i, i + 50)
      .map((r) => `(${FAMOUS_INSERT_COLUMNS.map((c) => sqlValue(r[c])).join(', ')})`)
      .join(',\n');
    lines.push(`INSERT INTO famous_people (${FAMOUS_INSERT_COLUMNS.join(', ')}) VALUES\n${values};`);
  }
  return {
    sql: `${lines.join('\n')}\n`,
    count: rows.length,
    hash: createHash('sha256').update(raw).digest('hex'),
  };
}

export async function seed({ query, executeFile, root, persistTo = join(root, '.wrangler', 'state') }) {
  const marker = join(persistTo, 'famous-people.sha256');
  const started = Date.now();
  const { sql, count, hash } = await buildSql(root);
  const loaded = query('SELECT count(*) AS n FROM famous_people')[0]?.n ?? 0;
  if (loaded === count && existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  const file = join(root, '.wrangler', 'tmp', 'famous-people.sql');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, sql);
  executeFile(file);
  rmSync(file, { force: true });
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, hash);
  console.log(
    `Famous people: ${count} loaded into local D1 in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const remote = process.argv.includes('--remote');
  const { sql, count } = await buildSql(root);
  const file = join(root, '.wrangler', 'tmp', 'famous-people.sql');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, sql);
  const res = spawnSync(
    join(root, 'node_modules', '.bin', 'wrangler'),
    ['d1', 'execute', 'DB', remote ? '--remote' : '--local', '--yes', '--file', file],
    { stdio: 'inherit', env: { ...process.env, CI: 'true' } },
  );
  rmSync(file, { force: true });
  if (res.status !== 0) process.exit(res.status ?? 1);
  console.log(`Famous people: ${count} loaded into the ${remote ? 'remote' : 'local'} D1.`);
}
