/**
 * SVG chart wheels: of a saved chart, or of the birth data of POST /v1/charts. Metered as "charts",
 * cached in the "wheels" namespace (per chart, size and theme).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type ChartOptions, type SubjectInput, withFixedStars } from '../astro/chart';
import type { Chart, ChartWarning } from '../astro/types';
import {
  renderWheel,
  WHEEL_DEFAULT_SIZE,
  WHEEL_MAX_SIZE,
  WHEEL_MIN_SIZE,
  WHEEL_STAR_MODES,
  type WheelStarMode,
} from '../astro/wheel';
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
  fixed_stars: z.enum(WHEEL_STAR_MODES).optional().openapi({
    description:
      'Fixed stars outside the zodiac: `conjunct` (those within the orb of a point or angle, named), `all` (every star as a dot sized by magnitude, the conjunct ones named) or `none`. Default: `conjunct` when the chart request has `"fixed_stars": true`, else `none`.',
  }),
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
  warnings: ChartWarning[],
  q: { size: number; theme: 'light' | 'dark'; fixed_stars?: WheelStarMode | undefined },
  saved?: Chart,
) {
  const stars = q.fixed_stars ?? (options.fixed_stars ? 'conjunct' : 'none');
  // Stars drawn need stars computed: a request without them gets them (with the default orb).
  const opts = stars !== 'none' && !options.fixed_stars ? { ...options, fixed_stars: true } : options;
  const identity = `${chartCacheIdentity(input, opts)}|${q.size}|${q.theme}${stars === 'none' ? '' : `|${stars}`}`;
  return cached(c.env, c.executionCtx, 'wheels', identity, async () => {
    const chart = saved
      ? stars === 'none'
        ? saved
        : withFixedStars(saved, options.fixed_star_orb)
      : computeWithWarnings({ input, options: opts, warnings });
    return {
      body: renderWheel(chart, { size: q.size, theme: q.theme, fixedStars: stars }),
      contentType: 'image/svg+xml; charset=utf-8',
    };
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
