/**
 * Every text a language's calendar words (src/astro/i18n/calendar) can write, for every input a feed can hold:
 * each transiting body × aspect × natal point a calendar may name, retrograde or not, with every kind of orb
 * window; every planet's ingress into every sign; every station; every lunation in every sign; every eclipse
 * that exists; the void-of-course Moon after each aspect and from its ingress; the categories, the calendar's
 * description and its default name, with and without a chart name. The language tests check them for English.
 */
import { LUNATION_PHASES } from '../../src/astro/forecast/sky';
import { calendarWordsFor } from '../../src/astro/i18n/calendar';
import type { EclipseRow } from '../../src/astro/i18n/calendar-locale';
import { NAMED_NATAL_POINTS } from '../../src/astro/readings/period';
import { LONGITUDE_ASPECTS, PLANETS, SIGNS } from '../../src/astro/types';

/** Eclipses as the sky answers them: a solar one is never penumbral, a lunar one never annular or hybrid. */
export const ECLIPSE_KINDS: Pick<EclipseRow, 'kind' | 'subtype'>[] = [
  { kind: 'solar', subtype: 'total' },
  { kind: 'solar', subtype: 'annular' },
  { kind: 'solar', subtype: 'hybrid' },
  { kind: 'solar', subtype: 'partial' },
  { kind: 'lunar', subtype: 'total' },
  { kind: 'lunar', subtype: 'partial' },
  { kind: 'lunar', subtype: 'penumbral' },
];
export const TRANSITING = [...PLANETS, 'mean_node', 'true_node', 'mean_lilith', 'chiron'] as const;
const STATIONING = PLANETS.filter((p) => p !== 'sun' && p !== 'moon');
const PTOLEMAIC = ['conjunction', 'sextile', 'square', 'trine', 'opposition'] as const;

/** A chart name without English words (the test passes it in; asciiWords skips words under three letters). */
const NAME = 'Ab Cd';

export function calendarTexts(tag: string): string[] {
  const W = calendarWordsFor(tag);
  const out: string[] = [];
  const push = (t: { summary: string; description: string }) => out.push(t.summary, t.description);
  const at = '2027-02-01T13:05:00Z';
  const later = '2027-02-08T21:40:00Z';
  for (const transiting of TRANSITING)
    for (const aspect of LONGITUDE_ASPECTS)
      for (const natal of NAMED_NATAL_POINTS)
        for (const retrograde of [false, true]) {
          const hit = {
            transiting,
            natal,
            aspect,
            exact_at: at,
            retrograde,
            enters_orb_at: at,
            leaves_orb_at: later,
          };
          push(W.transit(hit, NAME));
          if (natal === 'sun') {
            push(W.transit({ ...hit, enters_orb_at: null }, null));
            push(W.transit({ ...hit, leaves_orb_at: null }, null));
            push(W.transit({ ...hit, enters_orb_at: null, leaves_orb_at: null }, null));
          }
        }
  for (const body of PLANETS)
    for (const sign of SIGNS)
      for (const retrograde of [false, true])
        push(W.ingress({ type: 'ingress', body, sign, at, retrograde }));
  for (const body of STATIONING)
    for (const direction of ['retrograde', 'direct'] as const)
      for (const longitude of [0.5, 95.25, 352.55])
        push(W.station({ type: 'station', body, direction, at, longitude }));
  for (const phase of LUNATION_PHASES)
    for (let s = 0; s < 12; s++) push(W.lunation({ type: 'lunation', phase, at, longitude: s * 30 + 13.07 }));
  for (const e of ECLIPSE_KINDS) push(W.eclipse({ type: 'eclipse', ...e, at }));
  push(W.voidOfCourse({ type: 'void_of_course', start: at, end: later, last_aspect: null }));
  for (const body of PLANETS.filter((p) => p !== 'moon'))
    for (const aspect of PTOLEMAIC)
      push(W.voidOfCourse({ type: 'void_of_course', start: at, end: later, last_aspect: { body, aspect } }));
  out.push(...Object.values(W.categories));
  out.push(
    W.calendarDescription(NAME),
    W.calendarDescription(null),
    W.defaultName(NAME),
    W.defaultName(null),
  );
  return out;
}
