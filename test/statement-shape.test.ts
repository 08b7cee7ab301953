// Issue 19: a request's SQL has a bounded shape, a statement too big for a driver is refused
// before it is sent, and no failed statement leaves the database unusable.
import { sql } from 'drizzle-orm';
import t, { type Test } from 'tap';
import {
  type DatabaseHandle,
  MAX_STATEMENT_PARAMETERS,
  openDatabase,
  queryRows,
  queryWithSettings,
  statementOf,
} from '../db/client.ts';
import { findCandidates } from '../src/matching/candidates.ts';
import { candidatePlanSettings, candidateQuery } from '../src/matching/candidates-sql.ts';
import type { MatchSubject } from '../src/matching/subject.ts';
import { listMaterials } from '../src/reference/materials.ts';
import { bearer, buildTestApp, createOrganisation, createServerTestDatabase, openTestDatabase } from './helper.ts';

const { app } = await buildTestApp(t);

const search = {
  kind: 'offer',
  material: 'foundry-sand',
  grade: { afsGfn: 55 },
  quantity: { amount: 100, unit: 't', rate: 'year' },
  maxHaulKm: 50,
  location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
};
const madeUp = (n: number, value: (i: number) => unknown) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`made-up-property-${i}`, value(i)]));

/** The database answers as itself: migrations applied, keys recognised, rows there. */
async function stillWorks(t: Test, key: string) {
  const ready = await app.inject({ method: 'GET', url: '/ready' });
  t.same([ready.statusCode, ready.json().pendingMigrations], [200, 0], 'GET /ready: every migration applied');
  const listings = await app.inject({ method: 'GET', url: '/listings', headers: bearer(key) });
  t.equal(listings.statusCode, 200, 'an authenticated GET still answers');
  const materials = await app.inject({ method: 'GET', url: '/materials', headers: bearer(key) });
  t.ok(materials.json().items?.length ?? materials.json().length, 'and the catalogue is still there');
}

t.test('POST /matches/search refuses grade and accepts keys the catalogue does not name, by field', async (t) => {
  const firm = await createOrganisation(app);
  // The reported request: ~3,000 made-up properties (43 kB) answered 200 and left PGlite empty.
  const offer = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(firm.apiKey),
    payload: { ...search, grade: madeUp(3000, (i) => i) },
  });
  t.equal(offer.statusCode, 400);
  t.match(offer.headers['content-type'], /application\/problem\+json/);
  t.equal(offer.json().errors.length, 3000, 'every unknown property named');
  t.match(offer.json().errors[0], { in: 'body', path: 'grade.made-up-property-0', message: /not a property of foundry-sand/ });

  const want = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(firm.apiKey),
    payload: { ...search, kind: 'want', grade: {}, accepts: madeUp(6000, () => ({ max: 1 })) },
  });
  t.equal(want.statusCode, 400);
  t.match(want.json().errors[5999], { path: 'accepts.made-up-property-5999' });

  const long = `x${'y'.repeat(10_000)}`;
  const longKey = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(firm.apiKey),
    payload: { ...search, grade: { [long]: 1 } },
  });
  t.match([longKey.statusCode, longKey.json().errors?.[0]?.path], [400, `grade.${long}`], 'an over-long key too');

  const wrongValue = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(firm.apiKey),
    payload: { ...search, grade: { afsGfn: 'fine' } },
  });
  t.match(wrongValue.json(), { status: 400, errors: [{ path: 'grade.afsGfn', message: /must be a number/ }] });

  const valid = await app.inject({ method: 'POST', url: '/matches/search', headers: bearer(firm.apiKey), payload: search });
  t.equal(valid.statusCode, 200, 'a grade of catalogue properties is searched');
  await stillWorks(t, firm.apiKey);
});

t.test('saved listings refuse unknown grade keys too, and the database still works', async (t) => {
  const firm = await createOrganisation(app);
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(firm.apiKey),
    payload: { name: 'Works', location: { type: 'Point', coordinates: [-2.0662, 52.5294] } },
  });
  const listing = { kind: 'offer', siteId: site.json().id, material: 'foundry-sand', quantity: search.quantity, maxHaulKm: 50 };
  const created = await app.inject({
    method: 'POST',
    url: '/listings',
    headers: bearer(firm.apiKey),
    payload: { ...listing, grade: madeUp(3000, (i) => i) },
  });
  t.match([created.statusCode, created.json().errors?.[0]?.path], [400, 'grade.made-up-property-0']);
  const good = await app.inject({ method: 'POST', url: '/listings', headers: bearer(firm.apiKey), payload: { ...listing, grade: { afsGfn: 55 } } });
  t.equal(good.statusCode, 201);
  const patched = await app.inject({
    method: 'PATCH',
    url: `/listings/${good.json().id}`,
    headers: { ...bearer(firm.apiKey), 'if-match': good.headers.etag as string },
    payload: { grade: madeUp(3000, (i) => i) },
  });
  t.match([patched.statusCode, patched.json().errors?.[0]?.path], [400, 'grade.made-up-property-0']);
  await stillWorks(t, firm.apiKey);
});

/** A database of its own with one connection, so every statement meets the same backend. */
async function oneConnection(t: Test): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  const handle = url
    ? await openDatabase({ url: await createServerTestDatabase(t, url, { fromTemplate: true }), poolMax: 1 })
    : await openTestDatabase(t);
  t.teardown(() => handle.close());
  return handle;
}

const manyParameters = (n: number) =>
  sql`SELECT array_length(ARRAY[${sql.join(Array.from({ length: n }, (_, i) => sql`${i}::int`), sql`, `)}], 1) AS n`;

t.test('a statement with more parameters than the drivers can count is refused before it is sent', async (t) => {
  const { db } = await oneConnection(t);
  // PGlite wedged for good at 32,768 (its wire parser's signed 16-bit count); postgres.js hung the
  // pipelined connection of queryWithSettings at 65,534.
  // One over the limit: where PGlite wedged; postgres.js's own limit (65,534) is above it.
  for (const n of [MAX_STATEMENT_PARAMETERS + 1]) {
    const statement = manyParameters(n);
    await t.rejects(queryRows(db, statement), /refused before sending/, `${n} parameters, alone`);
    await t.rejects(queryWithSettings(db, candidatePlanSettings, statement), /refused before sending/, `${n}, with settings`);
    await t.rejects(
      db.transaction(async (tx) => queryRows(tx, statement)),
      /refused before sending/,
      `${n}, in a transaction`,
    );
  }
  t.same(await queryRows(db, manyParameters(2000)), [{ n: 2000 }], 'a statement within the limit runs');
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM materials WHERE code <> ${'none'}`);
  t.ok(row && row.n > 0, 'and the same connection still answers with rows');
  t.same(await queryWithSettings(db, candidatePlanSettings, sql`SELECT ${2}::int AS x`), [{ x: 2 }], 'with settings too');
});

t.test('differently shaped searches keep a bounded number of statements', async (t) => {
  const { db } = await oneConnection(t);
  const catalogue = (await listMaterials(db)).filter((m) => ['steel-scrap', 'foundry-sand', 'wood'].includes(m.code));
  let seed = 19;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const texts = new Set<string>();
  // PGlite keeps no statements (it sends each unnamed), and is slower: fewer there.
  const searches = process.env.TEST_DATABASE_URL ? 200 : 30;
  for (let i = 0; i < searches; i++) {
    const material = catalogue[i % catalogue.length]!;
    // A random subset of the properties in a random order: before, each was a statement of its own.
    const chosen = material.properties.filter(() => random() < 0.6).sort(() => random() - 0.5);
    const number = () => Math.round(random() * 50);
    const kind = random() < 0.5 ? 'offer' : 'want';
    const subject: MatchSubject = {
      kind,
      organisationId: null,
      materialCode: material.code,
      grade: kind === 'offer' ? Object.fromEntries(chosen.map((p) => [p.name, p.kind === 'category' ? p.values[0]! : number()])) : {},
      accepts:
        kind === 'want'
          ? Object.fromEntries(chosen.map((p) => [p.name, p.kind === 'category' ? { oneOf: [p.values[0]!] } : { max: number() }]))
          : {},
      quantity: { amount: 10, unit: 't', rate: 'year' },
      availableFrom: null,
      availableUntil: null,
      maxHaulKm: 50,
      lon: -2 + random(),
      lat: 52 + random(),
    };
    const options = { strict: random() < 0.5, minShareOfWant: 0, cap: 20 };
    await findCandidates(db, subject, options);
    const codes = [material.code, ...material.substitutes];
    texts.add(statementOf(candidateQuery(subject, options, codes, material.properties.map((p) => p.name))).sql);
  }
  // One text per material and kind (organisation, grid and strictness fixed or parameters here).
  t.ok(texts.size <= catalogue.length * 2, `${texts.size} distinct candidate-query texts for ${searches} searches`);
  const [kept] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM pg_prepared_statements`);
  t.ok(kept && kept.n <= catalogue.length * 2 + 4, `${kept?.n} statements kept on the connection`);
});
