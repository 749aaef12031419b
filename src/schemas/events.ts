/**
 * The webhook events as a contract: one zod schema per event type for its `data`, the delivery envelope
 * `{ id, type, created_at, data }` around it. src/platform/webhooks/document.ts registers them in the OpenAPI
 * document's top-level `webhooks` section (one `post` per type, operationId `onChartCalculated` ...).
 *
 * The code cannot drift from it: `publishEvent` (src/platform/events.ts) types its `data` as
 * `EventData[type]`, inferred from these schemas, so a call site sending another shape fails `tsc`; and
 * test/webhook-events.test.ts triggers each event, takes the body a receiver gets and parses it with the
 * schema of its type, failing on any field that is missing, mistyped or undocumented. Types only on the
 * hot path: nothing here validates at runtime.
 *
 * Field names are a contract receivers rely on: change them only with a new event type.
 */
import { z } from '@hono/zod-openapi';
import { SECTION_IDS } from '../astro/readings';
import { SIGNS } from '../astro/types';
import { TIERS } from '../db/schema';
import { AccountSchema } from './account';
import { BATCH_TYPES } from './batch';
import { ChartSchema } from './chart';
import TRANSIT_UPCOMING_EXAMPLE from './examples/transit-upcoming.json';
import { HitSchema } from './forecast';

/** The events of the log (src/platform/events.ts publishes them; webhooks deliver them). */
export const EVENT_TYPES = [
  'chart.calculated',
  'reading.generated',
  'chart.saved',
  'chart.deleted',
  'user.registered',
  'subscription.activated',
  'subscription.canceled',
  'payment.received',
  'batch.completed',
  'transit.upcoming',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Sent only by POST /v1/webhooks/{id}/test, never logged. */
export const TEST_EVENT_TYPE = 'webhook.test';

const Sign = z.enum(SIGNS);
const CacheStatus = z
  .enum(['HIT-L1', 'HIT-L2', 'MISS'])
  .openapi({ description: 'Which cache level answered the request (its `X-Cache` header).' });

// ------------------------------------------------------------------------------------------ data

const chartFields = {
  full_name: z.string().nullable().openapi({ example: 'Albert Einstein' }),
  utc_datetime: z.string().openapi({ example: '1879-03-14T10:50:03Z' }),
  settings: ChartSchema.shape.settings,
  sun_sign: Sign.nullable(),
  moon_sign: Sign.nullable(),
  rising_sign: Sign.nullable().openapi({ description: 'Null when the birth time is unknown.' }),
};

const chartExample = {
  full_name: 'Albert Einstein',
  utc_datetime: '1879-03-14T10:50:03Z',
  settings: { zodiac: 'tropical', ayanamsa: null, house_system: 'placidus' },
  sun_sign: 'pisces',
  moon_sign: 'sagittarius',
  rising_sign: 'cancer',
} as const;

const CHART_ID = 'chart_01jd4v6m0qf3t9r8k2w5x7y1z3';
const ACCOUNT_ID = 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3';

const ChartCalculatedData = z
  .object({
    chart_id: z.string().nullable().openapi({
      description: 'The saved chart (`"save": true`), else null.',
      example: null,
    }),
    ...chartFields,
    cache: CacheStatus,
  })
  .openapi('ChartCalculatedData', {
    description: 'A chart was computed by `POST /v1/charts` (saved or not).',
    example: { chart_id: null, ...chartExample, cache: 'MISS' },
  });

const ChartSavedData = z
  .object({
    chart_id: z.string().openapi({ example: CHART_ID }),
    ...chartFields,
  })
  .openapi('ChartSavedData', {
    description: 'A chart was saved (`POST /v1/charts` with `"save": true`).',
    example: { chart_id: CHART_ID, ...chartExample },
  });

const ChartDeletedData = z
  .object({
    chart_id: z.string().openapi({ example: CHART_ID }),
    full_name: z.string().nullable().openapi({ example: 'Albert Einstein' }),
  })
  .openapi('ChartDeletedData', {
    description: 'A saved chart was deleted (`DELETE /v1/charts/{id}`).',
    example: { chart_id: CHART_ID, full_name: 'Albert Einstein' },
  });

const ReadingGeneratedData = z
  .object({
    chart_id: z.string().nullable().openapi({ description: 'As requested: a saved chart, or null.' }),
    slug: z.string().nullable().openapi({ description: "As requested: a famous person's slug, or null." }),
    full_name: z.string().nullable().openapi({ description: 'As requested (birth data), or null.' }),
    sections: z.array(z.enum(SECTION_IDS)).openapi({
      description: 'The sections requested, as requested (all of them when none were named).',
    }),
    cache: CacheStatus,
  })
  .openapi('ReadingGeneratedData', {
    description: 'A reading was generated (`POST /v1/readings`).',
    example: {
      chart_id: null,
      slug: 'albert-einstein',
      full_name: null,
      sections: [...SECTION_IDS],
      cache: 'HIT-L2',
    },
  });

const UserRegisteredData = z.object({ account: AccountSchema }).openapi('UserRegisteredData', {
  description: 'An account signed up (`POST /v1/accounts`).',
  example: {
    account: {
      id: ACCOUNT_ID,
      email: 'ada@example.com',
      name: 'Ada',
      tier: 'free',
      role: 'user',
      status: 'active',
      created_at: '2026-01-02T03:04:05Z',
    },
  },
});

const subscriptionFields = {
  account_id: z.string().openapi({ example: ACCOUNT_ID }),
  tier: z.enum(TIERS).openapi({ description: 'The tier now.' }),
  previous_tier: z.enum(TIERS),
  source: z.enum(['admin', 'stripe']).openapi({
    description: '`stripe`: a Stripe subscription event; `admin`: `PATCH /v1/admin/accounts/{id}`.',
  }),
};

const SubscriptionActivatedData = z.object(subscriptionFields).openapi('SubscriptionActivatedData', {
  description: "The account's tier changed to a paid one (from free or from another paid tier).",
  example: { account_id: ACCOUNT_ID, tier: 'premium', previous_tier: 'free', source: 'stripe' },
});

const SubscriptionCanceledData = z.object(subscriptionFields).openapi('SubscriptionCanceledData', {
  description: "The account's tier changed to `free`.",
  example: { account_id: ACCOUNT_ID, tier: 'free', previous_tier: 'premium', source: 'stripe' },
});

const PaymentReceivedData = z
  .object({
    invoice_id: z.string().openapi({ description: 'The Stripe invoice.', example: 'in_1Q2w3E4r5T6y7U8i' }),
    amount: z.number().int().openapi({
      description: "Amount paid in the currency's smallest unit (Stripe's `amount_paid`, e.g. cents).",
      example: 1900,
    }),
    currency: z
      .string()
      .openapi({ description: 'ISO 4217 code, lower case (as Stripe sends it).', example: 'usd' }),
  })
  .openapi('PaymentReceivedData', { description: 'A Stripe invoice was paid (`invoice.paid`).' });

const BatchCompletedData = z
  .object({
    job_id: z.string().openapi({ example: 'job_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    type: z.enum(BATCH_TYPES).openapi({ description: 'The kind of job (not the event type).' }),
    status: z.enum(['completed', 'partial', 'failed']).openapi({
      description: 'completed (every item succeeded) | partial (some failed) | failed (all failed).',
    }),
    progress: z.object({
      total: z.number().int(),
      succeeded: z.number().int(),
      failed: z.number().int(),
      percent: z.number().int().min(0).max(100),
    }),
    created_at: z.string().openapi({ example: '2026-01-02T03:04:05Z' }),
    completed_at: z.string().openapi({ example: '2026-01-02T03:04:09Z' }),
  })
  .openapi('BatchCompletedData', {
    description:
      'A batch job finished: every item succeeded or failed. Its results are at `GET /v1/batch/{job_id}?include=results`.',
    example: {
      job_id: 'job_01jd4v6m0qf3t9r8k2w5x7y1z3',
      type: 'charts',
      status: 'partial',
      progress: { total: 3, succeeded: 2, failed: 1, percent: 100 },
      created_at: '2026-01-02T03:04:05Z',
      completed_at: '2026-01-02T03:04:09Z',
    },
  });

const TransitUpcomingData = z
  .object({
    chart_id: z.string().openapi({ example: CHART_ID }),
    full_name: z
      .string()
      .nullable()
      .openapi({ description: "The saved chart's name.", example: 'Albert Einstein' }),
    from: z.string().openapi({
      description: 'Start of the range searched: 00:00 UTC of the day the alert is for.',
      example: '2026-12-05T00:00:00Z',
    }),
    to: z.string().openapi({
      description: 'End of the range: `days_ahead` days later (00:00 UTC, excluded).',
      example: '2026-12-12T00:00:00Z',
    }),
    days_ahead: z.number().int().openapi({ example: 7 }),
    hits: z.array(HitSchema).openapi({
      description:
        'Every exact hit in [`from`, `to`), in time order: the rows `POST /v1/transits/timeline` answers for the same chart, range and options.',
    }),
  })
  .openapi('TransitUpcomingData', {
    description:
      'Once a day (the first sweep after 00:00 UTC, a few minutes at most), for each saved chart opted in with `PUT /v1/charts/{id}/alerts`: its exact transits of the next `days_ahead` days. One event per chart and UTC day.',
    example: TRANSIT_UPCOMING_EXAMPLE,
  });

const WebhookTestData = z
  .object({
    webhook_id: z.string().openapi({ example: 'wh_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    message: z.string().openapi({
      example: 'A test event from Stellar Edge: your endpoint is reachable and can verify our signature.',
    }),
  })
  .openapi('WebhookTestData', {
    description: 'Sent only by `POST /v1/webhooks/{id}/test`, to that endpoint, whatever its `events`.',
  });

/** The schema of each event type's `data`. */
export const EVENT_DATA_SCHEMAS = {
  'chart.calculated': ChartCalculatedData,
  'reading.generated': ReadingGeneratedData,
  'chart.saved': ChartSavedData,
  'chart.deleted': ChartDeletedData,
  'user.registered': UserRegisteredData,
  'subscription.activated': SubscriptionActivatedData,
  'subscription.canceled': SubscriptionCanceledData,
  'payment.received': PaymentReceivedData,
  'batch.completed': BatchCompletedData,
  'transit.upcoming': TransitUpcomingData,
  [TEST_EVENT_TYPE]: WebhookTestData,
} as const satisfies Record<EventType | typeof TEST_EVENT_TYPE, z.ZodType>;

/** Every type a delivery can have: the event log's types and `webhook.test`. */
export type WebhookEventType = keyof typeof EVENT_DATA_SCHEMAS;
export const WEBHOOK_EVENT_TYPES = [
  ...EVENT_TYPES,
  TEST_EVENT_TYPE,
] as const satisfies readonly WebhookEventType[];

/** The `data` of each event type, as publishEvent takes it. */
export type EventData = { [T in WebhookEventType]: z.infer<(typeof EVENT_DATA_SCHEMAS)[T]> };

// ------------------------------------------------------------------------------------------ envelope

/** ChartCalculated for chart.calculated: the stem of its schema names and operationId. */
export const pascal = (type: string) =>
  type
    .split(/[._]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function envelope<T extends WebhookEventType>(type: T) {
  const data = EVENT_DATA_SCHEMAS[type];
  return z
    .object({
      id: z.string().openapi({
        description:
          'The message id (`msg_...`), also sent as the `webhook-id` header: the same for every endpoint and ' +
          'every retry of an event, so de-duplicate on it.',
        example: 'msg_01m8jve1nnexzb27s00nzv8zqy',
      }),
      type: z.literal(type),
      created_at: z.string().openapi({
        description: 'When the event happened (ISO 8601 UTC, whole seconds).',
        example: '2026-11-29T05:11:22Z',
      }),
      data: data as (typeof EVENT_DATA_SCHEMAS)[T],
    })
    .openapi(`${pascal(type)}Event`, { description: `The body of a \`${type}\` delivery.` });
}

/** The delivery body of each event type: `{ id, type, created_at, data }`. */
export const EVENT_ENVELOPE_SCHEMAS = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [type, envelope(type)]),
) as { [T in WebhookEventType]: ReturnType<typeof envelope<T>> };

/** Any delivery body, discriminated by `type`. */
export const WebhookPayloadSchema = z.discriminatedUnion(
  'type',
  WEBHOOK_EVENT_TYPES.map((t) => EVENT_ENVELOPE_SCHEMAS[t]) as unknown as [
    (typeof EVENT_ENVELOPE_SCHEMAS)[WebhookEventType],
    ...(typeof EVENT_ENVELOPE_SCHEMAS)[WebhookEventType][],
  ],
);
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
