/**
 * Events of the sky, the same for everyone: sign ingresses, stations, lunations, eclipses (with their kind) and the
 * void-of-course Moon; and the Moon's phase at a moment. Tropical zodiac, geocentric apparent positions of date,
 * times as JD (UT).
 *
 * Ingresses and lunations are crossings on tracks (./track.ts, ./search.ts), polished on the full ephemeris where
 * the fit could move them by more than a few seconds; stations are the zeros of the fitted speed, refined by the
 * secant method on the full ephemeris' speed. Eclipses are examined at each syzygy near a lunar node: the moment of
 * greatest eclipse is where the shadow axis passes closest to the Earth's centre (solar) or the Moon's centre
 * closest to the shadow axis (lunar), found by golden-section search; the kind follows from the shadow cones with
 * the Swiss Ephemeris' radii of the Sun, Moon and Earth (see eclipseAt()).
 */
import { computeEphemeris, type DefaultBodyName } from '../positions';
import { PLANETS, type Planet, SIGNS, type Sign } from '../types';
import { crossings, fullPosition, polish, wrap180 } from './search';
import { buildTracks, type Track, trackAt } from './track';

export type SkyEventType = 'ingress' | 'station' | 'lunation' | 'eclipse' | 'void_of_course';
export const SKY_EVENT_TYPES: readonly SkyEventType[] = [
  'ingress',
  'station',
  'lunation',
  'eclipse',
  'void_of_course',
];
export const LUNATION_PHASES = ['new_moon', 'first_quarter', 'full_moon', 'last_quarter'] as const;
export type LunationPhase = (typeof LUNATION_PHASES)[number];
export type EclipseSubtype = 'total' | 'annular' | 'hybrid' | 'partial' | 'penumbral';

export type SkyEvent =
  | { type: 'ingress'; body: Planet; sign: Sign; at: number; retrograde: boolean }
  | { type: 'station'; body: Planet; direction: 'retrograde' | 'direct'; at: number; longitude: number }
  | { type: 'lunation'; phase: LunationPhase; at: number; longitude: number }
  | { type: 'eclipse'; kind: 'solar' | 'lunar'; subtype: EclipseSubtype; at: number }
  | { type: 'void_of_course'; start: number; end: number; last_aspect: MoonAspect | null };

export type Ingress = Extract<SkyEvent, { type: 'ingress' }>;
export type Station = Extract<SkyEvent, { type: 'station' }>;
export type Lunation = Extract<SkyEvent, { type: 'lunation' }>;
export type Eclipse = Extract<SkyEvent, { type: 'eclipse' }>;
export type VoidOfCourse = Extract<SkyEvent, { type: 'void_of_course' }>;

export interface MoonAspect {
  body: Planet;
  aspect: 'conjunction' | 'sextile' | 'square' | 'trine' | 'opposition';
  at: number;
}

const norm360 = (x: number) => ((x % 360) + 360) % 360;
/** Bodies that station (the Sun and Moon never do). */
export const STATION_BODIES: readonly Planet[] = PLANETS.filter((p) => p !== 'sun' && p !== 'moon');

// ----------------------------------------------------------------------------------------- ingresses

const SIGN_CUSPS = Array.from({ length: 12 }, (_, k) => 30 * k);

export function ingresses(jdA: number, jdB: number, bodies: readonly Planet[] = PLANETS): Ingress[] {
  const tracks = buildTracks(bodies, jdA - 1, jdB + 1);
  const out: Ingress[] = [];
  for (const body of bodies) {
    const t = tracks.get(body) as Track;
    crossings(t, SIGN_CUSPS, jdA - 0.5, jdB + 0.5, (k, jd, speed) => {
      const at = needsPolishSlow(speed) ? polish(body, 30 * k, jd, null, 0.1) : jd;
      if (at < jdA || at >= jdB) return;
      // Entering sign k going direct; sign k − 1 going retrograde.
      const sign = SIGNS[speed >= 0 ? k : (k + 11) % 12] as Sign;
      out.push({ type: 'ingress', body, sign, at, retrograde: speed < 0 });
    });
  }
  return out;
}

/** Below 0.2°/day a fit error of 0.5″ (the deflection near the Sun: more) could shift a crossing by > 2 s. */
function needsPolishSlow(speed: number): boolean {
  return Math.abs(speed) < 2;
}

// ----------------------------------------------------------------------------------------- stations

export function stations(jdA: number, jdB: number, bodies: readonly Planet[] = STATION_BODIES): Station[] {
  const tracks = buildTracks(bodies, jdA - 1, jdB + 1);
  const out: Station[] = [];
  for (const body of bodies) {
    const t = tracks.get(body) as Track;
    const n = t.lon.length - 1;
    for (let i = 0; i < n; i++) {
      const s0 = t.speed[i] as number;
      const s1 = t.speed[i + 1] as number;
      if (s0 >= 0 === s1 >= 0) continue;
      const at = stationMoment(body, t.t0 + i * t.h, t.t0 + (i + 1) * t.h, s0, s1);
      if (at < jdA || at >= jdB) continue;
      out.push({
        type: 'station',
        body,
        direction: s0 > 0 ? 'retrograde' : 'direct',
        at,
        longitude: norm360(fullPosition(body, at, null).longitude),
      });
    }
  }
  return out;
}

/**
 * The zero of the full ephemeris' speed between two samples of opposite sign: regula falsi (Illinois variant),
 * to 1e-6 day. (A sign change of the sampled speed between two samples: a planet's speed changes sign at most once
 * within 8 days, since its stations are months apart.)
 */
function stationMoment(body: DefaultBodyName, a: number, b: number, fa: number, fb: number): number {
  let side = 0;
  let x = a;
  for (let it = 0; it < 40; it++) {
    const prev = x;
    x = (a * fb - b * fa) / (fb - fa);
    // Converged when a step moves the estimate by < 1e-6 day (0.09 s); a station is flat to far more.
    if (it > 0 && Math.abs(x - prev) < 1e-6) break;
    const fx = fullPosition(body, x, null).speed;
    if (fx === 0) return x;
    if (fx > 0 === fb > 0) {
      b = x;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return x;
}

// ----------------------------------------------------------------------------------------- lunations

/** A track of the Moon's elongation from the Sun (Moon − Sun), sampled daily. */
function elongationTrack(jdA: number, jdB: number): { elong: Track; moon: Track; sun: Track } {
  const tracks = buildTracks(['moon'], jdA, jdB);
  const moon = tracks.get('moon') as Track;
  const n = moon.lon.length;
  const sun: Track = {
    body: 'sun',
    t0: moon.t0,
    h: moon.h,
    lon: new Float64Array(n),
    speed: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = computeEphemeris(moon.t0 + i * moon.h, ['sun']).positions.sun as {
      longitude: number;
      speed: number;
    };
    let lon = p.longitude;
    if (i > 0) lon += 360 * Math.round(((sun.lon[i - 1] as number) - lon) / 360);
    sun.lon[i] = lon;
    sun.speed[i] = p.speed;
  }
  const elong: Track = {
    body: 'moon',
    t0: moon.t0,
    h: moon.h,
    lon: moon.lon.map((m, i) => m - (sun.lon[i] as number)),
    speed: moon.speed.map((m, i) => m - (sun.speed[i] as number)),
  };
  return { elong, moon, sun };
}

export function lunations(jdA: number, jdB: number): Lunation[] {
  const { elong, moon } = elongationTrack(jdA - 2, jdB + 2);
  const out: Lunation[] = [];
  crossings(elong, [0, 90, 180, 270], jdA, jdB, (k, jd) => {
    out.push({
      type: 'lunation',
      phase: LUNATION_PHASES[k] as LunationPhase,
      at: jd,
      longitude: norm360(trackAt(moon, jd).longitude),
    });
  });
  return out.sort((a, b) => a.at - b.at);
}

// ----------------------------------------------------------------------------------------- eclipses

const AU_KM = 149597870.7;
/** Radii (km) as the Swiss Ephemeris takes them (DSUN, DMOON, DEARTH of swecl.c). */
const R_SUN = 696000;
const R_MOON = 1737.4;
const R_EARTH = 6378.14;
/** Polar radius over equatorial (flattening 1/298.257). */
const EARTH_AXES = 0.99664719;
/** The Earth's shadow is enlarged by its atmosphere: by 1/85 of the Earth's radius (Danjon's rule). */
const SHADOW_ENLARGEMENT = 1 + 1 / 85;

function geocentric(jd: number, sphere = true): { sun: number[]; moon: number[] } {
  const eq = computeEphemeris(jd, ['sun', 'moon']).equatorial;
  const vec = (p: { rightAscension: number; declination: number; distance: number }) => {
    const ra = (p.rightAscension * Math.PI) / 180;
    const de = (p.declination * Math.PI) / 180;
    const r = p.distance * AU_KM;
    // The polar axis is scaled so that the Earth becomes a sphere of its equatorial radius.
    return [
      r * Math.cos(de) * Math.cos(ra),
      r * Math.cos(de) * Math.sin(ra),
      (r * Math.sin(de)) / (sphere ? EARTH_AXES : 1),
    ];
  };
  return { sun: vec(eq.sun as never), moon: vec(eq.moon as never) };
}

const dot = (a: number[], b: number[]) =>
  (a[0] as number) * (b[0] as number) +
  (a[1] as number) * (b[1] as number) +
  (a[2] as number) * (b[2] as number);
const sub = (a: number[], b: number[]) => [
  (a[0] as number) - (b[0] as number),
  (a[1] as number) - (b[1] as number),
  (a[2] as number) - (b[2] as number),
];
const len = (a: number[]) => Math.sqrt(dot(a, a));

/** Solar: distance of the shadow axis from the Earth's centre, and the cones at that moment (km). */
function solarGeometry(jd: number) {
  const { sun, moon } = geocentric(jd);
  const sm = sub(sun, moon);
  const dist = len(sm);
  const d = sm.map((x) => x / dist);
  const z = dot(moon, d); // the Moon's height above the fundamental plane, towards the Sun
  const perp = sub(
    moon,
    d.map((x) => x * z),
  );
  const gamma = len(perp) / R_EARTH;
  const f1 = Math.asin((R_SUN + R_MOON) / dist);
  const f2 = Math.asin((R_SUN - R_MOON) / dist);
  // Radii of the penumbral and umbral cones on the fundamental plane, Earth radii; l2 < 0: the umbra reaches it.
  const zm = z / R_EARTH;
  const l1 = zm * Math.tan(f1) + R_MOON / R_EARTH / Math.cos(f1);
  const l2 = zm * Math.tan(f2) - R_MOON / R_EARTH / Math.cos(f2);
  return { gamma, l1, l2, tanF2: Math.tan(f2) };
}

/** Lunar: the Moon's distance from the shadow axis and the shadow radii at the Moon (km). */
function lunarGeometry(jd: number) {
  const { sun, moon } = geocentric(jd, false);
  const ds = len(sun);
  const axis = sun.map((x) => -x / ds);
  const along = dot(moon, axis);
  const dist = len(
    sub(
      moon,
      axis.map((x) => x * along),
    ),
  );
  const re = R_EARTH * SHADOW_ENLARGEMENT;
  const umbra = re - (along * (R_SUN - re)) / ds;
  const penumbra = re + (along * (R_SUN + re)) / ds;
  return { dist, umbra, penumbra };
}

function goldenMin(f: (x: number) => number, a: number, b: number, tol = 1e-6): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tol) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/** The eclipse (if any) of a new or full moon at JD `syzygy`. */
export function eclipseAt(syzygy: number, phase: 'new_moon' | 'full_moon'): Eclipse | null {
  if (phase === 'new_moon') {
    const at = goldenMin((x) => solarGeometry(x).gamma, syzygy - 0.25, syzygy + 0.25);
    const g = solarGeometry(at);
    if (g.gamma >= 1 + g.l1) return null;
    let subtype: EclipseSubtype;
    if (g.gamma < 1) {
      // Central: the umbral radius where the axis meets the surface, ζ above the fundamental plane.
      const zeta = Math.sqrt(1 - g.gamma * g.gamma);
      const atSurface = g.l2 - zeta * g.tanF2;
      // Total at greatest eclipse but annular where the path meets the limb (ζ = 0): hybrid.
      subtype = atSurface < 0 ? (g.l2 > 0 ? 'hybrid' : 'total') : 'annular';
    } else if (g.gamma < 1 + Math.abs(g.l2)) {
      subtype = g.l2 < 0 ? 'total' : 'annular'; // non-central: the shadow's edge grazes the Earth
    } else {
      subtype = 'partial';
    }
    return { type: 'eclipse', kind: 'solar', subtype, at };
  }
  const at = goldenMin((x) => lunarGeometry(x).dist, syzygy - 0.25, syzygy + 0.25);
  const g = lunarGeometry(at);
  let subtype: EclipseSubtype;
  if (g.dist + R_MOON < g.umbra) subtype = 'total';
  else if (g.dist - R_MOON < g.umbra) subtype = 'partial';
  else if (g.dist - R_MOON < g.penumbra) subtype = 'penumbral';
  else return null;
  return { type: 'eclipse', kind: 'lunar', subtype, at };
}

export function eclipses(jdA: number, jdB: number): Eclipse[] {
  const out: Eclipse[] = [];
  for (const l of lunations(jdA - 1, jdB + 1)) {
    if (l.phase !== 'new_moon' && l.phase !== 'full_moon') continue;
    // Far from a node no eclipse is possible: the Moon's latitude exceeds 1.6° (solar) / 1.75° (lunar).
    const lat = computeEphemeris(l.at, ['moon']).positions.moon?.latitude ?? 0;
    if (Math.abs(lat) > 1.8) continue;
    const e = eclipseAt(l.at, l.phase);
    if (e && e.at >= jdA && e.at < jdB) out.push(e);
  }
  return out;
}

// ----------------------------------------------------------------------------------------- void of course

const PTOLEMAIC = [
  ['conjunction', 0],
  ['sextile', 60],
  ['square', 90],
  ['trine', 120],
  ['opposition', 180],
  ['trine', 240],
  ['square', 270],
  ['sextile', 300],
] as const;
const VOC_BODIES: readonly Planet[] = PLANETS.filter((p) => p !== 'moon');

/**
 * Void-of-course Moon: from the Moon's last exact Ptolemaic aspect (conjunction, sextile, square, trine,
 * opposition) to the Sun or a planet (Mercury–Pluto) while in a sign, until it enters the next sign. A sign in
 * which the Moon makes no such aspect is void from the ingress on. Periods overlapping [jdA, jdB).
 */
export function voidOfCourse(jdA: number, jdB: number): VoidOfCourse[] {
  const a = jdA - 3;
  const b = jdB + 3;
  const tracks = buildTracks(['moon', ...VOC_BODIES], a, b);
  const moon = tracks.get('moon') as Track;
  const moonIngresses: number[] = [];
  crossings(moon, SIGN_CUSPS, a, b, (_k, jd) => {
    moonIngresses.push(jd);
  });
  moonIngresses.sort((x, y) => x - y);
  const aspects: MoonAspect[] = [];
  const n = moon.lon.length;
  for (const body of VOC_BODIES) {
    const other = tracks.get(body) as Track;
    // Moon − body on the Moon's grid: the body's track is evaluated there (its fit error is far below the Moon's).
    const diff: Track = {
      body: 'moon',
      t0: moon.t0,
      h: moon.h,
      lon: new Float64Array(n),
      speed: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const p = trackAt(other, moon.t0 + i * moon.h);
      diff.lon[i] = (moon.lon[i] as number) - p.longitude;
      diff.speed[i] = (moon.speed[i] as number) - p.speed;
    }
    crossings(
      diff,
      PTOLEMAIC.map((x) => x[1]),
      a,
      b,
      (k, jd) => {
        aspects.push({ body, aspect: (PTOLEMAIC[k] as (typeof PTOLEMAIC)[number])[0], at: jd });
      },
    );
  }
  aspects.sort((x, y) => x.at - y.at);
  const out: VoidOfCourse[] = [];
  let j = 0;
  for (let i = 1; i < moonIngresses.length; i++) {
    const enter = moonIngresses[i - 1] as number;
    const leave = moonIngresses[i] as number;
    let last: MoonAspect | null = null;
    while (j < aspects.length && (aspects[j] as MoonAspect).at < leave) {
      const x = aspects[j] as MoonAspect;
      if (x.at >= enter) last = x;
      j++;
    }
    const start = last ? last.at : enter;
    if (leave <= jdA || start >= jdB) continue;
    out.push({ type: 'void_of_course', start, end: leave, last_aspect: last });
  }
  return out;
}

// ----------------------------------------------------------------------------------------- all together

const eventTime = (e: SkyEvent) => (e.type === 'void_of_course' ? e.start : e.at);

/** The events of the given types in [jdA, jdB), in time order. */
export function skyEvents(
  jdA: number,
  jdB: number,
  types: readonly SkyEventType[] = SKY_EVENT_TYPES,
): SkyEvent[] {
  const want = new Set(types);
  const out: SkyEvent[] = [];
  if (want.has('ingress')) out.push(...ingresses(jdA, jdB));
  if (want.has('station')) out.push(...stations(jdA, jdB));
  if (want.has('lunation')) out.push(...lunations(jdA, jdB));
  if (want.has('eclipse')) out.push(...eclipses(jdA, jdB));
  if (want.has('void_of_course')) out.push(...voidOfCourse(jdA, jdB));
  return out.sort((x, y) => eventTime(x) - eventTime(y));
}

// ----------------------------------------------------------------------------------------- the Moon now

export const MOON_PHASE_NAMES = [
  'new_moon',
  'waxing_crescent',
  'first_quarter',
  'waxing_gibbous',
  'full_moon',
  'waning_gibbous',
  'last_quarter',
  'waning_crescent',
] as const;

export interface MoonNow {
  /** Name of the 45° sector of the elongation (as the charts' lunar_phase). */
  phase: (typeof MOON_PHASE_NAMES)[number];
  /** Elongation Moon − Sun in ecliptic longitude, degrees [0, 360). */
  angle: number;
  /** Illuminated fraction of the disc, from the Sun–Moon–Earth phase angle. */
  illumination: number;
  /** Days since the last new moon. */
  ageDays: number;
  longitude: number;
  sign: Sign;
  /** JD of the last new moon and the next. */
  previousNewMoon: number;
  nextNewMoon: number;
}

export function moonAt(jd: number): MoonNow {
  const eph = computeEphemeris(jd, ['sun', 'moon']);
  const moon = eph.positions.moon as { longitude: number };
  const sun = eph.positions.sun as { longitude: number };
  const angle = norm360(moon.longitude - sun.longitude);
  // Phase angle at the Moon from the geocentric vectors (the Sun's and the Moon's distances matter near quarter).
  const { sun: s, moon: m } = geocentric(jd, false);
  const ms = sub(s, m);
  const cosPhase = -dot(m, ms) / (len(m) * len(ms));
  const news = lunations(jd - 31, jd + 31).filter((l) => l.phase === 'new_moon');
  const prev = news.filter((l) => l.at <= jd).at(-1)?.at ?? Number.NaN;
  const next = news.find((l) => l.at > jd)?.at ?? Number.NaN;
  return {
    phase: MOON_PHASE_NAMES[Math.floor(angle / 45) % 8] as MoonNow['phase'],
    angle,
    illumination: (1 + cosPhase) / 2,
    ageDays: jd - prev,
    longitude: moon.longitude,
    sign: SIGNS[Math.floor(moon.longitude / 30) % 12] as Sign,
    previousNewMoon: prev,
    nextNewMoon: next,
  };
}

export { wrap180 };
