/**
 * Ayanamsas (sidereal zodiac offsets): the 47 predefined ayanamsas of the Swiss Ephemeris 2.10 (SE_SIDM_0 to 46, named
 * as its sidereal modes in lower case, as kerykeion names them) and a user-defined one. `ayanamsaDegrees` is the
 * true ayanamsa (mean + nutation in longitude), what `swe_get_ayanamsa_ex_ut` returns and what is subtracted from
 * true (apparent) tropical longitudes: sidereal = tropical − ayanamsa.
 *
 * Three kinds of definition (docs/accuracy.md, "Ayanamsas", lists each with its source):
 * - a value at an epoch t0 (most of them): the vernal point of date is carried back to t0 by precession and its
 *   longitude is measured on the ecliptic of t0 ("the ayanamsa at t0 plus the precession since t0"), the Swiss
 *   Ephemeris' default ("traditional") method. Precession is Vondrák et al. (2011), the Swiss default, since several
 *   epochs lie 1 500–3 500 years back, where IAU 2006 drifts by arcseconds. Some definitions were made with an older
 *   precession (Newcomb, IAU 1976): as in Swiss 2.10, their equinox of t0 is placed where that model puts it;
 * - a star at a fixed sidereal longitude (true Citra: Spica at 180°; true Revati, Pushya, Mula, Sheoran; the Galactic
 *   Centre at 0° Sagittarius and its variants): the star's apparent longitude of date less that longitude
 *   (./ayanamsa-stars.ts);
 * - the galactic equator (IAU 1958 or modern pole): the pole's longitude of date less 150° (or 156.67°, mid-Mula).
 */
import { nutation } from './angles';
import { AYANAMSA_STARS, type AyanamsaStar, starPlace, starRightAscensionOnEcliptic } from './ayanamsa-stars';
import { deltaTSeconds } from './deltat';
import { type Mat3, mulMat, rz } from './precession';
import { longTermObliquity, longTermPrecessionMatrix } from './precession-longterm';
import type { Ayanamsa, EclipticPosition } from './types';

const RAD = 180 / Math.PI;
const AS2R = Math.PI / (180 * 3600);
const J2000 = 2451545.0;
const J1900 = 2415020.0;
const B1950 = 2433282.42345905;

type PrecessionModel = 'newcomb' | 'iau1976';

interface EpochDef {
  kind: 'epoch';
  /** Reference epoch (JD), in UT when `ut`, else TT. */
  t0: number;
  ut?: boolean;
  /** Mean ayanamsa at t0, degrees. */
  value: number;
  /** The precession model the definition was made with, when it is corrected for (Swiss "prec_offset"). */
  model?: PrecessionModel;
}
interface StarDef {
  kind: 'star';
  star: AyanamsaStar;
  /** The star's sidereal longitude, degrees. */
  at: number;
  /** Wilhelm: the star's right ascension projected onto the ecliptic along its hour circle. */
  byRightAscension?: boolean;
}
type AyanamsaDef = EpochDef | StarDef;

/**
 * The Swiss Ephemeris 2.10 definitions (sweph.h, `ayanamsa[]`, and swi_get_ayanamsa_ex), by SE_SIDM number. Where a
 * definition states no precession model, or Swiss marks it "unclear" (−1), none is corrected for.
 */
const DEFS: Record<Ayanamsa, AyanamsaDef> = {
  // 0: Fagan/Bradley, SVP 335°57′28.64″ at 1950.0 (B1950) with Newcomb's precession
  fagan_bradley: { kind: 'epoch', t0: 2433282.42346, value: 24.042044444, model: 'newcomb' },
  // 1: Lahiri, 23°15′00.658″ on 1956-03-21 (Indian Astronomical Ephemeris 1989, p. 556), less the nutation
  lahiri: { kind: 'epoch', t0: 2435553.5, value: 23.250182778 - 0.004658035, model: 'iau1976' },
  // 2: De Luce: zero in 1 BC (1 January, Julian)
  deluce: { kind: 'epoch', t0: 1721057.5, ut: true, value: 0 },
  // 3: B. V. Raman, 21°01′12″ at J1900
  raman: { kind: 'epoch', t0: J1900, value: 360 - 338.98556, model: 'newcomb' },
  // 4: Usha and Shashi, 18°39′39″ at J1900
  ushashashi: { kind: 'epoch', t0: J1900, value: 360 - 341.33904 },
  // 5: K. S. Krishnamurti, 22°21′49″ at J1900
  krishnamurti: { kind: 'epoch', t0: J1900, value: 360 - 337.636111, model: 'newcomb' },
  // 6: Djwhal Khul: the vernal point enters Aquarius on 1 July 2117
  djwhal_khul: { kind: 'epoch', t0: J1900, value: 360 - 333.0369024 },
  // 7: Sri Yukteshwar (The Holy Science), 21°04′56″ at J1900
  yukteshwar: { kind: 'epoch', t0: J1900, value: 360 - 338.917778 },
  // 8: J. N. Bhasin, 21°21′56″ at J1900
  jn_bhasin: { kind: 'epoch', t0: J1900, value: 360 - 338.634444 },
  // 9–12: Babylonian (Kugler 1, 2, 3; Huber): the zodiac of 100 BC (Julian JD 1684532.5, UT)
  babyl_kugler1: { kind: 'epoch', t0: 1684532.5, ut: true, value: -5.66667 },
  babyl_kugler2: { kind: 'epoch', t0: 1684532.5, ut: true, value: -4.26667 },
  babyl_kugler3: { kind: 'epoch', t0: 1684532.5, ut: true, value: -3.41667 },
  babyl_huber: { kind: 'epoch', t0: 1684532.5, ut: true, value: -4.46667 },
  // 13: Babylonian, η Piscium (Mercier): 1673941 UT
  babyl_etpsc: { kind: 'epoch', t0: 1673941, ut: true, value: -5.079167 },
  // 14: Aldebaran at 15° Taurus in 100 BC
  aldebaran_15tau: { kind: 'epoch', t0: 1684532.5, ut: true, value: -4.44138598 },
  // 15: Hipparchos
  hipparchos: { kind: 'epoch', t0: 1674484.0, ut: true, value: -9.33333 },
  // 16: Sassanian: zero in AD 564
  sassanian: { kind: 'epoch', t0: 1927135.8747793, ut: true, value: 0 },
  // 17: the Galactic Centre at 0° Sagittarius
  galcent_0sag: { kind: 'star', star: 'galactic_centre', at: 240 },
  // 18–20: the equinox of J2000, J1900, B1950
  j2000: { kind: 'epoch', t0: J2000, value: 0 },
  j1900: { kind: 'epoch', t0: J1900, value: 0 },
  b1950: { kind: 'epoch', t0: B1950, value: 0 },
  // 21: Suryasiddhanta: the mean Sun enters sidereal Aries at the mean equinox of date on 21 March 499, Ujjain
  suryasiddhanta: { kind: 'epoch', t0: 1903396.8128654, ut: true, value: 0 },
  // 22: Suryasiddhanta, at the true position of the mean Sun of that moment
  suryasiddhanta_msun: { kind: 'epoch', t0: 1903396.8128654, ut: true, value: -0.21463395 },
  // 23: Aryabhata: the same day, 6:56:55.57 UT
  aryabhata: { kind: 'epoch', t0: 1903396.7895321, ut: true, value: 0 },
  // 24: Aryabhata, mean Sun
  aryabhata_msun: { kind: 'epoch', t0: 1903396.7895321, ut: true, value: -0.23763238 },
  // 25: Suryasiddhanta, Revati (ζ Psc) at polar longitude 359°50′
  ss_revati: { kind: 'epoch', t0: 1903396.8128654, ut: true, value: -0.79167046 },
  // 26: Suryasiddhanta, Citra (Spica) at polar longitude 180°
  ss_citra: { kind: 'epoch', t0: 1903396.8128654, ut: true, value: 2.11070444 },
  // 27: true Citra (Chitrapaksha): Spica at 180°
  true_citra: { kind: 'star', star: 'spica', at: 180 },
  // 28: true Revati: ζ Piscium at 359°50′
  true_revati: { kind: 'star', star: 'revati', at: 359.8333333333 },
  // 29: true Pushya (P. V. R. Narasimha Rao): δ Cancri at 106°
  true_pushya: { kind: 'star', star: 'pushya', at: 106 },
  // 30: R. Gil Brand: the Galactic Centre at the golden section between 0° Scorpio and 0° Aquarius
  galcent_rgilbrand: { kind: 'star', star: 'galactic_centre', at: 210 + 90 * 0.3819660113 },
  // 31–33: the node of the galactic equator: IAU 1958 pole, modern pole, and in the middle of Mula
  galequ_iau1958: { kind: 'star', star: 'galactic_pole_1958', at: 150 },
  galequ_true: { kind: 'star', star: 'galactic_pole', at: 150 },
  galequ_mula: { kind: 'star', star: 'galactic_pole', at: 156.6666666667 },
  // 34: Skydram / galactic alignment (R. Mardyks)
  galalign_mardyks: { kind: 'epoch', t0: 2451079.734892, value: 30 },
  // 35: true Mula (Chandra Hari): λ Scorpii at 240°
  true_mula: { kind: 'star', star: 'mula', at: 240 },
  // 36: Dhruva / Galactic Centre in the middle of Mula (Ernst Wilhelm), projected along its hour circle
  galcent_mula_wilhelm: { kind: 'star', star: 'galactic_centre', at: 246.6666666667, byRightAscension: true },
  // 37: Aryabhata 522: zero in Kali 3623 (AD 522), Ujjain
  aryabhata_522: { kind: 'epoch', t0: 1911797.740782065, ut: true, value: 0 },
  // 38: Babylonian (Britton 2010)
  babyl_britton: { kind: 'epoch', t0: 1721057.5, ut: true, value: -3.2 },
  // 39: "Vedic" (Sunil Sheoran): δ Cancri at 103°29′33.5″
  true_sheoran: { kind: 'star', star: 'pushya', at: 103.49264221625 },
  // 40: the Galactic Centre at 0° Capricorn (David Cochrane)
  galcent_cochrane: { kind: 'star', star: 'galactic_centre', at: 270 },
  // 41: Galactic equator (N. A. Fiorenza): 25° at 2000-01-01 0h UT
  galequ_fiorenza: { kind: 'epoch', t0: 2451544.5, ut: true, value: 25 },
  // 42: Vettius Valens (Moon; Holden 1995), 1 January 150
  valens_moon: { kind: 'epoch', t0: 1775845.5, ut: true, value: -2.9422 },
  // 43: Lahiri 1940 (Panchanga Darpan): 22°26′45.50″ at J1900, Newcomb
  lahiri_1940: { kind: 'epoch', t0: J1900, value: 22.44597222, model: 'newcomb' },
  // 44: Lahiri VP285: the mean Sun at 0° in AD 285
  lahiri_vp285: { kind: 'epoch', t0: 1825235.2458513028, value: 0 },
  // 45: Krishnamurti–Senthilathiban: the mean equinox of AD 291
  krishnamurti_vp291: { kind: 'epoch', t0: 1827424.752255678, value: 0 },
  // 46: Lahiri of the Calendar Reform Committee (1956) before the IAE 1985 correction, Newcomb
  lahiri_icrc: { kind: 'epoch', t0: 2435553.5, value: 23.25 - 0.00464207, model: 'newcomb' },
};

/** Display names: the Swiss Ephemeris' own (swe_get_ayanamsa_name). */
export const AYANAMSA_NAMES: Record<Ayanamsa, string> = {
  fagan_bradley: 'Fagan/Bradley',
  lahiri: 'Lahiri',
  deluce: 'De Luce',
  raman: 'Raman',
  ushashashi: 'Usha/Shashi',
  krishnamurti: 'Krishnamurti',
  djwhal_khul: 'Djwhal Khul',
  yukteshwar: 'Yukteshwar',
  jn_bhasin: 'J.N. Bhasin',
  babyl_kugler1: 'Babylonian/Kugler 1',
  babyl_kugler2: 'Babylonian/Kugler 2',
  babyl_kugler3: 'Babylonian/Kugler 3',
  babyl_huber: 'Babylonian/Huber',
  babyl_etpsc: 'Babylonian/Eta Piscium',
  aldebaran_15tau: 'Babylonian/Aldebaran = 15 Tau',
  hipparchos: 'Hipparchos',
  sassanian: 'Sassanian',
  galcent_0sag: 'Galactic Center = 0 Sag',
  j2000: 'J2000',
  j1900: 'J1900',
  b1950: 'B1950',
  suryasiddhanta: 'Suryasiddhanta',
  suryasiddhanta_msun: 'Suryasiddhanta, mean Sun',
  aryabhata: 'Aryabhata',
  aryabhata_msun: 'Aryabhata, mean Sun',
  ss_revati: 'SS Revati',
  ss_citra: 'SS Citra',
  true_citra: 'True Citra',
  true_revati: 'True Revati',
  true_pushya: 'True Pushya (PVRN Rao)',
  galcent_rgilbrand: 'Galactic Center (Gil Brand)',
  galequ_iau1958: 'Galactic Equator (IAU1958)',
  galequ_true: 'Galactic Equator',
  galequ_mula: 'Galactic Equator mid-Mula',
  galalign_mardyks: 'Skydram (Mardyks)',
  true_mula: 'True Mula (Chandra Hari)',
  galcent_mula_wilhelm: 'Dhruva/Gal.Center/Mula (Wilhelm)',
  aryabhata_522: 'Aryabhata 522',
  babyl_britton: 'Babylonian/Britton',
  true_sheoran: '"Vedic"/Sheoran',
  galcent_cochrane: 'Cochrane (Gal.Center = 0 Cap)',
  galequ_fiorenza: 'Galactic Equator (Fiorenza)',
  valens_moon: 'Vettius Valens',
  lahiri_1940: 'Lahiri 1940',
  lahiri_vp285: 'Lahiri VP285',
  krishnamurti_vp291: 'Krishnamurti-Senthilathiban',
  lahiri_icrc: 'Lahiri ICRC',
};

/** A user-defined ayanamsa: `value` degrees at `epochJd` (JD, UT), carried by precession or by a fixed `rate`. */
export interface UserAyanamsa {
  /** Mean ayanamsa (without nutation) at the epoch, degrees. */
  value: number;
  /** Julian day (UT) of the epoch. */
  epochJd: number;
  /** Arcseconds per Julian year; absent: precession (as the Swiss Ephemeris' user mode). */
  rate?: number | undefined;
}

/** A predefined ayanamsa by name, or a user definition. */
export type AyanamsaSpec = Ayanamsa | UserAyanamsa;

const toTT = (jdUT: number) => jdUT + deltaTSeconds(jdUT) / 86400;

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
  const t = (jdTT - J2000) / 36525;
  return fromAngles(
    (2306.2181 + (0.30188 + 0.017998 * t) * t) * t,
    (2306.2181 + (1.09468 + 0.018203 * t) * t) * t,
    (2004.3109 + (-0.42665 - 0.041833 * t) * t) * t,
  );
}
/** Newcomb's precession (Explanatory Supplement 1961), J2000 → date; times in tropical centuries from B1900. */
function precessionNewcomb(jdTT: number): Mat3 {
  const T0 = (J2000 - 2415020.31352) / 36524.2199;
  const t = (jdTT - J2000) / 36524.2199;
  const zeta = (2304.25 + 1.396 * T0) * t + 0.302 * t * t + 0.018 * t * t * t;
  return fromAngles(
    zeta,
    zeta + 0.791 * t * t,
    (2004.682 - 0.853 * T0) * t - 0.426 * t * t - 0.042 * t * t * t,
  );
}

/**
 * Longitude (degrees) on the ecliptic of t0 of the vernal point of `jdTT`, the vernal point carried from its date to
 * J2000 by the long-term precession and from J2000 to t0 by `toT0` (the long-term precession unless a definition's
 * own model is asked for).
 */
function vernalPointAt(jdTT: number, t0TT: number, toT0: Mat3 = longTermPrecessionMatrix(t0TT)): number {
  // Vernal point of date in J2000 coordinates: the first row of P(date) (Pᵀ·x̂).
  const v = longTermPrecessionMatrix(jdTT);
  const x = toT0[0] * v[0] + toT0[1] * v[1] + toT0[2] * v[2];
  const y = toT0[3] * v[0] + toT0[4] * v[1] + toT0[5] * v[2];
  const z = toT0[6] * v[0] + toT0[7] * v[1] + toT0[8] * v[2];
  const e = longTermObliquity(t0TT) / RAD;
  return Math.atan2(Math.cos(e) * y + Math.sin(e) * z, x) * RAD;
}

/** Where the definition's own precession model puts the equinox of t0, measured on the ecliptic of t0 (degrees). */
function modelCorrection(t0TT: number, model: PrecessionModel | undefined): number {
  if (!model || t0TT === J2000) return 0;
  const own = model === 'newcomb' ? precessionNewcomb(t0TT) : precessionIau1976(t0TT);
  const c = vernalPointAt(t0TT, t0TT, own);
  return c > 180 ? c - 360 : c;
}

const norm = (a: number) => ((a % 360) + 360) % 360;

/** Per-definition constants: t0 in TT and the model correction. */
const EPOCHS = new Map<Ayanamsa, { t0: number; correction: number }>();
function epochOf(name: Ayanamsa, def: EpochDef) {
  let e = EPOCHS.get(name);
  if (!e) {
    const t0 = def.ut ? toTT(def.t0) : def.t0;
    e = { t0, correction: modelCorrection(t0, def.model) };
    EPOCHS.set(name, e);
  }
  return e;
}

/** Mean ayanamsa (without nutation), degrees, at a Julian day in TT. */
export function meanAyanamsaTT(spec: AyanamsaSpec, jdTT: number): number {
  if (typeof spec !== 'string') {
    const t0 = toTT(spec.epochJd);
    if (spec.rate !== undefined) return spec.value + (spec.rate / 3600) * ((jdTT - t0) / 365.25);
    return spec.value - vernalPointAt(jdTT, t0);
  }
  const def = DEFS[spec];
  if (def.kind === 'star') {
    const place = starPlace(AYANAMSA_STARS[def.star], jdTT);
    const lon = def.byRightAscension ? starRightAscensionOnEcliptic(place) : place.longitude;
    return norm(lon - def.at - place.nutationLongitude);
  }
  const { t0, correction } = epochOf(spec, def);
  return norm(def.value - vernalPointAt(jdTT, t0) - correction);
}

/** True ayanamsa (mean + nutation in longitude) in degrees, at a Julian day in UT. */
export function ayanamsaDegrees(spec: AyanamsaSpec, jdUT: number): number {
  const tt = toTT(jdUT);
  // The nutation in longitude of the positions (IAU 2000B, ./angles).
  return norm(meanAyanamsaTT(spec, tt) + nutation(tt).dpsi);
}

const RATE_DT = 0.05;

/** Rate of change of the true ayanamsa, degrees/day (≈ 3.8e-5 plus the nutation rate). */
export function ayanamsaSpeed(spec: AyanamsaSpec, jdUT: number): number {
  let d = ayanamsaDegrees(spec, jdUT + RATE_DT) - ayanamsaDegrees(spec, jdUT - RATE_DT);
  if (d > 180) d -= 360;
  if (d < -180) d += 360;
  return d / (2 * RATE_DT);
}

/** Sidereal version of tropical positions: longitude − ayanamsa, speed − ayanamsa rate. */
export function toSidereal<K extends string>(
  positions: Partial<Record<K, EclipticPosition>>,
  spec: AyanamsaSpec,
  jdUT: number,
): Partial<Record<K, EclipticPosition>> {
  const a = ayanamsaDegrees(spec, jdUT);
  const da = ayanamsaSpeed(spec, jdUT);
  const out: Partial<Record<K, EclipticPosition>> = {};
  for (const k of Object.keys(positions) as K[]) {
    const p = positions[k];
    if (!p) continue;
    const lon = (p.longitude - a) % 360;
    out[k] = { longitude: lon < 0 ? lon + 360 : lon, latitude: p.latitude, speed: p.speed - da };
  }
  return out;
}
