import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { postgis } from '@electric-sql/pglite-postgis';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.ts';

/** One type for both drivers; a union of the two breaks `.returning()`. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL: server PostgreSQL through postgres.js. Without it: embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data directory dump (from dumpDataDir) to start from, as tests do. */
  loadDataDir?: Blob | File | undefined;
  poolMax?: number | undefined;
}

export const pgliteExtensions = { postgis, btree_gist };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolMax ?? 10,
      onnotice: () => {},
      // JIT compilation costs more than it saves on short OLTP queries (~300 ms seen on the
      // match query at 1M listings): the planner's cost estimates trigger it needlessly.
      connection: { application_name: 'reuse-exchange', jit: 'off' },
    });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Database;
    return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
  return { db, engine: 'pglite', close: () => client.close() };
}

/**
 * Runs `work` in a transaction (a savepoint when `db` is already one) with the transaction typed
 * as the same Database, so services can pass it on to one another.
 */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Database));
}

/**
 * Runs `query` in a transaction after a `SET LOCAL …` statement, both sent at once: one round trip
 * fewer. Drizzle's queries start when first awaited, so the SET is started explicitly first.
 */
export function queryAfterSetLocal<T>(db: Database, setLocal: SQL, query: SQL): Promise<T[]> {
  return inTransaction(db, async (tx) => {
    const setting = tx.execute(setLocal).then(() => undefined);
    const rows = await queryRows<T>(tx, query);
    await setting;
    return rows;
  });
}

/** Runs raw SQL and returns its rows the same way on both drivers. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
