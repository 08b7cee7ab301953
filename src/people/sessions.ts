import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { organisations, sessions, users } from '../../db/schema.ts';
import type { Session, User } from '../../schemas/people.ts';
import { hashApiKey as sha256 } from './api-key-secret.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { HttpProblem, unauthorized } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';

export const SESSION_COOKIE = 'rx_session';
export const SESSION_HOURS = 12;
/** After this many failed sign-ins in a row an account is locked for LOCK_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

type UserRow = typeof users.$inferSelect;

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    organisationId: r.organisationId,
    email: r.email,
    name: r.name,
    orgAdmin: r.orgAdmin,
    createdAt: r.createdAt.toISOString(),
  };
}

async function organisationOf(db: Database, id: string) {
  const [organisation] = await db
    .select({ id: organisations.id, name: organisations.name, role: organisations.role })
    .from(organisations)
    .where(eq(organisations.id, id));
  return organisation ?? null;
}

/** Opens a session for a person: the token goes in the cookie, only its hash is stored. */
export async function openSession(db: Database, user: User): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.delete(sessions).where(and(eq(sessions.userId, user.id), lte(sessions.expiresAt, sql`now()`)));
  await db.insert(sessions).values({
    userId: user.id,
    tokenHash: sha256(token),
    csrfToken,
    expiresAt: sql`now() + make_interval(hours => ${SESSION_HOURS})`,
  });
  const organisation = await organisationOf(db, user.organisationId);
  return { token, session: { user, organisation, role: organisation?.role ?? 'member', csrfToken } };
}

// Verifying against this when the email is unknown makes both failures take the same time.
const decoyHash = hashPassword(randomBytes(16).toString('hex'));

const badCredentials = () => unauthorized('The email address or the password is wrong.');

/**
 * Counts a sign-in attempt against the account before its password is checked, so a burst of
 * concurrent guesses cannot all pass a lock-out that is only recorded as each one fails: the
 * attempt that reaches MAX_FAILED_SIGN_INS locks the account, and while it is locked none is
 * counted. A lock that has run out starts the count afresh. One statement, so the row lock
 * serialises concurrent attempts. Null when no unlocked account has this address.
 */
async function reserveSignIn(db: Database, email: string): Promise<UserRow | null> {
  const attempt = sql`CASE WHEN ${users.lockedUntil} IS NULL THEN ${users.failedSignIns} + 1 ELSE 1 END`;
  const [user] = await db
    .update(users)
    .set({
      failedSignIns: attempt,
      lockedUntil: sql`CASE WHEN ${attempt} >= ${MAX_FAILED_SIGN_INS} THEN now() + make_interval(mins => ${LOCK_MINUTES}) END`,
    })
    .where(and(eq(users.email, email), or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`))))
    .returning();
  return user ?? null;
}

/** Checks the password, counting the attempt toward a lock-out first; opens a session on success. */
export async function signIn(db: Database, email: string, password: string) {
  const user = await reserveSignIn(db, email.toLowerCase());
  if (!user) {
    const [existing] = await db
      .select({ lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.email, email.toLowerCase()));
    if (existing?.lockedUntil && existing.lockedUntil > new Date()) throw locked(existing.lockedUntil);
    await verifyPassword(password, await decoyHash);
    throw badCredentials();
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    if (user.lockedUntil) throw locked(user.lockedUntil);
    throw badCredentials();
  }
  return inTransaction(db, async (tx) => {
    // Only when no other attempt was counted after this one: those may still fail, and a lock
    // they set stands even though this person got in.
    await tx
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null })
      .where(and(eq(users.id, user.id), eq(users.failedSignIns, user.failedSignIns)));
    return openSession(tx, toUser(user));
  });
}

function locked(until: Date): HttpProblem {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new HttpProblem(423, `Too many failed sign-ins: this account is locked for ${Math.ceil(seconds / 60)} more minute(s).`, {
    type: 'account-locked',
    headers: { 'retry-after': String(seconds) },
  });
}

/** The principal of a session cookie, with the CSRF token its unsafe requests must carry. */
export async function authenticateSession(
  db: Database,
  token: string,
): Promise<{ principal: Principal; csrfToken: string } | null> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      orgAdmin: users.orgAdmin,
      organisationId: users.organisationId,
      role: organisations.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, sql`now()`)));
  if (!row) return null;
  return {
    principal: {
      organisationId: row.organisationId,
      role: row.role,
      keyId: null,
      userId: row.userId,
      sessionId: row.sessionId,
      orgAdmin: row.orgAdmin,
    },
    csrfToken: row.csrfToken,
  };
}

/** Who the caller is: a person (with the CSRF token of the session) or an API key. */
export async function describeSession(db: Database, p: Principal): Promise<Session> {
  const organisation = p.organisationId ? await organisationOf(db, p.organisationId) : null;
  if (!p.sessionId) return { user: null, organisation, role: p.role, csrfToken: null };
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, p.sessionId));
  return { user: row ? toUser(row.user) : null, organisation, role: p.role, csrfToken: row?.csrfToken ?? null };
}

export async function signOut(db: Database, p: Principal): Promise<void> {
  if (p.sessionId) await db.delete(sessions).where(eq(sessions.id, p.sessionId));
}

/** Changes the password and ends every other session of the person. */
export async function changePassword(db: Database, p: Principal, current: string, next: string): Promise<void> {
  if (!p.userId || !p.sessionId)
    throw new HttpProblem(409, 'Only a signed-in person has a password; API keys are rotated instead.', { type: 'conflict' });
  const [user] = await db.select().from(users).where(eq(users.id, p.userId));
  if (!user || !(await verifyPassword(current, user.passwordHash)))
    throw new HttpProblem(400, 'currentPassword: not your current password', {
      type: 'validation',
      title: 'Invalid request',
      errors: [{ in: 'body', path: 'currentPassword', message: 'not your current password' }],
    });
  const passwordHash = await hashPassword(next);
  await inTransaction(db, async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, p.sessionId as string)));
    await recordAudit(tx, p, 'change-password', { type: 'user', id: user.id }, null, null);
  });
}
