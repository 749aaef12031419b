/**
 * POST /v1/billing/stripe: Stripe subscription events set the account's tier.
 *
 * The signature (`Stripe-Signature`) is verified over the raw body with Stripe's algorithm
 * (src/platform/stripe-signature.ts: the `stripe` SDK's `webhooks.constructEventAsync` on Web Crypto, 300 s
 * tolerance, checked against the SDK in tests) and the STRIPE_WEBHOOK_SECRET secret. Each Stripe event id is applied once: the tier change, the record of the event id and the
 * event it emits (its event-log row) are one D1 batch, so a replay (Stripe retries, or an attacker
 * replaying a captured request within the tolerance) changes nothing; it only re-runs the idempotent
 * steps after the commit (afterCommit), in case the attempt that committed failed after it.
 *
 * Which account: `subscription.metadata.account_id` (set it when you create the Checkout Session or
 * subscription), else the account whose `stripe_customer_id` is the event's customer.
 * Which tier: the first subscription item's `price.lookup_key` (`basic`, `premium`, `unlimited`, or
 * prefixed `stellar_basic` ...), else `price.metadata.tier`, else `subscription.metadata.tier`.
 *   customer.subscription.created / updated, status active or trialing → that tier;
 *   customer.subscription.updated, status canceled / unpaid / incomplete_expired → free;
 *   customer.subscription.deleted → free;
 *   invoice.paid → event payment.received (amount, currency, invoice id).
 * Other event types are acknowledged and ignored.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, ne } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { accounts, stripeEvents, TIERS, type Tier } from '../db/schema';
import type { Env } from '../env';
import { getAccount, invalidateAccountCredentials, updateAccount } from '../platform/accounts';
import { loadEvent, logEventQuery, makeEvent, sendEvent } from '../platform/events';
import { derivedId } from '../platform/ids';
import { errorResponses } from '../platform/openapi';
import { problem, validationProblem } from '../platform/problem';
import { createRouter } from '../platform/router';
import { verifyStripeEvent } from '../platform/stripe-signature';

export const STRIPE_TOLERANCE_S = 300;

// What this route reads of a Stripe event, checked once the signature is: a body Stripe (or whoever holds
// the secret) signed is still input. Loose objects: real events carry many more fields.
const Metadata = z.record(z.string(), z.string()).optional();
const CustomerRef = z
  .union([z.string().min(1).max(255), z.looseObject({ id: z.string().min(1).max(255) })])
  .nullable()
  .optional();
const StripeEventShape = z.looseObject({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.number().int().nonnegative(),
  data: z.looseObject({ object: z.looseObject({}) }),
});
const SubscriptionShape = z.looseObject({
  status: z.string().max(64),
  customer: CustomerRef,
  metadata: Metadata,
  items: z
    .looseObject({
      data: z
        .array(
          z.looseObject({
            price: z
              .looseObject({ lookup_key: z.string().max(255).nullable().optional(), metadata: Metadata })
              .nullable()
              .optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
const InvoiceShape = z.looseObject({
  id: z.string().min(1).max(255),
  customer: CustomerRef,
  amount_paid: z.number().int().nonnegative(),
  currency: z.string().min(1).max(16),
  metadata: Metadata,
});
type Subscription = z.infer<typeof SubscriptionShape>;

/** Parses what the route reads of a signed event: a 400 naming the field when it is not there. */
function shaped<T extends z.ZodType>(schema: T, value: unknown, prefix: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationProblem(parsed.error, 'body', prefix);
  return parsed.data;
}

export function tierFromSubscription(sub: Subscription): Tier | null {
  const price = sub.items?.data?.[0]?.price;
  const candidates = [price?.lookup_key, price?.metadata?.tier, sub.metadata?.tier];
  for (const c of candidates) {
    const t = typeof c === 'string' ? c.toLowerCase().replace(/^stellar[_-]/, '') : undefined;
    if (t && (TIERS as readonly string[]).includes(t)) return t as Tier;
  }
  return null;
}

const customerId = (c: Subscription['customer'] | null | undefined) =>
  c === null || c === undefined ? null : typeof c === 'string' ? c : c.id;

async function findAccount(
  env: Env,
  sub: { customer?: Subscription['customer']; metadata?: Record<string, string> | undefined },
) {
  const byId = sub.metadata?.account_id;
  if (byId) {
    const a = await getAccount(env, byId);
    if (a) return a;
  }
  const customer = customerId(sub.customer);
  if (!customer) return undefined;
  const row = await drizzle(env.DB)
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.stripeCustomerId, customer))
    .get();
  return row ? getAccount(env, row.id) : undefined;
}

/**
 * A Stripe event already recorded (Stripe's retry, a replay, a concurrent duplicate): re-run what follows
 * the commit, because the attempt that recorded it may have failed right after it, answering 5xx (D1
 * committed but lost the answer, the auth-cache invalidation or the queue send failed) and a plain
 * "duplicate" would lose those steps for good. Both are idempotent: the invalidation clears caches
 * again, and the event is re-sent from its log row (written in the same D1 batch as the change, an
 * outbox) under its id derived from the Stripe event's, so the event log (which ignores an id it holds) and the
 * webhook fan-out (message id derived from the event id) keep it once. A Stripe event that emitted
 * nothing (no tier change, no account) has no log row: nothing is sent.
 *
 * (Why not only make those steps best effort in waitUntil: that cannot cover a lost D1 answer, after
 * which the code never reaches them, and a failure inside waitUntil is silent: Stripe got its 200 and
 * never retries. Failing the call and redoing the steps on the retry covers all three.)
 */
async function afterCommit(
  env: Env,
  seen: { type: string; account_id: string | null },
  eventId: string,
): Promise<void> {
  if (!seen.account_id) return;
  if (seen.type.startsWith('customer.subscription.'))
    await invalidateAccountCredentials(env, seen.account_id);
  const logged = await loadEvent(env, eventId);
  if (logged) await sendEvent(env, logged);
}

const ReceivedSchema = z
  .object({
    received: z.boolean(),
    duplicate: z.boolean().optional(),
    applied: z.string().optional().openapi({ description: 'What the event changed, if anything.' }),
  })
  .openapi('StripeAck');

const route = createRoute({
  method: 'post',
  path: '/v1/billing/stripe',
  operationId: 'stripeWebhook',
  tags: ['Billing'],
  summary: 'Stripe webhook receiver',
  description:
    'Receives Stripe events signed with `Stripe-Signature` (no API key). Subscription events set the account tier; `invoice.paid` emits `payment.received`. Each event id is applied once.',
  security: [],
  request: {
    // The body is a Stripe event; it is read raw (not parsed by the validator) so the signature can be checked.
    headers: z.object({ 'stripe-signature': z.string().min(1).max(2000) }),
  },
  responses: {
    200: { description: 'Acknowledged.', content: { 'application/json': { schema: ReceivedSchema } } },
    ...errorResponses(400, 503),
  },
});

export const billingRoutes = createRouter().openapi(route, async (c) => {
  const secret = c.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) {
    // Every 503 problem carries Retry-After (the document promises it). A missing secret is fixed by a
    // deploy, not in seconds: 300 s, and Stripe retries on its own schedule (up to 3 days) anyway.
    throw problem(503, 'Billing is not configured on this server (STRIPE_WEBHOOK_SECRET).', {
      headers: { 'Retry-After': '300' },
    });
  }
  const raw = await c.req.text();
  let verified: unknown;
  try {
    verified = await verifyStripeEvent(
      raw,
      c.req.valid('header')['stripe-signature'],
      secret,
      STRIPE_TOLERANCE_S,
    );
  } catch (err) {
    throw problem(400, `Invalid Stripe signature: ${(err as Error).message}`, {
      type: 'invalid-signature',
      errors: [{ path: 'stripe-signature', message: 'Signature verification failed.', location: 'header' }],
    });
  }
  const event = shaped(StripeEventShape, verified, '');
  // The event this Stripe event emits (subscription.*, payment.received), if any, has an id derived from
  // the Stripe event's: a retry that re-publishes it publishes the same event (see afterCommit).
  const eventId = await derivedId('event', event.id, event.created * 1000);
  const db = drizzle(c.env.DB);
  const duplicate = async () => {
    const seen = await db
      .select({ type: stripeEvents.type, account_id: stripeEvents.accountId })
      .from(stripeEvents)
      .where(eq(stripeEvents.id, event.id))
      .get();
    if (!seen) return null;
    await afterCommit(c.env, seen, eventId);
    return c.json({ received: true, duplicate: true }, 200);
  };
  const seen = await duplicate();
  if (seen) return seen;

  const record = (accountId: string | null) =>
    db.insert(stripeEvents).values({ id: event.id, type: event.type, accountId });
  let applied = 'ignored';
  try {
    switch (event.type) {
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const sub = shaped(SubscriptionShape, event.data.object, 'data.object');
        const account = await findAccount(c.env, sub);
        if (!account) {
          applied = 'no matching account';
          await record(null).run();
          break;
        }
        let tier: Tier | null = null;
        if (event.type === 'customer.subscription.deleted') tier = 'free';
        else if (['active', 'trialing'].includes(sub.status)) tier = tierFromSubscription(sub);
        else if (['canceled', 'unpaid', 'incomplete_expired'].includes(sub.status)) tier = 'free';
        // The event's record and the change it makes commit together, in one D1 batch: if the same
        // event races in twice, the primary key lets only one through; if D1 fails, neither is written
        // and Stripe's retry applies it. (Recording first and deleting the record on failure left the
        // event recorded but never applied when D1 was down for the delete too.)
        // The emitted event's log row commits with them too, and what follows the commit is awaited: see
        // afterCommit for how a failure after the commit is made good.
        // The customer is linked to the account for later events that name only the customer, unless the
        // event has none (a missing customer does not unlink one) or it is already another account's
        // (metadata.account_id chose this account; one customer never ends up on two accounts).
        // (Already this account's customer, as when findAccount found it by the customer: nothing to ask.)
        const customer = customerId(sub.customer);
        const owner =
          customer && account.stripeCustomerId !== customer
            ? await db
                .select({ id: accounts.id })
                .from(accounts)
                .where(and(eq(accounts.stripeCustomerId, customer), ne(accounts.id, account.id)))
                .get()
            : undefined;
        const link = customer && !owner ? { stripeCustomerId: customer } : {};
        await updateAccount(
          c.env,
          c.executionCtx,
          account.id,
          { ...(tier ? { tier } : {}), ...link },
          'stripe',
          {
            record: record(account.id),
            eventId,
          },
        );
        applied = tier ? `tier ${tier}` : `no tier change (status ${sub.status})`;
        break;
      }
      case 'invoice.paid': {
        const invoice = shaped(InvoiceShape, event.data.object, 'data.object');
        const account = await findAccount(c.env, {
          customer: invoice.customer,
          metadata: invoice.metadata ?? {},
        });
        if (account) {
          // The record and the event's log row in one D1 batch, then the send, awaited (see afterCommit).
          const paid = makeEvent(
            'payment.received',
            { invoice_id: invoice.id, amount: invoice.amount_paid, currency: invoice.currency },
            account.id,
            eventId,
          );
          await db.batch([record(account.id), logEventQuery(db, paid)]);
          await sendEvent(c.env, paid);
          applied = 'payment.received';
        } else {
          await record(null).run();
          applied = 'no matching account';
        }
        break;
      }
      default:
        await record(null).run();
    }
  } catch (err) {
    // (drizzle may wrap the D1 error: its cause says UNIQUE.)
    if (/UNIQUE|PRIMARY KEY/i.test(`${err} ${(err as Error)?.cause ?? ''}`)) {
      const dup = await duplicate();
      if (dup) return dup;
    }
    throw err;
  }
  return c.json({ received: true, applied }, 200);
});
