/**
 * Geometric heliocentric states of the Earth and the planets Mercury–Neptune from VSOP87B (truncated by
 * scripts/gen-series.mjs), in the VSOP87 frame (dynamical ecliptic and equinox J2000), AU and AU/day, argument TT
 * (TT − TDB < 2 ms is ignored). These are the per-body evaluation functions the apparent places are built on
 * (./reduction.ts) and that searches over time can reuse or fit.
 */
import {
  VSOP87B_EARTH,
  VSOP87B_JUPITER,
  VSOP87B_MARS,
  VSOP87B_MERCURY,
  VSOP87B_NEPTUNE,
  VSOP87B_SATURN,
  VSOP87B_URANUS,
  VSOP87B_VENUS,
} from './data/vsop87b-table';
import type { State, Vec3 } from './reduction';
import { evalVsop, newValue, type SeriesTable, type SeriesValue } from './series';

const J2000 = 2451545.0;
const DAYS_PER_MILLENNIUM = 365250;

export const VSOP_BODIES = [
  'mercury',
  'venus',
  'earth',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
] as const;
export type VsopBody = (typeof VSOP_BODIES)[number];

export const VSOP_TABLES: Record<VsopBody, SeriesTable> = {
  mercury: VSOP87B_MERCURY,
  venus: VSOP87B_VENUS,
  earth: VSOP87B_EARTH,
  mars: VSOP87B_MARS,
  jupiter: VSOP87B_JUPITER,
  saturn: VSOP87B_SATURN,
  uranus: VSOP87B_URANUS,
  neptune: VSOP87B_NEPTUNE,
};

/** Spherical L, B, R (and rates per millennium) → rectangular position (AU) and velocity (AU/day). */
export function sphericalToState(v: SeriesValue): State {
  const cl = Math.cos(v.l);
  const sl = Math.sin(v.l);
  const cb = Math.cos(v.b);
  const sb = Math.sin(v.b);
  const r = v.r;
  const dl = v.dl / DAYS_PER_MILLENNIUM;
  const db = v.db / DAYS_PER_MILLENNIUM;
  const dr = v.dr / DAYS_PER_MILLENNIUM;
  return {
    x: r * cb * cl,
    y: r * cb * sl,
    z: r * sb,
    vx: dr * cb * cl - r * sb * cl * db - r * cb * sl * dl,
    vy: dr * cb * sl - r * sb * sl * db + r * cb * cl * dl,
    vz: dr * sb + r * cb * db,
  };
}

const scratch = newValue();

/** Heliocentric state of a VSOP87 body from a given table (default: the bundled truncated one) at a JD in TT. */
export function vsopState(body: VsopBody, jdTT: number, table: SeriesTable = VSOP_TABLES[body]): State {
  return sphericalToState(evalVsop(table, (jdTT - J2000) / DAYS_PER_MILLENNIUM, scratch));
}

/** GM of the giant planets over GM of the Sun (IAU 2009/DE430 values, planet + satellites). */
const GIANT_MASS_RATIO: Partial<Record<VsopBody, number>> = {
  jupiter: 1 / 1047.348644,
  saturn: 1 / 3497.9018,
  uranus: 1 / 22902.98,
  neptune: 1 / 19412.26,
};

/**
 * The Sun's velocity about the solar-system barycentre (AU/day) from the giant planets' heliocentric velocities:
 * v☉ = −Σ mᵢ·vᵢ / (M☉ + Σ mᵢ). The inner planets add < 0.3 m/s (0.0002″ of aberration): left out.
 */
export function sunBaryVelocity(states: Partial<Record<VsopBody, State>>): Vec3 | null {
  let total = 1;
  const v: Vec3 = [0, 0, 0];
  for (const [body, m] of Object.entries(GIANT_MASS_RATIO) as [VsopBody, number][]) {
    const s = states[body];
    if (!s) return null;
    total += m;
    v[0] -= m * s.vx;
    v[1] -= m * s.vy;
    v[2] -= m * s.vz;
  }
  return [v[0] / total, v[1] / total, v[2] / total];
}
