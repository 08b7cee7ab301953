// Node's share of a match request without HTTP or a load generator: the app built in this
// process on a loaded server database, GET /listings/{id}/matches through app.inject for the
// benchmark's subjects (the same choice as http.ts), CPU of this process per request. Run it
// with --cpu-prof to see where that CPU goes; it is not affected by another process's load
// the way requests per second are.
//   DATABASE_URL=postgres://…/scratch node --import tsx [--cpu-prof] scripts/bench/match-inject.ts [--rounds 2]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { buildApp } from '../../src/app.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' }, subjects: { type: 'string', default: '1000' } } });
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: a server database loaded with synthetic listings');
const admin = 'match-inject-admin-key-0123456789abcdef';
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', ADMIN_API_KEY: admin, RATE_LIMIT_PER_MINUTE: '1000000' });
const database = await prepareDatabase(config);
const app = await buildApp({ config, database });
const officer = (
  await app.inject({
    method: 'POST', url: '/organisations', headers: { authorization: `Bearer ${admin}` },
    payload: { name: 'Inject officer', role: 'officer', contactEmail: 'inject@example.org' },
  })
).json().apiKey as string;
const ids = (
  await queryRows<{ id: string }>(
    database.db,
    sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT ${Number(values.subjects)}`,
  )
).map((r) => r.id);
const headers = { authorization: `Bearer ${officer}` };
// The first round warms the JIT and the prepared statements; later rounds are measured.
for (let round = 0; round < Number(values.rounds); round++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  for (const id of ids) {
    const res = await app.inject({ method: 'GET', url: `/listings/${id}/matches`, headers });
    if (res.statusCode !== 200) throw new Error(`${id}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    bytes += res.rawPayload.length;
  }
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000 / ids.length;
  console.log(`round ${round + 1}: ${ids.length} requests, ${ms.toFixed(2)} ms CPU each, ` +
    `${((performance.now() - started) / ids.length).toFixed(2)} ms wall each, ${Math.round(bytes / ids.length)} B each, ` +
    `heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
}
await app.close();
