// The notifications a firm gets through the API: match alerts, exchange steps, saved searches,
// expiry; each once, each showing only what the recipient may see.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { PLACES, type Place } from '../fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';
import { runSweep } from '../../src/notifications/sweep.ts';
import { waitFor } from './wait.ts';

const { app, db, reset } = await buildTestApp(t, { WORKERS: '1', NOTIFY_POLL_SECONDS: '0.5' });
await app.ready();
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are read as the JSON they are
type Item = { id: string; type: string; createdAt: string; readAt: string | null; data: Record<string, any> };

async function call(org: Org, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return app.inject({ method, url, headers: bearer(org.apiKey), ...(payload ? { payload } : {}) });
}

async function listingAt(org: Org, place: Place, body: Record<string, unknown>): Promise<string> {
  const site = await call(org, 'POST', '/sites', {
    name: `${place} works`,
    location: { type: 'Point', coordinates: PLACES[place] },
    address: `1 Secret Lane, ${place}`,
  });
  if (site.statusCode !== 201) throw new Error(site.body);
  const res = await call(org, 'POST', '/listings', { siteId: site.json().id, maxHaulKm: 60, ...body });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

const inbox = async (org: Org, query = ''): Promise<Item[]> => (await call(org, 'GET', `/notifications${query}`)).json().items;
const ofType = async (org: Org, type: string) => (await inbox(org)).filter((i) => i.type === type);

const sandWant = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' } };
const sandOffer = { kind: 'offer', material: 'foundry-sand', grade: { afsGfn: 55, clayPct: 8 }, quantity: { amount: 100, unit: 't', rate: 'month' } };

t.test('match.found: the want is told of a new offer once, in public terms only', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings Secret Ltd');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  // The want's own fan-out must have run before the offer exists: run later, it would find the
  // offer and rightly tell the seller too (docs/notifications.md), which is not what this tests.
  await waitFor(async () => (await queryRows(db, sql`SELECT 1 FROM pgboss.job WHERE name = 'notification.fan-out' AND state <> 'completed'`)).length === 0);
  const offer = await listingAt(seller, 'tipton', sandOffer);
  await waitFor(async () => (await ofType(buyer, 'match.found')).length > 0);
  const [alert, ...more] = await ofType(buyer, 'match.found');
  t.equal(more.length, 0, 'once');
  t.equal(alert?.data.listingId, want, 'names the recipient’s own listing');
  t.match(alert?.data.match, { listing: { id: offer, kind: 'offer', locationPrecision: 'approximate', organisation: null } });
  t.notSame(alert?.data.match.listing.location.coordinates, PLACES.tipton, 'not the exact site');
  const [publicPoint] = await queryRows<{ lon: number }>(db, sql`SELECT ST_X(public_location::geometry) AS lon FROM listings WHERE id = ${offer}`);
  t.equal(alert?.data.match.listing.location.coordinates[0], Number(publicPoint?.lon), 'the public point');
  const text = JSON.stringify(alert);
  t.notMatch(text, /Secret|Tipton Castings|contactEmail|address/, 'no name, contact or address of the other firm');
  t.ok(alert?.data.match.savings.costSavedGbpPerYear !== undefined && alert?.data.match.savings.factorSet, 'savings with their factor set');
  t.same(await ofType(seller, 'match.found'), [], 'the lister is not told of its own listing');

  // A change to the offer does not tell the same pair again.
  const current = await call(seller, 'GET', `/listings/${offer}`);
  const patched = await app.inject({
    method: 'PATCH',
    url: `/listings/${offer}`,
    headers: { ...bearer(seller.apiKey), 'if-match': current.headers.etag as string },
    payload: { quantity: { amount: 120, unit: 't', rate: 'month' } },
  });
  t.equal(patched.statusCode, 200);
  await waitFor(async () => (await queryRows(db, sql`SELECT 1 FROM pgboss.job WHERE name = 'notification.fan-out' AND state <> 'completed'`)).length === 0);
  t.equal((await ofType(buyer, 'match.found')).length, 1, 'still one alert');
});

t.test('exchange steps reach the other party; the inbox reads, pages and marks', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const stranger = await createOrganisation(app, 'member', 'Elsewhere Ltd');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  const offer = await listingAt(seller, 'tipton', sandOffer);
  const proposed = await call(buyer, 'POST', '/exchanges', { offerId: offer, wantId: want, quantity: { amount: 50, unit: 't', rate: 'month' } });
  t.equal(proposed.statusCode, 201);
  const exchangeId = proposed.json().id;
  await waitFor(async () => (await ofType(seller, 'exchange.proposed')).length === 1);
  t.match((await ofType(seller, 'exchange.proposed'))[0]?.data, { exchangeId, offerId: offer, wantId: want, by: 'want', material: 'foundry-sand' });
  t.same(await ofType(buyer, 'exchange.proposed'), [], 'the proposer is not told of its own step');

  const message = await call(buyer, 'POST', `/exchanges/${exchangeId}/messages`, { text: 'Is the sand kept dry? Call 07700 900123' });
  t.equal(message.statusCode, 201, message.body);
  await waitFor(async () => (await ofType(seller, 'exchange.message')).length === 1);
  const told = (await ofType(seller, 'exchange.message'))[0];
  t.same(told?.data, { exchangeId, messageId: message.json().id, side: 'want' }, 'who wrote, where: the text stays in the thread');
  t.same(await ofType(buyer, 'exchange.message'), [], 'the author is not told of its own message');

  t.equal((await call(seller, 'POST', `/exchanges/${exchangeId}/accept`, {})).statusCode, 200);
  await waitFor(async () => (await ofType(buyer, 'exchange.accepted')).length === 1);
  const transfer = await call(buyer, 'POST', `/exchanges/${exchangeId}/transfers`, { date: new Date().toISOString().slice(0, 10), amount: 20, unit: 't' });
  t.equal(transfer.statusCode, 201, transfer.body);
  await waitFor(async () => (await ofType(seller, 'transfer.recorded')).length === 1 && (await ofType(buyer, 'transfer.recorded')).length === 1);
  t.equal((await call(seller, 'POST', `/exchanges/${exchangeId}/complete`, {})).statusCode, 200);
  await waitFor(async () => (await ofType(buyer, 'exchange.completed')).length === 1);
  t.same(await inbox(stranger), [], 'nothing for anyone else');

  // Paging, unread, read, read-all.
  const all = await inbox(buyer);
  const page1 = (await call(buyer, 'GET', '/notifications?limit=1')).json();
  t.equal(page1.items.length, 1);
  t.equal(page1.items[0].id, all[0]?.id, 'newest first');
  const page2 = (await call(buyer, 'GET', `/notifications?limit=1&cursor=${page1.nextCursor}`)).json();
  t.equal(page2.items[0].id, all[1]?.id);
  const read = await call(buyer, 'POST', `/notifications/${all[0]?.id}/read`);
  t.equal(read.statusCode, 200);
  t.ok(read.json().readAt);
  t.equal((await inbox(buyer, '?unread=true')).length, all.length - 1);
  t.equal((await call(buyer, 'GET', '/notifications/unread-count')).json().unread, all.length - 1);
  t.equal((await call(stranger, 'POST', `/notifications/${all[0]?.id}/read`)).statusCode, 404, 'another firm’s item is not found');
  t.equal((await call(buyer, 'POST', '/notifications/read-all')).json().marked, all.length - 1);
  t.same(await inbox(buyer, '?unread=true'), []);
});

t.test('bad input: 400 problems naming the field', async (t) => {
  const firm = await createOrganisation(app);
  const query = { kind: 'want', material: 'foundry-sand', quantity: { amount: 100, unit: 't', rate: 'month' }, maxHaulKm: 40, location: { type: 'Point', coordinates: PLACES.birmingham } };
  const cases: [object, string][] = [
    [{ name: 'x', query, frequency: 'hourly' }, 'frequency'],
    [{ name: 'x', query: { ...query, material: 'unobtainium' }, frequency: 'daily' }, 'query.material'],
    [{ name: 'x', query: { ...query, accepts: { nonsense: { max: 1 } } }, frequency: 'daily' }, 'query.accepts.nonsense'],
    [{ name: '', query, frequency: 'daily' }, 'name'],
    [{ name: 'x', frequency: 'daily' }, 'query'],
  ];
  for (const [payload, field] of cases) {
    const res = await call(firm, 'POST', '/saved-searches', payload);
    t.equal(res.statusCode, 400, field);
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    t.ok(res.json().errors.some((e: { path: string }) => e.path === field || e.path.startsWith(`${field}.`) || e.path.startsWith(field)), `names ${field}: ${res.body}`);
  }
  t.equal((await call(firm, 'GET', '/notifications?cursor=nonsense')).statusCode, 400);
  t.equal((await call(firm, 'GET', '/notifications?limit=0')).statusCode, 400);
  t.equal((await call(firm, 'POST', '/notifications/not-a-uuid/read')).statusCode, 400);
  t.equal((await call(firm, 'DELETE', '/saved-searches/8b0d9c3e-2a71-4d59-9a3c-0f0f7c2e9b11')).statusCode, 404);
});

t.test('saved searches: instant tells of each new listing; daily gathers a digest', async (t) => {
  const searcher = await createOrganisation(app, 'member', 'Brum Glass');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const query = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' }, maxHaulKm: 40, location: { type: 'Point', coordinates: PLACES.birmingham } };
  const instant = await call(searcher, 'POST', '/saved-searches', { name: 'Sand near Brum', query, frequency: 'instant' });
  t.equal(instant.statusCode, 201);
  const daily = await call(searcher, 'POST', '/saved-searches', { name: 'Sand, daily', query, frequency: 'daily' });
  t.equal((await call(searcher, 'GET', '/saved-searches')).json().items.length, 2);
  const offer = await listingAt(seller, 'tipton', sandOffer);
  await listingAt(seller, 'sheffield', sandOffer); // beyond the search's 40 km
  await waitFor(async () => (await ofType(searcher, 'saved-search.matched')).length === 1);
  const [hit] = await ofType(searcher, 'saved-search.matched');
  t.match(hit?.data, { savedSearchId: instant.json().id, frequency: 'instant', matches: [{ listing: { id: offer, organisation: null, locationPrecision: 'approximate' } }] });
  t.notMatch(JSON.stringify(hit), /Tipton Castings|Secret/);

  // The daily digest is due once a day has passed since the last.
  await db.execute(sql`UPDATE saved_searches SET last_digest_at = now() - interval '25 hours' WHERE id = ${daily.json().id}`);
  await runSweep(db);
  await runSweep(db);
  await waitFor(async () => (await ofType(searcher, 'saved-search.matched')).length === 2);
  const digest = (await ofType(searcher, 'saved-search.matched')).find((i) => i.data.frequency === 'daily');
  t.equal(digest?.data.matches.length, 1, 'one digest, with the one listing in reach');
  t.equal((await call(searcher, 'DELETE', `/saved-searches/${daily.json().id}`)).statusCode, 204);
});

t.test('listing.expiring once, seven days ahead; listing.expired once', async (t) => {
  const firm = await createOrganisation(app);
  const soon = await listingAt(firm, 'birmingham', sandOffer);
  const gone = await listingAt(firm, 'tipton', sandOffer);
  await db.execute(sql`UPDATE listings SET expires_at = now() + interval '3 days' WHERE id = ${soon}`);
  await db.execute(sql`UPDATE listings SET expires_at = now() - interval '1 hour' WHERE id = ${gone}`);
  await runSweep(db);
  await runSweep(db);
  await waitFor(async () => (await inbox(firm)).length >= 2);
  await new Promise((r) => setTimeout(r, 1500));
  t.same((await ofType(firm, 'listing.expiring')).map((i) => i.data.listingId), [soon]);
  t.same((await ofType(firm, 'listing.expired')).map((i) => i.data.listingId), [gone]);
});

const fanOutsDone = () =>
  waitFor(async () => (await queryRows(db, sql`SELECT 1 FROM pgboss.job WHERE name = 'notification.fan-out' AND state <> 'completed'`)).length === 0, { timeoutMs: 90_000 });

t.test('a saved search for a want of several materials is told of an offer of any of them', async (t) => {
  const searcher = await createOrganisation(app, 'member', 'Brum Cores');
  const seller = await createOrganisation(app, 'member', 'Dudley Quarry');
  const query = {
    kind: 'want', materials: ['foundry-sand', 'silica-sand'], accepts: { clayPct: { max: 10 } },
    quantity: { amount: 100, unit: 't', rate: 'month' }, maxHaulKm: 40, location: { type: 'Point', coordinates: PLACES.birmingham },
  };
  const search = await call(searcher, 'POST', '/saved-searches', { name: 'Either sand', query, frequency: 'instant' });
  t.equal(search.statusCode, 201, search.body);
  const [stored] = await queryRows<{ material_codes: string[] }>(db, sql`SELECT material_codes FROM saved_searches WHERE id = ${search.json().id}`);
  t.same(stored?.material_codes, ['foundry-sand', 'silica-sand'], 'every material keys the prefilter');
  // An offer of the second material: the prefilter once looked at the first only.
  const silica = await listingAt(seller, 'tipton', { ...sandOffer, material: 'silica-sand', grade: { clayPct: 6 } });
  const glass = await listingAt(seller, 'tipton', { ...sandOffer, material: 'glass-cullet', grade: {} });
  await waitFor(async () => (await ofType(searcher, 'saved-search.matched')).length === 1, { timeoutMs: 90_000 });
  await fanOutsDone();
  const hits = await ofType(searcher, 'saved-search.matched');
  t.same(hits.map((h) => h.data.matches[0].listing.id), [silica], 'the silica sand, once; not the glass');
  t.notOk(JSON.stringify(hits).includes(glass));
});

t.test('listings imported from a CSV set off match alerts and saved searches as listings created one by one', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const searcher = await createOrganisation(app, 'member', 'Brum Glass');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  const query = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' }, maxHaulKm: 40, location: { type: 'Point', coordinates: PLACES.birmingham } };
  t.equal((await call(searcher, 'POST', '/saved-searches', { name: 'Sand near Brum', query, frequency: 'instant' })).statusCode, 201);
  await fanOutsDone();
  const site = (await call(seller, 'POST', '/sites', { name: 'Tipton works', location: { type: 'Point', coordinates: PLACES.tipton } })).json().id;
  const csv = [
    'kind,siteId,material,quantity.amount,quantity.unit,quantity.rate,maxHaulKm,grade.afsGfn,grade.clayPct,status',
    `offer,${site},foundry-sand,100,t,month,60,55,8,active`,
    `offer,${site},foundry-sand,80,t,month,60,50,6,`,
    `offer,${site},foundry-sand,90,t,month,60,50,6,draft`,
  ].join('\n');
  const imported = await app.inject({ method: 'POST', url: '/listings/import', headers: { ...bearer(seller.apiKey), 'content-type': 'text/csv' }, payload: csv });
  t.equal(imported.statusCode, 201, imported.body);
  const [active1, active2, draft] = imported.json().listings.map((l: { id: string }) => l.id);
  await waitFor(async () => (await ofType(buyer, 'match.found')).length === 2 && (await ofType(searcher, 'saved-search.matched')).length === 2, { timeoutMs: 90_000 });
  await fanOutsDone();
  const alerts = await ofType(buyer, 'match.found');
  t.same(alerts.map((a) => a.data.match.listing.id).sort(), [active1, active2].sort(), 'one alert per active imported listing; none for the draft');
  t.ok(alerts.every((a) => a.data.listingId === want && a.data.match.listing.locationPrecision === 'approximate' && a.data.match.listing.organisation === null), 'in public terms');
  t.same((await ofType(searcher, 'saved-search.matched')).map((h) => h.data.matches[0].listing.id).sort(), [active1, active2].sort());
  t.notOk(JSON.stringify(await inbox(buyer)).includes(draft));

  // An import refused whole enqueues nothing: the jobs are in its transaction.
  const before = await queryRows(db, sql`SELECT 1 FROM pgboss.job WHERE name = 'notification.fan-out'`);
  const refused = await app.inject({ method: 'POST', url: '/listings/import', headers: { ...bearer(seller.apiKey), 'content-type': 'text/csv' }, payload: `${csv}\noffer,${site},foundry-sand,-1,t,month,60,50,6,` });
  t.equal(refused.statusCode, 422);
  t.equal((await queryRows(db, sql`SELECT 1 FROM pgboss.job WHERE name = 'notification.fan-out'`)).length, before.length, 'no fan-out for a refused import');
});
