import t from 'tap';
import { type Instance, lpModel, worthwhilePairs } from '../../src/opportunities/model.ts';
import { transportationBasis } from '../../src/opportunities/network-simplex.ts';
import { solve } from '../../src/opportunities/solver.ts';

/** A seeded random transportation instance: each offer has up to `k` wants, some pairs losing money. */
function randomInstance(seed: number, offers: number, wants: number, k: number): Instance {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pairs: Instance['pairs'] = [];
  for (let offer = 0; offer < offers; offer++) {
    const chosen = new Set<number>();
    for (let i = 0; i < k; i++) chosen.add(Math.floor(random() * wants));
    for (const want of [...chosen].sort((a, b) => a - b))
      pairs.push({ offer, want, costGbpPerTonne: Math.round(random() * 200 - 20), co2eKgPerTonne: random() * 50, distanceKm: random() * 80 });
  }
  const amounts = (n: number) => Array.from({ length: n }, () => Math.round(random() * 5000) / 10);
  return { supply: amounts(offers), demand: amounts(wants), pairs };
}

t.test('network simplex: HiGHS finds its basis optimal and needs no iteration of its own', async (t) => {
  for (const seed of [1, 2]) {
    const instance = randomInstance(seed, 200, 150, 10);
    for (const objective of ['cost', 'carbon', 'tonnes'] as const) {
      const model = lpModel(instance, objective, worthwhilePairs(instance, objective));
      const basis = transportationBasis(model, 1e6);
      t.ok(basis.optimal, `seed ${seed} ${objective}: no column left with a positive reduced cost`);
      const basic = [...basis.colStatus, ...basis.rowStatus].filter((s) => s === 1).length;
      t.equal(basic, model.numRows, 'a basis: one basic variable per row');
      const solved = await solve(model, { timeLimitSeconds: 30 });
      t.equal(solved.status, 'optimal', 'HiGHS proves it');
      t.equal(solved.simplexIterations, 0, `seed ${seed} ${objective}: HiGHS had nothing left to pivot`);
      t.ok((solved.pivots ?? 0) > 0);
    }
  }
});

t.test('network simplex: a pivot limit still leaves a basis, one basic per row', async (t) => {
  const instance = randomInstance(7, 200, 200, 10);
  const model = lpModel(instance, 'cost', worthwhilePairs(instance, 'cost'));
  const partial = transportationBasis(model, 5);
  t.equal(partial.optimal, false);
  t.equal(partial.pivots, 5);
  t.equal([...partial.colStatus, ...partial.rowStatus].filter((s) => s === 1).length, model.numRows);
});
