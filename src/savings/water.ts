// Re-used water: the mains supply and wastewater treatment it saves, and their charges if given.
import type { FactorLookup } from './factors.ts';
import { factorLine, userCostLine } from './lines.ts';
import type { Step } from './types.ts';

export function waterSupplyLine(factors: FactorLookup, supplyKey: string, m3: number): Step {
  const { factor, notes } = factors(supplyKey);
  return { lines: [factorLine(factor, 'carbon', m3, 'm3', 1, 'Avoided mains water supply')], notes };
}

export function waterTreatmentLine(factors: FactorLookup, treatmentKey: string, m3: number): Step {
  const { factor, notes } = factors(treatmentKey);
  return { lines: [factorLine(factor, 'carbon', m3, 'm3', 1, 'Avoided wastewater treatment')], notes };
}

/** Only the user's price: the set has no cited default for it. */
export function waterPriceLine(m3: number, userPrice: number | undefined): Step {
  if (userPrice === undefined)
    return {
      lines: [],
      notes: ['No mains water price given (no cited default for Severn Trent): no cost line for avoided water purchase.'],
    };
  return { lines: [userCostLine('water-price', 'Avoided mains water purchase', m3, 'm3', userPrice, 'GBP/m3')], notes: [] };
}

/** Only the user's charge: the set has no cited default for it. */
export function tradeEffluentLine(m3: number, userCharge: number | undefined): Step {
  if (userCharge === undefined)
    return { lines: [], notes: ['No trade-effluent charge given (no cited default): no cost line for avoided discharge.'] };
  return { lines: [userCostLine('trade-effluent', 'Avoided trade-effluent charge', m3, 'm3', userCharge, 'GBP/m3')], notes: [] };
}
