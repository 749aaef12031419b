#!/usr/bin/env node
/**
 * Generates src/astro/data/{ceres,pallas,juno,vesta,pholus}-table.ts: Chebyshev coefficients of the heliocentric
 * positions of 1 Ceres, 2 Pallas, 3 Juno, 4 Vesta and 5145 Pholus (J2000 equator, AU; argument TT) from 1794 to
 * 2405 (1800–2400 and a segment to spare), used by src/astro/positions.ts.
 *
 * Initial conditions: the osculating heliocentric elements (ecliptic and equinox J2000) of the JPL Small-Body
 * Database at epoch MJD 59800 = JD 2459800.5 TDB (2022-08-09), as shipped by KStars in the Debian package
 * kstars-data 5:3.6.2-2, file /usr/share/kstars/asteroids.dat (a JSON answer of the "NASA/JPL SBDB Query API"
 * v1.0; fields e, a, i, om, w, ma of the rows "1 Ceres", "2 Pallas", "3 Juno", "4 Vesta", "5145 Pholus"; JPL orbit
 * solutions 48, JPL 53, JPL 127, 36 and 23). The numbers below are those strings, unchanged; `--verify FILE`
 * checks them against a copy of that file. The Swiss Ephemeris is NOT used (it is only the independent check in
 * the tests: test/astro/asteroids.test.ts).
 *
 * Dynamics (scripts/nbody.mjs): the Sun and the eight planets of our VSOP87B series; Ceres, Pallas and Vesta also
 * attract one another and Juno (masses: IAU 2009 System of Astronomical Constants, current best estimates, Luzum
 * et al. 2011, Celest. Mech. Dyn. Astr. 110, 293: Ceres 4.72e-10, Pallas 1.03e-10, Vesta 1.35e-10 solar masses).
 * Against the Swiss Ephemeris the mutual attraction takes Vesta from 14″ to 1″ and Pallas from 60″ to 27″ over
 * 1800–2400. Pholus (a centaur between Saturn and Uranus) is integrated like Chiron (scripts/gen-chiron.mjs).
 *
 *   node scripts/gen-asteroids.mjs                 # integrates and writes the five tables (about 2 minutes)
 *   node scripts/gen-asteroids.mjs --verify FILE   # compares the elements below with FILE (asteroids.dat) only
 *   node scripts/gen-asteroids.mjs --check         # integrates Chiron from the same file's elements and compares
 *                                                  # it with src/astro/data/chiron-table.ts (a JPL Horizons state of
 *                                                  # 2000): a check of this script's element → state conversion
 *   node scripts/gen-asteroids.mjs --sensitivity   # how far Pholus moves with a shorter step, with Pluto, with the
 *                                                  # Sun's relativistic term, and with its semi-major axis changed by
 *                                                  # one part in a million (docs/accuracy.md, Asteroids); 7 minutes
 *
 * Tables: segments of SPAN days from START (JD TT), ORDER coefficients per axis (x, y, z), integers in units of
 * 1/SCALE AU. The main-belt tables are heliocentric; Pholus, like Chiron, is relative to the barycentre of the Sun
 * and the inner planets (≤ 6e-6 AU from the Sun: < 0.2″ at its distance; see integrate in nbody.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { dynamics, fitTable, interpolate, pull, SUN_GM, tableSource } from './nbody.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { VSOP_TO_FK5 } = await tsImport('../src/astro/reduction.ts', import.meta.url);

const EPOCH = 2459800.5; // MJD 59800, TDB
/** JPL SBDB osculating elements at EPOCH (strings as in kstars-data's asteroids.dat): a (AU), e, i, Ω, ω, M (°). */
const ELEMENTS = {
  ceres: {
    row: '     1 Ceres (A801 AA)',
    orbit: '48',
    a: '2.766619044655007',
    e: '.07863575691875528',
    i: '10.58679512153367',
    om: '80.2664361119415',
    w: '73.53162522557164',
    ma: '334.3271698971151',
  },
  pallas: {
    row: '     2 Pallas (A802 FA)',
    orbit: 'JPL 53',
    a: '2.769463340774141',
    e: '.229986445975499',
    i: '34.92714126736759',
    om: '172.9179047880803',
    w: '310.8426241527283',
    ma: '315.0911121671828',
  },
  juno: {
    row: '     3 Juno (A804 RA)',
    orbit: 'JPL 127',
    a: '2.670422183695509',
    e: '.256775023053242',
    i: '12.992225866813',
    om: '169.8459410858143',
    w: '247.8039388757044',
    ma: '306.6224068399492',
  },
  vesta: {
    row: '     4 Vesta (A807 FA)',
    orbit: '36',
    a: '2.361987199696643',
    e: '.08840189374260063',
    i: '7.140782834645754',
    om: '103.800809741353',
    w: '151.2577798334132',
    ma: '61.19229900418838',
  },
  pholus: {
    row: '  5145 Pholus (1992 AD)',
    orbit: '23',
    a: '20.31612854274815',
    e: '.5711900810133788',
    i: '24.64474295017115',
    om: '119.406718720471',
    w: '354.6543296419721',
    ma: '121.8265556599046',
  },
  // For --check only (the table of Chiron comes from scripts/gen-chiron.mjs).
  chiron: {
    row: '  2060 Chiron (1977 UB)',
    orbit: 'JPL 145',
    a: '13.71132261517404',
    e: '.3762722029776858',
    i: '6.920809570003827',
    om: '209.2992578800276',
    w: '339.5321887533527',
    ma: '188.8420480920784',
  },
};

/** GM over GM of the Sun (IAU 2009 current best estimates); the other bodies are massless here. */
const MASS = { ceres: 4.72e-10, pallas: 1.03e-10, vesta: 1.35e-10 };
const MAIN_BELT = ['ceres', 'pallas', 'juno', 'vesta'];

// One segment before 1800 and past 2400, as for Chiron and Pluto.
const START = 2376448.5; // 1794-05-24
const END = 2599680.5; // 2405-08-01
const STEP = 1; // integration step, days (halving it moves the main-belt positions by < 0.015″)
const TABLES = {
  // A main-belt orbit takes 3.6–4.6 years: 1024-day segments, with the fewest coefficients that fit the integration
  // to 5e-7 AU (0.1″ at 1 AU, about the closest these come to the Earth), in units of 5e-8 AU.
  ceres: { span: 1024, minOrder: 16, scale: 2e7, tolerance: 5e-7 },
  pallas: { span: 1024, minOrder: 18, scale: 2e7, tolerance: 5e-7 },
  juno: { span: 1024, minOrder: 18, scale: 2e7, tolerance: 5e-7 },
  vesta: { span: 1024, minOrder: 16, scale: 2e7, tolerance: 5e-7 },
  // Pholus (92-year orbit, 8.7–32 AU) as Chiron: 2048-day segments, 1e-9 AU units.
  pholus: { span: 2048, minOrder: 13, scale: 1e9, tolerance: 1e-7 },
};

const DEG = Math.PI / 180;
/** Obliquity of the J2000 ecliptic of JPL's elements (IAU 1976: 84381.448″). */
const EPS0 = (84381.448 / 3600) * DEG;

/** Heliocentric state (AU, AU/day) in the J2000 equator from osculating ecliptic elements, GM = GM☉. */
function stateOf(el) {
  const a = Number(el.a);
  const e = Number(el.e);
  const i = Number(el.i) * DEG;
  const om = Number(el.om) * DEG;
  const w = Number(el.w) * DEG;
  const ma = Number(el.ma) * DEG;
  let E = ma;
  for (let k = 0; k < 30; k++) E -= (E - e * Math.sin(E) - ma) / (1 - e * Math.cos(E));
  const n = Math.sqrt(SUN_GM / a ** 3);
  const b = a * Math.sqrt(1 - e * e);
  const dE = n / (1 - e * Math.cos(E));
  const xp = a * (Math.cos(E) - e);
  const yp = b * Math.sin(E);
  const vxp = -a * Math.sin(E) * dE;
  const vyp = b * Math.cos(E) * dE;
  const [cO, sO, cw, sw, ci, si] = [
    Math.cos(om),
    Math.sin(om),
    Math.cos(w),
    Math.sin(w),
    Math.cos(i),
    Math.sin(i),
  ];
  const P = [cO * cw - sO * sw * ci, sO * cw + cO * sw * ci, sw * si];
  const Q = [-cO * sw - sO * cw * ci, -sO * sw + cO * cw * ci, cw * si];
  const toEquator = (x, y) => {
    const v = [P[0] * x + Q[0] * y, P[1] * x + Q[1] * y, P[2] * x + Q[2] * y];
    return [
      v[0],
      Math.cos(EPS0) * v[1] - Math.sin(EPS0) * v[2],
      Math.sin(EPS0) * v[1] + Math.cos(EPS0) * v[2],
    ];
  };
  return { r: toEquator(xp, yp), v: toEquator(vxp, vyp) };
}

if (process.argv.includes('--verify')) {
  const file = process.argv[process.argv.indexOf('--verify') + 1];
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const col = (name) => json.fields.indexOf(name);
  let bad = 0;
  for (const [body, el] of Object.entries(ELEMENTS)) {
    const row = json.data.find((r) => r[col('full_name')] === el.row);
    const diffs = row
      ? ['orbit_id', 'a', 'e', 'i', 'om', 'w', 'ma']
          .filter((k) => row[col(k)] !== el[k === 'orbit_id' ? 'orbit' : k])
          .concat(row[col('epoch_mjd')] === '59800' ? [] : ['epoch_mjd'])
      : ['row missing'];
    if (diffs.length) bad++;
    console.error(`${body}: ${diffs.length ? `differs in ${diffs.join(', ')}` : 'identical'}`);
  }
  process.exit(bad ? 1 : 0);
}

// The dynamics in the J2000 equator, the frame of the elements once rotated. `force` stays null for the tables;
// --sensitivity sets it to weigh what the model leaves out.
let force = null;
const { planets, integrate, integrateMany } = dynamics(VSOP_TO_FK5, (t, y, a, sun) => force?.(t, y, a, sun));
const sun0 = planets(EPOCH).sun;
const sunV0 = (() => {
  const a = planets(EPOCH - 0.5).sun;
  const b = planets(EPOCH + 0.5).sun;
  return [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
})();
const barycentric = (body) => {
  const { r, v } = stateOf(ELEMENTS[body]);
  return [...r.map((x, k) => x + sun0[k]), ...v.map((x, k) => x + sunV0[k])];
};

if (process.argv.includes('--check')) {
  const { chebyshevState } = await tsImport('../src/astro/chebyshev.ts', import.meta.url);
  const { CHIRON_TABLE } = await tsImport('../src/astro/data/chiron-table.ts', import.meta.url);
  const track = integrate(barycentric('chiron'), EPOCH, START, END, STEP);
  let worst = 0;
  for (let t = START + 100; t < END - 100; t += 400) {
    const p = interpolate(track, t, EPOCH, STEP);
    const s = chebyshevState(CHIRON_TABLE, t);
    const d = Math.hypot(p[0] - s.x, p[1] - s.y, p[2] - s.z) / Math.hypot(p[0], p[1], p[2]);
    worst = Math.max(worst, d * 206264.8);
  }
  console.error(
    `Chiron from the SBDB elements of 2022 vs the table from the Horizons state of 2000: ≤ ${worst.toFixed(2)}″ seen from the Sun, 1794–2405`,
  );
  process.exit(0);
}

if (process.argv.includes('--sensitivity')) {
  // How much Pholus' positions depend on the integration (step, Pluto, relativity) and on its orbit (a), seen from
  // the Sun: the model's share of any disagreement with another ephemeris, next to the orbit's. About 7 minutes.
  const { chebyshevState } = await tsImport('../src/astro/chebyshev.ts', import.meta.url);
  const { PLUTO_TABLE } = await tsImport('../src/astro/data/pluto-table.ts', import.meta.url);
  const M = VSOP_TO_FK5;
  const PLUTO_GM = SUN_GM / 1.36e8; // Pluto and Charon (about 1/1.36e8 of the Sun)
  const C = 173.1446326846693; // speed of light, AU/day
  const forces = {
    pluto: (t, y, a, sun) => {
      const p = chebyshevState(PLUTO_TABLE, t); // heliocentric, VSOP87 frame
      const q = [0, 3, 6].map((k) => M[k] * p.x + M[k + 1] * p.y + M[k + 2] * p.z + sun[k / 3]);
      pull(a, y, PLUTO_GM, q[0], q[1], q[2]);
    },
    // The Sun's post-Newtonian term (Schwarzschild, PPN β = γ = 1).
    relativity: (_t, y, a, sun) => {
      const r = [y[0] - sun[0], y[1] - sun[1], y[2] - sun[2]];
      const v = [y[3], y[4], y[5]];
      const rr = Math.hypot(...r);
      const v2 = v[0] ** 2 + v[1] ** 2 + v[2] ** 2;
      const rv = r[0] * v[0] + r[1] * v[1] + r[2] * v[2];
      const k = SUN_GM / (C * C * rr ** 3);
      for (let j = 0; j < 3; j++) a[j] += k * ((4 * SUN_GM) / rr - v2) * r[j] + 4 * k * rv * v[j];
    },
  };
  const y0 = barycentric('pholus');
  const run = (opts = {}) => {
    force = opts.force ?? null;
    const el = ELEMENTS.pholus;
    const y = opts.a
      ? (() => {
          const { r, v } = stateOf({ ...el, a: String(Number(el.a) * (1 + opts.a)) });
          return [...r.map((x, k) => x + sun0[k]), ...v.map((x, k) => x + sunV0[k])];
        })()
      : y0;
    const step = opts.step ?? STEP;
    const track = integrate(y, EPOCH, START + 1, END - 1, step); // inside Pluto's table (START … END)
    force = null;
    return (t) => track.get(t);
  };
  const base = run();
  const YEAR0 = 2451545;
  const yearOf = (t) => (2000 + (t - YEAR0) / 365.25).toFixed(1);
  // Closest approaches to the giant planets, in 1800–2100 and in 2100–2400.
  const SPLIT = 2488069.5; // 2100-01-01
  const names = ['Jupiter', 'Saturn', 'Uranus', 'Neptune'];
  const closest = [0, 1].map(() => names.map(() => [Infinity, 0]));
  for (let t = START + 1; t < END; t += 1) {
    const p = base(t);
    const { pos } = planets(t);
    pos.slice(4).forEach((q, i) => {
      const d = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
      const c = closest[t < SPLIT ? 0 : 1][i];
      if (d < c[0]) [c[0], c[1]] = [d, t];
    });
  }
  for (const [k, span] of ['before 2100', 'after 2100'].entries())
    console.error(
      `closest approaches ${span}: ${names.map((n, i) => `${n} ${closest[k][i][0].toFixed(2)} AU (${yearOf(closest[k][i][1])})`).join(', ')}`,
    );
  const angle = (p, q) => {
    const c = (p[0] * q[0] + p[1] * q[1] + p[2] * q[2]) / (Math.hypot(...p) * Math.hypot(...q));
    return Math.acos(Math.min(1, c)) * 206264.806;
  };
  for (const [name, opts] of [
    ['step 1/4 day', { step: STEP / 4 }],
    ['with Pluto', { force: forces.pluto }],
    ['with relativity', { force: forces.relativity }],
    ['a × (1 + 1e-6)', { a: 1e-6 }],
  ]) {
    const other = run(opts);
    const worst = [
      [0, 0],
      [0, 0],
    ];
    for (let t = 2378496.5; t <= 2597640.5; t += 4) {
      const p = base(t);
      const q = other(t);
      if (!p || !q) continue;
      const d = angle(p, q);
      const w = worst[t < SPLIT ? 0 : 1];
      if (d > w[0]) [w[0], w[1]] = [d, t];
    }
    console.error(
      `${name.padEnd(16)} moves Pholus (seen from the Sun) by ≤ ${worst[0][0].toFixed(3)}″ in 1800–2100 (${yearOf(worst[0][1])}), ≤ ${worst[1][0].toFixed(3)}″ in 2100–2400 (${yearOf(worst[1][1])})`,
    );
  }
  process.exit(0);
}

const t1 = Date.now();
const tracks = new Map();
{
  const gms = MAIN_BELT.map((b) => (MASS[b] ?? 0) * SUN_GM);
  const out = integrateMany(MAIN_BELT.map(barycentric), gms, EPOCH, START - 8, END + 8, STEP);
  MAIN_BELT.forEach((b, j) => {
    tracks.set(b, out[j]);
  });
}
tracks.set('pholus', integrate(barycentric('pholus'), EPOCH, START - 8, END + 8, STEP));
console.error(`integrated in ${((Date.now() - t1) / 1000).toFixed(0)} s`);

for (const [body, spec] of Object.entries(TABLES)) {
  const track = tracks.get(body);
  const nseg = (END - START) / spec.span;
  let fit = null;
  let table = null;
  for (let order = spec.minOrder; !fit; order++) {
    table = { start: START, span: spec.span, nseg, order, scale: spec.scale };
    try {
      fit = fitTable(
        (t) => interpolate(track, t, EPOCH, STEP),
        table,
        (t0) => {
          const out = [];
          for (let d = 0; d <= spec.span; d += 1) {
            const p = track.get(t0 + d);
            if (p) out.push([t0 + d, p]);
          }
          return out;
        },
        spec.tolerance,
      );
    } catch (err) {
      if (order > 30) throw err;
    }
  }
  const { coeffs, maxErr } = fit;
  const el = ELEMENTS[body];
  const name = body[0].toUpperCase() + body.slice(1);
  const center =
    body === 'pholus' ? 'relative to the barycentre of the Sun and the inner planets' : 'heliocentric';
  const doc = `/**
 * ${name}: ${center} position (J2000 equator, AU) as Chebyshev series; argument JD TT.
 * GENERATED by scripts/gen-asteroids.mjs — do not edit. Numerical integration from the JPL SBDB osculating elements
 * of MJD 59800 (orbit ${el.orbit}; kstars-data's asteroids.dat), under the Sun and 8 planets of our VSOP87B series${
   body === 'pholus' ? '' : ' and\n * the attraction of Ceres, Pallas and Vesta'
 }. Segment s covers [START + s·SPAN, START + (s+1)·SPAN); COEFFS holds, per segment,
 * ORDER coefficients for x, then y, then z, in units of ${1 / spec.scale} AU.
 */`;
  writeFileSync(
    join(here, `../src/astro/data/${body}-table.ts`),
    tableSource({ doc, name: body.toUpperCase(), ...table, coeffs }),
  );
  console.error(
    `${body}: ${nseg} segments × ${table.order}, max |table − integration| = ${maxErr.toExponential(2)} AU`,
  );
}
