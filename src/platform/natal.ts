/**
 * The natal side of the forecasting routes: a person (birth data, saved chart_id or famous slug) turned into
 * the natal chart, its points as the searches take them, and a cache identity that includes where it came from
 * (a saved chart's id must never be served to another account).
 */
import type { Context } from 'hono';
import { type ChartOptions, computeChart } from '../astro/chart';
import type { Chart } from '../astro/types';
import { DomainError } from '../astro/types';
import { PersonSchema } from '../schemas/subject';
import { ensureAsteroidTables } from './asteroid-tables';
import { withWarnings } from './charts';
import type { AppEnv } from './context';
import { domainProblem } from './problem';
import { type ResolvedSide, resolveSide, type SideBody } from './sides';
import { chartCacheIdentity } from './subject';

/** The natal side: the `oneOf` of birth data, a saved chart and a famous person (src/schemas/subject.ts). */
export const NatalSideSchema = PersonSchema.openapi('NatalSide', {
  description:
    "The natal chart: birth data (the fields of POST /v1/charts), or a saved `chart_id`, or a famous person's `slug`.",
});

export interface Natal {
  side: ResolvedSide;
  chart: Chart;
  identity: string;
}

export async function resolveNatal(
  c: Context<AppEnv>,
  side: SideBody,
  options: ChartOptions,
): Promise<Natal> {
  const resolved = await resolveSide(c, side, 'natal');
  await ensureAsteroidTables(c.env, options.points);
  let chart: Chart;
  try {
    chart = withWarnings(computeChart(resolved.input, options), resolved.warnings);
  } catch (err) {
    if (err instanceof DomainError) throw domainProblem(err, 'natal');
    throw err;
  }
  return {
    side: resolved,
    chart,
    // The resolution's warnings (an ambiguous city, quoted as asked) are in the answer, so in its key too.
    identity: `${chartCacheIdentity(resolved.input, options)}|${JSON.stringify(resolved.source)}|${JSON.stringify(resolved.warnings.map((w) => w.message))}`,
  };
}

/** Natal points by name (planets, nodes, ... and the ascendant and midheaven when the birth time is known). */
export function natalLongitudes(
  chart: Chart,
  names: readonly string[],
): { name: string; longitude: number }[] {
  const out: { name: string; longitude: number }[] = [];
  for (const name of names) {
    if (name === 'ascendant' || name === 'midheaven') {
      if (chart.angles) out.push({ name, longitude: chart.angles[name] });
      continue;
    }
    const p = chart.points.find((x) => x.name === name);
    if (p) out.push({ name, longitude: p.longitude });
  }
  return out;
}

/** The natal subject as answers show it, with the saved chart's id when there is one. */
export function natalSummary(n: Natal) {
  return {
    chart_id: n.side.source.type === 'chart' ? n.side.source.chart_id : null,
    ...(n.side.source.type === 'famous' ? { slug: n.side.source.slug } : {}),
    subject: n.chart.subject,
    settings: n.chart.settings,
  };
}
