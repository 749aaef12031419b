/**
 * Boots the real local server (`wrangler dev` through the same bootstrap as `npm start`, fresh state in a
 * temp folder) and calls it over HTTP like a user would. Catches what the in-process Workers tests cannot:
 * module start-up errors in workerd (e.g. random values in global scope), the asset binding, the dev
 * proxy, and the seed and bootstrap scripts.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { bootstrap, freePort, startDev } from '../../scripts/start.mjs';
import { NEW_YORK_1990 } from '../people';

let base: string;
let dev: ChildProcess;
let key: string;
let state: string;

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), 'stellar-smoke-'));
  ({ key } = await bootstrap({ persistTo: state, seeds: ['famous-people'] }));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = startDev({ port, persistTo: state, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  dev.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/v1/health`)).ok) break;
    } catch {}
    if (Date.now() > until || dev.exitCode !== null) throw new Error(`server did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}, 120_000);

afterAll(() => {
  dev?.kill('SIGINT');
  if (state) rmSync(state, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' });

describe('the local server (npm start)', () => {
  it('serves health, the docs page with its own assets and a valid OpenAPI document', async () => {
    const health = (await (await fetch(`${base}/v1/health`)).json()) as {
      status: string;
      environment: string;
    };
    expect(health).toMatchObject({ status: 'ok', environment: 'development' });
    const docs = await fetch(`${base}/docs`);
    expect(docs.status).toBe(200);
    const asset = await fetch(`${base}/vendor/scalar/standalone.js`);
    expect(asset.status).toBe(200);
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const result = await validate(doc as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
  });

  it('computes a chart for the printed admin key; bad input is a problem, never HTML', async () => {
    const res = await fetch(`${base}/v1/charts`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify(NEW_YORK_1990),
    });
    expect(res.status).toBe(200);
    const chart = (await res.json()) as { subject: { utc_datetime: string } };
    expect(chart.subject.utc_datetime).toBe('1990-05-15T18:30:00Z');
    const bad = await fetch(`${base}/v1/charts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}` },
      body: '{bad',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const unknown = await fetch(`${base}/nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });

  it('serves famous people from the seeded collection', async () => {
    const res = await fetch(`${base}/v1/famous-people/albert-einstein`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sun_sign: string }).sun_sign).toBe('pisces');
  });
});
