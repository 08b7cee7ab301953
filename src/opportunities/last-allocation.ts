// The last optimal allocation an organisation's officers solved, kept for the OGC opportunities
// collection (src/gis/features.ts). A what-if is never kept: its listings are imaginary and its
// request promises that nothing is written.
import { sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { opportunityFlows } from '../../db/schema.ts';
import type { OpportunityRequest, OpportunityResult } from '../../schemas/opportunity.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rows per INSERT: well under the 65,535 parameters a statement may carry. */
const BATCH = 1000;

const publicPoint = ({ lon, lat }: { lon: number; lat: number }) =>
  sql`public_point(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography)`;

/** Replaces the organisation's kept allocation with this result's flows, if it is one to keep. */
export async function keepLastAllocation(
  db: Database,
  organisationId: string | null,
  request: OpportunityRequest,
  result: OpportunityResult,
): Promise<void> {
  if (!organisationId || request.scenario || result.status !== 'optimal') return;
  const rows = result.flows
    .filter((f) => UUID.test(f.offerId) && UUID.test(f.wantId))
    .map((f) => ({
      organisationId,
      objective: result.objective,
      offerId: f.offerId,
      wantId: f.wantId,
      materialCode: f.material,
      tonnesPerYear: f.tonnesPerYear,
      distanceKm: f.distanceKm,
      costSavedGbpPerYear: f.savings.costSavedGbpPerYear,
      co2eAvoidedKgPerYear: f.savings.co2eAvoidedKgPerYear,
      // Generalised as listings' public_location is: the exact sites never reach this table.
      fromPoint: publicPoint(f.from),
      toPoint: publicPoint(f.to),
    }));
  await inTransaction(db, async (tx) => {
    await tx.delete(opportunityFlows).where(sql`${opportunityFlows.organisationId} = ${organisationId}`);
    for (let i = 0; i < rows.length; i += BATCH) await tx.insert(opportunityFlows).values(rows.slice(i, i + BATCH));
  });
}
