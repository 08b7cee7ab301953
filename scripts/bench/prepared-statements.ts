// PostgreSQL backend memory under many differently shaped searches: POST /matches/search with
// grades and constraints drawn at random from each material's catalogue (which properties, in
// which order, which values), against a service started here on a fresh server database. Every
// kept prepared statement and its cached plan lives in the backend that prepared it, so backend
// memory is what grows when statement texts are unbounded.
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/prepared-statements.ts [--searches 10000]
//     [--every 500] [--concurrency 4]    (the database is dropped and created afresh)
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { client, expect, freshServerDatabase, startService, stopService } from '../lib/service.ts';

const { values } = parseArgs({
  options: {
    searches: { type: 'string', default: '10000' },
    every: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '4' },
  },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database this script may drop and create');
const searches = Number(values.searches);

interface Property { name: string; kind: 'number' | 'category'; min?: number; max?: number; values?: string[] }
const catalogue = (
  JSON.parse(readFileSync(new URL('../../db/seed/materials.json', import.meta.url), 'utf8')) as {
    materials: { code: string; unit: 't' | 'm3'; properties: Property[] }[];
  }
).materials;

await freshServerDatabase(url);
const admin = randomBytes(24).toString('hex');
const service = await startService({
  DATABASE_URL: url,
  LOG_LEVEL: 'warn',
  ADMIN_API_KEY: admin,
  RATE_LIMIT_PER_MINUTE: '1000000',
});
const created = expect(
  await client(service.base, admin)('POST', '/organisations', { name: 'Bench firm', role: 'member', contactEmail: 'bench@example.org' }),
  201,
  'organisation',
).body as { apiKey: string };
const call = client(service.base, created.apiKey);

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;
/** A random subset of the properties, in a random order. */
const someOf = (properties: Property[]) => properties.filter(() => Math.random() < 0.5).sort(() => Math.random() - 0.5);
const valueOf = (p: Property) =>
  p.kind === 'category' ? pick(p.values ?? []) : Math.round(((p.min ?? 0) + Math.random() * ((p.max ?? 100) - (p.min ?? 0))) * 10) / 10;

function randomSearch() {
  const material = pick(catalogue);
  const kind = pick(['offer', 'want'] as const);
  const chosen = someOf(material.properties);
  const grade = kind === 'offer' ? Object.fromEntries(chosen.map((p) => [p.name, valueOf(p)])) : {};
  const accepts =
    kind === 'want'
      ? Object.fromEntries(
          chosen.map((p) => [p.name, p.kind === 'category' ? { oneOf: [valueOf(p), valueOf(p)] } : pick([{ max: valueOf(p) }, { min: p.min ?? 0 }])]),
        )
      : {};
  return {
    kind,
    material: material.code,
    grade,
    accepts,
    quantity: { amount: 100, unit: material.unit, rate: 'year' },
    maxHaulKm: 50,
    location: { type: 'Point', coordinates: [-2 + Math.random(), 52 + Math.random()] },
    strict: Math.random() < 0.5,
  };
}

// The service's own backends, read from the server's /proc (PostgreSQL runs on this machine).
const observer = postgres(url, { max: 1, onnotice: () => {} });
const kB = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
async function backends() {
  const rows = await observer<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'reuse-exchange'`;
  const sizes = rows.flatMap(({ pid }) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      // RssAnon: the backend's private memory (its caches); VmRSS adds the shared buffers it touched.
      return [{ anon: kB(status, 'RssAnon') / 1024, rss: kB(status, 'VmRSS') / 1024 }];
    } catch {
      return [];
    }
  });
  const total = (f: 'anon' | 'rss') => sizes.reduce((sum, s) => sum + s[f], 0);
  return {
    backends: sizes.length,
    anonMbTotal: Math.round(total('anon')),
    anonMbMax: Math.round(Math.max(0, ...sizes.map((s) => s.anon))),
    rssMbTotal: Math.round(total('rss')),
  };
}

const samples: object[] = [];
const started = performance.now();
let sent = 0;
let failures = 0;
const sample = async (searches: number) =>
  samples.push({ searches, seconds: Math.round((performance.now() - started) / 1000), ...(await backends()) });
await sample(0);
async function worker() {
  while (sent < searches) {
    const n = ++sent;
    const answer = await call('POST', '/matches/search', randomSearch());
    if (answer.status !== 200) {
      failures++;
      if (failures <= 3) console.error(answer.status, JSON.stringify(answer.body).slice(0, 300));
    }
    if (n % Number(values.every) === 0) await sample(n);
  }
}
await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
console.table(samples);
console.log(JSON.stringify({ searches, failures, seconds: Math.round((performance.now() - started) / 1000) }));
await observer.end();
await stopService(service, 'SIGTERM');
