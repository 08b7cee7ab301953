// node --import tsx scripts/bench/webhooks.ts [--deliveries 10000] [--batch 64] [--workers 1]
// Queues N webhook deliveries to a receiver on loopback (its own process, answering 200 at once)
// and times how fast the delivery workers drain them: every delivery signed, sent, its outcome
// written. BENCH_DATABASE_URL: a server database it may wipe; else an embedded PGlite in a
// temporary folder. Prints a Markdown row for docs/benchmarks.md with the machine and its load.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { webhooks, organisations } from '../../db/schema.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { runDeliveryBatch } from '../../src/webhooks/deliveries.ts';
import { sealSecret } from '../../src/webhooks/secret-box.ts';
import { closeWebhookAgents } from '../../src/webhooks/send.ts';
import { newWebhookSecret } from '../../src/webhooks/signature.ts';

const { values } = parseArgs({
  options: {
    deliveries: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '64' },
    workers: { type: 'string', default: '1' },
  },
});
const total = Number(values.deliveries);
const batchSize = Number(values.batch);
const workers = Number(values.workers);

const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-bench-webhooks-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db } = database;

// The receiver runs in its own process so that it does not share the worker's event loop.
const receiver = spawn(
  process.execPath,
  [
    '-e',
    `const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => { r.writeHead(204); r.end(); }); });
     s.keepAliveTimeout = 60000; s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const port = await new Promise<number>((resolve) => receiver.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));

await db.execute(sql`TRUNCATE organisations CASCADE`);
const [org] = await db.insert(organisations).values({ name: 'Bench receiver', role: 'member', contactEmail: 'bench@example.org' }).returning();
const [hook] = await db
  .insert(webhooks)
  .values({ organisationId: org!.id, url: `http://127.0.0.1:${port}/hooks`, events: ['match.found'], secret: sealSecret(newWebhookSecret(), []) })
  .returning();
const data = JSON.stringify({ type: 'match.found', timestamp: new Date().toISOString(), data: { listingId: '6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a001', match: { distanceKm: 12.3, savings: { costSavedGbpPerYear: 4200, co2eAvoidedKgPerYear: 8100 } } } });
await db.execute(sql`INSERT INTO webhook_deliveries (webhook_id, event_id, type, body, next_attempt_at)
  SELECT ${hook!.id}, 'evt-' || g, 'match.found', ${data}, now() FROM generate_series(1, ${total}) g`);

const options = { timeoutMs: 10_000, allowPrivate: true, secretsKeys: [], batchSize };
const loadBefore = loadavg()[0]!;
const started = performance.now();
await Promise.all(
  Array.from({ length: workers }, async () => {
    while ((await runDeliveryBatch(db, options)) > 0);
  }),
);
const seconds = (performance.now() - started) / 1000;
const loadAfter = loadavg()[0]!;
const [counts] = await queryRows<{ delivered: number; other: number }>(
  db,
  sql`SELECT count(*) FILTER (WHERE status = 'delivered')::int AS delivered, count(*) FILTER (WHERE status <> 'delivered')::int AS other FROM webhook_deliveries`,
);

receiver.kill();
closeWebhookAgents();
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const engine = url ? 'PostgreSQL (server)' : 'PGlite (embedded)';
console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}; 1-min load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.

| engine | deliveries | batch | workers | delivered | not delivered | seconds | deliveries/s |
|---|---|---|---|---|---|---|---|
| ${engine} | ${total} | ${batchSize} | ${workers} | ${counts?.delivered} | ${counts?.other} | ${seconds.toFixed(2)} | ${Math.round(total / seconds)} |
`);
