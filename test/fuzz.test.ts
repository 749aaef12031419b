/**
 * Property-based fuzzing (fast-check) of every operation in /openapi.json, public ones included. The
 * operation list is read from the document at test time, so a new route is fuzzed without touching this
 * file (a new request body only gets generic hostile bodies until it is added to BASE_BODIES).
 *
 * Each operation gets a fresh "world" (a user account, an admin account and a spare account, all on
 * the basic tier, whose quotas are below the leasing threshold so every unit is counted in the Durable
 * Object at once, with a saved chart, a spare key, a webhook endpoint and delivery and a batch job), then
 * RUNS requests whose path ids, query, headers and body are hostile: wrong types, 100 KB strings,
 * 10,000-deep nesting, lone surrogates / RTL / NUL / emoji, 1e400, -0, "NaN", impossible and edge dates,
 * missing and extra fields, duplicate keys, wrong media types, junk Authorization and Idempotency-Key.
 *
 * Properties of every response:
 *  - never a 5xx;
 *  - a request carrying a string that is not text (a lone surrogate, NUL or another control character;
 *    src/schemas/text.ts) in its body or a documented query parameter is refused (4xx);
 *  - every 4xx is application/problem+json with type, title, status (= the HTTP status), detail and
 *    request_id; a validation error has errors[] naming the field;
 *  - a rejected request changes nothing: the accounts' rows in D1 (accounts, api_keys, charts,
 *    webhook_endpoints, test/manual webhook deliveries and attempts, batch_jobs, batch_items,
 *    idempotency_keys, stripe_events) and their quota use in the RateLimiter Durable Object are the same
 *    before and after. (Exception by design, src/platform/idempotency.ts: a 4xx answer to a request with a
 *    well-formed Idempotency-Key is stored for replay.)
 *
 * POST /v1/billing/stripe gets more runs, about half of them validly signed Stripe events (see
 * stripeArb), with its own properties (checkStripe). The "unchanged" checks are themselves checked:
 * a charge and a change to every watched D1 table are seen by the snapshot.
 *
 * Deterministic: SEED below (+ the operation's index). fast-check prints the seed and path of a failure;
 * to replay it, put them into the fc.assert options of that property. Change SEED to explore further.
 */

import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/app';
import { TIERS } from '../src/db/schema';
import worker from '../src/index';
import { newId } from '../src/platform/ids';
import { RESPONSE_HEADERS } from '../src/platform/openapi';
import { resetQuotaMemory, usageToday } from '../src/platform/quota';
import { textProblem } from '../src/schemas/text';
import { checkProblem, loadOperations, type Operation } from './api-surface';
import { loadFamousPeople } from './famous-fixtures';
import { BASE, createAccount, json, waitFor } from './helpers';
import { CHARLES, DIANA, NEW_YORK_1990 } from './people';
import { loadPlaceFixtures } from './places-fixtures';
import { useReceivers } from './receivers';

const SEED = 20_261_117;
const RUNS = 60;

const OPS = await loadOperations();

// ------------------------------------------------------------------------------------------ outbound fetch
// Webhook test/retry deliveries go to https://receiver.example (answered here at once, never the network).
useReceivers({ anyPath: true });
beforeAll(async () => {
  await Promise.all([loadPlaceFixtures(), loadFamousPeople()]);
});

// ------------------------------------------------------------------------------------------ the world
interface World {
  user: { accountId: string; keyId: string; key: string };
  admin: { accountId: string; keyId: string; key: string };
  spare: { accountId: string };
  chartId: string;
  spareKeyId: string;
  webhookId: string;
  deliveryId: string;
  jobId: string;
}

const CHART = { ...NEW_YORK_1990, full_name: 'Fuzz Subject', timezone: 'America/New_York' };

async function ok(res: Response, status: number) {
  const text = await res.text();
  if (res.status !== status) throw new Error(`fixture: expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text) as { id: string };
}

async function makeWorld(): Promise<World> {
  const [user, admin, spare] = await Promise.all([
    createAccount({ tier: 'basic' }),
    createAccount({ tier: 'basic', role: 'admin' }),
    createAccount({ tier: 'basic' }),
  ]);
  const key = user.key;
  const chart = await ok(await json('/v1/charts', { ...CHART, save: true }, { key }), 201);
  const spareKey = await ok(await json('/v1/api-keys', { name: 'spare' }, { key }), 201);
  // Subscribed to an event only a signed Stripe invoice.paid causes (fan-out deliveries are not watched).
  const webhook = await ok(
    await json(
      '/v1/webhooks',
      { url: 'https://receiver.example/fuzz', events: ['payment.received'] },
      { key },
    ),
    201,
  );
  const deliveryId = newId('delivery');
  const messageId = newId('message');
  await env.DB.prepare(
    `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, message_id, event_type, payload, status, attempts)
     VALUES (?1, ?2, ?3, ?4, 'payment.received', ?5, 'failed', 8)`,
  )
    .bind(deliveryId, webhook.id, user.accountId, messageId, JSON.stringify({ id: messageId }))
    .run();
  const job = await ok(await json('/v1/batch/charts', { items: [CHART] }, { key }), 202);
  return {
    user,
    admin,
    spare,
    chartId: chart.id,
    spareKeyId: spareKey.id,
    webhookId: webhook.id,
    deliveryId,
    jobId: job.id,
  };
}

// ------------------------------------------------------------------------------------------ state
/** Everything a rejected request must not change, as one comparable string per table. */
async function snapshot(w: World): Promise<Record<string, string>> {
  const ids = [w.user.accountId, w.admin.accountId, w.spare.accountId];
  const IN = 'IN (?1, ?2, ?3)';
  const q = (sql: string) => env.DB.prepare(sql).bind(...ids);
  const tables: [string, D1PreparedStatement][] = [
    [
      'accounts',
      q(`SELECT id, email, name, tier, role, status, stripe_customer_id FROM accounts WHERE id ${IN}`),
    ],
    ['accounts_count', env.DB.prepare('SELECT count(*) AS n FROM accounts')],
    [
      'api_keys',
      q(
        `SELECT id, account_id, name, scopes, expires_at, revoked_at, replaced_by FROM api_keys WHERE account_id ${IN} ORDER BY id`,
      ),
    ],
    ['charts', q(`SELECT id, account_id, full_name FROM charts WHERE account_id ${IN} ORDER BY id`)],
    [
      'webhook_endpoints',
      q(
        `SELECT id, url, description, events, enabled, secret, previous_secret FROM webhook_endpoints WHERE account_id ${IN} ORDER BY id`,
      ),
    ],
    // Fan-out deliveries are asynchronous (queue): only those a request writes itself (test, retry).
    [
      'webhook_deliveries',
      q(
        `SELECT id, event_type FROM webhook_deliveries WHERE account_id ${IN} AND event_type = 'webhook.test' ORDER BY id`,
      ),
    ],
    [
      'webhook_attempts',
      q(
        `SELECT count(*) AS n FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
         WHERE d.account_id ${IN} AND a.trigger IN ('manual', 'test')`,
      ),
    ],
    ['batch_jobs', q(`SELECT id, type, total FROM batch_jobs WHERE account_id ${IN} ORDER BY id`)],
    [
      'batch_items',
      q(
        `SELECT count(*) AS n FROM batch_items i JOIN batch_jobs j ON j.id = i.job_id WHERE j.account_id ${IN}`,
      ),
    ],
    [
      'idempotency_keys',
      q(`SELECT account_id, key, path FROM idempotency_keys WHERE account_id ${IN} ORDER BY key`),
    ],
    ['stripe_events', env.DB.prepare('SELECT count(*) AS n FROM stripe_events')],
  ];
  const results = await env.DB.batch(tables.map(([, s]) => s));
  const out: Record<string, string> = {};
  tables.forEach(([name], i) => {
    out[name] = JSON.stringify(results[i]?.results);
  });
  // A refunded class reads 0 rather than absent.
  const usage = await Promise.all(ids.map((id) => usageToday(env, id)));
  out.quota = JSON.stringify(usage.map((u) => Object.entries(u).filter(([, n]) => n !== 0)));
  return out;
}

// ------------------------------------------------------------------------------------------ hostile values
/** A JSON fragment written as is (1e400, -0, NaN, 10,000-deep nesting ...). */
class Raw {
  constructor(readonly text: string) {}
}
const raw = (text: string) => new Raw(text);

const DEEP_ARRAY = raw(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
const DEEP_OBJECT = raw(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
const HUGE = 'x'.repeat(100_001);
const HUGE_UNICODE = '𝒜\u202e'.repeat(40_000);

/** Serialises with Raw fragments and non-finite numbers as their text (so NaN stays NaN on the wire). */
function toJson(v: unknown): string {
  if (v instanceof Raw) return v.text;
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : String(v);
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const weirdStrings = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  'null',
  'true',
  '[]',
  '{}',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  'שלום עולם',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '%00',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  '2021-02-30',
  '0000-00-00T24:60:00Z',
  'chart_01jd4v6m0qf3t9r8k2w5x7y1z3',
  'acct_00000000000000000000000000',
  HUGE,
  HUGE_UNICODE,
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...weirdStrings) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const hostileScalar = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(
    raw('1e400'),
    raw('-1e400'),
    raw('-0'),
    raw('1e-400'),
    raw('NaN'),
    raw('Infinity'),
    raw('9007199254740993'),
    raw('0.30000000000000004'),
    null,
    true,
    false,
    0,
    -1,
    0.5,
    2 ** 31,
    -(2 ** 53),
    1e308,
  ),
  fc.integer(),
  fc.double(),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP_ARRAY, DEEP_OBJECT, new Array(10_000).fill(1), {}) },
  { weight: 2, arbitrary: fc.array(hostileScalar, { maxLength: 3 }) },
  { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 3 }) },
);

/** Edge values of birth-data fields: valid edges (latitude ±90, longitude ±180 ...) and impossible ones. */
const FIELD_EDGES: Record<string, unknown[]> = {
  year: [0, -5000, 1e9, 1799, 1800, 2399, 2400, 1900.5],
  month: [0, 13, 2, -1],
  day: [0, 29, 30, 31, 32],
  hour: [24, 23, -1, 0],
  minute: [60, 59, -0],
  second: [59.999, 60, -0.0001],
  latitude: [90, -90, 90.0000001, -90.0000001, raw('-0')],
  longitude: [180, -180, 180.000001, -180.000001],
  utc_offset: [18, -18, 18.5, 14],
  timezone: ['Etc/GMT+12', 'America/Argentina/ComodRivadavia', 'Mars/Olympus', 'UTC'],
  city: ['Ulm', 'paris', 'Zzyzx-nowhere'],
  country: ['DE', 'de', 'XX', 'DEU'],
  grace_period_seconds: [0, 604_800, 604_801],
  expires_in_days: [0, 1, 366, 3651],
  url: ['https://receiver.example/x', 'http://localhost/', 'https://10.0.0.1/', 'https://[::1]/'],
};

// ------------------------------------------------------------------------------------------ base requests
const SUBJECT = { ...CHARLES };
const BASE_BODIES: Record<string, unknown> = {
  createAccount: { email: 'fuzz@example.com', name: 'Fuzz' },
  adminCreateAccount: { email: 'fuzz-admin@example.com', name: 'Fuzz', tier: 'basic' },
  adminUpdateAccount: { tier: 'premium' },
  createApiKey: { name: 'fuzzed', scopes: ['charts:read'], expires_in_days: 30 },
  rollApiKey: { grace_period_seconds: 60 },
  createChart: { ...SUBJECT, house_system: 'koch', save: false },
  createChartWheel: { ...SUBJECT },
  createReading: { ...SUBJECT, sections: ['overview'] },
  createSynastry: { first: { ...CHARLES }, second: { ...DIANA } },
  createComposite: { first: { ...CHARLES }, second: { slug: 'albert-einstein' }, method: 'davison' },
  matchFamousPeople: { ...DIANA, limit: 3 },
  adminInvalidateCache: { key: 'charts:nope' },
  adminWarmCache: { target: 'subjects', subjects: [{ ...SUBJECT }] },
  createChartBatch: { items: [{ ...SUBJECT }, { ...DIANA }] },
  createReadingBatch: { items: [{ ...SUBJECT, sections: ['overview'] }] },
  createWebhook: { url: 'https://receiver.example/new', events: ['chart.saved'], enabled: false },
  updateWebhook: { description: 'fuzzed', enabled: true },
  stripeWebhook: {
    id: 'evt_fuzz',
    type: 'customer.subscription.updated',
    data: { object: { status: 'active', metadata: { tier: 'unlimited' } } },
  },
};

const BASE_QUERY: Record<string, string> = {
  limit: '5',
  size: '300',
  theme: 'dark',
  q: 'ul',
  country: 'DE',
  from: '2026-01-01',
  to: '2026-01-31',
  include: 'results',
  house_system: 'whole_sign',
  category: 'science',
  sun_sign: 'aries',
};

function idPool(op: Operation, param: string, w: World): string[] {
  if (op.path.startsWith('/v1/admin/accounts')) return [w.spare.accountId];
  if (op.path.startsWith('/v1/api-keys')) return [w.spareKeyId];
  if (op.path.startsWith('/v1/charts')) return [w.chartId];
  if (op.path.startsWith('/v1/webhooks')) return param === 'delivery_id' ? [w.deliveryId] : [w.webhookId];
  if (op.path.startsWith('/v1/batch')) return [w.jobId];
  if (param === 'user_id') return [w.user.accountId, 'me', w.spare.accountId];
  if (param === 'slug') return ['albert-einstein', 'marie-curie'];
  if (param === 'endpoint') return ['charts', 'v1.charts.:id', '%2Fv1%2Fcharts%2F%3Aid'];
  if (param === 'event_type') return ['chart.calculated', 'batch.completed'];
  return [w.chartId, w.webhookId];
}

/** encodeURIComponent, but lone surrogates (which it refuses) become an invalid UTF-8 escape. */
function encodeSegment(s: string): string {
  return s.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^%]+/g, (part) => {
    try {
      return encodeURIComponent(part);
    } catch {
      return 'x';
    }
  });
}

/** Header values are ByteStrings: keep printable Latin-1, replace the rest. */
function headerSafe(s: string): string {
  return s.replace(/[^\x20-\x7e\x80-\xff]/g, '?').trim();
}

// ------------------------------------------------------------------------------------------ Stripe events
/**
 * POST /v1/billing/stripe checks a signature over the raw body before anything else, so unsigned fuzz
 * only ever reaches the 400. About half of its requests are therefore signed with FUZZ_ENV's secret
 * (after the mutations, over the exact bytes sent), a few with a stale timestamp or the wrong secret,
 * and the body is a Stripe event whose type is a handled one or junk and whose data.object fields
 * (status, customer, metadata.account_id / tier, items[].price, amount_paid ...) are hostile or point
 * at world accounts, another world account, or accounts that do not exist.
 */
const STRIPE_SECRET = 'whsec_fuzz_test_secret';
const STRIPE_HANDLED = [
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
];
const STRIPE_TYPES = [
  ...STRIPE_HANDLED,
  'invoice.payment_failed',
  'checkout.session.completed',
  'customer.subscription.paused',
  'CUSTOMER.SUBSCRIPTION.UPDATED',
  'customer.subscription.updated ',
  '',
];
/** The Stripe customer the world's user account is linked to (set before its Stripe run). */
const userCustomer = (w: World) => `cus_fuzz_${w.user.accountId}`;

interface StripeFuzz {
  sign: 'valid' | 'stale' | 'wrong-secret' | 'none';
  event: unknown;
  /** Body mutations were applied on top of the event. */
  mutated?: boolean;
}

function stripeArb(w: World): fc.Arbitrary<StripeFuzz> {
  const hostile = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: arb as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostileValue });
  const accountRef = fc.constantFrom(
    w.user.accountId,
    w.spare.accountId,
    w.admin.accountId,
    newId('account'),
    'acct_nope',
    '',
  );
  const customerRef = fc.constantFrom(userCustomer(w), 'cus_nobody', `cus_fuzz_${w.spare.accountId}`, '');
  const tier = fc.constantFrom('basic', 'premium', 'unlimited', 'free', 'stellar_premium', 'gold', 'BASIC');
  const price = fc.record(
    {
      lookup_key: hostile(fc.oneof(tier, fc.constant(null))),
      metadata: hostile(fc.record({ tier: hostile(tier) }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  );
  const object = fc.record(
    {
      id: hostile(fc.constantFrom('sub_fuzz', 'in_fuzz')),
      object: fc.constantFrom('subscription', 'invoice'),
      status: hostile(
        fc.constantFrom(
          'active',
          'trialing',
          'canceled',
          'unpaid',
          'incomplete_expired',
          'past_due',
          'paused',
        ),
      ),
      customer: hostile(
        fc.oneof(
          customerRef,
          customerRef.map((id) => ({ id, object: 'customer' })),
        ),
      ),
      metadata: hostile(
        fc.record({ account_id: hostile(accountRef), tier: hostile(tier) }, { requiredKeys: [] }),
      ),
      items: hostile(
        fc.record({ data: hostile(fc.array(fc.record({ price: hostile(price) }), { maxLength: 2 })) }),
      ),
      amount_paid: hostile(fc.integer({ min: 0, max: 100_000 })),
      currency: hostile(fc.constantFrom('usd', 'eur')),
    },
    { requiredKeys: ['object', 'status', 'customer'] },
  );
  const event = fc.record(
    {
      // Mostly fresh ids (each applied once); a fixed one (a replay after its first use); hostile ones.
      id: fc.oneof(
        { weight: 6, arbitrary: fc.uuid().map((u) => `evt_fuzz_${u}`) },
        { weight: 1, arbitrary: fc.constant('evt_fuzz_replayed') },
        { weight: 1, arbitrary: hostileValue },
      ),
      object: fc.constant('event'),
      // Every Stripe event has it (seconds); the emitted event's id derives from it.
      created: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1_500_000_000, max: 2_000_000_000 }) },
        { weight: 1, arbitrary: hostileValue },
      ),
      type: hostile(fc.constantFrom(...STRIPE_TYPES)),
      data: fc.oneof({ weight: 8, arbitrary: fc.record({ object }) }, { weight: 1, arbitrary: hostileValue }),
    },
    { requiredKeys: ['object', 'data', 'created'] },
  );
  return fc.record({
    sign: fc.oneof(
      { weight: 5, arbitrary: fc.constant('valid' as const) },
      { weight: 1, arbitrary: fc.constantFrom('stale' as const, 'wrong-secret' as const) },
      { weight: 4, arbitrary: fc.constant('none' as const) },
    ),
    event: fc.oneof({ weight: 6, arbitrary: event }, { weight: 1, arbitrary: hostileValue }),
  });
}

async function stripeSignature(sign: StripeFuzz['sign'], body: string | Uint8Array): Promise<string | null> {
  if (sign === 'none') return null;
  return Stripe.webhooks.generateTestHeaderStringAsync({
    // The route verifies the body as text (UTF-8 decoded, invalid bytes replaced): sign exactly that.
    payload: typeof body === 'string' ? body : new TextDecoder().decode(body),
    secret: sign === 'wrong-secret' ? 'whsec_not_the_secret' : STRIPE_SECRET,
    ...(sign === 'stale' ? { timestamp: Math.floor(Date.now() / 1000) - 3600 } : {}),
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
}

// ------------------------------------------------------------------------------------------ requests
type Mutation =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'delete'; path: string[] }
  | { kind: 'whole'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'duplicate'; key: string; value: unknown }
  | { kind: 'bytes'; bytes: number[] };

interface FuzzRequest {
  caller: 'user' | 'admin' | 'none' | 'junk';
  junkAuth: { header: string; value: string } | null;
  params: string[];
  query: [string, string][] | string;
  idempotencyKey: string | null;
  contentType: string | null;
  extraHeaders: [string, string][];
  mutations: Mutation[];
  /** POST /v1/billing/stripe only: the event body (before mutations) and how the body is signed. */
  stripe: StripeFuzz | null;
}

/** Paths into the base body worth mutating (top level, one level into objects, first array element). */
function bodyPaths(body: unknown): string[][] {
  const out: string[][] = [];
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body)) {
    out.push([k]);
    if (Array.isArray(v) && v[0] && typeof v[0] === 'object') {
      for (const k2 of Object.keys(v[0])) out.push([k, '0', k2]);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const k2 of Object.keys(v)) out.push([k, k2]);
    }
  }
  return out;
}

function mutationArb(base: unknown, w: World): fc.Arbitrary<Mutation> {
  const paths = bodyPaths(base);
  const extraKeys = ['chart_id', 'slug', 'zzz_extra', '__proto__', 'constructor', 'save', 'year'];
  const containers = [
    [],
    ...paths.filter((p) => p.length === 1 && typeof (base as never)[p[0] as never] === 'object'),
  ];
  const valueFor = (path: string[]) => {
    const leaf = path[path.length - 1] ?? '';
    const edges = Object.hasOwn(FIELD_EDGES, leaf) ? (FIELD_EDGES[leaf] as unknown[]) : [];
    const ids = leaf === 'chart_id' ? [w.chartId, newId('chart')] : [];
    const specific = [...edges, ...ids];
    return specific.length > 0
      ? fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...specific) },
          { weight: 3, arbitrary: hostileValue },
        )
      : hostileValue;
  };
  const arbs: fc.Arbitrary<Mutation>[] = [
    fc
      .constant({ kind: 'whole' as const, value: null })
      .chain(() => hostileValue.map((value) => ({ kind: 'whole' as const, value }))),
    fc
      .constantFrom(
        '',
        '{',
        '{"a":1',
        '[1,2',
        'NaN',
        "{'single':1}",
        '{"a":1}{"b":2}',
        '\ufeff{}',
        '{"year":1e400}',
        '{"__proto__":{"admin":true}}',
        'null',
        '"just a string"',
        `{"x":"${HUGE}"}`,
      )
      .map((text) => ({ kind: 'text' as const, text })),
    fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 })
      .map((bytes) => ({ kind: 'bytes' as const, bytes: [0xff, 0xfe, ...bytes] })),
  ];
  if (paths.length > 0) {
    const pathArb = fc.constantFrom(...paths);
    arbs.push(
      pathArb.chain((path) => valueFor(path).map((value) => ({ kind: 'set' as const, path, value }))),
      pathArb.chain((path) => valueFor(path).map((value) => ({ kind: 'set' as const, path, value }))),
      pathArb.map((path) => ({ kind: 'delete' as const, path })),
      pathArb.chain((path) =>
        hostileValue.map((value) => ({ kind: 'duplicate' as const, key: path[0] as string, value })),
      ),
    );
  }
  arbs.push(
    fc
      .tuple(fc.constantFrom(...containers), fc.constantFrom(...extraKeys))
      .chain(([c, k]) => valueFor([k]).map((value) => ({ kind: 'set' as const, path: [...c, k], value }))),
  );
  return fc.oneof(...arbs);
}

function requestArb(op: Operation, w: World): fc.Arbitrary<FuzzRequest> {
  const base = BASE_BODIES[op.operationId] ?? op.requestExample ?? {};
  const paramArb = fc.tuple(
    ...op.pathParams.map((p) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...idPool(op, p, w)).map(encodeSegment) },
        { weight: 2, arbitrary: hostileString.map(encodeSegment) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '..',
            '.',
            '%2F',
            '%2e%2e',
            '%00',
            'a%2Fb',
            newId('job'),
            newId('account'),
            'me',
          ),
        },
      ),
    ),
  );
  const names = [...op.queryParams, 'limit', 'starting_after', 'extra'];
  const queryArb = fc.oneof(
    fc.array(
      fc.tuple(
        fc.constantFrom(...names),
        fc.oneof(
          fc.constantFrom(...Object.values(BASE_QUERY)),
          hostileString,
          fc.constantFrom(
            '1e400',
            '-0',
            'NaN',
            '0',
            '101',
            '-1',
            '2021-02-30',
            '0000-01-01',
            '-5000-01-01',
            '1000000000-01-01',
          ),
        ),
      ),
      { maxLength: 4 },
    ),
    fc.constantFrom(
      '%zz=%E0%A4%A',
      'limit=1&limit=2&limit=x',
      'q',
      '&&&=&=',
      `q=${HUGE}`,
      'starting_after[]=a&limit[x]=1',
    ),
  );
  const junkAuth = fc.record({
    header: fc.constantFrom('Authorization', 'X-API-Key'),
    value: fc.oneof(
      fc.constantFrom(
        'Bearer',
        'Bearer ',
        `Bearer ${'A'.repeat(100_000)}`,
        'Bearer sk_live_',
        `Bearer sk_live_${'a'.repeat(36)}`,
        'Basic dXNlcjpwYXNz',
        'bearer sk_live_xx',
        'Bearer sk_live_ÿÿÿÿ',
        'Bearer Bearer sk_live_x',
      ),
      hostileString.map((s) => `Bearer ${s}`),
    ),
  });
  return fc.record({
    caller: fc.oneof(
      { weight: 5, arbitrary: fc.constant('user' as const) },
      { weight: 3, arbitrary: fc.constant('admin' as const) },
      { weight: 1, arbitrary: fc.constant('none' as const) },
      { weight: 1, arbitrary: fc.constant('junk' as const) },
    ),
    junkAuth: fc.option(junkAuth, { nil: null }),
    params: paramArb,
    query: queryArb,
    idempotencyKey: fc.option(
      fc.oneof(
        fc.uuid(),
        fc.constantFrom('', ' ', 'k'.repeat(256), 'k'.repeat(100_000), 'ключ', 'a\u00ffb', 'same-key'),
        hostileString,
      ),
      { nil: null, freq: 2 },
    ),
    contentType: fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/json') },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          null,
          'text/plain',
          'application/xml',
          'application/json; charset=utf-16',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
          'application/merge-patch+json',
          'application/json, text/plain',
          '',
          '*/*',
        ),
      },
    ),
    extraHeaders: fc.array(
      fc.tuple(
        fc.constantFrom(
          'If-None-Match',
          'X-Request-Id',
          'Accept',
          'Origin',
          'CF-Connecting-IP',
          'Stripe-Signature',
        ),
        hostileString,
      ),
      { maxLength: 2 },
    ),
    mutations:
      op.operationId === 'stripeWebhook'
        ? // Mostly the generated event as is, so that signed ones get past JSON and into the handler.
          fc.oneof(
            { weight: 3, arbitrary: fc.constant<Mutation[]>([]) },
            { weight: 1, arbitrary: fc.array(mutationArb(base, w), { minLength: 1, maxLength: 2 }) },
          )
        : op.method !== 'GET'
          ? fc.array(mutationArb(base, w), { minLength: 0, maxLength: 3 })
          : fc.constant<Mutation[]>([]),
    stripe: op.operationId === 'stripeWebhook' ? stripeArb(w) : fc.constant(null),
  });
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function applyMutations(base: unknown, muts: Mutation[]): { body: string | Uint8Array; touched: string[] } {
  let value: unknown = clone(base);
  const touched: string[] = [];
  let text: string | null = null;
  for (const m of muts) {
    if (m.kind === 'whole') {
      value = m.value;
      text = null;
      touched.length = 0;
    } else if (m.kind === 'text') {
      text = m.text;
    } else if (m.kind === 'bytes') {
      return { body: new Uint8Array(m.bytes), touched };
    } else if (m.kind === 'duplicate') {
      const rest = toJson(value);
      if (rest.startsWith('{')) touched.push(m.key);
      text = rest.startsWith('{')
        ? `{${JSON.stringify(m.key)}:${toJson(m.value)}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`
        : rest;
    } else {
      let target = value as Record<string, unknown> | null;
      const path = m.path;
      for (const seg of path.slice(0, -1)) {
        if (!target || typeof target !== 'object') break;
        target = target[seg] as Record<string, unknown> | null;
      }
      const leaf = path[path.length - 1] as string;
      if (!target || typeof target !== 'object' || target instanceof Raw) continue;
      if (Array.isArray(target) && !/^\d+$/.test(leaf)) continue; // not serialised
      touched.push(leaf);
      if (m.kind === 'delete') delete target[leaf];
      else {
        Object.defineProperty(target, leaf, {
          value: m.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      text = null;
    }
  }
  // A raw text body replaces everything: no field of ours is known to be wrong then.
  return { body: text ?? toJson(value), touched: muts[muts.length - 1]?.kind === 'text' ? [] : touched };
}

async function buildRequest(
  op: Operation,
  w: World,
  r: FuzzRequest,
): Promise<{ req: Request; summary: string; touched: string[] }> {
  let i = 0;
  const path = op.path.replace(/\{\w+\}/g, () => r.params[i++] ?? 'x');
  const qs =
    typeof r.query === 'string'
      ? r.query
      : new URLSearchParams(r.query.map(([k, v]) => [k, v] as [string, string])).toString();
  const url = `${BASE}${path}${qs ? `?${qs}` : ''}`;
  const headers = new Headers();
  if (r.caller === 'user') headers.set('Authorization', `Bearer ${w.user.key}`);
  if (r.caller === 'admin') headers.set('Authorization', `Bearer ${w.admin.key}`);
  if (r.caller === 'junk' && r.junkAuth) headers.set(r.junkAuth.header, headerSafe(r.junkAuth.value));
  for (const [k, v] of r.extraHeaders) headers.set(k, headerSafe(v));
  if (r.idempotencyKey !== null) headers.set('Idempotency-Key', headerSafe(r.idempotencyKey));
  let touched: string[] = [];
  let body: string | Uint8Array | undefined;
  if (op.hasBody || r.stripe || (op.method !== 'GET' && r.mutations.length > 0)) {
    const base = r.stripe ? r.stripe.event : (BASE_BODIES[op.operationId] ?? op.requestExample ?? {});
    const built = applyMutations(base, r.mutations);
    body = built.body;
    touched = built.touched;
    if (r.contentType !== null) headers.set('Content-Type', r.contentType);
    const signature = r.stripe ? await stripeSignature(r.stripe.sign, body) : null;
    if (signature !== null) headers.set('Stripe-Signature', signature);
  }
  const req = new Request(url, { method: op.method, headers, ...(body === undefined ? {} : { body }) });
  const shown = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}... (${s.length} chars)` : s);
  const summary = [
    `${op.method} ${shown(path)}${qs ? `?${shown(qs)}` : ''}`,
    `caller=${r.caller}${r.stripe ? ` stripe-signature=${r.stripe.sign}` : ''}`,
    `headers=${shown(JSON.stringify([...headers].filter(([k]) => k !== 'authorization' || r.caller === 'junk')))}`,
    body === undefined
      ? ''
      : `body=${shown(typeof body === 'string' ? body : `bytes ${[...body].join(',')}`)}`,
  ].join(' ');
  return { req, summary, touched };
}

/** Billing configured (a test secret), so POST /v1/billing/stripe checks signatures instead of a 503. */
const FUZZ_ENV = { ...env, STRIPE_WEBHOOK_SECRET: STRIPE_SECRET };

/** The Worker's fetch, waiting for its waitUntil work so that later snapshots see everything it did. */
async function send(req: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(req, FUZZ_ENV, ctx);
  const body = await res.arrayBuffer();
  await waitOnExecutionContext(ctx);
  return new Response(res.status === 204 || res.status === 304 ? null : body, {
    status: res.status,
    headers: res.headers,
  });
}

const KEY_SHAPE = /^[\x20-\x7e]{1,255}$/;

interface Stats {
  statuses: Map<number, number>;
  undocumented: Set<string>;
}
const STATS = new Map<string, Stats>();

const API_HEADERS = Object.keys(RESPONSE_HEADERS).map((h) => h.toLowerCase());

/**
 * The answer is one the document describes: its status (a junk path may miss every route: 404/405 are
 * the router's, documented where ids are) and each of the API's own headers it carries. Catches a
 * metered route missing from METERED_OPERATIONS, a new status from shared middleware, and so on.
 */
function checkDocumented(op: Operation, res: Response, ctx: string) {
  if (res.status === 404 || res.status === 405) return;
  expect(op.statuses.has(res.status), `${ctx}\nstatus ${res.status} is not documented for ${op.name}`).toBe(
    true,
  );
  const documented = op.headers.get(res.status) ?? new Set<string>();
  for (const name of API_HEADERS) {
    if (res.headers.has(name)) {
      expect(
        documented.has(name),
        `${ctx}\nheader ${name} is not documented for ${op.name} ${res.status}`,
      ).toBe(true);
    }
  }
}

/**
 * A string the request carries (in its JSON body, or in a documented query parameter) that is not text
 * as src/schemas/text.ts defines it (a lone surrogate, a control character other than a line break):
 * every text field refuses it, so such a request never succeeds. Returns where it is, or null.
 */
async function nonText(op: Operation, req: Request): Promise<string | null> {
  for (const [name, value] of new URL(req.url).searchParams) {
    if (op.queryParams.includes(name) && textProblem(value, true)) return `query parameter ${name}`;
  }
  if (!op.hasBody || req.body === null) return null;
  let body: unknown;
  try {
    body = JSON.parse(await req.clone().text());
  } catch {
    return null;
  }
  // Iteratively: the fuzzer nests 10,000 levels deep.
  const stack: [unknown, string][] = [[body, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, at] = next;
    if (typeof v === 'string' && textProblem(v, true)) return `body ${at || '(whole)'}`;
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) stack.push([x, at ? `${at}.${k}` : k]);
    }
  }
  return null;
}

/** Sends a request and checks the properties; returns the response status. */
async function check(
  op: Operation,
  w: World,
  req: Request,
  summary: string,
  touched: string[],
  idemKey: string | null,
  stripe: StripeFuzz | null = null,
) {
  resetQuotaMemory(); // refills the burst buckets (basic: 20/s per key); quota counts stay in the DO
  const before = await snapshot(w);
  const notText = stripe ? null : await nonText(op, req);
  const res = await send(req);
  const text = await res.text();
  const ctx = `${summary}\n→ ${res.status} ${text.slice(0, 400)}`;
  const stats = STATS.get(op.name);
  stats?.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
  if (!op.statuses.has(res.status) && res.status !== 404 && res.status !== 405) {
    stats?.undocumented.add(String(res.status));
  }
  expect(res.status, ctx).toBeLessThan(500);
  if (notText)
    expect(res.status, `${ctx}\n${notText} is not text: it must be refused`).toBeGreaterThanOrEqual(400);
  checkDocumented(op, res, ctx);
  if (res.status >= 400) {
    const problem = checkProblem(res, text, ctx);
    // (Stripe events are generated whole, fields left out included: checkStripe judges those.)
    const generatedWhole = op.operationId === 'stripeWebhook';
    if (
      problem.type.endsWith('/validation-error') &&
      touched.length > 0 &&
      problem.errors &&
      !generatedWhole
    ) {
      // Every reported field is named; when only our mutated fields can be wrong, one of them is reported.
      const named = problem.errors.some((e) =>
        touched.some((t) => e.path.includes(t) || e.message.includes(t)),
      );
      const elsewhere = problem.errors.some((e) => e.location !== undefined && e.location !== 'body');
      expect(named || elsewhere, `${ctx}\nerrors[] must name a mutated field`).toBe(true);
    }
    const after = await snapshot(w);
    const authed = req.headers.has('Authorization') || req.headers.has('X-API-Key');
    if (idemKey !== null && KEY_SHAPE.test(idemKey) && authed) {
      // Stored 4xx answers for replay: documented (src/platform/idempotency.ts).
      after.idempotency_keys = before.idempotency_keys ?? '';
    }
    for (const table of Object.keys(before)) {
      expect(after[table], `${ctx}\nstate of ${table} changed by a rejected request`).toBe(before[table]);
    }
  }
  if (stripe) await checkStripe(w, stripe, res.status, text, before, ctx, new URL(req.url).search !== '');
  return res.status;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Raw);

/**
 * What POST /v1/billing/stripe must do with a (signed or not) fuzzed event, per src/routes/billing.ts:
 *  - not validly signed (none, junk, stale, wrong secret), or sent with a query string (no operation
 *    declares unknown query parameters): 400 (checked unchanged above);
 *  - validly signed: never a 5xx; a well-formed event (string id and type, integer created, data.object
 *    an object) is a 200 {received: true}, or, of a handled type whose object lacks what the route
 *    reads, a 400 naming the field that changes nothing; an unhandled type is acknowledged and ignored;
 *    a replayed id is a duplicate that changes nothing; otherwise exactly one stripe_events row is added, no other table than
 *    accounts changes, only an account the event names (metadata.account_id, or the account linked to
 *    its customer) may change, and its tier only when the answer says so ("tier X": now X).
 */
const after400 = (after: Record<string, string>, before: Record<string, string>) =>
  Object.keys(before).every((table) => after[table] === before[table]);

async function checkStripe(
  w: World,
  s: StripeFuzz,
  status: number,
  text: string,
  before: Record<string, string>,
  ctx: string,
  withQuery: boolean,
) {
  if (s.sign !== 'valid') {
    expect(status, `${ctx}\nnot validly signed`).toBe(400);
    return;
  }
  // Unknown query parameters are refused on every operation (src/platform/router.ts), signed or not.
  if (withQuery) {
    expect(status, `${ctx}\na query parameter the operation does not declare`).toBe(400);
    return;
  }
  const event = s.event;
  const obj = isObject(event) && isObject(event.data) ? event.data.object : undefined;
  const wellFormed =
    isObject(event) &&
    typeof event.id === 'string' &&
    event.id !== '' &&
    event.id.length <= 255 &&
    typeof event.type === 'string' &&
    event.type !== '' &&
    event.type.length <= 255 &&
    Number.isInteger(event.created) &&
    (event.created as number) >= 0 &&
    isObject(obj);
  // Only when the event went out unmutated does the model above apply (mutations rewrite the body). An
  // event of a handled type whose object lacks what the route reads (status, amount_paid...) is a 400
  // naming the field; of any other type, acknowledged.
  const asGenerated = wellFormed && !s.mutated;
  const handled = isObject(event) && typeof event.type === 'string' && STRIPE_HANDLED.includes(event.type);
  if (asGenerated && !handled)
    expect(status, `${ctx}\na signed, well-formed event is acknowledged`).toBe(200);
  else expect([200, 400], `${ctx}\nsigned: acknowledged or rejected`).toContain(status);
  if (status === 400 && s.sign === 'valid') {
    const problem = JSON.parse(text) as { errors?: { path: string }[] };
    expect(problem.errors?.length, `${ctx}\na rejected signed event names the field`).toBeGreaterThan(0);
    expect(after400(await snapshot(w), before), `${ctx}\nstate changed by a rejected event`).toBe(true);
  }
  if (status !== 200) return;
  const ack = JSON.parse(text) as { received: boolean; duplicate?: boolean; applied?: string };
  expect(ack.received, ctx).toBe(true);
  if (asGenerated && !ack.duplicate && !STRIPE_HANDLED.includes(String((event as { type: string }).type))) {
    expect(ack.applied, `${ctx}\nan unhandled event type is ignored`).toBe('ignored');
  }
  const after = await snapshot(w);
  const count = (snap: Record<string, string>) =>
    (JSON.parse(snap.stripe_events ?? '[]') as { n: number }[])[0]?.n ?? 0;
  expect(count(after) - count(before), `${ctx}\nstripe_events rows added`).toBe(ack.duplicate ? 0 : 1);
  for (const table of Object.keys(before)) {
    if (table === 'stripe_events' || table === 'accounts') continue;
    expect(after[table], `${ctx}\nstate of ${table} changed by a Stripe event`).toBe(before[table]);
  }
  type Row = { id: string; tier: string; stripe_customer_id: string | null };
  const rows = (snap: Record<string, string>) =>
    new Map((JSON.parse(snap.accounts ?? '[]') as Row[]).map((r) => [r.id, r]));
  const [was, now] = [rows(before), rows(after)];
  const o = (isObject(obj) ? obj : {}) as Record<string, unknown>;
  const meta = isObject(o.metadata) ? o.metadata : {};
  const customer = isObject(o.customer) ? o.customer.id : o.customer;
  const named = new Set(
    [...was.values()]
      .filter(
        (r) =>
          r.id === meta.account_id || (r.stripe_customer_id !== null && r.stripe_customer_id === customer),
      )
      .map((r) => r.id),
  );
  const tierSet = /^tier (\w+)$/.exec(ack.applied ?? '')?.[1];
  if (tierSet !== undefined) {
    expect(TIERS as readonly string[], ctx).toContain(tierSet);
    expect(
      [...named].some((id) => now.get(id)?.tier === tierSet),
      `${ctx}\nthe named account is now ${tierSet}`,
    ).toBe(true);
  }
  for (const [id, row] of was) {
    const changed = JSON.stringify(now.get(id)) !== JSON.stringify(row);
    if (!changed) continue;
    expect(ack.duplicate, `${ctx}\na duplicate changed account ${id}`).not.toBe(true);
    expect(named.has(id), `${ctx}\naccount ${id} changed but the event does not name it`).toBe(true);
    if (tierSet === undefined) {
      expect(now.get(id)?.tier, `${ctx}\ntier of ${id} changed but the answer says ${ack.applied}`).toBe(
        row.tier,
      );
    }
  }
}

// ------------------------------------------------------------------------------------------ the fuzzers
describe('fuzzing every documented operation', () => {
  it('covers every operation of /openapi.json', () => {
    expect(OPS.length).toBeGreaterThan(40);
    const ids = new Set(OPS.map((o) => o.operationId));
    expect(ids.size).toBe(OPS.length);
  });

  OPS.forEach((op, index) => {
    it(`${op.name} (${op.operationId})`, { timeout: 60_000 }, async () => {
      const w = await makeWorld();
      if (op.operationId === 'stripeWebhook') {
        await env.DB.prepare('UPDATE accounts SET stripe_customer_id = ?1 WHERE id = ?2')
          .bind(userCustomer(w), w.user.accountId)
          .run();
      }
      STATS.set(op.name, { statuses: new Map(), undocumented: new Set() });
      await fc.assert(
        fc.asyncProperty(requestArb(op, w), async (r) => {
          const { req, summary, touched } = await buildRequest(op, w, r);
          await check(
            op,
            w,
            req,
            summary,
            touched,
            r.idempotencyKey === null ? null : headerSafe(r.idempotencyKey),
            r.stripe && { ...r.stripe, mutated: r.mutations.length > 0 },
          );
        }),
        // Stripe events are cheap and their space (signature x type x object) is larger: more runs.
        {
          numRuns: op.operationId === 'stripeWebhook' ? 3 * RUNS : RUNS,
          seed: SEED + index,
          endOnFailure: true,
        },
      );
    });
  });

  afterAll(() => {
    const lines = [...STATS].map(
      ([name, s]) =>
        `${name}: ${[...s.statuses].map(([k, v]) => `${k}×${v}`).join(' ')}${s.undocumented.size ? `  (undocumented: ${[...s.undocumented].join(',')})` : ''}`,
    );
    console.log(`fuzz status distribution (${RUNS} runs per operation):\n${lines.join('\n')}`);
  });
});

// ------------------------------------------------------------------------------------------ examples
/**
 * The listed edge values, always exercised (whatever the seed), on every operation that takes birth
 * data: valid edges (latitude ±90, longitude ±180, minute -0) must succeed; impossible dates and times
 * must be a documented 4xx naming the field; never a 5xx, never a charge for a rejection.
 */
describe('edge values of birth data', () => {
  const GAP = {
    year: 2021,
    month: 3,
    day: 28,
    hour: 2,
    minute: 30,
    latitude: 52.52,
    longitude: 13.405,
    timezone: 'Europe/Berlin',
  };
  // [where the subject goes in the body, operationId]
  const TARGETS: [string, (subject: Record<string, unknown>) => unknown][] = [
    ['createChart', (s) => s],
    ['createChartWheel', (s) => s],
    ['createReading', (s) => s],
    ['createSynastry', (s) => ({ first: s, second: { ...DIANA } })],
    ['createComposite', (s) => ({ first: { ...DIANA }, second: s, method: 'davison' })],
    ['matchFamousPeople', (s) => s],
    ['adminWarmCache', (s) => ({ target: 'subjects', subjects: [s] })],
  ];
  const VALID: [string, unknown][] = [
    ['latitude', 90],
    ['latitude', -90],
    ['longitude', 180],
    ['longitude', -180],
    ['minute', raw('-0')],
    ['second', 59.999],
    ['year', 1800],
    ['year', 2399],
  ];
  const INVALID: [string, unknown, string][] = [
    ['day', 30, 'day'], // with month 2 below: Feb 30
    ['year', 0, 'year'],
    ['year', -5000, 'year'],
    ['year', 1e9, 'year'],
    ['hour', 24, 'hour'],
    ['minute', 60, 'minute'],
    ['latitude', raw('1e400'), 'latitude'],
    ['longitude', 'NaN', 'longitude'],
    ['latitude', 90.000001, 'latitude'],
    ['longitude', -180.000001, 'longitude'],
    ['second', 60, 'second'],
  ];
  const subjectWith = (field: string, value: unknown) => ({
    ...CHART,
    ...(field === 'day' ? { month: 2 } : {}),
    [field]: value,
  });
  const opOf = (id: string) => OPS.find((o) => o.operationId === id) as Operation;

  async function post(w: World, op: Operation, body: unknown, key = w.admin.key) {
    resetQuotaMemory();
    const before = await snapshot(w);
    const req = new Request(BASE + op.path, {
      method: op.method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: toJson(body),
    });
    const res = await send(req);
    const text = await res.text();
    const ctx = `${op.name} ${toJson(body).slice(0, 300)}\n→ ${res.status} ${text.slice(0, 400)}`;
    expect(res.status, ctx).toBeLessThan(500);
    checkDocumented(op, res, ctx);
    const after = await snapshot(w);
    return { res, text, ctx, before, after };
  }

  for (const [id, wrap] of TARGETS) {
    it(`${id}: valid edges succeed`, { timeout: 30_000 }, async () => {
      const w = await makeWorld();
      const op = opOf(id);
      for (const [field, value] of VALID) {
        const { res, ctx } = await post(w, op, wrap(subjectWith(field, value)));
        expect(res.status, ctx).toBeLessThan(300);
      }
    });

    it(`${id}: impossible dates, times and coordinates are a 4xx naming the field, free of charge`, {
      timeout: 30_000,
    }, async () => {
      const w = await makeWorld();
      const op = opOf(id);
      for (const [field, value, named] of [
        ...INVALID,
        ['hour', GAP.hour, 'hour'] as [string, unknown, string],
      ]) {
        const subject = field === 'hour' && value === GAP.hour ? GAP : subjectWith(field, value);
        const { res, text, ctx, before, after } = await post(w, op, wrap(subject));
        if (id === 'adminWarmCache' && subject === GAP) {
          expect(res.status, ctx).toBe(202); // warming computes later: a failing subject is only logged
          continue;
        }
        expect(res.status, ctx).toBeGreaterThanOrEqual(400);
        const problem = checkProblem(res, text, ctx);
        expect(
          problem.errors?.some((e) => e.path.endsWith(named)),
          `${ctx}\nerrors[] must name ${named}`,
        ).toBe(true);
        for (const table of Object.keys(before))
          expect(after[table], `${ctx}\n${table} changed`).toBe(before[table]);
      }
    });
  }

  /**
   * A batch validates its items one by one (src/platform/batch/items.ts): the job is accepted (202), each
   * impossible item fails alone with a problem naming `items[i].<field>`, the valid edges succeed, and
   * only the items that pass validation at creation are charged (documented: "one unit per valid item");
   * the skipped local time passes it and fails while computing, so it is charged. (The fuzzer found
   * that every item used to be charged, the rejected ones included.)
   */
  for (const id of ['createChartBatch', 'createReadingBatch']) {
    it(`${id}: impossible items fail alone naming their field, valid edges succeed, rejected items are free`, {
      timeout: 30_000,
    }, async () => {
      const w = await makeWorld();
      const op = opOf(id);
      const extra = id === 'createReadingBatch' ? { sections: ['overview'] } : {};
      const cls = id === 'createReadingBatch' ? 'readings' : 'charts';
      const items: { subject: Record<string, unknown>; named: string | null }[] = [
        ...VALID.map(([field, value]) => ({ subject: subjectWith(field, value), named: null })),
        ...INVALID.map(([field, value, named]) => ({ subject: subjectWith(field, value), named })),
        { subject: GAP, named: 'hour' },
      ];
      const { res, text, ctx, before, after } = await post(w, op, {
        items: items.map((i) => ({ ...i.subject, ...extra })),
      });
      expect(res.status, ctx).toBe(202);
      const job = JSON.parse(text) as { id: string };
      // The admin's (snapshot order: user, admin, spare) units of this class used today.
      const used = (snap: Record<string, string>) =>
        Object.fromEntries((JSON.parse(snap.quota ?? '[]') as [string, number][][])[1] ?? []);
      const charged = (used(after)[cls] ?? 0) - (used(before)[cls] ?? 0);
      const billable = VALID.length + 1; // the valid edges and the skipped local time
      expect(charged, `${ctx}\nunits charged for ${billable} valid of ${items.length} items`).toBe(billable);

      const get = async (query = '') => {
        const r = await send(
          new Request(`${BASE}/v1/batch/${job.id}${query}`, {
            headers: { Authorization: `Bearer ${w.admin.key}` },
          }),
        );
        expect(r.status).toBe(200);
        return (await r.json()) as {
          status: string;
          progress: { total: number; succeeded: number; failed: number };
          results?: {
            data: {
              index: number;
              status: string;
              result?: unknown;
              error?: { status: number; errors: { path: string; message: string }[] };
            }[];
          };
        };
      };
      const state = await waitFor(
        `job ${job.id} to be final`,
        async () => {
          const now = await get();
          return ['completed', 'partial', 'failed'].includes(now.status) ? now : undefined;
        },
        { timeoutMs: 20_000, everyMs: 50 },
      );
      const valid = items.filter((i) => i.named === null).length;
      expect(state.status).toBe('partial');
      expect(state.progress).toMatchObject({
        total: items.length,
        succeeded: valid,
        failed: items.length - valid,
      });
      const results = (await get('?include=results&results_limit=100')).results?.data ?? [];
      expect(results.map((r) => r.index)).toEqual(items.map((_, i) => i));
      for (const [i, item] of items.entries()) {
        const r = results[i];
        const what = `${id} item ${i} ${toJson(item.subject)} → ${JSON.stringify(r).slice(0, 400)}`;
        if (item.named === null) {
          expect(r?.status, what).toBe('succeeded');
          expect(r?.result, what).toBeTruthy();
        } else {
          expect(r?.status, what).toBe('failed');
          expect([400, 422], what).toContain(r?.error?.status);
          expect(
            r?.error?.errors.some(
              (e) => e.path.startsWith(`items[${i}]`) && e.path.endsWith(item.named as string),
            ),
            `${what}\nerrors[] must name items[${i}].${item.named}`,
          ).toBe(true);
        }
      }
      // Once the job is done: still the valid items, no more, no less.
      resetQuotaMemory();
      const done = used(await snapshot(w));
      expect((done[cls] ?? 0) - (used(before)[cls] ?? 0)).toBe(billable);
    });
  }

  it('the quota detector sees a charge (so "unchanged" is not vacuous)', async () => {
    const w = await makeWorld();
    const { res, before, after } = await post(w, opOf('createChart'), { ...CHART, minute: 7 });
    expect(res.status).toBe(200);
    expect(after.quota).not.toBe(before.quota);
  });

  it('the state detector sees a change in every D1 table it watches (so "unchanged" is not vacuous)', async () => {
    const w = await makeWorld();
    const db = env.DB;
    const delivery = newId('delivery');
    const changes: Record<string, D1PreparedStatement> = {
      accounts: db
        .prepare("UPDATE accounts SET name = name || ' (changed)' WHERE id = ?1")
        .bind(w.spare.accountId),
      accounts_count: db
        .prepare("INSERT INTO accounts (id, email, name) VALUES (?1, ?2, 'detector')")
        .bind(newId('account'), `detector-${crypto.randomUUID()}@example.com`),
      api_keys: db.prepare('UPDATE api_keys SET revoked_at = 1 WHERE id = ?1').bind(w.spareKeyId),
      charts: db.prepare("UPDATE charts SET full_name = 'changed' WHERE id = ?1").bind(w.chartId),
      webhook_endpoints: db
        .prepare("UPDATE webhook_endpoints SET description = 'changed' WHERE id = ?1")
        .bind(w.webhookId),
      webhook_deliveries: db
        .prepare(
          `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, message_id, event_type, payload)
           VALUES (?1, ?2, ?3, ?4, 'webhook.test', '{}')`,
        )
        .bind(delivery, w.webhookId, w.user.accountId, newId('message')),
      webhook_attempts: db
        .prepare(
          "INSERT INTO webhook_attempts (delivery_id, attempt, trigger, duration_ms) VALUES (?1, 9, 'manual', 1)",
        )
        .bind(w.deliveryId),
      batch_jobs: db.prepare('UPDATE batch_jobs SET total = total + 1 WHERE id = ?1').bind(w.jobId),
      batch_items: db
        .prepare("INSERT INTO batch_items (job_id, idx, status, input) VALUES (?1, 999, 'failed', '{}')")
        .bind(w.jobId),
      idempotency_keys: db
        .prepare(
          "INSERT INTO idempotency_keys (account_id, key, method, path, request_hash, state) VALUES (?1, 'k', 'POST', '/v1/charts', 'h', 'done')",
        )
        .bind(w.user.accountId),
      stripe_events: db
        .prepare("INSERT INTO stripe_events (id, type) VALUES (?1, 'detector')")
        .bind(`evt_${crypto.randomUUID()}`),
    };
    const watched = Object.keys(await snapshot(w)).filter((t) => t !== 'quota');
    expect(Object.keys(changes).sort(), 'a change for every watched table').toEqual(watched.sort());
    for (const [table, change] of Object.entries(changes)) {
      resetQuotaMemory();
      const before = await snapshot(w);
      await change.run();
      const after = await snapshot(w);
      expect(after[table], `${table}: the snapshot missed a change`).not.toBe(before[table]);
    }
  });
});

describe('regressions found by the fuzzer', () => {
  async function usage(accountId: string) {
    resetQuotaMemory();
    return JSON.stringify(Object.entries(await usageToday(env, accountId)).filter(([, n]) => n !== 0));
  }

  it('GET /v1/famous-people/{slug} of nobody is a 404 that costs no famous_people unit', async () => {
    const w = await makeWorld();
    const before = await usage(w.user.accountId);
    for (const path of ['/v1/famous-people/job_01m8k09mxmf6er6k6xc6npg48r', '/v1/famous-people/./chart']) {
      const res = await send(
        new Request(BASE + path, { headers: { Authorization: `Bearer ${w.user.key}` } }),
      );
      expect(res.status).toBe(404);
      checkProblem(res, await res.text(), path);
    }
    expect(await usage(w.user.accountId)).toBe(before);
  });

  it('a local time that never existed (found while computing) is a 422 that costs no unit', async () => {
    const w = await makeWorld();
    const gap = {
      year: 2021,
      month: 3,
      day: 28,
      hour: 2,
      minute: 30,
      latitude: 52.52,
      longitude: 13.405,
      timezone: 'Europe/Berlin',
    };
    const before = await usage(w.user.accountId);
    for (const [path, body] of [
      ['/v1/charts', gap],
      ['/v1/charts/wheel.svg', gap],
      ['/v1/readings', gap],
      ['/v1/synastry', { first: gap, second: DIANA }],
      ['/v1/composite', { first: DIANA, second: gap }],
      ['/v1/famous-people/matches', gap],
    ] as const) {
      const res = await send(
        new Request(BASE + path, {
          method: 'POST',
          headers: { Authorization: `Bearer ${w.user.key}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      const text = await res.text();
      expect(res.status, `${path} ${text}`).toBe(422);
      checkProblem(res, text, path);
      // The rate-limit headers set when the unit was taken show it given back.
      resetQuotaMemory();
      const counted = (await usageToday(env, w.user.accountId))[
        res.headers.get('X-RateLimit-Resource') ?? ''
      ];
      const header = (h: string) => Number(res.headers.get(`X-RateLimit-${h}`));
      const [used, remaining, limit] = [header('Used'), header('Remaining'), header('Limit')];
      expect(used, path).toBe(counted ?? 0);
      expect(used + remaining, path).toBe(limit);
      expect(res.headers.get('RateLimit'), path).toContain(`;r=${remaining};`);
    }
    expect(await usage(w.user.accountId)).toBe(before);
  });
});

describe('oversized and streamed bodies', () => {
  const TEN_MB = `{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`;

  it('a 10 MB body is a 413 problem on every operation that takes one, with or without a key', {
    timeout: 60_000,
  }, async () => {
    const w = await makeWorld();
    let checked = 0;
    for (const op of OPS.filter((o) => o.method !== 'GET')) {
      const path = op.path.replace(/\{\w+\}/g, (m) => (m === '{delivery_id}' ? w.deliveryId : w.webhookId));
      for (const auth of [{ Authorization: `Bearer ${w.user.key}` }, {}] as Record<string, string>[]) {
        const res = await send(
          new Request(BASE + path, {
            method: op.method,
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: TEN_MB,
          }),
        );
        const text = await res.text();
        expect(res.status, `${op.name}: ${text.slice(0, 200)}`).toBe(413);
        checkProblem(res, text, op.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a streamed body without Content-Length is cut off at the limit (413)', async () => {
    const w = await makeWorld();
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 10 * 1024 * 1024) controller.close();
        else {
          controller.enqueue(chunk);
          sent += chunk.byteLength;
        }
      },
    });
    const res = await send(
      new Request(`${BASE}/v1/charts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${w.user.key}`, 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    checkProblem(res, await res.text(), 'streamed');
    expect(sent).toBeLessThan(MAX_BODY_BYTES * 4);
  });
});

describe('signed Stripe bodies that are not well-formed events', () => {
  /**
   * Found by the fuzzer: each of these, validly signed, used to be a 500 (a TypeError or a D1 bind /
   * NOT NULL error in src/routes/billing.ts). Stripe retries a 5xx for days; the route documents 400 for
   * a body it cannot use, and acknowledging (200) one it chooses to ignore is fine too.
   */
  it('are a 400 problem that changes nothing, or acknowledged; never a 5xx', async () => {
    const w = await makeWorld();
    const u = w.user.accountId;
    const evt = () => `evt_${crypto.randomUUID()}`;
    const sub = (object: unknown, type = 'customer.subscription.updated') =>
      JSON.stringify({ id: evt(), object: 'event', type, data: { object } });
    const active = (extra: Record<string, unknown>) => ({
      status: 'active',
      customer: 'cus_nobody',
      ...extra,
    });
    const cases: [string, string][] = [
      ['body null', 'null'],
      ['body an array', '[]'],
      ['body a string', '"evt"'],
      ['body {}', '{}'],
      ['no id', JSON.stringify({ type: 'invoice.paid', data: { object: {} } })],
      ['id an object', JSON.stringify({ id: {}, type: 'invoice.paid', data: { object: {} } })],
      ['type null', JSON.stringify({ id: evt(), type: null, data: { object: {} } })],
      ['type missing', JSON.stringify({ id: evt(), data: { object: {} } })],
      ['type an object', JSON.stringify({ id: evt(), type: {}, data: { object: {} } })],
      ['no data', JSON.stringify({ id: evt(), type: 'customer.subscription.updated' })],
      ['data.object null (subscription)', sub(null)],
      ['data.object null (invoice)', sub(null, 'invoice.paid')],
      ['metadata.account_id an object', sub(active({ metadata: { account_id: {} } }))],
      ['metadata.account_id a float', sub(active({ metadata: { account_id: 1.5e46 } }))],
      ['metadata.tier a number', sub(active({ metadata: { account_id: u, tier: 5 } }))],
      [
        'price.lookup_key a number',
        sub(active({ metadata: { account_id: u }, items: { data: [{ price: { lookup_key: 5 } }] } })),
      ],
    ];
    const failures: string[] = [];
    for (const [name, body] of cases) {
      resetQuotaMemory();
      const before = await snapshot(w);
      const res = await send(
        new Request(`${BASE}/v1/billing/stripe`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Stripe-Signature': (await stripeSignature('valid', body)) as string,
          },
          body,
        }),
      );
      const text = await res.text();
      if (res.status !== 200 && res.status !== 400)
        failures.push(`${name}: ${res.status} ${text.slice(0, 120)}`);
      else if (res.status === 400) checkProblem(res, text, name);
      if (res.status === 400) {
        const after = await snapshot(w);
        for (const t of Object.keys(before)) expect(after[t], `${name}: ${t} changed`).toBe(before[t]);
      }
    }
    expect(failures, 'signed bodies answered with neither 200 nor 400').toEqual([]);
  });
});
