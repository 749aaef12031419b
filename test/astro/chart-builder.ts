/**
 * Hand-built charts for tests of code that consumes a Chart (readings, wheels): positions are given, so a
 * test controls exactly which signs, houses and aspects there are. Houses come from the given cusps,
 * aspects from the given orbs (major aspects by default), distributions from the ten planets' signs.
 * Kept independent of the chart engine on purpose.
 */
import {
  type AspectName,
  type Chart,
  type ChartAspect,
  type ChartPoint,
  type Element,
  type Modality,
  PLANETS,
  type PointName,
  SIGNS,
} from '../../src/astro/types';

export interface ChartFixture {
  /** Subject name; null for none; default "Test Person". */
  name?: string | null;
  longitudes: Partial<Record<PointName, number>>;
  retrograde?: PointName[];
  /** 12 cusps (house 1 first); omit for a time-unknown chart. */
  cusps?: number[];
  /** Default: the 10th cusp. */
  mc?: number;
  /** Given aspects instead of computed ones. */
  aspects?: ChartAspect[];
  /** [aspect, exact angle, orb] to look for; default the five major aspects with orbs 8/8/7/7/5. */
  orbs?: [AspectName, number, number][];
}

export const norm360 = (x: number) => ((x % 360) + 360) % 360;
const RAD = Math.PI / 180;
const EPS = 23.4392911 * RAD;

export const MAJOR_ORBS: [AspectName, number, number][] = [
  ['conjunction', 0, 8],
  ['opposition', 180, 8],
  ['trine', 120, 7],
  ['square', 90, 7],
  ['sextile', 60, 5],
];

function houseOf(lon: number, cusps: number[]): number {
  for (let i = 0; i < 12; i++) {
    const a = cusps[i] ?? 0;
    const b = cusps[(i + 1) % 12] ?? 0;
    if (norm360(lon - a) < norm360(b - a)) return i + 1;
  }
  return 1;
}

export function makeChart(input: ChartFixture): Chart {
  const cusps = input.cusps;
  const points: ChartPoint[] = Object.entries(input.longitudes).map(([name, lon]) => {
    const l = norm360(lon ?? 0);
    const retro = input.retrograde?.includes(name as PointName) ?? false;
    return {
      name: name as PointName,
      longitude: l,
      latitude: 0,
      speed: retro ? -0.05 : 0.5,
      retrograde: retro,
      sign: SIGNS[Math.floor(l / 30)] ?? 'aries',
      sign_degree: l % 30,
      ...(cusps ? { house: houseOf(l, cusps) } : {}),
      // On the ecliptic with the obliquity of J2000 (the readings and wheels built from these ignore them).
      right_ascension: norm360(
        (Math.atan2(Math.sin(l * RAD) * Math.cos(EPS), Math.cos(l * RAD)) * 180) / Math.PI,
      ),
      declination: (Math.asin(Math.sin(EPS) * Math.sin(l * RAD)) * 180) / Math.PI,
    };
  });
  let aspects: ChartAspect[] = input.aspects ?? [];
  if (!input.aspects) {
    aspects = [];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i] as ChartPoint;
        const b = points[j] as ChartPoint;
        let sep = Math.abs(a.longitude - b.longitude);
        if (sep > 180) sep = 360 - sep;
        for (const [aspect, angle, max] of input.orbs ?? MAJOR_ORBS) {
          const orb = Math.abs(sep - angle);
          if (orb <= max) {
            aspects.push({
              point_a: a.name,
              point_b: b.name,
              aspect,
              angle,
              orb: Math.round(orb * 100) / 100,
              applying: (i + j) % 2 === 0,
            });
          }
        }
      }
    }
  }
  const elements: Record<Element, number> = { fire: 0, earth: 0, air: 0, water: 0 };
  const modalities: Record<Modality, number> = { cardinal: 0, fixed: 0, mutable: 0 };
  for (const p of points) {
    if (!(PLANETS as readonly string[]).includes(p.name)) continue;
    const i = SIGNS.indexOf(p.sign);
    elements[(['fire', 'earth', 'air', 'water'] as const)[i % 4] ?? 'fire'] += 1;
    modalities[(['cardinal', 'fixed', 'mutable'] as const)[i % 3] ?? 'cardinal'] += 1;
  }
  const chart: Chart = {
    subject: {
      full_name: input.name === undefined ? 'Test Person' : input.name,
      local_datetime: '1879-03-14T11:30:00',
      utc_datetime: '1879-03-14T10:50:00Z',
      julian_day: 2407422.95,
      latitude: 48.4,
      longitude: 9.99,
      timezone: 'Europe/Berlin',
      utc_offset: 0.67,
      dst: false,
      lmt: true,
      time_known: !!cusps,
      place: { name: 'Ulm', country: 'DE' },
    },
    settings: { zodiac: 'tropical', ayanamsa: null, house_system: cusps ? 'placidus' : null },
    points,
    aspects,
    distributions: { elements, modalities },
    lunar_phase: { angle: 260, name: 'waning_gibbous', illumination: 0.6 },
    warnings: [],
    warning_details: [],
  };
  if (cusps) {
    const asc = cusps[0] ?? 0;
    const mc = input.mc ?? cusps[9] ?? 0;
    chart.angles = {
      ascendant: asc,
      midheaven: mc,
      descendant: norm360(asc + 180),
      imum_coeli: norm360(mc + 180),
    };
    chart.houses = cusps.map((c, i) => ({
      number: i + 1,
      cusp: c,
      sign: SIGNS[Math.floor(norm360(c) / 30)] ?? 'aries',
      sign_degree: norm360(c) % 30,
    }));
  }
  return chart;
}

/** Einstein's ten planets (rounded), for fixtures. */
export const EINSTEIN_PLANETS: Partial<Record<PointName, number>> = {
  sun: 353.5,
  moon: 254.5,
  mercury: 3.1,
  venus: 16.9,
  mars: 296.9,
  jupiter: 327.5,
  saturn: 4.2,
  uranus: 151.2,
  neptune: 38.9,
  pluto: 54.7,
};

/** A six-planet stellium around 100° and a cluster across 0° Aries: the wheel's collision stress case. */
export const CROWDED: Partial<Record<PointName, number>> = {
  sun: 100.2,
  moon: 101.1,
  mercury: 102.5,
  venus: 98.7,
  mars: 103.9,
  jupiter: 359.1,
  saturn: 0.4,
  uranus: 1.2,
  neptune: 358.3,
  pluto: 210,
  mean_node: 99.9,
  chiron: 212,
};
