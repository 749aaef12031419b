/**
 * Field types whose JSON Schema zod-to-openapi would leave looser than the server:
 *
 * - a string format (`email`, `date`, `date-time`) is checked by zod with its own regular expression,
 *   stricter than what many validators accept for the format (and `format` is only an annotation by
 *   default in JSON Schema 2020-12): the document gets the same regular expression as `pattern`, read
 *   from the zod schema, so there is one source;
 * - an integer query parameter arrives as a string: `z.coerce.number()` makes the generator see a schema
 *   that accepts `null` (typed `["integer", "null"]`) and `Number()` accepts "", "0x10" and "1e1"; here
 *   the wire form is decimal digits and the document says `integer` with the same bounds.
 */
import { z } from '@hono/zod-openapi';

/** The regular expression zod checks a string format with, as a JSON Schema `pattern`. */
function zodPattern(schema: z.ZodType): string {
  const pattern = (schema._zod as unknown as { pattern?: RegExp }).pattern;
  if (pattern?.flags.replace(/[gu]/g, '') !== '') {
    throw new Error('Expected a string format checked by a flagless regular expression.');
  }
  return pattern.source;
}

/** An email address as the server accepts it (zod's pattern: ASCII local part and domain, a TLD). */
export function email() {
  const schema = z.email();
  return schema.openapi({ format: 'email', pattern: zodPattern(schema) });
}

/** A calendar date, YYYY-MM-DD (Gregorian; the pattern knows month lengths and leap years). */
export function isoDate() {
  const schema = z.iso.date();
  return schema.openapi({ format: 'date', pattern: zodPattern(schema) });
}

/** An RFC 3339 date-time with seconds and an offset (`Z` or ±hh:mm). */
export function isoDateTime() {
  const schema = z.iso.datetime({ offset: true });
  return schema.openapi({ format: 'date-time', pattern: zodPattern(schema) });
}

/**
 * An integer query parameter: decimal digits on the wire, `integer` in the document. A JSON number is
 * taken too, for the MCP tools whose inputs are the query schemas (src/routes/mcp/tools.ts).
 */
export function queryInteger(bounds: { min: number; max?: number }) {
  let n = z.number().int().min(bounds.min);
  if (bounds.max !== undefined) n = n.max(bounds.max);
  const range =
    bounds.max === undefined
      ? `an integer ≥ ${bounds.min}`
      : `an integer from ${bounds.min} to ${bounds.max}`;
  return z
    .union([z.number(), z.string().regex(/^-?\d{1,20}$/)], { error: `Expected ${range}.` })
    .transform(Number)
    .pipe(n)
    .openapi({
      type: 'integer',
      minimum: bounds.min,
      ...(bounds.max === undefined ? {} : { maximum: bounds.max }),
    });
}

/** A decimal query parameter (`2`, `0.25`, `.5`), `number` in the document; a JSON number too (MCP). */
export function queryNumber(bounds: { min: number; max: number }) {
  return z
    .union([z.number(), z.string().regex(/^-?(?:\d{1,20}(?:\.\d{1,20})?|\.\d{1,20})$/)], {
      error: `Expected a number from ${bounds.min} to ${bounds.max}.`,
    })
    .transform(Number)
    .pipe(z.number().min(bounds.min).max(bounds.max))
    .openapi({ type: 'number', minimum: bounds.min, maximum: bounds.max });
}

/** queryInteger with a default (the document's `default` too). */
export function queryIntegerDefault(bounds: { min: number; max?: number }, value: number) {
  return queryInteger(bounds).default(value).openapi({ default: value });
}
