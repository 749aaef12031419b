/**
 * An attempt and what follows from it: the delivery loaded with its endpoint, the decision (settled,
 * retried on the schedule, failed, the endpoint disabled) and its record, all in one D1 transaction.
 * Used by the queue consumer (scheduled) and by the routes' test and manual retry.
 */
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../db/schema';
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
  enabled: boolean;
  scheduled_attempts: number;
}

export async function loadTarget(env: Env, deliveryId: string): Promise<DeliveryTarget | null> {
  const d = webhookDeliveries;
  const e = webhookEndpoints;
  const row = await drizzle(env.DB)
    .select({
      id: d.id,
      endpoint_id: d.endpointId,
      account_id: d.accountId,
      message_id: d.messageId,
      event_type: d.eventType,
      payload: d.payload,
      status: d.status,
      attempts: d.attempts,
      next_attempt_at: d.nextAttemptAt,
      url: e.url,
      enabled: e.enabled,
      secret: e.secret,
      previous_secret: e.previousSecret,
      previous_secret_expires_at: e.previousSecretExpiresAt,
      scheduled_attempts: sql<number>`(SELECT count(*) FROM ${webhookAttempts}
        WHERE ${webhookAttempts.deliveryId} = ${d.id} AND ${webhookAttempts.trigger} = 'scheduled')`,
    })
    .from(d)
    .innerJoin(e, eq(e.id, d.endpointId))
    .where(eq(d.id, deliveryId))
    .get();
  return row ? { ...row, status: row.status as DeliveryStatus } : null;
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
  const db = drizzle(env.DB);
  const d = webhookDeliveries;
  const e = webhookEndpoints;
  // The attempt, numbered after the delivery's attempts so far: INSERT ... SELECT of every column (the id
  // is the autoincrement's) from the delivery's row.
  const attemptRow = db
    .insert(webhookAttempts)
    .select(
      sql`SELECT NULL, ${d.id}, ${d.attempts} + 1, ${trigger}, ${r.statusCode}, ${r.responseBody}, ${r.error},
        ${Math.max(0, Math.round(r.durationMs))}, ${now} FROM ${d} WHERE ${d.id} = ${t.id}`,
    )
    .returning({ attempt: webhookAttempts.attempt });
  const stmts: BatchItem<'sqlite'>[] = [
    db
      .update(d)
      .set({
        attempts: sql`${d.attempts} + 1`,
        ...(o.status === undefined ? {} : { status: o.status, nextAttemptAt: o.nextAttemptAt ?? null }),
        lastStatusCode: r.statusCode,
        updatedAt: now,
      })
      .where(eq(d.id, t.id)),
  ];
  if (o.health) {
    if (isSuccess(r)) {
      stmts.push(
        db
          .update(e)
          .set({ failingSince: null })
          .where(and(eq(e.id, t.endpoint_id), isNotNull(e.failingSince))),
      );
    } else {
      stmts.push(
        db
          .update(e)
          .set({ failingSince: sql`coalesce(${e.failingSince}, ${now})` })
          .where(eq(e.id, t.endpoint_id)),
      );
      const days = String(DISABLE_AFTER_MS / 86_400_000);
      stmts.push(
        db
          .update(e)
          .set({
            enabled: false,
            updatedAt: now,
            disabledReason: sql`'Every delivery attempt failed for ' || ${days} || ' days (since ' ||
              strftime('%Y-%m-%dT%H:%M:%SZ', ${e.failingSince} / 1000, 'unixepoch') || ').'`,
          })
          .where(
            and(eq(e.id, t.endpoint_id), eq(e.enabled, true), lte(e.failingSince, now - DISABLE_AFTER_MS)),
          ),
      );
    }
  }
  if (o.disable) {
    stmts.push(
      db
        .update(e)
        .set({ enabled: false, disabledReason: o.disable, updatedAt: now })
        .where(eq(e.id, t.endpoint_id)),
    );
  }
  const [inserted] = await db.batch([attemptRow, ...stmts]);
  return inserted[0]?.attempt ?? t.attempts + 1;
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
