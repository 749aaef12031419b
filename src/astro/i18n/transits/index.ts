/**
 * The texts of readings for time, by language: every tag of LANGS (../index.ts) has its TransitWords here
 * (test/astro/transit-readings.test.ts fails for a language of LANGS without them, and for any English that leaks
 * into another language's period reading).
 */
import type { TransitWords } from '../transit-locale';
import { enTransits } from './en';
import { esTransits } from './es';
import { frTransits } from './fr';
import { ptTransits } from './pt';

export const TRANSIT_WORDS: Readonly<Record<string, TransitWords>> = {
  en: enTransits,
  es: esTransits,
  pt: ptTransits,
  fr: frTransits,
};

/** The transit texts of a language of LANGS (by its tag, as `Locale.tag`). */
export function transitWordsFor(tag: string): TransitWords {
  const w = TRANSIT_WORDS[tag];
  if (!w) throw new RangeError(`No transit texts for the language ${tag}.`);
  return w;
}
