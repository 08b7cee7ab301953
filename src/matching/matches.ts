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
import { counterpartMaterials, findCandidates, keptPageRows, readCellsGeneration, walkValidUntil } from './candidates.ts';
import { cellsGeneration, subjectCells } from './match-cells.ts';
import type { MatchOptions } from './candidates-sql.ts';
import { compareRank, type RankKey, rankKeyOf } from './score.ts';
import { type KeptRanking, type KeptRankings, keptIds, keptPage, keyOf } from './ranking-cache.ts';
import { listingSubject, type MatchSubject, searchSubject, type StoredSubject } from './subject.ts';
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
  /** The app's kept rankings; without, every request ranks afresh. */
  rankings: KeptRankings | null = null,
): Promise<MatchPage & { kept: boolean }> {
  const subject = await listingSubject(db, listingId);
  if (!subject) throw notFound('Listing');
  const officer = isOfficer(p);
  if (!officer && subject.organisationId !== p.organisationId)
    throw forbidden('Matches are shown to the listing’s owner and to programme officers.');
  if (subject.status !== 'active')
    throw conflict(`The listing is ${subject.status}: renew or activate it to match.`);
  const options = matchOptions(config, query.strict);
  const view = await pageView(db, config, officer, query);
  const keeping = rankings && (await keptMatches(db, subject, options, view, rankings));
  const page = keeping?.page ?? (await rankedMatches(db, subject, options, view, keeping?.keep));
  await recordMatchesShown(primary, { id: listingId, kind: subject.kind }, page.items.map((m) => m.listing.id));
  return { ...page, kept: Boolean(keeping?.page) };
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
  /** Every row the walk returned, qualifying or not: while they stand, so does the walk. */
  walkedIds: string[];
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
  return {
    ranked,
    walked: rows.length,
    farthestM: last ? Number(last.distance_m) : null,
    farthestId: last?.id ?? null,
    walkedIds: rows.map((r) => r.id),
    materialsByCode,
  };
}

type PageView = { officer: boolean; limit: number; cursor?: string | undefined; factorSet: FactorSet; today: string };

/** Where a ranking is to be kept: the cache, its key, and the generation read before ranking. */
interface Keep {
  rankings: KeptRankings;
  key: string;
  generation: string;
}

/**
 * Ranks every qualifying candidate (up to the cap) and returns one page of them; with `keep`, the
 * ranking is kept for the requests after it. The cursor is an offset into the ranking: stable
 * while the listings are.
 */
async function rankedMatches(db: Database, subject: MatchSubject, options: MatchOptions, view: PageView, keep?: Keep): Promise<MatchPage> {
  const [offset] = view.cursor ? decodeCursor(view.cursor, ['offset']) : [0];
  const ranking = await rankingOf(db, subject, options, view);
  if (keep) {
    const ranked = { generation: keep.generation, validUntilMs: await walkValidUntil(db, ranking.walkedIds), ids: keptIds(ranking.ranked.map((r) => r.candidate.row.id)) };
    await keep.rankings.set(keep.key, ranked, Date.now());
  }
  const page = ranking.ranked.slice(offset, offset + view.limit).map((r) => r.candidate);
  const facts = await pageFacts(db, page.map((c) => c.row), factsWanted(subject, view));
  return matchPage(subject, view, page, ranking.materialsByCode, { offset, size: ranking.ranked.length }, facts);
}

/**
 * The page from the ranking kept for this listing, if one still holds: the page's candidates are
 * read by id, with the generation of the cells the ranking depends on, and assessed as the walk's
 * rows were. Otherwise where to keep the ranking about to be made, with the generation read
 * before it (the page read's, if there was one: it came before the walk too). A kept ranking
 * found stale is tried once more if the store holds a newer one at the generation just read.
 */
async function keptMatches(
  db: Database,
  subject: StoredSubject,
  options: MatchOptions,
  view: PageView,
  rankings: KeptRankings,
): Promise<{ page: MatchPage; keep?: never } | { page?: never; keep: Keep }> {
  const catalogue = await listMaterials(db);
  const codes = counterpartMaterials(subject, catalogue).map((m) => m.code);
  const cells = subjectCells(subject);
  // The cells' sum is compared only over the same cells and materials: they are in the key.
  const key = keyOf({
    listingId: subject.listingId,
    exactPositions: view.officer,
    strict: options.strict,
    today: view.today,
    factorSet: view.factorSet.id,
    cap: options.cap,
    minShare: options.minShareOfWant,
    codes,
    cells,
  });
  let kept = await rankings.get(key, Date.now());
  if (!kept) return { keep: { rankings, key, generation: await readCellsGeneration(db, codes, cells) } };
  const [offset] = view.cursor ? decodeCursor(view.cursor, ['offset']) : [0];
  const measured = { ...options, exactPositions: view.officer };
  // At most twice: the ranking found, and a newer one another instance kept (SharedRankings).
  for (let attempt = 1; ; attempt++) {
    const { size, ids } = keptPage(kept, offset, view.limit);
    const { generation, rows } = await keptPageRows(db, subject, measured, ids, cellsGeneration(codes, cells), catalogue);
    const page = assessCandidates(subject, rows, measured);
    if (generation === kept.generation && page.length === ids.length) {
      const facts = factsByListing(rows, factsWanted(subject, view));
      const materialsByCode = new Map(catalogue.map((m) => [m.code, m]));
      return { page: matchPage(subject, view, page, materialsByCode, { offset, size }, facts) };
    }
    rankings.drop(key);
    const fresher: KeptRanking | null = attempt < 2 ? await rankings.get(key, Date.now()) : null;
    if (!fresher || fresher.generation !== generation) return { keep: { rankings, key, generation } };
    kept = fresher;
  }
}

/** One page of ranked candidates as the client reads it: savings in full, with its facts, and the cursor. */
function matchPage(
  subject: MatchSubject,
  view: PageView,
  page: Candidate[],
  materialsByCode: Map<string, Material>,
  { offset, size }: { offset: number; size: number },
  facts: Map<string, PageFacts>,
): MatchPage {
  return {
    items: page.map((c) =>
      toMatch({ ...c, savings: savingsOf(subject, c, materialsByCode, view.factorSet, view.today) }, facts.get(c.row.id) ?? NO_FACTS),
    ),
    candidates: size,
    nextCursor: offset + view.limit < size ? encodeCursor([offset + view.limit]) : null,
  };
}

/** Officers see who listed each match; everyone sees an offer's classification. */
const factsWanted = (subject: MatchSubject, view: { officer: boolean }) => ({ officer: view.officer, offers: subject.kind === 'want' });

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
  wanted: FactsWanted,
): Promise<Map<string, PageFacts>> {
  if (!rows.length || !anyFacts(wanted)) return new Map();
  // One array parameter: a text that does not vary with the page's length can be kept prepared.
  const found = await queryPreparedRows<FactRow>(
    db,
    sql`SELECT l.id, l.ewc_code, l.hazardous, o.id AS organisation_id, o.name AS organisation_name
          FROM listings l JOIN organisations o ON o.id = l.organisation_id
         WHERE l.id = ANY(${sql.param(rows.map((r) => r.id))}::uuid[])`,
  );
  return factsByListing(found, wanted);
}

type FactsWanted = { officer: boolean; offers: boolean };
type FactRow = { id: string; organisation_id: string; organisation_name: string; ewc_code: string | null; hazardous: boolean };
const anyFacts = (wanted: FactsWanted) => wanted.officer || wanted.offers;

/** The page facts of rows that carry them (pageFacts' own, or a kept page's). */
function factsByListing(rows: FactRow[], wanted: FactsWanted): Map<string, PageFacts> {
  if (!anyFacts(wanted)) return new Map();
  return new Map(
    rows.map((r) => [
      r.id,
      { organisation: wanted.officer ? { id: r.organisation_id, name: r.organisation_name } : null, ewcCode: r.ewc_code, hazardous: r.hazardous },
    ]),
  );
}
