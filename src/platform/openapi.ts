/** Shared OpenAPI building blocks: the problem schema, standard error responses, list envelopes. */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryIntegerDefault } from '../schemas/formats';
import { text } from '../schemas/text';
import { PROBLEM_BASE } from './problem';

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'subject.month' }),
    message: z.string().openapi({ example: 'Too big: expected number to be <=12' }),
    location: z.enum(['body', 'query', 'path', 'header']).optional(),
    pointer: z.string().optional().openapi({ example: '#/subject/month' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://stellar-edge.dev/problems/validation-error' }),
    title: z.string().openapi({ example: 'Invalid request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'subject.month: Too big: expected number to be <=12' }),
    instance: z.string().openapi({ example: '/v1/charts' }),
    request_id: z.string().nullable().openapi({ example: '3f1c2f0e-4f7a-4a63-9d55-0a4b8c1f3e21' }),
    errors: z.array(FieldErrorSchema).optional(),
    'violated-policies': z.array(z.string()).optional().openapi({
      description: 'With 429: the policies that were exceeded, e.g. `charts-daily`, `burst`, `signup`.',
    }),
    // Extension members of particular problem types (RFC 9457 section 3.2).
    candidates: z
      .array(z.string())
      .optional()
      .openapi({ description: 'With `ambiguous-endpoint`: the route patterns the value matches.' }),
    known_endpoints: z
      .array(z.string())
      .optional()
      .openapi({ description: 'With `unknown-endpoint`: the route patterns that had traffic in the range.' }),
    valid_event_types: z
      .array(z.string())
      .optional()
      .openapi({ description: 'With `unknown-event-type`: the event types there are.' }),
    limit: z.number().int().optional().openapi({
      description:
        'With `key-limit-reached`, `webhook-limit-reached`, `alert-limit-reached` and `calendar-limit-reached`: how many the account may hold on its tier.',
    }),
    tier: z
      .string()
      .optional()
      .openapi({ description: 'With the `*-limit-reached` types: the account tier.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request breaks this document: a field, parameter or header it does not allow (unknown body fields and unknown query parameters included), or malformed JSON. The `errors` member names each field.',
  401: 'Missing, malformed, unknown, revoked or expired API key.',
  403: 'The key lacks the scope or role this operation needs.',
  404: 'Unknown resource, or one that belongs to another account.',
  409: 'Conflict with the current state (e.g. an idempotent request still running, or a cap reached).',
  413: 'Request body too large.',
  415: 'The request body is not JSON, or is declared in a charset other than UTF-8.',
  422: 'A request this document allows but the world does not; `type` says which (listed for each operation).',
  429: 'Quota or burst limit exceeded; see `Retry-After`.',
  503: 'A dependency is temporarily unavailable; see `Retry-After`.',
};

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

// ------------------------------------------------------------------------------------ 422 problem types

/**
 * The 422 problem types: a request the document allows but the world does not. Each operation lists the
 * ones it can answer (`unprocessable(...)`), as the `type` enum of its 422 body and in its description;
 * the types of the birth-data checks are the domain errors' codes (src/astro, DomainError; problem.ts).
 */
export const UNPROCESSABLE = {
  'invalid-date':
    'a day the month does not have (`day`: 30 February, 31 April, 29 February of a common year)',
  'unknown-time-zone': 'a `timezone` the tz database does not have',
  'unknown-place': 'a `city` the gazetteer does not know (in `country`, when given)',
  'nonexistent-local-time':
    'a local time skipped by a clock change (`hour`), unless `on_gap` is `shift_forward`',
  'dst-before-standard-time':
    '`dst: true` on a date when the zone kept local mean time (no standard time, so no daylight time to force)',
  'idempotency-key-reused':
    'the `Idempotency-Key` was used with another request (body, method, path or API key)',
  'invalid-expiry': '`expires_at` is in the past or more than 3650 days ahead',
  'webhook-url-not-allowed':
    '`url` does not parse as a URL to a public host (loopback, private, link-local or reserved addresses; localhost, *.local, *.internal, single-label names; IPv4 not in dotted decimal), or is not https outside local development',
  'invalid-range':
    '`from` is not before `to` (analytics: after), or the range is longer than the operation allows (its description says how long)',
  'no-return': 'the body does not come back to its natal longitude between `after` and 2399-12-31',
  'invalid-png-size':
    '`width` and `scale` both given, or `size` × `scale` outside the PNG widths served (its description says which)',
  'no-valid-items':
    "every item of the batch is refused for one of the reasons above (`errors` names each item's field); items that break this document make it a 400",
  'ambiguous-endpoint': '`endpoint` (as a slug) matches several route patterns; `candidates` lists them',
  'analytics-engine-not-configured':
    '`source=analytics_engine` on a server without Analytics Engine credentials',
} as const;
export type UnprocessableType = keyof typeof UNPROCESSABLE;

/** The 422s of a request with birth data (charts, wheels, readings, synastry, composite, matches). */
export const BIRTH_DATA_422 = [
  'invalid-date',
  'unknown-time-zone',
  'unknown-place',
  'nonexistent-local-time',
  'dst-before-standard-time',
] as const satisfies readonly UnprocessableType[];

function unprocessableResponse(types: readonly UnprocessableType[]) {
  const unique = [...new Set(types)];
  return {
    description: `A request this document allows but the world does not. \`type\` is one of: ${unique
      .map((t) => `\`${PROBLEM_BASE}${t}\` (${UNPROCESSABLE[t]})`)
      .join('; ')}.`,
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object' as const,
              properties: { type: { type: 'string' as const, enum: unique.map((t) => PROBLEM_BASE + t) } },
            },
          ],
        },
      },
    },
  };
}

/** The 422 of an operation, with the problem types it can answer. */
export function unprocessable(...types: UnprocessableType[]) {
  return { 422: unprocessableResponse(types) };
}

// ------------------------------------------------------------------------------------------------ links

/**
 * OpenAPI links from a create's response to the operations on what it created, e.g.
 * `linksTo({ getChart: { id: '$response.body#/id' } })`: stateful clients and testers follow them.
 */
export function linksTo(targets: Record<string, Record<string, string>>) {
  return Object.fromEntries(
    Object.entries(targets).map(([operationId, parameters]) => [
      operationId,
      { operationId, parameters, description: `The created resource, through ${operationId}.` },
    ]),
  );
}

/** Error responses for a route, e.g. errorResponses(400, 401, 404). */
export function errorResponses(...statuses: number[]) {
  const out: Record<number, { description: string; content: typeof problemContent }> = {};
  for (const status of statuses) {
    out[status] = { description: DESCRIPTIONS[status] ?? 'Error', content: problemContent };
  }
  return out;
}

/** Errors every authenticated route can answer. */
export const AUTHED_ERRORS = [401, 403, 429] as const;

export const ListQuerySchema = z.object({
  limit: queryIntegerDefault({ min: 1, max: 100 }, 20).openapi({ description: 'Page size (1-100).' }),
  starting_after: text()
    .max(64)
    .optional()
    .openapi({ description: 'Cursor: the id of the last item of the previous page.' }),
});

export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), has_more: z.boolean() }).openapi(name);
}

// ------------------------------------------------------------------------------ document-wide facts

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type Operation = NonNullable<NonNullable<NonNullable<Document['paths']>[string]>['get']>;

/**
 * Operations that charge a daily quota class (`charge`/`chargeWhile` in src/platform/quota.ts): their
 * responses carry the rate-limit headers. The e2e suite (test/e2e) fails if any other response does.
 */
export const METERED_OPERATIONS = new Set([
  'createChart',
  'createChartWheel',
  'getChartWheel',
  'createChartWheelPng',
  'getChartWheelPng',
  'createReading',
  'createPeriodReading',
  'createSynastry',
  'createComposite',
  'searchFamousPeople',
  'getFamousPerson',
  'getFamousPersonChart',
  'matchFamousPeople',
  'createChartBatch',
  'createReadingBatch',
  'getTransits',
  'getTransitTimeline',
  'getSkyEvents',
  'getMoonPhase',
  'getReturn',
  'getProgressions',
  'getCalendarFeed',
]);

const header = (
  description: string,
  schema: Record<string, unknown> = { type: 'string' },
  required = false,
) => ({
  description,
  schema,
  ...(required ? { required: true } : {}),
});

/** Response headers set by app-wide middleware or shared helpers, documented once as components. */
export const RESPONSE_HEADERS = {
  'X-Request-Id': header(
    'Identifies the request in logs and in problem bodies (`request_id`). A caller-supplied `X-Request-Id` matching `^[\\w\\-=]+$` (≤ 128 characters) is echoed back.',
    { type: 'string' },
    true,
  ),
  'Server-Timing': header(
    'Where the time went, in ms: `auth` (key resolution), `quota` (the daily quota check, on metered routes), ' +
      '`cache` (the lookup of a cached result, with its level, e.g. `desc="HIT-L1"`) and `total`. Computation ' +
      'is not timed: in Workers the clock moves only on I/O, so no duration here (`total` included) counts CPU time.',
  ),
  'X-Cache': header(
    'Which cache level answered: isolate memory or Cache API (`HIT-L1`), KV (`HIT-L2`) or none.',
    {
      type: 'string',
      enum: ['HIT-L1', 'HIT-L2', 'MISS'],
    },
  ),
  'X-Cache-Key': header('The normalised cache key of the result (for `POST /v1/admin/cache/invalidate`).'),
  ETag: header('Entity tag of the result; send it as `If-None-Match` to get a 304.'),
  Location: header('The URL of the created resource.', { type: 'string' }, true),
  'Idempotent-Replayed': header(
    '`true` when this is the stored response of an earlier request with the same `Idempotency-Key`.',
    {
      type: 'string',
      enum: ['true'],
    },
  ),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer', minimum: 0 }, true),
  'WWW-Authenticate': header('The authentication scheme: `Bearer realm="stellar-edge"`.'),
  RateLimit: header(
    'Remaining units of the daily quota and seconds to its reset, e.g. `"charts-daily";r=49;t=3600`.',
  ),
  'RateLimit-Policy': header(
    'The quota policies that apply, e.g. `"charts-daily";q=50;w=86400, "burst";q=5;w=1`.',
  ),
  'X-RateLimit-Limit': header("Today's quota of this endpoint class.", { type: 'integer' }),
  'X-RateLimit-Remaining': header('Units left today.', { type: 'integer' }),
  'X-RateLimit-Used': header('Units used today.', { type: 'integer' }),
  'X-RateLimit-Reset': header('When the quota resets (UTC epoch seconds, next midnight).', {
    type: 'integer',
  }),
  'X-RateLimit-Resource': header(
    'The endpoint class that was charged, or `burst` for the per-key burst limit.',
    {
      type: 'string',
      enum: ['charts', 'readings', 'famous_people', 'synastry', 'burst'],
    },
  ),
} as const;

type HeaderName = keyof typeof RESPONSE_HEADERS;
const RATE_LIMIT_HEADERS: HeaderName[] = [
  'RateLimit',
  'RateLimit-Policy',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Used',
  'X-RateLimit-Reset',
  'X-RateLimit-Resource',
];
/** Statuses answered before any quota is charged (validation, auth, body limits). */
const BEFORE_METERING = new Set(['400', '401', '403', '413', '415']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Adds to the generated document what app-wide middleware does for every route, so it is stated once
 * here instead of in each route: the response headers above on the responses that carry them, and the
 * statuses shared machinery answers: 413 (body limit), 415 (non-JSON body), 400 (invalid parameters),
 * 409/422 (Idempotency-Key), 503 (a dependency down). test/fuzz.test.ts fails on any status or header
 * not documented; test/e2e checks every response it sees against the document.
 */
export function completeDocument(generated: Document): Document {
  const doc = structuredClone(generated);
  doc.components ??= {};
  doc.components.headers = { ...doc.components.headers, ...RESPONSE_HEADERS };
  const ref = (name: HeaderName) => ({ $ref: `#/components/headers/${name}` });
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op: Operation | undefined = item[method];
      if (!op?.responses) continue;
      const idempotent = (op.parameters ?? []).some((p) => 'name' in p && p.name === 'Idempotency-Key');
      // A path parameter is one non-empty segment, and "." and ".." are not segments (URLs resolve them
      // away, RFC 3986 section 5.2.4): the value can never reach the operation.
      for (const p of op.parameters ?? []) {
        if (!('in' in p) || p.in !== 'path' || !p.schema || '$ref' in p.schema) continue;
        p.schema.minLength = Math.max(1, p.schema.minLength ?? 0);
        const dots = { enum: ['.', '..'] };
        // A text parameter already says `not` a control character (src/schemas/text.ts): both hold.
        p.schema.not = p.schema.not ? { anyOf: [p.schema.not, dots] } : dots;
      }
      const extra: number[] = [];
      // The body limit applies to every request that can carry a body; the JSON check (415) to POST, PUT
      // and PATCH except Stripe's (verified over its raw bytes), whether or not the operation reads one.
      if (method !== 'get') extra.push(413);
      if (['post', 'put', 'patch'].includes(method) && op.operationId !== 'stripeWebhook') extra.push(415);
      // Every operation validates its query (unknown parameters are refused: src/platform/router.ts),
      // and its path parameters and body like that.
      extra.push(400);
      // Idempotency-Key: reused with another request (422), or the first request still running (409).
      if (idempotent) {
        extra.push(409);
        const existing = op.responses[422] as ReturnType<typeof unprocessableResponse> | undefined;
        const declared = existing?.content['application/problem+json'].schema.allOf[1] as
          | { properties: { type: { enum: string[] } } }
          | undefined;
        const types = (declared?.properties.type.enum ?? []).map(
          (uri) => uri.slice(PROBLEM_BASE.length) as UnprocessableType,
        );
        op.responses[422] = unprocessableResponse([...types, 'idempotency-key-reused']);
      }
      // Any operation can meet a dependency that is down (D1 for a first key lookup or a write, the quota
      // Durable Object for metered classes): a 503 problem with Retry-After (src/platform/problem.ts).
      extra.push(503);
      for (const status of extra) {
        op.responses[status] ??= {
          description: DESCRIPTIONS[status] ?? 'Error',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
      const metered = METERED_OPERATIONS.has(op.operationId ?? '');
      const cached = '304' in op.responses;
      for (const [status, response] of Object.entries(op.responses)) {
        if ('$ref' in response) continue;
        const add: HeaderName[] = ['X-Request-Id', 'Server-Timing'];
        const success = status.startsWith('2');
        if (cached && (success || status === '304')) add.push('X-Cache', 'X-Cache-Key', 'ETag');
        // Every 201 names what it created; a 202 that does (a batch job) declares it in its route.
        if (status === '201') add.push('Location');
        // The idempotency layer stores and replays a 2xx and a 4xx other than 409 and 429 (a request the
        // route refused, e.g. an unknown query parameter, is refused again); a 401 comes before it.
        if (idempotent && (success || (status.startsWith('4') && !['401', '409', '429'].includes(status)))) {
          add.push('Idempotent-Replayed');
        }
        // Metered responses carry the daily quota's headers; any 429 after authentication may be the
        // per-key burst limit, which carries them too (resource `burst`).
        if ((metered && !BEFORE_METERING.has(status)) || status === '429') add.push(...RATE_LIMIT_HEADERS);
        if (status === '401') add.push('WWW-Authenticate');
        const problem = response.content !== undefined && 'application/problem+json' in response.content;
        if (status === '429' || (status === '503' && problem)) add.push('Retry-After');
        response.headers ??= {};
        for (const name of add) response.headers[name] ??= ref(name);
      }
    }
  }
  return doc;
}
