// Which side of an exchange a caller speaks for; the one rule every exchange service asks.
import type { exchanges } from '../../db/schema.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import type { Side } from './lifecycle.ts';

type Parties = Pick<typeof exchanges.$inferSelect, 'offerOrganisationId' | 'wantOrganisationId'>;

/** The caller's side, 'officer' for an officer on neither side, or null: not theirs to see. */
export function sideOf(p: Principal, row: Parties): Side | null {
  if (p.organisationId === row.offerOrganisationId) return 'offer';
  if (p.organisationId === row.wantOrganisationId) return 'want';
  return isOfficer(p) ? 'officer' : null;
}
