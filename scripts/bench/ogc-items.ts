// node --import tsx scripts/bench/ogc-items.ts [--size 100000] [--samples 1000] [--reuse]
// OGC API items with a bbox: the latency of one page (service and GeoJSON document, as
// /ogc/collections/listings/items answers) for boxes around random active listings, at four
// sizes from a village (0.02° × 0.02°) to a region (1° × 1°): the first page, and the page its
// `next` cursor leads to. BENCH_DATABASE_URL: a server
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
import { getItems, type ItemsQuery } from '../../src/gis/features.ts';
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
  const nextTimes: number[] = [];
  let returned = 0;
  let counted = 0;
  let matched = 0;
  for (const { x, y } of centres) {
    const [cx, cy] = [Number(x), Number(y)];
    const bbox = { crs: CRS84, minX: cx - half, minY: cy - half, maxX: cx + half, maxY: cy + half } as const;
    const query: ItemsQuery = { limit: Number(values.limit), crs: CRS84, bbox };
    const t0 = performance.now();
    const page = await getItems(db, 'listings', query);
    itemsPage('http://localhost/ogc', 'listings', 'http://localhost/ogc/collections/listings/items', page, 'json');
    times.push(performance.now() - t0);
    returned += page.features.length;
    if (page.numberMatched === null) counted++;
    else matched += page.numberMatched;
    if (page.next) {
      const t1 = performance.now();
      const next = await getItems(db, 'listings', { ...query, cursor: page.next });
      itemsPage('http://localhost/ogc', 'listings', 'http://localhost/ogc/collections/listings/items', next, 'json');
      nextTimes.push(performance.now() - t1);
    }
  }
  return {
    ...summary(times),
    next: summary(nextTimes),
    meanReturned: Math.round(returned / centres.length),
    meanMatched: centres.length > counted ? Math.round(matched / (centres.length - counted)) : null,
    uncounted: counted,
  };
}

const SIZES = [0.02, 0.1, 0.3, 1];
await measure(0.05); // warm-up
const results = [];
for (const size of SIZES) results.push({ size, ...(await measure(size / 2)) });
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const engine = url ? 'PostgreSQL (server)' : 'PGlite (embedded)';
console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}; limit ${values.limit}.

| listings | active | box | first page p50 / p95 / p99 ms | max ms | next page p50 / p95 / p99 ms | features a page (mean) | numberMatched (mean) | pages without numberMatched |
|---|---|---|---|---|---|---|---|---|
${results
  .map(
    (r) =>
      `| ${listings} | ${active} | ${r.size}° × ${r.size}° | ${r.p50} / ${r.p95} / ${r.p99} | ${r.max} | ${r.next.p50} / ${r.next.p95} / ${r.next.p99} (${r.next.n}) | ${r.meanReturned} | ${r.meanMatched ?? '–'} | ${r.uncounted} of ${r.n} |`,
  )
  .join('\n')}
`);
