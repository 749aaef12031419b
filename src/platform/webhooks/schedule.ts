/**
 * The delivery policy: the Standard Webhooks retry schedule with its jitter, the limits of one attempt,
 * when an endpoint is disabled, and the shapes a delivery moves through.
 */

/**
 * Standard Webhooks retry schedule: entry i is the delay (seconds) before attempt i + 1, so attempt 1
 * goes immediately, attempt 2 five seconds after the first failure ... attempt 8 ten hours after the
 * seventh. Each retry gets ±10 % jitter.
 */
export const RETRY_SCHEDULE_SECONDS = [0, 5, 300, 1800, 7200, 18000, 36000, 36000] as const;
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length;
export const RETRY_JITTER = 0.1;
/** Cloudflare Queues caps one delay at 12 h. */
export const MAX_QUEUE_DELAY_SECONDS = 12 * 3600;
export const ATTEMPT_TIMEOUT_MS = 15_000;
export const RESPONSE_BODY_LIMIT = 1024;
/** An endpoint failing continuously for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 86_400_000;
/** After a rotation the previous secret keeps signing this long. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;
/** How long a consumer holds a delivery while it attempts it (timeout + margin). */
export const CLAIM_LEASE_MS = ATTEMPT_TIMEOUT_MS + 15_000;
/** A message may arrive this early (clock differences) and still count as due. */
export const DUE_SLACK_MS = 2_000;
/** Delay before Queues redelivers a message whose handling threw. */
export const CRASH_RETRY_DELAY_SECONDS = 10;

export type AttemptTrigger = 'scheduled' | 'manual' | 'test';
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'canceled';

/** The body of a message on the webhooks queue (and its dead-letter queue). */
export interface WebhookMessage {
  delivery_id: string;
  reason?: string;
}

/**
 * Delay before the attempt after `attempt` (1-based number of the scheduled attempt that just failed),
 * with ±10 % jitter from `random` in [0, 1); null when no attempt is left.
 */
export function retryDelaySeconds(attempt: number, random: number = Math.random()): number | null {
  const base = RETRY_SCHEDULE_SECONDS[attempt];
  if (!Number.isInteger(attempt) || attempt < 1 || base === undefined) return null;
  const jittered = base * (1 + (2 * random - 1) * RETRY_JITTER);
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(1, Math.round(jittered)));
}
