/**
 * How a job ends: after each chunk's outcomes are written, the job's counters are recounted from its items
 * (never incremented blindly) and the job flips to its final status once every item is done, in the same
 * transaction, which also writes its `batch.completed` event to the log (an outbox row, logCompleted).
 * The flip is conditional, so exactly one transaction wins it; the event's id derives from the job's
 * (completedEventId), so the row is written once. It is then sent (publishCompleted); a delivery that
 * finds the job already final sends it again while it is unpublished, and the outbox sweeper
 * (sweepOutbox) sends whatever a lost answer or a failed send left behind.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import { batchItems, batchJobs, events } from '../../db/schema';
import type { Env } from '../../env';
import { eventOfRow, publishMessage } from '../events';
import { JOB_FIELDS } from './jobs';

/**
 * Recounts a job's succeeded and failed items from the items themselves, and the failed ones that could
 * not run at all (a 500: their units are owed back, see refundAbandoned); records the progress (the
 * stall sweeper's clock) and resets the sweeper's count.
 */
export function recount(db: DrizzleD1Database, jobId: string, now: number) {
  const count = (status: 'succeeded' | 'failed') =>
    sql<number>`(SELECT count(*) FROM ${batchItems} WHERE ${batchItems.jobId} = ${jobId} AND ${batchItems.status} = ${status})`;
  return db
    .update(batchJobs)
    .set({
      succeeded: count('succeeded'),
      failed: count('failed'),
      abandoned: sql`(SELECT count(*) FROM ${batchItems} WHERE ${batchItems.jobId} = ${jobId}
        AND ${batchItems.status} = 'failed' AND json_extract(${batchItems.error}, '$.status') >= 500)`,
      progressAt: now,
      sweeps: 0,
    })
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
 * The job's batch.completed event written to the log (unpublished) if the job is final: in the same D1
 * batch as finish(), so the event exists exactly when the job is final. Its data is the job as GET
 * /v1/batch/{id} shows it (jobJson): the status, progress and times in the event's schema.
 */
export function logCompleted(db: DrizzleD1Database, jobId: string) {
  const j = batchJobs;
  const iso = (col: typeof j.createdAt | typeof j.completedAt) =>
    sql`strftime('%Y-%m-%dT%H:%M:%SZ', ${col} / 1000, 'unixepoch')`;
  return db
    .insert(events)
    .select(
      sql`SELECT ${completedEventId(jobId)}, 'batch.completed', ${j.accountId},
        json_object('job_id', ${j.id}, 'type', ${j.type}, 'status', ${j.status},
          'progress', json_object('total', ${j.total}, 'succeeded', ${j.succeeded}, 'failed', ${j.failed},
            'percent', CASE WHEN ${j.total} = 0 THEN 100 ELSE ((${j.succeeded} + ${j.failed}) * 100) / ${j.total} END),
          'created_at', ${iso(j.createdAt)}, 'completed_at', ${iso(j.completedAt)}),
        ${j.completedAt}, 1
      FROM ${j} WHERE ${j.id} = ${jobId} AND ${j.status} IN ('completed', 'partial', 'failed')`,
    )
    .onConflictDoNothing();
}

/** The job's batch.completed row of the log (none until the job is final). */
export function completedEvent(db: DrizzleD1Database, jobId: string) {
  return db
    .select()
    .from(events)
    .where(eq(events.id, completedEventId(jobId)));
}

/** Sends a job's batch.completed if it is logged and not yet published (see logCompleted). */
export function publishCompleted(
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  env: Pick<Env, 'EVENTS_QUEUE'>,
  row: typeof events.$inferSelect | undefined,
): void {
  if (row?.unpublished) publishMessage(ctx, env, eventOfRow(row));
}
