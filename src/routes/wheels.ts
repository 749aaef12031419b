/**
 * SVG chart wheels: of a saved chart, or of the birth data of POST /v1/charts. Metered as "charts",
 * cached in the "wheels" namespace (per chart, size and theme).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ChartOptions, SubjectInput } from '../astro/chart';
import type { Chart } from '../astro/types';
import { renderWheel, WHEEL_DEFAULT_SIZE, WHEEL_MAX_SIZE, WHEEL_MIN_SIZE } from '../astro/wheel';
import { principalOf, requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import { computeWithWarnings, loadSavedChart, prepareChart } from '../platform/charts';
import type { AppEnv } from '../platform/context';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { notFound } from '../platform/problem';
import { chargeWhile } from '../platform/quota';
import { createRouter } from '../platform/router';
import { chartCacheIdentity, kvLayer } from '../platform/subject';
import { queryIntegerDefault } from '../schemas/formats';
import { ChartRequestSchema } from './charts';

const WheelQuery = z.object({
  size: queryIntegerDefault({ min: WHEEL_MIN_SIZE, max: WHEEL_MAX_SIZE }, WHEEL_DEFAULT_SIZE).openapi({
    description: `Width and height in px (${WHEEL_MIN_SIZE}-${WHEEL_MAX_SIZE}).`,
  }),
  theme: z.enum(['light', 'dark']).default('light'),
});

const svg = { 'image/svg+xml': { schema: z.string().openapi({ format: 'binary' }) } };
const tags = ['Charts'];

const ofSaved = createRoute({
  method: 'get',
  path: '/v1/charts/{id}/wheel.svg',
  operationId: 'getChartWheel',
  tags,
  summary: 'Wheel of a saved chart (SVG)',
  description: 'A self-contained SVG chart wheel. Metered as `charts`; cached (ETag, If-None-Match).',
  middleware: [requireScope('charts:read')] as const,
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    query: WheelQuery,
  },
  responses: {
    200: { description: 'The wheel.', content: svg },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const ofSubject = createRoute({
  method: 'post',
  path: '/v1/charts/wheel.svg',
  operationId: 'createChartWheel',
  tags,
  summary: 'Wheel of birth data (SVG)',
  description: 'Same body as POST /v1/charts (`save` is ignored). Metered as `charts`; cached.',
  middleware: [requireScope('charts:read')] as const,
  request: {
    query: WheelQuery,
    body: { content: { 'application/json': { schema: ChartRequestSchema } }, required: true },
  },
  responses: {
    200: { description: 'The wheel.', content: svg },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

function wheelResponse(
  c: Context<AppEnv>,
  input: SubjectInput,
  options: ChartOptions,
  warnings: string[],
  q: { size: number; theme: 'light' | 'dark' },
  saved?: Chart,
) {
  const identity = `${chartCacheIdentity(input, options)}|${q.size}|${q.theme}`;
  return cached(c.env, c.executionCtx, 'wheels', identity, async () => {
    const chart = saved ?? computeWithWarnings({ input, options, warnings });
    return { body: renderWheel(chart, q), contentType: 'image/svg+xml; charset=utf-8' };
  });
}

export const wheelRoutes = createRouter()
  .openapi(ofSaved, async (c) => {
    const row = await loadSavedChart(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    if (!row) throw notFound('chart');
    const req = row.request as { subject: SubjectInput; options: ChartOptions };
    const result = await chargeWhile(c, 'charts', 1, () =>
      wheelResponse(c, req.subject, req.options, [], c.req.valid('query'), row.chart as Chart),
    );
    return sendCached(c, result, result.body, 300) as never;
  })
  .openapi(ofSubject, async (c) => {
    const prepared = await prepareChart(c.env.DB, c.req.valid('json'), '', kvLayer(c.env, c.executionCtx));
    const result = await chargeWhile(c, 'charts', 1, () =>
      wheelResponse(c, prepared.input, prepared.options, prepared.warnings, c.req.valid('query')),
    );
    return sendCached(c, result, result.body) as never;
  });
