// Representative inputs whose full estimate is pinned in estimate-pins.json: every material,
// every route, one-off and per-year, with and without overrides, water by pipe and by road.
import type { EstimateInput } from '../../src/savings/estimate.ts';

const solid = (code: string, densityTPerM3: number | null = null) => ({ code, unit: 't' as const, densityTPerM3 });
const water = { code: 'process-water', unit: 'm3' as const, densityTPerM3: 1 };
const base: EstimateInput = {
  material: solid('foundry-sand'),
  quantity: { amount: 100, unit: 't' },
  roadKm: 30,
  date: '2025-06-01',
};
const MATERIALS = [
  'foundry-sand',
  'silica-sand',
  'recycled-aggregate',
  'soil',
  'steel-scrap',
  'steel-turnings',
  'aluminium-scrap',
  'copper-scrap',
  'glass-cullet',
  'wood',
  'plastics',
];

export const PIN_CASES: [string, EstimateInput][] = [
  ...MATERIALS.map((code): [string, EstimateInput] => [`${code}, landfill by default`, { ...base, material: solid(code) }]),
  ['water by pipe', { ...base, material: water, quantity: { amount: 1000, unit: 'm3' } }],
  ['water by road', { ...base, material: water, quantity: { amount: 1000, unit: 'm3' }, roadKm: 20, transport: 'road' }],
  ['water by road, no distance', { ...base, material: water, quantity: { amount: 50, unit: 'm3' }, roadKm: null, transport: 'road' }],
  ['water in tonnes, priced', {
    ...base,
    material: water,
    quantity: { amount: 1000, unit: 't', rate: 'month' },
    overrides: { waterPriceGbpPerM3: 1.5, tradeEffluentGbpPerM3: 1.2 },
  }],
  ['landfill route given', { ...base, currentRoute: 'landfill' }],
  ['recycling route', { ...base, material: solid('steel-scrap'), currentRoute: 'recycling' }],
  ['other route by override', { ...base, material: solid('wood'), currentRoute: 'landfill', overrides: { currentRoute: 'other' } }],
  ['per week', { ...base, quantity: { amount: 12, unit: 't', rate: 'week' } }],
  ['per month', { ...base, material: solid('plastics'), quantity: { amount: 3, unit: 't', rate: 'month' } }],
  ['per year', { ...base, material: solid('glass-cullet'), quantity: { amount: 400, unit: 't', rate: 'year' } }],
  ['one-off rate', { ...base, quantity: { amount: 7, unit: 't', rate: 'one-off' } }],
  ['every override', {
    ...base,
    material: solid('copper-scrap'),
    overrides: { gateFeeGbpPerTonne: 40, virginPriceGbpPerTonne: 6000, haulageGbpPerTonneKm: 0.2 },
  }],
  ['great-circle distance × circuity', { ...base, roadKm: undefined, greatCircleKm: 10.26 }],
  ['no distance', { ...base, material: solid('soil'), roadKm: null }],
  ['a solid in m3 with a density', { ...base, material: solid('recycled-aggregate', 1.6), quantity: { amount: 25, unit: 'm3' } }],
  ['before the first period', { ...base, date: '2020-01-01' }],
  ['past the last period', { ...base, material: solid('aluminium-scrap'), date: '2028-05-01' }],
  ['2024-25 (low-confidence tax rate)', { ...base, material: solid('steel-turnings'), date: '2025-03-31' }],
  ['long haul: negative totals', { ...base, quantity: { amount: 10, unit: 't' }, roadKm: 400 }],
  ['unknown material', { ...base, material: solid('unobtainium') }],
  ['a solid in m3 without a density', { ...base, quantity: { amount: 5, unit: 'm3' } }],
];
