/**
 * Which endpoint a request may touch, and how: this account's endpoint or a 404, optimistic retries of a
 * conditional write, the operator guard (see index.ts), URL and event-list normalisation.
 */
import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema';
import type { Env } from '../../env';
import { adminRequired, isAdminKey } from '../../platform/auth';
import type { Principal } from '../../platform/context';
import { isId } from '../../platform/ids';
import { notFound, problem, worldProblem } from '../../platform/problem';
import { checkWebhookUrl } from '../../platform/url-safety';
import { OPERATOR_EVENT, parseEvents } from '../../platform/webhooks';
import { EVENT_TYPES } from '../../schemas/events';
import type { EndpointRow } from './views';

/** This account's endpoint, or 404 (another account's id looks exactly like none). */
export async function ownEndpoint(env: Env, accountId: string, id: string): Promise<EndpointRow> {
  const row = isId('webhook', id)
    ? await drizzle(env.DB)
        .select()
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.accountId, accountId)))
        .get()
    : undefined;
  if (!row) throw notFound('webhook');
  return row;
}

/**
 * Optimistic concurrency on an endpoint of the account: reads it and runs `attempt` (its checks, then a
 * write conditional on what was read, answering undefined when that write missed because another
 * request changed the row in between); a miss reads the row again and retries, three rounds at most,
 * then a 503 the client may retry.
 */
export async function onFreshEndpoint<T>(
  env: Env,
  accountId: string,
  id: string,
  busy: string,
  attempt: (row: EndpointRow) => Promise<T | undefined>,
): Promise<T> {
  for (let round = 0; round < 3; round++) {
    const done = await attempt(await ownEndpoint(env, accountId, id));
    if (done !== undefined) return done;
  }
  throw problem(503, `${busy} Retry shortly.`, { headers: { 'Retry-After': '1' } });
}

export function safeUrl(url: string, env: Env): string {
  const check = checkWebhookUrl(url, env.ENVIRONMENT);
  // The document's pattern (UrlField) already holds; what it cannot say (a host that parses and is
  // public, https outside local development) is a 422 of its own type.
  if (!check.ok) throw worldProblem('webhook-url-not-allowed', 'url', check.reason);
  return check.url;
}

/**
 * An operator endpoint: of an admin account, and listing `user.registered` explicitly or holding a
 * `user.registered` delivery (one that stopped listing it may still have sign-ups to retry or list).
 * Only asked for keys that are not admin keys, so ordinary accounts never pay the query.
 */
export async function isOperatorEndpoint(env: Env, p: Principal, row: EndpointRow): Promise<boolean> {
  if (p.role !== 'admin') return false;
  if (parseEvents(row.events).includes(OPERATOR_EVENT)) return true;
  const held = await drizzle(env.DB)
    .select({ x: sql`1` })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, row.id), eq(webhookDeliveries.eventType, OPERATOR_EVENT)))
    .limit(1)
    .get();
  return held !== undefined;
}

const OPERATOR_WHY =
  'receives the sign-ups (user.registered: email and name) of every account, so only an admin key ' +
  '(the "admin" scope) may';

/** 403 admin-required unless the key is an admin key or the endpoint is not an operator endpoint. */
export async function guardOperator(env: Env, p: Principal, row: EndpointRow, action: string): Promise<void> {
  if (isAdminKey(p)) return;
  if (await isOperatorEndpoint(env, p, row)) throw adminRequired(`This endpoint ${OPERATOR_WHY} ${action}.`);
}

/** 403 admin-required when a key of an admin account other than an admin key subscribes to sign-ups. */
export function guardSubscription(p: Principal, events: readonly string[] | undefined): void {
  if (p.role === 'admin' && !isAdminKey(p) && events?.includes(OPERATOR_EVENT)) {
    throw adminRequired(
      `On an admin account an endpoint listing "${OPERATOR_EVENT}" ${OPERATOR_WHY} subscribe to it.`,
    );
  }
}

/** ["*"] stays as is; a list is de-duplicated and kept in the canonical order. */
export function normaliseEvents(events: readonly string[]): string[] {
  if (events.includes('*')) return ['*'];
  return EVENT_TYPES.filter((t) => events.includes(t));
}
