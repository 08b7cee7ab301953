// npm run bench [-- --size 100000] [--samples 1000] [--baseline 50] [--reuse]
// Builds a fresh database (BENCH_DATABASE_URL: a server database it may wipe; else an embedded
// PGlite in a temporary folder), loads synthetic data, measures the match query against the
// naive baseline and the service's start-up time, and prints a Markdown table for
// docs/benchmarks.md with the machine it ran on.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { startService, stopService } from '../lib/service.ts';
import { loadSynthetic } from '../synthetic/load.ts';
import { benchMatchQuery } from './match-query.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    samples: { type: 'string', default: '1000' },
    baseline: { type: 'string', default: '50' },
    // Measure the data already loaded in BENCH_DATABASE_URL instead of loading afresh.
    reuse: { type: 'boolean', default: false },
  },
});
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-bench-'));
const env = { DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' };
const config = loadConfig({ ...process.env, ...env });

const database = await prepareDatabase(config);
if (values.reuse && !url) throw new Error('--reuse needs BENCH_DATABASE_URL');
if (!values.reuse) await database.db.execute(sql`TRUNCATE organisations CASCADE`);
const load = values.reuse ? null : await loadSynthetic(database.db, Number(values.size));
const match = await benchMatchQuery(
  database.db,
  { strict: false, minShareOfWant: config.matchMinShare, cap: config.matchCandidateCap },
  Number(values.samples),
  Number(values.baseline),
);
await database.close();

// Wall time from spawning `npm start`'s entry point to its "documentation at" log line.
const service = await startService(env);
const startUpMs = service.startedInMs;
await stopService(service, 'SIGTERM');
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const engine = url ? 'PostgreSQL (server)' : 'PGlite (embedded)';
const f = (x: number) => x.toFixed(1);
console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}.

| listings | active | load rows/s | offer p50 / p95 / p99 ms | want p50 / p95 / p99 ms | naive p50 ms | speed-up (mean) | answer by id p50 ms | ceiling (mean) | same answers | start-up ms |
|---|---|---|---|---|---|---|---|---|---|---|
| ${match.listings} | ${match.activeListings} | ${load ? Math.round(load.rowsPerSecond) : '(reused)'} | ${f(match.offer.p50)} / ${f(match.offer.p95)} / ${f(match.offer.p99)} | ${f(match.want.p50)} / ${f(match.want.p95)} / ${f(match.want.p99)} | ${f(match.baseline.naive.p50)} | ${match.baseline.speedupMean}× | ${f(match.baseline.answerById.p50)} | ${match.baseline.speedupCeiling}× | ${match.baseline.sameAnswers} | ${Math.round(startUpMs)} |
`);
console.log(JSON.stringify({ load, match, startUpMs }));
