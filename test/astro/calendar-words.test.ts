/**
 * Calendar feed texts by language (src/astro/i18n/calendar): every language of LANGS has them; each event reads
 * in its language's grammar (Russian cases after prepositions and agreement with the planet's gender, German
 * articles in the case the preposition governs, Hindi postpositions, Japanese and Chinese without spaces); and
 * what distinguishes two events (the kind of eclipse, the lunation phase, the direction of a station) is never
 * lost in translation. English leaks are checked with every other text in test/astro/i18n.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LUNATION_PHASES } from '../../src/astro/forecast/sky';
import { LANGS } from '../../src/astro/i18n';
import { CALENDAR_WORDS, calendarWordsFor } from '../../src/astro/i18n/calendar';
import { CALENDAR_CATEGORIES, type IngressRow, type StationRow } from '../../src/astro/i18n/calendar-locale';
import type { HitRow } from '../../src/astro/readings/period';
import { PLANETS, type Planet, type Sign } from '../../src/astro/types';
import { calendarTexts, ECLIPSE_KINDS } from './calendar-texts';

const AT = '2026-03-03T11:33:42Z';
const ingress = (body: Planet, sign: Sign, retrograde = false): IngressRow => ({
  type: 'ingress',
  body,
  sign,
  at: AT,
  retrograde,
});
const station = (body: Planet, direction: StationRow['direction'], longitude = 352.55): StationRow => ({
  type: 'station',
  body,
  direction,
  at: AT,
  longitude,
});
const hit = (over: Partial<HitRow> = {}): HitRow => ({
  transiting: 'saturn',
  natal: 'moon',
  aspect: 'square',
  exact_at: AT,
  retrograde: false,
  enters_orb_at: '2026-02-20T00:00:00Z',
  leaves_orb_at: '2026-03-15T00:00:00Z',
  ...over,
});
const ru = calendarWordsFor('ru');
const hi = calendarWordsFor('hi');
const de = calendarWordsFor('de');

describe('calendar words', () => {
  it('every language has its own, under its tag, and no other language is asked for', () => {
    expect(Object.keys(CALENDAR_WORDS).sort()).toEqual([...LANGS].sort());
    for (const tag of LANGS) expect(calendarWordsFor(tag).tag).toBe(tag);
    expect(() => calendarWordsFor('zh-Hant')).toThrow(RangeError);
    for (const tag of LANGS)
      expect(Object.keys(calendarWordsFor(tag).categories).sort()).toEqual([...CALENDAR_CATEGORIES].sort());
  });

  // Categories may be cognates («Transit», «Eclipse»): test/astro/i18n.test.ts checks them word by word.
  it.each(LANGS.filter((t) => t !== 'en'))('%s: no title or description is the English one', (tag) => {
    const W = calendarWordsFor(tag);
    const en = calendarWordsFor('en');
    expect(W.categories.void_of_course).not.toBe(en.categories.void_of_course);
    expect(W.ingress(ingress('venus', 'virgo')).summary).not.toBe(
      en.ingress(ingress('venus', 'virgo')).summary,
    );
    expect(W.defaultName('Ab')).not.toBe(en.defaultName('Ab'));
    expect(W.calendarDescription(null)).not.toBe(en.calendarDescription(null));
  });

  it.each(LANGS)('%s: events that differ read differently', (tag) => {
    const W = calendarWordsFor(tag);
    const eclipses = ECLIPSE_KINDS.map((e) => W.eclipse({ type: 'eclipse', ...e, at: AT }).summary);
    expect(new Set(eclipses).size).toBe(eclipses.length);
    const phases = LUNATION_PHASES.map(
      (phase) => W.lunation({ type: 'lunation', phase, at: AT, longitude: 163 }).summary,
    );
    expect(new Set(phases).size).toBe(phases.length);
    expect(W.station(station('mars', 'retrograde')).summary).not.toBe(
      W.station(station('mars', 'direct')).summary,
    );
    expect(W.ingress(ingress('mars', 'leo', true)).summary).not.toBe(
      W.ingress(ingress('mars', 'leo')).summary,
    );
    expect(W.transit(hit({ retrograde: true }), null).summary).not.toBe(W.transit(hit(), null).summary);
    // The orb window is on the description's second line, as in English.
    expect(W.transit(hit(), null).description.split('\n')).toHaveLength(2);
  });

  it('Russian: the sign in the accusative after «входит в», adjectives agreeing with the planet', () => {
    expect(ru.ingress(ingress('saturn', 'aries')).summary).toBe('Сатурн входит в Овен');
    expect(ru.ingress(ingress('sun', 'virgo')).summary).toBe('Солнце входит в Деву');
    expect(ru.ingress(ingress('moon', 'gemini')).summary).toBe('Луна входит в Близнецы');
    expect(ru.ingress(ingress('venus', 'virgo', true)).summary).toBe('Ретроградная Венера входит в Деву');
    expect(ru.ingress(ingress('mars', 'pisces', true)).summary).toBe('Ретроградный Марс входит в Рыбы');
    expect(ru.station(station('venus', 'retrograde')).summary).toBe('Венера становится ретроградной');
    expect(ru.station(station('mercury', 'retrograde')).summary).toBe('Меркурий становится ретроградным');
    expect(ru.station(station('venus', 'direct')).summary).toBe('Венера становится директной');
    expect(ru.station(station('jupiter', 'direct')).description).toBe(
      '3 марта 2026 г. 11:33 UTC Юпитер останавливается на 22°33′ Рыб и становится директным.',
    );
    expect(ru.lunation({ type: 'lunation', phase: 'full_moon', at: AT, longitude: 163 }).summary).toBe(
      'Полнолуние в Деве',
    );
    expect(ru.eclipse({ type: 'eclipse', kind: 'lunar', subtype: 'penumbral', at: AT }).summary).toBe(
      'Полутеневое лунное затмение',
    );
    expect(
      ru.voidOfCourse({
        type: 'void_of_course',
        start: AT,
        end: '2026-03-03T14:00:00Z',
        last_aspect: { body: 'venus', aspect: 'square' },
      }).description,
    ).toBe(
      'С 3 марта 2026 г. 11:33 UTC до 3 марта 2026 г. 14:00 UTC Луна без курса: после последнего аспекта (квадрат с Венерой) она не образует аспектов до перехода в следующий знак.',
    );
    expect(ru.transit(hit({ transiting: 'mean_lilith', retrograde: true }), null).summary).toBe(
      'Ретроградная Средняя Лилит — квадрат — Луна радикса',
    );
  });

  it('Hindi: postpositions after the name, every planet masculine, the vocabulary of the readings', () => {
    expect(hi.ingress(ingress('venus', 'virgo', true))).toEqual({
      summary: 'शुक्र का कन्या राशि में प्रवेश (वक्री)',
      description: '3 मार्च 2026 11:33 UTC को शुक्र वक्री अवस्था में कन्या राशि में प्रवेश करता है।',
    });
    expect(hi.station(station('mercury', 'direct')).summary).toBe('बुध मार्गी');
    expect(hi.station(station('mercury', 'retrograde')).description).toBe(
      '3 मार्च 2026 11:33 UTC को बुध 22°33′ मीन पर स्थिर होकर वक्री हो जाता है।',
    );
    expect(hi.lunation({ type: 'lunation', phase: 'full_moon', at: AT, longitude: 163 }).summary).toBe(
      'कन्या राशि में पूर्णिमा',
    );
    expect(hi.transit(hit(), null).summary).toBe('शनि का जन्म के चंद्रमा से केंद्र');
  });

  it('German: the sign with its article in the case the preposition governs', () => {
    expect(de.ingress(ingress('sun', 'leo')).summary).toBe('Die Sonne tritt in den Löwen ein');
    expect(de.ingress(ingress('venus', 'virgo', true)).description).toBe(
      'Venus tritt am 3. März 2026 11:33 UTC rückläufig in die Jungfrau ein.',
    );
    expect(de.lunation({ type: 'lunation', phase: 'full_moon', at: AT, longitude: 163 }).summary).toBe(
      'Vollmond in der Jungfrau',
    );
    expect(de.eclipse({ type: 'eclipse', kind: 'lunar', subtype: 'penumbral', at: AT }).summary).toBe(
      'Halbschatten-Mondfinsternis',
    );
  });

  it.each(['ja', 'zh-Hans'])('%s: no space between two words', (tag) => {
    const cjk =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。（）：] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。（）]/u;
    for (const text of calendarTexts(tag)) expect(text).not.toMatch(cjk);
  });

  it.each(LANGS)('%s: every text of every event is written (no empty text, no undefined)', (tag) => {
    for (const text of calendarTexts(tag)) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('eclipses that do not exist are refused, not named', () => {
    for (const tag of ['ja', 'zh-Hans'])
      expect(() =>
        calendarWordsFor(tag).eclipse({ type: 'eclipse', kind: 'solar', subtype: 'penumbral', at: AT }),
      ).toThrow(RangeError);
  });

  it('the planets a sky event names are every planet', () => {
    for (const tag of LANGS)
      for (const p of PLANETS)
        expect(calendarWordsFor(tag).ingress(ingress(p, 'aries')).summary).toBeTruthy();
  });
});
