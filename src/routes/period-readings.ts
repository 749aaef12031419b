/**
 * POST /v1/readings/period: the reading of a period ("this week", "this month") for a natal chart, built from the
 * exact-hit timeline of POST /v1/transits/timeline (src/astro/readings/period.ts) and grounded in it: each
 * paragraph cites the timeline rows it reads. Metered as `readings` by the length of the period, as the timeline
 * is; cached per language ("readings" namespace), never sharing a saved chart's answer across accounts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { transitWordsFor } from '../astro/i18n/transits';
import type { DefaultBodyName } from '../astro/positions';
import { buildPeriodReading, MAX_MOON_HITS, NAMED_NATAL_POINTS } from '../astro/readings/period';
import { zoneOffsetAt } from '../astro/time';
import { type AspectName, MAJOR_ASPECTS, PLANETS } from '../astro/types';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import type { AppEnv } from '../platform/context';
import { chooseLocale, LangSchema, setLanguageHeaders } from '../platform/lang';
import { NatalSideSchema, natalSummary, resolveNatal } from '../platform/natal';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { SIDEREAL_RULE, subjectFields } from '../platform/subject';
import PERIOD_READING_EXAMPLE from '../schemas/examples/period-reading.json';
import {
  Aspect,
  EXAMPLE_NATAL,
  HitSchema,
  instantField,
  instantMs,
  isoSeconds,
  jdOfMs,
  NatalSummarySchema,
  orbsField,
  TRANSIT_ORBS,
  TransitingBody,
} from '../schemas/forecast';
import { ReadingSchema } from '../schemas/reading';
import { atMostOne, withRules } from '../schemas/rules';
import { checkedRange, DEFAULT_NATAL, timelineHits, timelineUnits, zodiacFields } from './transits';

/** Longest period read: a quarter. */
export const PERIOD_MAX_DAYS = 92;
export const PERIODS = ['day', 'week', 'month'] as const;
/** The transiting bodies of a period when none are asked for: the Sun to Pluto but the Moon. */
export const PERIOD_DEFAULT_TRANSITING = PLANETS.filter((p) => p !== 'moon');

const PeriodNatalPoint = z.enum(NAMED_NATAL_POINTS);

export const PeriodReadingRequestSchema = withRules(
  z
    .object({
      natal: NatalSideSchema,
      from: instantField('from').optional().openapi({
        description: 'Start of the period (a date: its 00:00 in `timezone`). Default: today.',
        example: '2027-02-01',
      }),
      to: instantField('to').optional().openapi({
        description: 'End of the period (a date: the end of that day). Give `to` or `period`, not both.',
        example: '2027-02-07',
      }),
      period: z.enum(PERIODS).optional().openapi({
        description:
          'The length of the period from `from`: a `day`, a `week` (7 days) or a `month` (to the same day of the next month, or to its end when it has no such day). Default, without `to`: `week`.',
      }),
      timezone: subjectFields.timezone.openapi({
        description:
          'IANA zone in which dates are read (`from`, `to`, today) and written in the texts (default UTC).',
        example: 'Europe/Berlin',
      }),
      transiting: z
        .array(TransitingBody)
        .min(1)
        .max(14)
        .optional()
        .openapi({
          description: `Transiting bodies (default: the Sun to Pluto without the Moon). With the Moon, at most ${MAX_MOON_HITS} of its hits are read: conjunctions first, then oppositions, squares, trines, sextiles; the rest are counted in \`omitted\`.`,
        }),
      natal_points: z.array(PeriodNatalPoint).min(1).max(NAMED_NATAL_POINTS.length).optional().openapi({
        description: 'Natal points (default: the Sun to Pluto, ascendant and midheaven).',
      }),
      aspects: z.array(Aspect).min(1).optional().openapi({ description: 'Default: the five major aspects.' }),
      orbs: orbsField,
      ...zodiacFields,
      lang: LangSchema.optional(),
    })
    .strict(),
  [SIDEREAL_RULE, atMostOne(['to', 'period'])],
).openapi('PeriodReadingRequest', {
  example: {
    natal: EXAMPLE_NATAL,
    from: '2027-02-01',
    period: 'week',
    lang: 'en',
  } as never,
});

const HitFactorSchema = z.object({ kind: z.literal('hit'), ...HitSchema.shape }).openapi('HitFactor', {
  description: 'A timeline row a paragraph reads: the same values POST /v1/transits/timeline answers.',
});

export const PeriodReadingSchema = z
  .object({
    lang: ReadingSchema.shape.lang,
    natal: NatalSummarySchema,
    from: z.string().openapi({ description: 'Start of the period (UTC).' }),
    to: z.string().openapi({ description: 'End of the period (UTC, exclusive).' }),
    timezone: z
      .string()
      .nullable()
      .openapi({ description: 'The zone of the dates in the texts; null: UTC.' }),
    title: z.string(),
    text: z.string().openapi({ description: 'The intro and the paragraphs, separated by a blank line.' }),
    intro: z.string(),
    paragraphs: z.array(
      z.object({
        group: z.enum(['slow', 'personal', 'moon']).openapi({
          description:
            'The pace of the transiting body: `slow` (Jupiter to Pluto, Chiron, the node, Lilith), `personal` (the Sun to Mars), `moon`.',
        }),
        text: z.string(),
        factors: z.array(HitFactorSchema).openapi({
          description: 'The timeline rows this paragraph reads (the passes of one transit), in time order.',
        }),
      }),
    ),
    hits_cited: z.number().int().openapi({ description: 'Timeline hits the reading cites.' }),
    omitted: z
      .number()
      .int()
      .openapi({
        description: `Timeline hits of the period left out (the Moon's beyond ${MAX_MOON_HITS}).`,
      }),
    word_count: z.number().int(),
  })
  .openapi('PeriodReading', { example: PERIOD_READING_EXAMPLE });

const route = createRoute({
  method: 'post',
  path: '/v1/readings/period',
  operationId: 'createPeriodReading',
  tags: ['Readings'],
  summary: 'Read a period of transits',
  description:
    'The reading of a period (`from` plus `to` or `period`: a day, a week, a month; at most ' +
    `${PERIOD_MAX_DAYS} days) for a natal chart (birth data, a saved \`chart_id\` or a famous \`slug\`), built from its exact-hit timeline (POST /v1/transits/timeline): one paragraph per transit, the passes of a station merged, the slow planets first, then the personal ones, then the Moon (left out unless asked for). Each paragraph lists the timeline rows it reads. In the language of \`lang\` or else of Accept-Language (answered in Content-Language). ` +
    'Metered as `readings` by the length of the period, as the timeline is: **1 unit per started 31 days when the Moon transits, 1 unit per started 366 days otherwise** (a day, a week or a month: 1 unit). Cached per language.',
  middleware: [requireScope('readings'), refuseWhenUsedUp('readings')] as const,
  request: {
    body: { content: { 'application/json': { schema: PeriodReadingRequestSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The reading of the period.',
      content: { 'application/json': { schema: PeriodReadingSchema } },
    },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422, 'invalid-range'),
  },
});

type PeriodBody = z.infer<typeof PeriodReadingRequestSchema>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today's date in `timezone` (UTC without one). */
function today(timezone: string | undefined): string {
  const now = Date.now();
  return dateOf(timezone ? now + zoneOffsetAt(timezone, now).offsetSeconds * 1000 : now);
}

/** The end of a period of `period` from `from` (a date: that many local days or a month later, at 00:00). */
function periodEnd(from: string, period: (typeof PERIODS)[number], timezone: string | undefined): number {
  const isDate = DATE.test(from);
  const start = isDate ? Date.parse(`${from}T00:00:00Z`) : Date.parse(from);
  const t = new Date(start);
  if (period === 'day') t.setUTCDate(t.getUTCDate() + 1);
  else if (period === 'week') t.setUTCDate(t.getUTCDate() + 7);
  else {
    // The same day of the next month; from a day the next month lacks (31 January), its end (1 March).
    const y = t.getUTCFullYear();
    const m = t.getUTCMonth();
    t.setUTCMonth(m + 1);
    t.setTime(Math.min(t.getTime(), Date.UTC(y, m + 2, 1)));
  }
  return isDate ? instantMs(dateOf(t.getTime()), 'start', timezone) : t.getTime();
}

async function answerPeriod(c: Context<AppEnv>, body: PeriodBody) {
  const from = body.from ?? today(body.timezone);
  const fromMs = instantMs(from, 'start', body.timezone);
  const toMs =
    body.to !== undefined
      ? instantMs(body.to, 'end', body.timezone)
      : periodEnd(from, body.period ?? 'week', body.timezone);
  const transiting = (body.transiting ?? [...PERIOD_DEFAULT_TRANSITING]) as DefaultBodyName[];
  const withMoon = transiting.includes('moon');
  const days = checkedRange(fromMs, toMs, PERIOD_MAX_DAYS, false);
  const locale = chooseLocale(c, body.lang);
  const words = transitWordsFor(locale.tag);
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const natalNames = body.natal_points ?? [...DEFAULT_NATAL];
  const aspects = (body.aspects ?? [...MAJOR_ASPECTS]) as AspectName[];
  const orbs = { ...TRANSIT_ORBS, ...body.orbs };
  const timezone = body.timezone ?? null;
  const identity = JSON.stringify([
    natal.identity,
    fromMs,
    toMs,
    timezone,
    transiting,
    natalNames,
    aspects,
    orbs,
  ]);
  const result = await chargeWhile(c, 'readings', timelineUnits(days, withMoon), (ctx) =>
    cached(c.env, ctx, 'readings', `period|${identity}|lang=${locale.tag}`, async () => {
      const hits = timelineHits(natal, fromMs, toMs, { transiting, natalNames, aspects, orbs });
      const zone = timezone
        ? { offsetSeconds: (ms: number) => zoneOffsetAt(timezone, ms).offsetSeconds }
        : undefined;
      const r = buildPeriodReading(hits, {
        locale,
        words,
        from: jdOfMs(fromMs),
        to: jdOfMs(toMs),
        zone,
      });
      return {
        body: JSON.stringify({
          lang: locale.tag,
          natal: natalSummary(natal),
          from: isoSeconds(fromMs),
          to: isoSeconds(toMs),
          timezone,
          title: r.title,
          text: r.text,
          intro: r.intro,
          paragraphs: r.paragraphs,
          hits_cited: r.hits_cited,
          omitted: r.omitted,
          word_count: r.word_count,
        }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
  setLanguageHeaders(c, locale, body.lang);
  return result;
}

export const periodReadingRoutes = createRouter().openapi(route, async (c) => {
  const result = await answerPeriod(c, c.req.valid('json'));
  return sendCached(c, result, result.body) as never;
});
