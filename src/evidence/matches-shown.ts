// "Matches shown" for the funnel: each offer–want pair once a day, recorded when a listing's
// matches are returned. Counting began with migration 0014; earlier periods show none.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

export async function recordMatchesShown(
  db: Database,
  subject: { id: string; kind: 'offer' | 'want' },
  candidateIds: readonly string[],
): Promise<void> {
  if (!candidateIds.length) return;
  const pairs = candidateIds.map((c) =>
    subject.kind === 'offer' ? sql`(current_date, ${subject.id}::uuid, ${c}::uuid)` : sql`(current_date, ${c}::uuid, ${subject.id}::uuid)`,
  );
  await db.execute(
    sql`INSERT INTO matches_shown (day, offer_id, want_id) VALUES ${sql.join(pairs, sql`, `)} ON CONFLICT DO NOTHING`,
  );
}
