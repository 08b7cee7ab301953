import { type Database, type DatabaseHandle, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from './config.ts';
import { getFactorSet, loadFactorSetSeeds } from './reference/factor-sets.ts';
import { loadMaterialCatalogue } from './reference/materials.ts';

/** Tables filled from db/seed at start-up rather than by users; tests keep them between cases. */
export const referenceTables = ['materials', 'factor_sets'] as const;

/** The reviewed reference data of db/seed: the material catalogue and the factor sets. */
export async function seedReferenceData(db: Database): Promise<void> {
  await loadMaterialCatalogue(db);
  await loadFactorSetSeeds(db);
}

/** Opens the configured engine, applies pending migrations and loads the reviewed seed data. */
export async function prepareDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolMax: config.dbPoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await migrate(database.db);
    await seedReferenceData(database.db);
    if (!(await getFactorSet(database.db, config.defaultFactorSet)))
      throw new Error(`DEFAULT_FACTOR_SET ${config.defaultFactorSet} is not a stored factor set`);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
