// match.found: whom a listing that became active (or changed while active) should be told about.
// The counterparts come from one indexed query — the matching walk from the new listing's public
// point, which finds the listings it would match, and matching is symmetric (material, grade,
// both hauls, dates) — and each is kept only if the new listing ranks within that counterpart's
// own top N, exactly as GET /listings/{id}/matches shows its owner.
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import type { Match } from '../../schemas/matching.ts';
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import { findCandidates } from '../matching/candidates.ts';
import { matchesForListing } from '../matching/matches.ts';
import { listingSubject, type StoredSubject } from '../matching/subject.ts';
import type { NotificationEvent } from './events.ts';
import { publishEvents } from './publish.ts';

export type MatchAlertConfig = Pick<Config, 'defaultFactorSet' | 'matchMinShare' | 'matchCandidateCap' | 'matchAlertTopN'>;

const memberOf = (organisationId: string): Principal => ({
  organisationId,
  role: 'member',
  keyId: null,
  userId: null,
  sessionId: null,
  orgAdmin: false,
});

/** The listing as a subject seen from outside its firm: at its public point. */
async function publicSubject(db: Database, listingId: string): Promise<StoredSubject | null> {
  const subject = await listingSubject(db, listingId);
  if (!subject || subject.status !== 'active') return null;
  const [point] = await queryRows<{ lon: number; lat: number }>(
    db,
    sql`SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat FROM listings WHERE id = ${listingId}::uuid`,
  );
  return point ? { ...subject, lon: Number(point.lon), lat: Number(point.lat) } : null;
}

/** The counterparts (other firms' active listings) a listing would match: one indexed walk. */
export async function counterpartsOf(
  db: Database,
  subject: StoredSubject,
  config: MatchAlertConfig,
): Promise<{ id: string; organisation_id: string }[]> {
  const rows = await findCandidates(db, subject, {
    strict: false,
    minShareOfWant: config.matchMinShare,
    cap: config.matchCandidateCap,
    exactPositions: false,
  });
  return rows.filter((r) => r.organisation_id !== subject.organisationId);
}

/** Finds whom to tell, and tells each owner once per (their listing, this listing). */
export async function alertMatches(db: Database, listingId: string, config: MatchAlertConfig): Promise<number> {
  const subject = await publicSubject(db, listingId);
  if (!subject) return 0;
  const counterparts = await counterpartsOf(db, subject, config);
  if (counterparts.length === 0) return 0;
  const told = new Set(
    (
      await queryRows<{ listing_id: string }>(
        db,
        sql`SELECT listing_id FROM match_alerts WHERE counterpart_id = ${listingId}::uuid
            AND listing_id = ANY(${sql.param(counterparts.map((c) => c.id))}::uuid[])`,
      )
    ).map((r) => r.listing_id),
  );
  const due: { listingId: string; organisationId: string; match: Match }[] = [];
  for (const c of counterparts) {
    if (told.has(c.id)) continue;
    // Their own top N, as their owner would see it (public points of other firms' sites).
    const page = await matchesForListing(db, memberOf(c.organisation_id), c.id, { strict: false, limit: config.matchAlertTopN }, config).catch(
      () => null, // the counterpart closed or expired meanwhile: nobody to tell
    );
    const match = page?.items.find((m) => m.listing.id === listingId);
    if (match) due.push({ listingId: c.id, organisationId: c.organisation_id, match });
  }
  if (due.length === 0) return 0;
  return inTransaction(db, async (tx) => {
    const fresh = new Set(
      (
        await queryRows<{ listing_id: string }>(
          tx,
          sql`INSERT INTO match_alerts (listing_id, counterpart_id)
              SELECT unnest(${sql.param(due.map((d) => d.listingId))}::uuid[]), ${listingId}::uuid
              ON CONFLICT DO NOTHING RETURNING listing_id`,
        )
      ).map((r) => r.listing_id),
    );
    const events: NotificationEvent[] = due
      .filter((d) => fresh.has(d.listingId))
      .map((d) => ({ type: 'match.found', organisationIds: [d.organisationId], data: matchFoundData(d.listingId, d.match) }));
    await publishEvents(tx, events);
    return events.length;
  });
}

/**
 * The payload: the recipient's listing id and the match as their match list shows it — the other
 * listing's public view (public point, no name), distances from public points, savings with sources.
 */
export function matchFoundData(listingId: string, match: Match): Record<string, unknown> {
  return {
    listingId,
    match: {
      listing: match.listing,
      distanceKm: match.distanceKm,
      roadKm: match.roadKm,
      quantityPerYear: match.quantityPerYear,
      quantityPerLot: match.quantityPerLot,
      score: match.score,
      savings: match.savings,
    },
  };
}
