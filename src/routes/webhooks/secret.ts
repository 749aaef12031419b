/** Rotating an endpoint's signing secret (the previous one keeps signing for 24 h). */
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../../db/schema';
import { principalOf, requireScope } from '../../platform/auth';
import { AUTHED_ERRORS, errorResponses } from '../../platform/openapi';
import { createRouter } from '../../platform/router';
import { generateSecret, ROTATION_OVERLAP_MS } from '../../platform/webhooks';
import { guardOperator, onFreshEndpoint } from './access';
import { IdParam, OPERATOR_NOTE, tags, withSecretContent } from './schemas';
import { type EndpointRow, webhookJson } from './views';

const scope = requireScope('webhooks');

const rotate = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  tags,
  summary: 'Rotate the signing secret',
  description:
    'Issues a new secret (returned once). For 24 hours the previous secret keeps signing too: each ' +
    'request carries both signatures, space-separated, so receivers can switch without dropping events. ' +
    `${OPERATOR_NOTE} rotate the secret of one (403 \`admin-required\`).`,
  middleware: [scope] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The endpoint with its new secret.', content: withSecretContent },
    ...errorResponses(...AUTHED_ERRORS, 404),
  },
});

export const secretRoutes = createRouter().openapi(rotate, async (c) => {
  const p = principalOf(c);
  const id = c.req.valid('param').id;
  const db = drizzle(c.env.DB);
  // The update is conditional on the secret read, so the previous secret it keeps is the one that was
  // current: a rotation that ran in between makes it miss, and this one is redone on top of it (read
  // again), keeping that rotation's secret as the previous one.
  const busy = 'The secret is being rotated by other requests.';
  return onFreshEndpoint(c.env, p.accountId, id, busy, async (row) => {
    await guardOperator(c.env, p, row, 'rotate its secret');
    const now = Date.now();
    const secret = generateSecret();
    let after: EndpointRow | undefined;
    try {
      after = await db
        .update(webhookEndpoints)
        .set({
          secret,
          previousSecret: row.secret,
          previousSecretExpiresAt: now + ROTATION_OVERLAP_MS,
          updatedAt: now,
        })
        .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, row.secret)))
        .returning()
        .get();
    } catch (err) {
      // D1 may have committed the rotation and lost the answer: answered 503, the caller would never see
      // the new secret, and its retry would rotate again. Recover forward: if the row holds the secret
      // generated here, the rotation happened: answer it. If D1 is still down for that read, put the
      // secrets back as read, best effort, only while the row still holds the one generated here (so a
      // later rotation or edit is never undone).
      const found = await db
        .select()
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, secret)))
        .get()
        .catch(() => 'unknown' as const);
      if (found && found !== 'unknown') return c.json({ ...webhookJson(found, now), secret }, 200);
      if (found === 'unknown') {
        await db
          .update(webhookEndpoints)
          .set({
            secret: row.secret,
            previousSecret: row.previousSecret,
            previousSecretExpiresAt: row.previousSecretExpiresAt,
            updatedAt: row.updatedAt,
          })
          .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, secret)))
          .run()
          .catch(() => undefined);
      }
      throw err;
    }
    return after && c.json({ ...webhookJson(after, now), secret }, 200);
  });
});
