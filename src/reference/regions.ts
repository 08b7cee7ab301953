import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import type { CreateRegion } from '../../schemas/region.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';

interface RegionRow {
  id: string;
  name: string;
  level: 'region' | 'local-authority';
  boundary: string;
  area_km2: number;
  created_at: string;
}

const SUMMARY = sql`id, name, level, ST_Area(boundary) / 1e6 AS area_km2,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;
const COLUMNS = sql`${SUMMARY}, ST_AsGeoJSON(boundary)::text AS boundary`;

const toSummary = (r: Omit<RegionRow, 'boundary'>) => ({
  id: r.id,
  name: r.name,
  level: r.level,
  areaKm2: Number(r.area_km2),
  createdAt: r.created_at,
});
const toRegion = (r: RegionRow) => ({ ...toSummary(r), boundary: JSON.parse(r.boundary) });

/** Every position of the boundary's rings, the closing ones included (as ST_NPoints counts). */
export function boundaryVertices(boundary: CreateRegion['boundary']): number {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  return polygons.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
}

/**
 * Stores a boundary of at most `maxVertices` positions that PostGIS finds valid; a Polygon is
 * kept as a one-part MultiPolygon. Its pieces for reports (region_pieces) are cut in the same
 * transaction.
 */
export async function createRegion(db: Database, p: Principal, input: CreateRegion, maxVertices: number) {
  const vertices = boundaryVertices(input.boundary);
  if (vertices > maxVertices)
    throw badRequest('boundary', `has ${vertices} positions; the limit is ${maxVertices} (simplify it first)`);
  const geojson = JSON.stringify(input.boundary);
  const [check] = await queryRows<{ valid: boolean; reason: string }>(
    db,
    sql`SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason
        FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${geojson}), 4326) AS g) x`,
  );
  if (!check?.valid) throw badRequest('boundary', `is not a valid polygon: ${check?.reason ?? 'unreadable'}`);
  return inTransaction(db, async (tx) => {
    const [row] = await queryRows<RegionRow>(
      tx,
      sql`INSERT INTO regions (name, level, boundary, created_by_organisation_id)
          VALUES (${input.name}, ${input.level}, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${geojson}), 4326))::geography, ${p.organisationId})
          ON CONFLICT (name) DO NOTHING
          RETURNING ${COLUMNS}`,
    );
    if (!row) throw conflict(`A region named ${input.name} exists.`);
    // Edges split every km along great circles, so the planar pieces follow the spherical edges.
    await tx.execute(
      sql`INSERT INTO region_pieces (region_id, piece)
          SELECT id, ST_Subdivide(ST_Segmentize(boundary, 1000)::geometry, 256) FROM regions WHERE id = ${row.id}`,
    );
    const region = toRegion(row);
    await recordAudit(tx, p, 'create', { type: 'region', id: region.id }, null, { name: region.name });
    return region;
  });
}

export async function listRegions(db: Database) {
  const rows = await queryRows<Omit<RegionRow, 'boundary'>>(db, sql`SELECT ${SUMMARY} FROM regions ORDER BY name, id`);
  return rows.map(toSummary);
}

export async function getRegion(db: Database, id: string) {
  const [row] = await queryRows<RegionRow>(db, sql`SELECT ${COLUMNS} FROM regions WHERE id = ${id}`);
  if (!row) throw notFound('Region');
  return toRegion(row);
}
