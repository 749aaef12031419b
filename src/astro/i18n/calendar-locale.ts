/**
 * What one language provides for calendar feeds (GET /v1/calendars/{id}.ics): the SUMMARY and DESCRIPTION of each
 * event (a chart's exact transits and the sky's events), the CATEGORIES, the calendar's description and its
 * default name. Events arrive as the API answers them (timeline rows, sky event rows: ISO 8601 UTC times, names by
 * their API keys), so each language declines and agrees names itself (Russian cases and genders, articles and
 * prepositions, no spaces in Japanese and Chinese); the transit texts of other languages than English reuse the
 * headline and orb-window sentences of their readings for time (TransitWords `hitHead`, `window`). Pure data
 * and functions: no Workers APIs. One file per language in ./calendar/, registered in ./calendar/index.ts.
 */
import type { EclipseSubtype, LunationPhase } from '../forecast/sky';
import type { HitRow } from '../readings/period';
import type { AspectName, Planet, Sign } from '../types';

/** The kinds of event of a feed, one CATEGORIES value each. */
export const CALENDAR_CATEGORIES = [
  'transit',
  'ingress',
  'station',
  'lunation',
  'eclipse',
  'void_of_course',
] as const;
export type CalendarCategory = (typeof CALENDAR_CATEGORIES)[number];

/** The sky's events as GET /v1/sky/events answers them (times ISO 8601 UTC). */
export interface IngressRow {
  type: 'ingress';
  body: Planet;
  sign: Sign;
  at: string;
  retrograde: boolean;
}
export interface StationRow {
  type: 'station';
  body: Planet;
  direction: 'retrograde' | 'direct';
  at: string;
  longitude: number;
}
export interface LunationRow {
  type: 'lunation';
  phase: LunationPhase;
  at: string;
  longitude: number;
}
export interface EclipseRow {
  type: 'eclipse';
  kind: 'solar' | 'lunar';
  subtype: EclipseSubtype;
  at: string;
}
export interface VoidOfCourseRow {
  type: 'void_of_course';
  start: string;
  end: string;
  /** The Moon's last aspect in the sign it leaves; null when it makes none after its ingress. */
  last_aspect: { body: Planet; aspect: AspectName } | null;
}
export type SkyRow = IngressRow | StationRow | LunationRow | EclipseRow | VoidOfCourseRow;

/** An event's SUMMARY (one line, the calendar app's title) and DESCRIPTION (may hold line breaks). */
export interface EventText {
  summary: string;
  description: string;
}

export interface CalendarWords {
  /** The BCP 47 tag of the language (as `Locale.tag`). */
  tag: string;
  /**
   * An exact transit-to-natal hit: the transiting body, aspect and natal point with the body's state, then the
   * exact moment and the orb window on a second line. `subject` is the chart's name (null when it has none):
   * English names it; the other languages address the reader as their readings for time do.
   */
  transit: (hit: HitRow, subject: string | null) => EventText;
  /** A planet enters a sign (possibly retrograde). */
  ingress: (e: IngressRow) => EventText;
  /** A planet stations retrograde or direct, at a position. */
  station: (e: StationRow) => EventText;
  /** A lunation "in <sign>", with its position. */
  lunation: (e: LunationRow) => EventText;
  /** A solar or lunar eclipse of a kind, at greatest eclipse. */
  eclipse: (e: EclipseRow) => EventText;
  /** A void-of-course Moon: from its last aspect (or its ingress) until it enters the next sign. */
  voidOfCourse: (e: VoidOfCourseRow) => EventText;
  categories: Record<CalendarCategory, string>;
  /** X-WR-CALDESC: what the feed holds, for a chart's name (null when it has none). */
  calendarDescription: (subject: string | null) => string;
  /** The calendar's name when the caller gives none, from the chart's name (null when it has none). */
  defaultName: (chartName: string | null) => string;
}

/**
 * A longitude's degrees and whole minutes within its sign, "13°04′" (minutes rounded down, as charts show them);
 * each language places the sign's name around it.
 */
export function degreesInSign(longitude: number): string {
  const minutes = Math.floor((((longitude % 30) + 30) % 30) * 60 + 1e-9);
  return `${Math.floor(minutes / 60)}°${String(minutes % 60).padStart(2, '0')}′`;
}
