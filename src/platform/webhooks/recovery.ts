/**
 * Recovery of webhook deliveries, run every minute by the sweep cron (src/platform/maintenance.ts): a
 * pending delivery whose attempt is overdue by OVERDUE_MS has lost the message that was to carry it (a
 * consumer killed mid-attempt, whose claim lease then ran out; a send that failed after the fan-out
 * committed; the local queue of `npm start` gone with the process). It gets a fresh message. The consumer
 * claims a delivery before attempting it, so a message that was only late and this one never both send.
 */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookDeliveries } from '../../db/schema';
import type { Env } from '../../env';
import type { WebhookMessage } from './schedule';

/** How late a pending delivery's attempt may be before the sweeper sends it a new message. */
export const OVERDUE_MS = 60_000;
/** Deliveries woken per sweep. */
const SWEEP_LIMIT = 1000;

/** Sends a message for every pending delivery overdue by OVERDUE_MS; returns how many. */
export async function sweepOverdueDeliveries(
  env: Pick<Env, 'DB' | 'WEBHOOK_QUEUE'>,
  now: number,
): Promise<number> {
  const d = webhookDeliveries;
  const cutoff = now - OVERDUE_MS;
  const due = await drizzle(env.DB)
    .select({ id: d.id })
    .from(d)
    .where(
      and(
        eq(d.status, 'pending'),
        or(lte(d.nextAttemptAt, cutoff), and(isNull(d.nextAttemptAt), lte(d.createdAt, cutoff))),
      ),
    )
    .orderBy(d.nextAttemptAt)
    .limit(SWEEP_LIMIT)
    .all();
  for (let i = 0; i < due.length; i += 100) {
    await env.WEBHOOK_QUEUE.sendBatch(
      due.slice(i, i + 100).map((r) => ({
        body: { delivery_id: r.id } satisfies WebhookMessage,
        contentType: 'json' as const,
      })),
    );
  }
  if (due.length > 0)
    console.log(JSON.stringify({ msg: 'webhook sweep: deliveries woken', count: due.length }));
  return due.length;
}
