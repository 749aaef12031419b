/**
 * Verification of Stripe's webhook signatures (`Stripe-Signature: t=<unix s>,v1=<hex HMAC>[,v1=...]`), the
 * only part of the `stripe` SDK this Worker used: the SDK is 0.75 MB of JavaScript (86 KB gzipped, most of
 * the API client), this is the algorithm of its `webhooks.constructEventAsync` with Web Crypto
 * (https://docs.stripe.com/webhooks/signature#verify-manually):
 *   - the header's `t` is the timestamp, each `v1` a candidate signature (other schemes, e.g. `v0`, ignored);
 *   - the expected signature is the hex HMAC-SHA256 of `"<t>.<raw body>"`, keyed with the endpoint's
 *     secret as it is written (`whsec_...`, the whole string's UTF-8 bytes);
 *   - one `v1` must match (constant-time comparison), and the event must be at most `toleranceS` old
 *     (0: no age check; a timestamp in the future passes, as with the SDK);
 *   - the body is then parsed as JSON.
 * Failures throw `StripeSignatureError` with the SDK's own messages, which the billing route puts in its
 * 400 problem. test/stripe-signature.test.ts checks every outcome and message against the `stripe` package
 * (a devDependency: the tests also sign their requests with it).
 */

export class StripeSignatureError extends Error {
  override readonly name = 'StripeSignatureError';
}

const DOCS =
  '\nLearn more about webhook signing and explore webhook integration examples for various frameworks at https://docs.stripe.com/webhooks/signature';

/** `t` and the `v1` signatures of a `Stripe-Signature` header (the SDK's parsing, kept as it is). */
function parseHeader(header: string): { timestamp: number; signatures: string[] } {
  const out = { timestamp: -1, signatures: [] as string[] };
  for (const item of header.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') out.timestamp = Number.parseInt(value as string, 10);
    if (key === 'v1') out.signatures.push(value as string);
  }
  return out;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time equality of two strings of the same length (the SDK's `secureCompare`). */
function secureCompare(a: string, b: string | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Verifies `header` over the raw `payload` with `secret` and returns the parsed event (unknown: its shape
 * is checked by the caller). `nowMs` is for tests.
 */
export async function verifyStripeEvent(
  payload: string,
  header: string,
  secret: string,
  toleranceS: number,
  nowMs: number = Date.now(),
): Promise<unknown> {
  if (!payload) throw new StripeSignatureError('No webhook payload was provided.');
  if (!header) throw new StripeSignatureError('No stripe-signature header value was provided.');
  const details = parseHeader(header);
  if (details.timestamp === -1) {
    throw new StripeSignatureError('Unable to extract timestamp and signatures from header');
  }
  if (details.signatures.length === 0)
    throw new StripeSignatureError('No signatures found with expected scheme');
  if (!secret || /^[ \t\r\n\f\v]*$/.test(secret)) {
    throw new StripeSignatureError('No webhook secret value was provided. It should start with `whsec_`');
  }
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const expected = hex(
    await crypto.subtle.sign('HMAC', key, encoder.encode(`${details.timestamp}.${payload}`)),
  );
  if (!details.signatures.some((s) => secureCompare(expected, s))) {
    const whitespace = /\s/.test(secret)
      ? '\n\nNote: The provided signing secret contains whitespace. This often indicates an extra newline or space is in the value'
      : '';
    throw new StripeSignatureError(
      'No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? \n' +
        ' If a webhook request is being forwarded by a third-party tool, ensure that the exact request body, including JSON formatting and new line style, is preserved.\n' +
        DOCS +
        '\n' +
        whitespace,
    );
  }
  const age = Math.floor(nowMs / 1000) - details.timestamp;
  if (toleranceS > 0 && age > toleranceS)
    throw new StripeSignatureError('Timestamp outside the tolerance zone');
  const event: unknown = JSON.parse(payload);
  if ((event as { object?: unknown } | null)?.object === 'v2.core.event') {
    throw new StripeSignatureError(
      'You passed a thin event notification to a function that expects a webhook. Use the corresponding EventNotification method instead.',
    );
  }
  return event;
}
