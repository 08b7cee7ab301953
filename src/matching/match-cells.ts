// What a kept ranking depends on, as the database counts it: the match_cells of migration 0024
// within the subject's reach, for the materials its walks read. Their sum grows with every
// committed write to a listing that could enter, leave or change the ranking (and with some that
// cannot: cells are boxes, and the reach is the subject's haul, not the walk's).
import { type SQL, sql } from 'drizzle-orm';
import { GENERALISATION_MAX_OFFSET_M } from '../listings/location.ts';

/** The cell size of migration 0024's match_cells_raise_at (degrees). */
export const CELL = { lon: 0.4, lat: 0.25 };

export interface CellRange {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

// Metres in a degree, rounded down so that boxes come out larger, never smaller: a degree of
// latitude is 110,574-111,694 m on WGS 84; one of longitude at least 111,319 m times cos(lat).
const METRES_PER_DEGREE_LAT = 110_000;
const METRES_PER_DEGREE_LON_AT_EQUATOR = 111_000;

/**
 * The cells that hold every point within `metres` of (lon, lat): those of a box around it, its
 * longitude span taken at the box's edge nearer the pole (all longitudes near a pole, or across
 * the antimeridian).
 */
export function cellsWithin(lon: number, lat: number, metres: number): CellRange {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const [south, north] = [Math.max(-90, lat - dLat), Math.min(90, lat + dLat)];
  const poleward = Math.max(Math.abs(south), Math.abs(north));
  const dLon = poleward >= 89 ? 360 : metres / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos((poleward * Math.PI) / 180));
  const [west, east] = lon - dLon < -180 || lon + dLon > 180 ? [-180, 180] : [lon - dLon, lon + dLon];
  return { x0: Math.floor(west / CELL.lon), x1: Math.floor(east / CELL.lon), y0: Math.floor(south / CELL.lat), y1: Math.floor(north / CELL.lat) };
}

/**
 * The cells a subject's ranking reads: a candidate is never farther than the subject's haul from
 * it, measured from the candidate's public point, which lies within GENERALISATION_MAX_OFFSET_M of
 * the site the cell is taken from.
 */
export function subjectCells(s: { lon: number; lat: number; maxHaulKm: number }): CellRange {
  return cellsWithin(s.lon, s.lat, s.maxHaulKm * 1000 + GENERALISATION_MAX_OFFSET_M + 1000);
}

/** The cells' generation (their sum, as text: a bigint sum), a scalar subquery. */
export function cellsGeneration(codes: readonly string[], r: CellRange): SQL {
  return sql`(SELECT coalesce(sum(generation), 0)::text FROM match_cells
     WHERE material_code = ANY(${sql.param(codes)}::text[])
       AND cell_x BETWEEN ${r.x0}::int AND ${r.x1}::int AND cell_y BETWEEN ${r.y0}::int AND ${r.y1}::int)`;
}
