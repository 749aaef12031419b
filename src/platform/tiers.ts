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

const RANK: Record<Tier, number> = { free: 0, basic: 1, premium: 2, unlimited: 3 };
export const isPaid = (tier: Tier) => tier !== 'free';
export const tierRank = (tier: Tier) => RANK[tier];
