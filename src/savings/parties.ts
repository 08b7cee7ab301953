// Whose saving each line of an estimate is. The method's steps know what they count; this names
// the party, so a buyer is not shown the seller's avoided landfill as if it were its own saving.
import type { EstimateLine, Party, PartyTotals, Step } from './types.ts';

/** The step's lines, each marked as the given party's. */
export function forParty(party: Party, step: Step): Step {
  return { lines: step.lines.map((l) => ({ ...l, party })), notes: step.notes };
}

/** The totals of each party's lines; a line without a party (stored before they were named) counts as shared. */
export function byParty(lines: readonly EstimateLine[]): PartyTotals {
  const out: PartyTotals = {
    supplier: { costSavedGbp: 0, co2eAvoidedKg: 0 },
    receiver: { costSavedGbp: 0, co2eAvoidedKg: 0 },
    shared: { costSavedGbp: 0, co2eAvoidedKg: 0 },
  };
  for (const l of lines) {
    const t = out[l.party ?? 'shared'];
    if (l.kind === 'cost') t.costSavedGbp += l.value;
    else t.co2eAvoidedKg += l.value;
  }
  return out;
}
