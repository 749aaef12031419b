/**
 * Cross-account access matrix (DESIGN.md section 2: another account's resource is a 404, never revealed).
 *
 * Account A owns one of every id-bearing resource (saved chart, API key, webhook endpoint, webhook
 * delivery, batch job, its account id). Account B (all user scopes) calls every operation of
 * /openapi.json whose path has a {param}, every method, with A's ids, and every body that embeds an id
 * (chart_id in readings, synastry, composite, matches, batch items): each must be a 404 problem, never a
 * 403 or a 2xx, and A's resources must be unchanged afterwards. The list of parametrised operations
 * comes from the document: one missing from MATRIX fails the test, so a new route must be classified.
 *
 * Not vacuous: each 404 answer is the same (request_id, instance and the echoed id aside) as for a
 * random well-formed id of the same kind that exists nowhere, so it reveals nothing; every entry is also
 * called by the owner with its own ids (destructive ones on throwaway resources) and must succeed, so a
 * route that answers 404 to everyone fails; and A's resources read 200 before and after.
 *
 * Not cross-account by design (classified below, still called): admin-only operations are a 403 for a
 * non-admin (role check before any lookup, revealing nothing); famous people are global data.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ID_PREFIXES, type IdKind, newId } from '../src/platform/ids';
import { resetQuotaMemory } from '../src/platform/quota';
import { checkProblem, loadOperations } from './api-surface';
import { loadFamousPeople } from './famous-fixtures';
import { authed, createAccount, json } from './helpers';
import { DIANA, NEW_YORK_1990 } from './people';
import { useReceivers } from './receivers';

const OPS = await loadOperations();

interface Ids {
  chart: string;
  key: string;
  webhook: string;
  delivery: string;
  job: string;
  account: string;
  calendar: string;
}

/** Each calendar's feed token (not an id: kept apart from Ids). */
const FEED_TOKENS = new Map<string, string>();
/** The feed of calendar `id` opened with the token of calendar `tokenOf` (the `#` drops the template's ".ics"). */
const feed = (id: string, tokenOf: string) => `${id}.ics?token=${FEED_TOKENS.get(tokenOf)}#`;

type Expect = 'not-found' | 'admin-only' | 'global';
interface Entry {
  expect: Expect;
  /** Path params from A's ids (and B's own, to mix). */
  params: (a: Ids, b: Ids) => Record<string, string>[];
  body?: unknown;
  /** Changes or removes the resource: the owner's positive control runs on throwaway resources. */
  destructive?: true;
  /** Body of the positive control, if not `body` (an admin's PATCH that keeps A's tier). */
  controlBody?: unknown;
}

const own = (pick: (i: Ids) => string) => (a: Ids) => [{ id: pick(a) }];

/** Every parametrised operation of /openapi.json: what another account's id must give. */
const MATRIX: Record<string, Entry> = {
  'GET /v1/admin/accounts/{id}': { expect: 'admin-only', params: own((i) => i.account) },
  'PATCH /v1/admin/accounts/{id}': {
    expect: 'admin-only',
    params: own((i) => i.account),
    body: { tier: 'free' },
    controlBody: { tier: 'unlimited' },
  },
  'GET /v1/api-keys/{id}': { expect: 'not-found', params: own((i) => i.key) },
  'DELETE /v1/api-keys/{id}': { expect: 'not-found', params: own((i) => i.key), destructive: true },
  'PATCH /v1/api-keys/{id}/revoke': { expect: 'not-found', params: own((i) => i.key), destructive: true },
  'POST /v1/api-keys/{id}/roll': {
    expect: 'not-found',
    params: own((i) => i.key),
    body: { grace_period_seconds: 0 },
    destructive: true,
  },
  'GET /v1/charts/{id}/wheel.svg': { expect: 'not-found', params: own((i) => i.chart) },
  'GET /v1/charts/{id}/wheel.png': { expect: 'not-found', params: own((i) => i.chart) },
  'GET /v1/charts/{id}': { expect: 'not-found', params: own((i) => i.chart) },
  'DELETE /v1/charts/{id}': { expect: 'not-found', params: own((i) => i.chart), destructive: true },
  'GET /v1/famous-people/{slug}': { expect: 'global', params: () => [{ slug: 'albert-einstein' }] },
  'GET /v1/famous-people/{slug}/chart': { expect: 'global', params: () => [{ slug: 'albert-einstein' }] },
  'GET /v1/analytics/user/{user_id}': { expect: 'not-found', params: (a) => [{ user_id: a.account }] },
  'GET /v1/analytics/endpoint/{endpoint}': { expect: 'admin-only', params: () => [{ endpoint: 'charts' }] },
  'GET /v1/analytics/events/{event_type}': {
    expect: 'admin-only',
    params: () => [{ event_type: 'chart.saved' }],
  },
  'GET /v1/batch/{job_id}': {
    expect: 'not-found',
    params: (a) => [{ job_id: a.job }, { job_id: `${a.job}?include=results` }],
  },
  'GET /v1/webhooks/{id}': { expect: 'not-found', params: own((i) => i.webhook) },
  'PATCH /v1/webhooks/{id}': {
    expect: 'not-found',
    params: own((i) => i.webhook),
    body: { url: 'https://evil.example/steal', enabled: true },
    destructive: true,
  },
  'DELETE /v1/webhooks/{id}': { expect: 'not-found', params: own((i) => i.webhook), destructive: true },
  'POST /v1/webhooks/{id}/test': { expect: 'not-found', params: own((i) => i.webhook), destructive: true },
  'GET /v1/webhooks/{id}/deliveries': { expect: 'not-found', params: own((i) => i.webhook) },
  'POST /v1/webhooks/{id}/deliveries/{delivery_id}/retry': {
    expect: 'not-found',
    // A's endpoint and delivery; B's own endpoint with A's delivery; A's endpoint with B's delivery.
    params: (a, b) => [
      { id: a.webhook, delivery_id: a.delivery },
      { id: b.webhook, delivery_id: a.delivery },
      { id: a.webhook, delivery_id: b.delivery },
    ],
    destructive: true,
  },
  'POST /v1/webhooks/{id}/rotate-secret': {
    expect: 'not-found',
    params: own((i) => i.webhook),
    destructive: true,
  },
  'GET /v1/calendars/{id}': { expect: 'not-found', params: own((i) => i.calendar) },
  'DELETE /v1/calendars/{id}': { expect: 'not-found', params: own((i) => i.calendar), destructive: true },
  // The feed takes no API key: B opens A's calendar with the token of its own calendar.
  'GET /v1/calendars/{id}.ics': {
    expect: 'not-found',
    params: (a, b) => [{ id: feed(a.calendar, b.calendar) }],
  },
  'PUT /v1/charts/{id}/alerts': {
    expect: 'not-found',
    params: own((i) => i.chart),
    body: { days_ahead: 3 },
    destructive: true,
  },
  'GET /v1/charts/{id}/alerts': { expect: 'not-found', params: own((i) => i.chart) },
  'DELETE /v1/charts/{id}/alerts': { expect: 'not-found', params: own((i) => i.chart), destructive: true },
};

const CHART = { ...NEW_YORK_1990, timezone: 'America/New_York', full_name: 'Owner A' };

async function created(res: Response, status: number): Promise<{ id: string }> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`fixture: ${res.status} ${text}`);
  return JSON.parse(text) as { id: string };
}

/** One of every id-bearing resource for an account. */
async function resources(acct: { accountId: string; key: string }): Promise<Ids> {
  const key = acct.key;
  const chart = await created(await json('/v1/charts', { ...CHART, save: true }, { key }), 201);
  const apiKey = await created(await json('/v1/api-keys', { name: 'second' }, { key }), 201);
  const webhook = await created(
    await json('/v1/webhooks', { url: 'https://receiver.example/a', events: ['payment.received'] }, { key }),
    201,
  );
  const delivery = newId('delivery');
  const messageId = newId('message');
  await env.DB.prepare(
    `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, message_id, event_type, payload, status, attempts)
     VALUES (?1, ?2, ?3, ?4, 'payment.received', ?5, 'failed', 8)`,
  )
    .bind(delivery, webhook.id, acct.accountId, messageId, JSON.stringify({ id: messageId }))
    .run();
  const job = await created(await json('/v1/batch/charts', { items: [CHART] }, { key }), 202);
  const calendar = (await created(
    await json('/v1/calendars', { chart_id: chart.id, days_ahead: 3 }, { key }),
    201,
  )) as { id: string; token: string };
  FEED_TOKENS.set(calendar.id, calendar.token);
  await created(
    await authed(key, `/v1/charts/${chart.id}/alerts`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ days_ahead: 3 }),
    }),
    201,
  );
  return {
    calendar: calendar.id,
    chart: chart.id,
    key: apiKey.id,
    webhook: webhook.id,
    delivery,
    job: job.id,
    account: acct.accountId,
  };
}

/** A's resources as A sees them, plus their rows (what B must not be able to change). */
async function stateOf(a: { accountId: string; key: string }, ids: Ids): Promise<string> {
  const views = await Promise.all(
    [
      `/v1/charts/${ids.chart}`,
      `/v1/api-keys/${ids.key}`,
      `/v1/webhooks/${ids.webhook}`,
      `/v1/webhooks/${ids.webhook}/deliveries`,
      `/v1/account`,
    ].map(async (p) => {
      resetQuotaMemory();
      const res = await authed(a.key, p);
      // Readable by its owner: a snapshot of 404s would make "unchanged" vacuous.
      expect(res.status, `A reads its own ${p}`).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      delete body.usage; // today's quota use, read live
      if (p.startsWith('/v1/api-keys')) delete body.last_used_at;
      return [res.status, body];
    }),
  );
  const rows = await env.DB.batch([
    env.DB.prepare('SELECT id, tier, status FROM accounts WHERE id = ?1').bind(ids.account),
    env.DB.prepare(
      'SELECT id, revoked_at, replaced_by, scopes FROM api_keys WHERE account_id = ?1 ORDER BY id',
    ).bind(ids.account),
    env.DB.prepare('SELECT id FROM charts WHERE account_id = ?1').bind(ids.account),
    env.DB.prepare('SELECT id, url, secret, enabled FROM webhook_endpoints WHERE account_id = ?1').bind(
      ids.account,
    ),
    env.DB.prepare('SELECT id, attempts FROM webhook_deliveries WHERE account_id = ?1 ORDER BY id').bind(
      ids.account,
    ),
    env.DB.prepare('SELECT id, type, total FROM batch_jobs WHERE account_id = ?1').bind(ids.account),
    env.DB.prepare('SELECT id, token_hash, options FROM calendars WHERE account_id = ?1').bind(ids.account),
    env.DB.prepare('SELECT chart_id, options, last_day FROM chart_alerts WHERE account_id = ?1').bind(
      ids.account,
    ),
  ]);
  return JSON.stringify([views, rows.map((r) => r.results)]);
}

let A: { accountId: string; key: string; keyId: string };
let B: { accountId: string; key: string; keyId: string };
let ADMIN: { accountId: string; key: string; keyId: string };
let aIds: Ids;
let bIds: Ids;

// Webhook test/retry deliveries go to https://receiver.example: answered here, never the network.
useReceivers({ anyPath: true });

beforeAll(async () => {
  await loadFamousPeople();
  [A, B, ADMIN] = await Promise.all([
    createAccount({ tier: 'unlimited' }),
    createAccount({ tier: 'unlimited' }),
    createAccount({ tier: 'unlimited', role: 'admin' }),
  ]);
  [aIds, bIds] = await Promise.all([resources(A), resources(B)]);
});

async function send(key: string, method: string, path: string, body?: unknown) {
  resetQuotaMemory(); // burst buckets
  const res = await authed(key, path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { res, text: await res.text() };
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return v;
  });
}

const KIND_OF_PREFIX = new Map(Object.entries(ID_PREFIXES).map(([kind, prefix]) => [prefix, kind as IdKind]));

/** The same params with each of `owner`'s ids replaced by a fresh id of its kind that exists nowhere. */
function unknownIds(params: Record<string, string>, owner: Ids) {
  const swaps: [string, string][] = [];
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    let v = value;
    for (const id of Object.values(owner)) {
      if (!v.includes(id)) continue;
      const kind = KIND_OF_PREFIX.get(id.slice(0, id.indexOf('_'))) as IdKind;
      const fresh = newId(kind);
      swaps.push([id, fresh]);
      v = v.replaceAll(id, fresh);
    }
    out[name] = v;
  }
  return { params: out, swaps };
}

/** A problem body as compared between two 404s: request_id and instance dropped, ids masked. */
function comparable(text: string, ids: string[]): string {
  let masked = text;
  for (const [i, id] of ids.entries()) masked = masked.replaceAll(id, `<id${i}>`);
  const body = JSON.parse(masked) as Record<string, unknown>;
  delete body.request_id;
  delete body.instance;
  return JSON.stringify(body);
}

describe('cross-account access matrix', () => {
  it('classifies every parametrised operation of /openapi.json', () => {
    const parametrised = OPS.filter((o) => o.pathParams.length > 0).map((o) => o.name);
    expect(parametrised.length).toBeGreaterThan(15);
    const missing = parametrised.filter((n) => !(n in MATRIX));
    expect(missing, 'add these operations to MATRIX in test/cross-account.test.ts').toEqual([]);
    const stale = Object.keys(MATRIX).filter((n) => !parametrised.includes(n));
    expect(stale, 'MATRIX entries no longer in /openapi.json').toEqual([]);
  });

  it("B gets a 404 for each of A's ids on every id-bearing operation, and A's resources are unchanged", async () => {
    const before = await stateOf(A, aIds);
    const calls: string[] = [];
    for (const op of OPS.filter((o) => o.pathParams.length > 0)) {
      const entry = MATRIX[op.name];
      if (!entry) continue;
      for (const params of entry.params(aIds, bIds)) {
        const path = fill(op.path, params);
        const { res, text } = await send(B.key, op.method, path, entry.body);
        const ctx = `B: ${op.method} ${path} → ${res.status} ${text.slice(0, 300)}`;
        calls.push(`${op.method} ${path} ${res.status}`);
        if (entry.expect === 'not-found') {
          expect(res.status, ctx).toBe(404);
          const problem = checkProblem(res, text, ctx);
          expect(problem.type, ctx).toMatch(/not-found$/);
          // Never reveals existence: the same answer as for an id that exists nowhere.
          const unknown = unknownIds(params, aIds);
          const other = await send(B.key, op.method, fill(op.path, unknown.params), entry.body);
          const uctx = `${ctx}\nunknown id: ${other.res.status} ${other.text.slice(0, 300)}`;
          expect(other.res.status, uctx).toBe(404);
          expect(
            comparable(
              text,
              unknown.swaps.map(([a]) => a),
            ),
            `${uctx}\nthe 404 for A's id differs from the 404 for an unknown id`,
          ).toBe(
            comparable(
              other.text,
              unknown.swaps.map(([, u]) => u),
            ),
          );
        } else if (entry.expect === 'admin-only') {
          // A role check before any lookup: the same 403 for any id, so it reveals nothing.
          expect(res.status, ctx).toBe(403);
          expect(checkProblem(res, text, ctx).type, ctx).toMatch(/admin-required$/);
        } else {
          expect(res.status, ctx).toBe(200); // global data, the same for every account
        }
      }
    }
    expect(calls.length).toBeGreaterThanOrEqual(Object.keys(MATRIX).length);
    expect(await stateOf(A, aIds), "A's resources changed").toBe(before);
  });

  it('positive control: the owner (an admin for admin-only routes) succeeds with its own ids on every entry', {
    timeout: 30_000,
  }, async () => {
    const done: string[] = [];
    for (const op of OPS.filter((o) => o.pathParams.length > 0)) {
      const entry = MATRIX[op.name];
      if (!entry) continue;
      // Destructive operations act on a throwaway set of A's resources, the rest on A's own.
      const ids = entry.destructive ? await resources(A) : aIds;
      const caller = entry.expect === 'admin-only' ? ADMIN : A;
      const seen = new Set<string>();
      for (const params of entry.params(ids, ids)) {
        const path = fill(op.path, params);
        if (seen.has(path)) continue;
        seen.add(path);
        const { res, text } = await send(caller.key, op.method, path, entry.controlBody ?? entry.body);
        const ctx = `owner: ${op.method} ${path} → ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, ctx).toBeGreaterThanOrEqual(200);
        expect(res.status, ctx).toBeLessThan(300);
        expect(op.statuses.has(res.status), `${ctx}\nundocumented status`).toBe(true);
        done.push(`${op.method} ${path} ${res.status}`);
      }
    }
    expect(done.length).toBeGreaterThanOrEqual(Object.keys(MATRIX).length);
  });

  it("admin routes on A's account id are a 403 for B whatever the id (unknown, B's own, A's)", async () => {
    for (const id of [A.accountId, B.accountId, newId('account')]) {
      const { res, text } = await send(B.key, 'PATCH', `/v1/admin/accounts/${id}`, { tier: 'unlimited' });
      expect(res.status, text).toBe(403);
    }
  });

  it("an admin key does not reach into A's owned resources either (ownership, not role, decides)", async () => {
    const before = await stateOf(A, aIds);
    for (const [method, path] of [
      ['GET', `/v1/charts/${aIds.chart}`],
      ['DELETE', `/v1/api-keys/${aIds.key}`],
      ['POST', `/v1/webhooks/${aIds.webhook}/rotate-secret`],
      ['GET', `/v1/batch/${aIds.job}`],
    ] as const) {
      const { res, text } = await send(ADMIN.key, method, path);
      expect(res.status, `${method} ${path}: ${text}`).toBe(404);
    }
    // Reading another account's analytics is an admin power by design (DESIGN.md / route description).
    const { res } = await send(ADMIN.key, 'GET', `/v1/analytics/user/${A.accountId}`);
    expect(res.status).toBe(200);
    expect(await stateOf(A, aIds)).toBe(before);
  });

  it("bodies that embed A's chart_id are a 404 naming chart_id (readings, synastry, composite, matches, forecasting)", async () => {
    const before = await stateOf(A, aIds);
    const cases: [string, unknown, string][] = [
      ['/v1/readings', { chart_id: aIds.chart }, 'chart_id'],
      ['/v1/synastry', { first: { chart_id: aIds.chart }, second: DIANA }, 'first.chart_id'],
      [
        '/v1/synastry',
        { first: { chart_id: bIds.chart }, second: { chart_id: aIds.chart } },
        'second.chart_id',
      ],
      ['/v1/composite', { first: DIANA, second: { chart_id: aIds.chart } }, 'second.chart_id'],
      ['/v1/famous-people/matches', { chart_id: aIds.chart }, 'chart_id'],
      ['/v1/transits', { natal: { chart_id: aIds.chart }, at: '2027-01-01' }, 'natal.chart_id'],
      [
        '/v1/transits/timeline',
        { natal: { chart_id: aIds.chart }, from: '2027-01-01', to: '2027-01-31' },
        'natal.chart_id',
      ],
      [
        '/v1/returns',
        { natal: { chart_id: aIds.chart }, body: 'sun', after: '2027-01-01' },
        'natal.chart_id',
      ],
      ['/v1/progressions', { natal: { chart_id: aIds.chart }, date: '2027-01-01' }, 'natal.chart_id'],
    ];
    for (const [path, body, field] of cases) {
      const { res, text } = await send(B.key, 'POST', path, body);
      const ctx = `${path} ${JSON.stringify(body)} → ${res.status} ${text.slice(0, 300)}`;
      expect(res.status, ctx).toBe(404);
      const problem = checkProblem(res, text, ctx);
      expect(
        problem.errors?.map((e) => e.path),
        ctx,
      ).toContain(field);
      expect(text, ctx).not.toContain('Owner A'); // nothing of A's chart leaks
    }
    // Batch items take birth data only: a chart_id is an invalid item (its own 400), never A's chart.
    const { res, text } = await send(B.key, 'POST', '/v1/batch/readings', {
      items: [{ chart_id: aIds.chart }],
    });
    // Batch items do not take chart_id: the only item is invalid, so the batch is a 400 naming it,
    // revealing nothing of A's chart.
    expect(res.status, text).toBe(400);
    expect(text).toContain('items[0]');
    expect(text).not.toContain('Owner A');
    expect(await stateOf(A, aIds)).toBe(before);
  });

  it("list cursors with A's ids only ever page through B's own resources", async () => {
    for (const [path, cursor] of [
      ['/v1/charts', aIds.chart],
      ['/v1/api-keys', aIds.key],
      ['/v1/webhooks', aIds.webhook],
      ['/v1/batch', aIds.job],
      [`/v1/webhooks/${bIds.webhook}/deliveries`, aIds.delivery],
    ] as const) {
      const { res, text } = await send(B.key, 'GET', `${path}?starting_after=${cursor}&limit=100`);
      expect(res.status, `${path}: ${text}`).toBe(200);
      for (const id of Object.values(aIds)) expect(text, `${path} leaks ${id}`).not.toContain(`"id":"${id}"`);
    }
  });
});
