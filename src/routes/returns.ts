/**
 * POST /v1/returns: the next solar, lunar or planetary return after a moment, exact to the arcsecond, with its
 * chart for the natal place or a relocation. Class "charts" (1 unit); cached.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { computeChart, type SubjectInput } from '../astro/chart';
import { nextReturn } from '../astro/forecast/returns';
import { timezoneFromCoordinates, utcToLocal, zoneOffsetAt } from '../astro/time';
import { type ChartWarning, DomainError, PLANETS, type Planet } from '../astro/types';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import { withWarnings } from '../platform/charts';
import { NatalSideSchema, natalSummary, resolveNatal } from '../platform/natal';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { resolvePlace } from '../platform/places';
import { domainProblem, problem, worldProblem } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { kvLayer, optionFields, predefinedAyanamsa, SIDEREAL_RULE, subjectFields } from '../platform/subject';
import { ChartSchema } from '../schemas/chart';
import RETURN_EXAMPLE from '../schemas/examples/return.json';
import {
  EXAMPLE_NATAL,
  instantField,
  instantMs,
  isoSeconds,
  jdOfMs,
  LAST_DAY,
  msOfJd,
  NatalSummarySchema,
} from '../schemas/forecast';
import { atMostOne, oneOfGroups, together, withRules } from '../schemas/rules';

const PLACE_MESSAGE = 'Give either "city" or "latitude" and "longitude".';
/** A city, or coordinates (both of them), not both. */
const PlaceSchema = withRules(
  z
    .object({
      city: subjectFields.city,
      country: subjectFields.country,
      latitude: subjectFields.latitude,
      longitude: subjectFields.longitude,
      timezone: subjectFields.timezone,
    })
    .strict(),
  [
    together(['latitude', 'longitude']),
    oneOfGroups([['city'], ['latitude', 'longitude']], PLACE_MESSAGE),
    atMostOne(['city', 'latitude'], PLACE_MESSAGE),
  ],
).openapi('ReturnPlace', {
  description: 'Where the return chart is cast: a city, or coordinates (+ zone).',
});

export const ReturnRequestSchema = withRules(
  z
    .object({
      natal: NatalSideSchema,
      body: z.enum(PLANETS).openapi({ description: 'sun: solar return; moon: lunar return; or a planet.' }),
      after: instantField('after').optional().openapi({
        description: 'The return found is the first after this moment (a date: its 00:00 UTC). Default: now.',
        example: '2027-01-01',
      }),
      place: PlaceSchema.optional().openapi({ description: 'Relocation (default: the natal place).' }),
      house_system: optionFields.house_system,
      zodiac: optionFields.zodiac,
      ayanamsa: predefinedAyanamsa,
    })
    .strict(),
  [SIDEREAL_RULE],
).openapi('ReturnRequest', {
  example: {
    natal: EXAMPLE_NATAL,
    body: 'sun',
    after: '2027-01-01',
  } as never,
});

export const ReturnSchema = z
  .object({
    body: z.enum(PLANETS),
    natal_longitude: z.number().openapi({ description: "The body's natal longitude, which it returns to." }),
    return_at: z.string().openapi({ description: 'The moment of the return (UTC, to the second).' }),
    natal: NatalSummarySchema,
    chart: ChartSchema.openapi({
      description: 'The chart of the return moment at the natal place or the relocation.',
    }),
  })
  .openapi('Return', { example: RETURN_EXAMPLE });

const route = createRoute({
  method: 'post',
  path: '/v1/returns',
  operationId: 'getReturn',
  tags: ['Forecasting'],
  summary: 'Solar, lunar or planetary return',
  description:
    'The first moment after `after` when the body is back at its natal longitude (found on the full ephemeris to 0.001″; the time is given to the second, in which the Sun moves 0.04″ and the Moon 0.5″), with the chart of that moment at the natal place or at `place`. 422 when no return happens before 2400. Metered as `charts`: 1 unit. Cached.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: { body: { content: { 'application/json': { schema: ReturnRequestSchema } }, required: true } },
  responses: {
    200: { description: 'The return.', content: { 'application/json': { schema: ReturnSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422, 'no-return'),
  },
});

const LIMIT_JD = jdOfMs(Date.parse(`${LAST_DAY}T23:59:59Z`));

export const returnRoutes = createRouter().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const afterMs = body.after ? instantMs(body.after, 'start') : Math.floor(Date.now() / 1000) * 1000;
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const warnings: ChartWarning[] = [];
  let where: { latitude: number; longitude: number; timezone: string; place: SubjectInput['place'] };
  if (body.place?.city !== undefined) {
    try {
      const r = await resolvePlace(
        c.env.DB,
        body.place.city,
        body.place.country,
        kvLayer(c.env, c.executionCtx),
      );
      warnings.push(...r.warnings);
      where = {
        latitude: r.place.latitude,
        longitude: r.place.longitude,
        timezone: r.place.timezone,
        place: { name: r.place.name, country: r.place.country, admin1: r.place.admin1 },
      };
    } catch (err) {
      if (err instanceof DomainError) throw domainProblem(err, 'place');
      throw err;
    }
  } else if (body.place?.latitude !== undefined && body.place.longitude !== undefined) {
    where = {
      latitude: body.place.latitude,
      longitude: body.place.longitude,
      timezone: body.place.timezone ?? timezoneFromCoordinates(body.place.latitude, body.place.longitude),
      place: null,
    };
  } else {
    const s = natal.chart.subject;
    where = {
      latitude: s.latitude,
      longitude: s.longitude,
      timezone: s.timezone ?? timezoneFromCoordinates(s.latitude, s.longitude),
      place: s.place,
    };
  }
  const identity = JSON.stringify([
    natal.identity,
    body.body,
    afterMs,
    where,
    warnings.map((w) => w.message),
  ]);
  const result = await chargeWhile(c, 'charts', 1, (ctx) =>
    cached(c.env, ctx, 'forecast', `return|${identity}`, async () => {
      const point = natal.chart.points.find((p) => p.name === body.body);
      if (!point) throw problem(422, `The natal chart has no ${body.body}.`);
      const ayanamsa = natal.chart.settings.zodiac === 'sidereal' ? natal.chart.settings.ayanamsa : null;
      const at = nextReturn(
        body.body as Planet,
        point.longitude,
        jdOfMs(afterMs),
        LIMIT_JD,
        ayanamsa as never,
      );
      if (at === null) {
        throw worldProblem(
          'no-return',
          'after',
          `${body.body} does not return to ${point.longitude}° before ${LAST_DAY}.`,
        );
      }
      const ms = Math.round(msOfJd(at) / 1000) * 1000;
      // The chart at that instant: its local time in the place's zone with the offset then in force (so that a
      // repeated hour of a DST change cannot move it).
      const offset = zoneOffsetAt(where.timezone, ms).offsetSeconds;
      const local = utcToLocal(ms, offset);
      const input: SubjectInput = {
        full_name: `${natal.chart.subject.full_name ?? 'Natal'}: ${body.body} return ${local.year}`,
        year: local.year,
        month: local.month,
        day: local.day,
        hour: local.hour,
        minute: local.minute,
        second: Math.round(local.second),
        latitude: where.latitude,
        longitude: where.longitude,
        timezone: where.timezone,
        utc_offset: offset / 3600,
        place: where.place,
      };
      let chart: ReturnType<typeof computeChart>;
      try {
        chart = withWarnings(computeChart(input, options), warnings);
      } catch (err) {
        if (err instanceof DomainError) throw domainProblem(err, 'place');
        throw err;
      }
      return {
        body: JSON.stringify({
          body: body.body,
          natal_longitude: point.longitude,
          return_at: isoSeconds(ms),
          natal: natalSummary(natal),
          chart: { id: null, ...chart },
        }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
  return sendCached(c, result, result.body) as never;
});
