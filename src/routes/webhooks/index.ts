/**
 * Webhook endpoints of the caller's account: create (the secret is shown once), list, get, update,
 * delete, send a test event, list deliveries with their attempts, retry a delivery, rotate the secret.
 * Another account's endpoint or delivery id is a 404, exactly like an unknown one.
 *
 * Operator endpoints: an endpoint of an admin account that lists `user.registered` receives every
 * account's sign-up (email, name; see fanOutEvents). The `webhooks` scope is in every key's defaults, so
 * on an admin account only an admin key (role admin AND the `admin` scope, as requireAdmin) may
 * subscribe an endpoint to `user.registered`, or change the url/events/enabled of, delete, test, rotate
 * the secret of, list the deliveries of, or retry deliveries of an operator endpoint. Other keys get a
 * 403 `admin-required`; they may still list and get it (no payload, no secret) and edit its description.
 * Delivery itself (fan-out, signing, queue, retries) lives in src/platform/webhooks/.
 *
 * Files: schemas.ts (request and response schemas), endpoints.ts (create, list, get, update, delete),
 * deliveries.ts (test, deliveries, retry), secret.ts (rotation), access.ts (ownership and the operator
 * guard), views.ts (rows as JSON).
 */
import { createRouter } from '../../platform/router';
import { deliveryRoutes } from './deliveries';
import { endpointRoutes } from './endpoints';
import { secretRoutes } from './secret';

export const webhookRoutes = createRouter()
  .route('/', endpointRoutes)
  .route('/', deliveryRoutes)
  .route('/', secretRoutes);
