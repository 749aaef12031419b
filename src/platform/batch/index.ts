/**
 * Batch jobs (DESIGN.md sections 1 and 4): many chart or reading requests in one call, computed in the
 * background through the `stellar-batch` queue.
 *
 * Creation (POST /v1/batch/{charts,readings}, src/routes/batch.ts): every item is validated on its own
 * (an invalid item is recorded as failed with a problem-like error; the others go on), the whole batch is
 * charged up front (one unit per valid item, all or nothing), the job row and all its items are written in one
 * D1 batch (nothing half-written), and the work is sent to the queue in chunks of CHUNK_SIZE items
 * (`{ job_id, start, end }`, end exclusive), so one slow item cannot stall the job and a large job
 * spreads over consumer invocations.
 *
 * Processing (consumeBatch): per message, the chunk's still-pending items are computed through the chart
 * cache (a warm chart is not recomputed; places resolve through the gazetteer), then ONE D1 batch (one
 * transaction) writes the outcomes, recomputes the job's counters from its items and flips the job to
 * its final status when every item is done. Redelivery is harmless:
 *   - an item is written only `WHERE status = 'pending'`, so a result is never written twice;
 *   - counters are recounted from the items inside the same transaction, never incremented blindly;
 *   - the final flip is `UPDATE ... WHERE status IN ('pending','processing') AND succeeded+failed = total
 *     RETURNING`: exactly one transaction wins it and publishes `batch.completed`; any delivery (or dead
 *     letter) that finds the job already final publishes it again, in case the winner lost D1's answer,
 *     under the same event id (completedEventId), so it is logged and delivered once.
 * Failures: invalid input and impossible data (unknown city, skipped local time) are item failures
 * (400/422). Anything unexpected (D1 unavailable, a bug) leaves the item pending and retries the message
 * (Queues redelivers it with backoff); on the last delivery (MAX_DELIVERIES, = max_retries + 1 in
 * wrangler.toml) such items are recorded as failed (500), so every job terminates.
 *
 * Status: pending → processing → completed (all succeeded) | partial (some failed) | failed (all failed).
 * Retention: jobs and their results are kept RETENTION_DAYS (expires_at), then pruned by the daily cron
 * (pruneBatchJobs); an expired job reads as 404 even before the cron removes it.
 *
 * Files: items.ts (item schemas, validation), jobs.ts (D1 storage, chunks, reads), process.ts (one chunk),
 * completion.ts (recount, final flip, batch.completed), consumers.ts (the queues), retention.ts (cron).
 */
export { completedEventId, publishCompleted } from './completion';
export { consumeBatch, consumeBatchDeadLetters } from './consumers';
export {
  ChartItemSchema,
  ChartOptionsSchema,
  type CheckedItem,
  checkItem,
  type ItemError,
  MAX_ITEMS,
  ReadingItemSchema,
  ReadingOptionsSchema,
} from './items';
export {
  type BatchMessage,
  CHUNK_SIZE,
  chunksOf,
  deleteJob,
  enqueueJob,
  getJob,
  insertJob,
  type JobRow,
  jobJson,
  listJobs,
  markJobQueued,
  RETENTION_DAYS,
  resultsPage,
} from './jobs';
export { type ChunkReport, MAX_DELIVERIES, processChunk } from './process';
export { MAX_SWEEPS, refundAbandoned, STALL_MS, type StallReport, sweepStalledJobs } from './recovery';
export {
  pruneBatchJobs,
  QUEUE_MESSAGE_RETENTION_MS,
  sweepUnqueuedJobs,
  UNQUEUED_AFTER_MS,
} from './retention';
