/**
 * Hindi readings of time (issue 21, Hindi; contract in src/astro/i18n/transit-locale.ts): every body, tone and
 * topic is written, in Devanagari, with no Latin-letter word, and the framing sentences read in Hindi.
 */
import { describe, expect, it } from 'vitest';
import { TOPIC_POINTS, TRANSIT_BODIES, TRANSIT_TONES } from '../../src/astro/i18n/transit-locale';
import { hiTransits as H } from '../../src/astro/i18n/transits/hi';

const latinWord = /[A-Za-z]{2,}/;

describe('hiTransits', () => {
  it('writes every body in every tone, and every topic, in Devanagari without Latin words', () => {
    const texts = [
      ...TRANSIT_BODIES.flatMap((b) => TRANSIT_TONES.map((t) => H.effect[b][t])),
      ...TOPIC_POINTS.map((p) => H.touches(H.topics[p])),
    ];
    expect(texts).toHaveLength(TRANSIT_BODIES.length * 3 + TOPIC_POINTS.length);
    for (const text of texts) {
      expect(text).toMatch(/\p{Script=Devanagari}/u);
      expect(text).not.toMatch(latinWord);
      expect(text.endsWith('।')).toBe(true);
    }
    const effects = TRANSIT_BODIES.flatMap((b) => TRANSIT_TONES.map((t) => H.effect[b][t]));
    expect(new Set(effects).size).toBe(effects.length);
    for (const e of effects) {
      const words = e.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(20);
      expect(words).toBeLessThanOrEqual(50);
    }
  });

  it('frames hits and periods in Hindi', () => {
    expect(H.hitHead('शनि', 'केंद्र', 'सूर्य', '14 मार्च 2026', true)).toBe(
      '14 मार्च 2026 को गोचर का शनि (वक्री) आपके जन्म के सूर्य से सटीक केंद्र बनाता है',
    );
    expect(H.window('1 मार्च', '30 मार्च')).toBe('यह योग 1 मार्च से 30 मार्च तक प्रभावी रहता है।');
    expect(H.window(null, '30 मार्च')).toContain('30 मार्च तक');
    expect(H.window('1 मार्च', null)).toContain('1 मार्च से');
    expect(H.window(null, null)).toContain('पूरी खोजी गई अवधि');
    expect(H.pass(2, 3)).toBe('यह 3 सटीक संपर्कों में से दूसरा है।');
    expect(H.pass(7, 9)).toBe('यह 9 सटीक संपर्कों में से 7वाँ है।');
    expect(H.periodIntro(1, 'क', 'ख')).toContain('एक गोचर सटीक होता है');
    expect(H.periodIntro(5, 'क', 'ख')).toContain('5 गोचर सटीक होते हैं');
    expect(H.periodTitle('1 मार्च 2026', '7 मार्च 2026')).toBe('1 मार्च 2026 से 7 मार्च 2026 तक के गोचर');
    expect(H.touchesPoint('वर्टेक्स')).toBe('यह आपकी जन्म कुंडली के वर्टेक्स को छूता है।');
  });
});
