/**
 * Road distance ≈ great-circle distance × circuity. 1.4 is the average for England over 37
 * sample points: Ballou, Rahardja & Sakai (2002), "Selected country circuity factors for road
 * and rail network distances", Transportation Journal — read in a secondary source, so
 * confidence S (see docs/savings-method.md).
 */
export const CIRCUITY_ENGLAND = 1.4;

export function roadKm(greatCircleKm: number, circuity = CIRCUITY_ENGLAND): number {
  return greatCircleKm * circuity;
}
