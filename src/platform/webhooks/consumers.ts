/**
 * The queue consumers: `stellar-webhooks` (claim the delivery, attempt it, ack or retry on the schedule)
 * and its dead-letter queue (deliveries out of attempts, or whose messages Queues gave up on).
 */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookDeliveries } from '../../db/schema';
import type { Env } from '../../env';
import { nonEmpty } from '../d1';
import { loggable } from '../problem';
import { attemptDelivery, loadTarget } from './attempt';
import {
  CLAIM_LEASE_MS,
  CRASH_RETRY_DELAY_SECONDS,
  DUE_SLACK_MS,
  MAX_QUEUE_DELAY_SECONDS,
  type WebhookMessage,
} from './schedule';

function deliveryIdOf(body: unknown): string | null {
  const id = (body as Partial<WebhookMessage> | null)?.delivery_id;
  return typeof id === 'string' && id.length <= 64 ? id : null;
}

function log(msg: string, fields: Record<string, unknown>) {
  console.log(JSON.stringify({ msg, ...fields }));
}

/** Handles one message; acks or retries it only after everything it did is recorded. */
async function handleMessage(msg: Message<unknown>, env: Env, random: () => number): Promise<void> {
  const deliveryId = deliveryIdOf(msg.body);
  if (!deliveryId) {
    log('webhook message without a delivery id', { message_id: msg.id });
    msg.ack();
    return;
  }
  const t = await loadTarget(env, deliveryId);
  if (t?.status !== 'pending') {
    msg.ack(); // deleted with its endpoint, or already settled (a duplicate message)
    return;
  }
  const now = Date.now();
  if (!t.enabled) {
    await drizzle(env.DB)
      .update(webhookDeliveries)
      .set({ status: 'canceled', nextAttemptAt: null, updatedAt: now })
      .where(and(eq(webhookDeliveries.id, t.id), eq(webhookDeliveries.status, 'pending')))
      .run();
    msg.ack();
    return;
  }
  if (t.next_attempt_at !== null && t.next_attempt_at > now + DUE_SLACK_MS) {
    // Not due: a duplicate, or a redelivery while an attempt holds the lease. Put it back for when the
    // delivery is due (a fresh message, so it does not use up this one's retries).
    const delaySeconds = Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil((t.next_attempt_at - now) / 1000));
    await env.WEBHOOK_QUEUE.send({ delivery_id: t.id } satisfies WebhookMessage, {
      contentType: 'json',
      delaySeconds,
    });
    msg.ack();
    return;
  }
  const lease = now + CLAIM_LEASE_MS;
  const claimed = await drizzle(env.DB)
    .update(webhookDeliveries)
    .set({ nextAttemptAt: lease })
    .where(
      and(
        eq(webhookDeliveries.id, t.id),
        eq(webhookDeliveries.status, 'pending'),
        or(isNull(webhookDeliveries.nextAttemptAt), lte(webhookDeliveries.nextAttemptAt, now + DUE_SLACK_MS)),
      ),
    )
    .returning({ id: webhookDeliveries.id })
    .get();
  if (!claimed) {
    msg.ack(); // another message holds this delivery; its chain goes on
    return;
  }
  try {
    const { report, outcome } = await attemptDelivery(env, t, 'scheduled', random);
    log('webhook attempt', {
      delivery_id: t.id,
      message_id: t.message_id,
      endpoint_id: t.endpoint_id,
      attempt: report.attempt,
      status_code: report.status_code,
      duration_ms: report.duration_ms,
      error: report.error,
      retry_in: outcome.retryIn,
    });
    if (outcome.retryIn !== null) {
      msg.retry({ delaySeconds: outcome.retryIn });
      return;
    }
    if (report.delivery_status === 'failed' && !outcome.disable) {
      // Out of attempts: the dead-letter queue keeps a record (its consumer also marks it failed).
      await env.WEBHOOK_DLQ.send({ delivery_id: t.id, reason: 'exhausted' } satisfies WebhookMessage, {
        contentType: 'json',
      });
    }
    msg.ack();
  } catch (err) {
    // Give the lease back (best effort) so the redelivery can go at once.
    await drizzle(env.DB)
      .update(webhookDeliveries)
      .set({ nextAttemptAt: Date.now() })
      .where(
        and(
          eq(webhookDeliveries.id, t.id),
          eq(webhookDeliveries.status, 'pending'),
          eq(webhookDeliveries.nextAttemptAt, lease),
        ),
      )
      .run()
      .catch(() => undefined);
    throw err;
  }
}

/** Queue consumer for `stellar-webhooks`. */
export async function consumeWebhooks(
  batch: MessageBatch<unknown>,
  env: Env,
  random: () => number = Math.random,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (msg) => {
      try {
        await handleMessage(msg, env, random);
      } catch (err) {
        // Not acked: Queues delivers it again (after CRASH_RETRY_DELAY_SECONDS); nothing is lost.
        console.error(
          JSON.stringify({
            msg: 'webhook delivery crashed; retrying',
            message_id: msg.id,
            body: msg.body,
            error: loggable(err, true),
          }),
        );
        msg.retry({ delaySeconds: CRASH_RETRY_DELAY_SECONDS });
      }
    }),
  );
}

/**
 * Queue consumer for `stellar-webhooks-dlq`: deliveries that ran out of attempts (sent here by the
 * consumer) or whose messages Queues gave up on (max_retries). Marks them failed.
 */
export async function consumeWebhookDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const ids = batch.messages.map((m) => deliveryIdOf(m.body)).filter((id): id is string => id !== null);
  if (ids.length > 0) {
    const now = Date.now();
    const db = drizzle(env.DB);
    await db.batch(
      nonEmpty(
        ids.map((id) =>
          db
            .update(webhookDeliveries)
            .set({ status: 'failed', nextAttemptAt: null, updatedAt: now })
            .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending'))),
        ),
      ),
    );
    for (const m of batch.messages) {
      log('webhook dead-lettered', {
        delivery_id: deliveryIdOf(m.body),
        reason: (m.body as WebhookMessage)?.reason,
      });
    }
  }
  batch.ackAll();
}
