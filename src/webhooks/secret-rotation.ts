// After WEBHOOK_SECRETS_KEY changes (the old key moved to WEBHOOK_SECRETS_KEY_PREVIOUS), every
// stored secret not sealed under the newest key is sealed again under it, at start-up, so the old
// key can be dropped once every instance has run. Secrets stored as they are (no key was set)
// are sealed too once a key is set.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { openSecretWithKey, type SecretKeys, sealSecret } from './secret-box.ts';

export interface ResealOutcome {
  /** Sealed again under the newest key. */
  resealed: number;
  /** Sealed under no key given: their deliveries fail until that key is given again. */
  unreadable: number;
}

/**
 * Reseals each secret not sealed under the newest key. Safe in several processes at once: a row
 * is only written if it still holds what was read, so two instances never undo each other.
 */
export async function resealWebhookSecrets(db: Database, keys: SecretKeys): Promise<ResealOutcome> {
  const outcome: ResealOutcome = { resealed: 0, unreadable: 0 };
  if (keys.length === 0) return outcome; // nothing to seal with: secrets stay as they are
  const rows = await queryRows<{ id: string; secret: string }>(db, sql`SELECT id, secret FROM webhooks`);
  for (const row of rows) {
    let opened: ReturnType<typeof openSecretWithKey>;
    try {
      opened = openSecretWithKey(row.secret, keys);
    } catch {
      outcome.unreadable++;
      continue;
    }
    if (opened.keyIndex === 0) continue;
    const written = await queryRows<{ id: string }>(
      db,
      sql`UPDATE webhooks SET secret = ${sealSecret(opened.secret, keys)}
          WHERE id = ${row.id}::uuid AND secret = ${row.secret} RETURNING id`,
    );
    outcome.resealed += written.length;
  }
  return outcome;
}
