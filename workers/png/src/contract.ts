/**
 * What the API Worker and the PNG Worker agree on: the widths served and the RPC method. The API Worker
 * imports this file (types and two numbers), never the renderer: resvg's WebAssembly and the fonts stay
 * in the PNG Worker's bundle.
 */

/** Output width bounds in px (the PNG is square like the wheel); 2048² × 4 bytes = 16 MiB of pixels. */
export const PNG_MIN_WIDTH = 64;
export const PNG_MAX_WIDTH = 2048;

/** The PNG Worker's RPC interface (its default entrypoint, bound as `PNG` in the API Worker). */
export interface PngRenderer {
  /** The SVG document rendered as a PNG `width` px wide (its height follows the SVG's aspect ratio). */
  render(svg: string, width: number): Promise<Uint8Array>;
}
