/**
 * API key format, generation and hashing. Pure Web Crypto: runs in workerd and in Node (scripts/start.mjs).
 *
 * Format: `sk_live_` + 30 base62 characters of randomness (≈178 bits) + 6 base62 characters of CRC32
 * over the random part. The checksum lets us reject typos and garbage without any storage lookup
 * (GitHub's token format does the same). Only the SHA-256 hex digest of the whole key is stored; the
 * display `prefix` (the first 4 random characters) is not enough to guess anything.
 */
import { sha256Hex } from './credential-cache';

export const KEY_PREFIX = 'sk_live_';
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
export const KEY_LENGTH = KEY_PREFIX.length + RANDOM_LENGTH + CHECKSUM_LENGTH;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const SCOPES = ['charts:read', 'charts:write', 'readings', 'webhooks', 'keys', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];
/** Scopes a key gets when none are requested. Admin keys also carry "admin". */
export const DEFAULT_SCOPES: Scope[] = ['charts:read', 'charts:write', 'readings', 'webhooks', 'keys'];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function base62Fixed(value: number, width: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < width; i++) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out;
}

function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      // Rejection sampling: 248 = 4 * 62 keeps the distribution uniform.
      if (b < 248 && out.length < length) out += BASE62[b % 62];
    }
  }
  return out;
}

export function generateKey(): string {
  const random = randomBase62(RANDOM_LENGTH);
  return KEY_PREFIX + random + base62Fixed(crc32(random), CHECKSUM_LENGTH);
}

const KEY_SHAPE = new RegExp(`^${KEY_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

/** Shape and checksum check: no storage touched. */
export function isWellFormedKey(key: string): boolean {
  if (key.length !== KEY_LENGTH || !KEY_SHAPE.test(key)) return false;
  const random = key.slice(KEY_PREFIX.length, KEY_PREFIX.length + RANDOM_LENGTH);
  return key.slice(-CHECKSUM_LENGTH) === base62Fixed(crc32(random), CHECKSUM_LENGTH);
}

/** Display prefix shown in listings, e.g. "sk_live_Ab3x". */
export function keyPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 4);
}

/** What D1 stores and auth looks up: the key's SHA-256, hex. */
export const hashKey = sha256Hex;
