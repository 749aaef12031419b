/**
 * Earth orientation for the chart angles: nutation (IAU 2000B), obliquity of the ecliptic (IAU 2006),
 * Greenwich apparent sidereal time (IERS Conventions 2010, ERA based), ARMC; and the angles themselves
 * (ascendant, midheaven, descendant, imum coeli, vertex, antivertex, east point).
 *
 * Pure TypeScript, no Workers APIs. All angles in degrees. Conventions follow the Swiss Ephemeris
 * (swe_houses / swehouse.c). Sidereal time: the IERS 2010 expression for 1850–2050 (agrees with Swiss 2.10 to
 * < 0.001"); outside that span the Swiss Ephemeris, which users compare charts with, switches to a long-term
 * sidereal time, and so do we (see `longTermSiderealTime`): the IERS expression would differ from it by up to 0.4"
 * before 1850, 1.9" at 2050 and 8.6" by 2400.
 *
 * astronomy-engine is deliberately not used here: its `e_tilt` keeps only 5 nutation terms (errors up to
 * ~0.5" in the equation of the equinoxes, amplified in the ascendant at high latitudes) and its
 * `SiderealTime` uses its own ΔT. Here ΔT is a parameter.
 */

import { precessionMatrix } from './precession';

const DEG = Math.PI / 180;
const ARCSEC = 1 / 3600;
const J2000 = 2451545.0;

/** Normalizes an angle in degrees to [0, 360). */
export function norm360(x: number): number {
  const r = x % 360;
  const n = r < 0 ? r + 360 : r;
  return n >= 360 ? 0 : n;
}

/** Signed difference a − b in degrees, normalized to [−180, 180) (like Swiss swe_difdeg2n). */
export function diffDeg(a: number, b: number): number {
  const d = norm360(a - b);
  return d >= 180 ? d - 360 : d;
}

/**
 * IAU 2000B luni-solar nutation series (McCarthy & Luzum 2003; IERS Conventions 2003, table 5.3a, the 77
 * largest terms). Per row: multipliers of l, l', F, D, Ω; then, in 0.1 µas, Δψ: sin, t·sin, cos;
 * Δε: cos, t·cos, sin.
 */
const NUT_2000B: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 1, -172064161, -174666, 33386, 92052331, 9086, 15377],
  [0, 0, 2, -2, 2, -13170906, -1675, -13696, 5730336, -3015, -4587],
  [0, 0, 2, 0, 2, -2276413, -234, 2796, 978459, -485, 1374],
  [0, 0, 0, 0, 2, 2074554, 207, -698, -897492, 470, -291],
  [0, 1, 0, 0, 0, 1475877, -3633, 11817, 73871, -184, -1924],
  [0, 1, 2, -2, 2, -516821, 1226, -524, 224386, -677, -174],
  [1, 0, 0, 0, 0, 711159, 73, -872, -6750, 0, 358],
  [0, 0, 2, 0, 1, -387298, -367, 380, 200728, 18, 318],
  [1, 0, 2, 0, 2, -301461, -36, 816, 129025, -63, 367],
  [0, -1, 2, -2, 2, 215829, -494, 111, -95929, 299, 132],
  [0, 0, 2, -2, 1, 128227, 137, 181, -68982, -9, 39],
  [-1, 0, 2, 0, 2, 123457, 11, 19, -53311, 32, -4],
  [-1, 0, 0, 2, 0, 156994, 10, -168, -1235, 0, 82],
  [1, 0, 0, 0, 1, 63110, 63, 27, -33228, 0, -9],
  [-1, 0, 0, 0, 1, -57976, -63, -189, 31429, 0, -75],
  [-1, 0, 2, 2, 2, -59641, -11, 149, 25543, -11, 66],
  [1, 0, 2, 0, 1, -51613, -42, 129, 26366, 0, 78],
  [-2, 0, 2, 0, 1, 45893, 50, 31, -24236, -10, 20],
  [0, 0, 0, 2, 0, 63384, 11, -150, -1220, 0, 29],
  [0, 0, 2, 2, 2, -38571, -1, 158, 16452, -11, 68],
  [0, -2, 2, -2, 2, 32481, 0, 0, -13870, 0, 0],
  [-2, 0, 0, 2, 0, -47722, 0, -18, 477, 0, -25],
  [2, 0, 2, 0, 2, -31046, -1, 131, 13238, -11, 59],
  [1, 0, 2, -2, 2, 28593, 0, -1, -12338, 10, -3],
  [-1, 0, 2, 0, 1, 20441, 21, 10, -10758, 0, -3],
  [2, 0, 0, 0, 0, 29243, 0, -74, -609, 0, 13],
  [0, 0, 2, 0, 0, 25887, 0, -66, -550, 0, 11],
  [0, 1, 0, 0, 1, -14053, -25, 79, 8551, -2, -45],
  [-1, 0, 0, 2, 1, 15164, 10, 11, -8001, 0, -1],
  [0, 2, 2, -2, 2, -15794, 72, -16, 6850, -42, -5],
  [0, 0, -2, 2, 0, 21783, 0, 13, -167, 0, 13],
  [1, 0, 0, -2, 1, -12873, -10, -37, 6953, 0, -14],
  [0, -1, 0, 0, 1, -12654, 11, 63, 6415, 0, 26],
  [-1, 0, 2, 2, 1, -10204, 0, 25, 5222, 0, 15],
  [0, 2, 0, 0, 0, 16707, -85, -10, 168, -1, 10],
  [1, 0, 2, 2, 2, -7691, 0, 44, 3268, 0, 19],
  [-2, 0, 2, 0, 0, -11024, 0, -14, 104, 0, 2],
  [0, 1, 2, 0, 2, 7566, -21, -11, -3250, 0, -5],
  [0, 0, 2, 2, 1, -6637, -11, 25, 3353, 0, 14],
  [0, -1, 2, 0, 2, -7141, 21, 8, 3070, 0, 4],
  [0, 0, 0, 2, 1, -6302, -11, 2, 3272, 0, 4],
  [1, 0, 2, -2, 1, 5800, 10, 2, -3045, 0, -1],
  [2, 0, 2, -2, 2, 6443, 0, -7, -2768, 0, -4],
  [-2, 0, 0, 2, 1, -5774, -11, -15, 3041, 0, -5],
  [2, 0, 2, 0, 1, -5350, 0, 21, 2695, 0, 12],
  [0, -1, 2, -2, 1, -4752, -11, -3, 2719, 0, -3],
  [0, 0, 0, -2, 1, -4940, -11, -21, 2720, 0, -9],
  [-1, -1, 0, 2, 0, 7350, 0, -8, -51, 0, 4],
  [2, 0, 0, -2, 1, 4065, 0, 6, -2206, 0, 1],
  [1, 0, 0, 2, 0, 6579, 0, -24, -199, 0, 2],
  [0, 1, 2, -2, 1, 3579, 0, 5, -1900, 0, 1],
  [1, -1, 0, 0, 0, 4725, 0, -6, -41, 0, 3],
  [-2, 0, 2, 0, 2, -3075, 0, -2, 1313, 0, -1],
  [3, 0, 2, 0, 2, -2904, 0, 15, 1233, 0, 7],
  [0, -1, 0, 2, 0, 4348, 0, -10, -81, 0, 2],
  [1, -1, 2, 0, 2, -2878, 0, 8, 1232, 0, 4],
  [0, 0, 0, 1, 0, -4230, 0, 5, -20, 0, -2],
  [-1, -1, 2, 2, 2, -2819, 0, 7, 1207, 0, 3],
  [-1, 0, 2, 0, 0, -4056, 0, 5, 40, 0, -2],
  [0, -1, 2, 2, 2, -2647, 0, 11, 1129, 0, 5],
  [-2, 0, 0, 0, 1, -2294, 0, -10, 1266, 0, -4],
  [1, 1, 2, 0, 2, 2481, 0, -7, -1062, 0, -3],
  [2, 0, 0, 0, 1, 2179, 0, -2, -1129, 0, -2],
  [-1, 1, 0, 1, 0, 3276, 0, 1, -9, 0, 0],
  [1, 1, 0, 0, 0, -3389, 0, 5, 35, 0, -2],
  [1, 0, 2, 0, 0, 3339, 0, -13, -107, 0, 1],
  [-1, 0, 2, -2, 1, -1987, 0, -6, 1073, 0, -2],
  [1, 0, 0, 0, 2, -1981, 0, 0, 854, 0, 0],
  [-1, 0, 0, 1, 0, 4026, 0, -353, -553, 0, -139],
  [0, 0, 2, 1, 2, 1660, 0, -5, -710, 0, -2],
  [-1, 0, 2, 4, 2, -1521, 0, 9, 647, 0, 4],
  [-1, 1, 0, 1, 1, 1314, 0, 0, -700, 0, 0],
  [0, -2, 2, -2, 1, -1283, 0, 0, 672, 0, 0],
  [1, 0, 2, 2, 1, -1331, 0, 8, 663, 0, 4],
  [-2, 0, 2, 2, 2, 1383, 0, -2, -594, 0, -2],
  [-1, 0, 0, 0, 2, 1405, 0, 4, -610, 0, 2],
  [1, 1, 2, -2, 2, 1290, 0, 0, -556, 0, 0],
];

/** Nutation in longitude and obliquity (degrees) at a Julian day in TT, IAU 2000B (precision ~1 mas). */
export function nutation(jdTT: number): { dpsi: number; deps: number } {
  const n = nutationWithRates(jdTT);
  return { dpsi: n.dpsi, deps: n.deps };
}

/** Rates of the Delaunay arguments l, l′, F, D, Ω (first-order terms), radians per Julian century. */
const DELAUNAY_RATES = [1717915923.2178, 129596581.0481, 1739527262.8478, 1602961601.209, -6962890.5431].map(
  (r) => r * ARCSEC * DEG,
);

/**
 * IAU 2000B nutation (degrees) and the rate of the nutation in longitude (degrees/day) from the same terms, so that
 * apparent longitudes and their speeds share one model.
 */
export function nutationWithRates(jdTT: number): { dpsi: number; deps: number; dpsiRate: number } {
  const t = (jdTT - J2000) / 36525;
  // Delaunay arguments (Simon et al. 1994), arcseconds → radians.
  const fa = (c0: number, c1: number, c2: number, c3: number, c4: number) =>
    ((((c0 + t * (c1 + t * (c2 + t * (c3 + t * c4)))) % 1296000) * ARCSEC) % 360) * DEG;
  const l = fa(485868.249036, 1717915923.2178, 31.8792, 0.051635, -0.0002447);
  const lp = fa(1287104.79305, 129596581.0481, -0.5532, 0.000136, -0.00001149);
  const f = fa(335779.526232, 1739527262.8478, -12.7512, -0.001037, 0.00000417);
  const d = fa(1072260.70369, 1602961601.209, -6.3706, 0.006593, -0.00003169);
  const om = fa(450160.398036, -6962890.5431, 7.4722, 0.007702, -0.00005939);
  const [rl, rlp, rf, rd, rom] = DELAUNAY_RATES as [number, number, number, number, number];
  let dp = 0;
  let de = 0;
  let dpRate = 0;
  // Smallest terms first, for rounding.
  for (let i = NUT_2000B.length - 1; i >= 0; i--) {
    const r = NUT_2000B[i] as readonly number[];
    const n0 = r[0] as number;
    const n1 = r[1] as number;
    const n2 = r[2] as number;
    const n3 = r[3] as number;
    const n4 = r[4] as number;
    const arg = n0 * l + n1 * lp + n2 * f + n3 * d + n4 * om;
    const rate = n0 * rl + n1 * rlp + n2 * rf + n3 * rd + n4 * rom;
    const s = Math.sin(arg);
    const c = Math.cos(arg);
    const a = (r[5] as number) + (r[6] as number) * t;
    dp += a * s + (r[7] as number) * c;
    de += ((r[8] as number) + (r[9] as number) * t) * c + (r[10] as number) * s;
    dpRate += (a * c - (r[7] as number) * s) * rate;
  }
  // 0.1 µas → degrees, plus the fixed offsets standing for the planetary terms in the 2000B model.
  return {
    dpsi: (dp * 1e-7 - 0.000135) * ARCSEC,
    deps: (de * 1e-7 + 0.000388) * ARCSEC,
    dpsiRate: (dpRate * 1e-7 * ARCSEC) / 36525,
  };
}

/** Mean obliquity of the ecliptic of date, IAU 2006 (Hilton et al.), degrees; jdTT in TT. */
export function meanObliquity(jdTT: number): number {
  const t = (jdTT - J2000) / 36525;
  return (
    (84381.406 +
      t * (-46.836769 + t * (-0.0001831 + t * (0.0020034 + t * (-0.000000576 + t * -0.0000000434))))) *
    ARCSEC
  );
}

/** Earth rotation angle (IAU 2000) in degrees at a Julian day in UT1. */
export function earthRotationAngle(jdUT: number): number {
  const du = jdUT - J2000;
  // Split the integer day so the fraction keeps its precision.
  const frac = du - Math.floor(du);
  return norm360(360 * (0.779057273264 + 0.00273781191135448 * du + frac));
}

/** Orientation quantities for a moment and a place. */
export interface AngleContext {
  /** Right ascension of the midheaven (local apparent sidereal time) in degrees [0, 360). */
  armc: number;
  /** True obliquity of the ecliptic of date (mean + Δε), degrees. */
  obliquity: number;
  /** Greenwich apparent sidereal time in degrees [0, 360). */
  gast: number;
  /** Nutation in longitude (degrees): what turns a mean longitude of date into a true one. */
  nutationLongitude: number;
  /** Mean obliquity of date, degrees. */
  meanObliquity: number;
}

/**
 * Greenwich apparent sidereal time, true obliquity and ARMC for a Julian day in UT1 (`jdUT`), with
 * ΔT = TT − UT1 in seconds (used only for the slowly varying TT parts: precession terms of GMST, nutation,
 * obliquity) and the geographic longitude (east positive, degrees).
 *
 * GMST = ERA(UT1) + IAU 2006 polynomial(TT) (Capitaine et al. 2003); GAST = GMST + equation of the
 * equinoxes (Δψ·cos ε + the two largest complementary terms), as in IERS Conventions 2010 §5.5.7; outside
 * 1850–2050 the long-term sidereal time below. `nut` (IAU 2000B at jdTT) may be passed when already computed, e.g.
 * by the ephemeris of the same instant.
 */
export function angleContext(
  jdUT: number,
  deltaTSeconds: number,
  lonDeg: number,
  nut: { dpsi: number; deps: number } = nutation(jdUT + deltaTSeconds / 86400),
): AngleContext {
  const jdTT = jdUT + deltaTSeconds / 86400;
  const t = (jdTT - J2000) / 36525;
  const { dpsi, deps } = nut;
  const eps0 = meanObliquity(jdTT);
  const obliquity = eps0 + deps;
  let gast: number;
  if (jdUT < LONG_TERM_BEFORE || jdUT >= LONG_TERM_AFTER) {
    gast = longTermSiderealTime(jdUT, jdTT, dpsi, obliquity);
  } else {
    // Moon's mean node, for the complementary terms of the equation of the equinoxes.
    const om = ((450160.398036 - 6962890.5431 * t) % 1296000) * ARCSEC * DEG;
    const eqeq =
      dpsi * Math.cos(eps0 * DEG) + (0.00264096 * Math.sin(om) + 0.00006352 * Math.sin(2 * om)) * ARCSEC;
    const gmstPoly =
      (0.014506 +
        t * (4612.156534 + t * (1.3915817 + t * (-0.00000044 + t * (-0.000029956 + t * -0.0000000368))))) *
      ARCSEC;
    gast = norm360(earthRotationAngle(jdUT) + gmstPoly + eqeq);
  }
  return {
    armc: norm360(gast + lonDeg),
    obliquity,
    gast,
    nutationLongitude: dpsi,
    meanObliquity: eps0,
  };
}

/** The long-term sidereal time applies before 1850-01-01 0h UT and from 2050-01-01 0h UT on. */
const LONG_TERM_BEFORE = 2396758.5;
const LONG_TERM_AFTER = 2469807.5;
/**
 * Offsets (″) subtracted from the long-term expression before 1850 and after 2050. Measured against the Swiss
 * Ephemeris 2.10 (its ARMC at 0° longitude, 1800–1850 and 2050–2400 every 25 years: constant to 0.003″); they are
 * not continuity offsets (Swiss jumps by 0.1″ at 1850 and 1.9″ at 2050), which is why they are measured.
 */
const LONG_TERM_OFFSET_BEFORE = 1.3614;
const LONG_TERM_OFFSET_AFTER = 4.9883;

/**
 * Long-term Greenwich apparent sidereal time (degrees): the hour angle of the mean Sun, i.e. the ecliptic longitude
 * of date of the Earth's mean heliocentric longitude + 180° (Simon et al. 1994, J2000 frame, less the 20.5″ of
 * light-time), carried to the equinox of date by IAU 2006 precession, plus the nutation in right ascension
 * Δψ·cos ε and the UT hour angle; less a constant offset per side. This is the construction the Swiss Ephemeris
 * uses outside 1850–2050; it agrees with Swiss 2.10 to 0.003″ over 1800–1850 and 2050–2400.
 */
export function longTermSiderealTime(
  jdUT: number,
  jdTT: number,
  dpsi: number,
  trueObliquity: number,
): number {
  const t = (jdTT - J2000) / 365250;
  const lightTimeDeg = ((149597870700 / 299792458 / 86400) * 360) / 365.2425;
  const lon =
    (100.46645683 + (1295977422.83429 * t - 2.04411 * t * t - 0.00523 * t * t * t) / 3600 - lightTimeDeg) *
    DEG;
  // Ecliptic J2000 → equator J2000 → mean equator of date → mean ecliptic of date.
  const e0 = meanObliquity(J2000) * DEG;
  const x = Math.cos(lon);
  const y = Math.cos(e0) * Math.sin(lon);
  const z = Math.sin(e0) * Math.sin(lon);
  const p = precessionMatrix(jdTT);
  const xd = p[0] * x + p[1] * y + p[2] * z;
  const yd = p[3] * x + p[4] * y + p[5] * z;
  const zd = p[6] * x + p[7] * y + p[8] * z;
  const e = meanObliquity(jdTT) * DEG;
  const lonDate = Math.atan2(Math.cos(e) * yd + Math.sin(e) * zd, xd) / DEG;
  const hour = (((jdUT - 0.5) % 1) + 1) % 1;
  const offset = (jdUT < LONG_TERM_BEFORE ? LONG_TERM_OFFSET_BEFORE : LONG_TERM_OFFSET_AFTER) * ARCSEC;
  return norm360(lonDate + dpsi * Math.cos(trueObliquity * DEG) + hour * 360 - offset);
}

/**
 * Ecliptic longitude of the point where a great circle through the east point of the equator at right
 * ascension `raDeg`, tilted by the pole height `poleDeg`, meets the ecliptic — the ascendant of a
 * (fictitious) place of latitude `poleDeg` whose ARMC is raDeg − 90. Of the two intersections it returns
 * the one in the same half (0–180 or 180–360) as raDeg, like the Swiss Ephemeris' Asc1. `poleDeg` = 0 gives
 * the ecliptic point of right ascension raDeg. Never NaN for |poleDeg| < 90.
 */
export function eclipticOnCircle(raDeg: number, poleDeg: number, sinObl: number, cosObl: number): number {
  // A circle through the celestial pole: Swiss returns exactly 180° (north) or 0° (south).
  if (Math.abs(90 - poleDeg) < POLE_EPS) return 180;
  if (Math.abs(90 + poleDeg) < POLE_EPS) return 0;
  const x = raDeg * DEG;
  const lon = norm360(Math.atan2(Math.sin(x), cosObl * Math.cos(x) - Math.tan(poleDeg * DEG) * sinObl) / DEG);
  // Snap rounding noise at the cardinal points, as Swiss does (e.g. φ = 0, ARMC = 0 gives exactly 90°).
  const q = Math.round(lon / 90) * 90;
  return Math.abs(lon - q) < POLE_EPS ? norm360(q) : lon;
}

/** Ecliptic longitude of the point of the ecliptic with right ascension `raDeg` (degrees). */
export function raToLongitude(raDeg: number, cosObl: number): number {
  const x = raDeg * DEG;
  return norm360(Math.atan2(Math.sin(x), cosObl * Math.cos(x)) / DEG);
}

/** Latitudes closer to a pole than this are treated as ±(90 − POLE_EPS), as the Swiss Ephemeris does. */
export const POLE_EPS = 1e-10;

/** Clamps a latitude to [−90 + POLE_EPS, 90 − POLE_EPS]. */
export function clampLatitude(latDeg: number): number {
  if (latDeg > 90 - POLE_EPS) return 90 - POLE_EPS;
  if (latDeg < -90 + POLE_EPS) return -90 + POLE_EPS;
  return latDeg;
}

/** The chart angles (degrees, [0, 360)). */
export interface Angles {
  ascendant: number;
  midheaven: number;
  descendant: number;
  imum_coeli: number;
  /** Western intersection of the prime vertical with the ecliptic. */
  vertex: number;
  antivertex: number;
  /** "Equatorial ascendant": the ecliptic point of right ascension ARMC + 90. */
  east_point: number;
}

/** Midheaven: the ecliptic point on the upper meridian (right ascension = ARMC). */
export function midheavenOf(armcDeg: number, cosObl: number): number {
  return raToLongitude(armcDeg, cosObl);
}

/**
 * Raw ascendant: the ecliptic point on the horizon given by the classical formula (Swiss Asc1(ARMC + 90,
 * φ)). Inside the polar circles this can be the setting point; `computeAngles` puts it on the right side.
 */
export function rawAscendant(armcDeg: number, latDeg: number, sinObl: number, cosObl: number): number {
  return eclipticOnCircle(armcDeg + 90, clampLatitude(latDeg), sinObl, cosObl);
}

/**
 * Ascendant, midheaven, descendant, imum coeli, vertex, antivertex and east point from ARMC, geographic
 * latitude and true obliquity (degrees).
 *
 * Conventions (Swiss Ephemeris): the MC is always the ecliptic point on the meridian at right ascension
 * ARMC, even when it is below the horizon inside the polar circles. The ascendant is the ecliptic point on
 * the horizon; inside the polar circles, when the formula yields the point that lies less than 180° after
 * the MC in the wrong sense (ASC − MC in [−180°, 0°)), it is replaced by the opposite point, so that the ascendant always
 * follows the MC by 0–180° (the Swiss rule "swap AC/DC if AC is on the wrong side"). Latitudes beyond
 * ±(90 − 1e-10)° are clamped to that value. The vertex is kept in the western hemisphere between the tropics,
 * as Swiss does.
 *
 * Note: for Regiomontanus, Campanus and topocentric houses inside the polar circles, the Swiss Ephemeris
 * (and `computeHouses`) instead flips the MC to the IC when the MC is below the horizon; use the
 * ascendant/midheaven returned by `computeHouses` when the chart's angles must match a given house system.
 */
export function computeAngles(armcDeg: number, latDeg: number, oblDeg: number): Angles {
  const armc = norm360(armcDeg);
  const lat = clampLatitude(latDeg);
  const sinObl = Math.sin(oblDeg * DEG);
  const cosObl = Math.cos(oblDeg * DEG);
  const mc = midheavenOf(armc, cosObl);
  let asc = eclipticOnCircle(armc + 90, lat, sinObl, cosObl);
  if (diffDeg(asc, mc) < 0) asc = norm360(asc + 180);
  // Vertex: the "ascendant" of the colatitude, on the western side.
  const colat = lat >= 0 ? 90 - lat : -90 - lat;
  let vertex = eclipticOnCircle(armc - 90, colat, sinObl, cosObl);
  if (Math.abs(lat) <= oblDeg && diffDeg(vertex, mc) > 0) vertex = norm360(vertex + 180);
  return {
    ascendant: asc,
    midheaven: mc,
    descendant: norm360(asc + 180),
    imum_coeli: norm360(mc + 180),
    vertex,
    antivertex: norm360(vertex + 180),
    east_point: raToLongitude(armc + 90, cosObl),
  };
}
