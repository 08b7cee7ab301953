// The regional allocation as a transportation problem, and the greedy allocation it is compared
// with. Pure: numbers in, numbers out; the service gathers the pairs, the solver solves the LP.

export type Objective = 'cost' | 'carbon' | 'tonnes';

/** One candidate pair: an offer that may serve a want, with its values for one tonne a year. */
export interface Pair {
  offer: number;
  want: number;
  costGbpPerTonne: number;
  co2eKgPerTonne: number;
  distanceKm: number;
}

/** Supplies and demands in tonnes a year, indexed as the pairs' `offer` and `want`. */
export interface Instance {
  supply: number[];
  demand: number[];
  pairs: Pair[];
}

/** Tonnes a year on each pair, by the pair's index. */
export type Allocation = Map<number, number>;

/** What one tonne on a pair is worth under the objective. */
export function unitValue(pair: Pair, objective: Objective): number {
  if (objective === 'cost') return pair.costGbpPerTonne;
  if (objective === 'carbon') return pair.co2eKgPerTonne;
  return 1;
}

/**
 * The pairs worth using under the objective: a pair that loses money (or adds carbon) would never
 * carry a tonne in the optimum, nor in a best-first greedy, and leaving it out shrinks the LP.
 */
export function worthwhilePairs(instance: Instance, objective: Objective): number[] {
  const out: number[] = [];
  instance.pairs.forEach((p, i) => {
    if (unitValue(p, objective) > 0 && (instance.supply[p.offer] ?? 0) > 0 && (instance.demand[p.want] ?? 0) > 0)
      out.push(i);
  });
  return out;
}

/**
 * The LP as arrays: maximise Σ v_p x_p subject to Σ_{p from i} x_p ≤ S_i per offer (rows 0..m-1)
 * and Σ_{p to j} x_p ≤ D_j per want (rows m..m+n-1), x ≥ 0. Column c is pair use[c]; each column
 * has its two ones, offer row first (compressed sparse columns).
 */
export interface LpModel {
  numCols: number;
  numRows: number;
  /** Rows 0..offerRows-1 are the offers'. */
  offerRows: number;
  colCost: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
}

export function lpModel(instance: Instance, objective: Objective, use: number[]): LpModel {
  const offers = instance.supply.length;
  const colCost = new Float64Array(use.length);
  const starts = new Int32Array(use.length + 1);
  const indices = new Int32Array(use.length * 2);
  use.forEach((p, c) => {
    const pair = instance.pairs[p] as Pair;
    colCost[c] = unitValue(pair, objective);
    starts[c] = 2 * c;
    indices[2 * c] = pair.offer;
    indices[2 * c + 1] = offers + pair.want;
  });
  starts[use.length] = 2 * use.length;
  return {
    numCols: use.length,
    numRows: offers + instance.demand.length,
    offerRows: offers,
    colCost,
    rowUpper: Float64Array.from([...instance.supply, ...instance.demand]),
    starts,
    indices,
  };
}

/**
 * Best pair first: pairs in order of their value at the quantity they could carry alone (the
 * smaller of supply and demand), ties to the nearer, each given what is left of its two ends.
 * This is what first-come, nearest-first matching approaches at best.
 */
export function greedyAllocation(instance: Instance, objective: Objective, use: number[]): Allocation {
  const supply = [...instance.supply];
  const demand = [...instance.demand];
  // Worth and distance by pair index, worked out once rather than at every comparison.
  const worth = new Float64Array(instance.pairs.length);
  const distance = new Float64Array(instance.pairs.length);
  for (const p of use) {
    const pair = instance.pairs[p] as Pair;
    worth[p] = unitValue(pair, objective) * Math.min(instance.supply[pair.offer] ?? 0, instance.demand[pair.want] ?? 0);
    distance[p] = pair.distanceKm;
  }
  const order = Int32Array.from(use).sort(
    (a, b) => (worth[b] as number) - (worth[a] as number) || (distance[a] as number) - (distance[b] as number) || a - b,
  );
  const out: Allocation = new Map();
  for (const p of order) {
    const pair = instance.pairs[p] as Pair;
    const amount = Math.min(supply[pair.offer] as number, demand[pair.want] as number);
    if (amount <= 1e-9) continue;
    supply[pair.offer] = (supply[pair.offer] as number) - amount;
    demand[pair.want] = (demand[pair.want] as number) - amount;
    out.set(p, amount);
  }
  return out;
}

export interface Totals {
  tonnesPerYear: number;
  costSavedGbpPerYear: number;
  co2eAvoidedKgPerYear: number;
  flows: number;
  offersUsed: number;
  wantsServed: number;
}

/** Sums of an allocation, by the linear per-tonne values of its pairs. */
export function totalsOf(instance: Instance, allocation: Allocation): Totals {
  const offers = new Set<number>();
  const wants = new Set<number>();
  const totals: Totals = { tonnesPerYear: 0, costSavedGbpPerYear: 0, co2eAvoidedKgPerYear: 0, flows: 0, offersUsed: 0, wantsServed: 0 };
  for (const [p, tonnes] of allocation) {
    const pair = instance.pairs[p] as Pair;
    totals.tonnesPerYear += tonnes;
    totals.costSavedGbpPerYear += tonnes * pair.costGbpPerTonne;
    totals.co2eAvoidedKgPerYear += tonnes * pair.co2eKgPerTonne;
    totals.flows++;
    offers.add(pair.offer);
    wants.add(pair.want);
  }
  totals.offersUsed = offers.size;
  totals.wantsServed = wants.size;
  return totals;
}

/** The objective's value of an allocation. */
export function valueOf(instance: Instance, objective: Objective, allocation: Allocation): number {
  let value = 0;
  for (const [p, tonnes] of allocation) value += tonnes * unitValue(instance.pairs[p] as Pair, objective);
  return value;
}

/** Flows a solver reports as near zero (round-off at a vertex) are not flows. */
export const FLOW_EPSILON_T = 1e-6;

/** The flows of a solved LP: columns (pairs use[c]) with more than round-off on them. */
export function allocationFromPrimal(use: number[], colValue: ArrayLike<number>): Allocation {
  const out: Allocation = new Map();
  use.forEach((p, c) => {
    const x = colValue[c] ?? 0;
    if (x > FLOW_EPSILON_T) out.set(p, x);
  });
  return out;
}

/**
 * An upper bound on the optimum from row prices y ≥ 0 (the solver's duals, taken as magnitudes):
 * Σ_r b_r y_r + Σ_p min(S_i, D_j) · max(0, v_p − y_i − y_j). Weak duality makes it valid for any
 * such y, so it is a check on the solver, not a figure taken on trust; at a proven optimum it
 * equals the objective.
 */
export function dualBound(instance: Instance, objective: Objective, use: number[], rowDual: ArrayLike<number>): number {
  const offers = instance.supply.length;
  const price = (row: number) => Math.abs(rowDual[row] ?? 0);
  let bound = 0;
  instance.supply.forEach((s, i) => (bound += s * price(i)));
  instance.demand.forEach((d, j) => (bound += d * price(offers + j)));
  for (const p of use) {
    const pair = instance.pairs[p] as Pair;
    const reduced = unitValue(pair, objective) - price(pair.offer) - price(offers + pair.want);
    if (reduced > 0) bound += reduced * Math.min(instance.supply[pair.offer] ?? 0, instance.demand[pair.want] ?? 0);
  }
  return bound;
}

/** The relative gap between a bound and an objective value, 0 when they agree. */
export function relativeGap(bound: number, value: number): number {
  return Math.max(0, bound - value) / Math.max(1, Math.abs(bound));
}
