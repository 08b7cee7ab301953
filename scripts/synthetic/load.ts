import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { generate, type SyntheticListing, type SyntheticOrganisation, type SyntheticSite } from './generate.ts';

// One statement per batch: the rows travel as a single JSON parameter, each row an array of its
// values in the order of the SELECT list (keys repeated on every row made the JSON twice the
// size and parsing it twice as slow), the same SQL on PGlite and PostgreSQL.
function rowsParam<T>(rows: T[], columns: readonly (keyof T)[]): SQL {
  return sql`jsonb_array_elements(${JSON.stringify(rows.map((row) => columns.map((c) => row[c])))}::jsonb)`;
}

export async function insertOrganisations(db: Database, rows: SyntheticOrganisation[]) {
  await db.execute(sql`INSERT INTO organisations (id, name, role, contact_email)
    SELECT (r->>0)::uuid, r->>1, 'member', 'synthetic@example.org'
    FROM ${rowsParam(rows, ['id', 'name'])} AS r`);
}

export async function insertSites(db: Database, rows: SyntheticSite[]) {
  await db.execute(sql`INSERT INTO sites (id, organisation_id, name, location)
    SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, ST_SetSRID(ST_MakePoint((r->>3)::float8, (r->>4)::float8), 4326)::geography
    FROM ${rowsParam(rows, ['id', 'organisationId', 'name', 'lon', 'lat'])} AS r`);
}

const LISTING_VALUES = [
  'id', 'organisationId', 'siteId', 'kind', 'materialCode', 'grade', 'accepts', 'quantityAmount', 'quantityUnit',
  'quantityRate', 'maxHaulKm', 'currentRoute', 'gateFeeGbpPerTonne', 'virginPriceGbpPerTonne', 'status',
  'expiresInDays', 'lon', 'lat',
] as const;

export async function insertListings(db: Database, rows: SyntheticListing[]) {
  await db.execute(sql`INSERT INTO listings (id, organisation_id, site_id, kind, material_code, grade, accepts,
      quantity_amount, quantity_unit, quantity_rate, max_haul_km, current_route, gate_fee_gbp_per_tonne,
      virgin_price_gbp_per_tonne, status, expires_at, location)
    SELECT (r->>0)::uuid, (r->>1)::uuid, (r->>2)::uuid, (r->>3)::listing_kind, r->>4, r->5, r->6,
      (r->>7)::float8, (r->>8)::quantity_unit, (r->>9)::listing_rate, (r->>10)::float8, (r->>11)::disposal_route,
      (r->>12)::float8, (r->>13)::float8, (r->>14)::listing_status, now() + make_interval(days => (r->>15)::int),
      ST_SetSRID(ST_MakePoint((r->>16)::float8, (r->>17)::float8), 4326)::geography
    FROM ${rowsParam(rows, LISTING_VALUES)} AS r`);
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

const LOADED_TABLES = sql.join(['organisations', 'sites', 'listings'].map((t) => sql`${t}`), sql`, `);

/**
 * The secondary indexes and foreign keys of the loaded tables, as statements that drop them and
 * statements that build them again. Indexes that back a constraint (primary keys) stay.
 */
async function deferrable(db: Database) {
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS definition
      FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename IN (${LOADED_TABLES})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
  );
  const foreignKeys = await queryRows<{ tableName: string; name: string; definition: string }>(
    db,
    sql`SELECT conrelid::regclass::text AS "tableName", conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint
      WHERE contype = 'f' AND conrelid::regclass::text IN (${LOADED_TABLES})`,
  );
  return { indexes, foreignKeys };
}

/**
 * A statement free of the service's STATEMENT_TIMEOUT_MS (its connections carry it): building an
 * index of a million listings takes longer than any request may.
 */
async function untimed(db: Database, statement: SQL) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(statement);
  });
}

/**
 * Generates and loads `size` listings with their firms and sites into a database without
 * listings; returns what it took. As PostgreSQL's "Populating a Database" advises, the tables'
 * secondary indexes and foreign keys are dropped for the load and built again after it, each
 * in one pass: inserting row by row into two GiST indexes and checking three foreign keys per
 * row was ~80 % of the time spent inserting. The time reported includes building them again.
 */
export async function loadSynthetic(db: Database, size: number, seed = 1, batchSize = 5000) {
  const [listings] = await queryRows<{ any: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM listings) AS any`);
  if (listings?.any) throw new Error('Synthetic data loads into a database without listings (gen:synthetic --replace empties it).');
  const started = performance.now();
  const data = generate(size, seed);
  const deferred = await deferrable(db);
  // What was dropped is what is built again, even when a drop or the load fails part way.
  const foreignKeys: typeof deferred.foreignKeys = [];
  const indexes: typeof deferred.indexes = [];
  try {
    for (const fk of deferred.foreignKeys) {
      await db.execute(sql.raw(`ALTER TABLE ${fk.tableName} DROP CONSTRAINT "${fk.name}"`));
      foreignKeys.push(fk);
    }
    for (const index of deferred.indexes) {
      await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
      indexes.push(index);
    }
    for (const batch of chunks(data.organisations, batchSize)) await insertOrganisations(db, batch);
    for (const batch of chunks(data.sites, batchSize)) await insertSites(db, batch);
    // Three writers share one lazy stream of batches: while two insert, the third generates.
    const batches = chunks(data.listings, batchSize);
    await Promise.all([1, 2, 3].map(async () => {
      for (const batch of batches) await insertListings(db, batch);
    }));
  } finally {
    // Builds of one table's indexes can run side by side (each holds a SHARE lock); adding a
    // foreign key cannot, so those follow one after the other.
    await Promise.all(indexes.map((index) => untimed(db, sql.raw(index.definition))));
    for (const fk of foreignKeys)
      await untimed(db, sql.raw(`ALTER TABLE ${fk.tableName} ADD CONSTRAINT "${fk.name}" ${fk.definition}`));
  }
  const seconds = (performance.now() - started) / 1000;
  await untimed(db, sql`ANALYZE`);
  const rows = size + data.organisations.length + data.sites.length;
  return { organisations: data.organisations.length, sites: data.sites.length, listings: size, seconds, rowsPerSecond: rows / seconds };
}
