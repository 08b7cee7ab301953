// listing.expiring (7 days ahead, once per expiry date) and listing.expired, found by the sweep.
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { publishEvents } from './publish.ts';

/** How far ahead an owner is told that a listing will expire. */
export const EXPIRING_NOTICE_DAYS = 7;
/** Listings noticed per statement; the next sweep takes the rest. */
const BATCH = 1000;

interface Due {
  listing_id: string;
  organisation_id: string;
  kind: string;
  material_code: string;
  expires_at: string;
}

/** Notices each listing due one, and publishes the events in the same transaction. */
export async function sweepExpiry(db: Database): Promise<number> {
  let sent = 0;
  for (const notice of ['expiring', 'expired'] as const) {
    const window =
      notice === 'expiring'
        ? sql`l.expires_at > now() AND l.expires_at <= now() + make_interval(days => ${EXPIRING_NOTICE_DAYS})`
        : sql`l.expires_at <= now()`;
    sent += await inTransaction(db, async (tx) => {
      const due = await queryRows<Due>(
        tx,
        sql`
          WITH due AS (
            SELECT l.id, l.organisation_id, l.kind, l.material_code, l.expires_at
            FROM listings l
            WHERE l.status = 'active' AND ${window}
              AND NOT EXISTS (SELECT 1 FROM listing_expiry_notices x
                              WHERE x.listing_id = l.id AND x.kind = ${notice} AND x.expires_at = l.expires_at)
            ORDER BY l.expires_at
            LIMIT ${BATCH}
          ), noticed AS (
            INSERT INTO listing_expiry_notices (listing_id, kind, expires_at)
            SELECT id, ${notice}, expires_at FROM due
            ON CONFLICT DO NOTHING
            RETURNING listing_id
          )
          SELECT due.id AS listing_id, due.organisation_id, due.kind::text, due.material_code,
                 to_json(due.expires_at)#>>'{}' AS expires_at
          FROM due JOIN noticed ON noticed.listing_id = due.id`,
      );
      await publishEvents(
        tx,
        due.map((d) => ({
          type: notice === 'expiring' ? ('listing.expiring' as const) : ('listing.expired' as const),
          organisationIds: [d.organisation_id],
          data: {
            listingId: d.listing_id,
            kind: d.kind,
            material: d.material_code,
            expiresAt: new Date(d.expires_at).toISOString(),
          },
        })),
      );
      return due.length;
    });
  }
  return sent;
}
