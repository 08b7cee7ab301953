/** The UK tax year a date falls in, 1 April to 31 March: "2025-26" for 2025-04-01 … 2026-03-31. */
export function taxYear(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const start = m >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
