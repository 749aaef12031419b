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

const SavedChartParams = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const chartBody = { content: { 'application/json': { schema: ChartRequestSchema } }, required: true };
const binary = z.string().openapi({ format: 'binary' });
const tags = ['Charts'];
const FORMATS = {
  svg: { title: 'SVG', query: WheelQuery, content: { 'image/svg+xml': { schema: binary } }, refusals: [] },
  png: {
    title: 'PNG',
    query: PngWheelQuery,
    content: { 'image/png': { schema: binary } },
    refusals: ['invalid-png-size'],
  },
} as const;
type Format = keyof typeof FORMATS;
type Of = 'saved' | 'subject';
/** A saved chart's wheel is named by its id in the path; a subject's wheel takes the body of POST /v1/charts. */
type WheelRequest<O extends Of, F extends Format> = O extends 'saved'
  ? { params: typeof SavedChartParams; query: (typeof FORMATS)[F]['query'] }
  : { query: (typeof FORMATS)[F]['query']; body: typeof chartBody };

/**
 * The four wheel operations: of a saved chart (GET /v1/charts/{id}/wheel.svg|png) or of birth data
 * (POST /v1/charts/wheel.svg|png), as SVG or PNG. `what` opens the description; metering and caching end it.
 */
function wheelRoute<O extends Of, F extends Format>(of: O, format: F, what: string) {
  const f = FORMATS[format];
  const saved = of === 'saved';
  const refusals = [...(saved ? [] : BIRTH_DATA_422), ...f.refusals];
  return createRoute({
    method: saved ? 'get' : 'post',
    path: saved ? `/v1/charts/{id}/wheel.${format}` : `/v1/charts/wheel.${format}`,
    operationId: `${saved ? 'get' : 'create'}ChartWheel${format === 'png' ? 'Png' : ''}`,
    tags,
    summary: `Wheel of ${saved ? 'a saved chart' : 'birth data'} (${f.title})`,
    description: `${what} Metered as \`charts\`; cached${saved ? ' (ETag, If-None-Match)' : ''}.`,
    middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
    request: (saved
      ? { params: SavedChartParams, query: f.query }
      : { query: f.query, body: chartBody }) as WheelRequest<O, F>,
    responses: {
      200: { description: 'The wheel.', content: f.content },
      304: { description: 'Not modified.' },
      ...errorResponses(400, ...AUTHED_ERRORS, saved ? 404 : 413),
      ...(refusals.length > 0 ? unprocessable(...refusals) : {}),
    },
  });
}

const ofSaved = wheelRoute('saved', 'svg', 'A self-contained SVG chart wheel.');
const ofSubject = wheelRoute('subject', 'svg', 'Same body as POST /v1/charts (`save` is ignored).');
const ofSavedPng = wheelRoute(
  'saved',
  'png',
  'The SVG wheel rendered as a PNG (`width` px, or `size` × `scale`).',
);
const ofSubjectPng = wheelRoute(
  'subject',
  'png',
  'Same body as POST /v1/charts (`save` is ignored); the SVG wheel rendered as a PNG.',
);

type WheelQueryValue = z.infer<typeof WheelQuery>;

/** What a wheel is drawn from: the birth data and options, and the stored chart when it is a saved one. */
interface WheelSource {
  input: SubjectInput;
  options: ChartOptions;
  saved?: Chart;
}

/** A saved chart of the caller's (404 when there is none by that id). */
async function savedSource(c: Context<AppEnv>, id: string): Promise<WheelSource> {
  const row = await loadSavedChart(c.env.DB, principalOf(c).accountId, id);
  if (!row) throw notFound('chart');
  const req = row.request as { subject: SubjectInput; options: ChartOptions };
  return { input: req.subject, options: req.options, saved: row.chart as Chart };
}

/** The birth data of a POST /v1/charts body (a 4xx naming the field when it cannot be charted). */
async function subjectSource(
  c: Context<AppEnv>,
  body: z.infer<typeof ChartRequestSchema>,
): Promise<WheelSource> {
  const prepared = await prepareChart(c.env.DB, body, '', kvLayer(c.env, c.executionCtx));
  return { input: prepared.input, options: prepared.options };
}

/**
 * What a wheel draws, SVG or PNG: its chart (with fixed stars when they are drawn) and the SVG, and the cache
 * identity of that drawing.
 */
function wheelDrawing(env: Env, { input, options, saved }: WheelSource, q: WheelQueryValue, locale: Locale) {
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

/**
 * The SVG, or with `width` the PNG that wide: the PNG is cached as base64 text beside the SVG (the cache
 * layers hold strings), keyed by format and width.
 */
function drawWheel(
  c: Context<AppEnv>,
  ctx: CacheContext,
  source: WheelSource,
  q: WheelQueryValue,
  locale: Locale,
  width?: number,
) {
  const d = wheelDrawing(c.env, source, q, locale);
  if (width === undefined) {
    return cached(c.env, ctx, 'wheels', d.identity, async () => ({
      body: await d.svg(),
      contentType: 'image/svg+xml; charset=utf-8',
    }));
  }
  return cached(c.env, ctx, 'wheels', `${d.identity}|png|${width}`, async () => {
    const bytes = await svgToPng(c.env, await d.svg(), width);
    return { body: encodeBase64(bytes.slice().buffer), contentType: 'image/png' };
  });
}

/**
 * Answers a wheel in the language asked for, metered as 1 `charts` unit (a saved chart's may be kept by the
 * browser for 5 minutes; a drawing of birth data is revalidated).
 */
async function answerWheel(c: Context<AppEnv>, source: WheelSource, q: WheelQueryValue, width?: number) {
  const locale = chooseLocale(c, q.lang);
  const result = await chargeWhile(c, 'charts', 1, (ctx) => drawWheel(c, ctx, source, q, locale, width));
  setLanguageHeaders(c, locale, q.lang);
  const body = width === undefined ? result.body : decodeBase64(result.body);
  return sendCached(c, result, body, source.saved ? 300 : 0);
}

export const wheelRoutes = createRouter()
  .openapi(ofSaved, async (c) => {
    const source = await savedSource(c, c.req.valid('param').id);
    return (await answerWheel(c, source, c.req.valid('query'))) as never;
  })
  .openapi(ofSubject, async (c) => {
    const source = await subjectSource(c, c.req.valid('json'));
    return (await answerWheel(c, source, c.req.valid('query'))) as never;
  })
  .openapi(ofSavedPng, async (c) => {
    const width = pngWidth(c.req.valid('query'));
    const source = await savedSource(c, c.req.valid('param').id);
    return (await answerWheel(c, source, c.req.valid('query'), width)) as never;
  })
  .openapi(ofSubjectPng, async (c) => {
    const width = pngWidth(c.req.valid('query'));
    const source = await subjectSource(c, c.req.valid('json'));
    return (await answerWheel(c, source, c.req.valid('query'), width)) as never;
  });
