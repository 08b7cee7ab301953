import { readdir, readFile } from 'node:fs/promises';
import { asc, eq } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { factorSets } from '../../db/schema.ts';
import { type FactorSet, factorSetSchema } from '../../schemas/factor-set.ts';
import { ConfigurationFault, conflict } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const seedDir = new URL('db/seed/factor-sets/', PROJECT_ROOT);

/**
 * Stores each reviewed set of db/seed/factor-sets that is not stored yet. Sets are immutable:
 * a changed figure belongs in a new set with a new id, never in an edit of an old one.
 */
export async function loadFactorSetSeeds(db: Database): Promise<number> {
  const files = (await readdir(seedDir)).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const set = factorSetSchema.parse(JSON.parse(await readFile(new URL(file, seedDir), 'utf8')));
    await db.insert(factorSets).values(set).onConflictDoNothing();
  }
  return files.length;
}

// Sets never change once stored, so a process may keep the ones it has read.
const cache = new Map<string, FactorSet>();

export async function getFactorSet(db: Database, id: string): Promise<FactorSet | null> {
  const cached = cache.get(id);
  if (cached) return cached;
  const [row] = await db.select().from(factorSets).where(eq(factorSets.id, id));
  if (!row) return null;
  const set = factorSetSchema.parse({
    id: row.id,
    name: row.name,
    description: row.description,
    factors: row.factors,
    materials: row.materials,
  });
  cache.set(id, set);
  return set;
}

/** The set a setting names (DEFAULT_FACTOR_SET); its absence is the deployment's fault. */
export async function configuredFactorSet(db: Database, id: string): Promise<FactorSet> {
  const set = await getFactorSet(db, id);
  if (!set) throw new ConfigurationFault(`The configured factor set ${id} is missing.`);
  return set;
}

export async function listFactorSets(db: Database) {
  const rows = await db
    .select({ id: factorSets.id, name: factorSets.name, description: factorSets.description, createdAt: factorSets.createdAt })
    .from(factorSets)
    .orderBy(asc(factorSets.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function createFactorSet(db: Database, p: Principal, set: FactorSet): Promise<FactorSet> {
  return inTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(factorSets)
      .values({ ...set, createdByOrganisationId: p.organisationId })
      .onConflictDoNothing()
      .returning({ id: factorSets.id });
    if (!inserted.length) throw conflict(`Factor set ${set.id} exists and is immutable; give the new set another id.`);
    await recordAudit(tx, p, 'create', { type: 'factor-set', id: set.id }, null, { id: set.id, name: set.name });
    return set;
  });
}
