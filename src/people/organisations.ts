import { asc, eq, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import type { CreateOrganisation, Organisation, UpdateOrganisation } from '../../schemas/organisation.ts';
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
    address: row.address,
    sicCode: row.sicCode,
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

/** An admin, or the organisation itself through a key or a person it made an organisation admin. */
export async function updateOrganisation(db: Database, p: Principal, id: string, input: UpdateOrganisation): Promise<Organisation> {
  if (p.role !== 'admin' && p.organisationId === id && !p.orgAdmin)
    throw forbidden("Only your organisation's admins may change its details.");
  const mayEdit = p.role === 'admin' || (p.organisationId === id && p.orgAdmin);
  return inTransaction(db, async (tx) => {
    const [before] = mayEdit ? await tx.select().from(organisations).where(eq(organisations.id, id)).for('update') : [];
    if (!before) throw notFound('Organisation');
    const [after] = await tx
      .update(organisations)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(organisations.id, id))
      .returning();
    if (!after) throw new Error('update of organisations returned no row');
    await recordAudit(tx, p, 'update', { type: 'organisation', id }, toOrganisation(before), toOrganisation(after));
    return toOrganisation(after);
  });
}
