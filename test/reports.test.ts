import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import t from 'tap';
import { insertListing } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db } = await buildTestApp(t);
type Org = Awaited<ReturnType<typeof createOrganisation>>;
const post = (url: string, org: Org, payload?: object) =>
  app.inject({ method: 'POST', url, headers: bearer(org.apiKey), ...(payload ? { payload } : {}) });

const officer = await createOrganisation(app, 'officer');
const get = (url: string) => app.inject({ method: 'GET', url, headers: bearer(officer.apiKey) });

// A small programme: a foundry and a steel works in the Black Country, a Coventry foundry, and
// a block maker in Birmingham that takes sand and a melt shop that takes scrap.
const foundry = await createOrganisation(app, 'member', 'Tipton Castings, Ltd');
const works = await createOrganisation(app, 'member', 'Wolverhampton Steel');
const coventry = await createOrganisation(app, 'member', 'Coventry Castings');
const blocks = await createOrganisation(app, 'member', 'Brum Blocks');
const melt = await createOrganisation(app, 'member', 'Midland Melt');

async function exchange(seller: Org, place: 'tipton' | 'wolverhampton' | 'birmingham', material: string, buyer: Org) {
  const offerId = await insertListing(db, seller.id, place === 'birmingham' ? 'sheffield' : place, {
    kind: 'offer',
    materialCode: material,
    quantityRate: 'one-off',
    quantityAmount: 1000,
  });
  const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: material });
  const ex = (await post('/exchanges', seller, { offerId, wantId, quantity: { amount: 500, unit: 't' } })).json();
  await post(`/exchanges/${ex.id}/accept`, buyer);
  return ex.id as string;
}

const sand = await exchange(foundry, 'tipton', 'foundry-sand', blocks);
const steel = await exchange(works, 'wolverhampton', 'steel-scrap', melt);
const far = await exchange(coventry, 'birmingham', 'foundry-sand', blocks); // offer site in Sheffield

const transfer = async (ex: string, org: Org, date: string, amount: number, extra: object = {}) => {
  const res = await post(`/exchanges/${ex}/transfers`, org, { date, amount, unit: 't', haulKm: 20, ...extra });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const s1 = await transfer(sand, foundry, '2025-05-10', 30);
const s2 = await transfer(sand, blocks, '2025-06-12', 40);
const wrong = await transfer(steel, works, '2025-06-20', 100);
const fixed = await transfer(steel, works, '2025-06-20', 10, { corrects: wrong.id });
const f1 = await transfer(far, coventry, '2025-07-01', 5);
await transfer(sand, foundry, '2026-01-05', 99); // outside the period below

const counted = [s1, s2, fixed, f1];
const sum = (key: 'costSavedGbp' | 'co2eAvoidedKg' | 'tonnes') =>
  counted.reduce((s, x) => s + x.savings.totals[key], 0);

t.test('JSON totals: realised from uncorrected transfers in the period, beside estimated', async (t) => {
  const res = await get('/reports/savings?from=2025-04-01&to=2025-12-31');
  t.equal(res.statusCode, 200);
  const r = res.json();
  t.ok(Math.abs(r.totals.costSavedGbp - sum('costSavedGbp')) < 1e-6, 'cost = sum of the counted transfers');
  t.ok(Math.abs(r.totals.co2eAvoidedT - sum('co2eAvoidedKg') / 1000) < 1e-9);
  t.equal(r.totals.tonnesExchanged, 30 + 40 + 10 + 5, 'the corrected 100 t does not count; its correction does');
  t.equal(r.totals.tonnesDiverted, 85, 'all from landfill (the default route)');
  t.equal(r.totals.transfers, 4);
  t.equal(r.totals.exchanges, 3);
  t.equal(r.totals.businessesAssisted, 5);
  t.equal(r.estimated.exchanges, 0, 'the exchanges were accepted today, after this period');
  t.same(r.factorSets, ['uk-2025']);
  const allTime = (await get('/reports/savings')).json();
  t.equal(allTime.estimated.exchanges, 3);
  t.equal(allTime.estimated.tonnes, 1500, 'three accepted one-off lots of 500 t');
  t.ok(allTime.estimated.costSavedGbp > 0);
});

t.test('groups: by month, material and region; filters', async (t) => {
  const months = (await get('/reports/savings?from=2025-04-01&to=2025-12-31&groupBy=month')).json();
  t.same(
    months.groups.map((g: { key: string; tonnesExchanged: number }) => [g.key, g.tonnesExchanged]),
    [
      ['2025-05', 30],
      ['2025-06', 50],
      ['2025-07', 5],
    ],
  );
  const total = months.groups.reduce((s: number, g: { costSavedGbp: number }) => s + g.costSavedGbp, 0);
  t.ok(Math.abs(total - months.totals.costSavedGbp) < 1e-6, 'groups add up to the totals');

  const blackCountry = await post('/regions', officer, {
    name: 'Black Country',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [-2.2, 52.45],
          [-1.95, 52.45],
          [-1.95, 52.65],
          [-2.2, 52.65],
          [-2.2, 52.45],
        ],
      ],
    },
  });
  t.equal(blackCountry.statusCode, 201);
  t.ok(blackCountry.json().areaKm2 > 300);
  const regionId = blackCountry.json().id;
  const byRegion = (await get('/reports/savings?from=2025-04-01&to=2025-12-31&groupBy=region')).json();
  t.same(
    byRegion.groups.map((g: { label: string; tonnesExchanged: number }) => [g.label, g.tonnesExchanged]),
    [
      ['Black Country', 80],
      ['outside any region', 5],
    ],
  );
  const inRegion = (await get(`/reports/savings?from=2025-04-01&to=2025-12-31&region=${regionId}`)).json();
  t.equal(inRegion.totals.tonnesExchanged, 80);
  const steelOnly = (await get('/reports/savings?from=2025-04-01&to=2025-12-31&material=steel-scrap')).json();
  t.equal(steelOnly.totals.tonnesExchanged, 10);
  const metals = (await get('/reports/savings?from=2025-04-01&to=2025-12-31&groupBy=category')).json();
  t.same(
    metals.groups.map((g: { key: string }) => g.key),
    ['metals', 'sand-aggregates'],
  );
  const forBlocks = (await get(`/reports/savings?from=2025-04-01&to=2025-12-31&organisation=${blocks.id}`)).json();
  t.equal(forBlocks.totals.tonnesExchanged, 75);
  const byOrg = (await get('/reports/savings?groupBy=organisation')).json();
  t.ok(byOrg.groups.some((g: { label: string }) => g.label === 'Tipton Castings, Ltd'));
});

t.test('regions: invalid polygons and duplicate names are refused', async (t) => {
  const bowtie = await post('/regions', officer, {
    name: 'Bow tie',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    },
  });
  t.match(bowtie.json(), { status: 400, errors: [{ path: 'boundary', message: /Self-intersection/ }] });
  const open = await post('/regions', officer, {
    name: 'Open',
    boundary: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] },
  });
  t.equal(open.statusCode, 400);
  t.equal((await post('/regions', blocks, { name: 'x', boundary: { type: 'Polygon', coordinates: [] } })).statusCode, 403);
});

t.test('CSV and GeoJSON agree with JSON to the penny and the gram', async (t) => {
  const query = 'from=2025-04-01&to=2025-12-31';
  const json = (await get(`/reports/savings?${query}`)).json();
  const csv = await get(`/reports/savings?${query}&format=csv`);
  t.equal(csv.statusCode, 200);
  t.match(csv.headers['content-type'], /^text\/csv/);
  t.match(csv.headers['content-disposition'], /attachment; filename="savings-2025-04-01-to-2025-12-31.csv"/);
  const lines = csv.body.split('\r\n').filter(Boolean);
  t.equal(lines.length, 1 + 4 + 1, 'header, four transfers, totals');
  t.ok(lines.some((l) => l.includes('"Tipton Castings, Ltd"')), 'RFC 4180 quoting');
  const totals = lines[lines.length - 1]?.split(',') ?? [];
  t.equal(totals[0], 'TOTAL');
  t.equal(totals[13], json.totals.costSavedGbp.toFixed(2), 'cost to the penny');
  t.ok(Math.abs(Number(totals[14]) - json.totals.co2eAvoidedT * 1000) < 0.001, 'carbon to the gram');

  const geo = await get(`/reports/savings?${query}&format=geojson`);
  t.match(geo.headers['content-type'], /^application\/geo\+json/);
  const fc = geo.json();
  t.equal(fc.type, 'FeatureCollection');
  const flows = fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'flow');
  const sites = fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'site');
  t.equal(flows.length, 3, 'one LineString per exchange');
  t.equal(sites.length, 6);
  const geoCost = flows.reduce((s: number, f: { properties: { costSavedGbp: number } }) => s + f.properties.costSavedGbp, 0);
  t.equal(geoCost.toFixed(2), json.totals.costSavedGbp.toFixed(2));
  t.equal(flows[0].geometry.type, 'LineString');
});

t.test('GeoPackage: the GeoJSON features as flows and sites layers, readable by GDAL and SQLite', async (t) => {
  const query = 'from=2025-04-01&to=2025-12-31';
  const fc = (await get(`/reports/savings?${query}&format=geojson`)).json();
  const res = await get(`/reports/savings?${query}&format=gpkg`);
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/geopackage\+sqlite3/);
  t.match(res.headers['content-disposition'], /savings-2025-04-01-to-2025-12-31\.gpkg/);
  const file = join(mkdtempSync(join(tmpdir(), 'rx-gpkg-')), 'savings.gpkg');
  writeFileSync(file, res.rawPayload);
  t.teardown(() => rmSync(dirname(file), { recursive: true, force: true }));

  const gpkg = new Sqlite(file, { readonly: true });
  t.teardown(() => gpkg.close());
  t.equal(gpkg.pragma('application_id', { simple: true }), 0x47504b47, "application_id 'GPKG'");
  t.equal(gpkg.pragma('user_version', { simple: true }), 10300, 'GeoPackage 1.3');
  t.same(
    gpkg.prepare('SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name').all(),
    [
      { table_name: 'flows', geometry_type_name: 'LINESTRING', srs_id: 4326 },
      { table_name: 'sites', geometry_type_name: 'POINT', srs_id: 4326 },
    ],
  );
  type Flow = { geom: Buffer; exchange_id: string; cost_saved_gbp: number };
  const flows = gpkg.prepare('SELECT * FROM flows ORDER BY fid').all() as Flow[];
  const geoFlows = fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'flow');
  t.same(flows.map((f) => f.exchange_id), geoFlows.map((f: { id: string }) => f.id), 'the same flows in the same order');
  t.equal(
    flows.reduce((s, f) => s + f.cost_saved_gbp, 0).toFixed(2),
    geoFlows.reduce((s: number, f: { properties: { costSavedGbp: number } }) => s + f.properties.costSavedGbp, 0).toFixed(2),
  );
  // GeoPackageBinary: "GP", version 0, flags (little-endian, envelope [minx, maxx, miny, maxy]), SRS id, then WKB.
  const blob = flows[0]!.geom;
  t.equal(blob.toString('latin1', 0, 2), 'GP');
  t.equal(blob.readUInt8(3), 0b011);
  t.equal(blob.readInt32LE(4), 4326);
  const wkb = blob.subarray(40);
  t.equal(wkb.readUInt32LE(1), 2, 'a WKB LineString');
  const [from] = geoFlows[0].geometry.coordinates;
  t.same([wkb.readDoubleLE(9), wkb.readDoubleLE(17)], from, 'its first vertex is the GeoJSON one');
  t.same(gpkg.prepare('SELECT count(*) AS n FROM sites').get(), { n: 6 });

  const ogrinfo = spawnSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
  if (ogrinfo.error) {
    t.pass(`SKIPPED the GDAL check: ogrinfo (gdal-bin) is not installed: ${ogrinfo.error.message}`);
    return;
  }
  t.equal(ogrinfo.status, 0, ogrinfo.stderr);
  const layer = (name: string) => ogrinfo.stdout.split('Layer name: ').find((block) => block.startsWith(`${name}\n`)) ?? '';
  t.match(layer('flows'), /Geometry: Line String\s+Feature Count: 3\s/);
  t.match(layer('flows'), /exchange_id: String/);
  t.match(layer('flows'), /cost_saved_gbp: Real/);
  t.match(layer('sites'), /Geometry: Point\s+Feature Count: 6\s/);
  t.notMatch(ogrinfo.stderr, /ERROR|Warning/i);
});

t.test('GeoPackage of a period without transfers: both layers, empty', async (t) => {
  const res = await get('/reports/savings?from=2030-01-01&format=gpkg');
  t.equal(res.statusCode, 200);
  const gpkg = new Sqlite(res.rawPayload);
  t.teardown(() => gpkg.close());
  t.same(gpkg.prepare('SELECT table_name, min_x FROM gpkg_contents ORDER BY table_name').all(), [
    { table_name: 'flows', min_x: null },
    { table_name: 'sites', min_x: null },
  ]);
  t.same(gpkg.prepare('SELECT count(*) AS n FROM flows').get(), { n: 0 });
});

t.test('reports are for officers', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/reports/savings', headers: bearer(blocks.apiKey) });
  t.equal(res.statusCode, 403);
  t.equal((await get('/reports/savings?from=2025-06-01&to=2025-01-01')).statusCode, 400);
  t.equal((await get('/reports/savings?format=docx')).statusCode, 400);
});

t.test('XLSX: summary, indicators, transfers and sources sheets agreeing with JSON; PDF: two pages', async (t) => {
  const ExcelJS = (await import('exceljs')).default;
  const query = 'from=2025-04-01&to=2025-12-31';
  const json = (await get(`/reports/savings?${query}`)).json();
  const xlsx = await get(`/reports/savings?${query}&format=xlsx`);
  t.equal(xlsx.statusCode, 200);
  t.match(xlsx.headers['content-disposition'], /savings-2025-04-01-to-2025-12-31\.xlsx/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  t.same(
    book.worksheets.map((w) => w.name),
    ['Summary', 'Indicators', 'Transfers', 'Method and sources'],
  );
  const summary = book.getWorksheet('Summary');
  const cost = summary?.getRow(5).getCell(2).value as number;
  t.equal(summary?.getRow(5).getCell(1).value, 'Cost saved (£)');
  t.equal(cost.toFixed(2), json.totals.costSavedGbp.toFixed(2), 'cost to the penny');
  const transfers = book.getWorksheet('Transfers');
  t.equal(transfers?.rowCount, 1 + 4);
  let rowsCost = 0;
  transfers?.eachRow((row, i) => {
    if (i > 1) rowsCost += row.getCell(10).value as number;
  });
  t.equal(rowsCost.toFixed(2), json.totals.costSavedGbp.toFixed(2), 'the transfer rows add up');
  const method = book.getWorksheet('Method and sources');
  t.ok((method?.rowCount ?? 0) > 30, 'every factor of uk-2025 listed with its source');

  const pdf = await get(`/reports/savings?${query}&format=pdf`);
  t.equal(pdf.statusCode, 200);
  t.match(pdf.headers['content-type'], /^application\/pdf/);
  t.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  t.equal((pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, 2, 'the figures, then the indicators and method');
});
