import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES } from '../../src/astro/i18n';
import type { AspectName, Chart, PointName } from '../../src/astro/types';
import {
  arcDistance,
  escapeXml,
  MIN_GLYPH_GAP,
  renderWheel,
  spreadLongitudes,
  WHEEL_MAX_SIZE,
  WHEEL_MIN_SIZE,
} from '../../src/astro/wheel';
import { all, byClass, hasClass, parseXml, textOf, type XmlNode } from '../xml';
import {
  makeChart as build,
  type ChartFixture,
  CROWDED,
  EINSTEIN_PLANETS,
  MAJOR_ORBS,
  norm360,
} from './chart-builder';

// ---------------------------------------------------------------------------------------------------
// A tiny, strict XML parser: enough to prove well-formedness and to query the rendered tree.

// ---------------------------------------------------------------------------------------------------
// Fixture: Einstein's positions with Placidus-like cusps (test/astro/chart-builder.ts).

const norm = norm360;
const WHEEL_ORBS: [AspectName, number, number][] = [...MAJOR_ORBS, ['quincunx', 150, 2.5]];
const makeChart = (opts: Omit<ChartFixture, 'orbs'>): Chart =>
  build({ ...opts, name: opts.name === undefined ? 'Albert Einstein' : opts.name, orbs: WHEEL_ORBS });

const EINSTEIN: Partial<Record<PointName, number>> = {
  ...EINSTEIN_PLANETS,
  mean_node: 331.1,
  chiron: 62.4,
  mean_lilith: 197.3,
  vertex: 250.2,
};
const CUSPS = [101.6, 119.8, 139.4, 168.4, 205.2, 243.7, 281.6, 299.8, 319.4, 348.4, 25.2, 63.7];
const einstein = () => makeChart({ longitudes: EINSTEIN, cusps: CUSPS, retrograde: ['uranus'] });

/** The chart longitude drawn at (x, y), given the rotation (the longitude at 9 o'clock). */
function longitudeAt(x: number, y: number, cx: number, cy: number, rot: number): number {
  const theta = (Math.atan2(cy - y, x - cx) * 180) / Math.PI;
  return norm(theta - 180 + rot);
}

// ---------------------------------------------------------------------------------------------------

describe('renderWheel', () => {
  it('produces a well-formed, self-contained SVG with size, viewBox and title', () => {
    const svg = renderWheel(einstein());
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.width).toBe('600');
    expect(root.attrs.height).toBe('600');
    expect(root.attrs.viewBox).toBe('0 0 600 600');
    expect(root.children[0]?.name).toBe('title');
    expect(textOf(root.children[0] as XmlNode)).toContain('Albert Einstein');
    expect(svg).not.toMatch(/href|url\(|@import|@font-face|<script|<image|<foreignObject/i);
    expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:/);
    // Numbers are rounded to 2 decimals.
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    // Glyphs use text presentation.
    expect(svg).toContain('♓\uFE0E');
    expect(svg).toContain('☉\uFE0E');
    expect(svg.length).toBeLessThan(40_000);
  });

  it('honours and clamps the size', () => {
    for (const [asked, got] of [
      [1000, 1000],
      [50, WHEEL_MIN_SIZE],
      [99999, WHEEL_MAX_SIZE],
      [Number.NaN, 600],
    ] as const) {
      const root = parseXml(renderWheel(einstein(), { size: asked }));
      expect(root.attrs.width).toBe(String(got));
      expect(root.attrs.viewBox).toBe(`0 0 ${got} ${got}`);
    }
  });

  it('draws 12 cusps, the four angles and one group per point', () => {
    const chart = einstein();
    const root = parseXml(renderWheel(chart));
    const cusps = byClass(root, 'cusp');
    expect(cusps).toHaveLength(12);
    expect(cusps.every((c) => c.name === 'line')).toBe(true);
    expect(byClass(root, 'axis').map((a) => a.attrs['data-angle'])).toEqual(['AC', 'MC', 'DC', 'IC']);
    const groups = byClass(root, 'point');
    expect(groups.map((g) => g.attrs['data-name'])).toEqual(chart.points.map((p) => p.name));
    // House numbers 1..12.
    expect(byClass(root, 'hn').map(textOf)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    // Retrograde mark only on Uranus.
    const retro = groups.filter((g) => all(g, (n) => hasClass(n, 'pr')).length > 0);
    expect(retro.map((g) => g.attrs['data-name'])).toEqual(['uranus']);
    // Position label of the Sun: 23° ♓ 30′.
    const sun = groups.find((g) => g.attrs['data-name'] === 'sun') as XmlNode;
    expect(textOf(sun)).toBe('☉\uFE0E23°♓\uFE0E30′');
    // The vertex has a text label.
    expect(textOf(groups.find((g) => g.attrs['data-name'] === 'vertex') as XmlNode)).toContain('Vx');
  });

  it('puts the Ascendant at 9 o’clock', () => {
    const chart = einstein();
    const root = parseXml(renderWheel(chart));
    const ac = byClass(root, 'axis').find((a) => a.attrs['data-angle'] === 'AC') as XmlNode;
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(ac.attrs[k]));
    expect(y1).toBeCloseTo(y2 ?? 0, 1);
    expect(x2).toBeLessThan(x1 ?? 0);
    expect(x2).toBeLessThan(40);
    // The MC is in the upper half.
    const mc = byClass(root, 'axis').find((a) => a.attrs['data-angle'] === 'MC') as XmlNode;
    expect(Number(mc.attrs.y2)).toBeLessThan(150);
  });

  it('draws aspect lines coloured by type, none for conjunctions', () => {
    const chart = einstein();
    const root = parseXml(renderWheel(chart));
    const lines = byClass(root, 'asp');
    const drawn = chart.aspects.filter((a) => a.aspect !== 'conjunction');
    expect(lines).toHaveLength(drawn.length);
    for (const l of lines) {
      const kind = l.attrs['data-aspect'];
      const expected =
        kind === 'square' || kind === 'opposition'
          ? 'aspect-hard'
          : kind === 'trine' || kind === 'sextile'
            ? 'aspect-soft'
            : 'aspect-minor';
      expect(hasClass(l, expected)).toBe(true);
      const op = Number(l.attrs.opacity);
      expect(op).toBeGreaterThanOrEqual(0.25);
      expect(op).toBeLessThanOrEqual(1);
    }
    // Tighter orbs are more opaque: lines come in chart.aspects order.
    const ops = drawn.map((a, i) => ({ a, op: Number(lines[i]?.attrs.opacity) }));
    const trines = ops.filter((x) => x.a.aspect === 'trine').sort((x, y) => x.a.orb - y.a.orb);
    expect(trines.length).toBeGreaterThanOrEqual(2);
    expect(trines[0]?.op).toBeGreaterThan(trines[trines.length - 1]?.op ?? 1);
  });

  it('escapes text taken from the chart', () => {
    const evil = `<script>alert("x")</script> O'Brien & Co`;
    const chart = makeChart({ name: evil, longitudes: EINSTEIN, cusps: CUSPS });
    chart.subject.place = { name: `"><svg onload=alert(1)>`, country: 'DE' };
    const svg = renderWheel(chart);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<svg onload');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co');
    const root = parseXml(svg);
    expect(textOf(root.children[0] as XmlNode)).toContain(evil);
    expect(root.attrs['aria-label']).toContain(evil);
    expect(all(root, (n) => n.name === 'script')).toHaveLength(0);
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
  });

  it('has a dark theme', () => {
    const light = renderWheel(einstein());
    const dark = renderWheel(einstein(), { theme: 'dark' });
    expect(dark).not.toBe(light);
    const bg = (svg: string) => parseXml(svg).children.find((c) => c.name === 'rect')?.attrs.fill;
    expect(bg(light)).toBe('#ffffff');
    expect(bg(dark)).not.toBe(bg(light));
    expect(parseXml(dark).attrs.class).toContain('wheel-dark');
  });

  it('draws fixed stars only when asked: conjunct ones named at their longitude, all as dots', () => {
    const chart: Chart = {
      ...einstein(),
      fixed_stars: [
        { name: 'Aldebaran', longitude: 68.9, latitude: -5.5, magnitude: 0.87, conjunctions: [] },
        {
          name: 'Regulus',
          longitude: 149.5,
          latitude: 0.5,
          magnitude: 1.36,
          conjunctions: [{ point: 'sun', orb: 0.4 }],
        },
        {
          name: 'Algol',
          longitude: 55.2,
          latitude: 22.4,
          magnitude: 2.09,
          conjunctions: [{ point: 'ascendant', orb: 0.9 }],
        },
      ],
    };
    const stars = (svg: string) => byClass(parseXml(svg), 'fixed-star').map((g) => g.attrs['data-name']);
    expect(stars(renderWheel(chart))).toEqual([]);
    expect(stars(renderWheel(einstein(), { fixedStars: 'all' }))).toEqual([]);
    const conjunct = parseXml(renderWheel(chart, { fixedStars: 'conjunct' }));
    expect(byClass(conjunct, 'fixed-star').map((g) => g.attrs['data-name'])).toEqual(['Regulus', 'Algol']);
    const names = byClass(conjunct, 'sn').map(textOf);
    expect(names).toEqual([expect.stringContaining('Regulus'), expect.stringContaining('Algol AC')]);
    // Each dot sits at its star's longitude; a brighter star has a bigger dot.
    const svg = parseXml(renderWheel(chart, { fixedStars: 'all' }));
    const size = Number(svg.attrs.width);
    const R = size * 0.35;
    const cx = size / 2;
    const cy = size / 2 + size * 0.005;
    const rot = chart.angles?.ascendant ?? 0;
    const dots = byClass(svg, 'star');
    expect(dots).toHaveLength(3);
    for (const [i, st] of (chart.fixed_stars ?? []).entries()) {
      const dot = dots[i] as XmlNode;
      const lon = longitudeAt(Number(dot.attrs.cx), Number(dot.attrs.cy), cx, cy, rot);
      expect(arcDistance(lon, st.longitude)).toBeLessThan(0.1);
      expect(Math.hypot(Number(dot.attrs.cx) - cx, Number(dot.attrs.cy) - cy) / R).toBeGreaterThan(1);
    }
    expect(Number(dots[0]?.attrs.r)).toBeGreaterThan(Number(dots[2]?.attrs.r));
  });

  it("writes a star's tooltip in the wheel's language, magnitude with the language's decimal sign", () => {
    const chart: Chart = {
      ...einstein(),
      fixed_stars: [{ name: 'Regulus', longitude: 149.5, latitude: 0.5, magnitude: 1.36, conjunctions: [] }],
    };
    const tip = (tag: string) => {
      const svg = parseXml(renderWheel(chart, { fixedStars: 'all', locale: LOCALES[tag] }));
      return textOf(all(byClass(svg, 'star')[0] as XmlNode, (n) => n.name === 'title')[0] as XmlNode);
    };
    expect(tip('en')).toMatch(/^Regulus 29°♌\uFE0E?30′, magnitude 1\.36$/u);
    expect(tip('de')).toMatch(/^Regulus 29°♌\uFE0E?30′, Helligkeit 1,36 mag$/u);
    expect(tip('ru')).toMatch(/^Regulus 29°♌\uFE0E?30′, звёздная величина 1,36$/u);
    expect(tip('ja')).toMatch(/^Regulus 29°♌\uFE0E?30′、視等級1\.36$/u);
    for (const tag of LANGS.filter((t) => !['en', 'pt', 'fr'].includes(t)))
      expect(tip(tag)).not.toContain('magnitude');
  });

  it('draws no houses without a birth time and puts 0° Aries at 9 o’clock', () => {
    const chart = makeChart({ longitudes: { sun: 0, moon: 90, venus: 200 } });
    const svg = renderWheel(chart);
    const root = parseXml(svg);
    expect(byClass(root, 'cusp')).toHaveLength(0);
    expect(byClass(root, 'axis')).toHaveLength(0);
    expect(byClass(root, 'hn')).toHaveLength(0);
    expect(textOf(root)).toContain('time unknown');
    const sun = byClass(root, 'point').find((g) => g.attrs['data-name'] === 'sun') as XmlNode;
    const marker = all(sun, (n) => hasClass(n, 'true-marker'))[0] as XmlNode;
    expect(Number(marker.attrs.y1)).toBeCloseTo(Number(marker.attrs.y2), 1);
    expect(Number(marker.attrs.x1)).toBeLessThan(100);
    // The Moon at 0° Cancer is at 6 o'clock (the zodiac runs counter-clockwise).
    const moon = byClass(root, 'point').find((g) => g.attrs['data-name'] === 'moon') as XmlNode;
    const mm = all(moon, (n) => hasClass(n, 'true-marker'))[0] as XmlNode;
    expect(Number(mm.attrs.x1)).toBeCloseTo(300, 0);
    expect(Number(mm.attrs.y1)).toBeGreaterThan(450);
  });

  it('spreads colliding glyphs while true markers stay at true longitudes', () => {
    const longitudes = CROWDED;
    const chart = makeChart({ longitudes, cusps: CUSPS });
    const size = 800;
    const root = parseXml(renderWheel(chart, { size }));
    const groups = byClass(root, 'point');
    expect(groups).toHaveLength(12);
    const shown = groups.map((g) => Number(g.attrs['data-shown']));
    for (let a = 0; a < shown.length; a++) {
      for (let b = a + 1; b < shown.length; b++) {
        expect(arcDistance(shown[a] ?? 0, shown[b] ?? 0)).toBeGreaterThanOrEqual(MIN_GLYPH_GAP - 0.02);
      }
    }
    const rot = CUSPS[0] ?? 0;
    const cx = size / 2;
    const cy = Number(byClass(root, 'rim')[0]?.attrs.cy);
    for (const g of groups) {
      const lon = Number(g.attrs['data-lon']);
      expect(lon).toBeCloseTo(longitudes[g.attrs['data-name'] as PointName] ?? -1, 2);
      const m = all(g, (n) => hasClass(n, 'true-marker'))[0] as XmlNode;
      for (const [x, y] of [
        [m.attrs.x1, m.attrs.y1],
        [m.attrs.x2, m.attrs.y2],
      ]) {
        expect(arcDistance(longitudeAt(Number(x), Number(y), cx, cy, rot), lon)).toBeLessThan(0.05);
      }
      // The glyph sits at the displayed longitude.
      const glyph = all(g, (n) => hasClass(n, 'pg') || hasClass(n, 'pt'))[0] as XmlNode;
      const shownLon = longitudeAt(Number(glyph.attrs.x), Number(glyph.attrs.y), cx, cy, rot);
      expect(arcDistance(shownLon, Number(g.attrs['data-shown']))).toBeLessThan(0.05);
    }
    // A pair (Pluto 210°, Chiron 212°) is spread symmetrically about its mean.
    const shownOf = (n: string) =>
      Number(groups.find((g) => g.attrs['data-name'] === n)?.attrs['data-shown']);
    expect(shownOf('pluto')).toBeCloseTo(211 - MIN_GLYPH_GAP / 2, 1);
    expect(shownOf('chiron')).toBeCloseTo(211 + MIN_GLYPH_GAP / 2, 1);
  });
});

describe('the test XML checker', () => {
  it('rejects malformed XML', () => {
    for (const bad of [
      '<svg><g></svg>',
      '<svg a="1" a="2"/>',
      '<svg a=1/>',
      '<svg>a & b</svg>',
      '<svg>a < b</svg>',
      '<svg/><svg/>',
      '<svg><title>x</titl></svg>',
      '<svg a="<"/>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<svg a="&quot;x&#39;"><t>&lt;&amp;</t></svg>').children[0]?.text).toBe('<&');
  });
});

describe('spreadLongitudes', () => {
  const minGap = (xs: number[]) => {
    let m = 360;
    for (let a = 0; a < xs.length; a++)
      for (let b = a + 1; b < xs.length; b++) m = Math.min(m, arcDistance(xs[a] ?? 0, xs[b] ?? 0));
    return m;
  };

  it('leaves well-separated points alone', () => {
    expect(spreadLongitudes([10, 50, 200, 300], 8)).toEqual([10, 50, 200, 300]);
    expect(spreadLongitudes([], 8)).toEqual([]);
    expect(spreadLongitudes([42], 8)).toEqual([42]);
  });

  it('centres a crowded group on its true positions and keeps the order', () => {
    const out = spreadLongitudes([100, 101, 102], 8);
    expect(out[0]).toBeCloseTo(93, 6);
    expect(out[1]).toBeCloseTo(101, 6);
    expect(out[2]).toBeCloseTo(109, 6);
  });

  it('handles groups across 0° Aries and cascading merges', () => {
    const input = [358, 359.5, 0.5, 2, 10, 12, 200];
    const out = spreadLongitudes(input, 8);
    expect(minGap(out)).toBeGreaterThanOrEqual(8 - 1e-9);
    expect(out[6]).toBe(200);
    // Order around the circle is preserved.
    const unwrapped = out.slice(0, 6).map((x) => (x > 180 ? x - 360 : x));
    expect([...unwrapped].sort((a, b) => a - b)).toEqual(unwrapped);
  });

  it('copes with identical longitudes and with too many points for the gap', () => {
    expect(minGap(spreadLongitudes([5, 5, 5, 5], 8))).toBeGreaterThanOrEqual(8 - 1e-9);
    const many = Array.from({ length: 60 }, (_, i) => (i * 7) % 40);
    const out = spreadLongitudes(many, 8);
    expect(minGap(out)).toBeGreaterThanOrEqual(6 - 1e-9);
  });

  it('is deterministic', () => {
    expect(renderWheel(einstein())).toBe(renderWheel(einstein()));
  });
});
