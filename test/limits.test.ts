/**
 * Caps per account (issue 16, item 3): active API keys and webhook endpoints per tier, checked in the same
 * statement as the insert (so concurrent creations cannot pass a cap together), and a burst limit per
 * account besides the one per key, so that N keys do not multiply it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetQuotaMemory, setClock } from '../src/platform/quota';
import {
  ACCOUNT_BURST_PER_SECOND,
  BURST_PER_SECOND,
  MAX_ACTIVE_KEYS,
  MAX_ALERTS,
  MAX_CALENDARS,
  MAX_WEBHOOK_ENDPOINTS,
} from '../src/platform/tiers';
import { addKeys, authed, createAccount, json, problemOf } from './helpers';

beforeEach(() => resetQuotaMemory());
afterEach(() => setClock(null));

const newKey = (key: string, name = 'more') => json('/v1/api-keys', { name, scopes: ['keys'] }, { key });

/** A quota clock that moves a second per call of `tick`: sequential calls never meet the burst limit. */
function pacedClock() {
  let now = Date.now();
  setClock(() => now);
  return () => {
    now += 1000;
  };
}
const newEndpoint = (key: string, i: number, enabled = true) =>
  json('/v1/webhooks', { url: `https://receiver.example/hook/${i}`, events: ['*'], enabled }, { key });

describe('API keys per account', () => {
  it('a free account holds 5 active keys: the 6th is a 409 key-limit-reached; revoking one makes room', async () => {
    expect(MAX_ACTIVE_KEYS.free).toBe(5);
    const tick = pacedClock();
    const { key } = await createAccount(); // its first key
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      tick();
      const res = await newKey(key);
      expect(res.status, `key ${i + 2}`).toBe(201);
      made.push(((await res.json()) as { id: string }).id);
    }
    tick();
    const over = await newKey(key);
    expect(over.status).toBe(409);
    const p = await problemOf(over);
    expect(p.type).toMatch(/\/key-limit-reached$/);
    expect(p).toMatchObject({ limit: 5, tier: 'free' });
    expect(p.detail).toMatch(/5 active API keys/);
    tick();
    const listed = (await (await authed(key, '/v1/api-keys?limit=100')).json()) as { data: unknown[] };
    expect(listed.data).toHaveLength(5); // nothing was written for the refused one

    // Revoked, expired and rolled keys do not count: a roll needs no room, a revocation frees one.
    tick();
    expect((await json(`/v1/api-keys/${made[0]}/roll`, { grace_period_seconds: 60 }, { key })).status).toBe(
      201,
    );
    tick();
    expect((await newKey(key)).status).toBe(409);
    tick();
    expect((await authed(key, `/v1/api-keys/${made[1]}/revoke`, { method: 'PATCH' })).status).toBe(200);
    tick();
    expect((await newKey(key)).status).toBe(201);
    tick();
    expect((await newKey(key)).status).toBe(409);
  });

  it('concurrent creations cannot pass the cap together: a basic account (10) gets exactly 9 more of 15', async () => {
    const { key } = await createAccount({ tier: 'basic' });
    const statuses = await Promise.all(
      Array.from({ length: 15 }, (_, i) => newKey(key, `k${i}`).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX_ACTIVE_KEYS.basic - 1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15 - (MAX_ACTIVE_KEYS.basic - 1));
  });

  it('GET /v1/account states the caps and both burst limits of the tier', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const me = (await (await authed(key, '/v1/account')).json()) as Record<string, unknown>;
    expect(me).toMatchObject({
      burst_per_second: BURST_PER_SECOND.premium,
      account_burst_per_second: ACCOUNT_BURST_PER_SECOND.premium,
      max_api_keys: MAX_ACTIVE_KEYS.premium,
      max_webhook_endpoints: MAX_WEBHOOK_ENDPOINTS.premium,
      max_calendars: MAX_CALENDARS.premium,
      max_alerts: MAX_ALERTS.premium,
    });
  });
});

describe('webhook endpoints per account', () => {
  it('a free account holds 2 endpoints, enabled or not: the 3rd is a 409 webhook-limit-reached', async () => {
    expect(MAX_WEBHOOK_ENDPOINTS.free).toBe(2);
    const tick = pacedClock();
    const { key } = await createAccount();
    const first = await newEndpoint(key, 1);
    expect(first.status).toBe(201);
    expect((await newEndpoint(key, 2, false)).status).toBe(201); // a disabled one counts (it can be enabled)
    tick();
    const over = await newEndpoint(key, 3);
    expect(over.status).toBe(409);
    const p = await problemOf(over);
    expect(p.type).toMatch(/\/webhook-limit-reached$/);
    expect(p).toMatchObject({ limit: 2, tier: 'free' });
    const id = ((await first.json()) as { id: string }).id;
    tick();
    expect((await authed(key, `/v1/webhooks/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await newEndpoint(key, 4)).status).toBe(201);
  });

  it('concurrent creations cannot pass the cap together: a basic account (5) gets exactly 5 of 12', async () => {
    const { key } = await createAccount({ tier: 'basic' });
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => newEndpoint(key, i).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX_WEBHOOK_ENDPOINTS.basic);
    expect(statuses.filter((s) => s === 409)).toHaveLength(12 - MAX_WEBHOOK_ENDPOINTS.basic);
  });
});

describe('burst limit per account', () => {
  it("an account's keys together get its account burst, however many keys: 50 free keys, 10 per second", async () => {
    const now = Date.now();
    setClock(() => now); // one second that does not move: no refill during the test
    const { accountId, key } = await createAccount();
    const keys = [key, ...(await addKeys(accountId, 49, ['charts:read']))];
    // Two requests per key, each key well under its own 5 per second: only the account's 10 pass.
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authed(keys[i % 50] as string, '/v1/account')),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(ACCOUNT_BURST_PER_SECOND.free);
    const refused = responses.find((r) => r.status === 429) as Response;
    const p = await problemOf(refused);
    expect(p['violated-policies']).toEqual(['account-burst']);
    expect(p.detail).toMatch(/10 requests per second for this account/);
    expect(refused.headers.get('X-RateLimit-Resource')).toBe('account-burst');
    expect(refused.headers.get('X-RateLimit-Limit')).toBe('10');
    expect(refused.headers.get('RateLimit-Policy')).toBe('"burst";q=5;w=1, "account-burst";q=10;w=1');
    // Another account is not affected.
    expect((await authed((await createAccount()).key, '/v1/account')).status).toBe(200);
    // A second later the account has its 10 again.
    setClock(() => now + 1000);
    expect((await authed(keys[3] as string, '/v1/account')).status).toBe(200);
  });

  it('one key still has its own limit (5 of the account 10), so a sibling key keeps the rest', async () => {
    const now = Date.now();
    setClock(() => now);
    const { accountId, key } = await createAccount();
    const [sibling] = await addKeys(accountId, 1);
    const mine = await Promise.all(Array.from({ length: 8 }, () => authed(key, '/v1/account')));
    expect(mine.filter((r) => r.status === 200)).toHaveLength(BURST_PER_SECOND.free);
    expect((await problemOf(mine.find((r) => r.status === 429) as Response))['violated-policies']).toEqual([
      'burst',
    ]);
    const theirs = await Promise.all(
      Array.from({ length: 8 }, () => authed(sibling as string, '/v1/account')),
    );
    expect(theirs.filter((r) => r.status === 200)).toHaveLength(
      ACCOUNT_BURST_PER_SECOND.free - BURST_PER_SECOND.free,
    );
  });
});
