import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { factorSetSchema } from '../../schemas/factor-set.ts';
import { type EstimateInput, EstimateInputError, estimateSavings } from '../../src/savings/estimate.ts';
import { taxYear } from '../../src/savings/tax-year.ts';

const set = factorSetSchema.parse(
  JSON.parse(readFileSync(new URL('../../db/seed/factor-sets/uk-2025.json', import.meta.url), 'utf8')),
);
const close = (t: Test, actual: number | undefined, expected: number, what: string) =>
  t.ok(actual !== undefined && Math.abs(actual - expected) < 1e-6, `${what}: ${actual} ≈ ${expected}`);

const solid = (code: string) => ({ code, unit: 't' as const, densityTPerM3: null });
const water = { code: 'process-water', unit: 'm3' as const, densityTPerM3: 1 };
const run = (over: Partial<EstimateInput>) =>
  estimateSavings(
    { material: solid('foundry-sand'), quantity: { amount: 100, unit: 't' }, roadKm: 30, date: '2025-06-01', ...over },
    set,
  );
const value = (e: ReturnType<typeof run>, key: string) => e.lines.find((l) => l.key === key)?.value;

t.test('the seed factor set is valid, and every figure carries a source and a confidence', async (t) => {
  t.equal(set.id, 'uk-2025');
  for (const f of set.factors) {
    t.ok(f.source.publisher && f.source.title && f.source.year, `${f.key} has a source`);
    t.ok(['V2', 'V', 'S', 'D', 'R'].includes(f.confidence), `${f.key} has a confidence`);
  }
  t.same(Object.keys(set.materials).length, 12);
});

t.test('tax years run from 1 April', async (t) => {
  t.equal(taxYear('2025-03-31'), '2024-25');
  t.equal(taxYear('2025-04-01'), '2025-26');
  t.equal(taxYear('2027-01-15'), '2026-27');
  t.equal(taxYear('2099-12-31'), '2099-00');
});

t.test('foundry sand, 100 t, 30 km, 2025-06-01: every line worked by hand', async (t) => {
  const e = run({});
  t.equal(e.taxYear, '2025-26');
  close(t, value(e, 'landfill-tax-lower'), 405, 'tax 100 × £4.05');
  close(t, value(e, 'gate-fee-landfill'), 2600, 'gate fee 100 × £26');
  close(t, value(e, 'haulage-cost'), -330, 'haulage −100 × 30 × £0.11');
  close(t, e.totals.costSavedGbp, 2675, 'cost 405 + 2600 − 330');
  close(t, value(e, 'landfill-aggregates'), 126.338, 'landfill 100 × 1.26338');
  close(t, value(e, 'primary-production'), 558.306, 'production 100 × (7.79306 − 2.21)');
  close(t, value(e, 'freight-hgv'), -304.89, 'haul −100 × 30 × 0.10163');
  close(t, e.totals.co2eAvoidedKg, 379.754, 'carbon 126.338 + 558.306 − 304.89');
  t.equal(e.totals.tonnes, 100);
  t.notOk(e.perYear, 'no rate, no per-year figures');
  t.ok(e.assumptions.some((a) => /low confidence \(D\)/.test(a)), 'the derived haulage rate is flagged');
  t.ok(e.assumptions.some((a) => /virgin material price/.test(a)), 'the missing virgin price is said');
  for (const l of e.lines) t.ok(l.source.length > 10 && l.confidence, `${l.key} cites its source`);
});

t.test('both sides of 1 April, and past the last published rates', async (t) => {
  close(t, value(run({ date: '2025-03-31' }), 'landfill-tax-lower'), 330, '2024-25: 100 × £3.30');
  close(t, value(run({ date: '2026-04-01' }), 'landfill-tax-lower'), 865, '2026-27: 100 × £8.65');
  close(t, value(run({ date: '2023-04-01' }), 'landfill-tax-lower'), 325, '2023-24: 100 × £3.25');
  const later = run({ date: '2027-04-01' });
  close(t, value(later, 'landfill-tax-lower'), 865, '2027-28 uses 2026-27');
  t.ok(later.assumptions.some((a) => /no rate is published for 2027-28/.test(a)));
});

t.test('standard band, virgin price: steel scrap 10 t, 50 km', async (t) => {
  const e = run({
    material: solid('steel-scrap'),
    quantity: { amount: 10, unit: 't' },
    roadKm: 50,
    overrides: { virginPriceGbpPerTonne: 300 },
  });
  close(t, value(e, 'landfill-tax-standard'), 1261.5, '10 × £126.15');
  close(t, value(e, 'virgin-purchase'), 3000, '10 × £300');
  close(t, e.totals.costSavedGbp, 4466.5, '1261.5 + 260 + 3000 − 55');
  close(t, e.totals.co2eAvoidedKg, 17705.9755, '89.8311 + 17666.9594 − 50.815');
  t.equal(e.lines.find((l) => l.key === 'virgin-purchase')?.source, 'given by the user');
});

// Q = 1 t, no haul: cost = band rate + £26; carbon = landfill + (primary − secondary), per the method's table.
const TABLE: [string, 'lower' | 'standard', number, number][] = [
  ['foundry-sand', 'lower', 1.26338, 5.58306],
  ['silica-sand', 'lower', 1.26338, 5.58306],
  ['recycled-aggregate', 'lower', 1.26338, 5.58306],
  ['soil', 'lower', 19.54671, 0],
  ['steel-scrap', 'standard', 8.98311, 1766.69594],
  ['steel-turnings', 'standard', 8.98311, 1766.69594],
  ['aluminium-scrap', 'standard', 8.98311, 8120.82341],
  ['copper-scrap', 'standard', 8.98311, 2970],
  ['glass-cullet', 'lower', 8.98311, 579.57713],
  ['wood', 'standard', 925.34348, 230.96128],
  ['plastics', 'standard', 8.98311, 1597.10826],
];
for (const [code, band, landfill, production] of TABLE) {
  t.test(`${code}: ${band} band, landfill ${landfill}, production ${production} kg CO2e/t`, async (t) => {
    const e = run({ material: solid(code), quantity: { amount: 1, unit: 't' }, roadKm: null });
    close(t, e.totals.costSavedGbp, (band === 'lower' ? 4.05 : 126.15) + 26, 'cost');
    close(t, e.totals.co2eAvoidedKg, landfill + production, 'carbon');
    t.notOk(e.lines.some((l) => l.key === 'haulage-cost'), 'no distance, no haulage');
  });
}

t.test('water: pipe by default, road on request; m3 and t alike', async (t) => {
  const pipe = run({ material: water, quantity: { amount: 1000, unit: 'm3' } });
  close(t, pipe.totals.co2eAvoidedKg, 362.18, '1000 × (0.1913 + 0.17088)');
  t.equal(pipe.totals.costSavedGbp, 0);
  t.equal(pipe.totals.cubicMetres, 1000);
  t.notOk(pipe.lines.some((l) => l.key === 'haulage-cost'));
  t.ok(pipe.assumptions.some((a) => /Severn Trent/.test(a)));
  const priced = run({
    material: water,
    quantity: { amount: 1000, unit: 'm3' },
    overrides: { waterPriceGbpPerM3: 1.5, tradeEffluentGbpPerM3: 1.2 },
  });
  close(t, priced.totals.costSavedGbp, 2700, '1000 × 1.5 + 1000 × 1.2');
  const road = run({ material: water, quantity: { amount: 1000, unit: 'm3' }, roadKm: 20, transport: 'road' });
  close(t, road.totals.costSavedGbp, -2200, '−1000 × 20 × 0.11');
  close(t, road.totals.co2eAvoidedKg, 362.18 - 2032.6, 'minus 1000 × 20 × 0.10163');
  const inTonnes = run({ material: water, quantity: { amount: 1000, unit: 't' } });
  close(t, inTonnes.totals.co2eAvoidedKg, 362.18, '1000 t of water is 1000 m3');
  t.throws(() => run({ quantity: { amount: 5, unit: 'm3' } }), EstimateInputError, 'a solid in m3 without a density');
});

t.test('overrides replace defaults and are marked as the user’s', async (t) => {
  const e = run({ overrides: { gateFeeGbpPerTonne: 40, haulageGbpPerTonneKm: 0.2 } });
  close(t, value(e, 'gate-fee'), 4000, '100 × £40');
  close(t, value(e, 'haulage-cost'), -600, '−100 × 30 × £0.20');
  t.equal(e.lines.find((l) => l.key === 'gate-fee')?.confidence, 'user');
  const recycled = run({ overrides: { currentRoute: 'recycling' } });
  t.notOk(recycled.lines.some((l) => /landfill/.test(l.key)), 'not landfilled: no landfill lines');
  close(t, recycled.totals.costSavedGbp, -330, 'only the haulage remains');
  t.ok(recycled.assumptions.some((a) => /not landfill/.test(a)));
});

t.test('a long haul makes a total negative, and the estimate says so', async (t) => {
  const e = run({ quantity: { amount: 10, unit: 't' }, roadKm: 200 });
  close(t, e.totals.co2eAvoidedKg, 12.6338 + 55.8306 - 203.26, 'carbon −134.7956');
  t.ok(e.totals.co2eAvoidedKg < 0);
  t.ok(e.assumptions.some((a) => /carbon total is negative/.test(a)));
});

t.test('great-circle distance × circuity 1.4; per-year figures by rate', async (t) => {
  const e = run({ roadKm: undefined, greatCircleKm: 10 });
  t.equal(e.roadKm, 14);
  t.ok(e.assumptions.some((a) => /circuity 1.4/.test(a)));
  for (const [rate, k] of [
    ['week', 365.25 / 7],
    ['month', 12],
    ['year', 1],
  ] as const) {
    const r = run({ quantity: { amount: 100, unit: 't', rate } });
    close(t, r.perYear?.costSavedGbp, 2675 * k, `${rate}: cost × ${k}`);
    close(t, r.perYear?.tonnes, 100 * k, `${rate}: tonnes × ${k}`);
  }
  t.notOk(run({ quantity: { amount: 100, unit: 't', rate: 'one-off' } }).perYear);
});

t.test('unknown materials are refused naming the field', async (t) => {
  t.throws(() => run({ material: solid('unobtainium') }), { name: 'EstimateInputError', path: 'material' });
});
