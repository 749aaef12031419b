/**
 * Webhooks: fan-out of stored events to endpoints, signing (Standard Webhooks), delivery through the
 * `webhooks` queue with retries on the Standard Webhooks schedule, the dead-letter queue, and the
 * synchronous attempts behind the test and manual-retry routes (src/routes/webhooks.ts).
 *
 * Flow: events queue consumer (src/platform/events.ts) → `fanOutEvents` (registered with onEvents
 * below): one webhook_deliveries row per (message, endpoint), INSERT OR IGNORE on the unique
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
 */
import { Webhook } from 'standardwebhooks';
import type { Env, EventMessage } from '../env';
import { iso } from './accounts';
import { onEvents } from './events';
import { newId } from './ids';
import { loggable } from './problem';
import { checkWebhookUrl } from './url-safety';

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
const CLAIM_LEASE_MS = ATTEMPT_TIMEOUT_MS + 15_000;
/** A message may arrive this early (clock differences) and still count as due. */
const DUE_SLACK_MS = 2_000;
/** Delay before Queues redelivers a message whose handling threw. */
export const CRASH_RETRY_DELAY_SECONDS = 10;
const USER_AGENT = 'Stellar-Edge-Webhooks/1.0 (+https://www.standardwebhooks.com/)';

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

/** `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** The Standard Webhooks message id of an event: shared by every endpoint and every retry. */
export function messageIdForEvent(eventId: string): string {
  return `msg_${eventId.slice(eventId.indexOf('_') + 1)}`;
}

/** The exact payload that is signed and sent. */
export function buildPayload(id: string, type: string, createdAt: string, data: unknown): string {
  const ms = Date.parse(createdAt);
  return JSON.stringify({
    id,
    type,
    created_at: Number.isNaN(ms) ? createdAt : iso(ms),
    data: data ?? null,
  });
}

export interface SigningSecrets {
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: number | null;
}

/** The secrets that sign now: the current one, and the previous one during a rotation. */
export function activeSecrets(s: SigningSecrets, now = Date.now()): string[] {
  const out = [s.secret];
  if (s.previous_secret && s.previous_secret_expires_at !== null && s.previous_secret_expires_at > now) {
    out.push(s.previous_secret);
  }
  return out;
}

/** Standard Webhooks headers for one attempt (a fresh timestamp per attempt). */
export function signedHeaders(
  secrets: string[],
  msgId: string,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const at = new Date(Math.floor(now / 1000) * 1000);
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(now / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(msgId, at, body)).join(' '),
  };
}

// ------------------------------------------------------------------------------------------ fan-out

interface DeliveryInsert {
  id: string;
  endpoint_id: string;
  account_id: string;
  message_id: string;
  event_type: string;
  payload: string;
  at: number;
}

const INSERT_DELIVERIES = `INSERT OR IGNORE INTO webhook_deliveries
  (id, endpoint_id, account_id, message_id, event_type, payload, status, attempts, next_attempt_at, created_at, updated_at)
  SELECT json_extract(value, '$.id'), json_extract(value, '$.endpoint_id'), json_extract(value, '$.account_id'),
         json_extract(value, '$.message_id'), json_extract(value, '$.event_type'), json_extract(value, '$.payload'),
         'pending', 0, json_extract(value, '$.at'), json_extract(value, '$.at'), json_extract(value, '$.at')
  FROM json_each(?1)`;
/** Bound JSON per INSERT statement (D1 caps a value at 2 MB). */
const INSERT_CHUNK_BYTES = 500_000;
const SEND_BATCH_MAX = 100;

/**
 * Sign-ups go to operators too (see fanOutEvents). Only an admin key may direct or read them: the routes
 * (src/routes/webhooks.ts) refuse other keys of an admin account on such endpoints.
 */
export const OPERATOR_EVENT = 'user.registered';

/**
 * Event subscriber: one delivery per (event, matching enabled endpoint of the event's account), then
 * one queue message per delivery. Safe to run again for the same events (a redelivered event batch):
 * rows are INSERT OR IGNORE, and duplicate queue messages lose the claim in the consumer.
 *
 * `user.registered` is published under the brand-new account, which cannot have an endpoint yet; so it
 * also goes to the enabled endpoints of active operator (admin) accounts whose `events` name
 * `user.registered` EXPLICITLY. `["*"]` does not count here: it keeps meaning "everything of my own
 * account", so an operator's catch-all endpoint is not flooded with every other account's sign-ups.
 * Such a delivery belongs to the operator's account (listed with its endpoint's deliveries).
 */
export async function fanOutEvents(env: Env, events: EventMessage[]): Promise<number> {
  const owned = events.filter((e) => e.account_id);
  if (owned.length === 0) return 0;
  const accountIds = [...new Set(owned.map((e) => e.account_id as string))];
  const { results: endpoints } = await env.DB.prepare(
    `SELECT id, account_id, events FROM webhook_endpoints
     WHERE enabled = 1 AND account_id IN (SELECT value FROM json_each(?1))`,
  )
    .bind(JSON.stringify(accountIds))
    .all<{ id: string; account_id: string; events: string }>();
  const operators = owned.some((e) => e.type === OPERATOR_EVENT)
    ? (
        await env.DB.prepare(
          `SELECT w.id, w.account_id FROM webhook_endpoints w JOIN accounts a ON a.id = w.account_id
           WHERE w.enabled = 1 AND a.role = 'admin' AND a.status = 'active'
             AND EXISTS (SELECT 1 FROM json_each(w.events) WHERE value = ?1)`,
        )
          .bind(OPERATOR_EVENT)
          .all<{ id: string; account_id: string }>()
      ).results
    : [];
  if (endpoints.length === 0 && operators.length === 0) return 0;

  const byAccount = new Map<string, { id: string; events: string[] }[]>();
  for (const ep of endpoints) {
    const list = byAccount.get(ep.account_id) ?? [];
    list.push({ id: ep.id, events: parseEvents(ep.events) });
    byAccount.set(ep.account_id, list);
  }
  const now = Date.now();
  const rows: DeliveryInsert[] = [];
  for (const event of owned) {
    const matching = (byAccount.get(event.account_id as string) ?? [])
      .filter((ep) => ep.events.includes('*') || ep.events.includes(event.type))
      .map((ep) => ({ id: ep.id, account_id: event.account_id as string }));
    if (event.type === OPERATOR_EVENT) {
      for (const op of operators) if (!matching.some((m) => m.id === op.id)) matching.push(op);
    }
    if (matching.length === 0) continue;
    const messageId = messageIdForEvent(event.id);
    const payload = buildPayload(messageId, event.type, event.created_at, event.data);
    for (const ep of matching) {
      rows.push({
        id: newId('delivery'),
        endpoint_id: ep.id,
        account_id: ep.account_id,
        message_id: messageId,
        event_type: event.type,
        payload,
        at: now,
      });
    }
  }
  if (rows.length === 0) return 0;

  const insert = env.DB.prepare(INSERT_DELIVERIES);
  const chunks: D1PreparedStatement[] = [];
  let chunk: DeliveryInsert[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = row.payload.length + 300;
    if (chunk.length > 0 && size + bytes > INSERT_CHUNK_BYTES) {
      chunks.push(insert.bind(JSON.stringify(chunk)));
      chunk = [];
      size = 0;
    }
    chunk.push(row);
    size += bytes;
  }
  chunks.push(insert.bind(JSON.stringify(chunk)));
  await env.DB.batch(chunks);

  // Every never-attempted delivery of these messages gets a wake-up, including rows that a previous
  // run of this batch inserted but may not have enqueued (duplicates are harmless, see the claim).
  const messageIds = [...new Set(rows.map((r) => r.message_id))];
  const { results: pending } = await env.DB.prepare(
    `SELECT id FROM webhook_deliveries
     WHERE message_id IN (SELECT value FROM json_each(?1)) AND status = 'pending' AND attempts = 0`,
  )
    .bind(JSON.stringify(messageIds))
    .all<{ id: string }>();
  for (let i = 0; i < pending.length; i += SEND_BATCH_MAX) {
    await env.WEBHOOK_QUEUE.sendBatch(
      pending.slice(i, i + SEND_BATCH_MAX).map((d) => ({
        body: { delivery_id: d.id } satisfies WebhookMessage,
        contentType: 'json' as const,
      })),
    );
  }
  return pending.length;
}

export function parseEvents(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  try {
    const parsed = JSON.parse(String(raw));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

// Runs whenever the Worker module loads (src/index.ts imports this module).
onEvents(fanOutEvents);

// ------------------------------------------------------------------------------------------ attempts

export interface AttemptResult {
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

export const isSuccess = (r: AttemptResult) =>
  r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;

/** Reads at most `limit` bytes of a body as text, then lets the rest go. */
async function readPrefix(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let offset = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, bytes.length - offset);
    bytes.set(p.subarray(0, take), offset);
    offset += take;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      return `Timed out after ${ATTEMPT_TIMEOUT_MS / 1000} s.`;
    }
    return err.message.slice(0, 500) || err.name;
  }
  return String(err).slice(0, 500);
}

/** One HTTP attempt: POST the signed payload; never throws. */
export async function sendWebhook(
  env: Pick<Env, 'ENVIRONMENT'>,
  target: SigningSecrets & { url: string },
  msgId: string,
  payload: string,
): Promise<AttemptResult> {
  const check = checkWebhookUrl(target.url, env.ENVIRONMENT);
  if (!check.ok) {
    return { statusCode: null, responseBody: null, error: `URL not allowed: ${check.reason}`, durationMs: 0 };
  }
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(check.url, {
      method: 'POST',
      headers: signedHeaders(activeSecrets(target, started), msgId, payload, started),
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
  } catch (err) {
    return {
      statusCode: null,
      responseBody: null,
      error: describeError(err),
      durationMs: Date.now() - started,
    };
  }
  let responseBody: string | null = null;
  let error: string | null = null;
  try {
    responseBody = await readPrefix(res, RESPONSE_BODY_LIMIT);
  } catch (err) {
    error = `Reading the response failed: ${describeError(err)}`;
  }
  if (error === null && res.status >= 300 && res.status < 400) {
    error = 'Redirects are not followed: answer 2xx at the configured URL.';
  }
  return { statusCode: res.status, responseBody, error, durationMs: Date.now() - started };
}

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

interface Outcome {
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

// ------------------------------------------------------------------------------------------ consumers

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
    await env.DB.prepare(
      `UPDATE webhook_deliveries SET status = 'canceled', next_attempt_at = NULL, updated_at = ?2
       WHERE id = ?1 AND status = 'pending'`,
    )
      .bind(t.id, now)
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
  const claimed = await env.DB.prepare(
    `UPDATE webhook_deliveries SET next_attempt_at = ?2
     WHERE id = ?1 AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?3)
     RETURNING id`,
  )
    .bind(t.id, lease, now + DUE_SLACK_MS)
    .first();
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
    await env.DB.prepare(
      `UPDATE webhook_deliveries SET next_attempt_at = ?2
       WHERE id = ?1 AND status = 'pending' AND next_attempt_at = ?3`,
    )
      .bind(t.id, Date.now(), lease)
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
    const stmt = env.DB.prepare(
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, updated_at = ?2
       WHERE id = ?1 AND status = 'pending'`,
    );
    await env.DB.batch(ids.map((id) => stmt.bind(id, now)));
    for (const m of batch.messages) {
      log('webhook dead-lettered', {
        delivery_id: deliveryIdOf(m.body),
        reason: (m.body as WebhookMessage)?.reason,
      });
    }
  }
  batch.ackAll();
}

/** Days settled deliveries (with their attempts) are kept in the delivery log. */
export const DELIVERY_RETENTION_DAYS = 30;

/**
 * Deletes settled deliveries older than DELIVERY_RETENTION_DAYS (attempts go with them, ON DELETE
 * CASCADE). Meant for the daily cron: `await pruneWebhookDeliveries(env, controller.scheduledTime)`.
 */
export async function pruneWebhookDeliveries(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const res = await env.DB.prepare(
    "DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < ?1",
  )
    .bind(now - DELIVERY_RETENTION_DAYS * 86_400_000)
    .run();
  return res.meta.changes ?? 0;
}
