// OGC API – Features at /ogc, checked against the requirements of Part 1 (core, GeoJSON, HTML)
// and Part 2 (CRS) that apply, and against the promise that no exact position leaves it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Sqlite from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { listings, sites } from '../db/schema.ts';
import { generaliseLocation } from '../src/listings/location.ts';
import { BNG, CRS84 } from '../src/gis/crs.ts';
import { CONFORMANCE } from '../src/gis/links.ts';
import { insertListing } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
type Org = Awaited<ReturnType<typeof createOrganisation>>;

interface Link {
  href: string;
  rel: string;
  type?: string;
}
const get = (url: string, key: string | null, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { ...(key ? bearer(key) : {}), ...headers } });
/** The path and query of an absolute link, for inject. */
const local = (href: string) => {
  const u = new URL(href);
  return `${u.pathname}${u.search}`;
};
const rel = (links: Link[], name: string) => links.find((l) => l.rel === name);

/** An active listing at an exact point, at a new site of the organisation. */
async function listingAt(org: string, [lon, lat]: readonly [number, number], values: Partial<typeof listings.$inferInsert> = {}) {
  const location = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography`;
  const [site] = await db.insert(sites).values({ organisationId: org, name: 'Secret Works', postcode: 'DY4 7UJ', location }).returning();
  const [row] = await db
    .insert(listings)
    .values({
      organisationId: org,
      siteId: site!.id,
      kind: 'offer',
      materialCode: 'foundry-sand',
      quantityAmount: 100,
      quantityUnit: 't',
      quantityRate: 'month',
      maxHaulKm: 50,
      expiresAt: new Date(Date.now() + 86_400_000),
      location,
      ...values,
    })
    .returning();
  return row!.id;
}

let member: Org;
let officer: Org;
t.beforeEach(async () => {
  await reset();
  member = await createOrganisation(app, 'member', 'Hidden Castings Ltd');
  officer = await createOrganisation(app, 'officer');
});

t.test('landing page, conformance and API definition carry the link relations the standard asks for', async (t) => {
  const res = await get('/ogc', member.apiKey);
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/json/);
  const links: Link[] = res.json().links;
  for (const name of ['self', 'alternate', 'service-desc', 'service-doc', 'conformance', 'data'])
    t.ok(rel(links, name), `rel ${name}`);
  t.equal(rel(links, 'alternate')?.type, 'text/html');
  t.ok(links.every((l) => /^http:\/\/localhost(:\d+)?\//.test(l.href)), 'absolute links');
  t.equal(local(rel(links, 'data')!.href), '/ogc/collections');

  const conformance = await get(local(rel(links, 'conformance')!.href), member.apiKey);
  t.same(conformance.json().conformsTo, CONFORMANCE);
  t.ok(conformance.json().conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core'));
  t.ok(conformance.json().conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs'));

  const api = await get(local(rel(links, 'service-desc')!.href), member.apiKey);
  t.equal(api.statusCode, 302);
  t.equal(api.headers.location, '/documentation/json');
});

t.test('collections: listings and regions for members, flows for officers too; CRS declared', async (t) => {
  const ids = async (key: string) => (await get('/ogc/collections', key)).json().collections.map((c: { id: string }) => c.id);
  t.same(await ids(member.apiKey), ['listings', 'regions']);
  t.same(await ids(officer.apiKey), ['listings', 'regions', 'flows', 'opportunities']);
  const res = await get('/ogc/collections/listings', member.apiKey);
  t.equal(res.statusCode, 200);
  const c = res.json();
  t.same(c.crs, [CRS84, BNG]);
  t.equal(c.storageCrs, CRS84);
  const items = c.links.find((l: Link) => l.rel === 'items' && l.type === 'application/geo+json');
  t.equal(local(items.href), '/ogc/collections/listings/items');
  t.equal((await get('/ogc/collections/flows', member.apiKey)).statusCode, 403);
  t.equal((await get('/ogc/collections/flows/items', member.apiKey)).statusCode, 403);
  t.equal((await get('/ogc/collections/flows', officer.apiKey)).statusCode, 200);
  const unknown = await get('/ogc/collections/nonsense/items', officer.apiKey);
  t.equal(unknown.statusCode, 404);
  t.match(unknown.headers['content-type'], /^application\/problem\+json/);
  t.equal((await get('/ogc/collections', null)).statusCode, 401, 'a key is needed unless OGC_PUBLIC');
});

t.test('items: GeoJSON, numberMatched, and next links to the end and prev links back', async (t) => {
  const made = new Set<string>();
  for (let i = 0; i < 23; i++) made.add(await listingAt(member.id, [-2 + i * 0.02, 52.5]));
  const seen: string[] = [];
  const pages: string[][] = [];
  let url: string | undefined = '/ogc/collections/listings/items?limit=10';
  let previous: Link | undefined;
  while (url) {
    const res = await get(url, member.apiKey);
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^application\/geo\+json/);
    t.equal(res.headers['content-crs'], `<${CRS84}>`);
    const body = res.json();
    t.equal(body.type, 'FeatureCollection');
    t.equal(body.numberMatched, 23);
    t.equal(body.numberReturned, body.features.length);
    t.ok(rel(body.links, 'self') && rel(body.links, 'collection'));
    t.ok(body.features.length <= 10);
    pages.push(body.features.map((f: { id: string }) => f.id));
    seen.push(...pages[pages.length - 1]!);
    previous = rel(body.links, 'prev');
    const next = rel(body.links, 'next');
    url = next ? local(next.href) : undefined;
  }
  t.same(pages.map((p) => p.length), [10, 10, 3]);
  t.same(new Set(seen), made, 'every listing once');
  t.equal(seen.length, 23);
  const back = (await get(local(previous!.href), member.apiKey)).json();
  t.same(back.features.map((f: { id: string }) => f.id), pages[1], 'prev gives the page before');
  const first = (await get(local(rel(back.links, 'prev')!.href), member.apiKey)).json();
  t.same(first.features.map((f: { id: string }) => f.id), pages[0]);
  t.notOk(rel(first.links, 'prev'), 'no page before the first');
});

t.test('bbox: edges included, the public point decides, a box in EPSG:27700 too', async (t) => {
  const exact = [-1.9, 52.4866] as const;
  const id = await listingAt(member.id, exact);
  const [x, y] = generaliseLocation(exact);
  const ids = async (query: string) =>
    (await get(`/ogc/collections/listings/items?${query}`, member.apiKey)).json().features.map((f: { id: string }) => f.id);
  t.same(await ids(`bbox=${x},${y},${x + 1},${y + 1}`), [id], 'on the lower-left corner');
  t.same(await ids(`bbox=${x - 1},${y - 1},${x},${y}`), [id], 'on the upper-right corner');
  t.same(await ids(`bbox=${x},${y},${x},${y}`), [id], 'a box that is the point');
  t.same(await ids(`bbox=${x + 1e-6},${y - 1},${x + 1},${y + 1}`), [], 'just east of the point');
  t.same(await ids(`bbox=${x - 1},${y - 1},${x + 1},${y - 1e-6}`), [], 'just south of the point');
  // The exact point lies inside this box, the public point outside: the public point decides.
  t.same(await ids(`bbox=${exact[0] - 1e-4},${exact[1] - 1e-4},${exact[0] + 1e-4},${exact[1] + 1e-4}`), []);
  const [grid] = await queryRows<{ e: number; n: number }>(
    db,
    sql`SELECT ST_X(g) AS e, ST_Y(g) AS n FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(${x}, ${y}), 4326), 27700) AS g) p`,
  );
  const [e, n] = [Number(grid!.e), Number(grid!.n)];
  const crs = `bbox-crs=${encodeURIComponent(BNG)}`;
  t.same(await ids(`bbox=${e - 1},${n - 1},${e + 1},${n + 1}&${crs}`), [id], 'easting, northing around it');
  t.same(await ids(`bbox=${n - 1},${e - 1},${n + 1},${e + 1}&${crs}`), [], 'northing, easting is not the axis order');
  t.same(await ids(`bbox=${e + 0.01},${n - 1},${e + 100},${n + 1}&${crs}`), [], 'just east of it in the grid');
});

t.test('crs=EPSG:27700: easting, northing of the public point, with Content-Crs', async (t) => {
  const exact = [-1.8904, 52.4862] as const;
  const id = await listingAt(member.id, exact);
  const res = await get(`/ogc/collections/listings/items?crs=${encodeURIComponent(BNG)}`, member.apiKey);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-crs'], `<${BNG}>`);
  const [e, n] = res.json().features[0].geometry.coordinates;
  const [x, y] = generaliseLocation(exact);
  const [grid] = await queryRows<{ e: number; n: number }>(
    db,
    sql`SELECT ST_X(g) AS e, ST_Y(g) AS n FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(${x}, ${y}), 4326), 27700) AS g) p`,
  );
  t.ok(Math.abs(e - Number(grid!.e)) < 0.01 && Math.abs(n - Number(grid!.n)) < 0.01, `${e},${n}`);
  t.ok(e > 400_000 && e < 420_000 && n > 280_000 && n < 295_000, 'Birmingham: easting ~407 km, northing ~287 km');
  const one = await get(`/ogc/collections/listings/items/${id}?crs=${encodeURIComponent(BNG)}`, member.apiKey);
  t.same(one.json().geometry.coordinates, [e, n]);
  t.equal(one.headers['content-crs'], `<${BNG}>`);
  const bremen = await listingAt(member.id, [8.8017, 53.0793]);
  const far = await listingAt(member.id, [151.2, -33.9]);
  const all = (await get(`/ogc/collections/listings/items?crs=${encodeURIComponent(BNG)}`, member.apiKey)).json();
  const geometry = (x: string) => all.features.find((f: { id: string }) => f.id === x).geometry;
  t.ok(geometry(bremen), 'Bremen has grid coordinates');
  t.equal(geometry(far), null, 'Sydney has none (no 500)');
});

t.test('filters: material, kind, category and datetime over availability', async (t) => {
  const sand = await listingAt(member.id, [-2, 52.5], { availableFrom: '2026-03-01', availableUntil: '2026-03-31' });
  const want = await listingAt(member.id, [-2, 52.5], { kind: 'want' });
  const scrap = await listingAt(member.id, [-2, 52.5], { materialCode: 'steel-scrap', availableFrom: '2026-05-01' });
  const ids = async (query: string) => {
    const res = await get(`/ogc/collections/listings/items?${query}`, member.apiKey);
    t.equal(res.statusCode, 200, query);
    return res.json().features.map((f: { id: string }) => f.id).sort();
  };
  t.same(await ids('material=steel-scrap'), [scrap]);
  t.same(await ids('kind=want'), [want]);
  t.same(await ids('category=metals'), [scrap]);
  t.same(await ids('datetime=2026-03-15'), [sand, want].sort());
  t.same(await ids('datetime=2026-04-01/..'), [want, scrap].sort());
  t.same(await ids('datetime=../2026-02-28T23:00:00Z'), [want]);
  t.same(await ids('datetime=2026-03-31T23:30:00-01:00/2026-04-30'), [want], 'a time narrows to its UTC day');
});

t.test('classification: ewcCode and hazardous in GeoJSON, HTML and GeoPackage; hazardous filters', async (t) => {
  const toxic = await listingAt(member.id, [-2, 52.5], { ewcCode: '10 09 07', hazardous: true });
  const sand = await listingAt(member.id, [-2, 52.5], { ewcCode: '10 09 08' });
  const want = await listingAt(member.id, [-1.5, 52.5], { kind: 'want' });
  const page = async (query: string) => {
    const res = await get(`/ogc/collections/listings/items?${query}`, member.apiKey);
    t.equal(res.statusCode, 200, query);
    return res.json();
  };
  const all = await page('');
  const props = (id: string) => all.features.find((f: { id: string }) => f.id === id).properties;
  t.match(props(toxic), { ewcCode: '10 09 07', hazardous: true });
  t.match(props(sand), { ewcCode: '10 09 08', hazardous: false });
  t.match(props(want), { ewcCode: null, hazardous: false }, 'a want carries no classification of its own');
  t.match((await get(`/ogc/collections/listings/items/${toxic}`, member.apiKey)).json().properties, { ewcCode: '10 09 07', hazardous: true });
  const hazardous = await page('hazardous=true');
  t.same(hazardous.features.map((f: { id: string }) => f.id), [toxic]);
  t.equal(hazardous.numberMatched, 1, 'numberMatched of the filter');
  const safe = await page('hazardous=false&bbox=-2.1,52.4,-1.9,52.6');
  t.same(safe.features.map((f: { id: string }) => f.id), [sand], 'with a box too');
  t.equal(safe.numberMatched, 1);
  t.equal((await page('hazardous=true&kind=want')).numberMatched, 0);
  const html = await get('/ogc/collections/listings/items?hazardous=true&f=html', member.apiKey);
  t.match(html.body, /<th scope="col">ewcCode<\/th>/);
  t.match(html.body, /<th scope="col">hazardous<\/th>/);
  t.match(html.body, /<td>10 09 07<\/td>/);
  const file = saved(t, (await get('/ogc/collections/listings/items?f=gpkg', member.apiKey)).rawPayload, 'classified.gpkg');
  const gpkg = new Sqlite(file, { readonly: true });
  t.teardown(() => gpkg.close());
  const rows = gpkg.prepare('SELECT id, ewcCode, hazardous FROM listings').all() as { id: string; ewcCode: string | null; hazardous: number }[];
  t.same(rows.find((r) => r.id === toxic), { id: toxic, ewcCode: '10 09 07', hazardous: 1 });
  t.same(rows.find((r) => r.id === want), { id: want, ewcCode: null, hazardous: 0 });
  const columns = gpkg.prepare("SELECT name, type FROM pragma_table_info('listings') WHERE name IN ('ewcCode', 'hazardous') ORDER BY name").all();
  t.same(columns, [{ name: 'ewcCode', type: 'TEXT' }, { name: 'hazardous', type: 'BOOLEAN' }]);
  for (const query of ['hazardous=yes', 'hazardous=1']) {
    const res = await get(`/ogc/collections/listings/items?${query}`, member.apiKey);
    t.equal(res.statusCode, 400, query);
    t.match(res.json().detail, 'hazardous');
  }
  t.equal((await get('/ogc/collections/regions/items?hazardous=true', member.apiKey)).statusCode, 400, 'regions have no hazard flag');
});

t.test('bad input: 400 naming the parameter, never 500', async (t) => {
  const cases: [string, string][] = [
    ['bbox=1,0,0,1', 'bbox'],
    ['bbox=0,1,1,0', 'bbox'],
    ['bbox=0,0,1', 'bbox'],
    ['bbox=0,0,1,1,2,3', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['bbox=-200,0,0,1', 'bbox'],
    ['bbox=0,0,1,1&bbox-crs=EPSG:4326', 'bbox-crs'],
    ['crs=http://www.opengis.net/def/crs/EPSG/0/3857', 'crs'],
    ['limit=1001', 'limit'],
    ['limit=0', 'limit'],
    ['limit=ten', 'limit'],
    ['datetime=2026-02-30', 'datetime'],
    ['datetime=2026-05-01/2026-04-01', 'datetime'],
    ['datetime=yesterday', 'datetime'],
    ['cursor=bm9wZQ', 'cursor'],
    ['cursor=WyJuIiwibm90LWEtdXVpZCJd', 'cursor'],
    ['colour=red', ''],
  ];
  for (const [query, field] of cases) {
    const res = await get(`/ogc/collections/listings/items?${query}`, member.apiKey);
    t.equal(res.statusCode, 400, query);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    if (field) t.match(res.json().detail, field, `${query} names ${field}`);
  }
  const regions = await get('/ogc/collections/regions/items?material=soil', member.apiKey);
  t.equal(regions.statusCode, 400, 'regions cannot be filtered by material');
  t.equal((await get('/ogc/collections/listings/items/not-a-uuid', member.apiKey)).statusCode, 404);
  t.equal((await get('/ogc/collections/listings/items/00000000-0000-4000-8000-000000000000', member.apiKey)).statusCode, 404);
});

t.test('no exact position, firm or site appears, whatever the role, format or CRS', async (t) => {
  const places = [[-2.0662, 52.5294], [-1.8904, 52.4862], [-1.4701, 53.3811], [-0.3367, 53.7457]] as const;
  const ids = [];
  for (const p of places) ids.push(await listingAt(member.id, p));
  const exact = await queryRows<{ lon: number; lat: number; e: number; n: number; site_id: string }>(
    db,
    sql`SELECT ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat, site_id,
          ST_X(ST_Transform(location::geometry, 27700)) AS e, ST_Y(ST_Transform(location::geometry, 27700)) AS n
        FROM listings`,
  );
  t.equal(exact.length, places.length);
  const bng = encodeURIComponent(BNG);
  const urls = [
    '/ogc/collections/listings/items',
    '/ogc/collections/listings/items?f=html',
    `/ogc/collections/listings/items?crs=${bng}`,
    `/ogc/collections/listings/items?crs=${bng}&f=html`,
    ...ids.map((id) => `/ogc/collections/listings/items/${id}`),
    ...ids.map((id) => `/ogc/collections/listings/items/${id}?crs=${bng}`),
  ];
  for (const key of [member.apiKey, officer.apiKey]) {
    for (const url of urls) {
      const res = await get(url, key);
      t.equal(res.statusCode, 200, url);
      for (const r of exact) {
        for (const v of [r.lon, r.lat]) t.notOk(res.body.includes(String(Number(v).toFixed(4))), `${url}: no exact ${v}`);
        // The public point in the grid differs from the exact one by tens of metres or more.
        for (const v of [r.e, r.n]) t.notOk(res.body.includes(String(Math.round(Number(v)))), `${url}: no exact ${v}`);
        t.notOk(res.body.includes(r.site_id), `${url}: no site id`);
      }
      t.notMatch(res.body, /Hidden Castings|Secret Works|example\.org|organisation/i, `${url}: no firm, site or contact`);
      t.notMatch(res.body, new RegExp(member.id), `${url}: no organisation id`);
    }
  }
});

t.test('HTML for browsers, every user string escaped', async (t) => {
  const name = '<script>alert("x")</script> & Co';
  const created = await app.inject({
    method: 'POST',
    url: '/regions',
    headers: bearer(officer.apiKey),
    payload: { name, boundary: { type: 'Polygon', coordinates: [[[-2.2, 52.4], [-1.8, 52.4], [-1.8, 52.7], [-2.2, 52.4]]] } },
  });
  t.equal(created.statusCode, 201);
  const accept = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
  const res = await get('/ogc/collections/regions/items', member.apiKey, accept);
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  t.notOk(res.body.includes('<script>'), 'no markup from users');
  t.ok(res.body.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Co'), 'shown as text');
  const landing = await get('/ogc', member.apiKey, accept);
  t.match(landing.headers['content-type'], /^text\/html/);
  t.match(landing.body, /rel="alternate"/);
  const json = await get('/ogc/collections/regions/items?f=json', member.apiKey, accept);
  t.match(json.headers['content-type'], /^application\/geo\+json/, 'f=json wins over Accept');
  const region = json.json().features[0];
  t.equal(region.properties.name, name);
  t.equal(region.geometry.type, 'MultiPolygon');
});

t.test('flows: transfers summed per material and pair of public points over datetime, for officers', async (t) => {
  const buyer = await createOrganisation(app, 'member', 'Buyer Ltd');
  const offerId = await insertListing(db, member.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', quantityRate: 'one-off', quantityAmount: 1000 });
  const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  const post = (url: string, org: Org, payload?: object) =>
    app.inject({ method: 'POST', url, headers: bearer(org.apiKey), ...(payload ? { payload } : {}) });
  const ex = (await post('/exchanges', member, { offerId, wantId, quantity: { amount: 500, unit: 't' } })).json();
  await post(`/exchanges/${ex.id}/accept`, buyer);
  for (const [date, amount] of [['2026-01-10', 30], ['2026-02-10', 40], ['2026-06-10', 50]] as const) {
    const res = await post(`/exchanges/${ex.id}/transfers`, member, { date, amount, unit: 't', haulKm: 20 });
    t.equal(res.statusCode, 201);
  }
  const res = await get('/ogc/collections/flows/items?datetime=2026-01-01/2026-03-31', officer.apiKey);
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.numberMatched, 1);
  const flow = body.features[0];
  t.equal(flow.properties.transfers, 2);
  t.equal(flow.properties.tonnes, 70);
  t.equal(flow.properties.material, 'foundry-sand');
  t.same(flow.geometry.coordinates, [generaliseLocation([-2.0662, 52.5294]), generaliseLocation([-1.8904, 52.4862])]);
  const one = await get(`/ogc/collections/flows/items/${encodeURIComponent(flow.id)}`, officer.apiKey);
  t.equal(one.statusCode, 200);
  t.equal(one.json().properties.tonnes, 120, 'without datetime, all time');
  t.equal((await get('/ogc/collections/flows/items?datetime=2027-01-01/..', officer.apiKey)).json().numberMatched, 0);
  t.equal((await get('/ogc/collections/flows/items', member.apiKey)).statusCode, 403);
});

t.test('OGC_PUBLIC=true: anyone reads listings and regions, nobody anonymous reads flows', async (t) => {
  const open = await buildTestApp(t, { OGC_PUBLIC: 'true' });
  const org = await createOrganisation(open.app, 'member');
  await insertListing(open.db, org.id, 'tipton', { kind: 'offer', materialCode: 'soil' });
  const anon = (url: string) => open.app.inject({ method: 'GET', url });
  t.equal((await anon('/ogc')).statusCode, 200);
  t.same((await anon('/ogc/collections')).json().collections.map((c: { id: string }) => c.id), ['listings', 'regions']);
  const items = await anon('/ogc/collections/listings/items');
  t.equal(items.statusCode, 200);
  t.equal(items.json().numberReturned, 1);
  t.notMatch(items.body, /-2\.0662|52\.5294/);
  t.equal((await anon('/ogc/collections/regions/items')).statusCode, 200);
  t.equal((await anon('/ogc/collections/flows/items')).statusCode, 401);
  t.equal((await anon('/ogc/collections/flows')).statusCode, 401);
  t.equal((await anon('/listings')).statusCode, 401, 'the rest of the API still needs a key');
});

const run = promisify(execFile);
const ogrinfo = await run('ogrinfo', ['--version']).then(
  () => false as const,
  () => 'ogrinfo is not installed (apt-get install gdal-bin): GDAL interoperability not checked',
);

t.test("GDAL's OAPIF driver reads the listings layer from a listening service", { skip: ogrinfo }, async (t) => {
  for (let i = 0; i < 3; i++) await listingAt(member.id, [-2 + i * 0.1, 52.5]);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const { stdout } = await run('ogrinfo', ['-ro', '-al', '-so', `OAPIF:${address}/ogc`], {
    env: { ...process.env, GDAL_HTTP_HEADERS: `Authorization: Bearer ${member.apiKey}` },
    timeout: 60_000,
  });
  const layer = stdout.split(/^Layer name: /m).find((s) => s.startsWith('listings'));
  t.ok(layer, 'a listings layer');
  t.match(layer, /Feature Count: 3\b/);
  t.notOk(stdout.split(/^Layer name: /m).some((s) => s.startsWith('flows')), 'no flows layer for a member');
});

/** The x, y of a GeoPackageBinary point (header flags say no envelope). */
function gpkgPoint(blob: Buffer): [number, number] {
  const envelope = [0, 32, 48, 48, 64][(blob.readUInt8(3) >> 1) & 7] ?? 0;
  const at = 8 + envelope + 5;
  return [blob.readDoubleLE(at), blob.readDoubleLE(at + 8)];
}

/** The response body written to a file, removed when the test ends. */
function saved(t: { teardown: (fn: () => void) => void }, bytes: Buffer, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rx-ogc-gpkg-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

t.test('f=gpkg: the same page as the GeoJSON, in its CRS, with next in a Link header', async (t) => {
  for (let i = 0; i < 3; i++) await listingAt(member.id, [-1.9 + i * 0.05, 52.48]);
  const query = `limit=2&crs=${encodeURIComponent(BNG)}`;
  const page = (await get(`/ogc/collections/listings/items?${query}`, member.apiKey)).json();
  const res = await get(`/ogc/collections/listings/items?${query}&f=gpkg`, member.apiKey);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'application/geopackage+sqlite3');
  t.equal(res.headers['content-crs'], `<${BNG}>`);
  t.match(res.headers['content-disposition'], /listings\.gpkg/);
  const next = /<([^>]+)>; rel="next"/.exec(String(res.headers.link))?.[1];
  t.ok(next, 'a next link');
  const file = saved(t, res.rawPayload, 'listings.gpkg');
  const gpkg = new Sqlite(file, { readonly: true });
  t.teardown(() => gpkg.close());
  t.equal(gpkg.pragma('application_id', { simple: true }), 0x47504b47);
  t.same(gpkg.prepare('SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns').all(), [
    { table_name: 'listings', geometry_type_name: 'POINT', srs_id: 27700 },
  ]);
  t.same(gpkg.prepare('SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 27700').get(), {
    organization: 'EPSG',
    organization_coordsys_id: 27700,
  });
  type Row = { id: string; geom: Buffer; material: string; quantityAmount: number };
  const rows = gpkg.prepare('SELECT * FROM listings ORDER BY fid').all() as Row[];
  t.same(
    rows.map((r) => r.id),
    page.features.map((f: { id: string }) => f.id),
    'the features of the GeoJSON page, in its order',
  );
  rows.forEach((r, i) => {
    const [e, n] = page.features[i].geometry.coordinates;
    t.same(gpkgPoint(r.geom), [e, n], 'the public point in eastings and northings');
    t.equal(r.material, 'foundry-sand');
    t.equal(r.quantityAmount, 100);
  });
  const rest = await get(local(next!), member.apiKey);
  t.equal(rest.headers['content-type'], 'application/geopackage+sqlite3', 'next stays a GeoPackage');
  const second = new Sqlite(rest.rawPayload);
  t.teardown(() => second.close());
  t.same(second.prepare('SELECT count(*) AS n FROM listings').get(), { n: 1 });
  const accepted = await get('/ogc/collections/listings/items', member.apiKey, { accept: 'application/geopackage+sqlite3' });
  t.equal(accepted.headers['content-type'], 'application/geopackage+sqlite3', 'Accept chooses it too');
  const collection = (await get('/ogc/collections/listings', member.apiKey)).json();
  t.ok(collection.links.some((l: Link) => l.rel === 'items' && l.type === 'application/geopackage+sqlite3'), 'advertised');
});

t.test('f=gpkg: regions as multipolygons, empty pages, and the same access as GeoJSON', async (t) => {
  await db.execute(sql`INSERT INTO regions (name, boundary)
    VALUES ('Black Country', ST_Multi(ST_MakeEnvelope(-2.2, 52.4, -1.9, 52.6, 4326))::geography)`);
  const res = await get('/ogc/collections/regions/items?f=gpkg', member.apiKey);
  t.equal(res.statusCode, 200);
  const gpkg = new Sqlite(res.rawPayload);
  t.teardown(() => gpkg.close());
  const row = gpkg.prepare('SELECT name, geom FROM regions').get() as { name: string; geom: Buffer };
  t.equal(row.name, 'Black Country');
  t.equal(row.geom.readUInt32LE(8 + 32 + 1), 6, 'WKB MultiPolygon after the enveloped header');
  t.same(gpkg.prepare('SELECT srs_id, min_x, max_y FROM gpkg_contents').get(), { srs_id: 4326, min_x: -2.2, max_y: 52.6 });
  const empty = new Sqlite((await get('/ogc/collections/listings/items?f=gpkg', member.apiKey)).rawPayload);
  t.teardown(() => empty.close());
  t.same(empty.prepare('SELECT count(*) AS n FROM listings').get(), { n: 0 }, 'an empty layer, not an error');
  t.equal((await get('/ogc/collections/flows/items?f=gpkg', member.apiKey)).statusCode, 403, 'flows stay for officers');
  t.equal((await get('/ogc/collections/listings/items?f=gpkg', null)).statusCode, 401);
  const bad = await get('/ogc/collections/listings/items?f=shp', member.apiKey);
  t.equal(bad.statusCode, 400);
  t.match(bad.json().errors?.[0]?.pointer ?? bad.body, /f/);
});

t.test('f=gpkg files open in GDAL (ogrinfo -ro -al -so)', { skip: ogrinfo }, async (t) => {
  for (let i = 0; i < 3; i++) await listingAt(member.id, [-2 + i * 0.1, 52.5]);
  await db.execute(sql`INSERT INTO regions (name, boundary)
    VALUES ('Black Country', ST_Multi(ST_MakeEnvelope(-2.2, 52.4, -1.9, 52.6, 4326))::geography)`);
  const listingsFile = saved(t, (await get(`/ogc/collections/listings/items?f=gpkg&crs=${encodeURIComponent(BNG)}`, member.apiKey)).rawPayload, 'l.gpkg');
  const { stdout } = await run('ogrinfo', ['-ro', '-al', '-so', listingsFile], { timeout: 60_000 });
  t.match(stdout, /Layer name: listings/);
  t.match(stdout, /Geometry: Point/);
  t.match(stdout, /Feature Count: 3\b/);
  t.match(stdout, /British National Grid|EPSG","27700"|27700/);
  const regionsFile = saved(t, (await get('/ogc/collections/regions/items?f=gpkg', member.apiKey)).rawPayload, 'r.gpkg');
  const regions = await run('ogrinfo', ['-ro', '-al', '-so', regionsFile], { timeout: 60_000 });
  t.match(regions.stdout, /Geometry: Multi Polygon/);
  t.match(regions.stdout, /Feature Count: 1\b/);
  t.notMatch(regions.stdout + regions.stderr, /ERROR/);
});
