import { randomUUID } from 'node:crypto';
import { distance } from '@turf/turf';
import { parse as parseCsv } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import {
  type CreateListing,
  createListingSchema,
  type ImportMode,
  type ListingImportReport,
  type RowErrors,
} from '../../schemas/listing.ts';
import { FileError, type ImportRow, rowsFromCsv, rowsFromFeatureCollection } from '../domain/listings/import-rows.ts';
import type { MaterialDefinition } from '../domain/listings/validate.ts';
import { badRequest, HttpProblem } from '../errors.ts';
import type { Principal } from './api-keys.ts';
import { listingProblems } from './listings.ts';
import { listMaterials } from './materials.ts';
import { ownOrganisation } from './sites.ts';

export type ImportFile = { format: 'csv'; text: string } | { format: 'geojson'; document: unknown };

/** How far a GeoJSON feature's point may lie from its site: listings are placed at their site. */
const MAX_SITE_OFFSET_KM = 1;
/** Rows per INSERT: one jsonb parameter each, well inside any statement limit. */
const CHUNK = 1000;

interface ValidRow {
  row: number;
  id: string;
  listing: CreateListing;
}

function readRows(file: ImportFile, materials: ReadonlyMap<string, MaterialDefinition>): ImportRow[] {
  try {
    if (file.format === 'geojson') return rowsFromFeatureCollection(file.document);
    let records: string[][];
    try {
      records = parseCsv(file.text, { bom: true, skip_empty_lines: true, relax_column_count: true });
    } catch (error) {
      throw new FileError('body', `is not readable CSV: ${(error as Error).message}`);
    }
    return rowsFromCsv(records, materials);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (/limit is/.test(error.message))
      throw new HttpProblem(413, `${error.path}: ${error.message}`, { type: 'too-many-rows' });
    throw badRequest(error.path, error.message);
  }
}

/**
 * Validates every row as POST /listings would, plus site ownership and (GeoJSON) the point's
 * distance from the site, and reports every problem of every row at once.
 */
function validate(
  rows: ImportRow[],
  materials: ReadonlyMap<string, MaterialDefinition>,
  sites: ReadonlyMap<string, { name: string; lon: number; lat: number }>,
): { valid: ValidRow[]; rejected: RowErrors[] } {
  const valid: ValidRow[] = [];
  const rejected: RowErrors[] = [];
  for (const { row, body, point, readErrors } of rows) {
    const errors = [...(readErrors ?? [])];
    const parsed = createListingSchema.safeParse(body);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'row', message: i.message })));
    } else {
      const listing = parsed.data;
      const material = materials.get(listing.material);
      if (!material) errors.push({ path: 'material', message: `unknown material ${listing.material}; see GET /materials` });
      else errors.push(...listingProblems(material, listing).map(({ path, message }) => ({ path, message })));
      const site = sites.get(listing.siteId);
      if (!site) errors.push({ path: 'siteId', message: 'is not one of your sites' });
      else if (point) {
        const km = distance([site.lon, site.lat], point, { units: 'kilometers' });
        if (km > MAX_SITE_OFFSET_KM)
          errors.push({ path: 'geometry', message: `is ${km.toFixed(1)} km from site "${site.name}"; listings are placed at their site` });
      }
      if (!errors.length) valid.push({ row, id: randomUUID(), listing });
    }
    if (errors.length) rejected.push({ row, errors });
  }
  return { valid, rejected };
}

/** One statement per chunk: the listings and their audit entries, located at their sites. */
async function insertChunk(tx: Database, p: Principal, organisationId: string, chunk: ValidRow[], ttlDays: number) {
  const records = chunk.map(({ id, listing: l }) => ({
    id,
    site_id: l.siteId,
    kind: l.kind,
    material_code: l.material,
    grade: l.grade ?? {},
    accepts: l.accepts ?? {},
    quantity_amount: l.quantity.amount,
    quantity_unit: l.quantity.unit,
    quantity_rate: l.quantity.rate,
    available_from: l.availableFrom ?? null,
    available_until: l.availableUntil ?? null,
    max_haul_km: l.maxHaulKm,
    current_route: l.currentRoute?.route ?? null,
    gate_fee_gbp_per_tonne: l.currentRoute?.gateFeeGbpPerTonne ?? null,
    virgin_price_gbp_per_tonne: l.virginPriceGbpPerTonne ?? null,
    status: l.status,
    body: l,
  }));
  const [result] = await queryRows<{ n: number }>(
    tx,
    sql`WITH r AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
          id uuid, site_id uuid, kind listing_kind, material_code text, grade jsonb, accepts jsonb,
          quantity_amount float8, quantity_unit quantity_unit, quantity_rate listing_rate,
          available_from date, available_until date, max_haul_km float8, current_route disposal_route,
          gate_fee_gbp_per_tonne float8, virgin_price_gbp_per_tonne float8, status listing_status, body jsonb)
      ), inserted AS (
        INSERT INTO listings (id, organisation_id, site_id, kind, material_code, grade, accepts,
          quantity_amount, quantity_unit, quantity_rate, available_from, available_until, max_haul_km,
          current_route, gate_fee_gbp_per_tonne, virgin_price_gbp_per_tonne, status, expires_at, location)
        SELECT r.id, ${organisationId}, r.site_id, r.kind, r.material_code, r.grade, r.accepts,
          r.quantity_amount, r.quantity_unit, r.quantity_rate, r.available_from, r.available_until, r.max_haul_km,
          r.current_route, r.gate_fee_gbp_per_tonne, r.virgin_price_gbp_per_tonne, r.status,
          now() + make_interval(days => ${ttlDays}), s.location
        FROM r JOIN sites s ON s.id = r.site_id AND s.organisation_id = ${organisationId}
        RETURNING id
      ), audited AS (
        INSERT INTO audit_log (actor_organisation_id, actor_key_id, action, entity_type, entity_id, before, after)
        SELECT ${organisationId}, ${p.keyId}::uuid, 'import', 'listing', i.id::text, NULL, r.body
        FROM inserted i JOIN r ON r.id = i.id
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM audited`,
  );
  // A site deleted between validation and insert would drop rows silently; refuse instead.
  if (Number(result?.n) !== chunk.length)
    throw new HttpProblem(409, 'A site named in the file changed during the import; nothing was imported.', {
      type: 'conflict',
    });
}

/**
 * Imports listings from a CSV or GeoJSON file. all-or-nothing: any invalid row refuses the
 * whole file with its report; valid-only: the valid rows are imported and the rest reported.
 * Either way the rows that are written are written in one transaction.
 */
export async function importListings(
  db: Database,
  p: Principal,
  file: ImportFile,
  mode: ImportMode,
  ttlDays: number,
): Promise<ListingImportReport> {
  const organisationId = ownOrganisation(p);
  const materials = new Map((await listMaterials(db)).map((m) => [m.code, m as MaterialDefinition]));
  const rows = readRows(file, materials);
  const siteRows = await queryRows<{ id: string; name: string; lon: number; lat: number }>(
    db,
    sql`SELECT id, name, ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat
        FROM sites WHERE organisation_id = ${organisationId}`,
  );
  const sites = new Map(siteRows.map((s) => [s.id, { name: s.name, lon: Number(s.lon), lat: Number(s.lat) }]));
  const { valid, rejected } = validate(rows, materials, sites);

  if (rejected.length && (mode === 'all-or-nothing' || !valid.length)) {
    const first = rejected[0]?.errors[0];
    throw new HttpProblem(
      422,
      `${rejected.length} of ${rows.length} rows are invalid; nothing was imported. ` +
        `First: row ${rejected[0]?.row}, ${first?.path}: ${first?.message}`,
      { type: 'import-rejected', title: 'Import rejected', extensions: { received: rows.length, rejectedRows: rejected } },
    );
  }
  await inTransaction(db, async (tx) => {
    for (let i = 0; i < valid.length; i += CHUNK)
      await insertChunk(tx, p, organisationId, valid.slice(i, i + CHUNK), ttlDays);
  });
  return {
    mode,
    received: rows.length,
    imported: valid.length,
    rejected: rejected.length,
    listings: valid.map(({ row, id }) => ({ row, id })),
    rejectedRows: rejected,
  };
}
