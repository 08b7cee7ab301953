// match.found: whom a listing that became active (or changed while active) should be told about.
// The counterparts come from one indexed query — the matching walk from the new listing's public
// point (matching is symmetric: material, grade, both hauls, dates), measured to each
// counterpart's exact site as its owner's list measures them — which also reads each
// counterpart's stored top N (src/matching/top-n.ts) and whether its owner was told already. A
// counterpart is told if the new listing ranks within its top N, by the keys its match list is
// ordered by. A counterpart with no stored top N that holds has its list ranked here, once, and
// kept: the worker keeps the stored top N fresh, the GET path never writes it.
// Semantics, and the cases that are not exact: docs/notifications.md.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import type { Match } from '../../schemas/matching.ts';
import type { Material } from '../../schemas/material.ts';
import type { Config } from '../config.ts';
import { assessCandidates, type Candidate, savingsOf, savingsTotalsOf, toMatch } from '../matching/assessment.ts';
import { candidateColumns, type CandidateRow, candidatePosition, GRID_SLACK, subjectPoint } from '../matching/candidates-sql.ts';
import { findCandidatesWith } from '../matching/candidates.ts';
import { matchOptions, NO_FACTS, pageFacts, rankingOf } from '../matching/matches.ts';
import { enterTop, type RankKey, rankKeyOf, ranksWithin } from '../matching/score.ts';
import { listingSubject, type MatchSubject, type StoredSubject, subjectFromRow } from '../matching/subject.ts';
import { storeTopN, type TopN, topNHolds, topNOf } from '../matching/top-n.ts';
import { configuredFactorSet } from '../reference/factor-sets.ts';
import { listMaterials } from '../reference/materials.ts';
import { factorValuesOn } from '../savings/estimate-totals.ts';
import type { NotificationEvent } from './events.ts';
import { publishEvents } from './publish.ts';
import { recordMatchesShown } from '../evidence/matches-shown.ts';

export type MatchAlertConfig = Pick<Config, 'defaultFactorSet' | 'matchMinShare' | 'matchCandidateCap' | 'matchAlertTopN'>;

/** A counterpart as the fan-out query returns it, with its stored top N where one still holds. */
export interface CounterpartRow extends CandidateRow {
  /** The distance its owner's list measures to the new listing: its exact site to the new one's public point. */
  seen_m: number;
  top_n: RankKey[] | null;
  reach_m: number | null;
  reach_id: string | null;
  size: number | null;
  told: boolean;
}

/** The listing as a subject seen from outside its firm: at its public point; null unless it can match today. */
async function publicSubject(db: Database, listingId: string): Promise<StoredSubject | null> {
  const subject = await listingSubject(db, listingId);
  if (!subject || subject.status !== 'active') return null;
  const [point] = await queryRows<{ lon: number; lat: number }>(
    db,
    // A listing whose availability has ended is in nobody's list (the walk's date test).
    sql`SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat FROM listings
        WHERE id = ${listingId}::uuid AND (available_until IS NULL OR available_until >= current_date)`,
  );
  return point ? { ...subject, lon: Number(point.lon), lat: Number(point.lat) } : null;
}

/**
 * The counterparts (other firms' active listings) a listing would match, each with its stored
 * top N and whether its owner was told of this listing already: one indexed walk. Walked from the
 * listing's public point, with haul limits and distances to the counterparts' exact sites: what
 * each counterpart's own list (its owner may see its site) measures.
 */
export async function counterpartsOf(
  db: Database,
  subject: StoredSubject,
  config: MatchAlertConfig,
  factorSet: string,
  today: string,
): Promise<CounterpartRow[]> {
  const options = { ...matchOptions(config, false), exactPositions: true };
  // The distance as the counterpart's list computes it: ST_Distance(candidate's public point,
  // the subject's point made from its coordinates), the same arguments in the same order, so
  // that the savings and the rank come out as the same numbers.
  const seen = sql`ST_Distance(a.public_location, ST_SetSRID(ST_MakePoint(w.lon, w.lat), 4326)::geography)`;
  const holds = topNHolds(sql`t`, factorSet, today);
  return findCandidatesWith<CounterpartRow>(db, subject, options, (walk: SQL) => sql`
    SELECT w.*, ${seen} AS seen_m,
      CASE WHEN ${holds} THEN t.top END AS top_n,
      CASE WHEN ${holds} THEN t.reach_m END AS reach_m,
      CASE WHEN ${holds} THEN t.reach_id END AS reach_id,
      CASE WHEN ${holds} THEN t.size END AS size,
      EXISTS (SELECT 1 FROM match_alerts m WHERE m.listing_id = w.id AND m.counterpart_id = a.id) AS told
    FROM (${walk}) w
      JOIN listings a ON a.id = ${subject.listingId}::uuid
      LEFT JOIN match_thresholds t ON t.listing_id = w.id`);
}

/** The new listing as a candidate row, as any counterpart's walk reads it (its distance set per counterpart). */
async function asCandidate(
  db: Database,
  subject: StoredSubject,
  materialsByCode: Map<string, Material>,
): Promise<Omit<CandidateRow, 'distance_m'> | null> {
  const [row] = await queryRows<CandidateRow>(
    db,
    sql`SELECT ${candidateColumns(subjectPoint(subject), candidatePosition({ exactPositions: false }))}
        FROM listings c WHERE c.id = ${subject.listingId}::uuid`,
  );
  if (!row) return null;
  return { ...row, density_t_per_m3: materialsByCode.get(row.material_code)?.densityTPerM3 ?? null };
}

interface Due {
  listingId: string;
  organisationId: string;
  owner: MatchSubject;
  candidate: Candidate;
  /** The counterpart's stored top N before and after this listing entered it; null: ranked afresh. */
  top: { before: RankKey[]; after: RankKey[] } | null;
}

/** Finds whom to tell, and tells each owner once per (their listing, this listing). */
export async function alertMatches(db: Database, listingId: string, config: MatchAlertConfig): Promise<number> {
  const subject = await publicSubject(db, listingId);
  if (!subject) return 0;
  const factorSet = await configuredFactorSet(db, config.defaultFactorSet);
  // Savings are estimated for today's date (UTC), as the match list does.
  const today = new Date().toISOString().slice(0, 10);
  const counterparts = (await counterpartsOf(db, subject, config, factorSet.id, today)).filter((c) => !c.told);
  if (counterparts.length === 0) return 0;
  const materialsByCode = new Map((await listMaterials(db)).map((m) => [m.code, m]));
  const self = await asCandidate(db, subject, materialsByCode);
  if (!self) return 0;
  const factors = factorValuesOn(factorSet, today);
  const options = matchOptions(config, false);
  const view = { officer: false, factorSet, today };
  const n = config.matchAlertTopN;

  const due: Due[] = [];
  const ranked: TopN[] = [];
  // Stored lists below the cap that this listing joins: their count goes up (see joinLists).
  const joined: string[] = [];
  // Stored lists at the cap that this listing joins: the farthest leaves them (see leaveLists).
  const displaced: { id: string; reachId: string }[] = [];
  for (const c of counterparts) {
    // A list at its cap that this listing joins loses its farthest candidate. If that one was in
    // its top N, the new N-th is not stored: the list is ranked again, as if it had no row.
    const atCap = c.top_n !== null && c.reach_m !== null;
    const seen = Number(c.seen_m);
    if (atCap) {
      // The capped walk keeps the nearest by grid distance (ties in index order), and the list is
      // then ordered by distance on the spheroid, which differs by up to GRID_SLACK: clearly
      // beyond its reach, not in the list; clearly within, in it; near the reach, not known, so
      // the list is ranked again.
      const reach = Number(c.reach_m);
      if (seen > reach * GRID_SLACK.factor) continue;
      if (seen >= reach / GRID_SLACK.factor) c.top_n = null;
      else if (c.reach_id !== listingId) {
        if (c.reach_id === null || c.top_n?.some((k) => k.id === c.reach_id)) c.top_n = null;
        else displaced.push({ id: c.id, reachId: c.reach_id });
      }
    } else if (c.top_n !== null) joined.push(c.id);
    if (c.top_n === null) {
      // No stored top N that holds: rank this counterpart's list as its owner would see it (the
      // new listing is in it already: it has committed), keep its top N for the next fan-outs,
      // and see whether this listing stands in it.
      const owner = await listingSubject(db, c.id);
      if (!owner || owner.status !== 'active') continue;
      const ranking = await rankingOf(db, owner, options, view);
      ranked.push(topNOf(c.id, ranking, n, config.matchCandidateCap));
      const place = ranking.ranked.findIndex((r) => r.candidate.row.id === listingId);
      const entry = ranking.ranked[place];
      if (entry && place < n) due.push({ listingId: c.id, organisationId: c.organisation_id, owner, candidate: entry.candidate, top: null });
      continue;
    }
    const owner = subjectFromRow({ ...c, other_materials: [] });
    const [assessed] = assessCandidates(owner, [{ ...self, distance_m: Number(c.seen_m) }], options);
    // As the counterpart's own walk tests the grade (its material's properties): a fail is not in its list.
    if (!assessed || assessed.checks.some((check) => check.result === 'fail')) continue;
    const net = savingsTotalsOf(owner, assessed, materialsByCode, factorSet, today, factors).costSavedGbp;
    const key = rankKeyOf({ id: listingId, score: assessed.score, distanceKm: assessed.distanceKm }, net);
    if (!ranksWithin(key, c.top_n, n)) continue;
    due.push({ listingId: c.id, organisationId: c.organisation_id, owner, candidate: assessed, top: { before: c.top_n, after: enterTop(key, c.top_n, n) } });
  }
  // The lists ranked here are kept whether or not anyone is told: one statement.
  await storeTopN(db, ranked, factorSet, today);
  if (due.length === 0) {
    if (joined.length || displaced.length)
      await inTransaction(db, async (tx) => {
        await joinLists(tx, joined, config.matchCandidateCap);
        await leaveLists(tx, displaced);
      });
    return 0;
  }

  // What the match shows beside the ranking (the offer's waste code and hazard flag): read once.
  const facts = (await pageFacts(db, [{ id: listingId }], { officer: false, offers: subject.kind === 'offer' })).get(listingId) ?? NO_FACTS;
  return inTransaction(db, async (tx) => {
    await raiseTopN(tx, listingId, due);
    await joinLists(tx, joined, config.matchCandidateCap);
    await leaveLists(tx, displaced);
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
      .map((d) => {
        const savings = savingsOf(d.owner, d.candidate, materialsByCode, factorSet, today);
        const match = toMatch({ ...d.candidate, savings }, facts);
        return { type: 'match.found', organisationIds: [d.organisationId], data: matchFoundData(d.listingId, match) };
      });
    await publishEvents(tx, events);
    // An alert shows the match to the counterpart's owner: evidence of a match shown, as a page
    // of GET /listings/{id}/matches is (docs/evidence.md). Ranking a list shows nothing to anyone.
    await recordMatchesShown(tx, { id: listingId, kind: subject.kind }, [...fresh]);
    return events.length;
  });
}

/**
 * The stored top N of each counterpart this listing entered, with it in its place: what the
 * counterpart's list now shows. A row that changed since it was read (another fan-out entered
 * it meanwhile) is deleted rather than overwritten, to be ranked afresh by the next fan-out.
 */
async function raiseTopN(tx: Database, listingId: string, due: Due[]): Promise<void> {
  const raised = due.flatMap((d) => (d.top ? [{ listing_id: d.listingId, before: d.top.before, after: d.top.after }] : []));
  if (!raised.length) return;
  const rows = sql`jsonb_to_recordset(${JSON.stringify(raised)}::jsonb) AS u(listing_id uuid, before jsonb, after jsonb)`;
  await tx.execute(sql`
    WITH entered AS (
      SELECT LEAST(expires_at, (available_until + 1)::timestamptz) AS ends FROM listings WHERE id = ${listingId}::uuid
    )
    UPDATE match_thresholds t
      SET top = u.after, top_ids = ARRAY(SELECT (e ->> 'id')::uuid FROM jsonb_array_elements(u.after) e),
        valid_until = LEAST(t.valid_until, COALESCE((SELECT ends FROM entered), t.valid_until))
      FROM ${rows} WHERE t.listing_id = u.listing_id AND t.top = u.before`);
  await tx.execute(sql`
    DELETE FROM match_thresholds t USING ${rows} WHERE t.listing_id = u.listing_id AND t.top <> u.after`);
}

/**
 * Counts this listing into the stored lists below the cap that it joins. A list it brings to the
 * cap now has a reach — its farthest candidate's distance, which is not stored — so its row is
 * dropped, to be ranked afresh by the next fan-out that meets it; without this, a far listing
 * would later be compared as if within a list that no longer holds it. A retried or changed
 * listing is counted again: the count may run high, which only drops a row early.
 */
async function joinLists(tx: Database, ids: string[], cap: number): Promise<void> {
  if (!ids.length) return;
  const joined = sql.param(ids);
  await tx.execute(sql`DELETE FROM match_thresholds
    WHERE listing_id = ANY(${joined}::uuid[]) AND reach_m IS NULL AND size + 1 >= ${cap}::int`);
  await tx.execute(sql`UPDATE match_thresholds SET size = size + 1
    WHERE listing_id = ANY(${joined}::uuid[]) AND reach_m IS NULL`);
}

/**
 * The lists at the cap that this listing joined: their farthest (reach_id, not in their top N)
 * has left them, and the one now farthest is not stored. The reach is kept as a bound — nothing
 * beyond it is in the list — but its id is forgotten: the next listing that joins such a list
 * has it ranked again, as which one leaves then is not known.
 */
async function leaveLists(tx: Database, lists: { id: string; reachId: string }[]): Promise<void> {
  if (!lists.length) return;
  // Only where the reach is still the one read: a fan-out that displaced it meanwhile has
  // committed (the row lock makes this statement see its change), and then which one leaves now
  // is not known, so that row goes.
  const rows = sql`jsonb_to_recordset(${JSON.stringify(lists)}::jsonb) AS u(id uuid, "reachId" uuid)`;
  const kept = await queryRows<{ listing_id: string }>(
    tx,
    sql`UPDATE match_thresholds t SET reach_id = NULL FROM ${rows}
        WHERE t.listing_id = u.id AND t.reach_id = u."reachId" RETURNING t.listing_id`,
  );
  const gone = lists.map((l) => l.id).filter((id) => !kept.some((k) => k.listing_id === id));
  if (gone.length) await tx.execute(sql`DELETE FROM match_thresholds WHERE listing_id = ANY(${sql.param(gone)}::uuid[])`);
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
