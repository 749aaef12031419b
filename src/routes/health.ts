import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { createRouter } from '../platform/router';

const CheckSchema = z.object({ ok: z.boolean(), latency_ms: z.number(), error: z.string().optional() });
const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    environment: z.string(),
    time: z.string().openapi({ example: '2026-01-02T03:04:05Z' }),
    checks: z.object({ d1: CheckSchema, kv: CheckSchema }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/v1/health',
  operationId: 'getHealth',
  tags: ['Health'],
  summary: 'Service health',
  description: 'Reports whether D1 and KV are reachable. No authentication.',
  security: [],
  responses: {
    200: {
      description: 'All dependencies reachable.',
      content: { 'application/json': { schema: HealthSchema } },
    },
    503: {
      description: 'A dependency is unreachable.',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
});

async function check(fn: () => Promise<unknown>, verbose: boolean) {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, latency_ms: Math.round((performance.now() - start) * 100) / 100 };
  } catch (err) {
    // The raw error only for local development: it can name internals.
    const error = verbose ? String(err) : 'unreachable';
    return { ok: false, latency_ms: Math.round((performance.now() - start) * 100) / 100, error };
  }
}

export const VERSION = '0.1.0';

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const [d1, kv] = await Promise.all([
    check(() => drizzle(c.env.DB).get(sql`SELECT 1`), c.env.ENVIRONMENT === 'development'),
    check(() => c.env.CACHE.get('health:probe'), c.env.ENVIRONMENT === 'development'),
  ]);
  const ok = d1.ok && kv.ok;
  const body = {
    status: ok ? ('ok' as const) : ('degraded' as const),
    version: VERSION,
    environment: c.env.ENVIRONMENT,
    time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    checks: { d1, kv },
  };
  c.header('Cache-Control', 'no-store');
  return ok ? c.json(body, 200) : c.json(body, 503);
});
