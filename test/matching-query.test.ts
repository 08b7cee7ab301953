import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import { queryRows, queryWithSettings } from '../db/client.ts';
import type { Material } from '../schemas/material.ts';
import { type Accepts, checkGrade, type Grade } from '../src/matching/grade-checks.ts';
import { assessCandidates } from '../src/matching/assessment.ts';
import { counterpartMaterials, findCandidates } from '../src/matching/candidates.ts';
import {
  candidatePlanSettings,
  GRID_AREA,
  offeredGradeFails,
  wantedGradeFails,
} from '../src/matching/candidates-sql.ts';
import { explainCandidates } from '../src/matching/explain.ts';
import type { MatchSubject } from '../src/matching/subject.ts';
import { insertListing, insertOrganisation, PLACES, type Place } from './fixtures.ts';
import { buildTestApp } from './helper.ts';

const { db, reset } = await buildTestApp(t);
t.beforeEach(reset);

const org = (name: string) => insertOrganisation(db, name);
const listing = (organisationId: string, place: Place, values: Parameters<typeof insertListing>[3]) =>
  insertListing(db, organisationId, place, values);

const options = { strict: false, minShareOfWant: 0.05, cap: 500 };

function offerSubject(over: Partial<MatchSubject> = {}): MatchSubject {
  const [lon, lat] = PLACES.tipton;
  return {
    kind: 'offer',
    organisationId: null,
    materialCode: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    accepts: {},
    quantity: { amount: 200, unit: 't', rate: 'month' },
    availableFrom: null,
    availableUntil: null,
    maxHaulKm: 60,
    lon,
    lat,
    ...over,
  };
}

t.test('the planner settings are in force for the query sent with them', async (t) => {
  // Sent in one round trip; a wrong order would silently lose them (seen while writing it).
  const show = sql`SELECT current_setting('enable_bitmapscan') AS bitmap, current_setting('plan_cache_mode') AS mode`;
  const rows = await queryWithSettings<{ bitmap: string; mode: string }>(db, candidatePlanSettings, show);
  t.same(rows, [{ bitmap: 'off', mode: 'force_generic_plan' }]);
  const after = await queryRows<{ bitmap: string; mode: string }>(db, show);
  t.same(after, [{ bitmap: 'on', mode: 'auto' }], 'and only for that transaction');
});

t.test('a query that fails under the settings fails alone and leaves no transaction open', async (t) => {
  const failure = await queryWithSettings(db, candidatePlanSettings, sql`SELECT 1 / ${0}::int AS x`).catch((e: Error) => e);
  // drizzle wraps the driver's error; the pipelined postgres.js path passes it on as it is
  t.match(failure instanceof Error && ((failure.cause as Error | undefined) ?? failure).message, /division by zero/);
  const open = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  );
  t.same(open, [{ n: 0 }]);
  t.same(await queryWithSettings(db, candidatePlanSettings, sql`SELECT ${2}::int AS x`), [{ x: 2 }], 'and the next one runs');
});

t.test('an offer finds wants by material, substitutes, distance, status and grade, nearest first', async (t) => {
  const buyer = await org('Buyer');
  const near = await listing(buyer, 'wolverhampton', { kind: 'want', materialCode: 'foundry-sand' });
  const viaSubstitute = await listing(buyer, 'birmingham', {
    kind: 'want',
    materialCode: 'silica-sand',
    accepts: { clayPct: { max: 10 } },
  });
  await listing(buyer, 'sheffield', { kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 500 }); // too far for the offer
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'soil' }); // other material
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand', status: 'paused' });
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand', expiresAt: new Date(Date.now() - 1000) });
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand', accepts: { clayPct: { max: 5 } } });
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 5 }); // the buyer won't haul 20 km
  await listing(buyer, 'birmingham', { kind: 'offer', materialCode: 'foundry-sand' }); // an offer, not a want

  const rows = await findCandidates(db, offerSubject(), options);
  t.same(
    rows.map((r) => r.id),
    [near, viaSubstitute],
  );
  t.ok(rows[0]!.distance_m > 5_000 && rows[0]!.distance_m < 10_000, 'Tipton–Wolverhampton is about 8 km');
  // V8 turns an object built key by key, as postgres.js builds rows, into a slower dictionary at
  // its 20th property (docs/benchmarks.md): candidate rows, density included, stay below that.
  t.ok(Object.keys(rows[0]!).length < 20, `a candidate row has ${Object.keys(rows[0]!).length} properties`);
});

t.test("unknown properties pass unless strict; a firm's own listings never match", async (t) => {
  const buyer = await org('Buyer');
  const want = await listing(buyer, 'birmingham', {
    kind: 'want',
    materialCode: 'foundry-sand',
    accepts: { loiPct: { max: 3 }, clayPct: { max: 10 } },
  });
  const loose = await findCandidates(db, offerSubject(), options);
  t.same(loose.map((r) => r.id), [want]);
  const [assessed] = assessCandidates(offerSubject(), loose, options);
  t.same(
    assessed!.checks.map((c) => [c.property, c.result]),
    [
      ['loiPct', 'unknown'],
      ['clayPct', 'pass'],
    ],
  );
  t.same(await findCandidates(db, offerSubject(), { ...options, strict: true }), []);
  t.same(await findCandidates(db, offerSubject({ organisationId: buyer }), options), []);
});

t.test('a want for steel scrap: grades and residual maxima, in SQL', async (t) => {
  const seller = await org('Seller');
  const good = await listing(seller, 'birmingham', {
    kind: 'offer',
    materialCode: 'steel-scrap',
    grade: { grade: 'E3', cuPct: 0.2, snPct: 0.01 },
  });
  await listing(seller, 'birmingham', { kind: 'offer', materialCode: 'steel-scrap', grade: { grade: 'E40', cuPct: 0.2 } });
  await listing(seller, 'birmingham', { kind: 'offer', materialCode: 'steel-scrap', grade: { grade: 'E1', cuPct: 0.5 } });
  const turnings = await listing(seller, 'wolverhampton', {
    kind: 'offer',
    materialCode: 'steel-turnings',
    grade: { grade: 'E5H', cuPct: 0.1, snPct: 0.005 },
  });
  const subject = offerSubject({
    kind: 'want',
    materialCode: 'steel-scrap',
    grade: {},
    accepts: { grade: { oneOf: ['E1', 'E3', 'E5H'] }, cuPct: { max: 0.3 }, snPct: { max: 0.02 } },
  });
  const rows = await findCandidates(db, subject, options);
  t.same(rows.map((r) => r.id).sort(), [good, turnings].sort(), 'turnings come in as a declared substitute');
});

t.test('counterpart materials: the own first, then substitutes for a want, substituted-for for an offer', async (t) => {
  const catalogue = [
    { code: 'foundry-sand', substitutes: [] },
    { code: 'silica-sand', substitutes: ['foundry-sand'] },
    { code: 'steel-scrap', substitutes: ['steel-turnings'] },
    { code: 'steel-turnings', substitutes: [] },
  ] as unknown as Material[];
  const codes = (kind: 'offer' | 'want', materialCode: string) =>
    counterpartMaterials({ kind, materialCode }, catalogue).map((m) => m.code);
  t.same(codes('want', 'steel-scrap'), ['steel-scrap', 'steel-turnings']);
  t.same(codes('offer', 'steel-scrap'), ['steel-scrap']);
  t.same(codes('offer', 'steel-turnings'), ['steel-turnings', 'steel-scrap']);
  t.same(codes('want', 'steel-turnings'), ['steel-turnings']);
  t.same(codes('offer', 'foundry-sand'), ['foundry-sand', 'silica-sand']);
  t.same(codes('want', 'unknown'), []);
});

t.test('a substitute nearer than the own material\'s farthest kept candidate still comes in', async (t) => {
  // With a cap of 2, the steel-scrap walk keeps Wolverhampton and Sheffield (~8 and ~105 km from
  // Tipton), and the turnings walk stops at Sheffield's distance: Birmingham's turnings (~13 km)
  // are within it and displace Sheffield; Hull's (~190 km) are beyond it.
  const seller = await org('Seller');
  const far = { maxHaulKm: 300 };
  const near = await listing(seller, 'wolverhampton', { kind: 'offer', materialCode: 'steel-scrap', ...far });
  await listing(seller, 'sheffield', { kind: 'offer', materialCode: 'steel-scrap', ...far });
  const turnings = await listing(seller, 'birmingham', { kind: 'offer', materialCode: 'steel-turnings', ...far });
  await listing(seller, 'hull', { kind: 'offer', materialCode: 'steel-turnings', ...far });
  const subject = offerSubject({ kind: 'want', materialCode: 'steel-scrap', grade: {}, accepts: {}, maxHaulKm: 300 });
  const rows = await findCandidates(db, subject, { ...options, cap: 2 });
  t.same(rows.map((r) => r.id), [near, turnings]);
  const all = await findCandidates(db, subject, { ...options, cap: 4 });
  t.equal(all.length, 4, 'with room for all four, every one within the haul');
});

t.test('availability windows must overlap; small lots are dropped', async (t) => {
  const buyer = await org('Buyer');
  await listing(buyer, 'birmingham', {
    kind: 'want',
    materialCode: 'foundry-sand',
    availableFrom: '2030-01-01',
    availableUntil: '2030-12-31',
  });
  const open = await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand', quantityAmount: 10_000 });
  const rows = await findCandidates(db, offerSubject({ availableUntil: '2029-06-30' }), options);
  t.same(rows.map((r) => r.id), [open]);
  // 200 t/month = 2400 t/yr against 120,000 t/yr wanted: 2 %, under the 5 % floor.
  t.same(assessCandidates(offerSubject(), rows, options), []);
  const kept = assessCandidates(offerSubject(), rows, { ...options, minShareOfWant: 0.01 });
  t.equal(kept[0]?.quantity.amount, 2400);
  t.equal(kept[0]?.quantity.basis, 'year');
});

t.test('the candidate query can walk the spatial index (fails if a change to its shape stops that)', async (t) => {
  const buyer = await org('Buyer');
  await listing(buyer, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  // Members measure to public points, officers to exact ones: both walk the same indexes.
  const subjects = [offerSubject(), offerSubject({ kind: 'want', accepts: { clayPct: { max: 10 } } })];
  for (const [subject, exactPositions] of subjects.flatMap((s) => [[s, false], [s, true]] as const)) {
    // With so few rows the planner would rightly prefer a sequential scan; forbidding it asks
    // whether the query leaves the index usable at all.
    const settings = { enable_seqscan: 'off' };
    const plan = await explainCandidates(db, subject, { ...options, exactPositions }, { analyze: false, settings });
    const who = `${subject.kind}${exactPositions ? ', exact' : ''}`;
    t.notMatch(plan, /st_makepoint\(/i, `${who}: the subject's position is computed once, not per row`);
    t.match(plan, /Index Scan using listings_active_match_gix on listings/, `${who}: nearest-first walk of the grid`);
    t.match(plan, /Order By: \(match_point <-> /, `${who}: ordered by distance inside the index`);
    t.match(plan, /Index Scan using listings_active_off_grid_gix on listings/, `${who}: and of listings off it`);
    if (subject.kind === 'offer') {
      // Wants that accept the offer's material besides their first (listing-materials.test.ts).
      t.match(plan, /Index Scan using want_other_materials_match_gix on want_other_materials/, `${who}: wants by a further material`);
      t.match(plan, /Index Scan using want_other_materials_off_grid_gix on want_other_materials/, `${who}: and off the grid`);
    }
  }
});

t.test('each material and kind of the catalogue walks a region of the plane of its own', async (t) => {
  // Regions come from a hash of the code (migration 0008). A shared region would still give right
  // answers (the query tests the material), but a walk would pass the other material's listings.
  const [row] = await queryRows<{ materials: number; regions: number; nearest_km: number }>(
    db,
    sql`WITH p AS (
          SELECT m.code, k.kind, match_point(m.code, k.kind, grid_point('SRID=4326;POINT(-2 52.5)'::geography)) AS at
          FROM materials m CROSS JOIN (VALUES ('offer'::listing_kind), ('want'::listing_kind)) k(kind))
        SELECT (SELECT count(*) FROM p)::int AS materials, (SELECT count(DISTINCT ST_AsText(at)) FROM p)::int AS regions,
          (SELECT min(ST_Distance(a.at, b.at)) / 1000 FROM p a JOIN p b ON (a.code, a.kind) < (b.code, b.kind)) AS nearest_km`,
  );
  t.equal(row?.regions, row?.materials, 'no two share a region');
  // The grid spans < 1,500 km; the farthest walk is a 2,000 km haul widened by 1 %.
  t.ok((row?.nearest_km ?? 0) >= 5000, `regions are ≥ 5,000 km apart (${row?.nearest_km} km)`);
});

t.test('listings beyond the grid match and are matched, on the spheroid', async (t) => {
  const near = await org('Hull firm');
  const far = await org('Bremen firm');
  const hullWant = await listing(near, 'hull', { kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 700 });
  const bremenWant = await listing(far, 'bremen', { kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 700 });
  const [hullLon, hullLat] = PLACES.hull;
  const fromHull = await findCandidates(db, offerSubject({ lon: hullLon, lat: hullLat, maxHaulKm: 700 }), options);
  t.same(fromHull.map((r) => r.id), [hullWant, bremenWant], 'a subject on the grid finds one off it');
  t.ok(fromHull[1]!.distance_m > 600_000 && fromHull[1]!.distance_m < 640_000, 'Hull–Bremen is about 620 km');
  const [bremenLon, bremenLat] = PLACES.bremen;
  const fromBremen = await findCandidates(db, offerSubject({ lon: bremenLon, lat: bremenLat, maxHaulKm: 700 }), options);
  t.same(fromBremen.map((r) => r.id), [bremenWant, hullWant], 'and a subject off the grid finds one on it');
  t.same(await findCandidates(db, offerSubject({ lon: bremenLon, lat: bremenLat, maxHaulKm: 600 }), options).then((r) => r.map((x) => x.id)), [bremenWant]);
});

t.test('grid_point() gives a position exactly where GRID_AREA says the grid applies', async (t) => {
  const { west, east, south, north } = GRID_AREA;
  const e = 1e-6;
  const cases: [number, number, boolean][] = [
    [west, south, true], [east, north, true], [(west + east) / 2, (south + north) / 2, true],
    [west - e, south, false], [east + e, north, false], [west, south - e, false], [east, north + e, false],
  ];
  for (const [lon, lat, inside] of cases) {
    const [row] = await queryRows<{ on: boolean }>(
      db,
      sql`SELECT grid_point(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography) IS NOT NULL AS on`,
    );
    t.equal(row?.on, inside, `${lon}, ${lat}`);
  }
});

// Grades and wants drawn from a few shared property names and values, so that they often
// overlap, sometimes disagree in type, and sometimes leave a property unstated.
const properties = ['clayPct', 'grade', 'cuPct'];
const property = fc.constantFrom(...properties);
const value = fc.oneof(fc.constantFrom('E1', 'E3', 'x'), fc.constantFrom(0, 0.5, 1, 2.5, 10, -1));
const gradeArb: fc.Arbitrary<Grade> = fc.dictionary(property, value, { maxKeys: 3 });
const constraintArb = fc
  .record(
    { min: fc.constantFrom(0, 0.5, 1, 2.5), max: fc.constantFrom(0.5, 1, 2.5, 10), oneOf: fc.array(value, { minLength: 1, maxLength: 3 }) },
    { requiredKeys: [] },
  )
  .filter((c) => Object.keys(c).length > 0);
const acceptsArb: fc.Arbitrary<Accepts> = fc.dictionary(property, constraintArb, { maxKeys: 3 });

t.test('the grade test in SQL agrees with checkGrade, from either side and strict or not', async (t) => {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(gradeArb, acceptsArb, fc.boolean(), async (grade, accepts, strict) => {
      const [row] = await queryRows<{ offer_side: boolean; want_side: boolean }>(
        db,
        sql`SELECT NOT ${offeredGradeFails(properties, grade, strict)} AS offer_side, NOT ${wantedGradeFails(properties, accepts, strict)} AS want_side
          FROM (SELECT ${JSON.stringify(grade)}::jsonb AS grade, ${JSON.stringify(accepts)}::jsonb AS accepts) c`,
      );
      const { qualifies } = checkGrade(grade, accepts, strict);
      runs++;
      return row?.offer_side === qualifies && row?.want_side === qualifies;
    }),
    { numRuns: 300, seed: 7 },
  );
  t.equal(runs, 300);
});
