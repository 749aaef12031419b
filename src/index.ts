/**
 * Worker entry: HTTP (`fetch`), queue consumers (`queue`, dispatched on the queue name), the cron
 * triggers (`scheduled`: the sweepers every minute, retention daily) and the Durable Object classes.
 */
import { createApp } from './app';
import type { Env, EventMessage } from './env';
import { type BatchMessage, consumeBatch, consumeBatchDeadLetters } from './platform/batch';
import { SWEEP_CRON } from './platform/crons';
import { consumeEvents } from './platform/events';
import { retention, sweep } from './platform/maintenance';
// Importing the webhooks module also registers its event subscriber (the fan-out to deliveries).
import { consumeWebhookDeadLetters, consumeWebhooks } from './platform/webhooks';

export { RateLimiter } from './platform/rate-limiter';

const app = createApp();

/** Queue name (without an environment suffix) → consumer. */
const consumers: Record<
  string,
  (batch: MessageBatch<never>, env: Env, ctx: ExecutionContext) => Promise<void>
> = {
  'stellar-events': (batch, env) => consumeEvents(batch as MessageBatch<EventMessage>, env),
  // Dead letters of the event log: idempotent (a logged id is ignored, fan-out deduplicated), so replayable.
  'stellar-events-dlq': (batch, env) => consumeEvents(batch as MessageBatch<EventMessage>, env),
  'stellar-batch': (batch, env, ctx) => consumeBatch(batch as MessageBatch<BatchMessage>, env, ctx),
  'stellar-batch-dlq': (batch, env, ctx) =>
    consumeBatchDeadLetters(batch as MessageBatch<BatchMessage>, env, ctx),
  'stellar-webhooks': (batch, env) => consumeWebhooks(batch, env),
  'stellar-webhooks-dlq': (batch, env) => consumeWebhookDeadLetters(batch, env),
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

  async scheduled(controller, env, ctx) {
    // The sweepers every minute (SWEEP_CRON); any other trigger is the daily retention (DAILY_CRON).
    if (controller.cron === SWEEP_CRON) await sweep(env, ctx, controller.scheduledTime);
    else await retention(env, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env, unknown>;
