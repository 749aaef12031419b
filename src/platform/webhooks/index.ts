/**
 * Webhooks: fan-out of stored events to endpoints, signing (Standard Webhooks), delivery through the
 * `webhooks` queue with retries on the Standard Webhooks schedule, the dead-letter queue, and the
 * synchronous attempts behind the test and manual-retry routes (src/routes/webhooks/).
 *
 * Flow: events queue consumer (src/platform/events.ts) → `fanOutEvents` (registered with onEvents
 * below): one webhook_deliveries row per (message, endpoint), a duplicate ignored on the unique
 * (message_id, endpoint_id), then one `{ delivery_id }` message per delivery on the webhooks queue →
 * `consumeWebhooks`: sign, POST (15 s timeout, redirects not followed), record the attempt, then ack
 * (2xx or final), or `message.retry({ delaySeconds })` on the schedule.
 *
 * At least once: a message is acked only after its attempt is recorded in D1. Anything that throws
 * while handling a message (D1 unavailable, ...) leaves it unacked and retried by Queues (explicitly,
 * per message, so the rest of the batch is unaffected); the receiver may then see the same webhook-id
 * twice, which Standard Webhooks receivers de-duplicate on.
 *
 * Exactly one live retry chain per delivery: the schedule lives in D1 (`next_attempt_at`, and the
 * number of scheduled attempts in webhook_attempts), queue messages are only wake-ups. Before sending,
 * a consumer claims the delivery (a conditional UPDATE that moves next_attempt_at to a lease); a
 * duplicate message (a redelivered event batch, a Queues redelivery) loses the claim and is dropped,
 * and a message that arrives before the delivery is due is put back with the remaining delay.
 *
 * Files: schedule.ts (retry schedule, limits), signing.ts (secrets, payload, headers), fan-out.ts (events →
 * deliveries), send.ts (one HTTP attempt), attempt.ts (decide and record), consumers.ts (the queues),
 * retention.ts (cron), document.ts (the `webhooks` of /openapi.json).
 */
import { onEvents } from '../events';
import { fanOutEvents } from './fan-out';

// Runs whenever the Worker module loads (src/index.ts imports this module).
onEvents(fanOutEvents);

export { type AttemptReport, attemptDelivery, type DeliveryTarget, loadTarget } from './attempt';
export { consumeWebhookDeadLetters, consumeWebhooks } from './consumers';
export { registerEventWebhooks } from './document';
export { fanOutEvents, OPERATOR_EVENT, parseEvents } from './fan-out';
export { OVERDUE_MS, sweepOverdueDeliveries } from './recovery';
export { DELIVERY_RETENTION_DAYS, pruneWebhookDeliveries } from './retention';
export {
  ATTEMPT_TIMEOUT_MS,
  type AttemptTrigger,
  CRASH_RETRY_DELAY_SECONDS,
  type DeliveryStatus,
  DISABLE_AFTER_MS,
  MAX_ATTEMPTS,
  MAX_QUEUE_DELAY_SECONDS,
  RESPONSE_BODY_LIMIT,
  RETRY_JITTER,
  RETRY_SCHEDULE_SECONDS,
  ROTATION_OVERLAP_MS,
  retryDelaySeconds,
  type WebhookMessage,
} from './schedule';
export { type AttemptResult, isSuccess, sendWebhook } from './send';
export { activeSecrets, buildPayload, generateSecret, messageIdForEvent, signedHeaders } from './signing';
