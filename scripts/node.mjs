#!/usr/bin/env node
// Runs a command under Node.js >= 22 (wrangler and vitest need it), whatever Node started this script.
//
//   node scripts/node.mjs <script.mjs | name in node_modules/.bin> [args...]
//   node scripts/node.mjs --bin-dir      prints the folder holding a Node >= 22 (for .ci/run's PATH)
//
// On Node >= 22 the command simply runs. On an older Node (20 is still the default of many images) it
// says so on one line and runs the command under Node 24 from the npm registry's `node-<os>-<cpu>`
// package, installed once with the machine's npm into a cache folder (STELLAR_NODE_CACHE, else
// $XDG_CACHE_HOME/stellar-edge-node, else ~/.cache/stellar-edge-node). `npm start`, `npm test` and the
// other package scripts that need Node 22 go through here, and so does .ci/run: one mechanism.
//
// This file must itself run on old Node versions: plain ESM, node: built-ins only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDED = 22;
const WANTED = 24;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const major = (version) => Number(String(version).replace(/^v/, '').split('.')[0]);

function cacheDir() {
  if (process.env.STELLAR_NODE_CACHE) return process.env.STELLAR_NODE_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'stellar-edge-node');
}

/** A Node >= NEEDED: this one, or the cached one (installed on first use). */
function nodeExecutable() {
  if (major(process.versions.node) >= NEEDED) return process.execPath;
  const os = process.platform === 'win32' ? 'win' : process.platform;
  const pkg = `node-${os}-${process.arch}`;
  const dir = cacheDir();
  const pkgDir = join(dir, 'node_modules', pkg);
  const binOf = () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.node;
    return { path: join(pkgDir, bin ?? 'bin/node'), version: manifest.version };
  };
  let node = existsSync(join(pkgDir, 'package.json')) ? binOf() : null;
  if (!node || !existsSync(node.path) || major(node.version) < NEEDED) {
    console.error(
      `node: this is Node ${process.version}, Stellar Edge needs >= ${NEEDED}: installing ${pkg}@${WANTED} from the npm registry into ${dir} (once)...`,
    );
    mkdirSync(dir, { recursive: true });
    // The npm that launched us (npm run ...), else the one beside this node, else the one on PATH.
    const npmCli = process.env.npm_execpath;
    const [cmd, args] = npmCli && extname(npmCli) === '.js' ? [process.execPath, [npmCli]] : ['npm', []];
    const res = spawnSync(
      cmd,
      [
        ...args,
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${pkg}@${WANTED}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' },
    );
    if (res.status !== 0 || !existsSync(join(pkgDir, 'package.json'))) {
      console.error(
        `node: could not install ${pkg}@${WANTED}. Install Node.js >= ${NEEDED} (https://nodejs.org) and run this again.`,
      );
      process.exit(1);
    }
    node = binOf();
  } else {
    console.error(`node: this is Node ${process.version}; running under Node v${node.version} from ${dir}`);
  }
  return node.path;
}

/** The JavaScript file to run for `target`: a script path, or a package binary in node_modules/.bin. */
function entryOf(target) {
  if (/\.(mjs|cjs|js)$/.test(target)) return resolve(target);
  const bin = join(root, 'node_modules', '.bin', target);
  if (!existsSync(bin)) {
    console.error(`node: ${target} is not installed (node_modules/.bin/${target}); run npm install first.`);
    process.exit(1);
  }
  return realpathSync(bin);
}

const [target, ...args] = process.argv.slice(2);
if (!target) {
  console.error('usage: node scripts/node.mjs <script.mjs | bin name> [args...] | --bin-dir');
  process.exit(2);
}
const nodeExe = nodeExecutable();
const binDir = dirname(nodeExe);
if (target === '--bin-dir') {
  console.log(binDir);
  process.exit(0);
}

const child = spawn(nodeExe, [entryOf(target), ...args], {
  stdio: 'inherit',
  // Children that start `node` by name (wrangler's own workers, shebang scripts) find the same one.
  env: {
    ...process.env,
    PATH: `${binDir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`,
  },
});
// A terminal's Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
