import type { PngWorker } from '../workers/png/src';
import type { RateLimiter } from './platform/rate-limiter';

/** Bindings declared in wrangler.toml (plus secrets). Keep in sync with wrangler.toml. */
export interface Env {
  DB: D1Database;
  CACHE: KVNamespace;
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>;
  EVENTS_QUEUE: Queue<EventMessage>;
  BATCH_QUEUE: Queue<unknown>;
  WEBHOOK_QUEUE: Queue<unknown>;
  WEBHOOK_DLQ: Queue<unknown>;
  ANALYTICS: AnalyticsEngineDataset;
  ASSETS: Fetcher;
  /** The PNG Worker (workers/png): `render(svg, width)` by RPC. */
  PNG: Service<PngWorker>;
  /** "production" (default), "development" (npm start) or "test" (vitest). */
  ENVIRONMENT: string;
  /** "true" enables POST /v1/accounts self sign-up. */
  SIGNUP_ENABLED: string;
  /** Secret: Stripe webhook signing secret (whsec_...). */
  STRIPE_WEBHOOK_SECRET?: string;
  /** Optional: Cloudflare account id, for Analytics Engine SQL API queries (src/platform/analytics.ts). */
  CF_ACCOUNT_ID?: string;
  /** Optional secret: API token with "Account Analytics: Read", for the same. */
  CF_ANALYTICS_TOKEN?: string;
}

/** An event as it travels through the events queue (see src/platform/events.ts). */
export interface EventMessage {
  id: string;
  type: string;
  account_id: string | null;
  data: unknown;
  created_at: string;
}
