// What migration 0024's match-cell triggers cost the writes to listings: the same writes with the
// triggers on and off (ALTER TABLE … DISABLE TRIGGER, restored at the end), interleaved, on an
// already loaded database (DATABASE_URL, e.g. after `npm run bench -- --size 100000` with
// BENCH_DATABASE_URL). Each write is its own transaction, as an edit through the API is:
//   - one listing's quantity updated (its cell raised at commit), by one connection;
//   - the same by 8 connections at once, so commits queue on the advisory lock the trigger takes;
//   - 1,000 listings updated in one statement (an import or a site move), raising each of their cells once.
// The quantity is set to itself: nothing a reader sees changes.
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/match-cells.ts [--writes 2000] [--rounds 2]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '2' } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database loaded with synthetic listings');
const writes = Number(values.writes);

const database = await openDatabase({ url, poolMax: 8 });
const { db } = database;
const ids = (await queryRows<{ id: string }>(db, sql`SELECT id FROM listings ORDER BY md5(id::text) LIMIT 20000`)).map((r) => r.id);
const pick = (i: number) => ids[(i * 7919) % ids.length] as string;
const setTriggers = (on: boolean) =>
  db.execute(sql.raw(`ALTER TABLE listings ${on ? 'ENABLE' : 'DISABLE'} TRIGGER listings_match_cells`));

async function oneByOne(connections: number): Promise<{ perSecond: number; latency: ReturnType<typeof summary> }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < writes) {
        const id = pick(next++);
        const t0 = performance.now();
        await db.execute(sql`UPDATE listings SET quantity_amount = quantity_amount WHERE id = ${id}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: Math.round((writes / (performance.now() - started)) * 1000), latency: summary(latencies) };
}

async function thousandAtOnce(): Promise<number> {
  const batch = Array.from({ length: 1000 }, (_, i) => pick(i * 13));
  const t0 = performance.now();
  await db.execute(sql`UPDATE listings SET quantity_amount = quantity_amount WHERE id = ANY(${sql.param(batch)}::uuid[])`);
  return Math.round(performance.now() - t0);
}

const rows: string[] = [];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const on of [false, true]) {
      await setTriggers(on);
      const one = await oneByOne(1);
      const eight = await oneByOne(8);
      const batch = await thousandAtOnce();
      rows.push(
        `| ${round} | ${on ? 'on' : 'off'} | ${one.perSecond} | ${one.latency.p50} / ${one.latency.p99} | ${eight.perSecond} | ${eight.latency.p50} / ${eight.latency.p99} | ${batch} |`,
      );
    }
  }
} finally {
  await setTriggers(true);
  await database.close();
}
console.log(`${writes} single-listing updates per run; 1,000 listings in one statement`);
console.log('| round | match-cell triggers | 1 connection: writes/s | ms p50 / p99 | 8 connections: writes/s | ms p50 / p99 | 1,000 in one statement, ms |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
