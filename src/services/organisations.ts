import type { Database } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';
import type { CreateOrganisation, Organisation } from '../../schemas/organisation.ts';
import { type IssuedKey, issueApiKey } from './api-keys.ts';

type OrganisationRow = typeof organisations.$inferSelect;

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    contactEmail: row.contactEmail,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Creates the organisation and its first key together: neither exists without the other. */
export async function createOrganisation(
  db: Database,
  input: CreateOrganisation,
): Promise<{ organisation: Organisation; key: IssuedKey }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(organisations).values(input).returning();
    if (!row) throw new Error('insert into organisations returned no row');
    const key = await issueApiKey(tx as unknown as Database, row.id, 'initial key');
    return { organisation: toOrganisation(row), key };
  });
}
