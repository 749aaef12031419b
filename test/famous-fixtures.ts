/** Loads the real famous-people collection into the test D1, the way scripts/seed-famous-people.mjs does. */
import { env } from 'cloudflare:workers';
import data from '../data/famous-people.json';
import {
  clearFamousCache,
  FAMOUS_INSERT_COLUMNS,
  type FamousSource,
  famousRow,
} from '../src/platform/famous';

export const PEOPLE = (data as { people: FamousSource[] }).people;

export async function loadFamousPeople(): Promise<void> {
  const have = await env.DB.prepare('SELECT count(*) AS n FROM famous_people').first<{ n: number }>();
  if (have?.n === PEOPLE.length) return;
  const placeholders = FAMOUS_INSERT_COLUMNS.map((_, i) => `?${i + 1}`).join(', ');
  const stmt = env.DB.prepare(
    `INSERT OR REPLACE INTO famous_people (${FAMOUS_INSERT_COLUMNS.join(', ')}) VALUES (${placeholders})`,
  );
  const rows = PEOPLE.map((p) => famousRow(p));
  for (let i = 0; i < rows.length; i += 100) {
    await env.DB.batch(
      rows.slice(i, i + 100).map((r) => stmt.bind(...FAMOUS_INSERT_COLUMNS.map((c) => r[c]))),
    );
  }
  clearFamousCache();
}
