/**
 * Issue 20, item 6: right ascension and declination of every point (checked against the Swiss Ephemeris' right
 * ascension and declination of the planets in swiss-ephemeris-sky.json), the Hermetic lots with their day and night
 * formulae, the east point and the antivertex; and that none of them changes a chart that does not ask for them.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { angleContext, diffDeg, norm360 } from '../../src/astro/angles';
import { castChart, computeChart, resolveOptions } from '../../src/astro/chart';
import { eclipticToEquatorial } from '../../src/astro/coordinates';
import { computeEphemeris } from '../../src/astro/positions';
import {
  ARABIC_PARTS,
  type Chart,
  DEFAULT_POINTS,
  PLANETS,
  type Planet,
  POINT_NAMES,
  type PointName,
} from '../../src/astro/types';

const here = dirname(fileURLToPath(import.meta.url));
const sky = JSON.parse(readFileSync(resolve(here, '../fixtures/swiss-ephemeris-sky.json'), 'utf8')) as {
  bodies: {
    utc: string;
    equatorial: Partial<Record<Planet, { right_ascension: number; declination: number }>>;
  }[];
};
const jdOf = (iso: string) => Date.parse(iso) / 86400000 + 2440587.5;
const arcsec = (a: number, b: number) => Math.abs(diffDeg(a, b)) * 3600;
/** The bounds of sky-reference.test.ts through 2100 (VSOP87B and our Pluto; see docs/accuracy.md). */
const BOUND: Record<Planet, number> = {
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
};

const withEquatorial = sky.bodies.filter(
  (b) => Object.keys(b.equatorial).length > 0 && jdOf(b.utc) < 2488069.5,
);
const allPoints = resolveOptions({ points: POINT_NAMES });
const pointOf = (points: Chart['points'], name: PointName) => points.find((p) => p.name === name);

describe('right ascension and declination of the points', () => {
  it('has reference instants', () => expect(withEquatorial.length).toBeGreaterThan(40));

  it("the planets' in a chart are the Swiss Ephemeris' (sky reference, 1800–2100)", () => {
    for (const b of withEquatorial) {
      for (const zodiac of ['tropical', 'sidereal'] as const) {
        const cast = castChart(
          { jdUT: jdOf(b.utc), latitude: 47, longitude: 8, timeKnown: true },
          resolveOptions({
            points: POINT_NAMES,
            zodiac,
            ayanamsa: zodiac === 'sidereal' ? 'true_citra' : undefined,
          }),
        );
        for (const [planet, ref] of Object.entries(b.equatorial) as [
          Planet,
          { right_ascension: number; declination: number },
        ][]) {
          const p = pointOf(cast.points, planet);
          expect(p, planet).toBeDefined();
          expect
            .soft(arcsec(p?.right_ascension as number, ref.right_ascension), `${planet} α ${b.utc}`)
            .toBeLessThan(BOUND[planet]);
          expect
            .soft(Math.abs((p?.declination as number) - ref.declination) * 3600, `${planet} δ ${b.utc}`)
            .toBeLessThan(BOUND[planet]);
        }
      }
    }
  });

  it('the conversion used for the nodes, Lilith, lots and angle points gives the reference from the planets’ ecliptic positions', () => {
    for (const b of withEquatorial) {
      const jd = jdOf(b.utc);
      const eph = computeEphemeris(jd);
      for (const [planet, ref] of Object.entries(b.equatorial) as [
        Planet,
        { right_ascension: number; declination: number },
      ][]) {
        const p = eph.positions[planet];
        if (!p) continue;
        const eq = eclipticToEquatorial(p.longitude, p.latitude, eph.trueObliquity);
        expect.soft(arcsec(eq.ra, ref.right_ascension), `${planet} α`).toBeLessThan(BOUND[planet]);
        expect.soft(Math.abs(eq.dec - ref.declination) * 3600, `${planet} δ`).toBeLessThan(BOUND[planet]);
      }
    }
  });

  it('every point of a chart has them, finite, right ascension in [0, 360), declination within ±90°', () => {
    for (const lat of [-80, -33.9, 0, 51.5, 78.2]) {
      const c = castChart({ jdUT: 2451545.3, latitude: lat, longitude: 151.2, timeKnown: true }, allPoints);
      expect(c.points.map((p) => p.name)).toEqual(POINT_NAMES);
      for (const p of c.points) {
        expect(p.right_ascension).toBeGreaterThanOrEqual(0);
        expect(p.right_ascension).toBeLessThan(360);
        expect(Math.abs(p.declination)).toBeLessThanOrEqual(90);
      }
      // Points on the ecliptic: |δ| ≤ ε.
      for (const name of ['mean_node', 'true_node', 'vertex', 'east_point', ...ARABIC_PARTS] as PointName[]) {
        expect(Math.abs(pointOf(c.points, name)?.declination as number)).toBeLessThanOrEqual(23.45);
      }
    }
  });
});

describe('east point, antivertex, lots', () => {
  const jd = 2448000.75; // 1990-05-24 06:00 UT
  const noon = 2448001; // 1990-05-24 12:00 UT: noon at 0°, midnight at 180°
  const cast = (lat: number, lon: number) =>
    castChart({ jdUT: jd, latitude: lat, longitude: lon, timeKnown: true }, allPoints);

  it('east point: the ecliptic point of right ascension ARMC + 90°; antivertex opposite the vertex', () => {
    for (const [lat, lon] of [
      [48.4, 9.99],
      [-33.9, 151.2],
      [70, -20],
    ] as const) {
      const c = cast(lat, lon);
      const eph = computeEphemeris(jd);
      const ctx = angleContext(jd, eph.deltaTSeconds, lon, {
        dpsi: eph.nutationLongitude,
        deps: eph.nutationObliquity,
      });
      const east = pointOf(c.points, 'east_point');
      expect(arcsec(east?.right_ascension as number, norm360(ctx.armc + 90))).toBeLessThan(0.02);
      const vx = pointOf(c.points, 'vertex')?.longitude as number;
      expect(arcsec(pointOf(c.points, 'antivertex')?.longitude as number, vx + 180)).toBeLessThan(0.01);
    }
  });

  it('the lots follow the day and night formulae of Paulus Alexandrinus', () => {
    // A day chart (the Sun above the horizon) and a night chart (the same instant on the other side of the Earth).
    for (const [lon, day] of [
      [0, true],
      [180, false],
    ] as const) {
      const c = castChart({ jdUT: noon, latitude: 10, longitude: lon, timeKnown: true }, allPoints);
      const asc = c.angles?.ascendant as number;
      const at = (n: PointName) => pointOf(c.points, n)?.longitude as number;
      expect(norm360(at('sun') - asc) >= 180).toBe(day);
      const lot = (from: number, to: number) => norm360(day ? asc + to - from : asc + from - to);
      const fortune = lot(at('sun'), at('moon'));
      const spirit = lot(at('moon'), at('sun'));
      const expected: Record<string, number> = {
        part_of_fortune: fortune,
        part_of_spirit: spirit,
        part_of_eros: lot(spirit, at('venus')),
        part_of_necessity: lot(at('mercury'), fortune),
        part_of_courage: lot(at('mars'), fortune),
        part_of_victory: lot(spirit, at('jupiter')),
        part_of_nemesis: lot(at('saturn'), fortune),
      };
      for (const [name, value] of Object.entries(expected)) {
        expect(arcsec(at(name as PointName), value), `${name} (${day ? 'day' : 'night'})`).toBeLessThan(0.01);
      }
      // Fortune and Spirit are symmetric about the ascendant.
      expect(arcsec(norm360(fortune + spirit), norm360(2 * asc))).toBeLessThan(0.01);
    }
  });

  it('their speeds: a turn a day with the ascendant, or the Moon’s where the ascendant cancels (Eros, Victory)', () => {
    const c = castChart({ jdUT: noon, latitude: 48.4, longitude: 9.99, timeKnown: true }, allPoints);
    const speed = (n: PointName) => pointOf(c.points, n)?.speed as number;
    for (const name of ['east_point', 'antivertex', 'part_of_fortune', 'part_of_spirit'] as PointName[]) {
      expect(speed(name), name).toBeGreaterThan(200);
      expect(speed(name), name).toBeLessThan(500);
    }
    // By day Eros = Asc + Venus − (Asc + Sun − Moon): Venus − Sun + Moon.
    expect(speed('part_of_eros')).toBeCloseTo(speed('venus') - speed('sun') + speed('moon'), 2);
    expect(speed('part_of_victory')).toBeCloseTo(speed('jupiter') - speed('sun') + speed('moon'), 2);
  });

  it('need the birth time: left out of a chart without one', () => {
    const c = computeChart(
      {
        year: 1990,
        month: 5,
        day: 24,
        latitude: 48.4,
        longitude: 9.99,
        timezone: 'Europe/Berlin',
        time_known: false,
      },
      { points: POINT_NAMES },
    );
    const names = c.points.map((p) => p.name);
    for (const n of ['east_point', 'antivertex', 'part_of_fortune', ...ARABIC_PARTS])
      expect(names).not.toContain(n);
    expect(names).toContain('sun');
  });
});

describe('backward compatibility', () => {
  const subject = {
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    latitude: 48.4011,
    longitude: 9.9876,
    timezone: 'Europe/Berlin',
  };
  it('a chart that asks for nothing new has the points and aspects it had, and no patterns', () => {
    const c = computeChart(subject);
    expect(c.points.map((p) => p.name)).toEqual(DEFAULT_POINTS);
    expect(c.patterns).toBeUndefined();
    expect(c.settings).not.toHaveProperty('user_ayanamsa');
    const older = new Set([
      'conjunction',
      'opposition',
      'trine',
      'square',
      'sextile',
      'quincunx',
      'semi_sextile',
      'semi_square',
      'sesquiquadrate',
      'quintile',
      'bi_quintile',
    ]);
    for (const a of c.aspects) expect(older.has(a.aspect), a.aspect).toBe(true);
    // The new fields come last in each point: the rest is as it was.
    for (const p of c.points) expect(Object.keys(p).slice(-2)).toEqual(['right_ascension', 'declination']);
  });

  it('the ten planets keep their order and are all there', () => {
    const c = computeChart(subject, { points: [...POINT_NAMES].reverse() });
    expect(c.points.map((p) => p.name).slice(0, 10)).toEqual(PLANETS);
  });
});
