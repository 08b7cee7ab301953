import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
const HEADER = 'kind,siteId,material,quantity.amount,quantity.unit,quantity.rate,maxHaulKm,grade.afsGfn,grade.clayPct,currentRoute.route';

async function site(org: Org, coordinates: [number, number] = [-2.0662, 52.5294]) {
  const res = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(org.apiKey),
    payload: { name: 'Works', location: { type: 'Point', coordinates } },
  });
  return res.json().id as string;
}

const importFile = (org: Org, body: string, { type = 'text/csv', mode = '', key = '' } = {}) =>
  app.inject({
    method: 'POST',
    url: `/listings/import${mode ? `?mode=${mode}` : ''}`,
    headers: { ...bearer(org.apiKey), 'content-type': type, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });

async function counts() {
  const [row] = await queryRows<{ listings: number; audit: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM listings)::int AS listings,
               (SELECT count(*) FROM audit_log WHERE action = 'import')::int AS audit`,
  );
  return row;
}

t.test('CSV: every row imported in one go, located at its site, each with an audit entry', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const csv = [HEADER, `offer,${s},foundry-sand,120,t,month,40,55,8,landfill`, `offer,${s},foundry-sand,30,t,week,20,,,`].join('\n');
  const res = await importFile(firm, csv);
  t.equal(res.statusCode, 201, res.body);
  const report = res.json();
  t.match(report, { mode: 'all-or-nothing', received: 2, imported: 2, rejected: 0, rejectedRows: [] });
  t.same(report.listings.map((l: { row: number }) => l.row), [1, 2]);
  const first = await app.inject({ method: 'GET', url: `/listings/${report.listings[0].id}`, headers: bearer(firm.apiKey) });
  t.match(first.json(), {
    kind: 'offer',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 120, unit: 't', rate: 'month' },
    currentRoute: { route: 'landfill' },
    status: 'active',
    location: { coordinates: [-2.0662, 52.5294] },
  });
  t.same(await counts(), { listings: 2, audit: 2 });
});

t.test('all-or-nothing: one bad row refuses the file with a report of every bad row, and writes nothing', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const theirs = await site(await createOrganisation(app));
  const csv = [
    HEADER,
    `offer,${s},foundry-sand,120,t,month,40,55,8,landfill`,
    `offer,${s},foundry-sand,120,t,month,40,55,120,landfill`,
    `offer,${theirs},foundry-sand,ten,t,month,40,,,`,
  ].join('\r\n');
  const res = await importFile(firm, csv);
  t.equal(res.statusCode, 422);
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  const problem = res.json();
  t.match(problem, { type: 'urn:reuse-exchange:problem:import-rejected', received: 3 });
  t.match(problem.detail, /2 of 3 rows are invalid; nothing was imported/);
  t.match(problem.rejectedRows, [
    { row: 2, errors: [{ path: 'grade.clayPct', message: /between/ }] },
    { row: 3, errors: [{ path: 'quantity.amount' }] },
  ]);
  t.same(await counts(), { listings: 0, audit: 0 });

  const siteOnly = [HEADER, `offer,${theirs},foundry-sand,12,t,month,40,,,`].join('\n');
  t.match((await importFile(firm, siteOnly)).json().rejectedRows, [{ row: 1, errors: [{ path: 'siteId', message: 'is not one of your sites' }] }]);
});

t.test('valid-only: the valid rows go in, the rest are reported; a retry with the same key adds nothing', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const csv = [HEADER, `offer,${s},foundry-sand,120,t,month,40,55,8,landfill`, `want,${s},foundry-sand,5,t,month,40,55,,`].join('\n');
  const res = await importFile(firm, csv, { mode: 'valid-only', key: 'import-1' });
  t.equal(res.statusCode, 201);
  t.match(res.json(), { imported: 1, rejected: 1, rejectedRows: [{ row: 2, errors: [{ path: 'grade' }] }] });
  const retry = await importFile(firm, csv, { mode: 'valid-only', key: 'import-1' });
  t.equal(retry.statusCode, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.same(retry.json(), res.json());
  t.same(await counts(), { listings: 1, audit: 1 });
  const nothingValid = await importFile(firm, [HEADER, `want,${s},foundry-sand,5,t,month,40,55,,`].join('\n'), { mode: 'valid-only' });
  t.equal(nothingValid.statusCode, 422, 'importing nothing is not a success');
});

t.test('GeoJSON: properties are the listing; a point far from its site is refused', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const properties = {
    kind: 'want',
    siteId: s,
    material: 'steel-scrap',
    accepts: { grade: { oneOf: ['E1', 'E3'] } },
    quantity: { amount: 400, unit: 't', rate: 'month' },
    maxHaulKm: 60,
  };
  const doc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: null, properties },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-2.067, 52.529] }, properties },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-1.47, 53.38] }, properties },
    ],
  };
  const res = await importFile(firm, JSON.stringify(doc), { type: 'application/geo+json', mode: 'valid-only' });
  t.equal(res.statusCode, 201, res.body);
  t.match(res.json(), { imported: 2, rejectedRows: [{ row: 3, errors: [{ path: 'geometry', message: /km from site "Works"/ }] }] });
});

t.test('file-level problems: header, content type, size', async (t) => {
  const firm = await createOrganisation(app);
  const unknown = await importFile(firm, `${HEADER},colour\n`);
  t.match(unknown.json(), { status: 400, errors: [{ path: 'body' }] }, 'no rows after the header');
  const badColumn = await importFile(firm, `${HEADER},colour\noffer`);
  t.match(badColumn.json(), { status: 400, errors: [{ path: 'header', message: /unknown column "colour"/ }] });
  const plain = await importFile(firm, 'kind\noffer', { type: 'text/plain' });
  t.equal(plain.statusCode, 415);
  t.equal(plain.headers['content-type'], 'application/problem+json; charset=utf-8');
  const notGeoJson = await importFile(firm, '{"type":"Feature"}', { type: 'application/geo+json' });
  t.match(notGeoJson.json(), { status: 400, errors: [{ path: 'body', message: /FeatureCollection/ }] });
  const broken = await importFile(firm, '{"type":', { type: 'application/geo+json' });
  t.equal(broken.statusCode, 400);
  const tooMany = await importFile(firm, `${HEADER}\n${'offer\n'.repeat(50_001)}`);
  t.equal(tooMany.statusCode, 413);
  t.match(tooMany.json().detail, /limit is 50000/);
  const admin = await importFile({ apiKey: 'test-admin-key-0123456789abcdef0123456789' } as Org, `${HEADER}\noffer`);
  t.equal(admin.statusCode, 403, 'the built-in admin has no sites to list from');
});

t.test('thousands of rows go in chunks inside one transaction', async (t) => {
  const firm = await createOrganisation(app);
  const s = await site(firm);
  const rows = Array.from({ length: 2500 }, (_, i) => `offer,${s},foundry-sand,${i + 1},t,month,40,55,8,landfill`);
  const res = await importFile(firm, [HEADER, ...rows].join('\n'));
  t.equal(res.statusCode, 201);
  t.equal(res.json().imported, 2500);
  t.same(await counts(), { listings: 2500, audit: 2500 });
  const [sum] = await queryRows<{ total: number }>(db, sql`SELECT sum(quantity_amount)::int AS total FROM listings`);
  t.equal(sum?.total, (2500 * 2501) / 2, 'every row, each once');
});
