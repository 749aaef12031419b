/**
 * Worker entry: HTTP (`fetch`), queue consumers (`queue`, dispatched on the queue name), the daily
 * maintenance cron (`scheduled`) and the Durable Object classes.
 */
import { createApp } from './app';
import type { Env, EventMessage } from './env';
import {
  type BatchMessage,
  consumeBatch,
  consumeBatchDeadLetters,
  pruneBatchJobs,
  sweepUnqueuedJobs,
} from './platform/batch';
import { consumeEvents, pruneEvents } from './platform/events';
import { pruneIdempotencyKeys } from './platform/idempotency';
// Importing the webhooks module also registers its event subscriber (the fan-out to deliveries).
import { consumeWebhookDeadLetters, consumeWebhooks, pruneWebhookDeliveries } from './platform/webhooks';

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

  async scheduled(controller, env) {
    await pruneEvents(env, controller.scheduledTime); // events older than EVENT_RETENTION_DAYS (90)
    await pruneBatchJobs(env, controller.scheduledTime); // jobs past expires_at (30 days), with their items
    await sweepUnqueuedJobs(env, controller.scheduledTime); // jobs stored but never queued (lost D1 answers)
    await pruneIdempotencyKeys(env, controller.scheduledTime); // Idempotency-Key records older than 24 h
    await pruneWebhookDeliveries(env, controller.scheduledTime); // settled deliveries older than 30 days
  },
} satisfies ExportedHandler<Env, unknown>;
