// Wants that accept several materials ("foundry sand or silica sand"), and a listing's own
// description: stored, shown, searched and matched by either material, through the index.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
const send = (method: 'GET' | 'POST' | 'PATCH', url: string, org: Org, payload?: object, headers: object = {}) =>
  app.inject({ method, url, headers: { ...bearer(org.apiKey), ...headers }, ...(payload ? { payload } : {}) });

async function site(org: Org, coordinates: [number, number]) {
  const res = await send('POST', '/sites', org, { name: 'Works', location: { type: 'Point', coordinates } });
  return res.json().id as string;
}

async function listing(org: Org, siteId: string, body: object) {
  const res = await send('POST', '/listings', org, { siteId, ...body });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json() as { id: string; version: number; materials: string[]; material: string };
}

const TIPTON: [number, number] = [-2.0662, 52.5294];
const WEDNESBURY: [number, number] = [-2.0233, 52.5514];
const DUDLEY: [number, number] = [-2.0811, 52.5086];
const quantity = { amount: 100, unit: 't', rate: 'month' };
const offer = (material: string) => ({ kind: 'offer', material, grade: { clayPct: 6 }, quantity, maxHaulKm: 40 });
const eitherSand = {
  kind: 'want',
  materials: ['foundry-sand', 'silica-sand'],
  accepts: { clayPct: { max: 10 } },
  quantity,
  maxHaulKm: 40,
  description: 'Core sand for the moulding line; tipper deliveries Monday to Thursday.',
};

t.test('a want for foundry sand or silica sand matches offers of either, both ways', async (t) => {
  const [buyer, foundry, quarry] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
  const want = await listing(buyer, await site(buyer, TIPTON), eitherSand);
  t.same(want.materials, ['foundry-sand', 'silica-sand'], 'materials as sent');
  t.equal(want.material, 'foundry-sand', 'material is the first of them');
  const foundrySand = await listing(foundry, await site(foundry, WEDNESBURY), offer('foundry-sand'));
  const silicaSand = await listing(quarry, await site(quarry, DUDLEY), offer('silica-sand'));
  const glass = await listing(quarry, await site(quarry, DUDLEY), { ...offer('glass-cullet'), grade: {} });

  const found = await send('GET', `/listings/${want.id}/matches`, buyer);
  t.equal(found.statusCode, 200, 'matches answer');
  const ids = found.json().items.map((m: { listing: { id: string } }) => m.listing.id);
  t.same([...ids].sort(), [foundrySand.id, silicaSand.id].sort(), "the want's matches: an offer of each sand, no glass");
  t.notOk(ids.includes(glass.id));

  for (const [name, offerListing, org] of [['foundry sand', foundrySand, foundry], ['silica sand', silicaSand, quarry]] as const) {
    const back = await send('GET', `/listings/${offerListing.id}/matches`, org);
    t.same(
      back.json().items.map((m: { listing: { id: string } }) => m.listing.id),
      [want.id],
      `the ${name} offer finds the want, once`,
    );
  }

  const search = await send('POST', '/matches/search', quarry, {
    kind: 'offer',
    material: 'silica-sand',
    grade: { clayPct: 6 },
    quantity,
    maxHaulKm: 40,
    location: { type: 'Point', coordinates: DUDLEY },
  });
  t.same(search.json().items.map((m: { listing: { id: string } }) => m.listing.id), [want.id], 'an ad hoc silica sand offer finds it');

  const adHocWant = await send('POST', '/matches/search', buyer, { ...eitherSand, description: undefined, location: { type: 'Point', coordinates: TIPTON } });
  t.equal(adHocWant.statusCode, 200, 'an ad hoc want searches');
  t.equal(adHocWant.json().items.length, 2, 'an ad hoc want for either sand finds both offers');
});

t.test('the further materials are found through the index as the listing moves and changes', async (t) => {
  const [buyer, quarry] = [await createOrganisation(app), await createOrganisation(app)];
  const buyerSite = await site(buyer, TIPTON);
  const want = await listing(buyer, buyerSite, eitherSand);
  const silica = await listing(quarry, await site(quarry, DUDLEY), offer('silica-sand'));
  const rows = () => queryRows<{ material_code: string; near: boolean }>(
    db,
    sql`SELECT material_code, ST_DWithin(location, ST_MakePoint(${TIPTON[0]}, ${TIPTON[1]})::geography, 10) AS near
      FROM want_other_materials WHERE listing_id = ${want.id}`,
  );
  t.same(await rows(), [{ material_code: 'silica-sand', near: true }], 'mirrored with its point');

  await send('PATCH', `/sites/${buyerSite}`, buyer, { location: { type: 'Point', coordinates: [-1.47, 53.38] } });
  t.same(await rows(), [{ material_code: 'silica-sand', near: false }], 'moved with its site');
  t.same((await send('GET', `/listings/${silica.id}/matches`, quarry)).json().items, [], 'now out of reach');

  const edited = await send('PATCH', `/listings/${want.id}`, buyer, { materials: ['foundry-sand'] }, { 'if-match': `"${want.version + 1}"` });
  t.equal(edited.statusCode, 200, 'a want edited to one material');
  t.same(edited.json().materials, ['foundry-sand']);
  t.same(await rows(), [], 'dropped with the material');

  const wrongFirst = await send('PATCH', `/listings/${want.id}`, buyer, { materials: ['silica-sand'] }, { 'if-match': '*' });
  t.equal(wrongFirst.statusCode, 400);
  t.equal(wrongFirst.json().errors[0].path, 'materials.0', 'the first material stays the listing’s own');
});

t.test('search, public view and GeoJSON show every material and the description', async (t) => {
  const [buyer, other] = [await createOrganisation(app), await createOrganisation(app)];
  const want = await listing(buyer, await site(buyer, TIPTON), eitherSand);
  const seen = await send('GET', `/listings/${want.id}`, other);
  t.equal(seen.json().visibility, 'public');
  t.same(seen.json().materials, ['foundry-sand', 'silica-sand'], 'the public view names both');
  t.equal(seen.json().description, eitherSand.description, 'and the description');

  const bySilica = await send('GET', '/listings?material=silica-sand&kind=want', other);
  t.same(bySilica.json().items.map((l: { id: string }) => l.id), [want.id], 'searching for silica sand finds it');
  const geojson = await app.inject({ method: 'GET', url: '/listings?material=silica-sand', headers: { ...bearer(other.apiKey), accept: 'application/geo+json' } });
  t.same(geojson.json().features[0].properties.materials, ['foundry-sand', 'silica-sand'], 'GeoJSON export');
  const ogc = await app.inject({ method: 'GET', url: '/ogc/collections/listings/items?material=silica-sand', headers: bearer(other.apiKey) });
  t.equal(ogc.statusCode, 200, 'OGC items answer');
  t.same(ogc.json().features[0].properties.materials, ['foundry-sand', 'silica-sand'], 'OGC API items');
});

t.test('bad input names the field', async (t) => {
  const buyer = await createOrganisation(app);
  const siteId = await site(buyer, TIPTON);
  const cases: [string, object, number, string][] = [
    ['an offer of two materials', { ...offer('foundry-sand'), materials: ['foundry-sand', 'silica-sand'] }, 400, 'materials'],
    ['neither material nor materials', { ...eitherSand, materials: undefined }, 400, 'material'],
    ['an unknown second material', { ...eitherSand, materials: ['foundry-sand', 'moon-dust'] }, 400, 'materials.1'],
    ['materials of different units', { ...eitherSand, materials: ['foundry-sand', 'process-water'] }, 400, 'materials.1'],
    ['an empty list', { ...eitherSand, materials: [] }, 400, 'materials'],
    ['a description too long', { ...eitherSand, description: 'x'.repeat(2001) }, 400, 'description'],
  ];
  for (const [name, body, status, path] of cases) {
    const res = await send('POST', '/listings', buyer, { siteId, ...body });
    t.equal(res.statusCode, status, `${name}: ${res.body}`);
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    t.ok(res.json().errors.some((e: { path: string }) => e.path === path), `${name} names ${path}`);
  }
});
