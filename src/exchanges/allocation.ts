import { perYearFactor, type Rate } from '../matching/quantity.ts';

export interface OfferCapacity {
  amount: number;
  rate: Rate;
}

/**
 * What an offer can still give, on its own basis: per lot for a one-off, per year for a flow.
 * `reserved` is what accepted and active exchanges already hold, on the same basis.
 */
export function remaining(offer: OfferCapacity, reserved: number): number {
  return offer.amount * (perYearFactor(offer.rate) ?? 1) - reserved;
}

/** Whether one more exchange of `requested` fits; small float noise is not a refusal. */
export function fits(offer: OfferCapacity, reserved: number, requested: number): boolean {
  return requested <= remaining(offer, reserved) + 1e-9;
}
