/**
 * Aspects between points: which, with what orb, applying or separating.
 *
 * Default orbs (degrees): conjunction 10, opposition 10, trine 8, square 7, sextile 6; quincunx 3;
 * semi-sextile, semi-square, sesquiquadrate, quintile and bi-quintile 2; the septiles (360°/7 and its multiples),
 * noviles (40°, 80°, 160°) and the declination aspects (parallel, contra-parallel) 1. Points other than the ten
 * planets (nodes, Lilith, Chiron, the lots, the angle points) use at most 3° for major and 1° for other aspects.
 * Callers may replace the set and any orb, per aspect (`orbs`) and per point and aspect (`pointOrbs`).
 *
 * Parallels and contra-parallels compare declinations, not longitudes: a pair of points can have one of each kind
 * (say a conjunction and a parallel). Their `angle` is 0 (parallel: the same declination) or 180 (contra-parallel:
 * declinations of the same size on either side of the equator), their orb the difference in declination.
 */

import {
  type AspectName,
  type ChartAspect,
  DECLINATION_ASPECTS,
  MAJOR_ASPECTS,
  PLANETS,
  type PointName,
} from './types';
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
  septile: 360 / 7,
  bi_septile: 720 / 7,
  tri_septile: 1080 / 7,
  novile: 40,
  bi_novile: 80,
  quadri_novile: 160,
  parallel: 0,
  contra_parallel: 180,
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
  septile: 1,
  bi_septile: 1,
  tri_septile: 1,
  novile: 1,
  bi_novile: 1,
  quadri_novile: 1,
  parallel: 1,
  contra_parallel: 1,
};

/** Orbs per point and aspect: for a pair, the larger of its two points' orbs for that aspect applies. */
export type PointOrbs = Partial<Record<PointName, Partial<Record<AspectName, number>>>>;

export interface AspectPoint {
  name: PointName;
  longitude: number;
  speed: number;
  /** For parallels and contra-parallels: declination (degrees) and its rate (degrees/day). */
  declination?: number | undefined;
  declinationSpeed?: number | undefined;
}

export interface AspectOptions {
  aspects: readonly AspectName[];
  orbs: Partial<Record<AspectName, number>>;
  pointOrbs?: PointOrbs | undefined;
}

const DECLINATION_SET = new Set<AspectName>(DECLINATION_ASPECTS);
export const isDeclinationAspect = (a: AspectName) => DECLINATION_SET.has(a);

const PLANET_SET = new Set<string>(PLANETS);
/** The two lunar nodes are never aspected to each other. */
const isNodePair = (a: PointName, b: PointName) =>
  (a === 'mean_node' && b === 'true_node') || (a === 'true_node' && b === 'mean_node');

function orbFor(aspect: AspectName, a: PointName, b: PointName, opts: AspectOptions): number {
  const pa = opts.pointOrbs?.[a]?.[aspect];
  const pb = opts.pointOrbs?.[b]?.[aspect];
  if (pa !== undefined || pb !== undefined) return Math.max(pa ?? 0, pb ?? 0);
  const base = opts.orbs[aspect] ?? DEFAULT_ORBS[aspect];
  if (opts.orbs[aspect] !== undefined) return base;
  if (PLANET_SET.has(a) && PLANET_SET.has(b)) return base;
  return Math.min(base, MAJOR_ASPECTS.includes(aspect) ? 3 : 1);
}

/** The largest orb any pair can have for `aspect` under `opts` (a cheap first test). */
function maxOrb(aspect: AspectName, opts: AspectOptions): number {
  let m = opts.orbs[aspect] ?? DEFAULT_ORBS[aspect];
  if (opts.pointOrbs) for (const o of Object.values(opts.pointOrbs)) m = Math.max(m, o?.[aspect] ?? 0);
  return m;
}

/** The aspect of longitude (if any) between two points; the closest one wins when orbs overlap. */
export function aspectBetween(a: AspectPoint, b: AspectPoint, opts: AspectOptions): ChartAspect | null {
  const diff = delta(a.longitude, b.longitude); // b − a in (−180, 180]
  const separation = Math.abs(diff);
  let best: ChartAspect | null = null;
  for (const aspect of opts.aspects) {
    if (DECLINATION_SET.has(aspect)) continue;
    const angle = ASPECT_ANGLES[aspect];
    const orb = Math.abs(separation - angle);
    // The largest orb first (cheap); most pairs fail it.
    if (orb > maxOrb(aspect, opts)) continue;
    if (orb > orbFor(aspect, a.name, b.name, opts)) continue;
    if (best && best.orb <= orb) continue;
    // d(separation)/dt = sign(diff) · (speed_b − speed_a); the orb shrinks when it moves towards `angle`.
    const sepRate = (diff >= 0 ? 1 : -1) * (b.speed - a.speed);
    const orbRate = (separation >= angle ? 1 : -1) * sepRate;
    best = { point_a: a.name, point_b: b.name, aspect, angle, orb, applying: orbRate < 0 };
  }
  return best;
}

/**
 * The declination aspect (if any) between two points: parallel (|δa − δb| within orb) or contra-parallel
 * (|δa + δb| within orb), the closer one when both are (declinations near 0°). Applying from the declination rates.
 */
export function declinationAspectBetween(
  a: AspectPoint,
  b: AspectPoint,
  opts: AspectOptions,
): ChartAspect | null {
  const da = a.declination;
  const db = b.declination;
  if (da === undefined || db === undefined) return null;
  let best: ChartAspect | null = null;
  for (const aspect of opts.aspects) {
    if (!DECLINATION_SET.has(aspect)) continue;
    const contra = aspect === 'contra_parallel';
    const gap = contra ? da + db : da - db;
    const orb = Math.abs(gap);
    if (orb > orbFor(aspect, a.name, b.name, opts)) continue;
    if (best && best.orb <= orb) continue;
    const va = a.declinationSpeed ?? 0;
    const vb = b.declinationSpeed ?? 0;
    const orbRate = (gap >= 0 ? 1 : -1) * (contra ? va + vb : va - vb);
    best = {
      point_a: a.name,
      point_b: b.name,
      aspect,
      angle: ASPECT_ANGLES[aspect],
      orb,
      applying: orbRate < 0,
    };
  }
  return best;
}

const wantsDeclination = (opts: AspectOptions) => opts.aspects.some((x) => DECLINATION_SET.has(x));

/** Every aspect of a pair: its aspect of longitude and its declination aspect, when asked for. */
function aspectsOfPair(
  a: AspectPoint,
  b: AspectPoint,
  opts: AspectOptions,
  declination: boolean,
  out: ChartAspect[],
) {
  const found = aspectBetween(a, b, opts);
  if (found) out.push(found);
  if (declination) {
    const par = declinationAspectBetween(a, b, opts);
    if (par) out.push(par);
  }
}

/** All aspects among `points`, in the order of the input pairs (longitude first, then declination). */
export function findAspects(points: readonly AspectPoint[], opts: AspectOptions): ChartAspect[] {
  const out: ChartAspect[] = [];
  const declination = wantsDeclination(opts);
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as AspectPoint;
      const b = points[j] as AspectPoint;
      if (isNodePair(a.name, b.name)) continue;
      aspectsOfPair(a, b, opts, declination, out);
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
  const declination = wantsDeclination(opts);
  for (const a of first) for (const b of second) aspectsOfPair(a, b, opts, declination, out);
  return out;
}
