/**
 * Aspect patterns: figures formed by the aspects already found between points (so the orbs and the aspects asked for
 * apply), within one chart or between two. Members are given in the order of the input points: the planets, Chiron
 * and any other body; not the lunar nodes, Lilith, the lots or the points of the angles.
 *
 * - grand trine: three points mutually in trine;
 * - T-square: two points in opposition, both square a third, the apex;
 * - grand cross: four points, two oppositions joined by four squares (its four T-squares are not listed apart);
 * - yod ("finger of God"): two points in sextile, both quincunx a third, the apex;
 * - kite: a grand trine and a fourth point opposite one of its points (the apex) and sextile the other two;
 * - mystic rectangle: two oppositions whose ends are joined by two trines and two sextiles;
 * - stellium (./chart.ts): three or more of the ten planets in one sign, or in one house.
 */
import { ARABIC_PARTS, type AspectName, type PatternName, type PointName } from './types';

/** Points left out of patterns: the lunar nodes, Lilith, the lots and the points of the angles. */
const NOT_IN_PATTERNS: ReadonlySet<PointName> = new Set<PointName>([
  'mean_node',
  'true_node',
  'mean_lilith',
  'part_of_fortune',
  ...ARABIC_PARTS,
  'vertex',
  'antivertex',
  'east_point',
]);
export const isPatternPoint = (name: PointName) => !NOT_IN_PATTERNS.has(name);

/** An aspect between two members, by index. */
export interface PatternEdge {
  a: number;
  b: number;
  aspect: AspectName;
}

export interface FoundPattern {
  type: Exclude<PatternName, 'stellium'>;
  /** Indices of the members, ascending. */
  members: number[];
  apex?: number;
}

const ORDER: FoundPattern['type'][] = [
  'grand_cross',
  'kite',
  'mystic_rectangle',
  'grand_trine',
  't_square',
  'yod',
];

/**
 * Patterns among `n` points joined by `edges` (one aspect of longitude per pair at most). `keep` filters candidate
 * member sets (e.g. "points of both charts").
 */
export function findPatterns(
  n: number,
  edges: readonly PatternEdge[],
  keep: (members: readonly number[]) => boolean = () => true,
): FoundPattern[] {
  const rel = new Map<number, AspectName>();
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const e of edges) {
    if (e.a === e.b) continue;
    rel.set(key(e.a, e.b), e.aspect);
    neighbours[e.a]?.add(e.b);
    neighbours[e.b]?.add(e.a);
  }
  const is = (i: number, j: number, aspect: AspectName) => rel.get(key(i, j)) === aspect;
  const pairs = (aspect: AspectName): [number, number][] =>
    edges.filter((e) => e.aspect === aspect && e.a !== e.b).map((e) => (e.a < e.b ? [e.a, e.b] : [e.b, e.a]));
  const out: FoundPattern[] = [];
  const seen = new Set<string>();
  const add = (type: FoundPattern['type'], members: number[], apex?: number) => {
    const sorted = [...members].sort((x, y) => x - y);
    const id = `${type}:${sorted.join(',')}:${apex ?? ''}`;
    if (seen.has(id) || !keep(sorted)) return;
    seen.add(id);
    out.push(apex === undefined ? { type, members: sorted } : { type, members: sorted, apex });
  };
  const common = (i: number, j: number) => [...(neighbours[i] ?? [])].filter((k) => neighbours[j]?.has(k));

  const grandTrines: number[][] = [];
  for (const [i, j] of pairs('trine')) {
    for (const k of common(i, j))
      if (k > j && is(i, k, 'trine') && is(j, k, 'trine')) grandTrines.push([i, j, k]);
  }
  for (const t of grandTrines) add('grand_trine', t);
  const inCross = new Set<string>();
  const oppositions = pairs('opposition');
  for (const [i, j] of oppositions) {
    for (const k of common(i, j)) {
      if (is(i, k, 'square') && is(j, k, 'square')) {
        // A grand cross: a fourth point opposite the apex, square both ends.
        for (const l of common(i, j)) {
          if (l !== k && is(k, l, 'opposition') && is(i, l, 'square') && is(j, l, 'square')) {
            add('grand_cross', [i, j, k, l]);
            inCross.add([i, j, k].sort((x, y) => x - y).join(','));
          }
        }
      }
    }
  }
  for (const [i, j] of oppositions) {
    for (const k of common(i, j)) {
      if (
        is(i, k, 'square') &&
        is(j, k, 'square') &&
        !inCross.has([i, j, k].sort((x, y) => x - y).join(','))
      ) {
        add('t_square', [i, j, k], k);
      }
    }
    // Mystic rectangle: i–j and k–l oppositions, i trine k and sextile l (so j sextile k and trine l).
    for (const k of neighbours[i] ?? []) {
      if (!is(i, k, 'trine')) continue;
      for (const l of neighbours[k] ?? []) {
        if (
          l !== i &&
          l !== j &&
          is(k, l, 'opposition') &&
          is(i, l, 'sextile') &&
          is(j, k, 'sextile') &&
          is(j, l, 'trine')
        ) {
          add('mystic_rectangle', [i, j, k, l]);
        }
      }
    }
  }
  for (const [i, j] of pairs('sextile')) {
    for (const k of common(i, j)) {
      if (is(i, k, 'quincunx') && is(j, k, 'quincunx')) add('yod', [i, j, k], k);
    }
  }
  // Kite: a fourth point opposite one point of a grand trine (the apex) and sextile the other two.
  for (const t of grandTrines) {
    for (const apex of t) {
      const others = t.filter((m) => m !== apex);
      for (const d of neighbours[apex] ?? []) {
        if (is(apex, d, 'opposition') && others.every((o) => is(o, d, 'sextile')))
          add('kite', [...t, d], apex);
      }
    }
  }
  return out.sort(
    (x, y) =>
      ORDER.indexOf(x.type) - ORDER.indexOf(y.type) ||
      x.members.join(',').localeCompare(y.members.join(','), 'en', { numeric: true }),
  );
}
