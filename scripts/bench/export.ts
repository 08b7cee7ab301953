// Report export of many transfers, per format: wall time to the last byte and the service's
// peak RSS while it answers. Server engine (the rows are multiplied in SQL from one transfer
// recorded through the API, which needs a second connection beside the service).
//
//   npx tsx scripts/bench/export.ts [--transfers 100000] [--exchanges 100]
//
// Uses EXPORT_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/reuse_export), dropped
// and created afresh.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client.ts';
import { expect, freshServerDatabase, smallMarket, startService, stopService } from '../lib/service.ts';

const { values } = parseArgs({
  options: { transfers: { type: 'string', default: '100000' }, exchanges: { type: 'string', default: '100' }, formats: { type: 'string', default: 'json,csv,geojson,xlsx,pdf' } },
});
const TRANSFERS = Number(values.transfers);
const EXCHANGES = Number(values.exchanges);
const url = process.env.EXPORT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/reuse_export';
const ADMIN_KEY = 'export-bench-admin-key-0123456789abcdef0123';

await freshServerDatabase(url);
const env = { DATABASE_URL: url, ADMIN_API_KEY: ADMIN_KEY, RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };
let service = await startService(env);
const market = await smallMarket(service.base, ADMIN_KEY);
// Exchanges between several offers and the want, so flows (GeoJSON lines) are more than one.
const exchangeIds = [market.exchangeId];
for (let i = 0; i < EXCHANGES - 1; i++) {
  const offer = expect(
    await market.foundry.call('POST', '/listings', {
      kind: 'offer',
      siteId: market.foundrySite,
      material: 'foundry-sand',
      quantity: { amount: 500, unit: 't', rate: 'month' },
      maxHaulKm: 60,
      currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
    }),
    201,
    'offer',
  ).body;
  const proposed = expect(
    await market.maker.call('POST', '/exchanges', { offerId: offer.id, wantId: market.wantId, quantity: { amount: 10, unit: 't', rate: 'month' } }),
    201,
    'propose',
  ).body;
  expect(await market.foundry.call('POST', `/exchanges/${proposed.id}/accept`, {}), 200, 'accept');
  exchangeIds.push(proposed.id);
}
for (const id of exchangeIds)
  expect(await market.officer.call('POST', `/exchanges/${id}/transfers`, { date: '2026-01-15', amount: 10, unit: 't' }), 201, 'transfer');

// Copies of the recorded transfers over 600 days with varied amounts: every column the exports
// read is real, only multiplied.
const db = await openDatabase({ url, poolMax: 1 });
const t0 = performance.now();
await db.db.execute(sql`
  INSERT INTO transfers (exchange_id, date, amount, unit, haul_km, note, factor_set_id, estimate, tonnes,
    cubic_metres, cost_saved_gbp, co2e_avoided_kg, virgin_displaced_tonnes, diverted_from_landfill,
    created_by_organisation_id, created_by_key_id)
  SELECT t.exchange_id, date '2025-04-01' + (g % 600), t.amount * (1 + g % 9) / 3, t.unit, t.haul_km, 'bench ' || g,
    t.factor_set_id, t.estimate, t.tonnes * (1 + g % 9) / 3, t.cubic_metres, t.cost_saved_gbp * (1 + g % 9) / 3,
    t.co2e_avoided_kg * (1 + g % 9) / 3, t.virgin_displaced_tonnes * (1 + g % 9) / 3, t.diverted_from_landfill,
    t.created_by_organisation_id, t.created_by_key_id
  FROM transfers t, generate_series(1, ${Math.ceil(TRANSFERS / exchangeIds.length) - 1}) g`);
await db.db.execute(sql`ANALYZE transfers`);
const [count] = await queryRows<{ n: number }>(db.db, sql`SELECT count(*)::int AS n FROM transfers`);
await db.close();
console.log(`${count?.n} transfers over ${exchangeIds.length} exchanges in ${Math.round(performance.now() - t0)} ms`);

const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${service.child.pid}/status`, 'utf8'));
  return m?.[1] ? Number(m[1]) / 1024 : Number.NaN;
};

console.log('\n| format | time to last byte | size | RSS before | peak RSS |\n|---|---|---|---|---|');
for (const format of values.formats.split(',')) {
  // A fresh process per format: RSS rarely shrinks, so one export would inflate the next one's.
  await stopService(service, 'SIGTERM');
  service = await startService(env);
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb());
  }, 20);
  const started = performance.now();
  const res = await fetch(`${service.base}/reports/savings?format=${format}`, {
    headers: { authorization: `Bearer ${market.officer.key}` },
  });
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  if (res.status !== 200) throw new Error(`${format}: ${res.status}`);
  console.log(
    `| ${format} | ${(elapsed / 1000).toFixed(2)} s | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${Math.round(before)} MB | ${Math.round(peak)} MB |`,
  );
}
await stopService(service, 'SIGTERM');
