/**
 * Batch items: what one item of a job may hold (a chart request, or a reading request), and its
 * validation at creation, where an invalid item becomes its own failure and the others go on.
 */
import { z } from '@hono/zod-openapi';
import { SECTION_IDS } from '../../astro/readings/index';
import type { BatchType } from '../../schemas/batch';
import { LangSchema } from '../lang';
import { type FieldError, PROBLEM_BASE, type ProblemInit, zodFieldErrors } from '../problem';
import { checkStarOptions, checkSubject, optionFields, starFields, subjectFields } from '../subject';

/** Most items per batch, by type (contract). */
export const MAX_ITEMS: Record<BatchType, number> = { charts: 100, readings: 50 };

/** A batch chart item: exactly a chart request (POST /v1/charts) without `save`. */
export const ChartItemSchema = z
  .object({ ...subjectFields, ...optionFields, ...starFields })
  .strict()
  .superRefine((v, ctx) => {
    checkSubject(v, ctx);
    checkStarOptions(v, ctx);
  })
  .openapi('BatchChartItem', {
    description: 'A chart request (as POST /v1/charts) without `save`; its options override the shared ones.',
  });

/** A batch reading item: a chart request plus the reading's optional `sections`. */
export const ReadingItemSchema = z
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
  .strict()
  .superRefine((v, ctx) => checkSubject(v, ctx))
  .openapi('BatchReadingItem', {
    description:
      'A chart request plus optional `sections` and `lang` (default `en`; Accept-Language does not apply to batches); its options override the shared ones.',
  });

/** Shared options of a chart batch, applied under each item's own. */
export const ChartOptionsSchema = z
  .object({ ...optionFields, ...starFields })
  .partial()
  .strict()
  .openapi('BatchChartOptions');
export const ReadingOptionsSchema = z
  .object({
    ...optionFields,
    sections: z.array(z.enum(SECTION_IDS)).min(1).max(SECTION_IDS.length),
    lang: LangSchema,
  })
  .partial()
  .strict()
  .openapi('BatchReadingOptions');

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
  const merged = isPlainObject(raw) ? { ...shared, ...raw } : raw;
  const parsed = ITEM_SCHEMAS[type].safeParse(merged);
  if (parsed.success) return { input: parsed.data as Record<string, unknown> };
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
