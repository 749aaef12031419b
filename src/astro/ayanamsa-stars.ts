/**
 * The stars and galactic reference points that define the "true" ayanamsas (./ayanamsa.ts): their catalogue data
 * and their geocentric apparent place of date, computed the way the Swiss Ephemeris computes fixed stars (space
 * motion from proper motion, parallax and radial velocity; annual parallax; deflection by the Sun; annual aberration;
 * frame bias; precession; nutation) with the reduction of the planets (./reduction.ts).
 *
 * Catalogue data, ICRS, epoch J2000 (TT). Stars: the Hipparcos new reduction (van Leeuwen 2007) positions, proper
 * motions and parallaxes, with SIMBAD's radial velocities, as carried by the Swiss Ephemeris 2.10 catalogue
 * (sefstars.txt, 2018), which is what its ayanamsas use. Sgr A*: SIMBAD's position; proper motion of Reid &
 * Brunthaler (2004, ApJ 616, 872): −3.151 mas/yr east, −5.547 mas/yr north, read as the motion on the sky
 * (μα·cos δ); the Swiss catalogue divides the eastward value by cos δ once more (0.4 mas/yr apart: at most 0.16″ in
 * 2400); its distance 8 kpc (parallax 0.125 mas). Galactic pole of IAU 1958: its ICRS direction from the Hipparcos
 * catalogue (ESA 1997, vol. 1, §1.5.3: α = 192.85948°, δ = +27.12825°). "True" galactic pole: Liu, Zhu & Zhang
 * (2011, A&A 526, A16), as the Swiss catalogue gives it (we have not checked it against the paper). The poles have no
 * motion and no parallax, and are taken without aberration or deflection (they are directions, not light sources),
 * as in the Swiss Ephemeris.
 */
import { raToLongitude } from './angles';
import { vsopState } from './planets';
import { mulMat, rx, rz } from './precession';
import { aberrate, apply, C_AU_DAY, deflection, frameAt, type Mat3, toPlace, VSOP_TO_FK5 } from './reduction';

const DEG = Math.PI / 180;
const AS2R = DEG / 3600;
const J2000 = 2451545.0;
/** AU per parsec. */
const PARSEC_AU = 206264.80624709636;
/** km/s → AU/day. */
const KMS_AU_DAY = 86400 / 149597870.7;

export interface CatalogueStar {
  /** ICRS right ascension and declination at J2000, degrees. */
  ra: number;
  dec: number;
  /** Proper motion, mas/yr: μα·cos δ and μδ. */
  pmRa: number;
  pmDec: number;
  /** mas; 0 for a direction without parallax. */
  parallax: number;
  /** km/s. */
  radialVelocity: number;
  /** A direction rather than a light source: no aberration, no deflection. */
  direction?: boolean;
}

const hms = (h: number, m: number, s: number) => (h + m / 60 + s / 3600) * 15;
const dms = (sign: 1 | -1, d: number, m: number, s: number) => sign * (d + m / 60 + s / 3600);

export const AYANAMSA_STARS = {
  /** α Virginis, Spica (Citra). */
  spica: {
    ra: hms(13, 25, 11.57937),
    dec: dms(-1, 11, 9, 40.7501),
    pmRa: -42.35,
    pmDec: -30.67,
    parallax: 13.06,
    radialVelocity: 1,
  },
  /** ζ Piscium, Revati. */
  revati: {
    ra: hms(1, 13, 43.88735),
    dec: dms(1, 7, 34, 31.2745),
    pmRa: 145,
    pmDec: -55.69,
    parallax: 18.76,
    radialVelocity: 15,
  },
  /** δ Cancri, Asellus Australis (Pushya). */
  pushya: {
    ra: hms(8, 44, 41.09921),
    dec: dms(1, 18, 9, 15.5034),
    pmRa: -17.67,
    pmDec: -229.26,
    parallax: 24.98,
    radialVelocity: 17.14,
  },
  /** λ Scorpii, Shaula (Mula). */
  mula: {
    ra: hms(17, 33, 36.52012),
    dec: dms(-1, 37, 6, 13.7648),
    pmRa: -8.53,
    pmDec: -30.8,
    parallax: 5.71,
    radialVelocity: -3,
  },
  /** Sagittarius A*, the Galactic Centre. */
  galactic_centre: {
    ra: hms(17, 45, 40.03599),
    dec: dms(-1, 29, 0, 28.1699),
    pmRa: -3.151,
    pmDec: -5.547,
    parallax: 0.125,
    radialVelocity: 0,
  },
  /** North galactic pole of the IAU 1958 system. */
  galactic_pole_1958: {
    ra: 192.85948,
    dec: 27.12825,
    pmRa: 0,
    pmDec: 0,
    parallax: 0,
    radialVelocity: 0,
    direction: true,
  },
  /** North galactic pole after Liu, Zhu & Zhang (2011). */
  galactic_pole: {
    ra: hms(12, 51, 36.7151981),
    dec: dms(1, 27, 6, 11.193172),
    pmRa: 0,
    pmDec: 0,
    parallax: 0,
    radialVelocity: 0,
    direction: true,
  },
} as const satisfies Record<string, CatalogueStar>;
export type AyanamsaStar = keyof typeof AYANAMSA_STARS;

function ry(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c, 0, -s, 0, 1, 0, s, 0, c];
}

/** ICRS → mean equator and equinox of J2000: the IAU 2006 frame bias (SOFA iauBi00, as iauBp00 builds it). */
const FRAME_BIAS = mulMat(
  rx(0.0068192 * AS2R),
  mulMat(ry(-0.041775 * Math.sin(84381.448 * AS2R) * AS2R), rz(-0.0146 * AS2R)),
);
/** ICRS → VSOP87 frame: bias, then the transpose of VSOP87 → FK5. */
const ICRS_TO_VSOP: Mat3 = (() => {
  const m = VSOP_TO_FK5;
  const t: Mat3 = [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
  return mulMat(t, FRAME_BIAS);
})();

/** Barycentric position (AU) and velocity (AU/day) of a star at J2000, in the VSOP87 frame. */
function starState(s: CatalogueStar): { r: [number, number, number]; v: [number, number, number] } {
  const dist = s.parallax > 0 ? PARSEC_AU / (s.parallax / 1000) : 1e9;
  const a = s.ra * DEG;
  const d = s.dec * DEG;
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const cd = Math.cos(d);
  const sd = Math.sin(d);
  // Unit vector and its derivatives along α and δ.
  const u = [cd * ca, cd * sa, sd];
  const ua = [-sa, ca, 0]; // ∂u/∂α / cos δ
  const ud = [-sd * ca, -sd * sa, cd];
  const pa = ((s.pmRa / 1000) * AS2R) / 365.25; // rad/day on the sky
  const pd = ((s.pmDec / 1000) * AS2R) / 365.25;
  const rv = s.radialVelocity * KMS_AU_DAY;
  const r = u.map((x) => x * dist) as [number, number, number];
  const v = [0, 1, 2].map(
    (i) => dist * (pa * (ua[i] as number) + pd * (ud[i] as number)) + rv * (u[i] as number),
  );
  return {
    r: apply(ICRS_TO_VSOP, r[0], r[1], r[2]),
    v: apply(ICRS_TO_VSOP, v[0] as number, v[1] as number, v[2] as number),
  };
}

const STATES = new Map<CatalogueStar, ReturnType<typeof starState>>();

/** Apparent place of a star, true ecliptic and equator of date, and its mean-equator right ascension (degrees). */
export interface StarPlace {
  /** Longitude on the true ecliptic and equinox of date. */
  longitude: number;
  latitude: number;
  /** Right ascension on the mean equator and equinox of date (no nutation). */
  meanRightAscension: number;
  /** Mean obliquity of date and nutation in longitude (degrees), to go with it. */
  meanObliquity: number;
  nutationLongitude: number;
}

/** Geocentric apparent place of a catalogue star at a Julian day in TT. */
export function starPlace(star: CatalogueStar, jdTT: number): StarPlace {
  let st = STATES.get(star);
  if (!st) {
    st = starState(star);
    STATES.set(star, st);
  }
  const t = jdTT - J2000;
  const earth = vsopState('earth', jdTT);
  // Star at date (linear space motion) seen from the Earth: annual parallax. The Earth's heliocentric position stands
  // for its barycentric one (0.01 AU apart: below a microarcsecond at these distances).
  const qx = st.r[0] + st.v[0] * t;
  const qy = st.r[1] + st.v[1] * t;
  const qz = st.r[2] + st.v[2] * t;
  let px = qx - earth.x;
  let py = qy - earth.y;
  let pz = qz - earth.z;
  const pn = Math.hypot(px, py, pz);
  px /= pn;
  py /= pn;
  pz /= pn;
  if (!star.direction) {
    const d = deflection(px, py, pz, qx, qy, qz, earth.x, earth.y, earth.z);
    // The Sun's barycentric velocity (≈ 13 m/s, 0.009″ of aberration) is left out.
    [px, py, pz] = aberrate(
      px + d[0],
      py + d[1],
      pz + d[2],
      earth.vx / C_AU_DAY,
      earth.vy / C_AU_DAY,
      earth.vz / C_AU_DAY,
      Math.hypot(earth.x, earth.y, earth.z),
    );
  }
  const f = frameAt(jdTT);
  const place = toPlace(f, [px, py, pz], [0, 0, 0]);
  // Mean equator of date: the mean ecliptic coordinates turned back by the mean obliquity.
  const [ex, ey, ez] = apply(f.toEcliptic, px, py, pz);
  const e = f.meanObliquity * DEG;
  const my = ey * Math.cos(e) - ez * Math.sin(e);
  const ra = Math.atan2(my, ex) / DEG;
  return {
    longitude: place.longitude,
    latitude: place.latitude,
    meanRightAscension: ra < 0 ? ra + 360 : ra,
    meanObliquity: f.meanObliquity,
    nutationLongitude: f.dpsi,
  };
}

/** The point of the mean ecliptic of date with a star's mean right ascension, plus the nutation (Wilhelm's method). */
export function starRightAscensionOnEcliptic(place: StarPlace): number {
  const lon =
    raToLongitude(place.meanRightAscension, Math.cos(place.meanObliquity * DEG)) + place.nutationLongitude;
  return ((lon % 360) + 360) % 360;
}
