/**
 * PNG wheels: the SVG is rendered by the PNG Worker (workers/png, "stellar-edge-png") through the `PNG`
 * service binding (RPC), so this Worker bundles neither resvg's WebAssembly nor the fonts (1.9 MiB gzipped
 * between them; docs/architecture.md). Validation, metering and caching stay in the route
 * (src/routes/wheels.ts); this is the one call across.
 */
import type { Env } from '../../env';
import { loggable, ProblemError } from '../problem';

export { PNG_MAX_WIDTH, PNG_MIN_WIDTH } from '../../../workers/png/src/contract';

/**
 * The wheel SVG as a PNG `width` px wide. The renderer unreachable (not deployed, not running beside
 * `wrangler dev`), over its limits or failing is a 503 problem with Retry-After: the request was valid
 * and the charge is refunded by the error handler; the cause is logged, never shown.
 */
export async function svgToPng(env: Pick<Env, 'PNG'>, svg: string, width: number): Promise<Uint8Array> {
  try {
    return await env.PNG.render(svg, width);
  } catch (err) {
    console.error(JSON.stringify({ msg: 'PNG renderer failed', width, err: loggable(err) }));
    throw new ProblemError({
      status: 503,
      type: 'unavailable',
      title: 'Service unavailable',
      detail: 'The PNG renderer is temporarily unavailable. Retry shortly.',
      headers: { 'Retry-After': '2' },
    });
  }
}
