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
async function firm(name: string, receiver: Receiver, events: string[], role: 'member' | 'officer' = 'member') {
  const org = await createOrganisation(app, role, name);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@firm.example`;
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email } });
  const signedIn = await app.inject({ method: 'POST', url: `/invites/${inv.json().inviteUrl.split('/').pop()}/accept`, payload: { name, password: 'correct horse battery staple' } });
  const hook = await app.inject({ method: 'POST', url: '/webhooks', headers: bearer(org.apiKey), payload: { url: receiver.url, events } });
  if (hook.statusCode !== 201) throw new Error(hook.body);
  return { org, email, secret: hook.json().secret as string, cookie: cookieOf(signedIn), csrf: signedIn.json().csrfToken as string };
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
  const delivery = async () =>
    (await queryRows<{ status: string; attempts: number; event_id: string }>(db, sql`SELECT d.status::text, d.attempts, d.event_id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.organisation_id = ${a.org.id}::uuid`))[0];
  // The worker records the answer after the receiver has sent it: the row may lag the request.
  await waitFor(async () => (await delivery())?.status === 'delivered', { timeoutMs: 30_000 });
  t.match(await delivery(), { status: 'delivered', attempts: 2, event_id: eventId });

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

const sandWant = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' } };
const sandOffer = { kind: 'offer', material: 'foundry-sand', grade: { afsGfn: 55, clayPct: 8 }, quantity: { amount: 100, unit: 't', rate: 'month' } };
const inboxOf = async (org: Org, type: string) =>
  ((await app.inject({ method: 'GET', url: '/notifications', headers: bearer(org.apiKey) })).json().items as { type: string; data: Record<string, unknown> }[]).filter((i) => i.type === type);

t.test('exchange.countered reaches the party whose turn it now is: inbox, e-mail with unsubscribe, webhook', async (t) => {
  const buyerHook = await startReceiver(t);
  const sellerHook = await startReceiver(t);
  const buyer = await firm('Counter Blocks', buyerHook, ['exchange.countered']);
  const seller = await firm('Counter Castings', sellerHook, ['exchange.countered']);
  const want = await listingAt(buyer.org, 'wolverhampton', sandWant);
  const offer = await listingAt(seller.org, 'tipton', sandOffer);
  const proposed = await app.inject({ method: 'POST', url: '/exchanges', headers: bearer(buyer.org.apiKey), payload: { offerId: offer, wantId: want, quantity: { amount: 50, unit: 't', rate: 'month' } } });
  t.equal(proposed.statusCode, 201, proposed.body);
  const exchangeId = proposed.json().id;
  // The want proposed, so it is the offer's turn: the seller counters, and the turn is the buyer's.
  const countered = await app.inject({ method: 'POST', url: `/exchanges/${exchangeId}/counter`, headers: bearer(seller.org.apiKey), payload: { amount: 40, priceGbpPerTonne: 3.5, note: 'Call me on 07700 900123' } });
  t.equal(countered.statusCode, 200, countered.body);
  t.equal(countered.json().turn, 'want');
  await waitFor(async () => (await inboxOf(buyer.org, 'exchange.countered')).length === 1 && buyerHook.received.length === 1 && mailTo(buyer.email).some((m) => m.subject === 'New terms were proposed on an exchange'), { timeoutMs: 90_000 });
  const [item] = await inboxOf(buyer.org, 'exchange.countered');
  t.same(item?.data, {
    exchangeId, status: 'proposed', offerId: offer, wantId: want, material: 'foundry-sand',
    quantity: { amount: 40, unit: 't', rate: 'month' }, by: 'offer', priceGbpPerTonne: 3.5, turn: 'want',
  }, 'the new terms, whose side countered and whose turn it is; the note stays on the exchange');
  t.same(JSON.parse(buyerHook.received[0]!.body).data, item?.data, 'the webhook carries the same data');
  t.ok(verifies(buyer.secret, buyerHook.received[0]!));
  const mail = mailTo(buyer.email).find((m) => m.subject === 'New terms were proposed on an exchange')!;
  t.match(mail.text, 'Quantity: 40 t month');
  t.match(mail.text, 'Price: £3.50 a tonne');
  t.match(mail.text, `#/exchanges/${exchangeId}`);
  t.notMatch(mail.text, /07700|Counter Castings/, 'neither the note nor the other firm');
  const unsubscribe = /#\/unsubscribe\/([\w.-]+)/.exec(mail.text ?? '')?.[1];
  t.ok(unsubscribe, 'an unsubscribe link, as for every type');
  t.same((await app.inject({ method: 'POST', url: `/unsubscribe?token=${unsubscribe}` })).json(), { type: 'exchange.countered', email: false });
  const prefs = await app.inject({ method: 'GET', url: '/users/me/preferences', headers: { cookie: buyer.cookie } });
  t.match(prefs.json().items.find((i: { type: string }) => i.type === 'exchange.countered'), { email: false }, 'turned off for that type');

  t.same(await inboxOf(seller.org, 'exchange.countered'), [], 'the side that countered is not told');
  t.equal(sellerHook.received.length, 0);
});

t.test('transfer.recorded reaches officers who opted in (inbox, e-mail), and no other officer', async (t) => {
  const none = await startReceiver(t);
  const buyer = await firm('Transfer Blocks', none, ['webhook.disabled']);
  const seller = await firm('Transfer Castings', none, ['webhook.disabled']);
  const keen = await firm('Reuse Programme', none, ['webhook.disabled'], 'officer');
  const quiet = await firm('Steel Programme', none, ['webhook.disabled'], 'officer');
  const optIn = await app.inject({ method: 'PATCH', url: '/users/me/preferences', headers: { cookie: keen.cookie, 'x-csrf-token': keen.csrf }, payload: { officerTransfers: true } });
  t.equal(optIn.json().officerTransfers, true, optIn.body);
  const want = await listingAt(buyer.org, 'wolverhampton', sandWant);
  const offer = await listingAt(seller.org, 'tipton', sandOffer);
  const exchangeId = (await app.inject({ method: 'POST', url: '/exchanges', headers: bearer(buyer.org.apiKey), payload: { offerId: offer, wantId: want, quantity: { amount: 50, unit: 't', rate: 'month' } } })).json().id;
  t.equal((await app.inject({ method: 'POST', url: `/exchanges/${exchangeId}/accept`, headers: bearer(seller.org.apiKey), payload: {} })).statusCode, 200);
  const transfer = await app.inject({ method: 'POST', url: `/exchanges/${exchangeId}/transfers`, headers: bearer(buyer.org.apiKey), payload: { date: new Date().toISOString().slice(0, 10), amount: 20, unit: 't' } });
  t.equal(transfer.statusCode, 201, transfer.body);
  // One job per recipient: the officer's and the buyer's items may arrive in either order.
  await waitFor(async () => (await inboxOf(keen.org, 'transfer.recorded')).length === 1 && (await inboxOf(buyer.org, 'transfer.recorded')).length === 1 && mailTo(keen.email).some((m) => m.subject === 'A transfer was recorded'), { timeoutMs: 90_000 });
  const [item] = await inboxOf(keen.org, 'transfer.recorded');
  t.same(item?.data, { exchangeId, transferId: transfer.json().id, date: transfer.json().date, amount: 20, unit: 't', material: 'foundry-sand' }, 'the same data as the parties get');
  t.same((await inboxOf(buyer.org, 'transfer.recorded')).map((i) => i.data), [item?.data], 'the parties are told as before');
  t.same(await inboxOf(quiet.org, 'transfer.recorded'), [], 'an officer organisation where nobody asked gets nothing');
  t.notOk(mailTo(quiet.email).some((m) => m.subject === 'A transfer was recorded'));
  // The officer's inbox item leads to the exchange, which an officer may open.
  t.equal((await app.inject({ method: 'GET', url: `/exchanges/${exchangeId}`, headers: bearer(keen.org.apiKey) })).statusCode, 200);
});
