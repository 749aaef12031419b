/**
 * The offline gazetteer: GeoNames `cities500` (every populated place of ≥ 500 people, plus the seats
 * of administrative divisions), the names of the first-level divisions, and the famous birthplaces that
 * cities500 lacks, in the D1 tables `places` and `place_names`, loaded by scripts/seed-places.mjs and
 * never bundled into the Worker.
 *
 * Every name a place answers to is stored folded (`fold()`, shared with the seed script, so there is
 * one implementation): "São Paulo", "SAO PAULO" and "sao-paulo" all become "sao paulo". Lookups are
 * index range scans on `place_names (key, population)`.
 *
 * resolvePlace() sits behind an isolate-memory LRU: the same city resolved twice in an isolate costs
 * no D1 round trip (places change only when the gazetteer is reseeded).
 */
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type ChartWarning, DomainError, warning } from '../astro/types';
import { placeNames, places } from '../db/schema';
import { problem } from './problem';

/** One gazetteer entry, as the API shows it. */
export interface Place {
  id: number;
  name: string;
  ascii_name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code ("TX", "ENG", "07"...). */
  admin1: string | null;
  /** The admin1 division's name ("Texas", "England", "Victoria"); null where GeoNames has none. */
  admin1_name: string | null;
  latitude: number;
  longitude: number;
  /** IANA zone. */
  timezone: string;
  population: number;
}

export interface ResolvedPlace {
  place: Place;
  /** The other places with exactly this name (most populous first, at most MAX_ALTERNATIVES). */
  alternatives: Place[];
  warnings: ChartWarning[];
}

// Apostrophes, okinas, ayin/hamza marks and the Catalan middle dot vanish inside a word ("N'Djamena" →
// "ndjamena", "Hawaiʻi" → "hawaii", "Ul'm" → "ulm"), as do soft hyphens and zero-width characters;
// other punctuation separates words.
const ELIDED = /['`´·\u00ad\u02b9-\u02bf\u02c8\u200b-\u200d\u2018\u2019\u201b\u2032\u2060\ufeff]/g;
const MARKS = /\p{M}+/gu;
// Letters that NFKD does not decompose into a base letter + mark (lower case; folding lower-cases first).
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
  ƀ: 'b',
  ɓ: 'b',
  ƈ: 'c',
  ɖ: 'd',
  ɗ: 'd',
  ɛ: 'e',
  ə: 'e',
  ǝ: 'e',
  ƒ: 'f',
  ɠ: 'g',
  ɨ: 'i',
  ƙ: 'k',
  ɔ: 'o',
  ʉ: 'u',
  ʋ: 'v',
  ƴ: 'y',
  ȥ: 'z',
  ʒ: 'z',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The lookup key of a name: lower case, accents stripped (NFKD), ß → ss, æ → ae, ø → o, ł → l, đ → d,
 * þ → th ..., apostrophes dropped, any run of punctuation or whitespace collapsed to one space, trimmed.
 * Letters of other scripts are kept as they are (the gazetteer stores only Latin-script keys).
 */
export function fold(name: string): string {
  return name
    .replace(ELIDED, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (ch) => LETTERS[ch] ?? ch)
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * Which of a place's names go into place_names (folded, deduplicated); shared by the seed and tests:
 * its name, ASCII name and Latin-script GeoNames alternate names (exonyms such as "Munich" for München,
 * "Cologne" for Köln, "Breslau" for Wrocław). With place_names as one WITHOUT ROWID B-tree
 * (migrations/0004), 135 k places and ≈ 338 k names take ≈ 19.4 MB of D1.
 */
export function placeKeys(
  name: string,
  asciiName: string,
  alternates: readonly string[],
  _population?: number,
): string[] {
  const keys = new Set<string>();
  for (const n of [name, asciiName]) {
    const key = fold(n);
    if (key) keys.add(key);
  }
  for (const n of alternates) {
    const key = fold(n);
    if (keepAlternate(n, key)) keys.add(key);
  }
  return [...keys];
}

/** Latin script after folding, not a code, not a machine romanisation. */
function keepAlternate(name: string, key: string): boolean {
  if (!/[a-z]/.test(key) || !/^[a-z0-9 ]+$/.test(key) || key.length > 100) return false;
  if (/^[A-Z]{3,4}$/.test(name)) return false; // IATA / ICAO codes ("MUC", "EDDM")
  // No capital letter at all: GeoNames' automatic romanisations of non-Latin names ("mu ni hei", "urumu").
  return name !== name.toLowerCase();
}

/** Keep only this many alternatives of an ambiguous name (the warning counts them all). */
export const MAX_ALTERNATIVES = 5;
const RESOLVE_CACHE_ENTRIES = 2000;
const SEARCH_CACHE_ENTRIES = 1000;
/** Places change only when the gazetteer is reseeded; an hour bounds how long an isolate serves old data. */
const HIT_TTL_MS = 60 * 60_000;
/** Unknown names are remembered briefly (a client retrying a typo costs no D1 read). */
const MISS_TTL_MS = 60_000;
/** Binary collation compares UTF-8 bytes, and U+10FFFF sorts after every other character. */
const PREFIX_END = '\u{10ffff}';

interface PlaceRow {
  id: number;
  name: string;
  ascii_name: string;
  country_code: string;
  admin1: string | null;
  admin1_name: string | null;
  latitude: number;
  longitude: number;
  timezone: string;
  population: number;
}

/** The columns of a PlaceRow. */
const PLACE_FIELDS = {
  id: places.id,
  name: places.name,
  ascii_name: places.asciiName,
  country_code: places.countryCode,
  admin1: places.admin1,
  admin1_name: places.admin1Name,
  latitude: places.latitude,
  longitude: places.longitude,
  timezone: places.timezone,
  population: places.population,
};

const toPlace = (r: PlaceRow): Place => ({
  id: r.id,
  name: r.name,
  ascii_name: r.ascii_name,
  country: r.country_code,
  admin1: r.admin1,
  admin1_name: r.admin1_name,
  latitude: r.latitude,
  longitude: r.longitude,
  timezone: r.timezone,
  population: r.population,
});

/** A small LRU with per-entry expiry (Map keeps insertion order: the first key is the oldest). */
class Lru<V> {
  private readonly map = new Map<string, { value: V; until: number }>();
  constructor(private readonly max: number) {}
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    if (entry.until <= now) return undefined;
    this.map.set(key, entry);
    return entry.value;
  }
  set(key: string, value: V, ttlMs: number): void {
    this.map.delete(key);
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, { value, until: Date.now() + ttlMs });
  }
  /** Sets a new expiry for an entry if it still holds `value`. */
  expire(key: string, value: V, ttlMs: number): void {
    const entry = this.map.get(key);
    if (entry && entry.value === value) entry.until = Date.now() + ttlMs;
  }
  delete(key: string, value: V): void {
    if (this.map.get(key)?.value === value) this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

const searchCache = new Lru<Place[]>(SEARCH_CACHE_ENTRIES);

const normCountry = (country?: string | null) => (country ? country.trim().toUpperCase() : '');

/**
 * A prefix match through an alternate name only ranks as if the place were this much smaller than one
 * whose own name starts with the query: "mun" gives Munich, Münster, then Montevideo (alias
 * "Muntevideu"), not Montevideo first; big cities still rank by their exonyms ("wie": Wiesbaden, then
 * Vienna by "Wien", then Wiener Neustadt).
 */
const ALIAS_PREFIX_WEIGHT = 0.1;
/** Prefix candidates fetched per requested result, for that re-ranking. */
const OVERFETCH = 4;

/**
 * Places whose name (any of them, folded) equals `q` or starts with it, ranked: exact matches first (by
 * population, largest first), then prefix matches by population (an alias-only prefix match weighs
 * ALIAS_PREFIX_WEIGHT). `country` (ISO 3166-1 alpha-2, any case) filters.
 */
export async function searchPlaces(
  db: D1Database,
  q: string,
  country?: string | null,
  limit = 10,
): Promise<Place[]> {
  const key = fold(q);
  if (!key) return [];
  const cc = normCountry(country);
  const cacheKey = `${key}|${cc}|${limit}`;
  const cached = searchCache.get(cacheKey);
  if (cached) return cached;
  // One range scan of the (key, place_id) index covers both kinds of match; a place reached through
  // several of its names counts once.
  const fetch = Math.min(limit * OVERFETCH, 200);
  const exact = sql<number>`max(${placeNames.key} = ${key})`.as('exact');
  const results = await drizzle(db)
    .select({ ...PLACE_FIELDS, exact })
    .from(placeNames)
    .innerJoin(places, eq(places.id, placeNames.placeId))
    .where(
      and(
        gte(placeNames.key, key),
        lt(placeNames.key, key + PREFIX_END),
        cc ? eq(places.countryCode, cc) : undefined,
      ),
    )
    .groupBy(places.id)
    .orderBy(desc(exact), desc(places.population), places.id)
    .limit(fetch)
    .all();
  if (results.length === 0) await assertLoaded(db);
  const score = (r: PlaceRow & { exact: number }) =>
    r.exact || fold(r.name).startsWith(key) || fold(r.ascii_name).startsWith(key)
      ? r.population
      : r.population * ALIAS_PREFIX_WEIGHT;
  const ranked = results
    .map((r, i) => ({ r, i, exact: r.exact, score: score(r) }))
    .sort((a, b) => b.exact - a.exact || b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => toPlace(r));
  searchCache.set(cacheKey, ranked, HIT_TTL_MS);
  return ranked;
}

interface Lookup {
  /** Exact matches, most populous first (at most 1 + MAX_ALTERNATIVES). */
  matches: Place[];
  /** How many places have exactly this name. */
  total: number;
  /** For a miss: what the caller may have meant. */
  suggestions: Place[];
}

const resolveCache = new Lru<Promise<Lookup>>(RESOLVE_CACHE_ENTRIES);

/** KV in front of D1 for resolvePlace (bump the version in the key when the gazetteer is reseeded). */
export interface PlaceL2 {
  kv: KVNamespace;
  waitUntil: (p: Promise<unknown>) => void;
}
export const PLACE_KV_TTL_S = 7 * 86400;
const placeKvKey = (key: string, cc: string) => `place:v2:${key}|${cc}`;

async function lookupThroughKv(db: D1Database, key: string, cc: string, l2: PlaceL2): Promise<Lookup> {
  const stored = await l2.kv.get<Lookup>(placeKvKey(key, cc), 'json').catch(() => null);
  if (stored) return stored;
  const found = await lookup(db, key, cc);
  // Unknown names are kept briefly too (KV's shortest TTL), so retries of a typo cost no D1 read.
  const ttl = found.total > 0 ? PLACE_KV_TTL_S : 60;
  l2.waitUntil(
    l2.kv.put(placeKvKey(key, cc), JSON.stringify(found), { expirationTtl: ttl }).catch(() => undefined),
  );
  return found;
}

async function lookup(db: D1Database, key: string, cc: string): Promise<Lookup> {
  const exact = (withCountry: boolean, limit: number) =>
    drizzle(db)
      .select({ ...PLACE_FIELDS, total: sql<number>`count(*) OVER ()` })
      .from(placeNames)
      .innerJoin(places, eq(places.id, placeNames.placeId))
      .where(and(eq(placeNames.key, key), withCountry ? eq(places.countryCode, cc) : undefined))
      .orderBy(desc(places.population), places.id)
      .limit(limit)
      .all();
  const results = await exact(cc !== '', 1 + MAX_ALTERNATIVES);
  if (results.length > 0) {
    return { matches: results.map(toPlace), total: results[0]?.total ?? results.length, suggestions: [] };
  }
  // A miss: the same name in other countries, or names that start with it.
  const suggestions: Place[] = [];
  if (cc) {
    const other = await exact(false, 3);
    suggestions.push(...other.map(toPlace));
  }
  if (suggestions.length === 0) suggestions.push(...(await searchPlaces(db, key, cc, 3)));
  if (suggestions.length === 0) await assertLoaded(db);
  return { matches: [], total: 0, suggestions };
}

let loaded = false;

/** An empty gazetteer is a deployment mistake (the seed was not run), not an unknown city: 503. */
async function assertLoaded(db: D1Database): Promise<void> {
  if (loaded) return;
  const row = await drizzle(db).get<{ loaded: number }>(
    sql`SELECT EXISTS (SELECT 1 FROM ${places}) AS loaded`,
  );
  if (row?.loaded) {
    loaded = true;
    return;
  }
  // The error handler logs it; the fix is `node scripts/seed-places.mjs --remote` (README, "Places").
  throw problem(503, 'Place lookups are unavailable: the places gazetteer is not loaded.', {
    headers: { 'Retry-After': '60' },
  });
}

/** Empties this isolate's place caches (tests, or after a reseed). */
export function clearPlaceCache(): void {
  resolveCache.clear();
  searchCache.clear();
  loaded = false;
}

const fmtPop = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "Sandringham, Victoria, AU": the name, the first-level division (its name, else its code), the country. */
export function placeLabel(p: Place): string {
  return [p.name, p.admin1_name ?? p.admin1, p.country].filter(Boolean).join(', ');
}

/** "Paris, Texas, US (pop. 24,782)" */
export function describePlace(p: Place): string {
  return `${placeLabel(p)} (pop. ${fmtPop(p.population)})`;
}

/**
 * Resolves a birthplace: `city` (any case and accents; the place's name, ASCII name or a Latin-script
 * alternate name such as "Munich" for München) and optionally `country` (ISO 3166-1 alpha-2).
 *
 * When several places bear the name, the most populous wins and a warning lists the others. An unknown
 * name throws DomainError("unknown_place", path "city"), a 422 naming the field, with suggestions.
 * Results are cached in isolate memory (LRU of RESOLVE_CACHE_ENTRIES; concurrent lookups share one query)
 * and, when `l2` is given, in KV (PLACE_KV_TTL_S), so a warm location resolves a known city without D1.
 */
export async function resolvePlace(
  db: D1Database,
  city: string,
  country?: string | null,
  l2?: PlaceL2,
): Promise<ResolvedPlace> {
  const key = fold(city);
  const cc = normCountry(country);
  const where = cc ? ` in ${cc}` : '';
  if (!key) {
    throw new DomainError('unknown_place', `"city" must name a place; got "${city}".`, 'city');
  }
  const cacheKey = `${key}|${cc}`;
  let pending = resolveCache.get(cacheKey);
  if (!pending) {
    const created = l2 ? lookupThroughKv(db, key, cc, l2) : lookup(db, key, cc);
    pending = created;
    resolveCache.set(cacheKey, created, HIT_TTL_MS);
    created.then(
      (found) => {
        if (found.total === 0) resolveCache.expire(cacheKey, created, MISS_TTL_MS);
      },
      () => resolveCache.delete(cacheKey, created), // D1 trouble: try again next time
    );
  }
  const found = await pending;
  const [place, ...alternatives] = found.matches;
  if (!place) {
    const hint = found.suggestions.length
      ? ` Did you mean ${found.suggestions.map(placeLabel).join('; ')}?`
      : '';
    throw new DomainError('unknown_place', `Unknown city "${city}"${where}.${hint}`, 'city');
  }
  const warnings: ChartWarning[] = [];
  if (found.total > 1) {
    const more = found.total - 1 - alternatives.length;
    warnings.push(
      warning(
        'place_ambiguous',
        `"city": "${city}"${where} matched ${found.total} places; using ${describePlace(place)}; others: ` +
          `${alternatives.map(describePlace).join('; ')}${more > 0 ? `; and ${more} more` : ''}. ` +
          'Add "country", or give latitude and longitude, to choose another.',
      ),
    );
  }
  return { place, alternatives, warnings };
}
