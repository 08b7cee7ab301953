import { sql } from 'drizzle-orm';
import { type Database, queryPreparedRows } from '../../db/client.ts';
import { listedMaterials } from '../../schemas/listed-materials.ts';
import type { MatchSearch } from '../../schemas/matching.ts';
import type { ListingColumns } from '../listings/columns.ts';
import { EFFECTIVE_STATUS } from '../listings/listings.ts';
import type { DisposalRoute, ListingKind, QuantityUnit } from '../reference/enums.ts';
import type { Accepts, Grade } from './grade-checks.ts';
import type { Rate } from './quantity.ts';

/** What to find counterparts for: a stored listing, or an ad hoc would-be listing. */
export interface MatchSubject {
  kind: ListingKind;
  /** Candidates of this organisation are left out: a firm does not trade with itself. */
  organisationId: string | null;
  materialCode: string;
  /** Wants: the materials accepted besides materialCode ("foundry sand or silica sand"). */
  otherMaterials?: string[];
  grade: Grade;
  accepts: Accepts;
  quantity: { amount: number; unit: QuantityUnit; rate: Rate };
  availableFrom: string | null;
  availableUntil: string | null;
  maxHaulKm: number;
  lon: number;
  lat: number;
  /** Offers: where the material goes today and at what gate fee. */
  currentRoute?: DisposalRoute | null;
  gateFeeGbpPerTonne?: number | null;
  /** Wants: what the firm pays for virgin material now. */
  virginPriceGbpPerTonne?: number | null;
}

/** A stored listing as a subject, with the status it reads as (an active one past expiry: expired). */
export interface StoredSubject extends MatchSubject {
  listingId: string;
  status: string;
}

/** The matching subject for a stored listing, or null when there is no such listing. */
export async function listingSubject(db: Database, listingId: string): Promise<StoredSubject | null> {
  const [row] = await queryPreparedRows<ListingColumns & { status: string }>(
    db,
    sql`SELECT l.id, l.organisation_id, l.site_id, l.version, l.kind, l.material_code, l.other_materials, l.grade, l.accepts,
          l.quantity_amount, l.quantity_unit, l.quantity_rate,
          l.available_from::text AS available_from, l.available_until::text AS available_until,
          l.max_haul_km, l.current_route, l.gate_fee_gbp_per_tonne, l.virgin_price_gbp_per_tonne,
          ${EFFECTIVE_STATUS} AS status,
          ST_X(l.location::geometry) AS lon, ST_Y(l.location::geometry) AS lat
        FROM listings l WHERE l.id = ${listingId}`,
  );
  return row ? { ...subjectFromRow(row), listingId: row.id, status: row.status } : null;
}

/** A listing's row as a matching subject (matching, and the optimiser's walks). */
export function subjectFromRow(row: Omit<ListingColumns, 'site_id' | 'version'>): MatchSubject {
  return {
    kind: row.kind,
    organisationId: row.organisation_id,
    materialCode: row.material_code,
    otherMaterials: row.kind === 'want' ? (row.other_materials ?? []) : [],
    grade: row.grade,
    accepts: row.accepts,
    quantity: { amount: Number(row.quantity_amount), unit: row.quantity_unit, rate: row.quantity_rate },
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    maxHaulKm: Number(row.max_haul_km),
    lon: Number(row.lon),
    lat: Number(row.lat),
    currentRoute: row.current_route,
    gateFeeGbpPerTonne: row.gate_fee_gbp_per_tonne,
    virginPriceGbpPerTonne: row.virgin_price_gbp_per_tonne,
  };
}

/** The subject of an ad hoc search: the would-be listing of the searching organisation. */
export function searchSubject(
  body: Omit<MatchSearch, 'strict' | 'limit' | 'cursor'>,
  organisationId: string | null,
): MatchSubject {
  const [lon, lat] = body.location.coordinates;
  const [materialCode = '', ...otherMaterials] = listedMaterials(body);
  return {
    kind: body.kind,
    organisationId,
    materialCode,
    otherMaterials,
    grade: body.grade,
    accepts: body.accepts,
    quantity: body.quantity,
    availableFrom: body.availableFrom ?? null,
    availableUntil: body.availableUntil ?? null,
    maxHaulKm: body.maxHaulKm,
    lon,
    lat,
    currentRoute: body.currentRoute?.route ?? null,
    gateFeeGbpPerTonne: body.currentRoute?.gateFeeGbpPerTonne ?? null,
    virginPriceGbpPerTonne: body.virginPriceGbpPerTonne ?? null,
  };
}
