/**
 * From geometric states to apparent places: light-time, gravitational deflection by the Sun, annual aberration,
 * the rotation from the VSOP87 frame to the mean equator of J2000 (FK5), IAU 2006 precession and IAU 2000B
 * nutation, to the true ecliptic and equator of date. Each step follows the IAU/SOFA formulation (iauLdsun, iauAb,
 * Capitaine et al. 2003 precession); nutation, obliquity and sidereal time are those of ./angles, so positions,
 * angles and houses share one orientation of the Earth.
 *
 * Units: AU, days; positions and velocities in the VSOP87 frame (dynamical ecliptic and equinox J2000) unless
 * said otherwise. Pure code, no Workers APIs.
 */
import { meanObliquity, nutationWithRates } from './angles';
import { apply, type Mat3, mulMat, precessionMatrix, rx, rz, type Vec3 } from './precession';

export { apply, type Mat3, type Vec3 } from './precession';

/** Position (AU) and velocity (AU/day). */
export interface State {
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
}

const RAD = 180 / Math.PI;
/** Speed of light, AU per day (IAU 2012: c·86400/au). */
export const C_AU_DAY = (299792458 * 86400) / 149597870700;
/** Heliocentric gravitational constant, AU³/day² (k², IAU 1976/2012 Gaussian constant). */
export const GM_SUN = 0.01720209895 ** 2;
/** Schwarzschild radius of the Sun, AU (2·GM☉/c², as SOFA's SRS). */
const SRS = 1.97412574336e-8;

/**
 * VSOP87 (dynamical ecliptic and equinox J2000) → FK5 mean equator and equinox J2000 (Bretagnon & Francou 1988;
 * the −0.09033″ equinox offset and 0.03916″ tilt of Meeus, Astronomical Algorithms, eq. 32.3).
 */
export const VSOP_TO_FK5: Mat3 = [
  1, 0.00000044036, -0.000000190919, -0.000000479966, 0.917482137087, -0.397776982902, 0, 0.397776982902,
  0.917482137087,
];

/** The orientation of date shared by every body of one instant. */
export interface Frame {
  jdTT: number;
  /** VSOP87 frame → mean ecliptic and equinox of date. */
  toEcliptic: Mat3;
  /** Its time derivative (per day). */
  toEclipticRate: Mat3;
  /** VSOP87 frame → true equator and equinox of date. */
  toEquator: Mat3;
  /** Nutation in longitude and obliquity (degrees) and the rate of the former (degrees/day). */
  dpsi: number;
  deps: number;
  dpsiRate: number;
  meanObliquity: number;
  trueObliquity: number;
}

const FRAME_H = 0.5; // days, for the (smooth) rate of precession

function eclipticOfDate(jdTT: number): Mat3 {
  return mulMat(rx(meanObliquity(jdTT) * (Math.PI / 180)), mulMat(precessionMatrix(jdTT), VSOP_TO_FK5));
}

export function frameAt(jdTT: number): Frame {
  const toEcliptic = eclipticOfDate(jdTT);
  const a = eclipticOfDate(jdTT - FRAME_H);
  const b = eclipticOfDate(jdTT + FRAME_H);
  const toEclipticRate = b.map((v, i) => (v - (a[i] as number)) / (2 * FRAME_H)) as Mat3;
  const nut = nutationWithRates(jdTT);
  const eps = meanObliquity(jdTT);
  const trueObliquity = eps + nut.deps;
  // True ecliptic of date = mean ecliptic rotated by Δψ about its pole; then the true equator is R1(−ε).
  const toTrueEcliptic = mulMat(rz(-nut.dpsi * (Math.PI / 180)), toEcliptic);
  const toEquator = mulMat(rx(-trueObliquity * (Math.PI / 180)), toTrueEcliptic);
  return {
    jdTT,
    toEcliptic,
    toEclipticRate,
    toEquator,
    dpsi: nut.dpsi,
    deps: nut.deps,
    dpsiRate: nut.dpsiRate,
    meanObliquity: eps,
    trueObliquity,
  };
}

/** Apparent place of one body: geocentric, in the true ecliptic and equator of date. */
export interface ApparentPlace {
  /** Degrees [0, 360), true ecliptic and equinox of date. */
  longitude: number;
  latitude: number;
  /** Degrees per day. */
  speed: number;
  /** Geocentric distance, AU (light-time corrected). */
  distance: number;
  /** Degrees [0, 360) and degrees: true equator and equinox of date. */
  rightAscension: number;
  declination: number;
}

function norm360(x: number): number {
  const y = x % 360;
  return y < 0 ? y + 360 : y;
}

/**
 * Longitude, latitude and longitude rate in the true ecliptic of date, and right ascension and declination,
 * from an apparent geocentric position p and its rate dp (VSOP87 frame, AU and AU/day).
 */
export function toPlace(f: Frame, p: Vec3, dp: Vec3): ApparentPlace {
  const [x, y, z] = apply(f.toEcliptic, p[0], p[1], p[2]);
  const v = apply(f.toEcliptic, dp[0], dp[1], dp[2]);
  const w = apply(f.toEclipticRate, p[0], p[1], p[2]);
  const vx = v[0] + w[0];
  const vy = v[1] + w[1];
  const rxy2 = x * x + y * y;
  const [ex, ey, ez] = apply(f.toEquator, p[0], p[1], p[2]);
  return {
    longitude: norm360(Math.atan2(y, x) * RAD + f.dpsi),
    latitude: Math.atan2(z, Math.sqrt(rxy2)) * RAD,
    speed: ((x * vy - y * vx) / rxy2) * RAD + f.dpsiRate,
    distance: Math.hypot(x, y, z),
    rightAscension: norm360(Math.atan2(ey, ex) * RAD),
    declination: Math.atan2(ez, Math.hypot(ex, ey)) * RAD,
  };
}

/** The observer: the Earth's heliocentric state and, when known, the Sun's barycentric velocity (AU/day). */
export interface Observer {
  earth: State;
  sunBaryVelocity: Vec3 | null;
}

const DEFLECTION_H = 0.01;

/**
 * Light deflection by the Sun (SOFA iauLd with the Sun's mass, as iauLdsun): the change of the unit vector p
 * (Earth → body), given the body's heliocentric position q and the Earth's heliocentric position e (AU).
 */
export function deflection(
  px: number,
  py: number,
  pz: number,
  qx: number,
  qy: number,
  qz: number,
  ex: number,
  ey: number,
  ez: number,
): Vec3 {
  const em = Math.hypot(ex, ey, ez);
  const qm = Math.hypot(qx, qy, qz);
  const eux = ex / em;
  const euy = ey / em;
  const euz = ez / em;
  const qux = qx / qm;
  const quy = qy / qm;
  const quz = qz / qm;
  const dlim = 1e-6 / Math.max(em * em, 1);
  const qdqpe = qux * (qux + eux) + quy * (quy + euy) + quz * (quz + euz);
  const w = SRS / em / Math.max(qdqpe, dlim);
  // eq = e × q; Δp = w·(p × eq)
  const eqx = euy * quz - euz * quy;
  const eqy = euz * qux - eux * quz;
  const eqz = eux * quy - euy * qux;
  return [w * (py * eqz - pz * eqy), w * (pz * eqx - px * eqz), w * (px * eqy - py * eqx)];
}

/**
 * Annual aberration (SOFA iauAb): the unit direction p seen by an observer moving with velocity v (in units of c),
 * at distance `sunDistance` (AU) from the Sun; returns the apparent unit direction.
 */
export function aberrate(
  px: number,
  py: number,
  pz: number,
  vx: number,
  vy: number,
  vz: number,
  sunDistance: number,
): Vec3 {
  const bm1 = Math.sqrt(1 - (vx * vx + vy * vy + vz * vz));
  const pdv = px * vx + py * vy + pz * vz;
  const w1 = 1 + pdv / (1 + bm1);
  const w2 = SRS / sunDistance;
  const ux = px * bm1 + w1 * vx + w2 * (vx - pdv * px);
  const uy = py * bm1 + w1 * vy + w2 * (vy - pdv * py);
  const uz = pz * bm1 + w1 * vz + w2 * (vz - pdv * pz);
  const un = Math.hypot(ux, uy, uz);
  return [ux / un, uy / un, uz / un];
}

/**
 * Apparent geocentric place of a body from its heliocentric state at the same TT (null: the Sun itself):
 * light-time (the body's state carried back by τ with its velocity and its two-body acceleration, iterated;
 * the Sun's own motion over τ included), deflection by the Sun (iauLdsun) and annual aberration (iauAb, with the
 * Earth's barycentric velocity). The rate follows the same steps to first order: light-time rate, the changing
 * aberration (the Earth's acceleration), and the rotation of the frame (toPlace).
 */
export function apparentPlace(f: Frame, obs: Observer, body: State | null): ApparentPlace {
  const e = obs.earth;
  const sv = obs.sunBaryVelocity ?? [0, 0, 0];
  const bx = body ? body.x : 0;
  const by = body ? body.y : 0;
  const bz = body ? body.z : 0;
  const bvx = body ? body.vx : 0;
  const bvy = body ? body.vy : 0;
  const bvz = body ? body.vz : 0;
  // Two-body acceleration of the body about the Sun.
  const rb = Math.hypot(bx, by, bz);
  const kb = body ? -GM_SUN / (rb * rb * rb) : 0;
  const ax = kb * bx;
  const ay = kb * by;
  const az = kb * bz;
  // Light-time: Q = body(t − τ), Δ = Q − E(t) − v☉·τ.
  let tau = Math.hypot(bx - e.x, by - e.y, bz - e.z) / C_AU_DAY;
  let qx = bx;
  let qy = by;
  let qz = bz;
  let dx = 0;
  let dy = 0;
  let dz = 0;
  for (let i = 0; i < 3; i++) {
    const h = 0.5 * tau * tau;
    qx = bx - bvx * tau + ax * h;
    qy = by - bvy * tau + ay * h;
    qz = bz - bvz * tau + az * h;
    dx = qx - e.x - sv[0] * tau;
    dy = qy - e.y - sv[1] * tau;
    dz = qz - e.z - sv[2] * tau;
    tau = Math.hypot(dx, dy, dz) / C_AU_DAY;
  }
  const dist = Math.hypot(dx, dy, dz);
  let px = dx / dist;
  let py = dy / dist;
  let pz = dz / dist;
  const em = Math.hypot(e.x, e.y, e.z);
  // Deflection by the Sun (SOFA iauLdsun → iauLd with bm = 1): not for the Sun itself. Its rate matters within a
  // degree or so of the Sun (up to 0.003 °/day a few arcminutes from the limb): taken from a second evaluation
  // DEFLECTION_H days later with the geometry carried forward linearly.
  let defRate: Vec3 = [0, 0, 0];
  if (body) {
    const d0 = deflection(px, py, pz, qx, qy, qz, e.x, e.y, e.z);
    const h = DEFLECTION_H;
    const gx = bvx - e.vx;
    const gy = bvy - e.vy;
    const gz = bvz - e.vz;
    const nx = dx + gx * h;
    const ny = dy + gy * h;
    const nz = dz + gz * h;
    const nn = Math.hypot(nx, ny, nz);
    const d1 = deflection(
      nx / nn,
      ny / nn,
      nz / nn,
      qx + bvx * h,
      qy + bvy * h,
      qz + bvz * h,
      e.x + e.vx * h,
      e.y + e.vy * h,
      e.z + e.vz * h,
    );
    defRate = [((d1[0] - d0[0]) / h) * dist, ((d1[1] - d0[1]) / h) * dist, ((d1[2] - d0[2]) / h) * dist];
    px += d0[0];
    py += d0[1];
    pz += d0[2];
  }
  // Aberration (SOFA iauAb): v = Earth's barycentric velocity / c.
  const vx = (e.vx + sv[0]) / C_AU_DAY;
  const vy = (e.vy + sv[1]) / C_AU_DAY;
  const vz = (e.vz + sv[2]) / C_AU_DAY;
  const pdv = px * vx + py * vy + pz * vz;
  const [ax0, ay0, az0] = aberrate(px, py, pz, vx, vy, vz, em);
  const ux = ax0 * dist;
  const uy = ay0 * dist;
  const uz = az0 * dist;
  // Rate: Δ̇ = (v_body − a·τ)·(1 − τ̇) − v_earth, τ̇ = (Δ·Δ̇)/(|Δ|·c); aberration changes with the Earth's
  // acceleration a⊕ = −GM☉·E/|E|³: d(aberration)/dt ≈ |Δ|·(β̇ − (p·β̇)p) with β̇ = a⊕/c.
  const gvx = bvx - ax * tau - e.vx;
  const gvy = bvy - ay * tau - e.vy;
  const gvz = bvz - az * tau - e.vz;
  const tauDot = (dx * gvx + dy * gvy + dz * gvz) / (dist * C_AU_DAY);
  const k = 1 - tauDot;
  const ke = -GM_SUN / (em * em * em) / C_AU_DAY;
  const aex = ke * e.x;
  const aey = ke * e.y;
  const aez = ke * e.z;
  const pda = px * aex + py * aey + pz * aez;
  // The apparent vector is |Δ|·u with u ≈ p + β − (p·β)p: its rate is Δ̇ + |Δ|˙·(u − p) − (p·β)·|Δ|·ṗ + the
  // aberration change above, with |Δ|·ṗ = Δ̇ − |Δ|˙·p.
  const gx = (bvx - ax * tau) * k - e.vx;
  const gy = (bvy - ay * tau) * k - e.vy;
  const gz = (bvz - az * tau) * k - e.vz;
  const distDot = tauDot * C_AU_DAY;
  const rvx =
    gx + dist * (aex - pda * px) + distDot * (ux / dist - px) - pdv * (gx - distDot * px) + defRate[0];
  const rvy =
    gy + dist * (aey - pda * py) + distDot * (uy / dist - py) - pdv * (gy - distDot * py) + defRate[1];
  const rvz =
    gz + dist * (aez - pda * pz) + distDot * (uz / dist - pz) - pdv * (gz - distDot * pz) + defRate[2];
  const place = toPlace(f, [ux, uy, uz], [rvx, rvy, rvz]);
  place.distance = dist;
  return place;
}

/**
 * Apparent geocentric place of the Moon from its geocentric geometric state (VSOP87 frame): light-time only. The
 * Moon shares the Earth's orbital motion, so annual aberration and the Earth's motion during the light-time cancel
 * (to 1e-8 rad), and the Sun's deflection is below 0.001″ at the Moon.
 */
export function apparentMoon(f: Frame, moon: State): ApparentPlace {
  const tau = Math.hypot(moon.x, moon.y, moon.z) / C_AU_DAY;
  const p: Vec3 = [moon.x - moon.vx * tau, moon.y - moon.vy * tau, moon.z - moon.vz * tau];
  return toPlace(f, p, [moon.vx, moon.vy, moon.vz]);
}
