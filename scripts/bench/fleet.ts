// CPU per request by endpoint, split between the service and PostgreSQL, and what a second
// instance and shared state in Redis change: the measurements behind docs/scaling.md.
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/fleet.ts [--seconds 10] [--connections 10]
//     [--rounds 2] [--warmup 3] [--modes one,one-redis,two-redis] [--endpoints search,listing,matches,estimates,ogc,tiles,report]
// The database must hold synthetic listings (npm run gen:synthetic -- --size 100000). Modes run
// interleaved, round by round, so a change in the machine's load falls on all of them alike.
// Redis at REDIS_URL (default redis://127.0.0.1:6379), keys under a prefix of this run.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types; its API is a single function used as below.
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client.ts';
import { type Service, startService, stopService } from '../lib/service.ts';
import { cpuByName, cpuOfBackends, cpuSpent, processCpuSeconds } from './cpu.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    modes: { type: 'string', default: 'one,one-redis,two-redis' },
    endpoints: { type: 'string', default: 'search,listing,matches,estimates,ogc,tiles,report' },
  },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database loaded with synthetic listings');
// Only this database's backends: other work on the same server must not count as this run's.
const databaseName = new URL(url).pathname.slice(1);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const MODES = { one: { instances: 1, redis: false }, 'one-redis': { instances: 1, redis: true }, 'two-redis': { instances: 2, redis: true } };
type Mode = keyof typeof MODES;
const modes = values.modes.split(',') as Mode[];
if (!modes.every((m) => m in MODES)) throw new Error(`--modes takes ${Object.keys(MODES).join(', ')}`);

const database = await openDatabase({ url, poolMax: 1 });
const listingIds = (
  await queryRows<{ id: string }>(
    database.db,
    sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT 1000`,
  )
).map((r) => r.id);
const places = await queryRows<{ lon: number; lat: number }>(
  database.db,
  sql`SELECT ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat FROM sites ORDER BY md5(id::text) LIMIT 1000`,
);
await database.close();

/** The slippy-map tile holding a point at zoom z. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
}

let turn = 0;
const next = <T>(items: T[]): T => items[turn++ % items.length] as T;
type Request = { method: string; path: string; body?: string };
const ENDPOINTS: Record<string, { title: string; request: () => Request }> = {
  search: { title: 'GET /listings (search)', request: () => ({ method: 'GET', path: `/listings?kind=offer&material=foundry-sand&limit=50` }) },
  listing: { title: 'GET /listings/{id}', request: () => ({ method: 'GET', path: `/listings/${next(listingIds)}` }) },
  matches: { title: 'GET /listings/{id}/matches', request: () => ({ method: 'GET', path: `/listings/${next(listingIds)}/matches` }) },
  estimates: {
    title: 'POST /estimates',
    request: () => ({
      method: 'POST',
      path: '/estimates',
      body: JSON.stringify({ material: 'foundry-sand', quantity: { amount: 100, unit: 't', rate: 'month' }, distanceKm: 25, date: '2026-06-01' }),
    }),
  },
  ogc: {
    title: 'GET /ogc/collections/listings/items (bbox)',
    request: () => {
      const p = next(places);
      const bbox = [p.lon - 0.1, p.lat - 0.1, p.lon + 0.1, p.lat + 0.1].map((v) => v.toFixed(4)).join(',');
      return { method: 'GET', path: `/ogc/collections/listings/items?bbox=${bbox}&limit=50` };
    },
  },
  tiles: {
    title: 'GET /tiles/listings/12/{x}/{y}.mvt',
    request: () => {
      const p = next(places);
      const [x, y] = tileOf(p.lon, p.lat, 12);
      return { method: 'GET', path: `/tiles/listings/12/${x}/${y}.mvt` };
    },
  },
  report: { title: 'GET /reports/savings?groupBy=material', request: () => ({ method: 'GET', path: '/reports/savings?groupBy=material' }) },
};
const chosen = values.endpoints.split(',');
if (!chosen.every((e) => e in ENDPOINTS)) throw new Error(`--endpoints takes ${Object.keys(ENDPOINTS).join(', ')}`);

interface Result {
  mode: Mode;
  endpoint: string;
  rps: number;
  p99: number;
  non2xx: number;
  serviceMs: number;
  postgresMs: number;
  redisMs: number;
  loadMs: number;
}

async function startFleet(mode: Mode): Promise<{ services: Service[]; key: string }> {
  const { instances, redis } = MODES[mode];
  const admin = randomBytes(24).toString('hex');
  const env = {
    LOG_LEVEL: 'warn',
    ADMIN_API_KEY: admin,
    RATE_LIMIT_PER_MINUTE: '1000000',
    DATABASE_URL: url as string,
    MAX_EVENT_LOOP_DELAY_MS: '0',
    ...(redis ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `reuse-exchange-bench:${randomBytes(4).toString('hex')}:` } : {}),
  };
  const services: Service[] = [];
  for (let i = 0; i < instances; i++) services.push(await startService(env));
  const res = await fetch(`${services[0]?.base}/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Bench officer ${randomBytes(3).toString('hex')}`, role: 'officer', contactEmail: 'bench@example.org' }),
  });
  return { services, key: ((await res.json()) as { apiKey: string }).apiKey };
}

function cannon(base: string, key: string, endpoint: string, connections: number, duration = Number(values.seconds)) {
  const make = ENDPOINTS[endpoint]?.request as () => Request;
  return new Promise<{ requests: { total: number }; latency: { p99: number }; non2xx: number }>((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections,
        duration,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        requests: [{ setupRequest: (req: object) => ({ ...req, ...make() }) }],
      },
      (err: Error | null, result: never) => (err ? reject(err) : resolve(result)),
    ),
  );
}

async function measure(mode: Mode, services: Service[], key: string, endpoint: string): Promise<Result> {
  const per = Math.max(1, Math.round(Number(values.connections) / services.length));
  // Unmeasured first: each connection prepares its statements and V8 compiles the hot paths.
  if (Number(values.warmup) > 0) await Promise.all(services.map((s) => cannon(s.base, key, endpoint, per, Number(values.warmup))));
  const pids = services.map((s) => s.child.pid ?? 0);
  const before = {
    service: pids.map(processCpuSeconds),
    postgres: cpuOfBackends(databaseName),
    redis: cpuByName('redis-server'),
    load: process.cpuUsage(),
  };
  const started = performance.now();
  // The clients split evenly over the instances, as a balancer would spread them.
  const runs = await Promise.all(services.map((s) => cannon(s.base, key, endpoint, per)));
  const seconds = (performance.now() - started) / 1000;
  const total = runs.reduce((sum, r) => sum + r.requests.total, 0) || 1;
  const load = process.cpuUsage(before.load);
  const ms = (s: number) => (s * 1000) / total;
  return {
    mode,
    endpoint,
    rps: total / seconds,
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    serviceMs: ms(pids.reduce((sum, pid, i) => sum + processCpuSeconds(pid) - (before.service[i] ?? 0), 0)),
    postgresMs: ms(cpuSpent(before.postgres, cpuOfBackends(databaseName))),
    redisMs: ms(cpuSpent(before.redis, cpuByName('redis-server'))),
    loadMs: ms((load.user + load.system) / 1e6),
  };
}

const results: Result[] = [];
const loads: string[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const mode of modes) {
    const { services, key } = await startFleet(mode);
    loads.push(`round ${round + 1} ${mode}: load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const endpoint of chosen) {
      const r = await measure(mode, services, key, endpoint);
      results.push(r);
      console.error(`${mode} ${endpoint}: ${Math.round(r.rps)}/s, service ${r.serviceMs.toFixed(2)} ms, PostgreSQL ${r.postgresMs.toFixed(2)} ms`);
    }
    for (const s of services) await stopService(s, 'SIGTERM');
  }
}

const f = (x: number) => x.toFixed(2);
console.log(loads.join('\n'));
console.log('\n| endpoint | mode | requests/s | p99 ms | non-2xx | CPU ms per request: service / PostgreSQL (backends of this database) / Redis / autocannon |');
console.log('|---|---|---|---|---|---|');
for (const endpoint of chosen)
  for (const r of results.filter((x) => x.endpoint === endpoint))
    console.log(
      `| ${ENDPOINTS[endpoint]?.title} | ${r.mode} | ${Math.round(r.rps)} | ${r.p99} | ${r.non2xx} | ${f(r.serviceMs)} / ${f(r.postgresMs)} / ${f(r.redisMs)} / ${f(r.loadMs)} |`,
    );
process.exit(0);
