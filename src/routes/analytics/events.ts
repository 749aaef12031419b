/** GET /v1/analytics/events/{event_type} (admin): one event type's counts by day and latest events. */
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { iso } from '../../platform/accounts';
import { requireAdmin } from '../../platform/auth';
import { batchOfSql, rowsOf } from '../../platform/d1';
import { EVENT_TYPES } from '../../platform/events';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../../platform/openapi';
import { problem } from '../../platform/problem';
import { createRouter } from '../../platform/router';
import { queryIntegerDefault } from '../../schemas/formats';
import { text } from '../../schemas/text';
import { fillDays } from './measures';
import { LATEST_EVENTS, type Range, RangeQuery, resolveRange } from './range';
import { EventReportSchema, jsonOf, tags } from './schemas';

const events = createRoute({
  method: 'get',
  path: '/v1/analytics/events/{event_type}',
  operationId: 'getEventAnalytics',
  tags,
  summary: 'One event type: counts by day and the latest events (admin)',
  description: `From the event log (kept 90 days). Unknown types are a 404 whose \`valid_event_types\` lists: ${EVENT_TYPES.join(', ')}.`,
  middleware: [requireAdmin] as const,
  request: {
    params: z.object({
      event_type: text()
        .max(64)
        .openapi({ param: { name: 'event_type', in: 'path' }, example: 'chart.calculated' }),
    }),
    query: RangeQuery.extend({
      limit: queryIntegerDefault({ min: 0, max: LATEST_EVENTS }, LATEST_EVENTS).openapi({
        description: `How many latest events (0-${LATEST_EVENTS}).`,
      }),
    }),
  },
  responses: {
    200: jsonOf(EventReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
    ...unprocessable('invalid-range'),
  },
});

async function eventReport(db: D1Database, type: string, range: Range, limit: number) {
  const [days, latest] = await batchOfSql(db, [
    sql`SELECT date(created_at / 1000, 'unixepoch') AS date, count(*) AS count FROM events
         WHERE type = ${type} AND created_at >= ${range.startMs} AND created_at < ${range.endMs} GROUP BY 1`,
    sql`SELECT id, account_id, data, created_at FROM events WHERE type = ${type} AND created_at >= ${range.startMs} AND created_at < ${range.endMs}
         ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
  ]);
  const byDay = fillDays(range.days, rowsOf<{ date: string; count: number }>(days), (date) => ({
    date,
    count: 0,
  }));
  return {
    event_type: type,
    from: range.from,
    to: range.to,
    total: byDay.reduce((n, d) => n + d.count, 0),
    by_day: byDay,
    latest: rowsOf<{ id: string; account_id: string | null; data: string; created_at: number }>(latest).map(
      (e) => ({
        id: e.id,
        account_id: e.account_id,
        created_at: iso(e.created_at) as string,
        data: safeJson(e.data),
      }),
    ),
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export const eventRoutes = createRouter().openapi(events, async (c) => {
  const type = c.req.valid('param').event_type;
  const q = c.req.valid('query');
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    throw problem(404, `Unknown event type "${type}".`, {
      type: 'unknown-event-type',
      extensions: { valid_event_types: [...EVENT_TYPES] },
    });
  }
  const range = resolveRange(q);
  return c.json(await eventReport(c.env.DB, type, range, q.limit), 200);
});
