/**
 * The webhook events as /openapi.json documents them (top-level `webhooks`, src/schemas/events.ts)
 * against what a receiver really gets: every event type is triggered the way the API triggers it (routes,
 * Stripe, the batch consumer), travels the real events and webhooks queues, and each delivered body is
 * verified (Standard Webhooks) and parsed with the documented schema of its type made strict at every
 * depth: a missing, mistyped or undocumented field fails.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { z } from '@hono/zod-openapi';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env';
import worker from '../src/index';
import { SWEEP_CRON } from '../src/platform/crons';
import { EVENT_TYPES } from '../src/platform/events';
import {
  EVENT_ENVELOPE_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  WebhookPayloadSchema,
} from '../src/schemas/events';
import { authed, call, clientAddress, createAccount, fetchWith, json, waitFor } from './helpers';
import { heldQueue, type QueuedMessage } from './queues';
import { type Received, receiver, useReceivers } from './receivers';

// ------------------------------------------------------------------------------------------ receiver

useReceivers();

/** A webhook for every event type (`*`) of the account of `key`; returns its secret and inbox. */
async function subscribe(key: string) {
  const r = receiver();
  const res = await json('/v1/webhooks', { url: r.url, events: ['*'] }, { key });
  expect(res.status, await res.clone().text()).toBe(201);
  const hook = (await res.json()) as { id: string; secret: string };
  return { ...hook, requests: r.requests };
}

// ------------------------------------------------------------------------------------------ strictness

/**
 * The schema with every object strict (an unknown key is an error), at every depth: the documented
 * schemas themselves stay open, since receivers must tolerate fields added later. Throws on a kind of
 * schema it does not know, so nothing passes unchecked.
 */
function deepStrict(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [k, v] of Object.entries(schema.shape)) shape[k] = deepStrict(v as z.ZodType);
    return z.strictObject(shape);
  }
  if (schema instanceof z.ZodNullable) return deepStrict(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodOptional) return deepStrict(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodArray) return z.array(deepStrict(schema.element as z.ZodType));
  const leaves = [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodEnum, z.ZodLiteral];
  if (leaves.some((kind) => schema instanceof kind)) return schema;
  throw new Error(`deepStrict: unsupported schema ${schema.constructor.name}`);
}

const STRICT = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((t) => [t, deepStrict(EVENT_ENVELOPE_SCHEMAS[t])]),
) as Record<WebhookEventType, z.ZodType>;

/** Verifies the signature, then parses the body strictly with the documented schema of its type. */
function checkDelivery(secret: string, got: Received) {
  const verified = new Webhook(secret).verify(got.body, got.headers);
  const payload = WebhookPayloadSchema.parse(verified); // a documented type, and its schema (open)
  const strict = STRICT[payload.type].safeParse(verified);
  if (!strict.success) {
    throw new Error(
      `${payload.type} does not match its documented schema:\n${z.prettifyError(strict.error)}`,
    );
  }
  expect(payload.id).toBe(got.headers['webhook-id']);
  expect(payload.id).toMatch(/^msg_[0-9a-z]{26}$/);
  expect(payload.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  return payload;
}

// ------------------------------------------------------------------------------------------ tests

const birth = { year: 1990, month: 5, day: 15, hour: 14, minute: 30, latitude: 40.7128, longitude: -74.006 };

describe('webhooks in /openapi.json', () => {
  it('documents exactly one webhook per event type, plus webhook.test', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      webhooks: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.webhooks).sort()).toEqual([...EVENT_TYPES, 'webhook.test'].sort());
    for (const [type, item] of Object.entries(doc.webhooks)) {
      expect(Object.keys(item), type).toEqual(['post']);
      const op = item.post as {
        operationId: string;
        parameters: { in: string; name: string; required: boolean }[];
        requestBody: { content: { 'application/json': { schema: { $ref: string } } } };
        responses: Record<string, unknown>;
      };
      const pascal = type.replace(/(^|\.)(\w)/g, (_, _dot, c: string) => c.toUpperCase());
      expect(op.operationId).toBe(`on${pascal}`);
      expect(op.parameters.map((p) => `${p.in} ${p.name} ${p.required}`)).toEqual([
        'header webhook-id true',
        'header webhook-timestamp true',
        'header webhook-signature true',
      ]);
      const ref = op.requestBody.content['application/json'].schema.$ref;
      expect(ref).toBe(`#/components/schemas/${pascal}Event`);
      const envelope = doc.components.schemas[`${pascal}Event`];
      expect(Object.keys(envelope?.properties ?? {})).toEqual(['id', 'type', 'created_at', 'data']);
      expect(envelope?.properties.type).toEqual({ type: 'string', enum: [type] });
      expect(envelope?.properties.data).toEqual({ $ref: `#/components/schemas/${pascal}Data` });
      expect(Object.keys(op.responses)).toEqual(
        expect.arrayContaining(type === 'webhook.test' ? ['2XX', 'default'] : ['2XX', '410', 'default']),
      );
    }
  });
});

describe('webhook deliveries match the documented schemas', () => {
  it('every event type, triggered for real, is delivered as documented', { timeout: 90_000 }, async () => {
    const admin = await createAccount({ role: 'admin' });
    const me = await createAccount({ tier: 'unlimited' });
    const hook = await subscribe(me.key);
    const expected = new Map<WebhookEventType, number>();
    const expect1 = (type: WebhookEventType, n = 1) => expected.set(type, (expected.get(type) ?? 0) + n);

    // webhook.test (sent at once by the route).
    expect((await authed(me.key, `/v1/webhooks/${hook.id}/test`, { method: 'POST' })).status).toBe(200);
    expect1('webhook.test');

    // chart.calculated: unsaved (a miss, then a hit), without a birth time (no rising sign, no houses), sidereal.
    for (const body of [
      birth,
      birth,
      {
        year: 1879,
        month: 3,
        day: 14,
        time_known: false,
        latitude: 48.4,
        longitude: 10,
        full_name: 'No time',
      },
      { ...birth, zodiac: 'sidereal', ayanamsa: 'lahiri' },
    ]) {
      const res = await json('/v1/charts', body, { key: me.key });
      expect(res.status, await res.clone().text()).toBe(200);
      expect1('chart.calculated');
    }
    // Saved: chart.calculated and chart.saved; then chart.deleted.
    const saved = await json('/v1/charts', { ...birth, full_name: 'Saved', save: true }, { key: me.key });
    expect(saved.status).toBe(201);
    const chartId = ((await saved.json()) as { id: string }).id;
    expect1('chart.calculated');
    expect1('chart.saved');
    // reading.generated: by chart id (some sections), by slug-less birth data (all sections).
    for (const body of [
      { chart_id: chartId, sections: ['planets', 'overview'] },
      { ...birth, full_name: 'Reader' },
    ]) {
      const res = await json('/v1/readings', body, { key: me.key });
      expect(res.status, await res.clone().text()).toBe(200);
      expect1('reading.generated');
    }
    expect((await authed(me.key, `/v1/charts/${chartId}`, { method: 'DELETE' })).status).toBe(204);
    expect1('chart.deleted');

    // transit.upcoming: a saved chart opted in to alerts, sent by the sweep cron (the scheduled handler).
    const alerted = await json('/v1/charts', { ...birth, full_name: 'Alerted', save: true }, { key: me.key });
    expect(alerted.status).toBe(201);
    expect1('chart.calculated');
    expect1('chart.saved');
    const alertedId = ((await alerted.json()) as { id: string }).id;
    const optIn = await authed(me.key, `/v1/charts/${alertedId}/alerts`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ days_ahead: 5, transiting: ['sun', 'mercury', 'venus', 'mars'] }),
    });
    expect(optIn.status, await optIn.clone().text()).toBe(201);
    const sweepCtx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: SWEEP_CRON }),
      env,
      sweepCtx,
    );
    await waitOnExecutionContext(sweepCtx);
    expect1('transit.upcoming');

    // batch.completed, through the real batch queue (one item fails).
    const batch = await json(
      '/v1/batch/charts',
      { items: [birth, { ...birth, month: 13 }] },
      { key: me.key },
    );
    expect(batch.status, await batch.clone().text()).toBe(202);
    expect1('batch.completed');

    // subscription.activated / .canceled, by an admin.
    for (const tier of ['basic', 'free']) {
      const res = await authed(admin.key, `/v1/admin/accounts/${me.accountId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tier }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    expect1('subscription.activated');
    expect1('subscription.canceled');

    // payment.received, from a signed Stripe invoice.paid.
    const secret = 'whsec_test_secret_for_webhook_events';
    const invoice = JSON.stringify({
      id: `evt_inv_${crypto.randomUUID()}`,
      object: 'event',
      created: Math.floor(Date.now() / 1000),
      type: 'invoice.paid',
      data: {
        object: {
          id: 'in_1',
          object: 'invoice',
          customer: 'cus_x',
          amount_paid: 1900,
          currency: 'usd',
          metadata: { account_id: me.accountId },
        },
      },
    });
    const signature = await Stripe.webhooks.generateTestHeaderStringAsync({
      payload: invoice,
      secret,
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    });
    const paid = await fetchWith({ ...env, STRIPE_WEBHOOK_SECRET: secret } as Env, '/v1/billing/stripe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body: invoice,
    });
    expect(await paid.json()).toMatchObject({ applied: 'payment.received' });
    expect1('payment.received');

    // user.registered: the account is new, so it can have no endpoint when the event is published. The
    // sign-up route runs for real with its event held on its way (sent through a real queue binding that
    // nobody consumes), the account then subscribes, and the held message is delivered to the Worker's
    // own queue handler as the events queue would: event log, fan-out and the webhooks queue as any other.
    const held: QueuedMessage[] = [];
    const signup = await fetchWith({ ...env, EVENTS_QUEUE: heldQueue(held) } as Env, '/v1/accounts', {
      headers: { 'CF-Connecting-IP': clientAddress() },
      json: { email: `new-${crypto.randomUUID()}@example.com`, name: 'Newcomer' },
    });
    expect(signup.status).toBe(201);
    const created = (await signup.json()) as { api_key: { key: string } };
    expect(held.map((m) => (m.body as { type: string }).type)).toEqual(['user.registered']);
    const newcomer = await subscribe(created.api_key.key);
    const events = createMessageBatch(
      'stellar-events',
      held.map((m) => ({ id: m.id, timestamp: new Date(), attempts: m.attempts, body: m.body })),
    );
    const eventsCtx = createExecutionContext();
    await worker.queue(events, env, eventsCtx);
    expect((await getQueueResult(events, eventsCtx)).ackAll).toBe(true);
    expect1('user.registered');

    // Every delivery verifies and matches its documented schema; every type arrived, as often as sent.
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    const all = await waitFor(
      `${total} deliveries`,
      () => {
        const got = [
          ...hook.requests.map((r) => ({ secret: hook.secret, r })),
          ...newcomer.requests.map((r) => ({ secret: newcomer.secret, r })),
        ];
        return got.length >= total ? got : undefined;
      },
      { timeoutMs: 20_000 },
    );
    const payloads = all.map(({ secret, r }) => checkDelivery(secret, r));
    const counts = new Map<string, number>();
    for (const p of payloads) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    expect([...counts.keys()].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());

    // A few values, to be sure the payloads are the real ones (narrowed by type, no casts).
    const calculated = payloads.flatMap((p) => (p.type === 'chart.calculated' ? [p.data] : []));
    expect(calculated.some((d) => d.cache.startsWith('HIT-'))).toBe(true); // the repeated chart
    expect(calculated.some((d) => d.rising_sign === null && d.settings.house_system === null)).toBe(true);
    expect(calculated.some((d) => d.settings.zodiac === 'sidereal')).toBe(true);
    for (const p of payloads) {
      if (p.type === 'chart.saved') expect([chartId, alertedId]).toContain(p.data.chart_id);
      if (p.type === 'chart.deleted') expect(p.data).toEqual({ chart_id: chartId, full_name: 'Saved' });
      if (p.type === 'transit.upcoming') {
        expect(p.data).toMatchObject({ chart_id: alertedId, full_name: 'Alerted', days_ahead: 5 });
      }
      if (p.type === 'batch.completed') expect(p.data).toMatchObject({ type: 'charts', status: 'partial' });
      if (p.type === 'payment.received') {
        expect(p.data).toEqual({ invoice_id: 'in_1', amount: 1900, currency: 'usd' });
      }
      if (p.type === 'user.registered') expect(p.data.account.name).toBe('Newcomer');
      if (p.type === 'subscription.activated') {
        expect(p.data).toEqual({
          account_id: me.accountId,
          tier: 'basic',
          previous_tier: 'unlimited',
          source: 'admin',
        });
      }
    }
  });

  it('an undocumented field, a missing one or a wrong type fails the strict check', () => {
    const body = {
      id: 'msg_01m8jve1nnexzb27s00nzv8zqy',
      type: 'chart.deleted',
      created_at: '2026-11-29T05:11:22Z',
      data: { chart_id: 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3', full_name: null },
    };
    const strict = STRICT['chart.deleted'];
    expect(strict.safeParse(body).success).toBe(true);
    expect(strict.safeParse({ ...body, data: { ...body.data, extra: 1 } }).success).toBe(false);
    expect(strict.safeParse({ ...body, extra: 1 }).success).toBe(false);
    expect(strict.safeParse({ ...body, data: { chart_id: body.data.chart_id } }).success).toBe(false);
    expect(strict.safeParse({ ...body, data: { ...body.data, full_name: 3 } }).success).toBe(false);
    expect(STRICT['chart.saved'].safeParse(body).success).toBe(false);
    // Nested objects too (settings of a chart event, the account of user.registered).
    const account = {
      id: 'acct_1',
      email: 'a@example.com',
      name: 'A',
      tier: 'free',
      role: 'user',
      status: 'active',
      created_at: '2026-01-02T03:04:05Z',
    };
    const registered = { ...body, type: 'user.registered', data: { account } };
    expect(STRICT['user.registered'].safeParse(registered).success).toBe(true);
    const leaky = { ...registered, data: { account: { ...account, stripe_customer_id: 'cus_1' } } };
    expect(STRICT['user.registered'].safeParse(leaky).success).toBe(false);
  });
});
