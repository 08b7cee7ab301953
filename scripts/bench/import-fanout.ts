// node --import tsx scripts/bench/import-fanout.ts [--listings 10000] [--rounds 10]
// What a CSV import's alerts add to its transaction: the notification.fan-out jobs of N imported
// listings, inserted in one transaction (enqueueFanOuts, a thousand per statement), which is then
// rolled back so the queue is left as it was. Times each round's wall clock and this process's
// CPU time, and the jobs' share of a real insert of N listings-sized rows is left to the import
// benchmarks. BENCH_DATABASE_URL: a server database; else an embedded PGlite in a temporary
// folder. Prints a Markdown row for docs/benchmarks.md with the machine and its load.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { inTransaction, queryRows } from '../../db/client.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { enqueueFanOuts } from '../../src/notifications/queue.ts';

const { values } = parseArgs({ options: { listings: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '10' } } });
const n = Number(values.listings);
const rounds = Number(values.rounds);
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-bench-import-fanout-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db } = database;

class RolledBack extends Error {}
const wall: number[] = [];
const cpu: number[] = [];
const load: number[] = [];
for (let round = 0; round < rounds; round++) {
  const ids = Array.from({ length: n }, () => randomUUID());
  load.push(loadavg()[0] ?? 0);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await inTransaction(db, async (tx) => {
    await enqueueFanOuts(tx, ids);
    const [row] = await queryRows<{ jobs: number }>(tx, sql`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'notification.fan-out' AND data->>'listingId' = ${ids[n - 1]}`);
    if (row?.jobs !== 1) throw new Error(`expected the last listing's job, found ${row?.jobs}`);
    throw new RolledBack();
  }).catch((e) => {
    if (!(e instanceof RolledBack)) throw e;
  });
  const used = process.cpuUsage(cpuStarted);
  wall.push(performance.now() - started);
  cpu.push((used.user + used.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const engine = url ? 'server PostgreSQL' : 'PGlite';
console.log(`| enqueue ${n} fan-out jobs in one transaction (${engine}) | wall median ${median(wall).toFixed(0)} ms (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}) | node CPU median ${median(cpu).toFixed(0)} ms | ${rounds} rounds | ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} | load ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} |`);
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
