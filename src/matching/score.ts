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

/** What a match list is ordered by, as stored for a top N (src/matching/top-n.ts). */
export interface RankKey {
  id: string;
  /** Estimated net savings, GBP; 0 where there is no estimate. */
  net: number;
  score: number;
  km: number;
}

/** Negative when `a` ranks before `b`: more net savings, then higher score, then nearer, then id. */
export function compareRank(a: RankKey, b: RankKey): number {
  return b.net - a.net || b.score - a.score || a.km - b.km || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const rankKeyOf = (item: Ranked, net: number | null): RankKey => ({
  id: item.id,
  net: net ?? 0,
  score: item.score,
  km: item.distanceKm,
});

/**
 * Best first: by estimated net savings where there is an estimate, then score, then nearer,
 * then id, so equal keys always come back in the same order.
 */
export function rankCandidates<T extends Ranked>(items: T[], savings: (item: T) => number | null = () => null): T[] {
  return items
    .map((item) => ({ item, key: rankKeyOf(item, savings(item)) }))
    .sort((a, b) => compareRank(a.key, b.key))
    .map(({ item }) => item);
}

/** Whether `key` stands within the first `n` of a list whose first keys are `top` (best first, up to `n`). */
export function ranksWithin(key: RankKey, top: readonly RankKey[], n: number): boolean {
  const others = top.filter((k) => k.id !== key.id);
  if (others.length < n) return true;
  return compareRank(key, others[n - 1] as RankKey) < 0;
}

/** `top` with `key` entered in its place, kept to `n`: the list's first keys once that listing joins. */
export function enterTop(key: RankKey, top: readonly RankKey[], n: number): RankKey[] {
  return [...top.filter((k) => k.id !== key.id), key].sort(compareRank).slice(0, n);
}
