import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { generate, type SyntheticListing, type SyntheticOrganisation, type SyntheticSite } from './generate.ts';

// One statement per batch: the rows travel as a single JSON parameter and jsonb_to_recordset
// turns them back into typed columns, the same SQL on PGlite and PostgreSQL.

export async function insertOrganisations(db: Database, rows: SyntheticOrganisation[]) {
  await db.execute(sql`INSERT INTO organisations (id, name, role, contact_email)
    SELECT id, name, 'member', 'synthetic@example.org'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t(id uuid, name text)`);
}

export async function insertSites(db: Database, rows: SyntheticSite[]) {
  await db.execute(sql`INSERT INTO sites (id, organisation_id, name, location)
    SELECT id, "organisationId", name, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS t(id uuid, "organisationId" uuid, name text, lon float8, lat float8)`);
}

export async function insertListings(db: Database, rows: SyntheticListing[]) {
  await db.execute(sql`INSERT INTO listings (id, organisation_id, site_id, kind, material_code, grade, accepts,
      quantity_amount, quantity_unit, quantity_rate, max_haul_km, current_route, gate_fee_gbp_per_tonne,
      virgin_price_gbp_per_tonne, status, expires_at, location)
    SELECT id, "organisationId", "siteId", kind, "materialCode", grade, accepts,
      "quantityAmount", "quantityUnit", "quantityRate", "maxHaulKm", "currentRoute", "gateFeeGbpPerTonne",
      "virginPriceGbpPerTonne", status, now() + make_interval(days => "expiresInDays"),
      ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t(
      id uuid, "organisationId" uuid, "siteId" uuid, kind listing_kind, "materialCode" text, grade jsonb,
      accepts jsonb, "quantityAmount" float8, "quantityUnit" quantity_unit, "quantityRate" listing_rate,
      "maxHaulKm" float8, "currentRoute" disposal_route, "gateFeeGbpPerTonne" float8,
      "virginPriceGbpPerTonne" float8, status listing_status, "expiresInDays" int, lon float8, lat float8)`);
}

/** Generates and loads `size` listings with their firms and sites; returns what it took. */
export async function loadSynthetic(db: Database, size: number, seed = 1, batchSize = 5000) {
  const started = performance.now();
  const data = generate(size, seed);
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
  const seconds = (performance.now() - started) / 1000;
  await db.execute(sql`ANALYZE`);
  const rows = size + data.organisations.length + data.sites.length;
  return { organisations: data.organisations.length, sites: data.sites.length, listings: size, seconds, rowsPerSecond: rows / seconds };
}
