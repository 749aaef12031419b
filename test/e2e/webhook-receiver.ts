/**
 * A local webhook receiver for the e2e session: a plain Node HTTP server that verifies each delivery's
 * Standard Webhooks signature with the `standardwebhooks` package, exactly as an integrator would, and
 * records what arrived. Deliveries with a bad signature are answered 401 and recorded as unverified.
 */
import { createServer, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface Delivery {
  verified: boolean;
  error?: string;
  headers: Record<string, string>;
  /** The parsed payload: { id, type, created_at, data }. */
  payload: { id: string; type: string; created_at: string; data: Record<string, unknown> } | null;
}

export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  private secret: string | null = null;
  private server: Server | null = null;
  private waiters: Array<() => void> = [];

  /** Starts listening on a free port of this machine; returns the URL to register. */
  async start(): Promise<string> {
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
          const payload = new Webhook(this.secret).verify(body, headers);
          delivery.verified = true;
          delivery.payload = isPayload(payload) ? payload : null;
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

  /** Waits until a verified delivery matches `match`, or fails after `timeoutMs`. */
  async waitFor(match: (d: Delivery) => boolean, what: string, timeoutMs = 30_000): Promise<Delivery> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.deliveries.find((d) => d.verified && match(d));
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) {
        const seen = this.deliveries.map(
          (d) => `${d.payload?.type ?? '?'}${d.verified ? '' : ` (${d.error})`}`,
        );
        throw new Error(
          `no verified ${what} delivery within ${timeoutMs} ms; received: [${seen.join(', ')}]`,
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

function isPayload(v: unknown): v is NonNullable<Delivery['payload']> {
  if (typeof v !== 'object' || v === null) return false;
  return 'id' in v && 'type' in v && 'data' in v && typeof v.type === 'string';
}
