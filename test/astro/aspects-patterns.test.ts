/**
 * Issue 20, item 5: the minor aspects (septile and novile families), orbs per aspect and per point, parallels and
 * contra-parallels, and the aspect patterns in a chart and between two charts.
 */
import { describe, expect, it } from 'vitest';
import {
  ASPECT_ANGLES,
  type AspectPoint,
  DEFAULT_ORBS,
  declinationAspectBetween,
  findAspects,
} from '../../src/astro/aspects';
import { chartPatterns, computeChart } from '../../src/astro/chart';
import { interAspects, synastryPatterns } from '../../src/astro/synastry';
import {
  ASPECT_NAMES,
  type AspectName,
  type Chart,
  type ChartPoint,
  DEFAULT_ASPECTS,
  type PointName,
  SIGNS,
} from '../../src/astro/types';

const pt = (
  name: PointName,
  longitude: number,
  speed = 1,
  declination?: number,
  declinationSpeed?: number,
): AspectPoint => ({
  name,
  longitude,
  speed,
  declination,
  declinationSpeed,
});
const ALL: AspectName[] = [...ASPECT_NAMES];

describe('minor aspects', () => {
  it('finds each at its exact angle, only when asked for, with a 1° default orb for the new ones', () => {
    for (const aspect of [
      'septile',
      'bi_septile',
      'tri_septile',
      'novile',
      'bi_novile',
      'quadri_novile',
    ] as const) {
      const angle = ASPECT_ANGLES[aspect];
      const a = pt('sun', 10);
      const b = pt('mars', 10 + angle + 0.6);
      expect(findAspects([a, b], { aspects: [aspect], orbs: {} })).toMatchObject([
        { aspect, orb: expect.closeTo(0.6, 9) },
      ]);
      expect(findAspects([a, pt('mars', 10 + angle + 1.2)], { aspects: [aspect], orbs: {} })).toEqual([]);
      // Not among the default aspects.
      expect(DEFAULT_ASPECTS).not.toContain(aspect);
      expect(findAspects([a, b], { aspects: DEFAULT_ASPECTS, orbs: {} }).map((x) => x.aspect)).not.toContain(
        aspect,
      );
    }
    expect(ASPECT_ANGLES.septile * 7).toBeCloseTo(360, 12);
    expect(ASPECT_ANGLES.tri_septile).toBeCloseTo(154.2857142857, 9);
  });

  it('a chart looks for them when they are listed', () => {
    const subject = {
      year: 1990,
      month: 5,
      day: 24,
      hour: 12,
      latitude: 48.4,
      longitude: 9.99,
      timezone: 'Europe/Berlin',
    };
    const c = computeChart(subject, { aspects: ALL, orbs: { septile: 3, novile: 3, bi_septile: 3 } });
    const names = new Set(c.aspects.map((a) => a.aspect));
    expect([...names].some((n) => !DEFAULT_ASPECTS.includes(n))).toBe(true);
    for (const a of c.aspects) expect(a.orb).toBeLessThanOrEqual(15);
  });
});

describe('orbs per point', () => {
  const sun = pt('sun', 0);
  const moon = pt('moon', 11);
  const chiron = pt('chiron', 2.5);
  const opts = (pointOrbs?: Record<string, Record<string, number>>) => ({
    aspects: ['conjunction'] as AspectName[],
    orbs: {},
    pointOrbs: pointOrbs as never,
  });

  it('widen: the larger of the pair’s two orbs applies', () => {
    expect(findAspects([sun, moon], opts())).toEqual([]);
    expect(findAspects([sun, moon], opts({ moon: { conjunction: 12 } }))).toHaveLength(1);
    expect(
      findAspects([sun, moon], opts({ moon: { conjunction: 12 }, sun: { conjunction: 5 } })),
    ).toHaveLength(1);
  });

  it('narrow: a point’s own orb replaces the aspect’s, for that aspect only', () => {
    // Chiron is held to 3° by default (not a planet); 2° when asked.
    expect(findAspects([sun, chiron], opts())).toHaveLength(1);
    expect(findAspects([sun, chiron], opts({ chiron: { conjunction: 2 } }))).toEqual([]);
    expect(findAspects([sun, chiron], opts({ chiron: { trine: 2 } }))).toHaveLength(1);
  });

  it('go through a chart', () => {
    const subject = {
      year: 1990,
      month: 5,
      day: 24,
      hour: 12,
      latitude: 48.4,
      longitude: 9.99,
      timezone: 'Europe/Berlin',
    };
    const wide = computeChart(subject, {
      point_orbs: { moon: { conjunction: 15, opposition: 15, trine: 15, square: 15, sextile: 15 } },
    });
    const plain = computeChart(subject);
    const moonAspects = (c: Chart) =>
      c.aspects.filter((a) => a.point_a === 'moon' || a.point_b === 'moon').length;
    expect(moonAspects(wide)).toBeGreaterThan(moonAspects(plain));
  });
});

describe('parallels and contra-parallels', () => {
  const opts = { aspects: ['parallel', 'contra_parallel'] as AspectName[], orbs: {} };
  it('compare declinations, within a 1° default orb, with their own angle 0 / 180', () => {
    expect(DEFAULT_ORBS.parallel).toBe(1);
    const p = declinationAspectBetween(pt('sun', 10, 1, 20.3), pt('mars', 200, 1, 19.6), opts);
    expect(p).toMatchObject({ aspect: 'parallel', angle: 0, orb: expect.closeTo(0.7, 9) });
    const c = declinationAspectBetween(pt('sun', 10, 1, 20.3), pt('mars', 200, 1, -19.6), opts);
    expect(c).toMatchObject({ aspect: 'contra_parallel', angle: 180, orb: expect.closeTo(0.7, 9) });
    expect(declinationAspectBetween(pt('sun', 10, 1, 20.3), pt('mars', 200, 1, 18.9), opts)).toBeNull();
  });

  it('applying when the declinations close in', () => {
    const closing = declinationAspectBetween(pt('sun', 0, 1, 20, 0.1), pt('mars', 0, 1, 19.5, 0.3), opts);
    const opening = declinationAspectBetween(pt('sun', 0, 1, 20, 0.3), pt('mars', 0, 1, 19.5, 0.1), opts);
    expect(closing?.applying).toBe(true);
    expect(opening?.applying).toBe(false);
  });

  it('come in addition to the aspect of longitude of the same pair', () => {
    const found = findAspects([pt('sun', 10, 1, 11), pt('venus', 12, 1, 11.5)], {
      aspects: ['conjunction', 'parallel'],
      orbs: {},
    });
    expect(found.map((a) => a.aspect)).toEqual(['conjunction', 'parallel']);
  });

  it("in a chart, from the points' declinations", () => {
    const c = computeChart(
      { year: 1990, month: 5, day: 24, hour: 12, latitude: 48.4, longitude: 9.99, timezone: 'Europe/Berlin' },
      { aspects: ['parallel', 'contra_parallel'] },
    );
    const decl = new Map(c.points.map((p) => [p.name, p.declination]));
    expect(c.aspects.length).toBeGreaterThan(0);
    for (const a of c.aspects) {
      const da = decl.get(a.point_a) as number;
      const db = decl.get(a.point_b) as number;
      const gap = a.aspect === 'parallel' ? da - db : da + db;
      expect(Math.abs(Math.abs(gap) - a.orb)).toBeLessThan(1e-4);
    }
  });
});

/** A chart of points at the given longitudes, with the default aspects between them. */
function chartOf(longitudes: Partial<Record<PointName, number>>, extra: AspectName[] = []): Chart {
  const points = Object.entries(longitudes).map(
    ([name, longitude]) =>
      ({
        name,
        longitude,
        speed: 1,
        latitude: 0,
        retrograde: false,
        sign: 'aries',
        sign_degree: 0,
        right_ascension: 0,
        declination: 0,
      }) as ChartPoint,
  );
  for (const p of points) p.sign = SIGNS[Math.floor(p.longitude / 30)] as ChartPoint['sign'];
  const aspects = findAspects(
    points.map((p) => pt(p.name, p.longitude)),
    { aspects: [...DEFAULT_ASPECTS, ...extra], orbs: {} },
  );
  return {
    subject: { julian_day: 2451545 },
    settings: { zodiac: 'tropical', ayanamsa: null, house_system: null, ayanamsa_degrees: null },
    points,
    aspects,
  } as unknown as Chart;
}
const patternsOf = (c: Chart) => chartPatterns(c.points, c.aspects);
const types = (c: Chart) => patternsOf(c).map((p) => p.type);

describe('aspect patterns in a chart', () => {
  it('grand trine', () => {
    const c = chartOf({ sun: 1, mars: 122, jupiter: 239 });
    expect(patternsOf(c)).toEqual([{ type: 'grand_trine', points: ['sun', 'mars', 'jupiter'] }]);
  });

  it('T-square, with its apex', () => {
    const c = chartOf({ sun: 10, moon: 188, saturn: 101 });
    expect(patternsOf(c)).toEqual([{ type: 't_square', points: ['sun', 'moon', 'saturn'], apex: 'saturn' }]);
  });

  it('grand cross, without its four T-squares', () => {
    const c = chartOf({ sun: 10, moon: 100, mars: 190, saturn: 281 });
    expect(patternsOf(c)).toEqual([{ type: 'grand_cross', points: ['sun', 'moon', 'mars', 'saturn'] }]);
  });

  it('yod, with its apex', () => {
    const c = chartOf({ venus: 0, mars: 60, pluto: 210 });
    expect(patternsOf(c)).toEqual([{ type: 'yod', points: ['venus', 'mars', 'pluto'], apex: 'pluto' }]);
  });

  it('kite: a grand trine and a point opposite one of its corners, sextile the other two', () => {
    const c = chartOf({ sun: 0, moon: 120, mars: 240, saturn: 180 });
    expect(patternsOf(c)).toEqual([
      { type: 'kite', points: ['sun', 'moon', 'mars', 'saturn'], apex: 'sun' },
      { type: 'grand_trine', points: ['sun', 'moon', 'mars'] },
    ]);
  });

  it('mystic rectangle', () => {
    const c = chartOf({ sun: 0, moon: 60, mars: 180, saturn: 240 });
    expect(patternsOf(c)).toEqual([{ type: 'mystic_rectangle', points: ['sun', 'moon', 'mars', 'saturn'] }]);
  });

  it('stellium: three or more of the ten planets in a sign (or a house)', () => {
    const c = chartOf({ sun: 61, mercury: 70, venus: 85, mean_node: 80, chiron: 75, mars: 200 });
    expect(patternsOf(c).filter((p) => p.type === 'stellium')).toEqual([
      { type: 'stellium', points: ['sun', 'mercury', 'venus'], sign: 'gemini' },
    ]);
  });

  it('leave out the nodes, Lilith and the lots, and respect the orbs', () => {
    expect(types(chartOf({ sun: 1, mean_node: 122, part_of_fortune: 239 }))).toEqual([]);
    expect(types(chartOf({ sun: 1, mars: 130, jupiter: 239 }))).toEqual([]);
  });

  it('a real chart asked for them carries them, each member one of its points', () => {
    // 1962-02-04/05: the planets crowded in Aquarius (the "stellium" eclipse).
    const c = computeChart(
      { year: 1962, month: 2, day: 4, hour: 12, latitude: 51.5, longitude: 0, timezone: 'Europe/London' },
      { aspect_patterns: true },
    );
    const stellium = c.patterns?.find((p) => p.type === 'stellium' && p.sign === 'aquarius');
    expect(stellium?.points.length).toBeGreaterThanOrEqual(6);
    const names = new Set(c.points.map((p) => p.name));
    for (const p of c.patterns ?? []) for (const m of p.points) expect(names.has(m)).toBe(true);
    expect(
      computeChart({ year: 1962, month: 2, day: 4, hour: 12, latitude: 51.5, longitude: 0 }).patterns,
    ).toBeUndefined();
  });
});

describe('aspect patterns between two charts', () => {
  it('T-square across the charts; a pattern of one chart alone is not repeated', () => {
    // The first chart has a grand trine of its own (mars, jupiter, venus): not a pattern between the two.
    const a = chartOf({ sun: 10, moon: 190, mars: 50, jupiter: 170, venus: 290 });
    const b = chartOf({ saturn: 100 });
    expect(patternsOf(a).map((p) => p.type)).toEqual(['grand_trine']);
    const found = synastryPatterns(a, b, interAspects(a, b));
    expect(found).toEqual([
      {
        type: 't_square',
        points: [
          { chart: 'first', point: 'sun' },
          { chart: 'first', point: 'moon' },
          { chart: 'second', point: 'saturn' },
        ],
        apex: { chart: 'second', point: 'saturn' },
      },
    ]);
  });

  it('grand trine from both charts, from the inter-aspects and each chart’s own', () => {
    const a = chartOf({ sun: 5, venus: 125 });
    const b = chartOf({ moon: 245 });
    const found = synastryPatterns(a, b, interAspects(a, b));
    expect(found).toEqual([
      {
        type: 'grand_trine',
        points: [
          { chart: 'first', point: 'sun' },
          { chart: 'first', point: 'venus' },
          { chart: 'second', point: 'moon' },
        ],
      },
    ]);
  });
});
