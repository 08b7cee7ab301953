import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from './config.ts';
import { loadMaterialCatalogue } from './services/materials.ts';

/** Opens the configured engine, applies pending migrations and loads the reviewed seed data. */
export async function prepareDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolMax: config.dbPoolMax,
  });
  try {
    await migrate(database.db);
    await loadMaterialCatalogue(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/** Tables filled from db/seed at start-up rather than by users; tests keep them between cases. */
export const referenceTables = ['materials'] as const;
