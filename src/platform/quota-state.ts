/**
 * The shapes of quota accounting that the request context carries (src/platform/context.ts) and the
 * quota code fills in (src/platform/quota.ts): kept apart so that neither imports the other.
 */
import type { EndpointClass } from './tiers';

export interface Lease {
  day: string;
  cls: EndpointClass;
  granted: number;
  left: number;
  /** DO count right after the grant (includes the whole lease). */
  usedAtGrant: number;
  expiresAt: number;
  /** Handed back to the object (by the next lease request or at expiry): nothing more is spent from it. */
  released: boolean;
  /** Real time (ms; the quota clock may be a test's) of the last spend, and by when it is handed back. */
  lastSpent: number;
  settleBy: number;
}

export interface QuotaState {
  cls: EndpointClass;
  limit: number;
  used: number;
  remaining: number;
  /** The isolate lease the units were spent from, if they were (a refund goes back into it). */
  lease?: Lease;
  resetAt: number;
}
