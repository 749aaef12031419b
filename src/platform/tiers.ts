/**
 * Subscription tiers and their quotas (contract: DESIGN.md section 5, from the original service).
 */
import type { Tier } from '../db/schema';

export const ENDPOINT_CLASSES = ['charts', 'readings', 'famous_people', 'synastry'] as const;
export type EndpointClass = (typeof ENDPOINT_CLASSES)[number];

/** Daily quota per endpoint class (UTC day). A batch consumes one unit per valid item. */
export const DAILY_LIMITS: Record<Tier, Record<EndpointClass, number>> = {
  free: { charts: 50, readings: 10, famous_people: 20, synastry: 5 },
  basic: { charts: 200, readings: 50, famous_people: 100, synastry: 20 },
  premium: { charts: 1000, readings: 500, famous_people: 500, synastry: 100 },
  unlimited: { charts: 10000, readings: 10000, famous_people: 10000, synastry: 10000 },
};

/** Requests per second per key, on every authenticated route (management routes included). */
export const BURST_PER_SECOND: Record<Tier, number> = { free: 5, basic: 20, premium: 100, unlimited: 500 };

/**
 * Requests per second per account, whatever the number of its keys (the per-key limit holds as well).
 * Twice a key's: an account's keys together cannot go beyond it however many there are, and one runaway
 * key still leaves its siblings (a second service, the key that manages the others) half of it.
 */
export const ACCOUNT_BURST_PER_SECOND: Record<Tier, number> = {
  free: 2 * BURST_PER_SECOND.free,
  basic: 2 * BURST_PER_SECOND.basic,
  premium: 2 * BURST_PER_SECOND.premium,
  unlimited: 2 * BURST_PER_SECOND.unlimited,
};

/**
 * Active API keys an account may hold (neither revoked, expired nor replaced by a roll, so a roll never
 * needs room). Beyond it, POST /v1/api-keys is a 409 `key-limit-reached`.
 */
export const MAX_ACTIVE_KEYS: Record<Tier, number> = { free: 5, basic: 10, premium: 25, unlimited: 50 };

/**
 * Webhook endpoints an account may hold, enabled or not (a disabled one can be enabled again); every
 * event of the account is POSTed once per matching endpoint. Beyond it, POST /v1/webhooks is a 409
 * `webhook-limit-reached`.
 */
export const MAX_WEBHOOK_ENDPOINTS: Record<Tier, number> = { free: 2, basic: 5, premium: 10, unlimited: 20 };

/**
 * Calendars an account may hold: each is a standing read of the account's quota by a calendar app (every
 * fetch is metered), so the cap is that of the other standing push, alerts. Beyond it, POST /v1/calendars is
 * a 409 `calendar-limit-reached`.
 */
export const MAX_CALENDARS: Record<Tier, number> = { free: 3, basic: 25, premium: 100, unlimited: 500 };

/**
 * Saved charts with transit alerts an account may opt in (alerts use no daily quota). Beyond it, PUT
 * /v1/charts/{id}/alerts is a 409 `alert-limit-reached`.
 */
export const MAX_ALERTS: Record<Tier, number> = { free: 3, basic: 25, premium: 100, unlimited: 500 };

/** A per-tier number as the documentation states it: "5 / 10 / 25 / 50" (free, basic, premium, unlimited). */
export const capsOf = (byTier: Record<Tier, number>) =>
  `${byTier.free} / ${byTier.basic} / ${byTier.premium} / ${byTier.unlimited}`;

const RANK: Record<Tier, number> = { free: 0, basic: 1, premium: 2, unlimited: 3 };
export const isPaid = (tier: Tier) => tier !== 'free';
export const tierRank = (tier: Tier) => RANK[tier];
