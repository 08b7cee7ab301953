import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { postgis } from '@electric-sql/pglite-postgis';

const t0 = Date.now();
const db = new PGlite({ extensions: { postgis, btree_gist } });
await db.exec('create extension if not exists postgis; create extension if not exists btree_gist;');
console.log('ext', Date.now() - t0);
const r = await db.query(
  `select ST_Distance('SRID=4326;POINT(-1.89 52.48)'::geography, 'SRID=4326;POINT(-1.47 53.38)'::geography) d, postgis_full_version() v, version()`,
);
console.log(r.rows, Date.now() - t0, process.memoryUsage().rss / 1e6);
const t1 = Date.now();
const dump = await db.dumpDataDir('gzip');
console.log('dump', Date.now() - t1, dump.size);
const t2 = Date.now();
const db2 = new PGlite({ loadDataDir: dump, extensions: { postgis, btree_gist } });
await db2.waitReady;
console.log(
  (await db2.query(`select ST_AsText(ST_MakePoint(1,2))`)).rows,
  'load',
  Date.now() - t2,
  process.memoryUsage().rss / 1e6,
);
