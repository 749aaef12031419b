/**
 * RateLimiter: one SQLite-backed Durable Object per account (idFromName(account id)) that serialises
 * its daily quota counters (DESIGN.md section 5). A Durable Object runs one call at a time, so
 * "check then add" is atomic: N concurrent requests against Q remaining units admit exactly min(N, Q).
 *
 * Leases. A Durable Object lives in one place; a customer far from it pays a round trip per call. For
 * large quotas (limit ≥ LEASE_MIN_LIMIT) a call may also take a lease: extra units, counted as used
 * here at once, that the calling isolate spends locally without a round trip, and hands back (the part
 * it did not spend) when the lease expires or is replaced (`release`, or `release` on the next consume;
 * src/platform/quota.ts). Since leased units are counted here before they are spent, the count can never
 * admit more than the limit; an isolate that dies with a lease only under-admits by what it held. Lease
 * size follows demand (≈ LEASE_WINDOW_S of the recent rate) and is capped by LEASE_MAX and LEASE_SHARE of
 * what remains, so the tail of a quota is counted one unit at a time.
 *
 * Persistence: counters live in this object's SQLite storage; a minute after a change (and at day
 * rollover) an alarm upserts them into D1 `usage_daily` for analytics and prunes days older than
 * yesterday.
 */
import { DurableObject } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { usageDaily } from '../db/schema';
import { nonEmpty } from './d1';

export const LEASE_MIN_LIMIT = 1000;
export const LEASE_MAX = 100;
export const LEASE_SHARE = 0.02;
export const LEASE_WINDOW_S = 5;
export const FLUSH_DELAY_MS = 60_000;
/**
 * How long a lease may stay out: the isolate spends a lease for 10 s and hands back what is left when it
 * expires; after this long (with slack) the object settles it as fully spent. Until then the usage it
 * reports leaves the lease out (so it never shows units nobody spent); after, it counts it (an isolate
 * that died with a lease only makes usage read high by what it held, as the quota already did).
 */
export const LEASE_LIFETIME_MS = 30_000;

export interface ConsumeRequest {
  accountId: string;
  /** UTC day, YYYY-MM-DD (from the caller's clock). */
  day: string;
  cls: string;
  units: number;
  limit: number;
  /** Give back what is left of an earlier lease (same class; its own day) before counting. */
  release?: LeaseRelease;
  /** Whether the caller can hold a lease. */
  wantLease: boolean;
}

export interface ConsumeResult {
  allowed: boolean;
  /** Units counted for the day after this call (including outstanding leases). */
  used: number;
  limit: number;
  /** Extra units granted to the caller beyond `units`. */
  lease: number;
  /** Units of `used` leased to isolates and not yet handed back (nor settled as spent). */
  leased: number;
}

/** What is left of a lease, handed back: `unused` of its `granted` units were not spent. */
export interface LeaseRelease {
  day: string;
  cls: string;
  granted: number;
  unused: number;
}

interface CounterRow extends Record<string, SqlStorageValue> {
  day: string;
  class: string;
  used: number;
  leased: number;
  /** When the outstanding leases are settled as spent (ms). */
  lease_until: number;
}

/** Units to report: counted units less leases still out (see LEASE_LIFETIME_MS). */
const reported = (r: CounterRow, now: number) => r.used - (now <= r.lease_until ? r.leased : 0);

/** The bindings the object uses (the Worker's Env has them; declared here so env.ts can name this class). */
export interface RateLimiterEnv {
  DB: D1Database;
}

export class RateLimiter extends DurableObject<RateLimiterEnv> {
  private readonly sql: SqlStorage;
  /** Recent consumption per class, for lease sizing: [window start ms, units]. */
  private readonly rate = new Map<string, [number, number]>();
  private lastDay: string | null = null;
  private accountKnown = false;
  /** An alarm is set and has not run yet (memory only; re-read from storage after an eviction). */
  private alarmPending = false;

  constructor(ctx: DurableObjectState, env: RateLimiterEnv) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`CREATE TABLE IF NOT EXISTS counters (
      day TEXT NOT NULL, class TEXT NOT NULL,
      used INTEGER NOT NULL DEFAULT 0, leased INTEGER NOT NULL DEFAULT 0, flushed INTEGER NOT NULL DEFAULT -1,
      PRIMARY KEY (day, class))`);
    this.sql.exec('CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
    // Refunds already applied, by the caller's id (a sweeper that retries gives back once).
    this.sql.exec('CREATE TABLE IF NOT EXISTS refunds (id TEXT PRIMARY KEY, day TEXT NOT NULL)');
    try {
      this.sql.exec('ALTER TABLE counters ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0');
    } catch {
      // already there
    }
  }

  private counter(day: string, cls: string): CounterRow {
    const row = this.sql
      .exec<CounterRow>(
        'SELECT day, class, used, leased, lease_until FROM counters WHERE day = ? AND class = ?',
        day,
        cls,
      )
      .toArray()[0];
    if (row && row.leased > 0 && Date.now() > row.lease_until) row.leased = 0; // settled as spent
    return row ?? { day, class: cls, used: 0, leased: 0, lease_until: 0 };
  }

  private save(row: CounterRow): void {
    this.sql.exec(
      `INSERT INTO counters (day, class, used, leased, lease_until) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day, class) DO UPDATE SET used = excluded.used, leased = excluded.leased,
         lease_until = excluded.lease_until`,
      row.day,
      row.class,
      row.used,
      row.leased,
      row.lease_until,
    );
  }

  private leaseSize(req: ConsumeRequest, remainingAfter: number): number {
    if (!req.wantLease || req.limit < LEASE_MIN_LIMIT || remainingAfter <= 0) return 0;
    const now = Date.now();
    const r = this.rate.get(req.cls);
    const perSecond = r ? r[1] / Math.max(1, (now - r[0]) / 1000) : 0;
    const demand = Math.ceil(perSecond * LEASE_WINDOW_S);
    return Math.max(0, Math.min(demand, LEASE_MAX, Math.floor(remainingAfter * LEASE_SHARE)));
  }

  private noteRate(cls: string, units: number): void {
    const now = Date.now();
    const r = this.rate.get(cls);
    if (!r || now - r[0] > 60_000) this.rate.set(cls, [now, units]);
    else r[1] += units;
  }

  private giveBack(r: LeaseRelease): void {
    const back = this.counter(r.day, r.cls);
    back.used = Math.max(0, back.used - r.unused);
    back.leased = Math.max(0, back.leased - r.granted);
    this.save(back);
  }

  /** Check and consume `units` (all or nothing), optionally taking a lease. */
  async consume(req: ConsumeRequest): Promise<ConsumeResult> {
    if (req.release) this.giveBack(req.release);
    const row = this.counter(req.day, req.cls);
    let result: ConsumeResult;
    if (row.used + req.units > req.limit) {
      result = { allowed: false, used: row.used, limit: req.limit, lease: 0, leased: row.leased };
    } else {
      this.noteRate(req.cls, req.units);
      const lease = this.leaseSize(req, req.limit - row.used - req.units);
      row.used += req.units + lease;
      row.leased += lease;
      if (lease > 0) row.lease_until = Date.now() + LEASE_LIFETIME_MS;
      this.save(row);
      result = { allowed: true, used: row.used, limit: req.limit, lease, leased: row.leased };
    }
    await this.scheduleFlush(req.accountId, req.day);
    return result;
  }

  /** Hand back what is left of a lease (its expiry, in the isolate that held it). */
  async release(req: LeaseRelease & { accountId: string }): Promise<void> {
    this.giveBack(req);
    await this.scheduleFlush(req.accountId, req.day);
  }

  /**
   * Give back units that were charged for work that then failed before it was done (e.g. a batch that
   * could not be stored or queued). Never below zero. With an `id`, applied once however often it is
   * asked (ids are kept while the day's counter is). A day older than yesterday is left as counted: its
   * counter may be gone already, and its quota cannot be used any more.
   */
  async refund(req: {
    accountId: string;
    day: string;
    cls: string;
    units: number;
    id?: string;
  }): Promise<number> {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    if (req.day < yesterday) return this.counter(req.day, req.cls).used;
    if (req.id !== undefined) {
      const fresh = this.sql.exec('INSERT OR IGNORE INTO refunds (id, day) VALUES (?, ?)', req.id, req.day);
      if (fresh.rowsWritten === 0) return this.counter(req.day, req.cls).used;
    }
    const row = this.counter(req.day, req.cls);
    row.used = Math.max(row.leased, row.used - req.units);
    this.save(row);
    await this.scheduleFlush(req.accountId, req.day);
    return row.used;
  }

  /** Units counted per class for a day (see the comment inside about leases). */
  async usage(day: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    const now = Date.now();
    for (const r of this.sql.exec<CounterRow>(
      'SELECT class, used, leased, lease_until FROM counters WHERE day = ?',
      day,
    )) {
      out[r.class] = Math.max(0, reported(r, now));
    }
    return out;
  }

  /**
   * Makes sure a flush is due within FLUSH_DELAY_MS (now, at day rollover). What is already known in
   * memory (account id stored, alarm pending) is not asked of storage again: one check-and-consume is
   * then a read and a write of one SQLite row.
   */
  private async scheduleFlush(accountId: string, day: string): Promise<void> {
    if (!this.accountKnown) {
      this.sql.exec("INSERT OR IGNORE INTO meta (k, v) VALUES ('account_id', ?)", accountId);
      this.accountKnown = true;
    }
    const rollover = this.lastDay !== null && this.lastDay !== day;
    this.lastDay = day;
    if (rollover) {
      await this.ctx.storage.setAlarm(Date.now());
      this.alarmPending = true;
      return;
    }
    if (this.alarmPending) return;
    if ((await this.ctx.storage.getAlarm()) === null)
      await this.ctx.storage.setAlarm(Date.now() + FLUSH_DELAY_MS);
    this.alarmPending = true;
  }

  /** Persist changed counters to D1 and prune old days. */
  override async alarm(): Promise<void> {
    this.alarmPending = false;
    await this.flush();
  }

  /** Upserts changed counters into D1 usage_daily; returns how many rows it wrote. */
  async flush(): Promise<number> {
    const accountId = this.sql
      .exec<{ v: string }>("SELECT v FROM meta WHERE k = 'account_id'")
      .toArray()[0]?.v;
    if (!accountId) return 0;
    const now = Date.now();
    const rows = this.sql
      .exec<CounterRow & { flushed: number }>(
        'SELECT day, class, used, leased, lease_until, flushed FROM counters',
      )
      .toArray();
    const dirty = rows.filter((r) => reported(r, now) !== r.flushed);
    if (dirty.length > 0) {
      const db = drizzle(this.env.DB);
      await db.batch(
        nonEmpty(
          dirty.map((r) =>
            db
              .insert(usageDaily)
              .values({
                accountId,
                day: r.day,
                endpointClass: r.class,
                used: reported(r, now),
                updatedAt: now,
              })
              .onConflictDoUpdate({
                target: [usageDaily.accountId, usageDaily.day, usageDaily.endpointClass],
                set: { used: sql`excluded.used`, updatedAt: sql`excluded.updated_at` },
              }),
          ),
        ),
      );
      for (const r of dirty) {
        this.sql.exec(
          'UPDATE counters SET flushed = ? WHERE day = ? AND class = ?',
          reported(r, now),
          r.day,
          r.class,
        );
      }
    }
    // Leases still out: flush again once they are settled, so the stored day is complete.
    if (rows.some((r) => r.leased > 0 && now <= r.lease_until)) {
      await this.ctx.storage.setAlarm(now + LEASE_LIFETIME_MS);
      this.alarmPending = true;
    }
    const yesterday = new Date(now - 86_400_000).toISOString().slice(0, 10);
    for (const r of rows) {
      if (r.day < yesterday && reported(r, now) === r.flushed && !(r.leased > 0 && now <= r.lease_until)) {
        this.sql.exec('DELETE FROM counters WHERE day = ? AND class = ?', r.day, r.class);
      }
    }
    this.sql.exec('DELETE FROM refunds WHERE day < ?', yesterday);
    return dirty.length;
  }
}
