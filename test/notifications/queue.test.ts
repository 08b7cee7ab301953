// The queue's promise: an event is delivered once to the inbox if its transaction commits, and
// never if it rolls back; a retried delivery adds nothing.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { inTransaction, queryRows } from '../../db/client.ts';
import { inboxChannel } from '../../src/notifications/inbox.ts';
import { publishEvent } from '../../src/notifications/publish.ts';
import { insertOrganisation } from '../fixtures.ts';
import { buildTestApp } from '../helper.ts';
import { waitFor } from './wait.ts';

const { app, db } = await buildTestApp(t, { WORKERS: '1', NOTIFY_POLL_SECONDS: '0.5' });
await app.ready();

const inboxOf = (organisationId: string) =>
  queryRows<{ event_id: string; type: string; data: { n: number } }>(
    db,
    sql`SELECT event_id, type, data FROM notifications WHERE organisation_id = ${organisationId}::uuid ORDER BY created_at`,
  );

t.test('a committed event reaches each recipient once; a rolled-back one never', async (t) => {
  const a = await insertOrganisation(db, 'Alpha Foundry');
  const b = await insertOrganisation(db, 'Beta Blocks');
  await inTransaction(db, (tx) => publishEvent(tx, { type: 'listing.expired', organisationIds: [a, b, a], data: { n: 1 } }));
  await t.rejects(
    inTransaction(db, async (tx) => {
      await publishEvent(tx, { type: 'listing.expired', organisationIds: [a], data: { n: 2 } });
      throw new Error('the change failed');
    }),
  );
  await inTransaction(db, (tx) => publishEvent(tx, { type: 'listing.expiring', organisationIds: [b], data: { n: 3 } }));
  await waitFor(async () => (await inboxOf(b)).length === 2);
  // The committed first one has reached b, so the rolled-back one would have had its chance at a.
  const [ofA, ofB] = [await inboxOf(a), await inboxOf(b)];
  t.same(ofA.map((r) => r.data.n), [1], 'a: the committed event, once; nothing of the rolled-back one');
  t.same(ofB.map((r) => r.data.n), [1, 3]);
  t.equal(ofA[0]?.event_id, ofB[0]?.event_id, 'one event id for every recipient');
  const jobs = await queryRows<{ state: string; n: number }>(
    db,
    sql`SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'notification.deliver' GROUP BY state`,
  );
  t.same(jobs, [{ state: 'completed', n: 3 }], 'three jobs (one per event and recipient), all completed');
});

t.test('a delivery retried after it reached the inbox adds nothing', async (t) => {
  const a = await insertOrganisation(db, 'Gamma Metals');
  const delivery = {
    eventId: '9b2f6a52-5c1e-4d8e-9a57-0d2f7d1b7c11',
    type: 'exchange.proposed' as const,
    organisationId: a,
    occurredAt: new Date().toISOString(),
    data: { n: 7 },
  };
  await inboxChannel.deliver(delivery, { db, log: app.log });
  await inboxChannel.deliver(delivery, { db, log: app.log });
  t.same((await inboxOf(a)).map((r) => r.data.n), [7]);
});
