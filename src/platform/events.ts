/**
 * The event log. `publishEvent` costs the request one queue send inside waitUntil and no D1 write; the
 * events queue consumer writes events to D1 in batches (ON CONFLICT DO NOTHING, so a redelivered batch
 * is harmless) and then hands them to the subscribers registered below (webhook fan-out, analytics).
 */
import { eq, lt, sql } from 'drizzle-orm';
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
    })
    .onConflictDoNothing();
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
  if (!row) return null;
  return {
    id: row.id,
    type: row.type,
    account_id: row.accountId,
    data: row.data,
    created_at: new Date(row.createdAt).toISOString(),
  };
}

/** Something that reacts to stored events (webhook fan-out, ...). Called after the batch is in D1. */
export type EventSubscriber = (env: Env, events: EventMessage[]) => Promise<unknown>;
const subscribers: EventSubscriber[] = [];
export function onEvents(subscriber: EventSubscriber): void {
  subscribers.push(subscriber);
}

/** Queue consumer for the events queue: one D1 batch per message batch, then the subscribers. */
export async function consumeEvents(batch: MessageBatch<EventMessage>, env: Env): Promise<void> {
  const events = batch.messages.map((m) => m.body);
  if (events.length === 0) return;
  const db = drizzle(env.DB);
  // One statement per event (5 parameters each, within D1's 100 per statement), one transaction.
  await db.batch(nonEmpty(events.map((e) => logEventQuery(db, e))));
  for (const subscriber of subscribers) await subscriber(env, events);
  batch.ackAll();
}
