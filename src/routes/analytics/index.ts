/**
 * Usage analytics (DESIGN.md section 4): answered from the D1 hourly rollups (src/platform/analytics.ts),
 * the event log and usage_daily; /endpoint can also ask Analytics Engine's SQL API when configured.
 *
 * Ranges: `from` and `to` are UTC days (YYYY-MM-DD, both inclusive); default the last 7 days ending
 * today; at most 366 days. Every handler first flushes this isolate's buffered rollups, so a caller
 * reads its own requests at once; other isolates' traffic shows up within about a minute.
 *
 * Access: /usage, /endpoint and /events need an admin key (403 otherwise). /user/{user_id} answers an
 * admin for any account, and any key for its own account (`me` is an alias); another account's id is
 * a 404, exactly like an unknown one (DESIGN.md section 2: never reveal existence).
 *
 * Files: one per report (usage.ts, user.ts, endpoint.ts, events.ts: its route, queries and handler),
 * range.ts (the from/to range), schemas.ts (the reports' schemas), measures.ts (what they share).
 */
import { createRouter } from '../../platform/router';
import { endpointRoutes } from './endpoint';
import { eventRoutes } from './events';
import { usageRoutes } from './usage';
import { userRoutes } from './user';

export const analyticsRoutes = createRouter()
  .route('/', usageRoutes)
  .route('/', userRoutes)
  .route('/', endpointRoutes)
  .route('/', eventRoutes);
