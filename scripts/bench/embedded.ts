// The embedded engine's start-up and memory: the compiled service on PGlite + PostGIS with a
// fresh DATA_DIR (first start: initdb, PostGIS, migrations, seed), then again on the same folder
// (warm start), each timed from spawn to the first answer of GET /health; resident memory
// (VmRSS) once ready and after a few matches and searches, and its peak (VmHWM), from /proc.
//   node --import tsx scripts/bench/embedded.ts [--checkout <ref>] [--runs 1]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compiledCheckout } from '../lib/checkout.ts';
import { client, expect, type Service, smallMarket, startService, stopService } from '../lib/service.ts';

const { values } = parseArgs({ options: { checkout: { type: 'string' }, runs: { type: 'string', default: '1' } } });
const checkout = values.checkout ? compiledCheckout(values.checkout) : undefined;
const admin = 'embedded-bench-admin-key-0123456789abcdef';

const mb = (pid: number, field: string) =>
  Math.round(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

async function measure(dataDir: string, work: (service: Service) => Promise<void>) {
  const service = await startService({ DATABASE_URL: '', DATA_DIR: dataDir, ADMIN_API_KEY: admin, LOG_LEVEL: 'warn' }, 600_000, checkout);
  const pid = service.child.pid ?? 0;
  const ready = mb(pid, 'VmRSS');
  await work(service);
  const figures = { startMs: Math.round(service.startedInMs), rssReadyMb: ready, rssAfterMb: mb(pid, 'VmRSS'), peakMb: mb(pid, 'VmHWM') };
  await stopService(service, 'SIGTERM');
  return figures;
}

// A little of what a laptop user does: a market, its matches, a search; the same on each start.
async function use(service: Service) {
  const market = await smallMarket(service.base, admin);
  for (let i = 0; i < 10; i++) {
    expect(await market.foundry.call('GET', `/listings/${market.offerId}/matches`), 200, 'matches');
    expect(await market.maker.call('GET', '/listings?material=foundry-sand'), 200, 'search');
  }
  expect(await client(service.base, admin)('GET', '/ready'), 200, 'ready');
}

console.log(`${checkout ? `checkout ${values.checkout}` : 'this checkout'}; load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| run | start | ms to first answer | RSS when ready MB | RSS after use MB | peak RSS MB |');
console.log('|---|---|---|---|---|---|');
for (let run = 1; run <= Number(values.runs); run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'reuse-exchange-embedded-'));
  try {
    const first = await measure(dataDir, use);
    console.log(`| ${run} | first | ${first.startMs} | ${first.rssReadyMb} | ${first.rssAfterMb} | ${first.peakMb} |`);
    const warm = await measure(dataDir, async (service) => {
      const officerKey = admin;
      for (let i = 0; i < 10; i++) expect(await client(service.base, officerKey)('GET', '/listings?material=foundry-sand'), 200, 'search');
    });
    console.log(`| ${run} | warm | ${warm.startMs} | ${warm.rssReadyMb} | ${warm.rssAfterMb} | ${warm.peakMb} |`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
