/**
 * Readings for time (issue 19, item 8) in German, Italian, Japanese and Simplified Chinese: every transit text
 * exists and says something different per tone, no English leaks in, and the framing sentences embed their
 * arguments with the grammar of their language (number, gender, elision).
 */
import { describe, expect, it } from 'vitest';
import { en, LOCALES } from '../../src/astro/i18n';
import {
  TOPIC_POINTS,
  TRANSIT_BODIES,
  TRANSIT_TONES,
  type TransitWords,
} from '../../src/astro/i18n/transit-locale';
import { deTransits } from '../../src/astro/i18n/transits/de';
import { itTransits } from '../../src/astro/i18n/transits/it';
import { jaTransits } from '../../src/astro/i18n/transits/ja';
import { zhHansTransits } from '../../src/astro/i18n/transits/zh-hans';
import { MAJOR_ASPECT_TYPES } from '../../src/astro/readings/corpus/aspects';
import { PLANETS } from '../../src/astro/types';

const WORDS: readonly (readonly [tag: string, words: TransitWords])[] = [
  ['de', deTransits],
  ['it', itTransits],
  ['ja', jaTransits],
  ['zh-Hans', zhHansTransits],
];
/** Languages written without spaces between words, in full-width punctuation. */
const CJK = new Set(['ja', 'zh-Hans']);

/** Dates as each language's wheel writes them, so the frames are read with real arguments. */
const dateIn = (tag: string, day: number): string => {
  const locale = LOCALES[tag];
  if (!locale) throw new Error(tag);
  return locale.wheel.date(day, 3, '2027');
};

/** Every text a `TransitWords` can produce, over real names from its locale. */
function allTexts(tag: string, W: TransitWords): string[] {
  const names = LOCALES[tag]?.names;
  if (!names) throw new Error(tag);
  const [a, b] = [dateIn(tag, 3), dateIn(tag, 20)];
  const out = [
    ...TRANSIT_BODIES.flatMap((body) => TRANSIT_TONES.map((tone) => W.effect[body][tone])),
    ...TOPIC_POINTS.map((p) => W.touches(W.topics[p])),
    W.touchesPoint(names.points.vertex),
    W.window(a, b),
    W.window(null, b),
    W.window(a, null),
    W.window(null, null),
    W.pass(2, 3),
    W.periodTitle(a, b),
    W.periodIntro(1, a, b),
    W.periodIntro(7, a, b),
    W.periodQuiet(a, b),
  ];
  const transiting = [...PLANETS.map((p) => names.planets[p]), names.points.chiron, names.points.mean_node];
  const natal = [...PLANETS.map((p) => names.planets[p]), ...Object.values(names.angles)];
  for (const t of transiting)
    for (const n of natal)
      for (const aspect of MAJOR_ASPECT_TYPES)
        out.push(
          W.hitHead(t, names.aspects[aspect], n, a, true),
          W.hitHead(t, names.aspects[aspect], n, a, false),
        );
  return out;
}

/** Lower-case words of three letters or more in ASCII letters only (as in i18n.test.ts). */
const asciiWords = (text: string): string[] =>
  (text.match(/\p{L}+/gu) ?? []).filter((w) => /^[A-Za-z]{3,}$/.test(w)).map((w) => w.toLowerCase());

/** Names spelled alike in English and these languages. */
const SHARED = new Set([
  'mars',
  'venus',
  'jupiter',
  'saturn',
  'uranus',
  'pluto',
  'lilith',
  'chiron',
  'vertex',
  'imum',
  'coeli',
]);

/**
 * English vocabulary: the English corpus and names, and the words an English reading of transits uses (which
 * the English texts, written in parallel, will use too).
 */
const ENGLISH_WORDS = new Set(
  [
    ...Object.values(en.corpus).flatMap((v) => JSON.stringify(v)),
    JSON.stringify(en.names),
    'transit transits transiting natal chart exact exactly retrograde direct station pass passes period week month orb enters leaves until since before after within throughout range searched quiet none touches touch brings brings opportunity pressure delays test responsibility growth luck change sudden healing wound wounds destiny path sweep spotlight energy mood feelings conversation conversations news decisions love money pleasure action conflict impatience expansion excess structure freedom awakening dreams illusion fog confusion transformation power crisis release',
  ]
    .flatMap(asciiWords)
    .filter((w) => !SHARED.has(w)),
);

/**
 * Words of German and Italian spelled like an English word: each reviewed, each a word of that language in the
 * sense used. Anything else in common with English is a leak.
 */
const COGNATES: Record<string, string> = {
  de: 'art chance fast ideal inspiration intuition meditation moment opposition probe sport transit was will',
  it: 'all care come era fine sport',
};
const cognates = (tag: string): ReadonlySet<string> => new Set((COGNATES[tag] ?? '').split(' '));

describe.each(WORDS)('transit words (%s)', (tag, W) => {
  it('has a text for every body and tone, different for each tone', () => {
    for (const body of TRANSIT_BODIES) {
      const texts = TRANSIT_TONES.map((tone) => W.effect[body][tone]);
      for (const [i, text] of texts.entries())
        expect(text.trim(), `${body}.${TRANSIT_TONES[i]}`).not.toBe('');
      expect(new Set(texts).size, body).toBe(3);
    }
    const all = TRANSIT_BODIES.flatMap((body) => TRANSIT_TONES.map((tone) => W.effect[body][tone]));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps each effect text to one or two sentences of about 20–45 words', () => {
    for (const body of TRANSIT_BODIES)
      for (const tone of TRANSIT_TONES) {
        const text = W.effect[body][tone];
        const sentences = text.split(CJK.has(tag) ? '。' : /[.!?](?:\s|$)/).filter((s) => s.trim());
        expect(sentences.length, `${body}.${tone}`).toBeLessThanOrEqual(CJK.has(tag) ? 4 : 2);
        if (CJK.has(tag)) {
          // About two characters per English word: 20–45 words read as roughly 45–130 characters.
          expect(text.length, `${body}.${tone}`).toBeGreaterThanOrEqual(45);
          expect(text.length, `${body}.${tone}`).toBeLessThanOrEqual(130);
        } else {
          const words = text.split(/\s+/).length;
          expect(words, `${body}.${tone}`).toBeGreaterThanOrEqual(20);
          expect(words, `${body}.${tone}`).toBeLessThanOrEqual(45);
        }
      }
  });

  it('has a distinct topic for every natal point, framed by its touches sentence', () => {
    const topics = TOPIC_POINTS.map((p) => W.topics[p]);
    for (const [i, topic] of topics.entries()) expect(topic.trim(), TOPIC_POINTS[i]).not.toBe('');
    expect(new Set(topics).size).toBe(topics.length);
    for (const topic of topics) expect(W.touches(topic)).toContain(topic);
    expect(W.touchesPoint('Ceres-X')).toContain('Ceres-X');
  });

  it('lets no English word leak into any text it can produce', () => {
    const leaked = new Map<string, string>();
    for (const text of allTexts(tag, W))
      for (const w of asciiWords(text))
        if (ENGLISH_WORDS.has(w) && !cognates(tag).has(w) && !leaked.has(w))
          leaked.set(w, text.slice(0, 120));
    expect(Object.fromEntries(leaked)).toEqual({});
  });

  it('embeds its arguments in every frame', () => {
    const names = LOCALES[tag]?.names;
    if (!names) throw new Error(tag);
    const [a, b] = [dateIn(tag, 3), dateIn(tag, 20)];
    const head = W.hitHead(names.planets.saturn, names.aspects.square, names.planets.sun, a, false);
    for (const part of [names.planets.saturn, names.aspects.square, names.planets.sun, a])
      expect(head).toContain(part);
    expect(W.hitHead(names.planets.saturn, names.aspects.square, names.planets.sun, a, true)).not.toBe(head);

    const windows = [W.window(a, b), W.window(null, b), W.window(a, null), W.window(null, null)];
    expect(windows[0]).toContain(a);
    expect(windows[0]).toContain(b);
    expect(windows[1]).toContain(b);
    expect(windows[2]).toContain(a);
    expect(new Set(windows).size).toBe(4);

    expect(new Set([W.pass(1, 2), W.pass(2, 2), W.pass(2, 3)]).size).toBe(3);
    for (const text of [
      W.periodTitle(a, b),
      W.periodIntro(1, a, b),
      W.periodIntro(7, a, b),
      W.periodQuiet(a, b),
    ]) {
      expect(text).toContain(a);
      expect(text).toContain(b);
    }
    expect(W.periodIntro(1, a, b)).not.toBe(W.periodIntro(7, a, b));
    expect(W.periodQuiet(a, b)).not.toBe(W.periodIntro(1, a, b));
  });
});

describe.each(WORDS.filter(([tag]) => CJK.has(tag)))(
  'transit words (%s), written without spaces',
  (tag, W) => {
    it('writes no Latin letters, spaces or half-width punctuation', () => {
      for (const text of allTexts(tag, W)) expect(text, text).not.toMatch(/[A-Za-z ,.;:!?()]/);
    });
  },
);

describe('grammar of the frames', () => {
  const [de3, de20] = [dateIn('de', 3), dateIn('de', 20)];
  const [it3, it20] = [dateIn('it', 3), dateIn('it', 20)];

  it('German: one transit in the singular, several in the plural', () => {
    expect(deTransits.periodIntro(1, de3, de20)).toMatch(/\bwird ein Transit\b/);
    expect(deTransits.periodIntro(3, de3, de20)).toMatch(/\bwerden drei Transite\b/);
    expect(deTransits.periodIntro(27, de3, de20)).toMatch(/\bwerden 27 Transite\b/);
    expect(deTransits.pass(2, 3)).toBe('Dies ist der zweite von drei Durchgängen.');
  });

  it('Italian: number, gender of «retrogrado», articles, and elision before 8 and 11', () => {
    expect(itTransits.periodIntro(1, it3, it20)).toMatch(/\bsi perfeziona un transito\b/);
    expect(itTransits.periodIntro(3, it3, it20)).toMatch(/\bsi perfezionano tre transiti\b/);
    const N = LOCALES.it?.names;
    if (!N) throw new Error('it');
    expect(itTransits.hitHead(N.planets.venus, N.aspects.square, N.planets.sun, it3, true)).toMatch(
      /^Venere di transito \(retrograda\) in quadratura con il Sole natale/,
    );
    expect(itTransits.hitHead(N.planets.saturn, N.aspects.trine, N.angles.ascendant, it3, true)).toMatch(
      /^Saturno di transito \(retrogrado\) in trigono con l’Ascendente natale/,
    );
    expect(itTransits.hitHead(N.planets.sun, N.aspects.conjunction, N.planets.moon, it3, false)).toMatch(
      /^Il Sole di transito in congiunzione con la Luna natale/,
    );
    const it8 = dateIn('it', 8);
    const it11 = dateIn('it', 11);
    expect(itTransits.periodTitle(it8, it11)).toBe(`Transiti dall’${it8} all’${it11}`);
    expect(itTransits.periodTitle(it3, it20)).toBe(`Transiti dal ${it3} al ${it20}`);
    expect(itTransits.hitHead(N.planets.mars, N.aspects.square, N.planets.moon, it8, false)).toContain(
      `esatto l’${it8}`,
    );
    expect(itTransits.pass(2, 3)).toBe('È il secondo di tre passaggi esatti.');
    expect(itTransits.pass(8, 9)).toBe('È l’ottavo di nove passaggi esatti.');
  });

  it('Japanese and Chinese: one transit said as one, several counted', () => {
    const [ja3, ja20] = [dateIn('ja', 3), dateIn('ja', 20)];
    const [zh3, zh20] = [dateIn('zh-Hans', 3), dateIn('zh-Hans', 20)];
    expect(jaTransits.periodIntro(1, ja3, ja20)).toContain('一つ');
    expect(jaTransits.periodIntro(7, ja3, ja20)).toContain('7件');
    expect(zhHansTransits.periodIntro(1, zh3, zh20)).toContain('一个');
    expect(zhHansTransits.periodIntro(7, zh3, zh20)).toContain('7个');
  });
});
