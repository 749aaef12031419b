/**
 * Build-time stand-in for `ajv` (wrangler.toml `[alias]`): the MCP SDK imports Ajv statically for its
 * default JSON Schema validator, but this Worker always passes `CfWorkerJsonSchemaValidator`
 * (src/routes/mcp/index.ts), so Ajv (about 60 KB gzipped with ajv-formats and fast-uri) is never run.
 * Reaching this constructor means a validator was left to its default: fail loudly, never validate wrongly.
 */
export default class Ajv {
  constructor() {
    throw new Error(
      'ajv is not bundled in this Worker: pass `jsonSchemaValidator: new CfWorkerJsonSchemaValidator()`',
    );
  }
}
export { Ajv };
