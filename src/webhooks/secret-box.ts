// Webhook secrets have to stay readable (the service signs with them), so they cannot be hashed
// like API keys. With WEBHOOK_SECRETS_KEY set they are stored AES-256-GCM encrypted, so a copy of
// the database (a backup, a replica, a dump) does not let anyone forge deliveries; without it they
// are stored as they are, and start-up says so. Keys rotate: a secret is sealed under the newest
// key and opened under any of the keys given (WEBHOOK_SECRETS_KEY_PREVIOUS), newest first.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'enc1';

/** The keys secrets are sealed and opened with: the newest first; empty means none is set. */
export type SecretKeys = readonly string[];

const keyOf = (passphrase: string) => createHash('sha256').update(passphrase).digest();

/** Seals under the newest key, or stores the secret as it is when there is none. */
export function sealSecret(secret: string, keys: SecretKeys): string {
  const [newest] = keys;
  if (!newest) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(newest), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export class SecretKeyMissing extends Error {
  override name = 'SecretKeyMissing';
}

/** Opens a stored secret with whichever of the keys sealed it, and says which (0: the newest). */
export function openSecretWithKey(stored: string, keys: SecretKeys): { secret: string; keyIndex: number | null } {
  if (stored.startsWith('plain:')) return { secret: stored.slice('plain:'.length), keyIndex: null };
  const [version, iv, tag, body] = stored.split(':');
  if (version !== VERSION || !iv || !tag || !body) throw new Error('unreadable webhook secret');
  if (keys.length === 0) throw new SecretKeyMissing('a webhook secret is encrypted but WEBHOOK_SECRETS_KEY is not set');
  for (const [keyIndex, passphrase] of keys.entries()) {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(passphrase), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    try {
      const secret = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
      return { secret, keyIndex };
    } catch {
      // GCM's tag did not verify: another key sealed it.
    }
  }
  throw new Error('a webhook secret was sealed under a key that is neither WEBHOOK_SECRETS_KEY nor in WEBHOOK_SECRETS_KEY_PREVIOUS');
}

export function openSecret(stored: string, keys: SecretKeys): string {
  return openSecretWithKey(stored, keys).secret;
}
