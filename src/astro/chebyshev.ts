/**
 * Chebyshev tables of heliocentric positions (Chiron, Pluto): segments of `span` days from `start` (JD TT), each
 * holding `order` coefficients per axis (x, y, z) as integers in units of `scale` AU. Evaluated with Clenshaw's
 * recurrence for the value and its derivative.
 */
import type { State } from './reduction';

export interface ChebyshevTable {
  start: number;
  span: number;
  segments: number;
  order: number;
  scale: number;
  coeffs: readonly number[];
}

/** Position (AU) and velocity (AU/day) at a JD in TT, or null outside the table. */
export function chebyshevState(t: ChebyshevTable, jdTT: number): State | null {
  const u = (jdTT - t.start) / t.span;
  const seg = Math.floor(u);
  if (seg < 0 || seg >= t.segments) return null;
  const x = 2 * (u - seg) - 1;
  const out = [0, 0, 0, 0, 0, 0];
  const n = t.order;
  for (let axis = 0; axis < 3; axis++) {
    const base = (seg * 3 + axis) * n;
    let b0 = 0;
    let b1 = 0;
    let d0 = 0;
    let d1 = 0;
    for (let j = n - 1; j >= 1; j--) {
      const c = t.coeffs[base + j] as number;
      const b2 = b1;
      b1 = b0;
      b0 = 2 * x * b1 - b2 + c;
      const d2 = d1;
      d1 = d0;
      d0 = 2 * x * d1 - d2 + 2 * b1;
    }
    const c0 = t.coeffs[base] as number;
    out[axis] = (c0 + x * b0 - b1) * t.scale;
    out[axis + 3] = ((b0 + x * d0 - d1) * t.scale * 2) / t.span;
  }
  return {
    x: out[0] as number,
    y: out[1] as number,
    z: out[2] as number,
    vx: out[3] as number,
    vy: out[4] as number,
    vz: out[5] as number,
  };
}
