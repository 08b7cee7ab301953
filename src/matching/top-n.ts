// A listing's top N as its owner's match list last ranked it (table match_thresholds): what
// match.found compares a new listing against. Semantics: docs/notifications.md, "When a listing
// ranks in the top N".
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { RankKey } from './score.ts';

export interface TopN {
  /** Best first, at most N. */
  top: RankKey[];
  /** The distance of the cap-th nearest candidate, or null when fewer than the cap qualified. */
  reachM: number | null;
  factorSet: FactorSet;
  /** The day the savings were estimated for (UTC), as the match list does. */
  rankedOn: string;
}

/**
 * The last day on which every factor of `set` is what it is on `day`: the day before the next
 * period of any factor begins, or the end of a period in force. Null when none ends.
 */
export function factorsUnchangedUntil(set: FactorSet, day: string): string | null {
  let until: string | null = null;
  const earlier = (d: string) => (until === null || d < until ? d : until);
  for (const factor of set.factors) {
    if (factor.validFrom && factor.validFrom > day) until = earlier(dayBefore(factor.validFrom));
    if (factor.validTo && factor.validTo >= day) until = earlier(factor.validTo);
  }
  return until;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Keeps `listingId`'s top N. The row is good until the first of its top N expires or its
 * availability ends (it would leave the list), or the factors change; the trigger of migration
 * match_threshold deletes it sooner when the listing or one of its top N changes or ends.
 */
export async function storeTopN(db: Database, listingId: string, t: TopN): Promise<void> {
  const ids = t.top.map((k) => k.id);
  await db.execute(sql`
    INSERT INTO match_thresholds (listing_id, top, top_ids, reach_m, factor_set, factors_until, ranked_on, valid_until)
    SELECT ${listingId}::uuid, ${JSON.stringify(t.top)}::jsonb, ${sql.param(ids)}::uuid[], ${t.reachM}::float8,
      ${t.factorSet.id}, ${factorsUnchangedUntil(t.factorSet, t.rankedOn)}::date, ${t.rankedOn}::date,
      COALESCE((SELECT LEAST(min(expires_at), min((available_until + 1)::timestamptz)) FROM listings
        WHERE id = ANY(${sql.param(ids)}::uuid[])), 'infinity')
    ON CONFLICT (listing_id) DO UPDATE SET top = EXCLUDED.top, top_ids = EXCLUDED.top_ids, reach_m = EXCLUDED.reach_m,
      factor_set = EXCLUDED.factor_set, factors_until = EXCLUDED.factors_until, ranked_on = EXCLUDED.ranked_on,
      valid_until = EXCLUDED.valid_until`);
}

/**
 * SQL true where stored top N `t` still holds today for the configured factor set (the trigger
 * has already removed those that a change made stale).
 */
export function topNHolds(t: SQL, factorSet: string, today: string): SQL {
  return sql`(${t}.factor_set = ${factorSet} AND ${t}.ranked_on <= ${today}::date
    AND (${t}.factors_until IS NULL OR ${t}.factors_until >= ${today}::date) AND ${t}.valid_until > now())`;
}

/** The stored rows of these listings, for tests and the benchmark. */
export async function storedTopN(db: Database, ids: string[]): Promise<{ listing_id: string; top: RankKey[] }[]> {
  return queryRows(db, sql`SELECT listing_id, top FROM match_thresholds WHERE listing_id = ANY(${sql.param(ids)}::uuid[])`);
}
