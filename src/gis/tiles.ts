// Vector tiles of listings (Mapbox Vector Tile 2.1). Both engines cut the tile with the same SQL:
// each active listing's public point, already in Web Mercator (listings.tile_point, migration
// 0012), is scaled into the tile's 4096-unit grid; below CLUSTER_BELOW_ZOOM points are counted
// per cell so that a tile stays small however many listings it covers. Server PostgreSQL encodes
// with ST_AsMVT; PGlite's PostGIS is built without protobuf-c, so there vt-pbf encodes the same
// rows. No exact position is read: only the generalised public point is in tile_point.
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import vtpbf from 'vt-pbf';
import { type Database, type Engine, queryRows } from '../../db/client.ts';

export const TILE_EXTENT = 4096;
export const MAX_ZOOM = 20;
/** From this zoom up a tile holds one feature per listing; below it, counts per cell. */
export const CLUSTER_BELOW_ZOOM = 14;
/** A cluster cell's side in tile units: at most 128 × 128 features in a clustered tile. */
export const CLUSTER_CELL = 32;

export const TILE_COLLECTIONS = ['listings'] as const;
export type TileCollection = (typeof TILE_COLLECTIONS)[number];

/** The properties of the listings layer's features, as TileJSON's vector_layers describes them. */
export const LISTING_TILE_FIELDS = {
  id: 'String: the listing (one listing per feature from zoom 14)',
  kind: 'String: offer or want (one listing per feature from zoom 14)',
  material: 'String: the material code (one listing per feature from zoom 14)',
  count: 'Number: listings at this point (below zoom 14, per cell of 32 tile units)',
  offers: 'Number: of which offers',
  wants: 'Number: of which wants',
} as const;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

interface TileRow {
  tx: number;
  ty: number;
  [property: string]: string | number;
}

const propertiesAt = (z: number) => (z >= CLUSTER_BELOW_ZOOM ? ['id', 'kind', 'material'] : ['count', 'offers', 'wants']);

function listingRows({ z, x, y }: TileAddress): SQL {
  // Integer tile coordinates from the envelope's corners; a point on the tile's right or bottom
  // edge belongs to the next tile, so each point is in exactly one tile of a zoom.
  const points = sql`
    SELECT l.id, l.kind, l.material_code,
      floor((ST_X(l.tile_point) - ST_XMin(e.env)) / (ST_XMax(e.env) - ST_XMin(e.env)) * ${TILE_EXTENT}::float8)::int AS tx,
      floor((ST_YMax(e.env) - ST_Y(l.tile_point)) / (ST_YMax(e.env) - ST_YMin(e.env)) * ${TILE_EXTENT}::float8)::int AS ty
    FROM listings l, (SELECT ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int) AS env) e
    WHERE l.status = 'active' AND l.expires_at > now() AND (l.available_until IS NULL OR l.available_until >= current_date)
      AND l.tile_point && e.env`;
  const inside = sql`tx BETWEEN 0 AND ${TILE_EXTENT - 1} AND ty BETWEEN 0 AND ${TILE_EXTENT - 1}`;
  if (z >= CLUSTER_BELOW_ZOOM)
    return sql`SELECT id::text AS id, kind::text AS kind, material_code AS material, tx, ty
      FROM (${points}) p WHERE ${inside}`;
  // Inlined, not parameters: GROUP BY must see the same expressions as the select list.
  const cell = sql.raw(String(CLUSTER_CELL));
  const half = sql.raw(String(CLUSTER_CELL / 2));
  return sql`SELECT count(*)::int AS count,
      count(*) FILTER (WHERE kind = 'offer')::int AS offers, count(*) FILTER (WHERE kind = 'want')::int AS wants,
      (tx / ${cell}) * ${cell} + ${half} AS tx, (ty / ${cell}) * ${cell} + ${half} AS ty
    FROM (${points}) p WHERE ${inside}
    GROUP BY tx / ${cell}, ty / ${cell}`;
}

function encodeRows(layer: string, rows: TileRow[]): Uint8Array {
  if (rows.length === 0) return new Uint8Array(0);
  const features = rows.map(({ tx, ty, ...tags }) => ({ type: 1 as const, geometry: [[tx, ty]], tags }));
  return vtpbf.fromGeojsonVt({ [layer]: { features } }, { version: 2, extent: TILE_EXTENT });
}

/** One tile of a collection as MVT bytes; empty where the tile holds nothing. */
export async function renderTile(
  db: Database,
  engine: Engine,
  collection: TileCollection,
  address: TileAddress,
): Promise<Uint8Array> {
  const rows = listingRows(address);
  if (engine === 'postgres') {
    // The tile coordinates travel only inside geom, as in vt-pbf's features below.
    const properties = sql.raw(propertiesAt(address.z).map((name) => `r.${name}`).join(', '));
    const [row] = await queryRows<{ mvt: Uint8Array | null }>(
      db,
      sql`SELECT ST_AsMVT(f, ${collection}, ${TILE_EXTENT}, 'geom') AS mvt
        FROM (SELECT ${properties}, ST_MakePoint(r.tx, r.ty) AS geom FROM (${rows}) r) f`,
    );
    return row?.mvt ? new Uint8Array(row.mvt) : new Uint8Array(0);
  }
  return encodeRows(collection, await queryRows<TileRow>(db, rows));
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
