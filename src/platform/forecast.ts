/**
 * The forecasting answers as rows, shared by the routes (POST /v1/transits/timeline, GET /v1/sky/events), the
 * calendar feeds (src/platform/calendars.ts) and the daily alerts (src/platform/alerts.ts): one mapping from
 * the pure searches (src/astro/forecast) to the API's rows, so a feed or an alert holds exactly what the
 * timeline and the sky events answer for the same range.
 */
import { type SkyEventType, skyEvents } from '../astro/forecast/sky';
import { timeline } from '../astro/forecast/timeline';
import type { DefaultBodyName } from '../astro/positions';
import { type HitRow, hitRow } from '../astro/readings/period';
import { type AspectName, type Chart, MAJOR_ASPECTS, PLANETS } from '../astro/types';
import { isoOfJd, jdOfMs, TRANSIT_ORBS } from '../schemas/forecast';
import { natalLongitudes } from './natal';

/** The natal points a timeline aspects by default: the Sun to Pluto, the ascendant and the midheaven. */
export const DEFAULT_NATAL = [...PLANETS, 'ascendant', 'midheaven'] as const;

/** Units of `charts` a timeline costs: one per started 31 days with the Moon, one per started 366 days without. */
export function timelineUnits(days: number, withMoon: boolean): number {
  return Math.max(1, Math.ceil(days / (withMoon ? 31 : 366)));
}

/** What a timeline searches (the request's fields; absent ones take the timeline's defaults). */
export interface TimelineSelection {
  transiting?: readonly string[] | undefined;
  natal_points?: readonly string[] | undefined;
  aspects?: readonly string[] | undefined;
  orbs?: Partial<Record<string, number>> | undefined;
}

/** A selection with every default filled in (also the cache identity of what it searches). */
export function resolveSelection(s: TimelineSelection) {
  return {
    transiting: (s.transiting ?? [...PLANETS]) as DefaultBodyName[],
    natalPoints: [...(s.natal_points ?? DEFAULT_NATAL)],
    aspects: (s.aspects ?? [...MAJOR_ASPECTS]) as AspectName[],
    orbs: { ...TRANSIT_ORBS, ...s.orbs } as Record<AspectName, number>,
  };
}

/** One row of POST /v1/transits/timeline (HitSchema). */
export type { HitRow };

/** Every exact transit-to-natal hit in [fromMs, toMs], in time order, as the timeline's rows. */
export function timelineRows(natal: Chart, fromMs: number, toMs: number, s: TimelineSelection): HitRow[] {
  const sel = resolveSelection(s);
  const ayanamsa = natal.settings.zodiac === 'sidereal' ? natal.settings.ayanamsa : null;
  return timeline(jdOfMs(fromMs), jdOfMs(toMs), {
    transiting: sel.transiting,
    natal: natalLongitudes(natal, sel.natalPoints),
    aspects: sel.aspects,
    orbs: sel.orbs,
    ayanamsa: ayanamsa as never,
  }).map(hitRow);
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

/** The sky's events in [fromMs, toMs] of the given types, as GET /v1/sky/events answers them. */
export function skyEventRows(fromMs: number, toMs: number, types: readonly SkyEventType[]) {
  return skyEvents(jdOfMs(fromMs), jdOfMs(toMs), types).map((e) => {
    switch (e.type) {
      case 'ingress':
        return { type: e.type, body: e.body, sign: e.sign, at: isoOfJd(e.at), retrograde: e.retrograde };
      case 'station':
        return {
          type: e.type,
          body: e.body,
          direction: e.direction,
          at: isoOfJd(e.at),
          longitude: round(e.longitude),
        };
      case 'lunation':
        return { type: e.type, phase: e.phase, at: isoOfJd(e.at), longitude: round(e.longitude) };
      case 'eclipse':
        return { type: e.type, kind: e.kind, subtype: e.subtype, at: isoOfJd(e.at) };
      default:
        return {
          type: e.type,
          start: isoOfJd(e.start),
          end: isoOfJd(e.end),
          last_aspect: e.last_aspect ? { body: e.last_aspect.body, aspect: e.last_aspect.aspect } : null,
        };
    }
  });
}
export type SkyEventRow = ReturnType<typeof skyEventRows>[number];
