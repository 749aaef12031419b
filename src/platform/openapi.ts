/** Shared OpenAPI building blocks: the problem schema, standard error responses, list envelopes. */
import { z } from '@hono/zod-openapi';

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
    'violated-policies': z.array(z.string()).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (the `errors` member names each field).',
  401: 'Missing, malformed, unknown, revoked or expired API key.',
  403: 'The key lacks the scope or role this operation needs.',
  404: 'Unknown resource, or one that belongs to another account.',
  409: 'Conflict with the current state (e.g. an idempotent request still running).',
  413: 'Request body too large.',
  422: 'Well-formed but impossible input (e.g. a local time that does not exist).',
  429: 'Quota or burst limit exceeded; see `Retry-After`.',
  503: 'A dependency is temporarily unavailable; see `Retry-After`.',
};

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

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
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'Page size (1-100).' }),
  starting_after: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Cursor: the id of the last item of the previous page.' }),
});

export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), has_more: z.boolean() }).openapi(name);
}
