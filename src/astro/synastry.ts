/**
 * Relationship astrology: synastry (inter-chart aspects, house overlays, compatibility score) and
 * composite charts (midpoint and Davison).
 *
 * Compatibility score — Ciro Discepolo's point method, as implemented by the open-source kerykeion
 * library (RelationshipScoreFactory), on the inter-chart aspects:
 *   +4  "destiny sign": the two Suns' signs share a modality (cardinal, fixed, mutable);
 *   +11 Sun–Sun conjunction, opposition or square within 2° (+8 beyond 2°); +4 any other Sun–Sun aspect;
 *   +11 Sun–Moon conjunction within 2° (+8 beyond); +4 any other Sun–Moon aspect;
 *   +4  Sun–Ascendant and Moon–Ascendant aspects (either person's Sun/Moon to the other's Ascendant);
 *   +4  Venus–Mars aspects (either way round).
 * Labels by total: < 5 Minimal, < 10 Medium, < 15 Important, < 20 Very Important, < 30 Exceptional,
 * otherwise Rare Exceptional. Only major aspects count; orbs are the synastry orbs below.
 */

import { meanObliquity } from './angles';
import {
  ASPECT_ANGLES,
  type AspectPoint,
  aspectBetween,
  crossAspects,
  isDeclinationAspect,
  type PointOrbs,
} from './aspects';
import { ayanamsaDegrees } from './ayanamsa';
import { ayanamsaSpecOf, castChart, type ResolvedOptions } from './chart';
import { declinationRate, eclipticDeclination, eclipticToEquatorial } from './coordinates';
import { computeHouses, houseOf, SUN_DECLINATION_SYSTEMS } from './houses';
import { findPatterns, isPatternPoint, type PatternEdge } from './patterns';
import { computeEphemeris } from './positions';
import type { AspectName, Chart, ChartPoint, ChartWarning, Element, PatternName, PointName } from './types';
import { DEFAULT_ASPECTS, MAJOR_ASPECTS, warning } from './types';
import { delta, elementOf, modalityOf, norm360, round, signDegree, signOf } from './zodiac';

/** Tighter default orbs for inter-chart aspects. */
export const SYNASTRY_ORBS: Record<AspectName, number> = {
  conjunction: 8,
  opposition: 8,
  trine: 7,
  square: 6,
  sextile: 5,
  quincunx: 2,
  semi_sextile: 1,
  semi_square: 1,
  sesquiquadrate: 1,
  quintile: 1,
  bi_quintile: 1,
  septile: 1,
  bi_septile: 1,
  tri_septile: 1,
  novile: 1,
  bi_novile: 1,
  quadri_novile: 1,
  parallel: 1,
  contra_parallel: 1,
};

export type SynastryPointName = PointName | 'ascendant' | 'midheaven';

export interface SynastryAspect {
  /** A point of the first chart. */
  point_a: SynastryPointName;
  /** A point of the second chart. */
  point_b: SynastryPointName;
  aspect: AspectName;
  angle: number;
  orb: number;
  applying: boolean;
}

export interface ScoreItem {
  rule: string;
  points: number;
  aspect?: SynastryAspect;
}

export interface SynastryOptions {
  aspects?: readonly AspectName[] | undefined;
  orbs?: Partial<Record<AspectName, number>> | undefined;
  pointOrbs?: PointOrbs | undefined;
  /** Find the aspect patterns formed by the points of both charts. */
  patterns?: boolean | undefined;
}

/** A member of a pattern between two charts. */
export interface SynastryMember {
  chart: 'first' | 'second';
  point: PointName;
}

/** An aspect pattern with members from both charts. */
export interface SynastryPattern {
  type: PatternName;
  points: SynastryMember[];
  apex?: SynastryMember;
}

export const SCORE_LABELS: [number, string][] = [
  [5, 'Minimal'],
  [10, 'Medium'],
  [15, 'Important'],
  [20, 'Very Important'],
  [30, 'Exceptional'],
  [Number.POSITIVE_INFINITY, 'Rare Exceptional'],
];

export const scoreLabel = (score: number) =>
  (SCORE_LABELS.find(([max]) => score < max) as [number, string])[1];

interface Pt {
  name: SynastryPointName;
  longitude: number;
  speed: number;
  declination?: number;
  declinationSpeed?: number;
}

/**
 * A chart's points plus its Ascendant and Midheaven (speed ≈ one turn a day) as aspectable points, with their
 * declinations (the angles' from their tropical longitude and the mean obliquity, for parallels).
 */
export function pointsWithAngles(chart: Chart): Pt[] {
  const obl = meanObliquity(chart.subject.julian_day);
  const ayan = chart.settings.ayanamsa_degrees ?? 0;
  const pts: Pt[] = chart.points.map((p) => ({
    name: p.name,
    longitude: p.longitude,
    speed: p.speed,
    declination: p.declination,
    declinationSpeed: declinationRate(norm360(p.longitude + ayan), p.latitude, p.declination, p.speed, obl),
  }));
  const angle = (name: 'ascendant' | 'midheaven', lon: number): Pt => {
    const dec = eclipticDeclination(norm360(lon + ayan), 0, obl);
    return {
      name,
      longitude: lon,
      speed: 360.98,
      declination: dec,
      declinationSpeed: declinationRate(norm360(lon + ayan), 0, dec, 360.98, obl),
    };
  };
  if (chart.angles) {
    pts.push(angle('ascendant', chart.angles.ascendant));
    pts.push(angle('midheaven', chart.angles.midheaven));
  }
  return pts;
}

/** Aspects between every point of `a` and every point of `b` (by default the aspects of a chart). */
export function interAspects(a: Chart, b: Chart, opts: SynastryOptions = {}): SynastryAspect[] {
  const aspects = opts.aspects ?? DEFAULT_ASPECTS;
  // The synastry orbs are given for every aspect, so points other than planets are not narrowed (aspects.ts).
  const orbs = { ...SYNASTRY_ORBS, ...opts.orbs };
  return crossAspects(pointsWithAngles(a) as AspectPoint[], pointsWithAngles(b) as AspectPoint[], {
    aspects,
    orbs,
    pointOrbs: opts.pointOrbs,
  })
    .map((x) => ({ ...(x as unknown as SynastryAspect), orb: round(x.orb, 4) }))
    .sort((x, y) => x.orb - y.orb);
}

/**
 * The aspect patterns formed by the points of both charts together (at least one member from each): each chart's own
 * aspects and the aspects between them. A chart's own patterns are in that chart (`patterns`, when asked for).
 */
export function synastryPatterns(a: Chart, b: Chart, inter: readonly SynastryAspect[]): SynastryPattern[] {
  const members: SynastryMember[] = [
    ...a.points
      .filter((p) => isPatternPoint(p.name))
      .map((p) => ({ chart: 'first' as const, point: p.name })),
    ...b.points
      .filter((p) => isPatternPoint(p.name))
      .map((p) => ({ chart: 'second' as const, point: p.name })),
  ];
  const index = new Map(members.map((m, i) => [`${m.chart}:${m.point}`, i]));
  const edges: PatternEdge[] = [];
  const edge = (x: string, y: string, aspect: AspectName) => {
    const i = index.get(x);
    const j = index.get(y);
    if (i !== undefined && j !== undefined && !isDeclinationAspect(aspect))
      edges.push({ a: i, b: j, aspect });
  };
  for (const x of a.aspects) edge(`first:${x.point_a}`, `first:${x.point_b}`, x.aspect);
  for (const x of b.aspects) edge(`second:${x.point_a}`, `second:${x.point_b}`, x.aspect);
  for (const x of inter) edge(`first:${x.point_a}`, `second:${x.point_b}`, x.aspect);
  const both = (m: readonly number[]) => {
    const charts = new Set(m.map((i) => (members[i] as SynastryMember).chart));
    return charts.size === 2;
  };
  return findPatterns(members.length, edges, both).map((f) => ({
    type: f.type,
    points: f.members.map((i) => members[i] as SynastryMember),
    ...(f.apex !== undefined ? { apex: members[f.apex] as SynastryMember } : {}),
  }));
}

/** Discepolo's compatibility score over major inter-aspects (see the module comment). */
export function compatibilityScore(a: Chart, b: Chart, aspects: readonly SynastryAspect[]) {
  const sunA = a.points.find((p) => p.name === 'sun');
  const sunB = b.points.find((p) => p.name === 'sun');
  return scoreRules(sunA?.longitude, sunB?.longitude, aspects);
}

function scoreRules(sunA: number | undefined, sunB: number | undefined, aspects: readonly SynastryAspect[]) {
  const items: ScoreItem[] = [];
  if (sunA !== undefined && sunB !== undefined && modalityOf(signOf(sunA)) === modalityOf(signOf(sunB))) {
    items.push({ rule: `destiny sign: both Suns in ${modalityOf(signOf(sunA))} signs`, points: 4 });
  }
  const pair = (x: SynastryAspect, m: string, n: string) =>
    (x.point_a === m && x.point_b === n) || (x.point_a === n && x.point_b === m);
  for (const x of aspects) {
    if (!MAJOR_ASPECTS.includes(x.aspect)) continue;
    const hard = x.aspect === 'conjunction' || x.aspect === 'opposition' || x.aspect === 'square';
    if (pair(x, 'sun', 'sun')) {
      if (hard) items.push({ rule: `Sun–Sun ${x.aspect}`, points: x.orb <= 2 ? 11 : 8, aspect: x });
      else items.push({ rule: `Sun–Sun ${x.aspect}`, points: 4, aspect: x });
    } else if (pair(x, 'sun', 'moon')) {
      if (x.aspect === 'conjunction')
        items.push({ rule: 'Sun–Moon conjunction', points: x.orb <= 2 ? 11 : 8, aspect: x });
      else items.push({ rule: `Sun–Moon ${x.aspect}`, points: 4, aspect: x });
    } else if (pair(x, 'sun', 'ascendant')) {
      items.push({ rule: `Sun–Ascendant ${x.aspect}`, points: 4, aspect: x });
    } else if (pair(x, 'moon', 'ascendant')) {
      items.push({ rule: `Moon–Ascendant ${x.aspect}`, points: 4, aspect: x });
    } else if (pair(x, 'venus', 'mars')) {
      items.push({ rule: `Venus–Mars ${x.aspect}`, points: 4, aspect: x });
    }
  }
  const score = items.reduce((s, i) => s + i.points, 0);
  return { value: score, label: scoreLabel(score), method: 'discepolo' as const, breakdown: items };
}

/** The only points the score looks at: [longitude, speed] of sun, moon, venus, mars and the ascendant. */
export type ScorePoints = Partial<Record<'sun' | 'moon' | 'venus' | 'mars' | 'ascendant', [number, number]>>;
const SCORE_POINTS = ['sun', 'moon', 'venus', 'mars'] as const;

export function scorePointsOf(chart: Chart): ScorePoints {
  const out: ScorePoints = {};
  for (const name of SCORE_POINTS) {
    const p = chart.points.find((q) => q.name === name);
    if (p) out[name] = [p.longitude, p.speed];
  }
  if (chart.angles) out.ascendant = [chart.angles.ascendant, 360.98];
  return out;
}

/** The only (first chart, second chart) pairs the score looks at. */
const SCORING_PAIRS = [
  ['sun', 'sun'],
  ['sun', 'moon'],
  ['moon', 'sun'],
  ['sun', 'ascendant'],
  ['ascendant', 'sun'],
  ['moon', 'ascendant'],
  ['ascendant', 'moon'],
  ['venus', 'mars'],
  ['mars', 'venus'],
] as const;
const MAJOR_ANGLES = MAJOR_ASPECTS.map((a) => [ASPECT_ANGLES[a], SYNASTRY_ORBS[a]] as const);

/**
 * The score value of `quickScore`, without building anything: the nine scoring pairs, the five major
 * aspects, no allocation. For ranking a subject against a whole collection (then `quickScore` explains
 * the few shown). `tightness` is the sum of the scoring aspects' orbs (a tie-break: tighter first).
 */
export function rankScore(a: ScorePoints, b: ScorePoints): { value: number; tightness: number } {
  let value = 0;
  let tightness = 0;
  const sa = a.sun?.[0];
  const sb = b.sun?.[0];
  if (
    sa !== undefined &&
    sb !== undefined &&
    Math.floor(norm360(sa) / 30) % 3 === Math.floor(norm360(sb) / 30) % 3
  ) {
    value += 4;
  }
  for (const [na, nb] of SCORING_PAIRS) {
    const pa = a[na];
    const pb = b[nb];
    if (!pa || !pb) continue;
    const sep = Math.abs(delta(pa[0], pb[0]));
    let bestAngle = -1;
    let bestOrb = Number.POSITIVE_INFINITY;
    for (const [angle, max] of MAJOR_ANGLES) {
      const orb = Math.abs(sep - angle);
      if (orb <= max && orb < bestOrb) {
        bestOrb = orb;
        bestAngle = angle;
      }
    }
    if (bestAngle < 0) continue;
    const rounded = round(bestOrb, 4);
    tightness += rounded;
    if (na === 'sun' && nb === 'sun')
      value += bestAngle === 120 || bestAngle === 60 ? 4 : rounded <= 2 ? 11 : 8;
    else if ((na === 'sun' && nb === 'moon') || (na === 'moon' && nb === 'sun'))
      value += bestAngle === 0 ? (rounded <= 2 ? 11 : 8) : 4;
    else value += 4;
  }
  return { value, tightness };
}

/**
 * The same score as `synastry(a, b).score`, from precomputed ScorePoints only: a few dozen operations, so a
 * subject can be ranked against hundreds of people per request.
 */
export function quickScore(a: ScorePoints, b: ScorePoints) {
  const opts = { aspects: MAJOR_ASPECTS, orbs: SYNASTRY_ORBS };
  const aspects: SynastryAspect[] = [];
  for (const [na, pa] of Object.entries(a) as [SynastryPointName, [number, number]][]) {
    for (const [nb, pb] of Object.entries(b) as [SynastryPointName, [number, number]][]) {
      const found = aspectBetween(
        { name: na as PointName, longitude: pa[0], speed: pa[1] },
        { name: nb as PointName, longitude: pb[0], speed: pb[1] },
        opts,
      );
      if (found) aspects.push({ ...(found as unknown as SynastryAspect), orb: round(found.orb, 4) });
    }
  }
  aspects.sort((x, y) => x.orb - y.orb);
  return scoreRules(a.sun?.[0], b.sun?.[0], aspects);
}

const COMPLEMENTS: Record<Element, Element> = { fire: 'air', air: 'fire', earth: 'water', water: 'earth' };

function relation(x: Element, y: Element): 'same' | 'complementary' | 'challenging' {
  if (x === y) return 'same';
  return COMPLEMENTS[x] === y ? 'complementary' : 'challenging';
}

/** Element and modality harmony of the Sun, Moon and Ascendant signs, and the planets' balance. */
export function harmony(a: Chart, b: Chart) {
  const lights: Record<string, unknown> = {};
  for (const name of ['sun', 'moon'] as const) {
    const pa = a.points.find((p) => p.name === name);
    const pb = b.points.find((p) => p.name === name);
    if (pa && pb) {
      lights[name] = {
        signs: [pa.sign, pb.sign],
        elements: [elementOf(pa.sign), elementOf(pb.sign)],
        element_relation: relation(elementOf(pa.sign), elementOf(pb.sign)),
        same_modality: modalityOf(pa.sign) === modalityOf(pb.sign),
      };
    }
  }
  if (a.angles && b.angles) {
    const sa = signOf(a.angles.ascendant);
    const sb = signOf(b.angles.ascendant);
    lights.ascendant = {
      signs: [sa, sb],
      elements: [elementOf(sa), elementOf(sb)],
      element_relation: relation(elementOf(sa), elementOf(sb)),
      same_modality: modalityOf(sa) === modalityOf(sb),
    };
  }
  const dominant = (c: Chart) =>
    (Object.entries(c.distributions.elements) as [Element, number][]).sort(
      (x, y) => y[1] - x[1],
    )[0]?.[0] as Element;
  const da = dominant(a);
  const db = dominant(b);
  const relations = Object.values(lights).map((l) => (l as { element_relation: string }).element_relation);
  const good = relations.filter((r) => r !== 'challenging').length;
  return {
    ...lights,
    dominant_elements: [da, db],
    dominant_relation: relation(da, db),
    summary:
      relations.length === 0
        ? 'No shared reference points.'
        : `${good} of ${relations.length} of the Sun, Moon and Ascendant pairs fall in the same or complementary elements.`,
  };
}

export interface HouseOverlay {
  point: PointName;
  house: number;
}

/** Where the points of `from` fall in the houses of `to` (empty when `to` has no houses). */
export function houseOverlays(from: Chart, to: Chart): HouseOverlay[] {
  if (!to.houses) return [];
  const cusps = to.houses.map((h) => h.cusp);
  return from.points.map((p) => ({ point: p.name, house: houseOf(p.longitude, cusps) }));
}

export function synastry(a: Chart, b: Chart, opts: SynastryOptions = {}) {
  const aspects = interAspects(a, b, opts);
  return {
    aspects,
    ...(opts.patterns ? { patterns: synastryPatterns(a, b, aspects) } : {}),
    house_overlays: { first_in_second: houseOverlays(a, b), second_in_first: houseOverlays(b, a) },
    score: compatibilityScore(a, b, aspects),
    harmony: harmony(a, b),
  };
}

// ---------------------------------------------------------------------------------------- composite

/**
 * Shorter-arc midpoint of two longitudes. At an exact opposition both midpoints are equally near; we
 * take the one 90° after the smaller of the two longitudes, so the result does not depend on the order.
 */
export function midpoint(x: number, y: number): number {
  const d = delta(x, y);
  if (Math.abs(Math.abs(d) - 180) < 1e-9) return norm360(Math.min(norm360(x), norm360(y)) + 90);
  return norm360(x + d / 2);
}

/** A composite point; its equatorial coordinates from its tropical position and the composite's obliquity. */
function point(
  name: PointName,
  lon: number,
  lat: number,
  speed: number,
  frame: { ayanamsa: number; obliquity: number },
  cusps?: number[],
): ChartPoint {
  const eq = eclipticToEquatorial(norm360(lon + frame.ayanamsa), lat, frame.obliquity);
  return {
    name,
    longitude: round(lon),
    latitude: round(lat),
    speed: round(speed),
    retrograde: speed < 0,
    sign: signOf(lon),
    sign_degree: round(signDegree(lon)),
    ...(cusps ? { house: houseOf(lon, cusps) } : {}),
    right_ascension: round(eq.ra),
    declination: round(eq.dec),
  };
}

/** Tropical longitude of a chart's Sun (from its points, or computed when the chart left the Sun out). */
function tropicalSun(c: Chart): number {
  const sun = c.points.find((p) => p.name === 'sun');
  if (sun) return norm360(sun.longitude + (c.settings.ayanamsa_degrees ?? 0));
  return (computeEphemeris(c.subject.julian_day, ['sun']).positions.sun as { longitude: number }).longitude;
}

/** Declination of the composite Sun (the midpoint of the two Suns, on the ecliptic), for Sunshine houses. */
function compositeSunDeclination(a: Chart, b: Chart, obl: number): number {
  const rad = Math.PI / 180;
  const lon = midpoint(tropicalSun(a), tropicalSun(b));
  return Math.asin(Math.sin(obl * rad) * Math.sin(lon * rad)) / rad;
}

/**
 * Midpoint composite: every point at the shorter-arc midpoint of the two natal positions (speeds and
 * latitudes averaged); the composite MC is the midpoint of the MCs and the houses are derived from it
 * for the mean latitude (ARMC = right ascension of the composite MC, mean obliquity of the mean date),
 * in the requested house system (Sunshine houses with the declination of the composite Sun). Without both birth times: no houses or angles.
 */
export function midpointComposite(a: Chart, b: Chart, opts: ResolvedOptions) {
  const warnings: ChartWarning[] = [];
  let cusps: number[] | undefined;
  let angles: Chart['angles'];
  const jd = (a.subject.julian_day + b.subject.julian_day) / 2;
  const obl = meanObliquity(jd);
  // Sidereal charts: the points and MCs are sidereal; back to tropical for right ascensions, and the houses come out
  // sidereal again through computeHouses' ayanamsa argument.
  const spec = ayanamsaSpecOf(opts);
  const ayan = spec ? ayanamsaDegrees(spec, jd) : 0;
  const frame = { ayanamsa: ayan, obliquity: obl };
  if (a.angles && b.angles) {
    const mc = midpoint(a.angles.midheaven, b.angles.midheaven);
    const lat = (a.subject.latitude + b.subject.latitude) / 2;
    const rad = Math.PI / 180;
    const mcTropical = norm360(mc + ayan);
    const armc = norm360(
      Math.atan2(Math.sin(mcTropical * rad) * Math.cos(obl * rad), Math.cos(mcTropical * rad)) / rad,
    );
    const houses = computeHouses(opts.house_system, armc, lat, obl, ayan, {
      sunDeclination: SUN_DECLINATION_SYSTEMS.has(opts.house_system)
        ? compositeSunDeclination(a, b, obl)
        : undefined,
    });
    if (houses.fallback)
      warnings.push(
        warning(
          'house_system_fallback',
          `Composite ${opts.house_system} houses fall back to Porphyry (${houses.warning}).`,
        ),
      );
    cusps = houses.cusps;
    angles = {
      ascendant: round(houses.ascendant),
      midheaven: round(houses.midheaven),
      descendant: round(norm360(houses.ascendant + 180)),
      imum_coeli: round(norm360(houses.midheaven + 180)),
    };
  } else
    warnings.push(
      warning('composite_without_houses', 'A birth time is unknown: the composite has no houses or angles.'),
    );

  const points: ChartPoint[] = [];
  for (const pa of a.points) {
    const pb = b.points.find((p) => p.name === pa.name);
    if (!pb) continue;
    points.push(
      point(
        pa.name,
        midpoint(pa.longitude, pb.longitude),
        (pa.latitude + pb.latitude) / 2,
        (pa.speed + pb.speed) / 2,
        frame,
        cusps,
      ),
    );
  }
  const houses = cusps?.map((cusp, i) => ({
    number: i + 1,
    cusp: round(cusp),
    sign: signOf(cusp),
    sign_degree: round(signDegree(cusp)),
  }));
  return { points, angles, houses, warnings };
}

/**
 * Davison relationship chart: a real chart cast for the midpoint in time (mean Julian day) and in space
 * (mean latitude, shorter-arc midpoint of the longitudes).
 */
export function davison(a: Chart, b: Chart, opts: ResolvedOptions) {
  const jdUT = (a.subject.julian_day + b.subject.julian_day) / 2;
  const latitude = (a.subject.latitude + b.subject.latitude) / 2;
  const lonMid = midpoint(a.subject.longitude + 180, b.subject.longitude + 180) - 180;
  const longitude = lonMid > 180 ? lonMid - 360 : lonMid <= -180 ? lonMid + 360 : lonMid;
  const timeKnown = a.subject.time_known && b.subject.time_known;
  const cast = castChart({ jdUT, latitude, longitude, timeKnown }, opts);
  const utcMs = (jdUT - 2440587.5) * 86400000;
  return { cast, jdUT, latitude, longitude, utcMs };
}
