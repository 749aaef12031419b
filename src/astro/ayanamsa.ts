/**
 * Ayanamsas (sidereal zodiac offsets), defined as in the Swiss Ephemeris: the value at a reference epoch
 * t0, carried to other dates by precession (IAU 2006, Capitaine et al. 2003) of the equinox of date,
 * measured along the ecliptic of t0. `ayanamsaDegrees` is the true ayanamsa (mean + nutation in
 * longitude), which is what `swe_get_ayanamsa_ex_ut` returns and what the Swiss Ephemeris subtracts from
 * true (apparent) tropical longitudes; sidereal = tropical − ayanamsa.
 */
import { meanObliquity, nutation } from './angles';
import { deltaTSeconds } from './deltat';
import { type Mat3, precessionMatrix } from './precession';
import type { Ayanamsa, EclipticPosition } from './types';

const RAD = 180 / Math.PI;

interface AyanamsaDef {
  /** Reference epoch (JD, TT). */
  t0: number;
  /** Mean ayanamsa at t0, degrees. */
  value: number;
}

/** Reference epochs and values (Swiss Ephemeris 2.10 `ayanamsa[]` table, SE_SIDM_*). */
const DEFS: Record<Ayanamsa, AyanamsaDef> = {
  // SE_SIDM_FAGAN_BRADLEY: 24°02′31.36″ on 1950-01-01 (Fagan & Bradley, SVP)
  fagan_bradley: { t0: 2433282.42346, value: 24.042044444 },
  // SE_SIDM_LAHIRI: 23°15′00.658″ (true) on 1956-03-21 0h, Indian Astronomical Ephemeris; mean value
  lahiri: { t0: 2435553.5, value: 23.250182778 - 0.004660222 },
  // SE_SIDM_RAMAN: 21°00′52″ on 1900-01-00.5 (B. V. Raman)
  raman: { t0: 2415020.0, value: 360 - 338.98556 },
  // SE_SIDM_KRISHNAMURTI: 22°21′50″ on 1900-01-00.5 (K. S. Krishnamurti)
  krishnamurti: { t0: 2415020.0, value: 360 - 337.636111 },
};

/** Per-definition constant: precession matrix and ecliptic of t0. */
const T0_FRAME = new Map<Ayanamsa, { p: Mat3; ce: number; se: number }>();
function t0Frame(name: Ayanamsa) {
  let f = T0_FRAME.get(name);
  if (!f) {
    const e = meanObliquity(DEFS[name].t0) * (Math.PI / 180);
    f = { p: precessionMatrix(DEFS[name].t0), ce: Math.cos(e), se: Math.sin(e) };
    T0_FRAME.set(name, f);
  }
  return f;
}

/** Mean ayanamsa (no nutation) in degrees at a Julian day in TT. */
export function meanAyanamsaTT(name: Ayanamsa, jdTT: number): number {
  const def = DEFS[name];
  // Vernal point of date in J2000 coordinates: first row of P(t) (Pᵀ·x̂).
  const p = precessionMatrix(jdTT);
  const [v0, v1, v2] = p;
  // … in the mean equator of t0, then in the ecliptic of t0.
  const f = t0Frame(name);
  const x = f.p[0] * v0 + f.p[1] * v1 + f.p[2] * v2;
  const y = f.p[3] * v0 + f.p[4] * v1 + f.p[5] * v2;
  const z = f.p[6] * v0 + f.p[7] * v1 + f.p[8] * v2;
  const ye = f.ce * y + f.se * z;
  const lon = Math.atan2(ye, x) * RAD;
  const a = (def.value - lon) % 360;
  return a < 0 ? a + 360 : a;
}

/** True ayanamsa (mean + nutation in longitude) in degrees, at a Julian day in UT. */
export function ayanamsaDegrees(name: Ayanamsa, jdUT: number): number {
  const tt = jdUT + deltaTSeconds(jdUT) / 86400;
  // The nutation in longitude of the positions (IAU 2000B, ./angles).
  return meanAyanamsaTT(name, tt) + nutation(tt).dpsi;
}

const RATE_DT = 0.05;

/** Rate of change of the true ayanamsa, degrees/day (≈ 3.8e-5 plus the nutation rate). */
export function ayanamsaSpeed(name: Ayanamsa, jdUT: number): number {
  return (ayanamsaDegrees(name, jdUT + RATE_DT) - ayanamsaDegrees(name, jdUT - RATE_DT)) / (2 * RATE_DT);
}

/** Sidereal version of tropical positions: longitude − ayanamsa, speed − ayanamsa rate. */
export function toSidereal<K extends string>(
  positions: Partial<Record<K, EclipticPosition>>,
  name: Ayanamsa,
  jdUT: number,
): Partial<Record<K, EclipticPosition>> {
  const a = ayanamsaDegrees(name, jdUT);
  const da = ayanamsaSpeed(name, jdUT);
  const out: Partial<Record<K, EclipticPosition>> = {};
  for (const k of Object.keys(positions) as K[]) {
    const p = positions[k];
    if (!p) continue;
    const lon = (p.longitude - a) % 360;
    out[k] = { longitude: lon < 0 ? lon + 360 : lon, latitude: p.latitude, speed: p.speed - da };
  }
  return out;
}
