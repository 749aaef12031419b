// For `npm run bench` (scripts/bench.mjs): the analytics middleware on a minimal Hono app and the same app
// without it, built in one module so Hono and the middleware share one module instance under tsx.
import { Hono } from 'hono';
import { observe, recordAnalytics, resetAnalyticsMemory } from '../src/platform/analytics';
import type { AppEnv } from '../src/platform/context';

export { observe, resetAnalyticsMemory };

export function apps() {
  const withMw = new Hono<AppEnv>();
  withMw.use('*', recordAnalytics);
  withMw.get('/v1/charts/:id', (c) => c.text('ok'));
  const without = new Hono<AppEnv>();
  without.use('*', async (_c, next) => next());
  without.get('/v1/charts/:id', (c) => c.text('ok'));
  return { withMw, without };
}
