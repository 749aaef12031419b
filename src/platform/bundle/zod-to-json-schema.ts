/**
 * Build-time stand-in for `zod-to-json-schema` (wrangler.toml `[alias]`; see ./zod-v3.ts): the MCP SDK
 * converts Zod 3 schemas with it and Zod 4 schemas with Zod's own `toJSONSchema`, which is what runs here.
 */
export function zodToJsonSchema(): never {
  throw new Error('zod-to-json-schema is not bundled in this Worker: MCP tool schemas must be Zod 4 schemas');
}
