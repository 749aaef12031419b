/**
 * Devanagari for resvg: every SVG <text> holding Devanagari is shaped with HarfBuzz and replaced by a
 * <path> of its glyph outlines before resvg sees the document.
 *
 * Why: resvg 2.6 draws Devanagari wrongly in the wheel's text. Its font fallback works character by
 * character from the first family ('DejaVu Sans', which has no Devanagari), so a run mixing Devanagari
 * with Latin, digits or «·:°» loses characters, and vowel signs and conjuncts are not formed as one
 * syllable. HarfBuzz shapes each run with the font that covers it, as a browser does.
 *
 * Fonts, as a browser resolves the wheel's stack 'DejaVu Sans', …: Devanagari characters (and the marks
 * and joiners that follow them) take Noto Sans Devanagari; every other character takes DejaVu Sans (its
 * bold face where the text is bold), or Noto Sans Devanagari if DejaVu lacks it. Each run is shaped with
 * its font and the runs are placed one after another; bold text takes both fonts' bold faces.
 *
 * The SVG is the API's own wheel (src/astro/wheel.ts): <text> elements with x, y, dx, dy, text-anchor,
 * transform, class and style, no nested <tspan>, styled by one <style> sheet of `text` and `.class`
 * rules. This file resolves that subset of CSS (presentation attributes < `text` rules < `.class` rules
 * in source order < style attribute) for font-size, font-weight and text-anchor, and moves every other
 * declaration (fill, stroke, paint-order…) onto the path, which keeps the class attribute.
 *
 * HarfBuzz is harfbuzzjs's WebAssembly build driven through its C API: harfbuzzjs's JavaScript wrapper
 * makes its draw callbacks with emscripten's addFunction, which compiles WebAssembly at run time (Workers
 * forbid it). The callbacks are instead the exports of hb-draw.wasm (scripts/build-hb-draw-wasm.mjs),
 * compiled ahead and put into HarfBuzz's function table.
 */

/** The two WebAssembly modules, compiled (the Worker imports them as modules; Node compiles the files). */
export interface ShaperModules {
  harfbuzz: WebAssembly.Module;
  draw: WebAssembly.Module;
}

/** Font files: DejaVu Sans (the wheel's first family) and Noto Sans Devanagari, regular and bold. */
export interface ShaperFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  devanagari: Uint8Array;
  devanagariBold: Uint8Array;
}

/** A shaped glyph: HarfBuzz's glyph id, the UTF-16 index of its cluster, advance and offsets (font units). */
export interface ShapedGlyph {
  glyph: number;
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

type Fn = (...args: number[]) => number;
/** The HarfBuzz exports used here (C functions: pointers and sizes are numbers). */
interface Exports {
  memory: WebAssembly.Memory;
  __indirect_function_table: WebAssembly.Table;
  __wasm_call_ctors?: Fn;
  malloc: Fn;
  free: Fn;
  hb_blob_create: Fn;
  hb_face_create: Fn;
  hb_face_get_upem: Fn;
  hb_font_create: Fn;
  hb_font_get_nominal_glyph: Fn;
  hb_font_draw_glyph: Fn;
  hb_buffer_create: Fn;
  hb_buffer_destroy: Fn;
  hb_buffer_add_utf16: Fn;
  hb_buffer_guess_segment_properties: Fn;
  hb_buffer_get_length: Fn;
  hb_buffer_get_glyph_infos: Fn;
  hb_buffer_get_glyph_positions: Fn;
  hb_shape: Fn;
  hb_draw_funcs_create: Fn;
  hb_draw_funcs_set_move_to_func: Fn;
  hb_draw_funcs_set_line_to_func: Fn;
  hb_draw_funcs_set_quadratic_to_func: Fn;
  hb_draw_funcs_set_cubic_to_func: Fn;
  hb_draw_funcs_set_close_path_func: Fn;
}

export interface HbFont {
  ptr: number;
  upem: number;
}

/** The HarfBuzz C API calls this module needs, on one instance (created once per isolate). */
export class HarfBuzz {
  private readonly hb: Exports;
  private readonly drawFuncs: number;
  private readonly scratch: number;
  /** Where the draw callbacks write: the path being built, its origin and scale (px per font unit). */
  private sink = { d: [] as string[], x: 0, y: 0, k: 1 };

  private constructor(modules: ShaperModules) {
    let memory: WebAssembly.Memory | undefined;
    const fail = (what: string) => () => {
      throw new Error(`HarfBuzz: ${what}`);
    };
    const instance = new WebAssembly.Instance(modules.harfbuzz, {
      env: {
        _abort_js: fail('abort'),
        _emscripten_runtime_keepalive_clear: () => {},
        _setitimer_js: () => 0,
        emscripten_resize_heap: (requested: number) => {
          if (!memory) return 0;
          const missing = (requested >>> 0) - memory.buffer.byteLength;
          try {
            if (missing > 0) memory.grow(Math.ceil(missing / 65536));
            return 1;
          } catch {
            return 0;
          }
        },
      },
      wasi_snapshot_preview1: { proc_exit: fail('exit') },
    });
    this.hb = instance.exports as unknown as Exports;
    memory = this.hb.memory;
    this.hb.__wasm_call_ctors?.();

    const r = (v: number) => Math.round(v * 100) / 100;
    const X = (x: number) => r(this.sink.x + x * this.sink.k);
    const Y = (y: number) => r(this.sink.y - y * this.sink.k);
    const draw = new WebAssembly.Instance(modules.draw, {
      draw: {
        move_to: (x: number, y: number) => this.sink.d.push(`M${X(x)} ${Y(y)}`),
        line_to: (x: number, y: number) => this.sink.d.push(`L${X(x)} ${Y(y)}`),
        quadratic_to: (cx: number, cy: number, x: number, y: number) =>
          this.sink.d.push(`Q${X(cx)} ${Y(cy)} ${X(x)} ${Y(y)}`),
        cubic_to: (c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) =>
          this.sink.d.push(`C${X(c1x)} ${Y(c1y)} ${X(c2x)} ${Y(c2y)} ${X(x)} ${Y(y)}`),
        close_path: () => this.sink.d.push('Z'),
      },
    }).exports as Record<string, WebAssembly.ExportValue>;
    const table = this.hb.__indirect_function_table;
    this.drawFuncs = this.hb.hb_draw_funcs_create();
    for (const name of ['move_to', 'line_to', 'quadratic_to', 'cubic_to', 'close_path'] as const) {
      const index = table.grow(1);
      table.set(index, draw[name]);
      this.hb[`hb_draw_funcs_set_${name}_func`](this.drawFuncs, index, 0, 0);
    }
    this.scratch = this.hb.malloc(4);
  }

  static create(modules: ShaperModules): HarfBuzz {
    return new HarfBuzz(modules);
  }

  /** A font over a copy of the file's bytes, at the scale of its units per em (kept for the isolate). */
  font(bytes: Uint8Array): HbFont {
    const { hb } = this;
    const ptr = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer, ptr, bytes.byteLength).set(bytes);
    const blob = hb.hb_blob_create(ptr, bytes.byteLength, 2 /* HB_MEMORY_MODE_WRITABLE */, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    return { ptr: hb.hb_font_create(face), upem: hb.hb_face_get_upem(face) };
  }

  /** The glyph the font maps the code point to (its cmap), or 0 (.notdef) if none. */
  nominalGlyph(font: HbFont, codePoint: number): number {
    if (this.hb.hb_font_get_nominal_glyph(font.ptr, codePoint, this.scratch) === 0) return 0;
    return new Uint32Array(this.hb.memory.buffer, this.scratch, 1)[0] ?? 0;
  }

  /** Shapes text (script, direction and language guessed from it, as HarfBuzz does for a segment). */
  shape(font: HbFont, text: string): ShapedGlyph[] {
    const { hb } = this;
    const buffer = hb.hb_buffer_create();
    try {
      const ptr = hb.malloc(text.length * 2);
      const units = new Uint16Array(hb.memory.buffer, ptr, text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      hb.hb_buffer_add_utf16(buffer, ptr, text.length, 0, text.length);
      hb.free(ptr);
      hb.hb_buffer_guess_segment_properties(buffer);
      hb.hb_shape(font.ptr, buffer, 0, 0);
      const n = hb.hb_buffer_get_length(buffer);
      const infos = new Uint32Array(hb.memory.buffer, hb.hb_buffer_get_glyph_infos(buffer, 0), n * 5);
      const positions = new Int32Array(hb.memory.buffer, hb.hb_buffer_get_glyph_positions(buffer, 0), n * 5);
      const out: ShapedGlyph[] = [];
      for (let i = 0; i < n; i++) {
        out.push({
          glyph: infos[i * 5] ?? 0,
          cluster: infos[i * 5 + 2] ?? 0,
          xAdvance: positions[i * 5] ?? 0,
          xOffset: positions[i * 5 + 2] ?? 0,
          yOffset: positions[i * 5 + 3] ?? 0,
        });
      }
      return out;
    } finally {
      hb.hb_buffer_destroy(buffer);
    }
  }

  /** SVG path data of a glyph's outline with its origin at (x, y) px, `k` px per font unit, y down. */
  outline(font: HbFont, glyph: number, x: number, y: number, k: number): string {
    this.sink = { d: [], x, y, k };
    this.hb.hb_font_draw_glyph(font.ptr, glyph, this.drawFuncs, 0);
    return this.sink.d.join('');
  }
}

/** Devanagari, Devanagari Extended and Vedic Extensions (the danda U+0964/0965 is in the first block). */
const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF]/;
/** Whether the text (an SVG) has Devanagari, i.e. needs the shaper (which is made only then). */
export const hasDevanagari = (text: string): boolean => DEVANAGARI.test(text);

/** Characters that belong to the preceding character's syllable: marks and the zero-width (non-)joiner. */
const JOINS_PREVIOUS = /^[\p{M}\u200C\u200D]$/u;

/** The shaper for one isolate: HarfBuzz and the four fonts. */
export class DevanagariShaper {
  readonly fonts: { regular: HbFont; bold: HbFont; devanagari: HbFont; devanagariBold: HbFont };

  constructor(
    readonly hb: HarfBuzz,
    fonts: ShaperFonts,
  ) {
    this.fonts = {
      regular: hb.font(fonts.regular),
      bold: hb.font(fonts.bold),
      devanagari: hb.font(fonts.devanagari),
      devanagariBold: hb.font(fonts.devanagariBold),
    };
  }

  /**
   * The text cut into runs of one font each (see the file's comment), each shaped: what a browser does
   * with the wheel's font stack.
   */
  runs(text: string, bold: boolean): { font: HbFont; glyphs: ShapedGlyph[] }[] {
    const primary = bold ? this.fonts.bold : this.fonts.regular;
    const devanagari = bold ? this.fonts.devanagariBold : this.fonts.devanagari;
    const pieces: { font: HbFont; text: string }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const last = pieces.at(-1);
      let font: HbFont;
      if (last && JOINS_PREVIOUS.test(ch)) font = last.font;
      else if (DEVANAGARI.test(ch)) font = devanagari;
      else if (this.hb.nominalGlyph(primary, cp) || !this.hb.nominalGlyph(devanagari, cp)) font = primary;
      else font = devanagari;
      if (last && last.font === font) last.text += ch;
      else pieces.push({ font, text: ch });
    }
    return pieces.map((p) => ({ font: p.font, glyphs: this.hb.shape(p.font, p.text) }));
  }

  /** The text as one SVG path: `anchor` as text-anchor at (x, y) on the baseline, `size` px. */
  path(text: string, opts: { x: number; y: number; size: number; bold: boolean; anchor: string }): string {
    const runs = this.runs(text, opts.bold);
    let width = 0;
    for (const run of runs) {
      const k = opts.size / run.font.upem;
      for (const g of run.glyphs) width += g.xAdvance * k;
    }
    let pen = opts.x - (opts.anchor === 'middle' ? width / 2 : opts.anchor === 'end' ? width : 0);
    const d: string[] = [];
    for (const run of runs) {
      const k = opts.size / run.font.upem;
      for (const g of run.glyphs) {
        d.push(this.hb.outline(run.font, g.glyph, pen + g.xOffset * k, opts.y - g.yOffset * k, k));
        pen += g.xAdvance * k;
      }
    }
    return d.join('');
  }
}

interface Rule {
  selectors: string[];
  declarations: [string, string][];
}

function parseDeclarations(block: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of block.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (name && value) out.push([name, value]);
  }
  return out;
}

function parseSheets(svg: string): Rule[] {
  const rules: Rule[] = [];
  for (const [, css = ''] of svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const [, selectors = '', block = ''] of css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      rules.push({
        selectors: selectors.split(',').map((s) => s.trim()),
        declarations: parseDeclarations(block),
      });
    }
  }
  return rules;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The first length of an attribute's list in px (`em` relative to the font size); 0 if absent or bad. */
function length(value: string | undefined, size: number): number {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(px|em|ex)?/i.exec(value ?? '');
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  return unit === 'em' ? n * size : unit === 'ex' ? (n * size) / 2 : n;
}

/** Presentation attributes that are CSS properties (the weakest source of a property's value). */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-opacity',
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
]);
/** Properties that shape text, used here and not carried to the path. */
const TEXT_ONLY =
  /^(font|text-|letter-spacing|word-spacing|white-space|dominant-baseline|direction|unicode-bidi)/;

/**
 * The SVG with each <text> that holds Devanagari replaced by a <path> of its shaped glyphs (see the
 * file's comment); the SVG unchanged when it has no Devanagari.
 */
export function shapeDevanagari(svg: string, shaper: DevanagariShaper): string {
  if (!DEVANAGARI.test(svg)) return svg;
  const rules = parseSheets(svg);
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole, rawAttrs: string, content: string) => {
    // SVG's default white-space handling: newlines dropped, tabs as spaces, spaces collapsed and trimmed.
    const text = decodeXml(content.replace(/[\r\n]/g, ''))
      .replace(/\t/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (!DEVANAGARI.test(text)) return whole;
    const attrs = new Map<string, string>();
    for (const [, name = '', value = ''] of rawAttrs.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g))
      attrs.set(name, decodeXml(value));
    const classes = new Set((attrs.get('class') ?? '').split(/\s+/).filter(Boolean));
    const style = new Map<string, string>();
    for (const [name, value] of attrs) if (PRESENTATION.has(name)) style.set(name, value);
    const matching = (pick: (selector: string) => boolean) => {
      for (const rule of rules)
        if (rule.selectors.some(pick)) for (const [k, v] of rule.declarations) style.set(k, v);
    };
    matching((s) => s === 'text' || s === '*');
    matching((s) => /^\.[\w-]+$/.test(s) && classes.has(s.slice(1)));
    for (const [k, v] of parseDeclarations(attrs.get('style') ?? '')) style.set(k, v);

    const size = length(style.get('font-size') ?? '16', 16) || 16;
    const weight = style.get('font-weight') ?? 'normal';
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const d = shaper.path(text, {
      x: length(attrs.get('x'), size) + length(attrs.get('dx'), size),
      y: length(attrs.get('y'), size) + length(attrs.get('dy'), size),
      size,
      bold,
      anchor: style.get('text-anchor') ?? 'start',
    });
    if (!d) return '';
    const paint = [...style]
      .filter(([k]) => !TEXT_ONLY.test(k))
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
    const keep = ['id', 'class', 'transform']
      .filter((a) => attrs.has(a))
      .map((a) => ` ${a}="${escapeAttr(attrs.get(a) ?? '')}"`)
      .join('');
    return `<path${keep}${paint ? ` style="${escapeAttr(paint)}"` : ''} d="${d}"/>`;
  });
}
