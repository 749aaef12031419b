/**
 * Cached bodies never carry the first caller's request-specific warnings (issue 16, item 5). The chart of
 * `city: "Paris"` (four places in the fixtures) and of `city: "Paris", country: "FR"` is the same chart and
 * shares one cache entry, but only the first is ambiguous, and its warning quotes the name as asked. Each
 * answer gets its own warnings (and its own ETag), whichever was asked first.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { authed, createAccount, json, waitFor } from './helpers';
import { loadPlaceFixtures } from './places-fixtures';

let key: string;
beforeAll(async () => {
  await loadPlaceFixtures();
  ({ key } = await createAccount({ tier: 'unlimited' }));
});

const AMBIGUOUS = /^"city": "Paris" matched 4 places; using Paris, Île-de-France, FR/;
const birth = (day: number) => ({ year: 1962, month: 3, day, hour: 8, minute: 15 });
const paris = (day: number) => ({ ...birth(day), city: 'Paris' });
const parisFr = (day: number) => ({ ...birth(day), city: 'Paris', country: 'FR' });
const ambiguous = (warnings: string[]) => warnings.filter((w) => /matched \d+ places/.test(w));

type Detail = { code: string; message: string; subject?: string };
type Warned = { warnings: string[]; warning_details: Detail[] };

/** `warnings` are the texts of `warning_details`, in order (the side in front on two-person answers). */
function expectConsistent(doc: Warned) {
  expect(doc.warnings).toEqual(
    doc.warning_details.map((w) => (w.subject ? `${w.subject}: ${w.message}` : w.message)),
  );
}

async function post(path: string, body: object) {
  const res = await json(path, body, { key });
  expect(res.status, await res.clone().text()).toBe(200);
  const doc = (await res.json()) as Warned & Record<string, unknown>;
  expectConsistent(doc);
  for (const side of ['first', 'second'] as const) {
    if (typeof doc[side] === 'object' && doc[side] !== null && 'warning_details' in doc[side]) {
      expectConsistent(doc[side] as Warned);
    }
  }
  const placeAmbiguous = doc.warning_details.filter((w) => w.code === 'place_ambiguous');
  expect(placeAmbiguous.map((w) => (w.subject ? `${w.subject}: ${w.message}` : w.message))).toEqual(
    ambiguous(doc.warnings),
  );
  return { res, doc };
}

describe('request-specific warnings are not cached', () => {
  it('POST /v1/charts: Paris, FR then Paris', async () => {
    const fr = await post('/v1/charts', parisFr(3));
    expect(fr.res.headers.get('X-Cache')).toBe('MISS');
    expect(ambiguous(fr.doc.warnings)).toEqual([]);
    const any = await post('/v1/charts', paris(3));
    expect(any.res.headers.get('X-Cache')).toBe('HIT-L1'); // one entry for both
    expect(ambiguous(any.doc.warnings)).toHaveLength(1);
    expect(any.doc.warnings[0]).toMatch(AMBIGUOUS);
    expect(any.res.headers.get('ETag')).not.toBe(fr.res.headers.get('ETag'));
    // Its ETag is its own: the other answer's does not make it a 304.
    const revalidated = await json('/v1/charts', paris(3), {
      key,
      headers: { 'If-None-Match': fr.res.headers.get('ETag') ?? '' },
    });
    expect(revalidated.status).toBe(200);
    const again = await json('/v1/charts', paris(3), {
      key,
      headers: { 'If-None-Match': any.res.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    // The warning quotes the name as this request asked for it.
    const lower = await post('/v1/charts', { ...birth(3), city: 'paris' });
    expect(lower.doc.warnings[0]).toMatch(/^"city": "paris" matched 4 places/);
  });

  it('POST /v1/charts: Paris then Paris, FR (and a saved chart keeps its own warning)', async () => {
    const any = await post('/v1/charts', paris(4));
    expect(any.res.headers.get('X-Cache')).toBe('MISS');
    expect(any.doc.warnings[0]).toMatch(AMBIGUOUS);
    const fr = await post('/v1/charts', parisFr(4));
    expect(fr.res.headers.get('X-Cache')).toBe('HIT-L1');
    expect(ambiguous(fr.doc.warnings)).toEqual([]);
    const bare = (doc: object) => ({ ...doc, warnings: [], warning_details: [] });
    expect(bare(fr.doc)).toEqual(bare(any.doc));
    const saved = await json('/v1/charts', { ...paris(4), save: true }, { key });
    expect(saved.status).toBe(201);
    const id = ((await saved.json()) as { id: string }).id;
    const stored = (await (await authed(key, `/v1/charts/${id}`)).json()) as { warnings: string[] };
    expect(stored.warnings[0]).toMatch(AMBIGUOUS);
  });

  it('POST /v1/readings, both orders', async () => {
    const a = await post('/v1/readings', paris(5));
    const b = await post('/v1/readings', parisFr(5));
    expect(b.res.headers.get('X-Cache')).toBe('HIT-L1');
    expect(a.doc.warnings[0]).toMatch(AMBIGUOUS);
    expect(ambiguous(b.doc.warnings)).toEqual([]);
    const c = await post('/v1/readings', parisFr(6));
    const d = await post('/v1/readings', paris(6));
    expect(d.res.headers.get('X-Cache')).toBe('HIT-L1');
    expect(ambiguous(c.doc.warnings)).toEqual([]);
    expect(d.doc.warnings[0]).toMatch(AMBIGUOUS);
  });

  it('POST /v1/synastry and /v1/composite: each side in its chart and, prefixed, in the list', async () => {
    const other = { year: 1965, month: 9, day: 1, hour: 20, latitude: 48.4, longitude: 9.99 };
    type Syn = { warnings: string[]; first: { warnings: string[] }; second: { warnings: string[] } };
    const a = await post('/v1/synastry', { first: paris(7), second: other });
    const b = await post('/v1/synastry', { first: parisFr(7), second: other });
    expect(b.res.headers.get('X-Cache')).toBe('HIT-L1');
    const [sa, sb] = [a.doc as unknown as Syn, b.doc as unknown as Syn];
    expect(sa.first.warnings[0]).toMatch(AMBIGUOUS);
    expect(sa.warnings[0]).toMatch(/^first: "city": "Paris" matched 4 places/);
    expect(ambiguous(sb.first.warnings)).toEqual([]);
    expect(ambiguous(sb.warnings)).toEqual([]);
    // The second side's warning goes after the first side's own warnings, before the second's.
    const c = await post('/v1/synastry', { first: other, second: paris(8) });
    const s = c.doc as unknown as Syn;
    expect(s.second.warnings[0]).toMatch(AMBIGUOUS);
    expect(s.warnings.findIndex((w) => w.startsWith('second: '))).toBe(
      s.warnings.findIndex((w) => /^second: "city": "Paris" matched/.test(w)),
    );
    const d = await post('/v1/composite', { first: parisFr(9), second: other });
    const e = await post('/v1/composite', { first: paris(9), second: other });
    expect(e.res.headers.get('X-Cache')).toBe('HIT-L1');
    expect(ambiguous(d.doc.warnings)).toEqual([]);
    expect(e.doc.warnings[0]).toMatch(/^first: "city": "Paris" matched 4 places/);
  });

  it('batch items get their own warnings too, whoever filled the cache', async () => {
    type Job = { status: string; results?: { data: { result: { warnings: string[] } }[] } };
    const batchOf = async (item: object) => {
      const res = await json('/v1/batch/charts', { items: [item] }, { key });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      const job = await waitFor('the batch', async () => {
        const j = (await (await authed(key, `/v1/batch/${id}?include=results`)).json()) as Job;
        return j.status === 'completed' ? j : undefined;
      });
      return job.results?.data[0]?.result.warnings ?? ['missing'];
    };
    /** Asks for a chart and waits until its cache entry is in KV, where any isolate finds it. */
    const cache = async (body: object) => {
      const cacheKey = (await post('/v1/charts', body)).res.headers.get('X-Cache-Key') ?? '';
      await waitFor('the KV entry', async () => ((await env.CACHE.get(cacheKey)) ? true : undefined));
    };
    await cache(paris(10));
    expect(ambiguous(await batchOf(parisFr(10)))).toEqual([]);
    await cache(parisFr(11));
    expect((await batchOf(paris(11)))[0]).toMatch(AMBIGUOUS);
  });
});
