import { sql } from 'drizzle-orm';
import t, { type Test } from 'tap';
import { type Database, openDatabase, queryRows } from '../db/client.ts';
import { migrate, pendingMigrations } from '../db/migrate.ts';
import { loadMaterialCatalogue } from '../src/reference/materials.ts';
import { buildTestApp, createServerTestDatabase } from './helper.ts';

async function tables(db: Database) {
  const rows = await queryRows<{ tablename: string }>(
    db,
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((r) => r.tablename);
}

async function assertMigrated(t: Test, db: Database) {
  t.equal(await pendingMigrations(db), 0, 'nothing pending');
  const present = await tables(db);
  for (const table of ['api_keys', 'audit_log', 'exchanges', 'idempotency_keys', 'listings', 'materials', 'organisations', 'sites'])
    t.ok(present.includes(table), `table ${table}`);
  const [postgis] = await queryRows<{ v: string }>(db, sql`SELECT postgis_lib_version() AS v`);
  t.match(postgis?.v, /^3\./, 'PostGIS is installed');
  const [gist] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname IN ('sites_location_gix', 'listings_location_gix') AND indexdef ILIKE '%USING gist%'`,
  );
  t.equal(gist?.n, 2, 'spatial GiST indexes exist');
  const [type] = await queryRows<{ t: string }>(
    db,
    sql`SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'sites'::regclass AND attname = 'location'`,
  );
  t.equal(type?.t, 'geography(Point,4326)');
}

const serverUrl = process.env.TEST_DATABASE_URL;

if (!serverUrl) {
  t.test('PGlite: a fresh database migrates, and migrating again does nothing', async (t) => {
    const database = await openDatabase({});
    t.teardown(() => database.close());
    const first = await migrate(database.db);
    t.ok(first.applied >= 2, 'extensions and tables');
    t.same(await migrate(database.db), { applied: 0 });
    await assertMigrated(t, database.db);
    t.equal(await loadMaterialCatalogue(database.db), 12);
    t.equal(await loadMaterialCatalogue(database.db), 12, 'loading the catalogue twice is harmless');
  });
} else {
  t.test(
    'PostgreSQL: two instances migrating one fresh database at once apply each migration once',
    async (t) => {
      const url = await createServerTestDatabase(t, serverUrl, { fromTemplate: false });
      const a = await openDatabase({ url, poolMax: 2 });
      const b = await openDatabase({ url, poolMax: 2 });
      t.teardown(async () => {
        await a.close();
        await b.close();
      });
      const [ra, rb] = await Promise.all([migrate(a.db), migrate(b.db)]);
      t.ok(ra.applied + rb.applied >= 2);
      t.ok(ra.applied === 0 || rb.applied === 0, 'one instance did all the work');
      const [count] = await queryRows<{ n: number }>(
        a.db,
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      t.equal(count?.n, ra.applied + rb.applied, 'each migration recorded once');
      await Promise.all([loadMaterialCatalogue(a.db), loadMaterialCatalogue(b.db)]);
      await assertMigrated(t, a.db);
    },
  );
}

t.test('/ready reports a database with a migration missing as not ready', async (t) => {
  const { app, db } = await buildTestApp(t);
  const ok = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(ok.statusCode, 200);
  t.match(ok.json(), { status: 'ready', pendingMigrations: 0 });
  await db.execute(
    sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`,
  );
  const stale = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(stale.statusCode, 503);
  t.match(stale.json(), { status: 503, detail: '1 migration(s) not applied.' });
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200, 'the process is still up');
});
