/**
 * fast-check arbitraries derived from JSON Schema 2020-12 (the request schemas of /openapi.json), and a
 * 2020-12 validator (@cfworker/json-schema, which runs in workerd) as the judge of what they produce:
 * the positive-conformance suite (test/conformance.test.ts) reads only the document, never our zod code.
 *
 * The structural keywords (type, enum, const, properties/required, items, bounds, pattern, format,
 * oneOf/anyOf unions, $ref) and the scalar `example`s drive generation; the rule keywords (if/then/else,
 * dependentRequired, dependentSchemas, anyOf of `required`, not, minProperties) are enforced on each
 * object that has them, by dropping the optional fields a rule allows only with another (`repair`) and
 * filtering with the validator, so a value that reaches the server is valid against the document by
 * construction.
 */
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';

export type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

export interface Document {
  components?: { schemas?: Record<string, Schema> };
  [k: string]: unknown;
}

/** Longest array generated (the document may allow more: 100 batch items; size is not what is tested). */
const MAX_ITEMS = 4;
/** The keywords of cross-field rules (src/schemas/rules.ts), enforced by filtering with the validator. */
const RULE_KEYWORDS = [
  'allOf',
  'anyOf',
  'not',
  'if',
  'dependentRequired',
  'dependentSchemas',
  'minProperties',
];

/** Longest string generated without a pattern (bounds are kept; long strings test nothing here). */
const MAX_STRING = 24;

export class SchemaArbitraries {
  private readonly cache = new Map<string, Validator>();

  constructor(private readonly doc: Document) {}

  /** Validates a value against a schema of the document ($refs resolved in the document). */
  valid(schema: Schema, value: unknown): boolean {
    const key = JSON.stringify(schema);
    let v = this.cache.get(key);
    if (!v) {
      v = new Validator({ ...schema, components: this.doc.components } as never, '2020-12', true);
      this.cache.set(key, v);
    }
    return v.validate(value).valid;
  }

  /** Values valid against `schema`. */
  of(schema: Schema): fc.Arbitrary<unknown> {
    return this.build(schema, 0).filter((value) => this.valid(schema, value));
  }

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    const { $ref: _, ...rest } = schema;
    return this.resolve({ ...target, ...rest });
  }

  private build(raw: Schema, depth: number): fc.Arbitrary<unknown> {
    if (depth > 12) throw new Error('schema too deep');
    const schema = this.resolve(raw);
    // The document's own examples (a city the gazetteer knows, a real zone, a famous slug) half the
    // time, as a generator reading the document would: they are what reaches past the world checks.
    const examples = [
      ...('example' in schema && schema.example !== undefined ? [schema.example] : []),
      ...(Array.isArray(schema.examples) ? schema.examples : []),
    ].filter((e) => e === null || typeof e !== 'object');
    if (examples.length > 0) {
      const { example: _e, examples: _es, ...rest } = schema;
      return fc.oneof(fc.constantFrom(...examples), this.build(rest, depth + 1));
    }
    if ('const' in schema) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    // A union whose branches carry the structure (not rule-only `anyOf: [{required}]`).
    const union = schema.oneOf ?? (schema.type === undefined ? schema.anyOf : undefined);
    if (union && schema.type === undefined && schema.properties === undefined) {
      return fc.oneof(...union.map((b) => this.build(b, depth + 1)));
    }
    if (schema.allOf && schema.type === undefined && schema.properties === undefined) {
      const structural = schema.allOf.find((s) => s.$ref || s.type || s.properties);
      if (structural) return this.build(structural, depth + 1);
    }
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['object'];
    return fc.oneof(...types.map((t) => this.typed(t, schema, depth)));
  }

  private typed(type: string, s: Schema, depth: number): fc.Arbitrary<unknown> {
    const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer': {
        const min = num('minimum') ?? (num('exclusiveMinimum') ?? -1_000_001) + 1;
        const max = num('maximum') ?? (num('exclusiveMaximum') ?? 1_000_001) - 1;
        return fc.integer({ min, max });
      }
      case 'number': {
        const min = num('minimum') ?? num('exclusiveMinimum') ?? -1e6;
        const max = num('maximum') ?? num('exclusiveMaximum') ?? 1e6;
        return fc.double({
          min,
          max,
          minExcluded: num('exclusiveMinimum') !== undefined,
          maxExcluded: num('exclusiveMaximum') !== undefined,
          noNaN: true,
          noDefaultInfinity: true,
        });
      }
      case 'string':
        return this.string(s);
      case 'array': {
        const items = s.items ? this.build(s.items, depth + 1) : fc.constant(null);
        const minLength = num('minItems') ?? 0;
        const maxLength = Math.max(minLength, Math.min(num('maxItems') ?? MAX_ITEMS, MAX_ITEMS));
        return fc.array(items, { minLength, maxLength });
      }
      default: {
        const props = s.properties ?? {};
        const required = new Set(s.required ?? []);
        const shape = Object.fromEntries(
          Object.entries(props).map(([k, p]) => [k, this.build(p, depth + 1)]),
        );
        const record = fc.record(shape, {
          requiredKeys: Object.keys(props).filter((k) => required.has(k)),
        });
        // An object with rules of its own (a batch item, a side, shared options) is repaired and
        // filtered here, on its own: filtered only as part of the whole request, the chance that every
        // one of up to MAX_ITEMS items keeps its rules multiplies, and generating a batch never ends.
        if (!RULE_KEYWORDS.some((k) => k in s)) return record;
        return record.map((v) => repair(s, v)).filter((v) => this.valid(s, v));
      }
    }
  }

  private string(s: Schema): fc.Arbitrary<string> {
    const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
    const maxLength = typeof s.maxLength === 'number' ? s.maxLength : undefined;
    const fits = (x: string) => {
      const n = [...x].length;
      return n >= minLength && (maxLength === undefined || n <= maxLength);
    };
    // A format first (realistic values: public web URLs, addresses, dates), the pattern judged by the
    // validator; a pattern alone drives the generation.
    if (
      typeof s.pattern === 'string' &&
      !['uri', 'email', 'date', 'date-time'].includes(s.format as string)
    ) {
      return fc.stringMatching(new RegExp(s.pattern, 'u'), { size: 'small' }).filter(fits);
    }
    switch (s.format) {
      case 'date':
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case 'date-time':
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => `${d.toISOString().slice(0, 19)}Z`);
      case 'email':
        return fc.emailAddress().filter(fits);
      case 'uri':
        return fc.webUrl().filter(fits);
    }
    const max = Math.min(maxLength ?? MAX_STRING, Math.max(minLength, MAX_STRING));
    return fc.string({ minLength, maxLength: max, unit: 'grapheme' });
  }
}

type Rule = Schema & {
  dependentSchemas?: Record<string, { properties: Record<string, { const: unknown }>; required: string[] }>;
  dependentRequired?: Record<string, string[]>;
  not?: { required?: string[]; anyOf?: { required: string[] }[] };
  if?: { properties: Record<string, { const: unknown }>; required: string[] };
  then?: {
    required?: string[];
    properties?: Record<string, { items?: { enum?: unknown[] }; minItems?: number }>;
  };
};

/**
 * Drops the optional fields that a rule allows only with another (`dependentSchemas`,
 * `dependentRequired`, "not both" `not`, and the flag of an `if`/`then` whose field is missing, whose items its
 * `then` does not take, or whose array is shorter than its `then`'s `minItems`), so that
 * generated objects keep their rules far more often than by chance: with a field allowed only beside
 * one value of a 48-value enum (the user ayanamsa's), chance alone keeps an object in about 1 of 100.
 * What is left (`else`, `anyOf` of `required`, `minProperties`) is judged by the validator.
 */
function repair(schema: Schema, value: Record<string, unknown>): Record<string, unknown> {
  const rules = (schema.allOf ?? [schema]) as Rule[];
  const v = { ...value };
  const has = (k: string) => v[k] !== undefined;
  for (let pass = 0; pass < 3; pass++) {
    for (const r of rules) {
      for (const [field, dep] of Object.entries(r.dependentSchemas ?? {})) {
        const ok = Object.entries(dep.properties).every(([k, c]) => has(k) && v[k] === c.const);
        if (has(field) && !ok) delete v[field];
      }
      for (const [field, others] of Object.entries(r.dependentRequired ?? {})) {
        if (has(field) && !others.every(has)) delete v[field];
      }
      for (const pair of r.not?.required ? [r.not.required] : (r.not?.anyOf ?? []).map((a) => a.required)) {
        if (pair.every(has)) delete v[pair[pair.length - 1] as string];
      }
      if (r.if && r.then) {
        const matches = Object.entries(r.if.properties).every(([k, c]) => has(k) && v[k] === c.const);
        // `then` requires fields, narrows the items of an array (`interpretation: true` takes only the natal
        // points readings name) or sets an array's `minItems`.
        const holds =
          (r.then.required ?? []).every(has) &&
          Object.entries(r.then.properties ?? {}).every(
            ([k, p]) =>
              !has(k) ||
              !Array.isArray(v[k]) ||
              ((v[k] as unknown[]).length >= (p.minItems ?? 0) &&
                (!p.items?.enum || (v[k] as unknown[]).every((x) => p.items?.enum?.includes(x)))),
          );
        if (matches && !holds) for (const k of r.if.required) delete v[k];
      }
    }
  }
  return v;
}
