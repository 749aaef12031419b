/**
 * Positive conformance: requests generated from /openapi.json alone (test/schema-arbitrary.ts: fast-check
 * arbitraries derived from its JSON Schemas, each value checked by a 2020-12 validator; never our zod
 * code) are accepted, or refused only with a status the operation documents, for a reason the document
 * states:
 *  - 404: the request names something (a path id, `chart_id`, `slug`) and it does not exist;
 *  - 409: a documented conflict with the current state (a key already rolled, an email taken...);
 *  - 422: with a `type` the operation lists in its 422 response (an unknown place, 30 February...);
 *  - 429: a quota (sign-ups are limited per address).
 * Anything else (a 400 above all: the document allowed what the server refused) fails the operation.
 *
 * The suite follows the document's `links` like a stateful client: the ids a create answers (a saved
 * chart, a key, a webhook, a batch job, an account) feed the path parameters of the operations linked to
 * it, so reads, updates and deletes reach real resources, not only 404s. Creates run first, deletes last.
 *
 * The caller is an admin key of an unlimited account (every scope), so 401/403 and quota are not what is
 * tested. Not covered: POST /v1/billing/stripe, whose requests only Stripe can make (a signature over the
 * body under a secret the document cannot give; test/fuzz.test.ts sends it signed events).
 *
 * Seeded (SEED + the operation's index) and RUNS cases per operation; a failure prints fast-check's seed
 * and path to replay it.
 */
import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_BASE } from '../src/platform/problem';
import { resetQuotaMemory } from '../src/platform/quota';
import { loadFamousPeople } from './famous-fixtures';
import { BASE, call, createAccount } from './helpers';
import { loadPlaceFixtures } from './places-fixtures';
import { type Document, type Schema, SchemaArbitraries } from './schema-arbitrary';

const SEED = 20_261_204;
const RUNS = 200;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}
interface Response {
  content?: Record<string, { schema?: Schema }>;
  links?: Record<string, { operationId: string; parameters?: Record<string, string> }>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }>; required?: boolean };
  responses: Record<string, Response>;
  security?: unknown[];
}

const doc = (await (await call('/openapi.json')).json()) as Document & {
  paths: Record<string, Record<string, Operation>>;
};
const gen = new SchemaArbitraries(doc);

const EXCLUDED = new Set(['stripeWebhook']);
const ops = Object.entries(doc.paths)
  .flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  )
  .filter(({ op }) => !EXCLUDED.has(op.operationId));
/**
 * Creates (their responses link to other operations) first, deletes last; the cache warm after them all
 * (its work goes on in the background after each answer).
 */
const rank = (o: (typeof ops)[number]) =>
  o.op.operationId === 'adminWarmCache'
    ? 3
    : Object.values(o.op.responses).some((r) => r.links)
      ? 0
      : o.method === 'DELETE'
        ? 2
        : 1;
ops.sort((a, b) => rank(a) - rank(b));

// Generated webhook URLs name any public-looking host: every outbound fetch of the Worker (webhook
// deliveries, tests and retries) is answered here, 200, and never reaches the network. Kept for the
// whole file: deliveries queued by the last cases may still be running after it.
beforeAll(() => {
  globalThis.fetch = (async () => new Response('ok')) as typeof fetch;
});

let key = '';
let accountId = '';
beforeAll(async () => {
  await Promise.all([loadPlaceFixtures(), loadFamousPeople()]);
  ({ key, accountId } = await createAccount({ tier: 'unlimited', role: 'admin' }));
});

/**
 * Each operation starts with the account's daily quotas unused: 200 cases of each of some twenty metered
 * operations spend more than the unlimited tier's 10 000 `charts` units a day, and an operation that only
 * meets 429s tests nothing. The counters are the quota Durable Object's own (src/platform/rate-limiter.ts).
 */
async function freshQuota() {
  resetQuotaMemory();
  const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(accountId));
  await runInDurableObject(stub, async (_instance, state) => {
    state.storage.sql.exec('DELETE FROM counters');
  });
}

/** Values for path parameters, harvested from the responses of linked operations. */
const pools = new Map<string, string[]>();
const poolKey = (operationId: string, param: string) => `${operationId} ${param}`;

function pointer(body: unknown, expr: string): unknown {
  const path = expr.replace(/^\$response\.body#\//, '').split('/');
  let v = body;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

interface Generated {
  params: Record<string, { fromPool: boolean; pick: number; value: unknown }>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  address: number;
}

function requestArb(op: Operation): fc.Arbitrary<Generated> {
  const params = op.parameters ?? [];
  const of = (where: string) => params.filter((p) => p.in === where);
  const record = (list: Parameter[]) =>
    fc.record(Object.fromEntries(list.map((p) => [p.name, gen.of(p.schema)])), {
      requiredKeys: list.filter((p) => p.required).map((p) => p.name),
    });
  const json = op.requestBody?.content['application/json']?.schema;
  return fc.record({
    params: fc.record(
      Object.fromEntries(
        of('path').map((p) => [
          p.name,
          fc.record({ fromPool: fc.boolean(), pick: fc.nat(), value: gen.of(p.schema) }),
        ]),
      ),
    ),
    query: record(of('query')),
    headers: record(of('header')),
    body: json ? gen.of(json) : fc.constant(undefined),
    address: fc.nat(),
  });
}

function buildRequest(path: string, method: string, op: Operation, g: Generated) {
  const named: string[] = [];
  const url =
    BASE +
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const p = g.params[name];
      const pool = pools.get(poolKey(op.operationId, name)) ?? [];
      const value = p?.fromPool && pool.length > 0 ? pool[p.pick % pool.length] : String(p?.value);
      named.push(name);
      return encodeURIComponent(value as string);
    });
  const qs = new URLSearchParams(Object.entries(g.query).map(([k, v]) => [k, String(v)])).toString();
  const headers = new Headers({ Authorization: `Bearer ${key}` });
  // Each sign-up comes from its own address, as different people's would (5 per address per 10 min).
  headers.set('CF-Connecting-IP', `198.51.${(g.address >> 8) & 255}.${g.address & 255}`);
  for (const [k, v] of Object.entries(g.headers)) headers.set(k, String(v));
  if (g.body !== undefined) headers.set('Content-Type', 'application/json');
  const body = g.body === undefined ? undefined : JSON.stringify(g.body);
  if (typeof g.body === 'object' && g.body !== null) {
    for (const k of ['chart_id', 'slug']) if (k in g.body) named.push(k);
    for (const side of ['first', 'second', 'natal']) {
      const s = (g.body as Record<string, unknown>)[side];
      if (s && typeof s === 'object' && ('chart_id' in s || 'slug' in s)) named.push(side);
    }
  }
  return {
    req: new Request(`${url}${qs ? `?${qs}` : ''}`, { method, headers, ...(body ? { body } : {}) }),
    named,
    shown: `${method} ${url}${qs ? `?${qs}` : ''} ${body ?? ''}`.slice(0, 1500),
  };
}

function documented422(op: Operation): string[] {
  const schema = op.responses['422']?.content?.['application/problem+json']?.schema as
    | { allOf?: { properties?: { type?: { enum?: string[] } } }[] }
    | undefined;
  return schema?.allOf?.flatMap((s) => s.properties?.type?.enum ?? []) ?? [];
}

const stats = new Map<string, Map<number, number>>();
afterAll(() => {
  const lines = [...stats].map(
    ([id, s]) => `${id}: ${[...s].map(([status, n]) => `${status}×${n}`).join(' ')}`,
  );
  console.log(`positive conformance, ${RUNS} cases per operation:\n${lines.join('\n')}`);
});

describe('positive conformance: requests generated from /openapi.json', () => {
  it('covers every operation but the Stripe receiver', () => {
    expect(ops.length).toBe(Object.values(doc.paths).flatMap((i) => Object.keys(i)).length - EXCLUDED.size);
    expect(ops.length).toBeGreaterThanOrEqual(46);
  });

  for (const [index, { path, method, op }] of ops.entries()) {
    it(`${op.operationId}: ${method} ${path}`, { timeout: 300_000 }, async () => {
      const counts = new Map<number, number>();
      stats.set(op.operationId, counts);
      await freshQuota();
      await fc.assert(
        fc.asyncProperty(requestArb(op), async (g) => {
          resetQuotaMemory(); // refills the per-key burst bucket; daily quotas stay counted
          const { req, named, shown } = buildRequest(path, method, op, g);
          const res = await call(req.url.slice(BASE.length), {
            method: req.method,
            headers: req.headers,
            ...(req.body ? { body: await req.text() } : {}),
          });
          const text = await res.text();
          counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
          const ctx = `${shown}\n→ ${res.status} ${text.slice(0, 600)}`;
          expect(op.responses[String(res.status)], `${ctx}\nundocumented status`).toBeDefined();
          if (res.status < 400) {
            const response = op.responses[String(res.status)];
            if (response?.links && text) {
              const body = JSON.parse(text) as unknown;
              for (const link of Object.values(response.links)) {
                for (const [param, expr] of Object.entries(link.parameters ?? {})) {
                  const value = pointer(body, expr);
                  if (typeof value !== 'string') continue;
                  const list = pools.get(poolKey(link.operationId, param)) ?? [];
                  if (list.length < 500) list.push(value);
                  pools.set(poolKey(link.operationId, param), list);
                }
              }
            }
            return;
          }
          const problem = JSON.parse(text) as { type: string; detail: string };
          switch (res.status) {
            case 404:
              expect(named.length, `${ctx}\na 404 for a request that names nothing`).toBeGreaterThan(0);
              return;
            case 409:
            case 429:
              return;
            case 422:
              expect(documented422(op), `${ctx}\n422 type not listed for ${op.operationId}`).toContain(
                problem.type,
              );
              expect(problem.type.startsWith(PROBLEM_BASE)).toBe(true);
              return;
            default:
              throw new Error(`${ctx}\nrefused a request the document allows`);
          }
        }),
        { seed: SEED + index, numRuns: RUNS },
      );
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(RUNS);
    });
  }
});
