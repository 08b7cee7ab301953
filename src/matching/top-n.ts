// A listing's top N as its owner's match list ranks it (table match_thresholds): what the
// match.found fan-out compares a new listing against. Written by the fan-out worker only, never
// on the GET path. Semantics: docs/notifications.md, "When a new listing ranks in a top N".
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Ranking } from './matches.ts';
import type { RankKey } from './score.ts';

export interface TopN {
  listingId: string;
  /** Best first, at most N. */
  top: RankKey[];
  /** The distance of the cap-th nearest candidate, or null when fewer than the cap qualified. */
  reachM: number | null;
  /** Its id (the walk is ordered by distance, then id); null below the cap, or once the listing it names may have left the list. */
  reachId: string | null;
  /** How many candidates the walk returned (at most the cap). */
  size: number;
}

/** What is kept of a ranking: its first `n` keys, and its reach when the walk hit the cap. */
export function topNOf(listingId: string, ranking: Ranking, n: number, cap: number): TopN {
  return {
    listingId,
    top: ranking.ranked.slice(0, n).map((r) => r.key),
    reachM: ranking.walked >= cap ? ranking.farthestM : null,
    reachId: ranking.walked >= cap ? ranking.farthestId : null,
    size: ranking.walked,
  };
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
 * Keeps these top Ns, in one statement. A row holds until the first of the listing and its top N
 * expires or its availability ends (it would leave the list) or the factors change period; the
 * trigger of migration 0023 deletes it sooner when one of them changes or ends.
 */
export async function storeTopN(db: Database, rows: TopN[], factorSet: FactorSet, today: string): Promise<void> {
  if (!rows.length) return;
  const json = JSON.stringify(rows.map((r) => ({ listing_id: r.listingId, top: r.top, reach_m: r.reachM, reach_id: r.reachId, size: r.size })));
  await db.execute(sql`
    INSERT INTO match_thresholds (listing_id, top, top_ids, reach_m, reach_id, size, factor_set, ranked_on, factors_until, valid_until)
    SELECT u.listing_id, u.top, ids.top_ids, u.reach_m, u.reach_id, u.size,
      ${factorSet.id}, ${today}::date, ${factorsUnchangedUntil(factorSet, today)}::date,
      -- One id list, so that each row is found by its primary key (an OR of two tests is not).
      COALESCE((SELECT min(LEAST(l.expires_at, (l.available_until + 1)::timestamptz)) FROM listings l
        WHERE l.id = ANY(ids.top_ids || u.listing_id)), 'infinity')
    FROM jsonb_to_recordset(${json}::jsonb) AS u(listing_id uuid, top jsonb, reach_m float8, reach_id uuid, size int),
      LATERAL (SELECT ARRAY(SELECT (e ->> 'id')::uuid FROM jsonb_array_elements(u.top) e) AS top_ids) ids
    -- The listing may have been deleted since it was ranked: then nothing is kept.
    WHERE EXISTS (SELECT 1 FROM listings l WHERE l.id = u.listing_id)
    ON CONFLICT (listing_id) DO UPDATE SET top = EXCLUDED.top, top_ids = EXCLUDED.top_ids, reach_m = EXCLUDED.reach_m, reach_id = EXCLUDED.reach_id, size = EXCLUDED.size,
      factor_set = EXCLUDED.factor_set, ranked_on = EXCLUDED.ranked_on, factors_until = EXCLUDED.factors_until,
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
export async function storedTopN(db: Database, ids: string[]): Promise<{ listing_id: string; top: RankKey[]; reach_m: number | null; reach_id: string | null }[]> {
  return queryRows(db, sql`SELECT listing_id, top, reach_m, reach_id FROM match_thresholds WHERE listing_id = ANY(${sql.param(ids)}::uuid[])`);
}
