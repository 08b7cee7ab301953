import type { QuantityUnit } from '../reference/enums.ts';
import type { Rate } from '../matching/quantity.ts';

/**
 * How far recorded transfers may run past the agreed quantity: weighbridge tickets rarely hit
 * the agreed figure, and a load a little over should not need a renegotiated exchange.
 */
export const TRANSFER_TOLERANCE = 0.1;

// Calendar-average lengths, so twelve months make the same year as 365.25 days.
const PERIOD_DAYS: Record<Exclude<Rate, 'one-off'>, number> = { week: 7, month: 365.25 / 12, year: 365.25 };
const DAY_MS = 86_400_000;

/** Today's date in the UK, YYYY-MM-DD: the date a site would write on its ticket. */
export function ukDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * What an exchange lets move up to `today`, before tolerance: a one-off, its amount; a flow, its
 * rate for every week, month or year begun since the agreement (at least the first one).
 */
export function agreedToDate(quantity: { amount: number; rate: Rate }, agreedOn: string, today: string): number {
  if (quantity.rate === 'one-off') return quantity.amount;
  const days = Math.max(0, (Date.parse(today) - Date.parse(agreedOn)) / DAY_MS);
  return quantity.amount * Math.max(1, Math.ceil((days + 1) / PERIOD_DAYS[quantity.rate]));
}

/** The agreed quantity with tolerance: the most that transfers, net of corrections, may total. */
export const transferAllowance = (agreed: number) => agreed * (1 + TRANSFER_TOLERANCE);

/** An amount in another unit, through the material's density; null when it has none. */
export function inUnit(amount: number, from: QuantityUnit, to: QuantityUnit, densityTPerM3: number | null): number | null {
  if (from === to) return amount;
  if (!densityTPerM3) return null;
  return from === 'm3' ? amount * densityTPerM3 : amount / densityTPerM3;
}
