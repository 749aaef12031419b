/**
 * How a job ends: after each chunk's outcomes are written, the job's counters are recounted from its items
 * (never incremented blindly) and the job flips to its final status once every item is done, in the same
 * transaction. The flip is conditional, so exactly one transaction wins it and publishes
 * `batch.completed`; a delivery that finds the job already final publishes it again under the same event
 * id (completedEventId), in case the winner lost D1's answer.
 */
import type { Env } from '../../env';
import { publishEvent } from '../events';
import { isFinal, JOB_COLUMNS, type JobRow, jobJson } from './jobs';

/** Recounts a job's succeeded and failed items (?1: the job). */
export const RECOUNT = `UPDATE batch_jobs SET
  succeeded = (SELECT count(*) FROM batch_items WHERE job_id = ?1 AND status = 'succeeded'),
  failed = (SELECT count(*) FROM batch_items WHERE job_id = ?1 AND status = 'failed')
WHERE id = ?1`;

/** Flips a job whose items are all done to its final status, once (?1: the job, ?2: now). */
export const FINISH = `UPDATE batch_jobs SET
  status = CASE WHEN failed = 0 THEN 'completed' WHEN succeeded = 0 THEN 'failed' ELSE 'partial' END,
  completed_at = ?2
WHERE id = ?1 AND status IN ('pending', 'processing') AND succeeded + failed >= total
RETURNING ${JOB_COLUMNS}`;

/** The id of a job's batch.completed event: derived from the job's, so a re-publication is the same event. */
export const completedEventId = (jobId: string) => `evt_${jobId.slice(jobId.indexOf('_') + 1)}`;

/**
 * batch.completed: published by whoever won the final flip, and again by a redelivery that finds the job
 * final (in case the winner lost D1's answer); one event in the log either way (completedEventId).
 */
export function publishCompleted(ctx: Pick<ExecutionContext, 'waitUntil'>, env: Env, job: JobRow): void {
  const j = jobJson(job);
  // Every caller passes a final job (FINISH's row, a job born failed, or one found final); the event's
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
