#!/usr/bin/env node
// Builds the static assets the Worker loads the asteroid tables from (src/platform/asteroid-tables.ts):
// public/ephemeris/<name>.json for Ceres, Pallas, Juno, Vesta and Pholus, from the generated sources
// src/astro/data/<name>-table.ts (which stay the source of truth: scripts/gen-asteroids.mjs writes them,
// Node imports them directly). Generated, not committed (.gitignore); run by `npm install` (through
// scripts/copy-assets.mjs) and before `npm start`, `npm test`, `npm run test:e2e`, `npm run bench`,
// `npm run dev` and `npm run deploy`, so an edited table is always the one served. Writes only what changed.
// A file whose layout is not the generator's is an error, never a partial table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ASTEROIDS = ['ceres', 'pallas', 'juno', 'vesta', 'pholus'];

/** The table of a generated module: `const X_COEFFS: readonly number[] = [...]` and its header fields. */
export function parseTableModule(source, file) {
  const coeffs = /_COEFFS: readonly number\[\] = \[([^\]]*)\];/.exec(source);
  if (!coeffs) throw new Error(`${file}: no COEFFS array`);
  const field = (name) => {
    const m = new RegExp(`\\n\\s*${name}: ([-+0-9.e]+),`).exec(source);
    if (!m) throw new Error(`${file}: no ${name}`);
    return Number(m[1]);
  };
  const table = {
    start: field('start'),
    span: field('span'),
    segments: field('segments'),
    order: field('order'),
    scale: field('scale'),
    coeffs: coeffs[1]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(Number),
  };
  const n = table.segments * 3 * table.order;
  if (table.coeffs.length !== n || !table.coeffs.every(Number.isInteger)) {
    throw new Error(`${file}: ${table.coeffs.length} coefficients, ${n} integers expected`);
  }
  return table;
}

export function buildAsteroidAssets({ quiet = false } = {}) {
  const outDir = join(root, 'public', 'ephemeris');
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (const name of ASTEROIDS) {
    const file = join('src', 'astro', 'data', `${name}-table.ts`);
    const json = `${JSON.stringify(parseTableModule(readFileSync(join(root, file), 'utf8'), file))}\n`;
    const out = join(outDir, `${name}.json`);
    if (existsSync(out) && readFileSync(out, 'utf8') === json) continue;
    writeFileSync(out, json);
    written++;
  }
  if (!quiet && written) console.log(`build-asteroid-assets: wrote ${written} table(s) to public/ephemeris/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildAsteroidAssets();
