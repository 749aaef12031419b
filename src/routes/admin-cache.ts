/**
 * Cache administration (admin keys): invalidate by key or pattern, warm, stats. See src/platform/cache.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DomainError } from '../astro/types';
import { requireAdmin } from '../platform/auth';
import {
  invalidateKey,
  invalidateNamespace,
  NAMESPACE_NAMES,
  type Namespace,
  readStats,
} from '../platform/cache';
import { cachedChart, prepareChart } from '../platform/charts';
import type { AppEnv } from '../platform/context';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../platform/openapi';
import { domainProblem, invalidField, loggable } from '../platform/problem';
import { createRouter } from '../platform/router';
import { checkSubjectWorld } from '../platform/subject';
import { exclusiveUnion } from '../schemas/rules';
import { text } from '../schemas/text';
import { ChartRequestSchema } from './charts';

const tags = ['Admin'];

/** "*" (every namespace) or "<namespace>:*". */
const PATTERNS = ['*', ...NAMESPACE_NAMES.map((ns) => `${ns}:*` as const)] as const;

const InvalidateBody = exclusiveUnion(
  [
    {
      schema: z
        .object({
          key: text()
            .min(1)
            .max(200)
            .openapi({ description: 'One cache key, as sent in the X-Cache-Key response header.' }),
        })
        .strict()
        .openapi('CacheInvalidateKey'),
      marks: ['key'],
    },
    {
      schema: z
        .object({
          pattern: z.enum(PATTERNS).openapi({
            description: 'A namespace ("<namespace>:*") or "*" for all; O(1).',
            example: 'charts:*',
          }),
        })
        .strict()
        .openapi('CacheInvalidatePattern'),
      marks: ['pattern'],
    },
  ],
  'Give exactly one of "key" and "pattern".',
).openapi('CacheInvalidateRequest');

const InvalidateResult = z
  .object({
    invalidated: z.enum(['key', 'namespaces']),
    key: z.string().optional(),
    existed: z.boolean().optional(),
    namespaces: z
      .record(z.string(), z.number().int())
      .optional()
      .openapi({ description: 'New version per namespace.' }),
  })
  .openapi('CacheInvalidation');

/** Famous people's charts are warmed by a provider registered by the famous-people module. */
export type WarmProvider = (c: Context<AppEnv>) => Promise<number>;
let famousWarmer: WarmProvider | null = null;
export function registerFamousWarmer(fn: WarmProvider): void {
  famousWarmer = fn;
}

const WarmBody = z
  .discriminatedUnion('target', [
    z
      .object({
        target: z.literal('famous_people').openapi({ description: "Every famous person's chart." }),
      })
      .strict()
      .openapi('CacheWarmFamousPeople'),
    z
      .object({
        target: z.literal('subjects').openapi({ description: 'The given chart requests.' }),
        subjects: z
          .array(ChartRequestSchema)
          .min(1)
          .max(100)
          .openapi({ description: 'Chart requests to precompute.' }),
      })
      .strict()
      .openapi('CacheWarmSubjects'),
  ])
  .openapi('CacheWarmRequest');

const WarmResult = z
  .object({ target: z.string(), queued: z.number().int(), status: z.literal('warming') })
  .openapi('CacheWarm');

const StatsSchema = z
  .object({
    since: z.string(),
    isolates: z.number().int().openapi({ description: 'Isolates that reported counts.' }),
    namespaces: z.record(
      z.string(),
      z.object({ hits_l1: z.number(), hits_l2: z.number(), misses: z.number(), hit_ratio: z.number() }),
    ),
    total: z.object({ hits_l1: z.number(), hits_l2: z.number(), misses: z.number(), hit_ratio: z.number() }),
    versions: z.record(z.string(), z.number().int()),
  })
  .openapi('CacheStats');

const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const invalidate = createRoute({
  method: 'post',
  path: '/v1/admin/cache/invalidate',
  operationId: 'adminInvalidateCache',
  tags,
  summary: 'Invalidate cache entries (admin)',
  description:
    'By `key` (deleted from this isolate, this data centre and KV) or by `pattern` (a namespace version bump: every level, O(1); other isolates and data centres follow within about 90 s). A purge by key reaches other locations within an hour (their local copies expire).',
  middleware: [requireAdmin] as const,
  request: { body: json(InvalidateBody) },
  responses: {
    200: { description: 'Done.', content: { 'application/json': { schema: InvalidateResult } } },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const warm = createRoute({
  method: 'post',
  path: '/v1/admin/cache/warm',
  operationId: 'adminWarmCache',
  tags,
  summary: 'Precompute cache entries (admin)',
  description: 'Runs in the background after the answer; reports how many entries it will compute.',
  middleware: [requireAdmin] as const,
  request: { body: json(WarmBody) },
  responses: {
    202: { description: 'Warming.', content: { 'application/json': { schema: WarmResult } } },
    ...errorResponses(400, ...AUTHED_ERRORS, 503),
    ...unprocessable('invalid-date', 'unknown-time-zone'),
  },
});

const stats = createRoute({
  method: 'get',
  path: '/v1/admin/cache/stats',
  operationId: 'adminCacheStats',
  tags,
  summary: 'Cache statistics (admin)',
  description:
    'Hits and misses per level and namespace, summed over the isolates that flushed their counts (each at most once a minute).',
  middleware: [requireAdmin] as const,
  responses: {
    200: { description: 'Stats.', content: { 'application/json': { schema: StatsSchema } } },
    ...errorResponses(...AUTHED_ERRORS),
  },
});

export const adminCacheRoutes = createRouter()
  .openapi(invalidate, async (c) => {
    const body = c.req.valid('json');
    if ('key' in body) {
      const existed = await invalidateKey(c.env, body.key);
      return c.json({ invalidated: 'key' as const, key: body.key, existed }, 200);
    }
    const pattern = body.pattern;
    const targets: Namespace[] = pattern === '*' ? NAMESPACE_NAMES : [pattern.slice(0, -2) as Namespace];
    const namespaces: Record<string, number> = {};
    for (const ns of targets) namespaces[ns] = await invalidateNamespace(c.env, ns);
    return c.json({ invalidated: 'namespaces' as const, namespaces }, 200);
  })
  .openapi(warm, async (c) => {
    const body = c.req.valid('json');
    if (body.target === 'famous_people') {
      if (!famousWarmer) throw invalidField('target', 'The famous-people collection is not available.');
      const queued = await famousWarmer(c);
      return c.json({ target: body.target, queued, status: 'warming' as const }, 202);
    }
    const subjects = body.subjects;
    // What the document cannot say about a subject, checked now (no I/O): a 422 naming it, rather than a
    // warm that fails in the background. Unknown cities and skipped local times are only logged there.
    for (const [i, s] of subjects.entries()) {
      try {
        checkSubjectWorld(s);
      } catch (err) {
        if (err instanceof DomainError) throw domainProblem(err, `subjects[${i}]`);
        throw err;
      }
    }
    c.executionCtx.waitUntil(
      (async () => {
        for (const s of subjects) {
          try {
            await cachedChart(c.env, c.executionCtx, await prepareChart(c.env.DB, s));
          } catch (err) {
            console.error(JSON.stringify({ msg: 'warm failed', err: loggable(err) }));
          }
        }
      })(),
    );
    return c.json({ target: body.target, queued: subjects.length, status: 'warming' as const }, 202);
  })
  .openapi(stats, async (c) => {
    const report = await readStats(c.env);
    const versions: Record<string, number> = {};
    for (const ns of NAMESPACE_NAMES) versions[ns] = Number((await c.env.CACHE.get(`cache-ns:${ns}`)) ?? 1);
    return c.json({ ...report, versions }, 200);
  });
