import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { secretsEqual } from '../people/api-key-secret.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { authenticateKey } from '../people/api-keys.ts';
import { type Principal, type Role } from '../auth/principal.ts';
import { authenticateSession, SESSION_COOKIE } from '../people/sessions.ts';
import { type AuthFailures, localAuthFailures, sharedAuthFailures } from '../auth/failure-budget.ts';

/** Who may call a route: anyone, or a key whose role is at least the one named. */
export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Defaults to 'member': every route needs a key unless it says otherwise. */
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Failed authentications per client address: bad keys, and wrong passwords at sign-in. */
    authFailures: AuthFailures;
  }
}

const rank: Record<Role, number> = { member: 1, officer: 2, admin: 3 };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NEED_CREDENTIALS = 'Sign in, or send an API key as Authorization: Bearer <key>.';

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

/** The principal of an authenticated request; routes behind `access` can rely on it. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized(NEED_CREDENTIALS);
  return request.principal;
}

/**
 * Either credential: a bearer API key (machine clients) or the web app's session cookie. A
 * cookie is only honoured on routes that need a caller, and its unsafe requests must echo the
 * session's CSRF token in X-CSRF-Token (the cookie is also SameSite=Strict).
 */
async function authPlugin(
  app: FastifyInstance,
  options: { adminApiKey: string | undefined; failuresPerMinute: number },
) {
  const failures = app.shared
    ? sharedAuthFailures(app.shared.redis, options.failuresPerMinute, app.shared.outage)
    : localAuthFailures(options.failuresPerMinute);
  app.decorate('authFailures', failures);
  await app.register(cookie);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404 || request.routeOptions.config.ownCredential) return;
    const access = request.routeOptions.url?.startsWith('/documentation')
      ? 'public'
      : (request.routeOptions.config.access ?? 'member');
    const token = bearerToken(request);
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (access === 'public' && token === null) return;
    if (token === null && !sessionToken) throw unauthorized(NEED_CREDENTIALS);
    let principal: Principal | null = null;
    if (token !== null) {
      principal = token ? await authenticateKey(app.db, token, options.adminApiKey) : null;
      if (!principal) {
        // Only a failure meets the address's failure budget: valid credentials from an address
        // others misuse are still served.
        await failures.fail(request.ip);
        throw unauthorized('The API key is not valid, or has been revoked.');
      }
    } else if (sessionToken) {
      const session = await authenticateSession(app.db, sessionToken);
      if (!session) throw unauthorized('Your session has ended; sign in again.');
      const sent = request.headers['x-csrf-token'];
      if (!SAFE_METHODS.has(request.method) && (typeof sent !== 'string' || !secretsEqual(sent, session.csrfToken))) {
        throw forbidden('Missing or wrong X-CSRF-Token: send the csrfToken of GET /session with every change.');
      }
      principal = session.principal;
    }
    request.principal = principal;
    if (principal && access !== 'public' && rank[principal.role] < rank[access]) {
      throw forbidden(`This needs the ${access} role; your organisation is a ${principal.role}.`);
    }
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['db', 'shared-state'] });
