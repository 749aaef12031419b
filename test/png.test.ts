/// <reference types="vite/client" />
/**
 * PNG wheels, rendered in workerd by the real PNG Worker (workers/png: resvg with the bundled fonts,
 * reached by RPC over the PNG service binding, vitest.config.ts): the PNG decodes (fast-png, no browser),
 * has the asked size, is not blank, draws text in every bundled script, and is cached, metered and
 * validated like the SVG; the renderer unreachable is a 503 problem.
 */
import { env } from 'cloudflare:workers';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { computeChart } from '../src/astro';
import { renderWheel } from '../src/astro/wheel';
import type { Env } from '../src/env';
import manifest from '../workers/png/fonts/fonts.json';
import { authed, call, createAccount, fetchWith, json, problemOf, saveChart, usedToday } from './helpers';
import { DIANA } from './people';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function pngOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('image/png');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return decode(bytes);
}

/** Luma of each pixel (RGBA or RGB, 8 bit), composited over white. */
function lumas(img: ReturnType<typeof decode>): Float64Array {
  const ch = img.channels;
  const out = new Float64Array(img.width * img.height);
  for (let i = 0; i < out.length; i++) {
    const r = img.data[i * ch] ?? 0;
    const g = img.data[i * ch + 1] ?? 0;
    const b = img.data[i * ch + 2] ?? 0;
    const a = ch === 4 ? (img.data[i * ch + 3] ?? 255) / 255 : 1;
    out[i] = (0.2126 * r + 0.7152 * g + 0.0722 * b) * a + 255 * (1 - a);
  }
  return out;
}

function variance(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return sq / values.length;
}

/** Pixels darker than the light theme's paper in a rectangle (fractions of the image). */
function inkIn(img: ReturnType<typeof decode>, x0: number, y0: number, x1: number, y1: number): number {
  const l = lumas(img);
  let n = 0;
  for (let y = Math.floor(y0 * img.height); y < Math.ceil(y1 * img.height); y++) {
    for (let x = Math.floor(x0 * img.width); x < Math.ceil(x1 * img.width); x++) {
      if ((l[y * img.width + x] ?? 255) < 160) n++;
    }
  }
  return n;
}

describe('PNG wheels', () => {
  it('POST /v1/charts/wheel.png: a decodable, non-blank PNG of the asked size, cached and metered', async () => {
    const { key } = await createAccount(); // free tier: units are counted one by one (no lease)
    const res = await json('/v1/charts/wheel.png?size=400', DIANA, { key });
    expect(res.headers.get('X-RateLimit-Resource')).toBe('charts');
    expect(res.headers.get('X-Cache')).toBe('MISS');
    const img = await pngOf(res);
    expect([img.width, img.height]).toEqual([400, 400]);
    // A wheel, not an empty canvas: strong contrast and many grey levels.
    const l = lumas(img);
    expect(variance(l)).toBeGreaterThan(500);
    expect(new Set(l.map(Math.round)).size).toBeGreaterThan(50);

    const etag = res.headers.get('ETag') ?? '';
    const again = await json('/v1/charts/wheel.png?size=400', DIANA, { key });
    expect(again.headers.get('X-Cache')).toBe('HIT-L1');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(
      new Uint8Array(await (await json('/v1/charts/wheel.png?size=400', DIANA, { key })).arrayBuffer()),
    );
    const notModified = await json('/v1/charts/wheel.png?size=400', DIANA, {
      key,
      headers: { 'If-None-Match': etag },
    });
    expect(notModified.status).toBe(304);
    expect(await usedToday(key, 'charts')).toBe(4); // hits and 304s are metered as for the SVG

    // The key includes the format: the SVG of the same chart is a different entry.
    const svg = await json('/v1/charts/wheel.svg?size=400', DIANA, { key });
    expect(svg.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(svg.headers.get('X-Cache')).toBe('MISS');
    expect(svg.headers.get('X-Cache-Key')).not.toBe(res.headers.get('X-Cache-Key'));
  });

  it('width and scale set the pixel size; bounds are 400s, conflicts 422 invalid-png-size, naming the field', async () => {
    const { key } = await createAccount({ tier: 'premium' }); // a higher burst limit for the loop
    const twice = await pngOf(await json('/v1/charts/wheel.png?size=300&scale=2&theme=dark', DIANA, { key }));
    expect([twice.width, twice.height]).toEqual([600, 600]);
    // The dark theme: a dark canvas.
    const l = lumas(twice);
    expect(l.reduce((a, b) => a + b, 0) / l.length).toBeLessThan(100);
    const small = await pngOf(await json('/v1/charts/wheel.png?width=128', DIANA, { key }));
    expect([small.width, small.height]).toEqual([128, 128]);

    for (const [query, field] of [
      ['width=5000', 'width'],
      ['width=10', 'width'],
      ['scale=0', 'scale'],
      ['scale=abc', 'scale'],
      ['size=5', 'size'],
    ] as const) {
      const bad = await json(`/v1/charts/wheel.png?${query}`, DIANA, { key });
      expect(bad.status, query).toBe(400);
      expect((await problemOf(bad)).errors?.[0], query).toMatchObject({ path: field, location: 'query' });
    }
    // A rule between parameters, which OpenAPI cannot state: a 422 of its own type (issue 17).
    for (const query of ['width=300&scale=2', 'size=1500&scale=2']) {
      const bad = await json(`/v1/charts/wheel.png?${query}`, DIANA, { key });
      expect(bad.status, query).toBe(422);
      const p = await problemOf(bad);
      expect(p.type, query).toBe('https://stellar-edge.dev/problems/invalid-png-size');
      expect(p.errors?.[0], query).toMatchObject({ path: 'scale', location: 'query' });
    }
    const free = await createAccount();
    expect((await json('/v1/charts/wheel.png?width=256&scale=2', DIANA, { key: free.key })).status).toBe(422);
    expect((await json('/v1/charts/wheel.png?width=9999', DIANA, { key: free.key })).status).toBe(400);
    expect((await json('/v1/charts/wheel.png', { ...DIANA, month: 13 }, { key: free.key })).status).toBe(400);
    expect(await usedToday(free.key, 'charts')).toBe(0); // rejected requests cost nothing
  });

  it('GET /v1/charts/{id}/wheel.png: the saved chart, tenant-isolated, key required', async () => {
    const me = await createAccount({ tier: 'premium' });
    const other = await createAccount();
    const chartId = await saveChart(me.key, DIANA);
    const img = await pngOf(await authed(me.key, `/v1/charts/${chartId}/wheel.png?size=500`));
    expect(img.width).toBe(500);
    expect((await authed(other.key, `/v1/charts/${chartId}/wheel.png`)).status).toBe(404);
    expect((await call(`/v1/charts/${chartId}/wheel.png`)).status).toBe(401);
    expect((await authed(me.key, '/v1/charts/chart_nope/wheel.png')).status).toBe(404);
  });

  it('the PNG Worker over its binding: renders by RPC, refuses widths and SVGs outside the contract', async () => {
    const svg = renderWheel(computeChart(DIANA as never), { size: 300 });
    const img = decode(await env.PNG.render(svg, 150));
    expect([img.width, img.height]).toEqual([150, 150]);
    expect(variance(lumas(img))).toBeGreaterThan(500);
    /** What the call throws (awaited here: an RPC promise is a thenable that expect().rejects leaves unhandled). */
    const refusal = async (svg: string, width: number) => {
      try {
        await env.PNG.render(svg, width);
        return 'rendered';
      } catch (err) {
        return String(err);
      }
    };
    // (workerd logs each refusal as the PNG Worker's uncaught exception: two lines of output each.)
    for (const width of [63, 2049, 100.5]) {
      expect(await refusal(svg, width), String(width)).toMatch(/RangeError: width must be an integer/);
    }
    expect(await refusal(123 as never, 100)).toMatch(/RangeError: svg must be a string/);
  });

  it('Devanagari runs mixed with Latin, digits and «·:°» draw every character, each part as it draws alone', async () => {
    // One <text> as the wheel writes them (class, x, y, text-anchor, the stylesheet's font stack); resvg
    // alone dropped the Latin part of such runs («AC 12°», «·», «:») and misplaced vowel signs.
    const svgOf = (text: string, anchor: 'start' | 'end') =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80">` +
      `<style>text{font-family:'DejaVu Sans','Segoe UI Symbol',sans-serif;fill:#222}.t{font-size:36px}</style>` +
      `<rect width="600" height="80" fill="#fff"/>` +
      `<text class="t" x="${anchor === 'end' ? 590 : 10}" y="55" text-anchor="${anchor}">${text}</text></svg>`;
    const draw = async (text: string, anchor: 'start' | 'end') =>
      lumas(decode(await env.PNG.render(svgOf(text, anchor), 600)));
    /** Pixels (of columns x0..x1) whose luma differs by more than 40 between two renders. */
    const differing = (a: Float64Array, b: Float64Array, x0: number, x1: number) => {
      let n = 0;
      for (let i = 0; i < a.length; i++) {
        const x = i % 600;
        if (x >= x0 && x < x1 && Math.abs((a[i] ?? 255) - (b[i] ?? 255)) > 40) n++;
      }
      return n;
    };
    const ink = (a: Float64Array, x0: number, x1: number) =>
      differing(a, new Float64Array(a.length).fill(255), x0, x1);

    // The Latin tail, end-anchored: the same pixels as «AC 12°» alone.
    const mixed = await draw('कुंडली चक्र: AC 12°', 'end');
    const latin = await draw('AC 12°', 'end');
    expect(ink(latin, 440, 600)).toBeGreaterThan(300);
    expect(differing(mixed, latin, 470, 600)).toBeLessThan(ink(latin, 470, 600) * 0.02);
    // The Devanagari head, start-anchored: the same pixels as «सायन» alone, and «·», «:» drawn after it.
    const head = await draw('सायन', 'start');
    const run = await draw('सायन · भाव पद्धति: प्लेसिडस', 'start');
    const headWidth = [...Array(600).keys()].findLast((x) => ink(head, x, x + 1) > 0) ?? 0;
    expect(ink(head, 0, headWidth + 1)).toBeGreaterThan(300);
    expect(differing(run, head, 0, headWidth + 1)).toBeLessThan(ink(head, 0, headWidth + 1) * 0.02);
    expect(ink(run, headWidth + 1, 600)).toBeGreaterThan(3 * ink(head, 0, headWidth + 1));
  });

  it('the renderer unreachable or failing: a 503 problem with Retry-After, nothing charged or cached', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    const chartId = await saveChart(key, DIANA);
    const used = await usedToday(key, 'charts');
    let calls = 0;
    // The real binding wrapped to fail as an unreachable service does (not deployed, isolate lost).
    const down = {
      ...env,
      PNG: {
        render: () => {
          calls++;
          return Promise.reject(new Error('Network connection lost.'));
        },
      },
    } as unknown as Env;
    for (const res of [
      await fetchWith(down, '/v1/charts/wheel.png?size=320', { key, json: DIANA }),
      await fetchWith(down, `/v1/charts/${chartId}/wheel.png?size=320`, { key }),
    ]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('2');
      const p = await problemOf(res);
      expect(p.type).toBe('https://stellar-edge.dev/problems/unavailable');
      expect(p.detail).toMatch(/PNG renderer/);
      expect(JSON.stringify(p)).not.toMatch(/Network connection/); // the cause is logged, not shown
    }
    expect(calls).toBe(2);
    expect(await usedToday(key, 'charts')).toBe(used); // refunded
    // Nothing was cached: with the renderer back, the same requests render (a MISS) and succeed.
    const again = await json('/v1/charts/wheel.png?size=320', DIANA, { key });
    expect(again.headers.get('X-Cache')).toBe('MISS');
    expect((await pngOf(again)).width).toBe(320);
    expect((await pngOf(await authed(key, `/v1/charts/${chartId}/wheel.png?size=320`))).width).toBe(320);
  });

  it('draws names in Latin, Cyrillic, Greek, Devanagari, Chinese and Japanese with the bundled fonts', async () => {
    const { key } = await createAccount({ tier: 'premium' });
    // The title sits in the top left corner (x < 45%, y < 6%); nothing else is drawn there.
    const inkOf = async (full_name: string) =>
      inkIn(
        await pngOf(await json('/v1/charts/wheel.png?size=800', { ...DIANA, full_name }, { key })),
        0,
        0,
        0.45,
        0.06,
      );
    // A character no bundled font maps (private use) draws nothing: the baseline.
    const none = await inkOf('\uE000');
    for (const name of [
      'Diana Spencer',
      'Анна Ахматова',
      'Μαρία Κάλλας',
      'मीरा बाई',
      '毛泽东',
      'さくら ももこ',
    ]) {
      // Each glyph drawn adds ink; a missing font would leave the corner as blank as with no name.
      expect(await inkOf(name), name).toBeGreaterThan(none + 150);
    }
  });

  it('the bundled fonts cover every glyph and label of the wheel, and every non-Latin text of src/astro', () => {
    const covered = new Set<number>();
    for (const font of Object.values(manifest.fonts)) {
      for (const range of font.code_points.split(' ')) {
        const [from, to = from] = range.split('-').map((h) => Number.parseInt(h, 16));
        for (let c = from ?? 0; c <= (to ?? 0); c++) covered.add(c);
      }
    }
    const missing = (text: string) =>
      [...new Set(text)].filter(
        (ch) => !/\s|\uFE0E|\uFE0F/u.test(ch) && !covered.has(ch.codePointAt(0) ?? 0),
      );
    // Every text of a full wheel: glyphs of all signs and points, degrees, minutes, retrograde, labels.
    for (const [i, time_known] of [true, false].entries()) {
      const chart = computeChart({
        full_name: 'Ёжик Ñandú Ελένη',
        year: 1990 + i,
        month: 5,
        day: 15,
        hour: 14,
        minute: 30,
        latitude: 40.7128,
        longitude: -74.006,
        timezone: 'America/New_York',
        time_known,
      } as never);
      const texts = [...renderWheel(chart, { size: 600 }).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) => m[1] ?? '')
        .join('');
      expect(missing(texts)).toEqual([]);
    }
    // Labels in other scripts (translations of the wheel and readings live in src/astro).
    const sources = import.meta.glob('../src/astro/**/*.{ts,json}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const scripts =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Cyrillic}]/u;
    const foreign = Object.values(sources)
      .flatMap((src) => [...src])
      .filter((ch) => scripts.test(ch))
      .join('');
    expect(missing(foreign), 'run `npm run fonts` after adding labels in a new script').toEqual([]);
  });
});
