/**
 * The famous-people collection in D1 (loaded from data/famous-people.json by scripts/seed-famous-people.mjs,
 * which `npm start` runs): lookups and the birth data of a person as chart input.
 */
import type { SubjectInput } from '../astro/chart';

export interface FamousBirth {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  timezone: string;
}

export interface FamousPerson {
  slug: string;
  full_name: string;
  category: string;
  description: string;
  birth: FamousBirth;
  time_known: boolean;
  rodden_rating: string;
  source: string;
  sun_sign: string;
  moon_sign: string;
  rising_sign: string | null;
}

interface Row {
  slug: string;
  full_name: string;
  category: string;
  description: string;
  birth: string;
  time_known: number;
  rodden_rating: string;
  source: string;
  sun_sign: string;
  moon_sign: string;
  rising_sign: string | null;
}

export const FAMOUS_COLUMNS =
  'slug, full_name, category, description, birth, time_known, rodden_rating, source, sun_sign, moon_sign, rising_sign';

export function toFamous(r: Row): FamousPerson {
  return { ...r, birth: JSON.parse(r.birth) as FamousBirth, time_known: r.time_known === 1 };
}

const cache = new Map<string, { person: FamousPerson | null; until: number }>();
const TTL_MS = 5 * 60_000;

export async function getFamousPerson(db: D1Database, slug: string): Promise<FamousPerson | null> {
  const now = Date.now();
  const hit = cache.get(slug);
  if (hit && hit.until > now) return hit.person;
  const row = await db
    .prepare(`SELECT ${FAMOUS_COLUMNS} FROM famous_people WHERE slug = ?1`)
    .bind(slug)
    .first<Row>();
  const person = row ? toFamous(row) : null;
  if (cache.size > 2000) cache.clear();
  cache.set(slug, { person, until: now + TTL_MS });
  return person;
}

/** A person's birth data as chart input (untimed people: a noon chart without houses). */
export function famousSubject(p: FamousPerson): SubjectInput {
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
    time_known: p.time_known,
    // A documented time in a clock-change gap is taken as written, moved forward.
    on_gap: 'shift_forward',
    place: { name: b.city, country: b.country },
  };
}
