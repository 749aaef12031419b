/**
 * Calendar feeds of saved charts: POST /v1/calendars (the feed URL, with its token, shown once), GET (list,
 * one), DELETE (revokes the feed at once), and the feed itself, GET /v1/calendars/{id}.ics?token=..., an
 * RFC 5545 calendar of the chart's exact transits and the sky's events over the next days, authenticated by
 * its token (calendar apps send no headers) and metered to the owning account. See src/platform/calendars.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';
import { type ChartOptions, computeChart, type SubjectInput } from '../astro/chart';
import { SKY_EVENT_TYPES, type SkyEventType } from '../astro/forecast/sky';
import { DEFAULT_LOCALE, LANGS, localeFor } from '../astro/i18n';
import { calendarWordsFor } from '../astro/i18n/calendar';
import { NAMED_NATAL_POINTS } from '../astro/readings/period';
import { type Chart, DomainError } from '../astro/types';
import { calendars, charts } from '../db/schema';
import { iso, limitReached } from '../platform/accounts';
import { principalOf, requireScope } from '../platform/auth';
import { cached, sendCached } from '../platform/cache';
import {
  CALENDAR_DEFAULT_DAYS,
  CALENDAR_DEFAULT_SKY,
  CALENDAR_DEFAULT_TRANSITING,
  CALENDAR_MAX_DAYS,
  type CalendarOptions,
  FEED_REFRESH_SECONDS,
  feedUnits,
  generateFeedToken,
  hashFeedToken,
  invalidateFeedTokens,
  isWellFormedFeedToken,
  renderFeed,
  resolveFeedToken,
} from '../platform/calendars';
import { chartStillSaved, loadSavedChart } from '../platform/charts';
import type { AppEnv } from '../platform/context';
import { insertRowWhere } from '../platform/d1';
import { resolveSelection, skyEventRows, timelineRows } from '../platform/forecast';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { isId, newId } from '../platform/ids';
import { LangSchema } from '../platform/lang';
import { AUTHED_ERRORS, errorResponses, ListQuerySchema, linksTo, listOf } from '../platform/openapi';
import { domainProblem, notFound, problem, validationProblem } from '../platform/problem';
import { chargeWhile, takeBurstToken, utcDay } from '../platform/quota';
import { createRouter } from '../platform/router';
import { optionFields, predefinedAyanamsa, SIDEREAL_RULE } from '../platform/subject';
import { capsOf, MAX_CALENDARS } from '../platform/tiers';
import FEED_EXAMPLE from '../schemas/examples/calendar-feed.json';
import { Aspect, NatalPointName, selectionFields, TransitingBody } from '../schemas/forecast';
import { type ObjectRule, withRules } from '../schemas/rules';
import { text } from '../schemas/text';

const tags = ['Forecasting'];
const CALENDAR_ID = 'cal_01kbq2x7v9e4m3t8r6w5y0z1a2';
const CHART_ID = 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3';

/** With `"transits": false`, at least one sky event type: a feed must hold something. */
const NOT_EMPTY: ObjectRule = {
  schema: {
    if: { properties: { transits: { const: false } }, required: ['transits'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword.
    then: { properties: { sky_events: { minItems: 1 } } },
  },
  check: (v, issue) => {
    if (v.transits === false && Array.isArray(v.sky_events) && v.sky_events.length === 0) {
      issue(
        'sky_events',
        'With "transits": false, name at least one sky event type: the feed would be empty.',
      );
    }
  },
};

/** A tag that `lang` reads as English (`en`, `en-GB`...): every natal point has an English name. */
const ENGLISH_TAG = '^[Ee][Nn](?:-|$)';
const ENGLISH = new RegExp(ENGLISH_TAG);
const NAMED: ReadonlySet<string> = new Set(NAMED_NATAL_POINTS);
const NAMED_MESSAGE = `With a \`lang\` other than English, one of the points every language names: ${NAMED_NATAL_POINTS.join(', ')}.`;
/** In another language than English, natal points must be ones every language names (asteroids and most parts have no name). */
const NAMED_IN_LANG: ObjectRule = {
  schema: {
    if: { properties: { lang: { type: 'string', not: { pattern: ENGLISH_TAG } } }, required: ['lang'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword.
    then: { properties: { natal_points: { items: { enum: [...NAMED_NATAL_POINTS] } } } },
  },
  check: (v, issue) => {
    if (typeof v.lang !== 'string' || ENGLISH.test(v.lang) || !Array.isArray(v.natal_points)) return;
    v.natal_points.forEach((p, i) => {
      if (typeof p === 'string' && !NAMED.has(p)) issue(`natal_points[${i}]`, NAMED_MESSAGE);
    });
  },
};

export const CalendarRequestSchema = withRules(
  z
    .object({
      chart_id: text().max(64).openapi({ description: 'A saved chart of this account.', example: CHART_ID }),
      name: text().min(1).max(120).optional().openapi({
        description:
          'The calendar\'s name in calendar apps (default: the chart\'s name + "transits" in the feed\'s `lang`: "Albert Einstein: transits", "Albert Einstein: tránsitos").',
      }),
      days_ahead: z
        .number()
        .int()
        .min(1)
        .max(CALENDAR_MAX_DAYS)
        .optional()
        .openapi({
          description: `Days the feed covers, from 00:00 UTC of the day it is fetched (default ${CALENDAR_DEFAULT_DAYS}).`,
          example: 30,
        }),
      transits: z.boolean().optional().openapi({
        description: "Include the chart's exact transits, one event per hit (default true).",
      }),
      ...selectionFields({
        transiting:
          'Transiting bodies (default: the Sun and Mercury to Pluto; add `moon` for its two or three hits a day).',
        natal_points: 'Natal points aspected (default: the Sun to Pluto, ascendant and midheaven).',
      }),
      sky_events: z
        .array(z.enum(SKY_EVENT_TYPES as [SkyEventType, ...SkyEventType[]]))
        .max(SKY_EVENT_TYPES.length)
        .optional()
        .openapi({
          description: `Sky events to include, by type (default: ${CALENDAR_DEFAULT_SKY.join(', ')}; \`void_of_course\` on request; \`[]\` for none).`,
        }),
      zodiac: optionFields.zodiac,
      ayanamsa: predefinedAyanamsa,
      lang: LangSchema.optional().openapi({
        description: `The language of the feed's texts (event titles and descriptions, categories, the calendar's description, and its default name), a BCP 47 tag matched as readings match it (\`pt-BR\` → \`pt\`; \`zh\`, \`zh-CN\` → \`zh-Hans\`); supported: ${LANGS.map((l) => `\`${l}\``).join(', ')}; any other tag is a 400. Default \`en\` (Accept-Language is not consulted: the feed is read by calendar apps, not by this request's client). Event UIDs and times are the same in every language. With a language other than English, \`natal_points\` must be points every language names (${NAMED_NATAL_POINTS.join(', ')}).`,
        example: 'es',
      }),
    })
    .strict(),
  [SIDEREAL_RULE, NOT_EMPTY, NAMED_IN_LANG],
).openapi('CalendarRequest', {
  example: { chart_id: CHART_ID, name: 'Einstein: tránsitos', days_ahead: 30, lang: 'es' } as never,
});

export const CalendarSchema = z
  .object({
    id: z.string().openapi({ example: CALENDAR_ID }),
    chart_id: z.string().openapi({ example: CHART_ID }),
    name: z.string(),
    days_ahead: z.number().int(),
    transits: z.boolean(),
    transiting: z.array(TransitingBody),
    natal_points: z.array(NatalPointName),
    aspects: z.array(Aspect),
    orbs: z.record(z.string(), z.number()),
    sky_events: z.array(z.enum(SKY_EVENT_TYPES as [SkyEventType, ...SkyEventType[]])),
    zodiac: z.enum(['tropical', 'sidereal']),
    ayanamsa: z.string().nullable(),
    lang: z.string().openapi({
      description:
        "The language of the feed's texts (a tag of the supported languages; `en` for calendars made before feeds had languages).",
      example: 'es',
    }),
    units_per_fetch: z
      .number()
      .int()
      .openapi({ description: 'Units of `charts` each fetch of the feed costs.' }),
    created_at: z.string(),
  })
  .openapi('Calendar');

export const CreatedCalendarSchema = CalendarSchema.extend({
  url: z.string().openapi({
    description:
      'The feed, with its token: subscribe a calendar app to it. Shown only here: keep it secret (anyone with it reads the feed, at your quota); delete the calendar to revoke it.',
    example: `https://api.stellar-edge.dev/v1/calendars/${CALENDAR_ID}.ics?token=calt_Q2h4cF9Ya1Z0S0xqN3dQbVJ6dE5hQmNEZWZHaGlKa0w`,
  }),
  webcal_url: z
    .string()
    .openapi({ description: 'The same as a `webcal://` link (opens the subscribe dialog).' }),
  token: z.string().openapi({ description: 'The feed token alone (256 random bits), also in `url`.' }),
}).openapi('CreatedCalendar');

const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: CALENDAR_ID }),
});

const create = createRoute({
  method: 'post',
  path: '/v1/calendars',
  operationId: 'createCalendar',
  tags,
  summary: "Create a calendar feed of a saved chart's transits and the sky's events",
  description: `An iCalendar (RFC 5545) feed for calendar apps: the saved chart's exact transits (one event per hit, as \`POST /v1/transits/timeline\` finds them, with the orb window in its description) and the sky's events (ingresses, stations, lunations, eclipses; void-of-course Moon on request) over the next \`days_ahead\` days, refreshed each UTC day, its texts in the calendar's \`lang\` (default English). The answer's \`url\` carries the feed's token and is shown only once. Deleting the chart deletes its calendars. Not metered (each fetch of the feed is); an account may hold ${capsOf(MAX_CALENDARS)} calendars (free / basic / premium / unlimited), beyond which this is a 409 \`calendar-limit-reached\`.`,
  middleware: [requireScope('charts:write'), idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: CalendarRequestSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'The calendar, with its feed URL (shown only here).',
      content: { 'application/json': { schema: CreatedCalendarSchema } },
      links: linksTo({
        getCalendar: { id: '$response.body#/id' },
        deleteCalendar: { id: '$response.body#/id' },
        getCalendarFeed: { id: '$response.body#/id', token: '$response.body#/token' },
      }),
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 409, 413),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/calendars',
  operationId: 'listCalendars',
  tags,
  summary: 'List calendar feeds',
  description: 'Newest first. Never includes a feed URL or token.',
  middleware: [requireScope('charts:read')] as const,
  request: { query: ListQuerySchema },
  responses: {
    200: {
      description: 'A page.',
      content: { 'application/json': { schema: listOf(CalendarSchema, 'CalendarList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/calendars/{id}',
  operationId: 'getCalendar',
  tags,
  summary: 'Get a calendar feed (without its URL)',
  middleware: [requireScope('charts:read')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The calendar.', content: { 'application/json': { schema: CalendarSchema } } },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/calendars/{id}',
  operationId: 'deleteCalendar',
  tags,
  summary: 'Delete a calendar feed (revokes its URL)',
  description:
    'The feed answers 404 from then on: at once where the delete was handled (its cached token is cleared there and in the shared cache of its data centre), within 50 s everywhere.',
  middleware: [requireScope('charts:write')] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(...AUTHED_ERRORS, 404) },
});

const FeedQuerySchema = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({
      param: { name: 'token', in: 'query' },
      description: "The feed's token (from the calendar's creation).",
      example: 'calt_Q2h4cF9Ya1Z0S0xqN3dQbVJ6dE5hQmNEZWZHaGlKa0w',
    }),
});
const FeedParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: CALENDAR_ID }),
});

export const feedRoute = createRoute({
  method: 'get',
  path: '/v1/calendars/{id}.ics',
  operationId: 'getCalendarFeed',
  tags,
  summary: 'The calendar feed (iCalendar)',
  description: `RFC 5545 \`text/calendar\`: one VEVENT per exact transit (DTSTART the exact moment, the orb window in DESCRIPTION) and per sky event (a void-of-course Moon spans DTSTART–DTEND), its SUMMARY, DESCRIPTION and CATEGORIES in the calendar's \`lang\`, from 00:00 UTC today over the calendar's \`days_ahead\`, each with a UID stable across fetches. Authenticated by \`token\` alone (calendar apps send no headers): an unknown or revoked token, another calendar's token, or a deleted calendar or chart is a 404. Metered to the calendar's account as \`charts\`: **per fetch, the timeline's rule for the range (1 unit per started 31 days when the Moon transits, 1 per started 366 days otherwise; sky events add nothing), at least 1** (the default feed: 1 unit). Cached per calendar and UTC day (a fetch that hits computes nothing and reads no database); \`ETag\` / \`If-None-Match\`; the feed asks apps to refresh every ${FEED_REFRESH_SECONDS / 3600} h.`,
  security: [{ calendarToken: [] }],
  request: { params: FeedParam, query: FeedQuerySchema },
  responses: {
    200: {
      description: 'The feed.',
      content: {
        'text/calendar': {
          schema: z.string().openapi({ example: FEED_EXAMPLE }),
        },
      },
    },
    304: { description: 'Not modified (If-None-Match).' },
    ...errorResponses(400, 403, 404, 429),
  },
});

/** The stored options with every default filled in. */
function storedOptions(body: z.infer<typeof CalendarRequestSchema>): CalendarOptions {
  const sel = resolveSelection({
    transiting: body.transiting ?? [...CALENDAR_DEFAULT_TRANSITING],
    natal_points: body.natal_points,
    aspects: body.aspects,
    orbs: body.orbs,
  });
  return {
    days_ahead: body.days_ahead ?? CALENDAR_DEFAULT_DAYS,
    transits: body.transits ?? true,
    transiting: sel.transiting,
    natal_points: sel.natalPoints,
    aspects: sel.aspects,
    orbs: Object.fromEntries(sel.aspects.map((a) => [a, sel.orbs[a]])),
    sky_events: SKY_EVENT_TYPES.filter((t) => (body.sky_events ?? CALENDAR_DEFAULT_SKY).includes(t)),
    zodiac: body.zodiac ?? 'tropical',
    ayanamsa: body.zodiac === 'sidereal' ? (body.ayanamsa ?? 'lahiri') : undefined,
  };
}

function calendarJson(row: typeof calendars.$inferSelect) {
  const o = row.options as CalendarOptions;
  return {
    id: row.id,
    chart_id: row.chartId,
    name: row.name,
    days_ahead: o.days_ahead,
    transits: o.transits,
    transiting: o.transiting as z.infer<typeof TransitingBody>[],
    natal_points: o.natal_points as z.infer<typeof NatalPointName>[],
    aspects: o.aspects as z.infer<typeof Aspect>[],
    orbs: (o.orbs ?? {}) as Record<string, number>,
    sky_events: o.sky_events,
    zodiac: o.zodiac ?? 'tropical',
    ayanamsa: o.ayanamsa ?? null,
    lang: row.lang,
    units_per_fetch: feedUnits(o),
    created_at: iso(row.createdAt) as string,
  };
}

const chartNotFound = (id: string) =>
  problem(404, `No saved chart "${id}".`, {
    errors: [{ path: 'chart_id', message: 'Unknown chart id.', location: 'body' }],
  });

const feedNotFound = () =>
  problem(404, 'No such calendar feed: the token is wrong, or the calendar (or its chart) was deleted.');

/** GET /v1/calendars/{id}.ics?token=: the token is the credential (src/platform/calendars.ts). */
async function serveFeed(c: Context<AppEnv>) {
  const id = (c.req.param('feed') ?? '').replace(/\.ics$/, '');
  const query = FeedQuerySchema.strict().safeParse(c.req.query());
  if (!query.success) throw validationProblem(query.error, 'query');
  const token = query.data.token;
  if (!isId('calendar', id) || !isWellFormedFeedToken(token)) throw feedNotFound();
  const now = Date.now();
  const entry = await resolveFeedToken(c.env, await hashFeedToken(token), now, c.executionCtx);
  const cal = entry.calendar;
  if (!cal || cal.id !== id) throw feedNotFound();
  if (cal.suspended) throw problem(403, 'This account is suspended.', { type: 'account-suspended' });
  const principal = {
    accountId: cal.accountId,
    tier: cal.tier,
    role: 'user' as const,
    keyId: cal.id,
    keyPrefix: 'calendar',
    scopes: [],
  };
  c.set('principal', principal);
  takeBurstToken(principal);
  const o = cal.options;
  const fromMs = Date.parse(`${utcDay(now)}T00:00:00Z`);
  const toMs = fromMs + o.days_ahead * 86_400_000;
  const host = new URL(c.req.url).hostname;
  const result = await chargeWhile(c, 'charts', feedUnits(o), (ctx) =>
    cached(
      c.env,
      ctx,
      'forecast',
      `calendar|${cal.id}|${cal.name}|${cal.lang}|${JSON.stringify(o)}|${fromMs}|${host}`,
      async () => {
        const row = await drizzle(c.env.DB)
          .select({ request: charts.request })
          .from(charts)
          .where(and(eq(charts.id, cal.chartId), eq(charts.accountId, cal.accountId)))
          .get();
        if (!row) throw feedNotFound(); // the chart is being deleted (its calendars go with it)
        const saved = row.request as { subject: SubjectInput };
        let natal: Chart;
        try {
          natal = computeChart(saved.subject, { zodiac: o.zodiac, ayanamsa: o.ayanamsa } as ChartOptions);
        } catch (err) {
          if (err instanceof DomainError) throw domainProblem(err);
          throw err;
        }
        return {
          body: renderFeed({
            calendarId: cal.id,
            name: cal.name,
            chart: natal,
            hits: o.transits ? timelineRows(natal, fromMs, toMs, o) : [],
            sky: o.sky_events.length > 0 ? skyEventRows(fromMs, toMs, o.sky_events) : [],
            stampMs: now,
            host,
            lang: cal.lang,
          }),
          contentType: 'text/calendar; charset=utf-8',
        };
      },
    ),
  );
  return sendCached(c, result, result.body, FEED_REFRESH_SECONDS);
}

const router = createRouter();
// The feed first: its path also matches GET /v1/calendars/{id}. Hono cannot take `{id}.ics` as a parameter
// followed by a suffix, so the handler is mounted on a pattern and the operation documented on its own.
router.openAPIRegistry.registerPath(feedRoute);
router.get('/v1/calendars/:feed{[^/]*\\.ics}', serveFeed);

export const calendarRoutes = router
  .openapi(create, async (c) => {
    const p = principalOf(c);
    const body = c.req.valid('json');
    const db = drizzle(c.env.DB);
    const chart = await loadSavedChart(c.env.DB, p.accountId, body.chart_id);
    if (!chart) throw chartNotFound(body.chart_id);
    const token = generateFeedToken();
    const lang = (body.lang === undefined ? DEFAULT_LOCALE : (localeFor(body.lang) ?? DEFAULT_LOCALE)).tag;
    const row = {
      id: newId('calendar'),
      accountId: p.accountId,
      chartId: chart.id,
      name: body.name ?? calendarWordsFor(lang).defaultName(chart.fullName ?? null),
      lang,
      tokenHash: await hashFeedToken(token),
      options: storedOptions(body),
      createdAt: Date.now(),
    };
    const held = db
      .select({ n: sql<number>`count(*)` })
      .from(calendars)
      .where(eq(calendars.accountId, p.accountId));
    let inserted: boolean;
    try {
      // The count, the chart and the insert are one statement: two creates at the cap cannot both pass it,
      // and a chart deleted since it was read leaves nothing written (not a broken foreign key).
      const room = sql`(${held}) < ${MAX_CALENDARS[p.tier]}`;
      const where = sql`${room} AND ${chartStillSaved(c.env.DB, p.accountId, chart.id)}`;
      const res = await insertRowWhere(db, calendars, row, where).run();
      inserted = res.meta.changes > 0;
    } catch (err) {
      // D1 may have committed the insert and lost the answer: the caller gets a 503 and never sees the
      // token, so a calendar left behind would be a live feed nobody can open. Removed by its id, best effort.
      await db
        .delete(calendars)
        .where(eq(calendars.id, row.id))
        .run()
        .catch(() => undefined);
      throw err;
    }
    if (!inserted) {
      if (!(await loadSavedChart(c.env.DB, p.accountId, chart.id))) throw chartNotFound(body.chart_id);
      throw limitReached('calendar-limit-reached', 'calendars', p.tier, MAX_CALENDARS[p.tier]);
    }
    const url = `${new URL(c.req.url).origin}/v1/calendars/${row.id}.ics?token=${token}`;
    return c.json({ ...calendarJson(row), url, webcal_url: url.replace(/^https?:/, 'webcal:'), token }, 201, {
      Location: `/v1/calendars/${row.id}`,
    });
  })
  .openapi(list, async (c) => {
    const p = principalOf(c);
    const { limit, starting_after } = c.req.valid('query');
    const rows = await drizzle(c.env.DB)
      .select()
      .from(calendars)
      .where(
        starting_after
          ? and(eq(calendars.accountId, p.accountId), lt(calendars.id, starting_after))
          : eq(calendars.accountId, p.accountId),
      )
      .orderBy(desc(calendars.id))
      .limit(limit + 1)
      .all();
    return c.json({ data: rows.slice(0, limit).map(calendarJson), has_more: rows.length > limit }, 200);
  })
  .openapi(get, async (c) => {
    const row = await ownCalendar(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    return c.json(calendarJson(row), 200);
  })
  .openapi(remove, async (c) => {
    const row = await ownCalendar(c.env.DB, principalOf(c).accountId, c.req.valid('param').id);
    await drizzle(c.env.DB).delete(calendars).where(eq(calendars.id, row.id)).run();
    await invalidateFeedTokens([row.tokenHash]);
    return c.body(null, 204);
  });

async function ownCalendar(db: D1Database, accountId: string, id: string) {
  const row = isId('calendar', id)
    ? await drizzle(db)
        .select()
        .from(calendars)
        .where(and(eq(calendars.id, id), eq(calendars.accountId, accountId)))
        .get()
    : undefined;
  if (!row) throw notFound('calendar');
  return row;
}
