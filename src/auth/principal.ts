// Who is calling: what every service needs to decide what a caller may see and do. Its own
// module, so that services depend on the idea of a caller, not on how keys are stored.
import type { roleEnum } from '../../db/schema.ts';

export type Role = (typeof roleEnum.enumValues)[number];

export interface Principal {
  /** null for the built-in admin of ADMIN_API_KEY */
  organisationId: string | null;
  role: Role;
  /** the API key, when the caller used one */
  keyId: string | null;
  /** the person and their browser session, when the caller signed in to the web app */
  userId: string | null;
  sessionId: string | null;
  /** May invite people to its organisation: a person so marked, or any key (keys speak for the whole organisation). */
  orgAdmin: boolean;
}

/** Officers and admins read everything; members only their own and others' public data. */
export const isOfficer = (p: Principal) => p.role === 'officer' || p.role === 'admin';
