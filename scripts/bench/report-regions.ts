// Times GET /reports/savings?groupBy=region over three regions of many vertices and 2,000
// transfers, on server PostgreSQL: at the default REGION_MAX_VERTICES (10,000), and at 40,000
// (the size of the report, allowed here by raising the limit), and shows that a
// 40,000-vertex region is refused at the default. Writes the figures to stdout as JSON.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/rx_bench node --import tsx scripts/bench/report-regions.ts
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../src/app.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { insertListing, type Place, PLACES } from '../../test/fixtures.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('set BENCH_DATABASE_URL to an empty database with PostGIS');
const ADMIN = 'bench-admin-key-0123456789abcdef0123456789';
const env = { LOG_LEVEL: 'silent', ADMIN_API_KEY: ADMIN, DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '1000000', MAX_EVENT_LOOP_DELAY_MS: '0' };

/** A closed ring of n positions, ~30 km across, round a place; 5 decimals (~1 m). */
function ring(n: number, [lon, lat]: readonly number[]): [number, number][] {
  const points = Array.from({ length: n - 1 }, (_, i): [number, number] => {
    const a = (2 * Math.PI * i) / (n - 1);
    // A wobble so the outline is not a regular polygon that simplifies to nothing.
    const r = 1 + 0.05 * Math.sin(37 * a);
    return [Number((lon! + 0.25 * r * Math.cos(a)).toFixed(5)), Number((lat! + 0.15 * r * Math.sin(a)).toFixed(5))];
  });
  return [...points, points[0] as [number, number]];
}

const config = loadConfig(env);
const database = await prepareDatabase(config);
await database.db.execute(sql`TRUNCATE organisations, regions CASCADE`);
let app = await buildApp({ config, database });
const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const post = async (key: string, path: string, payload?: object) => {
  const res = await app.inject({ method: 'POST', url: path, headers: auth(key), ...(payload ? { payload } : {}) });
  return res;
};
const org = async (role: string, name: string) => (await post(ADMIN, '/organisations', { name, role, contactEmail: `${name}@example.org` })).json();

const officer = await org('officer', 'officer');
const places: Place[] = ['tipton', 'wolverhampton', 'birmingham', 'sheffield'];
const sellers = await Promise.all(places.map((p) => org('member', `seller-${p}`)));
const buyer = await org('member', 'buyer');
console.error('2,000 transfers: 50 exchanges of 40 …');
for (let e = 0; e < 50; e++) {
  const place = places[e % places.length] as Place;
  const seller = sellers[e % places.length];
  const offerId = await insertListing(database.db, seller.id, place, { kind: 'offer', materialCode: 'foundry-sand', quantityRate: 'one-off', quantityAmount: 100_000 });
  const wantId = await insertListing(database.db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  const ex = (await post(seller.apiKey, '/exchanges', { offerId, wantId, quantity: { amount: 50_000, unit: 't' } })).json();
  await post(buyer.apiKey, `/exchanges/${ex.id}/accept`);
  for (let i = 0; i < 40; i++) {
    const res = await post(seller.apiKey, `/exchanges/${ex.id}/transfers`, { date: '2026-06-01', amount: 1, unit: 't', haulKm: 20 });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
}

async function regions(vertices: number) {
  await app.db.execute(sql`TRUNCATE regions CASCADE`);
  for (const place of ['tipton', 'wolverhampton', 'birmingham'] as const) {
    const res = await post(officer.apiKey, '/regions', { name: `${place} ${vertices}`, boundary: { type: 'Polygon', coordinates: [ring(vertices, PLACES[place])] } });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
  }
}

async function timeReport(runs = 5) {
  const times: number[] = [];
  let groups = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url: '/reports/savings?groupBy=region', headers: auth(officer.apiKey) });
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(res.body);
    groups = res.json().groups.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(runs / 2)] as number), maxMs: Math.round(times[runs - 1] as number), groups };
}

await regions(10_000);
const atLimit = await timeReport();
console.error('at 10,000 vertices:', atLimit);
const refused = await post(officer.apiKey, '/regions', { name: 'too fine', boundary: { type: 'Polygon', coordinates: [ring(40_000, PLACES.tipton)] } });
await app.close();

const wide = loadConfig({ ...env, REGION_MAX_VERTICES: '40000', BODY_LIMIT_BYTES: String(4 * 1024 * 1024) });
app = await buildApp({ config: wide, database: await openDatabase({ url, poolMax: 10 }) });
await regions(40_000);
const at40k = await timeReport();
await app.close();

console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      transfers: 2000,
      regions: 3,
      at10000Vertices: atLimit,
      create40000AtDefaultLimit: { status: refused.statusCode, detail: refused.json().detail },
      at40000Vertices: at40k,
    },
    null,
    2,
  ),
);
