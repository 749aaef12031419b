/**
 * Standard Webhooks messages: secrets (`whsec_...`), message ids, the exact payload that is signed, and
 * the signed headers of one attempt (two signatures while a rotated secret still overlaps).
 */
import { Webhook } from 'standardwebhooks';
import { iso } from '../accounts';

const USER_AGENT = 'Stellar-Edge-Webhooks/1.0 (+https://www.standardwebhooks.com/)';

/** `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** The Standard Webhooks message id of an event: shared by every endpoint and every retry. */
export function messageIdForEvent(eventId: string): string {
  return `msg_${eventId.slice(eventId.indexOf('_') + 1)}`;
}

/** The exact payload that is signed and sent. */
export function buildPayload(id: string, type: string, createdAt: string, data: unknown): string {
  const ms = Date.parse(createdAt);
  return JSON.stringify({
    id,
    type,
    created_at: Number.isNaN(ms) ? createdAt : iso(ms),
    data: data ?? null,
  });
}

export interface SigningSecrets {
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: number | null;
}

/** The secrets that sign now: the current one, and the previous one during a rotation. */
export function activeSecrets(s: SigningSecrets, now = Date.now()): string[] {
  const out = [s.secret];
  if (s.previous_secret && s.previous_secret_expires_at !== null && s.previous_secret_expires_at > now) {
    out.push(s.previous_secret);
  }
  return out;
}

/** Standard Webhooks headers for one attempt (a fresh timestamp per attempt). */
export function signedHeaders(
  secrets: string[],
  msgId: string,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const at = new Date(Math.floor(now / 1000) * 1000);
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(now / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(msgId, at, body)).join(' '),
  };
}
