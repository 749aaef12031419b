/**
 * Charts as the API serves them: a request resolved into the pure library's input, computed through the
 * "charts" cache, and the saved charts of an account. Shared by the chart routes (src/routes/charts.ts,
 * wheels, cache warming) and chart batches (src/platform/batch).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type ChartOptions, computeChart, type SubjectInput } from '../astro/chart';
import type { Chart, ChartWarning } from '../astro/types';
import { DomainError } from '../astro/types';
import { signOf } from '../astro/zodiac';
import { charts } from '../db/schema';
import type { Env } from '../env';
import { ensureAsteroidTables } from './asteroid-tables';
import { type CacheContext, type CacheResult, cached } from './cache';
import { isId } from './ids';
import type { PlaceL2 } from './places';
import { domainProblem } from './problem';
import {
  chartCacheIdentity,
  type OptionsBody,
  resolveSubject,
  type SubjectBody,
  toChartOptions,
} from './subject';

export interface PreparedChart {
  input: SubjectInput;
  options: ChartOptions;
  warnings: ChartWarning[];
}

/** Validate-level input → the pure library's input (city resolved), mapping domain errors to 422. */
export async function prepareChart(
  db: D1Database,
  body: SubjectBody & OptionsBody,
  pathPrefix = '',
  l2?: PlaceL2,
): Promise<PreparedChart> {
  try {
    const { input, warnings } = await resolveSubject(db, body, l2);
    return { input, options: toChartOptions(body), warnings };
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, pathPrefix);
    throw err;
  }
}

/**
 * Compute (or fetch from cache) the chart JSON body of a prepared request. The body is shared by every
 * request with the same identity: it leaves out the request's own warnings (withRequestWarnings).
 */
export function cachedChart(
  env: Env,
  ctx: CacheContext,
  prepared: PreparedChart,
  pathPrefix = '',
): Promise<CacheResult> {
  const identity = chartCacheIdentity(prepared.input, prepared.options);
  return cached(env, ctx, 'charts', identity, async () => ({
    body: JSON.stringify(await computePrepared(env, prepared, pathPrefix)),
    contentType: 'application/json; charset=utf-8',
  }));
}

/**
 * The chart of a prepared request, without its request-specific warnings (domain errors → 422), once the
 * tables of the asteroids it asks for are loaded.
 */
export async function computePrepared(
  env: Pick<Env, 'ASSETS'>,
  prepared: Pick<PreparedChart, 'input' | 'options'>,
  pathPrefix = '',
): Promise<Chart> {
  await ensureAsteroidTables(env, prepared.options.points);
  try {
    return computeChart(prepared.input, prepared.options);
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, pathPrefix);
    throw err;
  }
}

/**
 * A chart with warnings of its input's resolution (an ambiguous city...) put first. Only for answers whose cache
 * identity includes those warnings (the forecasting routes key on them): a body cached under an identity that
 * leaves them out gets them per request instead (withRequestWarnings).
 */
export function withWarnings(chart: Chart, first: readonly ChartWarning[]): Chart {
  chart.warning_details.unshift(...first);
  chart.warnings.unshift(...first.map((w) => w.message));
  return chart;
}

/** Sun, Moon and rising sign of a chart (the rising sign only when the time is known). */
export const signsOf = (chart: Chart) => ({
  sun: chart.points.find((p) => p.name === 'sun')?.sign ?? null,
  moon: chart.points.find((p) => p.name === 'moon')?.sign ?? null,
  rising: chart.angles ? signOf(chart.angles.ascendant) : null,
});

/** The data of chart.calculated (id null when not saved) and chart.saved (src/schemas/events.ts). */
export function chartEventData<Id extends string | null>(chart: Chart, id: Id) {
  const s = signsOf(chart);
  return {
    chart_id: id,
    full_name: chart.subject.full_name,
    utc_datetime: chart.subject.utc_datetime,
    settings: chart.settings,
    sun_sign: s.sun,
    moon_sign: s.moon,
    rising_sign: s.rising,
  };
}

/** A saved chart of this account, or undefined (another account's id looks exactly like none). */
export async function loadSavedChart(db: D1Database, accountId: string, id: string) {
  if (!isId('chart', id)) return undefined;
  return drizzle(db)
    .select()
    .from(charts)
    .where(and(eq(charts.id, id), eq(charts.accountId, accountId)))
    .get();
}

/**
 * The SQL condition "the saved chart still exists and is this account's", for the WHERE of an
 * INSERT … SELECT of a row that refers to it (insertRowWhere): a chart deleted after the route read it
 * then makes the insert write nothing, which the route answers with its 404, instead of failing the
 * chart's foreign key.
 */
export function chartStillSaved(db: D1Database, accountId: string, id: string): SQL {
  const chart = drizzle(db)
    .select({ one: sql`1` })
    .from(charts)
    .where(and(eq(charts.id, id), eq(charts.accountId, accountId)));
  return sql`EXISTS ${chart}`; // drizzle wraps the subquery in parentheses
}
