import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { invites, organisations, users } from '../../db/schema.ts';
import { hashApiKey as sha256 } from './api-key-secret.ts';
import { hashPassword } from './password.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';
import { openSession, toUser } from './sessions.ts';

export const INVITE_DAYS = 7;

/** A programme admin for any organisation; an organisation admin (or key) for its own. */
function mayManage(p: Principal, organisationId: string): void {
  if (p.role === 'admin') return;
  if (p.organisationId !== organisationId) throw notFound('Organisation');
  if (!p.orgAdmin) throw forbidden("Only an organisation's admins may invite or remove its people.");
}

/** A new invitation (replacing any pending one for the same address); returns its token once. */
export async function createInvite(
  db: Database,
  p: Principal,
  organisationId: string,
  input: { email: string; orgAdmin: boolean },
) {
  const email = input.email.toLowerCase();
  const token = randomBytes(32).toString('base64url');
  return inTransaction(db, async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id, role: organisations.role })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    // An officer brings people into the firms it brings in, as it adds them (POST /organisations).
    if (!(p.role === 'officer' && org?.role === 'member')) mayManage(p, organisationId);
    if (!org) throw notFound('Organisation');
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw conflict(`${email} already has an account.`);
    await tx.delete(invites).where(and(eq(invites.email, email), isNull(invites.acceptedAt)));
    const [row] = await tx
      .insert(invites)
      .values({
        organisationId,
        email,
        orgAdmin: input.orgAdmin,
        tokenHash: sha256(token),
        expiresAt: sql`now() + make_interval(days => ${INVITE_DAYS})`,
      })
      .returning();
    if (!row) throw new Error('insert into invites returned no row');
    const invite = {
      id: row.id,
      organisationId,
      email,
      orgAdmin: row.orgAdmin,
      expiresAt: row.expiresAt.toISOString(),
    };
    await recordAudit(tx, p, 'invite', { type: 'invite', id: row.id }, null, invite);
    return { invite, token };
  });
}

const pending = (token: string) =>
  and(eq(invites.tokenHash, sha256(token)), isNull(invites.acceptedAt), gt(invites.expiresAt, sql`now()`));

/** What an invitation is for, so the page that accepts it can say so. */
export async function previewInvite(db: Database, token: string) {
  const [row] = await db
    .select({ email: invites.email, orgAdmin: invites.orgAdmin, expiresAt: invites.expiresAt, organisationName: organisations.name })
    .from(invites)
    .innerJoin(organisations, eq(organisations.id, invites.organisationId))
    .where(pending(token));
  if (!row) throw notFound('Invite (it may have expired or been used)');
  return { ...row, expiresAt: row.expiresAt.toISOString() };
}

/** Creates the person, uses up the invitation and signs them in, all or nothing. */
export async function acceptInvite(db: Database, token: string, input: { name: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const [invite] = await tx.select().from(invites).where(pending(token)).for('update');
    if (!invite) throw notFound('Invite (it may have expired or been used)');
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invite.email));
    if (taken) throw conflict(`${invite.email} already has an account.`);
    const [row] = await tx
      .insert(users)
      .values({ organisationId: invite.organisationId, email: invite.email, name: input.name, passwordHash, orgAdmin: invite.orgAdmin })
      .returning();
    if (!row) throw new Error('insert into users returned no row');
    await tx.update(invites).set({ acceptedAt: sql`now()` }).where(eq(invites.id, invite.id));
    const user = toUser(row);
    const [org] = await tx.select({ role: organisations.role }).from(organisations).where(eq(organisations.id, row.organisationId));
    const actor: Principal = {
      organisationId: row.organisationId,
      role: org?.role ?? 'member',
      keyId: null,
      userId: row.id,
      sessionId: null,
      orgAdmin: row.orgAdmin,
    };
    await recordAudit(tx, actor, 'create', { type: 'user', id: row.id }, null, user);
    return openSession(tx, user);
  });
}

/** The people of an organisation: for the organisation itself, or a programme admin. */
export async function listUsers(db: Database, p: Principal, organisationId: string) {
  if (p.role !== 'admin' && p.organisationId !== organisationId) throw notFound('Organisation');
  const rows = await db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.email));
  return rows.map(toUser);
}

/** Removes a person (their sessions end with them): a programme admin, or their organisation's admins. */
export async function removeUser(db: Database, p: Principal, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!row || (p.role !== 'admin' && p.organisationId !== row.organisationId)) throw notFound('User');
    mayManage(p, row.organisationId);
    await tx.delete(users).where(eq(users.id, id));
    await recordAudit(tx, p, 'delete', { type: 'user', id }, toUser(row), null);
  });
}
