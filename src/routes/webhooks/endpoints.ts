/** Webhook endpoints: create (the secret is shown once), list, get, update, delete. */
import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../../db/schema';
import { limitReached } from '../../platform/accounts';
import { principalOf, requireScope } from '../../platform/auth';
import { insertRowWhere } from '../../platform/d1';
import { IdempotencyHeaders, idempotent } from '../../platform/idempotency';
import { newId } from '../../platform/ids';
import {
  AUTHED_ERRORS,
  errorResponses,
  ListQuerySchema,
  linksTo,
  listOf,
  unprocessable,
} from '../../platform/openapi';
import { createRouter } from '../../platform/router';
import { capsOf, MAX_WEBHOOK_ENDPOINTS } from '../../platform/tiers';
import { generateSecret } from '../../platform/webhooks';
import {
  guardOperator,
  guardSubscription,
  normaliseEvents,
  onFreshEndpoint,
  ownEndpoint,
  safeUrl,
} from './access';
import {
  CreateBody,
  IdParam,
  OPERATOR_NOTE,
  tags,
  UpdateBody,
  WebhookSchema,
  webhookContent,
  withSecretContent,
} from './schemas';
import { type EndpointRow, webhookJson } from './views';

const scope = requireScope('webhooks');

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
    'account; only an admin key (the `admin` scope) may list it: other keys get a 403 `admin-required`. ' +
    `An account holds at most ${capsOf(MAX_WEBHOOK_ENDPOINTS)} endpoints, enabled or not (free, basic, ` +
    'premium, unlimited tier): beyond that, a 409 `webhook-limit-reached` with the `limit`.',
  middleware: [scope, idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: CreateBody } }, required: true },
  },
  responses: {
    201: {
      description: 'Created.',
      content: withSecretContent,
      links: linksTo({
        getWebhook: { id: '$response.body#/id' },
        updateWebhook: { id: '$response.body#/id' },
        deleteWebhook: { id: '$response.body#/id' },
        testWebhook: { id: '$response.body#/id' },
        listWebhookDeliveries: { id: '$response.body#/id' },
        rotateWebhookSecret: { id: '$response.body#/id' },
      }),
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 409),
    ...unprocessable('webhook-url-not-allowed'),
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
    ...unprocessable('webhook-url-not-allowed'),
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

export const endpointRoutes = createRouter()
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
    const limit = MAX_WEBHOOK_ENDPOINTS[p.tier];
    let stored: boolean;
    try {
      // The count and the insert are one statement: concurrent creations cannot pass the cap together.
      const held = db
        .select({ n: sql<number>`count(*)` })
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.accountId, p.accountId));
      const res = await insertRowWhere(db, webhookEndpoints, row, sql`(${held}) < ${limit}`).run();
      stored = res.meta.changes > 0;
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
    if (!stored) throw limitReached('webhook-limit-reached', 'webhook endpoints', p.tier, limit);
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
  });
