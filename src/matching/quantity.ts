// Quantities of different rates made comparable: per year for flows, per lot for one-offs.
import type { ListingRate } from '../reference/enums.ts';

export type Rate = ListingRate;

// A Julian year of 365.25 days, so a weekly flow is 52.18 loads a year rather than 52.
const PER_YEAR: Record<Exclude<Rate, 'one-off'>, number> = { week: 365.25 / 7, month: 12, year: 1 };

/** How many of `rate` make a year; null for a one-off lot, which has no yearly equivalent. */
export function perYearFactor(rate: Rate): number | null {
  return rate === 'one-off' ? null : PER_YEAR[rate];
}

export interface Quantity {
  amount: number;
  rate: Rate;
}

export interface MatchedQuantity {
  /** 'year' when both sides are flows; otherwise the match is one lot. */
  basis: 'year' | 'lot';
  amount: number;
  /** The share of the want this match covers, 0..1. */
  shareOfWant: number;
}

/**
 * The amount the two listings can exchange: the smaller of the two on a common basis. A flow set
 * against a one-off lot is compared per year, since the lot is delivered within a year.
 */
export function matchedQuantity(offer: Quantity, want: Quantity): MatchedQuantity {
  const fo = perYearFactor(offer.rate);
  const fw = perYearFactor(want.rate);
  const basis = fo !== null && fw !== null ? 'year' : 'lot';
  const offered = offer.amount * (fo ?? 1);
  const wanted = want.amount * (fw ?? 1);
  const amount = Math.min(offered, wanted);
  return { basis, amount, shareOfWant: wanted > 0 ? amount / wanted : 0 };
}
