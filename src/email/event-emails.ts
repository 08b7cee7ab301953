// E-mails for one event: to each person of the recipient organisations (and any person named
// besides, such as officers who opted in) who has e-mail on for its type. A person already sent
// this event's e-mail is skipped, so a retried event job sends none twice; a failed send throws,
// and the job's retry sends to whoever is left.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { emailsSent, notificationPreferences, users } from '../../db/schema.ts';
import type { Mailer } from './mailer.ts';
import { emailRecipients, type EmailRecipient } from './preferences.ts';
import { renderEventEmail } from './render.ts';
import { serviceKey } from './service-keys.ts';
import { signUnsubscribe } from './unsubscribe-token.ts';

export interface EmailEvent {
  id: string;
  type: string;
  data: unknown;
}

/** Where in the web app an event's item is: its exchange or listing, or the inbox. */
function openLink(publicUrl: string, data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  const id = (v: unknown) => (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : null);
  const exchange = id(d.exchangeId);
  if (exchange) return `${publicUrl}/#/exchanges/${exchange}`;
  const listing = id(d.listingId);
  if (listing) return `${publicUrl}/#/listings/${listing}`;
  return `${publicUrl}/#/notifications`;
}

async function namedRecipients(db: Database, userIds: string[], type: string): Promise<EmailRecipient[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, email: users.email, wants: notificationPreferences.email })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.type, type)))
    .where(inArray(users.id, userIds));
  return rows.filter((r) => r.wants !== false).map(({ userId, email }) => ({ userId, email }));
}

export async function sendEventEmails(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  event: EmailEvent,
  to: { organisationIds: string[]; userIds?: string[] },
): Promise<number> {
  const all = [...(await emailRecipients(db, to.organisationIds, event.type)), ...(await namedRecipients(db, to.userIds ?? [], event.type))];
  const recipients = [...new Map(all.map((r) => [r.userId, r])).values()];
  if (recipients.length === 0) return 0;
  const already = new Set(
    (
      await db
        .select({ userId: emailsSent.userId })
        .from(emailsSent)
        .where(and(eq(emailsSent.eventId, event.id), inArray(emailsSent.userId, recipients.map((r) => r.userId))))
    ).map((r) => r.userId),
  );
  const key = await serviceKey(db, 'unsubscribe');
  let sent = 0;
  for (const r of recipients) {
    if (already.has(r.userId)) continue;
    const token = signUnsubscribe(key, { userId: r.userId, type: event.type });
    const email = renderEventEmail(event.type, event.data, {
      open: openLink(publicUrl, event.data),
      unsubscribe: `${publicUrl}/#/unsubscribe/${token}`,
    });
    await mailer.send({ ...email, to: r.email, unsubscribeUrl: `${publicUrl}/unsubscribe?token=${token}` });
    await db.insert(emailsSent).values({ eventId: event.id, userId: r.userId }).onConflictDoNothing();
    sent++;
  }
  return sent;
}
