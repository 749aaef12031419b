import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { computeChart } from '../../src/astro/chart';
import { timeline } from '../../src/astro/forecast/timeline';
import { LOCALES } from '../../src/astro/i18n';
import { transitWordsFor } from '../../src/astro/i18n/transits';
import { buildPeriodReading } from '../../src/astro/readings/period';
import { MAJOR_ASPECTS, PLANETS } from '../../src/astro/types';

const jd = (iso: string) => Date.parse(iso) / 86_400_000 + 2440587.5;
it('sample', () => {
  const chart = computeChart({
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    latitude: 48.4011,
    longitude: 9.9876,
    timezone: 'Europe/Berlin',
  });
  const natal = [...PLANETS, 'mean_node', 'vertex', 'ascendant', 'midheaven'].flatMap((n) =>
    n === 'ascendant' || n === 'midheaven'
      ? [{ name: n, longitude: chart.angles![n] }]
      : [{ name: n, longitude: chart.points.find((p) => p.name === n)!.longitude }],
  );
  const hits = timeline(jd('2027-02-01'), jd('2027-03-01'), {
    transiting: PLANETS.filter((p) => p !== 'moon') as never,
    natal,
    aspects: [...MAJOR_ASPECTS],
    orbs: { conjunction: 3, opposition: 3, trine: 3, square: 3, sextile: 2 },
  });
  let out = '';
  for (const tag of (process.env.TAGS ?? 'en,es,pt,fr').split(',')) {
    const r = buildPeriodReading(hits, {
      locale: LOCALES[tag]!,
      words: transitWordsFor(tag),
      from: jd('2027-02-01'),
      to: jd('2027-03-01'),
    });
    out += `=== ${tag}: ${r.title}\n${r.text}\n\n`;
  }
  writeFileSync('/tmp/i19r/sample.txt', out);
});
