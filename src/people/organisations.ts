import { asc, eq } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import type { CreateOrganisation, Organisation } from '../../schemas/organisation.ts';
import { type IssuedKey, issueApiKey } from './api-keys.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';

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
  p: Principal,
  input: CreateOrganisation,
): Promise<{ organisation: Organisation; key: IssuedKey }> {
  // Programme officers bring firms in; only an admin may create another programme or admin.
  if (p.role !== 'admin' && input.role !== 'member')
    throw forbidden('Officers add firms (role member); only an admin creates officer or admin organisations.');
  return inTransaction(db, async (tx) => {
    const [row] = await tx.insert(organisations).values(input).returning();
    if (!row) throw new Error('insert into organisations returned no row');
    const key = await issueApiKey(tx, row.id, 'initial key');
    const organisation = toOrganisation(row);
    await recordAudit(tx, p, 'create', { type: 'organisation', id: row.id }, null, organisation);
    return { organisation, key };
  });
}

export async function listOrganisations(db: Database): Promise<Organisation[]> {
  const rows = await db.select().from(organisations).orderBy(asc(organisations.name), asc(organisations.id));
  return rows.map(toOrganisation);
}

/** Its own organisation for a member; any for officers. */
export async function getOrganisation(db: Database, p: Principal, id: string): Promise<Organisation> {
  const [row] = isOfficer(p) || p.organisationId === id ? await db.select().from(organisations).where(eq(organisations.id, id)) : [];
  if (!row) throw notFound('Organisation');
  return toOrganisation(row);
}
