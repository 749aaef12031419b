#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end proof suite, against the real local server.
//   1. starts `wrangler dev` the way `npm start` does (scripts/start.mjs), with fresh state in a temp folder
//      (migrations, famous people and places seeded, a local admin key),
//   2. fetches the live /openapi.json and generates TypeScript types from it with openapi-typescript
//      (test/e2e/generated/, gitignored), then type-checks the e2e client code against them
//      (tsc -p test/e2e/tsconfig.json): the client uses no casts, so a gap in the document fails here,
//   3. lints the same document with Redocly (redocly.yaml),
//   4. runs the e2e tests (vitest.e2e.config.ts): a whole integrator session through openapi-fetch, every
//      response checked against the document, a signed webhook received by a local receiver, and /docs and
//      a chart wheel in headless Chromium (screenshots in screenshots/),
//   5. stops the server and removes its state, also on failure or Ctrl-C; exits non-zero if any step failed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { bootstrap, freePort, startDev } from './start.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'test', 'e2e', 'generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[e2e ${elapsed().padStart(7)}] ${msg}`);

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`The e2e suite needs Node.js >= 22 (wrangler does); this is ${process.version}.`);
  process.exit(1);
}

let dev = null;
let state = null;
let stderr = '';

/** The child step running now (type-check, lint, vitest), stopped with the server on a signal. */
let current = null;

const stopGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal); // the whole process group: wrangler, workerd, esbuild
  } catch {
    // already gone
  }
};

/** Stops the server we started (its process group: SIGINT, then SIGKILL) and removes its state. */
async function cleanup() {
  if (current && current.exitCode === null) stopGroup(current, 'SIGKILL');
  const server = dev;
  dev = null; // a second call (signal, then the end of main) finds nothing left to do
  if (server) {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      stopGroup(server, 'SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    // Whatever is left of the group (workerd outlives a wrangler that crashed), even if wrangler exited.
    stopGroup(server, 'SIGKILL');
    log('server stopped');
  }
  if (state) rmSync(state, { recursive: true, force: true });
  state = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanup().finally(() => process.exit(signal === 'SIGTERM' ? 143 : 130));
  });
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env },
    });
    current = child;
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
  });
}

async function startServer() {
  state = mkdtempSync(join(tmpdir(), 'stellar-e2e-'));
  log(`bootstrapping fresh state in ${state} (migrations, famous people, places, admin key)`);
  const { key } = await bootstrap({ persistTo: state, seeds: ['famous-people', 'places'] });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`starting wrangler dev on ${base}`);
  dev = startDev({ port, persistTo: state, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  dev.stderr.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-20_000);
  });
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      // Our server, not another one that took the port meanwhile: only this fresh state knows the key.
      const me = await fetch(`${base}/v1/account`, { headers: { Authorization: `Bearer ${key}` } });
      if (me.ok) break;
    } catch {}
    if (Date.now() > until || dev.exitCode !== null) throw new Error(`the server did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  log('server is up');
  return { base, key };
}

async function main() {
  const results = [];
  const step = async (name, fn) => {
    const t = performance.now();
    log(`▶ ${name}`);
    let ok = false;
    try {
      ok = await fn();
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
    }
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    results.push({ name, ok, secs });
    log(`${ok ? '✔' : '✘'} ${name} (${secs} s)`);
    return ok;
  };

  let server = null;
  await step('start the local server', async () => {
    server = await startServer();
    return true;
  });
  if (server) {
    const { base, key } = server;
    const docFile = join(generated, 'openapi.json');
    const typesOk = await step('generate types from /openapi.json (openapi-typescript)', async () => {
      const doc = await (await fetch(`${base}/openapi.json`)).json();
      mkdirSync(generated, { recursive: true });
      writeFileSync(docFile, `${JSON.stringify(doc, null, 2)}\n`);
      // defaultNonNullable: false: a field with a default is optional to send (request bodies).
      const ast = await openapiTS(doc, { defaultNonNullable: false });
      const header = '// Generated by scripts/e2e.mjs from the live /openapi.json. Do not edit.\n';
      writeFileSync(join(generated, 'api.d.ts'), header + astToString(ast));
      log(`${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas`);
      return true;
    });
    if (typesOk) {
      await step('type-check the e2e client against them (tsc)', async () => {
        return (await run(bin('tsc'), ['--noEmit', '-p', 'test/e2e/tsconfig.json'])) === 0;
      });
      await step('lint the document (redocly)', async () => {
        return (await run(bin('redocly'), ['lint', docFile, '--format=stylish'])) === 0;
      });
    }
    await step('run the session and browser tests (vitest)', async () => {
      const code = await run(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts'], {
        E2E_BASE_URL: base,
        E2E_ADMIN_KEY: key,
      });
      return code === 0;
    });
  }
  await cleanup();

  console.log('');
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name.padEnd(58)} ${r.secs.padStart(6)} s`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${failed === 0 ? 'e2e passed' : `e2e FAILED (${failed} step(s))`} in ${elapsed()}`);
  return failed === 0 ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch(async (err) => {
    console.error(err);
    await cleanup();
    process.exit(1);
  });
