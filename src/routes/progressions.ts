/**
 * POST /v1/progressions: secondary progressions (a day of the ephemeris for each year of life) or solar arc
 * directions to a date, with their aspects to the natal chart. Class "charts" (1 unit); cached.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { aspectBetween } from '../astro/aspects';
import { PROGRESSION_YEAR_DAYS, progress } from '../astro/forecast/returns';
import { type AspectName, MAJOR_ASPECTS, type PointName } from '../astro/types';
import { signDegree, signOf } from '../astro/zodiac';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import { NatalSideSchema, natalLongitudes, natalSummary, resolveNatal } from '../platform/natal';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { optionFields, predefinedAyanamsa, SIDEREAL_RULE } from '../platform/subject';
import PROGRESSION_EXAMPLE from '../schemas/examples/progression.json';
import {
  Aspect,
  EXAMPLE_NATAL,
  instantField,
  instantMs,
  isoOfJd,
  isoSeconds,
  jdOfMs,
  NatalPointName,
  NatalSummarySchema,
  Sign,
} from '../schemas/forecast';
import { withRules } from '../schemas/rules';

export const ProgressionRequestSchema = withRules(
  z
    .object({
      natal: NatalSideSchema,
      date: instantField('date').openapi({ example: '2027-03-14', description: 'The date progressed to.' }),
      method: z.enum(['secondary', 'solar_arc']).default('secondary'),
      aspects: z.array(Aspect).min(1).optional().openapi({ description: 'Default: the five major aspects.' }),
      orb: z
        .number()
        .min(0)
        .max(5)
        .default(1)
        .openapi({ description: 'Orb of the aspects to the natal chart, degrees.' }),
      house_system: optionFields.house_system,
      zodiac: optionFields.zodiac,
      ayanamsa: predefinedAyanamsa,
    })
    .strict(),
  [SIDEREAL_RULE],
).openapi('ProgressionRequest', {
  example: {
    natal: EXAMPLE_NATAL,
    date: '2027-03-14',
    method: 'secondary',
  } as never,
});

const ProgressedPointSchema = z
  .object({
    name: NatalPointName,
    longitude: z.number(),
    sign: Sign,
    sign_degree: z.number(),
    speed: z
      .number()
      .nullable()
      .openapi({ description: 'Degrees per day of the ephemeris (secondary); null when directed.' }),
    retrograde: z.boolean().nullable(),
  })
  .openapi('ProgressedPoint');

export const ProgressionSchema = z
  .object({
    method: z.enum(['secondary', 'solar_arc']),
    date: z.string(),
    progressed_at: z.string().openapi({
      description: `Secondary: the moment of the ephemeris used (birth + (date − birth) / ${PROGRESSION_YEAR_DAYS} days); solar arc: the birth.`,
    }),
    solar_arc: z.number().openapi({ description: 'Progressed Sun − natal Sun, degrees.' }),
    natal: NatalSummarySchema,
    points: z.array(ProgressedPointSchema),
    angles: z.object({ ascendant: z.number(), midheaven: z.number() }).nullable().openapi({
      description:
        'The midheaven moved by the solar arc, and the ascendant of that midheaven at the natal latitude; null when the birth time is unknown.',
    }),
    aspects_to_natal: z
      .array(
        z.object({
          progressed: NatalPointName,
          natal: NatalPointName,
          aspect: Aspect,
          orb: z.number(),
        }),
      )
      .openapi({ description: 'Tightest first.' }),
  })
  .openapi('Progression', { example: PROGRESSION_EXAMPLE });

const route = createRoute({
  method: 'post',
  path: '/v1/progressions',
  operationId: 'getProgressions',
  tags: ['Forecasting'],
  summary: 'Secondary progressions or solar arc directions',
  description: `Secondary: each body at birth + (date − birth) / ${PROGRESSION_YEAR_DAYS} days (a day for a year); points that are not bodies (Part of Fortune, Vertex) and the angles are moved by the solar arc. Solar arc: every natal point and angle moved by the progressed Sun's arc. With the aspects of the progressed points to the natal points within \`orb\`. Metered as \`charts\`: 1 unit. Cached.`,
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: {
    body: { content: { 'application/json': { schema: ProgressionRequestSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The progressed chart.',
      content: { 'application/json': { schema: ProgressionSchema } },
    },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

export const progressionRoutes = createRouter().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const dateMs = instantMs(body.date, 'start');
  const options = { house_system: body.house_system, zodiac: body.zodiac, ayanamsa: body.ayanamsa };
  const natal = await resolveNatal(c, body.natal, options);
  const aspects = (body.aspects ?? [...MAJOR_ASPECTS]) as AspectName[];
  const identity = JSON.stringify([natal.identity, dateMs, body.method, aspects, body.orb]);
  const result = await chargeWhile(c, 'charts', 1, (ctx) =>
    cached(c.env, ctx, 'forecast', `progression|${identity}`, async () => {
      const chart = natal.chart;
      const ayanamsa = chart.settings.zodiac === 'sidereal' ? chart.settings.ayanamsa : null;
      const natalPoints = chart.points.map((p) => ({ name: p.name as string, longitude: p.longitude }));
      const p = progress(
        body.method,
        chart.subject.julian_day,
        jdOfMs(dateMs),
        natalPoints,
        chart.angles ? { midheaven: chart.angles.midheaven } : null,
        chart.subject.latitude,
        ayanamsa as never,
      );
      const points = p.points.map((q) => ({
        name: q.name,
        longitude: round(q.longitude),
        sign: signOf(q.longitude),
        sign_degree: round(signDegree(q.longitude)),
        speed: q.speed === null ? null : round(q.speed),
        retrograde: q.speed === null ? null : q.speed < 0,
      }));
      const progressed = [
        ...p.points,
        ...(p.angles
          ? [
              { name: 'ascendant', longitude: p.angles.ascendant, speed: null },
              { name: 'midheaven', longitude: p.angles.midheaven, speed: null },
            ]
          : []),
      ];
      const targets = natalLongitudes(chart, [...chart.points.map((x) => x.name), 'ascendant', 'midheaven']);
      const orbs = Object.fromEntries(aspects.map((a) => [a, body.orb])) as Record<AspectName, number>;
      const found = [];
      for (const q of progressed) {
        for (const n of targets) {
          const a = aspectBetween(
            { name: q.name as PointName, longitude: q.longitude, speed: q.speed ?? 0 },
            { name: n.name as PointName, longitude: n.longitude, speed: 0 },
            { aspects, orbs },
          );
          if (a && a.orb <= body.orb) {
            found.push({ progressed: q.name, natal: n.name, aspect: a.aspect, orb: round(a.orb, 4) });
          }
        }
      }
      found.sort((x, y) => x.orb - y.orb);
      return {
        body: JSON.stringify({
          method: body.method,
          date: isoSeconds(dateMs),
          progressed_at: isoOfJd(p.jd),
          solar_arc: round(p.solarArc),
          natal: natalSummary(natal),
          points,
          angles: p.angles
            ? { ascendant: round(p.angles.ascendant), midheaven: round(p.angles.midheaven) }
            : null,
          aspects_to_natal: found,
        }),
        contentType: 'application/json; charset=utf-8',
      };
    }),
  );
  return sendCached(c, result, result.body) as never;
});
