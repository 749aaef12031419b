/**
 * The PNG Worker ("stellar-edge-png"): renders the API's SVG wheels as PNGs with resvg. It holds what the
 * API Worker should not carry on every cold start: resvg's WebAssembly (compiled as a module: Workers
 * cannot compile WebAssembly from bytes at run time) and the subset fonts (workers/png/fonts, Data
 * modules by wrangler.toml `rules`), instantiated once per isolate. Text holding Devanagari is shaped by
 * HarfBuzz (harfbuzzjs's WebAssembly, also a compiled module) and drawn as outlines (./shape.ts).
 *
 * It has no route and no workers.dev address: only the API Worker reaches it, through its `PNG` service
 * binding, by RPC (`env.PNG.render(svg, width)`). The API validates, meters and caches; this Worker only
 * renders (and refuses arguments outside the contract, so a caller's bug cannot make it allocate more).
 */

import { WorkerEntrypoint } from 'cloudflare:workers';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import harfbuzzWasm from 'harfbuzzjs/dist/harfbuzz.wasm';
import dejavu from '../fonts/DejaVuSans.ttf';
import dejavuBold from '../fonts/DejaVuSans-Bold.ttf';
import devanagari from '../fonts/NotoSansDevanagari.ttf';
import devanagariBold from '../fonts/NotoSansDevanagari-Bold.ttf';
import japanese from '../fonts/NotoSansJP.ttf';
import chinese from '../fonts/NotoSansSC.ttf';
import { PNG_MAX_WIDTH, PNG_MIN_WIDTH, type PngRenderer } from './contract';
import hbDrawWasm from './hb-draw.wasm';
import { initRenderer, renderPng } from './render';
import { DevanagariShaper, HarfBuzz, hasDevanagari } from './shape';

/** Fallback order matters where fonts overlap: Japanese kana and label kanji before the Chinese shapes. */
const FONTS = [dejavu, dejavuBold, devanagari, japanese, chinese].map((f) => new Uint8Array(f));

/** HarfBuzz and its fonts for Devanagari text (./shape.ts), made on the first render that needs them. */
let shaper: DevanagariShaper | undefined;
function devanagariShaper(): DevanagariShaper {
  shaper ??= new DevanagariShaper(HarfBuzz.create({ harfbuzz: harfbuzzWasm, draw: hbDrawWasm }), {
    regular: FONTS[0] as Uint8Array,
    bold: FONTS[1] as Uint8Array,
    devanagari: FONTS[2] as Uint8Array,
    // Only HarfBuzz draws Devanagari, so resvg is not given the bold face (it parses its fonts per render).
    devanagariBold: new Uint8Array(devanagariBold),
  });
  return shaper;
}

/** The largest SVG accepted: a 2000 px wheel with every star named is about 0.2 MB. */
const MAX_SVG_CHARS = 4 * 2 ** 20;

export class PngWorker extends WorkerEntrypoint implements PngRenderer {
  async render(svg: string, width: number): Promise<Uint8Array> {
    if (typeof svg !== 'string' || svg.length > MAX_SVG_CHARS) {
      throw new RangeError(`svg must be a string of at most ${MAX_SVG_CHARS} characters`);
    }
    if (!Number.isInteger(width) || width < PNG_MIN_WIDTH || width > PNG_MAX_WIDTH) {
      throw new RangeError(`width must be an integer from ${PNG_MIN_WIDTH} to ${PNG_MAX_WIDTH}`);
    }
    await initRenderer(resvgWasm);
    return renderPng(svg, width, FONTS, hasDevanagari(svg) ? devanagariShaper() : undefined);
  }
}

export default PngWorker;
