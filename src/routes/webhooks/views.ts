/** Endpoint and delivery rows as the routes answer them. */
import type { webhookDeliveries, webhookEndpoints } from '../../db/schema';
import { iso } from '../../platform/accounts';
import { parseEvents } from '../../platform/webhooks';
import type { DELIVERY_STATUSES } from './schemas';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export function webhookJson(e: EndpointRow, now = Date.now()) {
  const overlap = e.previousSecret && e.previousSecretExpiresAt && e.previousSecretExpiresAt > now;
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: parseEvents(e.events),
    enabled: e.enabled,
    disabled_reason: e.enabled ? null : e.disabledReason,
    failing_since: iso(e.failingSince),
    previous_secret_expires_at: overlap ? iso(e.previousSecretExpiresAt) : null,
    created_at: iso(e.createdAt) as string,
    updated_at: iso(e.updatedAt),
  };
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  trigger: 'scheduled' | 'manual' | 'test';
  status_code: number | null;
  response_body: string | null;
  error: string | null;
  duration_ms: number;
  created_at: number;
}

const MAX_ATTEMPTS_SHOWN = 50;

export function deliveryJson(d: DeliveryRow, attempts: AttemptRow[]) {
  return {
    id: d.id,
    webhook_id: d.endpointId,
    message_id: d.messageId,
    event_type: d.eventType,
    status: d.status as (typeof DELIVERY_STATUSES)[number],
    attempt_count: d.attempts,
    last_status_code: d.lastStatusCode,
    next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    created_at: iso(d.createdAt) as string,
    updated_at: iso(d.updatedAt),
    attempts: attempts.slice(-MAX_ATTEMPTS_SHOWN).map((a) => ({
      attempt: a.attempt,
      trigger: a.trigger,
      status_code: a.status_code,
      duration_ms: a.duration_ms,
      response_body: a.response_body,
      error: a.error,
      created_at: iso(a.created_at) as string,
    })),
  };
}
