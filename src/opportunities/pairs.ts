// The candidate pairs of a region: each listing's k nearest qualifying counterparts, found by the
// same indexed walks as matching, for all the area's listings in one statement per kind (a
// lateral walk per listing and counterpart material), never a cross join.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, queryWithSettings } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import { perYearFactor } from '../matching/quantity.ts';
import { EstimateInputError, estimateSavings } from '../savings/estimate.ts';
import type { ListingColumns } from '../listings/columns.ts';
import { GENERALISATION_MAX_OFFSET_M } from '../listings/location.ts';
import { assessCandidates } from '../matching/assessment.ts';
import { counterpartMaterials, findCandidates } from '../matching/candidates.ts';
import {
  candidatePlanSettings,
  type CandidateRow,
  GRID_AREA,
  GRID_SLACK,
  type MatchOptions,
} from '../matching/candidates-sql.ts';
import { type MatchSubject, subjectFromRow } from '../matching/subject.ts';
import type { ListingKind } from '../reference/enums.ts';
import type { Instance, Pair } from './model.ts';

/** A listing of the instance: stored (its id) or a what-if one (scenario:<n>). */
export interface Party {
  id: string;
  subject: MatchSubject;
  /** A stored listing's row; what-if listings have none. */
  row?: AreaListing;
  /** Tonnes a year (a one-off lot counts once: it is delivered within the year). */
  tonnes: number;
}

export type AreaListing = Omit<ListingColumns, 'site_id' | 'version'>;

/** Active, unexpired listings whose site lies in the area, nearest-first walk order aside. */
export async function areaListings(db: Database, inArea: SQL): Promise<AreaListing[]> {
  return queryRows<AreaListing>(
    db,
    sql`SELECT l.id, l.organisation_id, l.kind, l.material_code, l.grade, l.accepts, l.quantity_amount, l.quantity_unit,
          l.quantity_rate, l.available_from::text AS available_from, l.available_until::text AS available_until,
          l.max_haul_km, l.current_route, l.gate_fee_gbp_per_tonne, l.virgin_price_gbp_per_tonne,
          ST_X(l.location::geometry) AS lon, ST_Y(l.location::geometry) AS lat
        FROM listings l
        WHERE l.status = 'active' AND l.expires_at > now()
          AND (l.available_until IS NULL OR l.available_until >= current_date)
          AND ${inArea}
        ORDER BY l.id`,
  );
}

export const subjectOf = (row: AreaListing): MatchSubject => subjectFromRow(row);

/** Tonnes a year of a listing's quantity; null when an m³ quantity has no density to weigh it. */
export function tonnesPerYear(s: MatchSubject, material: Material | undefined): number | null {
  const perYear = s.quantity.amount * (perYearFactor(s.quantity.rate) ?? 1);
  if (s.quantity.unit === 't') return perYear;
  return material?.densityTPerM3 ? perYear * material.densityTPerM3 : null;
}

export interface PairPricing {
  set: FactorSet;
  date: string;
  haulageGbpPerTonneKm?: number | undefined;
}

/**
 * The estimate's inputs for a tonne a year from an offer to a want, as matching prices a match:
 * the offer's material, route and gate fee, the want's virgin price, the great-circle distance.
 */
export function estimateInput(offer: MatchSubject, want: MatchSubject, material: Material, distanceKm: number, tonnes: number, pricing: PairPricing) {
  return {
    material,
    quantity: { amount: tonnes, unit: 't' as const, rate: 'year' as const },
    greatCircleKm: distanceKm,
    date: pricing.date,
    overrides: {
      currentRoute: offer.currentRoute ?? undefined,
      gateFeeGbpPerTonne: offer.gateFeeGbpPerTonne ?? undefined,
      virginPriceGbpPerTonne: want.virginPriceGbpPerTonne ?? undefined,
      haulageGbpPerTonneKm: pricing.haulageGbpPerTonneKm,
    },
  };
}

export interface GatherInput {
  parties: Party[];
  /** Indexes into parties of the listings whose counterparts are walked. */
  walkFrom: number[];
  /** Which parties may be the offer of a pair (the material filter). */
  offerInScope: (p: Party) => boolean;
  options: MatchOptions;
  materials: Map<string, Material>;
  pricing: PairPricing;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Statements in flight at once: PostgreSQL's cores, not the pool, limit them. */
  parallel: number;
}

export interface Gathered {
  instance: Instance;
  offers: Party[];
  wants: Party[];
  /** Pairs dropped because the factor set cannot price them. */
  unpriced: number;
}

/**
 * Walks from each listing (stored ones in one statement per kind, what-if ones one by one),
 * keeps pairs whose two ends are both in the instance, prices them.
 */
export async function gatherPairs(db: Database, input: GatherInput): Promise<Gathered> {
  const { parties, materials } = input;
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const found = new Map<string, { offer: number; want: number; distanceKm: number }>();
  const keep = (from: number, candidates: CandidateRow[]) => {
    const party = parties[from] as Party;
    for (const c of assessCandidates(party.subject, candidates, input.options)) {
      const other = index.get(c.row.id);
      if (other === undefined) continue;
      const [offer, want] = party.subject.kind === 'offer' ? [from, other] : [other, from];
      if (!input.offerInScope(parties[offer] as Party)) continue;
      found.set(`${offer}:${want}`, { offer, want, distanceKm: c.distanceKm });
    }
  };
  const stored = input.walkFrom.filter((i) => parties[i]?.row);
  const whatIf = input.walkFrom.filter((i) => !parties[i]?.row);
  const catalogue = [...materials.values()];
  let done = 0;
  const total = stored.length + whatIf.length;
  const chunks = walkGroups(parties, stored).flatMap((g) =>
    Array.from({ length: Math.ceil(g.members.length / WALK_CHUNK) }, (_, n) => ({ ...g, members: g.members.slice(n * WALK_CHUNK, (n + 1) * WALK_CHUNK) })),
  );
  const walkChunk = async (group: WalkGroup) => {
    const nearest = await nearestInArea(db, group, parties, catalogue, input.options);
    for (const from of group.members) {
      const candidates: CandidateRow[] = [];
      for (const { id, distance_m } of nearest.get((parties[from] as Party).id) ?? []) {
        const row = parties[index.get(id) ?? -1]?.row;
        // A counterpart outside the instance (out of the area, or of no tonnage) pairs with nothing.
        if (row) candidates.push({ ...row, distance_m, density_t_per_m3: materials.get(row.material_code)?.densityTPerM3 ?? null });
      }
      keep(from, candidates);
    }
    done += group.members.length;
    input.onProgress?.(done, total);
  };
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      input.signal?.throwIfAborted();
      await walkChunk(chunks[next++] as WalkGroup);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.parallel, chunks.length)) }, worker));
  for (const from of whatIf) {
    input.signal?.throwIfAborted();
    keep(from, await findCandidates(db, (parties[from] as Party).subject, input.options));
    input.onProgress?.(++done, total);
  }

  // Renumbered so that the model sees offers 0..m-1 and wants 0..n-1, only those in some pair.
  const offerNo = new Map<number, number>();
  const wantNo = new Map<number, number>();
  const offers: Party[] = [];
  const wants: Party[] = [];
  const pairs: Pair[] = [];
  let unpriced = 0;
  const sorted = [...found.values()].sort((a, b) => a.offer - b.offer || a.want - b.want);
  for (const f of sorted) {
    const offer = parties[f.offer] as Party;
    const want = parties[f.want] as Party;
    const material = materials.get(offer.subject.materialCode) as Material;
    let unit;
    try {
      unit = estimateSavings(estimateInput(offer.subject, want.subject, material, f.distanceKm, 1, input.pricing), input.pricing.set);
    } catch (err) {
      if (!(err instanceof EstimateInputError)) throw err;
      unpriced++;
      continue;
    }
    if (!offerNo.has(f.offer)) offerNo.set(f.offer, offers.push(offer) - 1);
    if (!wantNo.has(f.want)) wantNo.set(f.want, wants.push(want) - 1);
    pairs.push({
      offer: offerNo.get(f.offer) as number,
      want: wantNo.get(f.want) as number,
      costGbpPerTonne: unit.totals.costSavedGbp,
      co2eKgPerTonne: unit.totals.co2eAvoidedKg,
      distanceKm: f.distanceKm,
    });
  }
  return {
    instance: { supply: offers.map((o) => o.tonnes), demand: wants.map((w) => w.tonnes), pairs },
    offers,
    wants,
    unpriced,
  };
}

/** Whether a listing of this kind and material could pair with an offer of one of these materials. */
export function couldPairWith(s: Pick<MatchSubject, 'kind' | 'materialCode'>, offerMaterials: Set<string>, catalogue: Material[]): boolean {
  return counterpartMaterials(s, catalogue).some((m) => offerMaterials.has(s.kind === 'want' ? m.code : s.materialCode));
}

/**
 * Listings walked from per statement: each walk costs ~0.5–2 ms, so a chunk stays well inside
 * the statement timeout, and progress is reported as chunks finish.
 */
const WALK_CHUNK = 500;

interface WalkGroup {
  kind: ListingKind;
  /** Whether the members lie where grid_point() gives a position (matches.ts walks them by it). */
  onGrid: boolean;
  members: number[];
}

/** Stored listings to walk from, by kind and by whether they are on the grid: one statement each. */
function walkGroups(parties: Party[], stored: number[]): WalkGroup[] {
  const groups = new Map<string, WalkGroup>();
  for (const i of stored) {
    const { kind, lon, lat } = (parties[i] as Party).subject;
    const onGrid = lon >= GRID_AREA.west && lon <= GRID_AREA.east && lat >= GRID_AREA.south && lat <= GRID_AREA.north;
    const key = `${kind}:${onGrid}`;
    const group = groups.get(key) ?? { kind, onGrid, members: [] };
    group.members.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The grade test of matching (checkGrade, as offeredGradeFails and wantedGradeFails put it in
 * SQL) with both grade and constraints from columns, so one statement serves every listing:
 * a property the offer states fails a constraint it does not meet; an unstated one passes (not
 * strict). Those build their SQL from one subject's values, which a set-based walk cannot.
 */
const gradeFails = (grade: SQL, accepts: SQL) => sql`EXISTS (
    SELECT 1 FROM jsonb_each(${accepts}) con(property, c)
    WHERE ${grade} ? con.property AND (
      COALESCE(NOT ((con.c -> 'oneOf') @> jsonb_build_array(${grade} -> con.property)), false)
      OR CASE WHEN jsonb_typeof(${grade} -> con.property) = 'number'
        THEN COALESCE((con.c ->> 'min')::float8 > (${grade} ->> con.property)::float8, false)
          OR COALESCE((con.c ->> 'max')::float8 < (${grade} ->> con.property)::float8, false)
        ELSE con.c ? 'min' OR con.c ? 'max' END))`;

/**
 * Each member's `cap` nearest qualifying counterparts (ids and exact distances), by the rules of
 * findCandidates for officers (exact positions): one nearest-first index walk per listing and
 * counterpart material, merged by distance. The minimum share is left to assessCandidates.
 */
async function nearestInArea(
  db: Database,
  group: WalkGroup,
  parties: Party[],
  catalogue: Material[],
  options: MatchOptions,
): Promise<Map<string, { id: string; distance_m: number }[]>> {
  if (!options.exactPositions || options.strict) throw new Error('the area walk measures exact positions, not strict');
  const ids: string[] = [];
  const codes: string[] = [];
  for (const i of group.members) {
    const { id, subject } = parties[i] as Party;
    for (const m of counterpartMaterials(subject, catalogue)) {
      ids.push(id);
      codes.push(m.code);
    }
  }
  const counterpart = group.kind === 'offer' ? 'want' : 'offer';
  const [offerGrade, wantAccepts] = group.kind === 'offer' ? [sql`s.grade`, sql`c.accepts`] : [sql`c.grade`, sql`s.accepts`];
  const walk = (where: SQL, nearest: SQL) => sql`(
      SELECT c.id, ST_Distance(c.location, s.here) AS distance_m
        FROM listings c
        WHERE c.material_code = s.code
          AND c.kind = ${counterpart}::listing_kind
          AND c.status = 'active'
          AND ${where}
          AND ST_DWithin(c.location, s.here, s.max_haul_km * 1000)
          AND c.expires_at > now()
          AND c.organisation_id <> s.organisation_id
          AND ST_DWithin(c.location, s.here, c.max_haul_km * 1000)
          AND (c.available_until IS NULL OR c.available_until >= current_date)
          AND (c.available_until IS NULL OR s.available_from IS NULL OR c.available_until >= s.available_from)
          AND (c.available_from IS NULL OR s.available_until IS NULL OR c.available_from <= s.available_until)
          AND NOT ${gradeFails(offerGrade, wantAccepts)}
        ORDER BY ${nearest}
        LIMIT ${options.cap})`;
  // As candidateQuery: on the grid, walk the match points (widened by the grid's stretch and the
  // most a public point is off), plus the listings off the grid; off the grid, geography.
  const matchPoint = sql`match_point(s.code, ${counterpart}::listing_kind, s.grid)`;
  const slackMetres = GRID_SLACK.metres + GENERALISATION_MAX_OFFSET_M;
  const walks = group.onGrid
    ? sql`${walk(sql`c.match_point IS NOT NULL AND ST_DWithin(c.match_point, ${matchPoint}, s.max_haul_km * 1000 * ${GRID_SLACK.factor}::float8 + ${slackMetres}::float8)`, sql`c.match_point <-> ${matchPoint}`)}
        UNION ALL ${walk(sql`c.match_point IS NULL`, sql`c.public_location <-> s.here`)}`
    : walk(sql`true`, sql`c.public_location <-> s.here`);
  const rows = await queryWithSettings<{ subject: string; id: string; distance_m: number }>(
    db,
    candidatePlanSettings,
    sql`WITH s AS MATERIALIZED (
        SELECT l.id, l.organisation_id, l.location AS here, grid_point(l.location) AS grid, x.code,
          l.grade, l.accepts, l.max_haul_km, l.available_from, l.available_until
        FROM unnest(${sql.param(ids)}::uuid[], ${sql.param(codes)}::text[]) x(id, code)
        JOIN listings l ON l.id = x.id
      )
      SELECT subject, id, distance_m FROM (
        SELECT s.id::text AS subject, w.id::text AS id, w.distance_m,
          row_number() OVER (PARTITION BY s.id ORDER BY w.distance_m, w.id) AS rank
        FROM s CROSS JOIN LATERAL (${walks}) w
      ) ranked
      WHERE rank <= ${options.cap}`,
  );
  const out = new Map<string, { id: string; distance_m: number }[]>();
  for (const r of rows) {
    const list = out.get(r.subject) ?? [];
    list.push({ id: r.id, distance_m: Number(r.distance_m) });
    out.set(r.subject, list);
  }
  return out;
}
