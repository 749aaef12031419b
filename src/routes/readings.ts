/**
 * POST /v1/readings: an interpretive reading of a chart (birth data, a saved chart_id or a famous
 * person's slug). Deterministic, so it is cached ("readings" namespace). Metered as "readings".
 */
import { createRoute, z } from '@hono/zod-openapi';
import { localizeWarnings } from '../astro/i18n';
import { SECTION_IDS } from '../astro/readings';
import { principalOf, requireScope } from '../platform/auth';
import { sendCached, withRequestWarnings } from '../platform/cache';
import { computePrepared } from '../platform/charts';
import { publishEvent } from '../platform/events';
import { chooseLocale, LangSchema, setLanguageHeaders } from '../platform/lang';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { cachedReading } from '../platform/readings';
import { createRouter } from '../platform/router';
import { resolveSide } from '../platform/sides';
import { chartCacheIdentity, OPTION_RULES, optionFields, toChartOptions } from '../platform/subject';
import { ReadingSchema } from '../schemas/reading';
import { sideUnion } from '../schemas/subject';

export const ReadingRequestSchema = sideUnion(
  { birth: 'ReadingOfSubject', chart: 'ReadingOfSavedChart', famous: 'ReadingOfFamousPerson' },
  {
    ...optionFields,
    sections: z
      .array(z.enum(SECTION_IDS))
      .min(1)
      .max(SECTION_IDS.length)
      .optional()
      .openapi({ description: `Which sections (default all): ${SECTION_IDS.join(', ')}.` }),
    lang: LangSchema.optional(),
  },
  OPTION_RULES,
).openapi('ReadingRequest', {
  description:
    "A reading of birth data (with the chart options), of a saved `chart_id`, or of a famous person's `slug`.",
});

export type ReadingRequest = z.infer<typeof ReadingRequestSchema>;

const route = createRoute({
  method: 'post',
  path: '/v1/readings',
  operationId: 'createReading',
  tags: ['Readings'],
  summary: 'Generate a reading',
  description:
    "An interpretive reading (overview, planets, aspects, balance, emphasis) of birth data, a saved `chart_id` or a famous person's `slug`, in the language of `lang` or else of Accept-Language (answered in Content-Language). Each paragraph lists the chart factors it interprets. Metered as `readings`; cached per language. Emits `reading.generated`.",
  middleware: [requireScope('readings'), refuseWhenUsedUp('readings')] as const,
  request: { body: { content: { 'application/json': { schema: ReadingRequestSchema } }, required: true } },
  responses: {
    200: { description: 'The reading.', content: { 'application/json': { schema: ReadingSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

export const readingRoutes = createRouter().openapi(route, async (c) => {
  const p = principalOf(c);
  const body = c.req.valid('json');
  const options = toChartOptions(body);
  const locale = chooseLocale(c, body.lang);
  // Resolve first (an unknown chart_id, slug or city is a 4xx that costs no unit), then charge.
  const resolved = await resolveSide(c, body);
  const result = await withRequestWarnings(
    await chargeWhile(c, 'readings', 1, (ctx) =>
      cachedReading(
        c.env,
        ctx,
        chartCacheIdentity(resolved.input, options),
        async () => computePrepared(c.env, { input: resolved.input, options }),
        body.sections,
        locale,
      ),
    ),
    localizeWarnings(resolved.warnings, locale),
  );
  publishEvent(
    c.executionCtx,
    c.env,
    'reading.generated',
    {
      chart_id: 'chart_id' in body ? body.chart_id : null,
      slug: 'slug' in body ? body.slug : null,
      full_name: 'full_name' in body ? (body.full_name ?? null) : null,
      sections: body.sections ?? [...SECTION_IDS],
      cache: result.status,
    },
    p.accountId,
  );
  setLanguageHeaders(c, locale, body.lang);
  return sendCached(c, result, result.body) as never;
});
