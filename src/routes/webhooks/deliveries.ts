/** Deliveries of an endpoint: send a test event, list deliveries with their attempts, retry one now. */
import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookAttempts, webhookDeliveries } from '../../db/schema';
import { adminRequired, isAdminKey, principalOf, requireScope } from '../../platform/auth';
import { isId, newId } from '../../platform/ids';
import { AUTHED_ERRORS, errorResponses, listOf } from '../../platform/openapi';
import { notFound, problem } from '../../platform/problem';
import { createRouter } from '../../platform/router';
import { attemptDelivery, buildPayload, loadTarget, OPERATOR_EVENT } from '../../platform/webhooks';
import { type EventData, TEST_EVENT_TYPE } from '../../schemas/events';
import { guardOperator, ownEndpoint } from './access';
import {
  DeliveryParams,
  DeliveryQuery,
  DeliverySchema,
  IdParam,
  OPERATOR_NOTE,
  reportContent,
  tags,
} from './schemas';
import { type AttemptRow, deliveryJson } from './views';

const scope = requireScope('webhooks');

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

export const deliveryRoutes = createRouter()
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
      await drizzle(c.env.DB)
        .delete(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.id, deliveryId),
            eq(webhookDeliveries.status, 'pending'),
            eq(webhookDeliveries.attempts, 0),
          ),
        )
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
      const a = webhookAttempts;
      const ids = JSON.stringify(page.map((d) => d.id));
      const results = await drizzle(c.env.DB)
        .select({
          delivery_id: a.deliveryId,
          attempt: a.attempt,
          trigger: sql<AttemptRow['trigger']>`${a.trigger}`,
          status_code: a.statusCode,
          response_body: a.responseBody,
          error: a.error,
          duration_ms: a.durationMs,
          created_at: a.createdAt,
        })
        .from(a)
        .where(sql`${a.deliveryId} IN (SELECT value FROM json_each(${ids}))`)
        .orderBy(a.deliveryId, a.attempt, a.id)
        .all();
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
  });
