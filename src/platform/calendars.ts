/**
 * Calendar feeds of saved charts (POST /v1/calendars; the feed GET /v1/calendars/{id}.ics?token=...).
 *
 * The token is the feed's credential, since calendar apps send no headers: 32 random bytes (256 bits),
 * base64url, prefixed `calt_`; only its SHA-256 is stored (a unique index), so looking it up compares digests,
 * never the secret, and the token cannot be recovered from the database. It is scoped to one calendar of one
 * account: the digest finds the row, and the row's id must be the id in the path.
 *
 * Hot path (like API keys, src/platform/auth.ts): the digest resolves through isolate memory and the data
 * centre's Cache API before D1, by the age of what was read (fresh < FEED_FRESH_MS served as is, then served
 * while one background read refreshes it, older than FEED_MAX_AGE_MS read first), and the feed's body is cached
 * per calendar and UTC day (`cached`, namespace forecast). A calendar app polling every hour costs, per poll,
 * its quota units and nothing else: no D1 read, no computation. Deleting a calendar (or its chart) clears its
 * digest from this isolate's memory and the data centre's Cache API at once (a tombstone stops anything read
 * before it from being put back here), so the isolate that made the change answers 404 at once, and every
 * other isolate (of this data centre too) within FEED_MAX_AGE_MS; the cached body is only ever served after
 * the token resolved, so a revoked feed is a 404 even while its body is still cached.
 */
import { eq, inArray, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { SkyEventType } from '../astro/forecast/sky';
import { calendarWordsFor } from '../astro/i18n/calendar';
import type { CalendarWords } from '../astro/i18n/calendar-locale';
import { type Chart, PLANETS } from '../astro/types';
import { accounts, calendars, type Tier } from '../db/schema';
import type { Env } from '../env';
import { credentialCache, sha256Hex } from './credential-cache';
import { type HitRow, type SkyEventRow, type TimelineSelection, timelineUnits } from './forecast';
import { type Component, type ContentLine, escapeText, serialize, utcDateTime } from './ical';

/** What a feed holds (stored as the row's `options`). */
export interface CalendarOptions extends TimelineSelection {
  days_ahead: number;
  /** Include the chart's exact transits. */
  transits: boolean;
  /** Sky events by type (may be empty). */
  sky_events: SkyEventType[];
  zodiac?: 'tropical' | 'sidereal' | undefined;
  ayanamsa?: string | undefined;
}

export const CALENDAR_DEFAULT_DAYS = 30;
export const CALENDAR_MAX_DAYS = 366;
/** Sky events a feed holds by default: all but the void-of-course Moon (several a week). */
export const CALENDAR_DEFAULT_SKY: SkyEventType[] = ['ingress', 'station', 'lunation', 'eclipse'];
/** The Moon is left out of a feed's transiting bodies by default: it would add two or three events a day. */
export const CALENDAR_DEFAULT_TRANSITING = PLANETS.filter((p) => p !== 'moon');
/** How often the feed asks calendar apps to refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL), and its max-age. */
export const FEED_REFRESH_SECONDS = 6 * 3600;

/**
 * Units of `charts` one fetch of the feed costs: the timeline's rule for its range (1 per started 31 days
 * when the Moon transits, 1 per started 366 days otherwise); sky events cost nothing more; at least 1.
 */
export function feedUnits(o: Pick<CalendarOptions, 'days_ahead' | 'transits' | 'transiting'>): number {
  if (!o.transits) return 1;
  return timelineUnits(o.days_ahead, (o.transiting ?? CALENDAR_DEFAULT_TRANSITING).includes('moon'));
}

// ------------------------------------------------------------------------------------------ tokens
export const TOKEN_PREFIX = 'calt_';
const TOKEN_SHAPE = /^calt_[A-Za-z0-9_-]{43}$/;

/** A new feed token: 256 random bits, base64url. */
export function generateFeedToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return TOKEN_PREFIX + btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const isWellFormedFeedToken = (t: string) => TOKEN_SHAPE.test(t);

export const hashFeedToken = sha256Hex;

/** The feed's path: GET /v1/calendars/{id}.ics (authenticated by its token, not by an API key). */
export const FEED_PATH = /^\/v1\/calendars\/[^/]*\.ics$/;

// ------------------------------------------------------------------------------------------ token → calendar
export const FEED_FRESH_MS = 30_000;
export const FEED_MAX_AGE_MS = 50_000;
const FEED_NEGATIVE_TTL_MS = 5_000;
const FEED_MAX_ENTRIES = 10_000;

export interface FeedEntry {
  calendar: {
    id: string;
    accountId: string;
    chartId: string;
    name: string;
    options: CalendarOptions;
    /** The language of the feed's texts (absent in entries cached before calendars had one: English). */
    lang?: string | undefined;
    tier: Tier;
    suspended: boolean;
  } | null;
  loadedAt: number;
}

async function loadFeed(env: Env, hash: string, now: number): Promise<FeedEntry> {
  const row = await drizzle(env.DB)
    .select({
      id: calendars.id,
      accountId: calendars.accountId,
      chartId: calendars.chartId,
      name: calendars.name,
      options: calendars.options,
      lang: calendars.lang,
      tier: accounts.tier,
      status: accounts.status,
    })
    .from(calendars)
    .innerJoin(accounts, eq(accounts.id, calendars.accountId))
    .where(eq(calendars.tokenHash, hash))
    .get();
  if (!row) return { calendar: null, loadedAt: now };
  return {
    calendar: {
      id: row.id,
      accountId: row.accountId,
      chartId: row.chartId,
      name: row.name,
      options: row.options as CalendarOptions,
      lang: row.lang,
      tier: row.tier,
      suspended: row.status === 'suspended',
    },
    loadedAt: now,
  };
}

/** Token digest → calendar, cached like API keys (src/platform/credential-cache.ts). */
const feedCache = credentialCache<FeedEntry>({
  origin: 'https://auth-cache.stellar-edge.internal/calendars/',
  freshMs: FEED_FRESH_MS,
  maxAgeMs: FEED_MAX_AGE_MS,
  negativeTtlMs: FEED_NEGATIVE_TTL_MS,
  maxEntries: FEED_MAX_ENTRIES,
  isMiss: (e) => e.calendar === null,
  load: loadFeed,
});

/** The calendar of a token digest: isolate memory → Cache API → D1 (see the module comment). */
export function resolveFeedToken(
  env: Env,
  hash: string,
  now: number,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
): Promise<FeedEntry> {
  return feedCache.resolve(env, hash, now, ctx);
}

/**
 * Forget token digests in this isolate's memory and the data centre's Cache API (a calendar, or the chart it
 * follows, was deleted); other isolates follow within FEED_MAX_AGE_MS.
 */
export function invalidateFeedTokens(hashes: string[]): Promise<void> {
  return feedCache.forget(hashes);
}

/** The token digests of the calendars a condition selects (to forget them after a change). */
async function feedTokensWhere(db: D1Database, where: SQL): Promise<string[]> {
  const rows = await drizzle(db).select({ hash: calendars.tokenHash }).from(calendars).where(where).all();
  return rows.map((r) => r.hash);
}

/** The token digests of the calendars of some charts (read before the charts are deleted). */
export async function feedTokensOfCharts(db: D1Database, chartIds: string[]): Promise<string[]> {
  return chartIds.length === 0 ? [] : feedTokensWhere(db, inArray(calendars.chartId, chartIds));
}

/** The token digests of an account's calendars (its tier or status changed: the cached entries hold both). */
export function feedTokensOfAccount(db: D1Database, accountId: string): Promise<string[]> {
  return feedTokensWhere(db, eq(calendars.accountId, accountId));
}

// ------------------------------------------------------------------------------------------ the feed
interface FeedEvent {
  uid: string;
  start: string;
  end?: string;
  summary: string;
  description: string;
  category: string;
}

/** An exact transit as an event; the UID names the hit, never the language. */
function hitEvent(h: HitRow, subject: string | null, words: CalendarWords): FeedEvent {
  return {
    uid: `transit-${h.transiting}-${h.aspect}-${h.natal}-${utcDateTime(Date.parse(h.exact_at))}`,
    start: h.exact_at,
    ...words.transit(h, subject),
    category: words.categories.transit,
  };
}

/** A sky event as an event; the UID names the event, never the language. */
function skyEvent(e: SkyEventRow, words: CalendarWords): FeedEvent {
  switch (e.type) {
    case 'ingress':
      return {
        uid: `ingress-${e.body}-${e.sign}-${utcDateTime(Date.parse(e.at))}`,
        start: e.at,
        ...words.ingress(e),
        category: words.categories.ingress,
      };
    case 'station':
      return {
        uid: `station-${e.body}-${e.direction}-${utcDateTime(Date.parse(e.at))}`,
        start: e.at,
        ...words.station(e),
        category: words.categories.station,
      };
    case 'lunation':
      return {
        uid: `lunation-${e.phase}-${utcDateTime(Date.parse(e.at))}`,
        start: e.at,
        ...words.lunation(e),
        category: words.categories.lunation,
      };
    case 'eclipse':
      return {
        uid: `eclipse-${e.kind}-${e.subtype}-${utcDateTime(Date.parse(e.at))}`,
        start: e.at,
        ...words.eclipse(e),
        category: words.categories.eclipse,
      };
    default:
      return {
        uid: `void-of-course-${utcDateTime(Date.parse(e.start))}`,
        start: e.start,
        end: e.end,
        ...words.voidOfCourse(e),
        category: words.categories.void_of_course,
      };
  }
}

export interface FeedInput {
  calendarId: string;
  name: string;
  chart: Pick<Chart, 'subject'>;
  hits: HitRow[];
  sky: SkyEventRow[];
  /** When the feed was computed (DTSTAMP). */
  stampMs: number;
  /** The host in UIDs (the API's). */
  host: string;
  /** The language of the texts, a tag of LANGS (default `en`); UIDs and times do not depend on it. */
  lang?: string | undefined;
}

/**
 * The feed as RFC 5545 text: transits and sky events in time order, each a VEVENT with a stable UID, its texts
 * in the feed's language (src/astro/i18n/calendar/).
 */
export function renderFeed(f: FeedInput): string {
  const words = calendarWordsFor(f.lang ?? 'en');
  const subject = f.chart.subject.full_name ?? null;
  const events = [
    ...f.hits.map((h) => hitEvent(h, subject, words)),
    ...f.sky.map((e) => skyEvent(e, words)),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  const stamp = utcDateTime(f.stampMs);
  const refresh = `PT${FEED_REFRESH_SECONDS / 3600}H`;
  const calendar: Component = {
    name: 'VCALENDAR',
    properties: [
      ['PRODID', '-//Stellar Edge//Forecast calendar//EN'],
      ['VERSION', '2.0'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['NAME', escapeText(f.name)],
      ['X-WR-CALNAME', escapeText(f.name)],
      ['X-WR-CALDESC', escapeText(words.calendarDescription(subject))],
      ['X-WR-TIMEZONE', 'UTC'],
      ['REFRESH-INTERVAL', refresh, { VALUE: 'DURATION' }],
      ['X-PUBLISHED-TTL', refresh],
    ],
    components: events.map((e) => {
      const properties: ContentLine[] = [
        ['UID', `${e.uid}-${f.calendarId}@${f.host}`],
        ['DTSTAMP', stamp],
        ['DTSTART', utcDateTime(Date.parse(e.start))],
      ];
      if (e.end) properties.push(['DTEND', utcDateTime(Date.parse(e.end))]);
      properties.push(
        ['SUMMARY', escapeText(e.summary)],
        ['DESCRIPTION', escapeText(e.description)],
        ['CATEGORIES', escapeText(e.category)],
        ['TRANSP', 'TRANSPARENT'],
      );
      return { name: 'VEVENT', properties };
    }),
  };
  return serialize(calendar);
}
