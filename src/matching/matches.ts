import { listedMaterials } from '../../schemas/listed-materials.ts';
import { sql } from 'drizzle-orm';
import { type Database, queryPreparedRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import type { Match, MatchSearch } from '../../schemas/matching.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import { badRequest, conflict, forbidden, notFound } from '../errors.ts';
import { checkListingContent, type MaterialDefinition } from '../listings/validate.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { configuredFactorSet } from '../reference/factor-sets.ts';
import { getMaterial, listMaterials } from '../reference/materials.ts';
import { factorValuesOn } from '../savings/estimate-totals.ts';
import { assessCandidates, type Candidate, savingsTotalsOf, savingsOf, toMatch } from './assessment.ts';
import { findCandidates } from './candidates.ts';
import type { MatchOptions } from './candidates-sql.ts';
import { compareRank, type RankKey, rankKeyOf } from './score.ts';
import { storeTopN, type TopN } from './top-n.ts';
import { listingSubject, type MatchSubject, searchSubject } from './subject.ts';
import { recordMatchesShown } from '../evidence/matches-shown.ts';

/** The settings matching reads. */
export type MatchingConfig = Pick<Config, 'defaultFactorSet' | 'matchMinShare' | 'matchCandidateCap'> &
  Partial<Pick<Config, 'matchAlertTopN'>>;

/** One page of a match list, as the client asked for it. */
export interface MatchPageQuery {
  strict: boolean;
  limit: number;
  cursor?: string | undefined;
}

/**
 * The compatible counterparts of a stored listing, for its owner or an officer. Only active
 * listings match, on both sides; a draft is previewed through searchMatches.
 */
export async function matchesForListing(
  db: Database,
  p: Principal,
  listingId: string,
  query: MatchPageQuery,
  config: MatchingConfig,
  /** Where "matches shown" is written: the primary, when `db` is a read replica. */
  primary: Database = db,
): Promise<MatchPage> {
  const subject = await listingSubject(db, listingId);
  if (!subject) throw notFound('Listing');
  const officer = isOfficer(p);
  if (!officer && subject.organisationId !== p.organisationId)
    throw forbidden('Matches are shown to the listing’s owner and to programme officers.');
  if (subject.status !== 'active')
    throw conflict(`The listing is ${subject.status}: renew or activate it to match.`);
  const view = await pageView(db, config, officer, query);
  const ranking = await rankingOf(db, subject, matchOptions(config, query.strict), view);
  // The owner's own list, not strict, is the one match.found ranks against: keep its top N, so
  // that the fan-out of the next new listing need not rank this list again. Not from a replica,
  // whose ranking may be older than a change whose trigger has already dropped the stored one.
  if (!officer && !query.strict && config.matchAlertTopN && primary === db)
    await storeTopN(primary, listingId, topNOf(ranking, config.matchAlertTopN, config.matchCandidateCap, view));
  const page = await pageOf(db, subject, ranking, view);
  await recordMatchesShown(primary, { id: listingId, kind: subject.kind }, page.items.map((m) => m.listing.id));
  return page;
}

/**
 * What a would-be listing would find, without listing it; its content is checked as a listing's
 * is, as the grade SQL has a term per catalogue property and no others.
 */
export async function searchMatches(
  db: Database,
  p: Principal,
  search: MatchSearch,
  config: MatchingConfig,
): Promise<MatchPage> {
  const codes = listedMaterials(search);
  for (const [i, code] of codes.entries())
    if (!(await getMaterial(db, code)))
      throw badRequest(search.materials ? `materials.${i}` : 'material', `is not a material in the catalogue (${code})`);
  const material = await getMaterial(db, codes[0] ?? '');
  if (!material) throw badRequest('material', 'is required');
  checkListingContent(material as MaterialDefinition, search);
  const subject = searchSubject(search, p.organisationId);
  const view = await pageView(db, config, isOfficer(p), search);
  return pageOf(db, subject, await rankingOf(db, subject, matchOptions(config, search.strict), view), view);
}

export function matchOptions(config: MatchingConfig, strict: boolean): MatchOptions {
  return { strict, minShareOfWant: config.matchMinShare, cap: config.matchCandidateCap };
}

async function pageView(db: Database, config: MatchingConfig, officer: boolean, query: MatchPageQuery): Promise<PageView> {
  return {
    officer,
    limit: query.limit,
    cursor: query.cursor,
    factorSet: await configuredFactorSet(db, config.defaultFactorSet),
    // Savings are estimated for today's date (UTC), as POST /estimates does without a date.
    today: new Date().toISOString().slice(0, 10),
  };
}

export interface MatchPage {
  items: Match[];
  candidates: number;
  nextCursor: string | null;
}

type PageView = { officer: boolean; limit: number; cursor?: string | undefined; factorSet: FactorSet; today: string };

/** Every qualifying candidate (up to the cap), best first, with the keys it was ranked by. */
export interface Ranking {
  ranked: { candidate: Candidate; key: RankKey }[];
  /** How many rows the candidate walk returned, and the distance of the farthest (its reach at the cap). */
  walked: number;
  farthestM: number | null;
  materialsByCode: Map<string, Material>;
}

/**
 * Ranks every qualifying candidate (up to the cap): by estimated net savings, then score, then
 * distance, then id (compareRank).
 */
export async function rankingOf(
  db: Database,
  subject: MatchSubject,
  options: MatchOptions,
  view: Pick<PageView, 'officer' | 'factorSet' | 'today'>,
): Promise<Ranking> {
  const measured = { ...options, exactPositions: view.officer };
  const rows = await findCandidates(db, subject, measured);
  const assessed = assessCandidates(subject, rows, measured);
  const materialsByCode = new Map((await listMaterials(db)).map((m) => [m.code, m]));
  // Ranking needs only each candidate's net savings: the totals-only pass of the estimator.
  // Lines, notes and the match's JSON are built for the page returned, not for every candidate.
  const factors = factorValuesOn(view.factorSet, view.today);
  const ranked = assessed
    .map((c) => ({
      candidate: c,
      key: rankKeyOf(
        { id: c.row.id, score: c.score, distanceKm: c.distanceKm },
        savingsTotalsOf(subject, c, materialsByCode, view.factorSet, view.today, factors).costSavedGbp,
      ),
    }))
    .sort((a, b) => compareRank(a.key, b.key));
  const last = rows[rows.length - 1];
  return { ranked, walked: rows.length, farthestM: last ? Number(last.distance_m) : null, materialsByCode };
}

/** What match.found keeps of a ranking: its first `n` keys, and its reach when the cap was hit. */
export function topNOf(ranking: Ranking, n: number, cap: number, view: Pick<PageView, 'factorSet' | 'today'>): TopN {
  return {
    top: ranking.ranked.slice(0, n).map((r) => r.key),
    reachM: ranking.walked >= cap ? ranking.farthestM : null,
    factorSet: view.factorSet,
    rankedOn: view.today,
  };
}

/**
 * One page of a ranking, as the client asked for it. The ranking is recomputed per request, so
 * the cursor is an offset into it: stable while the listings are.
 */
async function pageOf(db: Database, subject: MatchSubject, ranking: Ranking, view: PageView): Promise<MatchPage> {
  const [offset] = view.cursor ? decodeCursor(view.cursor, ['offset']) : [0];
  const page = ranking.ranked.slice(offset, offset + view.limit).map(({ candidate: c }) => ({
    ...c,
    savings: savingsOf(subject, c, ranking.materialsByCode, view.factorSet, view.today),
  }));
  const names = view.officer ? await organisationNames(db, page.map((c) => c.row.organisation_id)) : new Map();
  return {
    items: page.map((c) => toMatch(c, view.officer ? (names.get(c.row.organisation_id) ?? null) : null)),
    candidates: ranking.ranked.length,
    nextCursor: offset + view.limit < ranking.ranked.length ? encodeCursor([offset + view.limit]) : null,
  };
}

async function organisationNames(db: Database, ids: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (!ids.length) return new Map();
  // One array parameter: a text that does not vary with the number of ids can be kept prepared.
  const rows = await queryPreparedRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM organisations WHERE id = ANY(${sql.param([...new Set(ids)])}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

