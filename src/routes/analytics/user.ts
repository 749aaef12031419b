/** GET /v1/analytics/user/{user_id}: one account's usage (that account, or an admin). */
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { TIERS } from '../../db/schema';
import type { Env } from '../../env';
import { getAccount } from '../../platform/accounts';
import { principalOf } from '../../platform/auth';
import type { Principal } from '../../platform/context';
import { batchOfSql, rowsOf } from '../../platform/d1';
import { AUTHED_ERRORS, errorResponses, unprocessable } from '../../platform/openapi';
import { notFound } from '../../platform/problem';
import { usageToday, utcDay } from '../../platform/quota';
import { createRouter } from '../../platform/router';
import { DAILY_LIMITS, type EndpointClass } from '../../platform/tiers';
import { text } from '../../schemas/text';
import { CLASS_CTE, type CountRow, counts, fillDays, fresh, inRange, rate, SUMS } from './measures';
import { type Range, RangeQuery, resolveRange } from './range';
import { jsonOf, tags, UserReportSchema } from './schemas';

const user = createRoute({
  method: 'get',
  path: '/v1/analytics/user/{user_id}',
  operationId: 'getUserAnalytics',
  tags,
  summary: "One account's usage (that account or admin)",
  description:
    'Requests by day and endpoint class, daily quota use and errors. A key reads its own account (`me` works too); an admin reads any. Another account is a 404.',
  request: {
    params: z.object({
      user_id: text()
        .max(64)
        .openapi({ param: { name: 'user_id', in: 'path' }, example: 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    }),
    query: RangeQuery,
  },
  responses: {
    200: jsonOf(UserReportSchema, 'The report.'),
    ...errorResponses(400, ...AUTHED_ERRORS, 404),
    ...unprocessable('invalid-range'),
  },
});

async function userReport(env: Env, range: Range, accountId: string, tier: (typeof TIERS)[number]) {
  const filter = sql`account_id = ${accountId} AND ${inRange(range)}`;
  const [totals, byDayClass, errors, quota] = await batchOfSql(env.DB, [
    sql`SELECT ${SUMS} FROM usage_hourly WHERE ${filter}`,
    sql`${CLASS_CTE(filter)}
         SELECT substr(r.hour, 1, 10) AS date, coalesce(rc.cls, 'unmetered') AS class, sum(r.count) AS requests,
           sum(r.errors) AS errors, sum(r.rate_limited) AS rate_limited
         FROM r JOIN rc ON rc.route = r.route AND rc.method = r.method GROUP BY 1, 2 ORDER BY 1, 2`,
    sql`SELECT route, method, status_class, sum(count) AS count FROM usage_hourly
         WHERE ${filter} AND status_class NOT IN ('1xx', '2xx', '3xx')
         GROUP BY route, method, status_class ORDER BY count DESC, route, method, status_class LIMIT 20`,
    sql`SELECT day AS date, class, used FROM usage_daily WHERE account_id = ${accountId} AND day >= ${range.from} AND day <= ${range.to} ORDER BY day, class`,
  ]);
  const tc = counts(rowsOf<unknown>(totals)[0] as CountRow | undefined);
  const rows = rowsOf<{ date: string; class: string } & CountRow>(byDayClass);
  const perDay = new Map<string, { date: string; by_class: Record<string, number> } & CountRow>();
  const perClass = new Map<string, { class: string } & CountRow>();
  for (const r of rows) {
    const d = perDay.get(r.date) ?? { date: r.date, ...counts(undefined), by_class: {} };
    d.requests += r.requests;
    d.errors += r.errors;
    d.rate_limited += r.rate_limited;
    d.by_class[r.class] = (d.by_class[r.class] ?? 0) + r.requests;
    perDay.set(r.date, d);
    const k = perClass.get(r.class) ?? { class: r.class, ...counts(undefined) };
    k.requests += r.requests;
    k.errors += r.errors;
    k.rate_limited += r.rate_limited;
    perClass.set(r.class, k);
  }

  // Quota use: usage_daily (persisted by the RateLimiter within a minute); today live from the counter.
  const used = new Map<string, number>();
  for (const q of rowsOf<{ date: string; class: string; used: number }>(quota)) {
    used.set(`${q.date}|${q.class}`, q.used);
  }
  const today = utcDay(Date.now());
  if (range.days.includes(today)) {
    const live = await usageToday(env, accountId).catch(() => ({}) as Record<string, number>);
    for (const [cls, n] of Object.entries(live)) used.set(`${today}|${cls}`, n);
  }
  const limits = DAILY_LIMITS[tier] as Record<string, number>;
  const quotaRows = [...used.entries()]
    .map(([k, n]) => {
      const [date, cls] = k.split('|') as [string, string];
      return { date, class: cls, used: n, limit: limits[cls as EndpointClass] ?? 0 };
    })
    .filter((q) => q.used > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.class.localeCompare(b.class));

  return {
    account_id: accountId,
    tier,
    from: range.from,
    to: range.to,
    totals: { ...tc, error_rate: rate(tc.errors, tc.requests) },
    by_day: fillDays(range.days, [...perDay.values()], (date) => ({
      date,
      ...counts(undefined),
      by_class: {},
    })),
    by_class: [...perClass.values()].sort(
      (a, b) => b.requests - a.requests || a.class.localeCompare(b.class),
    ),
    quota: quotaRows,
    errors: rowsOf<{ route: string; method: string; status_class: string; count: number }>(errors),
  };
}

const isAdmin = (p: Principal) => p.role === 'admin' && p.scopes.includes('admin');

export const userRoutes = createRouter().openapi(user, async (c) => {
  const p = principalOf(c);
  const raw = c.req.valid('param').user_id;
  const id = raw === 'me' ? p.accountId : raw;
  const range = resolveRange(c.req.valid('query'));
  let tier = p.tier;
  if (id !== p.accountId) {
    if (!isAdmin(p)) throw notFound('account');
    const account = await getAccount(c.env, id);
    if (!account) throw notFound('account');
    tier = account.tier as (typeof TIERS)[number];
  }
  await fresh(c);
  return c.json(await userReport(c.env, range, id, tier), 200);
});
