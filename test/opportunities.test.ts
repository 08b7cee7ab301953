import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { opportunityRequestSchema } from '../schemas/opportunity.ts';
import { HEARTBEAT_MS, OpportunityJobs } from '../src/opportunities/jobs.ts';
import { opportunityMap, prepare } from '../src/opportunities/service.ts';
import { insertListing } from './fixtures.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';
import { market } from './opportunities-market.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

const BLACK_COUNTRY = [-2.3, 52.4, -1.7, 52.7];

const post = (key: string, payload: unknown, query = '') =>
  app.inject({ method: 'POST', url: `/opportunities${query}`, headers: bearer(key), payload: payload as object });

type Flow = { offerId: string; wantId: string; tonnesPerYear: number; savings: { costSavedGbpPerYear: number; co2eAvoidedKgPerYear: number; estimateRequest: object } };

t.test('optimal beats greedy on a hand-solved instance; flows agree with POST /estimates', async (t) => {
  const { officer, a, b, x, y } = await market(app, db);
  const res = await post(officer.apiKey, { bbox: BLACK_COUNTRY });
  t.equal(res.statusCode, 200, res.body);
  const body = res.json();
  t.equal(body.status, 'optimal');
  t.equal(body.objective, 'cost');
  t.same(
    body.flows.map((f: Flow) => [f.offerId, f.wantId, f.tonnesPerYear]).sort(),
    [
      [a, y, 1200],
      [b, x, 1200],
    ].sort(),
    'A to Birmingham and B to Tipton',
  );
  t.match(body.totals, { tonnesPerYear: 2400, flows: 2, offersUsed: 2, wantsServed: 2 });
  t.match(body.greedy.totals, { tonnesPerYear: 1200, flows: 1, offersUsed: 1, wantsServed: 1 });
  t.ok(body.totals.costSavedGbpPerYear > body.greedy.totals.costSavedGbpPerYear * 1.5, 'the gain is visible');
  t.match(body.scope, { offers: 2, wants: 2, pairs: 3 });
  t.ok(body.solve.gap < 1e-9 && Math.abs(body.solve.dualBound - body.solve.objectiveValue) < 1e-6, 'proven: the dual bound meets the objective');
  t.equal(body.solve.variables, 3);
  t.equal(body.solve.constraints, 4);
  t.ok(Math.abs(body.solve.objectiveValue - body.totals.costSavedGbpPerYear) < 1e-6);
  t.match(body.realised.totals, { tonnesPerYear: 0, transfers: 0 });

  let sum = 0;
  for (const f of body.flows as Flow[]) {
    const shown = await app.inject({ method: 'POST', url: '/estimates', headers: bearer(officer.apiKey), payload: f.savings.estimateRequest });
    t.equal(shown.statusCode, 200, shown.body);
    t.ok(Math.abs(shown.json().totals.costSavedGbp - f.savings.costSavedGbpPerYear) < 1e-6, 'cost re-estimated');
    t.ok(Math.abs(shown.json().totals.co2eAvoidedKg - f.savings.co2eAvoidedKgPerYear) < 1e-6, 'carbon re-estimated');
    sum += f.savings.costSavedGbpPerYear;
  }
  t.ok(Math.abs(sum - body.totals.costSavedGbpPerYear) < 1e-6, 'the totals are the sum of the flows');
});

t.test('a want of several materials pairs with offers of each (hand-solved)', async (t) => {
  // Want M takes foundry sand or silica sand; want F foundry sand only (silica sand may stand in
  // for nothing else). Offer S (silica sand) can only serve M; offer A (foundry sand) either.
  // Greedy gives A to M (the nearest, 0 km) and strands S and F; the optimum is S to M and A to
  // F: 2,400 t. Read as its first material only, M would never see S, and 1,200 t is the most.
  const [sa, ss, bm, bf] = await Promise.all(['Sand Offer A', 'Sand Offer S', 'Mixed Want', 'Foundry Want'].map((n) => createOrganisation(app, 'member', n)));
  const officer = await createOrganisation(app, 'officer', 'Materials Officer');
  const a = await insertListing(db, sa!.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const s = await insertListing(db, ss!.id, 'wolverhampton', { kind: 'offer', materialCode: 'silica-sand' });
  const m = await insertListing(db, bm!.id, 'tipton', { kind: 'want', materialCode: 'foundry-sand', otherMaterials: ['silica-sand'] });
  const f = await insertListing(db, bf!.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  for (const objective of ['cost', 'tonnes'] as const) {
    const res = await post(officer!.apiKey, { bbox: BLACK_COUNTRY, objective });
    t.equal(res.statusCode, 200, res.body);
    const body = res.json();
    t.equal(body.status, 'optimal');
    t.same(
      body.flows.map((x: Flow & { material: string }) => [x.offerId, x.wantId, x.material, x.tonnesPerYear]).sort(),
      [
        [a, f, 'foundry-sand', 1200],
        [s, m, 'silica-sand', 1200],
      ].sort(),
      `${objective}: silica sand to the want that accepts it, foundry sand to the other`,
    );
    t.match(body.scope, { offers: 2, wants: 2, pairs: 3 }, 'S pairs with M only; A with both');
    t.equal(body.greedy.totals.tonnesPerYear, 1200);
  }
});

t.test('objective variants: each maximises its own figure', async (t) => {
  const { officer } = await market(app, db);
  for (const [objective, figure] of [
    ['carbon', 'co2eAvoidedKgPerYear'],
    ['tonnes', 'tonnesPerYear'],
  ] as const) {
    const body = (await post(officer.apiKey, { bbox: BLACK_COUNTRY, objective })).json();
    t.equal(body.status, 'optimal', objective);
    t.equal(body.objective, objective);
    t.equal(body.totals.tonnesPerYear, 2400);
    t.equal(body.greedy.totals.tonnesPerYear, 1200);
    t.ok(Math.abs(body.solve.objectiveValue - body.totals[figure]) < 1e-6, `${objective}: the objective is ${figure}`);
    t.ok(body.totals[figure] > body.greedy.totals[figure]);
  }
});

t.test('what-if: a hypothetical processor and a changed tax re-solve and write nothing', async (t) => {
  const { officer, a, b, x } = await market(app, db);
  const count = async () =>
    (await queryRows<{ n: number }>(db, sql`SELECT (SELECT count(*) FROM listings) + (SELECT count(*) FROM sites) + (SELECT count(*) FROM audit_log) AS n`))[0]!.n;
  const before = await count();
  const base = (await post(officer.apiKey, { bbox: BLACK_COUNTRY })).json();
  const processor = {
    kind: 'want',
    material: 'foundry-sand',
    quantity: { amount: 100, unit: 't', rate: 'month' },
    maxHaulKm: 50,
    location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
  };
  const res = await post(officer.apiKey, { bbox: BLACK_COUNTRY, scenario: { extraListings: [processor] } });
  t.equal(res.statusCode, 200, res.body);
  const body = res.json();
  // A second want at Tipton: both offers now go 0 km and 8 km to Tipton's two wants (either
  // way round: the same value), and Birmingham's 12 km haul is dropped.
  const flows = body.flows as Flow[];
  t.same(flows.map((f) => f.offerId).sort(), [a, b].sort());
  t.same(flows.map((f) => f.wantId).sort(), [x, 'scenario:0'].sort());
  t.ok(body.totals.costSavedGbpPerYear > base.totals.costSavedGbpPerYear);
  t.match(body.note, /nothing was written/);
  // Foundry sand pays the lower rate (£4.05/t and up): without it, 2,400 t save ~£10k less.
  const untaxed = (await post(officer.apiKey, { bbox: BLACK_COUNTRY, scenario: { landfillTaxLowerGbpPerTonne: 0 } })).json();
  t.ok(untaxed.totals.costSavedGbpPerYear < base.totals.costSavedGbpPerYear - 2400 * 4, 'no lower-rate tax saved');
  const standard = (await post(officer.apiKey, { bbox: BLACK_COUNTRY, scenario: { landfillTaxGbpPerTonne: 500 } })).json();
  t.ok(Math.abs(standard.totals.costSavedGbpPerYear - base.totals.costSavedGbpPerYear) < 1e-6, 'the standard rate is not foundry sand’s');
  const haulage = (await post(officer.apiKey, { bbox: BLACK_COUNTRY, scenario: { haulageGbpPerTonneKm: 0 } })).json();
  t.ok(haulage.totals.costSavedGbpPerYear > base.totals.costSavedGbpPerYear, 'free haulage saves more');
  t.equal(await count(), before, 'no listing, site or audit row written');
});

t.test('bad input is a 400 naming the field; an empty area is 200 with a reason', async (t) => {
  const { officer, member } = await market(app, db);
  const cases: [unknown, string][] = [
    [{}, 'regionId'],
    [{ bbox: [-1.7, 52.4, -2.3, 52.7] }, 'bbox'],
    [{ bbox: [-2.3, 52.4, -1.7] }, 'bbox'],
    [{ bbox: BLACK_COUNTRY, materials: ['unobtainium'] }, 'materials.0'],
    [{ bbox: BLACK_COUNTRY, k: 0 }, 'k'],
    [{ bbox: BLACK_COUNTRY, k: 501 }, 'k'],
    [{ bbox: BLACK_COUNTRY, objective: 'fun' }, 'objective'],
    [{ regionId: '00000000-0000-4000-8000-000000000000' }, 'regionId'],
    [{ bbox: BLACK_COUNTRY, factorSet: 'nope' }, 'factorSet'],
  ];
  for (const [payload, path] of cases) {
    const res = await post(officer.apiKey, payload);
    t.equal(res.statusCode, 400, JSON.stringify(payload));
    t.match(res.json(), { status: 400, errors: [{ path: new RegExp(`^${path.replace('.', '\\.')}`) }] }, path);
  }
  t.equal((await post(member.apiKey, { bbox: BLACK_COUNTRY })).statusCode, 403, 'officers only');

  const sea = (await post(officer.apiKey, { bbox: [-5, 50, -4.9, 50.1] })).json();
  t.match(sea, { status: 'optimal', totals: { tonnesPerYear: 0, flows: 0 }, flows: [], note: /No active offer/ });
  const water = (await post(officer.apiKey, { bbox: BLACK_COUNTRY, materials: ['process-water'] })).json();
  t.match(water.totals, { tonnesPerYear: 0 });
  t.type(water.note, 'string');
});

t.test('downloads: CSV, XLSX and GeoJSON lines between exact sites', async (t) => {
  const { officer } = await market(app, db);
  const csv = await post(officer.apiKey, { bbox: BLACK_COUNTRY }, '?format=csv');
  t.equal(csv.statusCode, 200);
  t.match(csv.headers['content-type'], /text\/csv/);
  const lines = csv.body.trim().split('\r\n');
  t.equal(lines.length, 1 + 2 + 2, 'header, two flows, optimal and greedy totals');
  t.match(lines[3], /^OPTIMAL,2 flows/);
  const geo = await post(officer.apiKey, { bbox: BLACK_COUNTRY }, '?format=geojson');
  const fc = JSON.parse(geo.body);
  t.equal(fc.features.length, 2);
  t.equal(fc.features[0].geometry.type, 'LineString');
  t.equal(fc.properties.locationPrecision, 'exact');
  const xlsx = await post(officer.apiKey, { bbox: BLACK_COUNTRY }, '?format=xlsx');
  t.equal(xlsx.statusCode, 200);
  t.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK', 'a zip (xlsx)');
});

t.test('regions: the area of a registered region', async (t) => {
  const { officer } = await market(app, db);
  const region = await app.inject({
    method: 'POST',
    url: '/regions',
    headers: bearer(officer.apiKey),
    payload: {
      name: 'Black Country box',
      boundary: { type: 'Polygon', coordinates: [[[-2.3, 52.4], [-1.7, 52.4], [-1.7, 52.7], [-2.3, 52.7], [-2.3, 52.4]]] },
    },
  });
  t.equal(region.statusCode, 201, region.body);
  const body = (await post(officer.apiKey, { regionId: region.json().id })).json();
  t.match(body.totals, { tonnesPerYear: 2400, flows: 2 });
});

t.test('large areas run as jobs: 202, a status URL with progress, the result, cancel', async (t) => {
  const jobs = await buildTestApp(t, { OPTIMISER_ASYNC_LISTINGS: '0' });
  const [s1, s2, b1] = await Promise.all(['Seller One', 'Seller Two', 'Buyer One'].map((n) => createOrganisation(jobs.app, 'member', n)));
  const officer = await createOrganisation(jobs.app, 'officer', 'Job Officer');
  const other = await createOrganisation(jobs.app, 'officer', 'Another Officer');
  await insertListing(jobs.db, s1!.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  await insertListing(jobs.db, s2!.id, 'wolverhampton', { kind: 'offer', materialCode: 'foundry-sand' });
  await insertListing(jobs.db, b1!.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  const start = () =>
    jobs.app.inject({ method: 'POST', url: '/opportunities', headers: bearer(officer.apiKey), payload: { bbox: BLACK_COUNTRY } });
  const res = await start();
  t.equal(res.statusCode, 202, res.body);
  const url = res.headers.location as string;
  t.match(url, /^\/opportunities\/jobs\/[0-9a-f-]{36}$/);
  t.match(res.json(), { status: 'running', progress: { phase: String } });
  t.equal(
    (await jobs.app.inject({ method: 'GET', url, headers: bearer(other.apiKey) })).statusCode,
    404,
    "another organisation's officer does not see the job",
  );
  let job = res.json();
  for (let i = 0; i < 200 && job.status === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await jobs.app.inject({ method: 'GET', url, headers: bearer(officer.apiKey) })).json();
  }
  t.equal(job.status, 'done');
  t.match(job.result, { status: 'optimal', totals: { tonnesPerYear: 1200, flows: 1 } });
  t.match(job.progress, { phase: 'done' });
  const csv = await jobs.app.inject({ method: 'GET', url: `${url}?format=csv`, headers: bearer(officer.apiKey) });
  t.match(csv.headers['content-type'], /text\/csv/);

  const next = await start();
  t.equal(next.statusCode, 202);
  const cancelled = await jobs.app.inject({ method: 'DELETE', url: next.headers.location as string, headers: bearer(officer.apiKey) });
  t.equal(cancelled.statusCode, 200);
  t.equal(cancelled.json().status, 'cancelled');
  const after = (await jobs.app.inject({ method: 'GET', url: next.headers.location as string, headers: bearer(officer.apiKey) })).json();
  t.equal(after.status, 'cancelled', 'a cancelled job stays cancelled');
  t.equal(
    (await jobs.app.inject({ method: 'GET', url: '/opportunities/jobs/00000000-0000-4000-8000-000000000000', headers: bearer(officer.apiKey) })).statusCode,
    404,
  );
});

t.test('a job is followed and cancelled through another instance; a silent one reads as failed', async (t) => {
  const officer = await createOrganisation(app, 'officer', 'Fleet Officer');
  // Two instances of the service on one database: each has its own jobs object.
  const [one, two] = [new OpportunityJobs(db), new OpportunityJobs(db)];
  let stoppedBy = '';
  let released = 0;
  const job = await one.start(officer.id, () => released++, (ctx) => {
    ctx.progress('candidates', 3, 10);
    ctx.onCancel(() => (stoppedBy = 'worker stopped'));
    return new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('cancelled'))));
  });
  t.equal((await two.get(job.id, officer.id))?.status, 'running', 'the other instance sees the job');
  t.equal(await two.get(job.id, null), null, 'not as an admin without the organisation');
  await new Promise((r) => setTimeout(r, HEARTBEAT_MS + 500));
  t.match((await two.get(job.id, officer.id))?.progress, { phase: 'candidates', done: 3, total: 10 }, 'progress written by the solving instance');
  t.equal((await two.cancel(job.id, officer.id))?.status, 'cancelled');
  for (let i = 0; i < 40 && released === 0; i++) await new Promise((r) => setTimeout(r, 100));
  t.equal(stoppedBy, 'worker stopped', "the solving instance stopped its worker on the other's cancel");
  t.equal(released, 1, 'and gave its slot back');
  t.equal((await one.get(job.id, officer.id))?.status, 'cancelled', 'a cancel stays a cancel');

  // A job whose instance died mid-solve: running, its last heartbeat a minute old.
  const [silent] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO opportunity_jobs (organisation_id, progress, heartbeat_at)
        VALUES (${officer.id}, '{"phase":"solving","done":0,"total":0}', now() - interval '1 minute') RETURNING id`,
  );
  t.match(await two.get(silent!.id, officer.id), { status: 'failed', error: /stopped before it finished/ }, 'an instance that went silent: failed, with why');
});

t.test('a solve stopped by the time limit never reports what it was stopped at', async (t) => {
  await market(app, db);
  const defaults = { factorSet: 'uk-2025', today: '2026-12-02', minShare: 0.05, parallelWalks: 1 };
  const prepared = await prepare(db, opportunityRequestSchema.parse({ bbox: BLACK_COUNTRY }), defaults);
  // What HiGHS may hand back when stopped mid-simplex: numbers that break the supplies.
  const stopped = async (model: { numCols: number; numRows: number }) => ({
    status: 'time-limit' as const,
    objectiveValue: 1e12,
    colValue: new Float64Array(model.numCols).fill(1e6),
    rowDual: new Float64Array(model.numRows),
  });
  const result = await opportunityMap(db, prepared, defaults, stopped, { timeLimitSeconds: 1 });
  t.equal(result.status, 'time-limit');
  t.same(result.totals, result.greedy.totals, 'no restricted optimum yet: the greedy allocation, which is feasible');
  t.ok(result.totals.tonnesPerYear <= 2400);
  t.equal(result.solve.gap, 1, 'nothing proven');
});
