// E-mail and webhooks as channels of the queue: a committed change reaches the organisation's
// webhook (at least once, signed) and its people by e-mail; a rolled-back one reaches nobody; and
// what arrives never carries another firm's confidential fields.
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { inTransaction, queryRows } from '../../db/client.ts';
import { publishEvent } from '../../src/notifications/publish.ts';
import { verifyWebhook } from '../../src/webhooks/signature.ts';
import { PLACES, type Place } from '../fixtures.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from '../helper.ts';
import { type Receiver, startReceiver, status } from './receiver.ts';
import { startSmtpSink } from './smtp-sink.ts';
import { waitFor } from './wait.ts';

const sink = await startSmtpSink(t);
const { app, db } = await buildTestApp(t, { WORKERS: '1', NOTIFY_POLL_SECONDS: '0.5', SMTP_URL: sink.url, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
await app.ready();

type Org = Awaited<ReturnType<typeof createOrganisation>>;

function cookieOf(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'rx_session');
  if (!set) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `rx_session=${set.value}`;
}

/** A firm with one person (signed up through an e-mailed invite) and a webhook for `events`. */
async function firm(name: string, receiver: Receiver, events: string[]) {
  const org = await createOrganisation(app, 'member', name);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@firm.example`;
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email } });
  await app.inject({ method: 'POST', url: `/invites/${inv.json().inviteUrl.split('/').pop()}/accept`, payload: { name, password: 'correct horse battery staple' } }).then(cookieOf);
  const hook = await app.inject({ method: 'POST', url: '/webhooks', headers: bearer(org.apiKey), payload: { url: receiver.url, events } });
  if (hook.statusCode !== 201) throw new Error(hook.body);
  return { org, email, secret: hook.json().secret as string };
}

const mailTo = (address: string) => sink.messages.filter((m) => JSON.stringify(m.to).includes(address));
const verifies = (secret: string, r: Receiver['received'][number]) =>
  verifyWebhook(secret, { id: String(r.headers['webhook-id']), timestamp: String(r.headers['webhook-timestamp']), signature: String(r.headers['webhook-signature']) }, r.body);

t.test('a committed event reaches its organisation by webhook (again after a 500) and e-mail; a rolled-back one nobody', async (t) => {
  const ours = await startReceiver(t);
  const theirs = await startReceiver(t);
  ours.answers.push(status(500));
  const a = await firm('Alpha Foundry', ours, ['exchange.accepted']);
  const b = await firm('Beta Blocks', theirs, ['exchange.accepted']);
  const data = { exchangeId: '6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a001', status: 'accepted' };
  await t.rejects(
    inTransaction(db, async (tx) => {
      await publishEvent(tx, { type: 'exchange.accepted', organisationIds: [a.org.id, b.org.id], data: { ...data, rolledBack: true } });
      throw new Error('the change failed');
    }),
  );
  const eventId = await inTransaction(db, (tx) => publishEvent(tx, { type: 'exchange.accepted', organisationIds: [a.org.id], data }));

  await waitFor(async () => mailTo(a.email).some((m) => m.subject === 'An exchange was accepted'));
  // The first answer was 500: the retry comes after the first backoff (5 s ± 20 %).
  await waitFor(async () => ours.received.length >= 2, { timeoutMs: 30_000 });
  t.ok(ours.received.length >= 2, 'at least once: delivered again after the 500');
  t.equal(new Set(ours.received.map((r) => r.headers['webhook-id'])).size, 1, 'one webhook-id for the event');
  t.ok(ours.received.every((r) => verifies(a.secret, r)), 'every attempt is signed with the secret');
  t.same(JSON.parse(ours.received[0]!.body).data, data);
  const [row] = await queryRows<{ status: string; attempts: number; event_id: string }>(db, sql`SELECT d.status::text, d.attempts, d.event_id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.organisation_id = ${a.org.id}::uuid`);
  t.match(row, { status: 'delivered', attempts: 2, event_id: eventId });

  t.equal(theirs.received.length, 0, 'the other firm’s webhook got nothing');
  t.equal(mailTo(b.email).filter((m) => m.subject !== undefined && !m.subject.startsWith('You are invited')).length, 0, 'nor its people');
  t.notOk(ours.received.some((r) => r.body.includes('rolledBack')), 'nothing of the rolled-back change');
  t.notOk(sink.messages.some((m) => m.text?.includes('rolledBack')));
});

async function listingAt(org: Org, place: Place, body: Record<string, unknown>): Promise<string> {
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(org.apiKey),
    payload: { name: `${place} works`, location: { type: 'Point', coordinates: PLACES[place] }, address: '1 Secret Lane', postcode: 'DY4 7XX' },
  });
  const res = await app.inject({ method: 'POST', url: '/listings', headers: bearer(org.apiKey), payload: { siteId: site.json().id, maxHaulKm: 60, ...body } });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

t.test("match.found by webhook and e-mail carries none of the other firm's confidential fields", async (t) => {
  const buyerHook = await startReceiver(t);
  const sellerHook = await startReceiver(t);
  const buyer = await firm('Wolves Blocks', buyerHook, ['match.found']);
  const seller = await firm('Tipton Castings Secret Ltd', sellerHook, ['match.found']);
  await listingAt(buyer.org, 'wolverhampton', { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' } });
  const offer = await listingAt(seller.org, 'tipton', { kind: 'offer', material: 'foundry-sand', grade: { afsGfn: 55, clayPct: 8 }, quantity: { amount: 100, unit: 't', rate: 'month' } });
  await waitFor(async () => buyerHook.received.length > 0 && mailTo(buyer.email).some((m) => m.subject === 'A new match for your listing'));
  const body = buyerHook.received[0]!.body;
  t.match(JSON.parse(body), { type: 'match.found', data: { match: { listing: { id: offer } } } });
  const [lon, lat] = PLACES.tipton;
  const mail = mailTo(buyer.email).find((m) => m.subject === 'A new match for your listing')!;
  for (const [what, text] of [['webhook', body], ['e-mail text', mail.text ?? ''], ['e-mail HTML', String(mail.html)]] as const) {
    t.notMatch(text, /Tipton Castings Secret|tipton\.castings|Secret Lane|DY4 7XX/, `${what}: no name, contact or address of the seller`);
    t.notMatch(text, String(lon), `${what}: not the seller's exact longitude`);
    t.notMatch(text, String(lat), `${what}: not the seller's exact latitude`);
  }
});
