/**
 * Tracks: a body's longitude over a span of time as a piecewise cubic Hermite curve through samples of the full
 * ephemeris (value and analytic speed at each sample), so that a search over time evaluates the series once per
 * sample instead of once per probe, and every pair (transiting body × natal point × aspect) shares the samples.
 *
 * Bodies are sampled in groups that share one computeEphemeris call per instant (the Earth and the giants are
 * computed once for all the planets of the group), each group at the step its fastest variation allows:
 *   - Moon and true node: 1 day;  Sun, Mercury, Venus, Mars, mean node, Lilith: 2 days;  Jupiter–Pluto, Chiron: 8 days.
 * The interpolation error of these steps, measured against the full ephemeris over 1900–2100 by
 * test/astro/forecast.test.ts, is below 0.05″ for every body (docs/accuracy.md, "Forecasting"): far below the
 * ephemeris' own error, and a time error under a second wherever the body moves faster than 0.05″ per second.
 * Where a body is nearly stationary, searches refine their roots on the full ephemeris (./search.ts).
 *
 * Longitudes in a track are unwrapped (continuous, not reduced to [0, 360)).
 */
import { ayanamsaDegrees, ayanamsaSpeed } from '../ayanamsa';
import { computeEphemeris, type DefaultBodyName } from '../positions';
import type { Ayanamsa } from '../types';

export type TrackBody = Exclude<DefaultBodyName, never>;

/** Sampling step (days) per body; bodies with the same step are sampled together. */
/** The asteroids (issue 20) are not forecast yet: their fit errors are not measured. */
export const TRACK_STEP: Record<DefaultBodyName, number> = {
  moon: 1,
  true_node: 1,
  sun: 2,
  mercury: 2,
  venus: 2,
  mars: 2,
  mean_node: 2,
  mean_lilith: 2,
  jupiter: 8,
  saturn: 8,
  uranus: 8,
  neptune: 8,
  pluto: 8,
  chiron: 8,
};

export interface Track {
  body: DefaultBodyName;
  /** JD (UT) of the first sample. */
  t0: number;
  /** Step in days. */
  h: number;
  /** Unwrapped longitudes (degrees) and speeds (degrees/day) at t0 + i·h. */
  lon: Float64Array;
  speed: Float64Array;
}

export interface TrackOptions {
  /** Sidereal longitudes: the ayanamsa is subtracted at each sample. */
  ayanamsa?: Ayanamsa | null | undefined;
}

/** Samples the bodies over [jdFrom, jdTo] (at least), one ephemeris call per instant per step group. */
export function buildTracks(
  bodies: readonly DefaultBodyName[],
  jdFrom: number,
  jdTo: number,
  opts: TrackOptions = {},
): Map<DefaultBodyName, Track> {
  const groups = new Map<number, DefaultBodyName[]>();
  for (const b of new Set(bodies)) {
    const h = TRACK_STEP[b];
    const g = groups.get(h);
    if (g) g.push(b);
    else groups.set(h, [b]);
  }
  const out = new Map<DefaultBodyName, Track>();
  for (const [h, group] of groups) {
    const t0 = Math.floor(jdFrom / h) * h - 0.5; // aligned grid: equal inputs sample equal instants
    const n = Math.ceil((jdTo - t0) / h) + 2;
    const tracks = group.map((body) => ({
      body,
      t0,
      h,
      lon: new Float64Array(n),
      speed: new Float64Array(n),
    }));
    for (let i = 0; i < n; i++) {
      const jd = t0 + i * h;
      const pos = computeEphemeris(jd, group).positions;
      const ay = opts.ayanamsa ? ayanamsaDegrees(opts.ayanamsa, jd) : 0;
      const ayRate = opts.ayanamsa ? ayanamsaSpeed(opts.ayanamsa, jd) : 0;
      for (const t of tracks) {
        const p = pos[t.body];
        if (!p) throw new RangeError(`${t.body} is not available at JD ${jd}`);
        let lon = p.longitude - ay;
        if (i > 0) {
          const prev = t.lon[i - 1] as number;
          lon += 360 * Math.round((prev - lon) / 360);
        }
        t.lon[i] = lon;
        t.speed[i] = p.speed - ayRate;
      }
    }
    for (const t of tracks) out.set(t.body, t);
  }
  return out;
}

/** The cubic of segment i in u ∈ [0, 1]: a + b·u + c·u² + d·u³ (degrees). */
export function segment(t: Track, i: number): [number, number, number, number] {
  const p0 = t.lon[i] as number;
  const p1 = t.lon[i + 1] as number;
  const m0 = (t.speed[i] as number) * t.h;
  const m1 = (t.speed[i + 1] as number) * t.h;
  return [p0, m0, 3 * (p1 - p0) - 2 * m0 - m1, 2 * (p0 - p1) + m0 + m1];
}

/** Unwrapped longitude and speed of a track at a JD (UT) inside it. */
export function trackAt(t: Track, jd: number): { longitude: number; speed: number } {
  const x = (jd - t.t0) / t.h;
  const i = Math.min(Math.max(Math.floor(x), 0), t.lon.length - 2);
  const u = x - i;
  const [a, b, c, d] = segment(t, i);
  return { longitude: a + u * (b + u * (c + u * d)), speed: (b + u * (2 * c + u * 3 * d)) / t.h };
}

/** First and last JD covered by a track. */
export function trackSpan(t: Track): [number, number] {
  return [t.t0, t.t0 + (t.lon.length - 1) * t.h];
}
