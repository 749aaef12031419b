/**
 * Geocentric apparent positions of date of the Sun, Moon, planets, lunar nodes, mean lunar apogee ("Black Moon
 * Lilith"), Chiron and the asteroids Ceres, Pallas, Juno, Vesta and Pholus: ecliptic longitude and latitude (true
 * ecliptic and equinox of date) with longitude speeds, and right ascension, declination and distance for the bodies.
 *
 * Sources (see docs/accuracy.md): VSOP87B (Sun, Mercury–Neptune) and ELP/MPP02 (Moon), truncated for 1800–2400 by
 * scripts/gen-series.mjs; Pluto, Chiron and the asteroids from Chebyshev tables of our own numerical integrations
 * (scripts/gen-pluto.mjs, gen-chiron.mjs, gen-asteroids.mjs); reduction in ./reduction.ts (light-time, deflection, aberration,
 * IAU 2006 precession, IAU 2000B nutation shared with the angles in ./angles.ts); ΔT in ./deltat.ts.
 * Pure TypeScript, no Workers APIs.
 */
import { asteroidTable } from './asteroid-tables';
import { chebyshevState } from './chebyshev';
import { CHIRON_TABLE } from './data/chiron-table';
import { PLUTO_TABLE } from './data/pluto-table';
import { deltaTSeconds } from './deltat';
import { moonState } from './moon';
import { sunBaryVelocity, type VsopBody, vsopState } from './planets';
import {
  type ApparentPlace,
  apparentMoon,
  apparentPlace,
  apply,
  type Frame,
  frameAt,
  GM_SUN,
  type Observer,
  type State,
  type Vec3,
  VSOP_TO_FK5,
} from './reduction';
import { type FixedStarPlace, fixedStarPlaces } from './stars';
import {
  ASTEROIDS,
  type Asteroid,
  type EclipticPosition,
  PLANETS,
  type Planet,
  type PointName,
} from './types';

const J2000 = 2451545.0;
const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;

/** Bodies this module computes. */
export const BODY_NAMES = [
  ...PLANETS,
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
  ...ASTEROIDS,
] as const;
export type BodyName = (typeof BODY_NAMES)[number];
export type DefaultBodyName = Exclude<BodyName, Asteroid>;
/** What computeEphemeris computes when not told: every body but the asteroids. */
export const DEFAULT_BODIES: readonly DefaultBodyName[] = BODY_NAMES.filter(
  (b): b is DefaultBodyName => !(ASTEROIDS as readonly string[]).includes(b),
);
/** Bodies with right ascension, declination and distance. */
export type PhysicalBody = Planet | 'chiron' | Asteroid;
export type Positions = Partial<Record<BodyName, EclipticPosition>>;

/** Apparent equatorial coordinates of date (true equator and equinox) and geocentric distance. */
export interface EquatorialPosition {
  /** Degrees [0, 360). */
  rightAscension: number;
  /** Degrees. */
  declination: number;
  /** AU (light-time corrected). */
  distance: number;
}

export interface Ephemeris {
  jdUT: number;
  jdTT: number;
  /** ΔT = TT − UT1 in seconds. */
  deltaTSeconds: number;
  /** Mean and true obliquity of the ecliptic, degrees (IAU 2006 + IAU 2000B). */
  meanObliquity: number;
  trueObliquity: number;
  /** Nutation in longitude and in obliquity, degrees (IAU 2000B, as in ./angles). */
  nutationLongitude: number;
  nutationObliquity: number;
  /** Requested bodies; Pluto, Chiron and the asteroids are absent outside their tables (1794–2405). */
  positions: Positions;
  /** Right ascension, declination and distance of the requested physical bodies (Sun, Moon, planets, Chiron, asteroids). */
  equatorial: Partial<Record<PhysicalBody, EquatorialPosition>>;
  /** Apparent places of the fixed stars (./stars.ts), when asked for. */
  fixedStars?: FixedStarPlace[];
}

export function isRetrograde(p: EclipticPosition): boolean {
  return p.speed < 0;
}

function norm360(x: number): number {
  const y = x % 360;
  return y < 0 ? y + 360 : y;
}

/** J2000 equator (FK5/ICRS axes) → VSOP87 frame: the transpose of VSOP_TO_FK5. */
function fromEquatorJ2000(s: State): State {
  const m = VSOP_TO_FK5;
  return {
    x: m[0] * s.x + m[3] * s.y + m[6] * s.z,
    y: m[1] * s.x + m[4] * s.y + m[7] * s.z,
    z: m[2] * s.x + m[5] * s.y + m[8] * s.z,
    vx: m[0] * s.vx + m[3] * s.vy + m[6] * s.vz,
    vy: m[1] * s.vx + m[4] * s.vy + m[7] * s.vz,
    vz: m[2] * s.vx + m[5] * s.vy + m[8] * s.vz,
  };
}

/** Heliocentric state of Chiron (VSOP87 frame) at a JD in TT, or null outside its table (1794–2405). */
export function chironHelioState(jdTT: number): State | null {
  const s = chebyshevState(CHIRON_TABLE, jdTT);
  return s && fromEquatorJ2000(s);
}

/** Heliocentric state of Pluto (VSOP87 frame) at a JD in TT, or null outside its table (1794–2405). */
export function plutoHelioState(jdTT: number): State | null {
  return chebyshevState(PLUTO_TABLE, jdTT);
}

/** Heliocentric state of an asteroid (VSOP87 frame) at a JD in TT, or null outside its table (1794–2405). */
export function asteroidHelioState(body: Asteroid, jdTT: number): State | null {
  const s = chebyshevState(asteroidTable(body), jdTT);
  return s && fromEquatorJ2000(s);
}

// ---------------------------------------------------------------------------------------------
// Mean lunar elements (Chapront et al., as in Meeus, Astronomical Algorithms ch. 47), T in TT
// Julian centuries from J2000; mean equinox of date. Rates in degrees per day.

function meanNodeDeg(T: number): number {
  return 125.0445479 + T * (-1934.1362891 + T * (0.0020754 + T * (1 / 467441 - T / 60616000)));
}
function meanNodeRate(T: number): number {
  return (-1934.1362891 + T * (2 * 0.0020754 + T * (3 / 467441 - (4 * T) / 60616000))) / 36525;
}
function meanPerigeeDeg(T: number): number {
  return 83.3532465 + T * (4069.0137287 + T * (-0.01032 + T * (-1 / 80053 + T / 18999000)));
}
function meanPerigeeRate(T: number): number {
  return (4069.0137287 + T * (-2 * 0.01032 + T * (-3 / 80053 + (4 * T) / 18999000))) / 36525;
}
/** Mean inclination of the lunar orbit on the ecliptic. */
const MOON_INCLINATION = 5.1453964 * DEG;

/**
 * The mean apogee as a point of the mean lunar orbit (inclined on the ecliptic), as the Swiss Ephemeris does:
 * hence a latitude of up to ±5.1°. Mean equinox of date.
 */
function meanApogee(T: number): EclipticPosition {
  const node = meanNodeDeg(T);
  const u = (meanPerigeeDeg(T) + 180 - node) * DEG;
  const du = (meanPerigeeRate(T) - meanNodeRate(T)) * DEG;
  const su = Math.sin(u);
  const cu = Math.cos(u);
  const ci = Math.cos(MOON_INCLINATION);
  const si = Math.sin(MOON_INCLINATION);
  const lon = Math.atan2(su * ci, cu);
  // d/du atan2(ci·sin u, cos u) = ci / (cos²u + ci²·sin²u)
  const dlon = (ci / (cu * cu + ci * ci * su * su)) * du;
  return {
    longitude: node + lon * RAD,
    latitude: Math.asin(su * si) * RAD,
    speed: meanNodeRate(T) + dlon * RAD,
  };
}

// ---------------------------------------------------------------------------------------------

const VSOP_PLANETS = ['mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune'] as const;
const GIANTS = ['jupiter', 'saturn', 'uranus', 'neptune'] as const;

function ecliptic(p: ApparentPlace): EclipticPosition {
  return { longitude: p.longitude, latitude: p.latitude, speed: p.speed };
}
function equatorialOf(p: ApparentPlace): EquatorialPosition {
  return { rightAscension: p.rightAscension, declination: p.declination, distance: p.distance };
}

/**
 * Ephemeris of the requested bodies (default: DEFAULT_BODIES, all but the asteroids) at a Julian day in UT (taken
 * as UT1). Names this module does not compute (part_of_fortune, vertex) are ignored.
 */
export function computeEphemeris(
  jdUT: number,
  bodies: readonly PointName[] = DEFAULT_BODIES,
  options: { fixedStars?: boolean } = {},
): Ephemeris {
  const dt = deltaTSeconds(jdUT);
  const jdTT = jdUT + dt / 86400;
  const T = (jdTT - J2000) / 36525;
  const want = new Set<PointName>(bodies);
  const frame = frameAt(jdTT);
  const out: Positions = {};
  const equatorial: Ephemeris['equatorial'] = {};
  let fixedStars: FixedStarPlace[] | undefined;

  const needEarth =
    PLANETS.some((p) => p !== 'moon' && want.has(p)) ||
    want.has('true_node') ||
    want.has('chiron') ||
    ASTEROIDS.some((a) => want.has(a)) ||
    options.fixedStars === true;
  if (needEarth) {
    const states: Partial<Record<VsopBody, State>> = {};
    const earth = vsopState('earth', jdTT);
    states.earth = earth;
    // The giants set the Sun's barycentric velocity (aberration, light-time): computed whenever any planet is.
    const anyPlanet =
      VSOP_PLANETS.some((p) => want.has(p)) ||
      want.has('sun') ||
      want.has('pluto') ||
      ASTEROIDS.some((a) => want.has(a)) ||
      options.fixedStars === true;
    for (const name of VSOP_PLANETS) {
      if (want.has(name) || (anyPlanet && (GIANTS as readonly string[]).includes(name)))
        states[name] = vsopState(name, jdTT);
    }
    const obs: Observer = { earth, sunBaryVelocity: sunBaryVelocity(states) };
    const put = (name: PhysicalBody, place: ApparentPlace) => {
      out[name] = ecliptic(place);
      equatorial[name] = equatorialOf(place);
    };
    if (want.has('sun')) put('sun', apparentPlace(frame, obs, null));
    for (const name of VSOP_PLANETS) {
      const s = states[name];
      if (s && want.has(name)) put(name, apparentPlace(frame, obs, s));
    }
    if (want.has('pluto')) {
      const s = plutoHelioState(jdTT);
      if (s) put('pluto', apparentPlace(frame, obs, s));
    }
    if (want.has('chiron')) {
      const s = chironHelioState(jdTT);
      if (s) put('chiron', apparentPlace(frame, obs, s));
    }
    for (const name of ASTEROIDS) {
      const s = want.has(name) ? asteroidHelioState(name, jdTT) : null;
      if (s) put(name, apparentPlace(frame, obs, s));
    }
    if (options.fixedStars) fixedStars = fixedStarPlaces(frame, obs);
    if (want.has('moon') || want.has('true_node')) {
      const moon = moonState(jdTT);
      if (want.has('moon')) {
        const place = apparentMoon(frame, moon);
        out.moon = ecliptic(place);
        equatorial.moon = equatorialOf(place);
      }
      if (want.has('true_node')) out.true_node = trueNode(frame, moon, earth);
    }
  } else if (want.has('moon')) {
    const place = apparentMoon(frame, moonState(jdTT));
    out.moon = ecliptic(place);
    equatorial.moon = equatorialOf(place);
  }

  if (want.has('mean_node')) {
    out.mean_node = {
      longitude: norm360(meanNodeDeg(T) + frame.dpsi),
      latitude: 0,
      speed: meanNodeRate(T) + frame.dpsiRate,
    };
  }
  if (want.has('mean_lilith')) {
    const a = meanApogee(T);
    out.mean_lilith = {
      longitude: norm360(a.longitude + frame.dpsi),
      latitude: a.latitude,
      speed: a.speed + frame.dpsiRate,
    };
  }

  return {
    jdUT,
    jdTT,
    deltaTSeconds: dt,
    meanObliquity: frame.meanObliquity,
    trueObliquity: frame.trueObliquity,
    nutationLongitude: frame.dpsi,
    nutationObliquity: frame.deps,
    positions: out,
    equatorial,
    ...(fixedStars ? { fixedStars } : {}),
  };
}

/** Positions of the requested bodies (default: all) at a Julian day in UT (taken as UT1). */
export function computePositions(jdUT: number, bodies?: readonly PointName[]): Positions {
  return computeEphemeris(jdUT, bodies).positions;
}

/**
 * True (osculating) lunar node: the ascending node on the ecliptic of date of the osculating geocentric lunar
 * orbit, h = r × v (geometric state). Its rate comes from the Sun's tidal acceleration (dh/dt = r × a☉) plus the
 * rotation of the frame of date and the nutation rate.
 */
function trueNode(f: Frame, moon: State, earth: State): EclipticPosition {
  const r: Vec3 = [moon.x, moon.y, moon.z];
  const v: Vec3 = [moon.vx, moon.vy, moon.vz];
  const h = cross(r, v);
  // Geocentric Sun and the Sun's perturbing acceleration on the Moon relative to the Earth.
  const s: Vec3 = [-earth.x, -earth.y, -earth.z];
  const d: Vec3 = [s[0] - r[0], s[1] - r[1], s[2] - r[2]];
  const d3 = Math.hypot(...d) ** 3;
  const s3 = Math.hypot(...s) ** 3;
  const a: Vec3 = [
    GM_SUN * (d[0] / d3 - s[0] / s3),
    GM_SUN * (d[1] / d3 - s[1] / s3),
    GM_SUN * (d[2] / d3 - s[2] / s3),
  ];
  const dh = cross(r, a);
  const he = apply(f.toEcliptic, h[0], h[1], h[2]);
  const dhe0 = apply(f.toEcliptic, dh[0], dh[1], dh[2]);
  const dhf = apply(f.toEclipticRate, h[0], h[1], h[2]);
  const dhe: Vec3 = [dhe0[0] + dhf[0], dhe0[1] + dhf[1], dhe0[2] + dhf[2]];
  // Node direction = ẑ × h = (−h_y, h_x, 0).
  const lon = Math.atan2(he[0], -he[1]);
  const speed = (he[0] * dhe[1] - he[1] * dhe[0]) / (he[0] * he[0] + he[1] * he[1]);
  return { longitude: norm360(lon * RAD + f.dpsi), latitude: 0, speed: speed * RAD + f.dpsiRate };
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
