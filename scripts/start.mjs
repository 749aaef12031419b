#!/usr/bin/env node
// `npm start`: everything a new user needs to run the whole API locally, in one command.
//   1. applies the D1 migrations to the local database (.wrangler/state),
//   2. loads seed data that is not there yet (the places gazetteer, famous people),
//   3. ensures a local admin account with one admin key and prints it,
//   4. runs `wrangler dev` on PORT (default 8787) with ENVIRONMENT=development.
// Running it again reuses the same state: the same key keeps working and is printed again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const port = process.env.PORT ?? '8787';
const stateDir = join(root, '.wrangler', 'state');
const adminFile = join(stateDir, 'local-admin.json');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Stellar Edge needs Node.js >= 22 (wrangler does); this is ${process.version}.`);
  process.exit(1);
}

function run(args, { quiet = false } = {}) {
  const res = spawnSync(wrangler, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) {
    if (quiet) process.stderr.write(res.stdout + res.stderr);
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed`);
  }
  return res.stdout;
}

/** Runs SQL against the local D1 and returns the rows of the last statement. */
export function query(sql) {
  const out = run(['d1', 'execute', 'DB', '--local', '--json', '--command', sql], { quiet: true });
  const parsed = JSON.parse(out);
  return parsed[parsed.length - 1]?.results ?? [];
}

export function executeFile(file) {
  run(['d1', 'execute', 'DB', '--local', '--file', file], { quiet: true });
}

async function ensureAdmin() {
  const { generateKey, hashKey, keyPrefix } = await tsImport('../src/platform/keys.ts', import.meta.url);
  const { newId } = await tsImport('../src/platform/ids.ts', import.meta.url);
  if (existsSync(adminFile)) {
    const saved = JSON.parse(readFileSync(adminFile, 'utf8'));
    const hash = await hashKey(saved.key);
    const rows = query(`SELECT k.id FROM api_keys k JOIN accounts a ON a.id = k.account_id
      WHERE k.hash = '${hash}' AND k.revoked_at IS NULL AND a.role = 'admin'`);
    if (rows.length > 0) return saved.key;
  }
  const key = generateKey();
  const hash = await hashKey(key);
  const existing = query("SELECT id FROM accounts WHERE email = 'admin@localhost'");
  const accountId = existing[0]?.id ?? newId('account');
  const scopes = JSON.stringify(['charts:read', 'charts:write', 'readings', 'webhooks', 'keys', 'admin']);
  const statements = [];
  if (!existing[0]) {
    statements.push(`INSERT INTO accounts (id, email, name, tier, role)
      VALUES ('${accountId}', 'admin@localhost', 'Local admin', 'unlimited', 'admin')`);
  }
  statements.push(`INSERT INTO api_keys (id, account_id, name, prefix, hash, scopes)
    VALUES ('${newId('apiKey')}', '${accountId}', 'local admin (npm start)', '${keyPrefix(key)}', '${hash}', '${scopes}')`);
  query(statements.join(';\n'));
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(adminFile, `${JSON.stringify({ account_id: accountId, key }, null, 2)}\n`, { mode: 0o600 });
  return key;
}

async function seed() {
  // Seed steps are scripts/seed-*.mjs modules exporting `seed({ query, executeFile, root })`; each checks
  // whether its data is already loaded, so a second start is quick.
  const dir = join(root, 'scripts');
  for (const file of readdirSync(dir)
    .filter((f) => /^seed-.*\.mjs$/.test(f))
    .sort()) {
    const mod = await import(join(dir, file));
    await mod.seed({ query, executeFile, root });
  }
}

async function main() {
  if (!existsSync(join(root, 'public', 'vendor'))) await import('./copy-assets.mjs');
  console.log('Applying D1 migrations (local)...');
  run(['d1', 'migrations', 'apply', 'DB', '--local'], { quiet: true });
  await seed();
  const key = await ensureAdmin();
  console.log('');
  console.log(`Local admin key: ${key}`);
  console.log(`  (saved in ${adminFile.replace(`${root}/`, '')}; docs at http://localhost:${port}/docs)`);
  console.log('');
  const dev = spawn(wrangler, ['dev', '--port', port, '--var', 'ENVIRONMENT:development'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
  dev.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
