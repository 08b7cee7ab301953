// Another firm's exact site must not be learnable from anything a member can read: every
// distance, filter, order and cursor is computed from the public point (the centre of the site's
// ~1 km cell). The main test moves a site to many places inside its cell and asserts that no byte
// of any response to another member changes.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { generaliseLocation } from '../src/listings/location.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
type Point = [number, number];

const send = (method: 'GET' | 'POST', url: string, org: Org, payload?: object, headers = {}) =>
  app.inject({ method, url, headers: { ...bearer(org.apiKey), ...headers }, ...(payload ? { payload } : {}) });

async function created(method: 'POST', url: string, org: Org, payload: object) {
  const res = await send(method, url, org, payload);
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}

const TIPTON: Point = [-2.0662, 52.5294];
const BIRMINGHAM: Point = [-1.8904, 52.4862];
const WOLVERHAMPTON: Point = [-2.1288, 52.5862];
const CENTRE = generaliseLocation(TIPTON);
// Places across the cell of CENTRE (0.015° × 0.01°), corners and edges included.
const INSIDE = (
  [
    [-0.0074, -0.0049],
    [0.0074, 0.0049],
    [0, 0],
    [-0.0074, 0.0049],
    [0.0074, -0.0049],
    [0.003, -0.001],
    [-0.0049, 0.0021],
  ] as Point[]
).map(([dx, dy]): Point => [CENTRE[0] + dx, CENTRE[1] + dy]);

const geography = ([lon, lat]: Point) => sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography`;

async function kmBetween(a: Point, b: Point): Promise<number> {
  const [row] = await queryRows<{ m: number }>(db, sql`SELECT ST_Distance(${geography(a)}, ${geography(b)}) AS m`);
  return Number(row?.m) / 1000;
}

async function site(org: Org, coordinates: Point) {
  return created('POST', '/sites', org, { name: 'Works', location: { type: 'Point', coordinates } });
}

const TERMS = {
  offer: {
    kind: 'offer',
    material: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 120, unit: 't', rate: 'month' },
    currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
  },
  want: {
    kind: 'want',
    material: 'foundry-sand',
    accepts: { clayPct: { max: 10 } },
    quantity: { amount: 100, unit: 't', rate: 'month' },
    virginPriceGbpPerTonne: 20,
  },
};
const offer = (siteId: string, maxHaulKm = 50) => ({ ...TERMS.offer, siteId, maxHaulKm });
const want = (siteId: string, maxHaulKm = 50) => ({ ...TERMS.want, siteId, maxHaulKm });

/**
 * A, whose site is confidential, near Tipton; B, the member looking, in Birmingham; C, a third
 * firm in Wolverhampton that stays put. A's want reaches only 300 m past B's public distance,
 * so an exact haul test would let it in or out depending on where in its cell A's site lies.
 */
async function market() {
  const a = await createOrganisation(app, 'member', 'Confidential Castings');
  const b = await createOrganisation(app, 'member', 'Brum Blocks');
  const c = await createOrganisation(app, 'member', 'Wolves Glass');
  const publicKm = await kmBetween(CENTRE, BIRMINGHAM);
  const siteA = await site(a, TIPTON);
  const siteB = await site(b, BIRMINGHAM);
  const siteC = await site(c, WOLVERHAMPTON);
  const listings = {
    aOffer: await created('POST', '/listings', a, offer(siteA.id)),
    aWant: await created('POST', '/listings', a, want(siteA.id, Math.round((publicKm + 0.3) * 1000) / 1000)),
    bOffer: await created('POST', '/listings', b, offer(siteB.id)),
    bWant: await created('POST', '/listings', b, want(siteB.id)),
    cOffer: await created('POST', '/listings', c, offer(siteC.id)),
    cWant: await created('POST', '/listings', c, want(siteC.id)),
  };
  return { a, b, c, siteA: siteA.id, siteB: siteB.id, publicKm, ...listings };
}

/**
 * Straight in SQL, so that nothing else changes: PATCH /sites also bumps the listings' updatedAt,
 * which other members see.
 */
async function moveSite(siteId: string, to: Point) {
  await db.execute(sql`UPDATE sites SET location = ${geography(to)} WHERE id = ${siteId}`);
  await db.execute(sql`UPDATE listings SET location = ${geography(to)} WHERE site_id = ${siteId}`);
}

type Market = Awaited<ReturnType<typeof market>>;

/** Every response B can get that involves A's site, by a label naming the request. */
async function memberViews(m: Market, exchangeId: string): Promise<Map<string, string>> {
  const views = new Map<string, string>();
  // A problem's requestId differs on every request, wherever the site is.
  const record = (label: string, res: { statusCode: number; body: string }) =>
    views.set(label, `${res.statusCode} ${res.body.replace(/"requestId":"[^"]*"/, '"requestId":"…"')}`);
  const get = async (url: string, headers = {}) => {
    const res = await send('GET', url, m.b, undefined, headers);
    record(url + (Object.keys(headers).length ? ' (GeoJSON)' : ''), res);
    return res;
  };
  const post = async (url: string, body: object) => {
    const res = await send('POST', url, m.b, body);
    record(`${url} ${JSON.stringify(body)}`, res);
    return res;
  };

  const nears: Point[] = [BIRMINGHAM, CENTRE, [CENTRE[0] + 0.01, CENTRE[1] - 0.006], WOLVERHAMPTON];
  for (const near of nears) {
    // Every page, one listing at a time, so each cursor is seen.
    for (const query of [`near=${near.join(',')}&limit=1`, `kind=offer&near=${near.join(',')}&limit=1`]) {
      let cursor: string | null = null;
      do {
        const page = await get(`/listings?${query}${cursor ? `&cursor=${cursor}` : ''}`);
        cursor = page.json().nextCursor;
      } while (cursor);
    }
    const geo = await get(`/listings?near=${near.join(',')}&limit=2`, { accept: 'application/geo+json' });
    const next = geo.json().links[0]?.href;
    if (next) await get(next, { accept: 'application/geo+json' });
    // Radii around the public distance: an exact test would put A in or out.
    const publicKm = await kmBetween(CENTRE, near);
    for (const delta of [-0.6, -0.3, -0.1, 0.1, 0.3, 0.6])
      if (publicKm + delta > 0) await get(`/listings?near=${near.join(',')}&radiusKm=${(publicKm + delta).toFixed(4)}`);
  }
  // Boxes whose edges cut through the cell, on each side of its centre.
  for (const edge of [-0.004, 0.004]) {
    const lon = (CENTRE[0] + edge).toFixed(6);
    const lat = (CENTRE[1] + edge).toFixed(6);
    await get(`/listings?bbox=${lon},52,-1,53`);
    await get(`/listings?bbox=-3,52,${lon},53`);
    await get(`/listings?bbox=-3,${lat},-1,53`);
    await get(`/listings?bbox=-3,52,-1,${lat}`);
    await get(`/listings?bbox=${lon},52,-1,53&near=${BIRMINGHAM.join(',')}`);
  }
  await get(`/listings/${m.aOffer.id}`);
  await get(`/listings/${m.aWant.id}`);

  // Matches both ways, page by page, and the estimate each one links to.
  const estimateRequests: object[] = [];
  type MatchPage = { nextCursor: string | null; items: { savings: { estimateRequest: object } }[] };
  const matchPages = async (page: (cursor?: string) => Promise<{ json(): MatchPage }>) => {
    let cursor: string | null | undefined;
    do {
      const body = (await page(cursor ?? undefined)).json();
      estimateRequests.push(...body.items.map((i) => i.savings.estimateRequest));
      cursor = body.nextCursor;
    } while (cursor);
  };
  for (const listing of [m.bOffer.id, m.bWant.id])
    await matchPages((cursor) => get(`/listings/${listing}/matches?limit=1${cursor ? `&cursor=${cursor}` : ''}`));
  for (const kind of ['offer', 'want'] as const) {
    for (const maxHaulKm of [m.publicKm - 0.3, m.publicKm + 0.3, 50]) {
      const search = {
        ...TERMS[kind],
        maxHaulKm: Math.round(maxHaulKm * 1000) / 1000,
        location: { type: 'Point', coordinates: BIRMINGHAM },
        limit: 1,
      };
      await matchPages((cursor) => post('/matches/search', cursor ? { ...search, cursor } : search));
    }
  }
  for (const request of estimateRequests) await post('/estimates', request);
  const quantity = { amount: 10, unit: 't' };
  await post('/estimates', { material: 'foundry-sand', quantity, from: { siteId: m.siteA }, to: { siteId: m.siteB } });
  await post('/estimates', { material: 'foundry-sand', quantity, from: { siteId: m.siteB }, to: { siteId: m.siteA } });

  await get(`/exchanges/${exchangeId}`);
  await get('/exchanges');
  return views;
}

t.test("moving a site inside its cell changes no byte of any response to another member", async (t) => {
  const m = await market();
  const exchange = await created('POST', '/exchanges', m.b, {
    offerId: m.aOffer.id,
    wantId: m.bWant.id,
    quantity: { amount: 10, unit: 't', rate: 'month' },
  });
  for (const p of INSIDE) t.same(generaliseLocation(p), CENTRE, `${p} is in the cell`);

  await moveSite(m.siteA, INSIDE[0] as Point);
  const first = await memberViews(m, exchange.id);
  // Not a vacuous comparison: A's listings are found, matched and priced.
  const all = [...first.values()].join('\n');
  t.ok(all.includes(m.aOffer.id) && all.includes(m.aWant.id), "A's listings appear");
  t.ok([...first.keys()].some((k) => k.includes('cursor=')), 'cursors are followed');
  const some = (test: (label: string, body: string) => boolean) => [...first].some(([label, body]) => test(label, body));
  t.ok(some((k, v) => k.startsWith('/listings?near=') && v.includes(m.aOffer.id) && v.includes('distanceKm')), 'distances to A');
  t.ok(some((k, v) => k.includes('/matches') && v.includes(m.aWant.id)), "A's want, 300 m within its haul, matches");
  t.ok(some((k, v) => k.startsWith('/estimates') && v.startsWith('200')), 'estimates are computed');

  for (const place of INSIDE.slice(1)) {
    await moveSite(m.siteA, place);
    const views = await memberViews(m, exchange.id);
    t.same([...views.keys()], [...first.keys()], `${place}: the same requests`);
    const changed = [...views].filter(([label, body]) => first.get(label) !== body).map(([label]) => label);
    t.same(changed, [], `${place}: no response changed`);
  }
});

t.test('officers and the owner see exact positions and exact distances', async (t) => {
  const m = await market();
  const officer = await createOrganisation(app, 'officer');
  for (const place of [INSIDE[0], INSIDE[1]] as Point[]) {
    await moveSite(m.siteA, place);
    const exactKm = await kmBetween(place, BIRMINGHAM);
    const matches = (await send('GET', `/listings/${m.bWant.id}/matches`, officer)).json();
    const match = matches.items.find((i: { listing: { id: string } }) => i.listing.id === m.aOffer.id);
    t.equal(match.distanceKm, exactKm, `${place}: the officer's match distance is exact`);
    t.same(match.listing.location.coordinates, place);
    const search = (await send('GET', `/listings?near=${BIRMINGHAM.join(',')}`, officer)).json();
    const found = search.items.find((l: { id: string }) => l.id === m.aOffer.id);
    t.equal(found.distanceKm, exactKm, `${place}: the officer's search distance is exact`);
    const own = (await send('GET', `/listings/${m.aOffer.id}`, m.a)).json();
    t.same(own.location.coordinates, place, 'the owner sees its exact site');

    const memberMatches = (await send('GET', `/listings/${m.bWant.id}/matches`, m.b)).json();
    const seen = memberMatches.items.find((i: { listing: { id: string } }) => i.listing.id === m.aOffer.id);
    t.equal(seen.distanceKm, m.publicKm, `${place}: a member's distance is from the public point`);
    t.same(seen.listing.location.coordinates, CENTRE);
  }
  // The corner nearest Birmingham, ~650 m nearer than the public point: an officer's haul that
  // just reaches the exact site finds it, though the walk goes by public points.
  const corner = INSIDE[4] as Point;
  await moveSite(m.siteA, corner);
  const exactKm = await kmBetween(corner, BIRMINGHAM);
  t.ok(m.publicKm - exactKm > 0.6);
  const search = {
    ...TERMS.want,
    maxHaulKm: Math.round((exactKm + 0.01) * 1000) / 1000,
    location: { type: 'Point', coordinates: BIRMINGHAM },
  };
  const distanceToA = async (org: Org) => {
    const found = (await send('POST', '/matches/search', org, search)).json();
    return found.items.find((i: { listing: { id: string } }) => i.listing.id === m.aOffer.id)?.distanceKm;
  };
  t.equal(await distanceToA(officer), exactKm, 'the officer finds the site 10 m within the haul');
  t.equal(await distanceToA(m.b), undefined, 'a member, measuring to the public point, does not');
});

t.test('public_point() in SQL is generaliseLocation to the bit', async (t) => {
  const points: Point[] = [
    [-180, -90],
    [180, 90],
    [-180, 90],
    [180, -90],
    [0, 0],
    [-0.0000001, -0.0000001],
    TIPTON,
    BIRMINGHAM,
  ];
  // Cell edges and their neighbours, west and east of Greenwich, north and south.
  for (let k = -12; k <= 12; k++)
    for (const e of [-1e-9, 0, 1e-9])
      points.push([k * 0.015 * 7.3 + e, k * 0.01 * 5.1 + e], [-2.07 + e, 52.52 + e], [k * 0.015 + e, k * 0.01 + e]);
  // And a few thousand places anywhere, from a fixed seed.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 5000; i++) points.push([random() * 360 - 180, random() * 180 - 90]);
  for (let i = 0; i < 2000; i++) points.push([random() * 16 - 11, random() * 13 + 49]);

  const rows = await queryRows<{ lon: number; lat: number }>(
    db,
    sql`SELECT ST_X(g::geometry) AS lon, ST_Y(g::geometry) AS lat
        FROM unnest(${sql.param(points.map((p) => p[0]))}::float8[], ${sql.param(points.map((p) => p[1]))}::float8[])
          WITH ORDINALITY AS x(lon, lat, n),
          LATERAL (SELECT public_point(ST_SetSRID(ST_MakePoint(x.lon, x.lat), 4326)::geography) AS g) p
        ORDER BY n`,
  );
  const differing = points.filter((p, i) => {
    const [lon, lat] = generaliseLocation(p);
    return !Object.is(Number(rows[i]?.lon), lon) || !Object.is(Number(rows[i]?.lat), lat);
  });
  t.equal(rows.length, points.length);
  t.same(differing, [], `all ${points.length} points agree`);
  for (const [lon, lat] of [generaliseLocation([180, 90]), generaliseLocation([-180, -90])])
    t.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, 'the cells at the poles and the antimeridian stay on the globe');
});

t.test('a site at the pole or on the antimeridian can be listed and searched', async (t) => {
  const firm = await createOrganisation(app);
  const viewer = await createOrganisation(app);
  for (const coordinates of [[180, 90], [-180, -90]] as Point[]) {
    const s = await site(firm, coordinates);
    await created('POST', '/listings', firm, offer(s.id));
  }
  const res = await send('GET', '/listings?near=179,89', viewer);
  t.equal(res.statusCode, 200);
  t.equal(res.json().items.length, 2);
});
