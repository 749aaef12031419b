/**
 * How a job ends: after each chunk's outcomes are written, the job's counters are recounted from its items
 * (never incremented blindly) and the job flips to its final status once every item is done, in the same
 * transaction. The flip is conditional, so exactly one transaction wins it and publishes
 * `batch.completed`; a delivery that finds the job already final publishes it again under the same event
 * id (completedEventId), in case the winner lost D1's answer.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';
import { publishEvent } from '../events';
import { isFinal, JOB_FIELDS, type JobRow, jobJson } from './jobs';

/** Recounts a job's succeeded and failed items from the items themselves. */
export function recount(db: DrizzleD1Database, jobId: string) {
  const count = (status: 'succeeded' | 'failed') =>
    sql<number>`(SELECT count(*) FROM ${batchItems} WHERE ${batchItems.jobId} = ${jobId} AND ${batchItems.status} = ${status})`;
  return db
    .update(batchJobs)
    .set({ succeeded: count('succeeded'), failed: count('failed') })
    .where(eq(batchJobs.id, jobId));
}

/**
 * Flips a job whose items are all done to its final status, once: conditional on the job not being final
 * yet, so only one transaction's RETURNING gives the row (that one publishes batch.completed).
 */
export function finish(db: DrizzleD1Database, jobId: string, now: number) {
  return db
    .update(batchJobs)
    .set({
      status: sql`CASE WHEN ${batchJobs.failed} = 0 THEN 'completed' WHEN ${batchJobs.succeeded} = 0 THEN 'failed' ELSE 'partial' END`,
      completedAt: now,
    })
    .where(
      and(
        eq(batchJobs.id, jobId),
        inArray(batchJobs.status, ['pending', 'processing']),
        sql`${batchJobs.succeeded} + ${batchJobs.failed} >= ${batchJobs.total}`,
      ),
    )
    .returning(JOB_FIELDS);
}

/** The id of a job's batch.completed event: derived from the job's, so a re-publication is the same event. */
export const completedEventId = (jobId: string) => `evt_${jobId.slice(jobId.indexOf('_') + 1)}`;

/**
 * batch.completed: published by whoever won the final flip, and again by a redelivery that finds the job
 * final (in case the winner lost D1's answer); one event in the log either way (completedEventId).
 */
export function publishCompleted(ctx: Pick<ExecutionContext, 'waitUntil'>, env: Env, job: JobRow): void {
  const j = jobJson(job);
  // Every caller passes a final job (finish()'s row, a job born failed, or one found final); the event's
  // schema (src/schemas/events.ts) promises a final status and a completed_at.
  if (!isFinal(j.status) || j.completed_at === null) {
    console.error(JSON.stringify({ msg: 'batch.completed for a job that is not final', job_id: j.id }));
    return;
  }
  publishEvent(
    ctx,
    env,
    'batch.completed',
    {
      job_id: j.id,
      type: j.type,
      status: j.status,
      progress: j.progress,
      created_at: j.created_at,
      completed_at: j.completed_at,
    },
    job.account_id,
    completedEventId(job.id),
  );
}
