/**
 * Text as the API accepts it: every string field of a request (body, query, path) is built with text(),
 * so one rule holds everywhere. A string must be well-formed Unicode (no lone surrogate: it cannot be
 * encoded as UTF-8, so D1 and JSON would store and give back something else than was sent) and hold no
 * control character (C0, DEL, C1: NUL truncates in some consumers, and none of them is text anyone
 * means). A multi-line field (a description) may hold TAB, LF and CR. Anything else is a 400 naming the
 * field, through the usual validation error.
 */
import { z } from '@hono/zod-openapi';
import { stated } from './rules';

/** Control characters (C0, DEL, C1) and lone surrogates (with the u flag, a pair is one code point). */
const NOT_TEXT = /[\p{Cc}\p{Cs}]/gu;
const LINE_BREAKS = new Set(['\t', '\n', '\r']);

/** Why `s` is not acceptable text, or null when it is. */
export function textProblem(s: string, multiline = false): string | null {
  let bad: RegExpExecArray | null = null;
  for (const m of s.matchAll(NOT_TEXT)) {
    if (multiline && LINE_BREAKS.has(m[0])) continue;
    bad = m;
    break;
  }
  if (!bad) return null;
  const code = bad[0].codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    code >= 0xd800 && code <= 0xdfff ? 'a lone surrogate (ill-formed Unicode)' : 'a control character';
  return `Must be well-formed text without control characters; found ${what}, ${hex}, at position ${bad.index}.`;
}

/** The text rule as a refinement, for string schemas that are not built with text() (z.email()). */
export function checkText(multiline = false) {
  return (s: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(s, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/**
 * The text rule as the document states it: `not` a string containing a control character or a lone
 * surrogate (JSON Schema patterns are Unicode-aware regular expressions). A `not`, not a `pattern`, so
 * that a field's own regular expression (a country code, "not blank") stays its `pattern`.
 */
export const NOT_TEXT_PATTERN = '[\\p{Cc}\\p{Cs}]';
export const NOT_MULTILINE_TEXT_PATTERN = '[\\p{Cs}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]';

/** A string field of the API: z.string() with the text rule (see the module comment), in the document too. */
export function text(opts: { multiline?: boolean } = {}) {
  const keywords = { not: { pattern: opts.multiline ? NOT_MULTILINE_TEXT_PATTERN : NOT_TEXT_PATTERN } };
  return stated(z.string().superRefine(checkText(opts.multiline)).openapi(keywords), keywords);
}
