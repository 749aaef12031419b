/**
 * Build-time stand-in for `zod/v3` (wrangler.toml `[alias]`; see ./ajv.ts). The MCP SDK accepts tool
 * schemas written with Zod 3 or Zod 4 and imports Zod 3's runtime for the former; every schema of this
 * Worker is Zod 4 (the routes' own), so Zod 3 (about 120 KB raw) would never run.
 */
export function object(): never {
  throw new Error('Zod 3 is not bundled in this Worker: MCP tool schemas must be Zod 4 schemas');
}
