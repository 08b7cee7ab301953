// SQL of the OGC API collections. Every position written comes from public_location, the ~1 km
// public point (migration 0009), whoever asks: the exact one is never selected here.
import { type SQL, sql } from 'drizzle-orm';
import { BNG, BNG_DOMAIN, CRS_INFO, type Crs } from './crs.ts';
import type { Bbox } from './query.ts';

const DOMAIN = sql`ST_MakeEnvelope(${BNG_DOMAIN.minLon}, ${BNG_DOMAIN.minLat}, ${BNG_DOMAIN.maxLon}, ${BNG_DOMAIN.maxLat}, 4326)`;

/** GeoJSON of a lon/lat geometry in the CRS asked for; null where EPSG:27700 is not defined. */
export function geojsonIn(crs: Crs, geometry: SQL): SQL {
  const { decimals } = CRS_INFO[crs];
  // Options 0: no "crs" member, which RFC 7946 removed; Content-Crs says it.
  if (crs !== BNG) return sql`ST_AsGeoJSON(${geometry}, ${decimals}, 0)`;
  return sql`CASE WHEN ST_CoveredBy(${geometry}, ${DOMAIN}) THEN ST_AsGeoJSON(ST_Transform(${geometry}, 27700), ${decimals}, 0) END`;
}

const envelope = (b: Bbox, srid: number) => sql`ST_MakeEnvelope(${b.minX}, ${b.minY}, ${b.maxX}, ${b.maxY}, ${srid})`;

/**
 * Points (lon/lat geometry) in the box, edges included. The && on the indexed expression finds
 * candidates; the comparison of coordinates decides, as index boxes are rounded to float4.
 * A box in EPSG:27700 is compared in eastings and northings, its candidates found through its
 * lon/lat outline (sides segmented, as they curve in lon/lat, plus a margin).
 */
export function pointInBbox(point: SQL, b: Bbox): SQL {
  if (b.crs !== BNG) {
    return sql`${point} && ${envelope(b, 4326)}
      AND ST_X(${point}) BETWEEN ${b.minX} AND ${b.maxX} AND ST_Y(${point}) BETWEEN ${b.minY} AND ${b.maxY}`;
  }
  const outline = sql`ST_Expand(ST_Envelope(ST_Transform(ST_Segmentize(${envelope(b, 27700)}, 1000), 4326)), 0.001)`;
  const grid = sql`ST_Transform(${point}, 27700)`;
  return sql`${point} && ${outline}
    AND CASE WHEN ${point} && ${DOMAIN}
      THEN ST_X(${grid}) BETWEEN ${b.minX} AND ${b.maxX} AND ST_Y(${grid}) BETWEEN ${b.minY} AND ${b.maxY}
      ELSE false END`;
}

/** Lines and areas (lon/lat geometry) that share a point with the box. */
export function shapeInBbox(shape: SQL, b: Bbox): SQL {
  if (b.crs !== BNG) return sql`ST_Intersects(${shape}, ${envelope(b, 4326)})`;
  return sql`CASE WHEN ST_CoveredBy(${shape}, ${DOMAIN})
    THEN ST_Intersects(ST_Transform(${shape}, 27700), ${envelope(b, 27700)}) ELSE false END`;
}
