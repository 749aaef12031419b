/**
 * Proves that the OpenAPI document tells the truth about every response the e2e session receives.
 *
 * An openapi-fetch middleware looks up the operation that was called in the live `/openapi.json` and
 * records a violation when:
 *   - the response status is not documented for that operation,
 *   - its media type is not documented for that status (or a body arrives where none is documented),
 *   - the JSON body does not match the documented schema, checked strictly: a field the document does not
 *     declare is a violation too (unless the schema says `additionalProperties`), so the document cannot
 *     fall behind the API,
 *   - the response carries one of the API's own headers (request id, rate limits, cache, Location, ...)
 *     that is not documented on that response.
 * The tests assert after each step that nothing was recorded.
 *
 * The checker covers the subset of JSON Schema 2020-12 that `@hono/zod-openapi` emits ($ref, allOf,
 * anyOf/oneOf, type (also as a list with "null"), enum, properties/required/additionalProperties, items, numeric and
 * length bounds, pattern); any other keyword in the document is reported, so it cannot pass silently.
 */
import type { Middleware } from 'openapi-fetch';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

interface ResponseObject {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface OpenApiDocument {
  openapi: string;
  tags?: { name: string }[];
  paths: Record<
    string,
    Record<
      string,
      { operationId?: string; summary?: string; tags?: string[]; responses: Record<string, ResponseObject> }
    >
  >;
  components: { schemas: Record<string, JsonSchema>; headers?: Record<string, unknown> };
  /** Requests the API sends to webhook endpoints, by event type (OpenAPI 3.1 `webhooks`). */
  webhooks?: Record<
    string,
    Record<
      string,
      { operationId?: string; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
    >
  >;
}

/** Keywords that only annotate; everything else must be understood by check(). */
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'default',
  'format',
  'title',
  'deprecated',
]);
const UNDERSTOOD = new Set([
  '$ref',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
]);

/** Headers the API sets itself: each one a client may rely on must be documented where it appears. */
export const API_HEADERS = [
  'x-request-id',
  'server-timing',
  'x-cache',
  'x-cache-key',
  'etag',
  'location',
  'retry-after',
  'idempotent-replayed',
  'www-authenticate',
  'ratelimit',
  'ratelimit-policy',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-used',
  'x-ratelimit-reset',
  'x-ratelimit-resource',
];

export class Conformance {
  readonly violations: string[] = [];
  /** How many responses were checked, by operation and status (for the summary). */
  readonly seen = new Map<string, number>();

  constructor(readonly doc: OpenApiDocument) {}

  /** Violations since the last call, cleared. */
  take(): string[] {
    return this.violations.splice(0);
  }

  resolve(ref: string): JsonSchema {
    const name = ref.replace('#/components/schemas/', '');
    const schema = this.doc.components.schemas[name];
    if (!schema) throw new Error(`unresolvable $ref ${ref}`);
    return schema;
  }

  /** All properties an object schema declares (through $ref and allOf) and whether others are allowed. */
  private shape(schema: JsonSchema): { props: Set<string>; open: boolean } {
    if (schema.$ref) return this.shape(this.resolve(schema.$ref));
    const props = new Set(Object.keys(schema.properties ?? {}));
    let open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
    for (const part of schema.allOf ?? []) {
      const inner = this.shape(part);
      for (const p of inner.props) props.add(p);
      open ||= inner.open;
    }
    return { props, open };
  }

  /** Appends to `out` every way `value` breaks `schema` (strict about undeclared object fields). */
  check(value: unknown, schema: JsonSchema, at: string, out: string[], strict = true): void {
    for (const key of Object.keys(schema)) {
      if (!UNDERSTOOD.has(key) && !ANNOTATIONS.has(key))
        out.push(`${at}: schema keyword "${key}" not checked`);
    }
    if (schema.$ref) {
      this.check(value, this.resolve(schema.$ref), at, out, strict);
      return;
    }
    if (schema.allOf) {
      for (const part of schema.allOf) this.check(value, part, at, out, false);
    }
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches) {
      const results = branches.map((branch) => {
        const errors: string[] = [];
        this.check(value, branch, at, errors, strict);
        return errors;
      });
      const matching = results.filter((r) => r.length === 0).length;
      if (matching === 0) {
        const closest = results.reduce((a, b) => (b.length < a.length ? b : a));
        out.push(`${at}: matches none of ${branches.length} alternatives; closest: ${closest.join('; ')}`);
      } else if (schema.oneOf && matching > 1) {
        out.push(`${at}: matches ${matching} of the oneOf alternatives`);
      }
    }
    if (schema.enum && !schema.enum.includes(value)) {
      out.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => isType(value, t))) {
        out.push(`${at}: expected ${types.join(' | ')}, got ${describe(value)}`);
        return;
      }
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum)
        out.push(`${at}: ${value} < ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum)
        out.push(`${at}: ${value} > ${schema.maximum}`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
        out.push(`${at}: ${value} <= ${schema.exclusiveMinimum}`);
      }
      if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
        out.push(`${at}: ${value} >= ${schema.exclusiveMaximum}`);
      }
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) out.push(`${at}: too short`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) out.push(`${at}: too long`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
        out.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
      }
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${at}: too few items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${at}: too many items`);
      if (schema.items) {
        const items = schema.items;
        value.forEach((v, i) => {
          this.check(v, items, `${at}[${i}]`, out);
        });
      }
      return;
    }
    if (!isRecord(value)) return;
    for (const name of schema.required ?? []) {
      if (!(name in value)) out.push(`${at}: required field "${name}" is missing`);
    }
    for (const [name, v] of Object.entries(value)) {
      const prop = schema.properties?.[name];
      if (prop) this.check(v, prop, `${at}.${name}`, out);
      else if (typeof schema.additionalProperties === 'object') {
        this.check(v, schema.additionalProperties, `${at}.${name}`, out);
      }
    }
    if (strict && (schema.properties || schema.allOf)) {
      const { props, open } = this.shape(schema);
      if (!open) {
        for (const name of Object.keys(value)) {
          if (!props.has(name)) out.push(`${at}: field "${name}" is not in the document`);
        }
      }
    }
  }

  /**
   * Every way a webhook payload breaks the documented body of the webhook named by its `type` (strictly, as
   * responses are checked); none when it matches.
   */
  checkWebhook(payload: unknown): string[] {
    const type = isRecord(payload) && typeof payload.type === 'string' ? payload.type : undefined;
    const where = `webhook ${type ?? '(no type)'}`;
    const schema =
      type && this.doc.webhooks?.[type]?.post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) return [`${where}: not a webhook of the document`];
    const out: string[] = [];
    this.check(payload, schema, 'body', out);
    return out.map((o) => `${where}: ${o}`);
  }

  /** `required: true` on a header (or on the $ref to it). */
  private headerRequired(spec: unknown): boolean {
    if (!isRecord(spec)) return false;
    if (spec.required === true) return true;
    if (typeof spec.$ref !== 'string') return false;
    const target = this.doc.components.headers?.[spec.$ref.replace('#/components/headers/', '')];
    return isRecord(target) && target.required === true;
  }

  /** The openapi-fetch middleware. */
  middleware(): Middleware {
    return {
      onResponse: async ({ request, response, schemaPath }) => {
        const method = request.method.toLowerCase();
        const where = `${request.method} ${schemaPath} → ${response.status}`;
        const operation = this.doc.paths[schemaPath]?.[method];
        if (!operation) {
          this.violations.push(`${where}: operation not in the document`);
          return undefined;
        }
        const key = `${operation.operationId ?? where} ${response.status}`;
        this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
        const documented = operation.responses[String(response.status)] ?? operation.responses.default;
        if (!documented) {
          this.violations.push(`${where}: status ${response.status} is not documented`);
          return undefined;
        }
        const headers = Object.entries(documented.headers ?? {});
        const headerNames = new Set(headers.map(([h]) => h.toLowerCase()));
        for (const name of API_HEADERS) {
          if (response.headers.has(name) && !headerNames.has(name)) {
            this.violations.push(`${where}: header ${name} is not documented`);
          }
        }
        for (const [name, spec] of headers) {
          if (this.headerRequired(spec) && !response.headers.has(name)) {
            this.violations.push(`${where}: required header ${name} is missing`);
          }
        }
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
        const text = await response.clone().text();
        if (!documented.content) {
          if (text !== '') this.violations.push(`${where}: a body (${mediaType}) where none is documented`);
          return undefined;
        }
        const media = documented.content[mediaType];
        if (!media) {
          const expected = Object.keys(documented.content).join(', ');
          this.violations.push(`${where}: media type "${mediaType}" is not documented (${expected})`);
          return undefined;
        }
        if (/json$/.test(mediaType) && media.schema) {
          const out: string[] = [];
          this.check(JSON.parse(text), media.schema, 'body', out);
          for (const o of out) this.violations.push(`${where}: ${o}`);
        }
        return undefined;
      },
    };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isType(v: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isInteger(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isRecord(v);
    default:
      return false;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return `${typeof v} ${JSON.stringify(v)?.slice(0, 60) ?? ''}`;
}
