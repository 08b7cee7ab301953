/** The UK tax year a date falls in, 1 April to 31 March: "2025-26" for 2025-04-01 … 2026-03-31. */
export function taxYear(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
