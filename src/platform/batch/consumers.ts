/**
 * The queue consumers of batch jobs: `stellar-batch` (one chunk per message, acked or retried on its own)
 * and its dead-letter queue (chunks whose every delivery failed: their items fail, so the job still ends).
 */
import type { Env } from '../../env';
import { loggable } from '../problem';
import { FINISH, publishCompleted, RECOUNT } from './completion';
import { itemError } from './items';
import { type BatchMessage, isFinal, JOB_COLUMNS, type JobRow } from './jobs';
import { processChunk } from './process';

const backoff = (attempts: number) => Math.min(60, 2 ** attempts);

function isBatchMessage(b: unknown): b is BatchMessage {
  const m = b as BatchMessage;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.job_id === 'string' &&
    Number.isInteger(m.start) &&
    Number.isInteger(m.end)
  );
}

/** Queue consumer for `stellar-batch`: each message acked or retried on its own. */
export async function consumeBatch(
  batch: MessageBatch<BatchMessage>,
  env: Env,
  ctx: ExecutionContext,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (msg) => {
      if (!isBatchMessage(msg.body)) {
        console.error(JSON.stringify({ msg: 'malformed batch message', id: msg.id }));
        msg.ack();
        return;
      }
      try {
        const report = await processChunk(env, ctx, msg.body, msg.attempts);
        if (report.retry > 0) msg.retry({ delaySeconds: backoff(msg.attempts) });
        else msg.ack();
      } catch (err) {
        console.error(
          JSON.stringify({
            msg: 'batch chunk failed',
            job_id: msg.body.job_id,
            start: msg.body.start,
            attempt: msg.attempts,
            err: loggable(err, true),
          }),
        );
        msg.retry({ delaySeconds: backoff(msg.attempts) });
      }
    }),
  );
}

/**
 * Consumer of `stellar-batch-dlq`: chunks that Queues gave up on (every delivery threw, e.g. D1 was down
 * for longer than the retries). Their pending items are failed with a 500 so the job still ends and
 * emits batch.completed; a throw here retries the dead letter itself.
 */
export async function consumeBatchDeadLetters(
  batch: MessageBatch<BatchMessage>,
  env: Env,
  ctx: ExecutionContext,
): Promise<void> {
  for (const msg of batch.messages) {
    if (!isBatchMessage(msg.body)) {
      msg.ack();
      continue;
    }
    const { job_id, start, end } = msg.body;
    const error = JSON.stringify(
      itemError({
        status: 500,
        type: 'internal',
        title: 'Internal server error',
        detail: 'The item could not be processed: its chunk exhausted the queue retries.',
      }),
    );
    const [, , finish, current] = await env.DB.batch([
      env.DB.prepare(
        `UPDATE batch_items SET status = 'failed', error = ?4
         WHERE job_id = ?1 AND idx >= ?2 AND idx < ?3 AND status = 'pending'`,
      ).bind(job_id, start, end, error),
      env.DB.prepare(RECOUNT).bind(job_id),
      env.DB.prepare(FINISH).bind(job_id, Date.now()),
      env.DB.prepare(`SELECT ${JOB_COLUMNS} FROM batch_jobs WHERE id = ?1`).bind(job_id),
    ]);
    const finished = (finish?.results[0] as JobRow | undefined) ?? null;
    const job = (current?.results[0] as JobRow | undefined) ?? null;
    if (finished) publishCompleted(ctx, env, finished);
    // The job was already final: whoever finished it may have lost D1's answer after the commit and never
    // published (the last delivery of the main queue, whose chunk then lands here at attempts 1, or a
    // redelivered dead letter). Publish again whatever msg.attempts says: the event id derives from the
    // job id, so the event log (INSERT OR IGNORE) and the webhook fan-out drop the duplicates.
    else if (job && isFinal(job.status)) publishCompleted(ctx, env, job);
    console.error(JSON.stringify({ msg: 'batch chunk dead-lettered', job_id, start, end }));
    msg.ack();
  }
}
