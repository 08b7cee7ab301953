import { createHash, timingSafeEqual } from 'node:crypto';

// Keys look like rx_<8 hex>_<43 base64url>: the first part is public (shown in listings of keys,
// used for lookup), the second carries 256 random bits. Only a SHA-256 of the whole key is
// stored: with that much entropy a slow password hash would add latency and no protection.
const KEY_PATTERN = /^(rx_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export function composeApiKey(prefixBytes: Buffer, secretBytes: Buffer): { key: string; prefix: string } {
  const prefix = `rx_${prefixBytes.subarray(0, 4).toString('hex')}`;
  return { key: `${prefix}_${secretBytes.subarray(0, 32).toString('base64url')}`, prefix };
}

/** The public prefix of a well-formed key, or null for anything else. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Compares in constant time, whatever the lengths of the inputs. */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
