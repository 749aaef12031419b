/** The Hono environment shared by every route and middleware. */

import type { Role, Tier } from '../db/schema';
import type { Env } from '../env';
import type { QuotaState } from './quota-state';
import type { EndpointClass } from './tiers';

/** What authentication resolved for this request (cached per isolate; see auth.ts). */
export interface Principal {
  accountId: string;
  tier: Tier;
  role: Role;
  keyId: string;
  keyPrefix: string;
  scopes: string[];
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    principal?: Principal;
    /** Quota units this request consumed (set by charge() in quota.ts; read by analytics). */
    units?: number;
    /** What charge() took, by class, with the state it reported: refundCharged() gives it back on error. */
    charged?: { cls: EndpointClass; units: number; q: QuotaState }[];
    /** A tool call of /mcp dispatched as this request (src/routes/mcp): its burst token is already paid. */
    viaMcp?: boolean;
  };
}
