/**
 * API keys of the caller's account: create (the key is shown once), list, get, revoke, roll, delete.
 * Another account's key id is a 404, exactly like an unknown one.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { apiKeys } from '../db/schema';
import {
  buildKey,
  createdKeyJson,
  deleteKey,
  getKey,
  insertKeyWithinCap,
  keyJson,
  keyLimitReached,
  listKeys,
  revokeKey,
  rollKey,
} from '../platform/accounts';
import { assertCanManageKey, principalOf, requireScope } from '../platform/auth';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { isId } from '../platform/ids';
import { SCOPES } from '../platform/keys';
import {
  AUTHED_ERRORS,
  errorResponses,
  ListQuerySchema,
  linksTo,
  listOf,
  unprocessable,
} from '../platform/openapi';
import { notFound, problem, worldProblem } from '../platform/problem';
import { createRouter } from '../platform/router';
import { capsOf, MAX_ACTIVE_KEYS } from '../platform/tiers';
import { isoDateTime } from '../schemas/formats';
import { atMostOne, withRules } from '../schemas/rules';
import { text } from '../schemas/text';

export const KeySchema = z
  .object({
    id: z.string().openapi({ example: 'key_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    name: z.string(),
    prefix: z
      .string()
      .openapi({ example: 'sk_live_Ab3x', description: 'The first characters, for display.' }),
    scopes: z.array(z.string()),
    status: z.enum(['active', 'revoked', 'expired']),
    created_at: z.string(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
    last_used_at: z.string().nullable().openapi({ description: 'Updated at most about once a minute.' }),
    request_count: z.number().int().openapi({ description: 'Updated at most about once a minute.' }),
    replaced_by: z.string().nullable().openapi({ description: 'The key that replaced this one (roll).' }),
  })
  .openapi('ApiKey');

export const CreatedKeySchema = KeySchema.extend({
  key: z.string().openapi({
    example: 'sk_live_V1AQ3e9vHsJZ6Q4q5R1JmVUsDlqvME3kPnyi',
    description: 'The full key. Shown only in this response: store it now.',
  }),
}).openapi('ApiKeyCreated');

const MAX_DAYS = 3650;

const CreateBody = withRules(
  z
    .object({
      name: text().regex(/\S/, 'Must not be blank.').trim().max(100).default('api key'),
      scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length).optional().openapi({
        description: "Defaults to the calling key's scopes. Beyond them: a 403 `insufficient-scope`.",
      }),
      expires_at: isoDateTime()
        .optional()
        .openapi({
          description: `When the key stops working (RFC 3339). Not with expires_in_days. In the past, or more than ${MAX_DAYS} days ahead: a 422 \`invalid-expiry\`.`,
        }),
      expires_in_days: z.number().int().min(1).max(MAX_DAYS).optional(),
    })
    .strict(),
  [atMostOne(['expires_at', 'expires_in_days'])],
);

const RollBody = z
  .object({
    grace_period_seconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86400)
      .default(0)
      .openapi({ description: 'How long the old key keeps working (0 = revoked at once; max 7 days).' }),
  })
  .strict();

const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'key_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const keyContent = { 'application/json': { schema: KeySchema } };
const KEY_LINKS = linksTo({
  getApiKey: { id: '$response.body#/id' },
  revokeApiKey: { id: '$response.body#/id' },
  rollApiKey: { id: '$response.body#/id' },
  deleteApiKey: { id: '$response.body#/id' },
});
const tags = ['API keys'];
const scope = requireScope('keys');

const create = createRoute({
  method: 'post',
  path: '/v1/api-keys',
  operationId: 'createApiKey',
  tags,
  summary: 'Create an API key',
  description:
    'Returns the full key once. Scopes default to, and cannot exceed, those of the calling key. An account ' +
    `holds at most ${capsOf(MAX_ACTIVE_KEYS)} active keys (free, basic, premium, unlimited tier; keys ` +
    'revoked, expired or replaced by a roll do not count, so a roll always has room): beyond that, a 409 ' +
    '`key-limit-reached` with the `limit`.',
  middleware: [scope, idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: CreateBody } }, required: true },
  },
  responses: {
    201: {
      description: 'Created.',
      content: { 'application/json': { schema: CreatedKeySchema } },
      links: KEY_LINKS,
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 409),
    ...unprocessable('invalid-expiry'),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/api-keys',
  operationId: 'listApiKeys',
  tags,
  summary: "List the account's API keys",
  description: 'Newest first. Never includes a key or its hash: only the display prefix.',
  middleware: [scope] as const,
  request: { query: ListQuerySchema },
  responses: {
    200: {
      description: 'A page of keys.',
      content: { 'application/json': { schema: listOf(KeySchema, 'ApiKeyList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/api-keys/{id}',
  operationId: 'getApiKey',
  tags,
  summary: 'Get an API key',
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The key.', content: keyContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const revoke = createRoute({
  method: 'patch',
  path: '/v1/api-keys/{id}/revoke',
  operationId: 'revokeApiKey',
  tags,
  summary: 'Revoke an API key',
  description:
    "The key stops working at once here and within 50 s everywhere. It stays listed as revoked. Only a key whose scopes include all of this key's may do it, and only an admin key to an admin key (403 otherwise).",
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The revoked key.', content: keyContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

const roll = createRoute({
  method: 'post',
  path: '/v1/api-keys/{id}/roll',
  operationId: 'rollApiKey',
  tags,
  summary: 'Roll an API key',
  description:
    "Issues a new secret with the same name, scopes and expiry. The old key keeps working for `grace_period_seconds`, then expires. Send an `Idempotency-Key`: a retried roll then gets the same new key instead of a 409. Only a key whose scopes include all of this key's may do it, and only an admin key to an admin key (403 otherwise).",
  middleware: [scope, idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    params: IdParam,
    body: { content: { 'application/json': { schema: RollBody } }, required: false },
  },
  responses: {
    201: {
      description: 'The new key (shown once).',
      content: { 'application/json': { schema: CreatedKeySchema } },
      links: KEY_LINKS,
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 404, 409),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/api-keys/{id}',
  operationId: 'deleteApiKey',
  tags,
  summary: 'Delete an API key',
  description:
    "Removes the key for good; it stops working at once here and within 50 s everywhere. Only a key whose scopes include all of this key's may do it, and only an admin key to an admin key (403 otherwise).",
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(...AUTHED_ERRORS, 404) },
});

async function ownKey(env: Parameters<typeof getKey>[0], accountId: string, id: string) {
  const k = isId('apiKey', id) ? await getKey(env, accountId, id) : undefined;
  if (!k) throw notFound('API key');
  return k;
}

export const apiKeyRoutes = createRouter()
  .openapi(create, async (c) => {
    const p = principalOf(c);
    const body = c.req.valid('json');
    let expiresAt: number | null = null;
    if (body.expires_at !== undefined) {
      expiresAt = Date.parse(body.expires_at);
      if (expiresAt <= Date.now())
        throw worldProblem('invalid-expiry', 'expires_at', 'Must be in the future.');
      if (expiresAt > Date.now() + MAX_DAYS * 86_400_000) {
        throw worldProblem('invalid-expiry', 'expires_at', `Must be within ${MAX_DAYS} days.`);
      }
    } else if (body.expires_in_days !== undefined) {
      expiresAt = Date.now() + body.expires_in_days * 86_400_000;
    }
    const scopes = [...new Set(body.scopes ?? p.scopes)];
    const beyond = scopes.filter((s) => !p.scopes.includes(s));
    if (beyond.length > 0) {
      throw problem(403, `A key cannot grant scopes its creator lacks: ${beyond.join(', ')}.`, {
        type: 'insufficient-scope',
      });
    }
    const fresh = await buildKey(p.accountId, { name: body.name, scopes, expiresAt });
    const db = drizzle(c.env.DB);
    let stored: boolean;
    try {
      stored = await insertKeyWithinCap(c.env, fresh.row, p.tier);
    } catch (err) {
      // D1 may have committed the insert and lost the answer: a live key nobody was ever shown. Remove it
      // by its id, best effort, before the 503 (the retry creates the key the caller will see).
      await db
        .delete(apiKeys)
        .where(eq(apiKeys.id, fresh.row.id))
        .run()
        .catch(() => undefined);
      throw err;
    }
    if (!stored) throw keyLimitReached(p.tier);
    return c.json(createdKeyJson(fresh), 201, { Location: `/v1/api-keys/${fresh.row.id}` });
  })
  .openapi(list, async (c) => {
    const { limit, starting_after } = c.req.valid('query');
    return c.json(await listKeys(c.env, principalOf(c).accountId, limit, starting_after), 200);
  })
  .openapi(get, async (c) => {
    const k = await ownKey(c.env, principalOf(c).accountId, c.req.valid('param').id);
    return c.json(keyJson(k), 200);
  })
  .openapi(revoke, async (c) => {
    const p = principalOf(c);
    const k = await ownKey(c.env, p.accountId, c.req.valid('param').id);
    assertCanManageKey(p, k.scopes, 'revoke');
    return c.json(keyJson(await revokeKey(c.env, k)), 200);
  })
  .openapi(roll, async (c) => {
    const p = principalOf(c);
    const k = await ownKey(c.env, p.accountId, c.req.valid('param').id);
    assertCanManageKey(p, k.scopes, 'roll');
    if (k.revokedAt !== null || (k.expiresAt !== null && k.expiresAt <= Date.now())) {
      throw problem(409, 'Only an active key can be rolled.', { type: 'key-inactive' });
    }
    if (k.replacedBy !== null)
      throw problem(409, 'This key was already rolled.', { type: 'key-already-rolled' });
    const body = c.req.valid('json') ?? { grace_period_seconds: 0 };
    const fresh = await rollKey(c.env, k, body.grace_period_seconds ?? 0);
    if (!fresh) throw problem(409, 'This key was already rolled or revoked.', { type: 'key-already-rolled' });
    return c.json(createdKeyJson(fresh), 201, { Location: `/v1/api-keys/${fresh.row.id}` });
  })
  .openapi(remove, async (c) => {
    const p = principalOf(c);
    const k = await ownKey(c.env, p.accountId, c.req.valid('param').id);
    assertCanManageKey(p, k.scopes, 'delete');
    await deleteKey(c.env, k);
    return c.body(null, 204);
  });
