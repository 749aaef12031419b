/**
 * The texts of readings for time, by language: every tag of LANGS (../index.ts) has its TransitWords here
 * (test/astro/transit-readings.test.ts fails for a language of LANGS without them, and test/astro/i18n.test.ts
 * for any English that leaks into another language's transit texts or period readings).
 */
import type { TransitWords } from '../transit-locale';
import { deTransits } from './de';
import { enTransits } from './en';
import { esTransits } from './es';
import { frTransits } from './fr';
import { hiTransits } from './hi';
import { itTransits } from './it';
import { jaTransits } from './ja';
import { ptTransits } from './pt';
import { ruTransits } from './ru';
import { zhHansTransits } from './zh-hans';

export const TRANSIT_WORDS: Readonly<Record<string, TransitWords>> = {
  en: enTransits,
  es: esTransits,
  pt: ptTransits,
  fr: frTransits,
  de: deTransits,
  it: itTransits,
  ja: jaTransits,
  'zh-Hans': zhHansTransits,
  ru: ruTransits,
  hi: hiTransits,
};

/** The transit texts of a language of LANGS (by its tag, as `Locale.tag`). */
export function transitWordsFor(tag: string): TransitWords {
  const w = TRANSIT_WORDS[tag];
  if (!w) throw new RangeError(`No transit texts for the language ${tag}.`);
  return w;
}
