#!/usr/bin/env node
// `npm start`: everything a new user needs to run the whole API locally, in one command.
//   1. applies the D1 migrations to the local database (.wrangler/state),
//   2. loads seed data that is not there yet (scripts/seed-*.mjs: the places gazetteer, famous people),
//   3. ensures a local admin account with one admin key and prints it,
//   4. runs `wrangler dev` on PORT (default 8787) with ENVIRONMENT=development and sign-up enabled: the API
//      Worker and, in the same process, the PNG Worker (workers/png) behind its service binding,
//   5. fires the Worker's cron triggers while it runs, as production does (src/platform/crons.ts): the
//      sweepers every minute (recovery of events, batch jobs and webhook deliveries lost in a crash or a
//      restart) and the daily retention once at start and then daily, through wrangler's /__scheduled.
// Running it again reuses the same state: the same key keeps working and is printed again.
// STELLAR_STATE_DIR=<folder> keeps the state elsewhere than .wrangler/state, and STELLAR_SEEDS=<a,b>
// loads only those seed scripts (empty: none); the recovery test (test/server/recovery.test.ts) uses both.
//
// `bootstrap()` and `startDev()` are also used by the benchmarks (scripts/bench.mjs) with a separate
// state folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildAsteroidAssets } from './build-asteroid-assets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const DEFAULT_STATE = join(root, '.wrangler', 'state');

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`Stellar Edge needs Node.js >= 22 (wrangler does); this is ${process.version}.`);
    process.exit(1);
  }
}

function run(args, { quiet = false } = {}) {
  const res = spawnSync(wrangler, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    if (quiet) process.stderr.write(res.stdout + res.stderr);
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed`);
  }
  return res.stdout;
}

/** D1 helpers bound to a state folder (the one wrangler dev persists to). */
export function localDb(persistTo = DEFAULT_STATE) {
  const where = ['--local', '--persist-to', persistTo];
  return {
    /** Runs SQL against the local D1 and returns the rows of the last statement. */
    query(sql) {
      const out = run(['d1', 'execute', 'DB', ...where, '--json', '--command', sql], { quiet: true });
      const parsed = JSON.parse(out);
      return parsed[parsed.length - 1]?.results ?? [];
    },
    executeFile(file) {
      run(['d1', 'execute', 'DB', ...where, '--file', file], { quiet: true });
    },
    migrate() {
      run(['d1', 'migrations', 'apply', 'DB', ...where], { quiet: true });
    },
  };
}

const defaultDb = localDb();
/** Kept for the seed scripts run by hand (they take `{ query, executeFile }`). */
export const query = defaultDb.query;
export const executeFile = defaultDb.executeFile;

async function ensureAdmin(db, stateDir) {
  const adminFile = join(stateDir, 'local-admin.json');
  const { generateKey, hashKey, keyPrefix } = await tsImport('../src/platform/keys.ts', import.meta.url);
  const { newId } = await tsImport('../src/platform/ids.ts', import.meta.url);
  if (existsSync(adminFile)) {
    const saved = JSON.parse(readFileSync(adminFile, 'utf8'));
    const hash = await hashKey(saved.key);
    const rows = db.query(`SELECT k.id FROM api_keys k JOIN accounts a ON a.id = k.account_id
      WHERE k.hash = '${hash}' AND k.revoked_at IS NULL AND a.role = 'admin'`);
    if (rows.length > 0) return { key: saved.key, file: adminFile };
  }
  const key = generateKey();
  const hash = await hashKey(key);
  const existing = db.query("SELECT id FROM accounts WHERE email = 'admin@localhost'");
  const accountId = existing[0]?.id ?? newId('account');
  const scopes = JSON.stringify(['charts:read', 'charts:write', 'readings', 'webhooks', 'keys', 'admin']);
  const statements = [];
  if (!existing[0]) {
    statements.push(`INSERT INTO accounts (id, email, name, tier, role)
      VALUES ('${accountId}', 'admin@localhost', 'Local admin', 'unlimited', 'admin')`);
  }
  statements.push(`INSERT INTO api_keys (id, account_id, name, prefix, hash, scopes)
    VALUES ('${newId('apiKey')}', '${accountId}', 'local admin (npm start)', '${keyPrefix(key)}', '${hash}', '${scopes}')`);
  db.query(statements.join(';\n'));
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(adminFile, `${JSON.stringify({ account_id: accountId, key }, null, 2)}\n`, { mode: 0o600 });
  return { key, file: adminFile };
}

/**
 * Migrations, seeds and the admin key for a state folder. `seeds` filters scripts/seed-*.mjs by name
 * (e.g. ['famous-people']); all of them by default.
 */
export async function bootstrap({ persistTo = DEFAULT_STATE, seeds = null } = {}) {
  if (!existsSync(join(root, 'public', 'vendor'))) await import('./copy-assets.mjs');
  buildAsteroidAssets(); // the tables as the sources are now (another checkout, an edited table)
  const db = localDb(persistTo);
  db.migrate();
  // Seed steps are scripts/seed-*.mjs modules exporting `seed({ query, executeFile, root })`; each checks
  // whether its data is already loaded, so a second start is quick.
  const dir = join(root, 'scripts');
  for (const file of readdirSync(dir)
    .filter((f) => /^seed-.*\.mjs$/.test(f))
    .sort()) {
    if (seeds && !seeds.includes(file.replace(/^seed-|\.mjs$/g, ''))) continue;
    const mod = await import(join(dir, file));
    await mod.seed({ query: db.query, executeFile: db.executeFile, root, persistTo });
  }
  return ensureAdmin(db, persistTo);
}

/** A TCP port nothing listens on right now (the kernel picks it), for servers the tests start. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Workers `wrangler dev` runs in one process: the API Worker (first, served on the port) and the PNG
 * Worker (workers/png), which the API reaches through its PNG service binding.
 */
export const DEV_CONFIGS = ['-c', 'wrangler.toml', '-c', join('workers', 'png', 'wrangler.toml')];

/**
 * Spawns `wrangler dev` (ENVIRONMENT=development) on a port with a state folder, running both Workers. `detached` puts it in a
 * process group of its own, so `process.kill(-child.pid)` stops wrangler, workerd and esbuild together.
 */
export function startDev({ port, persistTo = DEFAULT_STATE, stdio = 'inherit', detached = false }) {
  return spawn(
    wrangler,
    [
      'dev',
      ...DEV_CONFIGS,
      '--port',
      String(port),
      '--persist-to',
      persistTo,
      '--var',
      'ENVIRONMENT:development',
      '--var',
      'SIGNUP_ENABLED:true',
      '--log-level',
      stdio === 'inherit' ? 'log' : 'warn',
      // Serves /__scheduled?cron=..., through which maintain() fires the cron triggers.
      '--test-scheduled',
    ],
    { cwd: root, stdio, detached, env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
}

/**
 * Fires the Worker's cron triggers on a local server (`wrangler dev --test-scheduled`) on their cadence, as
 * Cloudflare does in production: the sweepers every SWEEP_INTERVAL_MS, the daily retention at start and
 * then every DAILY_INTERVAL_MS. A server not up yet or a failed run is retried at the next tick. Returns
 * a function that stops it.
 */
export async function maintain({ port }) {
  const { SWEEP_CRON, SWEEP_INTERVAL_MS, DAILY_CRON, DAILY_INTERVAL_MS } = await tsImport(
    '../src/platform/crons.ts',
    import.meta.url,
  );
  const fire = async (cron) => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/__scheduled?cron=${encodeURIComponent(cron)}`);
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false; // not listening yet (or restarting): the next tick tries again
    }
  };
  let dailyDue = true;
  const tick = async () => {
    if (dailyDue) dailyDue = !(await fire(DAILY_CRON));
    await fire(SWEEP_CRON);
  };
  // The first run as soon as the server answers (a restart recovers at once what the last run lost), then
  // on the cadence.
  let trying = false;
  const first = setInterval(async () => {
    if (trying) return;
    trying = true;
    if ((await fetch(`http://127.0.0.1:${port}/v1/health`).catch(() => null))?.ok) {
      clearInterval(first);
      await tick();
    }
    trying = false;
  }, 2000);
  const sweeps = setInterval(tick, SWEEP_INTERVAL_MS);
  const daily = setInterval(() => {
    dailyDue = true;
  }, DAILY_INTERVAL_MS);
  return () => {
    clearInterval(first);
    clearInterval(sweeps);
    clearInterval(daily);
  };
}

async function main() {
  checkNode();
  const port = process.env.PORT ?? '8787';
  const persistTo = process.env.STELLAR_STATE_DIR || DEFAULT_STATE;
  const seedList = process.env.STELLAR_SEEDS;
  const seeds = seedList === undefined ? null : seedList.split(',').filter(Boolean);
  console.log('Applying D1 migrations and seed data (local)...');
  const { key, file } = await bootstrap({ persistTo, seeds });
  console.log('');
  console.log(`Local admin key: ${key}`);
  console.log(`  (saved in ${file.replace(`${root}/`, '')}; docs at http://localhost:${port}/docs)`);
  console.log('');
  const dev = startDev({ port, persistTo });
  const stop = await maintain({ port });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
  dev.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
