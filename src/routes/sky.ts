/**
 * GET /v1/sky/events (ingresses, stations, lunations, eclipses, void-of-course Moon over a range) and
 * GET /v1/sky/moon (the Moon's phase at a moment). The same answer for every caller: cached hard, across
 * accounts, and marked cacheable by the client (a past or future range never changes). Class "charts".
 */
import { createRoute, z } from '@hono/zod-openapi';
import { MOON_PHASE_NAMES, moonAt, SKY_EVENT_TYPES, type SkyEventType } from '../astro/forecast/sky';
import { PLANETS } from '../astro/types';
import { requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import { skyEventRows } from '../platform/forecast';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../platform/openapi';
import { worldProblem } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { subjectFields } from '../platform/subject';
import SKY_EVENTS_EXAMPLE from '../schemas/examples/sky-events.json';
import MOON_EXAMPLE from '../schemas/examples/sky-moon.json';
import { instantField, instantMs, isoOfJd, isoSeconds, jdOfMs, Sign } from '../schemas/forecast';

/** Longest range of one request, days. */
export const SKY_MAX_DAYS = 366;
/** Seconds a client may keep an answer: a given range's events never change (until the engine does). */
const SKY_MAX_AGE = 86_400;

/** A comma-separated list of event types (spaces around each allowed), as a pattern the document states. */
const TYPE = `\\s*(?:${SKY_EVENT_TYPES.join('|')})\\s*`;
const TYPES_PATTERN = new RegExp(`^${TYPE}(?:,${TYPE})*$`);

export const EventsQuerySchema = z.object({
  from: instantField('from').openapi({
    param: { name: 'from', in: 'query' },
    example: '2027-01-01',
    description: 'Start (a date: its 00:00).',
  }),
  to: instantField('to').openapi({
    param: { name: 'to', in: 'query' },
    example: '2027-01-15',
    description: `End (a date: the end of that day); at most ${SKY_MAX_DAYS} days after \`from\`.`,
  }),
  types: z
    .string()
    .max(200)
    .regex(TYPES_PATTERN, `Expected a comma-separated list of ${SKY_EVENT_TYPES.join(', ')}.`)
    .optional()
    .openapi({
      param: { name: 'types', in: 'query' },
      example: 'lunation,ingress,station,eclipse',
      description: `Comma-separated: ${SKY_EVENT_TYPES.join(', ')} (default: all).`,
    }),
  timezone: subjectFields.timezone.openapi({
    param: { name: 'timezone', in: 'query' },
    description: 'IANA zone in which the dates `from` and `to` are read (default UTC).',
  }),
});

const Body = z.enum(PLANETS);
const SkyEventSchema = z
  .union([
    z.object({
      type: z.literal('ingress'),
      body: Body,
      sign: Sign.openapi({ description: 'The sign entered.' }),
      at: z.string(),
      retrograde: z.boolean(),
    }),
    z.object({
      type: z.literal('station'),
      body: Body,
      direction: z.enum(['retrograde', 'direct']),
      at: z.string(),
      longitude: z.number(),
    }),
    z.object({
      type: z.literal('lunation'),
      phase: z.enum(['new_moon', 'first_quarter', 'full_moon', 'last_quarter']),
      at: z.string(),
      longitude: z.number().openapi({ description: "The Moon's longitude." }),
    }),
    z.object({
      type: z.literal('eclipse'),
      kind: z.enum(['solar', 'lunar']),
      subtype: z.enum(['total', 'annular', 'hybrid', 'partial', 'penumbral']),
      at: z.string().openapi({ description: 'Greatest eclipse.' }),
    }),
    z.object({
      type: z.literal('void_of_course'),
      start: z
        .string()
        .openapi({ description: "The Moon's last exact Ptolemaic aspect in its sign (or its ingress)." }),
      end: z.string().openapi({ description: 'Its ingress into the next sign.' }),
      last_aspect: z
        .object({ body: Body, aspect: z.enum(['conjunction', 'sextile', 'square', 'trine', 'opposition']) })
        .nullable(),
    }),
  ])
  .openapi('SkyEvent');

export const SkyEventsSchema = z
  .object({ from: z.string(), to: z.string(), data: z.array(SkyEventSchema) })
  .openapi('SkyEvents', { example: SKY_EVENTS_EXAMPLE });

export const MoonQuerySchema = z.object({
  at: instantField('at')
    .optional()
    .openapi({
      param: { name: 'at', in: 'query' },
      example: '2026-12-04T12:00:00Z',
      description: 'The moment (default: now, to the minute).',
    }),
});

export const MoonSchema = z
  .object({
    at: z.string(),
    phase: z
      .enum(MOON_PHASE_NAMES)
      .openapi({ description: "The 45° sector of the Moon's elongation from the Sun." }),
    angle: z.number().openapi({ description: 'Elongation Moon − Sun in longitude, degrees [0, 360).' }),
    illumination: z.number().openapi({ description: 'Illuminated fraction of the disc, 0–1.' }),
    age_days: z.number().openapi({ description: 'Days since the last new moon.' }),
    sign: Sign,
    longitude: z.number(),
    previous_new_moon: z.string(),
    next_new_moon: z.string(),
  })
  .openapi('MoonPhase', { example: MOON_EXAMPLE });

const tags = ['Forecasting'];

const eventsRoute = createRoute({
  method: 'get',
  path: '/v1/sky/events',
  operationId: 'getSkyEvents',
  tags,
  summary: 'Ingresses, stations, lunations, eclipses and void-of-course Moon over a range',
  description:
    `Sign ingresses of the Sun, Moon and planets, stations of Mercury–Pluto, new/full moons and quarters, solar and lunar eclipses with their kind (greatest eclipse), and void-of-course Moon periods (from its last exact Ptolemaic aspect to the Sun–Pluto in a sign until it leaves the sign), in time order (void-of-course periods by their start; those overlapping the range are included). Tropical zodiac. At most ${SKY_MAX_DAYS} days per request. ` +
    'Metered as `charts`: 1 unit per request. The same for every caller: cached across accounts, `Cache-Control: max-age=86400`.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: { query: EventsQuerySchema },
  responses: {
    200: { description: 'The events.', content: { 'application/json': { schema: SkyEventsSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS),
    ...unprocessable('invalid-range', 'unknown-time-zone'),
  },
});

const moonRoute = createRoute({
  method: 'get',
  path: '/v1/sky/moon',
  operationId: 'getMoonPhase',
  tags,
  summary: "The Moon's phase, illumination, age and sign",
  description:
    'Phase name, illuminated fraction (from the Sun–Moon–Earth angle), age since the last new moon, sign and longitude at `at` (default now). Metered as `charts`: 1 unit. Cached across accounts.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('charts')] as const,
  request: { query: MoonQuerySchema },
  responses: {
    200: { description: "The Moon's phase.", content: { 'application/json': { schema: MoonSchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

export const skyRoutes = createRouter()
  .openapi(eventsRoute, async (c) => {
    const q = c.req.valid('query');
    const fromMs = instantMs(q.from, 'start', q.timezone);
    const toMs = instantMs(q.to, 'end', q.timezone);
    const days = (toMs - fromMs) / 86_400_000;
    if (days <= 0) {
      throw worldProblem('invalid-range', 'to', 'Must be after "from".', 'query');
    }
    if (days > SKY_MAX_DAYS) {
      throw worldProblem(
        'invalid-range',
        'to',
        `At most ${SKY_MAX_DAYS} days after "from"; the range is ${Math.ceil(days)} days.`,
        'query',
      );
    }
    const types = q.types
      ? SKY_EVENT_TYPES.filter((t) =>
          q.types
            ?.split(',')
            .map((x) => x.trim())
            .includes(t),
        )
      : [...SKY_EVENT_TYPES];
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      cached(c.env, ctx, 'sky', `events|${fromMs}|${toMs}|${types.join(',')}`, async () => {
        const data = skyEventRows(fromMs, toMs, types as SkyEventType[]);
        return {
          body: JSON.stringify({ from: isoSeconds(fromMs), to: isoSeconds(toMs), data }),
          contentType: 'application/json; charset=utf-8',
        };
      }),
    );
    return sendCached(c, result, result.body, SKY_MAX_AGE) as never;
  })
  .openapi(moonRoute, async (c) => {
    const q = c.req.valid('query');
    const atMs = q.at ? instantMs(q.at, 'start') : Math.floor(Date.now() / 60_000) * 60_000;
    const result = await chargeWhile(c, 'charts', 1, (ctx) =>
      cached(c.env, ctx, 'sky', `moon|${atMs}`, async () => {
        const m = moonAt(jdOfMs(atMs));
        return {
          body: JSON.stringify({
            at: isoSeconds(atMs),
            phase: m.phase,
            angle: round(m.angle, 4),
            illumination: round(m.illumination, 4),
            age_days: round(m.ageDays, 4),
            sign: m.sign,
            longitude: round(m.longitude),
            previous_new_moon: isoOfJd(m.previousNewMoon),
            next_new_moon: isoOfJd(m.nextNewMoon),
          }),
          contentType: 'application/json; charset=utf-8',
        };
      }),
    );
    return sendCached(c, result, result.body, q.at ? SKY_MAX_AGE : 60) as never;
  });
