/**
 * Calendar feeds in the reader's language (`lang` on POST /v1/calendars). The English feed stays what it was:
 * test/fixtures/calendar-feed-en.json holds renderFeed's input and the feed main rendered for it before feeds
 * had languages, and the default feed must still be byte-identical to it (update the fixture only when the
 * English wording is changed on purpose). Every other language's feed, parsed back with ical.js, holds the same
 * events (UIDs, DTSTART, DTEND) with texts of its own, without an English word.
 */
import { env } from 'cloudflare:test';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/astro/i18n';
import { type FeedInput, renderFeed } from '../src/platform/calendars';
import { EXAMPLE_NATAL } from '../src/schemas/forecast';
import { asciiWords, COGNATES, SHARED } from './astro/leak-words';
import pinned from './fixtures/calendar-feed-en.json';
import { authed, call, createAccount, json, problemOf } from './helpers';

const INPUT = pinned.input as unknown as FeedInput;
const OTHERS = LANGS.filter((l) => l !== 'en');

interface ParsedEvent {
  uid: string;
  start: string;
  end: string | null;
  summary: string;
  description: string;
  categories: string;
}
const utc = (t: ICAL.Time | null) => (t ? t.toJSDate().toISOString() : null);
function parse(text: string) {
  const vcal = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = vcal.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: utc(e.getFirstPropertyValue('dtstart') as ICAL.Time) as string,
    end: utc(e.getFirstPropertyValue('dtend') as ICAL.Time | null),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    categories: String(e.getFirstPropertyValue('categories')),
  }));
  return {
    name: String(vcal.getFirstPropertyValue('x-wr-calname')),
    description: String(vcal.getFirstPropertyValue('x-wr-caldesc')),
    events,
  };
}
const textsOf = (feed: ReturnType<typeof parse>) => [
  feed.description,
  ...feed.events.flatMap((e) => [e.summary, e.description, e.categories]),
];
/** The words of the English feed's texts (the chart's name aside): what must not show in another language. */
const ENGLISH = parse(pinned.feed_en);
const ENGLISH_WORDS = new Set(
  textsOf(ENGLISH)
    .flatMap(asciiWords)
    .filter((w) => !SHARED.has(w) && w !== 'albert' && w !== 'einstein'),
);

describe('calendar feed languages', () => {
  it('renders the default (English) feed byte for byte as before feeds had languages', () => {
    expect(renderFeed(INPUT)).toBe(pinned.feed_en);
    expect(renderFeed({ ...INPUT, lang: 'en' })).toBe(pinned.feed_en);
  });

  it('the fixture holds a transit and every kind of sky event', () => {
    const kinds = new Set(ENGLISH.events.map((e) => e.uid.replace(/-\d{8}T.*$/, '').split('-')[0]));
    expect([...kinds].sort()).toEqual(['eclipse', 'ingress', 'lunation', 'station', 'transit', 'void']);
    expect(ENGLISH.events.filter((e) => e.uid.startsWith('eclipse-'))).toHaveLength(7);
  });

  it.each(OTHERS)('%s: the same events (UIDs, DTSTART, DTEND), with texts of its own', (lang) => {
    const text = renderFeed({ ...INPUT, lang });
    // Folded at 75 octets without splitting a character, CRLF only.
    for (const line of text.split('\r\n').slice(0, -1))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const feed = parse(text);
    expect(feed.events.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(
      ENGLISH.events.map(({ uid, start, end }) => ({ uid, start, end })),
    );
    expect(feed.name).toBe(ENGLISH.name); // the name is the caller's
    feed.events.forEach((e, i) => {
      const en = ENGLISH.events[i] as ParsedEvent;
      expect(e.summary, e.uid).not.toBe(en.summary);
      expect(e.description, e.uid).not.toBe(en.description);
      expect(e.description.split('\n').length, e.uid).toBe(en.description.split('\n').length);
    });
    expect(feed.description).not.toBe(ENGLISH.description);
    // One category per kind of event, as in English.
    const categories = (f: ReturnType<typeof parse>) =>
      new Map(f.events.map((e) => [e.uid.replace(/-\d{8}T.*$/, '').replace(/-.*/, ''), e.categories]));
    expect(new Set(categories(feed).values()).size).toBe(new Set(categories(ENGLISH).values()).size);
  });

  it.each(OTHERS)('%s: no English word in the feed', (lang) => {
    const cognates = new Set((COGNATES[lang] ?? '').split(' '));
    const words = textsOf(parse(renderFeed({ ...INPUT, lang }))).flatMap(asciiWords);
    const leaked = words.filter((w) => ENGLISH_WORDS.has(w) && !cognates.has(w));
    expect([...new Set(leaked)]).toEqual([]);
    if (lang === 'ru' || lang === 'hi' || lang === 'ja' || lang === 'zh-Hans') {
      // Another script: no Latin word at all but the chart's name, UTC and the product's name.
      const latin = words.filter((w) => !SHARED.has(w) && w !== 'albert' && w !== 'einstein');
      expect([...new Set(latin)]).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------------------------------ over HTTP
async function chartOf(key: string): Promise<string> {
  const res = await json('/v1/charts', { ...EXAMPLE_NATAL, save: true }, { key });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const feedPath = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

describe('POST /v1/calendars with lang', () => {
  it('stores the language, answers it everywhere, and serves the feed in it with the English feed’s events', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const chart_id = await chartOf(me.key);
    const body = {
      chart_id,
      days_ahead: 20,
      sky_events: ['ingress', 'station', 'lunation', 'eclipse', 'void_of_course'],
    };
    const ruRes = await json('/v1/calendars', { ...body, lang: 'ru-RU' }, { key: me.key });
    expect(ruRes.status, await ruRes.clone().text()).toBe(201);
    const ru = (await ruRes.json()) as { id: string; url: string; lang: string; name: string };
    expect(ru.lang).toBe('ru');
    expect(ru.name).toBe('Albert Einstein: транзиты');
    const enRes = await json('/v1/calendars', body, { key: me.key });
    const en = (await enRes.json()) as { id: string; url: string; lang: string; name: string };
    expect(en.lang).toBe('en');
    expect(en.name).toBe('Albert Einstein: transits');

    const one = (await (await authed(me.key, `/v1/calendars/${ru.id}`)).json()) as { lang: string };
    expect(one.lang).toBe('ru');
    const list = (await (await authed(me.key, '/v1/calendars')).json()) as {
      data: { id: string; lang: string }[];
    };
    expect(Object.fromEntries(list.data.map((c) => [c.id, c.lang]))).toEqual({
      [ru.id]: 'ru',
      [en.id]: 'en',
    });

    const ruFeed = await call(feedPath(ru.url));
    expect(ruFeed.status).toBe(200);
    const enFeed = await call(feedPath(en.url));
    const r = parse(await ruFeed.text());
    const e = parse(await enFeed.text());
    expect(r.name).toBe('Albert Einstein: транзиты');
    expect(r.description).toBe('Точные транзиты к карте «Albert Einstein» и события на небе — Stellar Edge.');
    // (ical.js leaves the escaped comma of an X- property as written.)
    expect(e.description).toBe('Exact transits and sky events for Albert Einstein\\, from Stellar Edge.');
    // The same events: UIDs differ only by the calendar's id they end with.
    const key = (x: ParsedEvent, id: string) => ({
      uid: x.uid.replace(id, '{id}'),
      start: x.start,
      end: x.end,
    });
    expect(r.events.map((x) => key(x, ru.id))).toEqual(e.events.map((x) => key(x, en.id)));
    expect(r.events.length).toBeGreaterThan(10);
    for (const x of r.events) expect(x.summary).toMatch(/\p{Script=Cyrillic}/u);
    expect(r.events.some((x) => x.categories === 'Луна без курса')).toBe(true);
  });

  it('takes the aliases the readings take, and refuses what is not offered, naming lang', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const chart_id = await chartOf(me.key);
    for (const [tag, stored] of [
      ['pt-BR', 'pt'],
      ['zh-CN', 'zh-Hans'],
      ['HI', 'hi'],
      ['en-GB', 'en'],
    ] as const) {
      const res = await json('/v1/calendars', { chart_id, lang: tag }, { key: me.key });
      expect(res.status, await res.clone().text()).toBe(201);
      expect(((await res.json()) as { lang: string }).lang).toBe(stored);
    }
    for (const tag of ['xx', 'zh-TW', 'en_US', '']) {
      const res = await json('/v1/calendars', { chart_id, lang: tag }, { key: me.key });
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors?.map((x) => x.path)).toContain('lang');
    }
  });

  it('in another language than English, natal points must be ones every language names', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const chart_id = await chartOf(me.key);
    const bad = await json(
      '/v1/calendars',
      { chart_id, lang: 'de', natal_points: ['sun', 'ceres'] },
      { key: me.key },
    );
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((x) => x.path)).toEqual(['natal_points[1]']);
    const ok = await json(
      '/v1/calendars',
      { chart_id, lang: 'en-GB', natal_points: ['sun', 'ceres'] },
      { key: me.key },
    );
    expect(ok.status, await ok.clone().text()).toBe(201);
    const named = await json(
      '/v1/calendars',
      { chart_id, lang: 'de', natal_points: ['sun', 'mean_node'] },
      { key: me.key },
    );
    expect(named.status, await named.clone().text()).toBe(201);
  });

  it('calendars made before feeds had languages are English (the migration’s default)', async () => {
    const me = await createAccount({ tier: 'unlimited' });
    const chart_id = await chartOf(me.key);
    const res = await json('/v1/calendars', { chart_id, lang: 'fr' }, { key: me.key });
    const cal = (await res.json()) as { id: string };
    // A row as main wrote it: every column but `lang`.
    const row = await env.DB.prepare('SELECT * FROM calendars WHERE id = ?')
      .bind(cal.id)
      .first<Record<string, unknown>>();
    await env.DB.prepare('DELETE FROM calendars WHERE id = ?').bind(cal.id).run();
    await env.DB.prepare(
      'INSERT INTO calendars (id, account_id, chart_id, name, token_hash, options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
      .bind(
        row?.id,
        row?.account_id,
        row?.chart_id,
        row?.name,
        row?.token_hash,
        row?.options,
        row?.created_at,
      )
      .run();
    const got = (await (await authed(me.key, `/v1/calendars/${cal.id}`)).json()) as { lang: string };
    expect(got.lang).toBe('en');
  });
});
