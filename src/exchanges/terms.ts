// The terms of a proposal: how much, at what rate, and what that means for each side. Pure.
import { matchedQuantity, type Rate } from '../matching/quantity.ts';
import type { PartyTotals } from '../savings/estimate.ts';
import type { QuantityUnit } from '../reference/enums.ts';
import { inUnit } from './transfer-allowance.ts';

export interface ListingQuantity {
  amount: number;
  unit: QuantityUnit;
  rate: Rate;
}

/**
 * What a proposal that names no quantity asks for: all that the two listings can exchange, on
 * the offer's basis — a year of a flow, or the lot — in the offer's unit.
 */
export function defaultQuantity(offer: ListingQuantity, want: ListingQuantity, densityTPerM3: number | null): ListingQuantity {
  const wanted = inUnit(want.amount, want.unit, offer.unit, densityTPerM3) ?? want.amount;
  const { amount } = matchedQuantity(offer, { amount: wanted, rate: want.rate });
  return { amount, unit: offer.unit, rate: offer.rate === 'one-off' ? 'one-off' : 'year' };
}

export interface Payment {
  gbpPerTonne: number;
  /** For the quantity of the estimate it sits beside: a lot, or a year of a flow. */
  totalGbp: number;
  /** The side that pays: the receiver buys at a positive rate; at a negative one the supplier pays a gate fee. */
  payer: 'receiver' | 'supplier' | null;
}

export function paymentOf(gbpPerTonne: number | null, amount: number): Payment | null {
  if (gbpPerTonne === null) return null;
  return {
    gbpPerTonne,
    totalGbp: gbpPerTonne * amount,
    payer: gbpPerTonne > 0 ? 'receiver' : gbpPerTonne < 0 ? 'supplier' : null,
  };
}

export interface SideOutcome {
  /** The lines that are this side's saving. */
  savedGbp: number;
  /** Received (positive) or paid (negative) under the agreed rate. */
  paymentGbp: number;
  netGbp: number;
  co2eAvoidedKg: number;
}

/**
 * Each side's money: its own lines plus or minus the payment. Shared lines (haulage) stay apart:
 * who pays for the haul is for the parties to settle, and the thread is where they do.
 */
export function outcomes(byParty: PartyTotals, payment: Payment | null): { supplier: SideOutcome; receiver: SideOutcome } {
  const paid = payment?.totalGbp ?? 0;
  const side = (party: 'supplier' | 'receiver', paymentGbp: number): SideOutcome => ({
    savedGbp: byParty[party].costSavedGbp,
    paymentGbp,
    netGbp: byParty[party].costSavedGbp + paymentGbp,
    co2eAvoidedKg: byParty[party].co2eAvoidedKg,
  });
  return { supplier: side('supplier', paid), receiver: side('receiver', -paid) };
}
