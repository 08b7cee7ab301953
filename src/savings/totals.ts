// From the quantity given to the masses the factors need, and from the lines to the totals.
import { perYearFactor } from '../matching/quantity.ts';
import { type EstimateInput, type EstimateLine, EstimateInputError, type Totals } from './types.ts';

/** Mass for the per-tonne factors; a quantity in m3 needs the material's density. */
export function tonnesOf({ material, quantity }: Pick<EstimateInput, 'material' | 'quantity'>): number {
  if (quantity.unit === 't') return quantity.amount;
  if (material.densityTPerM3) return quantity.amount * material.densityTPerM3;
  throw new EstimateInputError('quantity.unit', `${material.code} is measured in t; m3 has no density to convert it`);
}

/** Volume for water's per-m3 factors; water without a density is taken at 1 t/m3. */
export function cubicMetresOf({ material, quantity }: Pick<EstimateInput, 'material' | 'quantity'>): number {
  return quantity.unit === 'm3' ? quantity.amount : quantity.amount / (material.densityTPerM3 ?? 1);
}

const sum = (lines: EstimateLine[], kind: EstimateLine['kind']) =>
  lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.value, 0);

export function totalsOf(lines: EstimateLine[], tonnes: number, cubicMetres: number | undefined): Totals {
  return {
    tonnes,
    ...(cubicMetres !== undefined ? { cubicMetres } : {}),
    costSavedGbp: sum(lines, 'cost'),
    co2eAvoidedKg: sum(lines, 'carbon'),
  };
}

/** A negative total is not clamped: the estimate says why instead. */
export function negativeTotalNotes(totals: Totals): string[] {
  const notes: string[] = [];
  if (totals.costSavedGbp < 0) notes.push('The cost total is negative: at this distance haulage costs more than is saved.');
  if (totals.co2eAvoidedKg < 0) notes.push('The carbon total is negative: at this distance haul emissions exceed what is avoided.');
  return notes;
}

/** The totals over a year for a flow; undefined for a one-off lot or when no rate is given. */
export function perYearOf(totals: Totals, rate: EstimateInput['quantity']['rate']): Totals | undefined {
  const multiplier = rate ? perYearFactor(rate) : null;
  if (multiplier === null) return undefined;
  return {
    tonnes: totals.tonnes * multiplier,
    ...(totals.cubicMetres !== undefined ? { cubicMetres: totals.cubicMetres * multiplier } : {}),
    costSavedGbp: totals.costSavedGbp * multiplier,
    co2eAvoidedKg: totals.co2eAvoidedKg * multiplier,
  };
}
