/**
 * Small helpers for reaching D1 through drizzle, the one way this code reaches it (docs/architecture.md,
 * "D1"): the query builder on the schema of src/db, with drizzle's `sql` template for what the builder
 * cannot say (bulk statements over json_each, conditional INSERT ... SELECT, aggregate reports).
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQL } from 'drizzle-orm/sql';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';

/** drizzle's batch takes a non-empty tuple: a list the caller has checked is not empty, typed as one. */
export function nonEmpty<T extends BatchItem<'sqlite'>>(items: T[]): [T, ...T[]] {
  if (items.length === 0) throw new Error('A D1 batch needs at least one statement.');
  return items as [T, ...T[]];
}

const dialect = new SQLiteSyncDialect();

/**
 * One D1 batch (one transaction, one round trip) of drizzle `sql` templates, for reports made of several
 * aggregate queries. drizzle-orm 0.45.4's own db.batch cannot carry a `sql` template with parameters (its
 * SQLiteRaw has no prepared statement), so the templates are compiled here and batched by D1 itself: the
 * only place that prepares statements by hand.
 */
export function batchOfSql(d1: D1Database, queries: [SQL, ...SQL[]]): Promise<D1Result[]> {
  return d1.batch(
    queries.map((q) => {
      const { sql, params } = dialect.sqlToQuery(q);
      return d1.prepare(sql).bind(...params);
    }),
  );
}

/** The rows of one result of batchOfSql, typed by the caller (who wrote the SELECT). */
export const rowsOf = <T>(r: D1Result | undefined): T[] => (r?.results ?? []) as T[];
