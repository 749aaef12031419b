/**
 * Exact-hit timeline: every moment in [from, to) when a transiting body makes an exact aspect to a natal point,
 * one row per hit (a retrograde planet can hit the same point three times), with the moments the aspect enters and
 * leaves its orb around that hit.
 *
 * Method (see ./track.ts and ./search.ts): each transiting body is sampled once per grid instant over the range
 * plus a margin (for the orb moments), and the samples are shared by every natal point and aspect. For one body
 * and one natal point at longitude N, an aspect of angle A is exact where the body's longitude equals N + A or
 * N − A (once for 0° and 180°); it is within orb where it lies between those ± orb. All these targets are found on
 * the fitted curve in one pass; the exact moments of every body but the Moon are then polished on the full
 * ephemeris (Newton). Exact moments agree with a brute-force search on the full ephemeris to well under a minute
 * (test/astro/forecast.test.ts).
 */
import { ASPECT_ANGLES } from '../aspects';
import type { DefaultBodyName } from '../positions';
import type { AspectName, Ayanamsa } from '../types';
import { crossings, polish, wrap180 } from './search';
import { buildTracks, TRACK_STEP, type Track } from './track';

export interface NatalPoint {
  name: string;
  /** Degrees, in the zodiac of the request. */
  longitude: number;
}

export interface TimelineOptions {
  transiting: readonly DefaultBodyName[];
  natal: readonly NatalPoint[];
  aspects: readonly AspectName[];
  /** Orb per aspect (degrees), for enters/leaves. */
  orbs: Partial<Record<AspectName, number>>;
  ayanamsa?: Ayanamsa | null | undefined;
}

export interface Hit {
  transiting: DefaultBodyName;
  natal: string;
  aspect: AspectName;
  /** JD (UT). */
  exact: number;
  retrograde: boolean;
  /** The transiting body's speed at the hit, degrees/day (in the zodiac of the request). */
  speed: number;
  /** JD (UT) the aspect enters / leaves its orb around this hit; null beyond the searched margin. */
  entersOrb: number | null;
  leavesOrb: number | null;
}

/** Days searched beyond the range for the orb moments, per body. */
export const ORB_MARGIN_DAYS: Record<DefaultBodyName, number> = {
  moon: 3,
  true_node: 60,
  sun: 20,
  mercury: 60,
  venus: 60,
  mars: 60,
  mean_node: 60,
  mean_lilith: 60,
  jupiter: 400,
  saturn: 400,
  uranus: 400,
  neptune: 400,
  pluto: 400,
  chiron: 400,
};

/**
 * Bounds of the fit's error (arcseconds) per body, away from the Sun and within 15° of it: about twice the largest
 * error measured over 2000–2016 (test/astro/forecast.test.ts checks them over other years). Within 15° of the Sun
 * the deflection of light bends a planet's apparent path sharply over a day or two (12″ of fit error for Mercury
 * passing just behind the Sun): there no bound is assumed and every hit of a planet is polished.
 */
export const FIT_ERROR: Record<DefaultBodyName, [far: number, nearSun: number]> = {
  moon: [1.2, 1.2],
  true_node: [1.2, 1.2],
  sun: [0.01, 0.01],
  mercury: [1.7, Number.POSITIVE_INFINITY],
  venus: [0.2, Number.POSITIVE_INFINITY],
  mars: [0.05, Number.POSITIVE_INFINITY],
  mean_node: [0.01, 0.01],
  mean_lilith: [0.01, 0.01],
  jupiter: [0.6, Number.POSITIVE_INFINITY],
  saturn: [0.6, Number.POSITIVE_INFINITY],
  uranus: [0.6, Number.POSITIVE_INFINITY],
  neptune: [0.6, Number.POSITIVE_INFINITY],
  pluto: [0.6, Number.POSITIVE_INFINITY],
  chiron: [0.6, Number.POSITIVE_INFINITY],
};

/** A hit is polished on the full ephemeris when the fit's error could move it by more than this (days). */
const POLISH_ABOVE_DAYS = 10 / 86400;

/** The Sun's longitude to ~0.01° (mean anomaly and equation of centre): enough to tell "within 15° of it". */
function roughSunLongitude(jd: number): number {
  const d = jd - 2451545.0;
  const g = (357.529 + 0.98560028 * d) * (Math.PI / 180);
  return 280.459 + 0.98564736 * d + 1.915 * Math.sin(g) + 0.02 * Math.sin(2 * g);
}

function needsPolish(body: DefaultBodyName, longitude: number, jd: number, speed: number): boolean {
  const elongation = Math.abs(wrap180(longitude - roughSunLongitude(jd)));
  const bound = FIT_ERROR[body][elongation < 15 ? 1 : 0] / 3600;
  return bound > Math.abs(speed) * POLISH_ABOVE_DAYS;
}

interface Target {
  natal: string;
  aspect: AspectName;
  /** 0: exact; −1 / +1: the lower / upper edge of the orb. */
  edge: -1 | 0 | 1;
  /** Identifies (natal point, aspect, side). */
  group: number;
}

export function timeline(jdFrom: number, jdTo: number, o: TimelineOptions): Hit[] {
  // Bodies sharing a step share the sampling, over the widest margin of their group.
  const groups = new Map<number, DefaultBodyName[]>();
  for (const b of new Set(o.transiting)) groups.set(TRACK_STEP[b], [...(groups.get(TRACK_STEP[b]) ?? []), b]);
  const tracks = new Map<DefaultBodyName, Track>();
  for (const group of groups.values()) {
    const margin = Math.max(...group.map((b) => ORB_MARGIN_DAYS[b]));
    for (const [b, t] of buildTracks(group, jdFrom - margin, jdTo + margin, { ayanamsa: o.ayanamsa })) {
      tracks.set(b, t);
    }
  }
  const hits: Hit[] = [];
  for (const body of new Set(o.transiting)) {
    const track = tracks.get(body) as Track;
    const targets: number[] = [];
    const meta: Target[] = [];
    let group = 0;
    for (const p of o.natal) {
      for (const aspect of o.aspects) {
        const angle = ASPECT_ANGLES[aspect];
        const orb = o.orbs[aspect] ?? 1;
        const sides = angle === 0 || angle === 180 ? [1] : [1, -1];
        for (const s of sides) {
          const base = p.longitude + s * angle;
          for (const edge of [0, -1, 1] as const) {
            targets.push(base + edge * orb);
            meta.push({ natal: p.name, aspect, edge, group });
          }
          group++;
        }
      }
    }
    const events: { jd: number; speed: number; target: number }[][] = Array.from({ length: group }, () => []);
    const m = ORB_MARGIN_DAYS[body];
    crossings(track, targets, jdFrom - m, jdTo + m, (target, jd, speed) => {
      (events[(meta[target] as Target).group] as { jd: number; speed: number; target: number }[]).push({
        jd,
        speed,
        target,
      });
    });
    for (const list of events) {
      if (list.length === 0) continue;
      list.sort((x, y) => x.jd - y.jd);
      for (let k = 0; k < list.length; k++) {
        const e = list[k] as { jd: number; speed: number; target: number };
        const t = meta[e.target] as Target;
        if (t.edge !== 0 || e.jd < jdFrom || e.jd >= jdTo) continue;
        let enters: number | null = null;
        for (let j = k - 1; j >= 0; j--) {
          const f = list[j] as { jd: number; target: number };
          if ((meta[f.target] as Target).edge !== 0) {
            enters = f.jd;
            break;
          }
        }
        let leaves: number | null = null;
        for (let j = k + 1; j < list.length; j++) {
          const f = list[j] as { jd: number; target: number };
          if ((meta[f.target] as Target).edge !== 0) {
            leaves = f.jd;
            break;
          }
        }
        const target = targets[e.target] as number;
        const exact = needsPolish(body, target, e.jd, e.speed)
          ? polish(body, target, e.jd, o.ayanamsa, 0.1)
          : e.jd;
        if (exact < jdFrom || exact >= jdTo) continue;
        hits.push({
          transiting: body,
          natal: t.natal,
          aspect: t.aspect,
          exact,
          retrograde: e.speed < 0,
          speed: e.speed,
          entersOrb: enters,
          leavesOrb: leaves,
        });
      }
    }
  }
  hits.sort((a, b) => a.exact - b.exact);
  return hits;
}
