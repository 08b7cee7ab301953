// Loads a deterministic synthetic data set into the configured database (DATABASE_URL, else the
// PGlite in DATA_DIR): npm run gen:synthetic -- --size 100000 [--seed 1] [--replace]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { loadSynthetic } from './synthetic/load.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    replace: { type: 'boolean', default: false },
    batch: { type: 'string', default: '5000' },
  },
});

const database = await prepareDatabase(loadConfig());
if (values.replace) await database.db.execute(sql`TRUNCATE organisations CASCADE`);
const r = await loadSynthetic(database.db, Number(values.size), Number(values.seed), Number(values.batch));
console.log(
  `${database.engine}: ${r.organisations} organisations, ${r.sites} sites, ${r.listings} listings ` +
    `in ${r.seconds.toFixed(1)} s (${Math.round(r.rowsPerSecond)} rows/s)`,
);
await database.close();
