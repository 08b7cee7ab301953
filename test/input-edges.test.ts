// Inputs at the edges that once were 500s (issue 19, item 12) and names that a spreadsheet would
// run as formulas (item 10). Each answer is a 400 naming the field, or the right result.
import { parse as parseCsv } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { insertListing } from './fixtures.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db } = await buildTestApp(t);
type Org = Awaited<ReturnType<typeof createOrganisation>>;
const as = (key: string) => bearer(key);
const get = (url: string, key = ADMIN_KEY) => app.inject({ method: 'GET', url, headers: as(key) });
const post = (url: string, payload: object | string, headers: Record<string, string> = {}, key = ADMIN_KEY) =>
  app.inject({ method: 'POST', url, headers: { ...as(key), ...headers }, payload });
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const UUID = '00000000-0000-4000-8000-000000000000';
const seller = await createOrganisation(app, 'member', 'Edge Foundry');
const offer = await insertListing(db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });

t.test('crafted cursors are 400s naming cursor on /listings, /audit, /exchanges and matches', async (t) => {
  const crafted = [
    cursorOf(['x', 'y']),
    cursorOf(['2024-01-01T00:00:00Z', 'not-a-uuid']),
    cursorOf(['2024-01-01T00:00:00Z', '------------------------------------']),
    cursorOf(['2024-01-01T00:00:00Z\u0000', UUID]),
    cursorOf(['99999-01-01', UUID]),
    cursorOf(['-271821-04-20', UUID]),
    cursorOf(['2024-02-30T00:00:00Z', UUID]),
    cursorOf(['0000-01-01T00:00:00Z', UUID]),
    cursorOf([1, 'x']),
    cursorOf([1e308, UUID, 3]),
    cursorOf([-1]),
    cursorOf([1.5]),
    cursorOf({ 0: 1 }),
    'bm9wZQ',
    '!!!',
  ];
  const urls = ['/listings', '/listings?near=-2,52', '/audit', '/exchanges', `/listings/${offer}/matches`];
  for (const url of urls) {
    for (const cursor of crafted) {
      const res = await get(`${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
      t.equal(res.statusCode, 400, `${url} ${Buffer.from(cursor, 'base64url').toString()}`);
      t.match(res.json(), { errors: [{ in: 'querystring', path: 'cursor' }] });
    }
  }
});

t.test('cursors the API gave out still page through', async (t) => {
  await insertListing(db, seller.id, 'birmingham', { kind: 'offer', materialCode: 'foundry-sand' });
  await createOrganisation(app, 'member', 'Edge Blocks'); // a second audit entry
  for (const url of ['/listings?limit=1', '/listings?near=-2,52&limit=1', '/audit?limit=1']) {
    const first = (await get(url)).json();
    t.ok(first.nextCursor, url);
    const next = await get(`${url}&cursor=${first.nextCursor}`);
    t.equal(next.statusCode, 200, `${url} page 2`);
  }
});

t.test('NUL bytes in names, filters and paths are 400s naming the field', async (t) => {
  const name = await post('/organisations', { name: 'a\u0000b', role: 'member', contactEmail: 'a@example.org' });
  t.equal(name.statusCode, 400);
  t.match(name.json(), { errors: [{ in: 'body', path: 'name', message: /NUL/ }] });

  const nested = await post('/organisations', { name: 'ok', role: 'member', contactEmail: 'a@example.org', x: { 'k\u0000': 1 } });
  t.match(nested.json(), { status: 400, errors: [{ in: 'body', path: 'x.k\u0000' }] });

  for (const [url, path] of [
    ['/listings?material=a%00b', 'material'],
    ['/audit?entityType=a%00b', 'entityType'],
    ['/exchanges?organisation=%00', 'organisation'],
    ['/audit?entityId=%00', 'entityId'],
    ['/audit?entityId=x&entityId=y%00', 'entityId.1'],
  ] as const) {
    const res = await get(url);
    t.equal(res.statusCode, 400, url);
    t.match(res.json(), { errors: [{ in: 'querystring', path, message: /NUL/ }] });
  }
  for (const url of ['/organisations/%00', '/factor-sets/%00']) {
    const param = await get(url);
    t.match(param.json(), { status: 400, errors: [{ in: 'params', path: 'id', message: /NUL/ }] }, url);
  }

  // The import's body is a stream, read (and checked) by the import itself, after authorization.
  const csv = await post('/listings/import', 'kind,material\n\u0000,x\n', { 'content-type': 'text/csv' }, seller.apiKey);
  t.match(csv.json(), { status: 400, errors: [{ in: 'body', path: 'body' }] });
});

t.test('bodies nested past the limit are 400s, with or without an Idempotency-Key', async (t) => {
  const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`;
  const bodies = [
    `{"type":"FeatureCollection","features":${nested(200_000, '[', ']')}}`,
    `{"type":"FeatureCollection","features":[${nested(200_000, '{"a":', '}')}]}`,
  ];
  for (const [i, body] of bodies.entries()) {
    for (const key of [undefined, `deep-${i}`]) {
      const res = await post('/listings/import', body, {
        'content-type': 'application/geo+json',
        ...(key ? { 'idempotency-key': key } : {}),
      });
      t.equal(res.statusCode, 400, `body ${i} key ${key}`);
      t.match(res.json(), { errors: [{ in: 'body', path: 'features', message: /nested more than 64/ }] });
    }
  }
  const organisation = (depth: number) =>
    post('/organisations', `{"name":"Deep","role":"member","contactEmail":"a@example.org","x":${nested(depth, '{"a":', '}')}}`, {
      'content-type': 'application/json',
      'idempotency-key': `deep-org-${depth}`,
    });
  t.match((await organisation(64)).json(), { status: 400, errors: [{ path: 'x', message: /nested/ }] });
  t.match((await organisation(62)).json(), { status: 400, errors: [{ message: /Unrecognized key/ }] }, 'under the limit: the schema answers');
});

t.test('a whole-world bbox finds listings; a box finds listings near its edges', async (t) => {
  const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((l) => l.id);
  for (const bbox of ['-180,-90,180,90', '-180,-90,0,90', '-10,-90,10,90', '-100,40,100,60']) {
    const res = await get(`/listings?bbox=${bbox}`);
    t.equal(res.statusCode, 200, bbox);
    t.ok(ids(res).includes(offer), `${bbox} holds Tipton`);
  }
  t.notOk(ids(await get('/listings?bbox=0,-90,180,90')).includes(offer), 'east of Greenwich does not');
  // Great circles bow poleward of the parallel they join: once, this box missed a site 5 km
  // inside its southern edge.
  const greenwich = await insertListing(db, seller.id, 'tipton', { kind: 'want', materialCode: 'foundry-sand' });
  await db.execute(sql`UPDATE listings SET location = ST_SetSRID(ST_MakePoint(0, 52.05), 4326)::geography WHERE id = ${greenwich}`);
  t.ok(ids(await get('/listings?bbox=-5,52,5,53&limit=200')).includes(greenwich), 'a site 5 km inside the edge');
  t.notOk(ids(await get('/listings?bbox=-5,52.06,5,53&limit=200')).includes(greenwich), 'and not outside it');
});

t.test('regions that wrap the globe or have half-globe edges are 400s; polar regions are fine', async (t) => {
  const region = (name: string, ring: number[][]) => post('/regions', { name, boundary: { type: 'Polygon', coordinates: [ring] } });
  for (const [name, ring] of Object.entries({
    world: [[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]],
    band: [[-180, -89], [180, -89], [180, 89], [-180, 89], [-180, -89]],
    'pole to pole': [[0, -90], [0, 90], [10, 90], [0, -90]],
    'half way round': [[-90, 0], [90, 0], [90, 10], [-90, 0]],
    'round in steps': [[-180, -80], [-90, -80], [0, -80], [90, -80], [180, -80], [180, 80], [0, 80], [-180, 80], [-180, -80]],
  })) {
    const res = await region(name, ring);
    t.equal(res.statusCode, 400, name);
    t.match(res.json(), { errors: [{ in: 'body', path: 'boundary.coordinates.0' }] });
  }
  const arctic = await region('Arctic cap', [[0, 90], [90, 80], [0, 70], [-90, 80], [0, 90]]);
  t.equal(arctic.statusCode, 201);
  const wide = await region('Wide', [[-179, -80], [-90, -80], [0, -80], [90, -80], [179, -80], [179, 80], [0, 80], [-179, 80], [-179, -80]]);
  t.equal(wide.statusCode, 201, 'nearly round the globe, in edges geography can draw: stored as geography draws them');
});

t.test('CSV export: names starting with = + - @ tab or CR come out prefixed with a quote', async (t) => {
  const officer = await createOrganisation(app, 'officer');
  const names = ['=HYPERLINK("http://x.example","y")', '+1+1', '-1+1', '@SUM(A1:A2)', '\tcmd', '\rcmd'];
  const orgs: Org[] = [];
  for (const [i, name] of names.entries()) {
    const org = await createOrganisation(app, 'member', `formula ${i}`);
    // Set in the database: the API trims names, but older rows and other writers may not have.
    await db.execute(sql`UPDATE organisations SET name = ${name} WHERE id = ${org.id}`);
    orgs.push(org);
  }
  for (let i = 0; i < names.length; i += 2) {
    const [from, to] = [orgs[i] as Org, orgs[i + 1] as Org];
    const offerId = await insertListing(db, from.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', quantityRate: 'one-off', quantityAmount: 100 });
    const wantId = await insertListing(db, to.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
    const ex = (await post('/exchanges', { offerId, wantId, quantity: { amount: 50, unit: 't' } }, {}, from.apiKey)).json();
    t.equal((await post(`/exchanges/${ex.id}/accept`, {}, {}, to.apiKey)).statusCode, 200);
    const transfer = await post(`/exchanges/${ex.id}/transfers`, { date: '2025-05-10', amount: 10, unit: 't', haulKm: 20 }, {}, from.apiKey);
    t.equal(transfer.statusCode, 201, transfer.body);
  }
  const res = await get('/reports/savings?from=2025-01-01&to=2025-12-31&format=csv', officer.apiKey);
  t.equal(res.statusCode, 200);
  const rows: string[][] = parseCsv(res.body, { relax_column_count: true });
  const cells = rows.slice(1, -1).flatMap((r) => [r[5], r[6]]);
  t.same(cells.sort(), names.map((n) => `'${n}`).sort(), 'every such name prefixed with a quote');
  for (const name of names) t.ok(res.body.includes(`,"'${name.replaceAll('"', '""')}"`), `${JSON.stringify(name)} quoted`);
});
