// Distances between listings' exact points, in process: the optimiser's walks measure tens of
// thousands of pairs, which PostgreSQL spent most of a 10,000-listing solve reading row by row.
import geodesic from 'geographiclib-geodesic';

const { Geodesic } = geodesic;

/**
 * Metres on the WGS 84 spheroid, by Karney's geodesic algorithm: the one PostGIS's
 * ST_Distance(geography, geography) runs (through PROJ's geodesic.c), so the figures agree with
 * it to nanometres (test/opportunities/distance.test.ts), not always to the last bit.
 */
export function spheroidMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  if (lon1 === lon2 && lat1 === lat2) return 0;
  return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12 as number;
}

const MEAN_RADIUS_M = 6_371_008.8;

/**
 * Great-circle metres on the mean sphere: cheap, and within SPHERE_ERROR (as a factor either
 * way) of the spheroid's distance, so it can rule pairs out before the spheroid is asked.
 */
export function sphereMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * sphereMetres with each end's cos(latitude) given (as `Math.cos(lat * (Math.PI / 180))`): the
 * same arithmetic in the same order, so the same metres to the bit, without two cosines a pair.
 */
export function sphereMetresCos(lon1: number, lat1: number, cos1: number, lon2: number, lat2: number, cos2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The sphere is off the spheroid by under 0.7 % anywhere; 1 % leaves room. */
export const SPHERE_ERROR = 1.01;

/** Degrees of latitude that `metres` can span at most (the spheroid's smallest meridian radius, rounded down). */
export const latitudeDegreesWithin = (metres: number) => (metres / 6_335_000) * (180 / Math.PI);
