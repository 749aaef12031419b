/**
 * Readings for time (issue 19, item 8): short texts for transit-to-natal aspects and the reading of a period
 * ("this week", "this month") built from the exact-hit timeline (../forecast/timeline.ts). Pure and
 * deterministic: the same hits, range and language give the same text.
 *
 * Choices (documented in the route too):
 * - One paragraph per transit (transiting body × aspect × natal point): the passes of a body that stations within
 *   the period are merged into it, each pass with its own headline and "pass n of N".
 * - Paragraphs are grouped by pace: the slow bodies first (Pluto → Jupiter, Chiron, the node, Lilith: the
 *   transits that colour the whole period), then the personal planets (Mars → the Sun), then the Moon; within a
 *   group the slower body first, then by the first exact moment.
 * - The Moon hits every natal point within a month (about 25 exact aspects a week to the default points), so it
 *   is left out of periods unless asked for, and then at most MAX_MOON_HITS of its hits are read: conjunctions
 *   first, then oppositions, squares, trines, sextiles and the rest, earlier first. The others are counted in
 *   `omitted`, never silently dropped.
 * - The meaning of a body in a tone (TransitWords.effect) is read once per period, in the first paragraph that
 *   needs it; later paragraphs of that body and tone say when and which part of life, without repeating it.
 * - Grounding: each paragraph lists the timeline rows it reads (`factors`, kind "hit"), with the same values the
 *   timeline answers, so a client can highlight them and an assistant can cite them.
 */
import type { Hit } from '../forecast/timeline';
import type { Locale } from '../i18n/locale';
import type { TopicPoint, TransitBody, TransitTone, TransitWords } from '../i18n/transit-locale';
import { type AspectName, PLANETS, type Planet } from '../types';

/** A timeline row as the API answers it (POST /v1/transits/timeline `data[]`). */
export interface HitRow {
  transiting: string;
  natal: string;
  aspect: AspectName;
  exact_at: string;
  retrograde: boolean;
  enters_orb_at: string | null;
  leaves_orb_at: string | null;
}

/** A hit a paragraph of a period reading reads: the timeline row, marked as the natal readings mark factors. */
export type HitFactor = { kind: 'hit' } & HitRow;

/** How fast the transiting bodies of a paragraph move: slow (outer), personal, or the Moon. */
export type PeriodGroup = 'slow' | 'personal' | 'moon';

export interface PeriodParagraph {
  group: PeriodGroup;
  text: string;
  /** The timeline rows this paragraph reads, in time order. */
  factors: HitFactor[];
}

export interface PeriodReading {
  title: string;
  /** Intro and paragraphs, separated by a blank line ("\n\n"). */
  text: string;
  intro: string;
  paragraphs: PeriodParagraph[];
  /** Hits of the timeline the reading cites, and those it leaves out (Moon hits beyond MAX_MOON_HITS). */
  hits_cited: number;
  omitted: number;
  word_count: number;
}

export interface PeriodOptions {
  locale: Locale;
  words: TransitWords;
  /** The period, JD (UT): [from, to). */
  from: number;
  to: number;
  /** The zone dates and times are written in, as its UTC offset (seconds) at an instant (ms); absent: UTC. */
  zone?: { offsetSeconds: (utcMs: number) => number } | undefined;
}

/** At most this many Moon hits are read in a period (about one a day for a week). */
export const MAX_MOON_HITS = 7;

// ---------------------------------------------------------------------------------------------------
// Mapping names to the keys of TransitWords

const TONE: Record<AspectName, TransitTone | null> = {
  conjunction: 'conjunction',
  sextile: 'flowing',
  trine: 'flowing',
  semi_sextile: 'flowing',
  quintile: 'flowing',
  bi_quintile: 'flowing',
  septile: 'flowing',
  bi_septile: 'flowing',
  tri_septile: 'flowing',
  novile: 'flowing',
  bi_novile: 'flowing',
  quadri_novile: 'flowing',
  square: 'challenging',
  opposition: 'challenging',
  semi_square: 'challenging',
  sesquiquadrate: 'challenging',
  quincunx: 'challenging',
  // Declination aspects are not longitude hits; the timeline never finds them.
  parallel: null,
  contra_parallel: null,
};

/** The tone an aspect is read in (conjunction, flowing, challenging). */
export function toneOf(aspect: AspectName): TransitTone {
  const t = TONE[aspect];
  if (!t) throw new RangeError(`No transit tone for the aspect ${aspect}.`);
  return t;
}

/** The ten planets read under their own names. */
const SELF = Object.fromEntries(PLANETS.map((p) => [p, p])) as Record<Planet, Planet>;

const BODY: Readonly<Record<string, TransitBody>> = {
  ...SELF,
  chiron: 'chiron',
  mean_node: 'node',
  true_node: 'node',
  mean_lilith: 'lilith',
  true_lilith: 'lilith',
};

/** The TransitWords body of a transiting body's name (mean and true node read alike). */
export function transitBodyOf(name: string): TransitBody {
  const b = BODY[name];
  if (!b) throw new RangeError(`No transit texts for the transiting body ${name}.`);
  return b;
}

/**
 * The topic of a natal point, or null when it is named without one (`touchesPoint`). The south node is the
 * node's other end: its topic is the node's, the axis of where one comes from and where one goes.
 */
const TOPIC: Readonly<Record<string, TopicPoint>> = {
  ...SELF,
  ascendant: 'ascendant',
  midheaven: 'midheaven',
  descendant: 'descendant',
  imum_coeli: 'imum_coeli',
  mean_node: 'node',
  true_node: 'node',
  south_node: 'node',
  mean_lilith: 'lilith',
  true_lilith: 'lilith',
  chiron: 'chiron',
  part_of_fortune: 'part_of_fortune',
};
export const topicOf = (natal: string): TopicPoint | null => TOPIC[natal] ?? null;

/**
 * The natal points (of the forecasting routes' `natal_points`) that readings for time can name in every
 * language; asteroids and the Arabic parts but the Part of Fortune have no name in the locales.
 */
export const NAMED_NATAL_POINTS = [
  ...PLANETS,
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
  'part_of_fortune',
  'vertex',
  'east_point',
  'ascendant',
  'midheaven',
] as const;

/** A point's name in a language: the planets, the points of `Names.points` and the four angles; else null. */
export function nameOf(L: Locale, point: string): string | null {
  return (
    (L.names.planets as Record<string, string>)[point] ??
    (L.names.points as Record<string, string>)[point] ??
    (L.names.angles as Record<string, string>)[point] ??
    null
  );
}

function mustName(L: Locale, point: string): string {
  const n = nameOf(L, point);
  if (n === null) throw new RangeError(`The point ${point} has no name in ${L.tag}.`);
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Rows, dates

/** ISO 8601 UTC to the second, as the API writes times. */
export function isoOfJd(jd: number): string {
  const ms = (jd - 2440587.5) * 86_400_000;
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The API row of a timeline hit (the same values POST /v1/transits/timeline answers). */
export function hitRow(h: Hit): HitRow {
  return {
    transiting: h.transiting,
    natal: h.natal,
    aspect: h.aspect,
    exact_at: isoOfJd(h.exact),
    retrograde: h.retrograde,
    enters_orb_at: h.entersOrb === null ? null : isoOfJd(h.entersOrb),
    leaves_orb_at: h.leavesOrb === null ? null : isoOfJd(h.leavesOrb),
  };
}

interface Local {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

function localOf(iso: string, zone: PeriodOptions['zone']): Local {
  const utc = Date.parse(iso);
  const t = new Date(utc + (zone ? zone.offsetSeconds(utc) * 1000 : 0));
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: t.getUTCHours(),
    mm: t.getUTCMinutes(),
  };
}

const day = (L: Locale, t: Local) => L.wheel.date(t.d, t.m, String(t.y));
const pad = (n: number) => String(n).padStart(2, '0');
/**
 * A date with its time (24 h) as the language writes dates; "UTC" when no zone was given (the answer states the
 * zone otherwise). Calendar feeds (../i18n/calendar/) write their times with it too.
 */
export function moment(L: Locale, iso: string, zone: PeriodOptions['zone']): string {
  const t = localOf(iso, zone);
  return `${day(L, t)} ${pad(t.hh)}:${pad(t.mm)}${zone ? '' : ' UTC'}`;
}
const dayOf = (L: Locale, iso: string | null, zone: PeriodOptions['zone']) =>
  iso === null ? null : day(L, localOf(iso, zone));

// ---------------------------------------------------------------------------------------------------
// Texts

/** The three names of a transit. */
type Transit = Pick<HitRow, 'transiting' | 'aspect' | 'natal'>;

const effectOf = (row: Transit, W: TransitWords) =>
  W.effect[transitBodyOf(row.transiting)][toneOf(row.aspect)];

/** Which part of life a transit touches: touches(topic), or touchesPoint(name) for a point without a topic. */
function touches(row: Transit, L: Locale, W: TransitWords): string {
  const topic = topicOf(row.natal);
  return topic ? W.touches(W.topics[topic]) : W.touchesPoint(mustName(L, row.natal));
}

/** What a transit means and which part of life it touches: effect[body][tone] + touches(topic). */
const meaning = (row: Transit, L: Locale, W: TransitWords): string[] => [
  effectOf(row, W),
  touches(row, L, W),
];

/** The headline of a hit as a sentence: hitHead, ended with the language's full stop. */
const head = (row: HitRow, L: Locale, W: TransitWords, zone: PeriodOptions['zone']) =>
  W.hitHead(
    mustName(L, row.transiting),
    L.names.aspects[row.aspect],
    mustName(L, row.natal),
    moment(L, row.exact_at, zone),
    row.retrograde,
  ) + L.wheel.fullStop;

const join = (L: Locale, sentences: readonly string[]) =>
  sentences.filter((s) => s.length > 0).join(L.phrases.sentenceGap);

/**
 * The short text of one hit: its headline, when it is within orb, what it brings and what it touches.
 * (POST /v1/transits/timeline with `interpretation: true`.)
 */
export function hitText(row: HitRow, L: Locale, W: TransitWords, zone?: PeriodOptions['zone']): string {
  return join(L, [
    head(row, L, W, zone),
    W.window(dayOf(L, row.enters_orb_at, zone), dayOf(L, row.leaves_orb_at, zone)),
    ...meaning(row, L, W),
  ]);
}

/** The short text of a transit at a moment (no exact time): what it brings and what it touches. */
export function aspectText(a: Transit, L: Locale, W: TransitWords): string {
  return join(L, meaning(a, L, W));
}

// ---------------------------------------------------------------------------------------------------
// Period

/** Slowest first: the order paragraphs are read in. */
const PACE: readonly string[] = [
  'pluto',
  'neptune',
  'uranus',
  'saturn',
  'chiron',
  'jupiter',
  'mean_node',
  'true_node',
  'mean_lilith',
  'mars',
  'venus',
  'mercury',
  'sun',
  'moon',
];
const PERSONAL = new Set(['mars', 'venus', 'mercury', 'sun']);
const groupOf = (body: string): PeriodGroup =>
  body === 'moon' ? 'moon' : PERSONAL.has(body) ? 'personal' : 'slow';
const paceOf = (body: string) => {
  const i = PACE.indexOf(body);
  return i < 0 ? PACE.length : i;
};

/** Which Moon hits are read first: the conjunction, then the opposition, square, trine, sextile, the rest. */
const MOON_PRIORITY: readonly AspectName[] = ['conjunction', 'opposition', 'square', 'trine', 'sextile'];
const moonRank = (a: AspectName) => {
  const i = MOON_PRIORITY.indexOf(a);
  return i < 0 ? MOON_PRIORITY.length : i;
};

/** The hits a period reading reads: all but the Moon's beyond MAX_MOON_HITS (see the module's comment). */
export function keptHits(hits: readonly Hit[]): Hit[] {
  const moon = hits
    .filter((h) => h.transiting === 'moon')
    .sort((a, b) => moonRank(a.aspect) - moonRank(b.aspect) || a.exact - b.exact)
    .slice(0, MAX_MOON_HITS);
  const keepMoon = new Set(moon);
  return hits.filter((h) => h.transiting !== 'moon' || keepMoon.has(h));
}

/** Words of a text (languages without spaces count through their locale). */
const countWords = (L: Locale, text: string) =>
  L.countWords ? L.countWords(text) : text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The reading of a period from its timeline hits (all the hits of [from, to), in any order). */
export function buildPeriodReading(hits: readonly Hit[], o: PeriodOptions): PeriodReading {
  const { locale: L, words: W, zone } = o;
  const fromIso = isoOfJd(o.from);
  // `to` is exclusive: the last day of the period is the day of the instant just before it.
  const toIso = isoOfJd(o.to - 1 / 86400);
  const from = dayOf(L, fromIso, zone) as string;
  const to = dayOf(L, toIso, zone) as string;
  const title = W.periodTitle(from, to);
  const kept = keptHits(hits);
  if (kept.length === 0) {
    const quiet = W.periodQuiet(from, to);
    return {
      title,
      text: quiet,
      intro: quiet,
      paragraphs: [],
      hits_cited: 0,
      omitted: hits.length,
      word_count: countWords(L, title) + countWords(L, quiet),
    };
  }

  // One transit (body × aspect × natal point) per paragraph, its passes in time order.
  const transits = new Map<string, Hit[]>();
  for (const h of [...kept].sort((a, b) => a.exact - b.exact)) {
    const k = `${h.transiting}|${h.aspect}|${h.natal}`;
    transits.set(k, [...(transits.get(k) ?? []), h]);
  }
  const ordered = [...transits.values()].sort(
    (a, b) =>
      paceOf((a[0] as Hit).transiting) - paceOf((b[0] as Hit).transiting) ||
      (a[0] as Hit).exact - (b[0] as Hit).exact,
  );
  const told = new Set<string>();
  const paragraphs: PeriodParagraph[] = ordered.map((passes) => {
    const rows = passes.map(hitRow);
    const first = rows[0] as HitRow;
    const last = rows[rows.length - 1] as HitRow;
    const sentences: string[] = [];
    rows.forEach((r, i) => {
      sentences.push(head(r, L, W, zone));
      if (rows.length > 1) sentences.push(W.pass(i + 1, rows.length));
    });
    sentences.push(W.window(dayOf(L, first.enters_orb_at, zone), dayOf(L, last.leaves_orb_at, zone)));
    // The meaning of a body in a tone is read once per period: later transits of that body in that tone say only
    // which part of life they touch (a month would otherwise repeat Venus's sextile text four times).
    const effect = `${transitBodyOf(first.transiting)}|${toneOf(first.aspect)}`;
    if (!told.has(effect)) sentences.push(effectOf(first, W));
    told.add(effect);
    sentences.push(touches(first, L, W));
    return {
      group: groupOf(first.transiting),
      text: join(L, sentences),
      factors: rows.map((r) => ({ kind: 'hit' as const, ...r })),
    };
  });
  const intro = W.periodIntro(kept.length, from, to);
  const text = [intro, ...paragraphs.map((p) => p.text)].join('\n\n');
  return {
    title,
    text,
    intro,
    paragraphs,
    hits_cited: kept.length,
    omitted: hits.length - kept.length,
    word_count: countWords(L, title) + countWords(L, text),
  };
}
