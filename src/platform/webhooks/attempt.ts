/**
 * An attempt and what follows from it: the delivery loaded with its endpoint, the decision (settled,
 * retried on the schedule, failed, the endpoint disabled) and its record, all in one D1 transaction.
 * Used by the queue consumer (scheduled) and by the routes' test and manual retry.
 */
import type { Env } from '../../env';
import { iso } from '../accounts';
import { type AttemptTrigger, type DeliveryStatus, DISABLE_AFTER_MS, retryDelaySeconds } from './schedule';
import { type AttemptResult, isSuccess, sendWebhook } from './send';
import type { SigningSecrets } from './signing';

/** A delivery joined with its endpoint, as the consumer and the routes load it. */
export interface DeliveryTarget extends SigningSecrets {
  id: string;
  endpoint_id: string;
  account_id: string;
  message_id: string;
  event_type: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number | null;
  url: string;
  enabled: number;
  scheduled_attempts: number;
}

const LOAD_TARGET = `SELECT d.id, d.endpoint_id, d.account_id, d.message_id, d.event_type, d.payload, d.status,
    d.attempts, d.next_attempt_at, e.url, e.enabled, e.secret, e.previous_secret, e.previous_secret_expires_at,
    (SELECT count(*) FROM webhook_attempts a WHERE a.delivery_id = d.id AND a.trigger = 'scheduled')
      AS scheduled_attempts
  FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
  WHERE d.id = ?1`;

export async function loadTarget(env: Env, deliveryId: string): Promise<DeliveryTarget | null> {
  return env.DB.prepare(LOAD_TARGET).bind(deliveryId).first<DeliveryTarget>();
}

/** What an attempt changed, as the routes report it. */
export interface AttemptReport {
  delivery_id: string;
  message_id: string;
  event_type: string;
  attempt: number;
  trigger: AttemptTrigger;
  success: boolean;
  status_code: number | null;
  duration_ms: number;
  response_body: string | null;
  error: string | null;
  created_at: string;
  delivery_status: DeliveryStatus;
  next_attempt_at: string | null;
}

export interface Outcome {
  /** New delivery status; undefined keeps it (a manual retry while the scheduled chain is alive). */
  status?: DeliveryStatus;
  /** New next_attempt_at (with status); undefined keeps it. */
  nextAttemptAt?: number | null;
  /** Seconds until the next scheduled attempt, when there is one. */
  retryIn: number | null;
  /** Disable the endpoint now, with this reason. */
  disable: string | null;
  /** Track the endpoint's health (scheduled and manual attempts; not tests). */
  health: boolean;
}

function decide(
  t: DeliveryTarget,
  trigger: AttemptTrigger,
  r: AttemptResult,
  now: number,
  random: () => number,
): Outcome {
  const ok = isSuccess(r);
  if (trigger === 'test') {
    return {
      status: ok ? 'succeeded' : 'failed',
      nextAttemptAt: null,
      retryIn: null,
      disable: null,
      health: false,
    };
  }
  if (ok) return { status: 'succeeded', nextAttemptAt: null, retryIn: null, disable: null, health: true };
  if (r.statusCode === 410) {
    return {
      status: 'failed',
      nextAttemptAt: null,
      retryIn: null,
      disable: `The endpoint answered 410 Gone on ${iso(now)}.`,
      health: true,
    };
  }
  if (trigger === 'manual') {
    return t.status === 'pending'
      ? { retryIn: null, disable: null, health: true }
      : { status: 'failed', nextAttemptAt: null, retryIn: null, disable: null, health: true };
  }
  const delay = retryDelaySeconds(t.scheduled_attempts + 1, random());
  if (delay === null)
    return { status: 'failed', nextAttemptAt: null, retryIn: null, disable: null, health: true };
  return {
    status: 'pending',
    nextAttemptAt: now + delay * 1000,
    retryIn: delay,
    disable: null,
    health: true,
  };
}

/**
 * Records an attempt and its consequences in one D1 transaction: the attempt row (numbered after the
 * delivery's previous attempts), the delivery's status and next attempt, and the endpoint's health
 * (failing_since; disabled after a 410 or DISABLE_AFTER_MS of continuous failure).
 */
async function recordAttempt(
  env: Env,
  t: DeliveryTarget,
  trigger: AttemptTrigger,
  r: AttemptResult,
  o: Outcome,
  now: number,
): Promise<number> {
  const db = env.DB;
  const stmts: D1PreparedStatement[] = [
    db
      .prepare(
        `INSERT INTO webhook_attempts
           (delivery_id, attempt, trigger, status_code, response_body, error, duration_ms, created_at)
         SELECT id, attempts + 1, ?2, ?3, ?4, ?5, ?6, ?7 FROM webhook_deliveries WHERE id = ?1
         RETURNING attempt`,
      )
      .bind(t.id, trigger, r.statusCode, r.responseBody, r.error, Math.max(0, Math.round(r.durationMs)), now),
  ];
  if (o.status === undefined) {
    stmts.push(
      db
        .prepare(
          'UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = ?2, updated_at = ?3 WHERE id = ?1',
        )
        .bind(t.id, r.statusCode, now),
    );
  } else {
    stmts.push(
      db
        .prepare(
          `UPDATE webhook_deliveries SET attempts = attempts + 1, status = ?2, next_attempt_at = ?3,
             last_status_code = ?4, updated_at = ?5 WHERE id = ?1`,
        )
        .bind(t.id, o.status, o.nextAttemptAt ?? null, r.statusCode, now),
    );
  }
  if (o.health) {
    if (isSuccess(r)) {
      stmts.push(
        db
          .prepare(
            'UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ?1 AND failing_since IS NOT NULL',
          )
          .bind(t.endpoint_id),
      );
    } else {
      stmts.push(
        db
          .prepare('UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, ?2) WHERE id = ?1')
          .bind(t.endpoint_id, now),
      );
      const days = DISABLE_AFTER_MS / 86_400_000;
      stmts.push(
        db
          .prepare(
            `UPDATE webhook_endpoints SET enabled = 0, updated_at = ?2,
               disabled_reason = 'Every delivery attempt failed for ' || ?4 || ' days (since ' ||
                 strftime('%Y-%m-%dT%H:%M:%SZ', failing_since / 1000, 'unixepoch') || ').'
             WHERE id = ?1 AND enabled = 1 AND failing_since <= ?3`,
          )
          .bind(t.endpoint_id, now, now - DISABLE_AFTER_MS, String(days)),
      );
    }
  }
  if (o.disable) {
    stmts.push(
      db
        .prepare(
          'UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?2, updated_at = ?3 WHERE id = ?1',
        )
        .bind(t.endpoint_id, o.disable, now),
    );
  }
  const results = await db.batch<{ attempt: number }>(stmts);
  return results[0]?.results[0]?.attempt ?? t.attempts + 1;
}

/** Sends one attempt now and records it (the routes' test and manual retry; the consumer's scheduled). */
export async function attemptDelivery(
  env: Env,
  t: DeliveryTarget,
  trigger: AttemptTrigger,
  random: () => number = Math.random,
): Promise<{ report: AttemptReport; outcome: Outcome; result: AttemptResult }> {
  const result = await sendWebhook(env, t, t.message_id, t.payload);
  const now = Date.now();
  const outcome = decide(t, trigger, result, now, random);
  const attempt = await recordAttempt(env, t, trigger, result, outcome, now);
  const status = outcome.status ?? t.status;
  const next = outcome.nextAttemptAt === undefined ? t.next_attempt_at : outcome.nextAttemptAt;
  return {
    result,
    outcome,
    report: {
      delivery_id: t.id,
      message_id: t.message_id,
      event_type: t.event_type,
      attempt,
      trigger,
      success: isSuccess(result),
      status_code: result.statusCode,
      duration_ms: Math.round(result.durationMs),
      response_body: result.responseBody,
      error: result.error,
      created_at: iso(now) as string,
      delivery_status: status,
      next_attempt_at: status === 'pending' ? iso(next) : null,
    },
  };
}
