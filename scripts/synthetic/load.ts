import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { SyntheticListing, SyntheticOrganisation, SyntheticSite } from './generate.ts';

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
