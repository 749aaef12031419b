/**
 * Fixed stars: apparent geocentric ecliptic places of date of the stars in ./data/fixed-stars.ts (Hipparcos, see
 * scripts/gen-stars.mjs), and their conjunctions with the points and angles of a chart.
 *
 * From the catalogue position of J2000 (ICRS): space motion with the proper motion (rectilinear, no radial velocity),
 * annual parallax, then the reduction every body gets (./reduction.ts): deflection by the Sun, annual aberration,
 * IAU 2006 precession and IAU 2000B nutation to the true ecliptic and equinox of date. Pure code, no Workers APIs.
 */
import { STAR_EPOCH_JD, STAR_ROWS } from './data/fixed-stars';
import { apparentStar, type Frame, type Observer, type Vec3, VSOP_TO_FK5 } from './reduction';
import { delta, norm360 } from './zodiac';

const DEG = Math.PI / 180;
/** Milliarcseconds → radians. */
const MAS = DEG / 3600000;
const DAYS_PER_YEAR = 365.25;

export interface FixedStarPlace {
  name: string;
  /** Degrees, true ecliptic and equinox of date. */
  longitude: number;
  latitude: number;
  /** V magnitude (XHIP). */
  magnitude: number;
}

/** Names of the stars served, in catalogue order. */
export const FIXED_STAR_NAMES: readonly string[] = STAR_ROWS.map((r) => r[0]);

interface StarVectors {
  name: string;
  magnitude: number;
  /** Unit vector at J2000 and its proper motion (radians per year), VSOP87 frame. */
  u: Vec3;
  pm: Vec3;
  /** Parallax, radians. */
  parallax: number;
}

/** ICRS (≈ FK5 J2000, within 0.02″) → VSOP87 frame: the transpose of VSOP_TO_FK5. */
function toVsop(v: Vec3): Vec3 {
  const m = VSOP_TO_FK5;
  return [
    m[0] * v[0] + m[3] * v[1] + m[6] * v[2],
    m[1] * v[0] + m[4] * v[1] + m[7] * v[2],
    m[2] * v[0] + m[5] * v[1] + m[8] * v[2],
  ];
}

let vectors: StarVectors[] | null = null;
function starVectors(): StarVectors[] {
  vectors ??= STAR_ROWS.map(([name, , , ra, dec, pmRa, pmDec, parallax, magnitude]) => {
    const a = ra * DEG;
    const d = dec * DEG;
    const u: Vec3 = [Math.cos(d) * Math.cos(a), Math.cos(d) * Math.sin(a), Math.sin(d)];
    // Unit vectors towards increasing right ascension and declination.
    const ea: Vec3 = [-Math.sin(a), Math.cos(a), 0];
    const ed: Vec3 = [-Math.sin(d) * Math.cos(a), -Math.sin(d) * Math.sin(a), Math.cos(d)];
    const pm: Vec3 = [
      (pmRa * ea[0] + pmDec * ed[0]) * MAS,
      (pmRa * ea[1] + pmDec * ed[1]) * MAS,
      (pmRa * ea[2] + pmDec * ed[2]) * MAS,
    ];
    return { name, magnitude, u: toVsop(u), pm: toVsop(pm), parallax: parallax * MAS };
  });
  return vectors;
}

/**
 * Apparent places of every served star at a JD in TT, in the frame of date `f`, seen from `obs` (the Earth's
 * heliocentric state; the Sun's 0.01 AU from the barycentre changes a parallax of at most 0.75″ by < 0.01″).
 */
export function fixedStarPlaces(f: Frame, obs: Observer): FixedStarPlace[] {
  const years = (f.jdTT - STAR_EPOCH_JD) / DAYS_PER_YEAR;
  const e = obs.earth;
  return starVectors().map((s) => {
    const p: Vec3 = [
      s.u[0] + years * s.pm[0] - s.parallax * e.x,
      s.u[1] + years * s.pm[1] - s.parallax * e.y,
      s.u[2] + years * s.pm[2] - s.parallax * e.z,
    ];
    const place = apparentStar(f, obs, p);
    return { name: s.name, longitude: place.longitude, latitude: place.latitude, magnitude: s.magnitude };
  });
}

/** Default and largest orb of a star's conjunction, degrees. */
export const FIXED_STAR_ORB_DEFAULT = 1;
export const FIXED_STAR_ORB_MAX = 10;

/**
 * The conjunctions (ecliptic longitude within `orb` degrees) of each star with the given points and angles, closest
 * first. Longitudes in the same zodiac as the points (shift the stars by the ayanamsa first for a sidereal chart).
 */
export function starConjunctions<P extends string>(
  stars: readonly FixedStarPlace[],
  points: readonly { name: P; longitude: number }[],
  orb: number,
): { star: FixedStarPlace; conjunctions: { point: P; orb: number }[] }[] {
  return stars.map((star) => ({
    star,
    conjunctions: points
      .map((p) => ({ point: p.name, orb: Math.abs(delta(norm360(star.longitude), norm360(p.longitude))) }))
      .filter((c) => c.orb <= orb)
      .sort((a, b) => a.orb - b.orb),
  }));
}
