// Vector tiles (Mapbox Vector Tile 2.1) of listings and regions. Both engines cut a tile with the
// same SQL; server PostgreSQL encodes with ST_AsMVT, while PGlite's PostGIS is built without
// protobuf-c, so there vt-pbf encodes the same rows. Listings: each shown listing's public point,
// already in Web Mercator (listings.tile_point, migration 0012), is scaled into the tile's
// 4096-unit grid; below CLUSTER_BELOW_ZOOM points are counted per cell, from the precomputed
// counts per public point (src/gis/tile-cells.ts; per point and material for a tile narrowed to
// a material) so that a low-zoom tile reads one row per point rather than one per listing. No exact position is read: only the public point.
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import vtpbf from 'vt-pbf';
import { type Database, type Engine, queryRows } from '../../db/client.ts';
import { SHOWN, signedCounts } from './tile-cells.ts';

export const TILE_EXTENT = 4096;
export const MAX_ZOOM = 20;
/** From this zoom up a tile holds one feature per listing; below it, counts per cell. */
export const CLUSTER_BELOW_ZOOM = 14;
/** A cluster cell's side in tile units: at most 128 × 128 features in a clustered tile. */
export const CLUSTER_CELL = 32;
/** Tile units drawn beyond a tile's edges, so that a region's outline does not show the seams. */
export const REGION_BUFFER = 64;

export const TILE_COLLECTIONS = ['listings', 'regions'] as const;
export type TileCollection = (typeof TILE_COLLECTIONS)[number];

/** The properties of the listings layer's features, as TileJSON's vector_layers describes them. */
export const LISTING_TILE_FIELDS = {
  id: 'String: the listing (one listing per feature from zoom 14)',
  kind: 'String: offer or want (one listing per feature from zoom 14)',
  material: 'String: the first material code (one listing per feature from zoom 14)',
  materials: 'String: every material code the listing names, comma-separated (a want may accept several)',
  ewcCode: 'String: its List of Waste (EWC) code, where the lister gave one (one listing per feature from zoom 14)',
  hazardous: 'Boolean: classified as hazardous waste (one listing per feature from zoom 14)',
  count: 'Number: listings at this point (below zoom 14, per cell of 32 tile units)',
  offers: 'Number: of which offers',
  wants: 'Number: of which wants',
  hazardousCount: 'Number: of which classified as hazardous waste (below zoom 14)',
} as const;

export const REGION_TILE_FIELDS = {
  id: 'String: the region',
  name: 'String: its name',
  level: 'String: what the boundary is (region, local authority, …)',
} as const;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Narrows a listings tile: `material` keeps the listings that name it as any of their materials. */
export interface TileFilter {
  material?: string | undefined;
}

interface PointRow {
  tx: number;
  ty: number;
  [property: string]: string | number | boolean | null;
}

interface ShapeRow {
  geometry: string;
  [property: string]: string;
}

const envelope = ({ z, x, y }: TileAddress) => sql`ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int)`;

/**
 * Integer tile coordinates of a Web Mercator point from the envelope's corners; a point on the
 * tile's right or bottom edge belongs to the next tile, so each point is in exactly one tile.
 */
const tileX = (point: SQL) =>
  sql`floor((ST_X(${point}) - ST_XMin(e.env)) / (ST_XMax(e.env) - ST_XMin(e.env)) * ${TILE_EXTENT}::float8)::int`;
const tileY = (point: SQL) =>
  sql`floor((ST_YMax(e.env) - ST_Y(${point})) / (ST_YMax(e.env) - ST_YMin(e.env)) * ${TILE_EXTENT}::float8)::int`;
const INSIDE = sql`tx BETWEEN 0 AND ${TILE_EXTENT - 1} AND ty BETWEEN 0 AND ${TILE_EXTENT - 1}`;

const materialNamed = (material: string) => sql`(l.material_code = ${material} OR ${material} = ANY (l.other_materials))`;

/** Cells of CLUSTER_CELL units with the signed counts (kind, hazardous, n, tx, ty) of `points` summed. */
function clustered(points: SQL): SQL {
  // Inlined, not parameters: GROUP BY must see the same expressions as the select list.
  const cell = sql.raw(String(CLUSTER_CELL));
  const half = sql.raw(String(CLUSTER_CELL / 2));
  return sql`SELECT sum(n)::int AS count,
      coalesce(sum(n) FILTER (WHERE kind = 'offer'), 0)::int AS offers, coalesce(sum(n) FILTER (WHERE kind = 'want'), 0)::int AS wants,
      coalesce(sum(n) FILTER (WHERE hazardous), 0)::int AS "hazardousCount",
      (tx / ${cell}) * ${cell} + ${half} AS tx, (ty / ${cell}) * ${cell} + ${half} AS ty
    FROM (${points}) p WHERE ${INSIDE}
    GROUP BY tx / ${cell}, ty / ${cell} HAVING sum(n) > 0`;
}

function listingRows(address: TileAddress, filter: TileFilter): SQL {
  const env = sql`(SELECT ${envelope(address)} AS env) e`;
  if (address.z >= CLUSTER_BELOW_ZOOM) {
    const where = [SHOWN.available, sql`l.tile_point && e.env`];
    if (filter.material) where.push(materialNamed(filter.material));
    return sql`SELECT id::text AS id, kind::text AS kind, material_code AS material,
        array_to_string(material_code || other_materials, ',') AS materials, ewc_code AS "ewcCode", hazardous, tx, ty
      FROM (SELECT l.id, l.kind, l.material_code, l.other_materials, l.ewc_code, l.hazardous,
          ${tileX(sql`l.tile_point`)} AS tx, ${tileY(sql`l.tile_point`)} AS ty
        FROM listings l, ${env} WHERE ${sql.join(where, sql` AND `)}) p
      WHERE ${INSIDE}`;
  }
  // Below CLUSTER_BELOW_ZOOM, from the counts per point (per point and material with a filter).
  const cells = [sql`c.tile_point && ${envelope(address)}`];
  if (filter.material) {
    // tile_cell_materials is keyed by material then longitude: the tile's longitudes (a Web
    // Mercator tile is a lon/lat rectangle; widened a little for rounding) bound the key range
    // read, and the test on tile_point decides.
    const lonLat = sql`ST_Expand(ST_Transform(${envelope(address)}, 4326), 1e-9)`;
    cells.push(sql`c.lon BETWEEN ST_XMin(${lonLat}) AND ST_XMax(${lonLat}) AND c.lat BETWEEN ST_YMin(${lonLat}) AND ST_YMax(${lonLat})`);
  }
  const counts = signedCounts('available', sql.join(cells, sql` AND `), sql`l.tile_point && ${envelope(address)}`, filter.material);
  return clustered(sql`SELECT s.kind, s.hazardous, s.n, ${tileX(sql`s.tile_point`)} AS tx, ${tileY(sql`s.tile_point`)} AS ty
    FROM (${counts}) s, ${env}`);
}

/**
 * Regions whose boundary crosses the tile, clipped to it (with REGION_BUFFER units around),
 * in tile units with y down, as GeoJSON. Exterior rings are made clockwise with y up, which the
 * flip of y turns into the positive area MVT 2.1 wants of them.
 */
function regionRows(address: TileAddress): SQL {
  const scale = sql`${TILE_EXTENT}::float8 / (ST_XMax(e.env) - ST_XMin(e.env))`;
  const buffer = sql`(ST_XMax(e.env) - ST_XMin(e.env)) * ${REGION_BUFFER / TILE_EXTENT}::float8`;
  return sql`SELECT id, name, level, geometry FROM (
      SELECT r.id::text AS id, r.name, r.level::text AS level,
        ST_AsGeoJSON(ST_CollectionExtract(ST_SnapToGrid(ST_Affine(
          ST_ForcePolygonCW(ST_ClipByBox2D(ST_Transform(r.boundary::geometry, 3857), ST_Expand(e.env, ${buffer})::box2d)),
          ${scale}, 0, 0, -${scale}, -ST_XMin(e.env) * ${scale}, ST_YMax(e.env) * ${scale}), 1), 3), 0, 0) AS geometry
      FROM regions r, (SELECT ${envelope(address)} AS env) e
      WHERE r.boundary && ST_Transform(e.env, 4326)::geography) g
    WHERE geometry NOT LIKE '%"coordinates":[]%'
    ORDER BY id`;
}

type Ring = [number, number][];
function ringsOf(geojson: string): Ring[] {
  const g = JSON.parse(geojson) as { type: string; coordinates: Ring[] | Ring[][] };
  return g.type === 'Polygon' ? (g.coordinates as Ring[]) : (g.coordinates as Ring[][]).flat();
}

function encode(layer: string, features: { type: 1 | 3; geometry: unknown; tags: Record<string, unknown> }[]): Uint8Array {
  if (features.length === 0) return new Uint8Array(0);
  return vtpbf.fromGeojsonVt({ [layer]: { features } } as never, { version: 2, extent: TILE_EXTENT });
}

/** One tile of a collection as MVT bytes; empty where the tile holds nothing. */
export async function renderTile(
  db: Database,
  engine: Engine,
  collection: TileCollection,
  address: TileAddress,
  filter: TileFilter = {},
): Promise<Uint8Array> {
  if (collection === 'regions') {
    const rows = regionRows(address);
    if (engine === 'postgres') {
      const [row] = await queryRows<{ mvt: Uint8Array | null }>(
        db,
        sql`SELECT ST_AsMVT(f, 'regions', ${TILE_EXTENT}, 'geom') AS mvt
          FROM (SELECT r.id, r.name, r.level, ST_GeomFromGeoJSON(r.geometry) AS geom FROM (${rows}) r) f`,
      );
      return row?.mvt ? new Uint8Array(row.mvt) : new Uint8Array(0);
    }
    const regions = await queryRows<ShapeRow>(db, rows);
    return encode(
      'regions',
      regions.map(({ geometry, ...tags }) => ({ type: 3, geometry: ringsOf(geometry), tags })),
    );
  }
  const rows = listingRows(address, filter);
  if (engine === 'postgres') {
    // The tile coordinates travel only inside geom, as in vt-pbf's features below.
    const names = address.z >= CLUSTER_BELOW_ZOOM
      ? ['id', 'kind', 'material', 'materials', 'ewcCode', 'hazardous']
      : ['count', 'offers', 'wants', 'hazardousCount'];
    const properties = sql.raw(names.map((name) => `r."${name}"`).join(', '));
    const [row] = await queryRows<{ mvt: Uint8Array | null }>(
      db,
      sql`SELECT ST_AsMVT(f, 'listings', ${TILE_EXTENT}, 'geom') AS mvt
        FROM (SELECT ${properties}, ST_MakePoint(r.tx, r.ty) AS geom FROM (${rows}) r) f`,
    );
    return row?.mvt ? new Uint8Array(row.mvt) : new Uint8Array(0);
  }
  const points = await queryRows<PointRow>(db, rows);
  return encode(
    'listings',
    points.map(({ tx, ty, ...tags }) => ({ type: 1, geometry: [[tx, ty]], tags })),
  );
}

/** A strong validator of a tile's bytes. */
export function tileEtag(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}

/** Whether x and y name a tile at zoom z; a message naming the bad one otherwise. */
export function tileAddressProblem({ z, x, y }: TileAddress): { field: 'x' | 'y'; message: string } | null {
  const n = 2 ** z;
  if (x >= n) return { field: 'x', message: `must be between 0 and ${n - 1} at zoom ${z}` };
  if (y >= n) return { field: 'y', message: `must be between 0 and ${n - 1} at zoom ${z}` };
  return null;
}
