// Vector tiles of listings: what they hold (public points only, active listings only), how they
// cluster, the two encoders agreeing, caching, and bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VectorTile } from '@mapbox/vector-tile';
import { sql } from 'drizzle-orm';
import { PbfReader } from 'pbf';
import t from 'tap';
import { generaliseLocation } from '../src/listings/location.ts';
import { CLUSTER_BELOW_ZOOM, renderTile, TILE_EXTENT } from '../src/gis/tiles.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, engine, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
type Point = [number, number];
interface Decoded {
  x: number;
  y: number;
  properties: Record<string, unknown>;
}

const HALF_WORLD = 20037508.342789244;
const mercator = ([lon, lat]: Point): Point => [
  (lon * HALF_WORLD) / 180,
  Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 6378137,
];
/** A point's position in tile units from the corner of tile x, y of zoom z. */
function positionIn(point: Point, { z, x, y }: { z: number; x: number; y: number }): Point {
  const size = (2 * HALF_WORLD) / 2 ** z;
  const [mx, my] = mercator(point);
  return [((mx + HALF_WORLD) / size - x) * TILE_EXTENT, ((HALF_WORLD - my) / size - y) * TILE_EXTENT];
}
/** The tile holding a point at zoom z, and the point's position in it. */
function tileOf(point: Point, z: number) {
  const [fx, fy] = positionIn(point, { z, x: 0, y: 0 }).map((v) => v / TILE_EXTENT) as Point;
  const tile = { z, x: Math.floor(fx), y: Math.floor(fy) };
  return { ...tile, at: positionIn(point, tile) };
}

function decode(bytes: Uint8Array, name = 'listings'): Decoded[] {
  if (bytes.byteLength === 0) return [];
  const layer = new VectorTile(new PbfReader(bytes)).layers[name];
  if (!layer) return [];
  if (layer.extent !== TILE_EXTENT) throw new Error(`extent ${layer.extent}`);
  return Array.from({ length: layer.length }, (_, i) => {
    const f = layer.feature(i);
    const [point] = f.loadGeometry()[0] ?? [];
    return { x: point?.x ?? NaN, y: point?.y ?? NaN, properties: { ...f.properties } };
  }).sort((a, b) => a.x - b.x || a.y - b.y || String(a.properties.id).localeCompare(String(b.properties.id)));
}

const get = (url: string, org?: Org, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { ...(org ? bearer(org.apiKey) : {}), ...headers } });
const tileUrl = ({ z, x, y }: { z: number; x: number; y: number }) => `/tiles/listings/${z}/${x}/${y}.mvt`;

async function created(url: string, org: Org, payload: object): Promise<string> {
  const res = await app.inject({ method: 'POST', url, headers: bearer(org.apiKey), payload });
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

const TIPTON: Point = [-2.0662, 52.5294];
const WEDNESBURY: Point = [-2.0231, 52.5528];
const listing = (kind: 'offer' | 'want', siteId: string) => ({
  kind,
  siteId,
  material: 'foundry-sand',
  quantity: { amount: 100, unit: 't', rate: 'month' },
  maxHaulKm: 50,
  ...(kind === 'offer'
    ? { grade: { afsGfn: 55, clayPct: 8 }, currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 } }
    : { accepts: { clayPct: { max: 10 } }, virginPriceGbpPerTonne: 20 }),
});

/** Two firms near Tipton and Wednesbury with offers and wants, one closed and one expired. */
async function market() {
  const a = await createOrganisation(app, 'member', 'Confidential Castings');
  const b = await createOrganisation(app, 'member', 'Wednesbury Tubes');
  const siteA = await created('/sites', a, { name: 'Works', location: { type: 'Point', coordinates: TIPTON } });
  const siteB = await created('/sites', b, { name: 'Mill', location: { type: 'Point', coordinates: WEDNESBURY } });
  const ids = {
    aOffer: await created('/listings', a, listing('offer', siteA)),
    aWant: await created('/listings', a, listing('want', siteA)),
    bOffer: await created('/listings', b, listing('offer', siteB)),
    closed: await created('/listings', b, listing('want', siteB)),
    expired: await created('/listings', a, listing('offer', siteA)),
  };
  await db.execute(sql`UPDATE listings SET status = 'closed' WHERE id = ${ids.closed}`);
  await db.execute(sql`UPDATE listings SET expires_at = now() - interval '1 day' WHERE id = ${ids.expired}`);
  return { a, b, ...ids };
}

t.test('a member reads active listings at their public points, never at their exact ones', async (t) => {
  const m = await market();
  const z = 14;
  const pub = tileOf(generaliseLocation(TIPTON), z);
  const exact = positionIn(TIPTON, pub);
  const res = await get(tileUrl(pub), m.b);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'application/vnd.mapbox-vector-tile');
  const features = decode(res.rawPayload);
  t.same(
    features.map((f) => f.properties.id).sort(),
    [m.aOffer, m.aWant].sort(),
    "A's two active listings; not the expired one",
  );
  for (const f of features) {
    t.match(f.properties, { kind: /^(offer|want)$/, material: 'foundry-sand' });
    t.ok(Math.abs(f.x - Math.floor(pub.at[0])) <= 1 && Math.abs(f.y - Math.floor(pub.at[1])) <= 1, 'at the public point');
    // One tile unit is ~0.4 m here; the exact site is ~250 m from its public point.
    t.ok(Math.hypot(f.x - exact[0], f.y - exact[1]) > 100, 'far from the exact point');
  }
  const wednesbury = tileOf(generaliseLocation(WEDNESBURY), z);
  const ids = decode((await get(tileUrl(wednesbury), m.a)).rawPayload).map((f) => f.properties.id);
  t.same(ids, [m.bOffer], 'the closed listing is not in its tile');
});

t.test('below zoom 14 listings are counted per cell, without their ids', async (t) => {
  const m = await market();
  for (const z of [CLUSTER_BELOW_ZOOM - 1, 8, 0]) {
    const address = tileOf(generaliseLocation(TIPTON), z);
    const features = decode((await get(tileUrl(address), m.a)).rawPayload);
    const total = features.reduce((s, f) => s + Number(f.properties.count), 0);
    const active = [TIPTON, TIPTON, WEDNESBURY].filter((p) => {
      const tile = tileOf(generaliseLocation(p), z);
      return tile.x === address.x && tile.y === address.y;
    });
    t.equal(total, active.length, `z${z}: the ${active.length} active listings of the tile counted`);
    for (const f of features) {
      t.equal(Number(f.properties.offers) + Number(f.properties.wants), Number(f.properties.count));
      t.equal(f.properties.hazardousCount, 0, `z${z}: none hazardous`);
      t.notOk('id' in f.properties, `z${z}: no listing ids in a clustered tile`);
    }
  }
});

t.test('the classification travels with each listing from zoom 14: ewcCode and hazardous', async (t) => {
  const m = await market();
  await db.execute(sql`UPDATE listings SET ewc_code = '10 09 07', hazardous = true WHERE id = ${m.aOffer}`);
  const features = decode((await get(tileUrl(tileOf(generaliseLocation(TIPTON), 14)), m.b)).rawPayload);
  const of = (id: string) => features.find((f) => f.properties.id === id)?.properties;
  t.match(of(m.aOffer), { ewcCode: '10 09 07', hazardous: true });
  t.equal(of(m.aWant)?.hazardous, false);
  t.notOk(of(m.aWant) && 'ewcCode' in of(m.aWant)!, 'no ewcCode where there is none (MVT has no null)');
  for (const z of [13, 8]) {
    const address = tileOf(generaliseLocation(TIPTON), z);
    for (const material of [undefined, 'foundry-sand', 'steel-scrap']) {
      const cells = decode((await get(`${tileUrl(address)}${material ? `?material=${material}` : ''}`, m.b)).rawPayload);
      const sum = (name: string) => cells.reduce((s, f) => s + Number(f.properties[name]), 0);
      t.equal(sum('hazardousCount'), material === 'steel-scrap' ? 0 : 1, `z${z} ${material ?? 'all'}: one hazardous listing counted`);
      for (const f of cells) t.notOk('hazardous' in f.properties || 'ewcCode' in f.properties, 'no listing properties in a cell');
    }
  }
});

t.test('ST_AsMVT (server) and vt-pbf (PGlite) encode the same features', async (t) => {
  await market();
  if (engine !== 'postgres') {
    // PGlite's PostGIS has no protobuf-c: the check runs on the server engine, where both can.
    const failed = await db.execute(sql`SELECT ST_AsMVT(q, 'x') FROM (SELECT ST_MakePoint(1, 1) AS geom) q`).then(
      () => false,
      () => true,
    );
    t.ok(failed, 'ST_AsMVT is unavailable on PGlite, so tiles there are encoded in JS');
    return;
  }
  await db.execute(sql`UPDATE listings SET ewc_code = '10 09 07', hazardous = true
    WHERE id = (SELECT id FROM listings WHERE kind = 'offer' AND status = 'active' ORDER BY id LIMIT 1)`);
  for (const z of [8, 12, 14, 16]) {
    const address = tileOf(generaliseLocation(TIPTON), z);
    for (const filter of [{}, { material: 'foundry-sand' }]) {
      const server = decode(await renderTile(db, 'postgres', 'listings', address, filter));
      const js = decode(await renderTile(db, 'pglite', 'listings', address, filter));
      t.ok(server.length > 0, `z${z}: features`);
      t.same(server, js, `z${z} ${filter.material ?? ''}: the same features, positions and properties`);
    }
  }
});

t.test('tiles are cacheable: ETag, Cache-Control, 304 on If-None-Match', async (t) => {
  const m = await market();
  const url = tileUrl(tileOf(TIPTON, 10));
  const first = await get(url, m.a);
  t.equal(first.headers['cache-control'], 'private, max-age=60');
  t.match(first.headers.etag, /^"[\w-]{27}"$/);
  const again = await get(url, m.a, { 'if-none-match': String(first.headers.etag) });
  t.equal(again.statusCode, 304);
  t.equal(again.rawPayload.byteLength, 0);
  await db.execute(sql`UPDATE listings SET status = 'closed' WHERE id = ${m.bOffer}`);
  const changed = await get(url, m.a, { 'if-none-match': String(first.headers.etag) });
  t.equal(changed.statusCode, 200, 'a changed tile has a new ETag');
  const empty = await get('/tiles/listings/3/0/0.mvt', m.a);
  t.equal(empty.statusCode, 200);
  t.equal(empty.rawPayload.byteLength, 0, 'an empty tile is empty');
});

t.test('TileJSON describes the layer and where its tiles are', async (t) => {
  const a = await createOrganisation(app, 'member');
  const res = await get('/tiles/listings.json', a, { host: 'maps.example.org' });
  t.equal(res.statusCode, 200);
  t.match(res.json(), {
    tilejson: '3.0.0',
    tiles: ['http://maps.example.org/tiles/listings/{z}/{x}/{y}.mvt'],
    minzoom: 0,
    maxzoom: 20,
    vector_layers: [{ id: 'listings', fields: { id: String, count: String } }],
  });
  t.equal((await get('/tiles/sites.json', a)).statusCode, 404);
});

t.test('anonymous callers are refused; bad addresses are 400 naming the field; unknown collections 404', async (t) => {
  const a = await createOrganisation(app, 'member');
  t.equal((await get('/tiles/listings/0/0/0.mvt')).statusCode, 401);
  t.equal((await get('/tiles/listings.json')).statusCode, 401);
  const cases: [string, number, string | null][] = [
    ['/tiles/listings/21/0/0.mvt', 400, 'z'],
    ['/tiles/listings/-1/0/0.mvt', 400, 'z'],
    ['/tiles/listings/2/4/0.mvt', 400, 'x'],
    ['/tiles/listings/2/0/4.mvt', 400, 'y'],
    ['/tiles/listings/2/0/1e400.mvt', 400, 'y'],
    ['/tiles/listings/2/a/0.mvt', 400, 'x'],
    ['/tiles/listings/1.5/0/0.mvt', 400, 'z'],
    ['/tiles/listings/20/1048575/1048575.mvt', 200, null],
    ['/tiles/nope/0/0/0.mvt', 404, null],
  ];
  for (const [url, status, field] of cases) {
    const res = await get(url, a);
    t.equal(res.statusCode, status, url);
    if (field) {
      t.match(res.headers['content-type'], /^application\/problem\+json/);
      t.match(res.json(), { errors: [{ in: 'params', path: field }] }, `${url} names ${field}`);
    }
  }
});

t.test('a want of several materials is drawn with all of them and found by any of them', async (t) => {
  const m = await market();
  const res = await app.inject({
    method: 'PATCH',
    url: `/listings/${m.aWant}`,
    headers: bearer(m.a.apiKey),
    payload: { materials: ['foundry-sand', 'silica-sand'] },
  });
  if (res.statusCode >= 300) await db.execute(sql`UPDATE listings SET other_materials = '{silica-sand}' WHERE id = ${m.aWant}`);
  for (const z of [14, 10]) {
    const address = tileOf(generaliseLocation(TIPTON), z);
    const of = async (material?: string) =>
      decode((await get(`${tileUrl(address)}${material ? `?material=${material}` : ''}`, m.b)).rawPayload);
    if (z >= CLUSTER_BELOW_ZOOM) {
      const want = (await of()).find((f) => f.properties.id === m.aWant);
      t.equal(want?.properties.material, 'foundry-sand', 'material: its first');
      t.equal(want?.properties.materials, 'foundry-sand,silica-sand', 'materials: every one');
      t.same((await of('silica-sand')).map((f) => f.properties.id), [m.aWant], 'found by its second material');
      t.same((await of('foundry-sand')).map((f) => f.properties.id).sort(), [m.aOffer, m.aWant].sort(), 'and by its first');
      t.same(await of('steel-scrap'), [], 'not by another');
    } else {
      const count = async (material?: string) => (await of(material)).reduce((s, f) => s + Number(f.properties.count), 0);
      t.equal(await count('silica-sand'), 1, `z${z}: the want counted under its second material`);
      t.equal(await count('foundry-sand'), 3, `z${z}: all three under the first`);
      t.equal(await count(), 3, `z${z}: without a filter, each listing once`);
    }
  }
  const bad = await get(`${tileUrl({ z: 10, x: 0, y: 0 })}?material=Not%20a%20code`, m.b);
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { errors: [{ in: 'querystring', path: 'material' }] });
  t.equal((await get('/tiles/regions/0/0/0.mvt?material=foundry-sand', m.b)).statusCode, 400, 'regions have no material');
});

t.test('regions tiles: the boundaries clipped to the tile, with names; TileJSON', async (t) => {
  const a = await createOrganisation(app, 'member');
  await db.execute(sql`INSERT INTO regions (name, level, boundary) VALUES
    ('Black Country', 'region', ST_Multi(ST_MakeEnvelope(-2.2, 52.45, -1.9, 52.6, 4326))::geography),
    ('Far away', 'region', ST_Multi(ST_MakeEnvelope(150, -34, 151, -33, 4326))::geography)`);
  const address = tileOf(TIPTON, 9);
  const res = await get(`/tiles/regions/${address.z}/${address.x}/${address.y}.mvt`, a);
  t.equal(res.statusCode, 200);
  const layer = new VectorTile(new PbfReader(res.rawPayload)).layers.regions;
  t.equal(layer?.length, 1, 'only the region in the tile');
  const feature = layer!.feature(0);
  t.equal(feature.type, 3, 'a polygon');
  t.match(feature.properties, { name: 'Black Country', level: 'region' });
  const rings = feature.loadGeometry();
  const xs = rings.flat().map((p) => p.x);
  const ys = rings.flat().map((p) => p.y);
  const [west, north] = positionIn([-2.2, 52.6], address);
  const [east, south] = positionIn([-1.9, 52.45], address);
  t.ok(Math.abs(Math.min(...xs) - Math.max(west, -64)) <= 1 && Math.abs(Math.max(...xs) - Math.min(east, 4096 + 64)) <= 1, 'west and east edges');
  t.ok(Math.abs(Math.min(...ys) - Math.max(north, -64)) <= 1 && Math.abs(Math.max(...ys) - Math.min(south, 4096 + 64)) <= 1, 'north and south edges');
  const [outer] = rings;
  const area = outer!.reduce((s, p, i) => {
    const q = outer![(i + 1) % outer!.length]!;
    return s + (p.x * q.y - q.x * p.y);
  }, 0);
  t.ok(area > 0, 'exterior ring clockwise on screen (positive area, as MVT 2.1 wants)');
  if (engine === 'postgres') {
    const js = new VectorTile(new PbfReader(await renderTile(db, 'pglite', 'regions', address))).layers.regions!;
    t.same(js.feature(0).loadGeometry(), rings, 'vt-pbf (PGlite) encodes the same rings');
    t.same(js.feature(0).properties, feature.properties);
  }
  t.equal((await get('/tiles/regions/9/0/0.mvt', a)).rawPayload.byteLength, 0, 'an empty tile is empty');
  const json = (await get('/tiles/regions.json', a, { host: 'maps.example.org' })).json();
  t.match(json, {
    tiles: ['http://maps.example.org/tiles/regions/{z}/{x}/{y}.mvt'],
    vector_layers: [{ id: 'regions', fields: { name: String, level: String } }],
  });
});

const run = promisify(execFile);
const ogrinfo = await run('ogrinfo', ['--version']).then(
  () => false as const,
  () => 'ogrinfo is not installed (apt-get install gdal-bin): GDAL interoperability not checked',
);

t.test("GDAL's MVT driver reads a listings tile and a regions tile", { skip: ogrinfo }, async (t) => {
  const m = await market();
  await db.execute(sql`INSERT INTO regions (name, boundary)
    VALUES ('Black Country', ST_Multi(ST_MakeEnvelope(-2.2, 52.45, -1.9, 52.6, 4326))::geography)`);
  const dir = mkdtempSync(join(tmpdir(), 'reuse-mvt-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const cases = [
    { collection: 'listings', address: tileOf(generaliseLocation(TIPTON), 14), features: 2, field: 'materials' },
    { collection: 'listings', address: tileOf(generaliseLocation(TIPTON), 8), features: null, field: 'count' },
    { collection: 'regions', address: tileOf(TIPTON, 9), features: 1, field: 'name' },
  ];
  for (const { collection, address, features, field } of cases) {
    const res = await get(`/tiles/${collection}/${address.z}/${address.x}/${address.y}.mvt`, m.a);
    // The driver reads the tile's position from its path: {z}/{x}/{y}.pbf
    const file = join(dir, `${collection}-${address.z}`, String(address.z), String(address.x), `${address.y}.pbf`);
    await run('mkdir', ['-p', join(file, '..')]);
    writeFileSync(file, res.rawPayload);
    const { stdout } = await run('ogrinfo', ['-ro', '-al', '-so', `MVT:${file}`], { timeout: 60_000 });
    t.match(stdout, new RegExp(`Layer name: ${collection}`), `${collection} z${address.z}: the layer`);
    const count = Number(/Feature Count: (\d+)/.exec(stdout)?.[1]);
    if (features === null) t.ok(count >= 1, `${collection} z${address.z}: cells with listings`);
    else t.equal(count, features, `${collection} z${address.z}: ${features} features`);
    t.match(stdout, new RegExp(`${field}: `), `${collection} z${address.z}: the ${field} field`);
  }
});
