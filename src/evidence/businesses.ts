// Businesses assisted, each enterprise once. Pure.
import type { BusinessSize } from './business-size.ts';

export interface Party {
  organisationId: string;
  /** Normalised Companies House number, when the organisation gave one. */
  companyNumber: string | null;
  size: BusinessSize;
}

/** One enterprise: its Companies House number when known, else the organisation. */
export const enterpriseKey = (p: Pick<Party, 'organisationId' | 'companyNumber'>) =>
  p.companyNumber ? `company:${p.companyNumber}` : `organisation:${p.organisationId}`;

const SIZE_ORDER: Record<BusinessSize, number> = { unknown: 0, sme: 1, large: 2 };

export interface BusinessCount {
  total: number;
  sme: number;
  large: number;
  unknownSize: number;
}

/**
 * Distinct enterprises among the parties, however many accounts, exchanges or groups they
 * appear in. Two accounts of one company that state different sizes count as the larger: an
 * SME claim must hold for every account.
 */
export function countBusinesses(parties: Iterable<Party>): BusinessCount {
  const sizes = new Map<string, BusinessSize>();
  for (const p of parties) {
    const key = enterpriseKey(p);
    const known = sizes.get(key);
    if (known === undefined || SIZE_ORDER[p.size] > SIZE_ORDER[known]) sizes.set(key, p.size);
  }
  const count: BusinessCount = { total: sizes.size, sme: 0, large: 0, unknownSize: 0 };
  for (const size of sizes.values()) {
    if (size === 'sme') count.sme++;
    else if (size === 'large') count.large++;
    else count.unknownSize++;
  }
  return count;
}
