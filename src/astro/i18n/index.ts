/**
 * The languages of readings, names, person-facing warnings and wheel labels. A language is listed here only
 * when every key of `Locale` is written for it (test/astro/i18n.test.ts proves completeness and that no
 * English leaks into another language's reading).
 */

import type { ChartWarning } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import type { Locale } from './locale';
import { pt } from './pt';
import { ru } from './ru';
import { zhHans } from './zh-hans';

export type { Locale } from './locale';
export { en };

/** Supported languages by their BCP 47 tag, English first (the default). */
export const LOCALES: Readonly<Record<string, Locale>> = {
  en,
  es,
  pt,
  fr,
  de,
  it,
  ja,
  'zh-Hans': zhHans,
  ru,
  hi,
};
export const LANGS: readonly string[] = Object.keys(LOCALES);
export const DEFAULT_LOCALE: Locale = en;

/** Chinese tags that mean Traditional characters, which are not offered. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The supported locale a BCP 47 tag asks for, or null: matched on the primary language ("pt-BR" → pt,
 * "es-419" → es), and for Chinese on the script ("zh", "zh-CN", "zh-Hans-SG" → zh-Hans; "zh-Hant",
 * "zh-TW" → none). Throws RangeError for a tag that is not well-formed BCP 47.
 */
export function localeFor(tag: string): Locale | null {
  const [canonical] = Intl.getCanonicalLocales(tag);
  if (!canonical) return null;
  const loc = new Intl.Locale(canonical);
  const language = loc.language.toLowerCase();
  if (language === 'zh') {
    if (loc.script === 'Hant') return null;
    if (!loc.script && loc.region && TRADITIONAL_REGIONS.has(loc.region)) return null;
    return LOCALES['zh-Hans'] ?? null;
  }
  return LOCALES[language] ?? null;
}

/** Warnings with their `message` in the locale's language (codes and details unchanged). */
export function localizeWarnings<W extends ChartWarning>(details: readonly W[], locale: Locale): W[] {
  if (locale === en) return [...details];
  return details.map((w) => ({ ...w, message: locale.warnings[w.code]?.(w) ?? w.message }));
}
