/**
 * Processing one chunk of a job (a `stellar-batch` message): its still-pending items are computed through
 * the chart and reading caches, then ONE D1 batch writes the outcomes, recounts and finishes the job
 * (completion.ts). Redelivery is harmless: an item is written only while it is pending. An unexpected
 * error leaves the item pending for a redelivery, until the last delivery records it as failed.
 */
import type { SectionId } from '../../astro/readings/index';
import type { Chart } from '../../astro/types';
import { DomainError } from '../../astro/types';
import type { Env } from '../../env';
import type { BatchType } from '../../schemas/batch';
import { cachedChart, prepareChart } from '../charts';
import { domainProblem, loggable, ProblemError, zodFieldErrors } from '../problem';
import { cachedReading } from '../readings';
import { chartCacheIdentity, type OptionsBody, type SubjectBody } from '../subject';
import { FINISH, publishCompleted, RECOUNT } from './completion';
import { ITEM_SCHEMAS, type ItemError, itemError, itemPath } from './items';
import { type BatchMessage, isFinal, JOB_COLUMNS, type JobRow } from './jobs';

/** Deliveries of a message before Queues drops it: max_retries (5, wrangler.toml) + 1. */
export const MAX_DELIVERIES = 6;

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
    const item = parsed.data as SubjectBody & OptionsBody & { sections?: SectionId[] };
    const prepared = await prepareChart(env.DB, item, itemPath(idx));
    const chartBody = async () => (await cachedChart(env, ctx, prepared, itemPath(idx))).body;
    const result =
      type === 'charts'
        ? `{"id":null,${(await chartBody()).slice(1)}`
        : (
            await cachedReading(
              env,
              ctx,
              chartCacheIdentity(prepared.input, prepared.options),
              async () => JSON.parse(await chartBody()) as Chart,
              item.sections,
            )
          ).body;
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
  if (job && isFinal(job.status)) {
    // A delivery that finds the job finished: the delivery that finished it may have thrown after D1
    // committed (a lost answer), never publishing. Publish again: the event's id is the job's, so the
    // log and webhooks see it once however often it is published. Not only on redeliveries
    // (attempt > 1): Queues may deliver a message twice even at attempt 1 (at-least-once).
    publishCompleted(ctx, env, job);
  }
  if (!job || isFinal(job.status) || items.length === 0) return { written: 0, retry: 0, finished: null };

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
