/** Retention of the delivery log, run by the daily cron (src/index.ts). */
import { and, lt, ne } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookDeliveries } from '../../db/schema';
import type { Env } from '../../env';

/** Days settled deliveries (with their attempts) are kept in the delivery log. */
export const DELIVERY_RETENTION_DAYS = 30;

/**
 * Deletes settled deliveries older than DELIVERY_RETENTION_DAYS (attempts go with them, ON DELETE
 * CASCADE). Meant for the daily cron: `await pruneWebhookDeliveries(env, controller.scheduledTime)`.
 */
export async function pruneWebhookDeliveries(env: Pick<Env, 'DB'>, now: number): Promise<number> {
  const res = await drizzle(env.DB)
    .delete(webhookDeliveries)
    .where(
      and(
        ne(webhookDeliveries.status, 'pending'),
        lt(webhookDeliveries.createdAt, now - DELIVERY_RETENTION_DAYS * 86_400_000),
      ),
    )
    .run();
  return res.meta.changes ?? 0;
}
