// Who wants which e-mail. The inbox is always on; e-mail is on for every type until a person
// turns it off. Officers also receive transfer.recorded for exchanges they are not party to
// only when they opt in (they would otherwise get every transfer of the region).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { notificationPreferences, organisations, users } from '../../db/schema.ts';
import { type Principal, isOfficer } from '../auth/principal.ts';
import { badRequest, HttpProblem } from '../errors.ts';
import { type NotificationType, notificationTypes } from '../notifications/events.ts';

export const OFFICER_TRANSFERS = 'transfer.recorded';

export interface Preferences {
  items: { type: NotificationType; inbox: true; email: boolean }[];
  officerTransfers: boolean | null;
}

function personOf(p: Principal): string {
  if (!p.userId)
    throw new HttpProblem(409, 'Preferences belong to people who sign in; an API key has none', { type: 'conflict' });
  return p.userId;
}

export async function getPreferences(db: Database, p: Principal): Promise<Preferences> {
  const userId = personOf(p);
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const byType = new Map(rows.map((r) => [r.type, r]));
  return {
    items: notificationTypes.map((type) => ({ type, inbox: true as const, email: byType.get(type)?.email ?? true })),
    officerTransfers: isOfficer(p) ? (byType.get(OFFICER_TRANSFERS)?.optIn ?? false) : null,
  };
}

export async function updatePreferences(
  db: Database,
  p: Principal,
  change: { email?: Partial<Record<NotificationType, boolean>> | undefined; officerTransfers?: boolean | undefined },
): Promise<Preferences> {
  const userId = personOf(p);
  if (change.officerTransfers !== undefined && !isOfficer(p))
    throw badRequest('officerTransfers', 'only programme officers receive transfers of exchanges they are not party to');
  await inTransaction(db, async (tx) => {
    for (const [type, email] of Object.entries(change.email ?? {})) {
      if (email === undefined) continue;
      await tx
        .insert(notificationPreferences)
        .values({ userId, type, email })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type], set: { email, updatedAt: sql`now()` } });
    }
    if (change.officerTransfers !== undefined) {
      const optIn = change.officerTransfers;
      await tx
        .insert(notificationPreferences)
        .values({ userId, type: OFFICER_TRANSFERS, email: true, optIn })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type], set: { optIn, updatedAt: sql`now()` } });
    }
  });
  return getPreferences(db, p);
}

/** Turns one type of e-mail off for one person (the unsubscribe link); unknown people are ignored. */
export async function turnEmailOff(db: Database, userId: string, type: string): Promise<boolean> {
  const [person] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!person) return false;
  await db
    .insert(notificationPreferences)
    .values({ userId, type, email: false })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type], set: { email: false, updatedAt: sql`now()` } });
  return true;
}

export interface EmailRecipient {
  userId: string;
  email: string;
}

/** The people of these organisations who have e-mail on for the type. */
export async function emailRecipients(db: Database, organisationIds: string[], type: string): Promise<EmailRecipient[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.type, type)))
    .where(and(inArray(users.organisationId, organisationIds), sql`coalesce(${notificationPreferences.email}, true)`));
  return rows;
}

/** Officer organisations with at least one person who asked for every transfer.recorded. */
export async function officerOrganisationsWantingAllTransfers(db: Database): Promise<string[]> {
  const rows = await queryRows<{ organisation_id: string }>(
    db,
    sql`SELECT DISTINCT o.id AS organisation_id FROM ${notificationPreferences} p
        JOIN ${users} u ON u.id = p.user_id JOIN ${organisations} o ON o.id = u.organisation_id
        WHERE p.type = ${OFFICER_TRANSFERS} AND p.opt_in AND o.role IN ('officer', 'admin')`,
  );
  return rows.map((r) => r.organisation_id);
}

/** People of officer organisations (of one, when given) who asked for every transfer.recorded. */
export async function officersWantingAllTransfers(db: Database, organisationId?: string): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`SELECT p.user_id FROM ${notificationPreferences} p
        JOIN ${users} u ON u.id = p.user_id JOIN ${organisations} o ON o.id = u.organisation_id
        WHERE p.type = ${OFFICER_TRANSFERS} AND p.opt_in AND o.role IN ('officer', 'admin')
          ${organisationId ? sql`AND o.id = ${organisationId}` : sql``}`,
  );
  return rows.map((r) => r.user_id);
}
