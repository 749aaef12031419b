/**
 * The interpretive reading of a natal chart: structured sections of prose assembled from the corpus in
 * `./corpus`. Pure and deterministic (no randomness, no clock).
 */
import {
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
import { ASCENDANT_IN_SIGN } from './corpus/ascendant';
import {
  ASPECT_TYPE_TEXT,
  ASPECT_VERB,
  MAJOR_ASPECT_TYPES,
  type MajorAspect,
  PLANET_PAIR_TEXT,
} from './corpus/aspects';
import { BALANCED_ELEMENTS, BALANCED_MODALITIES, ELEMENT_BALANCE, MODALITY_BALANCE } from './corpus/balance';
import {
  ANGULAR_TEXT,
  HEMISPHERE_TEXT,
  HOUSE_TOPICS,
  PLANET_KEYWORDS,
  QUADRANT_TEXT,
  RETROGRADE_TEXT,
  SIGN_ESSENCE,
  STELLIUM_HOUSE,
  STELLIUM_SIGN,
  SUN_MOON_ELEMENTS,
  TIME_UNKNOWN_NOTE,
} from './corpus/emphasis';
import { PLANET_IN_HOUSE } from './corpus/planet-in-house';
import { PLANET_IN_SIGN } from './corpus/planet-in-sign';

export const SECTION_IDS = ['overview', 'planets', 'aspects', 'balance', 'emphasis'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ReadingSection {
  id: SectionId;
  title: string;
  /** Prose; paragraphs are separated by a blank line ("\n\n"). */
  text: string;
  highlights?: string[];
}

export interface Reading {
  sections: ReadingSection[];
  word_count: number;
}

export interface ReadingOptions {
  /** Which sections to include (always returned in the canonical order of `SECTION_IDS`). Default: all. */
  sections?: readonly SectionId[];
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

const PLANET_SET: ReadonlySet<string> = new Set(PLANETS);
const MAJOR_SET: ReadonlySet<string> = new Set(MAJOR_ASPECT_TYPES);

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const planetLabel = (p: Planet): string => cap(p);
export const signLabel = (s: Sign): string => cap(s);
/** How a planet is named inside a sentence: "the Sun", "the Moon", "Mercury". */
const planetRef = (p: Planet): string => (p === 'sun' || p === 'moon' ? `the ${cap(p)}` : cap(p));

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

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

/** "a", "a and b", "a, b and c". */
function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

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

function planetPoints(chart: Chart): (ChartPoint & { name: Planet })[] {
  const byName = new Map(chart.points.map((p) => [p.name, p]));
  const out: (ChartPoint & { name: Planet })[] = [];
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
  planets: (ChartPoint & { name: Planet })[];
  houses: boolean;
  /** Whether this section should carry the one note about the unknown birth time. */
  noteTimeUnknown: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Sections

function overviewSection(ctx: Ctx): ReadingSection {
  const { planets, chart } = ctx;
  const sun = planets.find((p) => p.name === 'sun');
  const moon = planets.find((p) => p.name === 'moon');
  const paragraphs: string[] = [];
  const highlights: string[] = [];

  const first: string[] = [];
  if (sun) {
    first.push(
      `With your Sun in ${signLabel(sun.sign)}, the centre of your identity is ${SIGN_ESSENCE[sun.sign]}: this is the self you are growing into.`,
    );
    highlights.push(`Sun in ${signLabel(sun.sign)}`);
  }
  if (moon) {
    first.push(
      `Your Moon in ${signLabel(moon.sign)} describes what you need in order to feel safe and at home in yourself; emotionally you are ${SIGN_ESSENCE[moon.sign]}.`,
    );
    highlights.push(`Moon in ${signLabel(moon.sign)}`);
  }
  if (sun && moon) {
    const a = elementOf(sun.sign);
    const b = elementOf(moon.sign);
    const compatible =
      (a === 'fire' && b === 'air') ||
      (a === 'air' && b === 'fire') ||
      (a === 'earth' && b === 'water') ||
      (a === 'water' && b === 'earth');
    first.push(
      a === b
        ? SUN_MOON_ELEMENTS.same
        : compatible
          ? SUN_MOON_ELEMENTS.compatible
          : SUN_MOON_ELEMENTS.different,
    );
  }
  if (first.length) paragraphs.push(first.join(' '));

  if (ctx.houses && chart.angles) {
    const asc = signOf(chart.angles.ascendant);
    paragraphs.push(
      `Your Ascendant, the rising sign, is ${signLabel(asc)} at ${formatDegrees(chart.angles.ascendant % 30)}: it describes the way you meet the world and how others first experience you. ${ASCENDANT_IN_SIGN[asc]}`,
    );
    highlights.push(`Ascendant in ${signLabel(asc)}`);
  } else if (ctx.noteTimeUnknown) {
    paragraphs.push(TIME_UNKNOWN_NOTE);
  }

  return {
    id: 'overview',
    title: ctx.houses ? 'Sun, Moon and Rising Sign' : 'Sun and Moon',
    text: paragraphs.join('\n\n'),
    highlights,
  };
}

function planetsSection(ctx: Ctx): ReadingSection {
  const paragraphs: string[] = [];
  const highlights: string[] = [];
  if (!ctx.houses && ctx.noteTimeUnknown) paragraphs.push(TIME_UNKNOWN_NOTE);
  for (const p of ctx.planets) {
    const house = ctx.houses && p.house && p.house >= 1 && p.house <= 12 ? p.house : undefined;
    const place = `${planetLabel(p.name)} in ${signLabel(p.sign)} at ${formatDegrees(p.sign_degree)}`;
    const head = `${place}${house ? `, ${ordinal(house)} house` : ''}${p.retrograde ? ', retrograde' : ''}.`;
    const body = [PLANET_IN_SIGN[p.name][p.sign]];
    if (house) body.push(PLANET_IN_HOUSE[p.name][house - 1] ?? '');
    paragraphs.push(`${head} ${body.join(' ')}`);
    highlights.push(
      `${planetLabel(p.name)} in ${signLabel(p.sign)}${house ? ` (${ordinal(house)} house)` : ''}${p.retrograde ? ' R' : ''}`,
    );
  }
  return { id: 'planets', title: 'The Planets', text: paragraphs.join('\n\n'), highlights };
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
  const selected = selectAspects(ctx.chart);
  const paragraphs: string[] = [];
  const highlights: string[] = [];
  if (selected.length === 0) {
    paragraphs.push(
      'No major aspects between the planets fall within the orbs used for this chart. Each planet therefore tends to act on its own terms, which can make your character unusually varied: different parts of you may show up in different settings.',
    );
  } else {
    paragraphs.push(
      `Aspects are the conversations between your planets. Here ${selected.length === 1 ? 'is the closest one' : `are the ${numberWord(selected.length)} closest`}, tightest first; the smaller the orb, the louder the voice. An applying aspect was still tightening at your birth and tends to feel more pressing, while a separating one is already partly absorbed into who you are.`,
    );
  }
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
    const variants = ASPECT_TYPE_TEXT[a.aspect];
    const typeText = variants[used[a.aspect] % variants.length] ?? variants[0];
    used[a.aspect] += 1;
    const motion = a.applying ? 'applying' : 'separating';
    const exactness =
      a.orb < 1 ? 'almost exact at' : a.orb < 3 ? 'close, with an orb of' : 'wider, with an orb of';
    const headline = `Your ${planetLabel(pa)} ${ASPECT_VERB[a.aspect]} your ${planetLabel(pb)} (${exactness} ${formatDegrees(a.orb)}, ${motion}).`;
    paragraphs.push(
      `${headline} ${PLANET_PAIR_TEXT[`${pa}_${pb}`] ?? ''} ${typeText}`.replace(/\s+/g, ' ').trim(),
    );
    highlights.push(`${planetLabel(pa)} ${a.aspect} ${planetLabel(pb)} (${formatDegrees(a.orb)})`);
  }
  return { id: 'aspects', title: 'Major Aspects', text: paragraphs.join('\n\n'), highlights };
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
  const dist = ctx.chart.distributions;
  const paragraphs: string[] = [];
  const highlights: string[] = [];

  const el =
    analyse(ELEMENTS, dist?.elements ?? {}, 0.35, 0.12) ??
    analyse(ELEMENTS, countFromPlanets(ctx, ELEMENTS, elementOf), 0.35, 0.12);
  if (el) {
    const parts = [
      `By element, your chart counts ${listJoin(el.ordered.map(([k, v]) => `${k} ${fmtCount(v)}`))}.`,
    ];
    if (el.dominant) {
      parts.push(ELEMENT_BALANCE[el.dominant].dominant);
      highlights.push(`Dominant element: ${el.dominant}`);
    }
    for (const k of el.lacking) {
      parts.push(ELEMENT_BALANCE[k].lacking);
      highlights.push(`Lacking element: ${k}`);
    }
    if (!el.dominant && el.lacking.length === 0) parts.push(BALANCED_ELEMENTS);
    paragraphs.push(parts.join(' '));
  }

  const mo =
    analyse(MODALITIES, dist?.modalities ?? {}, 0.5, 0.12) ??
    analyse(MODALITIES, countFromPlanets(ctx, MODALITIES, modalityOf), 0.5, 0.12);
  if (mo) {
    const parts = [`By modality, it counts ${listJoin(mo.ordered.map(([k, v]) => `${k} ${fmtCount(v)}`))}.`];
    if (mo.dominant) {
      parts.push(MODALITY_BALANCE[mo.dominant].dominant);
      highlights.push(`Dominant modality: ${mo.dominant}`);
    }
    for (const k of mo.lacking) {
      parts.push(MODALITY_BALANCE[k].lacking);
      highlights.push(`Lacking modality: ${k}`);
    }
    if (!mo.dominant && mo.lacking.length === 0) parts.push(BALANCED_MODALITIES);
    paragraphs.push(parts.join(' '));
  }
  return { id: 'balance', title: 'Elements and Modalities', text: paragraphs.join('\n\n'), highlights };
}

const ANGLE_NAMES = {
  ascendant: 'Ascendant',
  midheaven: 'Midheaven',
  descendant: 'Descendant',
  imum_coeli: 'IC',
} as const;

function emphasisSection(ctx: Ctx): ReadingSection {
  const { planets, chart } = ctx;
  const paragraphs: string[] = [];
  const highlights: string[] = [];
  if (!ctx.houses && ctx.noteTimeUnknown) paragraphs.push(TIME_UNKNOWN_NOTE);
  const names = (ps: readonly { name: Planet }[]) => listJoin(ps.map((p) => planetRef(p.name)));

  // Stellia by sign (and by house).
  let stelliumExplained = false;
  for (const sign of SIGNS) {
    const group = planets.filter((p) => p.sign === sign);
    if (group.length < 3) continue;
    paragraphs.push(
      `${cap(numberWord(group.length))} planets, ${names(group)}, gather in ${signLabel(sign)} to form a stellium, so being ${SIGN_ESSENCE[sign]} lies close to the heart of who you are.${stelliumExplained ? '' : ` ${STELLIUM_SIGN}`}`,
    );
    stelliumExplained = true;
    highlights.push(`Stellium in ${signLabel(sign)}: ${listJoin(group.map((p) => planetLabel(p.name)))}`);
  }
  if (ctx.houses) {
    let houseExplained = false;
    for (let h = 1; h <= 12; h++) {
      const group = planets.filter((p) => p.house === h);
      if (group.length < 3) continue;
      paragraphs.push(
        `${cap(names(group))} share your ${ordinal(h)} house, the area of ${HOUSE_TOPICS[h - 1]}.${houseExplained ? '' : ` ${STELLIUM_HOUSE}`}`,
      );
      houseExplained = true;
      highlights.push(
        `Stellium in the ${ordinal(h)} house: ${listJoin(group.map((p) => planetLabel(p.name)))}`,
      );
    }
  }

  // Planets on the angles.
  if (ctx.houses && chart.angles) {
    const angles = chart.angles;
    const angular: string[] = [];
    for (const key of ['ascendant', 'midheaven', 'descendant', 'imum_coeli'] as const) {
      for (const p of planets) {
        const d = angularDistance(p.longitude, angles[key]);
        if (d > ANGULAR_ORB) continue;
        angular.push(
          `With ${planetRef(p.name)} within ${formatDegrees(d)} of your ${ANGLE_NAMES[key]}, the planet of ${PLANET_KEYWORDS[p.name]} ${ANGULAR_TEXT[key]}`,
        );
        highlights.push(`${planetLabel(p.name)} on the ${ANGLE_NAMES[key]}`);
      }
    }
    if (angular.length) {
      paragraphs.push(
        `Planets close to the four angles of the chart are among its most powerful. ${angular.join(' ')}`,
      );
    }

    // Hemispheres and quadrants (by house).
    const housed = planets.filter((p) => p.house && p.house >= 1 && p.house <= 12);
    if (housed.length >= 5) {
      const n = housed.length;
      const count = (pred: (h: number) => boolean) => housed.filter((p) => pred(p.house ?? 0)).length;
      const east = count((h) => h >= 10 || h <= 3);
      const south = count((h) => h >= 7);
      const strong = Math.ceil(n * 0.7);
      const hemi: string[] = [];
      if (east >= strong) hemi.push(HEMISPHERE_TEXT.eastern);
      if (n - east >= strong) hemi.push(HEMISPHERE_TEXT.western);
      if (south >= strong) hemi.push(HEMISPHERE_TEXT.southern);
      if (n - south >= strong) hemi.push(HEMISPHERE_TEXT.northern);
      if (east >= strong) highlights.push('Eastern hemisphere emphasis');
      if (n - east >= strong) highlights.push('Western hemisphere emphasis');
      if (south >= strong) highlights.push('Southern hemisphere emphasis');
      if (n - south >= strong) highlights.push('Northern hemisphere emphasis');

      const quadrants = [0, 1, 2, 3].map((q) => count((h) => Math.floor((h - 1) / 3) === q));
      const max = Math.max(...quadrants);
      const qi = quadrants.indexOf(max);
      if (max >= 4 && quadrants.filter((c) => c === max).length === 1) {
        hemi.push(QUADRANT_TEXT[qi] ?? '');
        highlights.push(`Quadrant ${qi + 1} emphasis`);
      }
      paragraphs.push(hemi.length ? hemi.join(' ') : HEMISPHERE_TEXT.balanced);
    }
  }

  // Retrograde planets.
  const retro = planets.filter((p) => p.retrograde);
  if (retro.length === 0) {
    paragraphs.push(RETROGRADE_TEXT.none);
  } else if (retro.length <= 2) {
    paragraphs.push(
      `${names(retro)} ${retro.length === 1 ? 'was' : 'were'} retrograde when you were born. ${RETROGRADE_TEXT.few}`,
    );
  } else {
    paragraphs.push(
      `${cap(numberWord(retro.length))} planets were retrograde when you were born: ${names(retro)}. ${RETROGRADE_TEXT.many}`,
    );
  }
  highlights.push(`Retrograde planets: ${retro.length}`);

  return { id: 'emphasis', title: 'Chart Emphasis', text: paragraphs.join('\n\n'), highlights };
}

const BUILDERS: Record<SectionId, (ctx: Ctx) => ReadingSection> = {
  overview: overviewSection,
  planets: planetsSection,
  aspects: aspectsSection,
  balance: balanceSection,
  emphasis: emphasisSection,
};

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Build the interpretive reading of a chart. */
export function buildReading(chart: Chart, opts: ReadingOptions = {}): Reading {
  const wanted = new Set<string>(opts.sections ?? SECTION_IDS);
  const ids = SECTION_IDS.filter((id) => wanted.has(id));
  const houses = hasHouses(chart);
  // Without a birth time, say so once: in the first section where the omission shows.
  const noteIn = houses
    ? null
    : (ids.find((id) => id === 'overview' || id === 'planets' || id === 'emphasis') ?? null);
  const planets = planetPoints(chart);
  const sections = ids.map((id) => BUILDERS[id]({ chart, planets, houses, noteTimeUnknown: noteIn === id }));
  const word_count = sections.reduce((n, s) => n + countWords(s.title) + countWords(s.text), 0);
  return { sections, word_count };
}
