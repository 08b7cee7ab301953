// When a failed delivery is tried again. Exponential (5 s × 4ⁿ, capped at 10 h) so a receiver
// that is briefly down gets the event within seconds and one that is down for a day is not
// hammered; ±20 % jitter so deliveries that failed together do not all come back together.
// Retrying goes on while the first attempt is less than 24 h old, so every event is offered for
// at least a day before it is marked failed.

export const RETRY_WINDOW_MS = 24 * 3600 * 1000;
const BASE_MS = 5000;
const CAP_MS = 10 * 3600 * 1000;

/** Delay before attempt `attempts + 1`, after `attempts` (≥ 1) failed ones; `random` in [0, 1). */
export function retryDelayMs(attempts: number, random: number = Math.random()): number {
  const exponential = Math.min(BASE_MS * 4 ** Math.max(0, attempts - 1), CAP_MS);
  return Math.round(exponential * (0.8 + 0.4 * random));
}

/** The next attempt's time, or null when the retry window has passed and the delivery fails. */
export function nextAttemptAt(createdAt: Date, attempts: number, now: Date, random?: number): Date | null {
  if (now.getTime() - createdAt.getTime() >= RETRY_WINDOW_MS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts, random));
}
