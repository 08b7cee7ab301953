// Precomputed counts of shown listings per public point, kind and hazard flag (table tile_cells,
// migration tile_cells; and per material named too, tile_cell_materials), which low-zoom tiles
// and OGC numberMatched sum instead of reading every listing.
// Triggers on listings keep them as listings are written; time is what they cannot follow, so
// they count a listing while it ends after tile_cells_sweep.swept_until, and every reader
// subtracts the listings that ended between then and now (found by listings_active_ends_idx).
// The sweep moves that instant forward so that the set subtracted stays small; a sweep that is
// late makes reads slower, never wrong.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';

/** Kept in tile_cells: OGC items show active unexpired listings; tiles also need them available. */
export type Shown = 'listings' | 'available';

/** The listing is in `shown` now. */
export const SHOWN = {
  listings: sql`l.status = 'active' AND l.expires_at > now()`,
  available: sql`l.status = 'active' AND listing_ends_at(l.expires_at, l.available_until) > now()`,
} as const;

const SWEPT = sql`coalesce((SELECT swept_until FROM tile_cells_sweep), '-infinity'::timestamptz)`;

/** When a listing leaves each count (listings_active_expires_idx, listings_active_ends_idx index them). */
const ENDS = { listings: sql`l.expires_at`, available: sql`listing_ends_at(l.expires_at, l.available_until)` } as const;

/** Listings still counted in tile_cells' `shown` that have ended since its last sweep. */
export const endedSinceSweep = (shown: Shown) =>
  sql`l.status = 'active' AND ${ENDS[shown]} > ${SWEPT} AND ${ENDS[shown]} <= now()`;

/**
 * Signed counts per public point (kind, hazardous, n, point, tile_point): tile_cells' `shown`
 * where `cells` holds (alias c), less one for each listing ended since the sweep where `listings`
 * holds (alias l). With a material, of the listings naming it, from tile_cell_materials. One
 * statement, so the counts and swept_until are read from the same snapshot. The ended listings
 * are found by when they ended first (MATERIALIZED: else the planner, which cannot estimate a box
 * on the public point's expression index, walks every listing in the box).
 */
export function signedCounts(shown: Shown, cells: SQL, listings: SQL, material?: string): SQL {
  const table = material === undefined ? sql`tile_cells c` : sql`tile_cell_materials c`;
  const ofMaterial = material === undefined ? sql`` : sql` AND c.material = ${material}`;
  const naming = material === undefined ? sql`` : sql` AND (l.material_code = ${material} OR ${material} = ANY (l.other_materials))`;
  return sql`WITH l AS MATERIALIZED (
      SELECT l.kind, l.hazardous, l.public_location, l.tile_point FROM listings l WHERE ${endedSinceSweep(shown)}${naming})
    SELECT c.kind, c.hazardous, c.${sql.raw(shown)} AS n, c.point, c.tile_point FROM ${table}
      WHERE c.listings <> 0${ofMaterial} AND ${cells}
    UNION ALL
    SELECT l.kind, l.hazardous, -1, l.public_location::geometry, l.tile_point FROM l WHERE ${listings}`;
}

const SWEEP_LOCK = sql`hashtext('tile_cells_sweep')`;

/**
 * Takes the listings that have ended since the last sweep out of tile_cells and moves
 * swept_until to now, in one transaction. Skips (returns false) while a writer counts against
 * the current swept_until, or another instance sweeps: the next run catches up.
 */
export async function sweepTileCells(db: Database): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS locked`);
    if (!lock?.locked) return false;
    // An expired listing was counted in both; one past its last available day in `available` only.
    const ended = sql`SELECT ST_X(l.public_location::geometry) AS lon, ST_Y(l.public_location::geometry) AS lat, l.kind, l.hazardous,
        l.material_code || l.other_materials AS materials,
        (${endedSinceSweep('listings')})::int AS n, (${endedSinceSweep('available')})::int AS a
      FROM listings l WHERE ${endedSinceSweep('available')} OR ${endedSinceSweep('listings')}`;
    await tx.execute(sql`WITH e AS (SELECT lon, lat, kind, hazardous, sum(n)::int AS n, sum(a)::int AS a FROM (${ended}) d GROUP BY 1, 2, 3, 4)
      UPDATE tile_cells c SET listings = c.listings - e.n, available = c.available - e.a FROM e
      WHERE c.lon = e.lon AND c.lat = e.lat AND c.kind = e.kind AND c.hazardous = e.hazardous`);
    await tx.execute(sql`WITH e AS (
        SELECT m.material, d.lon, d.lat, d.kind, d.hazardous, sum(d.n)::int AS n, sum(d.a)::int AS a
        FROM (${ended}) d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.materials) AS material) m GROUP BY 1, 2, 3, 4, 5)
      UPDATE tile_cell_materials c SET listings = c.listings - e.n, available = c.available - e.a FROM e
      WHERE c.material = e.material AND c.lon = e.lon AND c.lat = e.lat AND c.kind = e.kind AND c.hazardous = e.hazardous`);
    await tx.execute(sql`INSERT INTO tile_cells_sweep (id, swept_until) VALUES (true, now())
      ON CONFLICT (id) DO UPDATE SET swept_until = EXCLUDED.swept_until`);
    return true;
  });
}
