/** Request and response schemas of the webhook routes. */
import { z } from '@hono/zod-openapi';
import { ListQuerySchema } from '../../platform/openapi';
import { MAX_URL_LENGTH } from '../../platform/url-safety';
import { EVENT_TYPES } from '../../schemas/events';
import { notEmpty, withRules } from '../../schemas/rules';
import { text } from '../../schemas/text';

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

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks). Shown only at creation and rotation: store it now.',
  }),
}).openapi('WebhookWithSecret');

export const AttemptSchema = z
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

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'canceled'] as const;

export const DeliverySchema = z
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

export const AttemptReportSchema = z
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

/** `["*"]` alone, or a list of event types (`"*"` never beside a type). */
export const EventsField = z
  .union(
    [
      z.array(z.literal('*')).min(1).max(1).openapi({ description: 'Every event type.' }),
      z
        .array(z.enum(EVENT_TYPES))
        .min(1)
        .max(EVENT_TYPES.length)
        .openapi({ description: 'These event types.' }),
    ],
    { error: `Use ["*"] alone for every event, or list event types: ${EVENT_TYPES.join(', ')}.` },
  )
  .openapi(
    {
      description: `Event types to receive, or ["*"] for all: ${EVENT_TYPES.join(', ')}.`,
      example: ['chart.calculated', 'chart.saved'],
    },
    { unionPreferredType: 'oneOf' },
  );

/**
 * The form of a webhook URL the document states: http(s), an authority without credentials, no
 * whitespace or control characters. What it cannot state (the host parses and is a public one; https
 * outside local development) is a 422 `webhook-url-not-allowed` (access.ts, safeUrl).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const URL_FORM = /^https?:\/\/[^\s/?#@\\\x00-\x1f\x7f]+(?:[/?#\\][^\s\x00-\x1f\x7f]*)?$/;

export const UrlField = text()
  .min(1)
  .max(MAX_URL_LENGTH)
  .regex(URL_FORM, 'Must be an absolute http(s) URL without credentials or whitespace.')
  .openapi({
    format: 'uri',
    description:
      'Where to POST events: https to a public host. A URL of this form whose host is not a public one ' +
      '(localhost, *.local, *.internal, single-label names; loopback, private, link-local or reserved ' +
      'addresses; IPv4 not in dotted decimal) or that is not https is a 422 `webhook-url-not-allowed`. ' +
      'In local development (`npm start`) http and localhost receivers are allowed.',
    example: 'https://example.com/webhooks/stellar',
  });

export const DescriptionField = text({ multiline: true }).trim().max(500);

export const CreateBody = z
  .object({
    url: UrlField,
    description: DescriptionField.nullable().optional(),
    events: EventsField.default(['*']),
    enabled: z.boolean().default(true),
  })
  .strict()
  .openapi('WebhookCreate');

export const UpdateBody = withRules(
  z
    .object({
      url: UrlField.optional(),
      description: DescriptionField.nullable().optional(),
      events: EventsField.optional(),
      enabled: z
        .boolean()
        .optional()
        .openapi({ description: 'true re-enables a disabled endpoint (and clears disabled_reason).' }),
    })
    .strict(),
  [notEmpty(['url', 'description', 'events', 'enabled'])],
).openapi('WebhookUpdate');

export const IdParam = z.object({
  id: text()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'wh_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

export const DeliveryParams = IdParam.extend({
  delivery_id: text()
    .max(64)
    .openapi({ param: { name: 'delivery_id', in: 'path' }, example: 'dlv_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

export const DeliveryQuery = ListQuerySchema.extend({
  status: z.enum(DELIVERY_STATUSES).optional().openapi({ description: 'Only deliveries in this status.' }),
});

/** Shared by the route definitions of every file of this folder. */
export const tags = ['Webhooks'];
/** For the descriptions of the operations an admin key guards (see the module comment). */
export const OPERATOR_NOTE =
  'Operator endpoints (of an admin account, listing `user.registered`, so receiving every sign-up): ' +
  'only an admin key (the `admin` scope) may';
export const webhookContent = { 'application/json': { schema: WebhookSchema } };
export const withSecretContent = { 'application/json': { schema: WebhookWithSecretSchema } };
export const reportContent = { 'application/json': { schema: AttemptReportSchema } };
