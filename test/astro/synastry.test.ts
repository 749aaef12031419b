import { describe, expect, it } from 'vitest';
import { ayanamsaDegrees } from '../../src/astro/ayanamsa';
import { computeChart, resolveOptions } from '../../src/astro/chart';
import {
  davison,
  midpoint,
  midpointComposite,
  quickScore,
  rankScore,
  scoreLabel,
  scorePointsOf,
  synastry,
} from '../../src/astro/synastry';
import { CHARLES, DIANA } from '../people';

// The pair without names: the library's input.
const { full_name: _c, ...charlesInput } = CHARLES;
const { full_name: _d, ...dianaInput } = DIANA;
const charles = computeChart(charlesInput);
const diana = computeChart(dianaInput);

describe('midpoints', () => {
  it('take the shorter arc, across 0° Aries too', () => {
    expect(midpoint(350, 10)).toBeCloseTo(0, 9);
    expect(midpoint(10, 350)).toBeCloseTo(0, 9);
    expect(midpoint(355, 25)).toBeCloseTo(10, 9);
    expect(midpoint(100, 160)).toBeCloseTo(130, 9);
    expect(midpoint(300, 20)).toBeCloseTo(340, 9);
  });

  it('at an exact opposition do not depend on the order', () => {
    expect(midpoint(10, 190)).toBe(100);
    expect(midpoint(190, 10)).toBe(100);
    expect(midpoint(270, 90)).toBe(180);
  });

  it('give the composite its points and derived houses', () => {
    const c = midpointComposite(charles, diana, resolveOptions());
    const sun = c.points.find((p) => p.name === 'sun');
    const expected = midpoint(
      charles.points.find((p) => p.name === 'sun')?.longitude ?? 0,
      diana.points.find((p) => p.name === 'sun')?.longitude ?? 0,
    );
    expect(sun?.longitude).toBeCloseTo(expected, 5);
    expect(c.houses).toHaveLength(12);
    expect(c.angles?.midheaven).toBeCloseTo(
      midpoint(charles.angles?.midheaven ?? 0, diana.angles?.midheaven ?? 0),
      4,
    );
  });

  it('sidereal composites are the tropical composite shifted by the ayanamsa, houses included', () => {
    const sid = { zodiac: 'sidereal', ayanamsa: 'lahiri' } as const;
    const trop = midpointComposite(charles, diana, resolveOptions());
    const side = midpointComposite(
      computeChart(charlesInput, sid),
      computeChart(dianaInput, sid),
      resolveOptions(sid),
    );
    const ayan = ayanamsaDegrees('lahiri', (charles.subject.julian_day + diana.subject.julian_day) / 2);
    const shifted = (x: number) => (((x - ayan) % 360) + 360) % 360;
    expect(side.angles?.ascendant).toBeCloseTo(shifted(trop.angles?.ascendant ?? 0), 1);
    expect(side.angles?.midheaven).toBeCloseTo(shifted(trop.angles?.midheaven ?? 0), 1);
    for (let i = 0; i < 12; i++) {
      expect(side.houses?.[i]?.cusp, `cusp ${i + 1}`).toBeCloseTo(shifted(trop.houses?.[i]?.cusp ?? 0), 1);
    }
  });

  it('davison is cast at the midpoint in time and place, across the antimeridian too', () => {
    const d = davison(charles, diana, resolveOptions());
    expect(d.jdUT).toBeCloseTo((charles.subject.julian_day + diana.subject.julian_day) / 2, 8);
    const east = { ...charles, subject: { ...charles.subject, longitude: 170 } };
    const west = { ...diana, subject: { ...diana.subject, longitude: -170 } };
    expect(Math.abs(davison(east, west, resolveOptions()).longitude)).toBeCloseTo(180, 6);
  });
});

describe('compatibility score', () => {
  it('follows the Discepolo rules on a hand-checked pair', () => {
    const s = synastry(charles, diana);
    // Charles Sun 22°25′ Scorpio square Diana Moon 25°02′ Aquarius: +4. Suns fixed vs cardinal: no destiny.
    expect(s.score.breakdown.map((b) => [b.rule, b.points])).toContainEqual(['Sun–Moon square', 4]);
    expect(s.score.breakdown.some((b) => b.rule.startsWith('destiny'))).toBe(false);
    expect(s.score.value).toBe(s.score.breakdown.reduce((t, b) => t + b.points, 0));
    expect(s.score.label).toBe(scoreLabel(s.score.value));
  });

  it('quickScore on precomputed points equals the full synastry score', () => {
    for (const [a, b] of [
      [charles, diana],
      [diana, charles],
    ] as const) {
      expect(quickScore(scorePointsOf(a), scorePointsOf(b))).toEqual(synastry(a, b).score);
    }
  });

  it('rankScore (the allocation-free ranking) agrees with quickScore on many pairs', () => {
    const charts = Array.from({ length: 40 }, (_, i) =>
      scorePointsOf(
        computeChart(
          {
            year: 1900 + ((i * 7) % 120),
            month: 1 + (i % 12),
            day: 1 + ((i * 3) % 28),
            hour: i % 24,
            minute: (i * 13) % 60,
            latitude: 40,
            longitude: -74,
            timezone: 'America/New_York',
            on_gap: 'shift_forward',
            time_known: i % 5 !== 0,
          },
          { points: ['sun', 'moon', 'venus', 'mars'], aspects: [] },
        ),
      ),
    );
    let nonZero = 0;
    for (const a of charts) {
      for (const b of charts) {
        const q = quickScore(a, b);
        const r = rankScore(a, b);
        expect(r.value).toBe(q.value);
        expect(r.tightness).toBeCloseTo(
          q.breakdown.reduce((t, x) => t + (x.aspect ? x.aspect.orb : 0), 0),
          6,
        );
        if (q.value > 4) nonZero += 1;
      }
    }
    expect(nonZero).toBeGreaterThan(100); // the comparison covered real contacts
  });

  it('labels by total', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 29, 30, 99].map(scoreLabel)).toEqual([
      'Minimal',
      'Minimal',
      'Medium',
      'Medium',
      'Important',
      'Important',
      'Very Important',
      'Very Important',
      'Exceptional',
      'Exceptional',
      'Rare Exceptional',
      'Rare Exceptional',
    ]);
  });
});
