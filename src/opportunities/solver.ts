// HiGHS (WebAssembly, the `highs` package) in a worker thread: the solve never blocks the event
// loop, and a cancel terminates the thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LpModel } from './model.ts';

export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'time-limit';
  objectiveValue: number;
  colValue: Float64Array;
  rowDual: Float64Array;
}

export interface SolveOptions {
  timeLimitSeconds: number;
}

/** The package's own path, so the worker loads the same file under tsx and from dist/server.js. */
const HIGHS_PATH = createRequire(import.meta.url).resolve('highs');

// Plain CommonJS, evaluated by the worker: no file of ours has to be found at run time. The model
// goes in as arrays (CSC), not LP text: HiGHS's LP reader took as long as the solve itself.
// Model status 7 is optimal, 8 infeasible; anything else (13: time limit) is reported as such.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.highsPath)().then((highs) => {
  const { model, timeLimitSeconds } = workerData;
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
    const { modelStatus } = lp.run();
    const solution = lp.getSolution();
    parentPort.postMessage({
      ok: true,
      status: modelStatus === 7 ? 'optimal' : modelStatus === 8 ? 'infeasible' : 'time-limit',
      objectiveValue: lp.getObjectiveValue(),
      colValue: solution.colValue,
      rowDual: solution.rowDual,
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
    workerData: { model, timeLimitSeconds: options.timeLimitSeconds, highsPath: HIGHS_PATH },
  });
  let cancelled = false;
  const result = new Promise<LpSolution>((resolve, reject) => {
    worker.once('message', (m: ({ ok: true } & LpSolution) | { ok: false; message: string }) => {
      if (m.ok) resolve({ status: m.status, objectiveValue: m.objectiveValue, colValue: m.colValue, rowDual: m.rowDual });
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
