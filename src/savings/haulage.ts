// Moving the material from the offer to the want: a cost and emissions of the exchange itself.
import type { FactorLookup } from './factors.ts';
import { factorLine, userCostLine } from './lines.ts';
import type { EstimateInput, Step } from './types.ts';

/** Road distance as given, else great-circle × the set's circuity; null when neither is known. */
export function roadDistance(
  factors: FactorLookup,
  input: Pick<EstimateInput, 'roadKm' | 'greatCircleKm'>,
): { roadKm: number | null; notes: string[] } {
  if (input.roadKm !== undefined && input.roadKm !== null) return { roadKm: input.roadKm, notes: [] };
  if (input.greatCircleKm === undefined || input.greatCircleKm === null) return { roadKm: null, notes: [] };
  const { factor: circuity, notes } = factors('circuity');
  const roadKm = input.greatCircleKm * circuity.value;
  return {
    roadKm,
    notes: [
      ...notes,
      `Road distance ${roadKm.toFixed(1)} km = great-circle ${input.greatCircleKm.toFixed(1)} km × circuity ${circuity.value}.`,
    ],
  };
}

/** The user's haulage rate, else the set's default one; counted against the savings. */
export function haulageLine(factors: FactorLookup, tonneKm: number, userRate: number | undefined): Step {
  if (userRate !== undefined)
    return { lines: [userCostLine('haulage-cost', 'Haulage (your rate)', tonneKm, 't.km', userRate, 'GBP/t.km', -1)], notes: [] };
  const { factor, notes } = factors('haulage-cost');
  return {
    lines: [factorLine(factor, 'cost', tonneKm, 't.km', -1, 'Haulage')],
    notes: [...notes, 'Haulage cost uses the default rate; a quoted rate, when you give one, replaces it.'],
  };
}

/** The lorry's emissions; counted against the savings. */
export function freightLine(factors: FactorLookup, tonneKm: number): Step {
  const { factor, notes } = factors('freight-hgv');
  return { lines: [factorLine(factor, 'carbon', tonneKm, 't.km', -1, 'Haul emissions (HGV, average laden)')], notes };
}

/** Haulage cost and emissions of `massT` over `roadKm`; nothing, and a note, without a distance. */
export function haulLines(factors: FactorLookup, massT: number, roadKm: number | null, userRate: number | undefined): Step[] {
  if (roadKm === null) return [{ lines: [], notes: ['No distance given: haulage cost and haul emissions are left out.'] }];
  const tonneKm = massT * roadKm;
  return [haulageLine(factors, tonneKm, userRate), freightLine(factors, tonneKm)];
}
