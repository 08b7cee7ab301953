// A connection that dies mid-statement must cost that statement only: the pool reconnects and
// the process lives on (unpatched, postgres.js threw from a timer and ended the process:
// scripts/patches/, db/connection-lost.ts). Server engine:
// the backend is terminated from a second session, as a stopping replica or a restarting
// server would end it.
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import t, { type Test } from 'tap';
import { openDatabase, queryRows, queryWithSettings } from '../db/client.ts';
import { isConnectionLost } from '../db/connection-lost.ts';
import { queueDb } from '../src/notifications/queue-db.ts';
import { createServerTestDatabase } from './helper.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

t.test('isConnectionLost tells a lost connection from a failed statement', async (t) => {
  t.ok(isConnectionLost({ code: 'CONNECTION_CLOSED' }));
  t.ok(isConnectionLost({ code: 'ECONNRESET' }));
  t.ok(isConnectionLost(Object.assign(new Error('wrapped'), { cause: { code: '57P01' } })), "drizzle's wrapper, admin shutdown");
  t.notOk(isConnectionLost({ code: '23505' }), 'a unique violation leaves the connection open');
  t.notOk(isConnectionLost({ code: '57014' }), 'a cancelled statement leaves the connection open');
  t.notOk(isConnectionLost(new Error('no code')));
});

/** Runs `statement` (which sleeps) and terminates its backend from another session meanwhile. */
async function killedMidway(t: Test, url: string, marker: string, statement: () => Promise<unknown>) {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  t.teardown(() => admin.end());
  const running = statement().then(
    () => null,
    (e: unknown) => e,
  );
  for (let i = 0; i < 100; i++) {
    const [killed] = await admin<{ n: number }[]>`
      SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
       WHERE query LIKE ${`%${marker}%`} AND pid <> pg_backend_pid()`;
    if (killed?.n) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return running;
}

t.test('a reserved connection terminated mid-statement is not handed out again', { skip: serverUrl ? false : 'server engine only' }, async (t) => {
  const url = await createServerTestDatabase(t, serverUrl as string, { fromTemplate: false });
  // One connection: whatever runs next runs on the connection that died, if it came back.
  const handle = await openDatabase({ url, poolMax: 1 });
  t.teardown(() => handle.close());

  const error = await killedMidway(t, url, 'settings_victim', () =>
    queryWithSettings(handle.db, { enable_seqscan: 'off' }, sql`SELECT pg_sleep(5), 'settings_victim'`),
  );
  t.ok(isConnectionLost(error), `the statement fails as a lost connection (${(error as { code?: string })?.code})`);
  for (let i = 0; i < 3; i++) {
    const rows = await queryWithSettings<{ n: number }>(handle.db, { enable_seqscan: 'off' }, sql`SELECT 1 AS n`);
    t.same(rows, [{ n: 1 }], 'the pool reconnects for the next statement');
  }
  t.same(await queryRows(handle.db, sql`SELECT 2 AS n`), [{ n: 2 }], 'and for a plain query');

  const txError = await killedMidway(t, url, 'tx_victim', () =>
    handle.db.transaction(async (tx) => {
      await queryRows(tx, sql`SELECT pg_sleep(5), 'tx_victim'`);
    }),
  );
  t.ok(isConnectionLost(txError), 'a transaction fails as a lost connection; its ROLLBACK is refused, not thrown from a timer');
  t.same(await queryRows(handle.db, sql`SELECT 4 AS n`), [{ n: 4 }], 'the next query runs');

  const queue = queueDb(handle.db);
  const queueError = await killedMidway(t, url, 'queue_victim', () =>
    queue.executeSql("BEGIN; SELECT pg_sleep(5), 'queue_victim'; COMMIT;", []),
  );
  t.ok(isConnectionLost(queueError), 'a multi-statement text fails the same way, and no ROLLBACK is sent on the dead connection');
  t.same((await queue.executeSql('SELECT 3 AS n', [])).rows, [{ n: 3 }], 'the queue runs on');
});
