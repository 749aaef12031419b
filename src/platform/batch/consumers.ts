/**
 * The queue consumers of batch jobs: `stellar-batch` (one chunk per message, acked or retried on its own)
 * and its dead-letter queue (chunks whose every delivery failed: their items fail, so the job still ends).
 */
import { and, eq, gte, lt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';
import { loggable } from '../problem';
import { finish, publishCompleted, recount } from './completion';
import { itemError } from './items';
import { type BatchMessage, isFinal, JOB_FIELDS, toJob } from './jobs';
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
    const error = itemError({
      status: 500,
      type: 'internal',
      title: 'Internal server error',
      detail: 'The item could not be processed: its chunk exhausted the queue retries.',
    });
    const db = drizzle(env.DB);
    const [, , flipped, current] = await db.batch([
      db
        .update(batchItems)
        .set({ status: 'failed', error })
        .where(
          and(
            eq(batchItems.jobId, job_id),
            gte(batchItems.idx, start),
            lt(batchItems.idx, end),
            eq(batchItems.status, 'pending'),
          ),
        ),
      recount(db, job_id),
      finish(db, job_id, Date.now()),
      db.select(JOB_FIELDS).from(batchJobs).where(eq(batchJobs.id, job_id)),
    ]);
    const finished = flipped[0] ? toJob(flipped[0]) : null;
    const job = current[0] ? toJob(current[0]) : null;
    if (finished) publishCompleted(ctx, env, finished);
    // The job was already final: whoever finished it may have lost D1's answer after the commit and never
    // published (the last delivery of the main queue, whose chunk then lands here at attempts 1, or a
    // redelivered dead letter). Publish again whatever msg.attempts says: the event id derives from the
    // job id, so the event log (which ignores an id it holds) and the webhook fan-out drop the duplicates.
    else if (job && isFinal(job.status)) publishCompleted(ctx, env, job);
    console.error(JSON.stringify({ msg: 'batch chunk dead-lettered', job_id, start, end }));
    msg.ack();
  }
}
