// node --import tsx scripts/bench/ogc-items.ts [--size 100000] [--samples 1000] [--reuse]
// OGC API items with a bbox: the latency of one page (service and GeoJSON document, as
// /ogc/collections/listings/items answers) for boxes around random active listings, at two
// sizes: a town (0.1° × 0.1°, ~7 × 11 km) and a region (1° × 1°). BENCH_DATABASE_URL: a server
// database it may wipe (else an embedded PGlite in a temporary folder). Prints a Markdown row
// for docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { CRS84 } from '../../src/gis/crs.ts';
import { itemsPage } from '../../src/gis/documents.ts';
import { getItems } from '../../src/gis/features.ts';
import { loadSynthetic } from '../synthetic/load.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '100' },
    reuse: { type: 'boolean', default: false },
  },
});
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-bench-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db } = database;
if (values.reuse && !url) throw new Error('--reuse needs BENCH_DATABASE_URL');
if (!values.reuse) {
  await db.execute(sql`TRUNCATE organisations CASCADE`);
  await loadSynthetic(db, Number(values.size));
}
await db.execute(sql`ANALYZE listings`);

const [{ listings, active } = { listings: 0, active: 0 }] = await queryRows<{ listings: number; active: number }>(
  db,
  sql`SELECT count(*)::int AS listings, (count(*) FILTER (WHERE status = 'active' AND expires_at > now()))::int AS active FROM listings`,
);
// A fixed sample of centres: the same boxes on every run over the same data.
const centres = await queryRows<{ x: number; y: number }>(
  db,
  sql`SELECT ST_X(public_location::geometry) AS x, ST_Y(public_location::geometry) AS y
      FROM listings WHERE status = 'active' ORDER BY md5(id::text) LIMIT ${Number(values.samples)}`,
);

async function measure(half: number) {
  const times: number[] = [];
  let returned = 0;
  let counted = 0;
  for (const { x, y } of centres) {
    const [cx, cy] = [Number(x), Number(y)];
    const bbox = { crs: CRS84, minX: cx - half, minY: cy - half, maxX: cx + half, maxY: cy + half } as const;
    const t0 = performance.now();
    const page = await getItems(db, 'listings', { limit: Number(values.limit), crs: CRS84, bbox });
    itemsPage('http://localhost/ogc', 'listings', 'http://localhost/ogc/collections/listings/items', page, 'json');
    times.push(performance.now() - t0);
    returned += page.features.length;
    if (page.numberMatched === null) counted++;
  }
  return { ...summary(times), meanReturned: Math.round(returned / centres.length), uncounted: counted };
}

await measure(0.05); // warm-up
const town = await measure(0.05);
const region = await measure(0.5);
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const engine = url ? 'PostgreSQL (server)' : 'PGlite (embedded)';
console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}; limit ${values.limit}.

| listings | active | box | p50 / p95 / p99 ms | max ms | features a page (mean) | pages without numberMatched |
|---|---|---|---|---|---|---|
| ${listings} | ${active} | 0.1° × 0.1° | ${town.p50} / ${town.p95} / ${town.p99} | ${town.max} | ${town.meanReturned} | ${town.uncounted} of ${town.n} |
| ${listings} | ${active} | 1° × 1° | ${region.p50} / ${region.p95} / ${region.p99} | ${region.max} | ${region.meanReturned} | ${region.uncounted} of ${region.n} |
`);
