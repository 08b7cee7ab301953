import { eq, sql } from 'drizzle-orm';
import t from 'tap';
import { exchanges } from '../db/schema.ts';
import { insertListing } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

async function parties() {
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const buyer = await createOrganisation(app, 'member', 'Brum Blocks');
  const offerId = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    quantityAmount: 100,
    quantityRate: 'one-off',
  });
  const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'silica-sand' });
  return { seller, buyer, offerId, wantId };
}

const post = (url: string, key: string, payload?: object) =>
  app.inject({ method: 'POST', url, headers: bearer(key), ...(payload ? { payload } : {}) });

t.test('propose, accept: both sides, then contacts and exact sites are disclosed', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const proposed = await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 60, unit: 't' } });
  t.equal(proposed.statusCode, 201);
  const ex = proposed.json();
  t.match(ex, { status: 'proposed', offerAccepted: true, wantAccepted: false, brokered: false, parties: null });
  t.match(ex, { material: 'foundry-sand', yourSide: 'offer' }, "the offer's material, and which side the caller is on");
  t.match(ex.quantity, { amount: 60, unit: 't', rate: 'one-off' }, 'foundry sand offered, silica sand wanted: a substitute');

  const asBuyerBefore = await app.inject({ method: 'GET', url: `/exchanges/${ex.id}`, headers: bearer(buyer.apiKey) });
  t.equal(asBuyerBefore.json().parties, null, 'no contact details before acceptance');
  t.equal(asBuyerBefore.json().yourSide, 'want');

  const again = await post(`/exchanges/${ex.id}/accept`, seller.apiKey);
  t.equal(again.statusCode, 409, 'the proposer has accepted already');

  const accepted = await post(`/exchanges/${ex.id}/accept`, buyer.apiKey);
  t.equal(accepted.statusCode, 200);
  const body = accepted.json();
  t.equal(body.status, 'accepted');
  t.equal(body.parties.offer.organisation.name, 'Tipton Castings');
  t.equal(body.parties.want.organisation.name, 'Brum Blocks');
  t.same(body.parties.offer.site.location.coordinates, [-2.0662, 52.5294], 'exact site');
  t.same(
    body.events.map((e: { action: string; toStatus: string }) => [e.action, e.toStatus]),
    [
      ['propose', 'proposed'],
      ['accept', 'accepted'],
    ],
  );

  const completed = await post(`/exchanges/${ex.id}/complete`, buyer.apiKey);
  t.equal(completed.json().status, 'completed');
  t.equal((await post(`/exchanges/${ex.id}/cancel`, seller.apiKey)).statusCode, 409, 'completed is final');
});

t.test('others see nothing; officers broker, and each party accepts its own side', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const stranger = await createOrganisation(app, 'member');
  const officer = await createOrganisation(app, 'officer');
  const byStranger = await post('/exchanges', stranger.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } });
  t.equal(byStranger.statusCode, 404);

  const brokered = await post('/exchanges', officer.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } });
  t.equal(brokered.statusCode, 201);
  const ex = brokered.json();
  t.match(ex, { brokered: true, offerAccepted: false, wantAccepted: false });
  t.ok(ex.parties, 'officers always see the parties');
  t.equal((await app.inject({ method: 'GET', url: `/exchanges/${ex.id}`, headers: bearer(stranger.apiKey) })).statusCode, 404);
  t.equal((await post(`/exchanges/${ex.id}/accept`, officer.apiKey)).statusCode, 409, 'an officer cannot accept');
  t.equal((await post(`/exchanges/${ex.id}/accept`, seller.apiKey)).json().status, 'proposed');
  t.equal((await post(`/exchanges/${ex.id}/accept`, buyer.apiKey)).json().status, 'accepted');

  const list = await app.inject({ method: 'GET', url: '/exchanges', headers: bearer(stranger.apiKey) });
  t.same(list.json().items, [], "a stranger's list is empty");
  const officerList = await app.inject({ method: 'GET', url: '/exchanges?status=accepted', headers: bearer(officer.apiKey) });
  t.equal(officerList.json().items.length, 1);
});

t.test('decline keeps the reason; "other" needs a note', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const ex = (await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } })).json();
  const vague = await post(`/exchanges/${ex.id}/decline`, buyer.apiKey, { reason: 'other' });
  t.equal(vague.statusCode, 400);
  t.match(vague.json().errors, [{ path: 'note' }]);
  t.equal((await post(`/exchanges/${ex.id}/decline`, seller.apiKey, { reason: 'price' })).statusCode, 409, 'the proposer cancels instead');
  const declined = await post(`/exchanges/${ex.id}/decline`, buyer.apiKey, { reason: 'grade', note: 'LOI too high' });
  t.equal(declined.statusCode, 200);
  t.match(declined.json(), { status: 'declined', decline: { reason: 'grade', note: 'LOI too high' } });
});

t.test('bad proposals are refused, naming the field', async (t) => {
  const { seller, offerId, wantId } = await parties();
  const wrongUnit = await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 'm3' } });
  t.match(wrongUnit.json(), { status: 400, errors: [{ path: 'quantity.unit' }] });
  const wrongRate = await post('/exchanges', seller.apiKey, {
    offerId,
    wantId,
    quantity: { amount: 10, unit: 't', rate: 'month' },
  });
  t.match(wrongRate.json(), { status: 400, errors: [{ path: 'quantity.rate' }] });
  const swapped = await post('/exchanges', seller.apiKey, { offerId: wantId, wantId: offerId, quantity: { amount: 1, unit: 't' } });
  t.match(swapped.json(), { status: 400, errors: [{ path: 'offerId' }] });
  const keyed = (amount: number) =>
    app.inject({
      method: 'POST',
      url: '/exchanges',
      headers: { ...bearer(seller.apiKey), 'idempotency-key': 'proposal-1' },
      payload: { offerId, wantId, quantity: { amount, unit: 't' } },
    });
  const firstTry = await keyed(2);
  t.equal((await keyed(2)).json().id, firstTry.json().id, 'a retried proposal is one exchange');
  t.equal((await keyed(3)).statusCode, 422, 'the same key with another body');
  const tooMuch = await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 101, unit: 't' } });
  t.equal(tooMuch.statusCode, 409);
  t.match(tooMuch.json(), { remaining: 100, requested: 101, unit: 't', basis: 'lot' });
  const soil = await insertListing(db, (await createOrganisation(app)).id, 'wolverhampton', { kind: 'want', materialCode: 'soil' });
  const incompatible = await post('/exchanges', seller.apiKey, { offerId, wantId: soil, quantity: { amount: 1, unit: 't' } });
  t.match(incompatible.json(), { status: 400, errors: [{ path: 'wantId' }] });
  const expiredOffer = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    expiresAt: new Date(Date.now() - 1000),
  });
  const expired = await post('/exchanges', seller.apiKey, {
    offerId: expiredOffer,
    wantId,
    quantity: { amount: 1, unit: 't', rate: 'month' },
  });
  t.equal(expired.statusCode, 409);
});

t.test('before acceptance neither side learns who the other is, nor what the offer has left', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const ex = (await post('/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } })).json();
  const more = (await post('/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 95, unit: 't' } })).json();
  const fromSeller = (await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 95, unit: 't' } })).json();
  const asSeller = (await app.inject({ method: 'GET', url: `/exchanges/${ex.id}`, headers: bearer(seller.apiKey) })).json();
  t.same(asSeller.events.map((e: { actorOrganisationId: string | null }) => e.actorOrganisationId), [null], "the buyer's proposal, unnamed");
  t.notMatch(JSON.stringify(asSeller), buyer.id, "the buyer's id appears nowhere");
  const asBuyer = (await app.inject({ method: 'GET', url: `/exchanges/${ex.id}`, headers: bearer(buyer.apiKey) })).json();
  t.equal(asBuyer.events[0].actorOrganisationId, buyer.id, 'one sees its own acts');
  const accepted = (await post(`/exchanges/${ex.id}/accept`, seller.apiKey)).json();
  t.same(
    accepted.events.map((e: { actorOrganisationId: string }) => e.actorOrganisationId),
    [buyer.id, seller.id],
    'named once accepted',
  );

  // 10 of the 100 t are now reserved: asking for 95 is refused, and only the offer's owner and
  // officers are told that 90 t are left.
  const bySeller = await post(`/exchanges/${more.id}/accept`, seller.apiKey);
  t.match(bySeller.json(), { status: 409, remaining: 90, requested: 95 }, 'the offer owner is told what is left');
  const officer = await createOrganisation(app, 'officer');
  const brokered = await post('/exchanges', officer.apiKey, { offerId, wantId, quantity: { amount: 95, unit: 't' } });
  t.match(brokered.json(), { status: 409, remaining: 90 }, 'officers are told');
  for (const refusal of [
    await post(`/exchanges/${fromSeller.id}/accept`, buyer.apiKey),
    await post('/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 95, unit: 't' } }),
  ]) {
    t.match(refusal.json(), { status: 409, requested: 95 });
    t.notOk('remaining' in refusal.json(), 'the other side is not');
    t.notMatch(refusal.json().detail, /\b90\b/);
  }
});

t.test("another firm's listing it may not see answers exactly as an unknown id", async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const draftOffer = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', status: 'draft' });
  const expiredOffer = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    expiresAt: new Date(Date.now() - 1000),
  });
  const draftWant = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'silica-sand', status: 'draft' });
  const unknown = '00000000-0000-4000-8000-000000000000';
  const quantity = { amount: 1, unit: 't' };
  const strip = (r: { statusCode: number; json: () => Record<string, unknown> }) => {
    const body = r.json();
    delete body.requestId;
    return { status: r.statusCode, body };
  };
  const asUnknownOffer = strip(await post('/exchanges', buyer.apiKey, { offerId: unknown, wantId, quantity }));
  t.equal(asUnknownOffer.status, 400);
  for (const hidden of [draftOffer, expiredOffer])
    t.same(strip(await post('/exchanges', buyer.apiKey, { offerId: hidden, wantId, quantity })), asUnknownOffer);
  const asUnknownWant = strip(await post('/exchanges', seller.apiKey, { offerId, wantId: unknown, quantity }));
  t.same(strip(await post('/exchanges', seller.apiKey, { offerId, wantId: draftWant, quantity })), asUnknownWant);
  const own = await post('/exchanges', seller.apiKey, { offerId: draftOffer, wantId, quantity });
  t.equal(own.statusCode, 409, 'its own draft: the owner is told why');
});

t.test('accepting never reserves more than the offer has, even all at once', async (t) => {
  const seller = await createOrganisation(app, 'member', 'Flow Foundry');
  // 100 t a month = 1200 t a year; ten buyers each want 200 t a year: only six fit.
  const offerId = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const buyer = await createOrganisation(app, 'member');
    const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
    const res = await post('/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 200, unit: 't', rate: 'year' } });
    t.equal(res.statusCode, 201);
    ids.push(res.json().id);
  }
  const results = await Promise.all(ids.map((id) => post(`/exchanges/${id}/accept`, seller.apiKey)));
  const codes = results.map((r) => r.statusCode).sort();
  t.same(codes, [200, 200, 200, 200, 200, 200, 409, 409, 409, 409]);
  const refusal = results.find((r) => r.statusCode === 409)?.json();
  t.match(refusal, { type: 'urn:reuse-exchange:problem:conflict', remaining: 0, requested: 200, basis: 'year' });
  const reserved = await db.select().from(exchanges).where(eq(exchanges.offerId, offerId));
  const held = reserved.filter((e) => e.status === 'accepted').reduce((s, e) => s + e.quantityAmount, 0);
  t.equal(held, 1200, 'exactly the offer, never more');
});

t.test('transfers may not pass the agreed quantity by more than 10 %, corrections included', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const ex = (await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } })).json();
  await post(`/exchanges/${ex.id}/accept`, buyer.apiKey);
  const url = `/exchanges/${ex.id}/transfers`;
  const huge = await post(url, buyer.apiKey, { date: '2026-01-10', amount: 1e9, unit: 't' });
  t.equal(huge.statusCode, 409, '1e9 t on a 10 t one-off');
  t.match(huge.json(), { errors: [{ in: 'body', path: 'amount' }], agreed: 10, remaining: 11, unit: 't' });
  t.match(huge.json().detail, /at most 11 t more/);

  const first = (await post(url, buyer.apiKey, { date: '2026-01-10', amount: 8, unit: 't' })).json();
  t.equal((await post(url, buyer.apiKey, { date: '2026-01-11', amount: 3.5, unit: 't' })).statusCode, 409, '11.5 t > 11 t');
  t.match((await post(url, buyer.apiKey, { date: '2026-01-11', amount: 3.5, unit: 't' })).json(), { remaining: 3 });
  t.equal((await post(url, buyer.apiKey, { date: '2026-01-11', amount: 3, unit: 't' })).statusCode, 201, 'exactly 10 % over');
  const lower = await post(url, seller.apiKey, { date: '2026-01-10', amount: 6, unit: 't', corrects: first.id });
  t.equal(lower.statusCode, 201, 'a correction replaces what it corrects: 6 + 3');
  const raise = await post(url, seller.apiKey, { date: '2026-01-10', amount: 8.5, unit: 't', corrects: lower.json().id });
  t.equal(raise.statusCode, 409, 'correcting 6 to 8.5 would make 11.5');
  t.match(raise.json(), { remaining: 8 });

  // Concurrent transfers are summed one after another under the exchange's lock.
  const flow = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', quantityRate: 'one-off' });
  const ex2 = (await post('/exchanges', seller.apiKey, { offerId: flow, wantId, quantity: { amount: 10, unit: 't' } })).json();
  await post(`/exchanges/${ex2.id}/accept`, buyer.apiKey);
  const results = await Promise.all(
    Array.from({ length: 6 }, () => post(`/exchanges/${ex2.id}/transfers`, seller.apiKey, { date: '2026-01-10', amount: 4, unit: 't' })),
  );
  t.same(results.map((r) => r.statusCode).sort(), [201, 201, 409, 409, 409, 409], '8 t fits in 11; 12 would not');
});

t.test('a flow allows its rate for each period begun since acceptance', async (t) => {
  const seller = await createOrganisation(app);
  const buyer = await createOrganisation(app);
  const offerId = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  const ex = (await post('/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 20, unit: 't', rate: 'month' } })).json();
  await post(`/exchanges/${ex.id}/accept`, seller.apiKey);
  const url = `/exchanges/${ex.id}/transfers`;
  t.equal((await post(url, buyer.apiKey, { date: '2026-01-10', amount: 20, unit: 't' })).statusCode, 201);
  const over = await post(url, buyer.apiKey, { date: '2026-01-10', amount: 3, unit: 't' });
  t.match(over.json(), { status: 409, agreed: 20, remaining: 2 }, 'accepted today: the first month, + 10 %');
  // Accepted 40 days ago: a second month has begun.
  await db.execute(sql`UPDATE exchange_events SET at = now() - interval '40 days' WHERE exchange_id = ${ex.id}`);
  t.equal((await post(url, buyer.apiKey, { date: '2026-01-10', amount: 20, unit: 't' })).statusCode, 201);
  t.match((await post(url, buyer.apiKey, { date: '2026-01-10', amount: 5, unit: 't' })).json(), { agreed: 40, remaining: 4 });
});

t.test('a transfer dated after today (UK time) is refused, naming date', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const ex = (await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 10, unit: 't' } })).json();
  await post(`/exchanges/${ex.id}/accept`, buyer.apiKey);
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const future = await post(`/exchanges/${ex.id}/transfers`, buyer.apiKey, { date: tomorrow, amount: 1, unit: 't' });
  t.match(future.json(), { status: 400, errors: [{ path: 'date' }] });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  t.equal((await post(`/exchanges/${ex.id}/transfers`, buyer.apiKey, { date: today, amount: 1, unit: 't' })).statusCode, 201);
});

t.test('transfers: realised savings kept with each, the exchange becomes active, corrections are new entries', async (t) => {
  const { seller, buyer, offerId, wantId } = await parties();
  const ex = (await post('/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 60, unit: 't' } })).json();
  const early = await post(`/exchanges/${ex.id}/transfers`, seller.apiKey, { date: '2025-06-01', amount: 10, unit: 't' });
  t.equal(early.statusCode, 409, 'not before the exchange is accepted');
  await post(`/exchanges/${ex.id}/accept`, buyer.apiKey);

  const first = await post(`/exchanges/${ex.id}/transfers`, buyer.apiKey, {
    date: '2025-06-01',
    amount: 10,
    unit: 't',
    haulKm: 20,
    note: 'ticket 1',
  });
  t.equal(first.statusCode, 201);
  const transfer = first.json();
  // 10 t of foundry sand, lower band 2025-26: 10 × 4.05 + 10 × 26 − 10 × 20 × 0.11 = 40.5 + 260 − 22
  t.ok(Math.abs(transfer.savings.totals.costSavedGbp - 278.5) < 1e-9, `cost ${transfer.savings.totals.costSavedGbp}`);
  // 10 × 1.26338 + 10 × 5.58306 − 10 × 20 × 0.10163 = 12.6338 + 55.8306 − 20.326
  t.ok(Math.abs(transfer.savings.totals.co2eAvoidedKg - 48.1384) < 1e-9);
  t.equal(transfer.savings.taxYear, '2025-26');
  t.equal(transfer.savings.factorSet.id, 'uk-2025');
  const exchange = (await app.inject({ method: 'GET', url: `/exchanges/${ex.id}`, headers: bearer(seller.apiKey) })).json();
  t.equal(exchange.status, 'active', 'the first transfer starts the exchange');

  const byRoadDefault = (
    await post(`/exchanges/${ex.id}/transfers`, seller.apiKey, { date: '2026-04-01', amount: 5, unit: 't' })
  ).json();
  t.ok(byRoadDefault.savings.roadKm > 17 && byRoadDefault.savings.roadKm < 18.5, 'sites ~12.7 km apart × 1.4');
  t.equal(byRoadDefault.savings.taxYear, '2026-27', 'the rates of its own date');

  const fix = await post(`/exchanges/${ex.id}/transfers`, seller.apiKey, {
    date: '2025-06-01',
    amount: 12,
    unit: 't',
    haulKm: 20,
    corrects: transfer.id,
  });
  t.equal(fix.statusCode, 201);
  const twice = await post(`/exchanges/${ex.id}/transfers`, seller.apiKey, {
    date: '2025-06-01',
    amount: 11,
    unit: 't',
    corrects: transfer.id,
  });
  t.equal(twice.statusCode, 409, 'a transfer is corrected once; correct the correction instead');
  const list = (await app.inject({ method: 'GET', url: `/exchanges/${ex.id}/transfers`, headers: bearer(buyer.apiKey) })).json();
  t.equal(list.items.length, 3);
  t.equal(list.items.find((x: { id: string }) => x.id === transfer.id).correctedBy, fix.json().id);

  const wrongUnit = await post(`/exchanges/${ex.id}/transfers`, seller.apiKey, { date: '2025-06-01', amount: 1, unit: 'm3' });
  t.match(wrongUnit.json(), { status: 400, errors: [{ path: 'unit' }] });
  const stranger = await createOrganisation(app);
  t.equal((await post(`/exchanges/${ex.id}/transfers`, stranger.apiKey, { date: '2025-06-01', amount: 1, unit: 't' })).statusCode, 404);
  const key = { 'idempotency-key': 'ticket-77' };
  const body = { date: '2025-06-02', amount: 3, unit: 't' };
  const once = await app.inject({ method: 'POST', url: `/exchanges/${ex.id}/transfers`, headers: { ...bearer(seller.apiKey), ...key }, payload: body });
  const again = await app.inject({ method: 'POST', url: `/exchanges/${ex.id}/transfers`, headers: { ...bearer(seller.apiKey), ...key }, payload: body });
  t.equal(again.json().id, once.json().id, 'a retried transfer is recorded once');
});
