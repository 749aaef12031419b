/**
 * "Who is this chart of?": routes that take one or two people (readings, synastry, composite, matches)
 * accept for each either birth data (the same flat fields as POST /v1/charts), a saved `chart_id` of the
 * caller's account, or a famous person's `slug`. This module validates that choice and turns it into the
 * pure library's input.
 */
import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';
import type { ChartOptions, SubjectInput } from '../astro/chart';
import { type ChartWarning, DomainError } from '../astro/types';
import { charts } from '../db/schema';
import type { AppEnv } from './context';
import { famousSubject, getFamousPerson } from './famous';
import { domainProblem, ProblemError, problem } from './problem';
import {
  checkOptions,
  checkSubject,
  kvLayer,
  resolveSubject,
  type SubjectBody,
  subjectFields,
} from './subject';
import { text } from './text';

const partialSubject = Object.fromEntries(
  Object.entries(subjectFields).map(([k, v]) => [k, (v as z.ZodType).optional()]),
) as { [K in keyof typeof subjectFields]: z.ZodOptional<(typeof subjectFields)[K]> };

export const sideFields = {
  chart_id: text().max(64).optional().openapi({ description: 'A chart saved by this account.' }),
  slug: text()
    .max(100)
    .optional()
    .openapi({ description: "A famous person's slug.", example: 'albert-einstein' }),
  ...partialSubject,
};

const SUBJECT_KEYS = Object.keys(subjectFields);
const REQUIRED = ['year', 'month', 'day'] as const;

/** Exactly one of chart_id, slug or birth data; birth data complete and consistent. */
export function checkSide(
  v: Record<string, unknown>,
  ctx: z.RefinementCtx,
  prefix: PropertyKey[] = [],
): void {
  const given = SUBJECT_KEYS.filter(
    (k) => v[k] !== undefined && !['minute', 'second', 'time_known', 'on_gap'].includes(k),
  );
  const sources = [v.chart_id !== undefined, v.slug !== undefined, given.length > 0].filter(Boolean).length;
  if (sources !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: [...prefix, v.chart_id !== undefined ? 'chart_id' : v.slug !== undefined ? 'slug' : 'year'],
      message: 'Give exactly one of: birth data (year, month, day, ...), "chart_id" or "slug".',
    });
    return;
  }
  if (given.length === 0) {
    checkOptions(v as Parameters<typeof checkOptions>[0], ctx, prefix);
    return;
  }
  for (const k of REQUIRED) {
    if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [...prefix, k], message: 'Required.' });
  }
  checkSubject(v as Partial<SubjectBody>, ctx, prefix);
}

export type SideBody = { chart_id?: string | undefined; slug?: string | undefined } & Partial<SubjectBody>;

export interface ResolvedSide {
  input: SubjectInput;
  warnings: ChartWarning[];
  /** Where it came from, for the response. */
  source: { type: 'subject' } | { type: 'chart'; chart_id: string } | { type: 'famous'; slug: string };
}

/** Subject/chart_id/slug → library input. Field paths in errors get `prefix` ("first", "second"). */
export async function resolveSide(c: Context<AppEnv>, side: SideBody, prefix = ''): Promise<ResolvedSide> {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  try {
    if (side.chart_id !== undefined) {
      const p = c.get('principal');
      const row = p
        ? await drizzle(c.env.DB)
            .select({ request: charts.request })
            .from(charts)
            .where(and(eq(charts.id, side.chart_id), eq(charts.accountId, p.accountId)))
            .get()
        : undefined;
      if (!row) {
        throw problem(404, `No saved chart "${side.chart_id}".`, {
          errors: [{ path: at('chart_id'), message: 'Unknown chart id.', location: 'body' }],
        });
      }
      const saved = row.request as { subject: SubjectInput; options: ChartOptions };
      return { input: saved.subject, warnings: [], source: { type: 'chart', chart_id: side.chart_id } };
    }
    if (side.slug !== undefined) {
      const person = await getFamousPerson(c.env.DB, side.slug, kvLayer(c.env, c.executionCtx));
      if (!person) {
        throw problem(404, `No famous person "${side.slug}".`, {
          errors: [{ path: at('slug'), message: 'Unknown slug.', location: 'body' }],
        });
      }
      return { input: famousSubject(person), warnings: [], source: { type: 'famous', slug: side.slug } };
    }
    const { input, warnings } = await resolveSubject(
      c.env.DB,
      side as SubjectBody,
      kvLayer(c.env, c.executionCtx),
    );
    return { input, warnings, source: { type: 'subject' } };
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, prefix);
    if (err instanceof ProblemError) throw err;
    throw err;
  }
}
