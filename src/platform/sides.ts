/**
 * "Who is this chart of?": routes that take one or two people (readings, synastry, composite, matches)
 * accept for each either birth data (the same flat fields as POST /v1/charts), a saved `chart_id` of the
 * caller's account, or a famous person's `slug` (the union: src/schemas/subject.ts, sideUnion). This
 * module turns the chosen one into the pure library's input.
 */
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';
import type { ChartOptions, SubjectInput } from '../astro/chart';
import { type ChartWarning, DomainError } from '../astro/types';
import { charts } from '../db/schema';
import type { SubjectBody } from '../schemas/subject';
import type { AppEnv } from './context';
import { famousSubject, getFamousPerson } from './famous';
import { domainProblem, ProblemError, problem } from './problem';
import { kvLayer, resolveSubject } from './subject';

/** One side as validated: birth data, `{ chart_id }` or `{ slug }` (src/schemas/subject.ts, sideUnion). */
export type SideBody = { chart_id: string } | { slug: string } | SubjectBody;

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
    if ('chart_id' in side) {
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
    if ('slug' in side) {
      const person = await getFamousPerson(c.env.DB, side.slug, kvLayer(c.env, c.executionCtx));
      if (!person) {
        throw problem(404, `No famous person "${side.slug}".`, {
          errors: [{ path: at('slug'), message: 'Unknown slug.', location: 'body' }],
        });
      }
      return { input: famousSubject(person), warnings: [], source: { type: 'famous', slug: side.slug } };
    }
    const { input, warnings } = await resolveSubject(c.env.DB, side, kvLayer(c.env, c.executionCtx));
    return { input, warnings, source: { type: 'subject' } };
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, prefix);
    if (err instanceof ProblemError) throw err;
    throw err;
  }
}
