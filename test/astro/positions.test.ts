import { AstroTime, Body, Ecliptic, GeoVector } from 'astronomy-engine';
import { afterAll, describe, expect, it } from 'vitest';
import { ayanamsaDegrees, ayanamsaSpeed, toSidereal } from '../../src/astro/ayanamsa';
import { deltaTSeconds, deltaTSecondsForYear } from '../../src/astro/deltat';
import {
  BODY_NAMES,
  type BodyName,
  chironHelioState,
  computeEphemeris,
  computePositions,
  isRetrograde,
  plutoHelioState,
} from '../../src/astro/positions';
import { AYANAMSAS, type Ayanamsa } from '../../src/astro/types';
import { loadSwissFixtures } from './swiss-fixtures';

interface FixturePoint {
  longitude: number;
  latitude: number;
  speed: number;
}
interface FixtureCase {
  input: { utc: string; zodiac: 'tropical' | 'sidereal'; ayanamsa?: Ayanamsa };
  expected: {
    points: Record<BodyName, FixturePoint>;
    ayanamsa_degrees: number | null;
    delta_t_seconds: number;
  };
}

function loadFixtures(): FixtureCase[] {
  return loadSwissFixtures<FixtureCase>();
}

const CASES = loadFixtures();
const jdOf = (utc: string) => Date.parse(utc) / 86400000 + 2440587.5;
const yearOf = (utc: string) => Number(utc.slice(0, 4));
/** Signed difference a − b in degrees, in (−180, 180]. */
function diffDeg(a: number, b: number): number {
  const d = (((a - b) % 360) + 540) % 360;
  return d - 180;
}

/**
 * Bounds against the Swiss Ephemeris 2.10 (arcseconds of longitude and latitude; °/day of speed), 1800–2100 (the
 * fixtures). Issue 23: Sun–Saturn and the Moon 0.5″, Uranus 2″, Neptune 2.5″, Pluto 5″ for 1885–2099 and no worse
 * than before elsewhere (astronomy-engine: 17.9″); the points derived from the Moon and Chiron follow.
 */
const POS_TOL: Record<BodyName, number> = {
  sun: 0.5,
  moon: 0.5,
  mercury: 0.5,
  venus: 0.5,
  mars: 0.5,
  jupiter: 0.5,
  saturn: 0.5,
  uranus: 2,
  neptune: 2.5,
  pluto: 8,
  mean_node: 0.25,
  true_node: 4,
  mean_lilith: 1.5,
  chiron: 2.5,
};
/** Pluto over 1885–2099, where the issue asks 5″. */
const PLUTO_TOL_1885_2099 = 5;
const SPEED_TOL: Record<BodyName, number> = {
  sun: 5e-6,
  moon: 1e-4,
  mercury: 2e-5,
  venus: 2e-5,
  mars: 2e-5,
  jupiter: 2e-5,
  saturn: 2e-5,
  uranus: 2e-5,
  neptune: 2e-5,
  pluto: 2e-5,
  mean_node: 5e-6,
  true_node: 5e-4,
  mean_lilith: 5e-6,
  chiron: 2e-5,
};
/** Ayanamsas (each with the precession model it was defined with, as Swiss 2.10 does): measured ≤ 0.012″. */
const AYANAMSA_TOL = 0.05;

interface Max {
  lon: number;
  lat: number;
  speed: number;
  lonAt: string;
}
const maxErr = new Map<string, Max>();
function record(key: string, dLon: number, dLat: number, dSpeed: number, at: string) {
  const m = maxErr.get(key) ?? { lon: 0, lat: 0, speed: 0, lonAt: '' };
  if (dLon > m.lon) {
    m.lon = dLon;
    m.lonAt = at;
  }
  m.lat = Math.max(m.lat, dLat);
  m.speed = Math.max(m.speed, dSpeed);
  maxErr.set(key, m);
}
const ayanErr = new Map<string, number>();
let maxDeltaT = { diff: 0, at: '' };

afterAll(() => {
  const rows = [...maxErr.entries()].map(([body, m]) => ({
    body,
    'max |Δlon| ″': Number(m.lon.toFixed(3)),
    'max |Δlat| ″': Number(m.lat.toFixed(3)),
    'max |Δspeed| °/day': Number(m.speed.toExponential(1)),
    'worst lon at': m.lonAt.slice(0, 10),
  }));
  console.log(`Tropical positions vs Swiss Ephemeris 2.10, ${CASES.length} charts 1802–2098, our ΔT:`);
  console.table(rows);
  console.log(
    'ayanamsa max |Δ| ″:',
    Object.fromEntries([...ayanErr.entries()].map(([k, v]) => [k, Number(v.toFixed(3))])),
  );
  console.log(`ΔT max |ours − Swiss| = ${maxDeltaT.diff.toFixed(3)} s at ${maxDeltaT.at}`);
});

describe('Swiss Ephemeris 2.10 fixtures (every case, our ΔT)', () => {
  it.each(CASES.map((c) => [c.input.utc, c.input.zodiac, c.input.ayanamsa ?? '', c] as const))(
    '%s %s %s',
    (utc, zodiac, _ayanamsa, c) => {
      const jd = jdOf(utc);
      const tropical = computePositions(jd);
      // The fixtures give sidereal charts as Swiss tropical − Swiss ayanamsa: positions are checked in the
      // tropical zodiac (Swiss's own tropical value = sidereal + its ayanamsa), the ayanamsa on its own, and the
      // sidereal result (what a user reads) within the sum of both bounds.
      const swissAyanamsa = zodiac === 'sidereal' ? (c.expected.ayanamsa_degrees as number) : 0;
      let sidereal: typeof tropical | null = null;
      if (zodiac === 'sidereal') {
        const name = c.input.ayanamsa as Ayanamsa;
        const ayan = ayanamsaDegrees(name, jd);
        const dAyan = Math.abs(ayan - swissAyanamsa) * 3600;
        ayanErr.set(name, Math.max(ayanErr.get(name) ?? 0, dAyan));
        expect.soft(dAyan, 'ayanamsa ″').toBeLessThan(AYANAMSA_TOL);
        sidereal = toSidereal(tropical, name, jd);
      }
      const year = yearOf(utc);
      for (const body of BODY_NAMES) {
        const e = c.expected.points[body];
        const p = tropical[body];
        expect(p, body).toBeDefined();
        if (!p) continue;
        const dLon = Math.abs(diffDeg(p.longitude, e.longitude + swissAyanamsa)) * 3600;
        const dLat = Math.abs(p.latitude - e.latitude) * 3600;
        // Swiss's sidereal speeds are less the ayanamsa's rate (≈ 3.8e-5 °/day).
        const dSpeed = Math.abs(p.speed - (zodiac === 'sidereal' ? ayanamsaSpeedOf(c, jd) : 0) - e.speed);
        record(body, dLon, dLat, dSpeed, utc);
        let tol = POS_TOL[body];
        if (body === 'pluto' && year >= 1885 && year <= 2099) {
          record('pluto 1885–2099', dLon, dLat, dSpeed, utc);
          tol = PLUTO_TOL_1885_2099;
        }
        expect.soft(dLon, `${body} longitude ″`).toBeLessThan(tol);
        expect.soft(dLat, `${body} latitude ″`).toBeLessThan(tol);
        expect.soft(dSpeed, `${body} speed °/day`).toBeLessThan(SPEED_TOL[body]);
        expect(p.longitude).toBeGreaterThanOrEqual(0);
        expect(p.longitude).toBeLessThan(360);
        expect(isRetrograde(p)).toBe(p.speed < 0);
        // Retrograde flag agrees with Swiss except when the body is within the speed tolerance of stationary.
        if (Math.abs(e.speed) > SPEED_TOL[body])
          expect(isRetrograde(p), `${body} retrograde`).toBe(e.speed < 0);
        if (sidereal) {
          const sp = sidereal[body] as { longitude: number };
          expect
            .soft(Math.abs(diffDeg(sp.longitude, e.longitude)) * 3600, `${body} sidereal ″`)
            .toBeLessThan(tol + AYANAMSA_TOL);
        }
      }
      const dt = deltaTSeconds(jd) - c.expected.delta_t_seconds;
      if (Math.abs(dt) > maxDeltaT.diff) maxDeltaT = { diff: Math.abs(dt), at: utc };
      // ≤ 0.15 s (0.08″ of the Moon): before 1955 the Stephenson–Morrison–Hohenkerk spline differs from Swiss's
      // table by up to 0.1 s; 2024–2026 we have observations where Swiss 2.10 has its forecast; else ≤ 0.01 s.
      expect.soft(Math.abs(dt), 'ΔT seconds').toBeLessThan(0.15);
    },
  );
});

function ayanamsaSpeedOf(c: FixtureCase, jd: number): number {
  return ayanamsaSpeed(c.input.ayanamsa as Ayanamsa, jd);
}

describe('ΔT', () => {
  it('is continuous at the joins (1955 spline → IERS table → cubic → prediction → its end of fading)', () => {
    for (const y of [1955, 2025, 2028, 2128]) {
      const a = deltaTSecondsForYear(y - 1e-6);
      const b = deltaTSecondsForYear(y + 1e-6);
      expect(Math.abs(a - b)).toBeLessThan(1e-3);
    }
  });
  it('is smooth across the bridge from the last observation to the prediction (no jump in its rate)', () => {
    for (const y of [2025, 2028]) {
      const h = 1e-3;
      const left = (deltaTSecondsForYear(y) - deltaTSecondsForYear(y - h)) / h;
      const right = (deltaTSecondsForYear(y + h) - deltaTSecondsForYear(y)) / h;
      expect(Math.abs(left - right), `rate at ${y}`).toBeLessThan(0.01);
    }
  });
  it('has the observed values and a sensible future', () => {
    expect(deltaTSecondsForYear(1900)).toBeCloseTo(-2.0, 0); // SMH 2016 (AA table: −2.7)
    expect(deltaTSecondsForYear(2000)).toBeCloseTo(63.83, 1);
    expect(deltaTSecondsForYear(2025.5)).toBeGreaterThan(68.9);
    expect(deltaTSecondsForYear(2025.5)).toBeLessThan(69.3);
    // Slow growth after the table (SMH 2016 prediction): ~74.5 s in 2050, ~92 s in 2100, ~855 s in 2500.
    expect(deltaTSecondsForYear(2050)).toBeGreaterThan(73);
    expect(deltaTSecondsForYear(2050)).toBeLessThan(76);
    expect(deltaTSecondsForYear(2100)).toBeGreaterThan(90);
    expect(deltaTSecondsForYear(2100)).toBeLessThan(95);
    expect(deltaTSecondsForYear(2500)).toBeCloseTo(855, -1);
    expect(Number.isFinite(deltaTSecondsForYear(-1000))).toBe(true);
  });
  it('is the one the ephemeris uses', () => {
    const jd = 2460000.5;
    expect(computeEphemeris(jd, []).deltaTSeconds).toBeCloseTo(deltaTSeconds(jd), 6);
  });
});

describe('computePositions / computeEphemeris', () => {
  const jd = 2451545.0;
  it('computes only what is asked, ignores non-body point names', () => {
    const p = computePositions(jd, ['moon', 'chiron', 'part_of_fortune', 'vertex']);
    expect(Object.keys(p).sort()).toEqual(['chiron', 'moon']);
  });
  it('returns the same values for a subset as for the full set', () => {
    const all = computePositions(jd);
    const some = computePositions(jd, ['pluto', 'true_node', 'mean_lilith']);
    expect(some.pluto?.longitude).toBeCloseTo(all.pluto?.longitude as number, 9);
    expect(some.true_node?.longitude).toBeCloseTo(all.true_node?.longitude as number, 9);
    expect(some.mean_lilith?.speed).toBeCloseTo(all.mean_lilith?.speed as number, 12);
  });
  it('gives obliquity and nutation', () => {
    const e = computeEphemeris(jd, []);
    expect(e.meanObliquity).toBeCloseTo(84381.406 / 3600, 6); // IAU 2006 ε0 (J2000 UT is 64 s before TT)
    expect(Math.abs(e.trueObliquity - e.meanObliquity - e.nutationObliquity)).toBeLessThan(1e-9);
    expect(Math.abs(e.nutationLongitude) * 3600).toBeLessThan(20);
    expect(e.jdTT - e.jdUT).toBeCloseTo(63.83 / 86400, 6);
  });
  it('has Chiron and Pluto over every chart date (1800–2399 in any time zone) and not beyond their tables', () => {
    // 1800-01-01 00:00 at UTC+14 is 1799-12-31 10:00 UT; 2399-12-31 24:00 at UTC−12 is 2400-01-01 12:00 UT.
    for (const jd of [2378495.9, 2597642.0]) {
      expect(chironHelioState(jd), `Chiron at ${jd}`).not.toBeNull();
      expect(plutoHelioState(jd), `Pluto at ${jd}`).not.toBeNull();
      expect(Object.keys(computePositions(jd, ['chiron', 'pluto'])).sort()).toEqual(['chiron', 'pluto']);
    }
    expect(chironHelioState(2376448.5 - 1)).toBeNull();
    expect(chironHelioState(2599680.5 + 1)).toBeNull();
    expect(plutoHelioState(2599680.5 + 1)).toBeNull();
    expect(computePositions(2300000.5, ['chiron']).chiron).toBeUndefined();
    expect(computePositions(2300000.5, ['sun']).sun).toBeDefined();
  });
  it('Chiron table velocity is the derivative of its position', () => {
    const t = 2450000.25;
    const a = chironHelioState(t - 0.5);
    const b = chironHelioState(t + 0.5);
    const s = chironHelioState(t);
    if (!a || !b || !s) throw new Error('no Chiron');
    expect(Math.abs(b.x - a.x - s.vx)).toBeLessThan(1e-9);
    expect(Math.abs(b.y - a.y - s.vy)).toBeLessThan(1e-9);
    expect(Math.abs(b.z - a.z - s.vz)).toBeLessThan(1e-9);
  });
  it('speeds are the time derivative of the longitudes (true node: see below)', () => {
    const t = 2447000.3;
    const h = 0.005;
    const p0 = computePositions(t - h);
    const p1 = computePositions(t + h);
    const p = computePositions(t);
    for (const body of BODY_NAMES) {
      const num = diffDeg(p1[body]?.longitude as number, p0[body]?.longitude as number) / (2 * h);
      // The true node's speed is the rate of the osculating node under the Sun's pull (r × a☉), not the
      // derivative of our osculating node, which inherits the lunar theory's velocity noise (against Swiss:
      // 2.2e-4 °/day for the former, 1.8e-3 for the latter).
      const tol = body === 'true_node' ? 3e-3 : 2e-5;
      expect(Math.abs(num - (p[body]?.speed as number)), body).toBeLessThan(tol);
    }
  });
});

describe('cross-check with astronomy-engine (an independent implementation)', () => {
  // astronomy-engine's truncated VSOP87 and 1954 lunar theory are good to ~25″ over 1800–2100 (measured against the
  // Swiss Ephemeris before issue 23): a gross error of ours (a frame, a sign, a unit) would show far beyond that.
  const BODIES: [BodyName, Body][] = [
    ['sun', Body.Sun],
    ['moon', Body.Moon],
    ['mercury', Body.Mercury],
    ['venus', Body.Venus],
    ['mars', Body.Mars],
    ['jupiter', Body.Jupiter],
    ['saturn', Body.Saturn],
    ['uranus', Body.Uranus],
    ['neptune', Body.Neptune],
    ['pluto', Body.Pluto],
  ];
  it('agrees within 30″ at 60 instants 1800–2100 (same TT)', () => {
    for (let i = 0; i < 60; i++) {
      const jdUT = 2378496.5 + i * 1826.2 + 0.37 * i;
      const eph = computeEphemeris(jdUT);
      const t = AstroTime.FromTerrestrialTime(eph.jdTT - 2451545);
      for (const [name, body] of BODIES) {
        const theirs = Ecliptic(GeoVector(body, t, true)).elon;
        const ours = eph.positions[name]?.longitude as number;
        expect(Math.abs(diffDeg(ours, theirs)) * 3600, `${name} at JD ${jdUT}`).toBeLessThan(30);
      }
    }
  });
});

describe('ayanamsa', () => {
  it('known values', () => {
    // Lahiri: 23°15′00.658″ (true) on 1956-03-21 0h TT; Fagan/Bradley 24°02′31.36″ (mean) on 1950-01-01.
    const jdLahiri = 2435553.5 - deltaTSeconds(2435553.5) / 86400;
    expect(Math.abs(ayanamsaDegrees('lahiri', jdLahiri) - (23 + 15 / 60 + 0.658 / 3600)) * 3600).toBeLessThan(
      1,
    );
    for (const name of AYANAMSAS) {
      if (['lahiri', 'fagan_bradley', 'raman', 'krishnamurti'].includes(name)) {
        const v = ayanamsaDegrees(name, 2451545);
        expect(v).toBeGreaterThan(22);
        expect(v).toBeLessThan(25);
      }
      // ~50.3″ a year, for every ayanamsa (test/astro/ayanamsas.test.ts checks their values). The rate of the
      // day also carries the nutation, and for the star-based ones the star's annual aberration (±20″ a year).
      const year = diffDeg(ayanamsaDegrees(name, 2451545 + 365.25), ayanamsaDegrees(name, 2451545)) * 3600;
      expect(year).toBeGreaterThan(40);
      expect(year).toBeLessThan(60);
      const rate = ayanamsaSpeed(name, 2451545) * 365.25 * 3600;
      expect(Math.abs(rate - 50)).toBeLessThan(150);
    }
    // Krishnamurti is Lahiri minus ~6′ (not in the fixtures).
    const dk = (ayanamsaDegrees('lahiri', 2451545) - ayanamsaDegrees('krishnamurti', 2451545)) * 60;
    expect(dk).toBeGreaterThan(5);
    expect(dk).toBeLessThan(7);
  });
});
