/**
 * The full VSOP87B and ELP/MPP02 series of the astronomia package (a devDependency), in the layout of
 * src/astro/series.ts, so the tests can measure what the truncation (scripts/gen-series.mjs) costs.
 */
import data from 'astronomia/data';
import elpFull from 'astronomia/data/elpMppDeFull';
import type { VsopBody } from '../../src/astro/planets';
import type { SeriesTable } from '../../src/astro/series';

type Vsop = Record<'L' | 'B' | 'R', Record<string, [number, number, number][]>>;
type Elp = Record<'L' | 'B' | 'R', Record<string, number[][]>>;

export function fullVsopTable(body: VsopBody): SeriesTable {
  const series = (data as unknown as Record<string, Vsop>)[`vsop87B${body}`] as Vsop;
  const freq: number[] = [];
  const index = new Map<number, number>();
  const coord = (c: 'L' | 'B' | 'R') =>
    Object.entries(series[c])
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, terms]) =>
        terms.flatMap(([a, b, f]) => {
          let k = index.get(f);
          if (k === undefined) {
            k = freq.length;
            index.set(f, k);
            freq.push(f);
          }
          return [k, a * Math.cos(b), a * Math.sin(b)];
        }),
      );
  return { L: coord('L'), B: coord('B'), R: coord('R'), freq };
}

export function fullElpTable(): SeriesTable {
  const series = elpFull as unknown as Elp;
  const freq: number[] = [];
  const index = new Map<string, number>();
  const coord = (c: 'L' | 'B' | 'R') =>
    Object.entries(series[c])
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, terms]) =>
        terms.flatMap(([a, phi0, ...poly]) => {
          const key = poly.join(',');
          let k = index.get(key);
          if (k === undefined) {
            k = freq.length / 4;
            index.set(key, k);
            freq.push(...(poly as number[]));
          }
          return [k, (a as number) * Math.sin(phi0 as number), -(a as number) * Math.cos(phi0 as number)];
        }),
      );
  return { L: coord('L'), B: coord('B'), R: coord('R'), freq };
}
