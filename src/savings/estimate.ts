// The savings method of docs/savings-method.md as one pure function: inputs and a factor set in,
// lines (quantity × factor = value, each with its source) and totals out. Nothing is clamped.
// Each step lives in its own module and returns its lines and notes; this composes them in the
// method's order, which is the order of the lines and assumptions in the output.
import type { FactorSet, SolidMapping, WaterMapping } from '../reference/types.ts';
import { type FactorLookup, factorsOn } from './factors.ts';
import { haulLines, roadDistance } from './haulage.ts';
import { currentRoute, gateFeeLine, landfillEmissionsLine, landfillTaxLine, notLandfilledNote } from './landfill.ts';
import { primaryProductionLine, virginPriceLine } from './production.ts';
import { taxYear } from './tax-year.ts';
import { cubicMetresOf, negativeTotalNotes, perYearOf, tonnesOf, totalsOf } from './totals.ts';
import { byParty, forParty } from './parties.ts';
import { type Estimate, type EstimateInput, EstimateInputError, type EstimateLine, type Step } from './types.ts';
import { tradeEffluentLine, waterPriceLine, waterSupplyLine, waterTreatmentLine } from './water.ts';

export { cite, factorOn } from './factors.ts';
export type { Estimate, EstimateInput, EstimateLine, Party, PartyTotals, Route, Totals } from './types.ts';
export { EstimateInputError } from './types.ts';

function solidSteps(factors: FactorLookup, input: EstimateInput, mapping: SolidMapping, tonnes: number, roadKm: number | null): Step[] {
  const { route, notes } = currentRoute(input);
  const landfilled = route === 'landfill';
  const overrides = input.overrides ?? {};
  return [
    { lines: [], notes },
    ...(landfilled
      ? [
          forParty('supplier', landfillTaxLine(factors, mapping.taxBand, tonnes, input.date)),
          forParty('supplier', gateFeeLine(factors, tonnes, overrides.gateFeeGbpPerTonne)),
        ]
      : [notLandfilledNote(route)]),
    forParty('receiver', virginPriceLine(tonnes, overrides.virginPriceGbpPerTonne)),
    ...haulLines(factors, tonnes, roadKm, overrides.haulageGbpPerTonneKm).map((s) => forParty('shared', s)),
    ...(landfilled ? [forParty('supplier', landfillEmissionsLine(factors, mapping.landfillKey, tonnes))] : []),
    forParty('receiver', primaryProductionLine(factors, mapping, input.material.code, tonnes)),
    { lines: [], notes: mapping.note ? [mapping.note] : [] },
  ];
}

function waterSteps(factors: FactorLookup, input: EstimateInput, mapping: WaterMapping, m3: number, roadKm: number | null): Step[] {
  const overrides = input.overrides ?? {};
  const steps = [
    forParty('receiver', waterSupplyLine(factors, mapping.supplyKey, m3)),
    forParty('supplier', waterTreatmentLine(factors, mapping.treatmentKey, m3)),
    forParty('receiver', waterPriceLine(m3, overrides.waterPriceGbpPerM3)),
    forParty('supplier', tradeEffluentLine(m3, overrides.tradeEffluentGbpPerM3)),
  ];
  if (input.transport !== 'road')
    return [...steps, { lines: [], notes: ['Water moves by pipe: no haulage lines (give transport: road otherwise).'] }];
  return [
    ...steps,
    { lines: [], notes: ['Water by road: 1 m3 is taken as 1 t for haulage.'] },
    ...haulLines(factors, m3, roadKm, overrides.haulageGbpPerTonneKm).map((s) => forParty('shared', s)),
  ];
}

export function estimateSavings(input: EstimateInput, set: FactorSet): Estimate {
  const mapping = set.materials[input.material.code];
  if (!mapping) throw new EstimateInputError('material', `factor set ${set.id} has no figures for ${input.material.code}`);
  const factors = factorsOn(set, input.date);
  const tonnes = tonnesOf(input);
  const cubicMetres = mapping.kind === 'water' ? cubicMetresOf(input) : undefined;
  const distance = roadDistance(factors, input);
  const steps = [
    { lines: [], notes: distance.notes },
    ...(mapping.kind === 'water'
      ? waterSteps(factors, input, mapping, cubicMetres as number, distance.roadKm)
      : solidSteps(factors, input, mapping, tonnes, distance.roadKm)),
  ];
  const lines: EstimateLine[] = [];
  const assumptions: string[] = [];
  // Several steps may say the same thing (a low-confidence factor used twice): once is enough.
  const note = (text: string) => {
    if (!assumptions.includes(text)) assumptions.push(text);
  };
  // Plain loops rather than flatMap and a Set: a match request runs this for up to 200 candidates.
  for (const step of steps) {
    for (const l of step.lines) lines.push(l);
    for (const n of step.notes) note(n);
  }
  const totals = totalsOf(lines, tonnes, cubicMetres);
  for (const n of negativeTotalNotes(totals)) note(n);
  const perYear = perYearOf(totals, input.quantity.rate);
  return {
    lines,
    totals,
    byParty: byParty(lines),
    ...(perYear ? { perYear } : {}),
    roadKm: distance.roadKm,
    taxYear: taxYear(input.date),
    factorSet: { id: set.id, name: set.name },
    assumptions,
  };
}
