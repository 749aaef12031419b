/**
 * POST /v1/readings: an interpretive reading of a chart (birth data, a saved chart_id or a famous
 * person's slug). Deterministic, so it is cached ("readings" namespace). Metered as "readings".
 */
import { createRoute, z } from '@hono/zod-openapi';
import { buildReading, SECTION_IDS, type SectionId } from '../astro/readings';
import type { Chart } from '../astro/types';
import type { Env } from '../env';
import { principalOf, requireScope } from '../platform/auth';
import { type CacheContext, cached, withRequestWarnings } from '../platform/cache';
import { publishEvent } from '../platform/events';
import { AUTHED_ERRORS, errorResponses } from '../platform/openapi';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { checkSide, resolveSide, sideFields } from '../platform/sides';
import { chartCacheIdentity, optionFields, toChartOptions } from '../platform/subject';
import { ChartSchema, ChartSubjectSchema } from './chart-schemas';
import { computePrepared, sendCached } from './charts';

export const ReadingRequestSchema = z
  .object({
    ...sideFields,
    ...optionFields,
    sections: z
      .array(z.enum(SECTION_IDS))
      .min(1)
      .max(SECTION_IDS.length)
      .optional()
      .openapi({ description: `Which sections (default all): ${SECTION_IDS.join(', ')}.` }),
  })
  .strict()
  .superRefine((v, ctx) => checkSide(v, ctx))
  .openapi('ReadingRequest');

export const ReadingSchema = z
  .object({
    subject: ChartSubjectSchema,
    settings: ChartSchema.shape.settings,
    sections: z.array(
      z.object({
        id: z.enum(SECTION_IDS),
        title: z.string(),
        text: z.string().openapi({ description: 'Prose; paragraphs separated by a blank line.' }),
        highlights: z.array(z.string()).optional(),
      }),
    ),
    word_count: z.number().int(),
    warnings: z.array(z.string()),
  })
  .openapi('Reading');

export type ReadingRequest = z.infer<typeof ReadingRequestSchema>;

/**
 * The reading body (JSON string) of a chart, through the "readings" cache. `identity` is the chart's
 * cache identity (chartCacheIdentity); the chart itself is only produced on a miss. Shared with batch jobs.
 */
export function cachedReading(
  env: Env,
  ctx: CacheContext,
  identity: string,
  chart: () => Promise<Chart>,
  sections: readonly SectionId[] | undefined,
) {
  const wanted = sections ? SECTION_IDS.filter((s) => sections.includes(s)) : [...SECTION_IDS];
  return cached(env, ctx, 'readings', `${identity}|${wanted.join(',')}`, async () => {
    const c = await chart();
    const reading = buildReading(c, { sections: wanted });
    return {
      body: JSON.stringify({
        subject: c.subject,
        settings: c.settings,
        sections: reading.sections,
        word_count: reading.word_count,
        warnings: c.warnings,
      }),
      contentType: 'application/json; charset=utf-8',
    };
  });
}

const route = createRoute({
  method: 'post',
  path: '/v1/readings',
  operationId: 'createReading',
  tags: ['Readings'],
  summary: 'Generate a reading',
  description:
    "An interpretive reading (overview, planets, aspects, balance, emphasis) of birth data, a saved `chart_id` or a famous person's `slug`. Metered as `readings`; cached. Emits `reading.generated`.",
  middleware: [requireScope('readings'), refuseWhenUsedUp('readings')] as const,
  request: { body: { content: { 'application/json': { schema: ReadingRequestSchema } }, required: true } },
  responses: {
    200: { description: 'The reading.', content: { 'application/json': { schema: ReadingSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413, 422),
  },
});

export const readingRoutes = createRouter().openapi(route, async (c) => {
  const p = principalOf(c);
  const body = c.req.valid('json');
  const options = toChartOptions(body);
  // Resolve first (an unknown chart_id, slug or city is a 4xx that costs no unit), then charge.
  const resolved = await resolveSide(c, body);
  const result = await withRequestWarnings(
    await chargeWhile(c, 'readings', 1, (ctx) =>
      cachedReading(
        c.env,
        ctx,
        chartCacheIdentity(resolved.input, options),
        async () => computePrepared({ input: resolved.input, options }),
        body.sections,
      ),
    ),
    resolved.warnings,
  );
  publishEvent(
    c.executionCtx,
    c.env,
    'reading.generated',
    {
      chart_id: body.chart_id ?? null,
      slug: body.slug ?? null,
      full_name: body.full_name ?? null,
      sections: body.sections ?? [...SECTION_IDS],
      cache: result.status,
    },
    p.accountId,
  );
  return sendCached(c, result, result.body) as never;
});
