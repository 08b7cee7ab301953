// The regional optimiser on synthetic data: wall time, peak RSS, and the gain over greedy, at a
// few sizes. BENCH_DATABASE_URL (server PostgreSQL) is emptied and loaded for each size.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/rx_optimiser \
//     node --import tsx scripts/bench/opportunities.ts --sizes 1000,10000 --k 50
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { opportunityMap, prepare } from '../../src/opportunities/service.ts';
import { solve } from '../../src/opportunities/solver.ts';
import { opportunityRequestSchema } from '../../schemas/opportunity.ts';
import { loadSynthetic } from '../synthetic/load.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    k: { type: 'string', default: '50' },
    objective: { type: 'string', default: 'cost' },
    // Solve what the database holds (one size), without emptying and loading it again.
    reuse: { type: 'boolean', default: false },
  },
});
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL: a server database this script may empty');
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db } = database;

// The synthetic generator makes ~82 % of listings active; sizes are active listings.
const ACTIVE_SHARE = 0.82;
const GREAT_BRITAIN = [-8.5, 49.8, 2, 61];

for (const size of values.sizes.split(',').map(Number)) {
  if (!values.reuse) {
    await db.execute(sql`TRUNCATE organisations CASCADE`);
    await loadSynthetic(db, Math.ceil(size / ACTIVE_SHARE));
  }
  const [count] = await queryRows<{ offers: number; wants: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE kind = 'offer')::int AS offers, count(*) FILTER (WHERE kind = 'want')::int AS wants
        FROM listings WHERE status = 'active' AND expires_at > now()`,
  );
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  // Phases by wall clock, and the process's CPU time (load moves it far less than wall time).
  const phases = { prepared: 0, walked: 0, walkedCpu: 0, rssAtStart: process.memoryUsage().rss, rssAtSolving: 0, heapAtSolving: 0, peakRssWalking: 0 };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const request = opportunityRequestSchema.parse({ bbox: GREAT_BRITAIN, k: Number(values.k), objective: values.objective });
  const defaults = {
    factorSet: config.defaultFactorSet,
    today: new Date().toISOString().slice(0, 10),
    minShare: config.matchMinShare,
  };
  const prepared = await prepare(db, request, defaults);
  phases.prepared = performance.now() - started;
  const result = await opportunityMap(db, prepared, defaults, solve, {
    timeLimitSeconds: 120,
    progress: (phase) => {
      if (phase !== 'solving') return;
      phases.walked = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      phases.walkedCpu = (used.user + used.system) / 1000;
      const memory = process.memoryUsage();
      phases.rssAtSolving = memory.rss;
      phases.heapAtSolving = memory.heapUsed;
      phases.peakRssWalking = Math.max(peakRss, memory.rss);
    },
  });
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  clearInterval(sampler);
  const gain = (a: number, b: number) => (b > 0 ? `${(((a - b) / b) * 100).toFixed(1)} %` : 'n/a');
  console.log(
    JSON.stringify({
      activeListings: (count?.offers ?? 0) + (count?.wants ?? 0),
      offers: count?.offers,
      wants: count?.wants,
      k: Number(values.k),
      pairs: result.scope.pairs,
      variables: result.solve.variables,
      constraints: result.solve.constraints,
      columnsSolved: result.solve.columnsSolved,
      rounds: result.solve.rounds,
      status: result.status,
      gap: result.solve.gap,
      prepareMs: Math.round(phases.prepared),
      candidatesMs: Math.round(phases.walked - phases.prepared),
      solveMs: result.solve.ms,
      wallMs: Math.round(wallMs),
      // This thread's and the solver worker's CPU (the worker is a thread of this process).
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      cpuToSolvingMs: Math.round(phases.walkedCpu),
      loadAverage: (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' '),
      peakRssMb: Math.round(peakRss / 2 ** 20),
      // RSS before the request, peak up to the solve, and the RSS and heap when the solve starts.
      rssMb: {
        start: Math.round(phases.rssAtStart / 2 ** 20),
        peakWalking: Math.round(phases.peakRssWalking / 2 ** 20),
        atSolve: Math.round(phases.rssAtSolving / 2 ** 20),
        heapAtSolve: Math.round(phases.heapAtSolving / 2 ** 20),
      },
      // Every flow (ids, tonnes, distances, values): equal fingerprints, the same answer.
      flowsFingerprint: createHash('sha256').update(JSON.stringify(result.flows)).digest('hex').slice(0, 16),
      optimal: result.totals,
      greedy: result.greedy.totals,
      gainOverGreedy: {
        cost: gain(result.totals.costSavedGbpPerYear, result.greedy.totals.costSavedGbpPerYear),
        tonnes: gain(result.totals.tonnesPerYear, result.greedy.totals.tonnesPerYear),
        co2e: gain(result.totals.co2eAvoidedKgPerYear, result.greedy.totals.co2eAvoidedKgPerYear),
      },
    }),
  );
}
await database.close();
