// When the parties of an exchange learn who and where the other is.
import type { exchanges } from '../../db/schema.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import type { ExchangeStatus } from '../reference/enums.ts';

const DISCLOSED: readonly ExchangeStatus[] = ['accepted', 'active', 'completed'];

/** Contact details and exact sites: to both parties once accepted; officers always. */
export const disclosedTo = (p: Principal, row: Pick<typeof exchanges.$inferSelect, 'status'>) =>
  isOfficer(p) || DISCLOSED.includes(row.status);
