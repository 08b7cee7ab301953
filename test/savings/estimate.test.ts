import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { factorSetSchema } from '../../schemas/factor-set.ts';
import type { Factor, FactorSet, SolidMapping } from '../../src/reference/types.ts';
import { type EstimateInput, EstimateInputError, estimateSavings } from '../../src/savings/estimate.ts';
import { factorsOn } from '../../src/savings/factors.ts';
import { freightLine, haulageLine, haulLines, roadDistance } from '../../src/savings/haulage.ts';
import { currentRoute, gateFeeLine, landfillEmissionsLine, landfillTaxLine } from '../../src/savings/landfill.ts';
import { primaryProductionLine, virginPriceLine } from '../../src/savings/production.ts';
import { cubicMetresOf, negativeTotalNotes, perYearOf, tonnesOf, totalsOf } from '../../src/savings/totals.ts';
import type { Step } from '../../src/savings/types.ts';
import { tradeEffluentLine, waterPriceLine, waterSupplyLine, waterTreatmentLine } from '../../src/savings/water.ts';
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

// Each step of the method on its own, against a small set of round figures so every value is
// worked in the head: [step, what it returns (lines as key/factor/value/confidence, and notes)].
const src = { publisher: 'Pub', title: 'Title', year: 2025 };
const fig = (key: string, value: number, unit: string, confidence: Factor['confidence'] = 'V2', dates: Partial<Factor> = {}): Factor => ({
  key,
  label: `Label ${key}`,
  value,
  unit,
  source: src,
  confidence,
  ...dates,
});
const mini: FactorSet = {
  id: 'mini',
  name: 'Mini',
  description: '',
  factors: [
    fig('landfill-tax-lower', 4, 'GBP/t', 'V', { validFrom: '2025-04-01', validTo: '2026-03-31' }),
    fig('landfill-tax-standard', 100, 'GBP/t', 'S', { validFrom: '2025-04-01', validTo: '2026-03-31' }),
    fig('gate-fee-landfill', 30, 'GBP/t', 'V'),
    fig('haulage-cost', 0.1, 'GBP/t.km', 'D'),
    fig('freight-hgv', 0.2, 'kg CO2e/t.km'),
    fig('circuity', 1.5, 'ratio'),
    fig('landfill-x', 10, 'kg CO2e/t'),
    fig('primary-x', 50, 'kg CO2e/t', 'V'),
    fig('secondary-x', 20, 'kg CO2e/t', 'R'),
    fig('supply', 0.5, 'kg CO2e/m3'),
    fig('treatment', 0.25, 'kg CO2e/m3'),
  ],
  materials: {},
};
const on = factorsOn(mini, '2025-06-01');
const solidX: SolidMapping = { kind: 'solid', taxBand: 'lower', landfillKey: 'landfill-x', primaryKey: 'primary-x', secondaryKey: 'secondary-x' };
const CITED = 'Pub, Title, 2025';
const lowConfidence = (key: string, value: number, unit: string, c: string) =>
  `Label ${key} (${value} ${unit}) is of low confidence (${c}): ${CITED}.`;
type Shape = { key: string; factor: number; value: number; confidence: string; source?: string; label?: string };
const STEPS: [string, () => Step, Shape[], string[]][] = [
  ['landfillTaxLine, lower band', () => landfillTaxLine(on, 'lower', 10, '2025-06-01'),
    [{ key: 'landfill-tax-lower', factor: 4, value: 40, confidence: 'V', label: 'Avoided landfill tax (lower rate, 2025-26)' }], []],
  ['landfillTaxLine, standard band of low confidence', () => landfillTaxLine(on, 'standard', 2, '2025-06-01'),
    [{ key: 'landfill-tax-standard', factor: 100, value: 200, confidence: 'S' }], [lowConfidence('landfill-tax-standard', 100, 'GBP/t', 'S')]],
  ['landfillTaxLine, past the last period', () => landfillTaxLine(factorsOn(mini, '2026-04-01'), 'lower', 1, '2026-04-01'),
    [{ key: 'landfill-tax-lower', factor: 4, value: 4, confidence: 'V', label: 'Avoided landfill tax (lower rate, 2026-27)' }],
    ['Label landfill-tax-lower: no rate is published for 2026-27; the latest (4 GBP/t) is used.']],
  ['gateFeeLine, the set’s fee, described from the factor', () => gateFeeLine(on, 10, undefined),
    [{ key: 'gate-fee-landfill', factor: 30, value: 300, confidence: 'V', label: 'Avoided gate fee' }],
    [`Gate fee: the default is used, Label gate-fee-landfill (30 GBP/t): ${CITED}. Your own gate fee, when you give it, replaces it.`]],
  ['gateFeeLine, the user’s fee', () => gateFeeLine(on, 10, 45),
    [{ key: 'gate-fee', factor: 45, value: 450, confidence: 'user', source: 'given by the user' }], []],
  ['gateFeeLine, zero is a fee', () => gateFeeLine(on, 10, 0), [{ key: 'gate-fee', factor: 0, value: 0, confidence: 'user' }], []],
  ['landfillEmissionsLine', () => landfillEmissionsLine(on, 'landfill-x', 3),
    [{ key: 'landfill-x', factor: 10, value: 30, confidence: 'V2', source: CITED, label: 'Avoided landfill emissions' }], []],
  ['virginPriceLine, the user’s price', () => virginPriceLine(10, 20), [{ key: 'virgin-purchase', factor: 20, value: 200, confidence: 'user' }], []],
  ['virginPriceLine, none given', () => virginPriceLine(10, undefined), [],
    ['No virgin material price given (no cited default): no line for avoided feedstock purchase.']],
  ['primaryProductionLine: primary − secondary, the weaker confidence', () => primaryProductionLine(on, solidX, 'x', 2),
    [{ key: 'primary-production', factor: 30, value: 60, confidence: 'R', source: `${CITED}; minus ${CITED}`,
      label: 'Avoided primary production (Label primary-x − Label secondary-x)' }],
    [lowConfidence('secondary-x', 20, 'kg CO2e/t', 'R')]],
  ['primaryProductionLine, no factor', () => primaryProductionLine(on, { ...solidX, primaryKey: null }, 'soil', 2), [],
    ['No primary-production factor for soil: no line for avoided production.']],
  ['haulageLine, the default rate', () => haulageLine(on, 100, undefined),
    [{ key: 'haulage-cost', factor: -0.1, value: -10, confidence: 'D', label: 'Haulage' }],
    [lowConfidence('haulage-cost', 0.1, 'GBP/t.km', 'D'), 'Haulage cost uses the default rate; a quoted rate, when you give one, replaces it.']],
  ['haulageLine, the user’s rate', () => haulageLine(on, 100, 0.3), [{ key: 'haulage-cost', factor: -0.3, value: -30, confidence: 'user' }], []],
  ['freightLine', () => freightLine(on, 100), [{ key: 'freight-hgv', factor: -0.2, value: -20, confidence: 'V2' }], []],
  ['haulLines without a distance', () => ({ lines: [], notes: haulLines(on, 10, null, undefined).flatMap((s) => s.notes) }), [],
    ['No distance given: haulage cost and haul emissions are left out.']],
  ['waterSupplyLine', () => waterSupplyLine(on, 'supply', 100), [{ key: 'supply', factor: 0.5, value: 50, confidence: 'V2', label: 'Avoided mains water supply' }], []],
  ['waterTreatmentLine', () => waterTreatmentLine(on, 'treatment', 100),
    [{ key: 'treatment', factor: 0.25, value: 25, confidence: 'V2', label: 'Avoided wastewater treatment' }], []],
  ['waterPriceLine, the user’s price', () => waterPriceLine(100, 2), [{ key: 'water-price', factor: 2, value: 200, confidence: 'user' }], []],
  ['waterPriceLine, none given', () => waterPriceLine(100, undefined), [],
    ['No mains water price given (no cited default for Severn Trent): no cost line for avoided water purchase.']],
  ['tradeEffluentLine, the user’s charge', () => tradeEffluentLine(100, 1), [{ key: 'trade-effluent', factor: 1, value: 100, confidence: 'user' }], []],
  ['tradeEffluentLine, none given', () => tradeEffluentLine(100, undefined), [],
    ['No trade-effluent charge given (no cited default): no cost line for avoided discharge.']],
];
for (const [name, step, lines, notes] of STEPS)
  t.test(`step: ${name}`, async (t) => {
    const s = step();
    t.equal(s.lines.length, lines.length, 'as many lines as expected');
    lines.forEach((want, i) => t.match(s.lines[i], want, want.key));
    for (const l of s.lines) t.equal(l.value, l.quantity * l.factor, `${l.key}: value = quantity × factor`);
    t.same(s.notes, notes);
  });

t.test('step: roadDistance prefers the road distance, else great-circle × circuity', async (t) => {
  t.same(roadDistance(on, { roadKm: 12, greatCircleKm: 100 }), { roadKm: 12, notes: [] });
  t.same(roadDistance(on, { roadKm: null, greatCircleKm: 10 }), {
    roadKm: 15,
    notes: ['Road distance 15.0 km = great-circle 10.0 km × circuity 1.5.'],
  });
  t.same(roadDistance(on, {}), { roadKm: null, notes: [] });
});

t.test('step: currentRoute is landfill unless given; the override wins', async (t) => {
  t.same(currentRoute({}), { route: 'landfill', notes: ['Current route not given: landfill assumed.'] });
  t.same(currentRoute({ currentRoute: 'recycling' }), { route: 'recycling', notes: [] });
  t.same(currentRoute({ currentRoute: 'landfill', overrides: { currentRoute: 'other' } }), { route: 'other', notes: [] });
});

t.test('step: tonnes, cubic metres, totals and per-year figures', async (t) => {
  const m = (unit: 't' | 'm3', densityTPerM3: number | null) => ({ code: 'x', unit, densityTPerM3 });
  for (const [material, quantity, tonnes, m3] of [
    [m('t', null), { amount: 5, unit: 't' }, 5, 5],
    [m('t', 2), { amount: 5, unit: 'm3' }, 10, 5],
    [m('m3', 0.5), { amount: 5, unit: 't' }, 5, 10],
  ] as const) {
    t.equal(tonnesOf({ material, quantity }), tonnes, `${quantity.amount} ${quantity.unit} is ${tonnes} t`);
    t.equal(cubicMetresOf({ material, quantity }), m3, `${quantity.amount} ${quantity.unit} is ${m3} m3`);
  }
  t.throws(() => tonnesOf({ material: m('t', null), quantity: { amount: 1, unit: 'm3' } }), { name: 'EstimateInputError', path: 'quantity.unit' });
  const lines = [...haulageLine(on, 100, undefined).lines, ...freightLine(on, 100).lines, ...virginPriceLine(1, 4).lines];
  const totals = totalsOf(lines, 1, undefined);
  t.same(totals, { tonnes: 1, costSavedGbp: -6, co2eAvoidedKg: -20 });
  t.same(negativeTotalNotes(totals), [
    'The cost total is negative: at this distance haulage costs more than is saved.',
    'The carbon total is negative: at this distance haul emissions exceed what is avoided.',
  ]);
  t.same(perYearOf(totals, 'month'), { tonnes: 12, costSavedGbp: -72, co2eAvoidedKg: -240 });
  t.equal(perYearOf(totals, 'one-off'), undefined);
  t.equal(perYearOf(totals, undefined), undefined);
});
