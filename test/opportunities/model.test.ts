import t from 'tap';
import { HttpProblem } from '../../src/errors.ts';
import { SolveSlots } from '../../src/opportunities/jobs.ts';
import {
  allocationFromPrimal,
  dualBound,
  greedyAllocation,
  type Instance,
  lpModel,
  relativeGap,
  totalsOf,
  worthwhilePairs,
} from '../../src/opportunities/model.ts';
import { solve, SolveCancelled, solveInWorker } from '../../src/opportunities/solver.ts';

/**
 * Offers 0 and 1, wants 0 and 1, 100 t each. £/t: 0→0 10, 0→1 9, 1→0 8; 1 cannot reach want 1.
 * Greedy takes 0→0 (£1,000) and strands the rest; the optimum is 0→1 and 1→0: £1,700.
 */
const instance: Instance = {
  supply: [100, 100],
  demand: [100, 100],
  pairs: [
    { offer: 0, want: 0, costGbpPerTonne: 10, co2eKgPerTonne: 1, distanceKm: 1 },
    { offer: 0, want: 1, costGbpPerTonne: 9, co2eKgPerTonne: 1, distanceKm: 2 },
    { offer: 1, want: 0, costGbpPerTonne: 8, co2eKgPerTonne: 1, distanceKm: 3 },
    { offer: 1, want: 1, costGbpPerTonne: -5, co2eKgPerTonne: 1, distanceKm: 90 },
  ],
};

t.test('greedy is not optimal; HiGHS finds the known optimum and proves it', async (t) => {
  const use = worthwhilePairs(instance, 'cost');
  t.same(use, [0, 1, 2], 'a pair that loses money is left out');
  const greedy = totalsOf(instance, greedyAllocation(instance, 'cost', use));
  t.match(greedy, { tonnesPerYear: 100, costSavedGbpPerYear: 1000, flows: 1 });
  const model = lpModel(instance, 'cost', use);
  t.equal(model.numRows, 4);
  const solution = await solve(model, { timeLimitSeconds: 10 });
  t.equal(solution.status, 'optimal');
  t.equal(solution.objectiveValue, 1700);
  const optimal = allocationFromPrimal(use, solution.colValue);
  t.same([...optimal].sort(), [
    [1, 100],
    [2, 100],
  ]);
  t.match(totalsOf(instance, optimal), { tonnesPerYear: 200, costSavedGbpPerYear: 1700, flows: 2, offersUsed: 2, wantsServed: 2 });
  const bound = dualBound(instance, 'cost', use, solution.rowDual);
  t.equal(bound, 1700, 'the dual bound meets the objective');
  t.equal(relativeGap(bound, 1700), 0);
  t.ok(dualBound(instance, 'cost', use, []) >= 1700, 'any prices give a valid (looser) bound');
});

t.test('objectives: tonnes counts every pair worth one a tonne', async (t) => {
  const use = worthwhilePairs(instance, 'tonnes');
  t.equal(use.length, 4);
  const solution = await solve(lpModel(instance, 'tonnes', use), { timeLimitSeconds: 10 });
  t.equal(solution.objectiveValue, 200);
});

t.test('a solve can be cancelled', async (t) => {
  const model = lpModel(instance, 'cost', [0, 1, 2]);
  const solved = await solveInWorker(model, { timeLimitSeconds: 10 }).result;
  t.equal(solved.objectiveValue, 1700);
  const running = solveInWorker(model, { timeLimitSeconds: 10 });
  running.cancel();
  await t.rejects(running.result, SolveCancelled);
});

t.test('slots: at most N solves; the next gets 503 with Retry-After', async (t) => {
  const slots = new SolveSlots(1);
  const release = slots.acquire();
  try {
    slots.acquire();
    t.fail('a second solve was let in');
  } catch (err) {
    t.ok(err instanceof HttpProblem);
    t.equal((err as HttpProblem).status, 503);
    t.match((err as HttpProblem).headers, { 'retry-after': /^\d+$/ });
  }
  release();
  release();
  slots.acquire()();
  t.pass('a released slot is free again, once');
});
