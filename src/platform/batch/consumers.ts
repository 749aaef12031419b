/**
 * The queue consumers of batch jobs: `stellar-batch` (one chunk per message, acked or retried on its own)
 * and its dead-letter queue (chunks whose every delivery failed: their items fail, so the job still ends).
 */
import { and, eq, gte, lt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { batchItems } from '../../db/schema';
import type { Env } from '../../env';
import { loggable } from '../problem';
import { completedEvent, finish, logCompleted, publishCompleted, recount } from './completion';
import { itemError } from './items';
import type { BatchMessage } from './jobs';
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
    const now = Date.now();
    const [, , , , event] = await db.batch([
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
      recount(db, job_id, now),
      finish(db, job_id, now),
      logCompleted(db, job_id),
      completedEvent(db, job_id),
    ]);
    // Whoever finished the job (this transaction, or one that lost D1's answer or whose send failed):
    // the event is sent while it is unpublished; the event id derives from the job id, so the log and the
    // webhook fan-out drop duplicates.
    publishCompleted(ctx, env, event[0]);
    console.error(JSON.stringify({ msg: 'batch chunk dead-lettered', job_id, start, end }));
    msg.ack();
  }
}
