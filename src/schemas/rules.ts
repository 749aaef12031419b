/**
 * Request rules that zod checks and the OpenAPI document states, from one declaration.
 *
 * zod-to-openapi (behind @hono/zod-openapi) turns a zod schema's shape, types, bounds, enums, regexes
 * and unions into JSON Schema, but not its refinements: a rule written only as `superRefine` would be
 * enforced by the server and missing from /openapi.json. Each helper here declares a rule once and
 * derives both forms from it: the zod check that names the offending field, and the JSON Schema 2020-12
 * keywords (`dependentRequired`, `dependentSchemas`, `if`/`else`, `anyOf`/`not` of `required`,
 * `minProperties`, a real `oneOf` union) merged into the schema's generated document through
 * `.openapi()`. What JSON Schema cannot say (a calendar's days, a skipped local time, an unknown place)
 * is checked after validation and answered as a 422 with its own problem type, stated in the field's
 * description (src/platform/openapi.ts, `problemTypes`).
 */
import { z } from '@hono/zod-openapi';

/** A JSON Schema fragment (OpenAPI 3.1 = JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown>;

type Issue = (path: string, message: string) => void;

/** A rule about an object's fields: its JSON Schema keywords and the same rule as a zod check. */
export interface ObjectRule {
  /** JSON Schema keywords that state the rule; one entry of the object's `allOf`. */
  schema: JsonSchema;
  /** Reports each violation on the field it is about. */
  check(value: Record<string, unknown>, issue: Issue): void;
}

/** A JSON value a rule compares a field with (`const`). */
type Const = string | number | boolean;

const given = (v: Record<string, unknown>, key: string) => v[key] !== undefined;
const list = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

/** `field` is required unless `flag` is given as `value` (e.g. `hour` unless `time_known` is false). */
export function requiredUnless(field: string, flag: string, value: unknown, message: string): ObjectRule {
  return {
    schema: {
      if: { properties: { [flag]: { const: value } }, required: [flag] },
      else: { required: [field] },
    },
    check: (v, issue) => {
      if (v[flag] !== value && !given(v, field)) issue(field, message);
    },
  };
}

/** The fields come together or not at all (`latitude` and `longitude`). */
export function together(fields: readonly string[]): ObjectRule {
  return {
    schema: {
      dependentRequired: Object.fromEntries(fields.map((f) => [f, fields.filter((g) => g !== f)])),
    },
    check: (v, issue) => {
      const some = fields.filter((f) => given(v, f));
      if (some.length > 0 && some.length < fields.length) {
        const missing = fields.filter((f) => !given(v, f));
        for (const f of missing) issue(f, `Give ${list(fields)} together.`);
      }
    },
  };
}

/** At least one of the groups of fields is given in full (a place: `city`, or coordinates). */
export function oneOfGroups(groups: readonly (readonly string[])[], message: string): ObjectRule {
  return {
    schema: { anyOf: groups.map((g) => ({ required: [...g] })) },
    check: (v, issue) => {
      if (!groups.some((g) => g.every((f) => given(v, f)))) issue(groups[0]?.[0] ?? '', message);
    },
  };
}

/**
 * `field` may be given only with `other` set to `value` (`ayanamsa` only with `zodiac: "sidereal"`,
 * `fixed_star_orb` only with `fixed_stars: true`).
 */
export function onlyWith(field: string, other: string, value: Const, message: string): ObjectRule {
  return {
    schema: {
      dependentSchemas: { [field]: { properties: { [other]: { const: value } }, required: [other] } },
    },
    check: (v, issue) => {
      if (given(v, field) && v[other] !== value) issue(field, message);
    },
  };
}

/** `field` is required when `flag` is given as `value` (`ayanamsa_value` with `ayanamsa: "user"`). */
export function requiredIf(field: string, flag: string, value: Const, message: string): ObjectRule {
  return {
    schema: {
      if: { properties: { [flag]: { const: value } }, required: [flag] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: { required: [field] },
    },
    check: (v, issue) => {
      if (v[flag] === value && !given(v, field)) issue(field, message);
    },
  };
}

/**
 * At most one of the fields (`expires_at` or `expires_in_days`; `utc_offset` or `dst`), reported on the
 * second one given, with `message` or a default naming them all.
 */
export function atMostOne(fields: readonly string[], message?: string): ObjectRule {
  const pairs = fields.flatMap((a, i) => fields.slice(i + 1).map((b) => [a, b]));
  return {
    schema:
      pairs.length === 1
        ? { not: { required: pairs[0] } }
        : { not: { anyOf: pairs.map((p) => ({ required: p })) } },
    check: (v, issue) => {
      const some = fields.filter((f) => given(v, f));
      if (some.length > 1) issue(some[1] as string, message ?? `Give ${list(fields)}: at most one of them.`);
    },
  };
}

/** A non-empty object (a PATCH that changes something). */
export function notEmpty(fields: readonly string[]): ObjectRule {
  return {
    schema: { minProperties: 1 },
    check: (v, issue) => {
      if (!fields.some((f) => given(v, f))) issue('', `Give at least one of ${list(fields)}.`);
    },
  };
}

/**
 * An object schema with its cross-field rules: checked by zod (each issue on its field), stated in the
 * document as the object's `allOf`.
 */
export function withRules<T extends z.ZodObject>(object: T, rules: readonly ObjectRule[]) {
  const keywords = ruleKeywords(rules);
  return stated(
    object
      .superRefine((v, ctx) => {
        for (const rule of rules) {
          rule.check(v as Record<string, unknown>, (path, message) =>
            ctx.addIssue({ code: 'custom', path: path ? [path] : [], message }),
          );
        }
      })
      .openapi(keywords),
    keywords,
  ) as unknown as T;
}

// ------------------------------------------------------------------- the same keywords for zod's JSON Schema

/**
 * The keywords a schema states beyond what zod derives (rules, the text rule), by zod definition: the
 * clones `.openapi()` makes share their definition, so a named copy is found too.
 */
const STATED = new WeakMap<object, JsonSchema>();

/** Records the keywords `schema` states in the document (withRules, text()), for statedForZod. */
export function stated<T extends z.ZodType>(schema: T, keywords: JsonSchema): T {
  STATED.set(schema._zod.def, { ...STATED.get(schema._zod.def), ...keywords });
  return schema;
}

/**
 * zod's own JSON Schema (z.toJSONSchema, which the MCP SDK gives as a tool's `inputSchema`) reads zod's
 * metadata, not zod-to-openapi's: this gives every schema inside `root` that states keywords (a rule,
 * the text rule) the same keywords there, so an MCP tool's input says the rules its HTTP route's
 * document says. The OpenAPI document reads the same keywords either way.
 */
export function statedForZod(root: z.ZodType): void {
  const seen = new WeakSet<object>();
  const visit = (s: unknown): void => {
    if (!(s instanceof z.ZodType) || seen.has(s)) return;
    seen.add(s);
    const def = s._zod.def as unknown as Record<string, unknown>;
    // A check (`.max(200)`) makes a copy whose parent is the schema it refines (text().max(200)).
    let keywords: JsonSchema | undefined;
    for (let at: z.core.$ZodType | undefined = s; at && !keywords; at = at._zod.parent) {
      keywords = STATED.get(at._zod.def);
    }
    if (keywords) z.globalRegistry.add(s, { ...z.globalRegistry.get(s), ...keywords });
    for (const [key, value] of Object.entries(def)) {
      if (key === 'shape' && value && typeof value === 'object') Object.values(value).forEach(visit);
      else if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
    // After its branches (their rules are in place): a union states its branches, on its preprocess
    // step (what zod's input JSON Schema shows, and what the OpenAPI generator never reads: the
    // document keeps its oneOf of named branches); the object made of one (objectOf, MCP only) too.
    if (UNIONS.has(def)) {
      const step = def.in as z.ZodType;
      z.globalRegistry.add(step, { ...z.globalRegistry.get(step), ...unionJson(s) });
    }
    const of = OBJECT_OF.get(def);
    if (of) {
      visit(of);
      z.globalRegistry.add(s, { ...z.globalRegistry.get(s), ...unionJson(of) });
    }
  };
  visit(root);
}

/** The JSON Schema keywords of rules, to merge into an object schema's document. */
export function ruleKeywords(rules: readonly ObjectRule[]): JsonSchema {
  if (rules.length === 0) return {};
  if (rules.length === 1) return { ...rules[0]?.schema };
  return { allOf: rules.map((r) => r.schema) };
}

// --------------------------------------------------------------------------------- exclusive unions

export interface Branch<T extends z.ZodType = z.ZodType> {
  schema: T;
  /**
   * The fields whose presence selects this branch (`chart_id`, `slug`); the branch with none is the one
   * taken when no other is selected (birth data).
   */
  marks: readonly string[] | 'default';
}

/**
 * A union of strict objects told apart by which fields are present: the document's `oneOf` (the
 * branches exclude one another: each refuses the others' fields), the server's z.union. When the input
 * matches no branch, the errors are those of the branch its fields select (so `first.month` is named,
 * not "no branch matched"), or `message` when it selects none or several.
 */
export function exclusiveUnion<const B extends readonly [Branch, Branch, ...Branch[]]>(
  branches: B,
  message: string,
) {
  const union = z.union(
    branches.map((b) => b.schema) as unknown as [B[0]['schema'], ...B[number]['schema'][]],
  );
  const fallback = branches.find((b) => b.marks === 'default');
  // The default branch is selected by its own fields: those no other branch has.
  const others = new Set(
    branches.filter((b) => b !== fallback).flatMap((b) => Object.keys(shapeOf(b.schema))),
  );
  const ownKeys = fallback ? Object.keys(shapeOf(fallback.schema)).filter((k) => !others.has(k)) : [];
  const select = (v: Record<string, unknown>): { branch: Branch } | { at: string } => {
    const present = (k: string) => v[k] !== undefined;
    const picked = branches.filter((b) =>
      b.marks === 'default' ? ownKeys.some(present) : b.marks.some(present),
    );
    if (picked.length === 1) return { branch: picked[0] as Branch };
    if (picked.length === 0 && fallback) return { branch: fallback };
    // Several branches chosen: name the first field that chose one; none (and no default): the first mark.
    const marked = picked.flatMap((b) => (b.marks === 'default' ? [] : b.marks.filter(present)));
    const first = branches.find((b) => b.marks !== 'default')?.marks;
    return { at: marked[0] ?? (Array.isArray(first) ? (first[0] ?? '') : '') };
  };
  const result = z.preprocess(
    (input, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
      const v = input as Record<string, unknown>;
      const picked = select(v);
      if ('at' in picked) {
        ctx.addIssue({ code: 'custom', path: picked.at ? [picked.at] : [], message });
        return input;
      }
      const parsed = picked.branch.schema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issue.code === 'unrecognized_keys') {
            // Kept as such: the problem names each unknown field (src/platform/problem.ts).
            ctx.addIssue({
              code: 'unrecognized_keys',
              keys: issue.keys,
              path: issue.path,
              message: issue.message,
            });
          } else ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        }
      }
      return input;
    },
    union.openapi({}, { unionPreferredType: 'oneOf' }),
  );
  UNIONS.add(result._zod.def);
  return result;
}

/** The definitions of exclusiveUnion's schemas (a preprocess whose JSON Schema is its union's). */
const UNIONS = new WeakSet<object>();

/**
 * An object-typed schema for an exclusive union (an MCP tool's input must be an object): any fields,
 * checked by the union (its issues, its output unchanged: the route validates the same body), stated
 * as the union (statedForZod).
 */
export function objectOf<T extends z.ZodType>(union: T): z.ZodType<z.input<T>, z.input<T>> {
  const object = z
    .object({})
    .catchall(z.unknown())
    .superRefine((v, ctx) => {
      const parsed = union.safeParse(v);
      if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue(issue as never);
    });
  OBJECT_OF.set(object._zod.def, union);
  // Its output is the object as given, which the union accepted: the union's input type.
  return object as unknown as z.ZodType<z.input<T>, z.input<T>>;
}
const OBJECT_OF = new WeakMap<object, z.ZodType>();

/** zod's JSON Schema of an exclusive union: its branches (each strict), with their rules. */
function unionJson(union: z.ZodType): JsonSchema {
  const def = union._zod.def as unknown as { out: z.ZodType };
  const { $schema: _, ...json } = z.toJSONSchema(def.out, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonSchema;
  return json;
}

/** The fields of an object schema, through refinements and `.openapi()` pipes. */
function shapeOf(s: z.ZodType): Record<string, unknown> {
  if (s instanceof z.ZodObject) return s.shape;
  const def = (s as unknown as { _zod: { def: { in?: z.ZodType; innerType?: z.ZodType } } })._zod.def;
  const inner = def.in ?? def.innerType;
  return inner ? shapeOf(inner) : {};
}
