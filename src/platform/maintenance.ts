/**
 * What the cron triggers run (src/index.ts, `scheduled`; the crons are in src/platform/crons.ts and
 * wrangler.toml). `npm start` fires the same triggers on the local server (scripts/start.mjs), so a
 * local server recovers and prunes exactly as the deployed one does.
 */
import type { Env } from '../env';
import { sendTransitAlerts } from './alerts';
import {
  pruneBatchJobs,
  refundAbandoned,
  type StallReport,
  sweepStalledJobs,
  sweepUnqueuedJobs,
} from './batch';
import { pruneEvents, sweepOutbox } from './events';
import { pruneIdempotencyKeys } from './idempotency';
import { loggable } from './problem';
import { pruneWebhookDeliveries, sweepOverdueDeliveries } from './webhooks';

export interface SweepReport {
  /** Unpublished events sent again (the outbox). */
  events: number;
  /** Stalled batch jobs re-enqueued or ended. */
  jobs: StallReport;
  /** Units of items that could not run given back. */
  refunded: number;
  /** Overdue webhook deliveries given a new message. */
  deliveries: number;
  /** Daily `transit.upcoming` alerts sent (a page of the charts not yet done today). */
  alerts: number;
}

/**
 * The sweepers, every minute: recovery of work lost between two steps, and the day's transit alerts
 * (src/platform/alerts.ts: a page of charts per run, each chart once per UTC day). Each runs on its own (one that
 * fails, e.g. a queue refusing sends, does not keep the others from running) and is idempotent.
 */
export async function sweep(
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  now: number,
): Promise<SweepReport> {
  const attempt = async <T>(name: string, run: () => Promise<T>, none: T): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      console.error(JSON.stringify({ msg: 'sweeper failed', sweeper: name, err: loggable(err) }));
      return none;
    }
  };
  const jobs = await attempt('batch-jobs', () => sweepStalledJobs(env, ctx, now), {
    requeued: 0,
    abandoned: 0,
  });
  const refunded = await attempt('batch-refunds', () => refundAbandoned(env), 0);
  const events = await attempt('outbox', () => sweepOutbox(env, now), 0);
  const deliveries = await attempt('webhook-deliveries', () => sweepOverdueDeliveries(env, now), 0);
  const alerts = await attempt('transit-alerts', () => sendTransitAlerts(env, now), 0);
  return { events, jobs, refunded, deliveries, alerts };
}

/** Daily retention: events, batch jobs (expired, and never queued), Idempotency-Key records, deliveries. */
export async function retention(env: Env, now: number): Promise<void> {
  await pruneEvents(env, now); // events older than EVENT_RETENTION_DAYS (90)
  await pruneBatchJobs(env, now); // jobs past expires_at (30 days), with their items
  await sweepUnqueuedJobs(env, now); // jobs stored but never queued (lost D1 answers)
  await pruneIdempotencyKeys(env, now); // Idempotency-Key records older than 24 h
  await pruneWebhookDeliveries(env, now); // settled deliveries older than 30 days
}
