/**
 * Grounding (issue 21): every paragraph of a reading lists the chart factors it interprets, and every factor
 * cited exists in the chart the reading came from, with the chart's own sign, house, degree and orb.
 * Charts are computed by the engine from a spread of subjects (timed and untimed, both hemispheres, a
 * polar latitude where Placidus falls back), in every language.
 */
import { describe, expect, it } from 'vitest';
import { computeChart, type SubjectInput } from '../../src/astro/chart';
import { LOCALES } from '../../src/astro/i18n';
import { buildReading, type ReadingFactor, selectAspects } from '../../src/astro/readings';
import { type Chart, SIGNS } from '../../src/astro/types';

const SUBJECTS: SubjectInput[] = [
  {
    year: 1879,
    month: 3,
    day: 14,
    hour: 11,
    minute: 30,
    latitude: 48.4011,
    longitude: 9.9876,
    timezone: 'Europe/Berlin',
  },
  {
    year: 1946,
    month: 8,
    day: 19,
    hour: 8,
    minute: 51,
    latitude: 33.66706,
    longitude: -93.59157,
    timezone: 'America/Chicago',
    dst: false,
  },
  {
    year: 1990,
    month: 1,
    day: 1,
    hour: 0,
    minute: 5,
    latitude: -33.8688,
    longitude: 151.2093,
    timezone: 'Australia/Sydney',
  },
  {
    year: 2001,
    month: 9,
    day: 9,
    time_known: false,
    latitude: 19.076,
    longitude: 72.8777,
    timezone: 'Asia/Kolkata',
  },
  {
    year: 1962,
    month: 6,
    day: 21,
    hour: 12,
    minute: 0,
    latitude: 69.6492,
    longitude: 18.9553,
    timezone: 'Europe/Oslo',
  },
  {
    year: 1820,
    month: 11,
    day: 2,
    hour: 4,
    minute: 17,
    latitude: 35.6762,
    longitude: 139.6503,
    utc_offset: 9,
  },
];

/** Why a factor does not match the chart, or null when it does. */
function mismatch(f: ReadingFactor, chart: Chart): string | null {
  switch (f.kind) {
    case 'point': {
      const p = chart.points.find((x) => x.name === f.point);
      if (!p) return `no point ${f.point}`;
      if (p.sign !== f.sign || p.sign_degree !== f.sign_degree || p.retrograde !== f.retrograde)
        return `${f.point} differs`;
      if (f.house !== p.house && !(f.house === undefined && !chart.houses)) return `${f.point} house differs`;
      return null;
    }
    case 'angle': {
      const lon = chart.angles?.[f.angle];
      if (lon === undefined) return `no angle ${f.angle}`;
      if (lon !== f.longitude || SIGNS[Math.floor(lon / 30)] !== f.sign) return `${f.angle} differs`;
      return Math.abs((lon % 30) - f.sign_degree) < 1e-9 ? null : `${f.angle} degree differs`;
    }
    case 'aspect': {
      const a = chart.aspects.find(
        (x) =>
          x.aspect === f.aspect &&
          x.orb === f.orb &&
          x.applying === f.applying &&
          ((x.point_a === f.point_a && x.point_b === f.point_b) ||
            (x.point_a === f.point_b && x.point_b === f.point_a)),
      );
      return a ? null : `no ${f.point_a} ${f.aspect} ${f.point_b} at orb ${f.orb}`;
    }
    case 'sign':
      return chart.points.filter((p) => p.sign === f.sign).length >= 3 ? null : `no stellium in ${f.sign}`;
    case 'house':
      return chart.houses?.some((h) => h.number === f.house) ? null : `no house ${f.house}`;
    case 'element':
      return chart.distributions.elements[f.element] === f.count ? null : `${f.element} count differs`;
    case 'modality':
      return chart.distributions.modalities[f.modality] === f.count ? null : `${f.modality} count differs`;
  }
}

describe('grounding: paragraphs cite the chart factors they interpret', () => {
  const charts = SUBJECTS.map((s) => computeChart(s));

  it('every factor cited exists in the chart, in every language', () => {
    let cited = 0;
    for (const chart of charts) {
      for (const locale of Object.values(LOCALES)) {
        for (const section of buildReading(chart, { locale }).sections) {
          for (const paragraph of section.paragraphs) {
            for (const f of paragraph.factors) {
              expect(mismatch(f, chart), `${locale.tag} ${section.id}: ${JSON.stringify(f)}`).toBeNull();
              cited += 1;
            }
          }
        }
      }
    }
    expect(cited).toBeGreaterThan(200 * Object.keys(LOCALES).length);
  });

  it('the paragraphs are the section text, and interpreting paragraphs cite something', () => {
    for (const chart of charts) {
      for (const section of buildReading(chart).sections) {
        expect(section.paragraphs.map((p) => p.text).join('\n\n')).toBe(section.text);
        const notes = section.paragraphs.filter((p) => p.factors.length === 0);
        // Only fixed notes (unknown birth time, no aspects) interpret nothing.
        for (const p of notes) expect(p.text).toMatch(/birth time is unknown|No major aspects/);
      }
    }
  });

  it('each planet paragraph cites its planet; each aspect paragraph its aspect with the orb', () => {
    for (const chart of charts) {
      const r = buildReading(chart);
      const planets = r.sections.find((s) => s.id === 'planets')?.paragraphs ?? [];
      const placed = planets.flatMap((p) => p.factors.filter((f) => f.kind === 'point').map((f) => f.point));
      expect(placed).toEqual([
        'sun',
        'moon',
        'mercury',
        'venus',
        'mars',
        'jupiter',
        'saturn',
        'uranus',
        'neptune',
        'pluto',
      ]);
      for (const p of planets) {
        const [f] = p.factors;
        if (f?.kind === 'point')
          expect(p.text.startsWith(`${f.point[0]?.toUpperCase()}${f.point.slice(1)} in `)).toBe(true);
      }
      const aspects = (r.sections.find((s) => s.id === 'aspects')?.paragraphs ?? []).slice(1);
      const selected = selectAspects(chart);
      expect(aspects.length).toBe(selected.length);
      aspects.forEach((p, i) => {
        const s = selected[i];
        expect(p.factors).toEqual([
          {
            kind: 'aspect',
            aspect: s?.aspect,
            point_a: s?.point_a,
            point_b: s?.point_b,
            orb: s?.orb,
            applying: s?.applying,
          },
        ]);
      });
    }
  });

  it('angles are cited with the chart own longitudes; untimed charts cite no houses or angles', () => {
    const timed = charts[0] as Chart;
    const overview = buildReading(timed).sections[0];
    const asc = overview?.paragraphs[1]?.factors[0];
    expect(asc).toMatchObject({ kind: 'angle', angle: 'ascendant', longitude: timed.angles?.ascendant });
    const untimed = charts[3] as Chart;
    expect(untimed.houses ?? null).toBeNull();
    for (const s of buildReading(untimed).sections)
      for (const p of s.paragraphs)
        for (const f of p.factors) {
          expect(f.kind).not.toBe('angle');
          expect(f.kind).not.toBe('house');
          if (f.kind === 'point') expect(f.house).toBeUndefined();
        }
  });
});
