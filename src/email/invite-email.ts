import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';
import type { Mailer } from './mailer.ts';
import { renderInviteEmail } from './render.ts';

/** E-mails an invitation's link to the person invited. */
export async function emailInvite(db: Database, mailer: Mailer, invite: { email: string; organisationId: string }, inviteUrl: string) {
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, invite.organisationId));
  await mailer.send({ ...renderInviteEmail(org?.name ?? 'an organisation', inviteUrl), to: invite.email });
}
