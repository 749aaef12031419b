/**
 * Russian (issue 21): numeral agreement, the forms the sentences choose by gender and count, and the transit
 * words (issue 19) written for Russian: every key, within the length the contract asks, Cyrillic only.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/astro/i18n';
import { plural } from '../../src/astro/i18n/ru/plural';
import { TOPIC_POINTS, TRANSIT_BODIES, TRANSIT_TONES } from '../../src/astro/i18n/transit-locale';
import { ruTransits } from '../../src/astro/i18n/transits/ru';

const ru = LOCALES.ru;
const form = (n: number) => `${n} ${plural(n, 'аспект', 'аспекта', 'аспектов')}`;

describe('Russian grammar', () => {
  it('plural: one, few, many by the last two digits', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122, 0].map(form)).toEqual([
      '1 аспект',
      '2 аспекта',
      '4 аспекта',
      '5 аспектов',
      '11 аспектов',
      '12 аспектов',
      '14 аспектов',
      '21 аспект',
      '22 аспекта',
      '25 аспектов',
      '101 аспект',
      '111 аспектов',
      '112 аспектов',
      '122 аспекта',
      '0 аспектов',
    ]);
  });

  it('sentences agree with the planet’s gender, the sign’s case and the count', () => {
    if (!ru) throw new Error('ru is not registered');
    const T = ru.phrases;
    expect(T.planetHead('venus', 'leo', '1°02′', 2, true)).toBe(
      'Венера во Льве (1°02′), во 2-м доме, ретроградная.',
    );
    expect(T.planetHead('mercury', 'gemini', '1°02′', 10, true)).toBe(
      'Меркурий в Близнецах (1°02′), в 10-м доме, ретроградный.',
    );
    expect(T.aspectHead('moon', 'square', 'sun', 'close', '2°00′', true)).toBe(
      'Ваша Луна образует квадрат с Солнцем (тесный, орбис 2°00′, сходящийся).',
    );
    expect(T.aspectHead('sun', 'opposition', 'venus', 'exact', '0°10′', false)).toMatch(
      /^Ваше Солнце стоит в оппозиции к Венере /,
    );
    expect(T.retrogradeFew(['venus'])).toBe('В момент вашего рождения Венера двигалась ретроградно.');
    expect(T.retrogradeFew(['saturn', 'pluto'])).toBe(
      'В момент вашего рождения Сатурн и Плутон двигались ретроградно.',
    );
    expect(T.aspectsIntro(3)).toContain('Ниже 3 самых тесных аспекта,');
    expect(T.aspectsIntro(5)).toContain('Ниже 5 самых тесных аспектов,');
    expect(T.aspectsIntro(1)).toContain('Ниже самый тесный из них;');
    expect(T.stelliumInSign(['sun', 'mercury', 'venus', 'mars', 'moon'], 'cancer')).toMatch(
      /^Пять планет — .* — собираются в Раке /,
    );
    expect(ru.wheel.date(14, 3, '1879')).toBe('14 марта 1879 г.');
    expect(ru.wheel.placement('Солнце', 23, 'Рыбы', false)).toBe('Солнце 23° Рыб');
  });
});

describe('Russian transit words', () => {
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  it('every body and tone has one or two sentences of about 20–45 words, in Cyrillic only', () => {
    for (const body of TRANSIT_BODIES)
      for (const tone of TRANSIT_TONES) {
        const text = ruTransits.effect[body][tone];
        expect(words(text), `${body}.${tone}`).toBeGreaterThanOrEqual(20);
        expect(words(text), `${body}.${tone}`).toBeLessThanOrEqual(45);
        expect(text, `${body}.${tone}`).not.toMatch(/[A-Za-z]/);
      }
    for (const p of TOPIC_POINTS) expect(ruTransits.topics[p], p).toMatch(/^[а-яё ,-]+$/u);
  });

  it('frames a hit and a period, with counts that agree', () => {
    const d = (n: number) => `${n} марта 2027 г.`;
    expect(ruTransits.hitHead('Сатурн', 'квадрат', 'Луна', d(3), true)).toBe(
      '3 марта 2027 г.: Сатурн (транзит, ретроградно) — квадрат — Луна радикса',
    );
    expect(ruTransits.touches(ruTransits.topics.moon)).toBe(
      'Этот транзит затрагивает ваши чувства, привычки и ощущение дома.',
    );
    expect(ruTransits.window(d(1), d(9))).toBe(
      'Аспект действует в пределах орбиса с 1 марта 2027 г. по 9 марта 2027 г.',
    );
    expect(ruTransits.window(null, null)).toMatch(/весь рассмотренный период/);
    expect(ruTransits.pass(2, 3)).toBe('Это 2-е прохождение из 3.');
    expect(ruTransits.periodIntro(1, d(1), d(7))).toContain('приходится 1 точный транзит');
    expect(ruTransits.periodIntro(3, d(1), d(7))).toContain('приходится 3 точных транзита');
    expect(ruTransits.periodIntro(11, d(1), d(31))).toContain('приходится 11 точных транзитов');
    expect(ruTransits.periodIntro(21, d(1), d(31))).toContain('приходится 21 точный транзит');
    expect(ruTransits.periodQuiet(d(1), d(7))).toMatch(/^С 1 марта 2027 г. по 7 марта 2027 г. ни одна/);
  });
});
