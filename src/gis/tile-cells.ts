// Precomputed counts of shown listings per public point and kind (table tile_cells, migration
// tile_cells), which low-zoom tiles and OGC numberMatched sum instead of reading every listing.
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
 * Signed counts per public point (kind, n, point, tile_point): tile_cells' `shown` where `cells`
 * holds (alias c), less one for each listing ended since the sweep where `listings` holds (alias
 * l). One statement, so the counts and swept_until are read from the same snapshot. The ended
 * listings are found by when they ended first (MATERIALIZED: else the planner, which cannot
 * estimate a box on the public point's expression index, walks every listing in the box).
 */
export function signedCounts(shown: Shown, cells: SQL, listings: SQL): SQL {
  return sql`WITH l AS MATERIALIZED (
      SELECT l.kind, l.public_location, l.tile_point FROM listings l WHERE ${endedSinceSweep(shown)})
    SELECT c.kind, c.${sql.raw(shown)} AS n, c.point, c.tile_point FROM tile_cells c
      WHERE c.listings <> 0 AND ${cells}
    UNION ALL
    SELECT l.kind, -1, l.public_location::geometry, l.tile_point FROM l WHERE ${listings}`;
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
    await tx.execute(sql`WITH ended AS (
        SELECT ST_X(l.public_location::geometry) AS lon, ST_Y(l.public_location::geometry) AS lat, l.kind,
          (count(*) FILTER (WHERE ${endedSinceSweep('listings')}))::int AS n,
          (count(*) FILTER (WHERE ${endedSinceSweep('available')}))::int AS a
        FROM listings l WHERE ${endedSinceSweep('available')} OR ${endedSinceSweep('listings')} GROUP BY 1, 2, 3)
      UPDATE tile_cells c SET listings = c.listings - e.n, available = c.available - e.a FROM ended e
      WHERE c.lon = e.lon AND c.lat = e.lat AND c.kind = e.kind`);
    await tx.execute(sql`INSERT INTO tile_cells_sweep (id, swept_until) VALUES (true, now())
      ON CONFLICT (id) DO UPDATE SET swept_until = EXCLUDED.swept_until`);
    return true;
  });
}
