// Enterprise size from the bands an organisation states. Pure.

export const EMPLOYEE_BANDS = ['0-9', '10-49', '50-249', '250+'] as const;
export const TURNOVER_BANDS = ['up-to-2m', '2m-to-10m', '10m-to-54m', 'over-54m'] as const;
export type EmployeesBand = (typeof EMPLOYEE_BANDS)[number];
export type TurnoverBand = (typeof TURNOVER_BANDS)[number];
export type BusinessSize = 'sme' | 'large' | 'unknown';

/**
 * SME or large by headcount (fewer than 250 is an SME), as the UK's Business Population
 * Estimates count; the turnover band (over £54m is large, the Companies Act 2006 s465 threshold
 * from April 2025) decides only when no headcount is stated, since the Act's rule needs a
 * balance sheet figure we do not ask for.
 */
export function businessSize(employees: EmployeesBand | null, turnover: TurnoverBand | null): BusinessSize {
  if (employees) return employees === '250+' ? 'large' : 'sme';
  if (turnover) return turnover === 'over-54m' ? 'large' : 'sme';
  return 'unknown';
}

/**
 * A Companies House number in its registered form: eight characters, digits padded with
 * leading zeros (England and Wales), or two letters and six digits (SC, NI, OC …). Null if it
 * is not one.
 */
export function normaliseCompanyNumber(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (/^\d{1,8}$/.test(compact)) return compact.padStart(8, '0');
  if (/^[A-Z]{2}\d{6}$/.test(compact)) return compact;
  return null;
}
