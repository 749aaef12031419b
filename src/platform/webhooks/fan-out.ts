/**
 * Fan-out: the events queue consumer (src/platform/events.ts) hands every stored batch of events here;
 * each (event, matching endpoint) becomes one webhook_deliveries row and one message on the webhooks
 * queue. Registered as an event subscriber in index.ts.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { accounts, webhookDeliveries, webhookEndpoints } from '../../db/schema';
import type { Env, EventMessage } from '../../env';
import { nonEmpty } from '../d1';
import { newId } from '../ids';
import type { WebhookMessage } from './schedule';
import { buildPayload, messageIdForEvent } from './signing';

interface DeliveryInsert {
  id: string;
  endpoint_id: string;
  account_id: string;
  message_id: string;
  event_type: string;
  payload: string;
  at: number;
}

/**
 * One statement for many deliveries (INSERT ... SELECT of every column from a JSON array: a few bound
 * values, whatever the count), ignoring the rows already there (the unique (message_id, endpoint_id)).
 * `WHERE true` tells SQLite's parser that ON CONFLICT is the upsert clause, not a join constraint.
 */
function insertDeliveries(db: DrizzleD1Database, rows: DeliveryInsert[]) {
  return db
    .insert(webhookDeliveries)
    .select(
      sql`SELECT json_extract(value, '$.id'), json_extract(value, '$.endpoint_id'),
        json_extract(value, '$.account_id'), json_extract(value, '$.message_id'), json_extract(value, '$.event_type'),
        json_extract(value, '$.payload'), 'pending', 0, json_extract(value, '$.at'), NULL, json_extract(value, '$.at'),
        json_extract(value, '$.at')
      FROM json_each(${JSON.stringify(rows)}) WHERE true`,
    )
    .onConflictDoNothing();
}
/** Bound JSON per INSERT statement (D1 caps a value at 2 MB). */
const INSERT_CHUNK_BYTES = 500_000;
const SEND_BATCH_MAX = 100;

/**
 * Sign-ups go to operators too (see fanOutEvents). Only an admin key may direct or read them: the routes
 * (src/routes/webhooks/) refuse other keys of an admin account on such endpoints.
 */
export const OPERATOR_EVENT = 'user.registered';

/**
 * Event subscriber: one delivery per (event, matching enabled endpoint of the event's account), then
 * one queue message per delivery. Safe to run again for the same events (a redelivered event batch):
 * rows already there are ignored, and duplicate queue messages lose the claim in the consumer.
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
  const db = drizzle(env.DB);
  const w = webhookEndpoints;
  // The ids as one JSON value (json_each), not one bound value each: D1 binds at most 100 per statement.
  const endpoints = await db
    .select({ id: w.id, account_id: w.accountId, events: w.events })
    .from(w)
    .where(
      and(
        eq(w.enabled, true),
        sql`${w.accountId} IN (SELECT value FROM json_each(${JSON.stringify(accountIds)}))`,
      ),
    )
    .all();
  const operators = owned.some((e) => e.type === OPERATOR_EVENT)
    ? await db
        .select({ id: w.id, account_id: w.accountId })
        .from(w)
        .innerJoin(accounts, eq(accounts.id, w.accountId))
        .where(
          and(
            eq(w.enabled, true),
            eq(accounts.role, 'admin'),
            eq(accounts.status, 'active'),
            sql`EXISTS (SELECT 1 FROM json_each(${w.events}) WHERE value = ${OPERATOR_EVENT})`,
          ),
        )
        .all()
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

  const chunks: DeliveryInsert[][] = [];
  let chunk: DeliveryInsert[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = row.payload.length + 300;
    if (chunk.length > 0 && size + bytes > INSERT_CHUNK_BYTES) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(row);
    size += bytes;
  }
  chunks.push(chunk);
  await db.batch(nonEmpty(chunks.map((c) => insertDeliveries(db, c))));

  // Every never-attempted delivery of these messages gets a wake-up, including rows that a previous
  // run of this batch inserted but may not have enqueued (duplicates are harmless, see the claim).
  const messageIds = [...new Set(rows.map((r) => r.message_id))];
  const d = webhookDeliveries;
  const pending = await db
    .select({ id: d.id })
    .from(d)
    .where(
      and(
        sql`${d.messageId} IN (SELECT value FROM json_each(${JSON.stringify(messageIds)}))`,
        eq(d.status, 'pending'),
        eq(d.attempts, 0),
      ),
    )
    .all();
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
