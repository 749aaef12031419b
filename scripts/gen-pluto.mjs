#!/usr/bin/env node
/**
 * Generates src/astro/data/pluto-table.ts: Chebyshev coefficients of Pluto's heliocentric position (VSOP87 frame:
 * dynamical ecliptic and equinox J2000, AU; argument TT) from 1794 to 2405 (1800–2400 and a segment to spare), used by src/astro/positions.ts.
 *
 * Why: the analytical Pluto theories at hand are good only over part of 1800–2400 (Meeus' series, in astronomia,
 * is built for 1885–2099 and is half a degree off by 1800). A numerical integration carries a well-determined
 * orbit across the whole span.
 *
 * Method:
 *   1. Reference positions where the source is good: Meeus' Pluto series (astronomia; Astronomical Algorithms
 *      ch. 37, valid 1885–2099) every 40 days over 1885–2097. SOURCE=astronomy-engine fits astronomy-engine's
 *      Pluto instead: it leaves 2.4″ rms of residuals and gives 3× the error against the Swiss Ephemeris (measured:
 *      8″ in 1885–2100, 46″ near 2250, against 3.4″ and 17″ from Meeus), so Meeus is the default.
 *   2. A least-squares fit (Gauss–Newton, numerical partials) of Pluto's barycentric state at J2000 to those
 *      positions, integrating Pluto as a massless body under the Sun and the eight planets, whose positions come
 *      from our own truncated VSOP87B series (src/astro/planets.ts; the Earth carries the Moon's mass).
 *   3. One integration (RK4, fixed step) from that state over 1794–2405, fitted segment by segment with
 *      Chebyshev polynomials.
 * The Swiss Ephemeris is NOT used (it is only the independent check in the tests: test/astro/positions.test.ts).
 *
 *   node scripts/gen-pluto.mjs             # fit, integrate, write the table
 *   node scripts/gen-pluto.mjs --check     # fit and print the residuals only
 *
 * Table: segments of SPAN days from START (JD TT), each with ORDER coefficients per axis (x, y, z) as integers in
 * units of 1e-9 AU (≤ 0.00001″ at Pluto's distance).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pluto from 'astronomia/pluto';
import * as A from 'astronomy-engine';
import { tsImport } from 'tsx/esm/api';
import { dynamics, fitTable, interpolate, tableSource } from './nbody.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { VSOP_TO_FK5 } = await tsImport('../src/astro/reduction.ts', import.meta.url);

const J2000 = 2451545.0;
// One segment before 1800 and past 2400, so charts of 1800-01-01 and 2399-12-31 in any time zone are covered.
const START = 2376448.5; // 1794-05-24
const SPAN = 2048;
const NSEG = 109; // → 2599680.5 (2405-08-01)
const ORDER = 13;
const SCALE = 1e9;
const STEP = 4; // integration step, days
const FIT_FROM = 2409543.5; // 1885-01-01
const FIT_TO = 2487069.5; // 2097-04-05 (within Meeus' 1885–2099)
const FIT_EVERY = 40;
const SOURCE = process.env.SOURCE ?? 'meeus';

// The dynamics in the VSOP87 frame.
const dyn = dynamics();
const planets = dyn.planets;
const integrate = (y0, from, to) => dyn.integrate(y0, J2000, from, to, STEP);
const at = (track, jd) => interpolate(track, jd, J2000, STEP);

// J2000 equator → VSOP87 frame (transpose of VSOP_TO_FK5).
const M = VSOP_TO_FK5;
const fromEquator = (v) => [
  M[0] * v[0] + M[3] * v[1] + M[6] * v[2],
  M[1] * v[0] + M[4] * v[1] + M[7] * v[2],
  M[2] * v[0] + M[5] * v[1] + M[8] * v[2],
];

// astronomy-engine takes UT; with ΔT = 0 its time argument is TT.
A.SetDeltaTFunction(() => 0);
function reference(jdTT) {
  if (SOURCE === 'meeus') {
    const { lon, lat, range } = pluto.heliocentric(jdTT);
    return [
      range * Math.cos(lat) * Math.cos(lon),
      range * Math.cos(lat) * Math.sin(lon),
      range * Math.sin(lat),
    ];
  }
  const v = A.HelioVector(A.Body.Pluto, new A.AstroTime(jdTT - J2000));
  return fromEquator([v.x, v.y, v.z]);
}

const fitTimes = [];
for (let t = FIT_FROM; t <= FIT_TO; t += FIT_EVERY) fitTimes.push(t);
const refs = fitTimes.map(reference);

function residuals(y0) {
  const track = integrate(y0, FIT_FROM - 8 * STEP, FIT_TO + 8 * STEP);
  return fitTimes.flatMap((t, i) => {
    const p = at(track, t);
    return [p[0] - refs[i][0], p[1] - refs[i][1], p[2] - refs[i][2]];
  });
}

/** Solves the normal equations (6×6) by Gaussian elimination. */
function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

// Initial guess: the reference position and a finite-difference velocity at J2000, made barycentric.
const p0 = reference(J2000);
const pa = reference(J2000 - 1);
const pb = reference(J2000 + 1);
const sun0 = planets(J2000).sun;
const sunV = planets(J2000 + STEP / 2).sun.map((v, i) => (v - planets(J2000 - STEP / 2).sun[i]) / STEP);
let y0 = [...p0.map((v, i) => v + sun0[i]), ...pb.map((v, i) => (v - pa[i]) / 2 + sunV[i])];

const rms = (r) => Math.sqrt(r.reduce((s, x) => s + x * x, 0) / (r.length / 3));
console.error(`fitting Pluto's J2000 state to ${SOURCE} at ${fitTimes.length} instants 1885–2097`);
for (let iter = 0; iter < 4; iter++) {
  const r0 = residuals(y0);
  console.error(
    `  iteration ${iter}: rms ${rms(r0).toExponential(3)} AU (${((rms(r0) / 35) * 206265).toFixed(3)}″ at 35 AU)`,
  );
  const cols = [];
  for (let j = 0; j < 6; j++) {
    const h = j < 3 ? 1e-6 : 1e-9;
    const y = [...y0];
    y[j] += h;
    const r = residuals(y);
    cols.push(r.map((v, i) => (v - r0[i]) / h));
  }
  const ata = cols.map((ci) => cols.map((cj) => ci.reduce((s, v, i) => s + v * cj[i], 0)));
  const atb = cols.map((ci) => -ci.reduce((s, v, i) => s + v * r0[i], 0));
  const dy = solve(ata, atb);
  y0 = y0.map((v, i) => v + dy[i]);
}
const rFinal = residuals(y0);
let worst = 0;
for (let i = 0; i < fitTimes.length; i++) {
  const d = Math.hypot(rFinal[3 * i], rFinal[3 * i + 1], rFinal[3 * i + 2]);
  worst = Math.max(worst, (d / Math.hypot(...refs[i])) * 206265);
}
console.error(
  `fitted state (barycentric, VSOP87 frame, J2000 TT): ${y0.map((v) => v.toPrecision(16)).join(', ')}`,
);
console.error(
  `residuals against ${SOURCE}: rms ${rms(rFinal).toExponential(3)} AU, worst ${worst.toFixed(3)}″ seen from the Sun`,
);
if (process.argv.includes('--check')) process.exit(0);

const t1 = Date.now();
const track = integrate(y0, START - 10 * STEP, START + NSEG * SPAN + 10 * STEP);
console.error(`integrated 1794–2405 in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

const table = { start: START, span: SPAN, nseg: NSEG, order: ORDER, scale: SCALE };
const { coeffs, maxErr } = fitTable(
  (t) => at(track, t),
  table,
  (t0) => {
    const out = [];
    for (let d = 0; d <= SPAN; d += STEP / 2) out.push([t0 + d, at(track, t0 + d)]);
    return out;
  },
);
console.error(`max |table − integration| = ${maxErr.toExponential(2)} AU`);

const doc = `/**
 * Pluto: heliocentric position (VSOP87 frame: dynamical ecliptic and equinox J2000, AU) as Chebyshev series;
 * argument JD TT. GENERATED by scripts/gen-pluto.mjs: do not edit. Numerical integration (Sun + 8 planets from our
 * VSOP87B series) from a state fitted to ${SOURCE === 'meeus' ? "Meeus' series (astronomia)" : "astronomy-engine's Pluto"} over 1885–2097
 * (rms ${rms(rFinal).toExponential(2)} AU). Segment s covers [start + s·span, start + (s+1)·span); coeffs holds, per
 * segment, \`order\` coefficients for x, then y, then z, in units of 1e-9 AU.
 */`;
writeFileSync(
  join(here, '../src/astro/data/pluto-table.ts'),
  tableSource({ doc, name: 'PLUTO', ...table, coeffs }),
);
console.error(`wrote ${coeffs.length} coefficients`);
