/**
 * Prefixed, time-sortable identifiers (TypeID: prefix + "_" + base32 UUIDv7), e.g. acct_01jd4v...
 * Lexicographic order of ids of one prefix is creation order, which keyset pagination relies on.
 */
import { TypeID, typeid } from 'typeid-js';

export const ID_PREFIXES = {
  account: 'acct',
  apiKey: 'key',
  chart: 'chart',
  webhook: 'wh',
  message: 'msg',
  delivery: 'dlv',
  job: 'job',
  event: 'evt',
  calendar: 'cal',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return typeid(ID_PREFIXES[kind]).toString();
}

/**
 * A deterministic id of `kind`, derived from an outside key (a Stripe event id): the same key always gives
 * the same id, so a step re-run after a lost answer (a Stripe retry) publishes the same event, which the
 * event log (which ignores an id it holds) and the webhook fan-out (message id derived from it) then keep once.
 * Shaped like newId's: the TypeID of a valid UUIDv7 whose 48-bit timestamp is `atMs` (the outside
 * object's creation time, so derived ids still sort roughly by time) and whose 74 "random" bits are the
 * first bits of SHA-256(kind + key). isId accepts it.
 */
export async function derivedId(kind: IdKind, key: string, atMs: number): Promise<string> {
  const hash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${kind}:${key}`)),
  );
  const bytes = new Uint8Array(16);
  const ms = Number.isFinite(atMs) ? Math.min(2 ** 48 - 1, Math.max(0, Math.floor(atMs))) : 0;
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) % 256;
  bytes.set(hash.subarray(0, 10), 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f); // version 7
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f); // RFC 9562 variant
  return TypeID.fromUUIDBytes(ID_PREFIXES[kind], bytes).toString();
}

const TYPEID_SUFFIX = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/;

/** True if `id` looks like an id of this kind (cheap shape check before touching storage). */
export function isId(kind: IdKind, id: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;
  return id.startsWith(prefix) && TYPEID_SUFFIX.test(id.slice(prefix.length));
}
