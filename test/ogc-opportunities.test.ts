// The OGC opportunities collection: the last optimal allocation an organisation's officers
// solved, kept per organisation, drawn between public points, for officers only.
import Sqlite from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { BNG } from '../src/gis/crs.ts';
import { generaliseLocation } from '../src/listings/location.ts';
import { PLACES } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';
import { market } from './opportunities-market.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

const BLACK_COUNTRY = [-2.3, 52.4, -1.7, 52.7];
const ITEMS = '/ogc/collections/opportunities/items';

const post = (key: string, payload: object) => app.inject({ method: 'POST', url: '/opportunities', headers: bearer(key), payload });
const get = (url: string, key: string | null) => app.inject({ method: 'GET', url, headers: key ? bearer(key) : {} });

interface Feature {
  id: string;
  geometry: { type: string; coordinates: number[][] };
  properties: Record<string, unknown>;
}
const byOffer = (fs: Feature[]) => [...fs].sort((p, q) => String(p.properties.offerId).localeCompare(String(q.properties.offerId)));

t.test('opportunities: the last optimal solve, as lines between public points', async (t) => {
  const { officer, a, b, x, y } = await market(app, db);
  const empty = await get(ITEMS, officer.apiKey);
  t.equal(empty.statusCode, 200);
  t.equal(empty.json().numberReturned, 0, 'nothing before a solve');
  const solved = (await post(officer.apiKey, { bbox: BLACK_COUNTRY })).json();
  t.equal(solved.status, 'optimal');
  const res = await get(ITEMS, officer.apiKey);
  t.equal(res.statusCode, 200);
  const features = byOffer(res.json().features as Feature[]);
  t.equal(features.length, 2);
  const expected = byOffer(
    [
      { offerId: a, wantId: y, from: PLACES.tipton, to: PLACES.birmingham },
      { offerId: b, wantId: x, from: PLACES.wolverhampton, to: PLACES.tipton },
    ].map((e) => ({ properties: e }) as unknown as Feature),
  ).map((f) => f.properties as unknown as { offerId: string; wantId: string; from: [number, number]; to: [number, number] });
  features.forEach((f, i) => {
    const e = expected[i]!;
    t.match(f.properties, { offerId: e.offerId, wantId: e.wantId, material: 'foundry-sand', tonnesPerYear: 1200, objective: 'cost' });
    t.equal(f.geometry.type, 'LineString');
    t.same(f.geometry.coordinates, [generaliseLocation(e.from), generaliseLocation(e.to)], 'public points, not the sites');
    const flow = solved.flows.find((s: { offerId: string }) => s.offerId === e.offerId);
    t.ok(Math.abs(Number(f.properties.costSavedGbpPerYear) - flow.savings.costSavedGbpPerYear) < 1e-6, 'the solve’s savings');
  });
  t.notMatch(res.body, /-2\.0662|52\.5294|-2\.1288|52\.5862|-1\.8904|52\.4862/, 'no exact position');
  const one = await get(`${ITEMS}/${features[0]!.id}`, officer.apiKey);
  t.equal(one.statusCode, 200);
  t.same(one.json().geometry, features[0]!.geometry);
  const grid = (await get(`${ITEMS}?crs=${encodeURIComponent(BNG)}`, officer.apiKey)).json();
  t.ok(grid.features.every((f: Feature) => f.geometry.coordinates.every(([e]) => e! > 380_000 && e! < 420_000)), 'eastings');
  t.equal((await get(`${ITEMS}?material=soil`, officer.apiKey)).json().numberReturned, 0, 'filtered by material');
  t.equal((await get(`${ITEMS}?bbox=-1.95,52.45,-1.85,52.5`, officer.apiKey)).json().numberReturned, 1, 'bbox: the line to Birmingham');
  const gpkg = new Sqlite((await get(`${ITEMS}?f=gpkg`, officer.apiKey)).rawPayload);
  t.teardown(() => gpkg.close());
  t.same(gpkg.prepare('SELECT geometry_type_name FROM gpkg_geometry_columns').get(), { geometry_type_name: 'LINESTRING' });
  t.same(gpkg.prepare('SELECT count(*) AS n FROM opportunities').get(), { n: 2 });
});

t.test('opportunities: replaced by the next solve, kept through what-ifs, per organisation', async (t) => {
  const { officer } = await market(app, db);
  await post(officer.apiKey, { bbox: BLACK_COUNTRY });
  const first = (await get(ITEMS, officer.apiKey)).json().features as Feature[];
  await post(officer.apiKey, { bbox: BLACK_COUNTRY, objective: 'tonnes' });
  const second = (await get(ITEMS, officer.apiKey)).json().features as Feature[];
  t.equal(second.length, 2, 'replaced, not added to');
  t.ok(second.every((f) => f.properties.objective === 'tonnes'));
  t.notOk(second.some((f) => first.some((g) => g.id === f.id)), 'new rows');
  const processor = {
    kind: 'want',
    material: 'foundry-sand',
    quantity: { amount: 100, unit: 't', rate: 'month' },
    maxHaulKm: 50,
    location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
  };
  const whatIf = await post(officer.apiKey, { bbox: BLACK_COUNTRY, scenario: { extraListings: [processor] } });
  t.equal(whatIf.statusCode, 200);
  t.same(
    ((await get(ITEMS, officer.apiKey)).json().features as Feature[]).map((f) => f.id).sort(),
    second.map((f) => f.id).sort(),
    'a what-if writes nothing',
  );
  const empty = (await post(officer.apiKey, { bbox: [10, 10, 10.1, 10.1] })).json();
  t.equal(empty.status, 'optimal');
  t.equal((await get(ITEMS, officer.apiKey)).json().numberReturned, 0, 'an optimal empty allocation is the last one too');
  await post(officer.apiKey, { bbox: BLACK_COUNTRY });
  const other = await createOrganisation(app, 'officer', 'Another Council');
  t.equal((await get(ITEMS, other.apiKey)).json().numberReturned, 0, "another organisation's officers see none of it");
  const id = ((await get(ITEMS, officer.apiKey)).json().features as Feature[])[0]!.id;
  t.equal((await get(`${ITEMS}/${id}`, other.apiKey)).statusCode, 404, 'nor one by id');
  const [kept] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM opportunity_flows`);
  t.equal(Number(kept!.n), 2);
});

t.test('opportunities: officers only, never anonymous, even with OGC_PUBLIC', async (t) => {
  const { officer, member } = await market(app, db);
  await post(officer.apiKey, { bbox: BLACK_COUNTRY });
  t.equal((await get(ITEMS, member.apiKey)).statusCode, 403);
  t.equal((await get('/ogc/collections/opportunities', member.apiKey)).statusCode, 403);
  t.equal((await get(`${ITEMS}?f=gpkg`, member.apiKey)).statusCode, 403);
  t.equal((await get(ITEMS, null)).statusCode, 401);
  const ids = (await get('/ogc/collections', officer.apiKey)).json().collections.map((c: { id: string }) => c.id);
  t.ok(ids.includes('opportunities'), 'listed for officers');
  const open = await buildTestApp(t, { OGC_PUBLIC: 'true' });
  const anon = (url: string) => open.app.inject({ method: 'GET', url });
  t.equal((await anon(ITEMS)).statusCode, 401);
  t.equal((await anon('/ogc/collections/opportunities')).statusCode, 401);
  t.notOk((await anon('/ogc/collections')).json().collections.some((c: { id: string }) => c.id === 'opportunities'));
});
