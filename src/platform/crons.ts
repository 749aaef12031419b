/**
 * The cron triggers of the Worker (wrangler.toml, `[triggers]`) and what each runs (src/index.ts,
 * `scheduled`; src/platform/maintenance.ts). `npm start` fires the same ones on a local server through
 * wrangler's /__scheduled endpoint (scripts/start.mjs), on the same cadence. Kept free of imports: that
 * script reads it under Node.
 */

/**
 * Every minute: the day's transit alerts (a page of charts per run, each once per UTC day), and the sweepers
 * that recover work lost between two steps (unpublished events, stalled batch
 * jobs, webhook deliveries past their retry time). The minute is what bounds recovery after a crash (a
 * sweep finds the loss at most a minute after it became visible); Cloudflare runs crons at most once a
 * minute, and a sweep that finds nothing is three indexed D1 reads.
 */
export const SWEEP_CRON = '* * * * *';
export const SWEEP_INTERVAL_MS = 60_000;

/** Daily at 03:17 UTC: retention (events, batch jobs, Idempotency-Key records, webhook deliveries). */
export const DAILY_CRON = '17 3 * * *';
export const DAILY_INTERVAL_MS = 86_400_000;
