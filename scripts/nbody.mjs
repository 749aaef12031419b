/**
 * What scripts/gen-chiron.mjs, gen-pluto.mjs and gen-asteroids.mjs share: bodies integrated (RK4, fixed step) in
 * the barycentric frame under the Sun and the eight planets of our VSOP87B series (src/astro/planets.ts; the Earth
 * carries the Moon's mass), one massless body at a time (`integrate`) or several that may attract one another
 * (`integrateMany`), and the Chebyshev tables (src/astro/chebyshev.ts) fitted to the result.
 */
import { tsImport } from 'tsx/esm/api';

const { vsopState, VSOP_BODIES } = await tsImport('../src/astro/planets.ts', import.meta.url);

/** GM of the Sun over GM of each body (DE430/IAU 2009); the Earth entry is the Earth–Moon system. */
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
export const SUN_GM = 0.01720209895 ** 2;
const GM = VSOP_BODIES.map((b) => SUN_GM / MASS_RATIO[b]);
const TOTAL_GM = SUN_GM + GM.reduce((a, b) => a + b, 0);
const INNER = new Set(['mercury', 'venus', 'earth', 'mars']);

/** Adds to `a` the attraction at x of a mass `gm` at (c0, c1, c2). */
export function pull(a, x, gm, c0, c1, c2) {
  const dx = x[0] - c0;
  const dy = x[1] - c1;
  const dz = x[2] - c2;
  const r2 = dx * dx + dy * dy + dz * dz;
  const k = gm / (r2 * Math.sqrt(r2));
  a[0] -= k * dx;
  a[1] -= k * dy;
  a[2] -= k * dz;
}

/**
 * The dynamics in one frame: `rotate` (a row-major 3×3 matrix, or null) takes VSOP87 vectors into it.
 * Planet positions are cached by time, so repeated integrations over the same grid evaluate them once.
 * `extra(jdTT, y, a, sun)`, if given, adds to the acceleration `a` of a body of barycentric state y (position, and
 * for `integrate` velocity) other forces; gen-asteroids.mjs --sensitivity uses it to weigh what the model leaves out.
 */
export function dynamics(rotate = null, extra = null) {
  const cache = new Map();
  /** Heliocentric planet positions and the Sun's barycentric position at TT (JD). */
  function planets(jdTT) {
    const hit = cache.get(jdTT);
    if (hit) return hit;
    const pos = VSOP_BODIES.map((b) => {
      const s = vsopState(b, jdTT);
      if (!rotate) return [s.x, s.y, s.z];
      const M = rotate;
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
    const out = { pos, sun };
    cache.set(jdTT, out);
    return out;
  }

  /** Barycentric acceleration of a massless body at barycentric x (the state's first three components). */
  function accel(jdTT, x) {
    const { pos, sun } = planets(jdTT);
    const a = [0, 0, 0];
    pull(a, x, SUN_GM, sun[0], sun[1], sun[2]);
    for (let i = 0; i < pos.length; i++)
      pull(a, x, GM[i], pos[i][0] + sun[0], pos[i][1] + sun[1], pos[i][2] + sun[2]);
    if (extra) extra(jdTT, x, a, sun);
    return a;
  }

  /** RK4 step of the state y = [x(3), v(3)] from t by h. */
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

  /**
   * Integrates the barycentric state y0 at `epoch` both ways over [from, to]; Map(jd → position) every `step` days,
   * relative to the barycentre of the Sun and the inner planets rather than to the Sun: that differs from
   * heliocentric by the Sun's reflex motion due to Mercury–Mars (≤ 6e-6 AU: < 0.15″ at Chiron's distance, 0.04″
   * at Pluto's), whose short periods would otherwise need many more Chebyshev terms.
   */
  function integrate(y0, epoch, from, to, step) {
    const out = new Map();
    const record = (t, y) => {
      const { pos, sun } = planets(t);
      const c = [...sun];
      let m = SUN_GM;
      VSOP_BODIES.forEach((b, i) => {
        if (!INNER.has(b)) return;
        for (let k = 0; k < 3; k++) c[k] = (c[k] * m + GM[i] * (pos[i][k] + sun[k])) / (m + GM[i]);
        m += GM[i];
      });
      out.set(t, [y[0] - c[0], y[1] - c[1], y[2] - c[2]]);
    };
    for (const dir of [1, -1]) {
      let t = epoch;
      let y = y0;
      record(t, y);
      const end = dir > 0 ? to : from;
      while (dir > 0 ? t < end : t > end) {
        y = rk4(t, y, dir * step);
        t += dir * step;
        record(t, y);
      }
    }
    return out;
  }

  /**
   * Integrates several bodies together (RK4, fixed step) from barycentric states `y0s` at `epoch`, both ways
   * over [from, to]. Each body feels the Sun, the eight planets and those of the others whose GM (AU³/day²) in
   * `gms` is not zero: the big asteroids perturb one another and the small ones, never the planets or the Sun
   * (Ceres moves the Sun by < 2e-9 AU). Returns one Map(jd → heliocentric position) per body, every `step` days:
   * relative to the Sun itself, not to the inner barycentre as `integrate` does, because a main-belt asteroid
   * comes within 1 AU of the Earth, where the Sun's reflex motion (≤ 6e-6 AU) would be more than an arcsecond.
   */
  function integrateMany(y0s, gms, epoch, from, to, step) {
    const n = y0s.length;
    const tracks = y0s.map(() => new Map());
    const deriv = (t, y) => {
      const out = new Array(6 * n);
      for (let j = 0; j < n; j++) {
        const x = [y[6 * j], y[6 * j + 1], y[6 * j + 2]];
        const a = accel(t, x);
        for (let m = 0; m < n; m++)
          if (m !== j && gms[m]) pull(a, x, gms[m], y[6 * m], y[6 * m + 1], y[6 * m + 2]);
        out.splice(6 * j, 6, y[6 * j + 3], y[6 * j + 4], y[6 * j + 5], a[0], a[1], a[2]);
      }
      return out;
    };
    const record = (t, y) => {
      const { sun } = planets(t);
      tracks.forEach((track, j) => {
        track.set(t, [y[6 * j] - sun[0], y[6 * j + 1] - sun[1], y[6 * j + 2] - sun[2]]);
      });
    };
    const y0 = y0s.flat();
    for (const dir of [1, -1]) {
      let t = epoch;
      let y = y0;
      record(t, y);
      const end = dir > 0 ? to : from;
      const h = dir * step;
      while (dir > 0 ? t < end : t > end) {
        const k1 = deriv(t, y);
        const k2 = deriv(
          t + h / 2,
          y.map((v, i) => v + (h / 2) * k1[i]),
        );
        const k3 = deriv(
          t + h / 2,
          y.map((v, i) => v + (h / 2) * k2[i]),
        );
        const k4 = deriv(
          t + h,
          y.map((v, i) => v + h * k3[i]),
        );
        y = y.map((v, i) => v + (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
        t += h;
        record(t, y);
      }
    }
    return tracks;
  }

  return { planets, integrate, integrateMany };
}

/** Position at any TT by 8-point Lagrange interpolation of a track on the grid epoch + k·step. */
export function interpolate(track, jd, epoch, step) {
  const k0 = Math.floor((jd - epoch) / step);
  const pts = [];
  for (let k = k0 - 3; k <= k0 + 4; k++) pts.push(epoch + k * step);
  const out = [0, 0, 0];
  for (const tk of pts) {
    let w = 1;
    for (const tj of pts) if (tj !== tk) w *= (jd - tj) / (tk - tj);
    const p = track.get(tk);
    for (let a = 0; a < 3; a++) out[a] += w * p[a];
  }
  return out;
}

function chebFit(f, t0, span, order) {
  const n = order * 2;
  const nodes = [];
  for (let k = 0; k < n; k++) {
    const x = Math.cos((Math.PI * (k + 0.5)) / n);
    nodes.push([x, f(t0 + ((x + 1) * span) / 2)]);
  }
  const c = [];
  for (let j = 0; j < order; j++) {
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

/**
 * Chebyshev coefficients (integers in units of 1/scale AU) of `at` over nseg segments of `span` days from
 * `start`, and the largest difference from the track at the check points `checks(t0)` → [[t, position], …]
 * (an error above `tolerance` AU throws).
 */
export function fitTable(at, { start, span, nseg, order, scale }, checks, tolerance = 1e-7) {
  const coeffs = [];
  let maxErr = 0;
  for (let s = 0; s < nseg; s++) {
    const t0 = start + s * span;
    const seg = [0, 1, 2].map((axis) => chebFit((t) => at(t)[axis], t0, span, order));
    const ints = seg.map((c) => c.map((v) => Math.round(v * scale)));
    for (const [t, p] of checks(t0)) {
      const x = (2 * (t - t0)) / span - 1;
      for (let a = 0; a < 3; a++)
        maxErr = Math.max(
          maxErr,
          Math.abs(
            chebEval(
              ints[a].map((v) => v / scale),
              x,
            ) - p[a],
          ),
        );
    }
    coeffs.push(...ints.flat());
  }
  if (maxErr > tolerance)
    throw new Error(`Chebyshev fit off by ${maxErr.toExponential(2)} AU: raise ORDER or lower SPAN`);
  return { coeffs, maxErr };
}

/** The TypeScript source of a table for src/astro/data/. */
export function tableSource({ doc, name, start, span, nseg, order, scale, coeffs }) {
  const lines = [];
  for (let i = 0; i < coeffs.length; i += order) lines.push(`  ${coeffs.slice(i, i + order).join(',')},`);
  return `${doc}
import type { ChebyshevTable } from '../chebyshev';

// biome-ignore format: generated table
const ${name}_COEFFS: readonly number[] = [
${lines.join('\n')}
];

export const ${name}_TABLE: ChebyshevTable = {
  start: ${start},
  span: ${span},
  segments: ${nseg},
  order: ${order},
  scale: ${1 / scale},
  coeffs: ${name}_COEFFS,
};
`;
}
