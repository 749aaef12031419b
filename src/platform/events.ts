/**
 * The event log. `publishEvent` costs the request one queue send inside waitUntil and no D1 write; the
 * events queue consumer writes events to D1 in batches (INSERT OR IGNORE, so a redelivered batch is
 * harmless) and then hands them to the subscribers registered below (webhook fan-out, analytics).
 */
import type { Env, EventMessage } from '../env';
import type { EventData } from './event-schemas';
import { newId } from './ids';

export const EVENT_TYPES = [
  'chart.calculated',
  'reading.generated',
  'chart.saved',
  'chart.deleted',
  'user.registered',
  'subscription.activated',
  'subscription.canceled',
  'payment.received',
  'batch.completed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

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
 * (INSERT OR IGNORE) and webhooks deliver it once per endpoint (its message id derives from it).
 *
 * `data` is typed by the event's documented schema (src/platform/event-schemas.ts, the `webhooks` of
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
  const event = makeEvent(type, data, accountId, id);
  ctx.waitUntil(
    env.EVENTS_QUEUE.send(event, { contentType: 'json' }).catch((err) => {
      console.error(JSON.stringify({ msg: 'event publish failed', type, id: event.id, err: String(err) }));
    }),
  );
  return event;
}

/** Something that reacts to stored events (webhook fan-out, ...). Called after the batch is in D1. */
export type EventSubscriber = (env: Env, events: EventMessage[]) => Promise<unknown>;
const subscribers: EventSubscriber[] = [];
export function onEvents(subscriber: EventSubscriber): void {
  subscribers.push(subscriber);
}

const INSERT_EVENT =
  'INSERT OR IGNORE INTO events (id, type, account_id, data, created_at) VALUES (?1, ?2, ?3, ?4, ?5)';

/** Queue consumer for the events queue: one D1 batch per message batch, then the subscribers. */
export async function consumeEvents(batch: MessageBatch<EventMessage>, env: Env): Promise<void> {
  const events = batch.messages.map((m) => m.body);
  if (events.length === 0) return;
  const stmt = env.DB.prepare(INSERT_EVENT);
  await env.DB.batch(
    events.map((e) =>
      stmt.bind(e.id, e.type, e.account_id, JSON.stringify(e.data ?? null), Date.parse(e.created_at)),
    ),
  );
  for (const subscriber of subscribers) await subscriber(env, events);
  batch.ackAll();
}
