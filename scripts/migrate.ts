// npm run migrate: applies pending migrations and reloads seed data on the configured database.
import { prepareDatabase } from '../src/bootstrap.ts';
import { ConfigError, loadConfig } from '../src/config.ts';

try {
  const config = loadConfig();
  const database = await prepareDatabase(config);
  await database.close();
  console.log(`Migrated ${database.engine === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}.`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `Migration failed: ${(err as Error).message}`);
  process.exit(1);
}
