/**
 * The event log. `publishEvent` costs the request one queue send inside waitUntil and no D1 write; the
 * events queue consumer writes events to D1 in batches (ON CONFLICT DO NOTHING, so a redelivered batch
 * is harmless) and then hands them to the subscribers registered below (webhook fan-out, analytics).
 *
 * The log is also an outbox: an event that reports a change stored in D1 (a batch job finishing, a paid
 * tier) is written in the same D1 batch as that change, marked `unpublished`, and then sent. The consumer
 * clears the mark once the subscribers ran; sweepOutbox (every minute, src/platform/maintenance.ts)
 * sends again what is still marked after OUTBOX_GRACE_MS, so a send that fails after the commit, or a
 * process killed in between, delays the event by a minute or two but never loses it.
 */
import { and, eq, lt, lte, sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { events } from '../db/schema';
import type { Env, EventMessage } from '../env';
import { EVENT_TYPES, type EventData, type EventType } from '../schemas/events';
import { nonEmpty } from './d1';
import { newId } from './ids';
import { loggable } from './problem';

export { EVENT_TYPES, type EventType };

/** Days the event log keeps events (pruned by the daily cron in src/index.ts). */
export const EVENT_RETENTION_DAYS = 90;

export function makeEvent(
  type: EventType,
  data: unknown,
  accountId: string | null,
  id: string = newId('event'),
): EventMessage {
  return { id, type, account_id: accountId, data, created_at: new Date().toISOString() };
}

/**
 * Record an event after the response: one queue message, sent in waitUntil. An event that may be
 * published more than once (after a lost D1 answer) passes a deterministic `id`: the log stores it once
 * (a duplicate id is ignored) and webhooks deliver it once per endpoint (its message id derives from it).
 *
 * `data` is typed by the event's documented schema (src/schemas/events.ts, the `webhooks` of
 * /openapi.json): a call site sending another shape does not compile. Not validated at runtime.
 */
export function publishEvent<T extends EventType>(
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  env: Pick<Env, 'EVENTS_QUEUE'>,
  type: T,
  data: EventData[T],
  accountId: string | null,
  id?: string,
): EventMessage {
  return publishMessage(ctx, env, makeEvent(type, data, accountId, id));
}

/** publishEvent for an event already built (makeEvent). */
export function publishMessage(
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  env: Pick<Env, 'EVENTS_QUEUE'>,
  event: EventMessage,
): EventMessage {
  ctx.waitUntil(
    sendEvent(env, event).catch((err) => {
      console.error(
        JSON.stringify({ msg: 'event publish failed', type: event.type, id: event.id, err: loggable(err) }),
      );
    }),
  );
  return event;
}

/**
 * Sends an event and waits until the queue has it (rejects otherwise). For a caller whose own retry
 * publishes again (the Stripe webhook: a failure answers 5xx and Stripe's retry re-sends the event from
 * the log), where publishEvent's fire-and-forget would lose it silently.
 */
export async function sendEvent(env: Pick<Env, 'EVENTS_QUEUE'>, event: EventMessage): Promise<void> {
  await env.EVENTS_QUEUE.send(event, { contentType: 'json' });
}

/**
 * The event's row of the log as a drizzle insert (ignored if already there), for writing an event in the
 * same D1 batch as the change it reports (an outbox: the Stripe webhook). It is still published through
 * the queue, whose consumer then finds it logged and hands it to the subscribers.
 */
export function logEventQuery(db: DrizzleD1Database, event: EventMessage) {
  return db
    .insert(events)
    .values({
      id: event.id,
      type: event.type,
      accountId: event.account_id,
      // JSON text, `null` included (the column is NOT NULL): bound as it is, not through the JSON mode.
      data: sql`${JSON.stringify(event.data ?? null)}`,
      createdAt: Date.parse(event.created_at),
      unpublished: true,
    })
    .onConflictDoNothing();
}

/** A row of the log as the message that publishes it. */
export function eventOfRow(row: typeof events.$inferSelect): EventMessage {
  return {
    id: row.id,
    type: row.type,
    account_id: row.accountId,
    data: row.data,
    created_at: new Date(row.createdAt).toISOString(),
  };
}

/** How long an unpublished event is left to the send that follows its commit before the sweeper sends it. */
export const OUTBOX_GRACE_MS = 30_000;
/** Events sent per sweep (the rest waits for the next one, a minute later). */
const OUTBOX_SWEEP_LIMIT = 500;

/**
 * The outbox sweeper: sends again every event still unpublished OUTBOX_GRACE_MS after it was logged
 * (its send failed after the commit, the process died before it, or the consumer failed before the
 * subscribers ran). Duplicates are harmless: the log ignores an id it holds and the webhook fan-out
 * creates one delivery per (event, endpoint). Returns how many were sent.
 */
export async function sweepOutbox(env: Pick<Env, 'DB' | 'EVENTS_QUEUE'>, now: number): Promise<number> {
  const rows = await drizzle(env.DB)
    .select()
    .from(events)
    .where(and(eq(events.unpublished, true), lte(events.createdAt, now - OUTBOX_GRACE_MS)))
    .orderBy(events.createdAt)
    .limit(OUTBOX_SWEEP_LIMIT)
    .all();
  for (let i = 0; i < rows.length; i += 100) {
    await env.EVENTS_QUEUE.sendBatch(
      rows.slice(i, i + 100).map((r) => ({ body: eventOfRow(r), contentType: 'json' as const })),
    );
  }
  if (rows.length > 0) console.log(JSON.stringify({ msg: 'outbox: events sent again', count: rows.length }));
  return rows.length;
}

/** Daily cron: forget events older than EVENT_RETENTION_DAYS. */
export async function pruneEvents(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const cutoff = now - EVENT_RETENTION_DAYS * 86_400_000;
  const res = await drizzle(env.DB).delete(events).where(lt(events.createdAt, cutoff)).run();
  return res.meta.changes;
}

/** An event of the log, as the message that published it (to publish it again), or null. */
export async function loadEvent(env: Pick<Env, 'DB'>, id: string): Promise<EventMessage | null> {
  const row = await drizzle(env.DB).select().from(events).where(eq(events.id, id)).get();
  return row ? eventOfRow(row) : null;
}

/** Something that reacts to stored events (webhook fan-out, ...). Called after the batch is in D1. */
export type EventSubscriber = (env: Env, events: EventMessage[]) => Promise<unknown>;
const subscribers: EventSubscriber[] = [];
export function onEvents(subscriber: EventSubscriber): void {
  subscribers.push(subscriber);
}

/**
 * Queue consumer for the events queue: one D1 batch per message batch, then the subscribers, then the
 * outbox marks cleared (a throw before that leaves them for a redelivery and for sweepOutbox).
 */
export async function consumeEvents(batch: MessageBatch<EventMessage>, env: Env): Promise<void> {
  const list = batch.messages.map((m) => m.body);
  if (list.length === 0) return;
  const db = drizzle(env.DB);
  // One statement per event (6 parameters each, within D1's 100 per statement), one transaction.
  await db.batch(nonEmpty(list.map((e) => logEventQuery(db, e))));
  for (const subscriber of subscribers) await subscriber(env, list);
  await db
    .update(events)
    .set({ unpublished: false })
    .where(
      and(
        eq(events.unpublished, true),
        sql`${events.id} IN (SELECT value FROM json_each(${JSON.stringify(list.map((e) => e.id))}))`,
      ),
    )
    .run();
  batch.ackAll();
}
