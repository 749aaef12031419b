/**
 * Webhook endpoints of the caller's account: create (the secret is shown once), list, get, update,
 * delete, send a test event, list deliveries with their attempts, retry a delivery, rotate the secret.
 * Another account's endpoint or delivery id is a 404, exactly like an unknown one.
 *
 * Operator endpoints: an endpoint of an admin account that lists `user.registered` receives every
 * account's sign-up (email, name; see fanOutEvents). The `webhooks` scope is in every key's defaults, so
 * on an admin account only an admin key (role admin AND the `admin` scope, as requireAdmin) may
 * subscribe an endpoint to `user.registered`, or change the url/events/enabled of, delete, test, rotate
 * the secret of, list the deliveries of, or retry deliveries of an operator endpoint. Other keys get a
 * 403 `admin-required`; they may still list and get it (no payload, no secret) and edit its description.
 * Delivery itself (fan-out, signing, queue, retries) lives in src/platform/webhooks.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, lt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookDeliveries, webhookEndpoints } from '../db/schema';
import type { Env } from '../env';
import { iso } from '../platform/accounts';
import { adminRequired, isAdminKey, principalOf, requireScope } from '../platform/auth';
import type { Principal } from '../platform/context';
import type { EventData } from '../platform/event-schemas';
import { EVENT_TYPES } from '../platform/events';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { isId, newId } from '../platform/ids';
import { AUTHED_ERRORS, errorResponses, ListQuerySchema, listOf } from '../platform/openapi';
import { invalidField, notFound, problem } from '../platform/problem';
import { createRouter } from '../platform/router';
import { text } from '../platform/text';
import { checkWebhookUrl, MAX_URL_LENGTH } from '../platform/url-safety';
import {
  attemptDelivery,
  buildPayload,
  generateSecret,
  loadTarget,
  OPERATOR_EVENT,
  parseEvents,
  ROTATION_OVERLAP_MS,
  TEST_EVENT_TYPE,
} from '../platform/webhooks';

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const EVENT_CHOICES = ['*', ...EVENT_TYPES] as const;

// ------------------------------------------------------------------------------------------ schemas

export const WebhookSchema = z
  .object({
    id: z.string().openapi({ example: 'wh_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    url: z.string().openapi({ example: 'https://example.com/webhooks/stellar' }),
    description: z.string().nullable(),
    events: z.array(z.string()).openapi({ example: ['chart.calculated', 'chart.saved'] }),
    enabled: z.boolean(),
    disabled_reason: z
      .string()
      .nullable()
      .openapi({ description: 'Why the endpoint was disabled (a 410 answer, 5 days of failures, the API).' }),
    failing_since: z
      .string()
      .nullable()
      .openapi({ description: 'Start of the current run of failed attempts (cleared by a success).' }),
    previous_secret_expires_at: z
      .string()
      .nullable()
      .openapi({ description: 'After a rotation: until when the previous secret also signs.' }),
    created_at: z.string(),
    updated_at: z.string().nullable(),
  })
  .openapi('Webhook');

const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks). Shown only at creation and rotation: store it now.',
  }),
}).openapi('WebhookWithSecret');

const AttemptSchema = z
  .object({
    attempt: z.number().int().openapi({ description: '1-based, across all triggers.' }),
    trigger: z.enum(['scheduled', 'manual', 'test']),
    status_code: z.number().int().nullable().openapi({ description: 'null when no response came.' }),
    duration_ms: z.number().int(),
    response_body: z.string().nullable().openapi({ description: 'The first 1 KiB of the response body.' }),
    error: z.string().nullable().openapi({ example: 'Timed out after 15 s.' }),
    created_at: z.string(),
  })
  .openapi('WebhookAttempt');

const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'canceled'] as const;

const DeliverySchema = z
  .object({
    id: z.string().openapi({ example: 'dlv_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    webhook_id: z.string(),
    message_id: z.string().openapi({ description: 'The webhook-id header and payload id.' }),
    event_type: z.string().openapi({ example: 'chart.calculated' }),
    status: z.enum(DELIVERY_STATUSES).openapi({
      description:
        'pending (being delivered or waiting for a retry), succeeded, failed (out of attempts, 410, ' +
        'or a failed manual retry), canceled (the endpoint was disabled before it could be sent).',
    }),
    attempt_count: z.number().int(),
    last_status_code: z.number().int().nullable(),
    next_attempt_at: z
      .string()
      .nullable()
      .openapi({ description: 'When the next retry is due (pending only).' }),
    created_at: z.string(),
    updated_at: z.string().nullable(),
    attempts: z.array(AttemptSchema).openapi({ description: 'Oldest first (the last 50).' }),
  })
  .openapi('WebhookDelivery');

const AttemptReportSchema = z
  .object({
    delivery_id: z.string(),
    message_id: z.string(),
    event_type: z.string(),
    attempt: z.number().int(),
    trigger: z.enum(['scheduled', 'manual', 'test']),
    success: z.boolean().openapi({ description: 'The endpoint answered 2xx.' }),
    status_code: z.number().int().nullable(),
    duration_ms: z.number().int(),
    response_body: z.string().nullable().openapi({ description: 'The first 1 KiB of the response body.' }),
    error: z.string().nullable(),
    created_at: z.string(),
    delivery_status: z.enum(DELIVERY_STATUSES),
    next_attempt_at: z.string().nullable(),
  })
  .openapi('WebhookAttemptResult');

const EventsField = z
  .array(z.enum(EVENT_CHOICES))
  .min(1)
  .max(EVENT_CHOICES.length)
  .superRefine((events, ctx) => {
    if (events.includes('*') && events.length > 1) {
      ctx.addIssue({ code: 'custom', message: 'Use ["*"] alone for every event, or list event types.' });
    }
  })
  .openapi({
    description: `Event types to receive, or ["*"] for all: ${EVENT_TYPES.join(', ')}.`,
    example: ['chart.calculated', 'chart.saved'],
  });

const UrlField = text()
  .min(1)
  .max(MAX_URL_LENGTH)
  .openapi({
    description:
      'Where to POST events: https to a public host (no credentials, no private, loopback or link-local ' +
      'addresses). In local development (`npm start`) http://localhost receivers are allowed too.',
    example: 'https://example.com/webhooks/stellar',
  });

const DescriptionField = text({ multiline: true }).trim().max(500);

const CreateBody = z
  .object({
    url: UrlField,
    description: DescriptionField.nullable().optional(),
    events: EventsField.default(['*']),
    enabled: z.boolean().default(true),
  })
  .strict()
  .openapi('WebhookCreate');

const UpdateBody = z
  .object({
    url: UrlField.optional(),
    description: DescriptionField.nullable().optional(),
    events: EventsField.optional(),
    enabled: z
      .boolean()
      .optional()
      .openapi({ description: 'true re-enables a disabled endpoint (and clears disabled_reason).' }),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Give at least one of url, description, events, enabled.',
  })
  .openapi('WebhookUpdate');

const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'wh_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const DeliveryParams = IdParam.extend({
  delivery_id: text()
    .max(64)
    .openapi({ param: { name: 'delivery_id', in: 'path' }, example: 'dlv_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const DeliveryQuery = ListQuerySchema.extend({
  status: z.enum(DELIVERY_STATUSES).optional().openapi({ description: 'Only deliveries in this status.' }),
});

// ------------------------------------------------------------------------------------------ routes

const tags = ['Webhooks'];
/** For the descriptions of the operations an admin key guards (see the module comment). */
const OPERATOR_NOTE =
  'Operator endpoints (of an admin account, listing `user.registered`, so receiving every sign-up): ' +
  'only an admin key (the `admin` scope) may';
const scope = requireScope('webhooks');
const webhookContent = { 'application/json': { schema: WebhookSchema } };
const withSecretContent = { 'application/json': { schema: WebhookWithSecretSchema } };
const reportContent = { 'application/json': { schema: AttemptReportSchema } };

const create = createRoute({
  method: 'post',
  path: '/v1/webhooks',
  operationId: 'createWebhook',
  tags,
  summary: 'Create a webhook endpoint',
  description:
    'Events of this account are POSTed to `url`, signed per Standard Webhooks (`webhook-id`, ' +
    '`webhook-timestamp`, `webhook-signature`). The signing secret is returned only here and on rotation. ' +
    'On an admin account, `user.registered` in `events` also delivers the sign-ups of every other ' +
    'account; only an admin key (the `admin` scope) may list it: other keys get a 403 `admin-required`.',
  middleware: [scope, idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: CreateBody } }, required: true },
  },
  responses: {
    201: { description: 'Created.', content: withSecretContent },
    ...errorResponses(400, ...AUTHED_ERRORS, 409, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/webhooks',
  operationId: 'listWebhooks',
  tags,
  summary: "List the account's webhook endpoints",
  description:
    'Newest first. Never includes secrets. Lists operator endpoints to any key with the `webhooks` scope.',
  middleware: [scope] as const,
  request: { query: ListQuerySchema },
  responses: {
    200: {
      description: 'A page of endpoints.',
      content: { 'application/json': { schema: listOf(WebhookSchema, 'WebhookList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}',
  operationId: 'getWebhook',
  tags,
  summary: 'Get a webhook endpoint',
  description: 'Never includes the secret. Any key with the `webhooks` scope may read an operator endpoint.',
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The endpoint.', content: webhookContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/v1/webhooks/{id}',
  operationId: 'updateWebhook',
  tags,
  summary: 'Update a webhook endpoint',
  description:
    'Change the URL, description, event types, or enable/disable it. On an admin account, adding ' +
    `\`user.registered\` to \`events\` needs an admin key; ${OPERATOR_NOTE} change \`url\`, \`events\` or ` +
    '`enabled` (the description is open to any `webhooks` key). Otherwise 403 `admin-required`.',
  middleware: [scope] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: UpdateBody } }, required: true },
  },
  responses: {
    200: { description: 'The updated endpoint.', content: webhookContent },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/webhooks/{id}',
  operationId: 'deleteWebhook',
  tags,
  summary: 'Delete a webhook endpoint',
  description:
    'Removes the endpoint with its delivery log; queued retries for it are dropped. ' +
    `${OPERATOR_NOTE} delete one (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(...AUTHED_ERRORS, 404) },
});

const test = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/test',
  operationId: 'testWebhook',
  tags,
  summary: 'Send a test event',
  description:
    'Sends a signed `webhook.test` event now (also to a disabled endpoint) and reports the attempt: ' +
    'status code, duration and the first 1 KiB of the response. Not retried; it does not count ' +
    "towards the endpoint's health. " +
    `${OPERATOR_NOTE} test one (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The result of the attempt (success or not).', content: reportContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const deliveries = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  tags,
  summary: "List an endpoint's deliveries",
  description:
    'Newest first, each with its attempts (response code, duration, truncated body) and next retry. ' +
    `${OPERATOR_NOTE} list the deliveries of one (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: IdParam, query: DeliveryQuery },
  responses: {
    200: {
      description: 'A page of deliveries.',
      content: { 'application/json': { schema: listOf(DeliverySchema, 'WebhookDeliveryList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const retry = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/deliveries/{delivery_id}/retry',
  operationId: 'retryWebhookDelivery',
  tags,
  summary: 'Retry a delivery now',
  description:
    'Sends the same message (same webhook-id, fresh timestamp and signature) now, records it as a ' +
    '"manual" attempt and reports it. A success settles the delivery; a failure leaves any scheduled ' +
    'retries in place. The endpoint must be enabled. ' +
    `${OPERATOR_NOTE} retry a delivery of one, or any \`user.registered\` delivery (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: DeliveryParams },
  responses: {
    200: { description: 'The result of the attempt (success or not).', content: reportContent },
    ...errorResponses(...AUTHED_ERRORS, 404, 409),
  },
});

const rotate = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  tags,
  summary: 'Rotate the signing secret',
  description:
    'Issues a new secret (returned once). For 24 hours the previous secret keeps signing too: each ' +
    'request carries both signatures, space-separated, so receivers can switch without dropping events. ' +
    `${OPERATOR_NOTE} rotate the secret of one (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The endpoint with its new secret.', content: withSecretContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

// ------------------------------------------------------------------------------------------ handlers

export function webhookJson(e: EndpointRow, now = Date.now()) {
  const overlap = e.previousSecret && e.previousSecretExpiresAt && e.previousSecretExpiresAt > now;
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: parseEvents(e.events),
    enabled: e.enabled,
    disabled_reason: e.enabled ? null : e.disabledReason,
    failing_since: iso(e.failingSince),
    previous_secret_expires_at: overlap ? iso(e.previousSecretExpiresAt) : null,
    created_at: iso(e.createdAt) as string,
    updated_at: iso(e.updatedAt),
  };
}

interface AttemptRow {
  delivery_id: string;
  attempt: number;
  trigger: 'scheduled' | 'manual' | 'test';
  status_code: number | null;
  response_body: string | null;
  error: string | null;
  duration_ms: number;
  created_at: number;
}

const MAX_ATTEMPTS_SHOWN = 50;

function deliveryJson(d: DeliveryRow, attempts: AttemptRow[]) {
  return {
    id: d.id,
    webhook_id: d.endpointId,
    message_id: d.messageId,
    event_type: d.eventType,
    status: d.status as (typeof DELIVERY_STATUSES)[number],
    attempt_count: d.attempts,
    last_status_code: d.lastStatusCode,
    next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    created_at: iso(d.createdAt) as string,
    updated_at: iso(d.updatedAt),
    attempts: attempts.slice(-MAX_ATTEMPTS_SHOWN).map((a) => ({
      attempt: a.attempt,
      trigger: a.trigger,
      status_code: a.status_code,
      duration_ms: a.duration_ms,
      response_body: a.response_body,
      error: a.error,
      created_at: iso(a.created_at) as string,
    })),
  };
}

/** This account's endpoint, or 404 (another account's id looks exactly like none). */
async function ownEndpoint(env: Env, accountId: string, id: string): Promise<EndpointRow> {
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
async function onFreshEndpoint<T>(
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

function safeUrl(url: string, env: Env): string {
  const check = checkWebhookUrl(url, env.ENVIRONMENT);
  if (!check.ok) throw invalidField('url', check.reason);
  return check.url;
}

/**
 * An operator endpoint: of an admin account, and listing `user.registered` explicitly or holding a
 * `user.registered` delivery (one that stopped listing it may still have sign-ups to retry or list).
 * Only asked for keys that are not admin keys, so ordinary accounts never pay the query.
 */
async function isOperatorEndpoint(env: Env, p: Principal, row: EndpointRow): Promise<boolean> {
  if (p.role !== 'admin') return false;
  if (parseEvents(row.events).includes(OPERATOR_EVENT)) return true;
  const held = await env.DB.prepare(
    'SELECT 1 AS x FROM webhook_deliveries WHERE endpoint_id = ?1 AND event_type = ?2 LIMIT 1',
  )
    .bind(row.id, OPERATOR_EVENT)
    .first();
  return held !== null;
}

const OPERATOR_WHY =
  'receives the sign-ups (user.registered: email and name) of every account, so only an admin key ' +
  '(the "admin" scope) may';

/** 403 admin-required unless the key is an admin key or the endpoint is not an operator endpoint. */
async function guardOperator(env: Env, p: Principal, row: EndpointRow, action: string): Promise<void> {
  if (isAdminKey(p)) return;
  if (await isOperatorEndpoint(env, p, row)) throw adminRequired(`This endpoint ${OPERATOR_WHY} ${action}.`);
}

/** 403 admin-required when a key of an admin account other than an admin key subscribes to sign-ups. */
function guardSubscription(p: Principal, events: readonly string[] | undefined): void {
  if (p.role === 'admin' && !isAdminKey(p) && events?.includes(OPERATOR_EVENT)) {
    throw adminRequired(
      `On an admin account an endpoint listing "${OPERATOR_EVENT}" ${OPERATOR_WHY} subscribe to it.`,
    );
  }
}

/** ["*"] stays as is; a list is de-duplicated and kept in the canonical order. */
function normaliseEvents(events: readonly string[]): string[] {
  if (events.includes('*')) return ['*'];
  return EVENT_TYPES.filter((t) => events.includes(t));
}

export const webhookRoutes = createRouter()
  .openapi(create, async (c) => {
    const p = principalOf(c);
    const body = c.req.valid('json');
    guardSubscription(p, body.events);
    const now = Date.now();
    const row: EndpointRow = {
      id: newId('webhook'),
      accountId: p.accountId,
      url: safeUrl(body.url, c.env),
      description: body.description ?? null,
      events: normaliseEvents(body.events),
      enabled: body.enabled,
      secret: generateSecret(),
      previousSecret: null,
      previousSecretExpiresAt: null,
      disabledReason: body.enabled ? null : 'Created disabled.',
      failingSince: null,
      createdAt: now,
      updatedAt: null,
    };
    const db = drizzle(c.env.DB);
    try {
      await db.insert(webhookEndpoints).values(row).run();
    } catch (err) {
      // D1 may have committed the insert and lost the answer: an endpoint whose secret nobody has, that
      // events would still be delivered to. Remove it by its id, best effort, before the 503.
      await db
        .delete(webhookEndpoints)
        .where(eq(webhookEndpoints.id, row.id))
        .run()
        .catch(() => undefined);
      throw err;
    }
    return c.json({ ...webhookJson(row, now), secret: row.secret }, 201, {
      Location: `/v1/webhooks/${row.id}`,
    });
  })
  .openapi(list, async (c) => {
    const p = principalOf(c);
    const { limit, starting_after } = c.req.valid('query');
    const rows = await drizzle(c.env.DB)
      .select()
      .from(webhookEndpoints)
      .where(
        starting_after
          ? and(eq(webhookEndpoints.accountId, p.accountId), lt(webhookEndpoints.id, starting_after))
          : eq(webhookEndpoints.accountId, p.accountId),
      )
      .orderBy(desc(webhookEndpoints.id))
      .limit(limit + 1)
      .all();
    const now = Date.now();
    return c.json(
      { data: rows.slice(0, limit).map((r) => webhookJson(r, now)), has_more: rows.length > limit },
      200,
    );
  })
  .openapi(get, async (c) => {
    const row = await ownEndpoint(c.env, principalOf(c).accountId, c.req.valid('param').id);
    return c.json(webhookJson(row), 200);
  })
  .openapi(update, async (c) => {
    const p = principalOf(c);
    const body = c.req.valid('json');
    guardSubscription(p, body.events);
    // The checks read the row, then the write is conditional on its `events` still being what was read:
    // an edit that lands in between (an admin key subscribing it to user.registered) makes it miss, and
    // this one is checked and applied again on top of it.
    const busy = 'The endpoint is being changed by other requests.';
    return onFreshEndpoint(c.env, p.accountId, c.req.valid('param').id, busy, async (row) => {
      if (body.url !== undefined || body.events !== undefined || body.enabled !== undefined) {
        await guardOperator(c.env, p, row, 'change its url, events or enabled');
      }
      const change: Partial<EndpointRow> = { updatedAt: Date.now() };
      if (body.url !== undefined) change.url = safeUrl(body.url, c.env);
      if (body.description !== undefined) change.description = body.description;
      if (body.events !== undefined) change.events = normaliseEvents(body.events);
      if (body.enabled === true && !row.enabled) {
        Object.assign(change, { enabled: true, disabledReason: null, failingSince: null });
      } else if (body.enabled === false && row.enabled) {
        Object.assign(change, { enabled: false, disabledReason: 'Disabled through the API.' });
      }
      const after = await drizzle(c.env.DB)
        .update(webhookEndpoints)
        .set(change)
        .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.events, row.events)))
        .returning()
        .get();
      return after && c.json(webhookJson(after), 200);
    });
  })
  .openapi(remove, async (c) => {
    const p = principalOf(c);
    const row = await ownEndpoint(c.env, p.accountId, c.req.valid('param').id);
    await guardOperator(c.env, p, row, 'delete it');
    // Deliveries and their attempts go with it (ON DELETE CASCADE); queued messages for them are acked.
    await drizzle(c.env.DB).delete(webhookEndpoints).where(eq(webhookEndpoints.id, row.id)).run();
    return c.body(null, 204);
  })
  .openapi(test, async (c) => {
    const p = principalOf(c);
    const row = await ownEndpoint(c.env, p.accountId, c.req.valid('param').id);
    await guardOperator(c.env, p, row, 'send it a test event');
    const now = Date.now();
    const messageId = newId('message');
    const deliveryId = newId('delivery');
    const payload = buildPayload(messageId, TEST_EVENT_TYPE, new Date(now).toISOString(), {
      webhook_id: row.id,
      message: 'A test event from Stellar Edge: your endpoint is reachable and can verify our signature.',
    } satisfies EventData[typeof TEST_EVENT_TYPE]);
    await drizzle(c.env.DB)
      .insert(webhookDeliveries)
      .values({
        id: deliveryId,
        endpointId: row.id,
        accountId: p.accountId,
        messageId,
        eventType: TEST_EVENT_TYPE,
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const target = await loadTarget(c.env, deliveryId);
    if (!target) throw notFound('webhook'); // deleted meanwhile
    try {
      const { report } = await attemptDelivery(c.env, target, 'test');
      return c.json(report, 200);
    } catch (err) {
      // The attempt could not be recorded (D1 failed after the send). Nothing ever schedules a test
      // delivery, so it would stay "pending" in the log for ever: remove it (best effort), answer 503.
      await c.env.DB.prepare(
        "DELETE FROM webhook_deliveries WHERE id = ?1 AND status = 'pending' AND attempts = 0",
      )
        .bind(deliveryId)
        .run()
        .catch(() => undefined);
      throw err;
    }
  })
  .openapi(deliveries, async (c) => {
    const p = principalOf(c);
    const { id } = c.req.valid('param');
    const { limit, starting_after, status } = c.req.valid('query');
    const row = await ownEndpoint(c.env, p.accountId, id);
    await guardOperator(c.env, p, row, 'list its deliveries');
    const conditions = [eq(webhookDeliveries.endpointId, row.id)];
    if (starting_after) conditions.push(lt(webhookDeliveries.id, starting_after));
    if (status) conditions.push(eq(webhookDeliveries.status, status));
    const rows = await drizzle(c.env.DB)
      .select()
      .from(webhookDeliveries)
      .where(and(...conditions))
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit + 1)
      .all();
    const page = rows.slice(0, limit);
    const byDelivery = new Map<string, AttemptRow[]>();
    if (page.length > 0) {
      const { results } = await c.env.DB.prepare(
        `SELECT delivery_id, attempt, trigger, status_code, response_body, error, duration_ms, created_at
         FROM webhook_attempts WHERE delivery_id IN (SELECT value FROM json_each(?1))
         ORDER BY delivery_id, attempt, id`,
      )
        .bind(JSON.stringify(page.map((d) => d.id)))
        .all<AttemptRow>();
      for (const a of results) {
        const list = byDelivery.get(a.delivery_id) ?? [];
        list.push(a);
        byDelivery.set(a.delivery_id, list);
      }
    }
    return c.json(
      { data: page.map((d) => deliveryJson(d, byDelivery.get(d.id) ?? [])), has_more: rows.length > limit },
      200,
    );
  })
  .openapi(retry, async (c) => {
    const p = principalOf(c);
    const { id, delivery_id } = c.req.valid('param');
    const row = await ownEndpoint(c.env, p.accountId, id);
    const target = isId('delivery', delivery_id) ? await loadTarget(c.env, delivery_id) : null;
    if (!target || target.endpoint_id !== row.id || target.account_id !== p.accountId) {
      throw notFound('delivery');
    }
    if (target.event_type === OPERATOR_EVENT && !isAdminKey(p)) {
      // A sign-up is re-sent to the endpoint's url of now, whatever the account's role is today.
      throw adminRequired(
        `A "${OPERATOR_EVENT}" delivery holds another account's sign-up: only an admin key may retry it.`,
      );
    }
    await guardOperator(c.env, p, row, 'retry its deliveries');
    if (!target.enabled) {
      throw problem(409, 'The endpoint is disabled: enable it (PATCH enabled=true) before retrying.', {
        type: 'webhook-disabled',
      });
    }
    const { report } = await attemptDelivery(c.env, target, 'manual');
    return c.json(report, 200);
  })
  .openapi(rotate, async (c) => {
    const p = principalOf(c);
    const id = c.req.valid('param').id;
    const db = drizzle(c.env.DB);
    // The update is conditional on the secret read, so the previous secret it keeps is the one that was
    // current: a rotation that ran in between makes it miss, and this one is redone on top of it (read
    // again), keeping that rotation's secret as the previous one.
    const busy = 'The secret is being rotated by other requests.';
    return onFreshEndpoint(c.env, p.accountId, id, busy, async (row) => {
      await guardOperator(c.env, p, row, 'rotate its secret');
      const now = Date.now();
      const secret = generateSecret();
      let after: EndpointRow | undefined;
      try {
        after = await db
          .update(webhookEndpoints)
          .set({
            secret,
            previousSecret: row.secret,
            previousSecretExpiresAt: now + ROTATION_OVERLAP_MS,
            updatedAt: now,
          })
          .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, row.secret)))
          .returning()
          .get();
      } catch (err) {
        // D1 may have committed the rotation and lost the answer: answered 503, the caller would never see
        // the new secret, and its retry would rotate again. Recover forward: if the row holds the secret
        // generated here, the rotation happened: answer it. If D1 is still down for that read, put the
        // secrets back as read, best effort, only while the row still holds the one generated here (so a
        // later rotation or edit is never undone).
        const found = await db
          .select()
          .from(webhookEndpoints)
          .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, secret)))
          .get()
          .catch(() => 'unknown' as const);
        if (found && found !== 'unknown') return c.json({ ...webhookJson(found, now), secret }, 200);
        if (found === 'unknown') {
          await db
            .update(webhookEndpoints)
            .set({
              secret: row.secret,
              previousSecret: row.previousSecret,
              previousSecretExpiresAt: row.previousSecretExpiresAt,
              updatedAt: row.updatedAt,
            })
            .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, secret)))
            .run()
            .catch(() => undefined);
        }
        throw err;
      }
      return after && c.json({ ...webhookJson(after, now), secret }, 200);
    });
  });
