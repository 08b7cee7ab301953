// Webhook secrets have to stay readable (the service signs with them), so they cannot be hashed
// like API keys. With WEBHOOK_SECRETS_KEY set they are stored AES-256-GCM encrypted, so a copy of
// the database (a backup, a replica, a dump) does not let anyone forge deliveries; without it they
// are stored as they are, and start-up says so.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'enc1';

const keyOf = (passphrase: string) => createHash('sha256').update(passphrase).digest();

export function sealSecret(secret: string, passphrase: string | undefined): string {
  if (!passphrase) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(passphrase), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export class SecretKeyMissing extends Error {
  override name = 'SecretKeyMissing';
}

export function openSecret(stored: string, passphrase: string | undefined): string {
  if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
  const [version, iv, tag, body] = stored.split(':');
  if (version !== VERSION || !iv || !tag || !body) throw new Error('unreadable webhook secret');
  if (!passphrase) throw new SecretKeyMissing('a webhook secret is encrypted but WEBHOOK_SECRETS_KEY is not set');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(passphrase), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
