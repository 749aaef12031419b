/**
 * PNG wheels in the Worker: resvg's WebAssembly module and the subset fonts are bundled as modules
 * (wrangler.toml `rules`: *.ttf as Data; *.wasm is compiled by default) and instantiated once per isolate.
 */
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import dejavu from './fonts/DejaVuSans.ttf';
import dejavuBold from './fonts/DejaVuSans-Bold.ttf';
import devanagari from './fonts/NotoSansDevanagari.ttf';
import japanese from './fonts/NotoSansJP.ttf';
import chinese from './fonts/NotoSansSC.ttf';
import { initRenderer, renderPng } from './render';

export { PNG_MAX_WIDTH, PNG_MIN_WIDTH } from './render';

/** Fallback order matters where fonts overlap: Japanese kana and label kanji before the Chinese shapes. */
const FONTS = [dejavu, dejavuBold, devanagari, japanese, chinese].map((f) => new Uint8Array(f));

/** The wheel SVG as a PNG `width` px wide. */
export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  await initRenderer(resvgWasm);
  return renderPng(svg, width, FONTS);
}
