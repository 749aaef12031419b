/**
 * The e2e client: openapi-fetch typed by the types openapi-typescript generated from the live document
 * (test/e2e/generated/api.d.ts, written by scripts/e2e.mjs). Nothing here casts API data: if a call or a
 * field does not type-check, the OpenAPI document is what needs fixing.
 *
 * Every client checks each response against the document (conformance.ts).
 */
import createClient from 'openapi-fetch';
import { Conformance, type OpenApiDocument } from './conformance';
import type { components, paths } from './generated/api';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e suite with \`npm run test:e2e\`.`);
  return value;
}

export const baseUrl = env('E2E_BASE_URL');
export const adminKey = env('E2E_ADMIN_KEY');

let conformance: Conformance | undefined;

/** The live OpenAPI document, loaded once, and the checker built on it. */
export async function loadConformance(): Promise<Conformance> {
  if (!conformance) {
    const res = await fetch(`${baseUrl}/openapi.json`);
    if (!res.ok) throw new Error(`GET /openapi.json: ${res.status}`);
    const doc: OpenApiDocument = await res.json();
    conformance = new Conformance(doc);
  }
  return conformance;
}

/** A typed client calling the API with `key` (none: unauthenticated), checked against the document. */
export function api(key?: string) {
  if (!conformance) throw new Error('call loadConformance() first (in beforeAll)');
  const client = createClient<paths>({
    baseUrl,
    headers: key ? { Authorization: `Bearer ${key}` } : {},
  });
  client.use(conformance.middleware());
  return client;
}
