/** Build-time stand-in for `ajv-formats` (wrangler.toml `[alias]`; see ./ajv.ts). */
export default function addFormats(): never {
  throw new Error('ajv-formats is not bundled in this Worker (see src/platform/bundle/ajv.ts)');
}
