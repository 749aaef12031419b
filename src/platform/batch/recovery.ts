/**
 * Recovery of batch jobs, run every minute by the sweep cron (src/platform/maintenance.ts):
 *
 *  - stalled jobs: a job that was queued (queued_at set, or started by a consumer) and is still pending or
 *    processing with no progress (no chunk wrote outcomes, progress_at) for STALL_MS lost its messages:
 *    a consumer crashed or was killed mid-way and the message expired, a send failed after the commit,
 *    or the local queue (`npm start`) died with the process. Its chunks that still have pending items are
 *    sent again: processing is idempotent (an item is written only while pending, counters are recounted,
 *    the final flip happens once), so a chunk that was only slow costs a duplicate computation, never a
 *    duplicate result (a backlog longer than STALL_MS costs such duplicates). After MAX_SWEEPS re-sends
 *    without progress (about 15 minutes), the pending items can no longer run:
 *    they fail with a 500 and the job ends (batch.completed through the outbox);
 *  - refunds: items failed with a 500 (could not run: out of queue retries, dead-lettered, or given up
 *    here) are counted in `abandoned` by the transaction that failed them; their units go back to the
 *    account's quota of the day the job was charged, once (the Durable Object applies a refund id once).
 */
import { and, eq, gt, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';
import { loggable } from '../problem';
import { utcDay } from '../quota';
import { completedEvent, finish, logCompleted, publishCompleted, recount } from './completion';
import { itemError } from './items';
import { type BatchMessage, CHUNK_SIZE } from './jobs';

/** No progress for this long: the job's messages are taken as lost and its unfinished chunks sent again. */
export const STALL_MS = 90_000;
/** Re-sends without progress before the job's pending items are failed (and refunded). */
export const MAX_SWEEPS = 10;
/** Jobs looked at per sweep. */
const SWEEP_LIMIT = 100;

/** The time a job last moved: its last chunk write or re-send, else when it started or was queued. */
const lastMove = sql<number>`coalesce(${batchJobs.progressAt}, ${batchJobs.startedAt}, ${batchJobs.queuedAt})`;

export interface StallReport {
  /** Jobs whose unfinished chunks were sent again. */
  requeued: number;
  /** Jobs whose pending items were failed because they can no longer run. */
  abandoned: number;
}

/** Sends again the unfinished chunks of stalled jobs; ends those that stalled MAX_SWEEPS times. */
export async function sweepStalledJobs(
  env: Pick<Env, 'DB' | 'BATCH_QUEUE' | 'EVENTS_QUEUE'>,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  now: number,
): Promise<StallReport> {
  const db = drizzle(env.DB);
  const stalled = await db
    .select({ id: batchJobs.id, sweeps: batchJobs.sweeps, moved: lastMove })
    .from(batchJobs)
    .where(
      and(
        inArray(batchJobs.status, ['pending', 'processing']),
        // Queued (a job never queued was answered 503 and refunded: sweepUnqueuedJobs deletes it).
        or(isNotNull(batchJobs.queuedAt), isNotNull(batchJobs.startedAt)),
        lte(lastMove, now - STALL_MS),
      ),
    )
    .orderBy(batchJobs.createdAt)
    .limit(SWEEP_LIMIT)
    .all();
  const report: StallReport = { requeued: 0, abandoned: 0 };
  for (const job of stalled) {
    try {
      if (job.sweeps >= MAX_SWEEPS) {
        if (await abandonJob(env, ctx, job.id, now)) report.abandoned += 1;
      } else if (await requeueJob(env, job.id, job.moved, now)) report.requeued += 1;
    } catch (err) {
      console.error(JSON.stringify({ msg: 'batch sweep failed', job_id: job.id, err: loggable(err) }));
    }
  }
  if (report.requeued + report.abandoned > 0) console.log(JSON.stringify({ msg: 'batch sweep', ...report }));
  return report;
}

/**
 * Claims a stalled job (only if it has not moved since it was read: two sweeps never both send) and sends
 * its chunks that still have pending items. A send that fails leaves the claim: the next sweep after
 * STALL_MS tries again.
 */
async function requeueJob(env: Pick<Env, 'DB' | 'BATCH_QUEUE'>, jobId: string, moved: number, now: number) {
  const db = drizzle(env.DB);
  const [claimed, pending] = await db.batch([
    db
      .update(batchJobs)
      .set({ progressAt: now, sweeps: sql`${batchJobs.sweeps} + 1` })
      .where(and(eq(batchJobs.id, jobId), sql`${lastMove} = ${moved}`))
      .returning({ total: batchJobs.total }),
    db
      // CAST: D1 binds a number as REAL, so idx / 10 would not be an integer division.
      .selectDistinct({ chunk: sql<number>`CAST(${batchItems.idx} / ${CHUNK_SIZE} AS INTEGER)` })
      .from(batchItems)
      .where(and(eq(batchItems.jobId, jobId), eq(batchItems.status, 'pending'))),
  ]);
  const total = claimed[0]?.total;
  if (total === undefined || pending.length === 0) return false;
  const messages: BatchMessage[] = pending.map(({ chunk }) => ({
    job_id: jobId,
    start: chunk * CHUNK_SIZE,
    end: Math.min(total, (chunk + 1) * CHUNK_SIZE),
  }));
  for (let i = 0; i < messages.length; i += 100) {
    await env.BATCH_QUEUE.sendBatch(
      messages.slice(i, i + 100).map((body) => ({ body, contentType: 'json' as const })),
    );
  }
  return true;
}

/**
 * Fails the pending items of a job that stalled MAX_SWEEPS times (a 500 naming why), recounts and ends
 * it, with its batch.completed in the same transaction; their units are refunded by refundAbandoned.
 */
async function abandonJob(
  env: Pick<Env, 'DB' | 'EVENTS_QUEUE'>,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  jobId: string,
  now: number,
) {
  const error = itemError({
    status: 500,
    type: 'internal',
    title: 'Internal server error',
    detail: `The item could not be processed: its job made no progress through ${MAX_SWEEPS} recovery attempts; its unit is given back.`,
  });
  const db = drizzle(env.DB);
  const [failed, , , , event] = await db.batch([
    db
      .update(batchItems)
      .set({ status: 'failed', error })
      .where(and(eq(batchItems.jobId, jobId), eq(batchItems.status, 'pending'))),
    recount(db, jobId, now),
    finish(db, jobId, now),
    logCompleted(db, jobId),
    completedEvent(db, jobId),
  ]);
  publishCompleted(ctx, env, event[0]);
  return (failed.meta.changes ?? 0) > 0;
}

/**
 * Gives back the units of items that could not run (`abandoned` above `refunded`), to the quota of the
 * day the job was charged, and records it. The Durable Object applies a refund id once, and the id names
 * the job and the count it brings `refunded` to: a sweep that dies between the refund and the record
 * repeats the same id, which changes nothing. Returns the units given back.
 */
export async function refundAbandoned(env: Pick<Env, 'DB' | 'RATE_LIMITER'>): Promise<number> {
  const db = drizzle(env.DB);
  const due = await db
    .select({
      id: batchJobs.id,
      accountId: batchJobs.accountId,
      type: batchJobs.type,
      createdAt: batchJobs.createdAt,
      abandoned: batchJobs.abandoned,
      refunded: batchJobs.refunded,
    })
    .from(batchJobs)
    .where(gt(batchJobs.abandoned, batchJobs.refunded))
    .limit(SWEEP_LIMIT)
    .all();
  let units = 0;
  for (const job of due) {
    try {
      const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(job.accountId));
      await stub.refund({
        accountId: job.accountId,
        day: utcDay(job.createdAt),
        cls: job.type,
        units: job.abandoned - job.refunded,
        id: `${job.id}:${job.abandoned}`,
      });
      await db
        .update(batchJobs)
        .set({ refunded: job.abandoned })
        .where(and(eq(batchJobs.id, job.id), eq(batchJobs.refunded, job.refunded)))
        .run();
      units += job.abandoned - job.refunded;
    } catch (err) {
      console.error(JSON.stringify({ msg: 'batch refund failed', job_id: job.id, err: loggable(err) }));
    }
  }
  if (units > 0) console.log(JSON.stringify({ msg: 'batch units refunded', units }));
  return units;
}
