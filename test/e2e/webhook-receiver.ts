/**
 * A local webhook receiver for the e2e session: a plain Node HTTP server that verifies each delivery's
 * Standard Webhooks signature with the `standardwebhooks` package, exactly as an integrator would, and
 * records what arrived. Deliveries with a bad signature are answered 401 and recorded as unverified.
 *
 * Payloads are typed by the document's `webhooks` (the types openapi-typescript generated from the live
 * /openapi.json), not by hand: a verified body becomes a `WebhookPayload` only after it matched, strictly,
 * the documented request body of its event type (conformance.ts); a mismatch is a conformance violation.
 */
import { createServer, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { Conformance } from './conformance';
import type { webhooks } from './generated/api';

/** The event types the document has a webhook for. */
export type WebhookEventType = keyof webhooks;
/** The body of a delivery of event type T: `{ id, type, created_at, data }` as the document has it. */
export type PayloadOf<T extends WebhookEventType> =
  webhooks[T]['post']['requestBody']['content']['application/json'];
/** Any delivery body, discriminated by `type`. */
export type WebhookPayload = { [T in WebhookEventType]: PayloadOf<T> }[WebhookEventType];

export interface Delivery {
  verified: boolean;
  error?: string;
  headers: Record<string, string>;
  /** The verified payload, when it matches the document (else null, and `error` says why). */
  payload: WebhookPayload | null;
}

export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  private secret: string | null = null;
  private server: Server | null = null;
  private waiters: Array<() => void> = [];
  private conformance: Conformance | null = null;

  /**
   * Starts listening on a free port of this machine; returns the URL to register. Payloads are checked
   * against the document `conformance` holds, and a mismatch is recorded there as a violation.
   */
  async start(conformance: Conformance): Promise<string> {
    this.conformance = conformance;
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        const delivery: Delivery = { verified: false, headers, payload: null };
        try {
          if (!this.secret) throw new Error('no secret configured yet');
          if (!this.conformance) throw new Error('no document to check payloads against');
          const payload: unknown = new Webhook(this.secret).verify(body, headers);
          delivery.verified = true;
          const violations: string[] = [];
          if (isPayload(payload, this.conformance, violations)) delivery.payload = payload;
          else {
            delivery.error = violations.join('; ');
            this.conformance.violations.push(...violations);
          }
        } catch (err) {
          delivery.error = err instanceof Error ? err.message : String(err);
        }
        this.deliveries.push(delivery);
        for (const wake of this.waiters.splice(0)) wake();
        res.writeHead(delivery.verified ? 200 : 401, { 'Content-Type': 'text/plain' });
        res.end(delivery.verified ? 'ok' : 'bad signature');
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('receiver has no port');
    return `http://localhost:${address.port}/hooks/stellar`;
  }

  /** The whsec_ secret returned when the webhook was created (or rotated). */
  useSecret(secret: string): void {
    this.secret = secret;
  }

  /**
   * Waits until a verified delivery of event type `type` arrives whose payload satisfies `match`, or fails
   * after `timeoutMs`; returns its payload (typed for that event) and headers.
   */
  async waitFor<T extends WebhookEventType>(
    type: T,
    match: (payload: PayloadOf<T>) => boolean = () => true,
    timeoutMs = 30_000,
  ): Promise<{ payload: PayloadOf<T>; headers: Record<string, string> }> {
    const ofType = (p: WebhookPayload | null): p is PayloadOf<T> => p?.type === type;
    const until = Date.now() + timeoutMs;
    for (;;) {
      for (const d of this.deliveries) {
        const payload = d.payload;
        if (d.verified && ofType(payload) && match(payload)) return { payload, headers: d.headers };
      }
      const left = until - Date.now();
      if (left <= 0) {
        const seen = this.deliveries.map(
          (d) => `${d.payload?.type ?? '?'}${d.error === undefined ? '' : ` (${d.error})`}`,
        );
        throw new Error(
          `no verified ${type} delivery within ${timeoutMs} ms; received: [${seen.join(', ')}]`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * The type guard at the JSON boundary: a verified body is a `WebhookPayload` when it matches, strictly, the
 * request body the document gives the webhook of its `type`. Appends every mismatch to `violations`.
 */
function isPayload(v: unknown, conformance: Conformance, violations: string[]): v is WebhookPayload {
  violations.push(...conformance.checkWebhook(v));
  return violations.length === 0;
}
