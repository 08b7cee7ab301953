import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { apiKeys, organisations } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { apiKeyPrefix, composeApiKey, hashApiKey, secretsEqual } from './api-key-secret.ts';

export interface IssuedKey {
  id: string;
  prefix: string;
  key: string;
}

export async function issueApiKey(db: Database, organisationId: string, name: string): Promise<IssuedKey> {
  const { key, prefix } = composeApiKey(randomBytes(4), randomBytes(32));
  const [row] = await db
    .insert(apiKeys)
    .values({ organisationId, name, prefix, keyHash: hashApiKey(key) })
    .returning({ id: apiKeys.id });
  if (!row) throw new Error('insert into api_keys returned no row');
  return { id: row.id, prefix, key };
}

// Recording every use would turn each read into a write; a minute's resolution is enough to
// tell which keys are alive.
const LAST_USED_RESOLUTION = sql`now() - interval '1 minute'`;

function prepareKeyLookup(db: Database) {
  return db
    .select({
      id: apiKeys.id,
      keyHash: apiKeys.keyHash,
      organisationId: apiKeys.organisationId,
      role: organisations.role,
      stale: sql<boolean>`${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < ${LAST_USED_RESOLUTION}`,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(and(eq(apiKeys.prefix, sql.placeholder('prefix')), isNull(apiKeys.revokedAt)))
    .limit(1)
    .prepare('authenticate_api_key');
}

// Every keyed request runs this lookup: built once per database handle, it skips drizzle's
// query building (~15 % of the CPU of a POST /estimates).
const keyLookups = new WeakMap<Database, ReturnType<typeof prepareKeyLookup>>();

function keyLookup(db: Database) {
  let lookup = keyLookups.get(db);
  if (!lookup) keyLookups.set(db, (lookup = prepareKeyLookup(db)));
  return lookup;
}

/** The principal a bearer key stands for, or null when the key is unknown, malformed or revoked. */
export async function authenticateKey(
  db: Database,
  key: string,
  adminApiKey: string | undefined,
): Promise<Principal | null> {
  if (adminApiKey && secretsEqual(key, adminApiKey))
    return { organisationId: null, role: 'admin', keyId: null, userId: null, sessionId: null, orgAdmin: true };
  const prefix = apiKeyPrefix(key);
  if (!prefix) return null;
  const [row] = await keyLookup(db).execute({ prefix });
  if (!row || !secretsEqual(hashApiKey(key), row.keyHash)) return null;
  // Only when the recorded use is stale: most requests then cost one read, not a read and a write.
  if (row.stale)
    await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, LAST_USED_RESOLUTION)),
      ),
    );
  return { organisationId: row.organisationId, role: row.role, keyId: row.id, userId: null, sessionId: null, orgAdmin: true };
}
