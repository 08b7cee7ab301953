// pg-boss talks to the database through `executeSql(text, values)`. This hands it our own handle
// (PGlite or postgres.js, a pool or an open transaction), so the queue lives in the same database
// as the data and a job can be inserted in the same transaction as the change that causes it.
import { type SQL, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Database } from '../../db/client.ts';
import { isConnectionLost, withReservedConnection } from '../../db/connection-lost.ts';

/** pg-boss's SQL numbers its parameters `$1…$n`; drizzle binds values by position in its template. */
export function toDrizzleSql(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)\b/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    // sql.param, not ${…}: drizzle would spread an array (pg-boss's id lists) into several parameters.
    else chunks.push(sql`${sql.param(bindable(values[Number(part) - 1]))}`);
  });
  return sql.join(chunks, sql.raw(''));
}

/** pg (pg-boss's usual driver) sends objects as JSON; both of ours need it done for them. */
function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    return JSON.stringify(value);
  return value;
}

interface RawClients {
  /** PGlite: several statements in one text. */
  exec?: (text: string) => Promise<unknown>;
  /** postgres.js: a text run with the simple protocol (several statements allowed). */
  reserve?: () => Promise<{ unsafe(text: string): { simple(): Promise<unknown> }; release(): void }>;
}

/** The pg-boss `db` over a drizzle handle; a transaction's handle makes pg-boss's writes part of it. */
export function queueDb(db: Database): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (!values || values.length === 0) {
        // pg-boss creates and migrates its schema with multi-statement texts, which the extended
        // protocol (drizzle's execute) refuses; the pool's own client runs them.
        const client = (db as { $client?: RawClients }).$client;
        if (client?.exec) {
          const results = (await client.exec(text)) as { rows: unknown[] }[];
          return { rows: results.at(-1)?.rows ?? [] };
        }
        // postgres.js's pool is a function with methods; a transaction's handle has no $client.
        if (client?.reserve) {
          // Reserved: postgres.js refuses a BEGIN sent on a pooled connection (pg-boss's migrations lock in one).
          return withReservedConnection(() => client.reserve!(), async (connection) => {
            try {
              const rows = (await connection.unsafe(text).simple()) as unknown;
              return { rows: Array.isArray(rows) ? rows : [] };
            } catch (e) {
              // A failed statement inside the text's own BEGIN leaves the connection in an aborted
              // transaction; back in the pool it would fail every later query sent on it. A lost
              // connection takes nothing more.
              if (!isConnectionLost(e)) await connection.unsafe('ROLLBACK').simple().catch(() => {});
              throw e;
            }
          });
        }
      }
      const result = (await db.execute(toDrizzleSql(text, values ?? []))) as unknown;
      return { rows: (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown[] };
    },
  };
}
