// The optimiser's walk phase alone (candidate pairs, priced), several times on the data a
// server database holds: the process's CPU time per run, the heap and RSS after it, and a
// fingerprint of every pair (ids, distance, values) to show that a change kept the answers.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/rx_optimiser \
//     node --import tsx scripts/bench/opportunities-walk.ts --runs 5 --k 50
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { candidatePairs, prepare } from '../../src/opportunities/service.ts';
import { opportunityRequestSchema } from '../../schemas/opportunity.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    k: { type: 'string', default: '50' },
  },
});
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL: a server database holding synthetic listings');
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const defaults = { factorSet: config.defaultFactorSet, today: new Date().toISOString().slice(0, 10), minShare: config.matchMinShare };
const request = opportunityRequestSchema.parse({ bbox: [-8.5, 49.8, 2, 61], k: Number(values.k), objective: 'cost' });
const prepared = await prepare(database.db, request, defaults);
const mb = (n: number) => Math.round(n / 2 ** 20);
for (let run = 0; run < Number(values.runs); run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { gathered } = await candidatePairs(prepared, defaults, {});
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  const hash = createHash('sha256');
  for (const p of gathered.instance.pairs)
    hash.update(`${gathered.offers[p.offer]?.id}>${gathered.wants[p.want]?.id}:${p.distanceKm}:${p.costGbpPerTonne}:${p.co2eKgPerTonne}\n`);
  hash.update(JSON.stringify([gathered.instance.supply, gathered.instance.demand, gathered.unpriced]));
  console.log(
    JSON.stringify({
      run,
      listings: prepared.listings.length,
      pairs: gathered.instance.pairs.length,
      wallMs: Math.round(ms),
      cpuMs: Math.round((used.user + used.system) / 1000),
      heapUsedMb: mb(memory.heapUsed),
      rssMb: mb(memory.rss),
      fingerprint: hash.digest('hex').slice(0, 16),
    }),
  );
}
await database.close();
