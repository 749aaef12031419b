/**
 * Readings for time (issue 19, item 8): every language of LANGS has the transit texts, aspects and bodies map to
 * their tones and texts as documented, and a period reading is grounded: each paragraph cites rows of the
 * timeline it was built from (same values), and every hit the reading keeps is cited exactly once.
 * (No English leaking into other languages' period readings: test/astro/i18n.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { computeChart, type SubjectInput } from '../../src/astro/chart';
import { type Hit, timeline } from '../../src/astro/forecast/timeline';
import { en, LANGS, LOCALES } from '../../src/astro/i18n';
import { TOPIC_POINTS, TRANSIT_BODIES, TRANSIT_TONES } from '../../src/astro/i18n/transit-locale';
import { TRANSIT_WORDS, transitWordsFor } from '../../src/astro/i18n/transits';
import {
  buildPeriodReading,
  type HitFactor,
  hitRow,
  hitText,
  keptHits,
  MAX_MOON_HITS,
  toneOf,
  topicOf,
  transitBodyOf,
} from '../../src/astro/readings/period';
import { type Chart, LONGITUDE_ASPECTS, MAJOR_ASPECTS, PLANETS } from '../../src/astro/types';

const EINSTEIN: SubjectInput = {
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  latitude: 48.4011,
  longitude: 9.9876,
  timezone: 'Europe/Berlin',
};
const UNTIMED: SubjectInput = {
  year: 2001,
  month: 9,
  day: 9,
  time_known: false,
  latitude: 19.076,
  longitude: 72.8777,
  timezone: 'Asia/Kolkata',
};
const ORBS = { conjunction: 3, opposition: 3, trine: 3, square: 3, sextile: 2 };
const NATAL = [
  ...PLANETS,
  'mean_node',
  'mean_lilith',
  'chiron',
  'part_of_fortune',
  'vertex',
  'ascendant',
  'midheaven',
];
const jd = (iso: string) => Date.parse(iso) / 86_400_000 + 2440587.5;

function natalPoints(chart: Chart) {
  return NATAL.flatMap((name) => {
    if (name === 'ascendant' || name === 'midheaven')
      return chart.angles ? [{ name, longitude: chart.angles[name] }] : [];
    const p = chart.points.find((x) => x.name === name);
    return p ? [{ name, longitude: p.longitude }] : [];
  });
}

function hitsOf(chart: Chart, from: string, to: string, transiting: readonly string[]): Hit[] {
  return timeline(jd(from), jd(to), {
    transiting: transiting as never,
    natal: natalPoints(chart),
    aspects: [...MAJOR_ASPECTS],
    orbs: ORBS,
  });
}

const SLOW_TO_FAST = [
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

describe('transit texts by language', () => {
  it('every language of LANGS has them, under its own tag', () => {
    expect(Object.keys(TRANSIT_WORDS).sort()).toEqual([...LANGS].sort());
    for (const tag of LANGS) expect(transitWordsFor(tag)).toBe(TRANSIT_WORDS[tag]);
    expect(() => transitWordsFor('tlh')).toThrow(RangeError);
  });

  it.each(LANGS.map((t) => [t]))('%s: every key exists and every text is written', (tag) => {
    const W = transitWordsFor(tag);
    const L = LOCALES[tag] ?? en;
    const count = L.countWords ?? ((s: string) => s.split(/\s+/).filter(Boolean).length);
    expect(Object.keys(W.effect).sort()).toEqual([...TRANSIT_BODIES].sort());
    for (const body of TRANSIT_BODIES) {
      expect(Object.keys(W.effect[body]).sort()).toEqual([...TRANSIT_TONES].sort());
      for (const tone of TRANSIT_TONES) {
        const text = W.effect[body][tone];
        // "About 20–45 words" (transit-locale.ts); languages without spaces count through their locale.
        expect(count(text), `${tag} ${body} ${tone}`).toBeGreaterThanOrEqual(12);
        expect(count(text), `${tag} ${body} ${tone}`).toBeLessThanOrEqual(70);
      }
      // The three tones of a body say different things.
      expect(new Set(Object.values(W.effect[body])).size).toBe(3);
    }
    expect(Object.keys(W.topics).sort()).toEqual([...TOPIC_POINTS].sort());
    for (const p of TOPIC_POINTS) expect(W.topics[p].trim(), `${tag} ${p}`).not.toBe('');
    for (const s of [
      W.touches(W.topics.sun),
      W.touchesPoint('X'),
      W.hitHead('A', 'B', 'C', 'D', true),
      W.hitHead('A', 'B', 'C', 'D', false),
      W.window('E', 'F'),
      W.window('E', null),
      W.window(null, 'F'),
      W.window(null, null),
      W.pass(2, 3),
      W.periodTitle('G', 'H'),
      W.periodTitle('G', 'G'),
      W.periodIntro(1, 'G', 'H'),
      W.periodIntro(7, 'G', 'H'),
      W.periodQuiet('G', 'H'),
    ])
      expect(s.trim()).not.toBe('');
    // The pieces handed in appear in the sentences built from them.
    expect(W.hitHead('AAA', 'BBB', 'CCC', 'DDD', false)).toMatch(
      /AAA.*BBB.*CCC|CCC.*BBB.*AAA|AAA.*CCC.*BBB/s,
    );
    expect(W.hitHead('AAA', 'BBB', 'CCC', 'DDD', false)).toContain('DDD');
    // The builder ends a headline with the language's full stop: a headline ending in its own read "..", "。。".
    for (const r of [true, false]) expect(W.hitHead('A', 'B', 'C', 'D', r), tag).not.toMatch(/[.。।]\s*$/u);
    expect(W.window('EEE', 'FFF')).toMatch(/EEE.*FFF/);
    // The count is said (in figures or words: "sieben", "sette"), so different counts read differently.
    expect(W.periodIntro(7, 'GGG', 'HHH')).toMatch(/GGG.*HHH|HHH.*GGG/s);
    expect(W.periodIntro(7, 'GGG', 'HHH')).not.toBe(W.periodIntro(8, 'GGG', 'HHH'));
  });

  it('no other language copies an English text', () => {
    for (const tag of LANGS.filter((t) => t !== 'en')) {
      const W = transitWordsFor(tag);
      for (const body of TRANSIT_BODIES)
        for (const tone of TRANSIT_TONES)
          expect(W.effect[body][tone], `${tag} ${body} ${tone}`).not.toBe(
            TRANSIT_WORDS.en?.effect[body][tone],
          );
      for (const p of TOPIC_POINTS) expect(W.topics[p], `${tag} ${p}`).not.toBe(TRANSIT_WORDS.en?.topics[p]);
    }
  });
});

describe('tones, bodies and topics', () => {
  it('maps every longitude aspect to the tone the issue names', () => {
    const expected: Record<string, string> = {
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
    };
    for (const a of LONGITUDE_ASPECTS) expect(toneOf(a), a).toBe(expected[a]);
    expect(() => toneOf('parallel')).toThrow(RangeError);
  });

  it('reads mean and true node as the node, Lilith as Lilith; the south node has the node topic', () => {
    expect(transitBodyOf('mean_node')).toBe('node');
    expect(transitBodyOf('true_node')).toBe('node');
    expect(transitBodyOf('mean_lilith')).toBe('lilith');
    expect(transitBodyOf('chiron')).toBe('chiron');
    for (const p of PLANETS) expect(transitBodyOf(p)).toBe(p);
    expect(topicOf('south_node')).toBe('node');
    expect(topicOf('true_node')).toBe('node');
    expect(topicOf('vertex')).toBeNull();
    expect(topicOf('imum_coeli')).toBe('imum_coeli');
  });
});

describe('period readings', () => {
  const chart = computeChart(EINSTEIN);
  const from = '2027-01-01T00:00:00Z';
  const to = '2027-04-01T00:00:00Z';
  const bodies = PLANETS.filter((p) => p !== 'moon');
  const hits = hitsOf(chart, from, to, [...bodies, 'chiron', 'mean_node']);

  it.each(LANGS.map((t) => [t]))(
    '%s: grounded in the timeline, every kept hit cited once, slow first',
    (tag) => {
      const L = LOCALES[tag] ?? en;
      const r = buildPeriodReading(hits, {
        locale: L,
        words: transitWordsFor(tag),
        from: jd(from),
        to: jd(to),
      });
      const rows = hits.map((h) => JSON.stringify(hitRow(h)));
      const cited = r.paragraphs.flatMap((p) =>
        p.factors.map(({ kind, ...row }) => (kind === 'hit' ? JSON.stringify(row) : '')),
      );
      // Every cited hit is a row of the timeline (all its values), and every kept hit is cited exactly once.
      for (const c of cited) expect(rows).toContain(c);
      expect([...cited].sort()).toEqual(
        keptHits(hits)
          .map((h) => JSON.stringify(hitRow(h)))
          .sort(),
      );
      expect(r.hits_cited).toBe(cited.length);
      expect(r.omitted).toBe(0); // no Moon
      // One paragraph per transit; its passes in time order; slow bodies first.
      const keys = r.paragraphs.map((p) => {
        const f = p.factors[0] as { transiting: string; aspect: string; natal: string };
        return `${f.transiting}|${f.aspect}|${f.natal}`;
      });
      expect(new Set(keys).size).toBe(keys.length);
      for (const p of r.paragraphs) {
        const ks = new Set(p.factors.map((f) => `${f.transiting}|${f.aspect}|${f.natal}`));
        expect(ks.size).toBe(1);
        const times = p.factors.map((f) => f.exact_at);
        expect(times).toEqual([...times].sort());
        expect(p.group).toBe(
          p.factors[0]?.transiting === 'moon'
            ? 'moon'
            : ['sun', 'mercury', 'venus', 'mars'].includes(p.factors[0]?.transiting as string)
              ? 'personal'
              : 'slow',
        );
      }
      const pace = r.paragraphs.map((p) => SLOW_TO_FAST.indexOf(p.factors[0]?.transiting as string));
      expect(pace).toEqual([...pace].sort((a, b) => a - b));
      // The text is the intro and the paragraphs.
      expect(r.text).toBe([r.intro, ...r.paragraphs.map((p) => p.text)].join('\n\n'));
      expect(r.word_count).toBeGreaterThan(r.paragraphs.length * 15);
    },
  );

  it('merges the passes of a station into one paragraph, each pass told', () => {
    const W = transitWordsFor('en');
    const r = buildPeriodReading(hits, { locale: en, words: W, from: jd(from), to: jd(to) });
    const multi = r.paragraphs.filter((p) => p.factors.length > 1);
    // Mercury stations in this quarter (retrograde 2027-02-09 to 03-03): some transit is exact more than once.
    expect(multi.length).toBeGreaterThan(0);
    for (const p of multi) {
      for (let i = 1; i <= p.factors.length; i++) expect(p.text).toContain(W.pass(i, p.factors.length));
      expect(p.factors.some((f) => f.retrograde)).toBe(true);
      expect(p.text).toContain('(retrograde)');
    }
    // A single hit says no pass.
    const single = r.paragraphs.find((p) => p.factors.length === 1);
    expect(single?.text).not.toContain('pass 1');
  });

  it('reads each transit with its body, tone and topic, and names points without a topic', () => {
    const W = transitWordsFor('en');
    const r = buildPeriodReading(hits, { locale: en, words: W, from: jd(from), to: jd(to) });
    const told = new Set<string>();
    for (const p of r.paragraphs) {
      const f = p.factors[0] as HitFactor;
      // The meaning of a body in a tone is read in the first paragraph that needs it, and only there.
      const effect = W.effect[transitBodyOf(f.transiting)][toneOf(f.aspect)];
      if (told.has(effect)) expect(p.text).not.toContain(effect);
      else expect(p.text).toContain(effect);
      told.add(effect);
      const topic = topicOf(f.natal);
      if (topic) expect(p.text).toContain(W.touches(W.topics[topic]));
      else expect(p.text).toMatch(/It touches your natal (Vertex|Mean node|Mean Lilith|Part of fortune)\./);
    }
  });

  it('keeps at most MAX_MOON_HITS Moon hits, conjunctions first, and counts the others', () => {
    const week = hitsOf(chart, '2027-01-04T00:00:00Z', '2027-01-11T00:00:00Z', ['moon', 'sun', 'mars']);
    const moon = week.filter((h) => h.transiting === 'moon');
    expect(moon.length).toBeGreaterThan(MAX_MOON_HITS);
    const r = buildPeriodReading(week, {
      locale: en,
      words: transitWordsFor('en'),
      from: jd('2027-01-04T00:00:00Z'),
      to: jd('2027-01-11T00:00:00Z'),
    });
    const citedMoon = r.paragraphs.flatMap((p) => p.factors).filter((f) => f.transiting === 'moon');
    expect(citedMoon).toHaveLength(MAX_MOON_HITS);
    expect(r.omitted).toBe(moon.length - MAX_MOON_HITS);
    expect(r.hits_cited + r.omitted).toBe(week.length);
    // Every Moon conjunction of the week is read before any other Moon aspect is.
    const conj = moon.filter((h) => h.aspect === 'conjunction').length;
    expect(citedMoon.filter((f) => f.aspect === 'conjunction')).toHaveLength(Math.min(conj, MAX_MOON_HITS));
    expect(r.paragraphs.at(-1)?.group).toBe('moon');
  });

  it('a period without exact transits is a quiet reading', () => {
    const r = buildPeriodReading([], {
      locale: LOCALES.es ?? en,
      words: transitWordsFor('es'),
      from: jd('2027-01-01T00:00:00Z'),
      to: jd('2027-01-02T00:00:00Z'),
    });
    expect(r.paragraphs).toEqual([]);
    expect(r.text).toBe(transitWordsFor('es').periodQuiet('1 ene 2027', '1 ene 2027'));
    expect(r.title).toBe(transitWordsFor('es').periodTitle('1 ene 2027', '1 ene 2027'));
  });

  it('writes dates in the zone asked for, and the hit text of one row', () => {
    const h = hits[0] as Hit;
    const row = hitRow(h);
    const utc = hitText(row, en, transitWordsFor('en'));
    expect(utc).toMatch(/exact on \d{1,2} [A-Z][a-z]{2} 2027 \d{2}:\d{2} UTC\./);
    // Tokyo is 9 hours ahead of UTC all year.
    const tokyo = hitText(row, en, transitWordsFor('en'), { offsetSeconds: () => 9 * 3600 });
    const hh = new Date(Date.parse(row.exact_at) + 9 * 3600_000).getUTCHours();
    expect(tokyo).toContain(` ${String(hh).padStart(2, '0')}:`);
    expect(tokyo).not.toContain('UTC');
  });

  it('reads an untimed chart (no angles) and is deterministic', () => {
    const c = computeChart(UNTIMED);
    const h = hitsOf(c, '2027-06-01T00:00:00Z', '2027-07-01T00:00:00Z', bodies);
    const o = {
      locale: LOCALES.fr ?? en,
      words: transitWordsFor('fr'),
      from: jd('2027-06-01'),
      to: jd('2027-07-01'),
    };
    const a = buildPeriodReading(h, o);
    expect(a.paragraphs.length).toBeGreaterThan(0);
    expect(a.paragraphs.flatMap((p) => p.factors).some((f) => f.natal === 'ascendant')).toBe(false);
    expect(buildPeriodReading([...h].reverse(), o)).toEqual(a);
  });
});
