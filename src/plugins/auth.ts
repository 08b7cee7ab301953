import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../errors.ts';
import { authenticateKey, type Principal, type Role } from '../services/api-keys.ts';
import { AuthFailureLimiter } from './security.ts';

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
}

const rank: Record<Role, number> = { member: 1, officer: 2, admin: 3 };

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

/** The principal of an authenticated request; routes behind `access` can rely on it. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized('An API key is required: send Authorization: Bearer <key>.');
  return request.principal;
}

async function authPlugin(
  app: FastifyInstance,
  options: { adminApiKey: string | undefined; failuresPerMinute: number },
) {
  const failures = new AuthFailureLimiter(options.failuresPerMinute);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.url?.startsWith('/documentation')
      ? 'public'
      : (request.routeOptions.config.access ?? 'member');
    const token = bearerToken(request);
    if (access === 'public' && token === null) return;
    if (token === null) throw unauthorized('An API key is required: send Authorization: Bearer <key>.');
    failures.check(request.ip);
    const principal = token ? await authenticateKey(app.db, token, options.adminApiKey) : null;
    if (!principal) {
      failures.record(request.ip);
      throw unauthorized('The API key is not valid, or has been revoked.');
    }
    request.principal = principal;
    if (access !== 'public' && rank[principal.role] < rank[access]) {
      throw forbidden(`This needs the ${access} role; this key's organisation is a ${principal.role}.`);
    }
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['db'] });
