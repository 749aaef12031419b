/**
 * POST /v1/transits (the sky at a moment against a natal chart) and POST /v1/transits/timeline (every exact
 * transit-to-natal aspect over a range). Class "charts"; cached (the same natal data, moment or range share an
 * answer across accounts, but never a saved chart's).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { aspectBetween } from '../astro/aspects';
import { castChart, resolveOptions } from '../astro/chart';
import { houseOf } from '../astro/houses';
import type { DefaultBodyName } from '../astro/positions';
import { MAJOR_ASPECTS, PLANETS, type PointName } from '../astro/types';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import type { AppEnv } from '../platform/context';
import { DEFAULT_NATAL, resolveSelection, timelineRows, timelineUnits } from '../platform/forecast';
import { NatalSideSchema, natalLongitudes, natalSummary, resolveNatal } from '../platform/natal';
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
  HitSchema,
  instantField,
  instantMs,
  isoSeconds,
  jdOfMs,
  NatalPointName,
  NatalSummarySchema,
  orbsField,
  TRANSIT_ORBS,
  TransitingBody,
} from '../schemas/forecast';
import { withRules } from '../schemas/rules';

/** Longest range of a timeline: a year when the Moon transits (about 1 000 hits), ten years otherwise. */
export const TIMELINE_MAX_DAYS_MOON = 366;
export const TIMELINE_MAX_DAYS = 3660;
export { timelineUnits };

const zodiacFields = {
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
      transiting: z.array(TransitingBody).min(1).max(14).optional().openapi({
        description: 'Transiting bodies (default: the Sun to Pluto).',
      }),
      natal_points: z.array(NatalPointName).min(1).max(18).optional().openapi({
        description: 'Natal points aspected (default: the Sun to Pluto, ascendant and midheaven).',
      }),
      aspects: z.array(Aspect).min(1).optional().openapi({ description: 'Default: the five major aspects.' }),
      orbs: orbsField,
      ...zodiacFields,
    })
    .strict(),
  [SIDEREAL_RULE],
).openapi('TransitsRequest', {
  example: {
    natal: {
      full_name: 'Albert Einstein',
      year: 1879,
      month: 3,
      day: 14,
      hour: 11,
      minute: 30,
      latitude: 48.4011,
      longitude: 9.9876,
      timezone: 'Europe/Berlin',
    },
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
  })
  .openapi('TransitAspect');

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
      transiting: z.array(TransitingBody).min(1).max(14).optional().openapi({
        description: 'Default: the Sun to Pluto.',
      }),
      natal_points: z.array(NatalPointName).min(1).max(18).optional().openapi({
        description: 'Default: the Sun to Pluto, ascendant and midheaven.',
      }),
      aspects: z.array(Aspect).min(1).optional().openapi({ description: 'Default: the five major aspects.' }),
      orbs: orbsField,
      ...zodiacFields,
    })
    .strict(),
  [SIDEREAL_RULE],
).openapi('TimelineRequest', {
  example: {
    natal: {
      full_name: 'Albert Einstein',
      year: 1879,
      month: 3,
      day: 14,
      hour: 11,
      minute: 30,
      latitude: 48.4011,
      longitude: 9.9876,
      timezone: 'Europe/Berlin',
    },
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
    data: z.array(HitSchema).openapi({ description: 'One row per exact hit, in time order.' }),
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
    'The transiting bodies at `at` (default now) with the natal house each is in, and their aspects to the natal points with orb and applying/separating (transit orbs: see `orbs`). Metered as `charts`: 1 unit. Cached.',
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
  const identity = JSON.stringify([natal.identity, atMs, transiting, natalNames, aspects, orbs]);
  return chargeWhile(c, 'charts', 1, (ctx) =>
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
      return {
        body: JSON.stringify({ at: isoSeconds(atMs), natal: natalSummary(natal), points, aspects: found }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
}

type TimelineBody = z.infer<typeof TimelineRequestSchema>;

async function answerTimeline(c: Context<AppEnv>, body: TimelineBody) {
  const fromMs = instantMs(body.from, 'start', body.timezone);
  const toMs = instantMs(body.to, 'end', body.timezone);
  const transiting = (body.transiting ?? [...PLANETS]) as DefaultBodyName[];
  const withMoon = transiting.includes('moon');
  const days = (toMs - fromMs) / 86_400_000;
  if (days <= 0) {
    throw worldProblem('invalid-range', 'to', 'Must be after "from".');
  }
  const max = withMoon ? TIMELINE_MAX_DAYS_MOON : TIMELINE_MAX_DAYS;
  if (days > max) {
    throw worldProblem(
      'invalid-range',
      'to',
      `At most ${max} days after "from"${withMoon ? ' when the Moon transits' : ''}; the range is ${Math.ceil(days)} days.`,
    );
  }
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const sel = resolveSelection(body);
  const identity = JSON.stringify([
    natal.identity,
    fromMs,
    toMs,
    sel.transiting,
    sel.natalPoints,
    sel.aspects,
    sel.orbs,
  ]);
  return chargeWhile(c, 'charts', timelineUnits(days, withMoon), (ctx) =>
    cached(c.env, ctx, 'forecast', `timeline|${identity}`, async () => ({
      body: JSON.stringify({
        natal: natalSummary(natal),
        from: isoSeconds(fromMs),
        to: isoSeconds(toMs),
        data: timelineRows(natal.chart, fromMs, toMs, body),
      }),
      contentType: 'application/json; charset=utf-8',
    })),
  );
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
