// match.found tells a listing's owner of a new counterpart only when it ranks within that
// listing's top N (MATCH_ALERT_TOP_N, 2 here), as GET /listings/{id}/matches ranks it for them.
// The stored top N (match_thresholds) is written by the fan-out alone — never by the GET — raised
// by each listing that enters it, dropped when one of it ends. Kept small: few listings, the
// fan-out called in order rather than waited for through the queue.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { matchesForListing } from '../../src/matching/matches.ts';
import { storedTopN } from '../../src/matching/top-n.ts';
import { alertMatches } from '../../src/notifications/match-alerts.ts';
import { PLACES, type Place } from '../fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';

// Workers off: each fan-out is run here, in order, and its events read from the queue.
const { app, db, config, reset } = await buildTestApp(t, { WORKERS: '0', MATCH_ALERT_TOP_N: '2' });
await app.ready();
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;

async function siteAt(org: Org, place: Place): Promise<string> {
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(org.apiKey),
    payload: { name: `${place} works`, location: { type: 'Point', coordinates: PLACES[place] } },
  });
  if (site.statusCode !== 201) throw new Error(site.body);
  return site.json().id;
}

async function listing(org: Org, siteId: string, body: Record<string, unknown>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/listings', headers: bearer(org.apiKey), payload: { siteId, maxHaulKm: 60, ...body } });
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

/** The match.found events queued, as [recipient's listing, other listing] pairs, and their data. */
async function alerts(): Promise<{ pair: [string, string]; match: Record<string, unknown> }[]> {
  const rows = await queryRows<{ data: { data: { listingId: string; match: { listing: { id: string } } } } }>(
    db,
    sql`SELECT data FROM pgboss.job WHERE name = 'notification.deliver' AND data ->> 'type' = 'match.found' ORDER BY created_on, id`,
  );
  return rows.map((r) => ({ pair: [r.data.data.listingId, r.data.data.match.listing.id], match: r.data.data.match }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the list is read as the JSON it is
async function matchList(org: Org, id: string): Promise<any[]> {
  const res = await app.inject({ method: 'GET', url: `/listings/${id}/matches?limit=20`, headers: bearer(org.apiKey) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().items;
}

t.test('a new listing is told to a counterpart only when it enters its top N, once', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const [wolverhampton, tipton] = [await siteAt(buyer, 'wolverhampton'), await siteAt(seller, 'tipton')];
  const want = await listing(buyer, wolverhampton, sandWant);
  t.equal(await alertMatches(db, want, config), 0, 'nothing to match yet');

  // The owner reads the list: the GET path writes no stored top N.
  t.same(await matchList(buyer, want), []);
  t.same(await storedTopN(db, [want]), [], 'GET /listings/{id}/matches stored nothing');

  // More tonnes of the same sand from the same place save more: 100 > 80 > 60 t a month.
  const sixty = await listing(seller, tipton, sandOffer(60));
  t.equal(await alertMatches(db, sixty, config), 1, 'the first offer enters an empty top 2 (ranked by the worker)');
  t.same((await storedTopN(db, [want]))[0]?.top.map((k) => k.id), [sixty], 'the worker kept the want’s top 2');
  const hundred = await listing(seller, tipton, sandOffer(100));
  t.equal(await alertMatches(db, hundred, config), 1, 'a better one enters');
  const eighty = await listing(seller, tipton, sandOffer(80));
  t.equal(await alertMatches(db, eighty, config), 1, 'so does one better than the second');
  t.same((await storedTopN(db, [want]))[0]?.top.map((k) => k.id), [hundred, eighty], 'raised by each entry, not ranked again');

  const another = await listing(seller, tipton, sandOffer(60));
  t.equal(await alertMatches(db, another, config), 0, 'a match below the top 2 tells nobody');
  const shownPairs = await queryRows<{ offer_id: string; want_id: string }>(db, sql`SELECT offer_id, want_id FROM matches_shown`);
  t.same(shownPairs.map((r) => [r.offer_id, r.want_id]).sort(), [sixty, hundred, eighty].map((o) => [o, want]).sort(), 'each alert is a match shown; ranking alone is not');
  const list = await matchList(buyer, want);
  t.same(list.map((m) => m.listing.id), [hundred, eighty, ...[sixty, another].sort()], 'the list agrees');
  t.same((await alerts()).map((a) => a.pair), [[want, sixty], [want, hundred], [want, eighty]], 'told of each that entered, once');

  // The stored keys and the alert are the list's own numbers.
  t.same(
    (await storedTopN(db, [want]))[0]?.top.map((k) => [k.id, k.net, k.score, k.km]),
    list.slice(0, 2).map((m) => [m.listing.id, m.savings.costSavedGbpPerYear, m.score, m.distanceKm]),
  );
  const told = (await alerts()).find((a) => a.pair[1] === eighty)?.match;
  const shown = list[1];
  t.same(told, {
    listing: shown.listing,
    distanceKm: shown.distanceKm,
    roadKm: shown.roadKm,
    quantityPerYear: shown.quantityPerYear,
    quantityPerLot: shown.quantityPerLot,
    score: shown.score,
    savings: shown.savings,
  }, 'the match as the owner’s list shows it: public point, no firm');
  t.equal(shown.listing.locationPrecision, 'approximate');

  // Run again (a retried job), the fan-out tells nobody twice.
  t.equal(await alertMatches(db, eighty, config), 0, 'no second alert for the same pair');
  t.equal((await alerts()).length, 3);
});

t.test('a listing of the top N that closes makes room: the next one is compared exactly', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const [wolverhampton, tipton] = [await siteAt(buyer, 'wolverhampton'), await siteAt(seller, 'tipton')];
  const want = await listing(buyer, wolverhampton, sandWant);
  const hundred = await listing(seller, tipton, sandOffer(100));
  const eighty = await listing(seller, tipton, sandOffer(80));
  t.equal(await alertMatches(db, hundred, config), 1);
  t.equal(await alertMatches(db, eighty, config), 1);
  t.equal((await storedTopN(db, [want])).length, 1);

  const current = await app.inject({ method: 'GET', url: `/listings/${hundred}`, headers: bearer(seller.apiKey) });
  const closed = await app.inject({
    method: 'PATCH',
    url: `/listings/${hundred}`,
    headers: { ...bearer(seller.apiKey), 'if-match': current.headers.etag as string },
    payload: { status: 'closed' },
  });
  t.equal(closed.statusCode, 200, 'closed');
  t.same(await storedTopN(db, [want]), [], 'the stored top 2 that held it is gone (trigger)');

  // 70 t ranks below both of the old top 2, but second now that the best has closed.
  const seventy = await listing(seller, tipton, sandOffer(70));
  t.equal(await alertMatches(db, seventy, config), 1, 'told: it is in the top 2 as the list now stands');
  t.same((await matchList(buyer, want)).map((m) => m.listing.id), [eighty, seventy]);
  const sixty = await listing(seller, tipton, sandOffer(60));
  t.equal(await alertMatches(db, sixty, config), 0, 'and the next, third, is not');
});

t.test('a list at its candidate cap: a far listing outside it is not told, however good', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Wolves Blocks');
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const [wolverhampton, tipton, birmingham] = [await siteAt(buyer, 'wolverhampton'), await siteAt(seller, 'tipton'), await siteAt(seller, 'birmingham')];
  const want = await listing(buyer, wolverhampton, sandWant);
  // A list of at most 2 candidates (the 2 nearest), as MATCH_CANDIDATE_CAP=2 would make it.
  const capped = { ...config, matchCandidateCap: 2 };
  const owner = { organisationId: buyer.id, role: 'member' as const, keyId: null, userId: null, sessionId: null, orgAdmin: false };
  const listOf = async (c: typeof config) =>
    (await matchesForListing(db, owner, want, { strict: false, limit: 20 }, c)).items.map((m) => m.listing.id);

  const a = await listing(seller, tipton, sandOffer(60));
  t.equal(await alertMatches(db, a, capped), 1);
  t.equal((await storedTopN(db, [want]))[0]?.reach_m, null, 'below the cap: no reach');
  const b = await listing(seller, tipton, sandOffer(60));
  t.equal(await alertMatches(db, b, capped), 1, 'the second joins and enters the top 2');
  t.same(await storedTopN(db, [want]), [], 'the list reached its cap: its row is dropped, its reach unknown');

  // 200 t a month from Birmingham would top an uncapped list, but is not among the 2 nearest.
  const far = await listing(seller, birmingham, sandOffer(200));
  t.equal((await listOf(config))[0], far, 'first in an uncapped list');
  t.equal(await alertMatches(db, far, capped), 0, 'not told: outside the capped list');
  t.same((await listOf(capped)).sort(), [a, b].sort(), 'the capped list agrees');
  t.ok((await storedTopN(db, [want]))[0]?.reach_m, 'ranked again by the worker, now with its reach');
  const [stored] = await storedTopN(db, [want]);
  t.ok([a, b].includes(stored?.reach_id as string), 'the reach is the farthest of the walk');
  const farther = await listing(seller, birmingham, sandOffer(300));
  t.equal(await alertMatches(db, farther, capped), 0, 'compared with the stored reach: not told either');

  // One as near as the two joins, at the reach's very distance: which is kept is the walk's to say.
  const near = await listing(seller, tipton, sandOffer(100));
  const told = await alertMatches(db, near, capped);
  const list = await listOf(capped);
  t.equal(told, list.includes(near) ? 1 : 0, 'told exactly when it is in the capped list');
  t.equal(list.length, 2);
});
