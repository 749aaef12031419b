/**
 * Batch jobs in D1: a job and its items written together, its queue messages (chunks), reads for the
 * routes (a job, a list, a page of results), and the marks and clean-up around the queue send.
 */
import { and, desc, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';
import type { BatchStatus, BatchType } from '../../schemas/batch';
import { iso } from '../accounts';
import { newId } from '../ids';
import { loggable } from '../problem';
import type { CheckedItem } from './items';

/** Items per queue message. */
export const CHUNK_SIZE = 10;
/** Days a job and its results are kept (expires_at), then pruned by the daily cron. */
export const RETENTION_DAYS = 30;

/** One queue message: items [start, end) of a job. */
export interface BatchMessage {
  job_id: string;
  start: number;
  end: number;
}

const FINAL: ReadonlySet<string> = new Set(['completed', 'partial', 'failed']);
export const isFinal = (s: BatchStatus): s is Exclude<BatchStatus, 'pending' | 'processing'> => FINAL.has(s);

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

/** The columns of a JobRow (select and returning). */
export const JOB_FIELDS = {
  id: batchJobs.id,
  account_id: batchJobs.accountId,
  type: batchJobs.type,
  status: batchJobs.status,
  total: batchJobs.total,
  succeeded: batchJobs.succeeded,
  failed: batchJobs.failed,
  created_at: batchJobs.createdAt,
  started_at: batchJobs.startedAt,
  completed_at: batchJobs.completedAt,
  expires_at: batchJobs.expiresAt,
};

/** A row of JOB_FIELDS as a JobRow: type and status are stored as text, written only from BatchType/Status. */
export const toJob = (r: Omit<JobRow, 'type' | 'status'> & { type: string; status: string }) => r as JobRow;

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
  const db = drizzle(env.DB);
  await db.batch([
    db.insert(batchJobs).values({
      id: row.id,
      accountId: row.account_id,
      type: row.type,
      status: row.status,
      total: row.total,
      succeeded: row.succeeded,
      failed: row.failed,
      createdAt: row.created_at,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      expiresAt: row.expires_at,
      options: job.options ?? null,
    }),
    // INSERT ... SELECT of every column (job_id, idx, status, input, result, error) from the JSON array.
    db.insert(batchItems).select(
      sql`SELECT ${row.id}, json_extract(value, '$.idx'), json_extract(value, '$.status'),
        coalesce(json_extract(value, '$.input'), 'null'), NULL, json_extract(value, '$.error')
      FROM json_each(${items})`,
    ),
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
    await drizzle(env.DB)
      .update(batchJobs)
      .set({ queuedAt: now })
      .where(and(eq(batchJobs.id, jobId), isNull(batchJobs.queuedAt)))
      .run();
    return true;
  } catch (err) {
    console.error(JSON.stringify({ msg: 'batch queued mark failed', job_id: jobId, err: loggable(err) }));
    return false;
  }
}

/** Deletes a job that could not be queued (the caller answers 503 and the client retries). */
export async function deleteJob(env: Pick<Env, 'DB'>, jobId: string): Promise<void> {
  const db = drizzle(env.DB);
  await db.batch([
    db.delete(batchItems).where(eq(batchItems.jobId, jobId)),
    db.delete(batchJobs).where(eq(batchJobs.id, jobId)),
  ]);
}

/** A job of this account that has not expired, or null (another account's job looks like none). */
export async function getJob(
  env: Pick<Env, 'DB'>,
  accountId: string,
  jobId: string,
  now = Date.now(),
): Promise<JobRow | null> {
  const row = await drizzle(env.DB)
    .select(JOB_FIELDS)
    .from(batchJobs)
    .where(and(eq(batchJobs.id, jobId), eq(batchJobs.accountId, accountId), gt(batchJobs.expiresAt, now)))
    .get();
  return row ? toJob(row) : null;
}

export async function listJobs(
  env: Pick<Env, 'DB'>,
  accountId: string,
  q: { limit: number; startingAfter?: string; status?: BatchStatus; types: readonly BatchType[] },
  now = Date.now(),
): Promise<{ data: JobRow[]; hasMore: boolean }> {
  const rows = await drizzle(env.DB)
    .select(JOB_FIELDS)
    .from(batchJobs)
    .where(
      and(
        eq(batchJobs.accountId, accountId),
        gt(batchJobs.expiresAt, now),
        inArray(batchJobs.type, [...q.types]),
        q.status ? eq(batchJobs.status, q.status) : undefined,
        q.startingAfter ? lt(batchJobs.id, q.startingAfter) : undefined,
      ),
    )
    .orderBy(desc(batchJobs.id))
    .limit(q.limit + 1)
    .all();
  return { data: rows.slice(0, q.limit).map(toJob), hasMore: rows.length > q.limit };
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
  const rows = await drizzle(env.DB)
    .select({
      idx: batchItems.idx,
      status: batchItems.status,
      // As stored (JSON text), not parsed by the column's JSON mode.
      result: sql<string | null>`${batchItems.result}`,
      error: sql<string | null>`${batchItems.error}`,
    })
    .from(batchItems)
    .where(
      and(eq(batchItems.jobId, jobId), gt(batchItems.idx, startingAfter), ne(batchItems.status, 'pending')),
    )
    .orderBy(batchItems.idx)
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const data = page.map((r) =>
    r.status === 'succeeded'
      ? `{"index":${r.idx},"status":"succeeded","result":${r.result ?? 'null'}}`
      : `{"index":${r.idx},"status":"failed","error":${r.error ?? 'null'}}`,
  );
  return `{"data":[${data.join(',')}],"has_more":${rows.length > limit}}`;
}
