/**
 * Report ranges: `from` and `to` are UTC days (YYYY-MM-DD, both inclusive); default the last 7 days ending
 * today; at most 366 days.
 */
import { z } from '@hono/zod-openapi';
import { invalidField } from '../../platform/problem';
import { utcDay } from '../../platform/quota';
import { text } from '../../platform/text';

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 7;
export const DAY_MS = 86_400_000;
export const LATEST_EVENTS = 20;

const isCalendarDate = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

const DateParam = (name: 'from' | 'to', description: string) =>
  text()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
    .refine(isCalendarDate, 'Not a calendar date.')
    .optional()
    .openapi({
      param: { name, in: 'query' },
      example: name === 'from' ? '2026-11-23' : '2026-11-29',
      description,
    });

export const RangeQuery = z.object({
  from: DateParam('from', 'First UTC day (inclusive). Default: 6 days before `to`.'),
  to: DateParam('to', 'Last UTC day (inclusive). Default: today.'),
});

export interface Range {
  from: string;
  to: string;
  days: string[];
  /** usage_hourly.hour bounds (inclusive). */
  firstHour: string;
  lastHour: string;
  /** Epoch ms bounds [startMs, endMs). */
  startMs: number;
  endMs: number;
}

/** Validates and completes a range: 400 naming `from` when it is after `to` or the range is too long. */
export function resolveRange(
  q: { from?: string | undefined; to?: string | undefined },
  now = Date.now(),
): Range {
  const to = q.to ?? utcDay(now);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const from = q.from ?? utcDay(toMs - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  if (fromMs > toMs) throw invalidField('from', `Must be on or before "to" (${to}).`, 'query');
  const n = Math.round((toMs - fromMs) / DAY_MS) + 1;
  if (n > MAX_RANGE_DAYS) {
    throw invalidField(
      'from',
      `The range ${from}..${to} spans ${n} days; at most ${MAX_RANGE_DAYS}.`,
      'query',
    );
  }
  const days = Array.from({ length: n }, (_, i) => utcDay(fromMs + i * DAY_MS));
  return {
    from,
    to,
    days,
    firstHour: `${from}T00`,
    lastHour: `${to}T23`,
    startMs: fromMs,
    endMs: toMs + DAY_MS,
  };
}
