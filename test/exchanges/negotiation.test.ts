// Negotiating an exchange through the API: terms, counter-proposals, the full picture and the
// conversation; on PGlite by default and on PostgreSQL with TEST_DATABASE_URL.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { insertListing } from '../fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

/** 100 t a month of foundry sand at Tipton (landfilled at £30/t), wanted at Birmingham (60 t a month, virgin at £40/t). */
async function market() {
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const buyer = await createOrganisation(app, 'member', 'Brum Blocks');
  const stranger = await createOrganisation(app, 'member', 'Nosy Ltd');
  const officer = await createOrganisation(app, 'officer', 'Programme');
  const offerId = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    grade: { clayPct: 6, afsGfn: 55 },
    currentRoute: 'landfill',
    gateFeeGbpPerTonne: 30,
  });
  const wantId = await insertListing(db, buyer.id, 'birmingham', {
    kind: 'want',
    materialCode: 'foundry-sand',
    quantityAmount: 60,
    accepts: { clayPct: { max: 8 }, afsGfn: { min: 60 }, moisturePct: { max: 5 } },
    virginPriceGbpPerTonne: 40,
  });
  return { seller, buyer, stranger, officer, offerId, wantId };
}

const send = (method: 'GET' | 'POST', url: string, key: string, payload?: object) =>
  app.inject({ method, url, headers: bearer(key), ...(payload ? { payload } : {}) });

const fieldsOf = (res: { json: () => { errors?: { path: string }[] } }) => (res.json().errors ?? []).map((e) => e.path);

t.test('a proposal carries amount, rate and note; without a quantity it asks for all the listings can exchange', async (t) => {
  const { seller, buyer, offerId, wantId } = await market();
  const whole = await send('POST', '/exchanges', buyer.apiKey, { offerId, wantId });
  t.equal(whole.statusCode, 201);
  t.match(whole.json(), { quantity: { amount: 720, unit: 't', rate: 'year' }, priceGbpPerTonne: null, note: null, turn: 'offer' }, 'a year of the smaller flow: 60 t a month');
  t.equal((await send('POST', `/exchanges/${whole.json().id}/cancel`, buyer.apiKey)).statusCode, 200);

  const termed = await send('POST', '/exchanges', buyer.apiKey, {
    offerId,
    wantId,
    quantity: { amount: 40, unit: 't', rate: 'month' },
    priceGbpPerTonne: -5,
    note: 'We collect; you pay a small gate fee.',
  });
  t.equal(termed.statusCode, 201);
  const ex = termed.json();
  t.match(ex, { priceGbpPerTonne: -5, note: 'We collect; you pay a small gate fee.', wantAccepted: true, offerAccepted: false, turn: 'offer' });
  t.match(ex.events[0], { action: 'propose', terms: { amount: 40, priceGbpPerTonne: -5 }, note: 'We collect; you pay a small gate fee.' });
  const asSeller = await send('GET', `/exchanges/${ex.id}`, seller.apiKey);
  t.match(asSeller.json(), { priceGbpPerTonne: -5, turn: 'offer', yourSide: 'offer' }, 'the other side sees the terms');

  const tooMuch = await send('POST', '/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 101, unit: 't', rate: 'month' } });
  t.equal(tooMuch.statusCode, 409, 'no more than the offer has');
  t.notOk('remaining' in tooMuch.json(), "the seller's remaining stock is not told to the buyer");

  for (const [body, field] of [
    [{ priceGbpPerTonne: 'ten' }, 'priceGbpPerTonne'],
    [{ priceGbpPerTonne: 1e7 }, 'priceGbpPerTonne'],
    [{ note: 'x'.repeat(2001) }, 'note'],
    [{ note: '   ' }, 'note'],
    [{ quantity: { amount: -1, unit: 't' } }, 'quantity.amount'],
  ] as const) {
    const res = await send('POST', '/exchanges', buyer.apiKey, { offerId, wantId, ...body });
    t.equal(res.statusCode, 400, `400 for ${JSON.stringify(body).slice(0, 40)}`);
    t.ok(fieldsOf(res).some((p) => p.endsWith(field)), `names ${field}: ${fieldsOf(res).join(', ')}`);
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  }
});

t.test('counter-proposals: the side whose turn it is, history kept, accepted by the other side', async (t) => {
  const { seller, buyer, stranger, officer, offerId, wantId } = await market();
  const ex = (await send('POST', '/exchanges', seller.apiKey, { offerId, wantId, quantity: { amount: 60, unit: 't', rate: 'month' }, priceGbpPerTonne: 5 })).json();
  t.equal(ex.turn, 'want');

  t.equal((await send('POST', `/exchanges/${ex.id}/counter`, seller.apiKey, { priceGbpPerTonne: 4 })).statusCode, 409, 'not the proposer’s turn');
  t.equal((await send('POST', `/exchanges/${ex.id}/counter`, officer.apiKey, { priceGbpPerTonne: 4 })).statusCode, 409, 'an officer does not counter');
  t.equal((await send('POST', `/exchanges/${ex.id}/counter`, stranger.apiKey, { priceGbpPerTonne: 4 })).statusCode, 404, 'a stranger learns nothing');
  const empty = await send('POST', `/exchanges/${ex.id}/counter`, buyer.apiKey, { note: 'hm' });
  t.equal(empty.statusCode, 400);
  t.ok(fieldsOf(empty).includes('amount'), 'a counter changes the amount or the rate');
  const same = await send('POST', `/exchanges/${ex.id}/counter`, buyer.apiKey, { amount: 60, priceGbpPerTonne: 5 });
  t.equal(same.statusCode, 400, 'the same terms are no counter');
  t.equal((await send('POST', `/exchanges/${ex.id}/counter`, buyer.apiKey, { amount: 0 })).statusCode, 400);
  const over = await send('POST', `/exchanges/${ex.id}/counter`, buyer.apiKey, { amount: 150 });
  t.equal(over.statusCode, 409, 'a counter cannot ask for more than the offer has');

  const countered = await send('POST', `/exchanges/${ex.id}/counter`, buyer.apiKey, { amount: 40, priceGbpPerTonne: -2.5, note: 'Less, and you pay the haul.' });
  t.equal(countered.statusCode, 200);
  t.match(countered.json(), {
    status: 'proposed',
    quantity: { amount: 40, unit: 't', rate: 'month' },
    priceGbpPerTonne: -2.5,
    note: 'Less, and you pay the haul.',
    offerAccepted: false,
    wantAccepted: true,
    turn: 'offer',
  });
  t.equal((await send('POST', `/exchanges/${ex.id}/accept`, buyer.apiKey)).statusCode, 409, 'the counter-proposer waits for the answer');
  const back = await send('POST', `/exchanges/${ex.id}/counter`, seller.apiKey, { priceGbpPerTonne: null });
  t.match(back.json(), { priceGbpPerTonne: null, turn: 'want', quantity: { amount: 40 } }, 'a counter may clear the rate');
  const accepted = await send('POST', `/exchanges/${ex.id}/accept`, buyer.apiKey);
  t.match(accepted.json(), { status: 'accepted', turn: null });
  t.same(
    accepted.json().events.map((e: { action: string; terms: unknown }) => [e.action, e.terms]),
    [
      ['propose', { amount: 60, priceGbpPerTonne: 5 }],
      ['counter', { amount: 40, priceGbpPerTonne: -2.5 }],
      ['counter', { amount: 40, priceGbpPerTonne: null }],
      ['accept', null],
    ],
    'every set of terms is kept in the history',
  );
  t.equal((await send('POST', `/exchanges/${ex.id}/counter`, seller.apiKey, { amount: 30 })).statusCode, 409, 'no counter once accepted');
});

t.test('the full picture: public view, distance from the public point, checks, estimate by party, payment', async (t) => {
  const { seller, buyer, stranger, officer, offerId, wantId } = await market();
  const ex = (await send('POST', '/exchanges', buyer.apiKey, { offerId, wantId, quantity: { amount: 50, unit: 't', rate: 'month' }, priceGbpPerTonne: 2 })).json();

  const res = await send('GET', `/exchanges/${ex.id}/picture`, buyer.apiKey);
  t.equal(res.statusCode, 200);
  const pic = res.json();
  t.equal(pic.yourSide, 'want');
  t.equal(pic.offer.visibility, 'public', "the other firm's listing: its public view");
  t.notOk('organisation' in pic.offer || 'currentRoute' in pic.offer, 'no identity or prices of the other firm');
  t.equal(pic.want.visibility, 'full', 'its own listing in full');
  const [expected] = await queryRows<{ m: number }>(
    db,
    sql`SELECT ST_Distance(o.public_location, w.location) AS m FROM listings o, listings w WHERE o.id = ${offerId} AND w.id = ${wantId}`,
  );
  t.equal(pic.distanceKm, Number(expected?.m) / 1000, "the buyer's exact site to the offer's public point");
  t.equal(pic.locationPrecision, 'approximate');
  t.same(
    Object.fromEntries(pic.checks.map((c: { property: string; result: string }) => [c.property, c.result])),
    { clayPct: 'pass', afsGfn: 'fail', moisturePct: 'unknown' },
  );
  const gateFeeLine = (lines: { label: string; source: string; factor: number; party: string }[]) => lines.find((l) => /gate fee/i.test(l.label)) ?? { label: "", source: "", factor: NaN, party: "" };
  const gateFee = gateFeeLine(pic.estimate.lines);
  t.equal(gateFee.party, 'supplier', "the avoided gate fee is the supplier's saving");
  t.match(pic.estimate.lines.find((l: { key: string }) => l.key === 'virgin-purchase'), { party: 'receiver', factor: 40 }, "the buyer's avoided purchase, at its own price");
  t.ok(pic.estimate.lines.every((l: { party?: string }) => ['supplier', 'receiver', 'shared'].includes(l.party ?? '')), 'every line has a party');
  t.ok(pic.estimate.lines.some((l: { party: string; label: string }) => l.party === 'shared' && /Haulage/.test(l.label)), 'haulage is shared');
  t.not(gateFee.source, 'given by the user', "the seller's own gate fee is not shown to the buyer");
  t.ok(pic.estimate.assumptions.some((a: string) => /gate fee is not shared/.test(a)), 'and the estimate says so');
  t.match(pic.payment, { gbpPerTonne: 2, totalGbp: 100, payer: 'receiver' });
  t.equal(pic.outcomes.receiver.paymentGbp, -100);
  t.equal(pic.outcomes.supplier.paymentGbp, 100);
  t.equal(pic.outcomes.receiver.netGbp, pic.estimate.byParty.receiver.costSavedGbp - 100);
  t.equal(pic.links.offer, `/listings/${offerId}`);

  const asSeller = (await send('GET', `/exchanges/${ex.id}/picture`, seller.apiKey)).json();
  const ownFee = gateFeeLine(asSeller.estimate.lines);
  t.match(ownFee, { source: 'given by the user', factor: 30 }, 'the seller sees its own fee');
  t.notOk(asSeller.estimate.lines.some((l: { key: string }) => l.key === 'virgin-purchase'), "the buyer's price stays the buyer's");
  t.equal(asSeller.want.visibility, 'public');

  t.equal((await send('GET', `/exchanges/${ex.id}/picture`, stranger.apiKey)).statusCode, 404);
  const asOfficer = (await send('GET', `/exchanges/${ex.id}/picture`, officer.apiKey)).json();
  t.equal(asOfficer.locationPrecision, 'exact');
  t.equal(asOfficer.offer.visibility, 'full');

  await send('POST', `/exchanges/${ex.id}/accept`, seller.apiKey);
  const after = (await send('GET', `/exchanges/${ex.id}/picture`, buyer.apiKey)).json();
  t.equal(after.locationPrecision, 'exact', 'once accepted, exact to exact');
});

t.test('estimates label every line by party, and total each party', async (t) => {
  const { buyer } = await market();
  const res = await send('POST', '/estimates', buyer.apiKey, {
    material: 'foundry-sand',
    quantity: { amount: 10, unit: 't' },
    distanceKm: 20,
    overrides: { virginPriceGbpPerTonne: 40 },
  });
  t.equal(res.statusCode, 200);
  const e = res.json();
  t.ok(e.lines.every((l: { party?: string }) => l.party), 'every line says whose saving it is');
  const sum = (party: string) =>
    e.lines.filter((l: { party: string; kind: string }) => l.party === party && l.kind === 'cost').reduce((s: number, l: { value: number }) => s + l.value, 0);
  for (const party of ['supplier', 'receiver', 'shared']) t.equal(e.byParty[party].costSavedGbp, sum(party), `${party} total`);
  t.equal(e.byParty.receiver.costSavedGbp, 400, 'the receiver avoids buying 10 t at £40');
});

t.test('the conversation: parties and officers, plain text, unread counts, pages', async (t) => {
  const { seller, buyer, stranger, officer, offerId, wantId } = await market();
  const ex = (await send('POST', '/exchanges', buyer.apiKey, { offerId, wantId })).json();
  const url = `/exchanges/${ex.id}/messages`;

  const first = await send('POST', url, buyer.apiKey, { text: '  Is the sand stored under cover? <b>dry</b>  ' });
  t.equal(first.statusCode, 201);
  t.match(first.json(), { side: 'want', mine: true, text: 'Is the sand stored under cover? <b>dry</b>' }, 'trimmed, kept as written');
  t.notOk(JSON.stringify(first.json()).includes('Brum Blocks'), 'no firm is named before acceptance');
  t.equal((await send('POST', url, stranger.apiKey, { text: 'hi' })).statusCode, 404);
  t.equal((await send('GET', url, stranger.apiKey)).statusCode, 404);
  for (const text of ['', '   ', 'x'.repeat(4001)]) {
    const bad = await send('POST', url, seller.apiKey, { text });
    t.equal(bad.statusCode, 400);
    t.same(fieldsOf(bad), ['text']);
  }
  t.equal((await send('POST', url, seller.apiKey, {})).statusCode, 400);

  const exAsSeller = (await send('GET', `/exchanges/${ex.id}`, seller.apiKey)).json();
  t.same(exAsSeller.messages, { count: 1, unread: 1 }, 'the seller has one unread');
  const listed = (await send('GET', '/exchanges', seller.apiKey)).json();
  t.same(listed.items[0].messages, { count: 1, unread: 1 }, 'and the list says so');
  t.same((await send('GET', `/exchanges/${ex.id}`, buyer.apiKey)).json().messages, { count: 1, unread: 0 }, 'its own message is not unread');

  const read = (await send('GET', url, seller.apiKey)).json();
  t.equal(read.unread, 1);
  t.match(read.items, [{ side: 'want', mine: false }]);
  t.same((await send('GET', `/exchanges/${ex.id}`, seller.apiKey)).json().messages, { count: 1, unread: 0 }, 'read once seen');

  await send('POST', url, seller.apiKey, { text: 'Yes, in a covered bay.' });
  const byOfficer = await send('POST', url, officer.apiKey, { text: 'The programme can fund a trial load.' });
  t.match(byOfficer.json(), { side: 'officer', mine: true });
  for (let i = 0; i < 3; i++) await send('POST', url, buyer.apiKey, { text: `Load ${i + 1}` });
  t.same((await send('GET', `/exchanges/${ex.id}`, seller.apiKey)).json().messages, { count: 6, unread: 4 });

  const texts: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { text: string }[]; nextCursor: string | null } = (
      await send('GET', `${url}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, buyer.apiKey)
    ).json();
    t.ok(page.items.length <= 2);
    texts.push(...page.items.map((m) => m.text));
    cursor = page.nextCursor;
  } while (cursor);
  t.same(texts, ['Load 3', 'Load 2', 'Load 1', 'The programme can fund a trial load.', 'Yes, in a covered bay.', 'Is the sand stored under cover? <b>dry</b>'], 'newest first, every message once');
  t.equal((await send('GET', `${url}?cursor=bad!`, buyer.apiKey)).statusCode, 400, 'a bad cursor is the client’s 400');
  t.equal((await send('GET', `${url}?limit=0`, buyer.apiKey)).statusCode, 400);

  await send('POST', `/exchanges/${ex.id}/decline`, seller.apiKey, { reason: 'price' });
  t.equal((await send('POST', url, buyer.apiKey, { text: 'Why?' })).statusCode, 409, 'a declined exchange’s thread is closed');
  t.equal((await send('GET', url, buyer.apiKey)).statusCode, 200, 'and still readable');
});
