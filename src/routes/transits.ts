/**
 * POST /v1/transits (the sky at a moment against a natal chart) and POST /v1/transits/timeline (every exact
 * transit-to-natal aspect over a range). Class "charts"; cached (the same natal data, moment or range share an
 * answer across accounts, but never a saved chart's).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { aspectBetween } from '../astro/aspects';
import { castChart, resolveOptions } from '../astro/chart';
import { type Hit, timeline } from '../astro/forecast/timeline';
import { houseOf } from '../astro/houses';
import { transitWordsFor } from '../astro/i18n/transits';
import type { DefaultBodyName } from '../astro/positions';
import { aspectText, hitRow, hitText, NAMED_NATAL_POINTS } from '../astro/readings/period';
import { zoneOffsetAt } from '../astro/time';
import { type AspectName, MAJOR_ASPECTS, PLANETS, type PointName } from '../astro/types';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import type { AppEnv } from '../platform/context';
import { DEFAULT_NATAL, timelineUnits } from '../platform/forecast';
import { chooseLocale, LangSchema, setLanguageHeaders } from '../platform/lang';
import { type Natal, NatalSideSchema, natalLongitudes, natalSummary, resolveNatal } from '../platform/natal';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { worldProblem } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { optionFields, predefinedAyanamsa, SIDEREAL_RULE, subjectFields } from '../platform/subject';
import { ChartPointSchema } from '../schemas/chart';
import TIMELINE_EXAMPLE from '../schemas/examples/timeline.json';
import TRANSITS_EXAMPLE from '../schemas/examples/transits.json';
import {
  Aspect,
  EXAMPLE_NATAL,
  HitSchema,
  instantField,
  instantMs,
  isoSeconds,
  jdOfMs,
  NatalPointName,
  NatalSummarySchema,
  selectionFields,
  TRANSIT_ORBS,
  TransitingBody,
} from '../schemas/forecast';
import { type ObjectRule, onlyWith, withRules } from '../schemas/rules';

export { DEFAULT_NATAL, timelineUnits };
/** Longest range of a timeline: a year when the Moon transits (about 1 000 hits), ten years otherwise. */
export const TIMELINE_MAX_DAYS_MOON = 366;
export const TIMELINE_MAX_DAYS = 3660;

/**
 * Opt-in short texts (issue 19, item 8): `interpretation: true` adds a `text` to each aspect or hit, in the
 * language of `lang` or else of Accept-Language; without it the answer is as before (no text, no Content-Language).
 */
const interpretationFields = {
  interpretation: z
    .boolean()
    .optional()
    .openapi({
      description:
        'Adds `text` to each aspect or hit: a short reading of the transit (what the transiting body brings in the tone of the aspect, and which part of life the natal point stands for), in the language of `lang` or Accept-Language (answered in Content-Language). Natal points must then be ones readings name: ' +
        `${NAMED_NATAL_POINTS.join(', ')}. Default false.`,
    }),
  lang: LangSchema.optional().openapi({
    description: 'The language of `text` (only with `interpretation: true`).',
  }),
};
const NAMED: ReadonlySet<string> = new Set(NAMED_NATAL_POINTS);
const INTERPRETATION_RULES: ObjectRule[] = [
  onlyWith('lang', 'interpretation', true, 'Only with "interpretation": true.'),
  {
    schema: {
      if: { properties: { interpretation: { const: true } }, required: ['interpretation'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: { properties: { natal_points: { items: { enum: [...NAMED_NATAL_POINTS] } } } },
    },
    check: (v, issue) => {
      if (v.interpretation !== true || !Array.isArray(v.natal_points)) return;
      v.natal_points.forEach((p, i) => {
        if (typeof p === 'string' && !NAMED.has(p))
          issue(
            `natal_points[${i}]`,
            `With "interpretation": true, one of the points readings name: ${NAMED_NATAL_POINTS.join(', ')}.`,
          );
      });
    },
  },
];

export const zodiacFields = {
  zodiac: optionFields.zodiac,
  ayanamsa: predefinedAyanamsa,
  house_system: optionFields.house_system,
};
export const TransitsRequestSchema = withRules(
  z
    .object({
      natal: NatalSideSchema,
      at: instantField('at').optional().openapi({
        description: 'The moment (UTC; a date means its 00:00 UTC). Default: now.',
        example: '2026-12-04T12:00:00Z',
      }),
      ...selectionFields({
        transiting: 'Transiting bodies (default: the Sun to Pluto).',
        natal_points: 'Natal points aspected (default: the Sun to Pluto, ascendant and midheaven).',
      }),
      ...zodiacFields,
      ...interpretationFields,
    })
    .strict(),
  [SIDEREAL_RULE, ...INTERPRETATION_RULES],
).openapi('TransitsRequest', {
  example: {
    natal: EXAMPLE_NATAL,
    at: '2026-12-04T12:00:00Z',
  } as never,
});

const TransitPointSchema = z
  .object({
    ...ChartPointSchema.omit({ house: true }).shape,
    name: TransitingBody,
    natal_house: z.number().int().min(1).max(12).optional().openapi({
      description: 'The natal house the transiting point is in (absent when the birth time is unknown).',
    }),
  })
  .openapi('TransitPoint');

const TransitAspectSchema = z
  .object({
    transiting: TransitingBody,
    natal: NatalPointName,
    aspect: Aspect,
    angle: z.number(),
    orb: z.number().openapi({ description: 'Degrees from exact.' }),
    applying: z.boolean().openapi({ description: 'The orb is shrinking.' }),
    text: z.string().optional().openapi({
      description: 'With `interpretation: true`: what this transit brings and which part of life it touches.',
    }),
  })
  .openapi('TransitAspect');

const TimelineHitSchema = HitSchema.extend({
  text: z.string().optional().openapi({
    description:
      'With `interpretation: true`: the hit read (its exact moment, in `timezone` when given, its orb window, what it brings and which part of life it touches).',
  }),
}).openapi('TimelineHit');

export const TransitsSchema = z
  .object({
    at: z.string(),
    natal: NatalSummarySchema,
    points: z.array(TransitPointSchema),
    aspects: z.array(TransitAspectSchema).openapi({ description: 'Tightest first.' }),
  })
  .openapi('Transits', { example: TRANSITS_EXAMPLE });

export const TimelineRequestSchema = withRules(
  z
    .object({
      natal: NatalSideSchema,
      from: instantField('from').openapi({
        example: '2027-01-01',
        description: 'Start (a date: its 00:00).',
      }),
      to: instantField('to').openapi({
        example: '2027-01-31',
        description: 'End (a date: the end of that day).',
      }),
      timezone: subjectFields.timezone.openapi({
        description: 'IANA zone in which the dates `from` and `to` are read (default UTC).',
        example: 'Europe/Berlin',
      }),
      ...selectionFields({
        transiting: 'Default: the Sun to Pluto.',
        natal_points: 'Default: the Sun to Pluto, ascendant and midheaven.',
      }),
      ...zodiacFields,
      ...interpretationFields,
    })
    .strict(),
  [SIDEREAL_RULE, ...INTERPRETATION_RULES],
).openapi('TimelineRequest', {
  example: {
    natal: EXAMPLE_NATAL,
    from: '2027-01-01',
    to: '2027-01-31',
    transiting: ['sun', 'mercury', 'venus', 'mars', 'jupiter', 'saturn'],
  } as never,
});

export const TimelineSchema = z
  .object({
    natal: NatalSummarySchema,
    from: z.string(),
    to: z.string(),
    data: z.array(TimelineHitSchema).openapi({ description: 'One row per exact hit, in time order.' }),
  })
  .openapi('Timeline', { example: TIMELINE_EXAMPLE });

const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const tags = ['Forecasting'];

const transitsRoute = createRoute({
  method: 'post',
  path: '/v1/transits',
  operationId: 'getTransits',
  tags,
  summary: 'Transits to a natal chart at a moment',
  description:
    'The transiting bodies at `at` (default now) with the natal house each is in, and their aspects to the natal points with orb and applying/separating (transit orbs: see `orbs`). With `interpretation: true`, each aspect also has a short reading (`text`) in the language of `lang` or Accept-Language. Metered as `charts`: 1 unit. Cached.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: { body: json(TransitsRequestSchema) },
  responses: {
    200: { description: 'The transits.', content: { 'application/json': { schema: TransitsSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

const timelineRoute = createRoute({
  method: 'post',
  path: '/v1/transits/timeline',
  operationId: 'getTransitTimeline',
  tags,
  summary: 'Every exact transit to a natal chart over a range',
  description:
    "Each moment in [`from`, `to`] when a transiting body makes an exact aspect to a natal point, one row per hit (a retrograde planet can hit a point three times), with whether the body is retrograde and when the aspect enters and leaves its orb. Exact moments agree with a brute-force search on the same ephemeris to under a second, and with the Swiss Ephemeris to what a position difference of ≤ 0.5″ (Uranus 2″, Neptune 2.5″, Pluto 5″) allows at the body's speed. " +
    `Ranges: at most ${TIMELINE_MAX_DAYS_MOON} days when the Moon transits, ${TIMELINE_MAX_DAYS} days otherwise. ` +
    'With `interpretation: true`, each hit also has a short reading (`text`) in the language of `lang` or Accept-Language; POST /v1/readings/period reads a whole period. ' +
    'Metered as `charts` by the length of the range: **1 unit per started 31 days when the Moon transits (a year: 12 units), 1 unit per started 366 days otherwise** (ten years of the slow planets: 10 units). Cached.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: { body: json(TimelineRequestSchema) },
  responses: {
    200: { description: 'The hits.', content: { 'application/json': { schema: TimelineSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422, 'invalid-range'),
  },
});

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

type TransitsBody = z.infer<typeof TransitsRequestSchema>;

async function answerTransits(c: Context<AppEnv>, body: TransitsBody) {
  const atMs = body.at ? instantMs(body.at, 'start') : Math.floor(Date.now() / 1000) * 1000;
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const transiting = body.transiting ?? [...PLANETS];
  const natalNames = body.natal_points ?? [...DEFAULT_NATAL];
  const aspects = body.aspects ?? [...MAJOR_ASPECTS];
  const orbs = { ...TRANSIT_ORBS, ...body.orbs };
  const locale = body.interpretation ? chooseLocale(c, body.lang) : null;
  const identity = JSON.stringify([natal.identity, atMs, transiting, natalNames, aspects, orbs, locale?.tag]);
  const result = await chargeWhile(c, 'charts', 1, (ctx) =>
    cached(c.env, ctx, 'forecast', `transits|${identity}`, async () => {
      const jd = jdOfMs(atMs);
      const sky = castChart(
        {
          jdUT: jd,
          latitude: natal.chart.subject.latitude,
          longitude: natal.chart.subject.longitude,
          timeKnown: false,
        },
        resolveOptions({ ...options, points: transiting as PointName[], aspects: [] }),
      );
      const cusps = natal.chart.houses?.map((h) => h.cusp);
      const points = sky.points.map((p) => {
        const { house: _h, ...rest } = p;
        return { ...rest, ...(cusps ? { natal_house: houseOf(p.longitude, cusps) } : {}) };
      });
      const natalPoints = natalLongitudes(natal.chart, natalNames);
      const found = [];
      for (const t of sky.points) {
        for (const n of natalPoints) {
          const a = aspectBetween(
            { name: t.name, longitude: t.longitude, speed: t.speed },
            { name: n.name as PointName, longitude: n.longitude, speed: 0 },
            { aspects, orbs },
          );
          if (a) {
            found.push({
              transiting: t.name,
              natal: n.name,
              aspect: a.aspect,
              angle: a.angle,
              orb: round(a.orb, 4),
              applying: a.applying,
            });
          }
        }
      }
      found.sort((x, y) => x.orb - y.orb);
      const words = locale && transitWordsFor(locale.tag);
      const aspectsOut =
        locale && words ? found.map((a) => ({ ...a, text: aspectText(a, locale, words) })) : found;
      return {
        body: JSON.stringify({
          at: isoSeconds(atMs),
          natal: natalSummary(natal),
          points,
          aspects: aspectsOut,
        }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
  if (locale) setLanguageHeaders(c, locale, body.lang);
  return result;
}

type TimelineBody = z.infer<typeof TimelineRequestSchema>;

/**
 * The length in days of [fromMs, toMs), checked: a 422 `invalid-range` on `to` when it is not after `from` or
 * longer than `max` days.
 */
export function checkedRange(fromMs: number, toMs: number, max: number, withMoon: boolean): number {
  const days = (toMs - fromMs) / 86_400_000;
  if (days <= 0) {
    throw worldProblem('invalid-range', 'to', 'Must be after "from".');
  }
  if (days > max) {
    throw worldProblem(
      'invalid-range',
      'to',
      `At most ${max} days after "from"${withMoon ? ' when the Moon transits' : ''}; the range is ${Math.ceil(days)} days.`,
    );
  }
  return days;
}

/** What a timeline searches: bodies, natal points, aspects and orbs (the request's, with the defaults). */
export interface TimelineQuery {
  transiting: DefaultBodyName[];
  natalNames: readonly string[];
  aspects: AspectName[];
  orbs: Partial<Record<AspectName, number>>;
}

/** The exact hits of [fromMs, toMs) for a natal chart, in the natal chart's zodiac. */
export function timelineHits(natal: Natal, fromMs: number, toMs: number, q: TimelineQuery): Hit[] {
  const ayanamsa = natal.chart.settings.zodiac === 'sidereal' ? natal.chart.settings.ayanamsa : null;
  return timeline(jdOfMs(fromMs), jdOfMs(toMs), {
    transiting: q.transiting,
    natal: natalLongitudes(natal.chart, q.natalNames),
    aspects: q.aspects,
    orbs: q.orbs,
    ayanamsa: ayanamsa as never,
  });
}

async function answerTimeline(c: Context<AppEnv>, body: TimelineBody) {
  const fromMs = instantMs(body.from, 'start', body.timezone);
  const toMs = instantMs(body.to, 'end', body.timezone);
  const transiting = (body.transiting ?? [...PLANETS]) as DefaultBodyName[];
  const withMoon = transiting.includes('moon');
  const days = checkedRange(fromMs, toMs, withMoon ? TIMELINE_MAX_DAYS_MOON : TIMELINE_MAX_DAYS, withMoon);
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const natalNames = body.natal_points ?? [...DEFAULT_NATAL];
  const aspects = (body.aspects ?? [...MAJOR_ASPECTS]) as AspectName[];
  const orbs = { ...TRANSIT_ORBS, ...body.orbs };
  const locale = body.interpretation ? chooseLocale(c, body.lang) : null;
  // The zone shapes the texts' dates, so it is in the key when there are texts (the rows are UTC).
  const identity = JSON.stringify([
    natal.identity,
    fromMs,
    toMs,
    transiting,
    natalNames,
    aspects,
    orbs,
    ...(locale ? [locale.tag, body.timezone ?? null] : []),
  ]);
  const result = await chargeWhile(c, 'charts', timelineUnits(days, withMoon), (ctx) =>
    cached(c.env, ctx, 'forecast', `timeline|${identity}`, async () => {
      const hits = timelineHits(natal, fromMs, toMs, { transiting, natalNames, aspects, orbs });
      const rows = hits.map(hitRow);
      const tz = body.timezone;
      const zone = tz ? { offsetSeconds: (ms: number) => zoneOffsetAt(tz, ms).offsetSeconds } : undefined;
      const words = locale && transitWordsFor(locale.tag);
      const data =
        locale && words ? rows.map((r) => ({ ...r, text: hitText(r, locale, words, zone) })) : rows;
      return {
        body: JSON.stringify({
          natal: natalSummary(natal),
          from: isoSeconds(fromMs),
          to: isoSeconds(toMs),
          data,
        }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
  if (locale) setLanguageHeaders(c, locale, body.lang);
  return result;
}

export const transitRoutes = createRouter()
  .openapi(transitsRoute, async (c) => {
    const result = await answerTransits(c, c.req.valid('json'));
    return sendCached(c, result, result.body) as never;
  })
  .openapi(timelineRoute, async (c) => {
    const result = await answerTimeline(c, c.req.valid('json'));
    return sendCached(c, result, result.body) as never;
  });
