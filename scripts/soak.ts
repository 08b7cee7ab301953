// Soak: a fixed rate of mixed traffic (create and edit listings, matches, estimates, exchanges,
// transfers, reports) against the real service on loopback for a while; reports errors, latency
// percentiles per kind and the service's RSS over time, as Markdown.
//
//   npx tsx scripts/soak.ts [--engine pglite|postgres] [--seconds 120] [--rate 40]
//
// The server engine uses SOAK_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/reuse_soak),
// dropped and created afresh. The load is open-loop (requests leave on schedule whatever the
// answers), with at most MAX_IN_FLIGHT outstanding; a tick that finds that many waiting is
// counted as skipped, so a slow service shows up instead of silently lowering the rate.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from './bench/stats.ts';
import { type Client, expect, freshServerDatabase, smallMarket, startService, stopService } from './lib/service.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    seconds: { type: 'string', default: '120' },
    rate: { type: 'string', default: '40' },
  },
});
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const MAX_IN_FLIGHT = 64;
const ADMIN_KEY = 'soak-test-admin-key-0123456789abcdef0123456';
const SERVER_URL = process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/reuse_soak';

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Number(m[1]) / 1024 : Number.NaN;
};

let dataDir: string | undefined;
let env: Record<string, string>;
if (values.engine === 'pglite') {
  dataDir = mkdtempSync(join(tmpdir(), 'reuse-soak-'));
  env = { DATABASE_URL: '', DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY, MAX_EVENT_LOOP_DELAY_MS: '0' };
} else {
  await freshServerDatabase(SERVER_URL);
  env = { DATABASE_URL: SERVER_URL, ADMIN_API_KEY: ADMIN_KEY };
}
// Logs at info, as in production, unless LOG_LEVEL says otherwise.
const service = await startService({ ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' });
const pid = service.child.pid as number;
const market = await smallMarket(service.base, ADMIN_KEY);
const foundry: Client = market.foundry.call;
const maker: Client = market.maker.call;
const officer: Client = market.officer.call;

const offerBody = (n: number) => ({
  kind: 'offer',
  siteId: market.foundrySite,
  material: 'foundry-sand',
  grade: { afsGfn: 45 + (n % 20), clayPct: 4 + (n % 5) },
  quantity: { amount: 10 + (n % 90), unit: 't', rate: 'month' },
  maxHaulKm: 80,
  currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
});
const offers: string[] = [market.offerId];
for (let i = 0; i < 40; i++) offers.push(expect(await foundry('POST', '/listings', offerBody(i)), 201, 'seed offer').body.id);
const estimate = {
  material: 'foundry-sand',
  quantity: { amount: 120, unit: 't', rate: 'month' },
  from: { type: 'Point', coordinates: [-2.0662, 52.5294] },
  to: { type: 'Point', coordinates: [-1.8904, 52.4862] },
};

type Kind = 'create listing' | 'edit listing' | 'matches' | 'estimate' | 'propose + accept exchange' | 'transfer' | 'report json' | 'report csv';
let n = 0;
/** Each kind with its weight, and what it sends; a step answers whether the outcome was right. */
const mix: [Kind, number, () => Promise<boolean>][] = [
  ['create listing', 10, async () => {
    const a = await foundry('POST', '/listings', offerBody(n++));
    if (a.status === 201) offers.push(a.body.id);
    return a.status === 201;
  }],
  ['edit listing', 10, async () => {
    const id = offers[n++ % offers.length] as string;
    const read = await foundry('GET', `/listings/${id}`);
    if (read.status !== 200) return false;
    const a = await foundry('PATCH', `/listings/${id}`, { quantity: { amount: 10 + (n % 90), unit: 't', rate: 'month' } }, { 'if-match': read.headers.get('etag') ?? '' });
    // Two edits of one listing may cross: the loser's 412 is the API working as documented.
    return a.status === 200 || a.status === 412;
  }],
  ['matches', 25, async () => (await maker('GET', `/listings/${market.wantId}/matches`)).status === 200],
  ['estimate', 25, async () => (await maker('POST', '/estimates', estimate)).status === 200],
  ['propose + accept exchange', 5, async () => {
    const offerId = offers[n++ % offers.length] as string;
    const proposed = await maker('POST', '/exchanges', { offerId, wantId: market.wantId, quantity: { amount: 1, unit: 't', rate: 'month' } });
    // An offer that is already fully allocated is refused with 409: also the API working.
    if (proposed.status === 409) return true;
    if (proposed.status !== 201) throw new Error(`propose answered ${proposed.status}: ${JSON.stringify(proposed.body).slice(0, 300)}`);
    return (await foundry('POST', `/exchanges/${proposed.body.id}/accept`, {})).status === 200;
  }],
  ['transfer', 10, async () =>
    (await officer('POST', `/exchanges/${market.exchangeId}/transfers`, { date: '2026-11-20', amount: 1 + (n++ % 5), unit: 't' })).status === 201],
  ['report json', 10, async () => (await officer('GET', '/reports/savings?groupBy=month')).status === 200],
  ['report csv', 5, async () => (await officer('GET', '/reports/savings?format=csv')).status === 200],
];
const totalWeight = mix.reduce((s, [, w]) => s + w, 0);
const latencies = new Map<Kind, number[]>(mix.map(([k]) => [k, []]));
const failures = new Map<Kind, number>(mix.map(([k]) => [k, 0]));
const failureSamples: string[] = [];
let inFlight = 0;
let skipped = 0;
const rss: { second: number; mb: number }[] = [{ second: 0, mb: rssMb(pid) }];

const started = performance.now();
let tick = 0;
const running: Promise<void>[] = [];
await new Promise<void>((resolve) => {
  const timer = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed >= SECONDS) {
      clearInterval(timer);
      resolve();
      return;
    }
    // Catch up to the schedule: as many requests as the rate says should have left by now.
    while (tick < elapsed * RATE) {
      tick++;
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      let pick = (tick * 7919) % totalWeight;
      const [kind, , step] = mix.find(([, w]) => (pick -= w) < 0) as (typeof mix)[number];
      inFlight++;
      const t0 = performance.now();
      running.push(
        step()
          .then((ok) => {
            if (!ok) failures.set(kind, (failures.get(kind) ?? 0) + 1);
          })
          .catch((e: unknown) => {
            failures.set(kind, (failures.get(kind) ?? 0) + 1);
            if (failureSamples.length < 5) failureSamples.push(`${kind}: ${(e as Error).message}`);
          })
          .finally(() => {
            latencies.get(kind)?.push(performance.now() - t0);
            inFlight--;
          }),
      );
    }
    if (Math.floor(elapsed / 10) > rss.length - 1) rss.push({ second: Math.round(elapsed), mb: rssMb(pid) });
  }, 5);
});
await Promise.all(running);
rss.push({ second: SECONDS, mb: rssMb(pid) });
const exit = await stopService(service, 'SIGTERM');
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const fmt = (v: number) => v.toFixed(1);
let errors = 0;
console.log(`Soak on ${values.engine}: ${SECONDS} s at ${RATE} requests/s scheduled (${tick} ticks, ${skipped} skipped at ${MAX_IN_FLIGHT} in flight)\n`);
console.log('| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |');
console.log('|---|---|---|---|---|---|---|');
for (const [kind] of mix) {
  const l = (latencies.get(kind) ?? []).sort((a, b) => a - b);
  const e = failures.get(kind) ?? 0;
  errors += e;
  console.log(`| ${kind} | ${l.length} | ${e} | ${fmt(percentile(l, 50))} | ${fmt(percentile(l, 95))} | ${fmt(percentile(l, 99))} | ${fmt(l.at(-1) ?? 0)} |`);
}
console.log(`\nRSS of the service (MB) every 10 s: ${rss.map((r) => `${r.second}s ${Math.round(r.mb)}`).join(', ')}`);
const settled = rss.filter((r) => r.second >= 30).map((r) => r.mb);
if (settled.length > 1)
  console.log(`After warm-up (30 s on): min ${Math.round(Math.min(...settled))} MB, max ${Math.round(Math.max(...settled))} MB`);
console.log(`Errors: ${errors}; exit on SIGTERM: ${exit}`);
if (failureSamples.length) console.log(`First failures:\n${failureSamples.join('\n')}`);
process.exit(errors || exit !== 0 ? 1 : 0);
