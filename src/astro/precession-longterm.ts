/**
 * Long-term precession of Vondrák, Capitaine & Wallace (2011), "New precession expressions, valid for long time
 * intervals", A&A 534, A22 (with the corrigendum A&A 541, C1, 2012, to one coefficient of Q_A): the ecliptic pole
 * from P_A, Q_A, the equator pole from X_A, Y_A, and the mean obliquity ε_A, each a cubic plus periodic terms, valid
 * for ±200 000 years. The Swiss Ephemeris 2.10 uses this model by default, and so the ayanamsas (./ayanamsa.ts), whose
 * defining epochs lie up to 3 500 years away, are carried with it: over that span IAU 2006 (./precession.ts, the
 * positions' model, fitted to ±200 years) drifts from it by arcseconds. Within 1800–2400 the two agree to a few
 * milliarcseconds.
 */
import type { Mat3 } from './precession';

const J2000 = 2451545.0;
const AS2R = Math.PI / (180 * 3600);
const TWO_PI = 2 * Math.PI;
const EPS0 = 84381.406 * AS2R;

/** A series: cubic coefficients [x, y] per power of T (″), and periodic terms [period (centuries), cx, cy, sx, sy]. */
interface Series {
  poly: readonly (readonly [number, number])[];
  periodic: readonly (readonly [number, number, number, number, number])[];
}

/** P_A, Q_A: the ecliptic pole (Vondrák et al. 2011, eq. 8 and table 1; the corrigendum's Q_A coefficient). */
const ECLIPTIC: Series = {
  poly: [
    [5851.607687, -1600.8863],
    [-0.1189, 1.1689818],
    [-0.00028913, -0.0000002],
    [0.000000101, -0.000000437],
  ],
  periodic: [
    [708.15, -5486.751211, -684.66156, 667.66673, -5523.863691],
    [2309, -17.127623, 2446.28388, -2354.886252, -549.74745],
    [1620, -617.517403, 399.671049, -428.152441, -310.998056],
    [492.2, 413.44294, -356.652376, 376.202861, 421.535876],
    [1183, 78.614193, -186.387003, 184.778874, -36.776172],
    [622, -180.732815, -316.80007, 335.321713, -145.278396],
    [882, -87.676083, 198.296701, -185.138669, -34.74445],
    [547, 46.140315, 101.135679, -120.97283, 22.885731],
  ],
};

/** X_A, Y_A: the equator pole (eq. 9 and table 2). */
const EQUATOR: Series = {
  poly: [
    [5453.282155, -73750.93035],
    [0.4252841, -0.7675452],
    [-0.00037173, -0.00018725],
    [-0.000000152, 0.000000231],
  ],
  periodic: [
    [256.75, -819.940624, 75004.344875, 81491.287984, 1558.515853],
    [708.15, -8444.676815, 624.033993, 787.163481, 7774.939698],
    [274.2, 2600.009459, 1251.136893, 1251.296102, -2219.534038],
    [241.45, 2755.17563, -1102.212834, -1257.950837, -2523.969396],
    [2309, -167.659835, -2660.66498, -2966.79973, 247.850422],
    [492.2, 871.855056, 699.291817, 639.744522, -846.485643],
    [396.1, 44.769698, 153.16722, 131.600209, -1393.124055],
    [288.9, -512.313065, -950.865637, -445.040117, 368.526116],
    [231.1, -819.415595, 499.754645, 584.522874, 749.045012],
    [1610, -538.071099, -145.18821, -89.756563, 444.704518],
    [620, -189.793622, 558.116553, 524.42963, 235.934465],
    [157.87, -402.922932, -23.923029, -13.549067, 374.049623],
    [220.3, 179.516345, -165.405086, -210.157124, -171.33018],
    [1200, -9.814756, 9.344131, -44.919798, -22.899655],
  ],
};

/** p_A (general precession in longitude) and ε_A (mean obliquity) (section 5 of the paper). */
const PRECESSION_OBLIQUITY: Series = {
  poly: [
    [8134.017132, 84028.206305],
    [5043.0520035, 0.3624445],
    [-0.00710733, -0.00004039],
    [0.000000271, -0.00000011],
  ],
  periodic: [
    [409.9, -6908.287473, 753.87278, -2845.175469, -1704.720302],
    [396.15, -3198.706291, -247.805823, 449.844989, -862.308358],
    [537.22, 1453.674527, 379.471484, -1255.915323, 447.832178],
    [402.9, -857.748557, -53.880558, 886.736783, -889.571909],
    [417.15, 1173.231614, -90.109153, 418.887514, 190.402846],
    [288.92, -156.981465, -353.60019, 997.912441, -56.564991],
    [4043, 371.83655, -63.115353, -240.97971, -296.222622],
    [306, -216.61904, -28.248187, 76.541307, -75.859952],
    [277, 193.691479, 17.703387, -36.788069, 67.473503],
    [203, 11.891524, 38.911307, -170.964086, 3.014055],
  ],
};

/** Both values of a series (radians) at T Julian centuries from J2000 (TT). */
function evaluate(s: Series, t: number): [number, number] {
  let x = 0;
  let y = 0;
  for (const [period, cx, cy, sx, sy] of s.periodic) {
    const a = (TWO_PI * t) / period;
    const c = Math.cos(a);
    const sn = Math.sin(a);
    x += c * cx + sn * sx;
    y += c * cy + sn * sy;
  }
  let w = 1;
  for (const [px, py] of s.poly) {
    x += px * w;
    y += py * w;
    w *= t;
  }
  return [x * AS2R, y * AS2R];
}

/** Mean obliquity of the ecliptic of date, degrees (ε_A of Vondrák et al. 2011), at a Julian day in TT. */
export function longTermObliquity(jdTT: number): number {
  return (evaluate(PRECESSION_OBLIQUITY, (jdTT - J2000) / 36525)[1] * 180) / Math.PI;
}

/**
 * Precession matrix, mean equator and equinox of J2000 → mean equator and equinox of date (rows: the equinox of date,
 * the pole × equinox, the equator pole of date, in J2000 coordinates), at a Julian day in TT.
 */
export function longTermPrecessionMatrix(jdTT: number): Mat3 {
  const t = (jdTT - J2000) / 36525;
  // Ecliptic pole: P_A, Q_A are its J2000-ecliptic components, turned to the J2000 equator.
  const [p, q] = evaluate(ECLIPTIC, t);
  const zz = Math.sqrt(Math.max(0, 1 - p * p - q * q));
  const ecl = [
    p,
    -q * Math.cos(EPS0) - zz * Math.sin(EPS0),
    -q * Math.sin(EPS0) + zz * Math.cos(EPS0),
  ] as const;
  // Equator pole.
  const [x, y] = evaluate(EQUATOR, t);
  const w = x * x + y * y;
  const equ = [x, y, w < 1 ? Math.sqrt(1 - w) : 0] as const;
  // Equinox = equator pole × ecliptic pole, normalised.
  const ex = equ[1] * ecl[2] - equ[2] * ecl[1];
  const ey = equ[2] * ecl[0] - equ[0] * ecl[2];
  const ez = equ[0] * ecl[1] - equ[1] * ecl[0];
  const n = Math.hypot(ex, ey, ez);
  const e = [ex / n, ey / n, ez / n] as const;
  return [
    e[0],
    e[1],
    e[2],
    equ[1] * e[2] - equ[2] * e[1],
    equ[2] * e[0] - equ[0] * e[2],
    equ[0] * e[1] - equ[1] * e[0],
    equ[0],
    equ[1],
    equ[2],
  ];
}
