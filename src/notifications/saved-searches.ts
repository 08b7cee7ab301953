// Saved searches: a POST /matches/search body an organisation keeps; each listing that becomes
// active is checked against the ones it could match, and a hit is told at once (instant) or
// gathered into a daily or weekly digest.
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import type { Match, MatchSearch } from '../../schemas/matching.ts';
import type { Principal } from '../auth/principal.ts';
import { badRequest, HttpProblem, notFound } from '../errors.ts';
import { listingProblems, type MaterialDefinition } from '../listings/validate.ts';
import { counterpartMaterials } from '../matching/candidates.ts';
import { searchMatches } from '../matching/matches.ts';
import { getMaterial, listMaterials } from '../reference/materials.ts';
import { listedMaterials } from '../../schemas/listed-materials.ts';
import type { MatchAlertConfig } from './match-alerts.ts';
import { publishEvent } from './publish.ts';

export type Frequency = 'instant' | 'daily' | 'weekly';

/** A POST /matches/search body without its paging and strictness, which the alerts set. */
export type SavedQuery = Omit<MatchSearch, 'strict' | 'limit' | 'cursor'>;

export interface SavedSearch {
  id: string;
  name: string;
  query: SavedQuery;
  frequency: Frequency;
  createdAt: string;
}

interface Row {
  id: string;
  organisation_id: string;
  name: string;
  query: SavedQuery;
  frequency: Frequency;
  created_at: string;
}

const view = (r: Row): SavedSearch => ({
  id: r.id,
  name: r.name,
  query: r.query,
  frequency: r.frequency,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Most saved searches one organisation may keep: each is matched against every new listing. */
export const MAX_SAVED_SEARCHES = 50;

function ownOrganisation(p: Principal): string {
  if (!p.organisationId) throw badRequest('organisation', 'the built-in admin has no organisation to save searches for');
  return p.organisationId;
}

export async function createSavedSearch(
  db: Database,
  p: Principal,
  input: { name: string; query: SavedQuery; frequency: Frequency },
): Promise<SavedSearch> {
  const organisationId = ownOrganisation(p);
  // Every material the query names keys the fan-out's prefilter; the first one's grade
  // properties are checked here as POST /matches/search checks them.
  const materialCodes = listedMaterials(input.query);
  const materialCode = materialCodes[0] ?? '';
  const material = await getMaterial(db, materialCode);
  if (!material) throw badRequest('query.material', `unknown material ${materialCode}`);
  // The same checks as POST /matches/search, each field named where it sits in this body.
  const errors = listingProblems(material as MaterialDefinition, input.query).map((e) => ({ ...e, path: `query.${e.path}` }));
  if (errors.length)
    throw new HttpProblem(400, errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      type: 'validation',
      title: 'Invalid request',
      errors,
    });
  return inTransaction(db, async (tx) => {
    const [count] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM saved_searches WHERE organisation_id = ${organisationId}::uuid`,
    );
    if ((count?.n ?? 0) >= MAX_SAVED_SEARCHES)
      throw badRequest('name', `an organisation keeps at most ${MAX_SAVED_SEARCHES} saved searches; delete one first`);
    const [row] = await queryRows<Row>(
      tx,
      sql`INSERT INTO saved_searches (organisation_id, created_by_user_id, name, query, kind, material_codes, frequency)
          VALUES (${organisationId}::uuid, ${p.userId}::uuid, ${input.name}, ${JSON.stringify(input.query)}::jsonb,
                  ${input.query.kind}, ${sql.param(materialCodes)}::text[], ${input.frequency})
          RETURNING id, organisation_id, name, query, frequency, to_json(created_at)#>>'{}' AS created_at`,
    );
    if (!row) throw new Error('insert into saved_searches returned no row');
    return view(row);
  });
}

export async function listSavedSearches(db: Database, p: Principal): Promise<SavedSearch[]> {
  if (!p.organisationId) return [];
  const rows = await queryRows<Row>(
    db,
    sql`SELECT id, organisation_id, name, query, frequency, to_json(created_at)#>>'{}' AS created_at
        FROM saved_searches WHERE organisation_id = ${p.organisationId}::uuid ORDER BY created_at, id`,
  );
  return rows.map(view);
}

export async function deleteSavedSearch(db: Database, p: Principal, id: string): Promise<void> {
  const rows = p.organisationId
    ? await queryRows<{ id: string }>(
        db,
        sql`DELETE FROM saved_searches WHERE id = ${id}::uuid AND organisation_id = ${p.organisationId}::uuid RETURNING id`,
      )
    : [];
  if (rows.length === 0) throw notFound('Saved search');
}

const memberOf = (organisationId: string): Principal => ({
  organisationId,
  role: 'member',
  keyId: null,
  userId: null,
  sessionId: null,
  orgAdmin: false,
});

/**
 * The saved searches a listing could satisfy: other firms', of the counterpart kind and a material
 * the listing can serve, whose point lies within both hauls of the listing's public point.
 */
async function searchesInReach(db: Database, listingId: string): Promise<Row[]> {
  const [listing] = await queryRows<{ kind: 'offer' | 'want'; material_code: string; organisation_id: string }>(
    db,
    sql`SELECT kind, material_code, organisation_id FROM listings WHERE id = ${listingId}::uuid AND status = 'active'`,
  );
  if (!listing) return [];
  const codes = counterpartMaterials({ kind: listing.kind, materialCode: listing.material_code }, await listMaterials(db)).map((m) => m.code);
  if (codes.length === 0) return [];
  return queryRows<Row>(
    db,
    sql`SELECT s.id, s.organisation_id, s.name, s.query, s.frequency, to_json(s.created_at)#>>'{}' AS created_at
        FROM saved_searches s, listings l
        WHERE l.id = ${listingId}::uuid
          AND s.kind = ${listing.kind === 'offer' ? 'want' : 'offer'}
          AND s.material_codes && ${sql.param(codes)}::text[]
          AND s.organisation_id <> l.organisation_id
          AND ST_DWithin(
                l.public_location,
                ST_SetSRID(ST_MakePoint((s.query #>> '{location,coordinates,0}')::float8,
                                        (s.query #>> '{location,coordinates,1}')::float8), 4326)::geography,
                LEAST(l.max_haul_km, (s.query ->> 'maxHaulKm')::float8) * 1000)`,
  );
}

/** Runs each saved search in reach as its owner would; a hit is recorded once and told per frequency. */
export async function matchSavedSearches(db: Database, listingId: string, config: MatchAlertConfig): Promise<number> {
  let told = 0;
  for (const search of await searchesInReach(db, listingId)) {
    const page = await searchMatches(db, memberOf(search.organisation_id), { ...search.query, strict: false, limit: 100, cursor: undefined }, config).catch(
      () => null, // a query the catalogue no longer accepts matches nothing
    );
    const match = page?.items.find((m) => m.listing.id === listingId);
    if (!match) continue;
    told += await inTransaction(db, async (tx) => {
      const instant = search.frequency === 'instant';
      const fresh = await queryRows<{ listing_id: string }>(
        tx,
        sql`INSERT INTO saved_search_hits (saved_search_id, listing_id, match, digested_at)
            VALUES (${search.id}::uuid, ${listingId}::uuid, ${JSON.stringify(hitData(match))}::jsonb, ${instant ? sql`now()` : sql`NULL`})
            ON CONFLICT DO NOTHING RETURNING listing_id`,
      );
      if (fresh.length === 0 || !instant) return 0;
      await publishEvent(tx, {
        type: 'saved-search.matched',
        organisationIds: [search.organisation_id],
        data: { savedSearchId: search.id, name: search.name, frequency: search.frequency, matches: [hitData(match)] },
      });
      return 1;
    });
  }
  return told;
}

/** A hit as told: the listing's public view, distance from the search's point, estimated savings. */
function hitData(match: Match): Record<string, unknown> {
  return { listing: match.listing, distanceKm: match.distanceKm, roadKm: match.roadKm, score: match.score, savings: match.savings };
}

/** Sends each daily or weekly search that is due one digest of its hits since the last. */
export async function sendDigests(db: Database): Promise<number> {
  return inTransaction(db, async (tx) => {
    const due = await queryRows<{ id: string; organisation_id: string; name: string; frequency: Frequency; matches: unknown[] }>(
      tx,
      sql`WITH due AS (
            SELECT s.id FROM saved_searches s
            WHERE (s.frequency = 'daily' AND s.last_digest_at <= now() - interval '1 day')
               OR (s.frequency = 'weekly' AND s.last_digest_at <= now() - interval '7 days')
            ORDER BY s.last_digest_at
            LIMIT 500
            FOR UPDATE SKIP LOCKED
          ), stamped AS (
            UPDATE saved_searches s SET last_digest_at = now() FROM due WHERE s.id = due.id
            RETURNING s.id, s.organisation_id, s.name, s.frequency
          ), taken AS (
            UPDATE saved_search_hits h SET digested_at = now() FROM stamped
            WHERE h.saved_search_id = stamped.id AND h.digested_at IS NULL
            RETURNING h.saved_search_id, h.match, h.found_at
          )
          SELECT stamped.id, stamped.organisation_id, stamped.name, stamped.frequency,
                 jsonb_agg(taken.match ORDER BY taken.found_at) AS matches
          FROM stamped JOIN taken ON taken.saved_search_id = stamped.id
          GROUP BY stamped.id, stamped.organisation_id, stamped.name, stamped.frequency`,
    );
    for (const d of due) {
      await publishEvent(tx, {
        type: 'saved-search.matched',
        organisationIds: [d.organisation_id],
        data: { savedSearchId: d.id, name: d.name, frequency: d.frequency, matches: d.matches },
      });
    }
    return due.length;
  });
}
