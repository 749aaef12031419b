/**
 * Input text (issue 16, item 8): every string field of a request is well-formed Unicode without control
 * characters (src/schemas/text.ts), else a 400 naming the field, and nothing is stored. A body declared
 * in a charset other than UTF-8 is a 415.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { textProblem } from '../src/schemas/text';
import { authed, call, createAccount, json, problemOf } from './helpers';
import { NEW_YORK_1990 } from './people';

let user: { key: string; accountId: string };
let admin: { key: string };
beforeAll(async () => {
  user = await createAccount({ tier: 'unlimited' });
  admin = await createAccount({ role: 'admin', tier: 'unlimited' });
});

const HOSTILE = {
  NUL: 'Ada\u0000Lovelace',
  'lone high surrogate': 'Ada\ud800',
  'lone low surrogate': '\udfffAda',
  'C1 control': 'Ada\u0085',
  DEL: 'Ada\u007f',
  'line feed': 'Ada\nLovelace',
  ESC: '\u001b[31mAda',
};

describe('text fields', () => {
  it('the rule: well-formed, no control characters; a multi-line field may break lines', () => {
    for (const ok of ['Ada Lovelace', 'Antonín Dvořák', 'שלום', '𝒜 emoji 👩‍👩‍👧', '\u202eRTL\u202c', ''])
      expect(textProblem(ok)).toBeNull();
    for (const [what, bad] of Object.entries(HOSTILE)) expect(textProblem(bad), what).not.toBeNull();
    expect(textProblem('line one\r\n\tline two', true)).toBeNull();
    expect(textProblem('line\u0000', true)).toMatch(/control character, U\+0000, at position 4/);
    expect(textProblem('x\ud83d', true)).toMatch(/lone surrogate/);
  });

  // Each: a request whose one string field is replaced by a hostile value, and the field's name.
  const cases: { name: string; send: (v: string) => Promise<Response>; field: string; url?: boolean }[] = [
    { name: 'chart full_name', field: 'full_name', send: (v) => chart({ full_name: v, save: true }) },
    { name: 'chart city', field: 'city', send: (v) => chart({ city: v }) },
    { name: 'chart timezone', field: 'timezone', send: (v) => chart({ timezone: v }) },
    {
      name: 'reading slug',
      field: 'slug',
      send: (v) => json('/v1/readings', { slug: v }, { key: user.key }),
    },
    {
      name: 'synastry first.chart_id',
      field: 'first.chart_id',
      send: (v) => json('/v1/synastry', { first: { chart_id: v }, second: NEW_YORK_1990 }, { key: user.key }),
    },
    {
      name: 'batch item full_name',
      field: 'items[0].full_name',
      send: (v) =>
        json('/v1/batch/charts', { items: [{ ...NEW_YORK_1990, full_name: v }] }, { key: user.key }),
    },
    {
      name: 'API key name',
      field: 'name',
      send: (v) => json('/v1/api-keys', { name: v }, { key: user.key }),
    },
    {
      name: 'webhook description',
      field: 'description',
      send: (v) =>
        json('/v1/webhooks', { url: 'https://receiver.example/t', description: v }, { key: user.key }),
    },
    {
      name: 'webhook url',
      field: 'url',
      send: (v) => json('/v1/webhooks', { url: `https://receiver.example/${v}` }, { key: user.key }),
    },
    {
      name: 'sign-up name',
      field: 'name',
      send: (v) => json('/v1/accounts', { email: `${crypto.randomUUID()}@example.com`, name: v }),
    },
    {
      name: 'admin account name',
      field: 'name',
      send: (v) =>
        json(
          '/v1/admin/accounts',
          { email: `${crypto.randomUUID()}@example.com`, name: v },
          { key: admin.key },
        ),
    },
    // In a URL a lone surrogate cannot be sent (its UTF-8 encoding is invalid): controls only.
    {
      name: 'famous q (query)',
      field: 'q',
      url: true,
      send: (v) => authed(user.key, `/v1/famous-people?q=${encodeURIComponent(v)}`),
    },
    {
      name: 'list cursor (query)',
      field: 'starting_after',
      url: true,
      send: (v) => authed(user.key, `/v1/charts?starting_after=${encodeURIComponent(v)}`),
    },
    {
      name: 'chart id (path)',
      field: 'id',
      url: true,
      send: (v) => authed(user.key, `/v1/charts/${encodeURIComponent(v)}`),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: 400 naming "${c.field}", nothing stored`, async () => {
      const before = await stored();
      for (const [what, value] of Object.entries(HOSTILE)) {
        if (c.field === 'description' && what === 'line feed') continue; // multi-line: allowed
        if (c.url && what.includes('surrogate')) continue;
        const res = await c.send(value);
        expect(res.status, `${what}: ${await res.clone().text()}`).toBe(400);
        const p = await problemOf(res);
        expect(
          p.errors?.map((e) => e.path),
          what,
        ).toContain(c.field);
        expect(p.errors?.find((e) => e.path === c.field)?.message, what).toMatch(
          /well-formed text without control characters/,
        );
      }
      expect(await stored()).toEqual(before);
    });
  }

  it('a multi-line description keeps its line breaks', async () => {
    const res = await json(
      '/v1/webhooks',
      { url: 'https://receiver.example/lines', description: 'first\r\n\tsecond' },
      { key: user.key },
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { description: string }).description).toBe('first\r\n\tsecond');
  });

  /** Rows this test's accounts own, and accounts in all: a rejected request changes none of them. */
  async function stored() {
    const row = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM charts WHERE account_id = ?1) AS charts,
              (SELECT count(*) FROM api_keys WHERE account_id = ?1) AS keys,
              (SELECT count(*) FROM webhook_endpoints WHERE account_id = ?1) AS webhooks,
              (SELECT count(*) FROM batch_jobs WHERE account_id = ?1) AS jobs,
              (SELECT count(*) FROM accounts) AS accounts`,
    )
      .bind(user.accountId)
      .first();
    return row;
  }
});

function chart(over: Record<string, unknown>) {
  return json('/v1/charts', { ...NEW_YORK_1990, ...over }, { key: user.key });
}

describe('charset', () => {
  const postAs = (type: string) =>
    call('/v1/charts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${user.key}`, 'Content-Type': type },
      body: JSON.stringify(NEW_YORK_1990),
    });

  it('a body declared in a charset other than UTF-8 is a 415; UTF-8 in any spelling is read', async () => {
    for (const type of [
      'application/json; charset=iso-8859-1',
      'application/json;charset="windows-1252"',
      'application/json; charset=UTF-16',
      'text/plain; charset=latin1',
    ]) {
      const res = await postAs(type);
      expect(res.status, type).toBe(415);
      expect((await problemOf(res)).detail).toMatch(/UTF-8/);
    }
    for (const type of [
      'application/json; charset=utf-8',
      'application/json; charset="UTF-8"',
      'application/json;charset=utf8',
    ]) {
      expect((await postAs(type)).status, type).toBe(200);
    }
  });
});
