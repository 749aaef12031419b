/**
 * What the calendar texts of every language but English share: names by their API keys, times as the period
 * readings write them (the language's date, the time, "UTC"), and the transit's two lines read from the
 * language's TransitWords (the hit's headline, then its orb window).
 */

import type { HitRow } from '../../readings/period';
import { moment, nameOf } from '../../readings/period';
import type { EclipseRow } from '../calendar-locale';
import type { Locale } from '../locale';
import type { TransitWords } from '../transit-locale';

/** A point's name in a language (planets, points, angles); the feeds' points all have one (validated). */
export function pointName(L: Locale, key: string): string {
  const n = nameOf(L, key);
  if (n === null) throw new RangeError(`The point ${key} has no name in ${L.tag}.`);
  return n;
}

/** An ISO 8601 UTC instant as the language's period readings write it ("4 dic 2026 12:00 UTC"). */
export const utcMoment = (L: Locale, iso: string): string => moment(L, iso, undefined);

/** A hit's description: the readings' headline (with the language's full stop), then its orb window. */
export function transitDescription(L: Locale, W: TransitWords, h: HitRow): string {
  const at = (iso: string | null) => (iso === null ? null : utcMoment(L, iso));
  return `${W.hitHead(
    pointName(L, h.transiting),
    L.names.aspects[h.aspect],
    pointName(L, h.natal),
    utcMoment(L, h.exact_at),
    h.retrograde,
  )}${L.wheel.fullStop}\n${W.window(at(h.enters_orb_at), at(h.leaves_orb_at))}`;
}

/** An eclipse's name from a table by kind and type; a kind without that type is a programming error. */
export function eclipseName(
  table: Record<EclipseRow['kind'], Partial<Record<EclipseRow['subtype'], string>>>,
  e: Pick<EclipseRow, 'kind' | 'subtype'>,
): string {
  const name = table[e.kind][e.subtype];
  if (name === undefined) throw new RangeError(`No ${e.subtype} ${e.kind} eclipse.`);
  return name;
}
