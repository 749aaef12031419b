/** Response schemas of the analytics reports. */
import { z } from '@hono/zod-openapi';
import { TIERS } from '../../db/schema';
import { LATENCY_BUCKETS_MS } from '../../platform/analytics';

const Counts = {
  requests: z.number().int(),
  errors: z.number().int().openapi({ description: 'Responses with status ≥ 400 (429s included).' }),
  rate_limited: z.number().int().openapi({ description: 'Responses with status 429.' }),
};

const LatencySchema = z
  .object({
    mean_ms: z.number().nullable(),
    p50_ms: z.number().nullable(),
    p95_ms: z.number().nullable(),
  })
  .openapi('Latency', {
    description: `Latency in ms. Percentiles are estimated from a histogram with bucket bounds ${LATENCY_BUCKETS_MS.join(', ')} ms (D1), or exact weighted quantiles (Analytics Engine).`,
  });

const DayCounts = z.object({ date: z.string().openapi({ example: '2026-11-29' }), ...Counts });

export const UsageReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    source: z.literal('d1'),
    totals: z.object({
      ...Counts,
      error_rate: z.number(),
      anonymous_requests: z.number().int().openapi({ description: 'Requests without a valid key.' }),
      accounts: z.number().int().openapi({ description: 'Distinct accounts that made requests.' }),
      latency: LatencySchema,
    }),
    by_tier: z.array(z.object({ tier: z.string(), ...Counts })),
    by_class: z.array(
      z.object({
        class: z.string().openapi({ description: 'Endpoint class (quota), or "unmetered".' }),
        ...Counts,
      }),
    ),
    by_status_class: z.array(z.object({ status_class: z.string(), requests: z.number().int() })),
    by_day: z.array(DayCounts),
    top_accounts: z.array(z.object({ account_id: z.string(), tier: z.string(), ...Counts })),
    events: z
      .array(z.object({ type: z.string(), count: z.number().int() }))
      .openapi({ description: 'Events in the event log over the range, by type.' }),
  })
  .openapi('UsageReport');

export const UserReportSchema = z
  .object({
    account_id: z.string(),
    tier: z.enum(TIERS),
    from: z.string(),
    to: z.string(),
    totals: z.object({ ...Counts, error_rate: z.number() }),
    by_day: z.array(
      DayCounts.extend({
        by_class: z
          .record(z.string(), z.number().int())
          .openapi({ description: 'Requests per endpoint class ("unmetered" for management routes).' }),
      }),
    ),
    by_class: z.array(z.object({ class: z.string(), ...Counts })),
    quota: z
      .array(
        z.object({ date: z.string(), class: z.string(), used: z.number().int(), limit: z.number().int() }),
      )
      .openapi({ description: 'Daily quota use (usage_daily; today live from the quota counter).' }),
    errors: z
      .array(
        z.object({
          route: z.string(),
          method: z.string(),
          status_class: z.string(),
          count: z.number().int(),
        }),
      )
      .openapi({ description: 'Error responses by route, most frequent first (at most 20).' }),
  })
  .openapi('UserUsageReport');

export const EndpointReportSchema = z
  .object({
    endpoint: z.string().openapi({ example: '/v1/charts/:id', description: 'The route pattern.' }),
    from: z.string(),
    to: z.string(),
    source: z.enum(['d1', 'analytics_engine']),
    ...Counts,
    error_rate: z.number(),
    latency: LatencySchema,
    by_method: z.array(z.object({ method: z.string(), requests: z.number().int() })),
    by_status_class: z.array(z.object({ status_class: z.string(), requests: z.number().int() })),
    by_day: z.array(
      DayCounts.extend({
        error_rate: z.number(),
        p50_ms: z.number().nullable(),
        p95_ms: z.number().nullable(),
      }),
    ),
    warnings: z.array(z.string()).optional(),
  })
  .openapi('EndpointReport');

export const EventReportSchema = z
  .object({
    event_type: z.string(),
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    by_day: z.array(z.object({ date: z.string(), count: z.number().int() })),
    latest: z.array(
      z.object({
        id: z.string(),
        account_id: z.string().nullable(),
        created_at: z.string(),
        data: z.unknown(),
      }),
    ),
  })
  .openapi('EventReport');

export const tags = ['Analytics'];
export const jsonOf = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
