// HTTP throughput on loopback: GET /listings/{id}/matches and POST /estimates, with autocannon,
// against a service started here on an already loaded database (DATABASE_URL, e.g. after
// `npm run bench -- --size 100000` with BENCH_DATABASE_URL). Bounded: a fixed duration each.
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/http.ts [--seconds 20] [--connections 20]
//     [--only matches|estimates]   (one endpoint on a service that has served nothing else)
//     [--checkout <ref>]   (the service as compiled from another commit: before/after runs on one data set)
//     [--writes-per-second N]   (while match requests run after the first, N listing writes a second:
//                                each drops the kept rankings whose reach holds the listing's cell)
//     [--metrics]   (METRICS=true, and the kept and ranked match pages counted from GET /metrics)
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types; its API is a single function used as below.
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client.ts';
import { compiledCheckout } from '../lib/checkout.ts';
import { startService, stopService } from '../lib/service.ts';
import { cpuByName, cpuSpent, processCpuSeconds } from './cpu.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
    only: { type: 'string' },
    checkout: { type: 'string' },
    'writes-per-second': { type: 'string', default: '0' },
    metrics: { type: 'boolean', default: false },
  },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database loaded with synthetic listings');
const ENDPOINTS = ['matches', 'estimates'] as const;
const chosen = values.only ? [values.only] : [...ENDPOINTS];
if (!chosen.every((name) => (ENDPOINTS as readonly string[]).includes(name)))
  throw new Error(`--only takes one of ${ENDPOINTS.join(', ')}`);
const admin = randomBytes(24).toString('hex');

// Logging at warn: request logs would measure pino rather than the service.
const service = await startService(
  { LOG_LEVEL: 'warn', ADMIN_API_KEY: admin, RATE_LIMIT_PER_MINUTE: '1000000', ...(values.metrics ? { METRICS: 'true' } : {}) },
  90_000,
  values.checkout ? compiledCheckout(values.checkout) : undefined,
);
const base = service.base;

const officer = (await (
  await fetch(`${base}/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench officer', role: 'officer', contactEmail: 'bench@example.org' }),
  })
).json()) as { apiKey: string };

const database = await openDatabase({ url, poolMax: 1 });
const writer = await openDatabase({ url, poolMax: 1 });
const ids = (
  await queryRows<{ id: string }>(
    database.db,
    sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT 1000`,
  )
).map((r) => r.id);
await database.close();

/**
 * Writes to listings at a steady rate until stopped, as firms editing their listings would: each
 * is an update of one listing that changes nothing, still a write to listings.
 */
function writeListings(perSecond: number): () => Promise<number> {
  if (!perSecond) return async () => 0;
  let written = 0;
  const timer = setInterval(() => {
    const id = ids[Math.floor(Math.random() * ids.length)] as string;
    void writer.db.execute(sql`UPDATE listings SET quantity_amount = quantity_amount WHERE id = ${id}`).then(() => written++);
  }, 1000 / perSecond);
  return async () => {
    clearInterval(timer);
    return written;
  };
}
const writesPerSecond = Number(values['writes-per-second']);

const pid = service.child.pid ?? 0;

/** One autocannon run, with the CPU each process spent per request during it (ms). */
async function run(title: string, path: string, options: object) {
  const before = { service: processCpuSeconds(pid), postgres: cpuByName('postgres'), load: process.cpuUsage() };
  const r = await new Promise<{
    requests: { average: number; total: number }; latency: { p99: number }; errors: number; non2xx: number; statusCodeStats: object;
  }>((resolve, reject) =>
    autocannon(
      { url: `${base}${path}`, connections: Number(values.connections), duration: Number(values.seconds), ...options },
      (err: Error | null, result: never) => (err ? reject(err) : resolve(result)),
    ),
  );
  if (r.non2xx) console.error(title, 'status codes:', JSON.stringify(r.statusCodeStats));
  const load = process.cpuUsage(before.load);
  const perRequest = (seconds: number) => (seconds * 1000) / (r.requests.total || 1);
  return {
    title, rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx,
    cpuMs: {
      service: perRequest(processCpuSeconds(pid) - before.service),
      postgres: perRequest(cpuSpent(before.postgres, cpuByName('postgres'))),
      autocannon: perRequest((load.user + load.system) / 1e6),
    },
  };
}

let i = 0;
const auth = { authorization: `Bearer ${officer.apiKey}` };
const matchRequests = (title: string, options: object) =>
  run(title, '/', {
    headers: auth,
    requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: `/listings/${ids[i++ % ids.length]}/matches` }) }],
    ...options,
  });
const endpoints: Record<(typeof ENDPOINTS)[number], () => Promise<Awaited<ReturnType<typeof run>>[]>> = {
  // The service keeps each listing's ranking until the listings change (src/matching/ranking-cache.ts):
  // the first request for each of the 1,000 listings ranks, the requests after it read the kept list.
  matches: async () => [
    await matchRequests(`GET /listings/{id}/matches, first request for each of ${ids.length}`, { amount: ids.length }),
    await (async () => {
      const stop = writeListings(writesPerSecond);
      const r = await matchRequests(
        `GET /listings/{id}/matches, the requests after it${writesPerSecond ? `, ${writesPerSecond} listing writes a second` : ''}`, {},
      );
      console.log(`listing writes during it: ${await stop()}`);
      return r;
    })(),
  ],
  estimates: async () => [await run('POST /estimates', '/estimates', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ material: 'foundry-sand', quantity: { amount: 100, unit: 't', rate: 'month' }, distanceKm: 25, date: '2026-06-01' }),
    })],
};
const results = [];
for (const name of chosen) results.push(...(await endpoints[name as (typeof ENDPOINTS)[number]]()));
if (values.metrics) {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${admin}` } })).text();
  console.log(text.split('\n').filter((line) => line.startsWith('reuse_exchange_match_rankings_total')).join('; ') || 'no match_rankings counter');
}
// The service's resident memory now and at its peak, from /proc (Linux): "without raising memory".
const status = readFileSync(`/proc/${pid}/status`, 'utf8');
const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
await stopService(service, 'SIGTERM');
await writer.close();
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; service RSS ${Math.round(kB('VmRSS') / 1024)} MB, peak ${Math.round(kB('VmHWM') / 1024)} MB`);
console.log('| endpoint | requests/s | p99 ms | errors | non-2xx | CPU ms per request: service / PostgreSQL / autocannon |');
console.log('|---|---|---|---|---|---|');
const f = (x: number) => x.toFixed(2);
for (const r of results)
  console.log(`| ${r.title} | ${Math.round(r.rps)} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${f(r.cpuMs.service)} / ${f(r.cpuMs.postgres)} / ${f(r.cpuMs.autocannon)} |`);
