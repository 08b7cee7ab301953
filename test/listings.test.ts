import { sql } from 'drizzle-orm';
import t from 'tap';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t, { LISTING_TTL_DAYS: '30' });
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, org: Org | null, payload?: object, headers = {}) =>
  app.inject({ method, url, headers: { ...(org ? bearer(org.apiKey) : {}), ...headers }, ...(payload ? { payload } : {}) });

async function site(org: Org, coordinates: [number, number] = [-2.0662, 52.5294], postcode = 'dy4 9aa') {
  const res = await send('POST', '/sites', org, { name: 'Works', location: { type: 'Point', coordinates }, postcode });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}

const offerBody = (siteId: string) => ({
  kind: 'offer',
  siteId,
  material: 'foundry-sand',
  grade: { afsGfn: 55, clayPct: 8 },
  quantity: { amount: 120, unit: 't', rate: 'month' },
  maxHaulKm: 40,
  currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
});

t.test('sites: postcode normalised, coordinates checked, moving a site moves its listings', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  t.equal(s.postcode, 'DY4 9AA');
  const bad = await send('POST', '/sites', firm, { name: 'x', location: { type: 'Point', coordinates: [200, 52] } });
  t.match(bad.json(), { status: 400, errors: [{ path: 'location.coordinates.0' }] });
  const badPostcode = await send('POST', '/sites', firm, {
    name: 'x',
    location: { type: 'Point', coordinates: [-2, 52] },
    postcode: 'NOPE',
  });
  t.match(badPostcode.json(), { status: 400, errors: [{ path: 'postcode' }] });
  const listing = (await send('POST', '/listings', firm, offerBody(s.id))).json();
  const moved = await send('PATCH', `/sites/${s.id}`, firm, { location: { type: 'Point', coordinates: [-1.9, 52.5] } });
  t.equal(moved.statusCode, 200);
  const after = (await send('GET', `/listings/${listing.id}`, firm)).json();
  t.same(after.location.coordinates, [-1.9, 52.5], 'the listing moved with its site');
  t.equal((await send('DELETE', `/sites/${s.id}`, firm)).statusCode, 409, 'a site with listings stays');
  const other = await createOrganisation(app);
  t.equal((await send('GET', `/sites/${s.id}`, other)).statusCode, 404, "another firm's site is not found");
});

t.test('listings: created active with ETag, validated against the catalogue', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const created = await send('POST', '/listings', firm, offerBody(s.id));
  t.equal(created.statusCode, 201);
  const body = created.json();
  t.match(body, { visibility: 'full', status: 'active', version: 1, material: 'foundry-sand', category: 'sand-aggregates' });
  t.equal(created.headers.etag, '"1"');
  const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
  t.ok(days > 29.9 && days <= 30, 'expires after LISTING_TTL_DAYS');

  const cases: [object, string][] = [
    [{ grade: { clayPct: 140 } }, 'grade.clayPct'],
    [{ grade: { clayPct: 'lots' } }, 'grade.clayPct'],
    [{ grade: { colour: 'red' } }, 'grade.colour'],
    [{ quantity: { amount: 10, unit: 'm3', rate: 'week' } }, 'quantity.unit'],
    [{ accepts: { clayPct: { max: 3 } } }, 'accepts'],
    [{ virginPriceGbpPerTonne: 10 }, 'virginPriceGbpPerTonne'],
    [{ availableFrom: '2027-02-01', availableUntil: '2027-01-01' }, 'availableUntil'],
    [{ material: 'unobtainium' }, 'material'],
    [{ siteId: '00000000-0000-4000-8000-000000000000' }, 'siteId'],
    [{ status: 'closed' }, 'status'],
  ];
  for (const [change, path] of cases) {
    const res = await send('POST', '/listings', firm, { ...offerBody(s.id), ...change });
    t.equal(res.statusCode, 400, path);
    t.ok(
      res.json().errors.some((e: { path: string }) => e.path === path),
      `${path} named in ${JSON.stringify(res.json().errors)}`,
    );
  }
  const want = await send('POST', '/listings', firm, {
    kind: 'want',
    siteId: s.id,
    material: 'steel-scrap',
    accepts: { grade: { oneOf: ['E1', 'E99'] }, cuPct: { min: 0.5, max: 0.2 } },
    quantity: { amount: 10, unit: 't', rate: 'week' },
    maxHaulKm: 50,
  });
  t.same(
    want
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort(),
    ['accepts.cuPct.min', 'accepts.grade.oneOf.1'],
  );
});

t.test('confidentiality: other members see a generalised, anonymous listing; owners and officers everything', async (t) => {
  const owner = await createOrganisation(app, 'member', 'Secret Foundry Ltd');
  const other = await createOrganisation(app);
  const officer = await createOrganisation(app, 'officer');
  const s = await site(owner, [-2.0662, 52.5294], 'B69 4LY');
  const listing = (await send('POST', '/listings', owner, offerBody(s.id))).json();

  const seen = (await send('GET', `/listings/${listing.id}`, other)).json();
  t.equal(seen.visibility, 'public');
  t.equal(seen.postcodeDistrict, 'B69');
  t.notSame(seen.location.coordinates, [-2.0662, 52.5294]);
  for (const field of ['organisation', 'organisationId', 'siteId', 'site', 'currentRoute', 'version'])
    t.notOk(field in seen, `no ${field}`);
  t.notMatch(JSON.stringify(seen), /Secret Foundry|DY4|B69 4LY|member@example/);

  const search = (await send('GET', '/listings?kind=offer', other)).json();
  t.equal(search.items[0].visibility, 'public');
  const geo = await send('GET', '/listings', other, undefined, { accept: 'application/geo+json' });
  t.match(geo.headers['content-type'], /application\/geo\+json/);
  t.notMatch(geo.body, /Secret Foundry|B69 4LY/);
  t.equal(geo.json().type, 'FeatureCollection');

  const full = (await send('GET', `/listings/${listing.id}`, officer)).json();
  t.match(full, { visibility: 'full', organisation: { name: 'Secret Foundry Ltd' }, location: { coordinates: [-2.0662, 52.5294] } });

  await send('PATCH', `/listings/${listing.id}`, owner, { status: 'paused' }, { 'if-match': '"1"' });
  t.equal((await send('GET', `/listings/${listing.id}`, other)).statusCode, 404, 'paused listings are the owner’s business');
  t.equal((await send('GET', `/listings/${listing.id}`, owner)).json().status, 'paused');
});

t.test('PATCH needs If-Match: 428 without, 412 when stale; concurrent edits cannot both win', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const listing = (await send('POST', '/listings', firm, offerBody(s.id))).json();
  const change = { quantity: { amount: 90, unit: 't', rate: 'month' } };
  t.equal((await send('PATCH', `/listings/${listing.id}`, firm, change)).statusCode, 428);
  const [a, b] = await Promise.all([
    send('PATCH', `/listings/${listing.id}`, firm, change, { 'if-match': '"1"' }),
    send('PATCH', `/listings/${listing.id}`, firm, { maxHaulKm: 10 }, { 'if-match': '"1"' }),
  ]);
  t.same([a.statusCode, b.statusCode].sort(), [200, 412], 'one edit wins, the other is told to re-read');
  const current = await send('GET', `/listings/${listing.id}`, firm);
  t.equal(current.headers.etag, '"2"');
  const stale = await send('PATCH', `/listings/${listing.id}`, firm, change, { 'if-match': '"1"' });
  t.equal(stale.statusCode, 412);
  t.match(stale.json(), { type: 'urn:reuse-exchange:problem:precondition-failed' });
  const invalid = await send('PATCH', `/listings/${listing.id}`, firm, { grade: { clayPct: -3 } }, { 'if-match': '"2"' });
  t.match(invalid.json(), { status: 400, errors: [{ path: 'grade.clayPct' }] });
  const stranger = await createOrganisation(app);
  t.equal((await send('PATCH', `/listings/${listing.id}`, stranger, change, { 'if-match': '"2"' })).statusCode, 403);
  t.equal((await send('DELETE', `/listings/${listing.id}`, stranger)).statusCode, 403);
});

t.test('PATCH: who may write is decided before If-Match; If-Match: * matches any current version', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const listing = (await send('POST', '/listings', firm, offerBody(s.id))).json();
  const draft = (await send('POST', '/listings', firm, { ...offerBody(s.id), status: 'draft' })).json();
  const change = { maxHaulKm: 30 };
  const stranger = await createOrganisation(app);
  for (const ifMatch of [undefined, '*', '"7"', 'not-an-etag']) {
    const headers = ifMatch === undefined ? {} : { 'if-match': ifMatch };
    const onActive = await send('PATCH', `/listings/${listing.id}`, stranger, change, headers);
    t.equal(onActive.statusCode, 403, `another firm's active listing, If-Match ${ifMatch}`);
    const onDraft = await send('PATCH', `/listings/${draft.id}`, stranger, change, headers);
    t.equal(onDraft.statusCode, 404, `another firm's draft, If-Match ${ifMatch}`);
  }
  const officer = await createOrganisation(app, 'officer');
  t.equal((await send('PATCH', `/listings/${listing.id}`, officer, change, { 'if-match': '*' })).statusCode, 403);

  const any = await send('PATCH', `/listings/${listing.id}`, firm, change, { 'if-match': '*' });
  t.equal(any.statusCode, 200, 'the owner with * changes whatever version is current');
  t.equal(any.headers.etag, '"2"');
  const listed = await send('PATCH', `/listings/${listing.id}`, firm, { maxHaulKm: 20 }, { 'if-match': '"1", "2"' });
  t.equal(listed.statusCode, 200, 'a list matches when one of its tags does');
  t.equal((await send('PATCH', `/listings/${listing.id}`, firm, change, { 'if-match': '"1", "2"' })).statusCode, 412);
  t.equal((await send('PATCH', `/listings/${listing.id}`, firm, change)).statusCode, 428, 'the owner without If-Match');
});

t.test('Idempotency-Key: the same request once, another body 422', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const headers = { 'idempotency-key': 'order-42' };
  const first = await send('POST', '/listings', firm, offerBody(s.id), headers);
  const again = await send('POST', '/listings', firm, offerBody(s.id), headers);
  t.equal(first.statusCode, 201);
  t.equal(again.statusCode, 201);
  t.equal(again.headers['idempotent-replayed'], 'true');
  t.equal(again.json().id, first.json().id, 'same listing, not a duplicate');
  const mine = (await send('GET', '/listings', firm)).json();
  t.equal(mine.items.length, 1);
  const other = await send('POST', '/listings', firm, { ...offerBody(s.id), maxHaulKm: 10 }, headers);
  t.equal(other.statusCode, 422);
  const parallel = await Promise.all(
    [1, 2, 3].map(() => send('POST', '/listings', firm, offerBody(s.id), { 'idempotency-key': 'burst' })),
  );
  t.equal(new Set(parallel.map((r) => r.json().id)).size, 1, 'concurrent retries create one listing');
});

t.test('expiry and renewal', async (t) => {
  const firm = await createOrganisation(app);
  const other = await createOrganisation(app);
  const s = await site(firm);
  const listing = (await send('POST', '/listings', firm, offerBody(s.id))).json();
  await db.execute(sql`UPDATE listings SET expires_at = now() - interval '1 day' WHERE id = ${listing.id}`);
  t.equal((await send('GET', `/listings/${listing.id}`, firm)).json().status, 'expired');
  t.same((await send('GET', '/listings', other)).json().items, [], 'expired listings do not show to others');
  t.equal((await send('GET', '/listings?status=expired', firm)).json().items.length, 1);
  const renewed = await send('POST', `/listings/${listing.id}/renew`, firm);
  t.equal(renewed.statusCode, 200);
  t.match(renewed.json(), { status: 'active', version: 2 });
  t.equal((await send('GET', '/listings', other)).json().items.length, 1);
});

t.test('search: nearest first, radius, bbox, filters and cursor paging', async (t) => {
  const firm = await createOrganisation(app);
  const viewer = await createOrganisation(app);
  const places: [string, [number, number]][] = [
    ['tipton', [-2.0662, 52.5294]],
    ['wolverhampton', [-2.1288, 52.5862]],
    ['birmingham', [-1.8904, 52.4862]],
    ['coventry', [-1.5197, 52.4068]],
    ['sheffield', [-1.4701, 53.3811]],
  ];
  const ids: Record<string, string> = {};
  for (const [name, coordinates] of places) {
    const s = await site(firm, coordinates);
    ids[name] = (await send('POST', '/listings', firm, offerBody(s.id))).json().id;
  }
  const want = (await site(firm)).id;
  await send('POST', '/listings', firm, {
    kind: 'want',
    siteId: want,
    material: 'soil',
    quantity: { amount: 1, unit: 't', rate: 'one-off' },
    maxHaulKm: 5,
  });
  const near = (await send('GET', '/listings?kind=offer&near=-2.0,52.5', viewer)).json();
  t.same(
    near.items.map((l: { id: string }) => l.id),
    [ids.tipton, ids.birmingham, ids.wolverhampton, ids.coventry, ids.sheffield],
  );
  t.ok(near.items[0].distanceKm < 6);
  const within = (await send('GET', '/listings?near=-2.0,52.5&radiusKm=20', viewer)).json();
  t.equal(within.items.filter((l: { kind: string }) => l.kind === 'offer').length, 3);
  const box = (await send('GET', '/listings?kind=offer&bbox=-1.6,52.3,-1.4,52.5', viewer)).json();
  t.same(box.items.map((l: { id: string }) => l.id), [ids.coventry]);
  t.equal((await send('GET', '/listings?material=soil', viewer)).json().items.length, 1);
  t.equal((await send('GET', '/listings?category=sand-aggregates', viewer)).json().items.length, 6);

  for (const query of ['kind=offer&near=-2.0,52.5&limit=2', 'limit=2']) {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await send('GET', `/listings?${query}${cursor ? `&cursor=${cursor}` : ''}`, viewer)
      ).json();
      seen.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    t.equal(new Set(seen).size, seen.length, `${query}: no repeats`);
    t.equal(seen.length, query.startsWith('kind') ? 5 : 6, `${query}: nothing missed`);
  }
  t.equal((await send('GET', '/listings?radiusKm=5', viewer)).statusCode, 400, 'radius needs near');
  t.equal((await send('GET', '/listings?bbox=1,2,3', viewer)).statusCode, 400);
  t.equal((await send('GET', '/listings?cursor=garbage', viewer)).statusCode, 400);
  t.equal((await send('GET', `/listings?organisation=${firm.id}`, viewer)).statusCode, 403, "not another member's");
  const mine = await send('GET', `/listings?organisation=${viewer.id}`, viewer);
  t.same(mine.json().items, [], 'a member may filter by its own organisation: its listings only');
  t.equal((await send('GET', `/listings?organisation=${firm.id}`, firm)).json().items.length, 6, 'all six of the firm');
});

t.test('audit: every write recorded, readable by officers only', async (t) => {
  const firm = await createOrganisation(app);
  const officer = await createOrganisation(app, 'officer');
  const s = await site(firm);
  const listing = (await send('POST', '/listings', firm, offerBody(s.id))).json();
  await send('PATCH', `/listings/${listing.id}`, firm, { maxHaulKm: 25 }, { 'if-match': '"1"' });
  await send('DELETE', `/listings/${listing.id}`, firm);
  t.equal((await send('GET', '/audit', firm)).statusCode, 403);
  const entries = (await send('GET', `/audit?entityType=listing&entityId=${listing.id}`, officer)).json().items;
  t.same(
    entries.map((e: { action: string }) => e.action),
    ['delete', 'update', 'create'],
  );
  const update = entries[1];
  t.equal(update.before.maxHaulKm, 40);
  t.equal(update.after.maxHaulKm, 25);
  t.equal(update.actorOrganisationId, firm.id);
});
