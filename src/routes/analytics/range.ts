/**
 * Report ranges: `from` and `to` are UTC days (YYYY-MM-DD, both inclusive); default the last 7 days ending
 * today; at most 366 days.
 */
import { z } from '@hono/zod-openapi';
import { worldProblem } from '../../platform/problem';
import { utcDay } from '../../platform/quota';
import { isoDate } from '../../schemas/formats';

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 7;
export const DAY_MS = 86_400_000;
export const LATEST_EVENTS = 20;

const DateParam = (name: 'from' | 'to', description: string) =>
  isoDate()
    .optional()
    .openapi({
      param: { name, in: 'query' },
      example: name === 'from' ? '2026-11-23' : '2026-11-29',
      description,
    });

export const RangeQuery = z.object({
  from: DateParam(
    'from',
    `First UTC day (inclusive), a calendar date (YYYY-MM-DD: no 2026-02-30). Default: 6 days before \`to\`. After \`to\`, or more than ${MAX_RANGE_DAYS} days before it, is a 422 \`invalid-range\`.`,
  ),
  to: DateParam('to', 'Last UTC day (inclusive), a calendar date (YYYY-MM-DD). Default: today.'),
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

/**
 * Completes a range and checks what the document cannot say (a rule between two parameters): a 422
 * `invalid-range` naming `from` when it is after `to` or the range is too long.
 */
export function resolveRange(
  q: { from?: string | undefined; to?: string | undefined },
  now = Date.now(),
): Range {
  const to = q.to ?? utcDay(now);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const from = q.from ?? utcDay(toMs - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  if (fromMs > toMs)
    throw worldProblem('invalid-range', 'from', `Must be on or before "to" (${to}).`, 'query');
  const n = Math.round((toMs - fromMs) / DAY_MS) + 1;
  if (n > MAX_RANGE_DAYS) {
    throw worldProblem(
      'invalid-range',
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
