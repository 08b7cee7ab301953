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
import { listingSubject, type MatchSubject, searchSubject } from './subject.ts';
import { recordMatchesShown } from '../evidence/matches-shown.ts';

/** The settings matching reads. */
export type MatchingConfig = Pick<Config, 'defaultFactorSet' | 'matchMinShare' | 'matchCandidateCap'>;

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
  const page = await rankedMatches(db, subject, matchOptions(config, query.strict), await pageView(db, config, officer, query));
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
  return rankedMatches(db, subject, matchOptions(config, search.strict), await pageView(db, config, isOfficer(p), search));
}

export function matchOptions(config: MatchingConfig, strict: boolean): MatchOptions {
  return { strict, minShareOfWant: config.matchMinShare, cap: config.matchCandidateCap };
}

async function pageView(db: Database, config: MatchingConfig, officer: boolean, query: MatchPageQuery) {
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

/** Every qualifying candidate (up to the cap), best first, with the keys it was ranked by. */
export interface Ranking {
  ranked: { candidate: Candidate; key: RankKey }[];
  /** How many rows the candidate walk returned, and the distance of the farthest: its reach at the cap. */
  walked: number;
  farthestM: number | null;
  /** The farthest row's id: the walk is ordered by distance, then id. */
  farthestId: string | null;
  materialsByCode: Map<string, Material>;
}

/**
 * Ranks every qualifying candidate (up to the cap): by estimated net savings, then score, then
 * distance, then id (compareRank). The match list and the match.found fan-out
 * (src/notifications/match-alerts.ts) rank with this one function, so they agree to the bit.
 */
export async function rankingOf(
  db: Database,
  subject: MatchSubject,
  options: MatchOptions,
  view: { officer: boolean; factorSet: FactorSet; today: string },
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
  return { ranked, walked: rows.length, farthestM: last ? Number(last.distance_m) : null, farthestId: last?.id ?? null, materialsByCode };
}

/**
 * Ranks every qualifying candidate (up to the cap) and returns one page of them. The ranking is
 * recomputed per request, so the cursor is an offset into it: stable while the listings are.
 */
async function rankedMatches(
  db: Database,
  subject: MatchSubject,
  options: MatchOptions,
  view: { officer: boolean; limit: number; cursor?: string | undefined; factorSet: FactorSet; today: string },
): Promise<MatchPage> {
  const [offset] = view.cursor ? decodeCursor(view.cursor, ['offset']) : [0];
  const ranking = await rankingOf(db, subject, options, view);
  const page = ranking.ranked.slice(offset, offset + view.limit).map(({ candidate: c }) => ({
    ...c,
    savings: savingsOf(subject, c, ranking.materialsByCode, view.factorSet, view.today),
  }));
  const facts = await pageFacts(db, page.map((c) => c.row), { officer: view.officer, offers: subject.kind === 'want' });
  return {
    items: page.map((c) => toMatch(c, facts.get(c.row.id) ?? NO_FACTS)),
    candidates: ranking.ranked.length,
    nextCursor:
      offset + view.limit < ranking.ranked.length ? encodeCursor([offset + view.limit]) : null,
  };
}

export interface PageFacts {
  /** Officers only: who listed it. */
  organisation: { id: string; name: string } | null;
  ewcCode: string | null;
  hazardous: boolean;
}
export const NO_FACTS: PageFacts = { organisation: null, ewcCode: null, hazardous: false };

/**
 * What a page shows beside the ranking's columns, read for the page alone rather than carried
 * by every candidate row (candidateColumns says why rows stay small): an offer's List of Waste
 * code and hazard flag (wants take the offer's classification), and for officers the firm.
 */
export async function pageFacts(
  db: Database,
  rows: { id: string }[],
  wanted: { officer: boolean; offers: boolean },
): Promise<Map<string, PageFacts>> {
  if (!rows.length || (!wanted.officer && !wanted.offers)) return new Map();
  // One array parameter: a text that does not vary with the page's length can be kept prepared.
  const found = await queryPreparedRows<{ id: string; ewc_code: string | null; hazardous: boolean; organisation_id: string; name: string }>(
    db,
    sql`SELECT l.id, l.ewc_code, l.hazardous, o.id AS organisation_id, o.name
          FROM listings l JOIN organisations o ON o.id = l.organisation_id
         WHERE l.id = ANY(${sql.param(rows.map((r) => r.id))}::uuid[])`,
  );
  return new Map(
    found.map((r) => [
      r.id,
      { organisation: wanted.officer ? { id: r.organisation_id, name: r.name } : null, ewcCode: r.ewc_code, hazardous: r.hazardous },
    ]),
  );
}
