#!/usr/bin/env node
// Builds the PNG Worker (workers/png) as `wrangler deploy` would bundle it, for the Workers tests: the
// vitest plugin runs it beside the API Worker as an auxiliary Worker (vitest.config.ts), and an auxiliary
// Worker is given as built modules, not TypeScript. `wrangler deploy --dry-run --outdir` writes the
// bundle (index.js importing the WebAssembly and the fonts by hashed file names) into .wrangler/png-worker.
// A build is reused while workers/png, its config and the resvg and harfbuzzjs packages are unchanged (a hash of them),
// so only the first test run after a change pays the ~5 s.
//
//   node scripts/build-png-worker.mjs     builds (if needed) and prints those options
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'workers', 'png');
const outdir = join(root, '.wrangler', 'png-worker');
const stampFile = join(outdir, '.inputs-hash');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(source),
    join(root, 'node_modules', '@resvg', 'resvg-wasm', 'package.json'),
    join(root, 'node_modules', 'harfbuzzjs', 'package.json'),
    join(root, 'node_modules', 'wrangler', 'package.json'),
  ];
  for (const file of inputs) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const MODULE_TYPES = [
  [/\.m?js$/, 'ESModule'],
  [/\.wasm$/, 'CompiledWasm'],
  [/\.ttf$/, 'Data'],
];

/** Builds when the inputs changed; returns Miniflare's options for the built Worker (name, date, modules). */
export function buildPngWorker() {
  const hash = inputsHash();
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== hash) {
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const res = spawnSync(
      join(root, 'node_modules', '.bin', 'wrangler'),
      ['deploy', '--dry-run', '--outdir', outdir, '-c', join(source, 'wrangler.toml')],
      { cwd: root, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
    );
    if (res.status !== 0) throw new Error(`building the PNG Worker failed:\n${res.stdout}${res.stderr}`);
    writeFileSync(stampFile, hash);
  }
  const modules = [];
  for (const name of readdirSync(outdir).sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : 0))) {
    const type = MODULE_TYPES.find(([re]) => re.test(name))?.[1];
    if (type) modules.push({ type, path: join(outdir, name) });
  }
  const config = readFileSync(join(source, 'wrangler.toml'), 'utf8');
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(config)?.[1];
  return { name: 'stellar-edge-png', compatibilityDate, modulesRoot: outdir, modules };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(buildPngWorker());
