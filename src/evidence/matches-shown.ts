// "Matches shown" for the funnel: each offer–want pair once a day, recorded when a listing's
// matches are returned. Counting began with migration 0014; earlier periods show none.
import { sql } from 'drizzle-orm';
import { type Database, queryPreparedRows } from '../../db/client.ts';

export async function recordMatchesShown(
  db: Database,
  subject: { id: string; kind: 'offer' | 'want' },
  candidateIds: readonly string[],
): Promise<void> {
  if (!candidateIds.length) return;
  // One text whatever the page's length, kept prepared: it runs on every match request, and an
  // unnamed statement costs PostgreSQL a parse and plan and the service a describe round trip.
  // Sorted, so that concurrent requests take the key locks in one order.
  const others = [...new Set(candidateIds)].sort();
  const [offers, wants] = subject.kind === 'offer' ? [[subject.id], others] : [others, [subject.id]];
  await queryPreparedRows(
    db,
    sql`INSERT INTO matches_shown (day, offer_id, want_id)
        SELECT current_date, o, w FROM unnest(${sql.param(offers)}::uuid[]) o, unnest(${sql.param(wants)}::uuid[]) w
        ON CONFLICT DO NOTHING`,
  );
}
