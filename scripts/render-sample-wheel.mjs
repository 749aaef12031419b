#!/usr/bin/env node
// Render sample chart wheels (Einstein's chart from the engine, and a hand-built crowded stress case) to
// SVG, and to PNG with headless Chromium when it is installed, so the drawing can be inspected by eye.
//   node scripts/render-sample-wheel.mjs [outDir=/tmp]
// Writes wheel-light.svg, wheel-dark.svg, wheel-notime.svg, wheel-crowded.svg, wheel-stars.svg (+ .png).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { renderWheel } = await tsImport('../src/astro/wheel.ts', import.meta.url);
const { ASTEROIDS, computeChart, DEFAULT_POINTS } = await tsImport('../src/astro/node.ts', import.meta.url);
// The crowded stress case is hand-built (a stellium and a cluster across 0° Aries).
const { makeChart, CROWDED } = await tsImport('../test/astro/chart-builder.ts', import.meta.url);

const outDir = process.argv[2] ?? '/tmp';
const einstein = {
  full_name: 'Albert Einstein',
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  latitude: 48.39841,
  longitude: 9.99155,
  timezone: 'Europe/Berlin',
  place: { name: 'Ulm', country: 'DE' },
};

const charts = {
  'wheel-light': [computeChart(einstein), {}],
  'wheel-dark': [computeChart(einstein), { theme: 'dark' }],
  'wheel-notime': [
    computeChart({ ...einstein, full_name: 'Albert Einstein (time unknown)', time_known: false }),
    {},
  ],
  'wheel-stars': [
    computeChart(einstein, {
      points: [...DEFAULT_POINTS, ...ASTEROIDS],
      fixed_stars: true,
      fixed_star_orb: 2,
    }),
    { fixedStars: 'all', size: 700 },
  ],
  'wheel-crowded': [
    makeChart({
      name: `Crowded <Stellium> & "quotes" test with a rather long name`,
      longitudes: CROWDED,

      cusps: [101.6, 119.8, 139.4, 168.4, 205.2, 243.7, 281.6, 299.8, 319.4, 348.4, 25.2, 63.7],
      retrograde: ['saturn', 'neptune'],
    }),
    { size: 800 },
  ],
};

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
for (const [file, [chart, opts]] of Object.entries(charts)) {
  const svg = renderWheel(chart, opts);
  const svgPath = join(outDir, `${file}.svg`);
  writeFileSync(svgPath, svg);
  let note = `${svg.length} bytes`;
  if (chromium) {
    const png = join(outDir, `${file}.png`);
    const size = opts.size ?? 600;
    execFileSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--hide-scrollbars',
        `--screenshot=${png}`,
        `--window-size=${size},${size}`,
        `file://${svgPath}`,
      ],
      { stdio: 'ignore' },
    );
    note += `, ${png}`;
  }
  console.log(`${svgPath} (${note})`);
}
