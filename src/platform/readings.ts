/**
 * Readings as the API serves them: the reading of a chart through the "readings" cache. Shared by
 * POST /v1/readings (src/routes/readings.ts) and reading batches (src/platform/batch).
 */
import { DEFAULT_LOCALE, type Locale, localizeWarnings } from '../astro/i18n';
import { buildReading, SECTION_IDS, type SectionId } from '../astro/readings';
import type { Chart } from '../astro/types';
import type { Env } from '../env';
import { type CacheContext, cached } from './cache';

/**
 * The reading body (JSON string) of a chart, through the "readings" cache. `identity` is the chart's
 * cache identity (chartCacheIdentity); the chart itself is only produced on a miss. The language is part of
 * the cache key: each language is its own entry.
 */
export function cachedReading(
  env: Env,
  ctx: CacheContext,
  identity: string,
  chart: () => Promise<Chart>,
  sections: readonly SectionId[] | undefined,
  locale: Locale = DEFAULT_LOCALE,
) {
  const wanted = sections ? SECTION_IDS.filter((s) => sections.includes(s)) : [...SECTION_IDS];
  return cached(env, ctx, 'readings', `${identity}|${wanted.join(',')}|lang=${locale.tag}`, async () => {
    const c = await chart();
    const reading = buildReading(c, { sections: wanted, locale });
    const warnings = localizeWarnings(c.warning_details, locale);
    return {
      body: JSON.stringify({
        lang: locale.tag,
        subject: c.subject,
        settings: c.settings,
        sections: reading.sections,
        word_count: reading.word_count,
        warnings: warnings.map((w) => w.message),
        warning_details: warnings,
      }),
      contentType: 'application/json; charset=utf-8',
    };
  });
}
