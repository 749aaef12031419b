#!/usr/bin/env node
/**
 * Generates src/astro/data/chiron-table.ts: Chebyshev coefficients of the heliocentric position of
 * 2060 Chiron (J2000 equator/equinox, AU; argument TT) from 1800 to 2400, used by src/astro/positions.ts.
 *
 * Method: numerical integration (RK4, fixed step) of Chiron in the barycentric frame under the Sun and
 * the eight planets (positions from our VSOP87B series, src/astro/planets.ts, rotated to the J2000 equator;
 * the Earth carries the Moon's mass), from a
 * single JPL Horizons state vector (2000-01-01 0h TDB, heliocentric ICRF; JPL solution of 2060 Chiron).
 * Other Horizons states (2010 … 2040) serve as a check of the integration: it prints the differences.
 * The Swiss Ephemeris fixtures are NOT used here (they are only the independent check in the tests).
 *
 *   node scripts/gen-chiron.mjs            # writes src/astro/data/chiron-table.ts
 *   node scripts/gen-chiron.mjs --check    # only integrates and compares with the Horizons states
 *
 * Table: segments of SPAN days from START (JD TT), each with ORDER Chebyshev coefficients per axis (x, y, z),
 * stored as integers in units of 1e-9 AU (rounding error ≤ 1e-9 AU ≈ 0.00002″ at Chiron's distance).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { vsopState, VSOP_BODIES } = await tsImport('../src/astro/planets.ts', import.meta.url);
const { VSOP_TO_FK5: M } = await tsImport('../src/astro/reduction.ts', import.meta.url);

const START = 2378496.5; // 1800-01-01
const SPAN = 2048; // days per segment
const NSEG = 107; // → 2598 … (1800 + 107·2048/365.25 ≈ 2400.0)
const ORDER = 13; // coefficients per axis and segment
const STEP = 1; // integration step (days)
const SCALE = 1e9; // coefficient units: 1e-9 AU

// JPL Horizons, 2060 Chiron, heliocentric ICRF/J2000 equatorial, AU and AU/day, at JD 2451544.5 TDB.
const EPOCH = 2451544.5;
const STATE0 = {
  r: [-3.532082802845036, -8.673587566387649, -2.935491685233997],
  v: [4.97067843310663e-3, -3.627773229067521e-3, -8.262541278709376e-4],
};
// Further Horizons states of the same solution, for checking only.
const CHECKS = [
  [2455197.5, [13.19148992863117, -9.058771972133892, -2.018744306999665]],
  [2458849.5, [18.74979015626275, 0.9060856547258316, 1.445166327129911]],
  [2462502.5, [13.13185175469694, 10.45171373019759, 4.086005508618447]],
  [2466154.5, [-1.878330124332237, 10.99286850835428, 3.325776674355994]],
];

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
const PERTURBERS = VSOP_BODIES;
const INNER = new Set(['mercury', 'venus', 'earth', 'mars']);
const SUN_GM = 0.01720209895 ** 2;
const GM = PERTURBERS.map((b) => SUN_GM / MASS_RATIO[b]);
const TOTAL_GM = SUN_GM + GM.reduce((a, b) => a + b, 0);

/** Heliocentric planet positions (J2000 equator) and the Sun's barycentric position at TT (JD). */
function planets(jdTT) {
  const pos = PERTURBERS.map((b) => {
    const s = vsopState(b, jdTT);
    return [
      M[0] * s.x + M[1] * s.y + M[2] * s.z,
      M[3] * s.x + M[4] * s.y + M[5] * s.z,
      M[6] * s.x + M[7] * s.y + M[8] * s.z,
    ];
  });
  const sun = [0, 0, 0];
  pos.forEach((p, i) => {
    for (let k = 0; k < 3; k++) sun[k] -= (GM[i] * p[k]) / TOTAL_GM;
  });
  return { pos, sun };
}

/** Barycentric acceleration of a massless body at barycentric x. */
function accel(jdTT, x) {
  const { pos, sun } = planets(jdTT);
  const a = [0, 0, 0];
  const add = (gm, c) => {
    const dx = x[0] - c[0];
    const dy = x[1] - c[1];
    const dz = x[2] - c[2];
    const r2 = dx * dx + dy * dy + dz * dz;
    const k = gm / (r2 * Math.sqrt(r2));
    a[0] -= k * dx;
    a[1] -= k * dy;
    a[2] -= k * dz;
  };
  add(SUN_GM, sun);
  for (const [i, p] of pos.entries()) add(GM[i], [p[0] + sun[0], p[1] + sun[1], p[2] + sun[2]]);
  return { a, sun };
}

/** Barycentric velocity of the Sun (finite difference, ± 0.5 day). */
function sunVelocity(jdTT) {
  const a = planets(jdTT - 0.5).sun;
  const b = planets(jdTT + 0.5).sun;
  return [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
}

/** RK4 step of the state y = [x(3), v(3)] from t by h. */
function rk4(t, y, h) {
  const f = (tt, s) => {
    const { a } = accel(tt, s);
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

/** Integrate from EPOCH to every day in [from, to]; returns Map(jd → heliocentric position). */
function integrate(from, to) {
  const sun0 = planets(EPOCH).sun;
  const sunV0 = sunVelocity(EPOCH);
  const y0 = [...STATE0.r.map((x, i) => x + sun0[i]), ...STATE0.v.map((v, i) => v + sunV0[i])];
  const out = new Map();
  // Recorded relative to the barycentre of the Sun and the inner planets rather than to the Sun: it
  // differs from heliocentric by the Sun's reflex motion due to the inner planets (≤ 6e-6 AU, < 0.15″ at
  // Chiron's distance), whose short periods would otherwise need many more Chebyshev terms.
  const record = (t, y) => {
    const { pos, sun } = planets(t);
    const c = [...sun];
    let m = SUN_GM;
    PERTURBERS.forEach((b, i) => {
      if (!INNER.has(b)) return;
      for (let k = 0; k < 3; k++) c[k] = (c[k] * m + GM[i] * (pos[i][k] + sun[k])) / (m + GM[i]);
      m += GM[i];
    });
    out.set(t, [y[0] - c[0], y[1] - c[1], y[2] - c[2]]);
  };
  for (const dir of [1, -1]) {
    let t = EPOCH;
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

/** Chebyshev coefficients (ORDER terms) of f on [t0, t0 + SPAN] from its values at Chebyshev nodes. */
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

const checkOnly = process.argv.includes('--check');
const from = checkOnly ? EPOCH : START;
const to = checkOnly ? CHECKS[CHECKS.length - 1][0] : START + NSEG * SPAN;
console.error(`integrating ${from} … ${to} (step ${STEP} d)`);
const t1 = Date.now();
const track = integrate(from - 8, to + 8); // margin for the interpolation at the ends
console.error(`done in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

for (const [jd, r] of CHECKS) {
  const p = track.get(jd); // (relative to the inner barycentre: includes up to ~6e-6 AU of reflex motion)
  const d = Math.hypot(p[0] - r[0], p[1] - r[1], p[2] - r[2]);
  console.error(
    `JD ${jd}: |Δr| = ${d.toExponential(2)} AU (${((d / Math.hypot(...r)) * 206265).toFixed(3)}″ seen from the Sun)`,
  );
}
if (checkOnly) process.exit(0);

/** Position at any TT by 8-point Lagrange interpolation of the daily track (for the Chebyshev fit). */
function at(jd) {
  const i = Math.floor(jd) + 0.5 > jd ? Math.floor(jd) - 0.5 : Math.floor(jd) + 0.5;
  const pts = [];
  for (let k = -3; k <= 4; k++) pts.push(i + k);
  const out = [0, 0, 0];
  for (const tk of pts) {
    let w = 1;
    for (const tj of pts) if (tj !== tk) w *= (jd - tj) / (tk - tj);
    const p = track.get(tk);
    for (let a = 0; a < 3; a++) out[a] += w * p[a];
  }
  return out;
}

const coeffs = [];
let maxErr = 0;
for (let s = 0; s < NSEG; s++) {
  const t0 = START + s * SPAN;
  const seg = [0, 1, 2].map((axis) => chebFit((t) => at(t)[axis], t0));
  const ints = seg.map((c) => c.map((v) => Math.round(v * SCALE)));
  for (let d = 0; d <= SPAN; d += 1) {
    const x = (2 * d) / SPAN - 1;
    const p = track.get(t0 + d);
    if (!p) continue;
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

const here = dirname(fileURLToPath(import.meta.url));
const lines = [];
for (let i = 0; i < coeffs.length; i += ORDER) lines.push(`  ${coeffs.slice(i, i + ORDER).join(',')},`);
const src = `/**
 * 2060 Chiron: heliocentric position (J2000 equator, AU) as Chebyshev series; argument JD TT.
 * GENERATED by scripts/gen-chiron.mjs — do not edit. Numerical integration from the JPL Horizons state of
 * 2000-01-01 (Sun + 8 planets from our VSOP87B series). Segment s covers [START + s·SPAN, START + (s+1)·SPAN);
 * COEFFS holds, per segment, ORDER coefficients for x, then y, then z, in units of 1e-9 AU.
 */
import type { ChebyshevTable } from '../chebyshev';

// biome-ignore format: generated table
const CHIRON_COEFFS: readonly number[] = [
${lines.join('\n')}
];

export const CHIRON_TABLE: ChebyshevTable = {
  start: ${START},
  span: ${SPAN},
  segments: ${NSEG},
  order: ${ORDER},
  scale: ${1 / SCALE},
  coeffs: CHIRON_COEFFS,
};
`;
writeFileSync(join(here, '../src/astro/data/chiron-table.ts'), src);
console.error(`wrote ${coeffs.length} coefficients`);
