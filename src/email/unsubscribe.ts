import type { Database } from '../../db/client.ts';
import { badRequest } from '../errors.ts';
import { turnEmailOff } from './preferences.ts';
import { serviceKey } from './service-keys.ts';
import { verifyUnsubscribe } from './unsubscribe-token.ts';

/** Turns off the e-mail a signed link names; the same link twice is harmless. */
export async function unsubscribe(db: Database, token: string): Promise<{ type: string; email: false }> {
  const claim = verifyUnsubscribe(await serviceKey(db, 'unsubscribe'), token);
  if (!claim || !(await turnEmailOff(db, claim.userId, claim.type)))
    throw badRequest('token', 'is not an unsubscribe link this service gave out', 'querystring');
  return { type: claim.type, email: false };
}
