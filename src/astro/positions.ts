/**
 * Geocentric apparent ecliptic positions of date (true equinox and ecliptic of date) of the Sun, Moon,
 * planets, lunar nodes, mean lunar apogee ("Black Moon Lilith") and Chiron, with longitude speeds.
 *
 * Pure TypeScript on astronomy-engine (VSOP87 planets, Pluto integration table, NAO 1954 lunar
 * theory, IAU 2006 precession, IAU 2000B nutation); agrees with the Swiss Ephemeris to well under
 * an arcminute over 1800–2100 (see test/astro/positions.test.ts for the measured errors).
 *
 * Importing this module installs our ΔT model (./deltat) into astronomy-engine (global state).
 */
import {
  AstroTime,
  BaryState,
  Body,
  C_AUDAY,
  EclipticGeoMoon,
  e_tilt,
  HelioState,
  MassProduct,
  Rotation_EQJ_ECT,
  SetDeltaTFunction,
  type StateVector,
} from 'astronomy-engine';
import {
  CHIRON_COEFFS,
  CHIRON_ORDER,
  CHIRON_SCALE,
  CHIRON_SEGMENTS,
  CHIRON_SPAN,
  CHIRON_START,
} from './data/chiron-table';
import { deltaTSeconds } from './deltat';
import { type EclipticPosition, PLANETS, type Planet, type PointName } from './types';

const J2000 = 2451545.0;
const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;

// Installed once, at module load: astronomy-engine's AstroTime uses it to derive TT from UT.
SetDeltaTFunction((ut: number) => deltaTSeconds(ut + J2000));

/** Bodies this module computes. */
export const BODY_NAMES = [...PLANETS, 'mean_node', 'true_node', 'mean_lilith', 'chiron'] as const;
export type BodyName = (typeof BODY_NAMES)[number];
export type Positions = Partial<Record<BodyName, EclipticPosition>>;

export interface Ephemeris {
  jdUT: number;
  jdTT: number;
  /** ΔT = TT − UT1 in seconds. */
  deltaTSeconds: number;
  /** Mean and true obliquity of the ecliptic, degrees. */
  meanObliquity: number;
  trueObliquity: number;
  /** Nutation in longitude and in obliquity, degrees (IAU 2000B, truncated as in astronomy-engine). */
  nutationLongitude: number;
  nutationObliquity: number;
  /** Requested bodies; Chiron is absent outside its table (1800–2400). */
  positions: Positions;
}

export function isRetrograde(p: EclipticPosition): boolean {
  return p.speed < 0;
}

const PLANET_BODY: Record<Planet, Body> = {
  sun: Body.Sun,
  moon: Body.Moon,
  mercury: Body.Mercury,
  venus: Body.Venus,
  mars: Body.Mars,
  jupiter: Body.Jupiter,
  saturn: Body.Saturn,
  uranus: Body.Uranus,
  neptune: Body.Neptune,
  pluto: Body.Pluto,
};

type Vec = [number, number, number];
type Mat = number[][];

/** astronomy-engine rotation convention: out[j] = Σ_i rot[i][j]·in[i]. */
function rotate(m: Mat, x: number, y: number, z: number): Vec {
  const m0 = m[0] as number[];
  const m1 = m[1] as number[];
  const m2 = m[2] as number[];
  return [
    (m0[0] as number) * x + (m1[0] as number) * y + (m2[0] as number) * z,
    (m0[1] as number) * x + (m1[1] as number) * y + (m2[1] as number) * z,
    (m0[2] as number) * x + (m1[2] as number) * y + (m2[2] as number) * z,
  ];
}

/** Inverse rotation (transpose): out[i] = Σ_j rot[i][j]·in[j]. */
function unrotate(m: Mat, v: Vec): Vec {
  const m0 = m[0] as number[];
  const m1 = m[1] as number[];
  const m2 = m[2] as number[];
  return [
    (m0[0] as number) * v[0] + (m0[1] as number) * v[1] + (m0[2] as number) * v[2],
    (m1[0] as number) * v[0] + (m1[1] as number) * v[1] + (m1[2] as number) * v[2],
    (m2[0] as number) * v[0] + (m2[1] as number) * v[1] + (m2[2] as number) * v[2],
  ];
}

function norm360(x: number): number {
  const y = x % 360;
  return y < 0 ? y + 360 : y;
}

/** Longitude, latitude (deg) and longitude rate (deg/day) of an ecliptic position/velocity. */
function sphere(p: Vec, v: Vec): EclipticPosition {
  const [x, y, z] = p;
  const rxy2 = x * x + y * y;
  return {
    longitude: norm360(Math.atan2(y, x) * RAD),
    latitude: Math.atan2(z, Math.sqrt(rxy2)) * RAD,
    speed: ((x * v[1] - y * v[0]) / rxy2) * RAD,
  };
}

/** Frame of date: EQJ → true ecliptic of date at t, and its time derivative (finite difference). */
const FRAME_DT = 0.01;
interface Frame {
  m: Mat;
  dm: Mat;
  /** Rate of the nutation in longitude, degrees/day. */
  dpsiRate: number;
}

function makeFrame(time: AstroTime): Frame {
  const t2 = new AstroTime(time.ut + FRAME_DT);
  const m2 = Rotation_EQJ_ECT(t2).rot;
  const dpsi2 = e_tilt(t2).dpsi;
  const m = Rotation_EQJ_ECT(time).rot;
  const dm = m.map((row, i) => row.map((v, j) => ((m2[i]?.[j] as number) - v) / FRAME_DT));
  return { m, dm, dpsiRate: (dpsi2 - e_tilt(time).dpsi) / 3600 / FRAME_DT };
}

/** Ecliptic-of-date position and velocity (including the frame's own rotation) of an EQJ state. */
function toEclipticOfDate(f: Frame, px: number, py: number, pz: number, vx: number, vy: number, vz: number) {
  const p = rotate(f.m, px, py, pz);
  const v = rotate(f.m, vx, vy, vz);
  const w = rotate(f.dm, px, py, pz);
  return sphere(p, [v[0] + w[0], v[1] + w[1], v[2] + w[2]]);
}

/**
 * Apparent geocentric position of a body from heliocentric states (EQJ, AU, AU/day) of the body and the
 * Earth at the same instant, as astronomy-engine's GeoVector(body, t, aberration=true) does it:
 * body(t − τ) − earth(t − τ), τ the light time, which includes the aberration to first order.
 * Both are back-dated linearly (error < 0.03″ for Mercury, the worst case).
 */
function apparent(f: Frame, b: State | null, e: State): EclipticPosition {
  const dx = (b ? b.x : 0) - e.x;
  const dy = (b ? b.y : 0) - e.y;
  const dz = (b ? b.z : 0) - e.z;
  const vx = (b ? b.vx : 0) - e.vx;
  const vy = (b ? b.vy : 0) - e.vy;
  const vz = (b ? b.vz : 0) - e.vz;
  let tau = Math.sqrt(dx * dx + dy * dy + dz * dz) / C_AUDAY;
  let x = dx;
  let y = dy;
  let z = dz;
  for (let i = 0; i < 2; i++) {
    x = dx - vx * tau;
    y = dy - vy * tau;
    z = dz - vz * tau;
    tau = Math.sqrt(x * x + y * y + z * z) / C_AUDAY;
  }
  // Velocity of the apparent vector d − v·τ: v − a·τ − v·dτ/dt, with a the (two-body) relative
  // acceleration. The a·τ term is the changing aberration (~1e-4 °/day for the outer planets).
  const rb = b ? Math.hypot(b.x, b.y, b.z) : 1;
  const kb = b ? SUN_GM / (rb * rb * rb) : 0;
  const re = Math.hypot(e.x, e.y, e.z);
  const ke = SUN_GM / (re * re * re);
  const ax = -kb * (b ? b.x : 0) + ke * e.x;
  const ay = -kb * (b ? b.y : 0) + ke * e.y;
  const az = -kb * (b ? b.z : 0) + ke * e.z;
  const dtau = (x * vx + y * vy + z * vz) / (tau * C_AUDAY * C_AUDAY);
  return toEclipticOfDate(
    f,
    x,
    y,
    z,
    vx - ax * tau - vx * dtau,
    vy - ay * tau - vy * dtau,
    vz - az * tau - vz * dtau,
  );
}

/** Moon: two samples at t ± h give position (mean) and velocity (central difference), in ECT. */
const MOON_H = 5e-4;
function moonState(ut: number): { p: Vec; v: Vec } {
  const a = EclipticGeoMoon(new AstroTime(ut - MOON_H));
  const b = EclipticGeoMoon(new AstroTime(ut + MOON_H));
  const pa = sphToVec(a.lon, a.lat, a.dist);
  const pb = sphToVec(b.lon, b.lat, b.dist);
  return {
    p: [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2, (pa[2] + pb[2]) / 2],
    v: [(pb[0] - pa[0]) / (2 * MOON_H), (pb[1] - pa[1]) / (2 * MOON_H), (pb[2] - pa[2]) / (2 * MOON_H)],
  };
}

function sphToVec(lonDeg: number, latDeg: number, r: number): Vec {
  const cb = Math.cos(latDeg * DEG);
  return [r * cb * Math.cos(lonDeg * DEG), r * cb * Math.sin(lonDeg * DEG), r * Math.sin(latDeg * DEG)];
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
 * The mean apogee as a point of the mean lunar orbit (inclined on the ecliptic), as the Swiss
 * Ephemeris does: hence a latitude of up to ±5.1°. Mean equinox of date.
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

const SUN_GM = MassProduct(Body.Sun);
const GIANTS = [Body.Jupiter, Body.Saturn, Body.Uranus, Body.Neptune] as const;
const GIANT_SHIFT = GIANTS.map((b) => MassProduct(b) / (MassProduct(b) + SUN_GM));

/**
 * Ephemeris of the requested bodies (default: all of BODY_NAMES) at a Julian day in UT (taken as UT1).
 * Names this module does not compute (part_of_fortune, vertex) are ignored.
 */
export function computeEphemeris(jdUT: number, bodies: readonly PointName[] = BODY_NAMES): Ephemeris {
  const time = new AstroTime(jdUT - J2000);
  const T = time.tt / 36525;
  const want = new Set<PointName>(bodies);
  const frame = makeFrame(time);
  const tilt = e_tilt(time);
  const dpsi = tilt.dpsi / 3600;
  const out: Positions = {};

  const needEarth =
    PLANETS.some((p) => p !== 'moon' && want.has(p)) || want.has('true_node') || want.has('chiron');
  const earth = needEarth ? HelioState(Body.Earth, time) : null;

  if (earth) {
    const states = new Map<Body, StateVector>();
    for (const name of PLANETS) {
      if (name === 'moon' || name === 'sun' || name === 'pluto' || !want.has(name)) continue;
      states.set(PLANET_BODY[name], HelioState(PLANET_BODY[name], time));
    }
    if (want.has('sun')) out.sun = apparent(frame, null, earth);
    for (const name of PLANETS) {
      const s = states.get(PLANET_BODY[name]);
      if (s) out[name] = apparent(frame, s, earth);
    }
    if (want.has('pluto')) out.pluto = apparent(frame, plutoHelio(time, states), earth);
    if (want.has('chiron')) {
      const c = chironHelioState(time.tt + J2000);
      if (c) out.chiron = apparent(frame, c, earth);
    }
  }

  if (want.has('moon') || want.has('true_node')) {
    const moon = moonState(time.ut);
    if (want.has('moon')) {
      const m = sphere(moon.p, moon.v);
      // Light time (≈1.3 s): the Moon is seen where it was τ earlier.
      const tau = Math.hypot(...moon.p) / C_AUDAY;
      m.longitude = norm360(m.longitude - m.speed * tau);
      out.moon = m;
    }
    if (want.has('true_node') && earth) out.true_node = trueNode(frame, moon, earth);
  }

  if (want.has('mean_node')) {
    out.mean_node = {
      longitude: norm360(meanNodeDeg(T) + dpsi),
      latitude: 0,
      speed: meanNodeRate(T) + frame.dpsiRate,
    };
  }
  if (want.has('mean_lilith')) {
    const a = meanApogee(T);
    out.mean_lilith = {
      longitude: norm360(a.longitude + dpsi),
      latitude: a.latitude,
      speed: a.speed + frame.dpsiRate,
    };
  }

  return {
    jdUT,
    jdTT: time.tt + J2000,
    deltaTSeconds: (time.tt - time.ut) * 86400,
    meanObliquity: tilt.mobl,
    trueObliquity: tilt.tobl,
    nutationLongitude: dpsi,
    nutationObliquity: tilt.deps / 3600,
    positions: out,
  };
}

/** Positions of the requested bodies (default: all) at a Julian day in UT (taken as UT1). */
export function computePositions(jdUT: number, bodies?: readonly PointName[]): Positions {
  return computeEphemeris(jdUT, bodies).positions;
}

/** Heliocentric Pluto; reuses the giant planets' states for the Sun's barycentric offset. */
function plutoHelio(time: AstroTime, states: Map<Body, StateVector>): StateVector {
  if (!GIANTS.every((b) => states.has(b))) return HelioState(Body.Pluto, time);
  const bary = BaryState(Body.Pluto, time);
  // Heliocentric SSB = Σ shift_i · r_i (as astronomy-engine's major_bodies_t).
  let x = 0;
  let y = 0;
  let z = 0;
  let vx = 0;
  let vy = 0;
  let vz = 0;
  GIANTS.forEach((b, i) => {
    const s = states.get(b) as StateVector;
    const k = GIANT_SHIFT[i] as number;
    x += k * s.x;
    y += k * s.y;
    z += k * s.z;
    vx += k * s.vx;
    vy += k * s.vy;
    vz += k * s.vz;
  });
  bary.x += x;
  bary.y += y;
  bary.z += z;
  bary.vx += vx;
  bary.vy += vy;
  bary.vz += vz;
  return bary;
}

/**
 * True (osculating) lunar node: the ascending node of the osculating geocentric lunar orbit,
 * h = r × v. Its rate comes from the solar tidal acceleration: dh/dt = r × a_sun, plus the rotation of
 * the frame of date.
 */
function trueNode(f: Frame, moon: { p: Vec; v: Vec }, earth: StateVector): EclipticPosition {
  // Moon in EQJ (the ECT → EQJ rotation at t; frame rotation terms are re-added below).
  const r = unrotate(f.m, moon.p);
  const v0 = unrotate(f.m, moon.v);
  const w = unrotate(f.m, rotate(f.dm, r[0], r[1], r[2]));
  const v: Vec = [v0[0] - w[0], v0[1] - w[1], v0[2] - w[2]];
  const h = cross(r, v);
  // Geocentric Sun (geometric) and the solar perturbing acceleration on the Moon relative to the Earth.
  const s: Vec = [-earth.x, -earth.y, -earth.z];
  const d: Vec = [s[0] - r[0], s[1] - r[1], s[2] - r[2]];
  const d3 = Math.hypot(...d) ** 3;
  const s3 = Math.hypot(...s) ** 3;
  const a: Vec = [
    SUN_GM * (d[0] / d3 - s[0] / s3),
    SUN_GM * (d[1] / d3 - s[1] / s3),
    SUN_GM * (d[2] / d3 - s[2] / s3),
  ];
  const dh = cross(r, a);
  const he = rotate(f.m, h[0], h[1], h[2]);
  const dhe0 = rotate(f.m, dh[0], dh[1], dh[2]);
  const dhf = rotate(f.dm, h[0], h[1], h[2]);
  const dhe: Vec = [dhe0[0] + dhf[0], dhe0[1] + dhf[1], dhe0[2] + dhf[2]];
  // Node direction = ẑ × h = (−h_y, h_x, 0).
  const lon = Math.atan2(he[0], -he[1]);
  const speed = (he[0] * dhe[1] - he[1] * dhe[0]) / (he[0] * he[0] + he[1] * he[1]);
  return { longitude: norm360(lon * RAD), latitude: 0, speed: speed * RAD };
}

function cross(a: Vec, b: Vec): Vec {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** Position and velocity (AU, AU/day, J2000 equator). */
interface State {
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
}

/**
 * Heliocentric state of 2060 Chiron at a Julian day (TT) from the Chebyshev table made by
 * scripts/gen-chiron.mjs (1800–2400); null outside it.
 */
export function chironHelioState(jdTT: number): State | null {
  const u = (jdTT - CHIRON_START) / CHIRON_SPAN;
  const seg = Math.floor(u);
  if (seg < 0 || seg >= CHIRON_SEGMENTS) return null;
  const x = 2 * (u - seg) - 1;
  const out = [0, 0, 0, 0, 0, 0];
  for (let axis = 0; axis < 3; axis++) {
    const base = (seg * 3 + axis) * CHIRON_ORDER;
    // Clenshaw for the value and its derivative.
    let b0 = 0;
    let b1 = 0;
    let d0 = 0;
    let d1 = 0;
    for (let j = CHIRON_ORDER - 1; j >= 1; j--) {
      const c = CHIRON_COEFFS[base + j] as number;
      const b2 = b1;
      b1 = b0;
      b0 = 2 * x * b1 - b2 + c;
      const d2 = d1;
      d1 = d0;
      d0 = 2 * x * d1 - d2 + 2 * b1;
    }
    const c0 = CHIRON_COEFFS[base] as number;
    out[axis] = (c0 + x * b0 - b1) * CHIRON_SCALE;
    out[axis + 3] = ((b0 + x * d0 - d1) * CHIRON_SCALE * 2) / CHIRON_SPAN;
  }
  return {
    x: out[0] as number,
    y: out[1] as number,
    z: out[2] as number,
    vx: out[3] as number,
    vy: out[4] as number,
    vz: out[5] as number,
  };
}
