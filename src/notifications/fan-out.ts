// What a listing that became active or changed sets off: match alerts and saved-search hits.
import type { Database } from '../../db/client.ts';
import { alertMatches, type MatchAlertConfig } from './match-alerts.ts';
import { matchSavedSearches } from './saved-searches.ts';

export async function fanOut(db: Database, listingId: string, config: MatchAlertConfig): Promise<void> {
  await alertMatches(db, listingId, config);
  await matchSavedSearches(db, listingId, config);
}
