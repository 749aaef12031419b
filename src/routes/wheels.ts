/**
 * Chart wheels, SVG and PNG: of a saved chart, or of the birth data of POST /v1/charts. Metered as
 * "charts", cached in the "wheels" namespace (per chart, size, theme, stars, language of the labels and
 * format; a PNG also per width).
 * A PNG is the same SVG rendered by resvg in the PNG Worker (workers/png), called through src/platform/png.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeBase64, encodeBase64 } from 'hono/utils/encode';
import { type ChartOptions, type SubjectInput, withFixedStars } from '../astro/chart';
import type { Locale } from '../astro/i18n';
import type { Chart } from '../astro/types';
import {
  renderWheel,
  WHEEL_DEFAULT_SIZE,
  WHEEL_MAX_SIZE,
  WHEEL_MIN_SIZE,
  WHEEL_STAR_MODES,
} from '../astro/wheel';
import type { Env } from '../env';
import { principalOf, requireScope } from '../platform/auth';
import { type CacheContext, cached, sendCached } from '../platform/cache';
import { computePrepared, loadSavedChart, prepareChart } from '../platform/charts';
import type { AppEnv } from '../platform/context';
import { chooseLocale, LangSchema, setLanguageHeaders } from '../platform/lang';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { PNG_MAX_WIDTH, PNG_MIN_WIDTH, svgToPng } from '../platform/png';
import { notFound, worldProblem } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { chartCacheIdentity, kvLayer } from '../platform/subject';
import { queryInteger, queryIntegerDefault, queryNumber } from '../schemas/formats';
import { text } from '../schemas/text';
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
  lang: LangSchema.optional(),
});

export const PNG_MAX_SCALE = 4;

/** The SVG's options plus the PNG's pixel width: `width` px, or `scale` × `size`; at most one of them. */
export const PngWheelQuery = WheelQuery.extend({
  width: queryInteger({ min: PNG_MIN_WIDTH, max: PNG_MAX_WIDTH })
    .optional()
    .openapi({
      description: `Width (= height) of the PNG in px (${PNG_MIN_WIDTH}-${PNG_MAX_WIDTH}); default \`size\` × \`scale\`. Not with \`scale\` (a 422 \`invalid-png-size\`).`,
    }),
  scale: queryNumber({ min: 0.25, max: PNG_MAX_SCALE })
    .optional()
    .openapi({
      description: `Pixel density: the PNG is \`size\` × \`scale\` px wide (0.25-${PNG_MAX_SCALE}, e.g. 2 for high-DPI screens). Not with \`width\`; \`size\` × \`scale\` outside ${PNG_MIN_WIDTH}-${PNG_MAX_WIDTH} px is a 422 \`invalid-png-size\` (a rule between parameters, which the document cannot state).`,
    }),
});
type PngQuery = z.infer<typeof PngWheelQuery>;

/**
 * The PNG's width: `width`, or `size` × `scale`. Both given, or a product outside the widths served, is a
 * 422 `invalid-png-size` (a query's parameters cannot state rules between them in OpenAPI).
 */
export function pngWidth(q: Pick<PngQuery, 'width' | 'scale' | 'size'>): number {
  if (q.width !== undefined && q.scale !== undefined) {
    throw worldProblem('invalid-png-size', 'scale', 'Give width or scale, not both.', 'query');
  }
  if (q.width !== undefined) return q.width;
  const px = Math.round(q.size * (q.scale ?? 1));
  if (px < PNG_MIN_WIDTH || px > PNG_MAX_WIDTH) {
    throw worldProblem(
      'invalid-png-size',
      'scale',
      `size × scale is ${px} px; the PNG must be ${PNG_MIN_WIDTH}-${PNG_MAX_WIDTH} px wide.`,
      'query',
    );
  }
  return px;
}

const svg = { 'image/svg+xml': { schema: z.string().openapi({ format: 'binary' }) } };
const png = { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } };
const tags = ['Charts'];

const ofSaved = createRoute({
  method: 'get',
  path: '/v1/charts/{id}/wheel.svg',
  operationId: 'getChartWheel',
  tags,
  summary: 'Wheel of a saved chart (SVG)',
  description: 'A self-contained SVG chart wheel. Metered as `charts`; cached (ETag, If-None-Match).',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: {
    params: z.object({
      id: text()
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
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
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

const ofSavedPng = createRoute({
  method: 'get',
  path: '/v1/charts/{id}/wheel.png',
  operationId: 'getChartWheelPng',
  tags,
  summary: 'Wheel of a saved chart (PNG)',
  description:
    'The SVG wheel rendered as a PNG (`width` px, or `size` × `scale`). Metered as `charts`; cached (ETag, If-None-Match).',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: {
    params: z.object({
      id: text()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    query: PngWheelQuery,
  },
  responses: {
    200: { description: 'The wheel.', content: png },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
    ...unprocessable('invalid-png-size'),
  },
});

const ofSubjectPng = createRoute({
  method: 'post',
  path: '/v1/charts/wheel.png',
  operationId: 'createChartWheelPng',
  tags,
  summary: 'Wheel of birth data (PNG)',
  description:
    'Same body as POST /v1/charts (`save` is ignored); the SVG wheel rendered as a PNG. Metered as `charts`; cached.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: {
    query: PngWheelQuery,
    body: { content: { 'application/json': { schema: ChartRequestSchema } }, required: true },
  },
  responses: {
    200: { description: 'The wheel.', content: png },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 413),
    ...unprocessable(...BIRTH_DATA_422, 'invalid-png-size'),
  },
});

type WheelQueryValue = z.infer<typeof WheelQuery>;

/**
 * What a wheel draws, SVG or PNG: its chart (with fixed stars when they are drawn) and the SVG, and the cache
 * identity of that drawing.
 */
function wheelDrawing(
  env: Env,
  input: SubjectInput,
  options: ChartOptions,
  q: WheelQueryValue,
  locale: Locale,
  saved?: Chart,
) {
  const stars = q.fixed_stars ?? (options.fixed_stars ? 'conjunct' : 'none');
  // Stars drawn need stars computed: a request without them gets them (with the default orb).
  const opts = stars !== 'none' && !options.fixed_stars ? { ...options, fixed_stars: true } : options;
  const identity = `${chartCacheIdentity(input, opts)}|${q.size}|${q.theme}${stars === 'none' ? '' : `|${stars}`}|lang=${locale.tag}`;
  const svg = async () => {
    const chart = saved
      ? stars === 'none'
        ? saved
        : withFixedStars(saved, options.fixed_star_orb)
      : await computePrepared(env, { input, options: opts });
    return renderWheel(chart, { size: q.size, theme: q.theme, fixedStars: stars, locale });
  };
  return { identity, svg };
}

function wheelResponse(
  c: Context<AppEnv>,
  ctx: CacheContext,
  input: SubjectInput,
  options: ChartOptions,
  q: WheelQueryValue,
  locale: Locale,
  saved?: Chart,
) {
  const d = wheelDrawing(c.env, input, options, q, locale, saved);
  return cached(c.env, ctx, 'wheels', d.identity, async () => ({
    body: await d.svg(),
    contentType: 'image/svg+xml; charset=utf-8',
  }));
}

/** The PNG: cached as base64 text beside the SVG (the cache layers hold strings), keyed by format and width. */
function pngResponse(
  c: Context<AppEnv>,
  ctx: CacheContext,
  input: SubjectInput,
  options: ChartOptions,
  q: PngQuery,
  width: number,
  locale: Locale,
  saved?: Chart,
) {
  const d = wheelDrawing(c.env, input, options, q, locale, saved);
  return cached(c.env, ctx, 'wheels', `${d.identity}|png|${width}`, async () => {
    const bytes = await svgToPng(c.env, await d.svg(), width);
    return { body: encodeBase64(bytes.slice().buffer), contentType: 'image/png' };
  });
}

export const wheelRoutes = createRouter()
  .openapi(ofSaved, async (c) => {
    const row = await loadSavedChart(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    if (!row) throw notFound('chart');
    const req = row.request as { subject: SubjectInput; options: ChartOptions };
    const q = c.req.valid('query');
    const locale = chooseLocale(c, q.lang);
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      wheelResponse(c, ctx, req.subject, req.options, q, locale, row.chart as Chart),
    );
    setLanguageHeaders(c, locale, q.lang);
    return sendCached(c, result, result.body, 300) as never;
  })
  .openapi(ofSubject, async (c) => {
    const prepared = await prepareChart(c.env.DB, c.req.valid('json'), '', kvLayer(c.env, c.executionCtx));
    const q = c.req.valid('query');
    const locale = chooseLocale(c, q.lang);
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      wheelResponse(c, ctx, prepared.input, prepared.options, q, locale),
    );
    setLanguageHeaders(c, locale, q.lang);
    return sendCached(c, result, result.body) as never;
  })
  .openapi(ofSavedPng, async (c) => {
    const width = pngWidth(c.req.valid('query'));
    const row = await loadSavedChart(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    if (!row) throw notFound('chart');
    const req = row.request as { subject: SubjectInput; options: ChartOptions };
    const q = c.req.valid('query');
    const locale = chooseLocale(c, q.lang);
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      pngResponse(c, ctx, req.subject, req.options, q, width, locale, row.chart as Chart),
    );
    setLanguageHeaders(c, locale, q.lang);
    return sendCached(c, result, decodeBase64(result.body), 300) as never;
  })
  .openapi(ofSubjectPng, async (c) => {
    const width = pngWidth(c.req.valid('query'));
    const prepared = await prepareChart(c.env.DB, c.req.valid('json'), '', kvLayer(c.env, c.executionCtx));
    const q = c.req.valid('query');
    const locale = chooseLocale(c, q.lang);
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      pngResponse(c, ctx, prepared.input, prepared.options, q, width, locale),
    );
    setLanguageHeaders(c, locale, q.lang);
    return sendCached(c, result, decodeBase64(result.body)) as never;
  });
