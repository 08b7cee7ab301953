/** Percentile by nearest rank over a sorted copy: p in 0..100. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const ms = (x: number) => Math.round(x * 100) / 100;

export function summary(values: number[]) {
  return {
    n: values.length,
    p50: ms(percentile(values, 50)),
    p95: ms(percentile(values, 95)),
    p99: ms(percentile(values, 99)),
    max: ms(Math.max(...values)),
  };
}
