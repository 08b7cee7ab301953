// HiGHS (WebAssembly, the `highs` package) on an LP text, on this thread or in a worker thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface HighsColumn {
  Primal: number;
}
export interface HighsRow {
  Name: string;
  Dual: number;
}
export interface HighsSolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, HighsColumn>;
  Rows: HighsRow[];
}

export interface SolveOptions {
  timeLimitSeconds: number;
}

type Highs = { solve(lp: string, options: Record<string, unknown>): HighsSolution };

const require = createRequire(import.meta.url);
/** The package's own path, so a worker started from eval'd code loads the same file. */
const HIGHS_PATH = require.resolve('highs');

const highsOptions = (o: SolveOptions) => ({
  time_limit: o.timeLimitSeconds,
  output_flag: false,
  // Interior point would end off a vertex; the simplex ends on one, where a transportation
  // problem's flows are whole shipments of supply or demand.
  solver: 'simplex',
});

let loaded: Promise<Highs> | undefined;

/** Solves on this thread: for small instances, where a worker's start-up (~100 ms) would dominate. */
export async function solveHere(lp: string, options: SolveOptions): Promise<HighsSolution> {
  loaded ??= (require(HIGHS_PATH) as () => Promise<Highs>)();
  return (await loaded).solve(lp, highsOptions(options));
}

// Plain CommonJS so it runs the same under tsx and from the bundled dist/server.js: no file of
// ours has to be found at run time.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.highsPath)().then((highs) => {
  try {
    parentPort.postMessage({ ok: true, solution: highs.solve(workerData.lp, workerData.options) });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: String(err && err.message || err) });
  }
});
`;

export interface RunningSolve {
  result: Promise<HighsSolution>;
  /** Stops the solve at once; `result` then rejects with SolveCancelled. */
  cancel(): void;
}

export class SolveCancelled extends Error {
  override name = 'SolveCancelled';
}

/** Solves in a worker thread, which a cancel terminates: the event loop stays free throughout. */
export function solveInWorker(lp: string, options: SolveOptions): RunningSolve {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { lp, options: highsOptions(options), highsPath: HIGHS_PATH },
  });
  let cancelled = false;
  const result = new Promise<HighsSolution>((resolve, reject) => {
    worker.once('message', (m: { ok: true; solution: HighsSolution } | { ok: false; message: string }) => {
      if (m.ok) resolve(m.solution);
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
