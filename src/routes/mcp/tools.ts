/**
 * The MCP tools: each one is an HTTP operation of this API, described once here.
 *
 * A tool's input is the zod schema of its route (body or query), so the JSON Schema an assistant sees and
 * the validation it meets are the HTTP API's own; its call becomes that HTTP request, dispatched through
 * the same Hono app (auth, burst limit, quota, cache, analytics and the handler: one code path, one
 * price). The JSON answer is the tool's structured content, with a short text summary beside it; a
 * problem (4xx/5xx) is a tool error carrying the problem.
 *
 * Adding a tool is adding an entry to TOOLS: the route's request schema as `input`, its response schema as
 * `output`, the HTTP request it becomes as `request`.
 */
import { z } from '@hono/zod-openapi';
import type { Chart, ChartPoint } from '../../astro/types';
import { ListQuerySchema } from '../../platform/openapi';
import { SIDEREAL_RULE } from '../../platform/subject';
import { ChartSchema } from '../../schemas/chart';
import { ReadingSchema } from '../../schemas/reading';
import { objectOf, withRules } from '../../schemas/rules';
import { text } from '../../schemas/text';
import { AlertSchema, alertFields } from '../alerts';
import { CalendarRequestSchema, CalendarSchema, CreatedCalendarSchema } from '../calendars';
import { ChartRequestSchema } from '../charts';
import { FamousPersonSchema, MatchRequestSchema, MatchSchema, SearchQuery } from '../famous';
import { PeriodReadingRequestSchema, PeriodReadingSchema } from '../period-readings';
import { PlaceQuerySchema, PlaceSchema } from '../places';
import { ProgressionRequestSchema, ProgressionSchema } from '../progressions';
import { ReadingRequestSchema } from '../readings';
import {
  CompositeRequestSchema,
  CompositeSchema,
  SynastryRequestSchema,
  SynastrySchema,
} from '../relationships';
import { ReturnRequestSchema, ReturnSchema } from '../returns';
import { EventsQuerySchema, MoonQuerySchema, MoonSchema, SkyEventsSchema } from '../sky';
import { TimelineRequestSchema, TimelineSchema, TransitsRequestSchema, TransitsSchema } from '../transits';
import { PngWheelQuery } from '../wheels';

/** The HTTP request a tool call becomes. */
export interface ToolRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** What a successful HTTP answer gives the assistant. */
export type ToolAnswer =
  | { kind: 'json'; data: Record<string, unknown> }
  | { kind: 'svg'; text: string; uri: string }
  | { kind: 'png'; bytes: Uint8Array; uri: string };

export interface ToolSpec<I extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: I;
  /** The route's response schema, when the answer is JSON. */
  output?: z.ZodObject;
  /** The route is read-only (no side effect beyond metering). */
  readOnly: boolean;
  /**
   * The call may delete, revoke or overwrite something (MCP's destructiveHint: false promises additive
   * updates only); default false.
   */
  destructive?: boolean;
  /** Calling it again with the same arguments changes nothing more (MCP's idempotentHint); default false. */
  idempotent?: boolean;
  request: (args: z.output<I>) => ToolRequest;
  /**
   * One or two lines for the assistant's transcript; the structured content has everything. `status` is
   * the HTTP status of the answer (201 created, 200 replaced...).
   */
  summarize: (data: never, args: z.output<I>, status: number) => string;
}

const tool = <I extends z.ZodType, D>(
  spec: Omit<ToolSpec<I>, 'summarize'> & {
    summarize: (data: D, args: z.output<I>, status: number) => string;
  },
) => spec as unknown as ToolSpec;

/** `n thing`/`n things`. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * An id that becomes one segment of a tool's path. encodeURIComponent escapes `/`, `?`, `#` and `%`, but not
 * dots, and a URL resolves the dot segments: `''`, `.` and `..` would take the call to another route, so they
 * are refused as invalid input naming the field (the HTTP routes can never receive them).
 */
const pathId = () =>
  text()
    .min(1)
    .max(64)
    .refine((id) => id !== '.' && id !== '..', { message: 'Must be an id, not "." or "..".' });

/** The names of the arguments that cannot be a path segment (the fields to name when a path leaves its route). */
export const dotSegmentArgs = (args: unknown): string[] =>
  Object.entries((args ?? {}) as Record<string, unknown>)
    .filter(([, v]) => v === '' || v === '.' || v === '..')
    .map(([k]) => k);

// ---------------------------------------------------------------- summaries
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ');
const degrees = (p: { sign: string; sign_degree: number }) => {
  const d = Math.floor(p.sign_degree);
  const m = Math.floor((p.sign_degree - d) * 60);
  return `${d}°${String(m).padStart(2, '0')}′ ${title(p.sign)}`;
};
const SIGN_NAMES = [
  'aries',
  'taurus',
  'gemini',
  'cancer',
  'leo',
  'virgo',
  'libra',
  'scorpio',
  'sagittarius',
  'capricorn',
  'aquarius',
  'pisces',
];
const angle = (lon: number) => {
  const sign = SIGN_NAMES[Math.floor(lon / 30) % 12] ?? 'aries';
  return degrees({ sign, sign_degree: lon % 30 });
};

function chartLine(chart: Pick<Chart, 'points' | 'angles'>): string {
  const pick = (name: string) => chart.points.find((p: ChartPoint) => p.name === name);
  const parts = ['sun', 'moon']
    .map((n) => {
      const p = pick(n);
      return p ? `${title(n)} ${degrees(p)}` : null;
    })
    .filter((x) => x !== null);
  if (chart.angles) parts.push(`Ascendant ${angle(chart.angles.ascendant)}`);
  return parts.join(', ');
}

const whoOf = (chart: Pick<Chart, 'subject'>) => chart.subject.full_name ?? 'The subject';

// ---------------------------------------------------------------- inputs that combine two schemas
const ChartWheelInput = z
  .object({
    birth: ChartRequestSchema.optional().openapi({
      description: 'Birth data, as the body of POST /v1/charts (`save` is ignored). Or give `chart_id`.',
    }),
    chart_id: pathId().optional().openapi({ description: 'A saved chart of this account.' }),
    format: z
      .enum(['svg', 'png'])
      .default('svg')
      .openapi({ description: 'svg: the SVG document as text; png: a PNG image.' }),
    ...PngWheelQuery.shape,
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.birth === undefined) === (v.chart_id === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['birth'], message: 'Give either birth or chart_id.' });
    }
    if (v.format === 'svg' && (v.width !== undefined || v.scale !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['width'], message: 'width and scale apply to PNG wheels only.' });
    }
  });

/** A saved chart's alerts: the chart in the path, the options in the body. */
const ChartIdInput = {
  chart_id: pathId().openapi({
    description: 'A saved chart of this account (`natal_chart` with `save: true`).',
  }),
};
const SetAlertsInput = withRules(z.object({ ...ChartIdInput, ...alertFields }).strict(), [SIDEREAL_RULE]);
const AlertsOfChart = z.object(ChartIdInput).strict();
const CalendarIdInput = z
  .object({ calendar_id: pathId().openapi({ description: 'The calendar (`cal_...`).' }) })
  .strict();
const CalendarListSchema = z.object({ data: z.array(CalendarSchema), has_more: z.boolean() });
const alertsPath = (chartId: string) => `/v1/charts/${encodeURIComponent(chartId)}/alerts`;

/** A reading's or a match's person: a union, as an object (an MCP tool's input is one). */
const ReadingInput = objectOf(ReadingRequestSchema);
const MatchInput = objectOf(MatchRequestSchema);

// ---------------------------------------------------------------- the tools
// The tools of query routes take their query schemas strict: an unknown argument is refused, as an
// unknown query parameter is by the route (src/platform/router.ts).
export const TOOLS: ToolSpec[] = [
  tool<typeof ChartRequestSchema, Chart>({
    name: 'natal_chart',
    title: 'Natal chart',
    description:
      'Computes a natal chart from birth data: planets and points (longitude, sign, house, retrograde), ' +
      'house cusps, angles, aspects with orbs, element/modality balance and the lunar phase. Give the ' +
      'birthplace as `city` (+ `country`) or `latitude`/`longitude`; use `places_search` when unsure. ' +
      'With `save: true` the chart is stored and its `id` can be used by other tools.',
    input: ChartRequestSchema,
    output: ChartSchema,
    readOnly: false,
    request: (args) => ({ method: 'POST', path: '/v1/charts', body: args }),
    summarize: (chart) =>
      `${whoOf(chart)}: ${chartLine(chart)}; ${chart.aspects.length} aspects.` +
      (chart.warnings.length ? ` Warnings: ${chart.warnings.join(' ')}` : ''),
  }),
  tool<typeof ChartWheelInput, never>({
    name: 'chart_wheel',
    title: 'Chart wheel',
    description:
      'Draws the chart wheel (zodiac, houses, planets, aspect lines) of birth data or a saved chart, as an ' +
      'SVG document (text resource) or a PNG image.',
    input: ChartWheelInput,
    readOnly: true,
    request: (args) => ({
      method: args.chart_id ? 'GET' : 'POST',
      path: args.chart_id
        ? `/v1/charts/${encodeURIComponent(args.chart_id)}/wheel.${args.format}`
        : `/v1/charts/wheel.${args.format}`,
      query: {
        size: args.size,
        theme: args.theme,
        width: args.width,
        scale: args.scale,
        fixed_stars: args.fixed_stars,
        lang: args.lang,
      },
      body: args.birth,
    }),
    summarize: (_, args) => `Chart wheel (${args.format.toUpperCase()}, ${args.theme} theme).`,
  }),
  tool<typeof ReadingInput, z.infer<typeof ReadingSchema>>({
    name: 'reading',
    title: 'Astrological reading',
    description:
      "An interpretive reading (overview, planets, aspects, balance, emphasis) of birth data, a saved `chart_id` or a famous person's `slug`.",
    input: ReadingInput,
    output: ReadingSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/readings', body: args }),
    summarize: (r) =>
      `Reading for ${r.subject.full_name ?? 'the subject'}: ${r.sections.map((s) => s.title).join(', ')} (${r.word_count} words).`,
  }),
  tool<typeof SynastryRequestSchema, z.infer<typeof SynastrySchema>>({
    name: 'synastry',
    title: 'Synastry',
    description:
      'Compares two people (each: birth data, a saved `chart_id` or a famous `slug`): inter-chart aspects, house overlays, a compatibility score with its breakdown and an element/modality harmony summary.',
    input: SynastryRequestSchema,
    output: SynastrySchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/synastry', body: args }),
    summarize: (s) =>
      `${whoOf(s.first)} & ${whoOf(s.second)}: score ${s.score.value} (${s.score.label}), ${s.aspects.length} inter-chart aspects.`,
  }),
  tool<typeof CompositeRequestSchema, z.infer<typeof CompositeSchema>>({
    name: 'composite',
    title: 'Composite chart',
    description:
      'The composite chart of two people (midpoint or Davison method): points, houses, angles and aspects of the relationship chart.',
    input: CompositeRequestSchema,
    output: CompositeSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/composite', body: args }),
    summarize: (c, args) => `Composite (${args.method}): ${chartLine(c as never)}.`,
  }),
  tool<typeof SearchQuery, { data: z.infer<typeof FamousPersonSchema>[]; has_more: boolean }>({
    name: 'famous_people_search',
    title: 'Search famous people',
    description:
      'Searches the sourced collection of famous births by name, category and Sun/Moon/rising sign. Each person has birth data with its source and Rodden rating; their `slug` works in `reading`, `synastry` and `composite`.',
    input: SearchQuery.strict(),
    output: z.object({ data: z.array(FamousPersonSchema), has_more: z.boolean() }),
    readOnly: true,
    request: (args) => ({ method: 'GET', path: '/v1/famous-people', query: args }),
    summarize: (list) =>
      list.data.length === 0
        ? 'No one matches.'
        : `${list.data.length}${list.has_more ? '+' : ''} found: ${list.data
            .slice(0, 10)
            .map((p) => `${p.full_name} (${p.slug})`)
            .join(', ')}.`,
  }),
  tool<typeof MatchInput, z.infer<typeof MatchSchema>>({
    name: 'famous_people_matches',
    title: 'Famous people who match',
    description:
      'Ranks famous people by synastry compatibility with birth data or a saved chart, and lists those sharing the Sun, Moon or rising sign.',
    input: MatchInput,
    output: MatchSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/famous-people/matches', body: args }),
    summarize: (m) =>
      m.data.length === 0
        ? 'No matches.'
        : `Best matches: ${m.data
            .slice(0, 5)
            .map((x) => `${x.person.full_name} (${x.score.value}, ${x.score.label})`)
            .join(', ')}.`,
  }),
  tool<typeof PlaceQuerySchema, { data: z.infer<typeof PlaceSchema>[]; has_more: boolean }>({
    name: 'places_search',
    title: 'Search places',
    description:
      'Finds birthplaces in the offline gazetteer (GeoNames, cities of 1000+ people): coordinates, country and IANA time zone, best first. Use a result as `city` + `country` or `latitude`/`longitude`/`timezone` in birth data.',
    input: PlaceQuerySchema.strict(),
    output: z.object({ data: z.array(PlaceSchema), has_more: z.boolean() }),
    readOnly: true,
    request: (args) => ({ method: 'GET', path: '/v1/places', query: args }),
    summarize: (list) =>
      list.data.length === 0
        ? 'No place matches.'
        : list.data
            .slice(0, 5)
            .map((p) => `${p.name}, ${p.country} (${p.latitude}, ${p.longitude}, ${p.timezone})`)
            .join('; '),
  }),
  tool<typeof TransitsRequestSchema, z.infer<typeof TransitsSchema>>({
    name: 'transits',
    title: 'Transits at a moment',
    description:
      'The sky at a moment (`at`, default now) against a natal chart (birth data, a saved `chart_id` or a famous `slug`): each transiting point with the natal house it is in, and its aspects to the natal points with orb and applying/separating.',
    input: TransitsRequestSchema,
    output: TransitsSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/transits', body: args }),
    summarize: (t) =>
      `Transits at ${t.at}: ${t.aspects
        .slice(0, 5)
        .map((a) => `${title(a.transiting)} ${a.aspect} natal ${title(a.natal)} (orb ${a.orb.toFixed(2)}°)`)
        .join('; ')}${t.aspects.length > 5 ? ` and ${t.aspects.length - 5} more` : ''}.`,
  }),
  tool<typeof TimelineRequestSchema, z.infer<typeof TimelineSchema>>({
    name: 'transit_timeline',
    title: 'Exact transit timeline',
    description:
      'Every exact aspect a transiting body makes to a natal point between `from` and `to`, one row per hit (a retrograde planet can hit three times), with the exact moment, whether the body is retrograde, and when the aspect enters and leaves its orb. At most a year when the Moon transits, ten years otherwise; costs by the length of the range.',
    input: TimelineRequestSchema,
    output: TimelineSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/transits/timeline', body: args }),
    summarize: (t) =>
      `${t.data.length} exact hits from ${t.from} to ${t.to}${
        t.data.length
          ? `; first: ${t.data
              .slice(0, 3)
              .map((h) => `${h.exact_at} ${title(h.transiting)} ${h.aspect} natal ${title(h.natal)}`)
              .join('; ')}`
          : ''
      }.`,
  }),
  tool<typeof PeriodReadingRequestSchema, z.infer<typeof PeriodReadingSchema>>({
    name: 'period_reading',
    title: 'Reading of a period (transits)',
    description:
      'Reads a day, a week or a month (`period` from `from`, or `from`/`to`, at most 92 days) for a natal chart (birth data, a saved `chart_id` or a famous `slug`) from its exact transit hits: one paragraph per transit, the slow planets first, each citing the timeline rows it reads (`factors`). The Moon only when `transiting` names it. In the language of `lang`.',
    input: PeriodReadingRequestSchema,
    output: PeriodReadingSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/readings/period', body: args }),
    summarize: (r) =>
      `${r.title}: ${r.paragraphs.length} paragraphs, ${r.hits_cited} exact hits cited${r.omitted ? ` (${r.omitted} Moon hits omitted)` : ''}, ${r.word_count} words.`,
  }),
  tool<typeof EventsQuerySchema, z.infer<typeof SkyEventsSchema>>({
    name: 'sky_events',
    title: 'Sky events',
    description:
      'Sign ingresses, stations (retrograde/direct), lunations, solar and lunar eclipses with their kind, and void-of-course Moon periods between `from` and `to` (at most 366 days); `types` filters them.',
    input: EventsQuerySchema.strict(),
    output: SkyEventsSchema,
    readOnly: true,
    request: (args) => ({ method: 'GET', path: '/v1/sky/events', query: args }),
    summarize: (e) => `${e.data.length} sky events.`,
  }),
  tool<typeof MoonQuerySchema, z.infer<typeof MoonSchema>>({
    name: 'moon_phase',
    title: 'Moon phase',
    description:
      'The Moon at a moment (`at`, default now): phase name, illuminated fraction, age in days, sign and longitude.',
    input: MoonQuerySchema.strict(),
    output: MoonSchema,
    readOnly: true,
    request: (args) => ({ method: 'GET', path: '/v1/sky/moon', query: args }),
    summarize: (m) =>
      `Moon at ${m.at}: ${title(m.phase)}, ${(m.illumination * 100).toFixed(0)} % lit, in ${title(m.sign)}.`,
  }),
  tool<typeof ReturnRequestSchema, z.infer<typeof ReturnSchema>>({
    name: 'planetary_return',
    title: 'Solar, lunar or planetary return',
    description:
      'The next return of a body (sun, moon, mercury ... pluto) to its natal longitude after a date, exact to the second of arc, with the chart of that moment at the natal place or a relocation.',
    input: ReturnRequestSchema,
    output: ReturnSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/returns', body: args }),
    summarize: (r) => `${title(r.body)} return at ${r.return_at}: ${chartLine(r.chart as never)}.`,
  }),
  tool<typeof ProgressionRequestSchema, z.infer<typeof ProgressionSchema>>({
    name: 'progressions',
    title: 'Progressions and solar arc directions',
    description:
      'Secondary progressions (a day for a year) or solar arc directions of a natal chart to a date, with their aspects to the natal points.',
    input: ProgressionRequestSchema,
    output: ProgressionSchema,
    readOnly: true,
    request: (args) => ({ method: 'POST', path: '/v1/progressions', body: args }),
    summarize: (p) =>
      `${title(p.method)} to ${p.date}: ${p.aspects_to_natal.length} aspects to the natal chart.`,
  }),
  tool<typeof CalendarRequestSchema, z.infer<typeof CreatedCalendarSchema>>({
    name: 'create_calendar',
    title: 'Create a calendar feed',
    description:
      "Creates an iCalendar feed of a saved chart's exact transits and the sky's events (ingresses, stations, lunations, eclipses; void-of-course Moon on request) over the next `days_ahead` days, for calendar apps. The answer's `url` (with its secret token) is shown only once: give it to the user to subscribe. Each fetch of the feed is metered; the number of calendars per account is capped by tier.",
    input: CalendarRequestSchema,
    output: CreatedCalendarSchema,
    readOnly: false,
    request: (args) => ({ method: 'POST', path: '/v1/calendars', body: args }),
    summarize: (cal) =>
      `Calendar ${cal.id} "${cal.name}": subscribe to ${cal.url} (shown only now; each fetch costs ${count(cal.units_per_fetch, '`charts` unit')} of the daily quota).`,
  }),
  tool<typeof ListQuerySchema, z.infer<typeof CalendarListSchema>>({
    name: 'list_calendars',
    title: 'List calendar feeds',
    description: "The account's calendar feeds, newest first (never their URLs or tokens).",
    input: ListQuerySchema.strict(),
    output: CalendarListSchema,
    readOnly: true,
    request: (args) => ({ method: 'GET', path: '/v1/calendars', query: args }),
    summarize: (list) =>
      list.data.length === 0
        ? 'No calendars.'
        : `${list.has_more ? `${list.data.length}+ calendars` : count(list.data.length, 'calendar')}: ${list.data
            .slice(0, 10)
            .map((c) => `${c.id} "${c.name}" (${c.days_ahead} days)`)
            .join(', ')}.`,
  }),
  tool<typeof CalendarIdInput, never>({
    name: 'delete_calendar',
    title: 'Delete a calendar feed',
    description: 'Deletes a calendar: its feed URL stops working at once.',
    input: CalendarIdInput,
    readOnly: false,
    destructive: true,
    idempotent: true,
    request: (args) => ({ method: 'DELETE', path: `/v1/calendars/${encodeURIComponent(args.calendar_id)}` }),
    summarize: (_, args) => `Calendar ${args.calendar_id} deleted; its feed no longer answers.`,
  }),
  tool<typeof SetAlertsInput, z.infer<typeof AlertSchema>>({
    name: 'set_alerts',
    title: 'Set transit alerts',
    description:
      "Opts a saved chart in to daily transit alerts, or replaces all its alert options with these: once per UTC day the account's webhook endpoints subscribed to `transit.upcoming` (or `*`) receive the chart's exact transits of the next `days_ahead` days. Without such an endpoint the alerts reach no one, and no tool creates one: the user subscribes one through the HTTP API (POST /v1/webhooks). Not metered; the number of charts with alerts is capped by tier.",
    input: SetAlertsInput,
    output: AlertSchema,
    readOnly: false,
    destructive: true, // replaces the options a chart already has
    idempotent: true,
    request: ({ chart_id, ...body }) => ({ method: 'PUT', path: alertsPath(chart_id), body }),
    summarize: (a, _, status) =>
      `${status === 201 ? `Chart ${a.chart_id} opted in to transit alerts` : `Alert options of chart ${a.chart_id} replaced`}: ${a.days_ahead} days ahead, ${count(a.transiting.length, 'transiting body', 'transiting bodies')}, ${a.aspects.join(', ')}. Delivered once a day to the account's webhook endpoints subscribed to transit.upcoming.`,
  }),
  tool<typeof AlertsOfChart, z.infer<typeof AlertSchema>>({
    name: 'get_alerts',
    title: "A chart's transit alerts",
    description:
      'The alert options of a saved chart and the last day an alert was sent (a tool error when it is not opted in).',
    input: AlertsOfChart,
    output: AlertSchema,
    readOnly: true,
    request: (args) => ({ method: 'GET', path: alertsPath(args.chart_id) }),
    summarize: (a) =>
      `Alerts on ${a.chart_id}: ${a.days_ahead} days ahead; last sent ${a.last_sent_day ?? 'never'}.`,
  }),
  tool<typeof AlertsOfChart, never>({
    name: 'remove_alerts',
    title: 'Remove transit alerts',
    description: 'Opts a saved chart out of transit alerts.',
    input: AlertsOfChart,
    readOnly: false,
    destructive: true,
    idempotent: true,
    request: (args) => ({ method: 'DELETE', path: alertsPath(args.chart_id) }),
    summarize: (_, args) => `Alerts on ${args.chart_id} removed.`,
  }),
];
