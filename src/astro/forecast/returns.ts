/**
 * Returns (the moment a transiting body comes back to its natal longitude) and progressions (secondary: a day of
 * the ephemeris for a year of life; solar arc: every natal point moved by the progressed Sun's arc).
 */
import { computeAngles, midheavenOf } from '../angles';
import { ayanamsaDegrees } from '../ayanamsa';
import { computeEphemeris, type DefaultBodyName } from '../positions';
import type { Ayanamsa, Planet } from '../types';
import { crossings, fullPosition, wrap180 } from './search';
import { buildTracks, type Track } from './track';

/** Days searched per chunk, and the longest period we look through, per body. */
const RETURN_CHUNK: Record<Planet, number> = {
  sun: 400,
  moon: 40,
  mercury: 400,
  venus: 700,
  mars: 800,
  jupiter: 1600,
  saturn: 4000,
  uranus: 8000,
  neptune: 8000,
  pluto: 8000,
};

/**
 * The first moment after jdAfter when `body` is at `longitude` again (the zodiac given by `ayanamsa`), exact to
 * 0.001″ on the full ephemeris; null when it does not happen before jdLimit.
 */
export function nextReturn(
  body: Planet,
  longitude: number,
  jdAfter: number,
  jdLimit: number,
  ayanamsa: Ayanamsa | null = null,
): number | null {
  const chunk = RETURN_CHUNK[body];
  for (let a = jdAfter; a < jdLimit; a += chunk) {
    const b = Math.min(a + chunk, jdLimit);
    const t = buildTracks([body as DefaultBodyName], a, b, { ayanamsa }).get(body) as Track;
    let first: number | null = null;
    crossings(t, [longitude], a, b, (_k, jd) => {
      if (first === null || jd < first) first = jd;
    });
    if (first !== null) return refine(body, longitude, first, ayanamsa);
  }
  return null;
}

/** Newton on the full ephemeris until the longitude is within 0.001″ of the target. */
function refine(body: DefaultBodyName, target: number, jd: number, ayanamsa: Ayanamsa | null): number {
  let t = jd;
  for (let it = 0; it < 8; it++) {
    const p = fullPosition(body, t, ayanamsa);
    const f = wrap180(p.longitude - target);
    if (Math.abs(f) < 0.001 / 3600 || p.speed === 0) break;
    t -= f / p.speed;
  }
  return t;
}

/** The tropical year (days) of secondary progressions: one year of life for one day after birth. */
export const PROGRESSION_YEAR_DAYS = 365.24219;

/** JD of the progressed ephemeris for a natal JD and a target date (secondary progressions). */
export function progressedJd(natalJd: number, dateJd: number): number {
  return natalJd + (dateJd - natalJd) / PROGRESSION_YEAR_DAYS;
}

export interface ProgressedPoint {
  name: string;
  longitude: number;
  speed: number | null;
}

export interface Progression {
  /** JD (UT) of the progressed ephemeris (secondary), or the natal JD (solar arc). */
  jd: number;
  /** Progressed Sun minus natal Sun, degrees. */
  solarArc: number;
  points: ProgressedPoint[];
  /** Progressed angles: the midheaven moved by the solar arc, the ascendant from it at the natal latitude. */
  angles: { ascendant: number; midheaven: number } | null;
}

const norm360 = (x: number) => ((x % 360) + 360) % 360;

/**
 * Secondary progressions or solar arc directions of a natal chart to a date.
 * natal: the natal points' longitudes (zodiac of the request); natalAngles: null when the birth time is unknown.
 */
export function progress(
  method: 'secondary' | 'solar_arc',
  natalJd: number,
  dateJd: number,
  natal: readonly { name: string; longitude: number }[],
  natalAngles: { midheaven: number } | null,
  latitude: number,
  ayanamsa: Ayanamsa | null = null,
): Progression {
  const pj = progressedJd(natalJd, dateJd);
  const names = natal.map((p) => p.name).filter((n): n is DefaultBodyName => isBody(n));
  const eph = computeEphemeris(pj, [...new Set<DefaultBodyName>(['sun', ...names])]);
  const ay = ayanamsa ? ayanamsaDegrees(ayanamsa, pj) : 0;
  const natalSun =
    natal.find((p) => p.name === 'sun')?.longitude ?? fullPosition('sun', natalJd, ayanamsa).longitude;
  const progSun = norm360((eph.positions.sun?.longitude ?? 0) - ay);
  const solarArc = norm360(progSun - natalSun);
  const points: ProgressedPoint[] = natal.map((p) => {
    if (method === 'solar_arc' || !isBody(p.name)) {
      // Points that are not bodies (angles, lots) are directed by the solar arc in both methods.
      return { name: p.name, longitude: norm360(p.longitude + solarArc), speed: null };
    }
    const q = eph.positions[p.name];
    return q
      ? { name: p.name, longitude: norm360(q.longitude - ay), speed: q.speed }
      : { name: p.name, longitude: norm360(p.longitude + solarArc), speed: null };
  });
  let angles: Progression['angles'] = null;
  if (natalAngles) {
    const mc = norm360(natalAngles.midheaven + solarArc);
    // The ascendant of that midheaven at the natal latitude, with the obliquity of the progressed date: from the
    // midheaven's right ascension (ARMC), inverted exactly.
    const obl = eph.trueObliquity;
    const armc = armcOfMidheaven(norm360(mc + ay), obl);
    const a = computeAngles(armc, latitude, obl);
    angles = { ascendant: norm360(a.ascendant - ay), midheaven: mc };
  }
  return { jd: method === 'secondary' ? pj : natalJd, solarArc, points, angles };
}

/** Right ascension of the meridian whose ecliptic point is `mc` (tropical): the inverse of midheavenOf(). */
function armcOfMidheaven(mc: number, oblDeg: number): number {
  const r = Math.PI / 180;
  const ra = Math.atan2(Math.sin(mc * r) * Math.cos(oblDeg * r), Math.cos(mc * r)) / r;
  const armc = norm360(ra);
  // midheavenOf() is the reference; correct the quadrant if they disagree.
  return Math.abs(wrap180(midheavenOf(armc, Math.cos(oblDeg * r)) - mc)) < 1e-6 ? armc : norm360(armc + 180);
}

const BODY_SET = new Set<string>([
  'sun',
  'moon',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
]);
function isBody(n: string): n is DefaultBodyName {
  return BODY_SET.has(n);
}
