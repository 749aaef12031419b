/**
 * Daily transit alerts: the webhook event `transit.upcoming` for each saved chart opted in with
 * PUT /v1/charts/{id}/alerts, carrying the exact hits of its next `days_ahead` days (the rows of
 * POST /v1/transits/timeline for the same chart, range and options).
 *
 * Run by the every-minute sweep (src/platform/maintenance.ts; the cron in wrangler.toml, and `npm start` fires
 * it locally): a run takes at most ALERTS_PER_RUN charts whose `last_day` is before today, so many charts are
 * spread over the first minutes of the UTC day, and a run that finds none is one indexed read. For each it
 * computes the hits, then in one D1 batch claims the day (`last_day` = today, only if still before) and writes
 * the event to the event log as an outbox row under an id derived from (chart, day). Only the run whose claim
 * changed the row sends it; a send lost after the commit is sent again by the outbox sweeper; a duplicate (two
 * runs at once, an alert deleted and set again the same day) has the same id, which the log and the webhook
 * fan-out keep once. So: one event per chart and UTC day, signed, delivered and retried like every event.
 * A deleted chart takes its alert with it (ON DELETE CASCADE); the read joins the chart all the same.
 *
 * Not metered: alerts use no daily quota. They are bounded instead by the number of charts an account may
 * opt in (MAX_ALERTS in tiers.ts, per tier) and `days_ahead` (at most ALERT_MAX_DAYS).
 */
import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type ChartOptions, computeChart, type SubjectInput } from '../astro/chart';
import { chartAlerts, charts } from '../db/schema';
import type { Env } from '../env';
import type { EventData } from '../schemas/events';
import { isoSeconds } from '../schemas/forecast';
import { logEventQuery, makeEvent, sendEvent } from './events';
import { type TimelineSelection, timelineRows } from './forecast';
import { derivedId } from './ids';
import { loggable } from './problem';
import { utcDay } from './quota';

export interface AlertOptions extends TimelineSelection {
  days_ahead: number;
  zodiac?: 'tropical' | 'sidereal' | undefined;
  ayanamsa?: string | undefined;
}

export const ALERT_DEFAULT_DAYS = 7;
export const ALERT_MAX_DAYS = 31;
/** Charts handled per sweep (a minute): 36 000 a day at most before the day's last ones wait for the next. */
export const ALERTS_PER_RUN = 25;

/** The event of one chart and day: its range and hits. */
export function alertData(
  chart: { id: string; fullName: string | null; subject: SubjectInput },
  o: AlertOptions,
  day: string,
): EventData['transit.upcoming'] {
  const fromMs = Date.parse(`${day}T00:00:00Z`);
  const toMs = fromMs + o.days_ahead * 86_400_000;
  const natal = computeChart(chart.subject, { zodiac: o.zodiac, ayanamsa: o.ayanamsa } as ChartOptions);
  return {
    chart_id: chart.id,
    full_name: chart.fullName,
    from: isoSeconds(fromMs),
    to: isoSeconds(toMs),
    days_ahead: o.days_ahead,
    hits: timelineRows(natal, fromMs, toMs, o) as EventData['transit.upcoming']['hits'],
  };
}

const alertEventId = (chartId: string, day: string) =>
  derivedId('event', `transit.upcoming|${chartId}|${day}`, Date.parse(`${day}T00:00:00Z`));

/** One run: sends today's alert of up to ALERTS_PER_RUN charts not yet done today; returns how many it sent. */
export async function sendTransitAlerts(env: Pick<Env, 'DB' | 'EVENTS_QUEUE'>, now: number): Promise<number> {
  const day = utcDay(now);
  const db = drizzle(env.DB);
  const notToday = or(isNull(chartAlerts.lastDay), lt(chartAlerts.lastDay, day));
  const due = await db
    .select({
      chartId: chartAlerts.chartId,
      accountId: chartAlerts.accountId,
      options: chartAlerts.options,
      request: charts.request,
      fullName: charts.fullName,
    })
    .from(chartAlerts)
    .innerJoin(charts, eq(charts.id, chartAlerts.chartId))
    .where(notToday)
    .orderBy(asc(chartAlerts.lastDay), asc(chartAlerts.chartId))
    .limit(ALERTS_PER_RUN)
    .all();
  let sent = 0;
  for (const row of due) {
    const claim = db
      .update(chartAlerts)
      .set({ lastDay: day })
      .where(and(eq(chartAlerts.chartId, row.chartId), notToday));
    let data: EventData['transit.upcoming'];
    try {
      const subject = (row.request as { subject: SubjectInput }).subject;
      data = alertData(
        { id: row.chartId, fullName: row.fullName, subject },
        row.options as AlertOptions,
        day,
      );
    } catch (err) {
      // A chart that cannot be computed would fail every minute: its day is marked done, and logged.
      console.error(
        JSON.stringify({ msg: 'transit alert failed', chart_id: row.chartId, err: loggable(err) }),
      );
      await claim.run();
      continue;
    }
    const event = makeEvent('transit.upcoming', data, row.accountId, await alertEventId(row.chartId, day));
    const [claimed] = await db.batch([claim, logEventQuery(db, event)]);
    if (claimed.meta.changes === 0) continue; // another run has it
    try {
      await sendEvent(env, event);
    } catch (err) {
      // Logged as unpublished: the outbox sweeper sends it within a minute or two.
      console.error(JSON.stringify({ msg: 'transit alert send failed', id: event.id, err: loggable(err) }));
    }
    sent += 1;
  }
  return sent;
}
