/**
 * Build-time stand-in for `zod` (wrangler.toml `[alias]`): Zod itself, minus its ~40 message locales.
 *
 * `@hono/zod-openapi` passes Zod's whole namespace to `extendZodWithOpenApi(z)`, so the bundler must keep
 * every member of it, among them `z.locales` and `z.core.locales` (370 KB raw, about 40 KB gzipped). This
 * Worker writes its own validation messages and never switches Zod's locale; Zod's default English
 * messages are registered by the schemas themselves (zod/v4/classic/schemas.js imports locales/en.js).
 * Every other export is Zod's own module (same classes, same instances): a local export shadows the
 * `export *` of the same name, which is how `locales` and `core` are replaced here.
 * test/bundle-stubs.test.ts checks that this module exports exactly what `zod` exports.
 */

import * as z from './zod';
import * as core from './zod-core';

export * from 'zod/v4';
/** Not bundled (see above): `z.config(z.locales.xx())` is not available in this Worker. */
export const locales = Object.freeze({});
export { core, z, z as default };
