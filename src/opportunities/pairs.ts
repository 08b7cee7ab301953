// The candidate pairs of a region: each listing's k nearest qualifying counterparts, found by the
// same indexed walk as matching (findCandidates/assessCandidates), never a cross join.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import { perYearFactor } from '../matching/quantity.ts';
import { EstimateInputError, estimateSavings } from '../savings/estimate.ts';
import type { ListingColumns } from '../listings/columns.ts';
import { assessCandidates } from '../matching/assessment.ts';
import { counterpartMaterials, findCandidates } from '../matching/candidates.ts';
import type { MatchOptions } from '../matching/candidates-sql.ts';
import type { MatchSubject } from '../matching/subject.ts';
import type { Instance, Pair } from './model.ts';

/** A listing of the instance: stored (its id) or a what-if one (scenario:<n>). */
export interface Party {
  id: string;
  subject: MatchSubject;
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

export function subjectOf(row: AreaListing): MatchSubject {
  return {
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
  };
}

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
  /** Walks in flight at once: the pool's connections, not the CPU, limit them. */
  parallel: number;
}

export interface Gathered {
  instance: Instance;
  offers: Party[];
  wants: Party[];
  /** Pairs dropped because the factor set cannot price them. */
  unpriced: number;
}

/** Walks from each listing, keeps pairs whose two ends are both in the instance, prices them. */
export async function gatherPairs(db: Database, input: GatherInput): Promise<Gathered> {
  const { parties, materials } = input;
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const found = new Map<string, { offer: number; want: number; distanceKm: number }>();
  let done = 0;
  let next = 0;
  const walkOne = async (from: number) => {
    const party = parties[from] as Party;
    const rows = await findCandidates(db, party.subject, input.options);
    for (const c of assessCandidates(party.subject, rows, input.options)) {
      const other = index.get(c.row.id);
      if (other === undefined) continue;
      const [offer, want] = party.subject.kind === 'offer' ? [from, other] : [other, from];
      if (!input.offerInScope(parties[offer] as Party)) continue;
      found.set(`${offer}:${want}`, { offer, want, distanceKm: c.distanceKm });
    }
  };
  const worker = async () => {
    while (next < input.walkFrom.length) {
      input.signal?.throwIfAborted();
      await walkOne(input.walkFrom[next++] as number);
      input.onProgress?.(++done, input.walkFrom.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, input.parallel) }, worker));

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
