import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { apiKeys, organisations } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import { issueApiKey } from './api-keys.ts';
import { type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';

type KeyRow = typeof apiKeys.$inferSelect;
const isAdmin = (p: Principal) => p.role === 'admin';

function toKey(r: KeyRow) {
  return {
    id: r.id,
    organisationId: r.organisationId,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

async function organisationExists(db: Database, id: string) {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('Organisation');
}

export async function createKey(db: Database, p: Principal, organisationId: string, name: string) {
  return inTransaction(db, async (tx) => {
    await organisationExists(tx, organisationId);
    const issued = await issueApiKey(tx, organisationId, name);
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, issued.id));
    const key = toKey(row as KeyRow);
    await recordAudit(tx, p, 'create', { type: 'api-key', id: key.id }, null, key);
    return { ...key, apiKey: issued.key };
  });
}

/** An organisation's keys, for an admin or the organisation itself; never a hash. */
export async function listKeys(db: Database, p: Principal, organisationId: string) {
  if (!isAdmin(p) && p.organisationId !== organisationId) throw notFound('Organisation');
  await organisationExists(db, organisationId);
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.organisationId, organisationId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toKey);
}

/** Revokes at once: the next request with the key is refused. Revoking twice is harmless. */
export async function revokeKey(db: Database, p: Principal, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!row || (!isAdmin(p) && row.organisationId !== p.organisationId)) throw notFound('API key');
    if (row.revokedAt) return;
    const [after] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    await recordAudit(tx, p, 'revoke', { type: 'api-key', id }, toKey(row), after ? toKey(after) : null);
  });
}
