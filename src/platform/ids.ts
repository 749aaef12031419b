/**
 * Prefixed, time-sortable identifiers (TypeID: prefix + "_" + base32 UUIDv7), e.g. acct_01jd4v...
 * Lexicographic order of ids of one prefix is creation order, which keyset pagination relies on.
 */
import { typeid } from 'typeid-js';

export const ID_PREFIXES = {
  account: 'acct',
  apiKey: 'key',
  chart: 'chart',
  webhook: 'wh',
  message: 'msg',
  delivery: 'dlv',
  job: 'job',
  event: 'evt',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return typeid(ID_PREFIXES[kind]).toString();
}

const TYPEID_SUFFIX = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/;

/** True if `id` looks like an id of this kind (cheap shape check before touching storage). */
export function isId(kind: IdKind, id: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;
  return id.startsWith(prefix) && TYPEID_SUFFIX.test(id.slice(prefix.length));
}
