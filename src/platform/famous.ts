/**
 * The famous-people collection in D1 (loaded from data/famous-people.json by scripts/seed-famous-people.mjs,
 * which `npm start` runs): lookups and the birth data of a person as chart input.
 */
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { computeChart, type SubjectInput } from '../astro/chart';
import { type ScorePoints, scorePointsOf } from '../astro/synastry';
import { signOf } from '../astro/zodiac';
import { famousPeople } from '../db/schema';
import { fold } from './places';

export interface FamousBirth {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  city: string;
  /** The first-level division's name (GeoNames admin1), null where GeoNames has none. */
  admin1: string | null;
  country: string;
  latitude: number;
  longitude: number;
  timezone: string;
  /** The GeoNames cities500 place whose coordinates and zone the record uses; null for an exception. */
  geonames_id: number | null;
  /** Why the place is an exception to "coordinates and zone from GeoNames cities500". */
  place_note?: string;
}

/** Where a timed record's UTC offset comes from (see data/famous-people.json, `about`). */
export type UtcOffsetBasis = 'source' | 'source_lmt' | 'zone';

/** A person as stored in the data file (data/famous-people.json). */
export interface FamousSource {
  slug: string;
  full_name: string;
  category: string;
  description: string;
  birth: FamousBirth;
  time_known: boolean;
  /** Timed records: hours east of UTC that the chart uses. */
  utc_offset?: number;
  utc_offset_basis?: UtcOffsetBasis;
  /** Why a stated offset differs from the zone's history. */
  utc_offset_note?: string;
  rodden_rating: string;
  /** What the source page says (and where other pages disagree). */
  source: string;
  /** The page that states the time (untimed: the page that confirms the date), or null. */
  source_url: string | null;
}

/** A person as the API shows it: the source plus the precomputed signs. */
export interface FamousPerson extends FamousSource {
  sun_sign: string;
  moon_sign: string;
  rising_sign: string | null;
}

/** The columns of a person as the API shows it, in the order of its JSON. */
export const FAMOUS_FIELDS = {
  slug: famousPeople.slug,
  full_name: famousPeople.fullName,
  category: famousPeople.category,
  description: famousPeople.description,
  birth: famousPeople.birth,
  time_known: famousPeople.timeKnown,
  utc_offset: famousPeople.utcOffset,
  utc_offset_basis: famousPeople.utcOffsetBasis,
  utc_offset_note: famousPeople.utcOffsetNote,
  rodden_rating: famousPeople.roddenRating,
  source: famousPeople.source,
  source_url: famousPeople.sourceUrl,
  sun_sign: famousPeople.sunSign,
  moon_sign: famousPeople.moonSign,
  rising_sign: famousPeople.risingSign,
};

type FamousRowFields = Omit<FamousPerson, 'birth' | 'utc_offset' | 'utc_offset_basis' | 'utc_offset_note'> & {
  birth: unknown;
  utc_offset: number | null;
  utc_offset_basis: string | null;
  utc_offset_note: string | null;
};

/**
 * A row of FAMOUS_FIELDS (birth parsed from its JSON by drizzle) as a person: the offset fields of an
 * untimed record are left out, as in the data file.
 */
export function toFamous(r: FamousRowFields): FamousPerson {
  const { utc_offset, utc_offset_basis, utc_offset_note, rodden_rating, source, source_url, ...rest } = r;
  const { sun_sign, moon_sign, rising_sign, ...person } = rest;
  // The order of the data file and of the schema.
  return {
    ...person,
    birth: r.birth as FamousBirth,
    ...(utc_offset !== null ? { utc_offset, utc_offset_basis: utc_offset_basis as UtcOffsetBasis } : {}),
    ...(utc_offset_note !== null ? { utc_offset_note } : {}),
    rodden_rating,
    source,
    source_url,
    sun_sign,
    moon_sign,
    rising_sign,
  };
}

const cache = new Map<string, { person: FamousPerson | null; until: number }>();
const TTL_MS = 5 * 60_000;
/**
 * KV copies of person rows and of the match candidates (one blob), so a warm location answers famous-
 * people requests without D1. The collection changes only when it is reseeded: bump KV_VERSION then (or
 * wait KV_TTL_S).
 */
const KV_VERSION = 'v2';
export const KV_TTL_S = 86_400;

/** KV layer for reads of the collection (optional: without it, isolate memory then D1). */
export interface FamousL2 {
  kv: KVNamespace;
  waitUntil: (p: Promise<unknown>) => void;
}

async function throughKv<T>(l2: FamousL2 | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!l2) return load();
  const stored = await l2.kv.get<{ v: T }>(key, 'json').catch(() => null);
  if (stored) return stored.v;
  const value = await load();
  l2.waitUntil(
    l2.kv.put(key, JSON.stringify({ v: value }), { expirationTtl: KV_TTL_S }).catch(() => undefined),
  );
  return value;
}

export async function getFamousPerson(
  db: D1Database,
  slug: string,
  l2?: FamousL2,
): Promise<FamousPerson | null> {
  const now = Date.now();
  const hit = cache.get(slug);
  if (hit && hit.until > now) return hit.person;
  const person = await throughKv(l2, `person:${KV_VERSION}:${slug}`, async () => {
    const row = await drizzle(db)
      .select(FAMOUS_FIELDS)
      .from(famousPeople)
      .where(eq(famousPeople.slug, slug))
      .get();
    return row ? toFamous(row) : null;
  });
  if (cache.size > 2000) cache.clear();
  cache.set(slug, { person, until: now + TTL_MS });
  return person;
}

/**
 * A person's birth data as chart input (untimed people: a noon chart without houses). A timed record's
 * `utc_offset` (the offset its source states, the birthplace's mean time, or the zone's history) fixes the
 * UTC instant; the zone is kept for display.
 */
export function famousSubject(p: FamousSource): SubjectInput {
  const b = p.birth;
  return {
    full_name: p.full_name,
    year: b.year,
    month: b.month,
    day: b.day,
    hour: p.time_known ? b.hour : undefined,
    minute: p.time_known ? (b.minute ?? 0) : undefined,
    second: 0,
    latitude: b.latitude,
    longitude: b.longitude,
    timezone: b.timezone,
    ...(p.time_known && p.utc_offset !== undefined ? { utc_offset: p.utc_offset } : {}),
    time_known: p.time_known,
    // A documented time in a clock-change gap is taken as written, moved forward.
    on_gap: 'shift_forward',
    place: { name: b.city, country: b.country, admin1_name: b.admin1 },
  };
}

/**
 * The D1 row of a person, with the signs and score points precomputed from a tropical Placidus chart
 * (used by the seed script under Node and by tests in workerd: one implementation).
 */
export function famousRow(p: FamousSource) {
  const chart = computeChart(famousSubject(p), {
    points: ['sun', 'moon', 'venus', 'mars'],
    aspects: [],
  });
  const sign = (n: string) => chart.points.find((q) => q.name === n)?.sign ?? null;
  return {
    slug: p.slug,
    full_name: p.full_name,
    name_key: fold(p.full_name),
    category: p.category,
    description: p.description,
    birth: JSON.stringify(p.birth),
    time_known: p.time_known ? 1 : 0,
    utc_offset: p.time_known ? (p.utc_offset ?? null) : null,
    utc_offset_basis: p.time_known ? (p.utc_offset_basis ?? null) : null,
    utc_offset_note: p.utc_offset_note ?? null,
    rodden_rating: p.rodden_rating,
    source: p.source,
    source_url: p.source_url,
    sun_sign: sign('sun') as string,
    moon_sign: sign('moon') as string,
    rising_sign: chart.angles ? signOf(chart.angles.ascendant) : null,
    score_points: JSON.stringify(scorePointsOf(chart)),
  };
}

export const FAMOUS_INSERT_COLUMNS = [
  'slug',
  'full_name',
  'name_key',
  'category',
  'description',
  'birth',
  'time_known',
  'utc_offset',
  'utc_offset_basis',
  'utc_offset_note',
  'rodden_rating',
  'source',
  'source_url',
  'sun_sign',
  'moon_sign',
  'rising_sign',
  'score_points',
] as const;

export interface MatchCandidate {
  slug: string;
  category: string;
  sun_sign: string;
  moon_sign: string;
  rising_sign: string | null;
  points: ScorePoints;
}

let candidates: { list: MatchCandidate[]; until: number } | null = null;

/** Every person's score points: isolate memory (10 minutes), then KV, then one small D1 read. */
export async function matchCandidates(db: D1Database, l2?: FamousL2): Promise<MatchCandidate[]> {
  const now = Date.now();
  if (candidates && candidates.until > now) return candidates.list;
  const list = await throughKv(l2, `famous-candidates:${KV_VERSION}`, () => loadCandidates(db));
  candidates = { list, until: now + 10 * 60_000 };
  return list;
}

async function loadCandidates(db: D1Database): Promise<MatchCandidate[]> {
  return drizzle(db)
    .select({
      slug: famousPeople.slug,
      category: famousPeople.category,
      sun_sign: famousPeople.sunSign,
      moon_sign: famousPeople.moonSign,
      rising_sign: famousPeople.risingSign,
      points: famousPeople.scorePoints,
    })
    .from(famousPeople)
    .orderBy(famousPeople.slug)
    .all();
}

/** Forget isolate caches (tests, reseeding). */
export function clearFamousCache(): void {
  candidates = null;
  cache.clear();
}
