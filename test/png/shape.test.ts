/**
 * The PNG Worker's Devanagari shaping (workers/png/src/shape.ts) under Node, on the files the Worker
 * bundles (harfbuzzjs's WebAssembly, hb-draw.wasm, the subset fonts): HarfBuzz's glyph sequences for
 * syllables resvg got wrong, the cut of mixed runs by font, and the SVG rewrite of a Hindi wheel.
 * (test/png.test.ts renders through the real PNG Worker in workerd; test/e2e compares with Chromium.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { HB_DRAW_WASM } from '../../scripts/build-hb-draw-wasm.mjs';
import { computeChart } from '../../src/astro';
import { hi } from '../../src/astro/i18n/hi';
import { renderWheel } from '../../src/astro/wheel';
import { DevanagariShaper, HarfBuzz, shapeDevanagari } from '../../workers/png/src/shape';
import { DIANA } from '../people';

const root = join(import.meta.dirname, '..', '..');
const file = (...p: string[]) => new Uint8Array(readFileSync(join(root, ...p)));
const font = (name: string) => file('workers', 'png', 'fonts', name);
/** Node compiles the files (the project's types are the Workers', where compiling from bytes is not allowed). */
const compile = (bytes: Uint8Array) =>
  new (WebAssembly.Module as unknown as new (b: Uint8Array) => WebAssembly.Module)(bytes);
const hb = HarfBuzz.create({
  harfbuzz: compile(file('node_modules', 'harfbuzzjs', 'dist', 'harfbuzz.wasm')),
  draw: compile(file('workers', 'png', 'src', 'hb-draw.wasm')),
});
const shaper = new DevanagariShaper(hb, {
  regular: font('DejaVuSans.ttf'),
  bold: font('DejaVuSans-Bold.ttf'),
  devanagari: font('NotoSansDevanagari.ttf'),
  devanagariBold: font('NotoSansDevanagari-Bold.ttf'),
});
const deva = shaper.fonts.devanagari;
const cmap = (ch: string) => hb.nominalGlyph(deva, ch.codePointAt(0) ?? 0);

describe('Devanagari shaping for the PNG Worker', () => {
  it('hb-draw.wasm is what scripts/build-hb-draw-wasm.mjs writes', () => {
    expect(file('workers', 'png', 'src', 'hb-draw.wasm')).toEqual(HB_DRAW_WASM);
  });

  it('«कि»: the i-matra glyph comes first, before क, in one cluster (reordering)', () => {
    const [run, ...rest] = shaper.runs('कि', false);
    expect(rest).toEqual([]);
    expect(run?.font).toBe(deva);
    const glyphs = run?.glyphs ?? [];
    expect(glyphs.map((g) => g.cluster)).toEqual([0, 0]);
    expect(glyphs[1]?.glyph).toBe(cmap('क'));
    expect(glyphs[0]?.glyph).not.toBe(cmap('क'));
    expect(glyphs[0]?.glyph).not.toBe(0);
    // Drawn: the matra's outline starts left of क's (its stem stands before the consonant).
    const d = shaper.path('कि', { x: 0, y: 100, size: 100, bold: false, anchor: 'start' });
    const firstX = Number(/^M([-\d.]+)/.exec(d)?.[1]);
    const kaAlone = shaper.path('क', { x: 0, y: 100, size: 100, bold: false, anchor: 'start' });
    expect(firstX).toBeLessThan(Number(/^M([-\d.]+)/.exec(kaAlone)?.[1]));
    expect(d.length).toBeGreaterThan(kaAlone.length);
  });

  it('conjuncts form one glyph; «सायन» advances glyph by glyph (no sign over the next letter)', () => {
    for (const conjunct of ['क्ष', 'त्र', 'द्ध']) {
      const glyphs = shaper.runs(conjunct, false)[0]?.glyphs ?? [];
      expect(glyphs.length, conjunct).toBe(1);
      expect(glyphs[0]?.glyph, conjunct).not.toBe(cmap(conjunct[0] ?? ''));
    }
    const sayan = shaper.runs('सायन', false)[0]?.glyphs ?? [];
    expect(sayan.map((g) => g.glyph)).toEqual([...'सायन'].map(cmap));
    expect(sayan.every((g) => g.xAdvance > 0)).toBe(true);
  });

  it('a mixed run is cut by font: Devanagari in Noto Sans Devanagari, the rest in DejaVu Sans, bold in bold', () => {
    const runs = shaper.runs('सायन · भाव पद्धति: प्लेसिडस AC 12°', false);
    const { regular, bold, devanagariBold } = shaper.fonts;
    expect(runs.map((r) => r.font)).toEqual([deva, regular, deva, regular, deva, regular, deva, regular]);
    expect(runs.flatMap((r) => r.glyphs).every((g) => g.glyph !== 0)).toBe(true);
    expect(shaper.runs('भाव AC', true).map((r) => r.font)).toEqual([devanagariBold, bold]);
  });

  it('a Hindi wheel: every <text> with Devanagari becomes a <path> with its paint; the rest is untouched', () => {
    const chart = computeChart(DIANA as never);
    const english = renderWheel(chart, { size: 600 });
    expect(shapeDevanagari(english, shaper)).toBe(english);

    const svg = renderWheel(computeChart({ ...DIANA, full_name: 'अमिताभ बच्चन' } as never), {
      size: 600,
      locale: hi,
    });
    const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)];
    const devanagari = texts.filter((m) => /[\u0900-\u097F]/.test(m[1] ?? ''));
    expect(devanagari.length).toBeGreaterThanOrEqual(3); // the name (bold), the footer's zodiac and houses…
    const out = shapeDevanagari(svg, shaper);
    const left = [...out.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)];
    expect(left.length).toBe(texts.length - devanagari.length);
    expect(left.some((m) => /[\u0900-\u097F]/.test(m[1] ?? ''))).toBe(false);
    const paths = [...out.matchAll(/<path class="([^"]*)"[^>]* style="([^"]*)" d="M[^"]+"\/>/g)];
    expect(paths.length).toBe(devanagari.length);
    // The footer's ".sub" text is muted, the body text inked: the fill comes from the stylesheet.
    const fillOf = (cls: string) => /fill:([^;]+)/.exec(paths.find((p) => p[1] === cls)?.[2] ?? '')?.[1];
    const muted = /\.sub\{[^}]*fill:([^;}]+)/.exec(svg)?.[1];
    expect(fillOf('sub')).toBe(muted);
  });

  it('text-anchor end and middle place the run ending at, or centred on, x', () => {
    const xs = (d: string) => [...d.matchAll(/[MLQC]([-\d.]+) /g)].map((m) => Number(m[1]));
    const size = 40;
    const end = xs(shaper.path('चक्र: AC', { x: 500, y: 100, size, bold: false, anchor: 'end' }));
    expect(Math.max(...end)).toBeLessThanOrEqual(500);
    expect(Math.max(...end)).toBeGreaterThan(500 - size * 0.3);
    const mid = xs(shaper.path('भाव', { x: 300, y: 100, size, bold: false, anchor: 'middle' }));
    expect(Math.abs((Math.max(...mid) + Math.min(...mid)) / 2 - 300)).toBeLessThan(size * 0.1);
  });
});
