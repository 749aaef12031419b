/**
 * Retention of batch jobs, run by the daily cron (src/index.ts): expired jobs are pruned, and jobs that
 * were stored but never queued (a lost D1 answer during creation) are swept.
 */
import { and, eq, inArray, isNull, lte, ne, notExists, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';

/**
 * Daily cron: delete expired jobs and their items, PRUNE_PAGE jobs per statement pair (bounded work per
 * query). Items are deleted explicitly as well as by the foreign key's ON DELETE CASCADE.
 */
const PRUNE_PAGE = 200;
export async function pruneBatchJobs(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const db = drizzle(env.DB);
  // Ordered, so both statements of a round pick the same jobs.
  const expired = () =>
    db
      .select({ id: batchJobs.id })
      .from(batchJobs)
      .where(lte(batchJobs.expiresAt, now))
      .orderBy(batchJobs.expiresAt)
      .limit(PRUNE_PAGE);
  let deleted = 0;
  for (let round = 0; round < 100; round++) {
    const [, jobs] = await db.batch([
      db.delete(batchItems).where(inArray(batchItems.jobId, expired())),
      db.delete(batchJobs).where(inArray(batchJobs.id, expired())),
    ]);
    const n = jobs.meta.changes ?? 0;
    deleted += n;
    if (n < PRUNE_PAGE) break;
  }
  return deleted;
}

/**
 * How long Cloudflare Queues keeps an undelivered message: the default message retention of a queue,
 * 4 days (345 600 s; wrangler.toml sets no other for stellar-batch or stellar-batch-dlq). Keep in step
 * with the queues' settings if a retention period is ever configured (`wrangler queues update
 * --message-retention-period-secs`).
 */
export const QUEUE_MESSAGE_RETENTION_MS = 4 * 86_400_000;

/**
 * Age past which an unmarked job (queued_at null) can no longer receive a message: a chunk can wait on
 * `stellar-batch` for the whole retention period, and a chunk dead-lettered at its end can wait as long
 * again on `stellar-batch-dlq` (a queue of its own, with its own retention). Twice the retention, 8 days:
 * well inside the jobs' own retention (RETENTION_DAYS), and only jobs that never reached the queue, or
 * whose mark was lost, ever wait for it.
 */
export const UNQUEUED_AFTER_MS = 2 * QUEUE_MESSAGE_RETENTION_MS;

/**
 * Daily cron: delete jobs that were never queued. POST /v1/batch/* deletes its job before answering 503
 * (insert or queue send failed), but when D1 committed the insert, lost the answer and was still down for
 * that delete, the job would stay `pending` for ever, never queued, listed by GET /v1/batch. The caller
 * got a 503 and a refund, never learned the job's id, and retried: deleting it is what they expect (a
 * "failed" job they never created, in their list, or at their webhooks as batch.completed, would not
 * be); so nothing is published for it.
 *
 * Which jobs: never marked queued (`queued_at` null: POST /v1/batch/* sets it right after the queue
 * accepted the chunks), `pending`, `started_at` null, created over UNQUEUED_AFTER_MS ago, and no item
 * finished since creation (items born invalid have input 'null'; any other non-pending item was written by
 * a consumer or the dead-letter consumer). A job that was queued and answered 202 (and charged) is never
 * deleted here, however long its messages wait (a backlog, a paused consumer, an incident): its mark says
 * so. Only if the mark itself was lost (D1 failed right after the send) does it rest on the age bound: by
 * then no message of it can still be delivered (UNQUEUED_AFTER_MS), so none is acked against a missing job.
 */
export async function sweepUnqueuedJobs(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const db = drizzle(env.DB);
  // Ordered, so both statements of a round pick the same jobs.
  const stale = () =>
    db
      .select({ id: batchJobs.id })
      .from(batchJobs)
      .where(
        and(
          eq(batchJobs.status, 'pending'),
          isNull(batchJobs.queuedAt),
          isNull(batchJobs.startedAt),
          lte(batchJobs.createdAt, now - UNQUEUED_AFTER_MS),
          notExists(
            db
              .select({ one: sql`1` })
              .from(batchItems)
              .where(
                and(
                  eq(batchItems.jobId, batchJobs.id),
                  ne(batchItems.status, 'pending'),
                  sql`${batchItems.input} <> 'null'`,
                ),
              ),
          ),
        ),
      )
      .orderBy(batchJobs.id)
      .limit(PRUNE_PAGE);
  let deleted = 0;
  for (let round = 0; round < 100; round++) {
    const [, jobs] = await db.batch([
      db.delete(batchItems).where(inArray(batchItems.jobId, stale())),
      db.delete(batchJobs).where(inArray(batchJobs.id, stale())),
    ]);
    const n = jobs.meta.changes ?? 0;
    deleted += n;
    if (n < PRUNE_PAGE) break;
  }
  if (deleted > 0) console.error(JSON.stringify({ msg: 'unqueued batch jobs deleted', count: deleted }));
  return deleted;
}
