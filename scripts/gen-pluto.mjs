#!/usr/bin/env node
/**
 * Generates src/astro/data/pluto-table.ts: Chebyshev coefficients of Pluto's heliocentric position (VSOP87 frame:
 * dynamical ecliptic and equinox J2000, AU; argument TT) from 1800 to 2400, used by src/astro/positions.ts.
 *
 * Why: the analytical Pluto theories at hand are good only over part of 1800–2400 (Meeus' series, in astronomia,
 * is built for 1885–2099 and is half a degree off by 1800). A numerical integration carries a well-determined
 * orbit across the whole span.
 *
 * Method:
 *   1. Reference positions where the source is good: astronomy-engine's Pluto (its TOP2013-based integration,
 *      heliocentric J2000) every 40 days over 1885–2099 (SOURCE=meeus uses astronomia's Meeus series instead).
 *   2. A least-squares fit (Gauss–Newton, numerical partials) of Pluto's barycentric state at J2000 to those
 *      positions, integrating Pluto as a massless body under the Sun and the eight planets, whose positions come
 *      from our own truncated VSOP87B series (src/astro/planets.ts; the Earth carries the Moon's mass).
 *   3. One integration (RK4, fixed step) from that state over 1800–2400, fitted segment by segment with
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

const here = dirname(fileURLToPath(import.meta.url));
const { vsopState, VSOP_BODIES } = await tsImport('../src/astro/planets.ts', import.meta.url);
const { VSOP_TO_FK5 } = await tsImport('../src/astro/reduction.ts', import.meta.url);

const J2000 = 2451545.0;
const START = 2378496.5; // 1800-01-01
const SPAN = 2048;
const NSEG = 107; // → 2597632.5 (2400-01-26)
const ORDER = 13;
const SCALE = 1e9;
const STEP = 4; // integration step, days
const FIT_FROM = 2409543.5; // 1885-01-01
const FIT_TO = 2487069.5; // 2097-04-05 (within Meeus' 1885–2099)
const FIT_EVERY = 40;
const SOURCE = process.env.SOURCE ?? 'astronomy-engine';

// GM of the Sun over GM of each body (DE430/IAU 2009); the Earth entry is the Earth–Moon system.
const MASS_RATIO = {
  mercury: 6023597.400017,
  venus: 408523.718655,
  earth: 328900.559707,
  mars: 3098703.590267,
  jupiter: 1047.348625,
  saturn: 3497.901768,
  uranus: 22902.981613,
  neptune: 19412.237346,
};
const SUN_GM = 0.01720209895 ** 2;
const GM = VSOP_BODIES.map((b) => SUN_GM / MASS_RATIO[b]);
const TOTAL_GM = SUN_GM + GM.reduce((a, b) => a + b, 0);

/** Planets' heliocentric positions and the Sun's barycentric position, cached on the half-step grid. */
const cache = new Map();
function planets(jdTT) {
  let p = cache.get(jdTT);
  if (p) return p;
  const pos = VSOP_BODIES.map((b) => {
    const s = vsopState(b, jdTT);
    return [s.x, s.y, s.z];
  });
  const sun = [0, 0, 0];
  pos.forEach((q, i) => {
    for (let k = 0; k < 3; k++) sun[k] -= (GM[i] * q[k]) / TOTAL_GM;
  });
  p = { pos, sun };
  cache.set(jdTT, p);
  return p;
}

function accel(jdTT, x) {
  const { pos, sun } = planets(jdTT);
  const a = [0, 0, 0];
  const add = (gm, c0, c1, c2) => {
    const dx = x[0] - c0;
    const dy = x[1] - c1;
    const dz = x[2] - c2;
    const r2 = dx * dx + dy * dy + dz * dz;
    const k = gm / (r2 * Math.sqrt(r2));
    a[0] -= k * dx;
    a[1] -= k * dy;
    a[2] -= k * dz;
  };
  add(SUN_GM, sun[0], sun[1], sun[2]);
  for (let i = 0; i < pos.length; i++) add(GM[i], pos[i][0] + sun[0], pos[i][1] + sun[1], pos[i][2] + sun[2]);
  return a;
}

function rk4(t, y, h) {
  const f = (tt, s) => {
    const a = accel(tt, s);
    return [s[3], s[4], s[5], a[0], a[1], a[2]];
  };
  const k1 = f(t, y);
  const k2 = f(
    t + h / 2,
    y.map((v, i) => v + (h / 2) * k1[i]),
  );
  const k3 = f(
    t + h / 2,
    y.map((v, i) => v + (h / 2) * k2[i]),
  );
  const k4 = f(
    t + h,
    y.map((v, i) => v + h * k3[i]),
  );
  return y.map((v, i) => v + (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
}

/** Integrates from the barycentric state y0 at J2000 over [from, to]; Map(jd → heliocentric position) every STEP. */
function integrate(y0, from, to) {
  const out = new Map();
  // Recorded relative to the barycentre of the Sun and the inner planets (as scripts/gen-chiron.mjs does): that
  // differs from heliocentric by the Sun's reflex motion due to Mercury–Mars (≤ 6e-6 AU, ≤ 0.04″ at Pluto's
  // distance), whose short periods would otherwise need many more Chebyshev terms.
  const record = (t, y) => {
    const { pos, sun } = planets(t);
    const c = [...sun];
    let m = SUN_GM;
    for (let i = 0; i < 4; i++) {
      for (let k = 0; k < 3; k++) c[k] = (c[k] * m + GM[i] * (pos[i][k] + sun[k])) / (m + GM[i]);
      m += GM[i];
    }
    out.set(t, [y[0] - c[0], y[1] - c[1], y[2] - c[2]]);
  };
  for (const dir of [1, -1]) {
    let t = J2000;
    let y = y0;
    record(t, y);
    const end = dir > 0 ? to : from;
    while (dir > 0 ? t < end : t > end) {
      y = rk4(t, y, dir * STEP);
      t += dir * STEP;
      record(t, y);
    }
  }
  return out;
}

/** Position at any TT by 8-point Lagrange interpolation of the track (grid: J2000 + k·STEP). */
function at(track, jd) {
  const k0 = Math.floor((jd - J2000) / STEP);
  const out = [0, 0, 0];
  const pts = [];
  for (let k = k0 - 3; k <= k0 + 4; k++) pts.push(J2000 + k * STEP);
  for (const tk of pts) {
    let w = 1;
    for (const tj of pts) if (tj !== tk) w *= (jd - tj) / (tk - tj);
    const p = track.get(tk);
    for (let a = 0; a < 3; a++) out[a] += w * p[a];
  }
  return out;
}

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
console.error(`integrated 1800–2400 in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

function chebFit(f, t0) {
  const n = ORDER * 2;
  const nodes = [];
  for (let k = 0; k < n; k++) {
    const x = Math.cos((Math.PI * (k + 0.5)) / n);
    nodes.push([x, f(t0 + ((x + 1) * SPAN) / 2)]);
  }
  const c = [];
  for (let j = 0; j < ORDER; j++) {
    let s = 0;
    for (const [x, v] of nodes) s += v * Math.cos(j * Math.acos(x));
    c.push(((j === 0 ? 1 : 2) * s) / n);
  }
  return c;
}
function chebEval(c, x) {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let j = c.length - 1; j >= 0; j--) {
    b2 = b1;
    b1 = b0;
    b0 = 2 * x * b1 - b2 + c[j];
  }
  return (b0 - b2 + c[0]) / 2;
}

const coeffs = [];
let maxErr = 0;
for (let s = 0; s < NSEG; s++) {
  const t0 = START + s * SPAN;
  const seg = [0, 1, 2].map((axis) => chebFit((t) => at(track, t)[axis], t0));
  const ints = seg.map((c) => c.map((v) => Math.round(v * SCALE)));
  for (let d = 0; d <= SPAN; d += STEP / 2) {
    const p = at(track, t0 + d);
    const x = (2 * d) / SPAN - 1;
    for (let a = 0; a < 3; a++)
      maxErr = Math.max(
        maxErr,
        Math.abs(
          chebEval(
            ints[a].map((v) => v / SCALE),
            x,
          ) - p[a],
        ),
      );
  }
  coeffs.push(...ints.flat());
}
console.error(`max |table − integration| = ${maxErr.toExponential(2)} AU`);
if (maxErr > 1e-7) throw new Error('Chebyshev fit not accurate enough: raise ORDER or lower SPAN');

const lines = [];
for (let i = 0; i < coeffs.length; i += ORDER) lines.push(`  ${coeffs.slice(i, i + ORDER).join(',')},`);
const src = `/**
 * Pluto: heliocentric position (VSOP87 frame: dynamical ecliptic and equinox J2000, AU) as Chebyshev series;
 * argument JD TT. GENERATED by scripts/gen-pluto.mjs: do not edit. Numerical integration (Sun + 8 planets from our
 * VSOP87B series) from a state fitted to ${SOURCE === 'meeus' ? "Meeus' series (astronomia)" : "astronomy-engine's Pluto"} over 1885–2097
 * (rms ${rms(rFinal).toExponential(2)} AU). Segment s covers [start + s·span, start + (s+1)·span); coeffs holds, per
 * segment, \`order\` coefficients for x, then y, then z, in units of 1e-9 AU.
 */
import type { ChebyshevTable } from '../chebyshev';

// biome-ignore format: generated table
const PLUTO_COEFFS: readonly number[] = [
${lines.join('\n')}
];

export const PLUTO_TABLE: ChebyshevTable = {
  start: ${START},
  span: ${SPAN},
  segments: ${NSEG},
  order: ${ORDER},
  scale: ${1 / SCALE},
  coeffs: PLUTO_COEFFS,
};
`;
writeFileSync(join(here, '../src/astro/data/pluto-table.ts'), src);
console.error(`wrote ${coeffs.length} coefficients`);
