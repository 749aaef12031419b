/**
 * Processing one chunk of a job (a `stellar-batch` message): its still-pending items are computed through
 * the chart and reading caches, then ONE D1 batch writes the outcomes, recounts and finishes the job
 * (completion.ts). Redelivery is harmless: an item is written only while it is pending. An unexpected
 * error leaves the item pending for a redelivery, until the last delivery records it as failed.
 */

import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { DEFAULT_LOCALE, localeFor, localizeWarnings } from '../../astro/i18n';
import type { SectionId } from '../../astro/readings/index';
import type { Chart } from '../../astro/types';
import { DomainError } from '../../astro/types';
import { batchItems, batchJobs } from '../../db/schema';
import type { Env } from '../../env';
import type { BatchType } from '../../schemas/batch';
import { withRequestWarnings } from '../cache';
import { cachedChart, prepareChart } from '../charts';
import { domainProblem, loggable, ProblemError, zodFieldErrors } from '../problem';
import { cachedReading } from '../readings';
import { chartCacheIdentity, type OptionsBody, type SubjectBody } from '../subject';
import { completedEvent, finish, logCompleted, publishCompleted, recount } from './completion';
import { ITEM_SCHEMAS, type ItemError, itemError, itemPath } from './items';
import { type BatchMessage, isFinal, JOB_FIELDS, type JobRow, toJob } from './jobs';

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
    // Parsed here, per item: an unreadable stored input fails its item, not the chunk.
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
    const item = parsed.data as SubjectBody & OptionsBody & { sections?: SectionId[]; lang?: string };
    const prepared = await prepareChart(env.DB, item, itemPath(idx));
    const chart = () => cachedChart(env, ctx, prepared, itemPath(idx));
    const locale = (item.lang !== undefined ? localeFor(item.lang) : null) ?? DEFAULT_LOCALE;
    // The cached body is shared; this item's own warnings (an ambiguous city) are added to its result.
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
              locale,
            ),
        type === 'charts' ? prepared.warnings : localizeWarnings(prepared.warnings, locale),
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

/** Writes the outcomes of a chunk, one statement for all (UPDATE ... FROM json_each), pending items only. */
function writeItems(
  db: DrizzleD1Database,
  jobId: string,
  writes: { idx: number; status: string; result: string | null; error: string | null }[],
) {
  return db
    .update(batchItems)
    .set({
      status: sql`json_extract(u.value, '$.status')`,
      result: sql`json_extract(u.value, '$.result')`,
      error: sql`json_extract(u.value, '$.error')`,
    })
    .from(sql`json_each(${JSON.stringify(writes)}) AS u`)
    .where(
      and(
        eq(batchItems.jobId, jobId),
        sql`${batchItems.idx} = json_extract(u.value, '$.idx')`,
        eq(batchItems.status, 'pending'),
      ),
    );
}

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
  const db = drizzle(env.DB);
  const [, jobRows, items, logged] = await db.batch([
    db
      .update(batchJobs)
      .set({ status: 'processing', startedAt: sql`coalesce(${batchJobs.startedAt}, ${now})` })
      .where(and(eq(batchJobs.id, msg.job_id), eq(batchJobs.status, 'pending'))),
    db.select(JOB_FIELDS).from(batchJobs).where(eq(batchJobs.id, msg.job_id)),
    db
      .select({ idx: batchItems.idx, input: sql<string>`${batchItems.input}` })
      .from(batchItems)
      .where(
        and(
          eq(batchItems.jobId, msg.job_id),
          gte(batchItems.idx, msg.start),
          lt(batchItems.idx, msg.end),
          eq(batchItems.status, 'pending'),
        ),
      )
      .orderBy(batchItems.idx),
    completedEvent(db, msg.job_id),
  ]);
  const job = jobRows[0] ? toJob(jobRows[0]) : null;
  // A delivery that finds the job finished: the delivery that finished it may have lost D1's answer after
  // the commit, or its send may have failed. Send the logged event again while it is unpublished (the
  // outbox sweeper would, a minute later): its id is the job's, so the log and webhooks see it once.
  // Not only on redeliveries (attempt > 1): Queues may deliver a message twice even at attempt 1.
  if (job && isFinal(job.status)) publishCompleted(ctx, env, logged[0]);
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

  // One transaction: the outcomes, the counters, the final flip and (if it flipped) the event's outbox row.
  const [written, , flipped, , event] = await db.batch([
    writeItems(db, job.id, writes),
    recount(db, job.id, Date.now()),
    finish(db, job.id, Date.now()),
    logCompleted(db, job.id),
    completedEvent(db, job.id),
  ]);
  const finished = flipped[0] ? toJob(flipped[0]) : null;
  if (finished) publishCompleted(ctx, env, event[0]);
  return { written: written.meta.changes ?? 0, retry, finished };
}
