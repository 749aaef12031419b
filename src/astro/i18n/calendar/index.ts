/**
 * The texts of calendar feeds, by language: every tag of LANGS (../index.ts) has its CalendarWords here
 * (test/astro/calendar-words.test.ts fails for a language of LANGS without them, and test/astro/i18n.test.ts for
 * any English that leaks into another language's feed texts).
 */
import type { CalendarWords } from '../calendar-locale';
import { deCalendar } from './de';
import { enCalendar } from './en';
import { esCalendar } from './es';
import { frCalendar } from './fr';
import { hiCalendar } from './hi';
import { itCalendar } from './it';
import { jaCalendar } from './ja';
import { ptCalendar } from './pt';
import { ruCalendar } from './ru';
import { zhHansCalendar } from './zh-hans';

export const CALENDAR_WORDS: Readonly<Record<string, CalendarWords>> = {
  en: enCalendar,
  es: esCalendar,
  pt: ptCalendar,
  fr: frCalendar,
  de: deCalendar,
  it: itCalendar,
  ja: jaCalendar,
  'zh-Hans': zhHansCalendar,
  ru: ruCalendar,
  hi: hiCalendar,
};

/** The calendar texts of a language of LANGS (by its tag, as `Locale.tag`). */
export function calendarWordsFor(tag: string): CalendarWords {
  const w = CALENDAR_WORDS[tag];
  if (!w) throw new RangeError(`No calendar texts for the language ${tag}.`);
  return w;
}
