/**
 * The 47 ayanamsas against the Swiss Ephemeris 2.10 (test/fixtures/swiss-ephemeris-sky.json, `ayanamsas`: every
 * predefined sidereal mode at 20 instants 1800–2100, true values as swe_get_ayanamsa_ex_ut returns them), and the
 * user-defined ayanamsa.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDeg, nutationWithRates } from '../../src/astro/angles';
import { ayanamsaDegrees, ayanamsaSpeed, meanAyanamsaTT } from '../../src/astro/ayanamsa';
import { deltaTSeconds } from '../../src/astro/deltat';
import { AYANAMSAS, type Ayanamsa } from '../../src/astro/types';

const here = dirname(fileURLToPath(import.meta.url));
const sky = JSON.parse(readFileSync(resolve(here, '../fixtures/swiss-ephemeris-sky.json'), 'utf8')) as {
  ayanamsas: {
    modes: { name: string; swiss_mode: number; swiss_name: string }[];
    values: { utc: string; degrees: Record<string, number> }[];
  };
};
const jdOf = (iso: string) => Date.parse(iso) / 86400000 + 2440587.5;
const arcsec = (a: number, b: number) => Math.abs(diffDeg(a, b)) * 3600;

/**
 * Issue 20: within 1″. Measured: 0.013″ or better for the 35 defined at an epoch, 0.011″ for the stars, 0.08″ for the
 * Galactic Centre (we read Reid & Brunthaler's proper motion as μα·cos δ; Swiss divides by cos δ once more) and 0.19″
 * for the IAU 1958 galactic equator (the Hipparcos catalogue's pole).
 */
const BOUND = 1;
const worst = new Map<string, number>();

afterAll(() => {
  console.log('Ayanamsas vs Swiss Ephemeris 2.10 (20 instants), max |Δ| (″)');
  console.table([...worst.entries()].map(([name, e]) => ({ name, 'max err (")': +e.toFixed(3) })));
});

describe('ayanamsas vs the Swiss Ephemeris (swiss-ephemeris-sky.json)', () => {
  it('has every Swiss sidereal mode, by the name we use', () => {
    expect(new Set(sky.ayanamsas.modes.map((m) => m.name))).toEqual(new Set(AYANAMSAS));
    expect(AYANAMSAS).toHaveLength(47);
    expect(sky.ayanamsas.values).toHaveLength(20);
  });

  for (const v of sky.ayanamsas.values) {
    it(`at ${v.utc}`, () => {
      const jd = jdOf(v.utc);
      for (const [name, ref] of Object.entries(v.degrees)) {
        const e = arcsec(ayanamsaDegrees(name as Ayanamsa, jd), ref);
        worst.set(name, Math.max(worst.get(name) ?? 0, e));
        expect.soft(e, name).toBeLessThan(BOUND);
      }
    });
  }
});

describe('user ayanamsa', () => {
  const at = (name: string, iso: string) =>
    sky.ayanamsas.values.find((v) => v.utc === iso)?.degrees[name] as number;
  const instants = sky.ayanamsas.values.map((v) => v.utc);

  it('without a rate, is carried by precession as Swiss carries its own definitions at an epoch', () => {
    // De Luce is 0° and Britton −3.2° on JD 1721057.5 UT; J2000 is 0° at JD 2451545.0 TT.
    const cases = [
      { name: 'deluce', user: { value: 0, epochJd: 1721057.5 } },
      { name: 'babyl_britton', user: { value: -3.2, epochJd: 1721057.5 } },
      { name: 'j2000', user: { value: 0, epochJd: 2451545 - deltaTSeconds(2451545) / 86400 } },
    ];
    for (const c of cases) {
      for (const iso of instants) {
        expect(arcsec(ayanamsaDegrees(c.user, jdOf(iso)), at(c.name, iso)), `${c.name} ${iso}`).toBeLessThan(
          BOUND,
        );
      }
    }
  });

  it('with a rate, moves linearly (a mean value, plus the nutation of the positions)', () => {
    const user = { value: 23.5, epochJd: 2451545, rate: 50 };
    const tt0 = 2451545 + deltaTSeconds(2451545) / 86400;
    expect(meanAyanamsaTT(user, tt0)).toBeCloseTo(23.5, 12);
    expect(meanAyanamsaTT(user, tt0 + 36525)).toBeCloseTo(23.5 + 5000 / 3600, 10);
    expect(meanAyanamsaTT({ ...user, rate: 0 }, tt0 + 1e5)).toBe(23.5);
    // The true value: the rate plus the nutation in longitude, whose 18.6-year term (17.2″) moves by up to 5.8″ a
    // year; the rate of the day adds the nutation's own rate.
    const d = diffDeg(ayanamsaDegrees(user, 2460000 + 365.25), ayanamsaDegrees(user, 2460000)) * 3600;
    expect(Math.abs(d - 50)).toBeLessThan(7);
    const tt = 2460000 + deltaTSeconds(2460000) / 86400;
    const expected = 50 + nutationWithRates(tt).dpsiRate * 365.25 * 3600;
    expect(Math.abs(ayanamsaSpeed(user, 2460000) * 365.25 * 3600 - expected)).toBeLessThan(0.5);
  });
});
