/**
 * Accounts: self sign-up, the caller's account (tier, limits, today's usage) and admin management.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { TIERS } from '../db/schema';
import type { Env } from '../env';
import { accountJson, createAccountWithKey, getAccount, updateAccount } from '../platform/accounts';
import { requireAdmin } from '../platform/auth';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { isId } from '../platform/ids';
import { AUTHED_ERRORS, errorResponses, linksTo } from '../platform/openapi';
import { notFound, problem, QUOTA_EXCEEDED_TYPE } from '../platform/problem';
import { usageToday } from '../platform/quota';
import { createRouter } from '../platform/router';
import {
  ACCOUNT_BURST_PER_SECOND,
  BURST_PER_SECOND,
  DAILY_LIMITS,
  type ENDPOINT_CLASSES,
  MAX_ACTIVE_KEYS,
  MAX_ALERTS,
  MAX_CALENDARS,
  MAX_WEBHOOK_ENDPOINTS,
} from '../platform/tiers';
import { AccountSchema } from '../schemas/account';
import { email } from '../schemas/formats';
import { notEmpty, withRules } from '../schemas/rules';
import { text } from '../schemas/text';
import { CreatedKeySchema } from './api-keys';

const AccountCreatedSchema = z
  .object({ account: AccountSchema, api_key: CreatedKeySchema })
  .openapi('AccountCreated', {
    description: 'The new account and its first key (the only time the key is shown).',
  });

const LimitsSchema = z.object({
  charts: z.number().int(),
  readings: z.number().int(),
  famous_people: z.number().int(),
  synastry: z.number().int(),
});

const UsageEntry = z.object({ used: z.number().int(), limit: z.number().int(), remaining: z.number().int() });

const AccountDetailSchema = AccountSchema.extend({
  limits: LimitsSchema.openapi({ description: 'Daily quota per endpoint class for the tier.' }),
  burst_per_second: z.number().int().openapi({ description: 'Requests per second per key (burst limit).' }),
  account_burst_per_second: z
    .number()
    .int()
    .openapi({ description: 'Requests per second for the whole account, all its keys together.' }),
  max_api_keys: z
    .number()
    .int()
    .openapi({ description: 'Active API keys the account may hold (409 `key-limit-reached` beyond).' }),
  max_webhook_endpoints: z
    .number()
    .int()
    .openapi({ description: 'Webhook endpoints the account may hold (409 `webhook-limit-reached` beyond).' }),
  max_calendars: z
    .number()
    .int()
    .openapi({ description: 'Calendar feeds the account may hold (409 `calendar-limit-reached` beyond).' }),
  max_alerts: z.number().int().openapi({
    description: 'Saved charts the account may opt in to transit alerts (409 `alert-limit-reached` beyond).',
  }),
  usage: z
    .object({
      date: z.string().openapi({ example: '2026-11-29' }),
      resets_at: z.string(),
      charts: UsageEntry,
      readings: UsageEntry,
      famous_people: UsageEntry,
      synastry: UsageEntry,
    })
    .openapi({ description: "Today's (UTC) use of each quota." }),
}).openapi('AccountDetail');

const SignupBody = z
  .object({
    email: email().max(254).openapi({ example: 'ada@example.com' }),
    name: text().regex(/\S/, 'Must not be blank.').trim().max(100).openapi({ example: 'Ada Lovelace' }),
  })
  .strict();

const AdminCreateBody = SignupBody.extend({
  tier: z.enum(TIERS).default('free'),
  role: z.enum(['user', 'admin']).default('user'),
}).strict();

const AdminPatchBody = withRules(
  z
    .object({
      tier: z.enum(TIERS).optional(),
      status: z.enum(['active', 'suspended']).optional(),
    })
    .strict(),
  [notEmpty(['tier', 'status'])],
);

const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const signup = createRoute({
  method: 'post',
  path: '/v1/accounts',
  operationId: 'createAccount',
  tags: ['Accounts'],
  summary: 'Sign up',
  description:
    'Creates a free account and its first API key, shown once. Enabled when SIGNUP_ENABLED is true (403 otherwise). Emits `user.registered`.',
  security: [],
  request: { body: json(SignupBody) },
  responses: {
    201: {
      description: 'Created. Call `getAccount` with the new key (`api_key.key`).',
      content: { 'application/json': { schema: AccountCreatedSchema } },
      links: {
        getAccount: { operationId: 'getAccount', description: 'The new account, called with its new key.' },
        getApiKey: {
          operationId: 'getApiKey',
          parameters: { id: '$response.body#/api_key/id' },
          description: 'The first key, called with that key.',
        },
      },
    },
    ...errorResponses(400, 403, 409, 413, 429),
  },
});

const me = createRoute({
  method: 'get',
  path: '/v1/account',
  operationId: 'getAccount',
  tags: ['Accounts'],
  summary: "The caller's account",
  description:
    "The account of the calling key, its tier's daily limits and today's usage per endpoint class.",
  responses: {
    200: { description: 'The account.', content: { 'application/json': { schema: AccountDetailSchema } } },
    ...errorResponses(...AUTHED_ERRORS),
  },
});

const adminCreate = createRoute({
  method: 'post',
  path: '/v1/admin/accounts',
  operationId: 'adminCreateAccount',
  tags: ['Admin'],
  summary: 'Create an account (admin)',
  description: 'Creates an account with any tier and role, and its first key (shown once).',
  middleware: [requireAdmin, idempotent()] as const,
  request: { headers: IdempotencyHeaders, body: json(AdminCreateBody) },
  responses: {
    201: {
      description: 'Created.',
      content: { 'application/json': { schema: AccountCreatedSchema } },
      links: linksTo({
        adminGetAccount: { id: '$response.body#/account/id' },
        adminUpdateAccount: { id: '$response.body#/account/id' },
      }),
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 409),
  },
});

const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const adminGet = createRoute({
  method: 'get',
  path: '/v1/admin/accounts/{id}',
  operationId: 'adminGetAccount',
  tags: ['Admin'],
  summary: 'Get an account (admin)',
  description:
    "Any account, with its tier's daily limits and today's usage per endpoint class (as `GET /v1/account`).",
  middleware: [requireAdmin] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The account.', content: { 'application/json': { schema: AccountDetailSchema } } },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const adminPatch = createRoute({
  method: 'patch',
  path: '/v1/admin/accounts/{id}',
  operationId: 'adminUpdateAccount',
  tags: ['Admin'],
  summary: "Change an account's tier or status (admin)",
  description:
    'A tier change applies on the next request and emits `subscription.activated` (to a paid tier) or `subscription.canceled` (to free).',
  middleware: [requireAdmin] as const,
  request: { params: IdParam, body: json(AdminPatchBody) },
  responses: {
    200: { description: 'The updated account.', content: { 'application/json': { schema: AccountSchema } } },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

/**
 * Sign-ups per client address: SIGNUPS_PER_WINDOW per SIGNUP_WINDOW_MS in each isolate (approximate across
 * isolates; enough to stop a loop minting free accounts from one address).
 */
export const SIGNUPS_PER_WINDOW = 5;
export const SIGNUP_WINDOW_MS = 10 * 60_000;
const signups = new Map<string, { count: number; since: number }>();

function limitSignups(ip: string, now: number): void {
  const w = signups.get(ip);
  if (!w || now - w.since >= SIGNUP_WINDOW_MS) {
    if (signups.size > 10_000) signups.clear();
    signups.set(ip, { count: 1, since: now });
    return;
  }
  w.count += 1;
  if (w.count > SIGNUPS_PER_WINDOW) {
    const retry = Math.ceil((w.since + SIGNUP_WINDOW_MS - now) / 1000);
    throw problem(429, `Too many sign-ups from this address; try again in ${retry} s.`, {
      type: QUOTA_EXCEEDED_TYPE,
      headers: { 'Retry-After': String(retry) },
      extensions: { 'violated-policies': ['signup'] },
    });
  }
}

/** An account with its tier's limits and today's usage (GET /v1/account, GET /v1/admin/accounts/{id}). */
async function accountDetail(env: Env, account: NonNullable<Awaited<ReturnType<typeof getAccount>>>) {
  const now = Date.now();
  const used = await usageToday(env, account.id);
  const limits = DAILY_LIMITS[account.tier];
  const entry = (cls: (typeof ENDPOINT_CLASSES)[number]) => {
    const u = used[cls] ?? 0;
    return { used: u, limit: limits[cls], remaining: Math.max(0, limits[cls] - u) };
  };
  return {
    ...accountJson(account),
    limits,
    burst_per_second: BURST_PER_SECOND[account.tier],
    account_burst_per_second: ACCOUNT_BURST_PER_SECOND[account.tier],
    max_api_keys: MAX_ACTIVE_KEYS[account.tier],
    max_webhook_endpoints: MAX_WEBHOOK_ENDPOINTS[account.tier],
    max_calendars: MAX_CALENDARS[account.tier],
    max_alerts: MAX_ALERTS[account.tier],
    usage: {
      date: new Date(now).toISOString().slice(0, 10),
      resets_at: `${new Date((Math.floor(now / 86_400_000) + 1) * 86_400_000).toISOString().slice(0, 19)}Z`,
      charts: entry('charts'),
      readings: entry('readings'),
      famous_people: entry('famous_people'),
      synastry: entry('synastry'),
    },
  };
}

export const accountRoutes = createRouter()
  .openapi(signup, async (c) => {
    if (c.env.SIGNUP_ENABLED !== 'true') throw problem(403, 'Self sign-up is disabled on this server.');
    limitSignups(c.req.header('CF-Connecting-IP') ?? 'unknown', Date.now());
    const body = c.req.valid('json');
    const created = await createAccountWithKey(c.env, c.executionCtx, body);
    return c.json(created, 201, { Location: '/v1/account' });
  })
  .openapi(me, async (c) => {
    const p = c.get('principal');
    const account = p && (await getAccount(c.env, p.accountId));
    if (!p || !account) throw notFound('account');
    return c.json(await accountDetail(c.env, account), 200);
  })
  .openapi(adminCreate, async (c) => {
    const created = await createAccountWithKey(c.env, c.executionCtx, c.req.valid('json'));
    return c.json(created, 201, { Location: `/v1/admin/accounts/${created.account.id}` });
  })
  .openapi(adminGet, async (c) => {
    const { id } = c.req.valid('param');
    const account = isId('account', id) ? await getAccount(c.env, id) : undefined;
    if (!account) throw notFound('account');
    return c.json(await accountDetail(c.env, account), 200);
  })
  .openapi(adminPatch, async (c) => {
    const { id } = c.req.valid('param');
    if (!isId('account', id)) throw notFound('account');
    const updated = await updateAccount(c.env, c.executionCtx, id, c.req.valid('json'), 'admin');
    if (!updated) throw notFound('account');
    return c.json(accountJson(updated), 200);
  });
