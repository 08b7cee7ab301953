import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

/** Appends one audit entry; call it inside the transaction of the write it records. */
export async function recordAudit(
  db: Database,
  p: Principal,
  action: string,
  entity: { type: string; id: string },
  before: unknown,
  after: unknown,
): Promise<void> {
  await db.insert(auditLog).values({
    actorOrganisationId: p.organisationId,
    actorKeyId: p.keyId,
    actorUserId: p.userId,
    action,
    entityType: entity.type,
    entityId: entity.id,
    before: before ?? null,
    after: after ?? null,
  });
}

export async function listAudit(
  db: Database,
  q: { entityType?: string | undefined; entityId?: string | undefined; organisation?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const conditions: (SQL | undefined)[] = [];
  if (q.entityType) conditions.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) conditions.push(eq(auditLog.entityId, q.entityId));
  if (q.organisation) conditions.push(eq(auditLog.actorOrganisationId, q.organisation));
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    conditions.push(or(lt(auditLog.at, new Date(at)), and(eq(auditLog.at, new Date(at)), lt(auditLog.id, id))));
  }
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...r, at: r.at.toISOString() })),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
  };
}
