/**
 * Every house system against the Swiss Ephemeris 2.10 (test/fixtures/swiss-ephemeris-sky.json, `houses`: 24 systems
 * at 60 places and instants 1800–2100, 7 of them inside the polar circles), and the polar behaviour each system
 * states (docs/accuracy.md, "House systems").
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { angleContext, diffDeg, norm360 } from '../../src/astro/angles';
import { deltaTSeconds } from '../../src/astro/deltat';
import {
  computeHouses,
  HOUSE_SYSTEM_LETTERS,
  houseOf,
  POLAR_FALLBACK_WARNING,
  SUN_DECLINATION_SYSTEMS,
  SUNSHINE_EDGE_WARNING,
} from '../../src/astro/houses';
import { computeEphemeris } from '../../src/astro/positions';
import { HOUSE_SYSTEMS, type HouseSystem } from '../../src/astro/types';

const here = dirname(fileURLToPath(import.meta.url));
interface SwissHouses {
  cusps: number[];
  ascendant: number;
  midheaven: number;
}
const sky = JSON.parse(readFileSync(resolve(here, '../fixtures/swiss-ephemeris-sky.json'), 'utf8')) as {
  houses: {
    systems: Record<string, string>;
    cases: { utc: string; latitude: number; longitude: number; systems: Record<string, SwissHouses> }[];
  };
};

const arcsec = (a: number, b: number) => Math.abs(diffDeg(a, b)) * 3600;
// The reference's UTC has milliseconds; its jd_ut (6 decimals, 0.09 s) would move the ARMC by up to 0.65″.
const jdOf = (iso: string) => Date.parse(iso) / 86400000 + 2440587.5;
const SYSTEM_OF_LETTER = new Map<string, HouseSystem>(
  Object.entries(HOUSE_SYSTEM_LETTERS).map(([system, letter]) => [letter, system as HouseSystem]),
);
SYSTEM_OF_LETTER.set('E', 'equal'); // Swiss has two letters for equal houses

/** Measured: 0.03″ for every system except Sunshine (0.6″ at 75° N, from the Sun's declination); issue: 30″. */
const BOUND = 1;
const worst = new Map<string, number>();

afterAll(() => {
  console.log('House systems vs Swiss Ephemeris 2.10 (60 places), max error of cusps, ascendant and MC (″)');
  console.table(
    [...worst.entries()].map(([system, e]) => ({
      system,
      letter: HOUSE_SYSTEM_LETTERS[system as HouseSystem],
      'max err (")': +e.toFixed(3),
    })),
  );
});

describe('house systems vs the Swiss Ephemeris (swiss-ephemeris-sky.json)', () => {
  it('covers every Swiss system the reference has, and every one of ours', () => {
    const letters = Object.keys(sky.houses.systems);
    expect(letters).toHaveLength(24);
    for (const l of letters) expect(SYSTEM_OF_LETTER.get(l), `Swiss system ${l}`).toBeDefined();
    expect(new Set(SYSTEM_OF_LETTER.values())).toEqual(new Set(HOUSE_SYSTEMS));
    expect(sky.houses.cases).toHaveLength(60);
    // Inside the polar circles: 7 places (62.5°–76.8°; the 8th-highest, 65.1° N, is just outside).
    expect(sky.houses.cases.filter((c) => Math.abs(c.latitude) > 66.57)).toHaveLength(7);
  });

  for (const c of sky.houses.cases) {
    it(`${c.utc} at ${c.latitude}, ${c.longitude}`, () => {
      const jd = jdOf(c.utc);
      const ctx = angleContext(jd, deltaTSeconds(jd), c.longitude);
      const sunDeclination = computeEphemeris(jd, ['sun']).equatorial.sun?.declination;
      const polar = Math.abs(c.latitude) >= 90 - ctx.obliquity;
      for (const [letter, ref] of Object.entries(c.systems)) {
        const system = SYSTEM_OF_LETTER.get(letter) as HouseSystem;
        const h = computeHouses(system, ctx.armc, c.latitude, ctx.obliquity, 0, { sunDeclination });
        const e = Math.max(
          ...h.cusps.map((x, i) => arcsec(x, ref.cusps[i] as number)),
          arcsec(h.ascendant, ref.ascendant),
          arcsec(h.midheaven, ref.midheaven),
        );
        worst.set(system, Math.max(worst.get(system) ?? 0, e));
        expect.soft(e, `${system} (${letter})`).toBeLessThan(BOUND);
        // Swiss switches Placidus and Koch to Porphyry inside the polar circles (its cusps above are Porphyry's).
        if (system === 'placidus' || system === 'koch') {
          expect(h.fallback).toBe(polar ? 'porphyry' : undefined);
          if (polar) expect(h.warning).toBe(POLAR_FALLBACK_WARNING);
        } else if (system !== 'sunshine_makransky') {
          expect(h.fallback, system).toBeUndefined();
        }
      }
    });
  }
});

describe('polar behaviour', () => {
  const OBL = 23.44;
  it('every system gives finite cusps at every latitude, poles included, and a house for every longitude', () => {
    for (const system of HOUSE_SYSTEMS) {
      for (const lat of [-90, -89.9, -80, -66.57, -66.56, -23.44, 0, 23.44, 40, 66.56, 66.57, 80, 89.9, 90]) {
        for (let armc = 0; armc < 360; armc += 15) {
          for (const dec of [-23.44, -10, 0, 10, 23.44]) {
            const h = computeHouses(system, armc, lat, OBL, 0, { sunDeclination: dec });
            const all = [...h.cusps, h.ascendant, h.midheaven];
            expect(all.every(Number.isFinite), `${system} ${lat} ${armc} ${dec}`).toBe(true);
            const house = houseOf(armc, h.cusps);
            expect(house).toBeGreaterThanOrEqual(1);
            expect(house).toBeLessThanOrEqual(12);
          }
        }
      }
    }
  });

  it('Sunshine (Makransky) falls back to Porphyry, with the Swiss warning, when the Sun is circumpolar', () => {
    // At 80° N the Sun of declination +20° never sets, −20° never rises: no semi-arc to trisect.
    for (const dec of [20, -20]) {
      const h = computeHouses('sunshine_makransky', 100, 80, OBL, 0, { sunDeclination: dec });
      const p = computeHouses('porphyry', 100, 80, OBL);
      expect(h.fallback).toBe('porphyry');
      expect(h.warning).toBe(POLAR_FALLBACK_WARNING);
      expect(h.cusps).toEqual(p.cusps);
    }
    // … and computes them where the Sun rises and sets, inside the polar circle too.
    expect(
      computeHouses('sunshine_makransky', 100, 70, OBL, 0, { sunDeclination: 10 }).fallback,
    ).toBeUndefined();
  });

  it("Sunshine (Treindl) is computed inside the polar circles, also for a circumpolar Sun, except on its arc's edge", () => {
    const h = computeHouses('sunshine', 100, 80, OBL, 0, { sunDeclination: 20 });
    expect(h.fallback).toBeUndefined();
    // tan δ·tan φ = 1 exactly: a semi-arc of zero length whose house circle is undefined (Swiss: an error).
    const edge = computeHouses('sunshine', 30, -80, OBL, 0, { sunDeclination: 10 });
    expect(edge.fallback).toBe('porphyry');
    expect(edge.warning).toBe(SUNSHINE_EDGE_WARNING);
    expect(edge.cusps).toEqual(computeHouses('porphyry', 30, -80, OBL).cusps);
  });

  it('turns APC and Sunshine (Treindl) charts when the MC is below the horizon, like Regiomontanus', () => {
    // ARMC 270° at 75° N: the MC (about 270°) culminates below the horizon.
    for (const system of ['apc', 'sunshine', 'regiomontanus'] as const) {
      const h = computeHouses(system, 270, 75, OBL, 0, { sunDeclination: 0 });
      const plain = computeHouses('porphyry', 270, 75, OBL);
      expect(arcsec(h.midheaven, norm360(plain.midheaven + 180)), system).toBeLessThan(1e-6);
    }
  });

  it('needs the Sun’s declination for the Sunshine systems only', () => {
    for (const system of HOUSE_SYSTEMS) {
      if (SUN_DECLINATION_SYSTEMS.has(system)) {
        expect(() => computeHouses(system, 10, 40, OBL)).toThrow(RangeError);
      } else {
        expect(() => computeHouses(system, 10, 40, OBL)).not.toThrow();
      }
    }
  });

  it('equal/1=Aries houses start at 0° of the chart’s zodiac, tropical or sidereal', () => {
    const t = computeHouses('equal_aries', 123, 45, OBL);
    const s = computeHouses('equal_aries', 123, 45, OBL, 24.1);
    const zero = [0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330];
    expect(t.cusps).toEqual(zero);
    expect(s.cusps).toEqual(zero);
    expect(arcsec(s.ascendant, norm360(t.ascendant - 24.1))).toBeLessThan(1e-6);
  });
});
