// Funder evidence through the API: business profiles, jobs, co-investment, additionality, the
// indicators report (gross and net, periods, groups, funnel) and the network of firms.
import { sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import t, { type Test } from 'tap';
import { queryRows } from '../../db/client.ts';
import { insertListing, type Place } from '../fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';

const { app, db } = await buildTestApp(t);
type Org = Awaited<ReturnType<typeof createOrganisation>>;
const send = (method: 'POST' | 'PUT' | 'GET', url: string, org: Org, payload?: object) =>
  app.inject({ method, url, headers: bearer(org.apiKey), ...(payload ? { payload } : {}) });
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const officer = await createOrganisation(app, 'officer', 'Programme');
const get = (url: string) => send('GET', url, officer);

// Two accounts of one company (Tipton Castings), a large steel works, a block maker without a
// profile, and a melt shop.
const castings = await createOrganisation(app, 'member', 'Tipton Castings');
const castingsNorth = await createOrganisation(app, 'member', 'Tipton Castings (Wolverhampton)');
const works = await createOrganisation(app, 'member', 'Wolverhampton Steel');
const blocks = await createOrganisation(app, 'member', 'Brum Blocks');
for (const [org, body] of [
  [castings, { companyNumber: '1234567', employeesBand: '50-249' }],
  [castingsNorth, { companyNumber: '01234567', employeesBand: '10-49' }],
  [works, { companyNumber: 'SC123456', turnoverBand: 'over-54m' }],
] as const) {
  const res = await send('PUT', `/organisations/${org.id}/business-profile`, org, body);
  if (res.statusCode !== 200) throw new Error(res.body);
}

/** Two West Midlands regions of different levels: the Black Country, and Tipton inside it. */
const region = async (name: string, level: string, box: [number, number, number, number]) => {
  const [w, s, e, n] = box;
  const res = await send('POST', '/regions', officer, {
    name,
    level,
    boundary: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
};
const blackCountry = await region('Black Country', 'region', [-2.2, 52.45, -1.95, 52.65]);
await region('Tipton', 'local-authority', [-2.09, 52.51, -2.04, 52.55]);

async function exchange(seller: Org, place: Place, material: string, buyer: Org, want: object = {}) {
  const offerId = await insertListing(db, seller.id, place, { kind: 'offer', materialCode: material, quantityRate: 'one-off', quantityAmount: 1000 });
  const wantId = await insertListing(db, buyer.id, 'birmingham', { kind: 'want', materialCode: material, ...want });
  const ex = (await send('POST', '/exchanges', seller, { offerId, wantId, quantity: { amount: 500, unit: 't' } })).json();
  const accepted = await send('POST', `/exchanges/${ex.id}/accept`, buyer);
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  return { id: ex.id as string, offerId, wantId };
}
const transfer = async (ex: string, org: Org, date: string, amount: number) => {
  const res = await send('POST', `/exchanges/${ex}/transfers`, org, { date, amount, unit: 't', haulKm: 20 });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};

const sand = await exchange(castings, 'tipton', 'foundry-sand', works);
const scrap = await exchange(castingsNorth, 'wolverhampton', 'steel-scrap', blocks, { replacesSupply: 'imported' });
const later = await exchange(works, 'wolverhampton', 'steel-scrap', blocks);
const s1 = await transfer(sand.id, castings, '2025-05-10', 30);
const s2 = await transfer(scrap.id, castingsNorth, '2025-06-01', 10);
const s3 = await transfer(later.id, works, '2026-01-05', 50);

t.test('business profiles: the number normalised, size from the bands, own organisation only', async (t) => {
  const own = await send('GET', `/organisations/${castings.id}/business-profile`, castings);
  t.match(own.json(), { companyNumber: '01234567', employeesBand: '50-249', size: 'sme' });
  t.equal((await send('GET', `/organisations/${castings.id}/business-profile`, blocks)).statusCode, 404, "another firm's is not found");
  const bad = await send('PUT', `/organisations/${blocks.id}/business-profile`, blocks, { companyNumber: 'not a number' });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().errors[0].path, 'companyNumber');
  const kept = await send('PUT', `/organisations/${works.id}/business-profile`, officer, { employeesBand: '250+' });
  t.match(kept.json(), { companyNumber: 'SC123456', turnoverBand: 'over-54m', size: 'large' }, 'fields left out keep their value');
});

t.test('bad input: future dates, negative amounts, deadweight outside 0–1, periods ending first', async (t) => {
  const cases: [string, 'POST' | 'PUT' | 'GET', object | undefined, string][] = [
    ['/evidence/jobs', 'POST', { organisationId: works.id, kind: 'created', fte: 2, date: tomorrow, basis: 'b', evidenceNote: 'e' }, 'date'],
    ['/evidence/jobs', 'POST', { organisationId: works.id, kind: 'created', fte: -1, date: today, basis: 'b', evidenceNote: 'e' }, 'fte'],
    ['/evidence/co-investments', 'POST', { organisationId: works.id, amountGbp: -5, source: 's', date: today }, 'amountGbp'],
    ['/evidence/co-investments', 'POST', { organisationId: works.id, amountGbp: 5, source: 's', date: tomorrow }, 'date'],
    ['/evidence/additionality', 'PUT', { deadweight: 1.5 }, 'deadweight'],
    ['/evidence/additionality', 'PUT', { deadweight: -0.1 }, 'deadweight'],
    ['/reports/indicators?from=2025-06-01&to=2025-05-01', 'GET', undefined, 'to'],
    ['/reports/indicators?compareFrom=2025-06-01&compareTo=2025-05-01', 'GET', undefined, 'compareTo'],
    ['/reports/network?from=2025-06-01&to=2025-05-01', 'GET', undefined, 'to'],
    ['/evidence/jobs?from=2025-06-01&to=2025-05-01', 'GET', undefined, 'to'],
  ];
  for (const [url, method, body, field] of cases) {
    const res = await send(method, url, officer, body);
    t.equal(res.statusCode, 400, `${method} ${url} ${JSON.stringify(body)}`);
    t.match(res.headers['content-type'], /application\/problem\+json/);
    t.ok(res.json().errors.some((e: { path: string }) => e.path === field), `names ${field}`);
  }
  const unknown = await send('POST', '/evidence/jobs', officer, {
    organisationId: '00000000-0000-4000-8000-000000000000', kind: 'created', fte: 1, date: today, basis: 'b', evidenceNote: 'e',
  });
  t.equal(unknown.statusCode, 400);
  t.equal(unknown.json().errors[0].path, 'organisationId');
  t.equal((await send('POST', '/evidence/jobs', castings, {})).statusCode, 403, 'members do not record jobs');
});

t.test('additionality: each side answers for itself, on a completed exchange', async (t) => {
  const early = await send('POST', `/exchanges/${sand.id}/additionality`, castings, { wouldHaveHappened: 'no' });
  t.equal(early.statusCode, 409, 'not before completion');
  const partlyAlone = await send('POST', `/exchanges/${sand.id}/complete`, castings, { additionality: { wouldHaveHappened: 'partly' } });
  t.equal(partlyAlone.statusCode, 400);
  t.equal(partlyAlone.json().errors[0].path, 'additionality.share');
  const byOfficer = await send('POST', `/exchanges/${sand.id}/complete`, officer, { additionality: { wouldHaveHappened: 'no' } });
  t.equal(byOfficer.statusCode, 403, 'an officer cannot answer for a party');
  t.equal((await get(`/exchanges/${sand.id}`)).json().status, 'active', 'and the completion was not kept without it');
  const done = await send('POST', `/exchanges/${sand.id}/complete`, castings, { additionality: { wouldHaveHappened: 'no' } });
  t.equal(done.statusCode, 200);
  t.equal(done.json().status, 'completed');
  const other = await send('POST', `/exchanges/${sand.id}/additionality`, works, { wouldHaveHappened: 'partly', share: 0.5 });
  t.equal(other.statusCode, 200);
  t.match(other.json(), { offer: null, want: { wouldHaveHappened: 'partly', share: 0.5 }, deadweight: null }, "a party sees its own answer, not the other side's");
  t.match((await get(`/exchanges/${sand.id}/additionality`)).json(), {
    offer: { wouldHaveHappened: 'no', share: 0 },
    want: { wouldHaveHappened: 'partly', share: 0.5 },
    deadweight: 0.25,
    basis: 'answers',
  });
  t.equal((await send('GET', `/exchanges/${sand.id}/additionality`, blocks)).statusCode, 404, 'not a party');
  const mismatch = await send('POST', `/exchanges/${sand.id}/additionality`, works, { wouldHaveHappened: 'yes', share: 0.2 });
  t.equal(mismatch.statusCode, 400);
});

const close = (t: Test, a: number, b: number, what: string, eps = 1e-6) => t.ok(Math.abs(a - b) < eps, `${what}: ${a} ≈ ${b}`);

t.test('indicators: gross and net, each firm once across periods and regions, jobs and money', async (t) => {
  const settings = await send('PUT', '/evidence/additionality', officer, { deadweight: 0.3, attribution: 0.8, note: 'Evaluation 2025' });
  t.equal(settings.statusCode, 200);
  await send('POST', '/evidence/jobs', officer, {
    organisationId: works.id, kind: 'created', fte: 2.5, date: '2025-05-20', basis: 'Employer declaration', evidenceNote: 'Form 14',
  });
  await send('POST', '/evidence/jobs', officer, {
    organisationId: castings.id, kind: 'safeguarded', fte: 4, date: '2025-06-20', basis: 'Employer declaration', evidenceNote: 'Form 15',
  });
  await send('POST', '/evidence/co-investments', officer, { organisationId: works.id, amountGbp: 45000, source: 'Own funds', date: '2025-04-02' });

  const r = (await get('/reports/indicators?from=2025-01-01&to=2025-12-31&compareFrom=2026-01-01&compareTo=2026-12-31')).json();
  const [period, comparison, cumulative] = r.periods;
  t.same(r.periods.map((p: { label: string }) => p.label), ['period', 'comparison', 'cumulative']);
  t.match(period.gross, {
    businessesAssisted: 3, // one company with two accounts, the works, the block maker
    businessesAssistedSme: 1,
    businessesAssistedLarge: 1,
    businessesAssistedSizeUnknown: 1,
    jobsCreatedFte: 2.5,
    jobsSafeguardedFte: 4,
    coInvestmentGbp: 45000,
    tonnesDiverted: 40,
    virginMaterialDisplacedT: 40,
    importedMaterialDisplacedT: 10, // only the want that said it replaces imports
  });
  t.equal(comparison.gross.businessesAssisted, 2, 'the works and the block maker in 2026');
  close(t, comparison.gross.costSavedGbp, s3.savings.totals.costSavedGbp, 'the comparison period has its own transfers');
  t.equal(cumulative.gross.businessesAssisted, 3, 'cumulative: each enterprise once, not 3 + 2');
  t.equal(cumulative.from, null);

  // The sand exchange's sides answered (deadweight 0.25); the scrap one did not (default 0.3).
  const c1 = s1.savings.totals.costSavedGbp;
  const c2 = s2.savings.totals.costSavedGbp;
  close(t, period.gross.costSavedGbp, c1 + c2, 'gross cost');
  close(t, period.net.costSavedGbp, (c1 * 0.75 + c2 * 0.7) * 0.8, 'net cost = Σ gross × (1 − deadweight) × attribution');
  close(t, period.net.tonnesDiverted, (30 * 0.75 + 10 * 0.7) * 0.8, 'net tonnes');
  close(t, period.net.importedMaterialDisplacedT, 10 * 0.7 * 0.8, 'net imports displaced');
  const k1 = s1.savings.totals.co2eAvoidedKg;
  const k2 = s2.savings.totals.co2eAvoidedKg;
  close(t, period.net.co2eAvoidedT, ((k1 * 0.75 + k2 * 0.7) * 0.8) / 1000, 'net tCO2e');
  t.match(r.additionality, { deadweight: 0.3, attribution: 0.8, note: 'Evaluation 2025', exchangesAnswered: 1, exchangesCounted: 2 });
  const keys = r.definitions.map((d: { key: string }) => d.key);
  for (const k of [...Object.keys(period.gross), ...Object.keys(period.funnel)]) t.ok(keys.includes(k), `${k} is defined in the report`);
  t.ok(r.definitions.every((d: { unit: string; definition: string }) => d.unit && d.definition.length > 20));

  const savings = (await get('/reports/savings?from=2025-01-01&to=2025-12-31')).json();
  close(t, savings.net.costSavedGbp, period.net.costSavedGbp, 'the savings report shows the same net beside its gross totals');
  close(t, savings.totals.costSavedGbp, period.gross.costSavedGbp, 'and the same gross');
  t.equal(savings.totals.businessesAssisted, 4, 'the savings report still counts organisations; the indicator counts enterprises');

  const byRegion = (await get(`/reports/indicators?from=2025-01-01&to=2025-12-31&groupBy=region`)).json();
  const bc = byRegion.groups.find((g: { key: string | null }) => g.key === blackCountry);
  t.equal(bc.gross.businessesAssisted, 3, 'both offers lie in the Black Country');
  // Jobs go to the region of the firm's first site: the castings' is in Tipton, the works' first
  // site is its want's, in Birmingham, outside any region.
  t.equal(bc.gross.jobsSafeguardedFte, 4);
  t.equal(bc.gross.jobsCreatedFte, 0);
  const outside = byRegion.groups.find((g: { key: string | null }) => g.key === null);
  t.match(outside, { label: 'outside any region', gross: { jobsCreatedFte: 2.5, coInvestmentGbp: 45000, businessesAssisted: 0 } });
  const inRegion = (await get(`/reports/indicators?from=2025-01-01&to=2025-12-31&region=${blackCountry}`)).json();
  t.equal(inRegion.periods[0].gross.businessesAssisted, 3);
  const byMaterial = (await get('/reports/indicators?from=2025-01-01&to=2025-12-31&groupBy=material')).json();
  t.same(
    byMaterial.groups.map((g: { key: string; gross: { businessesAssisted: number; jobsCreatedFte: null } }) => [g.key, g.gross.businessesAssisted, g.gross.jobsCreatedFte]),
    [['foundry-sand', 2, null], ['steel-scrap', 2, null]],
    'per material: its own firms; jobs belong to firms, not materials',
  );
  const steel = (await get('/reports/indicators?from=2025-01-01&to=2025-12-31&material=steel-scrap')).json();
  t.equal(steel.periods[0].gross.jobsCreatedFte, null);
  t.equal(steel.periods[0].gross.tonnesDiverted, 10);
});

t.test('the funnel: new listings, matches shown, proposals, acceptances, completed', async (t) => {
  // A compatible pair in Tipton that matching will show.
  const offerId = await insertListing(db, castings.id, 'tipton', { kind: 'offer', materialCode: 'soil' });
  await insertListing(db, blocks.id, 'tipton', { kind: 'want', materialCode: 'soil' });
  const before = (await get(`/reports/indicators?from=${yesterday}&to=${today}`)).json().periods[0].funnel;
  const matches = await send('GET', `/listings/${offerId}/matches`, castings);
  t.equal(matches.statusCode, 200);
  const shown = matches.json().items.length;
  t.ok(shown >= 1, 'the want is shown');
  await send('GET', `/listings/${offerId}/matches`, castings); // the same pairs again, the same day
  const f = (await get(`/reports/indicators?from=${yesterday}&to=${today}`)).json().periods[0].funnel;
  t.equal(f.matchesShown - before.matchesShown, shown, 'each pair once a day');
  t.equal(f.newListings, 8, 'six listings of the three exchanges and two more, all today');
  t.equal(f.proposals, 3);
  t.equal(f.acceptances, 3);
  t.equal(f.completed, 1);
  const past = (await get('/reports/indicators?from=2020-01-01&to=2020-12-31')).json().periods[0].funnel;
  t.same(past, { newListings: 0, matchesShown: 0, proposals: 0, acceptances: 0, completed: 0 });
});

t.test('the network: JSON measures, GraphML read back, GeoJSON between public points', async (t) => {
  const n = (await get('/reports/network?from=2025-01-01&to=2026-12-31')).json();
  t.equal(n.nodes.length, 4);
  t.same(
    n.edges.map((e: { tonnes: number }) => e.tonnes).sort((a: number, b: number) => a - b),
    [10, 30, 50],
  );
  t.match(n.measures, {
    firms: 4,
    links: 3,
    newLinks: 3,
    repeatLinks: 0,
    firmsWithMoreThanOnePartner: 2, // the works (castings, blocks) and the block maker (castings north, works)
    clusters: 1,
    largestCluster: { firms: 4, links: 3, tonnes: 90 },
    linksCrossingRegions: 3, // every offer in the Black Country, every want in Birmingham
    linksCrossingLocalAuthorities: 1, // only the Tipton offer lies in a local authority
  });
  const y2026 = (await get('/reports/network?from=2026-01-01&to=2026-12-31')).json();
  t.match(y2026.measures, { links: 1, newLinks: 1, repeatLinks: 0 });

  // A later transfer between the works and the block maker: in a period after their first, a repeat link.
  await transfer(later.id, works, '2026-11-30', 5);
  const again = (await get('/reports/network?from=2026-06-01&to=2026-12-31')).json();
  t.match(again.measures, { links: 1, newLinks: 0, repeatLinks: 1 });

  const graphml = await get('/reports/network?from=2025-01-01&to=2025-12-31&format=graphml');
  t.equal(graphml.statusCode, 200);
  t.match(graphml.headers['content-type'], /application\/graphml\+xml/);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(graphml.body);
  const graph = doc.graphml.graph;
  t.equal(graph.edgedefault, 'undirected');
  const nodes = [graph.node].flat();
  const edges = [graph.edge].flat();
  t.equal(nodes.length, 4);
  const weightOf = (e: { data: { key: string; '#text': unknown }[] }) => Number(e.data.find((d) => d.key === 'weight')?.['#text']);
  t.same(edges.map(weightOf).sort((a, b) => a - b), [10, 30]);
  const names = nodes.map((node: { data: { key: string; '#text': unknown }[] }) => node.data.find((d) => d.key === 'label')?.['#text']);
  t.ok(names.includes('Tipton Castings'), 'firms labelled by name');

  const geo = await get('/reports/network?from=2025-01-01&to=2025-12-31&format=geojson');
  t.match(geo.headers['content-type'], /application\/geo\+json/);
  const fc = JSON.parse(geo.body);
  const [publicPoint] = await queryRows<{ lon: number; lat: number; exact_lon: number; exact_lat: number }>(
    db,
    sql`SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat,
          ST_X(location::geometry) AS exact_lon, ST_Y(location::geometry) AS exact_lat FROM listings WHERE id = ${sand.offerId}`,
  );
  const line = fc.features.find((f: { properties: { kind: string; tonnes: number } }) => f.properties.kind === 'link' && f.properties.tonnes === 30);
  t.same(line.geometry.coordinates[0], [publicPoint?.lon, publicPoint?.lat], 'lines start at the offer’s public point');
  const everyPosition = fc.features.flatMap((f: { geometry: { type: string; coordinates: number[] | number[][] } }) =>
    f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  t.notOk(
    everyPosition.some(([lon, lat]: number[]) => lon === publicPoint?.exact_lon && lat === publicPoint?.exact_lat),
    'no exact site position anywhere in the file',
  );
  t.equal(fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'firm').length, 4);

  t.equal((await send('GET', '/reports/network', castings)).statusCode, 403, 'members may not see the network');
  t.equal((await send('GET', '/reports/indicators', castings)).statusCode, 403);
});

t.test('CSV of the indicators agrees with the JSON to the penny and gram', async (t) => {
  const json = (await get('/reports/indicators?from=2025-01-01&to=2025-12-31')).json();
  const csv = await get('/reports/indicators?from=2025-01-01&to=2025-12-31&format=csv');
  t.equal(csv.statusCode, 200);
  const rows = csv.body.trim().split('\r\n').map((l) => l.split(','));
  const row = (period: string, key: string) => rows.find((r) => r[0] === period && r[4] === key);
  t.equal(row('period', 'costSavedGbp')?.[7], json.periods[0].gross.costSavedGbp.toFixed(2));
  t.equal(row('period', 'costSavedGbp')?.[8], json.periods[0].net.costSavedGbp.toFixed(2));
  t.equal(row('period', 'tonnesDiverted')?.[8], json.periods[0].net.tonnesDiverted.toFixed(3));
  t.equal(row('period', 'businessesAssisted')?.[7], '3');
  t.equal(row('method', 'deadweight')?.[7], '0.3');
  t.ok(rows.some((r) => r[4] === 'matchesShown'), 'the funnel is in the file');
  t.match(csv.body, /Each factor of these sets, with its published source, is listed/, 'the sources said in words');
  t.notMatch(csv.body, /GET \//, 'not as an API call');
});

t.test('wants say what supply they replace; offers may not', async (t) => {
  const site = await send('POST', '/sites', blocks, { name: 'Yard', location: { type: 'Point', coordinates: [-1.9, 52.48] } });
  const base = { siteId: site.json().id, material: 'steel-scrap', quantity: { amount: 10, unit: 't', rate: 'month' }, maxHaulKm: 30 };
  const want = await send('POST', '/listings', blocks, { ...base, kind: 'want', replacesSupply: 'domestic' });
  t.equal(want.statusCode, 201);
  t.equal(want.json().replacesSupply, 'domestic');
  const offer = await send('POST', '/listings', blocks, { ...base, kind: 'offer', replacesSupply: 'imported' });
  t.equal(offer.statusCode, 400);
  t.equal(offer.json().errors[0].path, 'replacesSupply');
});

t.test('savings exports carry net beside gross, agreeing to the penny and gram; methods stated', async (t) => {
  const ExcelJS = (await import('exceljs')).default;
  const query = 'from=2025-01-01&to=2025-12-31';
  const json = (await get(`/reports/savings?${query}`)).json();
  const csv = (await get(`/reports/savings?${query}&format=csv`)).body.split('\r\n').filter(Boolean);
  const header = csv[0]?.split(',') ?? [];
  const totals = csv[csv.length - 1]?.split(',') ?? [];
  t.equal(totals[header.indexOf('net_cost_saved_gbp')], json.net.costSavedGbp.toFixed(2), 'CSV net cost to the penny');
  t.ok(Math.abs(Number(totals[header.indexOf('net_co2e_avoided_kg')]) - json.net.co2eAvoidedT * 1000) < 0.001, 'CSV net carbon to the gram');

  const xlsx = await get(`/reports/savings?${query}&format=xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  let netCost = 0;
  book.getWorksheet('Transfers')?.eachRow((row, i) => {
    if (i > 1) netCost += row.getCell(14).value as number;
  });
  t.equal(netCost.toFixed(2), json.net.costSavedGbp.toFixed(2), 'XLSX transfer rows add up to the net');
  const indicators = book.getWorksheet('Indicators');
  const rowOf = (label: string) => {
    let found: unknown[] = [];
    indicators?.eachRow((row) => {
      if (row.getCell(1).value === label) found = row.values as unknown[];
    });
    return found;
  };
  // row.values is 1-based: [, label, unit, period gross, period net, cumulative gross, cumulative net, definition]
  t.equal((rowOf('Cost saved')[3] as number).toFixed(2), json.totals.costSavedGbp.toFixed(2));
  t.equal((rowOf('Cost saved')[4] as number).toFixed(2), json.net.costSavedGbp.toFixed(2));
  t.equal(rowOf('Businesses assisted')[3], 3);
  const methods: string[] = [];
  book.getWorksheet('Method and sources')?.eachRow((row) => methods.push(String(row.getCell(1).value)));
  for (const label of ['Additionality', 'Default deadweight', 'Attribution', 'Jobs created', 'Imported material displaced'])
    t.ok(methods.includes(label), `the methods sheet states ${label}`);

  const pdf = await get(`/reports/savings?${query}&format=pdf`);
  t.equal(pdf.statusCode, 200);
  t.equal((pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, 2);
});
