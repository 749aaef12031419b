/**
 * Small helpers for reaching D1 through drizzle, the one way this code reaches it (docs/architecture.md,
 * "D1"): the query builder on the schema of src/db, with drizzle's `sql` template for what the builder
 * cannot say (bulk statements over json_each, conditional INSERT ... SELECT, aggregate reports).
 */
import { getTableColumns, is } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import { SQL, sql } from 'drizzle-orm/sql';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';

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

/**
 * An INSERT of one row that happens only if `condition` holds when D1 runs it (INSERT ... SELECT <the
 * row's values> WHERE <condition>), so a check and the write are one statement: no concurrent request
 * can slip in between (a cap on how many rows an account holds). Values are encoded by their columns
 * (JSON, booleans) and omitted ones take the column's default, as drizzle's own insert does. The result's
 * `meta.changes` is 0 when the condition did not hold.
 */
export function insertRowWhere<T extends SQLiteTable>(
  db: DrizzleD1Database,
  table: T,
  row: T['$inferInsert'],
  condition: SQL,
) {
  const values = Object.entries(getTableColumns(table))
    // The columns drizzle lists in the INSERT, in its order (it leaves out generated ones).
    .filter(([, col]) => !(col as { shouldDisableInsert?(): boolean }).shouldDisableInsert?.())
    .map(([field, col]) => {
      const value = (row as Record<string, unknown>)[field];
      if (value !== undefined) return sql.param(value, col);
      if (col.default !== undefined && col.default !== null) {
        return is(col.default, SQL) ? col.default : sql.param(col.default, col);
      }
      if (col.defaultFn !== undefined) {
        const v = col.defaultFn();
        return is(v, SQL) ? v : sql.param(v, col);
      }
      return sql`null`;
    });
  return db.insert(table).select(sql`SELECT ${sql.join(values, sql`, `)} WHERE ${condition}`);
}
