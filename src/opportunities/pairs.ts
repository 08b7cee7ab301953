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
import { type Constraint, type GradeValue, meets } from '../matching/grade-checks.ts';
import { type MatchSubject, subjectFromRow } from '../matching/subject.ts';
import type { ListingKind } from '../reference/enums.ts';
import { latitudeDegreesWithin, SPHERE_ERROR, spheroidMetres, sphereMetresCos } from './distance.ts';
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
  // Every pair measured, offer first, whichever end walks, and which of them are pairs: one
  // table of numbers, not a Map of objects (the walks measured ~370,000 pairs at 10,000
  // listings, and the objects and boxed numbers kept the garbage collector busy).
  const table = new PairTable(parties);
  const walker = new Walker(parties, index, options.cap, table);
  let done = 0;
  for (const from of input.walkFrom) {
    if (done % YIELD_EVERY === 0) {
      // The walks are CPU in this thread: let the event loop serve other requests now and then.
      await new Promise((resolve) => setImmediate(resolve));
      input.signal?.throwIfAborted();
      input.onProgress?.(done, input.walkFrom.length);
    }
    const s = (parties[from] as Party).subject;
    const kept = walker.walk(from, counterpartsOf(s, catalogue));
    for (let r = 0; r < kept; r++) {
      const other = walker.keptOther[r] as number;
      const offer = s.kind === 'offer' ? from : other;
      const want = s.kind === 'offer' ? other : from;
      const slot = table.slotOf(offer, want);
      // Found from the other end already: a pair found from either end counts.
      if (table.found[slot]) continue;
      const c = parties[other] as Party;
      const quantity = quantityAgainst(s, c.subject.quantity, materials.get(c.subject.materialCode)?.densityTPerM3 ?? null);
      if (!quantity || quantity.shareOfWant < options.minShareOfWant) continue;
      if (!input.offerInScope(parties[offer] as Party)) continue;
      table.found[slot] = 1;
    }
    done++;
  }
  input.onProgress?.(done, input.walkFrom.length);

  // Renumbered so that the model sees offers 0..m-1 and wants 0..n-1, only those in some pair.
  const offerNo = new Int32Array(parties.length).fill(-1);
  const wantNo = new Int32Array(parties.length).fill(-1);
  const offers: Party[] = [];
  const wants: Party[] = [];
  const pairs: Pair[] = [];
  let unpriced = 0;
  const factors = factorValuesOn(input.pricing.set, input.pricing.date);
  // By offer, then want: the key is offer × parties + want, so a plain numeric sort orders them.
  const { keys, metres } = table.foundPairs();
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f] as number;
    const want = key % parties.length;
    const o = (key - want) / parties.length;
    const distanceKm = (metres[f] as number) / 1000;
    const offer = parties[o] as Party;
    const wantParty = parties[want] as Party;
    const material = materials.get(offer.subject.materialCode) as Material;
    let unit;
    try {
      // Totals only, equal to the full estimate's to the bit: a pair needs its two values.
      unit = estimateTotals(estimateInput(offer.subject, wantParty.subject, material, distanceKm, 1, input.pricing), input.pricing.set, factors);
    } catch (err) {
      if (!(err instanceof EstimateInputError)) throw err;
      unpriced++;
      continue;
    }
    if (offerNo[o] === -1) offerNo[o] = offers.push(offer) - 1;
    if (wantNo[want] === -1) wantNo[want] = wants.push(wantParty) - 1;
    pairs.push({
      offer: offerNo[o] as number,
      want: wantNo[want] as number,
      costGbpPerTonne: unit.costSavedGbp,
      co2eKgPerTonne: unit.co2eAvoidedKg,
      distanceKm,
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
  return counterpartsOf(s, catalogue).some((m) => offerMaterials.has(s.kind === 'want' ? m.code : s.materialCode));
}

/**
 * counterpartMaterials, worked out once per kind and material(s) for a catalogue: it scans the
 * catalogue for substitutes, and ten thousand walks asked it the same few dozen questions.
 */
function counterpartsOf(s: Pick<MatchSubject, 'kind' | 'materialCode' | 'otherMaterials'>, catalogue: Material[]): Material[] {
  let known = counterparts.get(catalogue);
  if (!known) counterparts.set(catalogue, (known = new Map()));
  const key = `${s.kind}:${s.materialCode}:${s.kind === 'want' ? (s.otherMaterials ?? []).join(',') : ''}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = counterpartMaterials(s, catalogue)));
  return found;
}

const counterparts = new WeakMap<Material[], Map<string, Material[]>>();

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
 * Exact metres between pairs of parties (offer first), measured once whichever end walks, and
 * which of them are pairs: open addressing over typed arrays, keyed by offer × parties + want.
 */
class PairTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private metres = new Float64Array(1 << 16);
  /** 1 for a pair kept (from either end), by slot. */
  found = new Uint8Array(1 << 16);
  private size = 0;
  private readonly n: number;
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;

  constructor(parties: Party[]) {
    this.n = parties.length;
    this.lon = Float64Array.from(parties, (p) => p.subject.lon);
    this.lat = Float64Array.from(parties, (p) => p.subject.lat);
  }

  /** The slot of a pair, added (unmeasured, NaN) if it is not there. */
  slotOf(offer: number, want: number): number {
    const key = offer * this.n + want;
    const mask = this.keys.length - 1;
    let h = Math.imul(offer, 0x9e3779b1) ^ Math.imul(want, 0x85ebca77);
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const at = this.keys[h] as number;
      if (at === key) return h;
      if (at === -1) break;
      h = (h + 1) & mask;
    }
    this.keys[h] = key;
    this.metres[h] = Number.NaN;
    if (++this.size * 2 > this.keys.length) {
      this.grow();
      return this.slotOf(offer, want);
    }
    return h;
  }

  /** Exact metres between an offer and a want, on the spheroid, measured once. */
  measure(offer: number, want: number): number {
    const slot = this.slotOf(offer, want);
    let d = this.metres[slot] as number;
    if (Number.isNaN(d)) {
      d = spheroidMetres(this.lon[offer] as number, this.lat[offer] as number, this.lon[want] as number, this.lat[want] as number);
      this.metres[slot] = d;
    }
    return d;
  }

  /** The pairs kept, ordered by key (offer, then want), with their metres. */
  foundPairs(): { keys: Float64Array; metres: Float64Array } {
    const slots: number[] = [];
    for (let h = 0; h < this.found.length; h++) if (this.found[h]) slots.push(h);
    const keys = Float64Array.from(slots, (h) => this.keys[h] as number).sort();
    // Keys are distinct: each one's metres is found again by its slot.
    const metres = Float64Array.from(keys, (key) => {
      const want = key % this.n;
      return this.metres[this.slotOf((key - want) / this.n, want)] as number;
    });
    return { keys, metres };
  }

  private grow() {
    const { keys, metres, found } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.metres = new Float64Array(keys.length * 2);
    this.found = new Uint8Array(keys.length * 2);
    this.size = 0;
    for (let h = 0; h < keys.length; h++) {
      const key = keys[h] as number;
      if (key === -1) continue;
      const want = key % this.n;
      const slot = this.slotOf((key - want) / this.n, want);
      this.metres[slot] = metres[h] as number;
      this.found[slot] = found[h] as number;
    }
  }
}

/**
 * A listing's `cap` nearest qualifying counterparts among the index's listings, nearest first
 * (ties by id), with their exact distances: matching's rules (findCandidates, not strict) but
 * the minimum share, which is applied after the cap, as matching does. Counterparts within
 * the haul by the cheap sphere are taken nearest first, and the spheroid is measured only until
 * no farther one could still make the cap. Its buffers are reused from walk to walk: a walk
 * allocates nothing.
 */
class Walker {
  /** The last walk's counterparts, nearest first (ties by id), and their metres. */
  readonly keptOther: Int32Array;
  private readonly keptMetres: Float64Array;
  /** The walk that last met each party: a want accepting several of the walked materials is met once. */
  private readonly met: Int32Array;
  private walks = 0;
  private nearOther = new Int32Array(1024);
  private nearSphere = new Float64Array(1024);
  private nearLimit = new Float64Array(1024);
  private order = new Float64Array(1024);
  private readonly cosLat: Float64Array;
  /** 1 for a party whose accepts constrains any property: the grade test is skipped for the rest. */
  private readonly constrains: Uint8Array;
  /**
   * The grade test unrolled: each constrained property's values by party (read once, as
   * `grade[property]`), and each party's constraints as (property number, constraint) lists.
   * A lookup by name in each listing's own parsed grade object was most of the test's cost.
   */
  private readonly gradeColumns: (GradeValue | undefined)[][] = [];
  private readonly acceptsProperties: number[][];
  private readonly acceptsConstraints: Constraint[][];
  /** Each party's organisation as a number (-1: none), and its availability as ranks of its dates. */
  private readonly organisation: Int32Array;
  private readonly from: Float64Array;
  private readonly until: Float64Array;

  constructor(
    private readonly parties: Party[],
    private readonly index: CounterpartIndex,
    private readonly cap: number,
    private readonly table: PairTable,
  ) {
    this.keptOther = new Int32Array(cap + 1);
    this.keptMetres = new Float64Array(cap + 1);
    this.met = new Int32Array(parties.length);
    const rad = Math.PI / 180;
    this.cosLat = Float64Array.from(index.lat, (lat) => Math.cos(lat * rad));
    this.constrains = Uint8Array.from(parties, (p) => (Object.keys(p.subject.accepts).length > 0 ? 1 : 0));
    const properties = new Map<string, number>();
    this.acceptsProperties = parties.map(() => []);
    this.acceptsConstraints = parties.map(() => []);
    parties.forEach((p, i) => {
      const { accepts } = p.subject;
      // for...in, as gradeQualifies walks them.
      for (const property in accepts) {
        let column = properties.get(property);
        if (column === undefined) {
          column = properties.size;
          properties.set(property, column);
          this.gradeColumns.push(parties.map((q) => q.subject.grade[property]));
        }
        (this.acceptsProperties[i] as number[]).push(column);
        (this.acceptsConstraints[i] as Constraint[]).push(accepts[property] as Constraint);
      }
    });
    const organisations = new Map<string, number>();
    this.organisation = Int32Array.from(parties, ({ subject: { organisationId: o } }) => {
      if (!o) return -1;
      if (!organisations.has(o)) organisations.set(o, organisations.size);
      return organisations.get(o) as number;
    });
    // Dates as their ranks in string order, so that comparing ranks is comparing the strings, as
    // matching's SQL compares dates; an open start is -∞, an open end +∞ (it overlaps anything).
    const dates = [...new Set(parties.flatMap((p) => [p.subject.availableFrom, p.subject.availableUntil]).filter((d) => d !== null))].sort();
    const rank = new Map(dates.map((d, i) => [d, i]));
    this.from = Float64Array.from(parties, (p) => (p.subject.availableFrom === null ? -Infinity : (rank.get(p.subject.availableFrom) as number)));
    this.until = Float64Array.from(parties, (p) => (p.subject.availableUntil === null ? Infinity : (rank.get(p.subject.availableUntil) as number)));
  }

  /** Walks from one party; its counterparts are then keptOther[0..count-1]. */
  walk(from: number, codes: Material[]): number {
    const { parties, index, cap, table } = this;
    const s = (parties[from] as Party).subject;
    const kind: ListingKind = s.kind === 'offer' ? 'want' : 'offer';
    const reach = s.maxHaulKm * 1000 * SPHERE_ERROR;
    const band = latitudeDegreesWithin(reach);
    // The band's longitudes the haul can reach, from the band's edge nearer a pole.
    const lonBand = band / Math.max(1e-6, Math.cos((Math.min(89, Math.abs(s.lat) + band) * Math.PI) / 180));
    const { lon, lat, haulKm } = index;
    const { met, cosLat } = this;
    const walk = ++this.walks;
    const fromCos = cosLat[from] as number;
    const { constrains } = this;
    // A want's own grade test is the same for every offer it meets: whether it has one, once.
    const wantConstrains = s.kind === 'want' && constrains[from] === 1;
    const { organisation } = this;
    const ownOrganisation = organisation[from] as number;
    const availableFrom = this.from[from] as number;
    const availableUntil = this.until[from] as number;
    let near = 0;
    // Within the haul by the sphere: cheap enough for every listing of the band.
    for (const { code } of codes) {
      const members = index.band(kind, code, s.lat - band, s.lat + band);
      for (let b = 0; b < members.length; b++) {
        const other = members[b] as number;
        if (Math.abs((lon[other] as number) - s.lon) > lonBand) continue;
        if (met[other] === walk) continue;
        met[other] = walk;
        const limit = Math.min(s.maxHaulKm, haulKm[other] as number) * 1000;
        const sphere = sphereMetresCos(s.lon, s.lat, fromCos, lon[other] as number, lat[other] as number, cosLat[other] as number);
        if (sphere > limit * SPHERE_ERROR) continue;
        if (near === this.nearOther.length) this.growNear();
        this.nearOther[near] = other;
        this.nearSphere[near] = sphere;
        this.nearLimit[near] = limit;
        near++;
      }
    }
    // Nearest first by whole metres of the sphere, then by position: one number each, sorted
    // natively (no comparator). The order within a metre does not matter: the k kept are the
    // nearest by (exact metres, id) whatever order they come in, and the walk stops only when
    // the whole metre below every listing left is already too far.
    let scale = 1;
    while (scale < near) scale *= 2;
    const order = this.order.subarray(0, near);
    for (let j = 0; j < near; j++) order[j] = Math.floor(this.nearSphere[j] as number) * scale + j;
    order.sort();
    const { keptOther, keptMetres } = this;
    let kept = 0;
    for (let r = 0; r < near; r++) {
      const key = order[r] as number;
      const j = key % scale;
      // Every listing from here on is at least this far on the sphere, so farther than this on the spheroid.
      if (kept === cap && (key - j) / scale / SPHERE_ERROR > (keptMetres[cap - 1] as number)) break;
      const other = this.nearOther[j] as number;
      // Not the same organisation; availability windows overlap.
      if (ownOrganisation !== -1 && organisation[other] === ownOrganisation) continue;
      if (!((this.until[other] as number) >= availableFrom && (this.from[other] as number) <= availableUntil)) continue;
      if (s.kind === 'offer' ? constrains[other] === 1 && !this.qualifies(from, other) : wantConstrains && !this.qualifies(other, from)) continue;
      const d = s.kind === 'offer' ? table.measure(from, other) : table.measure(other, from);
      // ST_DWithin on the spheroid, as matching tests both hauls.
      if (d > (this.nearLimit[j] as number)) continue;
      let at = kept;
      while (at > 0 && before(parties, d, other, keptMetres[at - 1] as number, keptOther[at - 1] as number)) {
        keptOther[at] = keptOther[at - 1] as number;
        keptMetres[at] = keptMetres[at - 1] as number;
        at--;
      }
      keptOther[at] = other;
      keptMetres[at] = d;
      if (kept < cap) kept++;
    }
    return kept;
  }

  /** gradeQualifies(offer's grade, want's accepts), not strict: a property the offer does not state passes. */
  private qualifies(offer: number, want: number): boolean {
    const properties = this.acceptsProperties[want] as number[];
    const constraints = this.acceptsConstraints[want] as Constraint[];
    for (let i = 0; i < properties.length; i++) {
      const offered = (this.gradeColumns[properties[i] as number] as (GradeValue | undefined)[])[offer];
      if (offered !== undefined && !meets(offered, constraints[i] as Constraint)) return false;
    }
    return true;
  }

  private growNear() {
    const size = this.nearOther.length * 2;
    const grow = <T extends Int32Array | Float64Array>(a: T, into: T) => (into.set(a), into);
    this.nearOther = grow(this.nearOther, new Int32Array(size));
    this.nearSphere = grow(this.nearSphere, new Float64Array(size));
    this.nearLimit = grow(this.nearLimit, new Float64Array(size));
    this.order = new Float64Array(size);
  }
}

/** Whether a listing `d` metres away goes before a kept one: nearer, or as near and of a smaller id (read only on a tie). */
const before = (parties: Party[], d: number, other: number, metres: number, keptOther: number) =>
  d < metres || (d === metres && (parties[other] as Party).id < (parties[keptOther] as Party).id);
