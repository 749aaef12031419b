/**
 * Batch jobs: POST /v1/batch/charts (≤ 100 items), POST /v1/batch/readings (≤ 50 items),
 * GET /v1/batch/{job_id} (progress, optionally the per-item results) and GET /v1/batch (the caller's jobs).
 * The machinery (item validation, storage, queue chunks, consumer, retention) is in src/platform/batch/.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { principalOf, requireScope } from '../platform/auth';
import {
  CHUNK_SIZE,
  ChartItemSchema,
  ChartOptionsSchema,
  checkItem,
  deleteJob,
  enqueueJob,
  getJob,
  insertJob,
  jobJson,
  listJobs,
  MAX_ITEMS,
  markJobQueued,
  RETENTION_DAYS,
  ReadingItemSchema,
  ReadingOptionsSchema,
  resultsPage,
} from '../platform/batch';
import type { AppEnv } from '../platform/context';
import { IdempotencyHeaders, idempotent } from '../platform/idempotency';
import { isId, newId } from '../platform/ids';
import {
  AUTHED_ERRORS,
  errorResponses,
  FieldErrorSchema,
  ListQuerySchema,
  linksTo,
  listOf,
  unprocessable,
} from '../platform/openapi';
import { loggable, notFound, problem } from '../platform/problem';
import { charge } from '../platform/quota';
import { createRouter } from '../platform/router';
import { BATCH_STATUSES, BATCH_TYPES, type BatchType } from '../schemas/batch';
import { ChartSchema } from '../schemas/chart';
import { queryInteger, queryIntegerDefault } from '../schemas/formats';
import { ReadingSchema } from '../schemas/reading';
import { text } from '../schemas/text';

const tags = ['Batch'];

export const BatchJobSchema = z
  .object({
    id: z.string().openapi({ example: 'job_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    type: z.enum(BATCH_TYPES),
    status: z.enum(BATCH_STATUSES).openapi({
      description:
        'pending → processing → completed (every item succeeded) | partial (some failed) | failed (all failed).',
    }),
    progress: z.object({
      total: z.number().int(),
      succeeded: z.number().int(),
      failed: z.number().int(),
      percent: z.number().int().min(0).max(100),
    }),
    created_at: z.string(),
    started_at: z.string().nullable(),
    completed_at: z.string().nullable(),
    expires_at: z.string().openapi({
      description: `The job and its results are deleted then (${RETENTION_DAYS} days after creation).`,
    }),
  })
  .openapi('BatchJob');

const ItemErrorSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string(),
    errors: z.array(FieldErrorSchema),
  })
  .openapi('BatchItemError', { description: 'Why an item failed (a problem; paths name `items[i]`).' });

const ResultEntrySchema = z
  .object({
    index: z.number().int().openapi({ description: 'Position of the item in the request.' }),
    status: z.enum(['succeeded', 'failed']),
    result: z.union([ChartSchema, ReadingSchema]).optional().openapi({
      description: 'Chart jobs: the chart as POST /v1/charts returns it. Reading jobs: the reading.',
    }),
    error: ItemErrorSchema.optional(),
  })
  .openapi('BatchResult');

const BatchJobWithResultsSchema = BatchJobSchema.extend({
  results: z
    .object({ data: z.array(ResultEntrySchema), has_more: z.boolean() })
    .optional()
    .openapi({ description: 'With `?include=results`: finished items in input order.' }),
}).openapi('BatchJobWithResults');

function bodySchema(type: BatchType) {
  const item = type === 'charts' ? 'BatchChartItem' : 'BatchReadingItem';
  return z
    .object({
      items: z
        .array(z.unknown())
        .min(1, 'Give at least one item.')
        .openapi({
          type: 'array',
          minItems: 1,
          maxItems: MAX_ITEMS[type],
          items: { $ref: `#/components/schemas/${item}` },
          description: `1 to ${MAX_ITEMS[type]} items, each validated on its own: an invalid item fails alone, with its error in the results (a batch with no valid item is a 400).`,
        } as never),
      options: (type === 'charts' ? ChartOptionsSchema : ReadingOptionsSchema).optional().openapi({
        description: "Shared options, applied under each item's own.",
      }),
    })
    .strict()
    .openapi(type === 'charts' ? 'BatchChartsRequest' : 'BatchReadingsRequest');
}

const jobCreated = {
  202: {
    description: 'Accepted: the job, queued. `Location` points at it.',
    headers: z.object({
      Location: z.string().openapi({ example: '/v1/batch/job_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    }),
    content: { 'application/json': { schema: BatchJobSchema } },
    links: linksTo({ getBatch: { job_id: '$response.body#/id' } }),
  },
  ...errorResponses(400, ...AUTHED_ERRORS, 409, 413, 503),
  ...unprocessable('no-valid-items'),
};

function createDescription(type: BatchType) {
  const what =
    type === 'charts' ? 'chart requests (as `POST /v1/charts`, without `save`)' : 'reading requests';
  return (
    `Up to ${MAX_ITEMS[type]} ${what}, computed in the background in chunks of ${CHUNK_SIZE}. Each item is ` +
    `validated on its own: invalid items are recorded as failed with their error and the others go on. ` +
    `A batch with no valid item is a 400 naming their fields (the first 100 errors; nothing is stored), or a ` +
    `422 \`no-valid-items\` when each was refused for a reason the document cannot state (30 February, an ` +
    `unknown zone). ` +
    `Consumes one \`${type}\` unit per valid item up front, all or nothing (429 otherwise); items rejected ` +
    `at creation cost nothing, items that fail while computing (a local time that never existed) are charged, ` +
    `items that could not be computed at all (a 500) are refunded within a minute. ` +
    `Supports \`Idempotency-Key\`. Poll \`GET /v1/batch/{job_id}\`, or subscribe to \`batch.completed\`. ` +
    `Results are kept ${RETENTION_DAYS} days.`
  );
}

const createCharts = createRoute({
  method: 'post',
  path: '/v1/batch/charts',
  operationId: 'createChartBatch',
  tags,
  summary: 'Start a batch of charts',
  description: createDescription('charts'),
  middleware: [requireScope('charts:read'), idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: bodySchema('charts') } }, required: true },
  },
  responses: jobCreated,
});

const createReadings = createRoute({
  method: 'post',
  path: '/v1/batch/readings',
  operationId: 'createReadingBatch',
  tags,
  summary: 'Start a batch of readings',
  description: createDescription('readings'),
  middleware: [requireScope('readings'), idempotent()] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: bodySchema('readings') } }, required: true },
  },
  responses: jobCreated,
});

const JobParam = z.object({
  job_id: text()
    .max(64)
    .openapi({ param: { name: 'job_id', in: 'path' }, example: 'job_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
});

const get = createRoute({
  method: 'get',
  path: '/v1/batch/{job_id}',
  operationId: 'getBatch',
  tags,
  summary: 'Get a batch job',
  description:
    'The job and its progress. With `include=results`, a page of per-item results or errors in input order ' +
    '(finished items only: fetch them once the job is done).',
  request: {
    params: JobParam,
    query: z.object({
      include: z
        .enum(['results'])
        .optional()
        .openapi({ description: '`results` adds the per-item results.' }),
      results_limit: queryIntegerDefault({ min: 1, max: 100 }, 20).openapi({ description: '1-100.' }),
      results_starting_after: queryInteger({ min: 0 })
        .optional()
        .openapi({ description: 'Cursor: the `index` of the last result of the previous page.' }),
    }),
  },
  responses: {
    200: { description: 'The job.', content: { 'application/json': { schema: BatchJobWithResultsSchema } } },
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/batch',
  operationId: 'listBatches',
  tags,
  summary: 'List batch jobs',
  description:
    "The account's jobs, newest first (only the types the key has the scope for: `charts:read`, `readings`).",
  request: {
    query: ListQuerySchema.extend({
      status: z.enum(BATCH_STATUSES).optional(),
      type: z.enum(BATCH_TYPES).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of jobs.',
      content: { 'application/json': { schema: listOf(BatchJobSchema, 'BatchJobList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS),
  },
});

const SCOPE_OF: Record<BatchType, string> = { charts: 'charts:read', readings: 'readings' };

/** The batch types this key may see. */
function visibleTypes(scopes: string[]): BatchType[] {
  return BATCH_TYPES.filter((t) => scopes.includes(SCOPE_OF[t]) || scopes.includes('admin'));
}

async function startBatch(
  c: Context<AppEnv>,
  type: BatchType,
  body: { items: unknown[]; options?: Record<string, unknown> | undefined },
) {
  const p = principalOf(c);
  const max = MAX_ITEMS[type];
  if (body.items.length > max) {
    const message = `At most ${max} items per ${type} batch (got ${body.items.length}).`;
    throw problem(413, `items: ${message}`, {
      type: 'too-many-items',
      errors: [{ path: 'items', message, location: 'body', pointer: '#/items' }],
    });
  }
  const items = body.items.map((raw, i) => checkItem(type, raw, body.options, i));
  // Items rejected here (invalid input) are recorded as failed and cost nothing, as a rejected single
  // request does; every item that will be computed is paid for up front, all or nothing.
  const billable = items.filter((item) => !('error' in item)).length;
  if (billable === 0) {
    // Nothing to compute: a 400 naming every item's fields, and nothing stored (a job of failed items
    // only would be free rows in D1 for anyone who sends junk).
    const failed = items.flatMap((item) => ('error' in item ? [item.error] : []));
    const errors = failed.flatMap((e) => e.errors).slice(0, 100);
    // Items that break the document make it a 400; items the document allows but the world does not
    // (30 February, an unknown zone) only, a 422 of its own type.
    if (failed.every((e) => e.status === 422)) {
      throw problem(422, `No item of the batch can be computed (${items.length} rejected); see errors.`, {
        type: 'no-valid-items',
        errors,
      });
    }
    throw problem(400, `No item of the batch is valid (${items.length} rejected); see errors.`, {
      type: 'validation-error',
      title: 'Invalid request',
      errors,
    });
  }
  await charge(c, type, billable);
  let job: Awaited<ReturnType<typeof insertJob>>;
  const jobId = newId('job');
  try {
    job = await insertJob(c.env, { id: jobId, accountId: p.accountId, type, items, options: body.options });
  } catch (err) {
    // The insert is one D1 batch, all or nothing; but D1 may have committed it and lost the answer
    // ("Network connection lost" after the commit), so remove the job (best effort) before answering
    // 503: a job that was never queued would stay pending for ever. The units are given back by the
    // error handler (refundCharged).
    await deleteJob(c.env, jobId).catch(() => undefined);
    throw err;
  }
  // At least one item is valid (billable > 0), so the job is pending: queue it.
  try {
    await enqueueJob(c.env, job.id, items);
  } catch (err) {
    console.error(JSON.stringify({ msg: 'batch enqueue failed', job_id: job.id, err: loggable(err) }));
    await deleteJob(c.env, job.id).catch(() => undefined);
    // The units are given back by the error handler (refundCharged).
    throw problem(503, 'The batch could not be queued. Retry shortly.', {
      headers: { 'Retry-After': '2' },
    });
  }
  // Queued: mark it so before answering, or the daily sweep could take it for a never-queued job while
  // its messages wait (a backlog, a paused consumer), and the stall sweeper (batch/recovery.ts) would not
  // re-send its chunks if the process died before a consumer started it. Best effort: a lost mark does not
  // fail the request (the job is queued and charged); the job is then recovered once a consumer starts it.
  await markJobQueued(c.env, job.id);
  return c.json(jobJson(job), 202, { Location: `/v1/batch/${job.id}` });
}

export const batchRoutes = createRouter()
  .openapi(createCharts, async (c) => startBatch(c, 'charts', c.req.valid('json')))
  .openapi(createReadings, async (c) => startBatch(c, 'readings', c.req.valid('json')))
  .openapi(get, async (c) => {
    const p = principalOf(c);
    const { job_id } = c.req.valid('param');
    const q = c.req.valid('query');
    const job = isId('job', job_id) ? await getJob(c.env, p.accountId, job_id) : null;
    if (!job) throw notFound('batch job');
    if (!visibleTypes(p.scopes).includes(job.type)) {
      throw problem(403, `This API key lacks the "${SCOPE_OF[job.type]}" scope.`, {
        type: 'insufficient-scope',
      });
    }
    const json = jobJson(job);
    if (q.include !== 'results') return c.json(json, 200);
    const results = await resultsPage(c.env, job.id, q.results_limit, q.results_starting_after ?? -1);
    return c.body(`${JSON.stringify(json).slice(0, -1)},"results":${results}}`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
    }) as never; // stored results are spliced in as JSON text, not re-serialised
  })
  .openapi(list, async (c) => {
    const p = principalOf(c);
    const q = c.req.valid('query');
    const types = visibleTypes(p.scopes).filter((t) => !q.type || t === q.type);
    if (visibleTypes(p.scopes).length === 0) {
      throw problem(403, 'This API key lacks the "charts:read" or "readings" scope.', {
        type: 'insufficient-scope',
      });
    }
    if (types.length === 0) return c.json({ data: [], has_more: false }, 200);
    const page = await listJobs(c.env, p.accountId, {
      limit: q.limit,
      ...(q.starting_after ? { startingAfter: q.starting_after } : {}),
      ...(q.status ? { status: q.status } : {}),
      types,
    });
    return c.json({ data: page.data.map(jobJson), has_more: page.hasMore }, 200);
  });

/** Registered so the request schemas' `$ref`s resolve in /openapi.json. */
batchRoutes.openAPIRegistry.register('BatchChartItem', ChartItemSchema);
batchRoutes.openAPIRegistry.register('BatchReadingItem', ReadingItemSchema);
