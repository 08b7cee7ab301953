// match.found tells a listing's owner of a new counterpart only when it ranks within that
// listing's top N (MATCH_ALERT_TOP_N, 2 here), as GET /listings/{id}/matches ranks it for them:
// the stored top N is raised by each listing that enters it, dropped when one of it ends, and
// compares the same numbers the list shows, measured from the other firm's public point.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { alertMatches } from '../../src/notifications/match-alerts.ts';
import { storedTopN } from '../../src/matching/top-n.ts';
import { PLACES, type Place } from '../fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';

// Workers off: each fan-out is run here, in order, and its events read from the queue.
const { app, db, config, reset } = await buildTestApp(t, { WORKERS: '0', MATCH_ALERT_TOP_N: '2' });
await app.ready();
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;

async function listingAt(org: Org, place: Place, body: Record<string, unknown>): Promise<string> {
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(org.apiKey),
    payload: { name: `${place} works`, location: { type: 'Point', coordinates: PLACES[place] } },
  });
  if (site.statusCode !== 201) throw new Error(site.body);
  const res = await app.inject({
    method: 'POST',
    url: '/listings',
    headers: bearer(org.apiKey),
    payload: { siteId: site.json().id, maxHaulKm: 60, ...body },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

const sandWant = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 10 } }, quantity: { amount: 100, unit: 't', rate: 'month' } };
const sandOffer = (amount: number) => ({
  kind: 'offer',
  material: 'foundry-sand',
  grade: { afsGfn: 55, clayPct: 8 },
  quantity: { amount, unit: 't', rate: 'month' },
});

/** The match.found events queued, as (recipient's listing, other listing) pairs. */
async function alerts(): Promise<{ listingId: string; otherId: string; data: Record<string, unknown> }[]> {
  const rows = await queryRows<{ data: { data: { listingId: string; match: { listing: { id: string } } } } }>(
    db,
    sql`SELECT data FROM pgboss.job WHERE name = 'notification.deliver' AND data ->> 'type' = 'match.found' ORDER BY created_on`,
  );
  return rows.map((r) => ({ listingId: r.data.data.listingId, otherId: r.data.data.match.listing.id, data: r.data.data }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the list is read as the JSON it is
async function matchList(org: Org, id: string): Promise<any[]> {
  const res = await app.inject({ method: 'GET', url: `/listings/${id}/matches?limit=20`, headers: bearer(org.apiKey) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().items;
}

t.test('a new listing alerts a counterpart only when it enters its top N', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  t.equal(await alertMatches(db, want, config), 0, 'nothing to match yet');

  // More tonnes of the same sand from the same place save more: 100 > 80 > 70 > 60 t a month.
  const sixty = await listingAt(seller, 'tipton', sandOffer(60));
  t.equal(await alertMatches(db, sixty, config), 1, 'the first offer enters an empty top 2');
  const hundred = await listingAt(seller, 'tipton', sandOffer(100));
  t.equal(await alertMatches(db, hundred, config), 1, 'a better one enters');
  const eighty = await listingAt(seller, 'tipton', sandOffer(80));
  t.equal(await alertMatches(db, eighty, config), 1, 'so does one better than the second');
  const [stored] = await storedTopN(db, [want]);
  t.same(stored?.top.map((k) => k.id), [hundred, eighty], 'the stored top 2 was raised by each entry, not ranked again');

  const another = await listingAt(seller, 'tipton', sandOffer(60));
  t.equal(await alertMatches(db, another, config), 0, 'a match outside the top 2 tells nobody');
  const list = await matchList(buyer, want);
  t.same(list.map((m) => m.listing.id).slice(0, 2), [hundred, eighty], 'the list agrees');
  t.ok(list.some((m) => m.listing.id === another), 'the one not told of is a match all the same, lower down');
  t.same(
    (await alerts()).map((a) => [a.listingId, a.otherId]),
    [[want, sixty], [want, hundred], [want, eighty]],
    'told of each that entered, once, and of nothing else',
  );

  // The stored keys are the list's own numbers.
  const [afterList] = await storedTopN(db, [want]);
  t.same(
    afterList?.top.map((k) => [k.id, k.net, k.score, k.km]),
    list.slice(0, 2).map((m) => [m.listing.id, m.savings.costSavedGbpPerYear, m.score, m.distanceKm]),
  );

  // Run twice (a retried job), the fan-out tells nobody twice.
  t.equal(await alertMatches(db, eighty, config), 0, 'no second alert for the same pair');
  t.equal((await alerts()).length, 3);
});

t.test('a listing of the top N that ends makes room: the next one is compared exactly', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  const hundred = await listingAt(seller, 'tipton', sandOffer(100));
  const eighty = await listingAt(seller, 'tipton', sandOffer(80));
  await alertMatches(db, hundred, config);
  await alertMatches(db, eighty, config);
  t.equal((await alerts()).length, 2);

  const current = await app.inject({ method: 'GET', url: `/listings/${hundred}`, headers: bearer(seller.apiKey) });
  const closed = await app.inject({
    method: 'PATCH',
    url: `/listings/${hundred}`,
    headers: { ...bearer(seller.apiKey), 'if-match': current.headers.etag as string },
    payload: { status: 'closed' },
  });
  t.equal(closed.statusCode, 200, closed.body);
  t.same(await storedTopN(db, [want]), [], 'the stored top 2 that held it is gone');

  // 70 t ranks below both of the old top 2, but second now that the best has closed.
  const seventy = await listingAt(seller, 'tipton', sandOffer(70));
  t.equal(await alertMatches(db, seventy, config), 1, 'told: it is in the top 2 as the list now stands');
  t.same((await matchList(buyer, want)).map((m) => m.listing.id), [eighty, seventy]);
});

t.test('distance and rank come from the other firm’s public point, as the owner’s list has them', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const want = await listingAt(buyer, 'wolverhampton', sandWant);
  // The owner's list first: its top N is stored by GET and compared by the fan-out.
  t.same(await matchList(buyer, want), []);
  t.equal((await storedTopN(db, [want])).length, 1, 'GET stored the (empty) top N');
  const offer = await listingAt(seller, 'tipton', sandOffer(100));
  t.equal(await alertMatches(db, offer, config), 1);
  const [alert] = await alerts();
  const [item] = await matchList(buyer, want);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read as JSON
  const match = (alert?.data as any).match;
  t.same(
    [match.distanceKm, match.score, match.savings, match.listing.location],
    [item.distanceKm, item.score, item.savings, item.listing.location],
    'the same numbers as the list',
  );
  const [d] = await queryRows<{ public_km: number; exact_km: number }>(
    db,
    sql`SELECT ST_Distance(o.public_location, w.location) / 1000 AS public_km, ST_Distance(o.location, w.location) / 1000 AS exact_km
        FROM listings o, listings w WHERE o.id = ${offer} AND w.id = ${want}`,
  );
  t.equal(match.distanceKm, Number(d?.public_km), 'from the offer’s public point to the want’s own site');
  t.not(match.distanceKm, Number(d?.exact_km), 'not from the offer’s exact site');
});
