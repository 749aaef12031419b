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
 */
import { z } from '@hono/zod-openapi';
import { SECTION_IDS, type SectionId } from '../astro/readings/index';
import type { Chart } from '../astro/types';
import { DomainError } from '../astro/types';
import type { Env } from '../env';
import { type ChartRequest, cachedChart, prepareChart } from '../routes/charts';
import { cachedReading } from '../routes/readings';
import { iso } from './accounts';
import { withRequestWarnings } from './cache';
import { publishEvent } from './events';
import { newId } from './ids';
import {
  domainProblem,
  type FieldError,
  loggable,
  PROBLEM_BASE,
  ProblemError,
  type ProblemInit,
  zodFieldErrors,
} from './problem';
import { chartCacheIdentity, checkSubject, optionFields, subjectFields } from './subject';

export const BATCH_TYPES = ['charts', 'readings'] as const;
export type BatchType = (typeof BATCH_TYPES)[number];
export const BATCH_STATUSES = ['pending', 'processing', 'completed', 'partial', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
const FINAL: ReadonlySet<string> = new Set(['completed', 'partial', 'failed']);
const isFinal = (s: BatchStatus): s is Exclude<BatchStatus, 'pending' | 'processing'> => FINAL.has(s);

/** Most items per batch, by type (contract). */
export const MAX_ITEMS: Record<BatchType, number> = { charts: 100, readings: 50 };
/** Items per queue message. */
export const CHUNK_SIZE = 10;
export const RETENTION_DAYS = 30;
/** Deliveries of a message before Queues drops it: max_retries (5, wrangler.toml) + 1. */
export const MAX_DELIVERIES = 6;

/** One queue message: items [start, end) of a job. */
export interface BatchMessage {
  job_id: string;
  start: number;
  end: number;
}

// ------------------------------------------------------------------------------------------ item schemas
/** A batch chart item: exactly a chart request (POST /v1/charts) without `save`. */
export const ChartItemSchema = z
  .object({ ...subjectFields, ...optionFields })
  .strict()
  .superRefine((v, ctx) => checkSubject(v, ctx))
  .openapi('BatchChartItem', {
    description: 'A chart request (as POST /v1/charts) without `save`; its options override the shared ones.',
  });

/** A batch reading item: a chart request plus the reading's optional `sections`. */
export const ReadingItemSchema = z
  .object({
    ...subjectFields,
    ...optionFields,
    sections: z
      .array(z.enum(SECTION_IDS))
      .min(1)
      .max(SECTION_IDS.length)
      .optional()
      .openapi({ description: 'Which sections of the reading (default: all).' }),
  })
  .strict()
  .superRefine((v, ctx) => checkSubject(v, ctx))
  .openapi('BatchReadingItem', {
    description: 'A chart request plus optional `sections`; its options override the shared ones.',
  });

/** Shared options of a chart batch, applied under each item's own. */
export const ChartOptionsSchema = z.object(optionFields).partial().strict().openapi('BatchChartOptions');
export const ReadingOptionsSchema = z
  .object({ ...optionFields, sections: z.array(z.enum(SECTION_IDS)).min(1).max(SECTION_IDS.length) })
  .partial()
  .strict()
  .openapi('BatchReadingOptions');

const ITEM_SCHEMAS = { charts: ChartItemSchema, readings: ReadingItemSchema } as const;

/** The error of a failed item: a problem without instance/request_id. */
export interface ItemError {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldError[];
}

function itemError(init: ProblemInit): ItemError {
  return {
    type: /^[a-z]+:/i.test(init.type) ? init.type : PROBLEM_BASE + init.type,
    title: init.title,
    status: init.status,
    detail: init.detail ?? init.title,
    errors: init.errors ?? [],
  };
}

const itemPath = (index: number) => `items[${index}]`;

export type CheckedItem = { input: Record<string, unknown> } | { error: ItemError };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates one item (shared options under the item's own); an invalid item becomes its error. */
export function checkItem(
  type: BatchType,
  raw: unknown,
  shared: Record<string, unknown> | undefined,
  index: number,
): CheckedItem {
  const merged = isPlainObject(raw) ? { ...shared, ...raw } : raw;
  const parsed = ITEM_SCHEMAS[type].safeParse(merged);
  if (parsed.success) return { input: parsed.data as Record<string, unknown> };
  const errors = zodFieldErrors(parsed.error, 'body', itemPath(index));
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return {
    error: itemError({
      status: 400,
      type: 'validation-error',
      title: 'Invalid request',
      detail: first ? `${first.path}: ${first.message}${more}` : 'The item is invalid.',
      errors,
    }),
  };
}

// ------------------------------------------------------------------------------------------ jobs
export interface JobRow {
  id: string;
  account_id: string;
  type: BatchType;
  status: BatchStatus;
  total: number;
  succeeded: number;
  failed: number;
  created_at: number;
  started_at: number | null;
  completed_at: number | null;
  expires_at: number;
}

const JOB_COLUMNS =
  'id, account_id, type, status, total, succeeded, failed, created_at, started_at, completed_at, expires_at';

export function jobJson(j: JobRow) {
  const done = j.succeeded + j.failed;
  return {
    id: j.id,
    type: j.type,
    status: j.status,
    progress: {
      total: j.total,
      succeeded: j.succeeded,
      failed: j.failed,
      percent: j.total === 0 ? 100 : Math.floor((done * 100) / j.total),
    },
    created_at: iso(j.created_at) as string,
    started_at: iso(j.started_at),
    completed_at: iso(j.completed_at),
    expires_at: iso(j.expires_at) as string,
  };
}

function finalStatus(succeeded: number, failed: number): BatchStatus {
  return failed === 0 ? 'completed' : succeeded === 0 ? 'failed' : 'partial';
}

/**
 * Writes a job and all its items in one D1 batch (one transaction). A job none of whose items is valid is
 * born final ("failed"): nothing is queued, and the caller publishes batch.completed.
 */
export async function insertJob(
  env: Pick<Env, 'DB'>,
  job: {
    /** The job's id (default: a new one); the route picks it so that it can clean up after a failure. */
    id?: string;
    accountId: string;
    type: BatchType;
    items: CheckedItem[];
    options?: unknown;
    now?: number;
  },
): Promise<JobRow> {
  const now = job.now ?? Date.now();
  const total = job.items.length;
  const failed = job.items.filter((i) => 'error' in i).length;
  const pending = total - failed;
  const row: JobRow = {
    id: job.id ?? newId('job'),
    account_id: job.accountId,
    type: job.type,
    status: pending === 0 ? finalStatus(0, failed) : 'pending',
    total,
    succeeded: 0,
    failed,
    created_at: now,
    started_at: pending === 0 ? now : null,
    completed_at: pending === 0 ? now : null,
    expires_at: now + RETENTION_DAYS * 86_400_000,
  };
  // One statement for all items (json_each): within D1's 100-parameter and per-invocation query limits.
  const items = JSON.stringify(
    job.items.map((it, idx) =>
      'error' in it
        ? { idx, status: 'failed', input: null, error: JSON.stringify(it.error) }
        : { idx, status: 'pending', input: JSON.stringify(it.input), error: null },
    ),
  );
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO batch_jobs (${JOB_COLUMNS}, options) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)`,
    ).bind(
      row.id,
      row.account_id,
      row.type,
      row.status,
      row.total,
      row.succeeded,
      row.failed,
      row.created_at,
      row.started_at,
      row.completed_at,
      row.expires_at,
      job.options === undefined ? null : JSON.stringify(job.options),
    ),
    env.DB.prepare(
      `INSERT INTO batch_items (job_id, idx, status, input, error)
       SELECT ?1, json_extract(value, '$.idx'), json_extract(value, '$.status'),
              coalesce(json_extract(value, '$.input'), 'null'), json_extract(value, '$.error')
       FROM json_each(?2)`,
    ).bind(row.id, items),
  ]);
  return row;
}

/** The queue messages of a job: one per CHUNK_SIZE items, skipping chunks with nothing to compute. */
export function chunksOf(jobId: string, items: CheckedItem[]): BatchMessage[] {
  const out: BatchMessage[] = [];
  for (let start = 0; start < items.length; start += CHUNK_SIZE) {
    const end = Math.min(items.length, start + CHUNK_SIZE);
    if (items.slice(start, end).some((i) => 'input' in i)) out.push({ job_id: jobId, start, end });
  }
  return out;
}

/** Sends a job's chunks (one sendBatch call per 100 messages). */
export async function enqueueJob(
  env: Pick<Env, 'BATCH_QUEUE'>,
  jobId: string,
  items: CheckedItem[],
): Promise<number> {
  const messages = chunksOf(jobId, items);
  for (let i = 0; i < messages.length; i += 100) {
    await env.BATCH_QUEUE.sendBatch(
      messages.slice(i, i + 100).map((body) => ({ body, contentType: 'json' as const })),
    );
  }
  return messages.length;
}

/**
 * Marks a job as queued (its chunks were accepted by the queue), so the daily sweep of never-queued jobs
 * (sweepUnqueuedJobs) never deletes it, however long its messages wait. Best effort: on failure the job
 * is still processed normally (processChunk does not look at queued_at); it is only exposed to the sweep's
 * age bound (UNQUEUED_AFTER_MS), past which no message of it can still arrive.
 */
export async function markJobQueued(env: Pick<Env, 'DB'>, jobId: string, now = Date.now()): Promise<boolean> {
  try {
    await env.DB.prepare('UPDATE batch_jobs SET queued_at = ?2 WHERE id = ?1 AND queued_at IS NULL')
      .bind(jobId, now)
      .run();
    return true;
  } catch (err) {
    console.error(JSON.stringify({ msg: 'batch queued mark failed', job_id: jobId, err: loggable(err) }));
    return false;
  }
}

/** Deletes a job that could not be queued (the caller answers 503 and the client retries). */
export async function deleteJob(env: Pick<Env, 'DB'>, jobId: string): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM batch_items WHERE job_id = ?1').bind(jobId),
    env.DB.prepare('DELETE FROM batch_jobs WHERE id = ?1').bind(jobId),
  ]);
}

/** A job of this account that has not expired, or null (another account's job looks like none). */
export async function getJob(
  env: Pick<Env, 'DB'>,
  accountId: string,
  jobId: string,
  now = Date.now(),
): Promise<JobRow | null> {
  return env.DB.prepare(
    `SELECT ${JOB_COLUMNS} FROM batch_jobs WHERE id = ?1 AND account_id = ?2 AND expires_at > ?3`,
  )
    .bind(jobId, accountId, now)
    .first<JobRow>();
}

export async function listJobs(
  env: Pick<Env, 'DB'>,
  accountId: string,
  q: { limit: number; startingAfter?: string; status?: BatchStatus; types: readonly BatchType[] },
  now = Date.now(),
): Promise<{ data: JobRow[]; hasMore: boolean }> {
  const where = [
    'account_id = ?1',
    'expires_at > ?2',
    `type IN (${q.types.map((t) => `'${t}'`).join(', ')})`,
  ];
  const params: unknown[] = [accountId, now];
  if (q.status) {
    params.push(q.status);
    where.push(`status = ?${params.length}`);
  }
  if (q.startingAfter) {
    params.push(q.startingAfter);
    where.push(`id < ?${params.length}`);
  }
  params.push(q.limit + 1);
  const rows = await env.DB.prepare(
    `SELECT ${JOB_COLUMNS} FROM batch_jobs WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?${params.length}`,
  )
    .bind(...params)
    .all<JobRow>();
  return { data: rows.results.slice(0, q.limit), hasMore: rows.results.length > q.limit };
}

/**
 * A page of finished items in input order, after index `startingAfter`, as a JSON string (the stored
 * results are spliced in as they are, never parsed and re-serialised).
 */
export async function resultsPage(
  env: Pick<Env, 'DB'>,
  jobId: string,
  limit: number,
  startingAfter: number,
): Promise<string> {
  const rows = await env.DB.prepare(
    `SELECT idx, status, result, error FROM batch_items
     WHERE job_id = ?1 AND idx > ?2 AND status <> 'pending' ORDER BY idx LIMIT ?3`,
  )
    .bind(jobId, startingAfter, limit + 1)
    .all<{ idx: number; status: string; result: string | null; error: string | null }>();
  const page = rows.results.slice(0, limit);
  const data = page.map((r) =>
    r.status === 'succeeded'
      ? `{"index":${r.idx},"status":"succeeded","result":${r.result ?? 'null'}}`
      : `{"index":${r.idx},"status":"failed","error":${r.error ?? 'null'}}`,
  );
  return `{"data":[${data.join(',')}],"has_more":${rows.results.length > limit}}`;
}

// ------------------------------------------------------------------------------------------ processing
type Outcome =
  | { idx: number; status: 'succeeded'; result: string }
  | { idx: number; status: 'failed'; error: ItemError }
  | { idx: number; status: 'retry'; err: unknown };

async function computeItem(
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  type: BatchType,
  idx: number,
  storedInput: string,
): Promise<Outcome> {
  try {
    const parsed = ITEM_SCHEMAS[type].safeParse(JSON.parse(storedInput));
    if (!parsed.success) {
      // Only possible if the item schema changed between creation and processing.
      const errors = zodFieldErrors(parsed.error, 'body', itemPath(idx));
      return {
        idx,
        status: 'failed',
        error: itemError({
          status: 400,
          type: 'validation-error',
          title: 'Invalid request',
          detail: errors[0] ? `${errors[0].path}: ${errors[0].message}` : 'The item is invalid.',
          errors,
        }),
      };
    }
    const item = parsed.data as ChartRequest & { sections?: SectionId[] };
    const prepared = await prepareChart(env.DB, { ...item, save: false }, itemPath(idx));
    const chart = () => cachedChart(env, ctx, prepared, itemPath(idx));
    const body = (
      await withRequestWarnings(
        type === 'charts'
          ? await chart()
          : await cachedReading(
              env,
              ctx,
              chartCacheIdentity(prepared.input, prepared.options),
              async () => JSON.parse((await chart()).body) as Chart,
              item.sections,
            ),
        prepared.warnings,
      )
    ).body;
    const result = type === 'charts' ? `{"id":null,${body.slice(1)}` : body;
    return { idx, status: 'succeeded', result };
  } catch (err) {
    if (err instanceof ProblemError && err.init.status < 500) {
      return { idx, status: 'failed', error: itemError(err.init) };
    }
    if (err instanceof DomainError) {
      return { idx, status: 'failed', error: itemError(domainProblem(err, itemPath(idx)).init) };
    }
    return { idx, status: 'retry', err };
  }
}

const WRITE_ITEMS = `UPDATE batch_items SET
  status = json_extract(u.value, '$.status'),
  result = json_extract(u.value, '$.result'),
  error = json_extract(u.value, '$.error')
FROM json_each(?2) AS u
WHERE batch_items.job_id = ?1 AND batch_items.idx = json_extract(u.value, '$.idx')
  AND batch_items.status = 'pending'`;

const RECOUNT = `UPDATE batch_jobs SET
  succeeded = (SELECT count(*) FROM batch_items WHERE job_id = ?1 AND status = 'succeeded'),
  failed = (SELECT count(*) FROM batch_items WHERE job_id = ?1 AND status = 'failed')
WHERE id = ?1`;

const FINISH = `UPDATE batch_jobs SET
  status = CASE WHEN failed = 0 THEN 'completed' WHEN succeeded = 0 THEN 'failed' ELSE 'partial' END,
  completed_at = ?2
WHERE id = ?1 AND status IN ('pending', 'processing') AND succeeded + failed >= total
RETURNING ${JOB_COLUMNS}`;

export interface ChunkReport {
  /** Items written by this delivery. */
  written: number;
  /** Items left pending for a redelivery (unexpected errors). */
  retry: number;
  /** The job, if this delivery finished it. */
  finished: JobRow | null;
}

/** Processes one chunk (idempotent: safe to run twice, concurrently or after a crash). */
export async function processChunk(
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  msg: BatchMessage,
  attempt = 1,
): Promise<ChunkReport> {
  const now = Date.now();
  const [, jobRes, itemsRes] = await env.DB.batch([
    env.DB.prepare(
      `UPDATE batch_jobs SET status = 'processing', started_at = coalesce(started_at, ?2)
       WHERE id = ?1 AND status = 'pending'`,
    ).bind(msg.job_id, now),
    env.DB.prepare(`SELECT ${JOB_COLUMNS} FROM batch_jobs WHERE id = ?1`).bind(msg.job_id),
    env.DB.prepare(
      `SELECT idx, input FROM batch_items
       WHERE job_id = ?1 AND idx >= ?2 AND idx < ?3 AND status = 'pending' ORDER BY idx`,
    ).bind(msg.job_id, msg.start, msg.end),
  ]);
  const job = (jobRes?.results[0] as JobRow | undefined) ?? null;
  const items = (itemsRes?.results ?? []) as { idx: number; input: string }[];
  if (job && FINAL.has(job.status)) {
    // A delivery that finds the job finished: the delivery that finished it may have thrown after D1
    // committed (a lost answer), never publishing. Publish again: the event's id is the job's, so the
    // log and webhooks see it once however often it is published. Not only on redeliveries
    // (attempt > 1): Queues may deliver a message twice even at attempt 1 (at-least-once).
    publishCompleted(ctx, env, job);
  }
  if (!job || FINAL.has(job.status) || items.length === 0) return { written: 0, retry: 0, finished: null };

  const outcomes = await Promise.all(items.map((it) => computeItem(env, ctx, job.type, it.idx, it.input)));
  const lastChance = attempt >= MAX_DELIVERIES;
  const writes: { idx: number; status: string; result: string | null; error: string | null }[] = [];
  let retry = 0;
  for (const o of outcomes) {
    if (o.status === 'succeeded')
      writes.push({ idx: o.idx, status: o.status, result: o.result, error: null });
    else if (o.status === 'failed') {
      writes.push({ idx: o.idx, status: o.status, result: null, error: JSON.stringify(o.error) });
    } else {
      console.error(
        JSON.stringify({
          msg: 'batch item error',
          job_id: job.id,
          idx: o.idx,
          attempt,
          err: loggable(o.err, true),
        }),
      );
      if (lastChance) {
        const error = itemError({
          status: 500,
          type: 'internal',
          title: 'Internal server error',
          detail: `The item could not be computed after ${attempt} attempts.`,
        });
        writes.push({ idx: o.idx, status: 'failed', result: null, error: JSON.stringify(error) });
      } else retry += 1;
    }
  }
  if (writes.length === 0) return { written: 0, retry, finished: null };

  const [written, , finish] = await env.DB.batch([
    env.DB.prepare(WRITE_ITEMS).bind(job.id, JSON.stringify(writes)),
    env.DB.prepare(RECOUNT).bind(job.id),
    env.DB.prepare(FINISH).bind(job.id, Date.now()),
  ]);
  const finished = (finish?.results[0] as JobRow | undefined) ?? null;
  if (finished) publishCompleted(ctx, env, finished);
  return { written: written?.meta.changes ?? 0, retry, finished };
}

/** The id of a job's batch.completed event: derived from the job's, so a re-publication is the same event. */
export const completedEventId = (jobId: string) => `evt_${jobId.slice(jobId.indexOf('_') + 1)}`;

/**
 * batch.completed: published by whoever won the final flip, and again by a redelivery that finds the job
 * final (in case the winner lost D1's answer); one event in the log either way (completedEventId).
 */
export function publishCompleted(ctx: Pick<ExecutionContext, 'waitUntil'>, env: Env, job: JobRow): void {
  const j = jobJson(job);
  // Every caller passes a final job (FINISH's row, a job born failed, or one found final); the event's
  // schema (src/platform/event-schemas.ts) promises a final status and a completed_at.
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
    else if (job && FINAL.has(job.status)) publishCompleted(ctx, env, job);
    console.error(JSON.stringify({ msg: 'batch chunk dead-lettered', job_id, start, end }));
    msg.ack();
  }
}

// ------------------------------------------------------------------------------------------ retention
/**
 * Daily cron: delete expired jobs and their items, PRUNE_PAGE jobs per statement pair (bounded work per
 * query). Items are deleted explicitly as well as by the foreign key's ON DELETE CASCADE.
 */
const PRUNE_PAGE = 200;
export async function pruneBatchJobs(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  let deleted = 0;
  for (let round = 0; round < 100; round++) {
    const [, jobs] = await env.DB.batch([
      env.DB.prepare(
        `DELETE FROM batch_items WHERE job_id IN
           (SELECT id FROM batch_jobs WHERE expires_at <= ?1 ORDER BY expires_at LIMIT ?2)`,
      ).bind(now, PRUNE_PAGE),
      env.DB.prepare(
        `DELETE FROM batch_jobs WHERE id IN
           (SELECT id FROM batch_jobs WHERE expires_at <= ?1 ORDER BY expires_at LIMIT ?2)`,
      ).bind(now, PRUNE_PAGE),
    ]);
    const n = jobs?.meta.changes ?? 0;
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
  const stale = `SELECT id FROM batch_jobs j
    WHERE j.status = 'pending' AND j.queued_at IS NULL AND j.started_at IS NULL AND j.created_at <= ?1
      AND NOT EXISTS (SELECT 1 FROM batch_items i WHERE i.job_id = j.id AND i.status <> 'pending' AND i.input <> 'null')
    ORDER BY j.id LIMIT ?2`; // ordered: both statements of a round pick the same jobs
  let deleted = 0;
  for (let round = 0; round < 100; round++) {
    const [, jobs] = await env.DB.batch([
      env.DB.prepare(`DELETE FROM batch_items WHERE job_id IN (${stale})`).bind(
        now - UNQUEUED_AFTER_MS,
        PRUNE_PAGE,
      ),
      env.DB.prepare(`DELETE FROM batch_jobs WHERE id IN (${stale})`).bind(
        now - UNQUEUED_AFTER_MS,
        PRUNE_PAGE,
      ),
    ]);
    const n = jobs?.meta.changes ?? 0;
    deleted += n;
    if (n < PRUNE_PAGE) break;
  }
  if (deleted > 0) console.error(JSON.stringify({ msg: 'unqueued batch jobs deleted', count: deleted }));
  return deleted;
}
