/**
 * House cusps for the ten supported house systems, following the definitions and the polar conventions of
 * the Swiss Ephemeris 2.10 (swehouse.c, "Astrological Houses" in its documentation). Pure TypeScript, no
 * Workers APIs; all angles in degrees.
 *
 * Polar behaviour (|latitude| ≥ 90° − obliquity, "inside the polar circles"):
 * - Placidus and Koch are undefined there: Porphyry cusps are returned with `fallback: 'porphyry'` and the
 *   Swiss warning "within polar circle, switched to Porphyry" (exactly when Swiss falls back).
 * - Regiomontanus, Campanus and topocentric (Polich-Page) exist at every latitude; when the MC is below the
 *   horizon the Swiss Ephemeris turns the chart: MC and ascendant get +180° and the houses run clockwise. Same
 *   here (topocentric does not fall back, as in Swiss).
 * - All other systems keep the MC and put the ascendant on the right side (asc − MC in [0°, 180°)).
 * At the poles themselves (|lat| > 90° − 1e-10°) the latitude is clamped to ±(90° − 1e-10°), as Swiss does:
 * results are finite limits (the horizon is then the equator, so the ascendant is near 0° or 180°); Placidus
 * and Koch fall back to Porphyry; Alcabitius and topocentric cusps are degenerate there (they crowd near
 * 0°/180° and depend on rounding, in Swiss too) but are never NaN.
 */
import { clampLatitude, diffDeg, eclipticOnCircle, midheavenOf, norm360, raToLongitude } from './angles';
import type { HouseSystem } from './types';

const DEG = Math.PI / 180;
const SQRT3 = Math.sqrt(3);

export const POLAR_FALLBACK_WARNING = 'within polar circle, switched to Porphyry';
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

/**
 * House cusps of `system` for ARMC, geographic latitude and true obliquity (degrees).
 *
 * `ayanamsaDeg` (optional, default 0): for sidereal charts, subtracted from every cusp and from the
 * ascendant and MC (Swiss "traditional" sidereal method); whole-sign houses then start at 0° of the
 * sidereal sign of the ascendant.
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
    default: {
      const never: never = system;
      throw new Error(`unknown house system ${String(never)}`);
    }
  }
  if (system !== 'equal' && system !== 'whole_sign' && system !== 'morinus') {
    for (let i = 4; i <= 9; i++) w.c[i] = norm360((w.c[i <= 6 ? i + 6 : i - 6] as number) + 180);
  }

  const cusps: number[] = [];
  for (let i = 1; i <= 12; i++) {
    let x = norm360((w.c[i] as number) - ayanamsaDeg);
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
