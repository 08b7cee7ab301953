import t from 'tap';
import { insertListing } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

async function market() {
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const buyerA = await createOrganisation(app, 'member', 'Wolves Blocks');
  const buyerB = await createOrganisation(app, 'member', 'Brum Glass');
  const offer = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
  });
  // Nearer but with an unknown property; farther with every property passing.
  const near = await insertListing(db, buyerA.id, 'wolverhampton', {
    kind: 'want',
    materialCode: 'foundry-sand',
    accepts: { clayPct: { max: 10 }, loiPct: { max: 3 } },
  });
  const far = await insertListing(db, buyerB.id, 'birmingham', {
    kind: 'want',
    materialCode: 'silica-sand',
    accepts: { clayPct: { max: 10 } },
    virginPriceGbpPerTonne: 20,
  });
  return { seller, buyerA, buyerB, offer, near, far };
}

t.test("an offer's matches: ranked, explained, anonymous to members", async (t) => {
  const { seller, offer, near, far } = await market();
  const res = await app.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(seller.apiKey) });
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.candidates, 2);
  t.same(
    body.items.map((m: { listing: { id: string } }) => m.listing.id),
    [far, near],
    'the want that saves its virgin sand purchase ranks above a nearer one',
  );
  const [first, second] = body.items;
  t.match(first, {
    listing: { kind: 'want', material: 'silica-sand', locationPrecision: 'approximate', organisation: null },
    quantity: { basis: 'year', amount: 1200, unit: 't', shareOfWant: 1 },
    quantityPerYear: 1200,
    quantityPerLot: null,
    checks: [{ property: 'clayPct', result: 'pass', offered: 8, constraint: { max: 10 } }],
  });
  t.ok(Math.abs(first.roadKm - first.distanceKm * 1.4) < 1e-9, 'road km = great-circle × 1.4');
  t.ok(first.distanceKm > 10 && first.distanceKm < 15, 'Tipton to Birmingham is about 12 km');
  // jsonb keeps keys in its own order (shorter first), so compare by property.
  const results = Object.fromEntries(
    second.checks.map((c: { property: string; result: string }) => [c.property, c.result]),
  );
  t.same(results, { clayPct: 'pass', loiPct: 'unknown' });
  t.notSame(first.listing.location.coordinates, [-1.8904, 52.4862], 'not the exact site');

  // Savings a year for 1200 t, worked by hand with the default set (lower band 2025-26 or later).
  t.match(first.savings, { basis: 'year', factorSet: 'uk-2025', costSavedGbpPerLot: null });
  t.ok(first.savings.costSavedGbpPerYear > second.savings.costSavedGbpPerYear);
  const shown = await app.inject({
    method: 'POST',
    url: '/estimates',
    headers: bearer(seller.apiKey),
    payload: first.savings.estimateRequest,
  });
  t.equal(shown.statusCode, 200);
  t.ok(
    Math.abs(shown.json().totals.costSavedGbp - first.savings.costSavedGbpPerYear) < 1e-6,
    'the estimate request reproduces the figure, line by line',
  );
  t.ok(shown.json().lines.some((l: { key: string; value: number }) => l.key === 'virgin-purchase' && l.value === 24000));
});

t.test('officers see exact places and names; strict drops unknowns; paging', async (t) => {
  const { offer, far } = await market();
  const officer = await createOrganisation(app, 'officer');
  const res = await app.inject({
    method: 'GET',
    url: `/listings/${offer}/matches?strict=true&limit=1`,
    headers: bearer(officer.apiKey),
  });
  const body = res.json();
  t.equal(body.candidates, 1, 'strict: the unknown fails');
  t.match(body.items[0].listing, {
    id: far,
    locationPrecision: 'exact',
    organisation: { name: 'Brum Glass' },
    location: { coordinates: [-1.8904, 52.4862] },
  });
  t.equal(body.nextCursor, null);
  const page1 = (
    await app.inject({ method: 'GET', url: `/listings/${offer}/matches?limit=1`, headers: bearer(officer.apiKey) })
  ).json();
  t.ok(page1.nextCursor);
  const page2 = (
    await app.inject({
      method: 'GET',
      url: `/listings/${offer}/matches?limit=1&cursor=${page1.nextCursor}`,
      headers: bearer(officer.apiKey),
    })
  ).json();
  t.not(page2.items[0].listing.id, page1.items[0].listing.id);
  t.equal(page2.nextCursor, null);
  const bad = await app.inject({
    method: 'GET',
    url: `/listings/${offer}/matches?cursor=bm9wZQ`,
    headers: bearer(officer.apiKey),
  });
  t.match(bad.json(), { status: 400, errors: [{ path: 'cursor' }] });
});

t.test('only the owner or an officer; unknown and expired listings', async (t) => {
  const { buyerA, offer, seller } = await market();
  const other = await app.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(buyerA.apiKey) });
  t.equal(other.statusCode, 403);
  const missing = await app.inject({
    method: 'GET',
    url: '/listings/00000000-0000-4000-8000-000000000000/matches',
    headers: bearer(seller.apiKey),
  });
  t.equal(missing.statusCode, 404);
  const stale = await insertListing(db, seller.id, 'tipton', {
    kind: 'offer',
    materialCode: 'foundry-sand',
    expiresAt: new Date(Date.now() - 1000),
  });
  const expired = await app.inject({ method: 'GET', url: `/listings/${stale}/matches`, headers: bearer(seller.apiKey) });
  t.equal(expired.statusCode, 409);
  const draft = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', status: 'draft' });
  t.equal(
    (await app.inject({ method: 'GET', url: `/listings/${draft}/matches`, headers: bearer(seller.apiKey) })).statusCode,
    409,
    'drafts do not match; search ad hoc instead',
  );
});

t.test('ad hoc search: a steel-scrap want finds graded offers, substitutes included', async (t) => {
  const mill = await createOrganisation(app, 'member', 'Sheffield Melt Shop');
  const yard = await createOrganisation(app, 'member', 'Rotherham Metals');
  const e3 = await insertListing(db, yard.id, 'sheffield', {
    kind: 'offer',
    materialCode: 'steel-scrap',
    grade: { grade: 'E3', cuPct: 0.2, snPct: 0.01 },
  });
  await insertListing(db, yard.id, 'sheffield', {
    kind: 'offer',
    materialCode: 'steel-scrap',
    grade: { grade: 'E3', cuPct: 0.45 },
  });
  const turnings = await insertListing(db, yard.id, 'sheffield', {
    kind: 'offer',
    materialCode: 'steel-turnings',
    grade: { grade: 'E5H', cuPct: 0.1 },
  });
  const search = {
    kind: 'want',
    material: 'steel-scrap',
    accepts: { grade: { oneOf: ['E3', 'E5H'] }, cuPct: { max: 0.3 }, snPct: { max: 0.02 } },
    quantity: { amount: 50, unit: 't', rate: 'month' },
    maxHaulKm: 30,
    location: { type: 'Point', coordinates: [-1.4, 53.4] },
  };
  const res = await app.inject({ method: 'POST', url: '/matches/search', headers: bearer(mill.apiKey), payload: search });
  t.equal(res.statusCode, 200);
  const ids = res.json().items.map((m: { listing: { id: string } }) => m.listing.id);
  t.same(ids, [e3, turnings], 'all checks pass for E3; the turnings leave snPct unknown');
  const strict = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(mill.apiKey),
    payload: { ...search, strict: true },
  });
  t.same(
    strict.json().items.map((m: { listing: { id: string } }) => m.listing.id),
    [e3],
  );
  const own = await app.inject({ method: 'POST', url: '/matches/search', headers: bearer(yard.apiKey), payload: search });
  t.same(own.json().items, [], "a firm's own offers are not matched back to it");

  const badPlace = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(mill.apiKey),
    payload: { ...search, location: { type: 'Point', coordinates: [-1.4, 93] } },
  });
  t.match(badPlace.json(), { status: 400, errors: [{ path: 'location.coordinates.1', message: /latitude/ }] });
  const badMaterial = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(mill.apiKey),
    payload: { ...search, material: 'unobtainium' },
  });
  t.match(badMaterial.json(), { status: 400, errors: [{ path: 'material' }] });
  const anonymous = await app.inject({ method: 'POST', url: '/matches/search', payload: search });
  t.equal(anonymous.statusCode, 401);
});
