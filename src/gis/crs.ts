import { badRequest } from '../errors.ts';

/** The coordinate reference systems the OGC API serves and accepts, by URI. */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const BNG = 'http://www.opengis.net/def/crs/EPSG/0/27700';
export const SUPPORTED_CRS = [CRS84, BNG] as const;
export type Crs = (typeof SUPPORTED_CRS)[number];

/** Per CRS: its PostGIS SRID, the decimals coordinates are written with, and the range a box may span. */
export const CRS_INFO: Record<Crs, { srid: number; decimals: number; x: [number, number]; y: [number, number] }> = {
  // 6 decimals of a degree (~0.1 m) already say more than a public point holds.
  [CRS84]: { srid: 4326, decimals: 6, x: [-180, 180], y: [-90, 90] },
  // Eastings and northings in metres, axis order easting, northing as EPSG:27700 defines it. The
  // range is the grid's extent with a wide margin: the projection stays defined across it.
  [BNG]: { srid: 27700, decimals: 2, x: [-1_000_000, 2_000_000], y: [-1_000_000, 2_500_000] },
};

export function parseCrs(field: 'crs' | 'bbox-crs', value: string | undefined): Crs {
  if (value === undefined) return CRS84;
  const found = SUPPORTED_CRS.find((c) => c === value);
  if (!found) throw badRequest(field, `must be one of ${SUPPORTED_CRS.join(', ')}`, 'querystring');
  return found;
}

/** The Content-Crs header value for a response in this CRS. */
export const contentCrs = (crs: Crs) => `<${crs}>`;

/**
 * Where positions are given in EPSG:27700, in lon/lat: its area of use with a wide margin. Far
 * from the grid's central meridian the projection fails (PostGIS raises an error 90° away), so
 * features outside have a null geometry in that CRS and never match a box given in it.
 */
export const BNG_DOMAIN = { minLon: -15, minLat: 45, maxLon: 10, maxLat: 65 } as const;
