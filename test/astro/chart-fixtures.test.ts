/**
 * The whole public path, computeChart(), against the Swiss Ephemeris reference charts: birth data given
 * as UTC (utc_offset 0) and coordinates, options as the API takes them. positions.test.ts and
 * houses.test.ts check the parts with the reference's own ΔT and ayanamsa; this checks that the chart
 * assembly wires our ΔT, ayanamsa and house options through correctly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeChart } from '../../src/astro/chart';
import { type Ayanamsa, type HouseSystem, PLANETS } from '../../src/astro/types';
import { loadSwissFixtures } from './swiss-fixtures';

interface Case {
  input: {
    utc: string;
    latitude: number;
    longitude: number;
    house_system: HouseSystem;
    zodiac: 'tropical' | 'sidereal';
    ayanamsa?: Ayanamsa;
  };
  expected: {
    points: Record<string, { longitude: number }>;
    ascendant: number;
    midheaven: number;
    house_cusps: number[];
    house_note: string | null;
  };
}

const cases = loadSwissFixtures<Case>();
const arcsec = (a: number, b: number) => {
  const d = Math.abs(((((a - b) % 360) + 540) % 360) - 180);
  return d * 3600;
};
const worst = { planet: 0, angle: 0, cusp: 0 };

afterAll(() => {
  console.log(
    `computeChart vs Swiss Ephemeris (${cases.length} charts): planets ≤ ${worst.planet.toFixed(1)}″, ` +
      `asc/MC ≤ ${worst.angle.toFixed(1)}″, cusps ≤ ${worst.cusp.toFixed(1)}″`,
  );
});

describe('computeChart against the Swiss Ephemeris', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const t = new Date(c.input.utc);
    const chart = computeChart(
      {
        year: t.getUTCFullYear(),
        month: t.getUTCMonth() + 1,
        day: t.getUTCDate(),
        hour: t.getUTCHours(),
        minute: t.getUTCMinutes(),
        second: t.getUTCSeconds() + t.getUTCMilliseconds() / 1000,
        latitude: c.input.latitude,
        longitude: c.input.longitude,
        utc_offset: 0,
      },
      { house_system: c.input.house_system, zodiac: c.input.zodiac, ayanamsa: c.input.ayanamsa },
    );
    for (const name of PLANETS) {
      const err = arcsec(
        chart.points.find((p) => p.name === name)?.longitude ?? Number.NaN,
        c.expected.points[name]?.longitude ?? 0,
      );
      worst.planet = Math.max(worst.planet, err);
      expect(err, name).toBeLessThan(30);
    }
    for (const [ours, theirs] of [
      [chart.angles?.ascendant, c.expected.ascendant],
      [chart.angles?.midheaven, c.expected.midheaven],
    ] as const) {
      const err = arcsec(ours ?? Number.NaN, theirs);
      worst.angle = Math.max(worst.angle, err);
      expect(err).toBeLessThan(10);
    }
    if (c.expected.house_note) {
      expect(chart.warnings.join(' ')).toMatch(/Porphyry/);
    }
    c.expected.house_cusps.forEach((cusp, k) => {
      const err = arcsec(chart.houses?.[k]?.cusp ?? Number.NaN, cusp);
      worst.cusp = Math.max(worst.cusp, err);
      expect(err, `cusp ${k + 1}`).toBeLessThan(30);
    });
  });
});
