/**
 * The interpretive reading of a natal chart: structured sections of prose assembled from the corpus in
 * `./corpus`. Pure and deterministic (no randomness, no clock).
 */
import { en } from '../i18n/en';
import type { AngleName, Hemisphere, Locale } from '../i18n/locale';
import {
  type AspectName,
  type Chart,
  type ChartAspect,
  type ChartPoint,
  type Element,
  type Modality,
  PLANETS,
  type Planet,
  SIGNS,
  type Sign,
} from '../types';
import { MAJOR_ASPECT_TYPES, type MajorAspect } from './corpus/aspects';

export const SECTION_IDS = ['overview', 'planets', 'aspects', 'balance', 'emphasis'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * A chart factor a paragraph interprets, so a client can highlight it on the wheel and an assistant can
 * cite it. Every value is the chart's own (same sign, house, degree, orb), never recomputed.
 */
export type ReadingFactor =
  | {
      kind: 'point';
      point: Planet;
      sign: Sign;
      /** Degrees within the sign, as in the chart's points. */
      sign_degree: number;
      /** Absent without a birth time. */
      house?: number;
      retrograde: boolean;
    }
  | { kind: 'angle'; angle: AngleName; sign: Sign; sign_degree: number; longitude: number }
  | { kind: 'aspect'; aspect: AspectName; point_a: Planet; point_b: Planet; orb: number; applying: boolean }
  | { kind: 'sign'; sign: Sign }
  | { kind: 'house'; house: number }
  | { kind: 'element'; element: Element; count: number }
  | { kind: 'modality'; modality: Modality; count: number };

export interface ReadingParagraph {
  text: string;
  /** The chart factors this paragraph interprets (empty for notes such as the unknown birth time). */
  factors: ReadingFactor[];
}

export interface ReadingSection {
  id: SectionId;
  title: string;
  /** Prose; paragraphs are separated by a blank line ("\n\n"). The same text as `paragraphs`, joined. */
  text: string;
  paragraphs: ReadingParagraph[];
  highlights?: string[];
}

export interface Reading {
  sections: ReadingSection[];
  word_count: number;
}

export interface ReadingOptions {
  /** Which sections to include (always returned in the canonical order of `SECTION_IDS`). Default: all. */
  sections?: readonly SectionId[];
  /** The language of the texts. Default: English. */
  locale?: Locale;
}

/** At most this many aspects are interpreted; at least `MIN_ASPECTS` when the chart has them. */
export const MAX_ASPECTS = 8;
export const MIN_ASPECTS = 5;
/** Beyond the first `MIN_ASPECTS`, further aspects are included only when at least this tight (degrees). */
const EXTRA_ASPECT_MAX_ORB = 3;
/** A planet this close to an angle (degrees) is "angular". */
export const ANGULAR_ORB = 8;

const ELEMENTS: readonly Element[] = ['fire', 'earth', 'air', 'water'];
const MODALITIES: readonly Modality[] = ['cardinal', 'fixed', 'mutable'];
const SIGN_ELEMENT: readonly Element[] = ['fire', 'earth', 'air', 'water'];
const SIGN_MODALITY: readonly Modality[] = ['cardinal', 'fixed', 'mutable'];
const ANGLES: readonly AngleName[] = ['ascendant', 'midheaven', 'descendant', 'imum_coeli'];

const PLANET_SET: ReadonlySet<string> = new Set(PLANETS);
const MAJOR_SET: ReadonlySet<string> = new Set(MAJOR_ASPECT_TYPES);

/** Degrees and arcminutes, e.g. 23°31′. */
export function formatDegrees(deg: number): string {
  let d = Math.floor(deg);
  let m = Math.round((deg - d) * 60);
  if (m === 60) {
    d += 1;
    m = 0;
  }
  return `${d}°${String(m).padStart(2, '0')}′`;
}

function signOf(longitude: number): Sign {
  const i = Math.floor((((longitude % 360) + 360) % 360) / 30);
  return SIGNS[i] ?? 'aries';
}

const elementOf = (s: Sign): Element => SIGN_ELEMENT[SIGNS.indexOf(s) % 4] ?? 'fire';
const modalityOf = (s: Sign): Modality => SIGN_MODALITY[SIGNS.indexOf(s) % 3] ?? 'cardinal';

function angularDistance(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

type PlanetPoint = ChartPoint & { name: Planet };

function planetPoints(chart: Chart): PlanetPoint[] {
  const byName = new Map(chart.points.map((p) => [p.name, p]));
  const out: PlanetPoint[] = [];
  for (const name of PLANETS) {
    const p = byName.get(name);
    if (p) out.push({ ...p, name });
  }
  return out;
}

function hasHouses(chart: Chart): boolean {
  return !!chart.angles && !!chart.houses && chart.houses.length === 12;
}

interface Ctx {
  chart: Chart;
  planets: PlanetPoint[];
  houses: boolean;
  /** Whether this section should carry the one note about the unknown birth time. */
  noteTimeUnknown: boolean;
  L: Locale;
}

const pointFactor = (p: PlanetPoint, houses: boolean): ReadingFactor => ({
  kind: 'point',
  point: p.name,
  sign: p.sign,
  sign_degree: p.sign_degree,
  ...(houses && p.house ? { house: p.house } : {}),
  retrograde: p.retrograde,
});

const angleFactor = (chart: Chart, angle: AngleName): ReadingFactor | null => {
  const lon = chart.angles?.[angle];
  if (lon === undefined) return null;
  return { kind: 'angle', angle, sign: signOf(lon), sign_degree: ((lon % 30) + 30) % 30, longitude: lon };
};

const aspectFactor = (a: ChartAspect & { aspect: MajorAspect }): ReadingFactor => ({
  kind: 'aspect',
  aspect: a.aspect,
  point_a: a.point_a as Planet,
  point_b: a.point_b as Planet,
  orb: a.orb,
  applying: a.applying,
});

/** Accumulates a section: paragraphs with their factors, and highlights. */
class Builder {
  readonly paragraphs: ReadingParagraph[] = [];
  readonly highlights: string[] = [];
  constructor(private readonly L: Locale) {}
  /** Adds a paragraph of sentences (joined as the language joins sentences). */
  add(sentences: readonly string[], factors: ReadingFactor[]): void {
    const text = sentences.filter((x) => x.length > 0).join(this.L.phrases.sentenceGap);
    if (text) this.paragraphs.push({ text, factors });
  }
  section(id: SectionId, title: string): ReadingSection {
    return {
      id,
      title,
      text: this.paragraphs.map((p) => p.text).join('\n\n'),
      paragraphs: this.paragraphs,
      highlights: this.highlights,
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Sections

function overviewSection(ctx: Ctx): ReadingSection {
  const { planets, chart, L } = ctx;
  const { phrases: T, corpus: C } = L;
  const b = new Builder(L);
  const sun = planets.find((p) => p.name === 'sun');
  const moon = planets.find((p) => p.name === 'moon');

  const first: string[] = [];
  const firstFactors: ReadingFactor[] = [];
  if (sun) {
    first.push(T.sunIn(sun.sign));
    firstFactors.push(pointFactor(sun, ctx.houses));
    b.highlights.push(T.highlights.sunIn(sun.sign));
  }
  if (moon) {
    first.push(T.moonIn(moon.sign));
    firstFactors.push(pointFactor(moon, ctx.houses));
    b.highlights.push(T.highlights.moonIn(moon.sign));
  }
  if (sun && moon) {
    const x = elementOf(sun.sign);
    const y = elementOf(moon.sign);
    const compatible =
      (x === 'fire' && y === 'air') ||
      (x === 'air' && y === 'fire') ||
      (x === 'earth' && y === 'water') ||
      (x === 'water' && y === 'earth');
    first.push(
      x === y
        ? C.sunMoonElements.same
        : compatible
          ? C.sunMoonElements.compatible
          : C.sunMoonElements.different,
    );
  }
  b.add(first, firstFactors);

  if (ctx.houses && chart.angles) {
    const asc = signOf(chart.angles.ascendant);
    const f = angleFactor(chart, 'ascendant');
    b.add(
      [T.ascendant(asc, formatDegrees(chart.angles.ascendant % 30)), C.ascendantInSign[asc]],
      f ? [f] : [],
    );
    b.highlights.push(T.highlights.ascendantIn(asc));
  } else if (ctx.noteTimeUnknown) {
    b.add([C.timeUnknownNote], []);
  }

  return b.section('overview', T.titles.overview(ctx.houses));
}

function planetsSection(ctx: Ctx): ReadingSection {
  const { phrases: T, corpus: C } = ctx.L;
  const b = new Builder(ctx.L);
  if (!ctx.houses && ctx.noteTimeUnknown) b.add([C.timeUnknownNote], []);
  for (const p of ctx.planets) {
    const house = ctx.houses && p.house && p.house >= 1 && p.house <= 12 ? p.house : undefined;
    const sentences = [
      T.planetHead(p.name, p.sign, formatDegrees(p.sign_degree), house, p.retrograde),
      C.planetInSign[p.name][p.sign],
    ];
    if (house) sentences.push(C.planetInHouse[p.name][house - 1] ?? '');
    b.add(sentences, [pointFactor(p, ctx.houses)]);
    b.highlights.push(T.highlights.placement(p.name, p.sign, house, p.retrograde));
  }
  return b.section('planets', T.titles.planets);
}

/** Major aspects between two of the ten planets, tightest first, deduplicated. */
export function selectAspects(chart: Chart): (ChartAspect & { aspect: MajorAspect })[] {
  const seen = new Set<string>();
  const rank = (n: string) => PLANETS.indexOf(n as Planet);
  const candidates = chart.aspects
    .filter(
      (a): a is ChartAspect & { aspect: MajorAspect } =>
        MAJOR_SET.has(a.aspect) &&
        PLANET_SET.has(a.point_a) &&
        PLANET_SET.has(a.point_b) &&
        a.point_a !== a.point_b,
    )
    .map((a) => (rank(a.point_a) <= rank(a.point_b) ? a : { ...a, point_a: a.point_b, point_b: a.point_a }))
    .sort(
      (x, y) =>
        x.orb - y.orb ||
        rank(x.point_a) - rank(y.point_a) ||
        rank(x.point_b) - rank(y.point_b) ||
        MAJOR_ASPECT_TYPES.indexOf(x.aspect) - MAJOR_ASPECT_TYPES.indexOf(y.aspect),
    )
    .filter((a) => {
      const key = `${a.point_a}_${a.point_b}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const out: (ChartAspect & { aspect: MajorAspect })[] = [];
  for (const a of candidates) {
    if (out.length >= MAX_ASPECTS) break;
    if (out.length >= MIN_ASPECTS && a.orb > EXTRA_ASPECT_MAX_ORB) break;
    out.push(a);
  }
  return out;
}

function aspectsSection(ctx: Ctx): ReadingSection {
  const { phrases: T, corpus: C } = ctx.L;
  const b = new Builder(ctx.L);
  const selected = selectAspects(ctx.chart);
  if (selected.length === 0) b.add([C.noAspects], []);
  else b.add([T.aspectsIntro(selected.length)], selected.map(aspectFactor));
  const used: Record<MajorAspect, number> = {
    conjunction: 0,
    opposition: 0,
    trine: 0,
    square: 0,
    sextile: 0,
  };
  for (const a of selected) {
    const pa = a.point_a as Planet;
    const pb = a.point_b as Planet;
    const variants = C.aspectTypeText[a.aspect];
    const typeText = variants[used[a.aspect] % variants.length] ?? variants[0];
    used[a.aspect] += 1;
    const exactness = a.orb < 1 ? 'exact' : a.orb < 3 ? 'close' : 'wide';
    const orb = formatDegrees(a.orb);
    b.add(
      [T.aspectHead(pa, a.aspect, pb, exactness, orb, a.applying), C.pairText[`${pa}_${pb}`] ?? '', typeText],
      [aspectFactor(a)],
    );
    b.highlights.push(T.highlights.aspect(pa, a.aspect, pb, orb));
  }
  return b.section('aspects', T.titles.aspects);
}

function fmtCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

interface Spread<K extends string> {
  dominant: K | null;
  lacking: K[];
  ordered: [K, number][];
}

function analyse<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, number>>,
  dominantShare: number,
  lackingShare: number,
): Spread<K> | null {
  const entries = keys.map((k) => [k, Math.max(0, Number(values[k] ?? 0) || 0)] as [K, number]);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (total <= 0) return null;
  const ordered = [...entries].sort((a, b) => b[1] - a[1] || keys.indexOf(a[0]) - keys.indexOf(b[0]));
  const [top, second] = ordered;
  const dominant = top && top[1] / total >= dominantShare && (!second || top[1] > second[1]) ? top[0] : null;
  const lacking = entries.filter(([, v]) => v / total <= lackingShare).map(([k]) => k);
  return { dominant, lacking, ordered };
}

function countFromPlanets<K extends string>(
  ctx: Ctx,
  keys: readonly K[],
  of: (s: Sign) => K,
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const p of ctx.planets) out[of(p.sign)] += 1;
  return out;
}

function balanceSection(ctx: Ctx): ReadingSection {
  const { phrases: T, corpus: C } = ctx.L;
  const dist = ctx.chart.distributions;
  const b = new Builder(ctx.L);

  const el =
    analyse(ELEMENTS, dist?.elements ?? {}, 0.35, 0.12) ??
    analyse(ELEMENTS, countFromPlanets(ctx, ELEMENTS, elementOf), 0.35, 0.12);
  if (el) {
    const parts = [T.elementCounts(el.ordered.map(([k, v]) => [k, fmtCount(v)] as [Element, string]))];
    const factors: ReadingFactor[] = [];
    if (el.dominant) {
      parts.push(C.elementBalance[el.dominant].dominant);
      b.highlights.push(T.highlights.dominantElement(el.dominant));
      factors.push({ kind: 'element', element: el.dominant, count: countOf(el, el.dominant) });
    }
    for (const k of el.lacking) {
      parts.push(C.elementBalance[k].lacking);
      b.highlights.push(T.highlights.lackingElement(k));
      factors.push({ kind: 'element', element: k, count: countOf(el, k) });
    }
    if (!el.dominant && el.lacking.length === 0) {
      parts.push(C.balancedElements);
      for (const [k, v] of el.ordered) factors.push({ kind: 'element', element: k, count: v });
    }
    b.add(parts, factors);
  }

  const mo =
    analyse(MODALITIES, dist?.modalities ?? {}, 0.5, 0.12) ??
    analyse(MODALITIES, countFromPlanets(ctx, MODALITIES, modalityOf), 0.5, 0.12);
  if (mo) {
    const parts = [T.modalityCounts(mo.ordered.map(([k, v]) => [k, fmtCount(v)] as [Modality, string]))];
    const factors: ReadingFactor[] = [];
    if (mo.dominant) {
      parts.push(C.modalityBalance[mo.dominant].dominant);
      b.highlights.push(T.highlights.dominantModality(mo.dominant));
      factors.push({ kind: 'modality', modality: mo.dominant, count: countOf(mo, mo.dominant) });
    }
    for (const k of mo.lacking) {
      parts.push(C.modalityBalance[k].lacking);
      b.highlights.push(T.highlights.lackingModality(k));
      factors.push({ kind: 'modality', modality: k, count: countOf(mo, k) });
    }
    if (!mo.dominant && mo.lacking.length === 0) {
      parts.push(C.balancedModalities);
      for (const [k, v] of mo.ordered) factors.push({ kind: 'modality', modality: k, count: v });
    }
    b.add(parts, factors);
  }
  return b.section('balance', T.titles.balance);
}

const countOf = <K extends string>(s: Spread<K>, k: K): number => s.ordered.find(([x]) => x === k)?.[1] ?? 0;

function emphasisSection(ctx: Ctx): ReadingSection {
  const { planets, chart, L } = ctx;
  const { phrases: T, corpus: C } = L;
  const b = new Builder(L);
  if (!ctx.houses && ctx.noteTimeUnknown) b.add([C.timeUnknownNote], []);
  const pf = (p: PlanetPoint) => pointFactor(p, ctx.houses);

  // Stellia by sign (and by house).
  let stelliumExplained = false;
  for (const sign of SIGNS) {
    const group = planets.filter((p) => p.sign === sign);
    if (group.length < 3) continue;
    const names = group.map((p) => p.name);
    b.add(
      [T.stelliumInSign(names, sign), stelliumExplained ? '' : C.stelliumSign],
      [{ kind: 'sign', sign }, ...group.map(pf)],
    );
    stelliumExplained = true;
    b.highlights.push(T.highlights.stelliumInSign(sign, names));
  }
  if (ctx.houses) {
    let houseExplained = false;
    for (let h = 1; h <= 12; h++) {
      const group = planets.filter((p) => p.house === h);
      if (group.length < 3) continue;
      const names = group.map((p) => p.name);
      b.add(
        [T.stelliumInHouse(names, h), houseExplained ? '' : C.stelliumHouse],
        [{ kind: 'house', house: h }, ...group.map(pf)],
      );
      houseExplained = true;
      b.highlights.push(T.highlights.stelliumInHouse(h, names));
    }
  }

  // Planets on the angles.
  if (ctx.houses && chart.angles) {
    const angles = chart.angles;
    const angular: string[] = [];
    const factors: ReadingFactor[] = [];
    for (const key of ANGLES) {
      for (const p of planets) {
        const d = angularDistance(p.longitude, angles[key]);
        if (d > ANGULAR_ORB) continue;
        angular.push(T.onAngle(p.name, formatDegrees(d), key));
        const af = angleFactor(chart, key);
        if (af && !factors.some((f) => f.kind === 'angle' && f.angle === key)) factors.push(af);
        factors.push(pf(p));
        b.highlights.push(T.highlights.onAngle(p.name, key));
      }
    }
    if (angular.length) b.add([C.angularIntro, ...angular], factors);

    // Hemispheres and quadrants (by house).
    const housed = planets.filter((p) => p.house && p.house >= 1 && p.house <= 12);
    if (housed.length >= 5) {
      const n = housed.length;
      const inHouses = (pred: (h: number) => boolean) => housed.filter((p) => pred(p.house ?? 0));
      const eastern = (h: number) => h >= 10 || h <= 3;
      const southern = (h: number) => h >= 7;
      const strong = Math.ceil(n * 0.7);
      const sets: [Hemisphere, (h: number) => boolean][] = [
        ['eastern', eastern],
        ['western', (h) => !eastern(h)],
        ['southern', southern],
        ['northern', (h) => !southern(h)],
      ];
      const hemi: string[] = [];
      const cited = new Set<PlanetPoint>();
      for (const [name, pred] of sets) {
        const group = inHouses(pred);
        if (group.length < strong) continue;
        hemi.push(C.hemisphere[name]);
        b.highlights.push(T.highlights.hemisphere(name));
        for (const p of group) cited.add(p);
      }
      const quadrants = [0, 1, 2, 3].map((q) => inHouses((h) => Math.floor((h - 1) / 3) === q));
      const max = Math.max(...quadrants.map((g) => g.length));
      const qi = quadrants.findIndex((g) => g.length === max);
      if (max >= 4 && quadrants.filter((g) => g.length === max).length === 1) {
        hemi.push(C.quadrant[qi] ?? '');
        b.highlights.push(T.highlights.quadrant(qi + 1));
        for (const p of quadrants[qi] ?? []) cited.add(p);
      }
      // A balanced spread interprets every housed planet; an emphasis, the planets that make it.
      const factors = (hemi.length ? housed.filter((p) => cited.has(p)) : housed).map(pf);
      b.add(hemi.length ? hemi : [C.hemisphere.balanced], factors);
    }
  }

  // Retrograde planets.
  const retro = planets.filter((p) => p.retrograde);
  const retroNames = retro.map((p) => p.name);
  if (retro.length === 0) b.add([C.retrograde.none], planets.map(pf));
  else if (retro.length <= 2) b.add([T.retrogradeFew(retroNames), C.retrograde.few], retro.map(pf));
  else b.add([T.retrogradeMany(retroNames), C.retrograde.many], retro.map(pf));
  b.highlights.push(T.highlights.retrogradeCount(retro.length));

  return b.section('emphasis', T.titles.emphasis);
}

const BUILDERS: Record<SectionId, (ctx: Ctx) => ReadingSection> = {
  overview: overviewSection,
  planets: planetsSection,
  aspects: aspectsSection,
  balance: balanceSection,
  emphasis: emphasisSection,
};

/** Words of a text separated by spaces (languages without spaces count through their locale). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Build the interpretive reading of a chart. */
export function buildReading(chart: Chart, opts: ReadingOptions = {}): Reading {
  const L = opts.locale ?? en;
  const wanted = new Set<string>(opts.sections ?? SECTION_IDS);
  const ids = SECTION_IDS.filter((id) => wanted.has(id));
  const houses = hasHouses(chart);
  // Without a birth time, say so once: in the first section where the omission shows.
  const noteIn = houses
    ? null
    : (ids.find((id) => id === 'overview' || id === 'planets' || id === 'emphasis') ?? null);
  const planets = planetPoints(chart);
  const sections = ids.map((id) =>
    BUILDERS[id]({ chart, planets, houses, noteTimeUnknown: noteIn === id, L }),
  );
  const count = L.countWords ?? countWords;
  const word_count = sections.reduce((n, s) => n + count(s.title) + count(s.text), 0);
  return { sections, word_count };
}
