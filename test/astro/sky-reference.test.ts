/**
 * The second, generated test set of issue 23, built only from reference data (the Swiss Ephemeris 2.10 values in
 * test/fixtures/swiss-ephemeris-sky.json, a byte-equal copy of ../shared/reference; never from our own output):
 *   - right ascension and declination of the Sun, Moon and planets at 69 instants 1800–2400, checked as such, and
 *     turned into ecliptic longitudes of date with the true obliquity (the inverse of what produced them);
 *   - Chiron's ecliptic longitude at 120 instants 1800–2400;
 *   - the Moon's and the Sun's longitude at the 1 534 new/full moons and quarters of 2000–2030 (the Sun's is the
 *     Moon's less 0°, 90°, 180° or 270°);
 *   - the longitude of the planets at their 563 stations of 2000–2030 and at their 1 519 sign ingresses (exactly
 *     on a sign boundary: checked as positions only, a boundary has no "same arcminute");
 *   - the progressed planets of 20 natal charts (200 longitudes).
 * Each position is checked against its bound, and ≥ 99.5 % of the longitudes must show the same degree and
 * arcminute as the Swiss Ephemeris'.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { computeEphemeris, computePositions } from '../../src/astro/positions';
import { PLANETS, type Planet, SIGNS, type Sign } from '../../src/astro/types';

const here = dirname(fileURLToPath(import.meta.url));
const sky = JSON.parse(readFileSync(resolve(here, '../fixtures/swiss-ephemeris-sky.json'), 'utf8')) as Sky;

interface Sky {
  bodies: {
    utc: string;
    jd_ut: number;
    ecliptic: Record<string, { longitude: number; latitude: number }>;
    /** Empty at 51 of the 120 instants. */
    equatorial: Partial<Record<Planet, { right_ascension: number; declination: number }>>;
  }[];
  events: {
    lunations: { phase: string; at: string; moon_longitude: number }[];
    stations: { body: Planet; at: string; longitude: number }[];
    ingresses: { body: Planet; sign: Sign; at: string; retrograde: boolean }[];
  };
  progressions: { cases: { progressed_jd_ut: number; points: Record<Planet, number> }[] };
}

const DEG = Math.PI / 180;
const jdOf = (iso: string) => Date.parse(iso) / 86400000 + 2440587.5;
const arcsec = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 3600;
const minuteOf = (lon: number) => Math.floor((((lon % 360) + 360) % 360) * 60);

/**
 * Bounds (″) over 1800–2100 and over 2100–2400: VSOP87B holds to 0.5″ (Uranus 2″, Neptune 2.5″) through 2100 and
 * drifts from the JPL ephemeris behind the Swiss Ephemeris after that (measured over 2 000 instants: Mars 3.9″,
 * Jupiter and Saturn 0.8″, Uranus 4.6″, Neptune 5.7″ by 2400); Pluto and Chiron: see docs/accuracy.md.
 */
const BOUND: Record<Planet | 'chiron', [number, number]> = {
  sun: [0.5, 0.5],
  moon: [0.5, 0.5],
  mercury: [0.5, 0.5],
  venus: [0.5, 0.5],
  mars: [0.5, 4.5],
  jupiter: [0.5, 1],
  saturn: [0.5, 1],
  uranus: [2, 5],
  neptune: [2.5, 6.5],
  pluto: [8, 20],
  chiron: [2.5, 6],
};
const bound = (body: Planet | 'chiron', jd: number) => BOUND[body][jd < 2488069.5 ? 0 : 1];

const stat = { same: 0, all: 0 };
const worst = new Map<string, number>();
function check(
  what: string,
  body: Planet | 'chiron',
  jd: number,
  ours: number,
  theirs: number,
  arcminute = true,
) {
  const e = arcsec(ours, theirs);
  worst.set(`${what} ${body}`, Math.max(worst.get(`${what} ${body}`) ?? 0, e));
  expect.soft(e, `${what} ${body} at JD ${jd}`).toBeLessThan(bound(body, jd));
  if (!arcminute) return;
  stat.all++;
  if (minuteOf(ours) === minuteOf(theirs)) stat.same++;
}

afterAll(() => {
  console.log(
    `Generated reference set: ${stat.same}/${stat.all} = ${((100 * stat.same) / stat.all).toFixed(2)} % same degree and arcminute; max ″:`,
    Object.fromEntries([...worst].map(([k, v]) => [k, Number(v.toFixed(2))])),
  );
});

describe('generated reference set (from swiss-ephemeris-sky.json)', () => {
  it('right ascension and declination at 69 instants 1800–2400, the longitudes they give, and Chiron', () => {
    for (const b of sky.bodies) {
      const eph = computeEphemeris(b.jd_ut);
      const eps = eph.trueObliquity * DEG;
      for (const body of PLANETS) {
        const ref = b.equatorial[body];
        if (!ref) continue;
        const ours = eph.equatorial[body];
        if (!ours) throw new Error(`no ${body}`);
        const ra = ref.right_ascension * DEG;
        const dec = ref.declination * DEG;
        check(
          'RA·cos δ',
          body,
          b.jd_ut,
          ours.rightAscension * Math.cos(dec),
          ref.right_ascension * Math.cos(dec),
          false,
        );
        check('declination', body, b.jd_ut, ours.declination, ref.declination, false);
        // Equatorial → ecliptic of date.
        const lon =
          Math.atan2(Math.sin(ra) * Math.cos(eps) + Math.tan(dec) * Math.sin(eps), Math.cos(ra)) / DEG;
        check('longitude from RA/Dec', body, b.jd_ut, eph.positions[body]?.longitude ?? Number.NaN, lon);
      }
      const chiron = b.ecliptic.chiron;
      if (chiron)
        check(
          'longitude',
          'chiron',
          b.jd_ut,
          eph.positions.chiron?.longitude ?? Number.NaN,
          chiron.longitude,
        );
    }
  });

  it('the Moon and the Sun at the lunations of 2000–2030', () => {
    const phaseAngle: Record<string, number> = {
      new_moon: 0,
      first_quarter: 90,
      full_moon: 180,
      last_quarter: 270,
    };
    for (const l of sky.events.lunations) {
      const jd = jdOf(l.at);
      const p = computePositions(jd, ['sun', 'moon']);
      check('lunation', 'moon', jd, p.moon?.longitude ?? Number.NaN, l.moon_longitude);
      check(
        'lunation',
        'sun',
        jd,
        p.sun?.longitude ?? Number.NaN,
        l.moon_longitude - (phaseAngle[l.phase] as number),
      );
    }
  });

  it('the planets at their stations and sign ingresses of 2000–2030', () => {
    for (const s of sky.events.stations) {
      const jd = jdOf(s.at);
      check(
        'station',
        s.body,
        jd,
        computePositions(jd, [s.body])[s.body]?.longitude ?? Number.NaN,
        s.longitude,
      );
    }
    for (const i of sky.events.ingresses) {
      const jd = jdOf(i.at);
      // Entering a sign forwards crosses its first degree; backwards (retrograde), its last.
      const index = SIGNS.indexOf(i.sign);
      expect(index).toBeGreaterThanOrEqual(0);
      const boundary = 30 * (i.retrograde ? index + 1 : index);
      check(
        'ingress',
        i.body,
        jd,
        computePositions(jd, [i.body])[i.body]?.longitude ?? Number.NaN,
        boundary,
        false,
      );
    }
  });

  it('the progressed planets of 20 natal charts', () => {
    for (const c of sky.progressions.cases) {
      const p = computePositions(c.progressed_jd_ut);
      for (const body of PLANETS)
        check('progressed', body, c.progressed_jd_ut, p[body]?.longitude ?? Number.NaN, c.points[body]);
    }
  });

  it('shows ≥ 99.5 % of the longitudes at the same degree and arcminute', () => {
    expect(stat.all).toBeGreaterThan(4500);
    expect(stat.same / stat.all).toBeGreaterThanOrEqual(0.995);
  });
});
