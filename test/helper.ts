import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import postgres from 'postgres';
import type { Test } from 'tap';
import { type Database, type DatabaseHandle, type Engine, openDatabase, queryRows } from '../db/client.ts';
import { buildApp } from '../src/app.ts';
import { referenceTables } from '../src/bootstrap.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { pgliteTemplatePath, serverTemplateName, withDatabase } from './setup/template.ts';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef0123456789';

export interface TestContext {
  app: FastifyInstance;
  db: Database;
  engine: Engine;
  config: Config;
  /** Empties every table but the reference data (catalogue …), as between two tests. */
  reset(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  // Generous limits so test files never trip the rate limiter by accident; test/security.test.ts
  // sets its own.
  return loadConfig({
    LOG_LEVEL: 'silent',
    ADMIN_API_KEY: ADMIN_KEY,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    AUTH_FAILURES_PER_MINUTE: '10000',
    // Parallel test files load the CPU; load shedding is not what they test.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    // Queue workers only where a test is about them (test/notifications): jobs are still enqueued
    // everywhere, but nothing else waits behind their matching on PGlite's one connection.
    WORKERS: '0',
    ...env,
  });
}

/**
 * A fresh copy of the migrated template database for this test file: PGlite by default,
 * a new database on the server when TEST_DATABASE_URL is set. Torn down with the file.
 */
export async function openTestDatabase(t: Test): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dump = new Blob([readFileSync(pgliteTemplatePath())]);
    return openDatabase({ loadDataDir: dump });
  }
  return openDatabase({ url: await createServerTestDatabase(t, url, { fromTemplate: true }), poolMax: 10 });
}

/** A new database beside TEST_DATABASE_URL's, dropped when the test ends; returns its URL. */
export async function createServerTestDatabase(
  t: Test,
  url: string,
  { fromTemplate }: { fromTemplate: boolean },
): Promise<string> {
  const template = serverTemplateName(url);
  const name = `${template.replace(/_template$/, '')}_t${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"${fromTemplate ? ` TEMPLATE "${template}"` : ''}`);
  t.teardown(async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  return withDatabase(url, name);
}

export async function resetDatabase(db: Database): Promise<void> {
  const tables = await queryRows<{ tablename: string }>(
    db,
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'`,
  );
  // match_cells is raised by the TRUNCATE of listings below, never emptied (see db/schema.ts).
  const keep = new Set<string>([...referenceTables, 'match_cells']);
  const names = tables.map((r) => r.tablename).filter((n) => !keep.has(n));
  if (names.length) await db.execute(sql.raw(`TRUNCATE ${names.map((n) => `"${n}"`).join(', ')} CASCADE`));
  // Jobs for organisations just emptied away would only fail.
  await db.execute(sql`TRUNCATE pgboss.job`);
}

/** The app on its own test database, closed (and the database dropped) in teardown. */
export async function buildTestApp(t: Test, env: Record<string, string> = {}): Promise<TestContext> {
  const config = testConfig(env);
  const database = await openTestDatabase(t);
  const app = await buildApp({ config, database });
  t.teardown(() => app.close());
  return { app, db: database.db, engine: database.engine, config, reset: () => resetDatabase(database.db) };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Creates an organisation through the API, as an admin would, and returns its id and key. */
export async function createOrganisation(
  app: FastifyInstance,
  role: 'member' | 'officer' | 'admin' = 'member',
  name = `Org ${randomBytes(3).toString('hex')}`,
): Promise<{ id: string; apiKey: string; apiKeyId: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: { name, role, contactEmail: `${role}@example.org` },
  });
  if (res.statusCode !== 201) throw new Error(`createOrganisation: ${res.statusCode} ${res.body}`);
  return res.json();
}
