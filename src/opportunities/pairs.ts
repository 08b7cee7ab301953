// The candidate pairs of a region: each listing's k nearest qualifying counterparts in the area,
// by matching's rules, found by a walk of an index of the area's listings (read once, in one
// statement), never a cross join of offers and wants.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import { perYearFactor } from '../matching/quantity.ts';
import { EstimateInputError } from '../savings/estimate.ts';
import { estimateTotals, factorValuesOn } from '../savings/estimate-totals.ts';
import type { ListingColumns } from '../listings/columns.ts';
import { quantityAgainst } from '../matching/assessment.ts';
import { counterpartMaterials } from '../matching/candidates.ts';
import type { MatchOptions } from '../matching/candidates-sql.ts';
import { gradeQualifies } from '../matching/grade-checks.ts';
import { type MatchSubject, subjectFromRow } from '../matching/subject.ts';
import type { ListingKind } from '../reference/enums.ts';
import { latitudeDegreesWithin, SPHERE_ERROR, spheroidMetres, sphereMetres } from './distance.ts';
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
    sql`SELECT l.id, l.organisation_id, l.kind, l.material_code, l.other_materials, l.grade, l.accepts, l.quantity_amount, l.quantity_unit,
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
}

export interface Gathered {
  instance: Instance;
  offers: Party[];
  wants: Party[];
  /** Pairs dropped because the factor set cannot price them. */
  unpriced: number;
}

/**
 * Walks from each listing to its k nearest qualifying counterparts among the instance's stored
 * listings (a what-if listing walks too, but is no one's counterpart), keeps a pair found from
 * either end, prices it.
 */
export async function gatherPairs(input: GatherInput): Promise<Gathered> {
  const { parties, materials, options } = input;
  const catalogue = [...materials.values()];
  const index = new CounterpartIndex(parties);
  const distances = new Map<number, number>();
  /** Exact metres between two parties, offer first, measured once whichever end walks. */
  const metres = (offer: number, want: number) => {
    const key = offer * parties.length + want;
    let d = distances.get(key);
    if (d === undefined) {
      const [o, w] = [(parties[offer] as Party).subject, (parties[want] as Party).subject];
      d = spheroidMetres(o.lon, o.lat, w.lon, w.lat);
      distances.set(key, d);
    }
    return d;
  };
  const found = new Map<number, { offer: number; want: number; distanceKm: number }>();
  let done = 0;
  for (const from of input.walkFrom) {
    if (done % YIELD_EVERY === 0) {
      // The walks are CPU in this thread: let the event loop serve other requests now and then.
      await new Promise((resolve) => setImmediate(resolve));
      input.signal?.throwIfAborted();
      input.onProgress?.(done, input.walkFrom.length);
    }
    const s = (parties[from] as Party).subject;
    for (const { other, metres: d } of nearestQualifying(from, parties, index, counterpartMaterials(s, catalogue), options.cap, metres)) {
      const c = parties[other] as Party;
      const quantity = quantityAgainst(s, c.subject.quantity, materials.get(c.subject.materialCode)?.densityTPerM3 ?? null);
      if (!quantity || quantity.shareOfWant < options.minShareOfWant) continue;
      const [offer, want] = s.kind === 'offer' ? [from, other] : [other, from];
      if (!input.offerInScope(parties[offer] as Party)) continue;
      found.set(offer * parties.length + want, { offer, want, distanceKm: d / 1000 });
    }
    done++;
  }
  input.onProgress?.(done, input.walkFrom.length);

  // Renumbered so that the model sees offers 0..m-1 and wants 0..n-1, only those in some pair.
  const offerNo = new Map<number, number>();
  const wantNo = new Map<number, number>();
  const offers: Party[] = [];
  const wants: Party[] = [];
  const pairs: Pair[] = [];
  let unpriced = 0;
  const factors = factorValuesOn(input.pricing.set, input.pricing.date);
  const sorted = [...found.values()].sort((a, b) => a.offer - b.offer || a.want - b.want);
  for (const f of sorted) {
    const offer = parties[f.offer] as Party;
    const want = parties[f.want] as Party;
    const material = materials.get(offer.subject.materialCode) as Material;
    let unit;
    try {
      // Totals only, equal to the full estimate's to the bit: a pair needs its two values.
      unit = estimateTotals(estimateInput(offer.subject, want.subject, material, f.distanceKm, 1, input.pricing), input.pricing.set, factors);
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
      costGbpPerTonne: unit.costSavedGbp,
      co2eKgPerTonne: unit.co2eAvoidedKg,
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
export function couldPairWith(s: Pick<MatchSubject, 'kind' | 'materialCode' | 'otherMaterials'>, offerMaterials: Set<string>, catalogue: Material[]): boolean {
  return counterpartMaterials(s, catalogue).some((m) => offerMaterials.has(s.kind === 'want' ? m.code : s.materialCode));
}

/** Walks between yields to the event loop (and checks for a cancel, and reports progress). */
const YIELD_EVERY = 250;

/**
 * The instance's stored listings by kind and by each material they can be found by (a want by
 * every material it accepts), each list in order of latitude: a walk reads only the band of
 * latitude its haul can reach, by binary search.
 */
class CounterpartIndex {
  private readonly lists = new Map<string, { members: Int32Array; lats: Float64Array }>();
  /** Every party's point and haul, by its index, read by walks without chasing objects. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly haulKm: Float64Array;

  constructor(parties: Party[]) {
    this.lon = Float64Array.from(parties, (p) => p.subject.lon);
    this.lat = Float64Array.from(parties, (p) => p.subject.lat);
    this.haulKm = Float64Array.from(parties, (p) => p.subject.maxHaulKm);
    const groups = new Map<string, number[]>();
    parties.forEach((p, i) => {
      if (!p.row) return;
      const { kind, materialCode, otherMaterials } = p.subject;
      for (const code of kind === 'want' ? [materialCode, ...(otherMaterials ?? [])] : [materialCode]) {
        const key = `${kind}:${code}`;
        const list = groups.get(key) ?? [];
        list.push(i);
        groups.set(key, list);
      }
    });
    for (const [key, list] of groups) {
      list.sort((a, b) => (parties[a] as Party).subject.lat - (parties[b] as Party).subject.lat);
      this.lists.set(key, {
        members: Int32Array.from(list),
        lats: Float64Array.from(list, (i) => (parties[i] as Party).subject.lat),
      });
    }
  }

  /** Listings of this kind found by this material whose latitude lies within `[south, north]`. */
  band(kind: ListingKind, code: string, south: number, north: number): Int32Array {
    const list = this.lists.get(`${kind}:${code}`);
    if (!list) return EMPTY;
    /** The first position whose latitude is past `lat` (or at it, unless `inclusive`). */
    const first = (lat: number, inclusive: boolean) => {
      let lo = 0;
      let hi = list.lats.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const at = list.lats[mid] as number;
        if (at < lat || (inclusive && at === lat)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.members.subarray(first(south, false), first(north, true));
  }
}

const EMPTY = new Int32Array(0);

/**
 * A listing's `cap` nearest qualifying counterparts among the index's listings, nearest first
 * (ties by id), with their exact distances: matching's rules (findCandidates, not strict) but
 * the minimum share, which is applied after the cap, as matching does. Counterparts within
 * the haul by the cheap sphere are taken nearest first, and the spheroid is measured only until
 * no farther one could still make the cap.
 */
function nearestQualifying(
  from: number,
  parties: Party[],
  index: CounterpartIndex,
  codes: Material[],
  cap: number,
  metres: (offer: number, want: number) => number,
): { other: number; metres: number }[] {
  const s = (parties[from] as Party).subject;
  const kind: ListingKind = s.kind === 'offer' ? 'want' : 'offer';
  const reach = s.maxHaulKm * 1000 * SPHERE_ERROR;
  const band = latitudeDegreesWithin(reach);
  // The band's longitudes the haul can reach, from the band's edge nearer a pole.
  const lonBand = band / Math.max(1e-6, Math.cos((Math.min(89, Math.abs(s.lat) + band) * Math.PI) / 180));
  const { lon, lat, haulKm } = index;
  const seen = new Set<number>();
  const near: { other: number; sphere: number; limit: number }[] = [];
  // Within the haul by the sphere: cheap enough for every listing of the band.
  for (const { code } of codes) {
    for (const other of index.band(kind, code, s.lat - band, s.lat + band)) {
      if (Math.abs((lon[other] as number) - s.lon) > lonBand) continue;
      // A want accepting several of the walked materials is met once.
      if (seen.has(other)) continue;
      seen.add(other);
      const limit = Math.min(s.maxHaulKm, haulKm[other] as number) * 1000;
      const sphere = sphereMetres(s.lon, s.lat, lon[other] as number, lat[other] as number);
      if (sphere <= limit * SPHERE_ERROR) near.push({ other, sphere, limit });
    }
  }
  near.sort((a, b) => a.sphere - b.sphere);
  // Nearest first, the other rules and the spheroid, until no farther listing could make the cap.
  const kept: { other: number; metres: number; id: string }[] = [];
  for (const n of near) {
    const last = kept[cap - 1];
    if (last && n.sphere / SPHERE_ERROR > last.metres) break;
    const c = (parties[n.other] as Party).subject;
    if (s.organisationId && c.organisationId === s.organisationId) continue;
    if (!datesOverlap(s, c)) continue;
    if (!(s.kind === 'offer' ? gradeQualifies(s.grade, c.accepts) : gradeQualifies(c.grade, s.accepts))) continue;
    const d = s.kind === 'offer' ? metres(from, n.other) : metres(n.other, from);
    // ST_DWithin on the spheroid, as matching tests both hauls.
    if (d > n.limit) continue;
    const id = (parties[n.other] as Party).id;
    let at = kept.length;
    while (at > 0 && before(d, id, kept[at - 1] as { metres: number; id: string })) at--;
    kept.splice(at, 0, { other: n.other, metres: d, id });
    if (kept.length > cap) kept.pop();
  }
  return kept;
}

const before = (d: number, id: string, k: { metres: number; id: string }) => d < k.metres || (d === k.metres && id < k.id);

/** Availability windows overlap (an open end overlaps anything), as matching's SQL tests them. */
function datesOverlap(a: MatchSubject, b: MatchSubject): boolean {
  return (
    (b.availableUntil === null || a.availableFrom === null || b.availableUntil >= a.availableFrom) &&
    (b.availableFrom === null || a.availableUntil === null || b.availableFrom <= a.availableUntil)
  );
}
