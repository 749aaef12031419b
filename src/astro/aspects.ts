/**
 * Aspects between points: which, with what orb, applying or separating.
 *
 * Default orbs (degrees): conjunction 10, opposition 10, trine 8, square 7, sextile 6; quincunx 3;
 * semi-sextile, semi-square, sesquiquadrate, quintile and bi-quintile 2. Points other than the ten planets
 * (nodes, Lilith, Chiron, Part of Fortune, Vertex) use at most 3° for major and 1° for minor aspects.
 * Callers may replace the set and any orb.
 */

import { type AspectName, type ChartAspect, MAJOR_ASPECTS, PLANETS, type PointName } from './types';
import { delta } from './zodiac';

export const ASPECT_ANGLES: Record<AspectName, number> = {
  conjunction: 0,
  opposition: 180,
  trine: 120,
  square: 90,
  sextile: 60,
  quincunx: 150,
  semi_sextile: 30,
  semi_square: 45,
  sesquiquadrate: 135,
  quintile: 72,
  bi_quintile: 144,
};

export const DEFAULT_ORBS: Record<AspectName, number> = {
  conjunction: 10,
  opposition: 10,
  trine: 8,
  square: 7,
  sextile: 6,
  quincunx: 3,
  semi_sextile: 2,
  semi_square: 2,
  sesquiquadrate: 2,
  quintile: 2,
  bi_quintile: 2,
};

export interface AspectPoint {
  name: PointName;
  longitude: number;
  speed: number;
}

export interface AspectOptions {
  aspects: readonly AspectName[];
  orbs: Partial<Record<AspectName, number>>;
}

const PLANET_SET = new Set<string>(PLANETS);
/** The two lunar nodes are never aspected to each other. */
const isNodePair = (a: PointName, b: PointName) =>
  (a === 'mean_node' && b === 'true_node') || (a === 'true_node' && b === 'mean_node');

function orbFor(aspect: AspectName, a: PointName, b: PointName, opts: AspectOptions): number {
  const base = opts.orbs[aspect] ?? DEFAULT_ORBS[aspect];
  if (opts.orbs[aspect] !== undefined) return base;
  if (PLANET_SET.has(a) && PLANET_SET.has(b)) return base;
  return Math.min(base, MAJOR_ASPECTS.includes(aspect) ? 3 : 1);
}

/** The aspect (if any) between two points; the closest one wins when orbs overlap. */
export function aspectBetween(a: AspectPoint, b: AspectPoint, opts: AspectOptions): ChartAspect | null {
  const diff = delta(a.longitude, b.longitude); // b − a in (−180, 180]
  const separation = Math.abs(diff);
  let best: ChartAspect | null = null;
  for (const aspect of opts.aspects) {
    const angle = ASPECT_ANGLES[aspect];
    const orb = Math.abs(separation - angle);
    // The largest orb first (cheap); most pairs fail it.
    if (orb > (opts.orbs[aspect] ?? DEFAULT_ORBS[aspect])) continue;
    if (orb > orbFor(aspect, a.name, b.name, opts)) continue;
    if (best && best.orb <= orb) continue;
    // d(separation)/dt = sign(diff) · (speed_b − speed_a); the orb shrinks when it moves towards `angle`.
    const sepRate = (diff >= 0 ? 1 : -1) * (b.speed - a.speed);
    const orbRate = (separation >= angle ? 1 : -1) * sepRate;
    best = { point_a: a.name, point_b: b.name, aspect, angle, orb, applying: orbRate < 0 };
  }
  return best;
}

/** All aspects among `points`, tightest first within the order of the input pairs. */
export function findAspects(points: readonly AspectPoint[], opts: AspectOptions): ChartAspect[] {
  const out: ChartAspect[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as AspectPoint;
      const b = points[j] as AspectPoint;
      if (isNodePair(a.name, b.name)) continue;
      const found = aspectBetween(a, b, opts);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Aspects between the points of two charts (synastry): every pair (a from the first, b from the second). */
export function crossAspects(
  first: readonly AspectPoint[],
  second: readonly AspectPoint[],
  opts: AspectOptions,
): ChartAspect[] {
  const out: ChartAspect[] = [];
  for (const a of first) {
    for (const b of second) {
      const found = aspectBetween(a, b, opts);
      if (found) out.push(found);
    }
  }
  return out;
}
