/** The account as responses and the `user.registered` event show it. */
import { z } from '@hono/zod-openapi';
import { ROLES, TIERS } from '../db/schema';

export const AccountSchema = z
  .object({
    id: z.string().openapi({ example: 'acct_01jd4v6m0qf3t9r8k2w5x7y1z3' }),
    email: z.string(),
    name: z.string(),
    tier: z.enum(TIERS),
    role: z.enum(ROLES),
    status: z.enum(['active', 'suspended']),
    created_at: z.string().openapi({ example: '2026-01-02T03:04:05Z' }),
  })
  .openapi('Account');
