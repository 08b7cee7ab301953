// The e-mail channel of the notification queue: each delivery to an organisation is e-mailed to
// its people who have e-mail on for the type. Throwing (the mail server is down) retries the job;
// people already e-mailed for the event are skipped then.
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema.ts';
import type { Channel } from '../notifications/channels.ts';
import { sendEventEmails } from './event-emails.ts';
import type { Mailer } from './mailer.ts';
import { OFFICER_TRANSFERS, officersWantingAllTransfers } from './preferences.ts';

export function emailChannel(mailer: Mailer, publicUrl: string): Channel {
  return {
    name: 'email',
    async deliver(d, { db }) {
      const event = { id: d.eventId, type: d.type, data: d.data };
      if (d.type === OFFICER_TRANSFERS) {
        // Officers are not party to exchanges: they get every transfer by e-mail only if they asked.
        const [org] = await db.select({ role: organisations.role }).from(organisations).where(eq(organisations.id, d.organisationId));
        if (org && org.role !== 'member') {
          const userIds = await officersWantingAllTransfers(db, d.organisationId);
          await sendEventEmails(db, mailer, publicUrl, event, { organisationIds: [], userIds });
          return;
        }
      }
      await sendEventEmails(db, mailer, publicUrl, event, { organisationIds: [d.organisationId] });
    },
  };
}
