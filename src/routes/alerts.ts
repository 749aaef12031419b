/**
 * Daily transit alerts of a saved chart: PUT /v1/charts/{id}/alerts opts the chart in (or changes its
 * options), GET shows them, DELETE opts out. Once a day the account then receives the webhook event
 * `transit.upcoming` with the chart's exact hits of the next `days_ahead` days (src/platform/alerts.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { chartAlerts } from '../db/schema';
import { iso, limitReached } from '../platform/accounts';
import { ALERT_DEFAULT_DAYS, ALERT_MAX_DAYS, type AlertOptions } from '../platform/alerts';
import { principalOf, requireScope } from '../platform/auth';
import { chartStillSaved, loadSavedChart } from '../platform/charts';
import { insertRowWhere } from '../platform/d1';
import { resolveSelection } from '../platform/forecast';
import { AUTHED_ERRORS, errorResponses } from '../platform/openapi';
import { notFound, problem } from '../platform/problem';
import { createRouter } from '../platform/router';
import { optionFields, predefinedAyanamsa, SIDEREAL_RULE } from '../platform/subject';
import { capsOf, MAX_ALERTS } from '../platform/tiers';
import { Aspect, NatalPointName, selectionFields, TransitingBody } from '../schemas/forecast';
import { withRules } from '../schemas/rules';
import { text } from '../schemas/text';

const tags = ['Forecasting'];
const CHART_ID = 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3';

/** The alert options (PUT's body), also the `set_alerts` MCP tool's input beside `chart_id`. */
export const alertFields = {
  days_ahead: z
    .number()
    .int()
    .min(1)
    .max(ALERT_MAX_DAYS)
    .optional()
    .openapi({
      description: `Days each alert covers, from 00:00 UTC of its day (default ${ALERT_DEFAULT_DAYS}).`,
      example: 7,
    }),
  ...selectionFields({
    transiting: 'Transiting bodies (default: the Sun to Pluto, as the timeline).',
    natal_points: 'Natal points aspected (default: the Sun to Pluto, ascendant and midheaven).',
  }),
  zodiac: optionFields.zodiac,
  ayanamsa: predefinedAyanamsa,
};

export const AlertRequestSchema = withRules(z.object(alertFields).strict(), [SIDEREAL_RULE]).openapi(
  'AlertRequest',
  {
    example: { days_ahead: 7, transiting: ['sun', 'mercury', 'venus', 'mars', 'jupiter', 'saturn'] } as never,
  },
);

export const AlertSchema = z
  .object({
    chart_id: z.string().openapi({ example: CHART_ID }),
    days_ahead: z.number().int(),
    transiting: z.array(TransitingBody),
    natal_points: z.array(NatalPointName),
    aspects: z.array(Aspect),
    orbs: z.record(z.string(), z.number()),
    zodiac: z.enum(['tropical', 'sidereal']),
    ayanamsa: z.string().nullable(),
    last_sent_day: z.string().nullable().openapi({
      description: 'The last UTC day whose `transit.upcoming` was sent (null before the first).',
      example: '2026-12-05',
    }),
    created_at: z.string(),
    updated_at: z.string().nullable(),
  })
  .openapi('TransitAlert');

const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: CHART_ID }),
});
const alertJson = { 'application/json': { schema: AlertSchema } };

const put = createRoute({
  method: 'put',
  path: '/v1/charts/{id}/alerts',
  operationId: 'setChartAlerts',
  tags,
  summary: 'Opt a saved chart in to daily transit alerts',
  description: `Once a day (the first minutes after 00:00 UTC) the account receives the webhook event \`transit.upcoming\` for this chart: its exact transits of the next \`days_ahead\` days, the rows \`POST /v1/transits/timeline\` answers for the same range and options, signed and retried like every event (subscribe a webhook endpoint to \`transit.upcoming\` or \`*\`). The first is sent within a minute of opting in; one per chart and UTC day (options changed later in the day apply from the next). Deleting the chart ends its alerts. Not metered: alerts use no daily quota; an account may opt in ${capsOf(MAX_ALERTS)} charts (free / basic / premium / unlimited), beyond which this is a 409 \`alert-limit-reached\`. 201 when the chart is opted in, 200 when its options are replaced.`,
  middleware: [requireScope('charts:write')] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: AlertRequestSchema } }, required: true },
  },
  responses: {
    200: { description: 'The alert options, replaced.', content: alertJson },
    201: { description: 'The chart is opted in.', content: alertJson },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 409, 413),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/charts/{id}/alerts',
  operationId: 'getChartAlerts',
  tags,
  summary: "A saved chart's transit alerts",
  description: 'A 404 when the chart is not opted in (or is not a saved chart of this account).',
  middleware: [requireScope('charts:read')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The alert options.', content: alertJson },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/charts/{id}/alerts',
  operationId: 'deleteChartAlerts',
  tags,
  summary: 'Opt a saved chart out of transit alerts',
  description: 'No `transit.upcoming` is sent for it from the next run on.',
  middleware: [requireScope('charts:write')] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Opted out.' }, ...errorResponses(...AUTHED_ERRORS, 404) },
});

function toJson(row: typeof chartAlerts.$inferSelect) {
  const o = row.options as AlertOptions;
  return {
    chart_id: row.chartId,
    days_ahead: o.days_ahead,
    transiting: o.transiting as z.infer<typeof TransitingBody>[],
    natal_points: o.natal_points as z.infer<typeof NatalPointName>[],
    aspects: o.aspects as z.infer<typeof Aspect>[],
    orbs: (o.orbs ?? {}) as Record<string, number>,
    zodiac: o.zodiac ?? 'tropical',
    ayanamsa: o.ayanamsa ?? null,
    last_sent_day: row.lastDay,
    created_at: iso(row.createdAt) as string,
    updated_at: iso(row.updatedAt),
  };
}

const notOptedIn = () => problem(404, 'This chart is not opted in to transit alerts.');

export const alertRoutes = createRouter()
  .openapi(put, async (c) => {
    const p = principalOf(c);
    const chart = await loadSavedChart(c.env.DB, p.accountId, c.req.valid('param').id);
    if (!chart) throw notFound('chart');
    const body = c.req.valid('json');
    const sel = resolveSelection(body);
    const options: AlertOptions = {
      days_ahead: body.days_ahead ?? ALERT_DEFAULT_DAYS,
      transiting: sel.transiting,
      natal_points: sel.natalPoints,
      aspects: sel.aspects,
      orbs: Object.fromEntries(sel.aspects.map((a) => [a, sel.orbs[a]])),
      zodiac: body.zodiac ?? 'tropical',
      ayanamsa: body.zodiac === 'sidereal' ? (body.ayanamsa ?? 'lahiri') : undefined,
    };
    const db = drizzle(c.env.DB);
    const now = Date.now();
    const replace = () =>
      db
        .update(chartAlerts)
        .set({ options, updatedAt: now })
        .where(eq(chartAlerts.chartId, chart.id))
        .returning()
        .get();
    const replaced = await replace();
    if (replaced) return c.json(toJson(replaced), 200);
    const held = db
      .select({ n: sql<number>`count(*)` })
      .from(chartAlerts)
      .where(eq(chartAlerts.accountId, p.accountId));
    const row = { chartId: chart.id, accountId: p.accountId, options, createdAt: now };
    let inserted: boolean;
    try {
      // The count, the chart and the insert are one statement: a chart deleted since it was read leaves
      // nothing written (not a broken foreign key).
      const room = sql`(${held}) < ${MAX_ALERTS[p.tier]}`;
      const where = sql`${room} AND ${chartStillSaved(c.env.DB, p.accountId, chart.id)}`;
      const res = await insertRowWhere(db, chartAlerts, row, where).run();
      inserted = res.meta.changes > 0;
    } catch (err) {
      // A concurrent PUT inserted it first (primary key): this one replaces its options.
      const again = await replace();
      if (again) return c.json(toJson(again), 200);
      throw err;
    }
    if (!inserted) {
      // Nothing written: a concurrent PUT opted the chart in first (at the cap, its row counts), the chart
      // was deleted since it was read, or the account is at its cap.
      const again = await replace();
      if (again) return c.json(toJson(again), 200);
      if (!(await loadSavedChart(c.env.DB, p.accountId, chart.id))) throw notFound('chart');
      throw limitReached(
        'alert-limit-reached',
        'charts opted in to transit alerts',
        p.tier,
        MAX_ALERTS[p.tier],
      );
    }
    const created = { ...row, lastDay: null, updatedAt: null };
    return c.json(toJson(created), 201, { Location: `/v1/charts/${chart.id}/alerts` });
  })
  .openapi(get, async (c) => {
    const p = principalOf(c);
    const chart = await loadSavedChart(c.env.DB, p.accountId, c.req.valid('param').id);
    if (!chart) throw notFound('chart');
    const row = await drizzle(c.env.DB)
      .select()
      .from(chartAlerts)
      .where(and(eq(chartAlerts.chartId, chart.id), eq(chartAlerts.accountId, p.accountId)))
      .get();
    if (!row) throw notOptedIn();
    return c.json(toJson(row), 200);
  })
  .openapi(remove, async (c) => {
    const p = principalOf(c);
    const chart = await loadSavedChart(c.env.DB, p.accountId, c.req.valid('param').id);
    if (!chart) throw notFound('chart');
    const res = await drizzle(c.env.DB)
      .delete(chartAlerts)
      .where(and(eq(chartAlerts.chartId, chart.id), eq(chartAlerts.accountId, p.accountId)))
      .run();
    if (res.meta.changes === 0) throw notOptedIn();
    return c.body(null, 204);
  });
