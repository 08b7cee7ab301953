import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import { badRequest, HttpProblem } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';

export interface Created<T> {
  status: number;
  body: T;
  location?: string;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** A POST as idempotency sees it: what identifies it, and its Idempotency-Key header if sent. */
export interface IdempotentRequest {
  method: string;
  url: string;
  key: string | string[] | undefined;
  /** What stands for the body: the body, or for a streamed one a digest of what was read. */
  fingerprint: unknown;
}

/**
 * Runs a POST at most once per Idempotency-Key. The key's record is written in the same
 * transaction as the work, so a crash leaves both or neither; a concurrent retry waits on the
 * key's row and then replays the stored response (`replayed`). Same key with another body: 422.
 */
export async function runOnce<T>(
  db: Database,
  principal: Principal,
  request: IdempotentRequest,
  run: (db: Database) => Promise<Created<T>>,
): Promise<Created<T> & { replayed: boolean }> {
  const header = request.key;
  if (header === undefined) return { replayed: false, ...(await run(db)) };
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > 200 || !/^[\x21-\x7e]+$/.test(key))
    throw badRequest('idempotency-key', 'must be 1 to 200 visible ASCII characters', 'headers');
  const owner = principal.organisationId ?? 'built-in-admin';
  const hash = createHash('sha256')
    .update(`${request.method} ${request.url}\n${stableJson(request.fingerprint)}`)
    .digest('hex');

  return inTransaction(db, async (tx) => {
    const mine = and(eq(idempotencyKeys.principal, owner), eq(idempotencyKeys.key, key));
    // Keys are kept for a day; after that the same key starts afresh.
    await tx.delete(idempotencyKeys).where(and(mine, lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`)));
    const reserved = await tx
      .insert(idempotencyKeys)
      .values({ principal: owner, key, requestHash: hash, statusCode: 0, response: {} })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!reserved.length) {
      const [stored] = await tx.select().from(idempotencyKeys).where(mine);
      if (!stored) throw new HttpProblem(409, 'A request with this Idempotency-Key is in progress.', { type: 'conflict' });
      if (stored.requestHash !== hash)
        throw new HttpProblem(422, 'This Idempotency-Key was used with a different request.', {
          type: 'idempotency-key-reused',
        });
      return { replayed: true, status: stored.statusCode, body: stored.response as T, location: stored.location ?? undefined };
    }
    const result = await run(tx);
    await tx
      .update(idempotencyKeys)
      .set({ statusCode: result.status, response: result.body as object, location: result.location ?? null })
      .where(mine);
    return { replayed: false, ...result };
  });
}
