/**
 * The Moon's geometric geocentric state from ELP/MPP02 (Chapront & Francou 2003, the DE405 fit; truncated by
 * scripts/gen-series.mjs), rotated into the VSOP87 frame (J2000 ecliptic) so that it shares the reduction of the
 * planets (./reduction.ts). Argument TT; AU and AU/day.
 */
import { ELP_MPP02, ELP_W1 } from './data/elp-table';
import type { State } from './reduction';
import { evalElp, newValue, type SeriesTable } from './series';

const J2000 = 2451545.0;
const AS2R = Math.PI / (180 * 3600);
const KM_PER_AU = 149597870.7;
const DAYS_PER_CENTURY = 36525;

const scratch = newValue();

/** Geocentric geometric state of the Moon at a JD in TT (default table: the bundled truncated one). */
export function moonState(jdTT: number, table: SeriesTable = ELP_MPP02): State {
  const T = (jdTT - J2000) / DAYS_PER_CENTURY;
  const v = evalElp(table, T, scratch);
  const w = ELP_W1;
  const w1 =
    (w[0] as number) +
    T * ((w[1] as number) + T * ((w[2] as number) + T * ((w[3] as number) + T * (w[4] as number))));
  const dw1 =
    (w[1] as number) + T * (2 * (w[2] as number) + T * (3 * (w[3] as number) + T * 4 * (w[4] as number)));
  const l = w1 + v.l * AS2R;
  const b = v.b * AS2R;
  const r = v.r / KM_PER_AU;
  const dl = (dw1 + v.dl * AS2R) / DAYS_PER_CENTURY;
  const db = (v.db * AS2R) / DAYS_PER_CENTURY;
  const dr = v.dr / KM_PER_AU / DAYS_PER_CENTURY;
  const cl = Math.cos(l);
  const sl = Math.sin(l);
  const cb = Math.cos(b);
  const sb = Math.sin(b);
  const x = r * cb * cl;
  const y = r * cb * sl;
  const z = r * sb;
  const vx = dr * cb * cl - r * sb * cl * db - r * cb * sl * dl;
  const vy = dr * cb * sl - r * sb * sl * db + r * cb * cl * dl;
  const vz = dr * sb + r * cb * db;
  // Mean ecliptic of date (departure point γ′2000) → inertial ecliptic J2000: Laskar's P, Q (ELP/MPP02).
  const P =
    T * (0.10180391e-4 + T * (0.47020439e-6 + T * (-0.5417367e-9 + T * (-0.2507948e-11 + T * 0.463486e-14))));
  const Q =
    T *
    (-0.113469002e-3 + T * (0.12372674e-6 + T * (0.1265417e-8 + T * (-0.1371808e-11 + T * -0.320334e-14))));
  const sq = Math.sqrt(1 - P * P - Q * Q);
  const p11 = 1 - 2 * P * P;
  const p12 = 2 * P * Q;
  const p13 = 2 * P * sq;
  const p22 = 1 - 2 * Q * Q;
  const p23 = -2 * Q * sq;
  const p33 = 1 - 2 * P * P - 2 * Q * Q;
  return {
    x: p11 * x + p12 * y + p13 * z,
    y: p12 * x + p22 * y + p23 * z,
    z: -p13 * x - p23 * y + p33 * z,
    vx: p11 * vx + p12 * vy + p13 * vz,
    vy: p12 * vx + p22 * vy + p23 * vz,
    vz: -p13 * vx - p23 * vy + p33 * vz,
  };
}
