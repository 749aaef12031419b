/**
 * POST /v1/synastry and POST /v1/composite (class "synastry"): two people, each given as birth data, a
 * saved chart_id or a famous person's slug. Both cached in their own namespaces.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findAspects } from '../astro/aspects';
import { type ChartOptions, chartPatterns, computeChart, resolveOptions } from '../astro/chart';
import { davison, midpointComposite, SYNASTRY_ORBS, synastry } from '../astro/synastry';
import { utcMsToIso } from '../astro/time';
import type { Chart, ChartWarning, Element, Modality } from '../astro/types';
import { DomainError, PATTERN_NAMES, PLANETS, POINT_NAMES, SIGNS } from '../astro/types';
import { elementOf, modalityOf } from '../astro/zodiac';
import { ensureAsteroidTables } from '../platform/asteroid-tables';
import { requireScope } from '../platform/auth';
import {
  type CacheResult,
  cached,
  prependWarnings,
  sendCached,
  type WarnedDoc,
  withRequestWarnings,
} from '../platform/cache';
import type { AppEnv } from '../platform/context';
import { AUTHED_ERRORS, BIRTH_DATA_422, errorResponses, unprocessable } from '../platform/openapi';
import { domainProblem } from '../platform/problem';
import { chargeWhile, refuseWhenUsedUp } from '../platform/quota';
import { createRouter } from '../platform/router';
import { type ResolvedSide, resolveSide } from '../platform/sides';
import { chartCacheIdentity, OPTION_RULES, optionFields, toChartOptions } from '../platform/subject';
import { ChartAspectSchema, ChartPointSchema, ChartSchema, WarningDetailSchema } from '../schemas/chart';
import { withRules } from '../schemas/rules';
import { PersonSchema } from '../schemas/subject';

const SideSchema = PersonSchema;

const chartOptionFields = {
  house_system: optionFields.house_system,
  zodiac: optionFields.zodiac,
  ayanamsa: optionFields.ayanamsa,
  ayanamsa_value: optionFields.ayanamsa_value,
  ayanamsa_epoch: optionFields.ayanamsa_epoch,
  ayanamsa_rate: optionFields.ayanamsa_rate,
  points: optionFields.points,
};

export const SynastryRequestSchema = withRules(
  z
    .object({
      first: SideSchema,
      second: SideSchema,
      ...chartOptionFields,
      aspects: optionFields.aspects,
      orbs: optionFields.orbs.openapi({
        description: `Inter-chart orb overrides. Defaults: ${Object.entries(SYNASTRY_ORBS)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}.`,
      }),
      point_orbs: optionFields.point_orbs.openapi({
        description:
          'Inter-chart orbs per point and aspect, e.g. {"sun": {"conjunction": 10}}: the larger of a pair\'s two applies; pairs without one use `orbs`.',
      }),
      aspect_patterns: optionFields.aspect_patterns.openapi({
        description:
          "Find the aspect patterns formed by both people's points together (`patterns`, each member with its chart), and each chart's own. Default false.",
      }),
    })
    .strict(),
  OPTION_RULES,
).openapi('SynastryRequest');

export const CompositeRequestSchema = withRules(
  z
    .object({
      first: SideSchema,
      second: SideSchema,
      method: z.enum(['midpoint', 'davison']).default('midpoint').openapi({
        description:
          'midpoint: shorter-arc midpoints; davison: a chart cast at the midpoint in time and place.',
      }),
      ...chartOptionFields,
      aspects: optionFields.aspects,
      orbs: optionFields.orbs,
      point_orbs: optionFields.point_orbs,
      aspect_patterns: optionFields.aspect_patterns,
    })
    .strict(),
  OPTION_RULES,
).openapi('CompositeRequest');

// Not ChartAspectSchema.extend(): that is documented as allOf[ChartAspect, ...], which keeps ChartAspect's
// point enum and so forbids "ascendant" and "midheaven".
const SynastryPoint = z.enum([...POINT_NAMES, 'ascendant', 'midheaven']);
const SynastryAspectSchema = z
  .object({
    ...ChartAspectSchema.shape,
    point_a: SynastryPoint.openapi({
      description: "A point of the first person's chart, or its ascendant or midheaven.",
    }),
    point_b: SynastryPoint.openapi({
      description: "A point of the second person's chart, or its ascendant or midheaven.",
    }),
  })
  .openapi('SynastryAspect');

const ELEMENT = z.enum(['fire', 'earth', 'air', 'water']);
const RELATION = z.enum(['same', 'complementary', 'challenging']);
const HarmonyPair = z.object({
  signs: z.array(z.enum(SIGNS)).openapi({ description: "[first person's sign, second person's sign]" }),
  elements: z.array(ELEMENT),
  element_relation: RELATION,
  same_modality: z.boolean(),
});
const HarmonySchema = z
  .object({
    sun: HarmonyPair.optional(),
    moon: HarmonyPair.optional(),
    ascendant: HarmonyPair.optional().openapi({ description: 'Absent unless both birth times are known.' }),
    dominant_elements: z.array(ELEMENT),
    dominant_relation: RELATION,
    summary: z.string(),
  })
  .openapi('SynastryHarmony', {
    description: 'Element and modality harmony of the Sun, Moon and Ascendant signs.',
  });

const Overlay = z.object({ point: z.enum(POINT_NAMES), house: z.number().int() });

const SynastryMemberSchema = z.object({
  chart: z.enum(['first', 'second']),
  point: z.enum(POINT_NAMES),
});
const SynastryPatternSchema = z
  .object({
    type: z.enum(PATTERN_NAMES),
    points: z.array(SynastryMemberSchema),
    apex: SynastryMemberSchema.optional().openapi({
      description:
        'T-square and yod: the point the other two aspect; kite: the grand-trine point opposed by the fourth.',
    }),
  })
  .openapi('SynastryPattern', {
    description:
      "An aspect pattern formed by both people's points (at least one member from each), from each chart's own aspects and the inter-aspects.",
  });

export const SynastrySchema = z
  .object({
    first: ChartSchema,
    second: ChartSchema,
    aspects: z.array(SynastryAspectSchema),
    patterns: z
      .array(SynastryPatternSchema)
      .optional()
      .openapi({ description: 'Present when asked for (`aspect_patterns: true`).' }),
    house_overlays: z.object({ first_in_second: z.array(Overlay), second_in_first: z.array(Overlay) }),
    score: z.object({
      value: z.number(),
      label: z.enum(['Minimal', 'Medium', 'Important', 'Very Important', 'Exceptional', 'Rare Exceptional']),
      method: z.literal('discepolo'),
      breakdown: z.array(
        z.object({ rule: z.string(), points: z.number(), aspect: SynastryAspectSchema.optional() }),
      ),
    }),
    harmony: HarmonySchema,
    warnings: z
      .array(z.string())
      .openapi({ description: 'The texts of warning_details, "first: " or "second: " first.' }),
    warning_details: z.array(WarningDetailSchema),
  })
  .openapi('Synastry');

export const CompositeSchema = z
  .object({
    method: z.enum(['midpoint', 'davison']),
    settings: ChartSchema.shape.settings,
    davison: z
      .object({
        utc_datetime: z.string(),
        julian_day: z.number(),
        latitude: z.number(),
        longitude: z.number(),
      })
      .optional(),
    points: z.array(ChartPointSchema),
    angles: ChartSchema.shape.angles,
    houses: ChartSchema.shape.houses,
    aspects: z.array(ChartAspectSchema),
    patterns: ChartSchema.shape.patterns,
    distributions: ChartSchema.shape.distributions,
    warnings: z.array(z.string()).openapi({ description: 'The texts of warning_details.' }),
    warning_details: z.array(WarningDetailSchema),
  })
  .openapi('Composite');

async function twoCharts(
  c: Context<AppEnv>,
  body: { first: z.infer<typeof SideSchema>; second: z.infer<typeof SideSchema> },
  options: ChartOptions,
) {
  const [a, b] = await Promise.all([
    resolveSide(c, body.first, 'first'),
    resolveSide(c, body.second, 'second'),
    ensureAsteroidTables(c.env, options.points),
  ]);
  // The sources are part of the key: the synastry body names a saved chart's id, which must never be
  // served to another account asking about the same birth data.
  const sources = JSON.stringify([a.source, b.source]);
  return {
    a,
    b,
    identity: `${chartCacheIdentity(a.input, options)}|${chartCacheIdentity(b.input, options)}|${sources}`,
  };
}

/** A side's chart, without the side's request-specific warnings (withSideWarnings adds them per answer). */
function chartOf(side: ResolvedSide, options: ChartOptions, prefix: string): Chart {
  try {
    return computeChart(side.input, options);
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, prefix);
    throw err;
  }
}

/**
 * The sides' request-specific warnings (how a city was asked for), added to an answer from the shared
 * cache (withRequestWarnings) where a body computed with them would hold them: first in each side's chart
 * (`charts`: synastry), and in the body's own list, prefixed, before that side's other warnings.
 */
function withSideWarnings(result: CacheResult, a: ResolvedSide, b: ResolvedSide, charts: boolean) {
  const first = a.warnings.map((w) => ({ ...w, subject: 'first' as const }));
  const second = b.warnings.map((w) => ({ ...w, subject: 'second' as const }));
  type Doc = WarnedDoc & { first?: WarnedDoc; second?: WarnedDoc };
  return withRequestWarnings<Doc>(result, [...first, ...second], (doc) => {
    if (charts) {
      if (doc.first) prependWarnings(doc.first, a.warnings);
      if (doc.second) prependWarnings(doc.second, b.warnings);
    }
    // The body's lists hold the first side's warnings, then the second's, then the answer's own.
    const end = doc.warning_details.findIndex((w) => w.subject !== 'first');
    const at = end === -1 ? doc.warning_details.length : end;
    const { warnings } = warningsOf(second);
    doc.warning_details.splice(at, 0, ...second);
    doc.warnings.splice(at, 0, ...warnings);
    const own = warningsOf(first);
    doc.warning_details.unshift(...own.warning_details);
    doc.warnings.unshift(...own.warnings);
  });
}

/** The warnings of both charts, each marked with its side ("first: ..." in the text). */
function sidesWarnings(first: Chart, second: Chart): ChartWarning[] {
  return [
    ...first.warning_details.map((w) => ({ ...w, subject: 'first' as const })),
    ...second.warning_details.map((w) => ({ ...w, subject: 'second' as const })),
  ];
}

/** `warnings` (texts, with the side in front) and `warning_details` of an answer. */
function warningsOf(details: ChartWarning[]) {
  return {
    warnings: details.map((w) => (w.subject ? `${w.subject}: ${w.message}` : w.message)),
    warning_details: details,
  };
}

function distributionsOf(points: Chart['points']) {
  const elements: Record<Element, number> = { fire: 0, earth: 0, air: 0, water: 0 };
  const modalities: Record<Modality, number> = { cardinal: 0, fixed: 0, mutable: 0 };
  for (const p of points) {
    if (!(PLANETS as readonly string[]).includes(p.name)) continue;
    elements[elementOf(p.sign)] += 1;
    modalities[modalityOf(p.sign)] += 1;
  }
  return { elements, modalities };
}

const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const tags = ['Relationships'];

const synastryRoute = createRoute({
  method: 'post',
  path: '/v1/synastry',
  operationId: 'createSynastry',
  tags,
  summary: 'Synastry of two people',
  description:
    "Inter-chart aspects (tighter orbs than natal), each person's points in the other's houses, and a compatibility score (Discepolo's method) with its breakdown, plus an element/modality harmony summary. Metered as `synastry`; cached.",
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('synastry')] as const,
  request: { body: json(SynastryRequestSchema) },
  responses: {
    200: { description: 'The synastry.', content: { 'application/json': { schema: SynastrySchema } } },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

const compositeRoute = createRoute({
  method: 'post',
  path: '/v1/composite',
  operationId: 'createComposite',
  tags,
  summary: 'Composite chart of two people',
  description:
    'Midpoint composite (shorter-arc midpoints; at an exact opposition the midpoint 90° after the smaller longitude), with houses derived from the composite MC at the mean latitude, or a Davison chart (`method: "davison"`). Metered as `synastry`; cached.',
  middleware: [requireScope('charts:read'), refuseWhenUsedUp('synastry')] as const,
  request: { body: json(CompositeRequestSchema) },
  responses: {
    200: {
      description: 'The composite chart.',
      content: { 'application/json': { schema: CompositeSchema } },
    },
    304: { description: 'Not modified.' },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 413),
    ...unprocessable(...BIRTH_DATA_422),
  },
});

export const relationshipRoutes = createRouter()
  .openapi(synastryRoute, async (c) => {
    const body = c.req.valid('json');
    const options = toChartOptions(body);
    // The people's own charts with the chart defaults; `aspects`, `orbs` and `point_orbs` are for the inter-aspects.
    const chartOptions = { ...options, aspects: undefined, orbs: undefined, point_orbs: undefined };
    const { a, b, identity } = await twoCharts(c, body, chartOptions);
    const syn = {
      aspects: body.aspects,
      orbs: body.orbs,
      pointOrbs: resolveOptions({ point_orbs: body.point_orbs }).point_orbs,
      patterns: body.aspect_patterns === true,
    };
    const result = await chargeWhile(c, 'synastry', 1, (ctx) =>
      cached(c.env, ctx, 'synastry', `${identity}|${JSON.stringify(syn)}`, async () => {
        const first = chartOf(a, chartOptions, 'first');
        const second = chartOf(b, chartOptions, 'second');
        const s = synastry(first, second, syn);
        return {
          body: JSON.stringify({
            first: { id: a.source.type === 'chart' ? a.source.chart_id : null, ...first },
            second: { id: b.source.type === 'chart' ? b.source.chart_id : null, ...second },
            ...s,
            ...warningsOf(sidesWarnings(first, second)),
          }),
          contentType: 'application/json; charset=utf-8',
        };
      }),
    );
    const answer = await withSideWarnings(result, a, b, true);
    return sendCached(c, answer, answer.body) as never;
  })
  .openapi(compositeRoute, async (c) => {
    const body = c.req.valid('json');
    const options = toChartOptions(body);
    const { a, b, identity } = await twoCharts(c, body, options);
    const result = await chargeWhile(c, 'synastry', 1, (ctx) =>
      cached(c.env, ctx, 'composite', `${body.method}|${identity}`, async () => {
        const first = chartOf(a, options, 'first');
        const second = chartOf(b, options, 'second');
        const resolved = resolveOptions(options);
        const warnings = sidesWarnings(first, second);
        let out: Record<string, unknown>;
        if (body.method === 'davison') {
          const d = davison(first, second, resolved);
          warnings.push(...d.cast.warnings);
          out = {
            method: 'davison',
            settings: first.settings,
            davison: {
              utc_datetime: utcMsToIso(d.utcMs),
              julian_day: Math.round(d.jdUT * 1e8) / 1e8,
              latitude: Math.round(d.latitude * 1e6) / 1e6,
              longitude: Math.round(d.longitude * 1e6) / 1e6,
            },
            points: d.cast.points,
            ...(d.cast.angles ? { angles: d.cast.angles } : {}),
            ...(d.cast.houses ? { houses: d.cast.houses } : {}),
            aspects: d.cast.aspects,
            ...(d.cast.patterns ? { patterns: d.cast.patterns } : {}),
            distributions: d.cast.distributions,
          };
        } else {
          const m = midpointComposite(first, second, resolved);
          warnings.push(...m.warnings);
          const aspects = findAspects(
            m.points.map((p) => ({
              name: p.name,
              longitude: p.longitude,
              speed: p.speed,
              declination: p.declination,
            })),
            { aspects: resolved.aspects, orbs: resolved.orbs, pointOrbs: resolved.point_orbs },
          ).map((x) => ({ ...x, orb: Math.round(x.orb * 1e4) / 1e4 }));
          out = {
            method: 'midpoint',
            settings: first.settings,
            points: m.points,
            ...(m.angles ? { angles: m.angles } : {}),
            ...(m.houses ? { houses: m.houses } : {}),
            aspects,
            ...(resolved.aspect_patterns ? { patterns: chartPatterns(m.points, aspects) } : {}),
            distributions: distributionsOf(m.points),
          };
        }
        return {
          body: JSON.stringify({ ...out, ...warningsOf(warnings) }),
          contentType: 'application/json; charset=utf-8',
        };
      }),
    );
    const answer = await withSideWarnings(result, a, b, false);
    return sendCached(c, answer, answer.body) as never;
  });
