import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { postgis } from '@electric-sql/pglite-postgis';
import { type SQL, sql } from 'drizzle-orm';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { isConnectionLost, withReservedConnection } from './connection-lost.ts';
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
  /**
   * Longest a statement may run, in ms (0 or omitted: no limit). Server engine only: PGlite accepts
   * `SET statement_timeout` but never cancels (it has no timer to interrupt a query with).
   */
  statementTimeoutMs?: number | undefined;
}

export const pgliteExtensions = { postgis, btree_gist };

/**
 * PGlite's own start parameters plus a smaller buffer pool. Its shared buffers live in the
 * WebAssembly heap, and PostgreSQL's default 128 MB is more than an embedded database of a
 * laptop's or a small network's listings needs: 32 MB holds the tables and indexes of ~10k
 * listings, and the process holds ~100 MB less (docs/benchmarks.md, "Embedded engine").
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * The most parameters one statement may carry, on either engine. Above it a statement is refused
 * before anything is sent, because both drivers fail in ways that outlive the statement:
 * - PGlite reads the ParameterDescription count as a signed 16-bit number, so at 32,768 it is
 *   negative and `new Array(count)` throws inside the callback the WebAssembly backend calls
 *   while it flushes its output. The backend is left with its send buffer marked busy, and from
 *   then on drops every message it writes: each query answers no rows and no error (an empty
 *   database, to the app) until the process restarts.
 * - postgres.js refuses 65,534 or more while it builds the message; a statement pipelined behind
 *   others (as queryWithSettings sends them) then stays queued for an answer that never comes,
 *   and the connection with it.
 * Statements of a bounded shape stay far below this; the guard is for the one that does not.
 */
export const MAX_STATEMENT_PARAMETERS = 32_767;

export function refuseOversizedStatement(params: readonly unknown[]): void {
  if (params.length > MAX_STATEMENT_PARAMETERS)
    throw new Error(`a statement with ${params.length} parameters (more than ${MAX_STATEMENT_PARAMETERS}) was refused before sending`);
}

/**
 * Drizzle calls its logger before it hands any statement (transactions' too) to either driver:
 * the one place every statement passes on both.
 */
const statementGuard = { logQuery: (_query: string, params: unknown[]) => refuseOversizedStatement(params) };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolMax ?? 10,
      onnotice: () => {},
      // JIT compilation costs more than it saves on short OLTP queries (~300 ms seen on the
      // match query at 1M listings): the planner's cost estimates trigger it needlessly.
      connection: {
        application_name: 'reuse-exchange',
        jit: 'off',
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
      // Not `prepare: false`: postgres.js ANDs it with each query's own option, so it would undo
      // the explicit preparation of fixed-shape statements (queryPreparedRows, queryWithSettings)
      // too. Drizzle sends its other statements unnamed. Each prepared text stays on its
      // connection, with its plan, as long as the connection does, so those texts must come from
      // a bounded set (docs/benchmarks.md: ~30 MB a backend per 1,000 searches when they did not).
    });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case', logger: statementGuard }) as unknown as Database;
    return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
    startParams: pgliteStartParams,
  });
  const db = drizzlePglite({ client, schema, casing: 'snake_case', logger: statementGuard }) as unknown as Database;
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
 * Runs `query` in a transaction with planner settings local to it. The query is prepared:
 * postgres.js keeps it on the connection by its text, so the server parses it once per
 * connection, and under `plan_cache_mode = force_generic_plan` plans it once too. Its text must
 * come from a bounded set, as for queryPreparedRows.
 * On a postgres.js pool the four statements (BEGIN, the settings, the query, COMMIT) are sent
 * together on one connection and answered in one round trip; a drizzle transaction would wait
 * for BEGIN and for COMMIT in round trips of their own. PGlite, and a `db` that is already a
 * transaction, run them in a drizzle transaction (a savepoint in the latter).
 */
export async function queryWithSettings<T>(db: Database, settings: Record<string, string>, query: SQL): Promise<T[]> {
  const pool = postgresPool(db);
  if (!pool) {
    return inTransaction(db, async (tx) => {
      // Drizzle's queries start when first awaited: `then` starts the settings before the query
      // is called. Promise.all awaits both, so a failure of either is the caller's, never an
      // unhandled rejection.
      const setting = tx.execute(setLocally(settings)).then(() => undefined);
      const [, rows] = await Promise.all([setting, queryPreparedRows<T>(tx, query)]);
      return rows;
    });
  }
  const { sql: text, params } = statementOf(query);
  // Before reserving: a statement postgres.js refuses mid-pipeline would hold the connection for good.
  refuseOversizedStatement(params);
  return withReservedConnection(
    () => pool.reserve(),
    async (connection) => {
      const sent = [
        connection.unsafe('BEGIN'),
        connection.unsafe(statementOf(setLocally(settings)).sql),
        connection.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }),
        // After a failed statement PostgreSQL answers COMMIT with a rollback, and nothing is left open.
        connection.unsafe('COMMIT'),
      ];
      // Every answer is awaited before the connection goes back to the pool. A lost connection
      // is the failure reported, so that it is not handed back (withReservedConnection).
      const answers = await Promise.allSettled(sent);
      const failures = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
      if (failures.length) throw failures.find(isConnectionLost) ?? failures[0];
      return rowsOf<T>((answers[2] as PromiseFulfilledResult<unknown>).value);
    },
  );
}

/** The postgres.js pool behind `db`, unless `db` is PGlite or a transaction. */
function postgresPool(db: Database): postgres.Sql | undefined {
  const client = (db as { $client?: unknown }).$client;
  return typeof client === 'function' && 'reserve' in client ? (client as postgres.Sql) : undefined;
}

/** A statement that sets these for the rest of the transaction. */
export function setLocally(settings: Record<string, string>): SQL {
  // Literals, not parameters: postgres.js describes a parameterised statement in a round trip
  // of its own before running it. The settings are the code's constants, never user input.
  const set = Object.entries(settings).map(([name, value]) => {
    if (!/^\w+$/.test(name) || !/^\w+$/.test(value)) throw new Error(`not a planner setting: ${name} = ${value}`);
    return `set_config('${name}', '${value}', true)`;
  });
  return sql.raw(`SELECT ${set.join(', ')}`);
}

const dialect = new PgDialect();

/** The statement text (with $n placeholders) and parameters drizzle would send for `query`. */
export function statementOf(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query);
}

/**
 * As queryRows, prepared and kept on the connection by postgres.js (keyed by the text). Drizzle's
 * `execute` sends every statement unnamed, and postgres.js then spends a round trip describing a
 * parameterised one before it runs it; a kept statement is described once per connection. Only
 * for statements whose text comes from a bounded set, run often: each text stays on every
 * connection for good, with its plan.
 */
export async function queryPreparedRows<T>(db: Database, query: SQL): Promise<T[]> {
  // The name only asks drizzle to prepare; postgres.js keys its statements by their text.
  return rowsOf<T>(await db._.session.prepareQuery(statementOf(query), undefined, 'prepared', false).execute());
}

/** Runs raw SQL and returns its rows the same way on both drivers. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** postgres.js answers with the rows, PGlite with an object holding them. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
