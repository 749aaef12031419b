/**
 * SVG → PNG with resvg (WebAssembly), independent of how the module and fonts are loaded: the PNG Worker
 * passes its bundled modules (./index.ts), the Node benchmark passes bytes read from disk.
 *
 * resvg has no system fonts here: every glyph comes from the bundled subset fonts (scripts/
 * build-wheel-fonts.mjs). A character no font maps renders as nothing (the SVG still carries it).
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { type DevanagariShaper, shapeDevanagari } from './shape';

export type WasmSource = Parameters<typeof initWasm>[0];

/** The family that renders text whose own families are not bundled (the wheel's stack starts with it). */
export const DEFAULT_FAMILY = 'DejaVu Sans';

let ready: Promise<void> | null = null;

/** Instantiates the WebAssembly module once per isolate (a failed start is retried by the next call). */
export function initRenderer(wasm: WasmSource): Promise<void> {
  if (!ready) {
    ready = initWasm(wasm).catch((err: unknown) => {
      ready = null;
      throw err;
    });
  }
  return ready;
}

/**
 * Variation selectors (the wheel puts U+FE0E after each zodiac glyph so that browsers never draw an
 * emoji): resvg draws no emoji anyway, and finds no font mapping them, so for each one it searches every
 * font for a fallback: dropping them halves the render time of a wheel.
 */
const VARIATION_SELECTORS = /\uFE0E|\uFE0F/g;

/**
 * Renders an SVG document to a PNG `width` px wide (its height follows the SVG's aspect ratio). With a
 * shaper, text holding Devanagari is first turned into outlines shaped by HarfBuzz (./shape.ts: resvg
 * draws it wrongly); without one, resvg draws all text.
 */
export function renderPng(
  svg: string,
  width: number,
  fonts: Uint8Array[],
  shaper?: DevanagariShaper,
): Uint8Array {
  const source = svg.replace(VARIATION_SELECTORS, '');
  const resvg = new Resvg(shaper ? shapeDevanagari(source, shaper) : source, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontBuffers: fonts,
      defaultFontFamily: DEFAULT_FAMILY,
      sansSerifFamily: DEFAULT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
