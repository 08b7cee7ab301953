// A link that turns off one kind of e-mail for one person without signing in: the person and the
// event type, signed with the service's own key (HMAC-SHA256). It does not expire, so the link in
// an old e-mail still works; it can only ever turn e-mail off.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeClaim {
  userId: string;
  type: string;
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(`unsubscribe:${payload}`).digest('base64url');

export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.userId}|${claim.type}`).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** The claim a token carries, or null when it was not signed with this key. */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeClaim | null {
  const [payload, given] = token.split('.');
  if (!payload || !given || token.split('.').length !== 2) return null;
  const expected = Buffer.from(mac(key, payload));
  const got = Buffer.from(given);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return null;
  const [userId, type] = Buffer.from(payload, 'base64url').toString('utf8').split('|');
  return userId && type ? { userId, type } : null;
}
