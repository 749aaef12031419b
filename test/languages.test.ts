/**
 * Languages over HTTP (issue 21), in the Workers runtime with the real cache: `lang` and Accept-Language
 * choose the language of readings and wheels; answers carry Content-Language (and Vary when the header
 * chose); each language is its own cache entry at every level; an unsupported `lang` is a 400 naming it;
 * the OpenAPI document states `lang`.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/astro/i18n';
import { clearMemoryCache } from '../src/platform/cache';
import { negotiate } from '../src/platform/lang';
import { authed, call, createAccount, json, problemOf, saveChart } from './helpers';

const SUBJECT = {
  full_name: 'Ada Test',
  year: 1984,
  month: 7,
  day: 3,
  hour: 14,
  minute: 20,
  latitude: 40.4168,
  longitude: -3.7038,
  timezone: 'Europe/Madrid',
};
const OTHER = LANGS.find((l) => l !== 'en') ?? 'en';

type ReadingBody = {
  lang: string;
  sections: { title: string; text: string; paragraphs: { text: string; factors: unknown[] }[] }[];
  warning_details: { code: string; message: string }[];
  warnings: string[];
};

describe('negotiate: Accept-Language with q-values', () => {
  it('takes the best supported range by q, then order; * and nothing supported mean English', () => {
    expect(negotiate(undefined).tag).toBe('en');
    expect(negotiate('').tag).toBe('en');
    expect(negotiate('tlh, xx;q=0.9').tag).toBe('en');
    expect(negotiate('*').tag).toBe('en');
    expect(negotiate(`tlh, ${OTHER};q=0.5, en;q=0.4`).tag).toBe(OTHER);
    expect(negotiate(`en;q=0.4, ${OTHER}-XX;q=0.8`).tag).toBe(OTHER);
    expect(negotiate(`${OTHER};q=0, en;q=0.1`).tag).toBe('en');
    expect(negotiate(`@@@;q=1, ${OTHER};q=0.2`).tag).toBe(OTHER);
    expect(negotiate(`en;q=0.9, ${OTHER};q=0.9`).tag).toBe('en');
    expect(negotiate(`${'xx, '.repeat(40)}${OTHER}`).tag).toBe('en'); // entries past 32 are not read
    if (LANGS.includes('hi')) {
      expect(negotiate('hi-IN, en;q=0.8').tag).toBe('hi');
      expect(negotiate('en-IN;q=0.5, hi;q=0.9').tag).toBe('hi');
    }
  });
});

describe('POST /v1/readings in other languages', () => {
  it('lang chooses the language: Content-Language, no Vary, lang in the body, cached separately', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const en1 = await json('/v1/readings', SUBJECT, { key: me.key });
    expect(en1.status).toBe(200);
    expect(en1.headers.get('Content-Language')).toBe('en');
    expect(en1.headers.get('Vary')).toContain('Accept-Language');
    const enBody = (await en1.json()) as ReadingBody;
    expect(enBody.lang).toBe('en');

    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const res = await json('/v1/readings', { ...SUBJECT, lang }, { key: me.key });
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('Content-Language')).toBe(lang);
      expect(res.headers.get('Vary') ?? '').not.toContain('Accept-Language');
      expect(res.headers.get('X-Cache')).toBe('MISS');
      const body = (await res.json()) as ReadingBody;
      expect(body.lang).toBe(lang);
      expect(body.sections.map((s) => s.title)).not.toEqual(enBody.sections.map((s) => s.title));
      // Same chart, same grounding: the factors do not depend on the language.
      expect(body.sections.map((s) => s.paragraphs.map((p) => p.factors))).toEqual(
        enBody.sections.map((s) => s.paragraphs.map((p) => p.factors)),
      );
      const again = await json('/v1/readings', { ...SUBJECT, lang }, { key: me.key });
      expect(again.headers.get('X-Cache')).toBe('HIT-L1');
      expect(again.headers.get('X-Cache-Key')).not.toBe(en1.headers.get('X-Cache-Key'));
      expect(await again.json()).toEqual(body);
    }
  });

  it('Accept-Language chooses when lang is absent, with Vary; each language has its own L1 and L2 entry', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const subject = { ...SUBJECT, minute: 21 };
    const ask = (al: string) =>
      json('/v1/readings', subject, { key: me.key, headers: { 'Accept-Language': al } });
    const a = await ask(`${OTHER};q=0.9, en;q=0.5`);
    expect(a.status).toBe(200);
    expect(a.headers.get('Content-Language')).toBe(OTHER);
    expect(a.headers.get('Vary')).toContain('Accept-Language');
    const b = await ask('en');
    expect(b.headers.get('Content-Language')).toBe('en');
    expect(b.headers.get('X-Cache')).toBe('MISS');
    const keyA = a.headers.get('X-Cache-Key') ?? '';
    const keyB = b.headers.get('X-Cache-Key') ?? '';
    expect(keyA).not.toBe(keyB);
    const bodyA = await a.text();
    // Both entries reach KV (L2) and the data centre cache (L1), under their own keys.
    await new Promise((r) => setTimeout(r, 50));
    expect(await env.CACHE.get(keyA)).toBe(bodyA);
    expect(await env.CACHE.get(keyB)).toBe(await b.text());
    clearMemoryCache();
    const a2 = await ask(OTHER);
    expect(a2.headers.get('X-Cache')).toMatch(/^HIT-L[12]$/);
    expect(a2.headers.get('X-Cache-Key')).toBe(keyA);
    expect(await a2.text()).toBe(bodyA);
  });

  it('an unsupported or malformed lang is a 400 naming lang, and costs nothing', async () => {
    const me = await createAccount();
    for (const lang of ['tlh', 'zh-Hant', 'not a tag', 'x'.repeat(40)]) {
      const res = await json('/v1/readings', { ...SUBJECT, lang }, { key: me.key });
      expect(res.status, lang).toBe(400);
      const p = await problemOf(res);
      expect(p.errors?.map((e) => e.path)).toContain('lang');
      expect(res.headers.get('Content-Language')).toBeNull();
    }
    // A bad Accept-Language is not an error: it falls back to English.
    const ok = await json('/v1/readings', SUBJECT, {
      key: me.key,
      headers: { 'Accept-Language': '@@, tlh' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Language')).toBe('en');
  });

  it('warnings a person reads are translated by code; codes and details stay', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const untimed = { ...SUBJECT, time_known: false, hour: undefined, minute: undefined };
    const en = (await (await json('/v1/readings', untimed, { key: me.key })).json()) as ReadingBody;
    const other = (await (
      await json('/v1/readings', { ...untimed, lang: OTHER }, { key: me.key })
    ).json()) as ReadingBody;
    expect(other.warning_details.map((w) => w.code)).toEqual(en.warning_details.map((w) => w.code));
    expect(other.warning_details.map((w) => w.code)).toContain('time_unknown');
    if (OTHER !== 'en') expect(other.warnings[0]).not.toBe(en.warnings[0]);
    expect(other.warnings).toEqual(other.warning_details.map((w) => w.message));
  });
});

describe('wheels in other languages', () => {
  it('lang labels the SVG, sets Content-Language and has its own cache entry', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const en = await json('/v1/charts/wheel.svg', SUBJECT, { key: me.key });
    expect(en.status).toBe(200);
    expect(en.headers.get('Content-Language')).toBe('en');
    expect(en.headers.get('Vary')).toContain('Accept-Language');
    const enSvg = await en.text();
    expect(enSvg).toContain('<title>Chart wheel: Ada Test');
    const other = await json(`/v1/charts/wheel.svg?lang=${OTHER}`, SUBJECT, { key: me.key });
    expect(other.status).toBe(200);
    expect(other.headers.get('Content-Language')).toBe(OTHER);
    expect(other.headers.get('X-Cache')).toBe('MISS');
    expect(other.headers.get('X-Cache-Key')).not.toBe(en.headers.get('X-Cache-Key'));
    const svg = await other.text();
    if (OTHER !== 'en') expect(svg).not.toContain('Chart wheel');
    const bad = await json('/v1/charts/wheel.svg?lang=qq', SUBJECT, { key: me.key });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path)).toContain('lang');
  });

  it('GET of a saved chart wheel honours Accept-Language', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const chartId = await saveChart(me.key, SUBJECT);
    const res = await authed(me.key, `/v1/charts/${chartId}/wheel.svg`, {
      headers: { 'Accept-Language': `${OTHER}, en;q=0.1` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe(OTHER);
    expect(res.headers.get('Vary')).toContain('Accept-Language');
  });
});

describe('Russian (ru)', () => {
  it('Accept-Language ru-RU and ru choose Russian: Cyrillic prose, a Russian date on the wheel', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    for (const al of ['ru-RU,ru;q=0.9,en;q=0.5', 'ru']) {
      const res = await json('/v1/readings', SUBJECT, { key: me.key, headers: { 'Accept-Language': al } });
      expect(res.status, al).toBe(200);
      expect(res.headers.get('Content-Language')).toBe('ru');
      expect(res.headers.get('Vary')).toContain('Accept-Language');
      const body = (await res.json()) as ReadingBody;
      expect(body.lang).toBe('ru');
      expect(body.sections[0]?.text).toMatch(/^С Солнцем в Раке /);
    }
    const wheel = await json('/v1/charts/wheel.svg?lang=ru-RU', SUBJECT, { key: me.key });
    expect(wheel.status).toBe(200);
    expect(wheel.headers.get('Content-Language')).toBe('ru');
    expect(await wheel.text()).toContain('<title>Натальная карта: Ada Test, 3 июля 1984 г., 14:20');
  });
});

describe('OpenAPI', () => {
  it('states lang on readings (body), wheels (query) and reading batches, with the supported tags', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      components: { schemas: Record<string, { properties?: Record<string, { description?: string }> }> };
    };
    // ReadingRequest is a oneOf (issue 17): each branch takes lang.
    for (const branch of ['ReadingOfSubject', 'ReadingOfSavedChart', 'ReadingOfFamousPerson']) {
      const reading = doc.components.schemas[branch]?.properties?.lang;
      expect(reading?.description, branch).toContain('BCP 47');
      for (const l of LANGS) expect(reading?.description).toContain(`\`${l}\``);
    }
    for (const [path, method] of [
      ['/v1/charts/wheel.svg', 'post'],
      ['/v1/charts/{id}/wheel.svg', 'get'],
    ] as const) {
      const params = doc.paths[path]?.[method]?.parameters ?? [];
      expect(
        params.some((p) => p.name === 'lang' && p.in === 'query'),
        path,
      ).toBe(true);
    }
    expect(doc.components.schemas.BatchReadingItem?.properties?.lang).toBeDefined();
    expect(doc.components.schemas.Reading?.properties?.lang).toBeDefined();
    expect(doc.components.schemas.ReadingFactor).toBeDefined();
  });
});
