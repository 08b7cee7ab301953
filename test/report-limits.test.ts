import { sql } from 'drizzle-orm';
import t from 'tap';
import { openDatabase, queryRows } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation, createServerTestDatabase, openTestDatabase, testConfig } from './helper.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

/** A closed ring of `n` positions (the last repeats the first) round a point, ~10 km across. */
function circle(n: number, [lon, lat]: [number, number] = [-2, 52.5]): [number, number][] {
  const ring = Array.from({ length: n - 1 }, (_, i): [number, number] => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [lon + 0.08 * Math.cos(a), lat + 0.05 * Math.sin(a)];
  });
  return [...ring, ring[0] as [number, number]];
}

t.test('a region over REGION_MAX_VERTICES is refused with a 400 naming the boundary', async (t) => {
  const { app, db } = await buildTestApp(t, { REGION_MAX_VERTICES: '100' });
  const officer = await createOrganisation(app, 'officer');
  const post = (name: string, positions: number) =>
    app.inject({
      method: 'POST',
      url: '/regions',
      headers: bearer(officer.apiKey),
      payload: { name, boundary: { type: 'Polygon', coordinates: [circle(positions)] } },
    });
  const over = await post('Too fine', 101);
  t.equal(over.statusCode, 400);
  t.match(over.json(), {
    errors: [{ path: 'boundary', message: 'has 101 positions; the limit is 100 (simplify it first)' }],
  });
  const at = await post('Just right', 100);
  t.equal(at.statusCode, 201, 'a region at the limit is stored');
  const [pieces] = await queryRows<{ n: number; max: number }>(
    db,
    sql`SELECT count(*)::int AS n, max(ST_NPoints(piece))::int AS max FROM region_pieces WHERE region_id = ${at.json().id}`,
  );
  t.ok(pieces && pieces.n >= 1 && pieces.max <= 256, 'cut into pieces of at most 256 vertices');
});

t.test('a statement over the time limit is a 503 problem with Retry-After, not a 500', async (t) => {
  // PGlite cannot cancel a running statement, so there the cancellation is raised as PostgreSQL
  // raises it; the server engine runs a real pg_sleep past a 100 ms limit.
  const database = serverUrl
    ? await openDatabase({
        url: await createServerTestDatabase(t, serverUrl, { fromTemplate: true }),
        poolMax: 2,
        statementTimeoutMs: 100,
      })
    : await openTestDatabase(t);
  const app = await buildApp({ config: testConfig(), database });
  t.teardown(() => app.close());
  app.get('/slow', async () => {
    if (serverUrl) await database.db.execute(sql`SELECT pg_sleep(2)`);
    else await database.db.execute(sql`DO $$ BEGIN RAISE EXCEPTION 'canceling statement due to statement timeout' USING ERRCODE = '57014'; END $$`);
    return {};
  });
  const res = await app.inject({ method: 'GET', url: '/slow', headers: bearer(ADMIN_KEY) });
  t.equal(res.statusCode, 503);
  t.equal(res.headers['retry-after'], '30');
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(res.json(), { type: 'urn:reuse-exchange:problem:statement-timeout', status: 503 });
});

t.test('server engine: STATEMENT_TIMEOUT_MS is set on every connection, and migrations are exempt', { skip: !serverUrl }, async (t) => {
  const url = await createServerTestDatabase(t, serverUrl as string, { fromTemplate: false });
  const database = await openDatabase({ url, poolMax: 1, statementTimeoutMs: 100 });
  t.teardown(() => database.close());
  // An empty database: migrating it creates PostGIS, which alone takes longer than 100 ms.
  await migrate(database.db);
  t.pass('a fresh database migrates under a 100 ms statement timeout');
  const [shown] = await queryRows<{ statement_timeout: string }>(database.db, sql`SHOW statement_timeout`);
  t.equal(shown?.statement_timeout, '100ms');
  await t.rejects(database.db.execute(sql`SELECT pg_sleep(1)`), { cause: { code: '57014' } });
});
