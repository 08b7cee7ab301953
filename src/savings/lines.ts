// The two shapes of line: quantity × a cited factor, and quantity × a figure the user gave.
// `value` comes last, as it always has in the API's JSON.
import type { Factor } from '../reference/types.ts';
import { cite } from './factors.ts';
import type { EstimateLine } from './types.ts';

/** `sign` −1 makes a cost or an emission of the exchange (haulage) count against the savings. */
export function factorLine(
  f: Factor,
  kind: EstimateLine['kind'],
  quantity: number,
  quantityUnit: string,
  sign = 1,
  label = f.label,
): EstimateLine {
  return {
    key: f.key,
    label,
    kind,
    quantity,
    quantityUnit,
    factor: sign * f.value,
    factorUnit: f.unit,
    unit: kind === 'cost' ? 'GBP' : 'kg CO2e',
    source: cite(f),
    confidence: f.confidence,
    value: quantity * (sign * f.value),
  };
}

export function userCostLine(
  key: string,
  label: string,
  quantity: number,
  quantityUnit: string,
  rate: number,
  rateUnit: string,
  sign = 1,
): EstimateLine {
  return {
    key,
    label,
    kind: 'cost',
    quantity,
    quantityUnit,
    factor: sign * rate,
    factorUnit: rateUnit,
    unit: 'GBP',
    source: 'given by the user',
    confidence: 'user',
    value: quantity * (sign * rate),
  };
}
