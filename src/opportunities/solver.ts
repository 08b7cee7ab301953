// HiGHS (WebAssembly, the `highs` package) in a worker thread: the solve never blocks the event
// loop, and a cancel terminates the thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LpModel } from './model.ts';
import { transportationBasis } from './network-simplex.ts';

export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'time-limit';
  objectiveValue: number;
  colValue: Float64Array;
  rowDual: Float64Array;
  /** Network simplex pivots to the starting basis, then HiGHS's own iterations from it (0 when it only proves it). */
  pivots?: number;
  simplexIterations?: number;
}

export interface SolveOptions {
  timeLimitSeconds: number;
}

/** The package's own path, so the worker loads the same file under tsx and from dist/server.js. */
const HIGHS_PATH = createRequire(import.meta.url).resolve('highs');

/** Pivots the network simplex may take before HiGHS carries on from where it stopped. */
const MAX_NETWORK_PIVOTS = 2_000_000;

// Plain CommonJS, evaluated by the worker: no file of ours has to be found at run time; the
// network simplex goes in as its source text (`__name` is what tsx's transform may wrap inner
// functions in). The model goes in as arrays (CSC), not LP text: HiGHS's LP reader took as long
// as the solve itself. HiGHS starts from the network simplex's basis: from a slack basis its
// WebAssembly simplex took ~10 s of CPU at 10,000 listings; from the optimal basis it only
// factorises and checks it (docs/benchmarks.md). Model status 7 is optimal, 8 infeasible;
// anything else (13: time limit) is reported as such.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const __name = (f) => f;
const transportationBasis = ${transportationBasis.toString()};
require(workerData.highsPath)().then((highs) => {
  const { model, timeLimitSeconds, maxPivots } = workerData;
  const basis = transportationBasis(model, maxPivots);
  const lp = highs.createModel({
    numCols: model.numCols,
    numRows: model.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.colCost,
    colLower: new Float64Array(model.numCols),
    colUpper: new Float64Array(model.numCols).fill(highs.infinity),
    rowLower: new Float64Array(model.numRows).fill(-highs.infinity),
    rowUpper: model.rowUpper,
    matrix: {
      format: 'csc', numRows: model.numRows, numCols: model.numCols,
      starts: model.starts, indices: model.indices, values: new Float64Array(model.indices.length).fill(1),
    },
  });
  try {
    // The simplex ends on a vertex, where a transportation problem's flows are whole shipments.
    lp.options.set({ time_limit: timeLimitSeconds, output_flag: false, solver: 'simplex' });
    lp.setBasis({ colStatus: basis.colStatus, rowStatus: basis.rowStatus });
    const { modelStatus } = lp.run();
    const solution = lp.getSolution();
    parentPort.postMessage({
      ok: true,
      status: modelStatus === 7 ? 'optimal' : modelStatus === 8 ? 'infeasible' : 'time-limit',
      objectiveValue: lp.getObjectiveValue(),
      colValue: solution.colValue,
      rowDual: solution.rowDual,
      pivots: basis.pivots,
      simplexIterations: Number(lp.info.get('simplex_iteration_count')),
    });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: String((err && err.message) || err) });
  } finally {
    lp.dispose();
  }
});
`;

export interface RunningSolve {
  result: Promise<LpSolution>;
  /** Stops the solve at once; `result` then rejects with SolveCancelled. */
  cancel(): void;
}

export class SolveCancelled extends Error {
  override name = 'SolveCancelled';
}

export function solveInWorker(model: LpModel, options: SolveOptions): RunningSolve {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { model, timeLimitSeconds: options.timeLimitSeconds, highsPath: HIGHS_PATH, maxPivots: MAX_NETWORK_PIVOTS },
  });
  let cancelled = false;
  const result = new Promise<LpSolution>((resolve, reject) => {
    worker.once('message', (m: ({ ok: true } & LpSolution) | { ok: false; message: string }) => {
      if (m.ok) {
        const { status, objectiveValue, colValue, rowDual, pivots, simplexIterations } = m;
        resolve({ status, objectiveValue, colValue, rowDual, pivots, simplexIterations });
      }
      else reject(new Error(`HiGHS failed: ${m.message}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', () => reject(cancelled ? new SolveCancelled('cancelled') : new Error('solver worker exited')));
  });
  return {
    result,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** Solves and waits: for callers with nothing to cancel. */
export const solve = (model: LpModel, options: SolveOptions) => solveInWorker(model, options).result;
