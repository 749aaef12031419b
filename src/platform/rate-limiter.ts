/**
 * One Durable Object per account serialising its quota counters (DESIGN.md section 5).
 * The counting logic arrives with the rate-limit issue; the class is declared now so that the binding,
 * its SQLite storage migration and the deploy configuration are stable from the first release.
 */
import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../env';

export class RateLimiter extends DurableObject<Env> {}
