import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/client.ts';
import type { Principal } from '../auth/principal.ts';
import { type Created, runOnce } from '../platform/idempotency.ts';

/**
 * A POST handler's work, run at most once per Idempotency-Key (runOnce), its status and Location
 * set on the reply and a replay marked. A route whose body is a stream passes what stands for it
 * as `fingerprint` (a digest of what it read).
 */
export async function idempotent<T>(
  db: Database,
  principal: Principal,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (db: Database) => Promise<Created<T>>,
  fingerprint: unknown = request.body,
): Promise<T> {
  const outcome = await runOnce(
    db,
    principal,
    { method: request.method, url: request.url, key: request.headers['idempotency-key'], fingerprint },
    run,
  );
  reply.code(outcome.status);
  if (outcome.location) reply.header('location', outcome.location);
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  return outcome.body;
}
