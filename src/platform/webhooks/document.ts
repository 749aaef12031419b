/**
 * The OpenAPI document's top-level `webhooks`: one `post` per event type (operationId `onChartCalculated`
 * ...), its body the event's envelope (src/schemas/events.ts), its headers the Standard Webhooks ones, its
 * responses what the delivery machinery does with each answer (the retry schedule, 410, the timeout).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import {
  EVENT_ENVELOPE_SCHEMAS,
  pascal,
  TEST_EVENT_TYPE,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../../schemas/events';
import { ATTEMPT_TIMEOUT_MS, MAX_ATTEMPTS, RETRY_JITTER, RETRY_SCHEDULE_SECONDS } from './schedule';

const SUMMARIES: Record<WebhookEventType, string> = {
  'chart.calculated': 'A chart was computed',
  'reading.generated': 'A reading was generated',
  'chart.saved': 'A chart was saved',
  'chart.deleted': 'A saved chart was deleted',
  'user.registered': 'An account signed up',
  'subscription.activated': 'A paid tier began or changed',
  'subscription.canceled': 'The account went back to free',
  'payment.received': 'An invoice was paid',
  'batch.completed': 'A batch job finished',
  'transit.upcoming': "A saved chart's exact transits of the next days",
  'webhook.test': 'A test delivery',
};

const WebhookHeaders = z.object({
  'webhook-id': z.string().openapi({
    description: "The message id (`msg_...`, the body's `id`): de-duplicate on it.",
    example: 'msg_01m8jve1nnexzb27s00nzv8zqy',
  }),
  'webhook-timestamp': z.string().openapi({
    description: 'Unix seconds of this attempt. Reject it more than 5 minutes away from your clock.',
    example: '1795929082',
  }),
  'webhook-signature': z.string().openapi({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, keyed with ' +
      'the base64-decoded part of the endpoint secret after `whsec_`: one signature, or two for 24 h after a ' +
      'secret rotation (either verifies). Verify with a Standard Webhooks library.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }),
});

/** 300 → "5 min". */
const duration = (s: number) => (s < 60 ? `${s} s` : s < 3600 ? `${s / 60} min` : `${s / 3600} h`);
const delays = RETRY_SCHEDULE_SECONDS.slice(1).map(duration);
const RETRIES =
  `Retried on the Standard Webhooks schedule: immediately, then ${delays.slice(0, -1).join(', ')} and ` +
  `${delays.at(-1)} after the previous failure (±${RETRY_JITTER * 100} % jitter; ${MAX_ATTEMPTS} attempts over ` +
  'about 28 h), then the delivery is `failed`.';

const RESPONSES = {
  '2XX': { description: 'Acknowledged: the delivery succeeded and is not sent again.' },
  '410': {
    description:
      'Gone: the delivery fails at once, and the endpoint is disabled (with a `disabled_reason`); its pending ' +
      'deliveries are canceled.',
  },
  default: {
    description:
      `Any other status, a redirect (not followed), or no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s: the ` +
      `attempt failed. ${RETRIES} An endpoint whose attempts all fail for 5 days in a row is disabled.`,
  },
};

const TEST_RESPONSES = {
  '2XX': { description: 'Acknowledged: the test route reports success.' },
  '4XX': {
    description:
      'The test failed, and the test route reports it. A 410 does not disable the endpoint here (only a ' +
      'scheduled or manual delivery does).',
  },
  default: {
    description:
      `Any other status, a redirect (not followed), or no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s: the ` +
      'test failed, and the test route reports it. A test is not retried.',
  },
};

/** Adds one webhook per event type to the document (top-level `webhooks`, OpenAPI 3.1). */
export function registerEventWebhooks(
  registry: Pick<OpenAPIHono['openAPIRegistry'], 'registerWebhook'>,
): void {
  for (const type of WEBHOOK_EVENT_TYPES) {
    const who =
      type === TEST_EVENT_TYPE
        ? 'Sent only to the endpoint being tested (even a disabled one), whatever its `events`; not retried.'
        : type === 'user.registered'
          ? // src/platform/webhooks/fan-out.ts, fanOutEvents.
            'Sent to every enabled endpoint of an operator (admin) account whose `events` list `user.registered` ' +
            "explicitly: the new account has no endpoint yet, and `*` covers only the endpoint's own account, " +
            "so it does not bring other accounts' sign-ups."
          : `Sent to every enabled endpoint of the account whose \`events\` include \`${type}\` (or \`*\`).`;
    registry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `on${pascal(type)}`,
      tags: ['Webhooks'],
      summary: SUMMARIES[type],
      description:
        `${who} Signed with the endpoint's secret (Standard Webhooks): verify the signature over the raw body ` +
        'before parsing it. New fields may be added to `data`; ignore the ones you do not know.',
      security: [],
      request: {
        headers: WebhookHeaders,
        body: {
          required: true,
          content: { 'application/json': { schema: EVENT_ENVELOPE_SCHEMAS[type] } },
        },
      },
      responses: type === TEST_EVENT_TYPE ? TEST_RESPONSES : RESPONSES,
    });
  }
}
