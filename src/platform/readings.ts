/**
 * Readings as the API serves them: the reading of a chart through the "readings" cache. Shared by
 * POST /v1/readings (src/routes/readings.ts) and reading batches (src/platform/batch).
 */
import { buildReading, SECTION_IDS, type SectionId } from '../astro/readings';
import type { Chart } from '../astro/types';
import type { Env } from '../env';
import { type CacheContext, cached } from './cache';

/**
 * The reading body (JSON string) of a chart, through the "readings" cache. `identity` is the chart's
 * cache identity (chartCacheIdentity); the chart itself is only produced on a miss.
 */
export function cachedReading(
  env: Env,
  ctx: CacheContext,
  identity: string,
  chart: () => Promise<Chart>,
  sections: readonly SectionId[] | undefined,
) {
  const wanted = sections ? SECTION_IDS.filter((s) => sections.includes(s)) : [...SECTION_IDS];
  return cached(env, ctx, 'readings', `${identity}|${wanted.join(',')}`, async () => {
    const c = await chart();
    const reading = buildReading(c, { sections: wanted });
    return {
      body: JSON.stringify({
        subject: c.subject,
        settings: c.settings,
        sections: reading.sections,
        word_count: reading.word_count,
        warnings: c.warnings,
        warning_details: c.warning_details,
      }),
      contentType: 'application/json; charset=utf-8',
    };
  });
}
