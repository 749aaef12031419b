/**
 * Languages (issue 21): every key exists in every language, each language's texts are its own (not
 * English copies), and no English leaks into another language's reading, wheel or reading for time (issue 19,
 * item 8: the transit texts of src/astro/i18n/transits, and period readings built from real timelines).
 */
import { describe, expect, it } from 'vitest';
import { computeChart, type SubjectInput } from '../../src/astro/chart';
import { timeline } from '../../src/astro/forecast/timeline';
import { en, LANGS, LOCALES, type Locale, localeFor } from '../../src/astro/i18n';
import { transitWordsFor } from '../../src/astro/i18n/transits';
import { buildReading, countWords } from '../../src/astro/readings';
import { MAJOR_ASPECT_TYPES } from '../../src/astro/readings/corpus/aspects';
import { buildPeriodReading } from '../../src/astro/readings/period';
import { LONGITUDE_ASPECTS, PLANETS, SIGNS, WARNING_CODES, warning } from '../../src/astro/types';
import { renderWheel } from '../../src/astro/wheel';
import { calendarTexts } from './calendar-texts';
import { asciiWords, COGNATES, SHARED } from './leak-words';

const OTHERS = Object.values(LOCALES).filter((l) => l !== en);

const SUBJECTS: SubjectInput[] = [
  {
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    latitude: 48.4011,
    longitude: 9.9876,
    timezone: 'Europe/Berlin',
  },
  {
    year: 1946,
    month: 8,
    day: 19,
    hour: 8,
    minute: 51,
    latitude: 33.66706,
    longitude: -93.59157,
    timezone: 'America/Chicago',
    dst: false,
  },
  {
    year: 1990,
    month: 1,
    day: 1,
    hour: 0,
    minute: 5,
    latitude: -33.8688,
    longitude: 151.2093,
    timezone: 'Australia/Sydney',
  },
  {
    year: 2001,
    month: 9,
    day: 9,
    time_known: false,
    latitude: 19.076,
    longitude: 72.8777,
    timezone: 'Asia/Kolkata',
  },
  {
    year: 1962,
    month: 2,
    day: 4,
    hour: 6,
    minute: 0,
    latitude: 28.6139,
    longitude: 77.209,
    timezone: 'Asia/Kolkata',
  },
  {
    year: 1975,
    month: 11,
    day: 22,
    hour: 17,
    minute: 45,
    latitude: 55.7558,
    longitude: 37.6173,
    timezone: 'Europe/Moscow',
  },
];
const CHARTS = SUBJECTS.map((s) => computeChart(s));

/** Every string leaf of a value, with its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** The shape of a value: keys and array lengths, leaves replaced by their type. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return typeof value;
}

/** Every text a locale can produce: the corpus, names, and each phrase for every input. */
function allTexts(L: Locale): string[] {
  const T = L.phrases;
  const out = [...leaves(L.corpus), ...leaves(L.names)].map(([, v]) => v);
  out.push(
    T.titles.overview(true),
    T.titles.overview(false),
    T.titles.planets,
    T.titles.aspects,
    T.titles.balance,
    T.titles.emphasis,
  );
  for (const s of SIGNS) {
    out.push(
      T.sunIn(s),
      T.moonIn(s),
      T.ascendant(s, '12°34′'),
      T.highlights.sunIn(s),
      T.highlights.moonIn(s),
      T.highlights.ascendantIn(s),
    );
    out.push(
      T.stelliumInSign(['sun', 'mercury', 'venus'], s),
      T.highlights.stelliumInSign(s, ['moon', 'mars', 'pluto']),
    );
    for (const p of PLANETS) {
      out.push(T.planetHead(p, s, '1°02′', undefined, false), T.highlights.placement(p, s, undefined, true));
      for (let h = 1; h <= 12; h++)
        out.push(T.planetHead(p, s, '29°59′', h, true), T.highlights.placement(p, s, h, false));
    }
  }
  for (let n = 1; n <= 8; n++) out.push(T.aspectsIntro(n));
  for (const a of PLANETS)
    for (const b of PLANETS)
      for (const asp of MAJOR_ASPECT_TYPES) {
        if (a === b) continue;
        out.push(
          T.aspectHead(a, asp, b, 'exact', '0°12′', true),
          T.aspectHead(a, asp, b, 'close', '2°00′', false),
        );
        out.push(T.aspectHead(a, asp, b, 'wide', '6°40′', true), T.highlights.aspect(a, asp, b, '3°00′'));
      }
  out.push(
    T.elementCounts([
      ['fire', '4'],
      ['earth', '2.5'],
      ['air', '2'],
      ['water', '1.5'],
    ]),
  );
  out.push(
    T.modalityCounts([
      ['cardinal', '5'],
      ['fixed', '3'],
      ['mutable', '2'],
    ]),
  );
  for (let h = 1; h <= 12; h++) {
    out.push(
      T.stelliumInHouse(['mars', 'jupiter', 'saturn'], h),
      T.highlights.stelliumInHouse(h, ['sun', 'moon', 'venus']),
    );
  }
  for (const p of PLANETS)
    for (const angle of ['ascendant', 'midheaven', 'descendant', 'imum_coeli'] as const)
      out.push(T.onAngle(p, '3°10′', angle), T.highlights.onAngle(p, angle));
  out.push(
    T.retrogradeFew(['mercury']),
    T.retrogradeFew(['saturn', 'pluto']),
    T.retrogradeMany(['mars', 'jupiter', 'neptune', 'pluto']),
  );
  for (const h of ['eastern', 'western', 'southern', 'northern'] as const)
    out.push(T.highlights.hemisphere(h));
  for (let q = 1; q <= 4; q++) out.push(T.highlights.quadrant(q));
  for (let n = 0; n <= 10; n++) out.push(T.highlights.retrogradeCount(n));
  for (const e of ['fire', 'earth', 'air', 'water'] as const)
    out.push(T.highlights.dominantElement(e), T.highlights.lackingElement(e));
  for (const m of ['cardinal', 'fixed', 'mutable'] as const)
    out.push(T.highlights.dominantModality(m), T.highlights.lackingModality(m));
  const W = L.wheel;
  out.push(
    W.title('X', 'Y'),
    W.defaultName,
    W.date(1, 12, '1999'),
    W.timeUnknown('D'),
    W.retrograde,
    W.tropical,
    W.sidereal('Lahiri'),
    W.sidereal(undefined),
    W.houses('Koch'),
    W.noHouses,
    W.placement('P', 3, 'S', true),
  );
  for (const code of WARNING_CODES)
    out.push(
      L.warnings[code](
        warning(code, 'English detail', { reference_city: 'Chicago', mean_time: 'Prague Mean Time' }),
      ),
    );
  out.push(...transitTexts(L), ...calendarTexts(L.tag));
  return out;
}

/** Every text the readings for time (transit-locale.ts) can produce in a language, for every input. */
function transitTexts(L: Locale): string[] {
  const W = transitWordsFor(L.tag);
  const out = [...leaves(W.effect), ...leaves(W.topics)].map(([, v]) => v);
  for (const t of Object.values(W.topics)) out.push(W.touches(t));
  const points = { ...L.names.planets, ...L.names.points, ...L.names.angles } as Record<string, string>;
  for (const p of Object.values(points)) out.push(W.touchesPoint(p));
  // Dates arrive formatted by the locale's wheel (tested above); here, without words, so that no month's
  // abbreviation becomes an "English word" that others' own abbreviations (es "feb", pt "out") would match.
  const date = '2027-02-01';
  const moment = `${date} 13:05 UTC`;
  for (const body of [...PLANETS, 'mean_node', 'true_node', 'mean_lilith', 'chiron'])
    for (const aspect of LONGITUDE_ASPECTS)
      for (const natal of ['sun', 'moon', 'ascendant', 'part_of_fortune', 'mean_lilith', 'vertex'])
        for (const retro of [false, true])
          out.push(
            W.hitHead(
              points[body] as string,
              L.names.aspects[aspect],
              points[natal] as string,
              moment,
              retro,
            ),
          );
  const later = '2027-02-28';
  out.push(W.window(date, later), W.window(date, null), W.window(null, later), W.window(null, null));
  for (let of = 2; of <= 3; of++) for (let n = 1; n <= of; n++) out.push(W.pass(n, of));
  out.push(
    W.periodTitle(date, later),
    W.periodTitle(date, date),
    W.periodQuiet(date, later),
    W.periodQuiet(date, date),
  );
  for (const n of [1, 2, 7, 31]) out.push(W.periodIntro(n, date, later), W.periodIntro(n, date, date));
  return out;
}

const ENGLISH_WORDS = new Set(
  [
    ...allTexts(en),
    ...CHARTS.flatMap((c) =>
      buildReading(c).sections.flatMap((s) => [s.title, s.text, ...(s.highlights ?? [])]),
    ),
  ]
    .flatMap(asciiWords)
    .filter((w) => !SHARED.has(w)),
);

const cognates = (L: Locale): ReadonlySet<string> => new Set((COGNATES[L.tag] ?? '').split(' '));

/** English function words: never a cognate, never in another language's text. */
const FUNCTION_WORDS =
  'the and your you with that this for from who which when they their them into than been were would should could about because between through without whose yours its are has have can not'.split(
    ' ',
  );

describe('languages', () => {
  it('cognate lists hold no English function word', () => {
    for (const list of Object.values(COGNATES)) {
      const words = list.split(' ');
      expect(words.filter((w) => FUNCTION_WORDS.includes(w))).toEqual([]);
    }
  });

  it('lists English first, each language once, each locale under its own tag', () => {
    expect(LANGS[0]).toBe('en');
    expect(new Set(LANGS).size).toBe(LANGS.length);
    for (const tag of LANGS) expect(LOCALES[tag]?.tag).toBe(tag);
  });

  it.each(OTHERS.map((l) => [l.tag, l] as const))(
    '%s: every key exists, with the same shape as English',
    (_, L) => {
      expect(shape(L.corpus)).toEqual(shape(en.corpus));
      expect(shape(L.names)).toEqual(shape(en.names));
      expect(Object.keys(L.warnings).sort()).toEqual([...WARNING_CODES].sort());
      expect(Object.keys(L.corpus.pairText)).toHaveLength(45);
      for (const [path, text] of [...leaves(L.corpus), ...leaves(L.names)])
        expect(text.trim(), path).not.toBe('');
    },
  );

  it.each(OTHERS.map((l) => [l.tag, l] as const))('%s: no text is an English copy', (_, L) => {
    const english = new Map([...leaves(en.corpus)]);
    for (const [path, text] of leaves(L.corpus)) expect(text, path).not.toBe(english.get(path));
  });

  it.each(OTHERS.map((l) => [l.tag, l] as const))(
    '%s: no English word leaks into any text it can produce',
    (_, L) => {
      const leaked = new Map<string, string>();
      for (const text of allTexts(L)) {
        for (const w of asciiWords(text))
          if (ENGLISH_WORDS.has(w) && !cognates(L).has(w) && !leaked.has(w))
            leaked.set(w, text.slice(0, 120));
      }
      expect(Object.fromEntries(leaked)).toEqual({});
    },
  );

  it.each(OTHERS.map((l) => [l.tag, l] as const))(
    '%s: no English word leaks into real readings and wheels',
    (_, L) => {
      for (const chart of CHARTS) {
        const r = buildReading(chart, { locale: L });
        const texts = r.sections.flatMap((s) => [s.title, s.text, ...(s.highlights ?? [])]);
        const svg = renderWheel(chart, { locale: L });
        texts.push(...[...svg.matchAll(/<(title|desc)>([^<]*)</g)].map((m) => m[2] ?? ''));
        texts.push(...[...svg.matchAll(/<text class="(?:hd|sub)"[^>]*>([^<]*)</g)].map((m) => m[1] ?? ''));
        const leaked = texts.flatMap(asciiWords).filter((w) => ENGLISH_WORDS.has(w) && !cognates(L).has(w));
        expect(leaked, `${L.tag} ${chart.subject.local_datetime}`).toEqual([]);
        expect(r.word_count).toBeGreaterThan(chart.houses ? 400 : 250);
      }
    },
  );

  it.each(OTHERS.map((l) => [l.tag, l] as const))(
    '%s: no English word leaks into real period readings (readings for time)',
    (_, L) => {
      for (const chart of CHARTS) {
        const natal = [...PLANETS, 'mean_node', 'chiron', 'vertex', 'part_of_fortune'].flatMap((name) => {
          const p = chart.points.find((x) => x.name === name);
          return p ? [{ name, longitude: p.longitude }] : [];
        });
        if (chart.angles) natal.push({ name: 'ascendant', longitude: chart.angles.ascendant });
        const jd = (iso: string) => Date.parse(iso) / 86_400_000 + 2440587.5;
        const hits = timeline(jd('2027-02-01T00:00:00Z'), jd('2027-03-01T00:00:00Z'), {
          transiting: [...PLANETS, 'true_node', 'mean_lilith', 'chiron'],
          natal,
          aspects: ['conjunction', 'opposition', 'square', 'trine', 'sextile', 'quincunx', 'quintile'],
          orbs: { conjunction: 3, opposition: 3, square: 3, trine: 3, sextile: 2, quincunx: 1, quintile: 1 },
        });
        const r = buildPeriodReading(hits, {
          locale: L,
          words: transitWordsFor(L.tag),
          from: jd('2027-02-01T00:00:00Z'),
          to: jd('2027-03-01T00:00:00Z'),
        });
        expect(r.paragraphs.length).toBeGreaterThan(5);
        const leaked = [r.title, r.text]
          .flatMap(asciiWords)
          .filter((w) => ENGLISH_WORDS.has(w) && !cognates(L).has(w));
        expect(leaked, `${L.tag} ${chart.subject.local_datetime}`).toEqual([]);
      }
    },
  );

  it('scripts: each language writes in its own script', () => {
    const scripts: Record<string, RegExp> = {
      hi: /\p{Script=Devanagari}/u,
      ja: /\p{Script=Hiragana}/u,
      'zh-Hans': /\p{Script=Han}/u,
      ru: /\p{Script=Cyrillic}/u,
    };
    for (const [tag, re] of Object.entries(scripts)) {
      const L = LOCALES[tag];
      if (!L) continue;
      const text = buildReading(CHARTS[0] as never, { locale: L })
        .sections.map((s) => s.text)
        .join(' ');
      expect(text).toMatch(re);
      if (tag === 'ja' || tag === 'zh-Hans')
        expect(text).not.toMatch(
          /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
        );
    }
  });

  it.each(['hi', 'ru'].filter((t) => LOCALES[t]).map((t) => [t, LOCALES[t] as Locale] as const))(
    '%s: no word in Latin letters at all, but the names the test passes in and shared names',
    (_, L) => {
      // A language in another script has no cognates: any Latin word in its texts, readings or wheels is a leak.
      const passedIn = new Set(['chicago', 'prague', 'mean', 'time', 'english', 'detail', 'lahiri', 'koch']);
      const texts = allTexts(L);
      for (const chart of CHARTS) {
        const r = buildReading(chart, { locale: L });
        texts.push(...r.sections.flatMap((s) => [s.title, s.text, ...(s.highlights ?? [])]));
        const svg = renderWheel(chart, { locale: L });
        texts.push(...[...svg.matchAll(/<(title|desc)>([^<]*)</g)].map((m) => m[2] ?? ''));
        texts.push(...[...svg.matchAll(/<text class="(?:hd|sub)"[^>]*>([^<]*)</g)].map((m) => m[1] ?? ''));
      }
      const latin = texts.flatMap(asciiWords).filter((w) => !SHARED.has(w) && !passedIn.has(w));
      expect([...new Set(latin)]).toEqual([]);
    },
  );

  it('word counts: languages without spaces are segmented', () => {
    for (const L of OTHERS) {
      const r = buildReading(CHARTS[0] as never, { locale: L });
      const count = L.countWords ?? countWords;
      expect(r.word_count).toBe(r.sections.reduce((n, s) => n + count(s.title) + count(s.text), 0));
    }
  });
});

describe('localeFor: BCP 47 tags match on language (and script for Chinese)', () => {
  it('matches regions and case, refuses what is not offered, throws on malformed tags', () => {
    expect(localeFor('en')?.tag).toBe('en');
    expect(localeFor('EN-gb')?.tag).toBe('en');
    if (LOCALES.es) expect(localeFor('es-419')?.tag).toBe('es');
    if (LOCALES.pt) expect(localeFor('pt-BR')?.tag).toBe('pt');
    if (LOCALES['zh-Hans']) {
      expect(localeFor('zh')?.tag).toBe('zh-Hans');
      expect(localeFor('zh-CN')?.tag).toBe('zh-Hans');
      expect(localeFor('zh-Hans-SG')?.tag).toBe('zh-Hans');
    }
    if (LOCALES.ru) {
      expect(localeFor('ru')?.tag).toBe('ru');
      expect(localeFor('ru-RU')?.tag).toBe('ru');
      expect(localeFor('RU-ua')?.tag).toBe('ru');
    }
    if (LOCALES.hi) {
      expect(localeFor('hi')?.tag).toBe('hi');
      expect(localeFor('hi-IN')?.tag).toBe('hi');
    }
    expect(localeFor('zh-Hant')).toBeNull();
    expect(localeFor('zh-TW')).toBeNull();
    expect(localeFor('xx')).toBeNull();
    expect(localeFor('tlh')).toBeNull();
    expect(() => localeFor('not a tag')).toThrow(RangeError);
    expect(() => localeFor('e')).toThrow(RangeError);
  });
});
