/**
 * Root finding on tracks: every moment a track's longitude equals a target longitude (mod 360°), found exactly on
 * the fitted curve. Each cubic segment is split at its extrema (stations) into monotone pieces; a piece whose
 * range holds target + 360k has exactly one root there, found by Newton's method safeguarded by bisection. Since
 * every piece is monotone, no crossing of the fitted curve is missed, however close two roots are (a retrograde
 * planet touching a point near its station).
 *
 * Roots of slow bodies are then polished on the full ephemeris (polish()), so a near-stationary planet's exact
 * moment is the full ephemeris' own, not the fit's.
 */
import { ayanamsaDegrees, ayanamsaSpeed } from '../ayanamsa';
import { computeEphemeris, type DefaultBodyName } from '../positions';
import type { Ayanamsa } from '../types';
import { segment, type Track } from './track';

/** Called once per crossing: target index, JD (UT) and the track's speed there (degrees/day). */
export type OnCrossing = (target: number, jd: number, speed: number) => void;

const U_TOL = 1e-9;

/** Every crossing of targets[] (degrees, any range) by the track within [jdA, jdB). */
export function crossings(
  t: Track,
  targets: readonly number[],
  jdA: number,
  jdB: number,
  on: OnCrossing,
): void {
  const n = t.lon.length - 1;
  const iA = Math.max(0, Math.floor((jdA - t.t0) / t.h));
  const iB = Math.min(n, Math.ceil((jdB - t.t0) / t.h));
  const cuts = [0, 0, 0, 0];
  for (let i = iA; i < iB; i++) {
    const [a, b, c, d] = segment(t, i);
    // Extrema in (0, 1): roots of b + 2c·u + 3d·u².
    let nc = 0;
    cuts[nc++] = 0;
    const A = 3 * d;
    const B = 2 * c;
    if (Math.abs(A) > 1e-15) {
      const disc = B * B - 4 * A * b;
      if (disc > 0) {
        const s = Math.sqrt(disc);
        const r1 = (-B - s) / (2 * A);
        const r2 = (-B + s) / (2 * A);
        const lo = Math.min(r1, r2);
        const hi = Math.max(r1, r2);
        if (lo > 0 && lo < 1) cuts[nc++] = lo;
        if (hi > 0 && hi < 1 && hi !== lo) cuts[nc++] = hi;
      }
    } else if (Math.abs(B) > 1e-15) {
      const r = -b / B;
      if (r > 0 && r < 1) cuts[nc++] = r;
    }
    cuts[nc++] = 1;
    for (let k = 0; k + 1 < nc; k++) {
      const ua = cuts[k] as number;
      const ub = cuts[k + 1] as number;
      const va = a + ua * (b + ua * (c + ua * d));
      const vb = a + ub * (b + ub * (c + ub * d));
      const lo = Math.min(va, vb);
      const hi = Math.max(va, vb);
      for (let j = 0; j < targets.length; j++) {
        const T = targets[j] as number;
        const kMin = Math.ceil((lo - T) / 360);
        const kMax = Math.floor((hi - T) / 360);
        for (let m = kMin; m <= kMax; m++) {
          const v = T + 360 * m;
          // A crossing: the piece starts on one side and ends on the other (half-open, so a root on a cut
          // between two pieces counts once; a mere touch at a station counts as none).
          if (va < v === vb < v) continue;
          const u = solveMonotone(a, b, c, d, ua, ub, va < v ? 1 : -1, v);
          const jd = t.t0 + (i + u) * t.h;
          if (jd < jdA || jd >= jdB) continue;
          on(j, jd, (b + u * (2 * c + u * 3 * d)) / t.h);
        }
      }
    }
  }
}

/** Root of a + b·u + c·u² + d·u³ = v on [ua, ub], where the cubic is monotone (increasing when dir = 1). */
function solveMonotone(
  a: number,
  b: number,
  c: number,
  d: number,
  ua: number,
  ub: number,
  dir: number,
  v: number,
): number {
  let lo = ua;
  let hi = ub;
  let u = 0.5 * (ua + ub);
  for (let it = 0; it < 60; it++) {
    const f = (a - v + u * (b + u * (c + u * d))) * dir;
    if (f < 0) lo = u;
    else hi = u;
    const df = (b + u * (2 * c + u * 3 * d)) * dir;
    let next = df > 0 ? u - f / df : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - u) < U_TOL) return next;
    u = next;
  }
  return u;
}

/** Longitude (zodiac of the request) and speed of one body on the full ephemeris. */
export function fullPosition(
  body: DefaultBodyName,
  jd: number,
  ayanamsa: Ayanamsa | null | undefined,
): { longitude: number; speed: number } {
  const p = computeEphemeris(jd, [body]).positions[body];
  if (!p) throw new RangeError(`${body} is not available at JD ${jd}`);
  if (!ayanamsa) return { longitude: p.longitude, speed: p.speed };
  return {
    longitude: p.longitude - ayanamsaDegrees(ayanamsa, jd),
    speed: p.speed - ayanamsaSpeed(ayanamsa, jd),
  };
}

/** Signed difference x − y reduced to (−180, 180]. */
export function wrap180(x: number): number {
  const r = (((x + 180) % 360) + 360) % 360;
  return r - 180 === -180 ? 180 : r - 180;
}

/**
 * Newton's method on the full ephemeris from a root of the fitted curve: at most `iterations` steps, each kept
 * only if it stays within `maxShift` days of the start (near a station a step could jump to the other root; the
 * fitted root is then kept). Returns the polished JD.
 */
export function polish(
  body: DefaultBodyName,
  target: number,
  jd: number,
  ayanamsa: Ayanamsa | null | undefined,
  maxShift = 0.5,
  iterations = 3,
): number {
  let t = jd;
  for (let it = 0; it < iterations; it++) {
    const p = fullPosition(body, t, ayanamsa);
    const f = wrap180(p.longitude - target);
    if (p.speed === 0) break;
    const next = t - f / p.speed;
    if (Math.abs(next - jd) > maxShift) break;
    t = next;
    // Quadratic convergence: a step under ~1 s leaves an error far below it.
    if (Math.abs(f / p.speed) < 1e-5) return t;
  }
  return t;
}
