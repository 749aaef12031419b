/**
 * Ayanamsas (sidereal zodiac offsets), defined as in the Swiss Ephemeris: the value at a reference epoch
 * t0, carried to other dates by precession (IAU 2006, Capitaine et al. 2003) of the equinox of date,
 * measured along the ecliptic of t0. `ayanamsaDegrees` is the true ayanamsa (mean + nutation in
 * longitude), which is what `swe_get_ayanamsa_ex_ut` returns and what the Swiss Ephemeris subtracts from
 * true (apparent) tropical longitudes; sidereal = tropical − ayanamsa.
 *
 * Like the Swiss Ephemeris 2.10, each ayanamsa keeps the precession model it was defined with: its equinox of t0
 * is where that model (Newcomb, or IAU 1976) puts it, which differs from IAU 2006 by a constant per definition
 * (−0.84″ for t0 = 1900 with Newcomb's precession, −0.42″ for 1950, +0.13″ for Lahiri's 1956 with IAU 1976).
 * Without it our ayanamsas were off Swiss's by exactly those constants.
 */
import { meanObliquity, nutation } from './angles';
import { deltaTSeconds } from './deltat';
import { type Mat3, mulMat, precessionMatrix, rz } from './precession';
import type { Ayanamsa, EclipticPosition } from './types';

const RAD = 180 / Math.PI;

interface AyanamsaDef {
  /** Reference epoch (JD, TT). */
  t0: number;
  /** Mean ayanamsa at t0, degrees. */
  value: number;
  /** The precession model the definition was made with. */
  model: 'newcomb' | 'iau1976';
}

/** Reference epochs and values (Swiss Ephemeris 2.10 `ayanamsa[]` table, SE_SIDM_*). */
const DEFS: Record<Ayanamsa, AyanamsaDef> = {
  // SE_SIDM_FAGAN_BRADLEY: 24°02′31.36″ on 1950-01-01 (Fagan & Bradley, SVP)
  fagan_bradley: { t0: 2433282.42346, value: 24.042044444, model: 'newcomb' },
  // SE_SIDM_LAHIRI: 23°15′00.658″ (true) on 1956-03-21 0h, Indian Astronomical Ephemeris; mean value
  lahiri: { t0: 2435553.5, value: 23.250182778 - 0.004660222, model: 'iau1976' },
  // SE_SIDM_RAMAN: 21°00′52″ on 1900-01-00.5 (B. V. Raman)
  raman: { t0: 2415020.0, value: 360 - 338.98556, model: 'newcomb' },
  // SE_SIDM_KRISHNAMURTI: 22°21′50″ on 1900-01-00.5 (K. S. Krishnamurti)
  krishnamurti: { t0: 2415020.0, value: 360 - 337.636111, model: 'newcomb' },
};

const AS2R = Math.PI / (180 * 3600);
/** Rotation of the frame about y (SOFA iauRy). */
function ry(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c, 0, -s, 0, 1, 0, s, 0, c];
}
/** Equatorial precession J2000 → date from the angles ζ, z, θ (″): P = R3(−z)·R2(θ)·R3(−ζ). */
function fromAngles(zeta: number, z: number, theta: number): Mat3 {
  return mulMat(rz(-z * AS2R), mulMat(ry(theta * AS2R), rz(-zeta * AS2R)));
}
/** IAU 1976 precession (Lieske et al. 1977), J2000 → date. */
function precessionIau1976(jdTT: number): Mat3 {
  const t = (jdTT - 2451545) / 36525;
  return fromAngles(
    (2306.2181 + (0.30188 + 0.017998 * t) * t) * t,
    (2306.2181 + (1.09468 + 0.018203 * t) * t) * t,
    (2004.3109 + (-0.42665 - 0.041833 * t) * t) * t,
  );
}
/** Newcomb's precession (Explanatory Supplement 1961), J2000 → date; times in tropical centuries from B1900. */
function precessionNewcomb(jdTT: number): Mat3 {
  const T0 = (2451545 - 2415020.31352) / 36524.2199;
  const t = (jdTT - 2451545) / 36524.2199;
  const zeta = (2304.25 + 1.396 * T0) * t + 0.302 * t * t + 0.018 * t * t * t;
  return fromAngles(
    zeta,
    zeta + 0.791 * t * t,
    (2004.682 - 0.853 * T0) * t - 0.426 * t * t - 0.042 * t * t * t,
  );
}
/** Longitude (degrees) in the J2000 ecliptic (obliquity eps0, ″) of the equinox of date of a precession matrix. */
function equinoxLongitude(p: Mat3, eps0: number): number {
  const e = eps0 * AS2R;
  return Math.atan2(Math.cos(e) * p[1] + Math.sin(e) * p[2], p[0]) * RAD;
}
/** Where the definition's own precession model puts the equinox of t0, less where IAU 2006 puts it (degrees). */
function modelCorrection(def: AyanamsaDef): number {
  const own = def.model === 'newcomb' ? precessionNewcomb(def.t0) : precessionIau1976(def.t0);
  return equinoxLongitude(own, 84381.448) - equinoxLongitude(precessionMatrix(def.t0), 84381.406);
}

/** Per-definition constants: precession matrix and ecliptic of t0, and the precession-model correction. */
const T0_FRAME = new Map<Ayanamsa, { p: Mat3; ce: number; se: number; correction: number }>();
function t0Frame(name: Ayanamsa) {
  let f = T0_FRAME.get(name);
  if (!f) {
    const e = meanObliquity(DEFS[name].t0) * (Math.PI / 180);
    f = {
      p: precessionMatrix(DEFS[name].t0),
      ce: Math.cos(e),
      se: Math.sin(e),
      correction: modelCorrection(DEFS[name]),
    };
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
  const a = (def.value - lon + f.correction) % 360;
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
