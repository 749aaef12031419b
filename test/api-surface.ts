/**
 * The API surface as /openapi.json documents it, for the tests that must cover every operation
 * (test/fuzz.test.ts, test/cross-account.test.ts): a new route is picked up without touching them.
 */
import { expect } from 'vitest';
import { call } from './helpers';

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. "/v1/charts/{id}". */
  path: string;
  operationId: string;
  /** "METHOD /path" */
  name: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  /** Documented response statuses. */
  statuses: Set<number>;
  /** Documented response headers per status (lower-case names). */
  headers: Map<number, Set<string>>;
  /** No security requirement (security: []). */
  isPublic: boolean;
  requestExample?: unknown;
}

interface Parameter {
  in: string;
  name: string;
}

export async function loadOperations(): Promise<Operation[]> {
  const res = await call('/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json: ${res.status}`);
  const doc = (await res.json()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components?: { schemas?: Record<string, { example?: unknown }> };
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!raw || typeof raw !== 'object' || !('responses' in raw)) continue;
      const params = (raw.parameters ?? []) as Parameter[];
      const body = raw.requestBody as
        | { content?: Record<string, { schema?: { $ref?: string; example?: unknown } }> }
        | undefined;
      const schema = body?.content?.['application/json']?.schema;
      const ref = schema?.$ref?.split('/').pop();
      const example = schema?.example ?? (ref ? doc.components?.schemas?.[ref]?.example : undefined);
      const m = method.toUpperCase();
      ops.push({
        method: m,
        path,
        operationId: String(raw.operationId),
        name: `${m} ${path}`,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1] as string),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: body !== undefined,
        statuses: new Set(Object.keys(raw.responses as object).map(Number)),
        headers: new Map(
          Object.entries(raw.responses as Record<string, { headers?: Record<string, unknown> }>).map(
            ([status, r]) => [
              Number(status),
              new Set(Object.keys(r.headers ?? {}).map((h) => h.toLowerCase())),
            ],
          ),
        ),
        isPublic: Array.isArray(raw.security) && (raw.security as unknown[]).length === 0,
        ...(example === undefined ? {} : { requestExample: example }),
      });
    }
  }
  return ops;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id: string;
  errors?: { path: string; message: string; location?: string; pointer?: string }[];
  [k: string]: unknown;
}

/** Asserts an RFC 9457 problem response (DESIGN.md section 2) and returns its body. */
export function checkProblem(res: Response, text: string, context: string): ProblemBody {
  const type = res.headers.get('Content-Type') ?? '';
  expect(type, `${context}: content type`).toMatch(/^application\/problem\+json/);
  let body: ProblemBody;
  try {
    body = JSON.parse(text) as ProblemBody;
  } catch {
    throw new Error(`${context}: problem body is not JSON: ${text.slice(0, 200)}`);
  }
  expect(typeof body.type, `${context}: type`).toBe('string');
  expect(body.type, `${context}: type is a URI`).toMatch(/^[a-z]+:/i);
  expect(typeof body.title, `${context}: title`).toBe('string');
  expect(body.status, `${context}: status member`).toBe(res.status);
  expect(typeof body.detail, `${context}: detail`).toBe('string');
  expect(typeof body.request_id, `${context}: request_id`).toBe('string');
  // A replay (Idempotency-Key) is the first response's status and body (DESIGN.md section 2): its
  // request_id names the first request, X-Request-Id this one.
  if (res.headers.get('Idempotent-Replayed') !== 'true') {
    expect(body.request_id, `${context}: request_id = X-Request-Id`).toBe(res.headers.get('X-Request-Id'));
  }
  if (body.type.endsWith('/validation-error')) {
    expect(Array.isArray(body.errors) && body.errors.length > 0, `${context}: errors[]`).toBe(true);
    for (const e of body.errors ?? []) {
      expect(typeof e.path, `${context}: errors[].path`).toBe('string');
      expect(typeof e.message, `${context}: errors[].message`).toBe('string');
    }
  }
  return body;
}
