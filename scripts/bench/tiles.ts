// node --import tsx scripts/bench/tiles.ts [--size 100000] [--samples 200] [--reuse]
// Vector tile timings per zoom (z8-z14, tiles around randomly drawn active listings, so none is
// empty) and the size of the densest z8 tiles; then the same tiles narrowed to the drawn
// listing's first material (?material=, from the counts per point and material below z14). BENCH_DATABASE_URL: a server database it may wipe
// (the engine the targets are for); else an embedded PGlite in a temporary folder. Times are
// renderTile's (query and encoding), without HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { renderTile, type TileAddress } from '../../src/gis/tiles.ts';
import { loadSynthetic } from '../synthetic/load.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '200' },
    reuse: { type: 'boolean', default: false },
  },
});
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-bench-tiles-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db, engine } = database;
if (values.reuse && !url) throw new Error('--reuse needs BENCH_DATABASE_URL');
if (!values.reuse) {
  await db.execute(sql`TRUNCATE organisations CASCADE`);
  await loadSynthetic(db, Number(values.size));
}
if (engine === 'postgres') await db.execute(sql`ANALYZE listings`);

const HALF_WORLD = 20037508.342789244;
/** The z-level tiles holding `samples` random active listings' public points. */
async function sampleTiles(z: number, samples: number): Promise<(TileAddress & { material: string })[]> {
  const size = (2 * HALF_WORLD) / 2 ** z;
  return queryRows<TileAddress & { material: string }>(
    db,
    sql`SELECT ${z}::int AS z, material_code AS material, floor((ST_X(tile_point) + ${HALF_WORLD}) / ${size})::int AS x,
          floor((${HALF_WORLD} - ST_Y(tile_point)) / ${size})::int AS y
        FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY random() LIMIT ${samples}`,
  );
}

const [{ listings = 0, active = 0 } = {}] = await queryRows<{ listings: number; active: number }>(
  db,
  sql`SELECT count(*)::int AS listings, count(*) FILTER (WHERE status = 'active' AND expires_at > now())::int AS active FROM listings`,
);
const rows: string[] = [];
const results: Record<string, unknown> = {};
for (const filtered of [false, true]) {
  for (let z = 8; z <= 14; z++) {
    const tiles = await sampleTiles(z, Number(values.samples));
    const filterOf = (tile: { material: string }) => (filtered ? { material: tile.material } : {});
    const times: number[] = [];
    const sizes: number[] = [];
    for (const tile of tiles.slice(0, 5)) await renderTile(db, engine, 'listings', tile, filterOf(tile)); // warm
    for (const tile of tiles) {
      const started = performance.now();
      const bytes = await renderTile(db, engine, 'listings', tile, filterOf(tile));
      times.push(performance.now() - started);
      sizes.push(bytes.byteLength);
    }
    const t = summary(times);
    const kb = summary(sizes.map((s) => s / 1024));
    results[`z${z}${filtered ? '-material' : ''}`] = { ms: t, kB: kb };
    rows.push(`| ${z}${filtered ? ' ?material=' : ''} | ${t.n} | ${t.p50} / ${t.p95} / ${t.p99} | ${kb.p50} / ${kb.max} |`);
  }
}
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}; ${listings} listings, ${active} active.

| zoom | tiles | p50 / p95 / p99 ms | size p50 / max kB |
|---|---|---|---|
${rows.join('\n')}
`);
console.log(JSON.stringify({ listings, active, engine, results }));
