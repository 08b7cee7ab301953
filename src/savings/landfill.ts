// What landfilling the material would have cost, and emitted: avoided by the exchange.
import type { SolidMapping } from '../reference/types.ts';
import { cite, type FactorLookup } from './factors.ts';
import { factorLine, userCostLine } from './lines.ts';
import { taxYear } from './tax-year.ts';
import type { EstimateInput, Route, Step } from './types.ts';

/** The route the material takes today; landfill unless the user says otherwise. */
export function currentRoute(input: Pick<EstimateInput, 'currentRoute' | 'overrides'>): { route: Route; notes: string[] } {
  const given = input.overrides?.currentRoute ?? input.currentRoute;
  return given ? { route: given, notes: [] } : { route: 'landfill', notes: ['Current route not given: landfill assumed.'] };
}

export function notLandfilledNote(route: Route): Step {
  return { lines: [], notes: [`Current route is ${route}, not landfill: no avoided landfill tax, gate fee or landfill emissions.`] };
}

/** Landfill Tax at the material's band, at the rate of the tax year of `date`. */
export function landfillTaxLine(factors: FactorLookup, band: SolidMapping['taxBand'], tonnes: number, date: string): Step {
  const { factor, notes } = factors(`landfill-tax-${band}`);
  return { lines: [factorLine(factor, 'cost', tonnes, 't', 1, `Avoided landfill tax (${band} rate, ${taxYear(date)})`)], notes };
}

/** The user's gate fee, else the set's default one. */
export function gateFeeLine(factors: FactorLookup, tonnes: number, userFee: number | undefined): Step {
  if (userFee !== undefined)
    return { lines: [userCostLine('gate-fee', 'Avoided gate fee (your fee)', tonnes, 't', userFee, 'GBP/t')], notes: [] };
  const { factor, notes } = factors('gate-fee-landfill');
  return {
    lines: [factorLine(factor, 'cost', tonnes, 't', 1, 'Avoided gate fee')],
    notes: [
      ...notes,
      // From the factor, so a set with another fee, or another source, is described truly.
      `Gate fee: the default is used, ${factor.label} (${factor.value} ${factor.unit}): ${cite(factor)}. Your own gate fee, when you give it, replaces it.`,
    ],
  };
}

export function landfillEmissionsLine(factors: FactorLookup, landfillKey: string, tonnes: number): Step {
  const { factor, notes } = factors(landfillKey);
  return { lines: [factorLine(factor, 'carbon', tonnes, 't', 1, 'Avoided landfill emissions')], notes };
}
