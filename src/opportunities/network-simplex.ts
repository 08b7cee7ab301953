// A primal network simplex for the transportation LP of model.ts. It only finds a starting basis:
// HiGHS is then given that basis and proves (or finishes) the optimum, so no figure rests on this
// code alone. WebAssembly HiGHS took ~10 s of CPU on 10,000 listings' LP from a slack basis; the
// tree below does the same pivots without factorising anything.
//
// The LP as a network: offers (nodes 0..m-1) send their supply to wants (m..m+n-1) along pairs
// at cost −value, or to a root node along their slack; the root passes it on to wants' slacks.
// The slacks alone are a feasible spanning tree (nothing moves), which is where the search starts.
//
// Self-contained (no import but types, no module-level names): solver.ts runs its source text in
// the solver's worker thread, so that a 10,000-listing search never blocks the event loop.
import type { LpModel } from './model.ts';

export interface StartingBasis {
  colStatus: Int32Array;
  rowStatus: Int32Array;
  /** Whether no column had a positive reduced cost when the search stopped. */
  optimal: boolean;
  pivots: number;
}

/**
 * The optimal basis of the model (every column has two ones, an offer row and a want row, the
 * offer rows first; rows are ≤ their upper bound), or the basis reached when `maxPivots` ran out.
 */
export function transportationBasis(model: LpModel, maxPivots: number): StartingBasis {
  // HiGHS basis statuses (highs.constants.basisStatus).
  const BASIS = { lower: 0, basic: 1, upper: 2 };
  const offers = model.offerRows;
  const rows = model.numRows;
  const cols = model.numCols;
  const root = rows;
  const arcs = cols + rows;
  // Arc a < cols is column a; arc cols + r is row r's slack (offer → root, or root → want).
  const from = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const cost = new Float64Array(arcs);
  for (let c = 0; c < cols; c++) {
    from[c] = model.indices[2 * c] as number;
    to[c] = model.indices[2 * c + 1] as number;
    cost[c] = -(model.colCost[c] as number);
  }
  for (let r = 0; r < rows; r++) {
    from[cols + r] = r < offers ? r : root;
    to[cols + r] = r < offers ? root : r;
  }
  const flow = new Float64Array(arcs);
  const parent = new Int32Array(rows + 1).fill(-1);
  const parentArc = new Int32Array(rows + 1).fill(-1);
  const depth = new Int32Array(rows + 1);
  const potential = new Float64Array(rows + 1);
  const inTree = new Uint8Array(arcs);
  const treeArcs: number[][] = Array.from({ length: rows + 1 }, () => []);
  for (let r = 0; r < rows; r++) {
    const a = cols + r;
    flow[a] = model.rowUpper[r] as number;
    parent[r] = root;
    parentArc[r] = a;
    depth[r] = 1;
    inTree[a] = 1;
    treeArcs[r]?.push(a);
    treeArcs[root]?.push(a);
  }

  const reduced = (a: number) => (cost[a] as number) - (potential[from[a] as number] as number) + (potential[to[a] as number] as number);
  const scale = model.colCost.reduce((m, v) => Math.max(m, Math.abs(v)), 1);
  const tolerance = 1e-9 * scale;
  const block = Math.max(64, Math.ceil(Math.sqrt(arcs)));
  let next = 0;
  /** Block search: the most negative reduced cost in the first block that has one (slacks too). */
  const entering = (): number => {
    let best = -1;
    let bestReduced = -tolerance;
    let seen = 0;
    for (let scanned = 0; scanned < arcs; scanned++) {
      const a = next;
      next = next + 1 === arcs ? 0 : next + 1;
      if (!inTree[a]) {
        const rc = reduced(a);
        if (rc < bestReduced) {
          bestReduced = rc;
          best = a;
        }
      }
      if (++seen === block) {
        if (best >= 0) return best;
        seen = 0;
      }
    }
    return best;
  };

  /** The subtree hanging from `top` (through its parent arc) is given depths and potentials again. */
  const relabel = (top: number) => {
    const stack = [top];
    while (stack.length) {
      const x = stack.pop() as number;
      const a = parentArc[x] as number;
      const up = parent[x] as number;
      depth[x] = (depth[up] as number) + 1;
      potential[x] = from[a] === x ? (potential[up] as number) + (cost[a] as number) : (potential[up] as number) - (cost[a] as number);
      for (const b of treeArcs[x] as number[]) {
        if (b === a) continue;
        const y = from[b] === x ? (to[b] as number) : (from[b] as number);
        parent[y] = x;
        parentArc[y] = b;
        stack.push(y);
      }
    }
  };

  let pivots = 0;
  let optimal = false;
  while (pivots < maxPivots) {
    const a = entering();
    if (a < 0) {
      optimal = true;
      break;
    }
    pivots++;
    const p = from[a] as number;
    const q = to[a] as number;
    // The cycle: a from p to q, then the tree path from q back to p. Arcs met against their
    // direction lose flow; the first to reach zero leaves.
    let delta = Number.POSITIVE_INFINITY;
    let leaving = -1;
    let leavingOnQSide = false;
    let x = q;
    let y = p;
    while (x !== y) {
      if ((depth[x] as number) >= (depth[y] as number)) {
        const b = parentArc[x] as number;
        if (from[b] !== x && (flow[b] as number) < delta) {
          delta = flow[b] as number;
          leaving = b;
          leavingOnQSide = true;
        }
        x = parent[x] as number;
      } else {
        const b = parentArc[y] as number;
        if (from[b] === y && (flow[b] as number) < delta) {
          delta = flow[b] as number;
          leaving = b;
          leavingOnQSide = false;
        }
        y = parent[y] as number;
      }
    }
    if (leaving < 0) throw new Error('transportation LP unbounded: a column without finite rows');
    const apex = x;
    flow[a] = delta;
    for (let u = q; u !== apex; u = parent[u] as number) {
      const b = parentArc[u] as number;
      flow[b] = (flow[b] as number) + (from[b] === u ? delta : -delta);
    }
    for (let u = p; u !== apex; u = parent[u] as number) {
      const b = parentArc[u] as number;
      flow[b] = (flow[b] as number) + (from[b] === u ? -delta : delta);
    }
    // The leaving arc cuts off the subtree holding one end of a; it hangs from that end now.
    inTree[leaving] = 0;
    inTree[a] = 1;
    const cut = [from[leaving] as number, to[leaving] as number];
    for (const v of cut) {
      const list = treeArcs[v] as number[];
      list.splice(list.indexOf(leaving), 1);
    }
    const [hang, onto] = leavingOnQSide ? [q, p] : [p, q];
    treeArcs[hang]?.push(a);
    treeArcs[onto]?.push(a);
    parent[hang] = onto;
    parentArc[hang] = a;
    relabel(hang);
  }

  const colStatus = new Int32Array(cols);
  for (let c = 0; c < cols; c++) colStatus[c] = inTree[c] ? BASIS.basic : BASIS.lower;
  const rowStatus = new Int32Array(rows);
  for (let r = 0; r < rows; r++) rowStatus[r] = inTree[cols + r] ? BASIS.basic : BASIS.upper;
  return { colStatus, rowStatus, optimal, pivots };
}
