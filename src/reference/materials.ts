import { readFile } from 'node:fs/promises';
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { materials } from '../../db/schema.ts';
import { type Material, materialCatalogueSchema } from '../../schemas/material.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { LIST_OF_WASTE } from '../compliance/reference-data.ts';

const seedFile = new URL('db/seed/materials.json', PROJECT_ROOT);

type MaterialRow = typeof materials.$inferSelect;

function toMaterial(row: MaterialRow): Material {
  return {
    code: row.code,
    name: row.name,
    category: row.category,
    unit: row.unit,
    densityTPerM3: row.densityTPerM3,
    description: row.description,
    ewcCodes: row.ewcCodes as Material['ewcCodes'],
    hazardous: row.hazardous,
    properties: row.properties as Material['properties'],
    substitutes: row.substitutes,
  };
}

export async function readCatalogueSeed() {
  return materialCatalogueSchema.parse(JSON.parse(await readFile(seedFile, 'utf8')));
}

/** A catalogue code with its List of Waste entry type; a code the reviewed list lacks stops start-up. */
function withEntryType(c: Material['ewcCodes'][number]): Material['ewcCodes'][number] {
  const entry = LIST_OF_WASTE.get(c.code);
  if (!entry || entry.hazardous !== c.hazardous)
    throw new Error(`db/seed/materials.json: ${c.code} is not in db/seed/compliance/list-of-waste.json with the same hazard`);
  return { ...c, entry: entry.entry, ...(entry.mirrorOf ? { mirrorOf: entry.mirrorOf } : {}) };
}

/**
 * Upserts the reviewed catalogue file, so editing db/seed/materials.json and restarting is how
 * the catalogue changes. Codes are never deleted: listings refer to them.
 */
export async function loadMaterialCatalogue(db: Database): Promise<number> {
  catalogues.delete(db);
  const { materials: entries } = await readCatalogueSeed();
  const values = entries.map((m) => ({ ...m, ewcCodes: m.ewcCodes.map(withEntryType), hazardous: m.ewcCodes.some((c) => c.hazardous) }));
  await db
    .insert(materials)
    .values(values)
    .onConflictDoUpdate({
      target: materials.code,
      set: {
        name: sql`excluded.name`,
        category: sql`excluded.category`,
        unit: sql`excluded.unit`,
        densityTPerM3: sql`excluded.density_t_per_m3`,
        description: sql`excluded.description`,
        ewcCodes: sql`excluded.ewc_codes`,
        hazardous: sql`excluded.hazardous`,
        properties: sql`excluded.properties`,
        substitutes: sql`excluded.substitutes`,
        updatedAt: sql`now()`,
      },
    });
  return values.length;
}

/**
 * The catalogue changes only when loadMaterialCatalogue runs at start-up, so it is read once per
 * database handle rather than on every match, listing and estimate (a round trip each).
 */
const catalogues = new WeakMap<Database, Promise<Material[]>>();

export function listMaterials(db: Database): Promise<Material[]> {
  let catalogue = catalogues.get(db);
  if (!catalogue) {
    catalogue = db
      .select()
      .from(materials)
      .orderBy(asc(materials.code))
      .then((rows) => rows.map(toMaterial));
    // A failed read is not remembered: the next call tries again.
    catalogue.catch(() => catalogues.delete(db));
    catalogues.set(db, catalogue);
  }
  return catalogue;
}

export async function getMaterial(db: Database, code: string): Promise<Material | null> {
  return (await listMaterials(db)).find((m) => m.code === code) ?? null;
}
