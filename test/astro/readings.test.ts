import { describe, expect, it } from 'vitest';
import { buildReading, countWords, SECTION_IDS, selectAspects } from '../../src/astro/readings';
import { ASCENDANT_IN_SIGN } from '../../src/astro/readings/corpus/ascendant';
import {
  ASPECT_TYPE_TEXT,
  MAJOR_ASPECT_TYPES,
  PLANET_PAIR_TEXT,
} from '../../src/astro/readings/corpus/aspects';
import {
  BALANCED_ELEMENTS,
  BALANCED_MODALITIES,
  ELEMENT_BALANCE,
  MODALITY_BALANCE,
} from '../../src/astro/readings/corpus/balance';
import * as emphasis from '../../src/astro/readings/corpus/emphasis';
import { PLANET_IN_HOUSE } from '../../src/astro/readings/corpus/planet-in-house';
import { PLANET_IN_SIGN } from '../../src/astro/readings/corpus/planet-in-sign';
import { type Chart, PLANETS, SIGNS } from '../../src/astro/types';
import { EINSTEIN_PLANETS, makeChart } from './chart-builder';

const EINSTEIN_LONGITUDES = EINSTEIN_PLANETS;
const EINSTEIN_CUSPS = [101.6, 122, 143, 168.4, 199, 235, 281.6, 302, 323, 348.4, 19, 55];

const einstein = () =>
  makeChart({
    name: 'Albert Einstein',
    longitudes: EINSTEIN_LONGITUDES,
    cusps: EINSTEIN_CUSPS,
    retrograde: ['uranus'],
  });

const sectionText = (chart: Chart, id: (typeof SECTION_IDS)[number]) =>
  buildReading(chart, { sections: [id] }).sections[0]?.text ?? '';

// ---------------------------------------------------------------------------------------------------

describe('buildReading', () => {
  it('returns all sections in canonical order with titles, prose and a word count', () => {
    const r = buildReading(einstein());
    expect(r.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    for (const s of r.sections) {
      expect(s.title.length).toBeGreaterThan(3);
      expect(countWords(s.text)).toBeGreaterThan(20);
    }
    const total = r.sections.reduce((n, s) => n + countWords(s.title) + countWords(s.text), 0);
    expect(r.word_count).toBe(total);
    expect(r.word_count).toBeGreaterThan(900);
  });

  it('mentions the right signs and houses (Sun in Pisces in the 10th)', () => {
    const chart = einstein();
    expect(chart.points.find((p) => p.name === 'sun')?.house).toBe(10);
    const planets = sectionText(chart, 'planets');
    expect(planets).toContain(PLANET_IN_SIGN.sun.pisces);
    expect(planets).toContain(PLANET_IN_HOUSE.sun[9]);
    expect(planets).toContain('Sun in Pisces at 23°30′, 10th house.');
    expect(planets).toContain(PLANET_IN_SIGN.moon.sagittarius);
    expect(planets).toContain(PLANET_IN_SIGN.mars.capricorn);
    expect(planets).toContain('Uranus in Virgo at 1°12′, 3rd house, retrograde.');
    // Every planet gets its own paragraph.
    expect(planets.split('\n\n')).toHaveLength(10);

    const overview = buildReading(chart, { sections: ['overview'] }).sections[0];
    expect(overview?.text).toContain('With your Sun in Pisces');
    expect(overview?.text).toContain('Moon in Sagittarius');
    expect(overview?.text).toContain(ASCENDANT_IN_SIGN.cancer);
    expect(overview?.highlights).toEqual(['Sun in Pisces', 'Moon in Sagittarius', 'Ascendant in Cancer']);
  });

  it('interprets the tightest major aspects between planets, tightest first', () => {
    const chart = einstein();
    const selected = selectAspects(chart);
    expect(selected.length).toBeGreaterThanOrEqual(5);
    expect(selected.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < selected.length; i++) {
      expect(selected[i]?.orb).toBeGreaterThanOrEqual(selected[i - 1]?.orb ?? 0);
    }
    const text = sectionText(chart, 'aspects');
    const first = selected[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(text).toContain(PLANET_PAIR_TEXT[`${first.point_a}_${first.point_b}`]);
    // Mercury–Saturn conjunction (1.1°) is among them, and its texts are combined into one paragraph.
    expect(text).toMatch(/Your Mercury is conjunct your Saturn \(close, with an orb of 1°06′, applying\)\./);
    expect(text).toContain(PLANET_PAIR_TEXT.mercury_saturn);
    // Repeated aspect types use different wording.
    const paragraphs = text.split('\n\n').slice(1);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('ignores minor aspects and aspects to non-planets', () => {
    const chart = makeChart({
      longitudes: { sun: 10, moon: 40, chiron: 10.5 },
      cusps: EINSTEIN_CUSPS,
      aspects: [
        { point_a: 'sun', point_b: 'chiron', aspect: 'conjunction', angle: 0, orb: 0.5, applying: true },
        { point_a: 'sun', point_b: 'moon', aspect: 'semi_sextile', angle: 30, orb: 0, applying: true },
      ],
    });
    expect(selectAspects(chart)).toEqual([]);
    expect(sectionText(chart, 'aspects')).toContain('No major aspects');
  });

  it('filters sections', () => {
    const r = buildReading(einstein(), { sections: ['emphasis', 'overview'] });
    expect(r.sections.map((s) => s.id)).toEqual(['overview', 'emphasis']);
    expect(buildReading(einstein(), { sections: [] }).sections).toEqual([]);
    expect(buildReading(einstein(), { sections: [] }).word_count).toBe(0);
  });

  it('handles an unknown birth time: no houses, no rising sign, said once', () => {
    const chart = makeChart({ longitudes: EINSTEIN_LONGITUDES });
    expect(chart.houses).toBeUndefined();
    const r = buildReading(chart);
    const all = r.sections.map((s) => s.text).join('\n\n');
    expect(all.split(emphasis.TIME_UNKNOWN_NOTE).length - 1).toBe(1);
    expect(all).not.toMatch(/\b\d+(st|nd|rd|th) house\b/);
    expect(all).not.toMatch(/Ascendant|rising sign is/);
    for (const houseTexts of Object.values(PLANET_IN_HOUSE)) {
      for (const t of houseTexts) expect(all).not.toContain(t);
    }
    expect(all).toContain(PLANET_IN_SIGN.sun.pisces);
    expect(r.sections[0]?.title).toBe('Sun and Moon');
    // Only the planets section requested: the note moves there.
    expect(sectionText(chart, 'planets')).toContain(emphasis.TIME_UNKNOWN_NOTE);
    expect(sectionText(chart, 'balance')).not.toContain(emphasis.TIME_UNKNOWN_NOTE);
  });

  it('reports balance from the distributions', () => {
    const chart = einstein();
    const text = sectionText(chart, 'balance');
    // Einstein: fire 4 (Moon, Mercury, Venus, Saturn), earth 4 (Mars, Uranus, Neptune, Pluto), air 1, water 1.
    expect(text).toContain('By element, your chart counts fire 4, earth 4, air 1 and water 1.');
    expect(text).not.toContain(ELEMENT_BALANCE.fire.dominant);
    expect(text).toContain(ELEMENT_BALANCE.air.lacking);
    expect(text).toContain(ELEMENT_BALANCE.water.lacking);
    // Cardinal: Mercury, Venus, Mars, Saturn (4); fixed: Jupiter, Neptune, Pluto (3); mutable: Sun, Moon, Uranus (3).
    expect(text).toContain('By modality, it counts cardinal 4, fixed 3 and mutable 3.');
    expect(text).toContain(BALANCED_MODALITIES);
    const balanced = makeChart({ longitudes: EINSTEIN_LONGITUDES, cusps: EINSTEIN_CUSPS });
    balanced.distributions = {
      elements: { fire: 3, earth: 2, air: 2, water: 3 },
      modalities: { cardinal: 3, fixed: 4, mutable: 3 },
    };
    const t2 = sectionText(balanced, 'balance');
    expect(t2).toContain(BALANCED_ELEMENTS);
    expect(t2).toContain(BALANCED_MODALITIES);
  });

  it('finds stellia, angular planets, hemispheres and retrogrades', () => {
    const chart = einstein();
    const r = buildReading(chart, { sections: ['emphasis'] }).sections[0];
    expect(r?.text).toContain('Three planets, Mercury, Venus and Saturn, gather in Aries');
    expect(r?.highlights).toContain('Stellium in Aries: Mercury, Venus and Saturn');
    expect(r?.highlights).toContain('Sun on the Midheaven');
    expect(r?.text).toContain('Uranus was retrograde');
    expect(r?.text).toContain(emphasis.HEMISPHERE_TEXT.eastern);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildReading(einstein()))).toBe(JSON.stringify(buildReading(einstein())));
  });
});

describe('corpus', () => {
  const all: string[] = [];
  const check = (t: string | undefined) => {
    expect(typeof t).toBe('string');
    expect((t ?? '').trim().length).toBeGreaterThan(20);
    expect(t).not.toMatch(/lorem|ipsum|TODO|\{|\}/i);
    all.push(t ?? '');
  };

  it('planet in sign: 10 × 12', () => {
    expect(Object.keys(PLANET_IN_SIGN).sort()).toEqual([...PLANETS].sort());
    for (const p of PLANETS) {
      expect(Object.keys(PLANET_IN_SIGN[p]).sort()).toEqual([...SIGNS].sort());
      for (const s of SIGNS) check(PLANET_IN_SIGN[p][s]);
    }
  });

  it('planet in house: 10 × 12', () => {
    expect(Object.keys(PLANET_IN_HOUSE).sort()).toEqual([...PLANETS].sort());
    for (const p of PLANETS) {
      expect(PLANET_IN_HOUSE[p]).toHaveLength(12);
      for (const t of PLANET_IN_HOUSE[p]) check(t);
    }
  });

  it('aspects: 45 planet pairs and 5 aspect types', () => {
    const keys: string[] = [];
    PLANETS.forEach((a, i) => {
      for (const b of PLANETS.slice(i + 1)) keys.push(`${a}_${b}`);
    });
    expect(keys).toHaveLength(45);
    expect(Object.keys(PLANET_PAIR_TEXT).sort()).toEqual(keys.sort());
    for (const k of keys) check(PLANET_PAIR_TEXT[k]);
    expect(Object.keys(ASPECT_TYPE_TEXT).sort()).toEqual([...MAJOR_ASPECT_TYPES].sort());
    expect(MAJOR_ASPECT_TYPES).toHaveLength(5);
    for (const a of MAJOR_ASPECT_TYPES) for (const t of ASPECT_TYPE_TEXT[a]) check(t);
  });

  it('ascendant: 12 signs', () => {
    expect(Object.keys(ASCENDANT_IN_SIGN).sort()).toEqual([...SIGNS].sort());
    for (const s of SIGNS) check(ASCENDANT_IN_SIGN[s]);
  });

  it('balance: 4 elements and 3 modalities, dominant and lacking', () => {
    expect(Object.keys(ELEMENT_BALANCE)).toHaveLength(4);
    expect(Object.keys(MODALITY_BALANCE)).toHaveLength(3);
    for (const b of [...Object.values(ELEMENT_BALANCE), ...Object.values(MODALITY_BALANCE)]) {
      check(b.dominant);
      check(b.lacking);
    }
    check(BALANCED_ELEMENTS);
    check(BALANCED_MODALITIES);
  });

  it('emphasis texts', () => {
    for (const t of [
      ...Object.values(emphasis.SUN_MOON_ELEMENTS),
      ...Object.values(emphasis.ANGULAR_TEXT),
      ...Object.values(emphasis.HEMISPHERE_TEXT),
      ...emphasis.QUADRANT_TEXT,
      ...Object.values(emphasis.RETROGRADE_TEXT),
      emphasis.TIME_UNKNOWN_NOTE,
      emphasis.STELLIUM_SIGN,
      emphasis.STELLIUM_HOUSE,
    ]) {
      check(t);
    }
    expect(Object.keys(emphasis.SIGN_ESSENCE)).toHaveLength(12);
    expect(emphasis.HOUSE_TOPICS).toHaveLength(12);
    expect(Object.keys(emphasis.PLANET_KEYWORDS)).toHaveLength(10);
  });

  it('has no duplicates, 2–4 sentences per long entry; prints the corpus word count', () => {
    expect(all.length).toBe(120 + 120 + 45 + 15 + 12 + 16 + 22);
    expect(new Set(all).size).toBe(all.length);
    const longEntries = [
      ...PLANETS.flatMap((p) => SIGNS.map((s) => PLANET_IN_SIGN[p][s])),
      ...PLANETS.flatMap((p) => PLANET_IN_HOUSE[p]),
      ...SIGNS.map((s) => ASCENDANT_IN_SIGN[s]),
      ...Object.values(ELEMENT_BALANCE).flatMap((b) => [b.dominant, b.lacking]),
      ...Object.values(MODALITY_BALANCE).flatMap((b) => [b.dominant, b.lacking]),
    ];
    for (const t of longEntries) {
      const sentences = t.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      expect(sentences, t).toBeGreaterThanOrEqual(2);
      expect(sentences, t).toBeLessThanOrEqual(4);
      expect(t, 'second person').toMatch(/\byou(r|rs|rself)?\b/i);
    }
    // Opening words vary: no three-word opening is used by more than a handful of entries.
    const openings = new Map<string, number>();
    for (const t of longEntries) {
      const k = t.split(/\s+/).slice(0, 3).join(' ').toLowerCase();
      openings.set(k, (openings.get(k) ?? 0) + 1);
    }
    expect(Math.max(...openings.values())).toBeLessThanOrEqual(8);
    const words = all.reduce((n, t) => n + countWords(t), 0);
    console.log(`readings corpus: ${all.length} entries, ${words} words`);
    expect(words).toBeGreaterThan(10000);
  });
});
