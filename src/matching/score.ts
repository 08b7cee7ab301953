import type { GradeCheck } from './grade-checks.ts';

// A unitless 0..1 ranking aid for when no savings estimate can order candidates: grade fit
// first (an unknown counts half), then nearness within the haul both sides accept, then how much
// of the want the match covers. The weights are a design choice, not a measured figure.
const WEIGHTS = { grade: 0.5, distance: 0.3, quantity: 0.2 };

export function matchScore(input: {
  checks: GradeCheck[];
  distanceKm: number;
  maxHaulKm: number;
  shareOfWant: number;
}): number {
  const { checks, distanceKm, maxHaulKm, shareOfWant } = input;
  const grade = checks.length
    ? checks.reduce((s, c) => s + (c.result === 'pass' ? 1 : c.result === 'unknown' ? 0.5 : 0), 0) / checks.length
    : 1;
  const nearness = maxHaulKm > 0 ? Math.max(0, 1 - distanceKm / maxHaulKm) : 0;
  const quantity = Math.min(1, Math.max(0, shareOfWant));
  return WEIGHTS.grade * grade + WEIGHTS.distance * nearness + WEIGHTS.quantity * quantity;
}

export interface Ranked {
  id: string;
  score: number;
  distanceKm: number;
}

/**
 * Best first: by estimated net savings where there is an estimate, then score, then nearer,
 * then id, so equal keys always come back in the same order.
 */
export function rankCandidates<T extends Ranked>(items: T[], savings: (item: T) => number | null = () => null): T[] {
  return [...items].sort(
    (a, b) =>
      (savings(b) ?? 0) - (savings(a) ?? 0) ||
      b.score - a.score ||
      a.distanceKm - b.distanceKm ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
