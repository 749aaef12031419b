/**
 * Worker entry: HTTP (`fetch`), queue consumers (`queue`, dispatched on the queue name), the daily
 * maintenance cron (`scheduled`) and the Durable Object classes.
 */
import { createApp } from './app';
import type { Env, EventMessage } from './env';
import { consumeEvents, EVENT_RETENTION_DAYS } from './platform/events';

export { RateLimiter } from './platform/rate-limiter';

const app = createApp();

/** Queue name (without an environment suffix) → consumer. */
const consumers: Record<
  string,
  (batch: MessageBatch<never>, env: Env, ctx: ExecutionContext) => Promise<void>
> = {
  'stellar-events': (batch, env) => consumeEvents(batch as MessageBatch<EventMessage>, env),
};

export default {
  fetch: app.fetch,

  async queue(batch, env, ctx) {
    const consumer = consumers[batch.queue];
    if (!consumer) {
      console.error(JSON.stringify({ msg: 'no consumer for queue', queue: batch.queue }));
      batch.retryAll({ delaySeconds: 60 });
      return;
    }
    await consumer(batch as MessageBatch<never>, env, ctx);
  },

  async scheduled(controller, env) {
    const cutoff = controller.scheduledTime - EVENT_RETENTION_DAYS * 86_400_000;
    await env.DB.prepare('DELETE FROM events WHERE created_at < ?1').bind(cutoff).run();
  },
} satisfies ExportedHandler<Env, unknown>;
