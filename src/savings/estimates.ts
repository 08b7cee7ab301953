import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { EstimateRequest } from '../../schemas/estimate.ts';
import { type Estimate, EstimateInputError, estimateSavings } from './estimate.ts';
import { badRequest } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { getFactorSet } from '../reference/factor-sets.ts';
import { getMaterial } from '../reference/materials.ts';

type Place = NonNullable<EstimateRequest['from']>;

async function pointOf(db: Database, p: Principal, place: Place, path: string) {
  if ('type' in place) return sql`ST_SetSRID(ST_MakePoint(${place.coordinates[0]}, ${place.coordinates[1]}), 4326)::geography`;
  const [site] = await queryRows<{ organisation_id: string }>(
    db,
    sql`SELECT organisation_id FROM sites WHERE id = ${place.siteId}`,
  );
  if (!site || (!isOfficer(p) && site.organisation_id !== p.organisationId))
    throw badRequest(`${path}.siteId`, 'is not one of your sites');
  return sql`(SELECT location FROM sites WHERE id = ${place.siteId})`;
}

/** Great-circle km between two places, on the WGS 84 spheroid (PostGIS geography). */
async function greatCircleKm(db: Database, p: Principal, from: Place, to: Place): Promise<number> {
  const [row] = await queryRows<{ m: number }>(
    db,
    sql`SELECT ST_Distance(${await pointOf(db, p, from, 'from')}, ${await pointOf(db, p, to, 'to')}) AS m`,
  );
  return Number(row?.m ?? 0) / 1000;
}

export async function estimate(
  db: Database,
  p: Principal,
  request: EstimateRequest,
  defaults: { factorSet: string; today: string },
): Promise<Estimate & { greatCircleKm: number | null; date: string }> {
  const material = await getMaterial(db, request.material);
  if (!material) throw badRequest('material', `unknown material ${request.material}; see GET /materials`);
  const setId = request.factorSet ?? defaults.factorSet;
  const set = await getFactorSet(db, setId);
  if (!set) throw badRequest('factorSet', `no factor set ${setId}; see GET /factor-sets`);
  const greatCircle =
    request.distanceKm === undefined && request.from && request.to
      ? await greatCircleKm(db, p, request.from, request.to)
      : null;
  const date = request.date ?? defaults.today;
  try {
    const result = estimateSavings(
      {
        material,
        quantity: request.quantity,
        roadKm: request.distanceKm ?? null,
        greatCircleKm: greatCircle,
        date,
        transport: request.transport,
        overrides: request.overrides ?? {},
      },
      set,
    );
    return { ...result, greatCircleKm: greatCircle, date };
  } catch (err) {
    if (err instanceof EstimateInputError) throw badRequest(err.path, err.message);
    throw err;
  }
}
