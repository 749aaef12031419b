#!/usr/bin/env node
// Render sample chart wheels (a hand-built chart with Einstein's positions) to SVG, and to PNG with
// headless Chromium when it is installed, so the drawing can be inspected by eye.
//   node scripts/render-sample-wheel.mjs [outDir=/tmp]
// Writes wheel-light.svg, wheel-dark.svg, wheel-notime.svg, wheel-crowded.svg (+ .png).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { renderWheel } = await tsImport('../src/astro/wheel.ts', import.meta.url);
const { SIGNS } = await tsImport('../src/astro/types.ts', import.meta.url);

const outDir = process.argv[2] ?? '/tmp';
const norm = (x) => ((x % 360) + 360) % 360;

const ASPECTS = [
  ['conjunction', 0, 8],
  ['opposition', 180, 8],
  ['trine', 120, 7],
  ['square', 90, 7],
  ['sextile', 60, 5],
  ['quincunx', 150, 2.5],
  ['semi_sextile', 30, 2],
];

function makeChart({ name, longitudes, retrograde = [], cusps, mc }) {
  const houseOf = (lon) => {
    for (let i = 0; i < 12; i++) {
      if (norm(lon - cusps[i]) < norm(cusps[(i + 1) % 12] - cusps[i])) return i + 1;
    }
    return 1;
  };
  const points = Object.entries(longitudes).map(([n, lon]) => ({
    name: n,
    longitude: lon,
    latitude: 0,
    speed: retrograde.includes(n) ? -0.02 : 0.5,
    retrograde: retrograde.includes(n),
    sign: SIGNS[Math.floor(lon / 30)],
    sign_degree: lon % 30,
    ...(cusps ? { house: houseOf(lon) } : {}),
  }));
  const aspects = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      let sep = Math.abs(points[i].longitude - points[j].longitude);
      if (sep > 180) sep = 360 - sep;
      for (const [aspect, angle, maxOrb] of ASPECTS) {
        const orb = Math.abs(sep - angle);
        if (orb <= maxOrb) {
          aspects.push({
            point_a: points[i].name,
            point_b: points[j].name,
            aspect,
            angle,
            orb,
            applying: true,
          });
        }
      }
    }
  }
  const chart = {
    subject: {
      full_name: name,
      local_datetime: '1879-03-14T11:30:00',
      utc_datetime: '1879-03-14T10:50:00Z',
      julian_day: 2407422.951,
      latitude: 48.4011,
      longitude: 9.9876,
      timezone: 'Europe/Berlin',
      utc_offset: 0.666,
      lmt: true,
      time_known: !!cusps,
      place: { name: 'Ulm', country: 'DE' },
    },
    settings: { zodiac: 'tropical', ayanamsa: null, house_system: cusps ? 'placidus' : null },
    points,
    aspects,
    distributions: { elements: {}, modalities: {} },
    lunar_phase: { angle: 261, name: 'waning_gibbous', illumination: 0.57 },
    warnings: [],
  };
  if (cusps) {
    chart.angles = {
      ascendant: cusps[0],
      midheaven: mc ?? cusps[9],
      descendant: norm(cusps[0] + 180),
      imum_coeli: norm((mc ?? cusps[9]) + 180),
    };
    chart.houses = cusps.map((c, i) => ({
      number: i + 1,
      cusp: c,
      sign: SIGNS[Math.floor(c / 30)],
      sign_degree: c % 30,
    }));
  }
  return chart;
}

const EINSTEIN = {
  sun: 353.5,
  moon: 254.5,
  mercury: 3.1,
  venus: 16.9,
  mars: 296.9,
  jupiter: 327.5,
  saturn: 4.2,
  uranus: 151.2,
  neptune: 38.9,
  pluto: 54.7,
  mean_node: 331.1,
  chiron: 62.4,
  mean_lilith: 197.3,
};
// Placidus-like cusps for Ulm (48.4° N).
const CUSPS = [101.6, 119.8, 139.4, 168.4, 205.2, 243.7, 281.6, 299.8, 319.4, 348.4, 25.2, 63.7];

const charts = {
  'wheel-light': [
    makeChart({ name: 'Albert Einstein', longitudes: EINSTEIN, cusps: CUSPS, retrograde: ['uranus'] }),
    {},
  ],
  'wheel-dark': [
    makeChart({ name: 'Albert Einstein', longitudes: EINSTEIN, cusps: CUSPS, retrograde: ['uranus'] }),
    { theme: 'dark' },
  ],
  'wheel-notime': [makeChart({ name: 'Albert Einstein (time unknown)', longitudes: EINSTEIN }), {}],
  'wheel-crowded': [
    makeChart({
      name: `Crowded <Stellium> & "quotes" test with a rather long name`,
      longitudes: {
        sun: 100.2,
        moon: 101.1,
        mercury: 102.5,
        venus: 98.7,
        mars: 103.9,
        jupiter: 359.1,
        saturn: 0.4,
        uranus: 1.2,
        neptune: 358.3,
        pluto: 210,
        mean_node: 99.9,
        chiron: 212,
      },
      cusps: CUSPS,
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
