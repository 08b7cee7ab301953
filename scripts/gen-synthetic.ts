// Loads a deterministic synthetic data set into the configured database (DATABASE_URL, else the
// PGlite in DATA_DIR): npm run gen:synthetic -- --size 100000 [--seed 1] [--replace]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { generate, type SyntheticListing } from './synthetic/generate.ts';
import { insertListings, insertOrganisations, insertSites } from './synthetic/load.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    replace: { type: 'boolean', default: false },
    batch: { type: 'string', default: '5000' },
  },
});
const size = Number(values.size);
const batchSize = Number(values.batch);

const database = await prepareDatabase(loadConfig());
const { db } = database;
if (values.replace) await db.execute(sql`TRUNCATE organisations CASCADE`);

const started = performance.now();
const data = generate(size, Number(values.seed));
for (let i = 0; i < data.organisations.length; i += batchSize)
  await insertOrganisations(db, data.organisations.slice(i, i + batchSize));
for (let i = 0; i < data.sites.length; i += batchSize) await insertSites(db, data.sites.slice(i, i + batchSize));
// Two batches in flight keep both cores busy: one generating and parsing, one inserting.
let batch: SyntheticListing[] = [];
const inFlight: Promise<void>[] = [];
for (const listing of data.listings) {
  batch.push(listing);
  if (batch.length === batchSize) {
    inFlight.push(insertListings(db, batch));
    batch = [];
    if (inFlight.length >= 2) await inFlight.shift();
  }
}
if (batch.length) inFlight.push(insertListings(db, batch));
await Promise.all(inFlight);
const loadSeconds = (performance.now() - started) / 1000;
await db.execute(sql`ANALYZE`);
const rows = size + data.organisations.length + data.sites.length;
console.log(
  `${database.engine}: ${data.organisations.length} organisations, ${data.sites.length} sites, ${size} listings ` +
    `in ${loadSeconds.toFixed(1)} s (${Math.round(rows / loadSeconds)} rows/s)`,
);
await database.close();
