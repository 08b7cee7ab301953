// The totals of estimateSavings without its lines and notes: what ranking match candidates needs.
// A match request ranks up to 200 candidates by net savings and shows 20; building every line,
// citation and note for all of them was most of the service's CPU per request. The arithmetic
// is estimate.ts's, term by term and in the same order, so both give the same floating-point
// sums (test/savings/estimate-totals.test.ts checks it over every branch of the method).
import type { Factor, FactorSet } from '../reference/types.ts';
import { factorOn } from './factors.ts';
import { cubicMetresOf, tonnesOf } from './totals.ts';
import { type EstimateInput, EstimateInputError } from './types.ts';

export interface EstimateTotals {
  costSavedGbp: number;
  co2eAvoidedKg: number;
  roadKm: number | null;
}

/** A factor by key in force on one date, looked up once per key (no notes: nothing is shown). */
export type FactorValues = (key: string) => Factor;

export function factorValuesOn(set: FactorSet, date: string): FactorValues {
  const found = new Map<string, Factor>();
  return (key) => {
    let f = found.get(key);
    if (f === undefined) {
      f = factorOn(set, key, date).factor;
      found.set(key, f);
    }
    return f;
  };
}

// Each value is written as lines.ts writes it, quantity × (sign × factor), so that rounding
// is the same; the sums start at 0 and add in the order estimate.ts lists its lines.
const against = (quantity: number, rate: number) => quantity * (-1 * rate);

export function estimateTotals(input: EstimateInput, set: FactorSet, factor: FactorValues = factorValuesOn(set, input.date)): EstimateTotals {
  const mapping = set.materials[input.material.code];
  if (!mapping) throw new EstimateInputError('material', `factor set ${set.id} has no figures for ${input.material.code}`);
  const tonnes = tonnesOf(input);
  const overrides = input.overrides ?? {};
  const roadKm =
    input.roadKm !== undefined && input.roadKm !== null
      ? input.roadKm
      : input.greatCircleKm === undefined || input.greatCircleKm === null
        ? null
        : input.greatCircleKm * factor('circuity').value;
  let cost = 0;
  let carbon = 0;
  const haul = (massT: number) => {
    if (roadKm === null) return;
    const tonneKm = massT * roadKm;
    const userRate = overrides.haulageGbpPerTonneKm;
    cost += userRate !== undefined ? against(tonneKm, userRate) : against(tonneKm, factor('haulage-cost').value);
    carbon += against(tonneKm, factor('freight-hgv').value);
  };
  if (mapping.kind === 'water') {
    const m3 = cubicMetresOf(input);
    carbon += m3 * factor(mapping.supplyKey).value;
    carbon += m3 * factor(mapping.treatmentKey).value;
    if (overrides.waterPriceGbpPerM3 !== undefined) cost += m3 * overrides.waterPriceGbpPerM3;
    if (overrides.tradeEffluentGbpPerM3 !== undefined) cost += m3 * overrides.tradeEffluentGbpPerM3;
    if (input.transport === 'road') haul(m3);
    return { costSavedGbp: cost, co2eAvoidedKg: carbon, roadKm };
  }
  const landfilled = (overrides.currentRoute ?? input.currentRoute ?? 'landfill') === 'landfill';
  if (landfilled) {
    cost += tonnes * factor(`landfill-tax-${mapping.taxBand}`).value;
    const fee = overrides.gateFeeGbpPerTonne;
    cost += tonnes * (fee !== undefined ? fee : factor('gate-fee-landfill').value);
  }
  if (overrides.virginPriceGbpPerTonne !== undefined) cost += tonnes * overrides.virginPriceGbpPerTonne;
  haul(tonnes);
  if (landfilled) carbon += tonnes * factor(mapping.landfillKey).value;
  if (mapping.primaryKey && mapping.secondaryKey)
    carbon += tonnes * (factor(mapping.primaryKey).value - factor(mapping.secondaryKey).value);
  return { costSavedGbp: cost, co2eAvoidedKg: carbon, roadKm };
}
