import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator';
import { type Database, queryRows } from './client.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { prepareQueue } from '../src/notifications/queue.ts';

export const migrationsFolder = fileURLToPath(new URL('db/migrations', PROJECT_ROOT));

// Any constant will do; it only has to be the same for every instance of this service.
const MIGRATION_LOCK_KEY = 7_412_019_311;

let cached: MigrationMeta[] | undefined;
function migrationFiles(): MigrationMeta[] {
  cached ??= readMigrationFiles({ migrationsFolder });
  return cached;
}

/**
 * Applies the committed drizzle-kit migrations in one transaction under an advisory lock, so two
 * instances starting together apply each migration once and a failed one leaves nothing behind.
 * The bookkeeping table is drizzle's own, so drizzle-kit tools still read it.
 */
export async function migrate(db: Database): Promise<{ applied: number }> {
  const files = migrationFiles();
  const result = await db.transaction(async (tx) => {
    // Request work has a statement timeout; a migration over a large table may take longer.
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`CREATE SCHEMA IF NOT EXISTS drizzle`);
    await tx.execute(
      sql`CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
    );
    const done = await queryRows<{ created_at: string | number }>(
      tx as unknown as Database,
      sql`SELECT created_at FROM drizzle.__drizzle_migrations`,
    );
    const appliedAt = new Set(done.map((r) => Number(r.created_at)));
    let applied = 0;
    for (const migration of files) {
      if (appliedAt.has(migration.folderMillis)) continue;
      for (const statement of migration.sql) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${migration.hash}, ${migration.folderMillis})`,
      );
      applied++;
    }
    return { applied };
  });
  // pg-boss keeps its own schema and versions it itself (under its own advisory lock).
  await prepareQueue(db);
  return result;
}

/** The migrations in the folder that the database has not applied yet. */
export async function pendingMigrations(db: Database): Promise<number> {
  const files = migrationFiles();
  const done = await queryRows<{ created_at: string | number }>(
    db,
    sql`SELECT created_at FROM drizzle.__drizzle_migrations`,
  );
  const appliedAt = new Set(done.map((r) => Number(r.created_at)));
  return files.filter((m) => !appliedAt.has(m.folderMillis)).length;
}
