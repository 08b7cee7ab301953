import { type SQL, sql } from 'drizzle-orm';
import {
  type Database,
  inTransaction,
  queryPreparedRows,
  queryRows,
  queryWithSettings,
  setLocally,
  statementOf,
} from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import type { Match } from '../../schemas/matching.ts';
import { GENERALISATION_MAX_OFFSET_M, generaliseLocation } from '../listings/location.ts';
import { type Accepts, checkGrade, type Grade, type GradeCheck } from './grade-checks.ts';
import { type MatchedQuantity, matchedQuantity, type Rate } from './quantity.ts';
import { estimateSavings } from '../savings/estimate.ts';
import { matchScore, rankCandidates } from './score.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { ListingColumns } from '../listings/columns.ts';
import { listMaterials } from '../reference/materials.ts';

/** What to find counterparts for: a stored listing, or an ad hoc would-be listing. */
export interface MatchSubject {
  kind: 'offer' | 'want';
  /** Candidates of this organisation are left out: a firm does not trade with itself. */
  organisationId: string | null;
  materialCode: string;
  grade: Grade;
  accepts: Accepts;
  quantity: { amount: number; unit: 't' | 'm3'; rate: Rate };
  availableFrom: string | null;
  availableUntil: string | null;
  maxHaulKm: number;
  lon: number;
  lat: number;
  /** Offers: where the material goes today and at what gate fee. */
  currentRoute?: 'landfill' | 'recycling' | 'other' | null;
  gateFeeGbpPerTonne?: number | null;
  /** Wants: what the firm pays for virgin material now. */
  virginPriceGbpPerTonne?: number | null;
}

/** A listing as a candidate: no site or version, which no candidate's view shows. */
export interface CandidateRow extends Omit<ListingColumns, 'site_id' | 'version'> {
  distance_m: number;
  density_t_per_m3: number | null;
}

export interface Candidate {
  row: CandidateRow;
  distanceKm: number;
  quantity: MatchedQuantity & { unit: 't' | 'm3' };
  checks: GradeCheck[];
  score: number;
}

export interface MatchOptions {
  /** A constrained property the offer does not state fails instead of showing as unknown. */
  strict: boolean;
  /** Candidates offering less than this share of the want are dropped. */
  minShareOfWant: number;
  /** At most this many nearest qualifying candidates are ranked. */
  cap: number;
  /**
   * Distances and haul limits from candidates' exact positions, for officers. Otherwise from
   * their public points (listings.public_location), so that nothing a member reads depends on
   * where in its ~1 km cell another firm's site lies.
   */
  exactPositions?: boolean;
}

/** The candidate's position that distances and haul limits are measured from. */
export function candidatePosition(options: Pick<MatchOptions, 'exactPositions'>): SQL {
  return options.exactPositions ? sql`c.location` : sql`c.public_location`;
}

/**
 * SQL that is true when a candidate's grade (`c.grade`) fails a constraint of the want being
 * matched, with the same outcome as checkGrade. One term per property of the want's material
 * (`properties`, its catalogue's names) with the want's bounds as parameters, null where it sets
 * none: the text depends on the material alone, so the statements kept prepared are bounded by
 * the catalogue, and each keeps its cached generic plan. Unrolled per property rather than a
 * jsonb_each subplan per candidate row, which cost ~40 % of the query at 1M listings. A
 * constraint on a property the catalogue does not name is not tested here: validation against
 * the catalogue keeps such constraints out.
 */
export function wantedGradeFails(properties: readonly string[], accepts: Accepts, strict: boolean): SQL {
  const fails = properties.map((property) => {
    const con = accepts[property];
    const oneOf = con?.oneOf ? JSON.stringify(con.oneOf) : null;
    const [min, max] = [con?.min ?? null, con?.max ?? null];
    const value = sql`c.grade -> ${property}::text`;
    const number = sql`(c.grade ->> ${property}::text)::float8`;
    // The inner CASE keeps a category value from ever reaching the cast.
    return sql`CASE WHEN NOT ${con !== undefined}::boolean THEN false
        WHEN c.grade ? ${property}::text THEN
          COALESCE(NOT (${oneOf}::jsonb @> jsonb_build_array(${value})), false)
          OR CASE WHEN jsonb_typeof(${value}) = 'number'
            THEN COALESCE(${number} < ${min}::float8, false) OR COALESCE(${number} > ${max}::float8, false)
            ELSE ${min}::float8 IS NOT NULL OR ${max}::float8 IS NOT NULL END
        ELSE ${strict}::boolean END`;
  });
  return fails.length ? sql`(${sql.join(fails, sql` OR `)})` : sql`false`;
}

/**
 * As wantedGradeFails, for an offer's known grade against each candidate want's `c.accepts`: one
 * term per property of the offer's material, its value a parameter, null where the offer does
 * not state it.
 */
export function offeredGradeFails(properties: readonly string[], grade: Grade, strict: boolean): SQL {
  const fails = properties.map((property) => {
    const value = grade[property];
    const stated = value === undefined ? null : JSON.stringify([value]);
    const number = typeof value === 'number' ? value : null;
    const con = sql`(c.accepts -> ${property}::text)`;
    return sql`(${stated}::jsonb IS NOT NULL AND (
        COALESCE(NOT ((${con} -> 'oneOf') @> ${stated}::jsonb), false)
        OR CASE WHEN ${number}::float8 IS NULL THEN COALESCE(${con} ? 'min' OR ${con} ? 'max', false)
          ELSE COALESCE((${con} ->> 'min')::float8 > ${number}::float8, false)
            OR COALESCE((${con} ->> 'max')::float8 < ${number}::float8, false) END))`;
  });
  // Under strict, a constraint on a property the offer does not state fails.
  fails.push(sql`(${strict}::boolean AND (c.accepts - ${sql.param(Object.keys(grade))}::text[]) <> '{}'::jsonb)`);
  return sql`(${sql.join(fails, sql` OR `)})`;
}

/**
 * One indexed query: active, unexpired counterparts of a compatible material within both
 * parties' haul, with overlapping availability and a grade that meets the want, nearest first.
 * Each compatible material gets its own nearest-first index walk — a single scan over a list of
 * materials would lose the index order — and the walks are merged by distance.
 */
export async function findCandidates(db: Database, s: MatchSubject, options: MatchOptions): Promise<CandidateRow[]> {
  const materials = counterpartMaterials(s, await listMaterials(db));
  if (!materials.length) return [];
  const codes = materials.map((m) => m.code);
  const properties = gradeProperties(materials);
  const rows = await queryWithSettings<CandidateRow>(db, candidatePlanSettings, candidateQuery(s, options, codes, properties));
  const density = new Map(materials.map((m) => [m.code, m.densityTPerM3]));
  for (const row of rows) row.density_t_per_m3 = density.get(row.material_code) ?? null;
  return rows;
}

/**
 * The materials whose listings can be counterparts, the subject's own first: a want for M also
 * takes the substitutes M declares; an offer of M serves wants for M and for any material that
 * lists M among its substitutes.
 */
export function counterpartMaterials(s: Pick<MatchSubject, 'kind' | 'materialCode'>, catalogue: Material[]): Material[] {
  const own = catalogue.find((m) => m.code === s.materialCode);
  if (!own) return [];
  const others = catalogue.filter((m) =>
    m.code !== own.code && (s.kind === 'want' ? own.substitutes.includes(m.code) : m.substitutes.includes(own.code)),
  );
  return [own, ...others];
}

/** The names of the subject's material's properties (it comes first), which shape the grade test. */
function gradeProperties([own]: Material[]): string[] {
  return own ? own.properties.map((p) => p.name) : [];
}

export const candidatePlanSettings = {
  // Where thousands of listings lie within the haul, the planner prefers a bitmap scan of all of
  // them and a sort (~400 ms at 1M listings) to the nearest-first index walk that stops after
  // `cap` rows (~5-20 ms): it cannot know the walk ends early. Measured in docs/matching.md.
  enable_bitmapscan: 'off',
  // The plan is the same walk whatever the subject, so it is made once per connection and
  // statement text (a bounded set: a few per material, as the grade test has one shape per material): planning
  // took ~2 ms a call at 1M listings, a third of the time. Measured in docs/matching.md.
  plan_cache_mode: 'force_generic_plan',
};

/**
 * A listing's grid position may stretch planar distances by up to 0.5 % (the projection's scale
 * factor in the area grid_point() covers): the grid prefilter is widened by this much, and the
 * haul limits are then applied exactly on the spheroid. Match points are public points, so a
 * walk measuring exact distances (officers) is widened by the most a public point is off too.
 */
const GRID_SLACK = { factor: 1.01, metres: 100 };
const gridSlackMetres = (options: Pick<MatchOptions, 'exactPositions'>) =>
  GRID_SLACK.metres + (options.exactPositions ? GENERALISATION_MAX_OFFSET_M : 0);

/** Where grid_point() gives a position (migration 0007); test/matching-query.test.ts checks they agree. */
export const GRID_AREA = { west: -11, east: 5, south: 49, north: 62 };

function onGrid(s: { lon: number; lat: number }): boolean {
  return s.lon >= GRID_AREA.west && s.lon <= GRID_AREA.east && s.lat >= GRID_AREA.south && s.lat <= GRID_AREA.north;
}

/**
 * The subject's position as a geography, in a scalar subquery so that a generic plan computes
 * it once, not once per visited row.
 */
export function subjectPoint(s: Pick<MatchSubject, 'lon' | 'lat'>): SQL {
  return sql`(SELECT ST_SetSRID(ST_MakePoint(${s.lon}, ${s.lat}), 4326)::geography)`;
}

/**
 * What a candidate row carries (CandidateRow but its density), for listings `c`, `here` a
 * geography, the distance measured from `position` (candidatePosition). At most 18 columns:
 * postgres.js builds each row key by key, and V8 turns such an object into a dictionary, slower
 * to build and to read, at its 20th property (with the density added, a row has 19). Measured in
 * docs/benchmarks.md.
 */
export function candidateColumns(here: SQL, position: SQL): SQL {
  return sql`c.id, c.organisation_id, c.kind, c.material_code, c.grade, c.accepts,
          c.quantity_amount, c.quantity_unit, c.quantity_rate,
          c.available_from::text AS available_from, c.available_until::text AS available_until,
          c.max_haul_km, c.current_route, c.gate_fee_gbp_per_tonne, c.virgin_price_gbp_per_tonne,
          ST_X(c.location::geometry) AS lon, ST_Y(c.location::geometry) AS lat,
          ST_Distance(${position}, ${here}) AS distance_m`;
}

/**
 * The SQL of findCandidates for counterparts of these materials (`codes`, the subject's own
 * first), the grade tested on the subject's material's `properties`; kept apart so its plan can
 * be inspected (docs, tests).
 */
export function candidateQuery(s: MatchSubject, options: MatchOptions, codes: string[], properties: readonly string[]): SQL {
  const counterpart = s.kind === 'offer' ? 'want' : 'offer';
  const point = subjectPoint(s);
  const position = candidatePosition(options);
  // The subject's place in the region of the counterparts' material and kind (migration 0008),
  // also a scalar subquery.
  const matchPoint = (code: string) =>
    sql`(SELECT match_point(${code}, ${counterpart}::listing_kind, grid_point(ST_SetSRID(ST_MakePoint(${s.lon}, ${s.lat}), 4326)::geography)))`;
  const grade =
    s.kind === 'offer'
      ? offeredGradeFails(properties, s.grade, options.strict)
      : wantedGradeFails(properties, s.accepts, options.strict);
  // One nearest-first walk of an index over one material's listings, to `within` metres on the
  // spheroid; `where` picks the index, `nearest` its order. One walk per material: a single scan
  // over several would lose the index order. Walks go by public points, for officers too: for
  // them, the cap may then keep a candidate a few hundred metres farther than one it drops.
  const walk = (code: string, within: SQL, where: SQL, nearest: SQL) => sql`(
      SELECT ${candidateColumns(point, position)}
        FROM listings c
        WHERE c.material_code = ${code}
          AND c.kind = ${counterpart}
          AND c.status = 'active'
          AND ${where}
          AND ST_DWithin(${position}, ${point}, ${within})
          AND c.expires_at > now()
          ${s.organisationId ? sql`AND c.organisation_id <> ${s.organisationId}` : sql``}
          AND ST_DWithin(${position}, ${point}, c.max_haul_km * 1000)
          AND (c.available_until IS NULL OR c.available_until >= current_date)
          AND (c.available_until IS NULL OR ${s.availableFrom}::date IS NULL OR c.available_until >= ${s.availableFrom}::date)
          AND (c.available_from IS NULL OR ${s.availableUntil}::date IS NULL OR c.available_from <= ${s.availableUntil}::date)
          AND NOT ${grade}
        ORDER BY ${nearest}
        LIMIT ${options.cap})`;
  // A subject on the grid: walk the match points, plus the few listings off the grid; off the
  // grid: geography.
  const walks = (code: string, within: SQL) =>
    onGrid(s)
      ? sql`SELECT * FROM (${walk(code, within, sql`c.match_point IS NOT NULL AND ST_DWithin(c.match_point, ${matchPoint(code)}, ${within} * ${GRID_SLACK.factor}::float8 + ${gridSlackMetres(options)}::float8)`, sql`c.match_point <-> ${matchPoint(code)}`)}
        UNION ALL ${walk(code, within, sql`c.match_point IS NULL`, sql`c.public_location <-> ${point}`)}) walks`
      : sql`SELECT * FROM ${walk(code, within, sql`true`, sql`c.public_location <-> ${point}`)} walks`;
  const haul = sql`${s.maxHaulKm * 1000}::float8`;
  const [own, ...others] = codes;
  if (!own) throw new Error('candidateQuery needs at least the subject\'s own material');
  const nearest = sql`ORDER BY c.distance_m, c.id LIMIT ${options.cap}`;
  if (!others.length) return sql`SELECT c.* FROM (${walks(own, haul)}) c ${nearest}`;
  // The own material is walked first. Once it has `cap` candidates, nothing farther than the
  // farthest of them can be kept, so the other materials' walks stop there: a substitute whose
  // listings all fail the grade no longer has every one within the haul read (a steel-scrap want
  // passed ~26,000 turnings within 80 km for none).
  const reach = sql`(SELECT metres FROM reach)`;
  return sql`WITH own AS MATERIALIZED (${walks(own, haul)}),
    reach AS (
      SELECT CASE WHEN count(*) < ${options.cap} THEN ${haul} ELSE max(distance_m) END AS metres
      FROM (SELECT distance_m FROM own ORDER BY distance_m LIMIT ${options.cap}) nearest
    )
    SELECT c.* FROM (
      SELECT * FROM own
      ${sql.join(others.map((code) => sql`UNION ALL ${walks(code, reach)}`), sql` `)}
    ) c ${nearest}`;
}

/**
 * EXPLAIN of the plan findCandidates runs: the generic one, made without the subject's values
 * (PREPARE, then EXPLAIN EXECUTE under the same settings). For docs, tests and diagnosis.
 */
export async function explainCandidates(
  db: Database,
  s: MatchSubject,
  options: MatchOptions,
  how: { analyze: boolean; settings?: Record<string, string> },
): Promise<string> {
  const materials = counterpartMaterials(s, await listMaterials(db));
  const codes = materials.map((m) => m.code);
  const { sql: text, params } = statementOf(candidateQuery(s, options, codes, gradeProperties(materials)));
  const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
  // Arrays (the stated properties) as array literals, which the statement casts as it needs.
  const element = (e: unknown) => `"${String(e).replace(/[\\"]/g, '\\$&')}"`;
  const literal = (v: unknown) =>
    v === null
      ? 'NULL'
      : Array.isArray(v)
        ? quote(`{${v.map(element).join(',')}}`)
        : typeof v === 'string'
          ? quote(v)
          : String(v as number | boolean);
  const explain = how.analyze ? 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)' : 'EXPLAIN (COSTS OFF)';
  return inTransaction(db, async (tx) => {
    await tx.execute(setLocally({ ...candidatePlanSettings, ...how.settings }));
    await tx.execute(sql.raw(`PREPARE candidates AS ${text}`));
    const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`${explain} EXECUTE candidates(${params.map(literal).join(', ')})`));
    await tx.execute(sql`DEALLOCATE candidates`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

function inUnit(amount: number, from: 't' | 'm3', to: 't' | 'm3', density: number | null): number | null {
  if (from === to) return amount;
  if (!density) return null;
  return from === 'm3' ? amount * density : amount / density;
}

/**
 * Applies what SQL leaves to the domain: quantities on a common basis and unit, the per-property
 * explanation of the grade, and a score; drops candidates that cover too little of the want.
 */
export function assessCandidates(s: MatchSubject, rows: CandidateRow[], options: MatchOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const row of rows) {
    const unit = s.quantity.unit;
    const amount = inUnit(Number(row.quantity_amount), row.quantity_unit, unit, row.density_t_per_m3);
    if (amount === null) continue;
    const other = { amount, rate: row.quantity_rate };
    const [offer, want] = s.kind === 'offer' ? [s.quantity, other] : [other, s.quantity];
    const quantity = matchedQuantity(offer, want);
    if (quantity.shareOfWant < options.minShareOfWant) continue;
    const [grade, accepts] = s.kind === 'offer' ? [s.grade, row.accepts] : [row.grade, s.accepts];
    const { checks } = checkGrade(grade, accepts, options.strict);
    const distanceKm = Number(row.distance_m) / 1000;
    const maxHaulKm = Math.min(s.maxHaulKm, Number(row.max_haul_km));
    const score = matchScore({ checks, distanceKm, maxHaulKm, shareOfWant: quantity.shareOfWant });
    out.push({ row, distanceKm, quantity: { ...quantity, unit }, checks, score });
  }
  return out;
}

export interface StoredSubject extends MatchSubject {
  listingId: string;
  status: string;
  expired: boolean;
}

/** The matching subject for a stored listing, or null when there is no such listing. */
export async function listingSubject(db: Database, listingId: string): Promise<StoredSubject | null> {
  const [row] = await queryPreparedRows<ListingColumns & { status: string; expired: boolean }>(
    db,
    sql`SELECT id, organisation_id, site_id, version, kind, material_code, grade, accepts, quantity_amount, quantity_unit,
          quantity_rate, available_from::text AS available_from, available_until::text AS available_until,
          max_haul_km, current_route, gate_fee_gbp_per_tonne, virgin_price_gbp_per_tonne,
          CASE WHEN status = 'active' AND available_until < current_date THEN 'ended' ELSE status::text END AS status,
          expires_at <= now() AS expired,
          ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat
        FROM listings WHERE id = ${listingId}`,
  );
  if (!row) return null;
  return {
    listingId: row.id,
    kind: row.kind,
    organisationId: row.organisation_id,
    materialCode: row.material_code,
    grade: row.grade,
    accepts: row.accepts,
    quantity: { amount: Number(row.quantity_amount), unit: row.quantity_unit, rate: row.quantity_rate },
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    maxHaulKm: Number(row.max_haul_km),
    lon: Number(row.lon),
    lat: Number(row.lat),
    currentRoute: row.current_route,
    gateFeeGbpPerTonne: row.gate_fee_gbp_per_tonne,
    virginPriceGbpPerTonne: row.virgin_price_gbp_per_tonne,
    status: row.status,
    expired: row.expired,
  };
}

export interface MatchPage {
  items: Match[];
  candidates: number;
  nextCursor: string | null;
}

/**
 * Ranks every qualifying candidate (up to the cap) and returns one page of them: by estimated
 * net savings, then score, then distance, then id. The ranking is recomputed per request, so the
 * cursor is an offset into it: stable while the listings are.
 */
export async function rankedMatches(
  db: Database,
  subject: MatchSubject,
  options: MatchOptions,
  view: { officer: boolean; limit: number; cursor?: string | undefined; factorSet: FactorSet; today: string },
): Promise<MatchPage> {
  const [offset] = view.cursor ? decodeCursor(view.cursor, ['offset']) : [0];
  const measured = { ...options, exactPositions: view.officer };
  const assessed = assessCandidates(subject, await findCandidates(db, subject, measured), measured);
  const materialsByCode = new Map((await listMaterials(db)).map((m) => [m.code, m]));
  const withSavings = assessed.map((c) => ({
    ...c,
    id: c.row.id,
    savings: savingsOf(subject, c, materialsByCode, view.factorSet, view.today),
  }));
  const ranked = rankCandidates(withSavings, (c) => c.savings.netGbp);
  const page = ranked.slice(offset, offset + view.limit);
  const names = view.officer ? await organisationNames(db, page.map((c) => c.row.organisation_id)) : new Map();
  return {
    items: page.map((c) => toMatch(c, view.officer ? (names.get(c.row.organisation_id) ?? null) : null)),
    candidates: ranked.length,
    nextCursor:
      offset + view.limit < ranked.length ? encodeCursor([offset + view.limit]) : null,
  };
}

/**
 * The savings estimate of one candidate, for its matched quantity a year (or the one lot): the
 * offer's route and gate fee, the want's virgin price, road distance between the two sites.
 * Pure arithmetic over rows already fetched: no query per candidate.
 */
function savingsOf(
  s: MatchSubject,
  c: Candidate,
  materials: Map<string, Material>,
  set: FactorSet,
  today: string,
) {
  const offerIsSubject = s.kind === 'offer';
  const code = offerIsSubject ? s.materialCode : c.row.material_code;
  const material = materials.get(code) as Material;
  const overrides = {
    currentRoute: (offerIsSubject ? s.currentRoute : c.row.current_route) ?? undefined,
    gateFeeGbpPerTonne: (offerIsSubject ? s.gateFeeGbpPerTonne : c.row.gate_fee_gbp_per_tonne) ?? undefined,
    virginPriceGbpPerTonne: (offerIsSubject ? c.row.virgin_price_gbp_per_tonne : s.virginPriceGbpPerTonne) ?? undefined,
  };
  const quantity = {
    amount: c.quantity.amount,
    unit: c.quantity.unit,
    rate: c.quantity.basis === 'year' ? ('year' as const) : ('one-off' as const),
  };
  const estimate = estimateSavings(
    { material, quantity, greatCircleKm: c.distanceKm, date: today, overrides },
    set,
  );
  const perYear = c.quantity.basis === 'year';
  return {
    basis: c.quantity.basis,
    roadKm: estimate.roadKm ?? c.distanceKm,
    netGbp: estimate.totals.costSavedGbp,
    costSavedGbpPerYear: perYear ? estimate.totals.costSavedGbp : null,
    co2eAvoidedKgPerYear: perYear ? estimate.totals.co2eAvoidedKg : null,
    costSavedGbpPerLot: perYear ? null : estimate.totals.costSavedGbp,
    co2eAvoidedKgPerLot: perYear ? null : estimate.totals.co2eAvoidedKg,
    factorSet: set.id,
    assumptions: estimate.assumptions,
    // The body of POST /estimates that shows this estimate's lines and sources.
    estimateRequest: {
      material: code,
      quantity,
      distanceKm: estimate.roadKm ?? undefined,
      date: today,
      factorSet: set.id,
      overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    },
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

function toMatch(
  c: Candidate & { savings: ReturnType<typeof savingsOf> },
  organisation: { id: string; name: string } | null,
): Match {
  const { row } = c;
  const exact: [number, number] = [Number(row.lon), Number(row.lat)];
  return {
    listing: {
      id: row.id,
      kind: row.kind,
      material: row.material_code,
      grade: row.grade,
      accepts: row.accepts as Match['listing']['accepts'],
      quantity: { amount: Number(row.quantity_amount), unit: row.quantity_unit, rate: row.quantity_rate },
      availableFrom: row.available_from,
      availableUntil: row.available_until,
      maxHaulKm: Number(row.max_haul_km),
      location: { type: 'Point', coordinates: organisation ? exact : generaliseLocation(exact) },
      locationPrecision: organisation ? 'exact' : 'approximate',
      organisation,
    },
    distanceKm: c.distanceKm,
    roadKm: c.savings.roadKm,
    quantityPerYear: c.quantity.basis === 'year' ? c.quantity.amount : null,
    quantityPerLot: c.quantity.basis === 'lot' ? c.quantity.amount : null,
    quantity: c.quantity,
    checks: c.checks as Match['checks'],
    score: c.score,
    savings: (({ netGbp: _net, roadKm: _road, ...rest }) => rest)(c.savings),
  };
}
