// What making the material anew would have cost, and emitted: avoided by the exchange.
import type { SolidMapping } from '../reference/types.ts';
import { cite, type FactorLookup, weaker } from './factors.ts';
import { userCostLine } from './lines.ts';
import type { Step } from './types.ts';

/** Only the user's price: there is no cited default for virgin feedstock. */
export function virginPriceLine(tonnes: number, userPrice: number | undefined): Step {
  if (userPrice === undefined)
    return { lines: [], notes: ['No virgin material price given (no cited default): no line for avoided feedstock purchase.'] };
  return { lines: [userCostLine('virgin-purchase', 'Avoided virgin feedstock purchase', tonnes, 't', userPrice, 'GBP/t')], notes: [] };
}

/** Primary production less the secondary material's own (re-use or closed-loop) production. */
export function primaryProductionLine(factors: FactorLookup, mapping: SolidMapping, materialCode: string, tonnes: number): Step {
  if (!mapping.primaryKey || !mapping.secondaryKey)
    return { lines: [], notes: [`No primary-production factor for ${materialCode}: no line for avoided production.`] };
  const primary = factors(mapping.primaryKey);
  const secondary = factors(mapping.secondaryKey);
  const p = primary.factor;
  const s = secondary.factor;
  const factor = p.value - s.value;
  return {
    lines: [
      {
        key: 'primary-production',
        label: `Avoided primary production (${p.label} − ${s.label})`,
        kind: 'carbon',
        quantity: tonnes,
        quantityUnit: 't',
        factor,
        factorUnit: p.unit,
        unit: 'kg CO2e',
        source: `${cite(p)}; minus ${cite(s)}`,
        confidence: weaker(p.confidence, s.confidence),
        value: tonnes * factor,
      },
    ],
    notes: [...primary.notes, ...secondary.notes],
  };
}
