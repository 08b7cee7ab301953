// Times the evidence reports on server PostgreSQL: GET /reports/indicators (a period, a comparison
// period and cumulative, and grouped by region), GET /reports/network (JSON and GraphML) and the
// savings report with its net, over 2,000 transfers of 100 exchanges among 30 firms at four
// places, with two regions and additionality answers on half the exchanges. Prints JSON.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/rx_bench node --import tsx scripts/bench/evidence-reports.ts
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { insertListing, type Place } from '../../test/fixtures.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('set BENCH_DATABASE_URL to an empty database with PostGIS (it is wiped)');
const ADMIN = 'bench-admin-key-0123456789abcdef0123456789';
const config = loadConfig({ LOG_LEVEL: 'silent', ADMIN_API_KEY: ADMIN, DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '1000000', MAX_EVENT_LOOP_DELAY_MS: '0' });
const database = await prepareDatabase(config);
await database.db.execute(sql`TRUNCATE organisations, regions CASCADE`);
const app = await buildApp({ config, database });
const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const post = async (key: string, path: string, payload?: object) => {
  const res = await app.inject({ method: 'POST', url: path, headers: auth(key), ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
};
const org = (role: string, name: string) => post(ADMIN, '/organisations', { name, role, contactEmail: `${name}@example.org` });

const officer = await org('officer', 'officer');
await app.inject({ method: 'PUT', url: '/evidence/additionality', headers: auth(officer.apiKey), payload: { deadweight: 0.3, attribution: 0.9 } });
for (const [name, level, box] of [
  ['Black Country', 'region', [-2.2, 52.45, -1.95, 52.65]],
  ['Tipton', 'local-authority', [-2.09, 52.51, -2.04, 52.55]],
] as const) {
  const [w, s, e, n] = box;
  await post(officer.apiKey, '/regions', { name, level, boundary: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });
}
const places: Place[] = ['tipton', 'wolverhampton', 'birmingham', 'sheffield'];
const firms = await Promise.all(Array.from({ length: 30 }, (_, i) => org('member', `firm-${i}`)));
console.error('2,000 transfers: 100 exchanges of 20 …');
for (let e = 0; e < 100; e++) {
  const seller = firms[e % 30];
  const buyer = firms[(e * 7 + 3) % 30 === e % 30 ? (e + 1) % 30 : (e * 7 + 3) % 30];
  const offerId = await insertListing(database.db, seller.id, places[e % 4] as Place, { kind: 'offer', materialCode: 'foundry-sand', quantityRate: 'one-off', quantityAmount: 100_000 });
  const wantId = await insertListing(database.db, buyer.id, places[(e + 2) % 4] as Place, { kind: 'want', materialCode: 'foundry-sand', replacesSupply: e % 3 === 0 ? 'imported' : 'domestic' });
  const ex = await post(seller.apiKey, '/exchanges', { offerId, wantId, quantity: { amount: 50_000, unit: 't' } });
  await post(buyer.apiKey, `/exchanges/${ex.id}/accept`);
  for (let i = 0; i < 20; i++)
    await post(seller.apiKey, `/exchanges/${ex.id}/transfers`, { date: `${2025 + (i % 2)}-0${1 + (i % 9)}-15`, amount: 1, unit: 't', haulKm: 20 });
  if (e % 2 === 0) await post(seller.apiKey, `/exchanges/${ex.id}/complete`, { additionality: { wouldHaveHappened: 'partly', share: 0.4 } });
}

async function time(path: string, runs = 7) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url: path, headers: auth(officer.apiKey) });
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.body.slice(0, 300)}`);
  }
  times.sort((a, b) => a - b);
  return { path, medianMs: Math.round(times[Math.floor(runs / 2)] as number), maxMs: Math.round(times[runs - 1] as number) };
}

const results = [];
for (const path of [
  '/reports/indicators?from=2025-01-01&to=2025-12-31',
  '/reports/indicators?from=2026-01-01&to=2026-12-31&compareFrom=2025-01-01&compareTo=2025-12-31&groupBy=region',
  '/reports/network?from=2025-01-01&to=2026-12-31',
  '/reports/network?from=2026-01-01&to=2026-12-31&format=graphml',
  '/reports/savings?from=2025-01-01&to=2026-12-31',
])
  results.push(await time(path));
await app.close();
console.log(JSON.stringify({ date: new Date().toISOString(), transfers: 2000, exchanges: 100, firms: 30, loadAverage1m: loadavg()[0], results }, null, 2));
