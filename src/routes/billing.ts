/**
 * POST /v1/billing/stripe: Stripe subscription events set the account's tier.
 *
 * The signature (`Stripe-Signature`) is verified over the raw body with the official `stripe` package
 * (`webhooks.constructEventAsync`, Web Crypto provider, 300 s tolerance) and the STRIPE_WEBHOOK_SECRET
 * secret. Each Stripe event id is applied once: the tier change and the record of the event id are one
 * D1 batch, so a replay (Stripe retries, or an attacker replaying a captured request within the
 * tolerance) changes nothing.
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
import { drizzle } from 'drizzle-orm/d1';
import Stripe from 'stripe';
import { stripeEvents, TIERS, type Tier } from '../db/schema';
import type { Env } from '../env';
import { getAccount, updateAccount } from '../platform/accounts';
import { publishEvent } from '../platform/events';
import { errorResponses } from '../platform/openapi';
import { problem } from '../platform/problem';
import { createRouter } from '../platform/router';

const crypto = Stripe.createSubtleCryptoProvider();
export const STRIPE_TOLERANCE_S = 300;

type Subscription = {
  id: string;
  status: string;
  customer: string | { id: string };
  metadata?: Record<string, string>;
  items?: { data?: Array<{ price?: { lookup_key?: string | null; metadata?: Record<string, string> } }> };
};

export function tierFromSubscription(sub: Subscription): Tier | null {
  const price = sub.items?.data?.[0]?.price;
  const candidates = [price?.lookup_key, price?.metadata?.tier, sub.metadata?.tier];
  for (const c of candidates) {
    const t = c?.toLowerCase().replace(/^stellar[_-]/, '');
    if (t && (TIERS as readonly string[]).includes(t)) return t as Tier;
  }
  return null;
}

const customerId = (c: Subscription['customer'] | null | undefined) =>
  c === null || c === undefined ? null : typeof c === 'string' ? c : c.id;

async function findAccount(
  env: Env,
  sub: { customer: Subscription['customer']; metadata?: Record<string, string> },
) {
  const byId = sub.metadata?.account_id;
  if (byId) {
    const a = await getAccount(env, byId);
    if (a) return a;
  }
  const customer = customerId(sub.customer);
  if (!customer) return undefined;
  const row = await env.DB.prepare('SELECT id FROM accounts WHERE stripe_customer_id = ?1')
    .bind(customer)
    .first<{ id: string }>();
  return row ? getAccount(env, row.id) : undefined;
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
  if (!secret) throw problem(503, 'Billing is not configured on this server (STRIPE_WEBHOOK_SECRET).');
  const raw = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await Stripe.webhooks.constructEventAsync(
      raw,
      c.req.valid('header')['stripe-signature'],
      secret,
      STRIPE_TOLERANCE_S,
      crypto,
    );
  } catch (err) {
    throw problem(400, `Invalid Stripe signature: ${(err as Error).message}`, {
      type: 'invalid-signature',
      errors: [{ path: 'stripe-signature', message: 'Signature verification failed.', location: 'header' }],
    });
  }
  const seen = await c.env.DB.prepare('SELECT 1 FROM stripe_events WHERE id = ?1').bind(event.id).first();
  if (seen) return c.json({ received: true, duplicate: true }, 200);

  const record = (accountId: string | null) =>
    c.env.DB.prepare('INSERT INTO stripe_events (id, type, account_id) VALUES (?1, ?2, ?3)').bind(
      event.id,
      event.type,
      accountId,
    );
  let applied = 'ignored';
  try {
    switch (event.type) {
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const sub = event.data.object as unknown as Subscription;
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
        await updateAccount(
          c.env,
          c.executionCtx,
          account.id,
          { ...(tier ? { tier } : {}), stripeCustomerId: customerId(sub.customer) },
          'stripe',
          drizzle(c.env.DB)
            .insert(stripeEvents)
            .values({ id: event.id, type: event.type, accountId: account.id }),
        );
        applied = tier ? `tier ${tier}` : `no tier change (status ${sub.status})`;
        break;
      }
      case 'invoice.paid': {
        const invoice = event.data.object as unknown as {
          id: string;
          customer: string | { id: string };
          amount_paid: number;
          currency: string;
          metadata?: Record<string, string>;
        };
        const account = await findAccount(c.env, {
          customer: invoice.customer,
          metadata: invoice.metadata ?? {},
        });
        await record(account?.id ?? null).run();
        if (account) {
          publishEvent(
            c.executionCtx,
            c.env,
            'payment.received',
            { invoice_id: invoice.id, amount: invoice.amount_paid, currency: invoice.currency },
            account.id,
          );
          applied = 'payment.received';
        } else applied = 'no matching account';
        break;
      }
      default:
        await record(null).run();
    }
  } catch (err) {
    // (drizzle may wrap the D1 error: its cause says UNIQUE.)
    if (/UNIQUE|PRIMARY KEY/i.test(`${err} ${(err as Error)?.cause ?? ''}`))
      return c.json({ received: true, duplicate: true }, 200);
    throw err;
  }
  return c.json({ received: true, applied }, 200);
});
