import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AuthFailureLimiter, tooManyFailures } from '../plugins/security.ts';
import type { Outage } from '../platform/outage.ts';

/** An attempt counted against an address before it is known to be honest. */
export type FailureTicket = string | number;

/** Failed authentications per client address, as the auth plugin and sign-in use them. */
export interface AuthFailures {
  /** Counts an attempt that may fail; throws 429, counting nothing, when the address is over budget. */
  reserve(ip: string): Promise<FailureTicket>;
  /** Takes back an attempt that turned out honest. */
  release(ip: string, ticket: FailureTicket): Promise<void>;
  /** Counts a failure that has happened; throws 429 instead when the address is over budget. */
  fail(ip: string): Promise<void>;
}

/** One process's count: enough for a single instance. */
export function localAuthFailures(perMinute: number): AuthFailures {
  const limiter = new AuthFailureLimiter(perMinute);
  return {
    reserve: async (ip) => limiter.reserve(ip),
    release: async (ip, ticket) => limiter.release(ip, ticket as number),
    fail: async (ip) => limiter.fail(ip),
  };
}

// The window is a sorted set per address scored by Redis's own clock (instances' clocks may
// disagree): drop what is older than a minute, refuse at the budget, else add this attempt.
// One script, so the check and the count are one atomic step across every instance.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 60000)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, math.ceil((tonumber(oldest[2]) + 60000 - now) / 1000))
end
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('PEXPIRE', KEYS[1], 60000)
return 0
`;

type FailureRedis = Redis & { reserveAuthAttempt(key: string, perMinute: number, member: string): Promise<number> };

/**
 * The count shared by every instance through Redis, so guessing keys through N instances is no
 * faster than through one. While Redis does not answer, each instance counts on its own (the
 * budget is then per instance, never none) and says so once.
 */
export function sharedAuthFailures(redis: Redis, perMinute: number, outage: Outage): AuthFailures {
  const local = localAuthFailures(perMinute);
  if (!('reserveAuthAttempt' in redis)) redis.defineCommand('reserveAuthAttempt', { numberOfKeys: 1, lua: RESERVE });
  const shared = redis as FailureRedis;
  const key = (ip: string) => `auth-failures:${ip}`;

  const reserve = async (ip: string): Promise<FailureTicket> => {
    const member = randomUUID();
    let retryAfter: number;
    try {
      retryAfter = await shared.reserveAuthAttempt(key(ip), perMinute, member);
      outage.up();
    } catch (err) {
      outage.down(err);
      return local.reserve(ip);
    }
    if (retryAfter > 0) throw tooManyFailures(retryAfter);
    return member;
  };
  return {
    reserve,
    release: async (ip, ticket) => {
      if (typeof ticket === 'number') return local.release(ip, ticket);
      // A release that fails leaves one honest attempt counted for a minute: harmless.
      await shared.zrem(key(ip), ticket).catch((err: unknown) => outage.down(err));
    },
    fail: async (ip) => {
      await reserve(ip);
    },
  };
}
