/**
 * RFC 9457 problem details: the one place that turns every error into `application/problem+json`.
 *
 * Shape (contract, DESIGN.md section 2):
 *   { type, title, status, detail, instance, request_id, errors: [{ path, message, location, pointer }] }
 * `errors[].path` names the offending field ("subject.month", "items[3].latitude"), `location` says where
 * it was (body, query, path, header) and `pointer` is the same field as an RFC 6901 JSON pointer.
 */
import { DrizzleQueryError } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DomainError } from '../astro/types';

export const PROBLEM_BASE = 'https://stellar-edge.dev/problems/';
export const QUOTA_EXCEEDED_TYPE = 'https://iana.org/assignments/http-problem-types#quota-exceeded';

export type FieldLocation = 'body' | 'query' | 'path' | 'header';

export interface FieldError {
  path: string;
  message: string;
  location?: FieldLocation;
  pointer?: string;
}

export interface ProblemInit {
  status: ContentfulStatusCode;
  /** Short slug appended to PROBLEM_BASE, or an absolute type URI. */
  type: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extension members (e.g. "violated-policies"). */
  extensions?: Record<string, unknown>;
}

/** Throw anywhere in a handler or middleware; the error handler renders it. */
export class ProblemError extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.detail ?? init.title);
    this.name = 'ProblemError';
  }
}

const TITLES: Record<number, [string, string]> = {
  400: ['invalid-request', 'Invalid request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  429: ['rate-limited', 'Too many requests'],
  500: ['internal', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
};

/** Build a ProblemError for a status with the default type and title. */
export function problem(
  status: ContentfulStatusCode,
  detail?: string,
  extra: Partial<ProblemInit> = {},
): ProblemError {
  const [type, title] = TITLES[status] ?? ['error', 'Error'];
  return new ProblemError({ status, type, title, ...(detail === undefined ? {} : { detail }), ...extra });
}

export const notFound = (what = 'resource') => problem(404, `No such ${what}.`);

/** A 400 naming one field. */
export function invalidField(path: string, message: string, location: FieldLocation = 'body'): ProblemError {
  return problem(400, `${path}: ${message}`, {
    type: 'validation-error',
    title: 'Invalid request',
    errors: [{ path, message, location, pointer: toPointer(path) }],
  });
}

/** "items[3].latitude" → "#/items/3/latitude" */
export function toPointer(path: string): string {
  if (!path) return '#';
  return `#/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;
}

/** ["items", 3, "latitude"] → "items[3].latitude" */
export function formatPath(segments: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

export function zodFieldErrors(error: ZodError, location: FieldLocation, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    // An unknown field (bodies and queries refuse them) is named itself, not its parent object.
    if (issue.code === 'unrecognized_keys') {
      const what = location === 'query' ? 'Unknown query parameter' : 'Unknown field';
      return issue.keys.map((key) => {
        const path = formatPath([...issue.path, key], prefix);
        return { path, message: `${what} "${key}".`, location, pointer: toPointer(path) };
      });
    }
    const path = formatPath(issue.path, prefix);
    return [{ path, message: issue.message, location, pointer: toPointer(path) }];
  });
}

/** A 400 from a zod error, naming every failing field. */
export function validationProblem(error: ZodError, location: FieldLocation, prefix = ''): ProblemError {
  const errors = zodFieldErrors(error, location, prefix);
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new ProblemError({
    status: 400,
    type: 'validation-error',
    title: 'Invalid request',
    detail: first ? `${first.path || location}: ${first.message}${more}` : 'The request is invalid.',
    errors,
  });
}

/**
 * A request the document allows but the world does not (a range whose ends are swapped, a host that is
 * not public, an expiry in the past): a 422 of its own `type`, naming the field. Each operation lists its
 * 422 types in the document (src/platform/openapi.ts, `problemTypes`).
 */
export function worldProblem(
  type: string,
  path: string,
  message: string,
  location: FieldLocation = 'body',
): ProblemError {
  return problem(422, `${path}: ${message}`, {
    type,
    errors: [{ path, message, location, pointer: toPointer(path) }],
  });
}

/** Domain errors (impossible but well-formed input) are 422s naming the field. */
export function domainProblem(err: DomainError, prefix = ''): ProblemError {
  const path = prefix ? (err.path ? `${prefix}.${err.path}` : prefix) : err.path;
  return new ProblemError({
    status: 422,
    type: err.code.replace(/_/g, '-'),
    title: 'Unprocessable request',
    detail: err.message,
    errors: [{ path, message: err.message, location: 'body', pointer: toPointer(path) }],
  });
}

function typeUri(type: string): string {
  return /^[a-z]+:/i.test(type) ? type : PROBLEM_BASE + type;
}

/** Render a problem as the response. */
export function renderProblem(c: Context, init: ProblemInit): Response {
  const body = {
    type: typeUri(init.type),
    title: init.title,
    status: init.status,
    detail: init.detail ?? init.title,
    instance: new URL(c.req.url).pathname,
    request_id: (c.get('requestId') as string | undefined) ?? null,
    ...init.extensions,
    ...(init.errors ? { errors: init.errors } : {}),
  };
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...init.headers,
  };
  return c.body(JSON.stringify(body), init.status, headers);
}

/** Map anything thrown to a problem. Unknown errors become an opaque 500 (logged, never leaked). */
export function toProblem(err: unknown): ProblemInit {
  if (err instanceof ProblemError) return err.init;
  if (err instanceof DomainError) return domainProblem(err).init;
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const [type, title] = TITLES[status] ?? ['error', 'Error'];
    if (status === 400 && /JSON/i.test(err.message)) {
      return {
        status,
        type: 'malformed-json',
        title: 'Malformed JSON',
        detail: 'The request body is not valid JSON.',
        errors: [{ path: '', message: err.message, location: 'body', pointer: '#' }],
      };
    }
    return { status, type, title, detail: err.message || title };
  }
  if (isD1Unavailable(err)) {
    return {
      status: 503,
      type: 'unavailable',
      title: 'Service unavailable',
      detail: 'The database is temporarily unavailable. Retry shortly.',
      headers: { 'Retry-After': '2' },
    };
  }
  return {
    status: 500,
    type: 'internal',
    title: 'Internal server error',
    detail: 'An unexpected error occurred.',
  };
}

/**
 * D1 failures worth retrying: the database was unreachable, busy or being reset. workerd prefixes every
 * D1 error with "D1_ERROR", constraint violations and SQL mistakes included; those are bugs, so they stay
 * 500s (a 503 would tell clients to retry something that cannot succeed, and hide it from alerting).
 */
const D1_TRANSIENT =
  /Network connection lost|storage operation exceeded timeout|database is locked|SQLITE_BUSY|overloaded|object to be reset|reset because its code was updated|transient issue|Internal error while starting up|Cannot resolve D1 DB/i;
const D1_BUG =
  /SQLITE_CONSTRAINT|constraint failed|no such (table|column)|syntax error|SQLITE_ERROR|SQLITE_MISMATCH/i;

/**
 * A transient D1 failure, thrown by the binding itself or wrapped by drizzle (DrizzleQueryError: "Failed
 * query: <sql> params: <params>", with the D1 error as its `cause`). The wrapper's own message is not
 * matched: it quotes the query's parameters, i.e. user input.
 */
function isD1Unavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DrizzleQueryError) continue;
    if (D1_BUG.test(e.message)) return false;
    if (D1_TRANSIENT.test(e.message)) return true;
  }
  return false;
}

/**
 * An error as it may be logged: a drizzle query error's message quotes the query's parameters (user
 * input, key hashes, webhook secrets), so only its SQL and its cause are kept. `stack` adds the stack.
 */
export function loggable(err: unknown, stack = false): string {
  if (err instanceof DrizzleQueryError) {
    return `Failed query: ${err.query} (parameters withheld)${err.cause ? `; cause: ${loggable(err.cause, stack)}` : ''}`;
  }
  if (err instanceof Error) return stack && err.stack ? err.stack : `${err.name}: ${err.message}`;
  return String(err);
}
