/**
 * Ceres, Pallas, Juno, Vesta and Pholus (issue 20) against the Swiss Ephemeris 2.10: the 120 instants of 1800–2400
 * in test/fixtures/swiss-ephemeris-sky.json (`bodies`, a byte-equal copy of ../shared/reference). Our tables come
 * from JPL SBDB elements of 2022 integrated by scripts/gen-asteroids.mjs; the reference is never used to make them.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { computeChart } from '../../src/astro/chart';
import { asteroidHelioState, BODY_NAMES, computeEphemeris, DEFAULT_BODIES } from '../../src/astro/positions';
import { ASTEROIDS, type Asteroid, DEFAULT_POINTS } from '../../src/astro/types';

const here = dirname(fileURLToPath(import.meta.url));
const sky = JSON.parse(readFileSync(resolve(here, '../fixtures/swiss-ephemeris-sky.json'), 'utf8')) as {
  bodies: {
    utc: string;
    jd_ut: number;
    ecliptic: Record<string, { longitude: number; latitude: number; speed: number }>;
  }[];
};

const arcsec = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 3600;

/**
 * Bounds (″ of longitude, ″ of latitude, °/day of speed) over 1800–2400, a little above the measured maxima
 * (docs/accuracy.md). The issue asks 30″: Pholus exceeds it at 7 of the 120 instants (up to 43″), all near its
 * perihelia of 1805, 2175, 2270 and 2358. The two orbits differ, not the computations: Pholus agrees within 0.7″
 * over 1970–2030 (below), and the difference grows both ways from there as a difference in the period would (one
 * part in 370 000 of the semi-major axis, 5.5e-5 AU, accounts for it to 8″); our integration moves it by < 1″
 * (`node scripts/gen-asteroids.mjs --sensitivity`). The Swiss Ephemeris' own documentation (swisseph.md 2.10,
 * §2.3.5) expects its Pholus to need corrections of "several arc minutes" outside the 20th century; we keep JPL's
 * orbit of 2022 and do not fit to the reference.
 */
const BOUND: Record<Asteroid, [number, number, number]> = {
  ceres: [15, 3, 3e-5],
  pallas: [30, 23, 7e-5],
  juno: [9, 2, 2.5e-5],
  vesta: [1.5, 0.7, 1e-5],
  pholus: [45, 20, 3e-5],
};

const worst = new Map<Asteroid, { lon: number; lat: number; speed: number; at: string }>();
afterAll(() => {
  if (process.env.ACCURACY_REPORT)
    console.table(
      Object.fromEntries(
        [...worst].map(([k, w]) => [
          k,
          {
            'max |Δλ| ″': +w.lon.toFixed(2),
            at: w.at,
            'max |Δβ| ″': +w.lat.toFixed(2),
            'max |Δspeed|': w.speed,
          },
        ]),
      ),
    );
});

describe('asteroids and centaurs against the Swiss Ephemeris (120 instants 1800–2400)', () => {
  it('Ceres, Pallas, Juno, Vesta and Pholus within their bounds', () => {
    let compared = 0;
    for (const b of sky.bodies) {
      const eph = computeEphemeris(b.jd_ut, ASTEROIDS);
      for (const name of ASTEROIDS) {
        const ref = b.ecliptic[name];
        if (!ref) continue;
        const ours = eph.positions[name];
        expect(ours, `${name} at ${b.utc}`).toBeDefined();
        if (!ours) continue;
        compared++;
        const dLon = arcsec(ours.longitude, ref.longitude);
        const dLat = Math.abs(ours.latitude - ref.latitude) * 3600;
        const dSpeed = Math.abs(ours.speed - ref.speed);
        const w = worst.get(name) ?? { lon: 0, lat: 0, speed: 0, at: '' };
        if (dLon > w.lon) Object.assign(w, { lon: dLon, at: b.utc.slice(0, 10) });
        w.lat = Math.max(w.lat, dLat);
        w.speed = Math.max(w.speed, dSpeed);
        worst.set(name, w);
        const [lonBound, latBound, speedBound] = BOUND[name];
        expect.soft(dLon, `${name} longitude at ${b.utc}`).toBeLessThan(lonBound);
        expect.soft(dLat, `${name} latitude at ${b.utc}`).toBeLessThan(latBound);
        expect.soft(dSpeed, `${name} speed at ${b.utc}`).toBeLessThan(speedBound);
      }
    }
    expect(compared).toBe(5 * 120);
  });

  it('Vesta, with Ceres and Pallas pulling on it, is within 1.5″ everywhere; 1800–2100 the main belt within 5″ but Pallas', () => {
    for (const b of sky.bodies.filter((x) => x.jd_ut < 2488069.5)) {
      const eph = computeEphemeris(b.jd_ut, ['ceres', 'juno', 'vesta']);
      for (const name of ['ceres', 'juno', 'vesta'] as const) {
        const ref = b.ecliptic[name];
        if (ref)
          expect(arcsec(eph.positions[name]?.longitude ?? Number.NaN, ref.longitude), name).toBeLessThan(5);
      }
    }
  });
});

describe('Pholus where its orbit rests on observations', () => {
  // Pholus was discovered in 1992. Around the observations that both orbits were fitted to, the difference in their
  // periods has not grown yet: a frame, time-scale or reduction error of ours would show here.
  it('is within 1″ of the Swiss Ephemeris over 1970–2030', () => {
    const arc = sky.bodies.filter((b) => b.jd_ut >= 2440587.5 && b.jd_ut < 2462502.5);
    expect(arc.length).toBe(15);
    for (const b of arc) {
      const ref = b.ecliptic.pholus;
      const ours = computeEphemeris(b.jd_ut, ['pholus']).positions.pholus;
      expect(ref, b.utc).toBeDefined();
      if (!ref || !ours) continue;
      expect(arcsec(ours.longitude, ref.longitude), `longitude at ${b.utc}`).toBeLessThan(1);
      expect(Math.abs(ours.latitude - ref.latitude) * 3600, `latitude at ${b.utc}`).toBeLessThan(1);
    }
  });
});

describe('tables and options', () => {
  it('cover 1800-01-01 east of Greenwich to 2399-12-31 (and a segment either side)', () => {
    for (const jd of [2378496.5 - 1, 2597640.5 + 1]) {
      for (const a of ASTEROIDS) expect(asteroidHelioState(a, jd), `${a} at ${jd}`).not.toBeNull();
    }
    for (const a of ASTEROIDS) expect(asteroidHelioState(a, 2376000)).toBeNull();
  });

  it('are not computed unless asked for: the default bodies and points are those of before', () => {
    expect(DEFAULT_BODIES).not.toContain('ceres');
    expect(BODY_NAMES).toContain('pholus');
    expect(DEFAULT_POINTS).toEqual([
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
      'part_of_fortune',
      'vertex',
    ]);
    expect(Object.keys(computeEphemeris(2451545).positions)).not.toContain('vesta');
    const subject = {
      year: 1990,
      month: 6,
      day: 1,
      hour: 12,
      latitude: 40.7,
      longitude: -74,
      timezone: 'America/New_York',
    };
    expect(computeChart(subject).points.map((p) => p.name)).not.toContain('ceres');
    const withAsteroids = computeChart(subject, { points: ['sun', 'moon', 'ceres', 'pholus'] });
    expect(withAsteroids.points.map((p) => p.name)).toEqual(['sun', 'moon', 'ceres', 'pholus']);
    const ceres = withAsteroids.points.find((p) => p.name === 'ceres');
    expect(ceres?.house).toBeGreaterThanOrEqual(1);
  });

  it('equatorial coordinates come with the ecliptic ones', () => {
    const eph = computeEphemeris(2460000.5, ['vesta']);
    expect(eph.equatorial.vesta?.distance).toBeGreaterThan(1);
    expect(eph.equatorial.vesta?.declination).toBeGreaterThan(-40);
  });
});
