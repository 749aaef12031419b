/**
 * House cusps for the 23 supported house systems, following the definitions and the polar conventions of
 * the Swiss Ephemeris 2.10 (swehouse.c, "Astrological Houses" in its documentation). Pure TypeScript, no
 * Workers APIs; all angles in degrees. The Swiss letter of each system is in HOUSE_SYSTEM_LETTERS.
 *
 * Polar behaviour (|latitude| ≥ 90° − obliquity, "inside the polar circles"; the per-system table is in
 * docs/accuracy.md):
 * - Placidus and Koch are undefined there: Porphyry cusps are returned with `fallback: 'porphyry'` and the
 *   Swiss warning "within polar circle, switched to Porphyry" (exactly when Swiss falls back). Sunshine after
 *   Makransky falls back the same way when the Sun is circumpolar (its diurnal arc does not exist).
 * - Regiomontanus, Campanus, topocentric (Polich-Page), APC and Sunshine exist at every latitude; when the MC is
 *   below the horizon the Swiss Ephemeris turns the chart: MC and ascendant get +180° and the houses run
 *   clockwise. Same here (topocentric does not fall back, as in Swiss). Azimuthal houses are computed everywhere.
 * - All other systems keep the MC and put the ascendant on the right side (asc − MC in [0°, 180°)).
 * At the poles themselves (|lat| > 90° − 1e-10°) the latitude is clamped to ±(90° − 1e-10°), as Swiss does:
 * results are finite limits (the horizon is then the equator, so the ascendant is near 0° or 180°); Placidus
 * and Koch fall back to Porphyry; Alcabitius and topocentric cusps are degenerate there (they crowd near
 * 0°/180° and depend on rounding, in Swiss too) but are never NaN.
 */
import {
  clampLatitude,
  diffDeg,
  eclipticOnCircle,
  midheavenOf,
  norm360,
  POLE_EPS,
  raToLongitude,
} from './angles';
import type { HouseSystem } from './types';

const DEG = Math.PI / 180;
const SQRT3 = Math.sqrt(3);

/** The Swiss Ephemeris' letter for each system (swe_houses' `hsys`), as the documentation names them. */
export const HOUSE_SYSTEM_LETTERS: Record<HouseSystem, string> = {
  placidus: 'P',
  koch: 'K',
  equal: 'A',
  whole_sign: 'W',
  porphyry: 'O',
  regiomontanus: 'R',
  campanus: 'C',
  alcabitius: 'B',
  morinus: 'M',
  topocentric: 'T',
  meridian: 'X',
  azimuthal: 'H',
  krusinski: 'U',
  vehlow: 'V',
  sripati: 'S',
  apc: 'Y',
  carter: 'F',
  pullen_sd: 'L',
  pullen_sr: 'Q',
  sunshine: 'I',
  sunshine_makransky: 'i',
  equal_mc: 'D',
  equal_aries: 'N',
};

/** Display names (as the Swiss Ephemeris' documentation names the systems). */
export const HOUSE_SYSTEM_NAMES: Record<HouseSystem, string> = {
  placidus: 'Placidus',
  koch: 'Koch',
  equal: 'Equal',
  whole_sign: 'Whole sign',
  porphyry: 'Porphyry',
  regiomontanus: 'Regiomontanus',
  campanus: 'Campanus',
  alcabitius: 'Alcabitius',
  morinus: 'Morinus',
  topocentric: 'Topocentric',
  meridian: 'Meridian',
  azimuthal: 'Azimuthal',
  krusinski: 'Krusinski',
  vehlow: 'Vehlow equal',
  sripati: 'Sripati',
  apc: 'APC',
  carter: 'Carter poli-equatorial',
  pullen_sd: 'Pullen SD',
  pullen_sr: 'Pullen SR',
  sunshine: 'Sunshine',
  sunshine_makransky: 'Sunshine (Makransky)',
  equal_mc: 'Equal from MC',
  equal_aries: 'Equal from 0° Aries',
};

/** Systems that need the Sun's declination (`HouseExtras.sunDeclination`). */
export const SUN_DECLINATION_SYSTEMS: ReadonlySet<HouseSystem> = new Set(['sunshine', 'sunshine_makransky']);

export const POLAR_FALLBACK_WARNING = 'within polar circle, switched to Porphyry';
export const SUNSHINE_EDGE_WARNING = 'Sun on the edge of circumpolarity, switched to Porphyry';
export const ITERATION_FALLBACK_WARNING = 'very close to polar circle, switched to Porphyry';

export interface HouseResult {
  /** Cusps of houses 1..12 in order (index 0 = house 1), degrees [0, 360). */
  cusps: number[];
  ascendant: number;
  midheaven: number;
  /** Set when the requested system could not be computed and Porphyry cusps were returned instead. */
  fallback?: 'porphyry';
  /** Human-readable reason, worded like the Swiss Ephemeris message. */
  warning?: string;
}

/** Working state: asc, mc and cusps 1-3 and 10-12 (indices 1..12; 4-9 are filled from the opposites). */
interface Work {
  asc: number;
  mc: number;
  c: number[];
}

function ascOnRightSide(w: Work): void {
  if (diffDeg(w.asc, w.mc) < 0) w.asc = norm360(w.asc + 180);
}

function porphyry(w: Work): void {
  ascOnRightSide(w);
  const acmc = diffDeg(w.asc, w.mc);
  w.c[1] = w.asc;
  w.c[10] = w.mc;
  w.c[2] = norm360(w.asc + (180 - acmc) / 3);
  w.c[3] = norm360(w.asc + ((180 - acmc) / 3) * 2);
  w.c[11] = norm360(w.mc + acmc / 3);
  w.c[12] = norm360(w.mc + (acmc / 3) * 2);
}

/** Regiomontanus / Campanus / topocentric inside the polar circles with the MC below the horizon. */
function turnChartIfPolar(w: Work, lat: number, obl: number): void {
  if (Math.abs(lat) >= 90 - obl && diffDeg(w.asc, w.mc) < 0) {
    w.asc = norm360(w.asc + 180);
    w.mc = norm360(w.mc + 180);
    for (const i of [1, 2, 3, 10, 11, 12]) w.c[i] = norm360((w.c[i] as number) + 180);
  }
}

/**
 * Placidus cusp: the ecliptic point whose right ascension α satisfies α = ARMC + offset + k·AD(α), with
 * AD = asin(tan φ · tan δ(α)), tan δ = tan ε · sin α (semi-arc trisection: cusp 11 is at a third of its
 * semi-diurnal arc 90° + AD east of the meridian, α = ARMC + 30 + AD/3; cusp 12: ARMC + 60 + 2AD/3; cusp 2
 * at two thirds of its semi-nocturnal arc 90° − AD before the lower meridian: ARMC + 120 + 2AD/3; cusp 3:
 * ARMC + 150 + AD/3). Solved by Newton's method on α
 * (quadratic convergence, to 1e-11°; the plain fixed-point map is a contraction with factor ≤ k·|tan φ tan ε|).
 * Returns NaN if it does not converge.
 */
function placidusCusp(armc: number, offset: number, k: number, tanPhiTanEps: number, cosObl: number): number {
  const base = (armc + offset) * DEG;
  let a = base;
  for (let it = 0; it < 50; it++) {
    const s = tanPhiTanEps * Math.sin(a);
    if (!(Math.abs(s) < 1)) return Number.NaN;
    const root = Math.sqrt(1 - s * s);
    const g = a - base - k * Math.asin(s);
    const dg = 1 - (k * tanPhiTanEps * Math.cos(a)) / root;
    const step = g / dg;
    a -= step;
    if (Math.abs(step) < 1e-13) return raToLongitude(a / DEG, cosObl);
  }
  return Number.NaN;
}

function placidus(w: Work, armc: number, lat: number, sinObl: number, cosObl: number): boolean {
  const kk = Math.tan(lat * DEG) * (sinObl / cosObl);
  const c11 = placidusCusp(armc, 30, 1 / 3, kk, cosObl);
  const c12 = placidusCusp(armc, 60, 2 / 3, kk, cosObl);
  const c2 = placidusCusp(armc, 120, 2 / 3, kk, cosObl);
  const c3 = placidusCusp(armc, 150, 1 / 3, kk, cosObl);
  if (![c11, c12, c2, c3].every(Number.isFinite)) return false;
  w.c[11] = c11;
  w.c[12] = c12;
  w.c[2] = c2;
  w.c[3] = c3;
  return true;
}

function koch(w: Work, armc: number, lat: number, sinObl: number, cosObl: number): void {
  // Ascensional difference of the MC, divided by 3.
  const sinDecMc = Math.sin(w.mc * DEG) * sinObl;
  const x = Math.max(-1, Math.min(1, (Math.tan(lat * DEG) * sinDecMc) / Math.sqrt(1 - sinDecMc * sinDecMc)));
  const ad3 = Math.asin(x) / DEG / 3;
  w.c[11] = eclipticOnCircle(armc + 30 - 2 * ad3, lat, sinObl, cosObl);
  w.c[12] = eclipticOnCircle(armc + 60 - ad3, lat, sinObl, cosObl);
  w.c[2] = eclipticOnCircle(armc + 120 + ad3, lat, sinObl, cosObl);
  w.c[3] = eclipticOnCircle(armc + 150 + 2 * ad3, lat, sinObl, cosObl);
}

/** Regiomontanus (k = 1) and topocentric / Polich-Page: pole heights atan(tan φ · f) on RA = ARMC + 30n. */
function poleHeightSystem(
  w: Work,
  armc: number,
  lat: number,
  f1: number,
  f2: number,
  sinObl: number,
  cosObl: number,
): void {
  const t = Math.tan(lat * DEG);
  const p1 = Math.atan(t * f1) / DEG;
  const p2 = Math.atan(t * f2) / DEG;
  w.c[11] = eclipticOnCircle(armc + 30, p1, sinObl, cosObl);
  w.c[12] = eclipticOnCircle(armc + 60, p2, sinObl, cosObl);
  w.c[2] = eclipticOnCircle(armc + 120, p2, sinObl, cosObl);
  w.c[3] = eclipticOnCircle(armc + 150, p1, sinObl, cosObl);
}

function campanus(w: Work, armc: number, lat: number, sinObl: number, cosObl: number): void {
  // The prime vertical divided in 30° steps; each house circle through the north and south points.
  const sinLat = Math.sin(lat * DEG);
  const cosLat = Math.cos(lat * DEG);
  const p1 = Math.asin(sinLat / 2) / DEG;
  const p2 = Math.asin((SQRT3 / 2) * sinLat) / DEG;
  const x1 = Math.atan(SQRT3 / cosLat) / DEG;
  const x2 = Math.atan(1 / SQRT3 / cosLat) / DEG;
  w.c[11] = eclipticOnCircle(armc + 90 - x1, p1, sinObl, cosObl);
  w.c[12] = eclipticOnCircle(armc + 90 - x2, p2, sinObl, cosObl);
  w.c[2] = eclipticOnCircle(armc + 90 + x2, p2, sinObl, cosObl);
  w.c[3] = eclipticOnCircle(armc + 90 + x1, p1, sinObl, cosObl);
}

function alcabitius(w: Work, armc: number, lat: number, sinObl: number, cosObl: number): void {
  ascOnRightSide(w);
  // Semi-diurnal arc of the ascendant, trisected on the equator, projected along hour circles.
  const decAsc = Math.asin(Math.sin(w.asc * DEG) * sinObl);
  const r = Math.max(-1, Math.min(1, -Math.tan(lat * DEG) * Math.tan(decAsc)));
  const sda = Math.acos(r) / DEG;
  const sna = 180 - sda;
  w.c[11] = eclipticOnCircle(armc + sda / 3, 0, sinObl, cosObl);
  w.c[12] = eclipticOnCircle(armc + (2 * sda) / 3, 0, sinObl, cosObl);
  w.c[2] = eclipticOnCircle(armc + 180 - (2 * sna) / 3, 0, sinObl, cosObl);
  w.c[3] = eclipticOnCircle(armc + 180 - sna / 3, 0, sinObl, cosObl);
  w.c[1] = w.asc;
}

function morinus(w: Work, armc: number, cosObl: number): void {
  ascOnRightSide(w);
  // Equator points ARMC + 30n, projected onto the ecliptic perpendicularly to the ecliptic.
  for (let n = 1; n <= 12; n++) {
    const a = (armc + 30 * n) * DEG;
    const house = ((n + 9) % 12) + 1;
    w.c[house] = norm360(Math.atan2(Math.sin(a) * cosObl, Math.cos(a)) / DEG);
  }
}

/** The chart turned when the MC is below the horizon inside the polar circles, all twelve cusps (APC). */
function turnAllIfPolar(w: Work, lat: number, obl: number): void {
  if (Math.abs(lat) >= 90 - obl && diffDeg(w.asc, w.mc) < 0) {
    w.asc = norm360(w.asc + 180);
    w.mc = norm360(w.mc + 180);
    for (let i = 1; i <= 12; i++) w.c[i] = norm360((w.c[i] as number) + 180);
  }
}

/**
 * Rotation of spherical coordinates (lon, lat) about the x axis (the equinox line) by `eps` degrees, as the
 * Swiss Ephemeris' swe_cotrans: eps = −ε turns ecliptic into equatorial coordinates, +ε the reverse.
 */
function rotateX(lon: number, lat: number, eps: number): [number, number] {
  const l = lon * DEG;
  const b = lat * DEG;
  const x = Math.cos(b) * Math.cos(l);
  const y0 = Math.cos(b) * Math.sin(l);
  const z0 = Math.sin(b);
  const c = Math.cos(eps * DEG);
  const s = Math.sin(eps * DEG);
  const y = y0 * c + z0 * s;
  const z = -y0 * s + z0 * c;
  return [norm360(Math.atan2(y, x) / DEG), Math.atan2(z, Math.hypot(x, y)) / DEG];
}

/** Meridian (axial rotation) houses: the ecliptic points of right ascension ARMC + 30°·n. */
function meridian(w: Work, armc: number, cosObl: number): void {
  for (let n = 1; n <= 12; n++) w.c[((n + 9) % 12) + 1] = raToLongitude(armc + 30 * n, cosObl);
  ascOnRightSide(w);
}

/**
 * Carter's poli-equatorial houses: from the right ascension of the ascendant, equal 30° steps of right ascension
 * projected onto the ecliptic along hour circles (cusp 10 is then not the MC).
 */
function carter(w: Work, obl: number, cosObl: number): void {
  ascOnRightSide(w);
  w.c[1] = w.asc;
  const [raAsc] = rotateX(w.asc, 0, -obl);
  for (const i of [2, 3, 10, 11, 12]) w.c[i] = raToLongitude(raAsc + (i - 1) * 30, cosObl);
}

/**
 * Krusinski-Pisa-Goelzer houses: the great circle through the ascendant and the zenith divided in twelve equal
 * arcs from the ascendant, each point projected onto the ecliptic along its hour circle.
 */
function krusinski(w: Work, armc: number, lat: number, obl: number, cosObl: number): void {
  ascOnRightSide(w);
  // The ascendant in horizontal coordinates (ecliptic → equator, hour angle from the east point, → horizon);
  // the ascendant–zenith circle is the horizon turned by 90° about the line to the ascendant.
  const [ra, dec] = rotateX(w.asc, 0, -obl);
  const [horizonLon] = rotateX(ra - (armc - 90), dec, -(90 - lat));
  for (let i = 0; i < 6; i++) {
    let [l, bb] = rotateX(30 * i, 0, 90);
    [l, bb] = rotateX(l + horizonLon, bb, 90 - lat);
    const cusp = raToLongitude(norm360(l + armc - 90), cosObl);
    w.c[i + 1] = cusp;
    w.c[i + 7] = norm360(cusp + 180);
  }
}

/**
 * Azimuthal (horizontal) houses: the prime vertical's construction of Campanus applied to the horizon, i.e. the
 * Campanus computation at the colatitude and the opposite ARMC, with the cusps of the eastern half turned by 180°.
 */
function azimuthal(w: Work, armc: number, lat: number, obl: number, sinObl: number, cosObl: number): void {
  let fi = lat > 0 ? 90 - lat : -90 - lat;
  if (Math.abs(Math.abs(fi) - 90) < POLE_EPS) fi = fi < 0 ? -90 + POLE_EPS : 90 - POLE_EPS;
  const th = norm360(armc + 180);
  const sinFi = Math.sin(fi * DEG);
  const cosFi = Math.cos(fi * DEG);
  const fh1 = Math.asin(sinFi / 2) / DEG;
  const fh2 = Math.asin((SQRT3 / 2) * sinFi) / DEG;
  let xh1: number;
  let xh2: number;
  if (cosFi === 0) {
    xh1 = fi > 0 ? 90 : 270;
    xh2 = xh1;
  } else {
    xh1 = Math.atan(SQRT3 / cosFi) / DEG;
    xh2 = Math.atan(1 / SQRT3 / cosFi) / DEG;
  }
  w.c[11] = eclipticOnCircle(th + 90 - xh1, fh1, sinObl, cosObl);
  w.c[12] = eclipticOnCircle(th + 90 - xh2, fh2, sinObl, cosObl);
  w.c[1] = eclipticOnCircle(th + 90, fi, sinObl, cosObl);
  w.c[2] = eclipticOnCircle(th + 90 + xh2, fh2, sinObl, cosObl);
  w.c[3] = eclipticOnCircle(th + 90 + xh1, fh1, sinObl, cosObl);
  // As Swiss: the polar turn is tested on the colatitude (a no-op in practice: the ascendant is never on the
  // wrong side within the tropics), then the eastern cusps are turned.
  if (Math.abs(fi) >= 90 - obl && diffDeg(w.asc, w.mc) < 0) {
    w.asc = norm360(w.asc + 180);
    w.mc = norm360(w.mc + 180);
    for (const i of [1, 2, 3, 10, 11, 12]) w.c[i] = norm360((w.c[i] as number) + 180);
  }
  for (const i of [1, 2, 3, 11, 12]) w.c[i] = norm360((w.c[i] as number) + 180);
  ascOnRightSide(w);
}

/** Sripati: the Porphyry quadrants trisected, the cusps at the middles of the Porphyry houses. */
function sripati(w: Work): void {
  ascOnRightSide(w);
  const q4 = diffDeg(w.asc, w.mc);
  const s1 = (180 - q4) / 3;
  const s4 = q4 / 3;
  w.c[1] = norm360(w.asc - s4 * 0.5);
  w.c[2] = norm360(w.asc + s1 * 0.5);
  w.c[3] = norm360(w.asc + s1 * 1.5);
  w.c[10] = norm360(w.mc - s1 * 0.5);
  w.c[11] = norm360(w.mc + s4 * 0.5);
  w.c[12] = norm360(w.mc + s4 * 1.5);
}

/**
 * Pullen's "sinusoidal delta" (ex Neo-Porphyry): each quadrant's middle house is widened or narrowed by a quarter
 * of the quadrant's excess over 90°, its neighbours by a quarter each way; a quadrant of 30° or less has a
 * middle house of zero width.
 */
function pullenSd(w: Work): void {
  ascOnRightSide(w);
  w.c[1] = w.asc;
  const acmc = diffDeg(w.asc, w.mc);
  const q1 = 180 - acmc;
  if (acmc <= 30) {
    w.c[11] = norm360(w.mc + acmc / 2);
    w.c[12] = w.c[11];
  } else {
    const d = (acmc - 90) / 4;
    w.c[11] = norm360(w.mc + 30 + d);
    w.c[12] = norm360(w.mc + 60 + 3 * d);
  }
  if (q1 <= 30) {
    w.c[2] = norm360(w.asc + q1 / 2);
    w.c[3] = w.c[2];
  } else {
    const d = (q1 - 90) / 4;
    w.c[2] = norm360(w.asc + 30 + d);
    w.c[3] = norm360(w.asc + 60 + 3 * d);
  }
}

/**
 * Pullen's "sinusoidal ratio": in the quadrant of size q ≤ 90° the houses are x·r, x, x·r (x·r³, x·r⁴, x·r³ in
 * the complementary one), where r solves the quartic that makes both quadrants consistent.
 */
function pullenSr(w: Work): void {
  ascOnRightSide(w);
  w.c[1] = w.asc;
  const acmc = diffDeg(w.asc, w.mc);
  const q = acmc > 90 ? 180 - acmc : acmc;
  let x = 0;
  let xr = 0;
  let xr3 = 0;
  let xr4 = 180;
  if (q >= 1e-30) {
    const two23 = 4 ** (1 / 3);
    const c = (180 - q) / q;
    const ccr = (c * c - c) ** (1 / 3);
    const cqx = Math.sqrt(two23 * ccr + 1);
    const r = 0.5 * cqx + 0.5 * Math.sqrt((-2 * (1 - 2 * c)) / cqx - two23 * ccr + 2) - 0.5;
    x = q / (2 * r + 1);
    xr = r * x;
    xr3 = xr * r * r;
    xr4 = xr3 * r;
  }
  if (acmc > 90) {
    w.c[11] = norm360(w.mc + xr3);
    w.c[12] = norm360((w.c[11] as number) + xr4);
    w.c[2] = norm360(w.asc + xr);
    w.c[3] = norm360((w.c[2] as number) + x);
  } else {
    w.c[11] = norm360(w.mc + xr);
    w.c[12] = norm360((w.c[11] as number) + x);
    w.c[2] = norm360(w.asc + xr3);
    w.c[3] = norm360((w.c[2] as number) + xr4);
  }
}

/**
 * APC houses (Knegt): the cusps divide the diurnal and nocturnal arcs of the circle parallel to the equator through
 * the ascendant ("ascendant-parallel circle") in three equal parts each; each point is projected onto the
 * ecliptic by the great circle through it and the north and south points of the horizon.
 */
function apcCusp(n: number, lat: number, obl: number, armc: number): number {
  const ph = lat * DEG;
  const e = obl * DEG;
  const az = armc * DEG;
  let kv = 0;
  let dasc = 0;
  if (Math.abs(lat) <= 90 - POLE_EPS) {
    // Ascensional difference of the ascendant and its declination.
    kv = Math.atan(
      (Math.tan(ph) * Math.tan(e) * Math.cos(az)) / (1 + Math.tan(ph) * Math.tan(e) * Math.sin(az)),
    );
    if (Math.abs(lat) < POLE_EPS) dasc = (90 - POLE_EPS) * DEG * (ph < 0 ? -1 : 1);
    else dasc = Math.atan(Math.sin(kv) / Math.tan(ph));
  }
  const below = n < 8;
  const k = below ? n - 1 : n - 13;
  const a = kv + az + Math.PI / 2 + (k * (Math.PI / 2 + (below ? -kv : kv))) / 3;
  const t = Math.tan(dasc) * Math.tan(ph);
  return norm360(
    Math.atan2(
      t * Math.sin(az) + Math.sin(a),
      Math.cos(e) * (t * Math.cos(az) + Math.cos(a)) + Math.sin(e) * Math.tan(ph) * Math.sin(az - a),
    ) / DEG,
  );
}

function apc(w: Work, armc: number, lat: number, obl: number): void {
  for (let i = 1; i <= 12; i++) w.c[i] = apcCusp(i, lat, obl, armc);
  w.c[10] = w.mc;
  w.c[4] = norm360(w.mc + 180);
  turnAllIfPolar(w, lat, obl);
}

/**
 * Offsets (degrees of hour angle) of the Sunshine cusps on the Sun's diurnal and nocturnal semi-arcs, trisected.
 * Returns false when the Sun is circumpolar (the semi-arcs are then taken as 0° and 180°).
 */
function sunshineOffsets(lat: number, dec: number, xh: number[]): boolean {
  const arg = Math.tan(dec * DEG) * Math.tan(lat * DEG);
  const ad = arg >= 1 ? 90 - POLE_EPS : arg <= -1 ? -90 + POLE_EPS : Math.asin(arg) / DEG;
  const nsa = 90 - ad;
  const dsa = 90 + ad;
  xh[2] = (-2 * nsa) / 3;
  xh[3] = -nsa / 3;
  xh[5] = nsa / 3;
  xh[6] = (2 * nsa) / 3;
  xh[8] = (-2 * dsa) / 3;
  xh[9] = -dsa / 3;
  xh[11] = dsa / 3;
  xh[12] = (2 * dsa) / 3;
  return Math.abs(arg) < 1;
}

/**
 * Sunshine houses (Makransky), solution of Treindl: the house circles pass through the north and south points of
 * the horizon and through the points that trisect the Sun's diurnal and nocturnal semi-arcs of the day.
 */
function sunshineTreindl(w: Work, armc: number, lat: number, obl: number, dec: number): boolean {
  const xh = new Array<number>(13).fill(0);
  sunshineOffsets(lat, dec, xh);
  const sinLat = Math.sin(lat * DEG);
  const cosLat = Math.cos(lat * DEG);
  const cosDec = Math.cos(dec * DEG);
  const tanDec = Math.tan(dec * DEG);
  const sinObl = Math.sin(obl * DEG);
  const cosObl = Math.cos(obl * DEG);
  const mcDec = Math.atan(Math.sin(armc * DEG) * Math.tan(obl * DEG)) / DEG;
  const mcUnderHorizon = Math.abs(lat - mcDec) > 90;
  for (let ih = 1; ih <= 12; ih++) {
    if ((ih - 1) % 3 === 0) continue;
    // The great-circle length of the hour-angle offset on the Sun's parallel, and the angle it makes there.
    const xhs = 2 * (Math.asin(cosDec * Math.sin(((xh[ih] as number) / 2) * DEG)) / DEG);
    const alph = Math.acos(tanDec * Math.tan((xhs / 2) * DEG)) / DEG;
    const alpha2 = ih > 7 ? 180 - alph : alph;
    const b = ih > 7 ? 90 - lat + dec : 90 - lat - dec;
    const cosc =
      Math.cos(xhs * DEG) * Math.cos(b * DEG) +
      Math.sin(xhs * DEG) * Math.sin(b * DEG) * Math.cos(alpha2 * DEG);
    const c = Math.acos(Math.max(-1, Math.min(1, cosc))) / DEG;
    // The house point on the north or south point of the horizon: its circle is undefined (Swiss reports an
    // error here; it happens only with the Sun exactly on the edge of circumpolarity).
    if (!(c >= 1e-6 && c <= 180 - 1e-6)) return false;
    const sinZd = (Math.sin(xhs * DEG) * Math.sin(alpha2 * DEG)) / Math.sin(c * DEG);
    const zd = Math.asin(sinZd) / DEG;
    const rax = Math.atan(cosLat * Math.tan(zd * DEG)) / DEG;
    let pole = Math.asin(sinZd * sinLat) / DEG;
    let a: number;
    if (ih <= 6) {
      pole = -pole;
      a = norm360(rax + armc + 180);
    } else {
      a = norm360(armc + rax);
    }
    w.c[ih] = eclipticOnCircle(a, pole, sinObl, cosObl);
    if (!Number.isFinite(w.c[ih])) return false;
  }
  if (mcUnderHorizon) {
    for (let ih = 2; ih <= 12; ih++) if ((ih - 1) % 3 !== 0) w.c[ih] = norm360((w.c[ih] as number) + 180);
  }
  return true;
}

/**
 * Sunshine houses, Makransky's own solution (Primary Directions, 1988, pp. 145 ff.). False when the Sun is
 * circumpolar: the houses do not exist.
 */
function sunshineMakransky(w: Work, armc: number, lat: number, obl: number, dec: number): boolean {
  const xh = new Array<number>(13).fill(0);
  if (!sunshineOffsets(lat, dec, xh)) return false;
  const sinLat = Math.sin(lat * DEG);
  const cosLat = Math.cos(lat * DEG);
  const tanLat = Math.tan(lat * DEG);
  const tanDec = Math.tan(dec * DEG);
  const sinObl = Math.sin(obl * DEG);
  const tand = (x: number) => Math.tan(x * DEG);
  const atand = (x: number) => Math.atan(x) / DEG;
  let r = 0;
  for (let ih = 1; ih <= 12; ih++) {
    if ((ih - 1) % 3 === 0) continue;
    const off = xh[ih] as number;
    const md = Math.abs(off);
    let rah = ih <= 6 ? norm360(armc + 180 + off) : norm360(armc + off);
    if (lat < 0) rah = norm360(180 + rah);
    // Zenith distance of the house circle along the prime vertical.
    let zd: number;
    if (md === 90) {
      zd = 90 - atand(sinLat * tanDec);
    } else {
      const a = md < 90 ? atand(cosLat * tand(md)) : atand(tand(md - 90) / cosLat);
      const b = atand(tanLat * Math.cos(md * DEG));
      const c = ih <= 6 ? b + dec : b - dec;
      const f = atand(sinLat * Math.sin(md * DEG) * tand(c));
      zd = a + f;
    }
    const pole = Math.asin(Math.sin(zd * DEG) * sinLat) / DEG;
    const q = Math.asin(tanDec * tand(pole)) / DEG;
    const upper = ih <= 3 || ih >= 11;
    const wv = upper ? norm360(rah - q) : norm360(rah + q);
    let cu: number;
    if (wv === 90) {
      r = atand(sinObl * tand(pole));
      cu = upper ? 90 + r : 90 - r;
    } else if (wv === 270) {
      r = atand(sinObl * tand(pole));
      cu = upper ? 270 - r : 270 + r;
    } else {
      const m = atand(Math.abs(tand(pole) / Math.cos(wv * DEG)));
      const west = wv > 90 && wv < 270;
      const z = upper === west ? m - obl : m + obl;
      if (z === 90) {
        cu = wv < 180 ? 90 : 270;
      } else {
        r = atand(Math.abs((Math.cos(m * DEG) * tand(wv)) / Math.cos(z * DEG)));
        if (wv < 90) cu = r;
        else if (wv > 90 && wv < 180) cu = 180 - r;
        else if (wv > 180 && wv < 270) cu = 180 + r;
        else cu = 360 - r;
      }
      if (z > 90) {
        if (wv < 90) cu = 180 - r;
        else if (wv > 90 && wv < 180) cu = r;
        else if (wv > 180 && wv < 270) cu = 360 - r;
        else cu = 180 + r;
      }
      if (lat < 0) cu = norm360(cu + 180);
    }
    if (!Number.isFinite(cu)) return false;
    w.c[ih] = cu;
  }
  return true;
}

/** Systems whose twelve cusps are all set by their own computation. */
const ALL_TWELVE: ReadonlySet<HouseSystem> = new Set([
  'equal',
  'whole_sign',
  'morinus',
  'meridian',
  'krusinski',
  'vehlow',
  'apc',
  'sunshine',
  'sunshine_makransky',
  'equal_mc',
  'equal_aries',
]);

/** Extra inputs some systems need. */
export interface HouseExtras {
  /** Apparent declination of the Sun (degrees): required by the Sunshine systems. */
  sunDeclination?: number | undefined;
}

/**
 * House cusps of `system` for ARMC, geographic latitude and true obliquity (degrees).
 *
 * `ayanamsaDeg` (optional, default 0): for sidereal charts, subtracted from every cusp and from the
 * ascendant and MC (Swiss "traditional" sidereal method); whole-sign houses then start at 0° of the
 * sidereal sign of the ascendant, and "equal/1 = Aries" houses at 0° sidereal Aries.
 * `extras.sunDeclination` is required by the Sunshine systems (SUN_DECLINATION_SYSTEMS).
 *
 * The returned ascendant/midheaven are the Swiss ones for that system (they can differ from
 * `computeAngles` only inside the polar circles, see the module comment).
 */
export function computeHouses(
  system: HouseSystem,
  armcDeg: number,
  latDeg: number,
  oblDeg: number,
  ayanamsaDeg = 0,
  extras: HouseExtras = {},
): HouseResult {
  const armc = norm360(armcDeg);
  const lat = clampLatitude(latDeg);
  const sinObl = Math.sin(oblDeg * DEG);
  const cosObl = Math.cos(oblDeg * DEG);
  const mc = midheavenOf(armc, cosObl);
  const asc = eclipticOnCircle(armc + 90, lat, sinObl, cosObl);
  const w: Work = { asc, mc, c: new Array<number>(13).fill(0) };
  w.c[1] = asc;
  w.c[10] = mc;
  const polar = Math.abs(lat) >= 90 - oblDeg;
  let fallback = false;
  let warning: string | undefined;
  let wholeSign = false;

  switch (system) {
    case 'equal':
    case 'whole_sign':
      ascOnRightSide(w);
      for (let i = 1; i <= 12; i++) w.c[i] = norm360(w.asc + (i - 1) * 30);
      wholeSign = system === 'whole_sign';
      break;
    case 'porphyry':
      porphyry(w);
      break;
    case 'placidus':
      if (polar) {
        fallback = true;
        warning = POLAR_FALLBACK_WARNING;
      } else if (!placidus(w, armc, lat, sinObl, cosObl)) {
        fallback = true;
        warning = ITERATION_FALLBACK_WARNING;
      }
      if (fallback) porphyry(w);
      break;
    case 'koch':
      if (polar) {
        fallback = true;
        warning = POLAR_FALLBACK_WARNING;
        porphyry(w);
      } else {
        koch(w, armc, lat, sinObl, cosObl);
      }
      break;
    case 'regiomontanus':
      poleHeightSystem(w, armc, lat, 1 / 2, SQRT3 / 2, sinObl, cosObl);
      turnChartIfPolar(w, lat, oblDeg);
      break;
    case 'topocentric':
      poleHeightSystem(w, armc, lat, 1 / 3, 2 / 3, sinObl, cosObl);
      turnChartIfPolar(w, lat, oblDeg);
      break;
    case 'campanus':
      campanus(w, armc, lat, sinObl, cosObl);
      turnChartIfPolar(w, lat, oblDeg);
      break;
    case 'alcabitius':
      alcabitius(w, armc, lat, sinObl, cosObl);
      break;
    case 'morinus':
      morinus(w, armc, cosObl);
      break;
    case 'meridian':
      meridian(w, armc, cosObl);
      break;
    case 'azimuthal':
      azimuthal(w, armc, lat, oblDeg, sinObl, cosObl);
      break;
    case 'krusinski':
      krusinski(w, armc, lat, oblDeg, cosObl);
      break;
    case 'vehlow':
      ascOnRightSide(w);
      for (let i = 1; i <= 12; i++) w.c[i] = norm360(w.asc - 15 + (i - 1) * 30);
      break;
    case 'sripati':
      sripati(w);
      break;
    case 'apc':
      apc(w, armc, lat, oblDeg);
      break;
    case 'carter':
      carter(w, oblDeg, cosObl);
      break;
    case 'pullen_sd':
      pullenSd(w);
      break;
    case 'pullen_sr':
      pullenSr(w);
      break;
    case 'sunshine':
    case 'sunshine_makransky': {
      const dec = extras.sunDeclination;
      if (dec === undefined || !(Math.abs(dec) <= 24)) {
        throw new RangeError(`${system} houses need the Sun's declination (got ${String(dec)})`);
      }
      const unturned = { asc: w.asc, mc: w.mc };
      if (diffDeg(w.asc, w.mc) < 0) {
        w.asc = norm360(w.asc + 180);
        // Treindl's solution keeps the MC above the horizon (the houses then run clockwise); Makransky's does not.
        if (system === 'sunshine') w.mc = norm360(w.mc + 180);
      }
      w.c[1] = w.asc;
      w.c[10] = w.mc;
      w.c[4] = norm360(w.mc + 180);
      w.c[7] = norm360(w.asc + 180);
      if (
        system === 'sunshine'
          ? !sunshineTreindl(w, armc, lat, oblDeg, dec)
          : !sunshineMakransky(w, armc, lat, oblDeg, dec)
      ) {
        // Makransky's houses need the Sun's diurnal arc (Swiss's message); Treindl's fail only on the edge.
        fallback = true;
        warning = system === 'sunshine' ? SUNSHINE_EDGE_WARNING : POLAR_FALLBACK_WARNING;
        w.asc = unturned.asc;
        w.mc = unturned.mc;
        porphyry(w);
      }
      break;
    }
    case 'equal_mc':
      ascOnRightSide(w);
      for (let i = 1; i <= 12; i++) w.c[i] = norm360(w.mc + (i + 2) * 30);
      break;
    case 'equal_aries':
      // The cusps are set below, at 0° of each sign of the chart's zodiac.
      ascOnRightSide(w);
      break;
    default: {
      const never: never = system;
      throw new Error(`unknown house system ${String(never)}`);
    }
  }
  // Houses 4–9 opposite 10–3, except where every cusp was computed on its own.
  if (!ALL_TWELVE.has(system) || fallback) {
    for (let i = 4; i <= 9; i++) w.c[i] = norm360((w.c[i <= 6 ? i + 6 : i - 6] as number) + 180);
  }

  const cusps: number[] = [];
  for (let i = 1; i <= 12; i++) {
    let x = system === 'equal_aries' ? (i - 1) * 30 : norm360((w.c[i] as number) - ayanamsaDeg);
    if (wholeSign) x -= x % 30;
    cusps.push(x);
  }
  const result: HouseResult = {
    cusps,
    ascendant: norm360(w.asc - ayanamsaDeg),
    midheaven: norm360(w.mc - ayanamsaDeg),
  };
  if (fallback) result.fallback = 'porphyry';
  if (warning) result.warning = warning;
  return result;
}

/**
 * House (1..12) of an ecliptic longitude given the 12 cusps of `computeHouses` (whole-sign included).
 * Handles the 0°/360° wrap and charts whose houses run clockwise (Regiomontanus, Campanus and topocentric
 * inside the polar circles): the house is the one whose cusp is the nearest behind the point in the chart's
 * sense of rotation, so a point exactly on a cusp belongs to the house that cusp begins, and a zero-width
 * house (two equal cusps) is skipped. Degenerate polar charts whose cusps are not in order still get a
 * well-defined answer.
 */
export function houseOf(longitude: number, cusps: readonly number[]): number {
  if (cusps.length !== 12) throw new RangeError('houseOf needs 12 cusps');
  const lon = norm360(longitude);
  let turn = 0;
  for (let i = 0; i < 12; i++) turn += diffDeg(cusps[(i + 1) % 12] as number, cusps[i] as number);
  const sense = turn < 0 ? -1 : 1;
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 12; i++) {
    const start = cusps[i] as number;
    const dist = norm360(sense * (lon - start));
    if (dist < bestDist - 1e-12) {
      best = i;
      bestDist = dist;
    } else if (dist <= bestDist + 1e-12) {
      // Tie: equal cusps. Keep the house that is not of zero width.
      const width = norm360(sense * ((cusps[(best + 1) % 12] as number) - (cusps[best] as number)));
      if (width < 1e-12) best = i;
    }
  }
  return best + 1;
}
