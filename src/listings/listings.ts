import { eq, type SQL, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { enqueueFanOut } from '../notifications/queue.ts';
import { exchanges, listings, sites } from '../../db/schema.ts';
import type {
  CreateListing,
  FullListing,
  ListingSearchQuery,
  ListingView,
  UpdateListing,
} from '../../schemas/listing.ts';
import { listedMaterials } from '../../schemas/listed-materials.ts';
import { checkListingContent, type MaterialDefinition } from './validate.ts';
import { generaliseLocation } from './location.ts';
import { type ExpectedVersion, VersionMismatch, versionToReplace } from './versions.ts';
import { postcodeDistrict } from './postcode.ts';
import { badRequest, conflict, forbidden, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { ListingColumns } from './columns.ts';
import { getMaterial } from '../reference/materials.ts';
import { ownOrganisation } from './sites.ts';
import { classificationColumns, classificationView, type StoredClassification } from '../compliance/listing-classification.ts';

const iso = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * An active listing past the end of its availability reads as ended, and one past its expiry as
 * expired, everywhere; no job has to flip them. Ended comes first: renewing would not revive it.
 * The day ends as matching's does (current_date).
 */
export const EFFECTIVE_STATUS = sql`CASE WHEN l.status = 'active' AND l.available_until < current_date THEN 'ended'
  WHEN l.status = 'active' AND l.expires_at <= now() THEN 'expired' ELSE l.status::text END`;

interface ListingRow extends Omit<ListingColumns, 'accepts'>, StoredClassification {
  accepts: FullListing['accepts'];
  description: string | null;
  other_materials: string[];
  category: FullListing['category'];
  status: FullListing['status'];
  expires_at: string;
  created_at: string;
  updated_at: string;
  organisation_name: string;
  contact_email: string;
  contact_name: string | null;
  contact_phone: string | null;
  site_name: string;
  address: string | null;
  postcode: string | null;
  /** created_at to the microsecond, for keyset cursors */
  created_key: string;
  distance_m?: number;
  replaces_supply: FullListing['replacesSupply'];
}

const LISTING_COLUMNS = sql`l.id, l.kind, l.material_code, m.category, l.grade, l.accepts,
    l.quantity_amount, l.quantity_unit, l.quantity_rate,
    l.available_from::text AS available_from, l.available_until::text AS available_until,
    l.max_haul_km, l.current_route, l.gate_fee_gbp_per_tonne, l.virgin_price_gbp_per_tonne, l.replaces_supply,
    l.description, l.other_materials,
    ${EFFECTIVE_STATUS} AS status, l.version, l.waste_status, l.ewc_code, l.hazardous, l.classification,
    ${iso(sql`l.expires_at`)} AS expires_at, ${iso(sql`l.created_at`)} AS created_at, ${iso(sql`l.updated_at`)} AS updated_at,
    ST_X(l.location::geometry) AS lon, ST_Y(l.location::geometry) AS lat,
    l.organisation_id, o.name AS organisation_name, o.contact_email, o.contact_name, o.contact_phone,
    l.site_id, s.name AS site_name, s.address, s.postcode,
    to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key`;
const LISTING_FROM = sql`FROM listings l
  JOIN materials m ON m.code = l.material_code
  JOIN organisations o ON o.id = l.organisation_id
  JOIN sites s ON s.id = l.site_id`;

function toFull(r: ListingRow): FullListing {
  return {
    ...common(r),
    visibility: 'full',
    location: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    postcodeDistrict: postcodeDistrict(r.postcode),
    version: r.version,
    organisationId: r.organisation_id,
    organisation: {
      id: r.organisation_id,
      name: r.organisation_name,
      contactEmail: r.contact_email,
      contactName: r.contact_name,
      contactPhone: r.contact_phone,
    },
    siteId: r.site_id,
    site: { id: r.site_id, name: r.site_name, address: r.address, postcode: r.postcode },
    currentRoute: r.current_route
      ? {
          route: r.current_route,
          ...(r.gate_fee_gbp_per_tonne !== null ? { gateFeeGbpPerTonne: Number(r.gate_fee_gbp_per_tonne) } : {}),
        }
      : null,
    virginPriceGbpPerTonne: r.virgin_price_gbp_per_tonne === null ? null : Number(r.virgin_price_gbp_per_tonne),
    replacesSupply: r.replaces_supply,
  };
}

function common(r: ListingRow) {
  return {
    id: r.id,
    kind: r.kind,
    material: r.material_code,
    materials: [r.material_code, ...r.other_materials],
    description: r.description,
    category: r.category,
    grade: r.grade,
    accepts: r.accepts,
    quantity: { amount: Number(r.quantity_amount), unit: r.quantity_unit, rate: r.quantity_rate },
    availableFrom: r.available_from,
    availableUntil: r.available_until,
    maxHaulKm: Number(r.max_haul_km),
    status: r.status,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...classificationView(r),
    ...(r.distance_m !== undefined ? { distanceKm: Number(r.distance_m) / 1000 } : {}),
  };
}

/** The listing as this caller may see it; other members get the public form only. */
function view(p: Principal, r: ListingRow): ListingView {
  if (isOfficer(p) || r.organisation_id === p.organisationId) return toFull(r);
  return {
    ...common(r),
    visibility: 'public',
    location: { type: 'Point', coordinates: generaliseLocation([Number(r.lon), Number(r.lat)]) },
    postcodeDistrict: postcodeDistrict(r.postcode),
  };
}

async function loadRow(db: Database, id: string, lock = false): Promise<ListingRow | undefined> {
  if (lock) await db.select({ id: listings.id }).from(listings).where(eq(listings.id, id)).for('update');
  const [row] = await queryRows<ListingRow>(db, sql`SELECT ${LISTING_COLUMNS} ${LISTING_FROM} WHERE l.id = ${id}`);
  return row;
}

export async function getListing(db: Database, p: Principal, id: string): Promise<ListingView> {
  const row = await loadRow(db, id);
  const visible = row && (isOfficer(p) || row.organisation_id === p.organisationId || row.status === 'active');
  if (!row || !visible) throw notFound('Listing');
  return view(p, row);
}

/**
 * A listing of an exchange the caller is a party to, as the caller may see it, whatever its status
 * now: the exchange was made on it. The exchange service has checked that the caller is a party.
 */
export async function listingOfExchange(db: Database, p: Principal, id: string): Promise<ListingView> {
  const row = await loadRow(db, id);
  if (!row) throw notFound('Listing');
  return view(p, row);
}

/** A catalogue entry with the List of Waste codes a listing of it may carry. */
type CatalogueMaterial = MaterialDefinition & { ewcCodes: { code: string }[] };

async function materialOf(db: Database, code: string, path = 'material'): Promise<CatalogueMaterial> {
  const material = await getMaterial(db, code);
  if (!material) throw badRequest(path, `is not a material in the catalogue (${code})`);
  return material as CatalogueMaterial;
}

/**
 * The catalogue entry of a listing's first material, after checking that every further one a want
 * accepts exists and is measured in the same unit, so that one quantity fits them all.
 */
async function materialsOf(db: Database, codes: string[], pathOf: (i: number) => string): Promise<CatalogueMaterial> {
  const [first, ...others] = codes;
  if (!first) throw badRequest('material', 'is required (a want may send materials instead)');
  const own = await materialOf(db, first, pathOf(0));
  for (const [i, code] of others.entries()) {
    const other = await materialOf(db, code, pathOf(i + 1));
    if (other.unit !== own.unit)
      throw badRequest(pathOf(i + 1), `is measured in ${other.unit === 'm3' ? 'm³' : 'tonnes'}, the first material in ${own.unit === 'm3' ? 'm³' : 'tonnes'}: list them separately`);
  }
  return own;
}

const materialsPath = (body: { materials?: string[] | undefined }) => (i: number) =>
  body.materials ? `materials.${i}` : 'material';

async function ownSiteLocation(db: Database, organisationId: string, siteId: string) {
  const [site] = await db.select({ organisationId: sites.organisationId }).from(sites).where(eq(sites.id, siteId));
  if (!site || site.organisationId !== organisationId) throw badRequest('siteId', 'is not one of your sites');
  return sql`(SELECT location FROM sites WHERE id = ${siteId})`;
}

/**
 * The columns a listing's body sets, as drizzle names them: the one mapping that creating a
 * listing and importing a file of them share.
 */
export function listingValues(l: CreateListing) {
  const [materialCode = '', ...otherMaterials] = listedMaterials(l);
  return {
    siteId: l.siteId,
    kind: l.kind,
    materialCode,
    otherMaterials,
    description: l.description || null,
    grade: l.grade ?? {},
    accepts: l.accepts ?? {},
    quantityAmount: l.quantity.amount,
    quantityUnit: l.quantity.unit,
    quantityRate: l.quantity.rate,
    availableFrom: l.availableFrom ?? null,
    availableUntil: l.availableUntil ?? null,
    maxHaulKm: l.maxHaulKm,
    currentRoute: l.currentRoute?.route ?? null,
    gateFeeGbpPerTonne: l.currentRoute?.gateFeeGbpPerTonne ?? null,
    virginPriceGbpPerTonne: l.virginPriceGbpPerTonne ?? null,
    replacesSupply: l.replacesSupply ?? null,
    status: l.status,
  } satisfies Partial<typeof listings.$inferInsert>;
}

export async function createListing(db: Database, p: Principal, input: CreateListing, ttlDays: number): Promise<FullListing> {
  const organisationId = ownOrganisation(p);
  const material = await materialsOf(db, listedMaterials(input), materialsPath(input));
  checkListingContent(material, input);
  const classification = classificationColumns(input.kind, material, input);
  return inTransaction(db, async (tx) => {
    const location = await ownSiteLocation(tx, organisationId, input.siteId);
    const [row] = await tx
      .insert(listings)
      .values({
        ...listingValues(input),
        ...classification,
        organisationId,
        expiresAt: sql`now() + make_interval(days => ${ttlDays})`,
        location,
      })
      .returning({ id: listings.id });
    if (!row) throw new Error('insert into listings returned no row');
    const created = toFull((await loadRow(tx, row.id)) as ListingRow);
    await recordAudit(tx, p, 'create', { type: 'listing', id: row.id }, null, created);
    if (created.status === 'active') await enqueueFanOut(tx, row.id);
    return created;
  });
}

async function ownedForUpdate(tx: Database, p: Principal, id: string): Promise<ListingRow> {
  const row = await loadRow(tx, id, true);
  if (!row) throw notFound('Listing');
  if (row.organisation_id !== p.organisationId) {
    if (isOfficer(p) || row.status === 'active') throw forbidden('Only the owner can change a listing.');
    throw notFound('Listing');
  }
  return row;
}

export async function updateListing(
  db: Database,
  p: Principal,
  id: string,
  expected: ExpectedVersion,
  input: UpdateListing,
): Promise<FullListing> {
  return inTransaction(db, async (tx) => {
    const current = await ownedForUpdate(tx, p, id);
    const expectedVersion = versionToReplace(expected, current.version);
    const before = toFull(current);
    const merged = { ...before, ...input, kind: current.kind };
    const material = await materialOf(tx, current.material_code);
    checkListingContent(material, merged);
    const classification = classificationColumns(current.kind, material, input, current);
    if (input.materials) {
      if (current.kind !== 'want' && input.materials.length > 1)
        throw badRequest('materials', 'an offer is of one material; only a want may accept several');
      if (input.materials[0] !== current.material_code)
        throw badRequest('materials.0', `must stay ${current.material_code}, the listing's own material; list a new want to change it`);
      await materialsOf(tx, [...new Set(input.materials)], (i) => `materials.${i}`);
    }
    const location = input.siteId ? await ownSiteLocation(tx, current.organisation_id, input.siteId) : undefined;
    const updated = await tx
      .update(listings)
      .set({
        ...(input.siteId ? { siteId: input.siteId, location } : {}),
        ...(input.grade ? { grade: input.grade } : {}),
        ...(input.accepts ? { accepts: input.accepts } : {}),
        ...(input.quantity
          ? { quantityAmount: input.quantity.amount, quantityUnit: input.quantity.unit, quantityRate: input.quantity.rate }
          : {}),
        ...(input.availableFrom !== undefined ? { availableFrom: input.availableFrom } : {}),
        ...(input.availableUntil !== undefined ? { availableUntil: input.availableUntil } : {}),
        ...(input.maxHaulKm !== undefined ? { maxHaulKm: input.maxHaulKm } : {}),
        ...(input.currentRoute !== undefined
          ? {
              currentRoute: input.currentRoute?.route ?? null,
              gateFeeGbpPerTonne: input.currentRoute?.gateFeeGbpPerTonne ?? null,
            }
          : {}),
        ...(input.virginPriceGbpPerTonne !== undefined ? { virginPriceGbpPerTonne: input.virginPriceGbpPerTonne } : {}),
        ...(input.replacesSupply !== undefined ? { replacesSupply: input.replacesSupply } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.materials ? { otherMaterials: [...new Set(input.materials)].slice(1) } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...classification,
        version: sql`${listings.version} + 1`,
        updatedAt: sql`now()`,
      })
      // The version condition makes a concurrent edit lose cleanly rather than overwrite.
      .where(sql`${listings.id} = ${id} AND ${listings.version} = ${expectedVersion}`)
      .returning({ id: listings.id });
    if (!updated.length) throw new VersionMismatch('overtaken');
    const after = toFull((await loadRow(tx, id)) as ListingRow);
    await recordAudit(tx, p, 'update', { type: 'listing', id }, before, after);
    if (after.status === 'active') await enqueueFanOut(tx, id);
    return after;
  });
}

export async function renewListing(db: Database, p: Principal, id: string, ttlDays: number): Promise<FullListing> {
  return inTransaction(db, async (tx) => {
    const current = await ownedForUpdate(tx, p, id);
    if (current.status === 'closed') throw conflict('A closed listing cannot be renewed; create a new one.');
    await tx
      .update(listings)
      .set({
        expiresAt: sql`now() + make_interval(days => ${ttlDays})`,
        status: sql`CASE WHEN ${listings.status} = 'expired' THEN 'active'::listing_status ELSE ${listings.status} END`,
        version: sql`${listings.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(listings.id, id));
    const after = toFull((await loadRow(tx, id)) as ListingRow);
    await recordAudit(tx, p, 'renew', { type: 'listing', id }, toFull(current), after);
    if (after.status === 'active') await enqueueFanOut(tx, id);
    return after;
  });
}

export async function deleteListing(db: Database, p: Principal, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await ownedForUpdate(tx, p, id);
    const [used] = await tx
      .select({ id: exchanges.id })
      .from(exchanges)
      .where(sql`${exchanges.offerId} = ${id} OR ${exchanges.wantId} = ${id}`)
      .limit(1);
    if (used) throw conflict('The listing is part of an exchange; close it (PATCH status: closed) instead.');
    await tx.delete(listings).where(eq(listings.id, id));
    await recordAudit(tx, p, 'delete', { type: 'listing', id }, toFull(current), null);
  });
}

/**
 * A geography polygon around a lon/lat box, for the geography index to narrow a box search (the
 * exact test is on geometry). Geography draws edges as great circles, which bow poleward of a
 * parallel: 1° edges bow under 0.002°, so a 0.01° margin keeps every point of the box inside.
 * Under 180° wide only: a box reaching both -180 and 180 folds onto itself.
 */
function indexBox([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): SQL {
  const margin = 0.01;
  const lon = (x: number) => Math.min(180, Math.max(-180, x));
  const lat = (x: number) => Math.min(90, Math.max(-90, x));
  return sql`ST_Segmentize(ST_MakeEnvelope(${lon(minLon - margin)}, ${lat(minLat - margin)}, ${lon(maxLon + margin)},
    ${lat(maxLat + margin)}, 4326), 1)::geography`;
}

/**
 * Members see their own listings in any status and others' active ones; officers see all.
 * With `near`, nearest first through the GiST index (KNN); otherwise newest first. Keyset
 * cursors over (distance, id) or (created_at, id) keep pages free of repeats and gaps.
 * Places (near, radiusKm, bbox), distances, order and cursors go by exact positions for
 * officers and by public points for members, their own listings included: nothing a member reads
 * then depends on where in its ~1 km cell another firm's site lies.
 */
export async function searchListings(db: Database, p: Principal, q: ListingSearchQuery) {
  const where: SQL[] = [];
  if (q.organisation && !isOfficer(p) && q.organisation !== p.organisationId)
    throw forbidden('Members filter by their own organisation only; officers by any.');
  if (!isOfficer(p)) where.push(sql`(l.organisation_id = ${p.organisationId} OR ${EFFECTIVE_STATUS} = 'active')`);
  const position = isOfficer(p) ? sql`l.location` : sql`l.public_location`;
  if (q.organisation) where.push(sql`l.organisation_id = ${q.organisation}`);
  if (q.kind) where.push(sql`l.kind = ${q.kind}`);
  // A want for several materials is found by any of them.
  if (q.material) where.push(sql`(l.material_code = ${q.material} OR ${q.material} = ANY (l.other_materials))`);
  if (q.category) where.push(sql`m.category = ${q.category}`);
  if (q.status) where.push(sql`${EFFECTIVE_STATUS} = ${q.status}`);
  if (q.bbox) {
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    const box = sql`ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`;
    where.push(sql`${position}::geometry && ${box}`);
    if (maxLon - minLon < 180) where.push(sql`${position} && ${indexBox(q.bbox)}`);
  }
  let order: SQL;
  let distance = sql``;
  let cursorOf: (r: ListingRow) => string;
  if (q.near) {
    const here = sql`ST_SetSRID(ST_MakePoint(${q.near[0]}, ${q.near[1]}), 4326)::geography`;
    if (q.radiusKm !== undefined) where.push(sql`ST_DWithin(${position}, ${here}, ${q.radiusKm * 1000})`);
    distance = sql`, ST_Distance(${position}, ${here}) AS distance_m, (${position} <-> ${here}) AS knn`;
    if (q.cursor) {
      const [d, id] = decodeCursor(q.cursor, ['number', 'uuid']);
      where.push(sql`((${position} <-> ${here}) > ${d} OR ((${position} <-> ${here}) = ${d} AND l.id > ${id}))`);
    }
    order = sql`${position} <-> ${here}, l.id`;
    cursorOf = (r) => encodeCursor([Number((r as ListingRow & { knn: number }).knn), r.id]);
  } else {
    if (q.cursor) {
      const [at, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
      where.push(sql`(l.created_at < ${at}::timestamptz OR (l.created_at = ${at}::timestamptz AND l.id < ${id}))`);
    }
    order = sql`l.created_at DESC, l.id DESC`;
    cursorOf = (r) => encodeCursor([r.created_key, r.id]);
  }
  const whereSql = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  const rows = await queryRows<ListingRow>(
    db,
    sql`SELECT ${LISTING_COLUMNS}${distance} ${LISTING_FROM} ${whereSql} ORDER BY ${order} LIMIT ${q.limit + 1}`,
  );
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => view(p, r)),
    nextCursor: rows.length > q.limit && last ? cursorOf(last) : null,
  };
}
