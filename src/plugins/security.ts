import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import { HttpProblem } from '../errors.ts';

/**
 * The caller a rate limit counts against, and whose recent writes read routing remembers: the
 * verified key or session, else the client address.
 * A credential that was not verified, such as a cookie sent to a public route, proves nothing,
 * so it is counted as anonymous. @fastify/rate-limit hooks each route, and route hooks run after
 * the app's onRequest hooks, so the auth hook has set the principal by now.
 */
export function callerKey(request: FastifyRequest): string {
  const p = request.principal;
  if (!p) return `ip:${request.ip}`;
  if (p.sessionId) return `session:${p.sessionId}`;
  return p.keyId ? `key:${p.keyId}` : 'key:admin';
}

export const tooMany = (detail: string, retryAfterSeconds: number) =>
  new HttpProblem(429, detail, {
    type: 'rate-limited',
    headers: { 'retry-after': String(retryAfterSeconds) },
  });

export const tooManyFailures = (retryAfterSeconds: number) =>
  tooMany('Too many failed authentications from this address; retry later.', retryAfterSeconds);

/**
 * Headers, CORS, rate limits and load shedding. With Redis the rate-limit counters are shared
 * by every instance; without it each process counts on its own. Load shedding is always this
 * process's own: it measures this process's event loop (docs/operations.md).
 */
async function securityPlugin(app: FastifyInstance, { config }: { config: Config }) {
  // Helmet's middleware, made once: @fastify/helmet makes it again for every request (parsing
  // the CSP directives each time) and adds a reply decorator per request that nothing here uses.
  const securityHeaders = helmet({
    // Swagger UI ships inline scripts; it is served with its own static CSP (see openapi.ts).
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:', 'https:'], 'script-src': ["'self'"] },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  if (config.corsOrigins.length) {
    await app.register(cors, {
      origin: config.corsOrigins,
      exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after'],
    });
  }
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    max: (request) => (request.principal ? config.rateLimitPerMinute : config.rateLimitAnonymousPerMinute),
    keyGenerator: callerKey,
    // Fail open: while Redis does not answer, requests are served unlimited rather than refused
    // (a limit that takes the API down with Redis would do more harm than the traffic it stops).
    // The auth-failure budget, the limit that matters for security, falls back to per-instance.
    ...(app.shared ? { redis: app.shared.redis, nameSpace: 'rate-limit:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      tooMany(`Rate limit of ${context.max} requests a minute reached; retry in ${Math.ceil(context.ttl / 1000)} s.`, Math.ceil(context.ttl / 1000)),
  });
  // Embedded PGlite runs every query on the event loop, so a slow query looks like overload;
  // there, shedding is off unless asked for.
  const maxEventLoopDelay = config.maxEventLoopDelayMs ?? (config.databaseUrl ? 1000 : 0);
  await app.register(underPressure, {
    maxEventLoopDelay,
    exposeStatusRoute: false,
    pressureHandler: () => {
      throw new HttpProblem(503, 'The service is overloaded; retry shortly.', {
        type: 'overloaded',
        headers: { 'retry-after': '5' },
      });
    },
  });
}

export default fp(securityPlugin, { name: 'security', dependencies: ['shared-state'] });

/**
 * Counts failed authentications per client address over a sliding minute, so guessing keys and
 * passwords is slower than any honest use. Each method is one atomic step (check and count
 * together), so concurrent requests cannot all pass a check before any is counted; a shared
 * store could implement the same three steps. In memory and bounded: stale entries are swept.
 */
export class AuthFailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(ip: string): number[] {
    const cutoff = this.now() - 60_000;
    const kept = (this.failures.get(ip) ?? []).filter((t) => t > cutoff);
    if (kept.length) this.failures.set(ip, kept);
    else this.failures.delete(ip);
    return kept;
  }

  /**
   * Counts an attempt that may fail (a password about to be checked) and returns its ticket for
   * release(); throws 429, counting nothing, when this address has failed too often this minute.
   */
  reserve(ip: string): number {
    const recent = this.recent(ip);
    if (recent.length >= this.perMinute) {
      const retry = Math.max(1, Math.ceil(((recent[0] ?? 0) + 60_000 - this.now()) / 1000));
      throw tooManyFailures(retry);
    }
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()].slice(0, 5_000)) this.recent(key);
    const ticket = this.now();
    this.failures.set(ip, [...recent, ticket]);
    return ticket;
  }

  /** Takes back an attempt reserved before it turned out honest. */
  release(ip: string, ticket: number): void {
    const recent = this.failures.get(ip) ?? [];
    const at = recent.indexOf(ticket);
    if (at >= 0) recent.splice(at, 1);
  }

  /** Counts a failure that has happened; throws 429 instead when this address is over its budget. */
  fail(ip: string): void {
    this.reserve(ip);
  }
}
