/**
 * Batch items: what one item of a job may hold (a chart request, or a reading request), and its
 * validation at creation, where an invalid item becomes its own failure and the others go on.
 */
import { z } from '@hono/zod-openapi';
import { SECTION_IDS } from '../../astro/readings/index';
import { DomainError } from '../../astro/types';
import type { BatchType } from '../../schemas/batch';
import { withRules } from '../../schemas/rules';
import { OPTION_DEPENDENTS } from '../../schemas/subject';
import { LangSchema } from '../lang';
import { domainProblem, type FieldError, PROBLEM_BASE, type ProblemInit, zodFieldErrors } from '../problem';
import {
  checkSubjectWorld,
  OPTION_RULES,
  optionFields,
  STAR_RULES,
  SUBJECT_RULES,
  starFields,
  subjectFields,
} from '../subject';

/** Most items per batch, by type (contract). */
export const MAX_ITEMS: Record<BatchType, number> = { charts: 100, readings: 50 };

/** A batch chart item: exactly a chart request (POST /v1/charts) without `save`. */
export const ChartItemSchema = withRules(
  z.object({ ...subjectFields, ...optionFields, ...starFields }).strict(),
  [...SUBJECT_RULES, ...OPTION_RULES, ...STAR_RULES],
).openapi('BatchChartItem', {
  description: 'A chart request (as POST /v1/charts) without `save`; its options override the shared ones.',
});

/** A batch reading item: a chart request plus the reading's optional `sections`. */
export const ReadingItemSchema = withRules(
  z
    .object({
      ...subjectFields,
      ...optionFields,
      sections: z
        .array(z.enum(SECTION_IDS))
        .min(1)
        .max(SECTION_IDS.length)
        .optional()
        .openapi({ description: 'Which sections of the reading (default: all).' }),
      lang: LangSchema.optional(),
    })
    .strict(),
  [...SUBJECT_RULES, ...OPTION_RULES],
).openapi('BatchReadingItem', {
  description:
    'A chart request plus optional `sections` and `lang` (default `en`; Accept-Language does not apply to batches); its options override the shared ones.',
});

/** Shared options of a chart batch, applied under each item's own. */
export const ChartOptionsSchema = withRules(
  z
    .object({ ...optionFields, ...starFields })
    .partial()
    .strict(),
  [...OPTION_RULES, ...STAR_RULES],
).openapi('BatchChartOptions');
export const ReadingOptionsSchema = withRules(
  z
    .object({
      ...optionFields,
      sections: z.array(z.enum(SECTION_IDS)).min(1).max(SECTION_IDS.length),
      lang: LangSchema,
    })
    .partial()
    .strict(),
  OPTION_RULES,
).openapi('BatchReadingOptions');

/**
 * An item under the shared options: the item's fields win, and an option goes with those it depends on
 * (OPTION_DEPENDENTS: an item that sets its zodiac takes its own ayanamsa, or none; one that sets its
 * ayanamsa, its own user-ayanamsa fields; one that sets `fixed_stars`, its own star orb), so an item and
 * options that are each valid always make a valid item: a shared sidereal ayanamsa never lands on an
 * item's tropical zodiac, nor a shared star orb on an item's `"fixed_stars": false`.
 */
export function withSharedOptions(
  raw: Record<string, unknown>,
  shared: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...shared, ...raw };
  for (const [head, dependents] of Object.entries(OPTION_DEPENDENTS)) {
    if (raw[head] === undefined) continue;
    for (const d of dependents) if (raw[d] === undefined) delete merged[d];
  }
  return merged;
}

export const ITEM_SCHEMAS = { charts: ChartItemSchema, readings: ReadingItemSchema } as const;

/** The error of a failed item: a problem without instance/request_id. */
export interface ItemError {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldError[];
}

export function itemError(init: ProblemInit): ItemError {
  return {
    type: /^[a-z]+:/i.test(init.type) ? init.type : PROBLEM_BASE + init.type,
    title: init.title,
    status: init.status,
    detail: init.detail ?? init.title,
    errors: init.errors ?? [],
  };
}

export const itemPath = (index: number) => `items[${index}]`;

export type CheckedItem = { input: Record<string, unknown> } | { error: ItemError };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates one item (shared options under the item's own); an invalid item becomes its error. */
export function checkItem(
  type: BatchType,
  raw: unknown,
  shared: Record<string, unknown> | undefined,
  index: number,
): CheckedItem {
  const merged = isPlainObject(raw) ? withSharedOptions(raw, shared) : raw;
  const parsed = ITEM_SCHEMAS[type].safeParse(merged);
  if (parsed.success) {
    // What the document cannot say (a day the month lacks, a zone that does not exist) fails the item
    // here, as a 422, before anything is charged; an unknown city or a skipped local time fails it
    // while computing.
    try {
      checkSubjectWorld(parsed.data);
    } catch (err) {
      if (err instanceof DomainError) return { error: itemError(domainProblem(err, itemPath(index)).init) };
      throw err;
    }
    return { input: parsed.data as Record<string, unknown> };
  }
  const errors = zodFieldErrors(parsed.error, 'body', itemPath(index));
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return {
    error: itemError({
      status: 400,
      type: 'validation-error',
      title: 'Invalid request',
      detail: first ? `${first.path}: ${first.message}${more}` : 'The item is invalid.',
      errors,
    }),
  };
}
