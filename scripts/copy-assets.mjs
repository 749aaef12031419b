// Copies browser assets the Worker serves itself (no CDN) from node_modules into public/vendor, and builds
// the asteroid tables it loads on demand (public/ephemeris, scripts/build-asteroid-assets.mjs).
// Runs on `npm install` (postinstall); public/vendor and public/ephemeris are generated, not committed.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAsteroidAssets } from './build-asteroid-assets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = [
  ['node_modules/@scalar/api-reference/dist/browser/standalone.js', 'public/vendor/scalar/standalone.js'],
];

for (const [from, to] of assets) {
  const src = join(root, from);
  if (!existsSync(src)) {
    console.warn(`copy-assets: ${from} is missing (devDependencies not installed?); /docs will not load.`);
    continue;
  }
  mkdirSync(dirname(join(root, to)), { recursive: true });
  copyFileSync(src, join(root, to));
}

buildAsteroidAssets();
