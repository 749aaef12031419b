/**
 * D1 schema (drizzle). `npm run db:generate` turns changes here into a new SQL file in migrations/,
 * which `wrangler d1 migrations apply DB` runs (npm start and the tests do it for you).
 *
 * Timestamps are integer milliseconds since the epoch (UTC); the API renders them as ISO 8601.
 * D1 is for what is rare or owned (DESIGN.md section 1): nothing here is written per request.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const TIERS = ['free', 'basic', 'premium', 'unlimited'] as const;
export type Tier = (typeof TIERS)[number];
export const ROLES = ['user', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const createdAt = () =>
  integer('created_at', { mode: 'number' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    tier: text('tier', { enum: TIERS }).notNull().default('free'),
    role: text('role', { enum: ROLES }).notNull().default('user'),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    stripeCustomerId: text('stripe_customer_id'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('accounts_email_unique').on(sql`lower(${t.email})`),
    index('accounts_stripe_customer').on(t.stripeCustomerId),
  ],
);

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Display prefix, e.g. "sk_live_Ab3x". */
    prefix: text('prefix').notNull(),
    /** SHA-256 hex of the full key; the key itself is never stored. */
    hash: text('hash').notNull(),
    /** JSON array of scopes. */
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'number' }),
    revokedAt: integer('revoked_at', { mode: 'number' }),
    lastUsedAt: integer('last_used_at', { mode: 'number' }),
    requestCount: integer('request_count', { mode: 'number' }).notNull().default(0),
    /** Set when the key was rolled: the id of the key that replaced it. */
    replacedBy: text('replaced_by'),
  },
  (t) => [uniqueIndex('api_keys_hash_unique').on(t.hash), index('api_keys_account').on(t.accountId, t.id)],
);

/**
 * Daily quota use per account and endpoint class, persisted by the account's RateLimiter Durable Object
 * (at most once a minute and at day rollover). The live counters are in the Durable Object.
 */
export const usageDaily = sqliteTable(
  'usage_daily',
  {
    accountId: text('account_id').notNull(),
    day: text('day').notNull(),
    endpointClass: text('class').notNull(),
    used: integer('used').notNull(),
    updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day, t.endpointClass] }), index('usage_daily_day').on(t.day)],
);

/** Charts saved by accounts (POST /v1/charts with "save": true). */
export const charts = sqliteTable(
  'charts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The resolved request (subject with coordinates + options), to re-render wheels and readings. */
    request: text('request', { mode: 'json' }).notNull(),
    /** The chart JSON as returned (without id). */
    chart: text('chart', { mode: 'json' }).notNull(),
    fullName: text('full_name'),
    sunSign: text('sun_sign'),
    moonSign: text('moon_sign'),
    risingSign: text('rising_sign'),
    createdAt: createdAt(),
  },
  (t) => [index('charts_account').on(t.accountId, t.id)],
);

/** Stripe events already applied (replays are ignored). */
export const stripeEvents = sqliteTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  accountId: text('account_id'),
  receivedAt: createdAt(),
});

/** The event log: written in batches by the events queue consumer, never on the request path. */
export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    accountId: text('account_id'),
    data: text('data', { mode: 'json' }).notNull(),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('events_account').on(t.accountId, t.id), index('events_type').on(t.type, t.createdAt)],
);

/**
 * Offline gazetteer: GeoNames cities1000 (population ≥ 1000), loaded by scripts/seed-places.mjs, not
 * bundled into the Worker. `key` is the lower-case ASCII folding of the name used for lookups.
 */
export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    asciiName: text('ascii_name').notNull(),
    countryCode: text('country_code').notNull(),
    admin1: text('admin1'),
    latitude: real('latitude').notNull(),
    longitude: real('longitude').notNull(),
    timezone: text('timezone').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [index('places_country').on(t.countryCode, t.population)],
);

/** Every name a place answers to (its name, ASCII name and GeoNames alternate names), folded. */
export const placeNames = sqliteTable(
  'place_names',
  {
    key: text('key').notNull(),
    placeId: integer('place_id').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [
    uniqueIndex('place_names_key_place').on(t.key, t.placeId),
    index('place_names_rank').on(t.key, t.population),
  ],
);
