import { eq, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { listings, sites } from '../../db/schema.ts';
import type { CreateSite, Site, UpdateSite } from '../../schemas/site.ts';
import { normalisePostcode } from './postcode.ts';
import { badRequest, conflict, forbidden, HttpProblem, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';


interface SiteRow {
  id: string;
  organisation_id: string;
  name: string;
  address: string | null;
  postcode: string | null;
  lon: number;
  lat: number;
  authorisation: Site['authorisation'];
  waste_tracking_api_code: string | null;
  created_at: string;
  updated_at: string;
}

const SITE_COLUMNS = sql`id, organisation_id, name, address, postcode, authorisation, waste_tracking_api_code,
  ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

function toSite(r: SiteRow): Site {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    location: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    address: r.address,
    postcode: r.postcode,
    authorisation: r.authorisation,
    wasteTrackingApiCode: r.waste_tracking_api_code,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function loadSite(db: Database, id: string): Promise<Site | null> {
  const [row] = await queryRows<SiteRow>(db, sql`SELECT ${SITE_COLUMNS} FROM sites WHERE id = ${id}`);
  return row ? toSite(row) : null;
}

function postcodeOf(input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  const normalised = normalisePostcode(input);
  if (!normalised) throw badRequest('postcode', 'is not a UK postcode (e.g. B69 4LY)');
  return normalised;
}

const point = (coordinates: [number, number]) =>
  sql`ST_SetSRID(ST_MakePoint(${coordinates[0]}, ${coordinates[1]}), 4326)::geography`;

export function ownOrganisation(p: Principal): string {
  if (!p.organisationId)
    throw forbidden('The built-in admin key belongs to no organisation; use an organisation’s key for this.');
  return p.organisationId;
}

export async function createSite(db: Database, p: Principal, input: CreateSite): Promise<Site> {
  const organisationId = ownOrganisation(p);
  const postcode = postcodeOf(input.postcode) ?? null;
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(sites)
      .values({
        organisationId,
        name: input.name,
        address: input.address ?? null,
        postcode,
        location: point(input.location.coordinates),
        authorisation: input.authorisation ?? null,
        wasteTrackingApiCode: input.wasteTrackingApiCode ?? null,
      })
      .returning({ id: sites.id });
    if (!row) throw new Error('insert into sites returned no row');
    const site = (await loadSite(tx, row.id)) as Site;
    await recordAudit(tx, p, 'create', { type: 'site', id: site.id }, null, site);
    return site;
  });
}

/** The site if this caller may see it: its own organisation's, or any for officers. */
export async function getSite(db: Database, p: Principal, id: string): Promise<Site> {
  const site = await loadSite(db, id);
  if (!site || (!isOfficer(p) && site.organisationId !== p.organisationId)) throw notFound('Site');
  return site;
}

export async function listSites(db: Database, p: Principal): Promise<Site[]> {
  const own = isOfficer(p) ? sql`true` : sql`organisation_id = ${p.organisationId}`;
  const rows = await queryRows<SiteRow>(db, sql`SELECT ${SITE_COLUMNS} FROM sites WHERE ${own} ORDER BY created_at DESC, id`);
  return rows.map(toSite);
}

async function ownedSite(tx: Database, p: Principal, id: string): Promise<Site> {
  const [locked] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, id)).for('update');
  const site = locked ? await loadSite(tx, id) : null;
  if (!site || site.organisationId !== p.organisationId) throw notFound('Site');
  return site;
}

/** A site's entity tag: its last change, to the millisecond the API shows. */
export const siteTag = (site: Pick<Site, 'updatedAt'>) => `"${site.updatedAt}"`;

/**
 * Moving a site moves its listings too, in the same transaction: they carry its point. With
 * `ifMatch` (the ETag the caller read, or *), a site changed since is not overwritten (412).
 */
export async function updateSite(db: Database, p: Principal, id: string, input: UpdateSite, ifMatch?: string): Promise<Site> {
  const postcode = input.postcode === null ? null : postcodeOf(input.postcode);
  return inTransaction(db, async (tx) => {
    const before = await ownedSite(tx, p, id);
    const tags = ifMatch?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (tags && !tags.includes('*') && !tags.includes(siteTag(before)))
      throw new HttpProblem(412, 'The site has changed since you read it; read it again.', {
        type: 'precondition-failed',
        extensions: { current: before },
      });
    await tx
      .update(sites)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(postcode !== undefined ? { postcode } : {}),
        ...(input.authorisation !== undefined ? { authorisation: input.authorisation } : {}),
        ...(input.wasteTrackingApiCode !== undefined ? { wasteTrackingApiCode: input.wasteTrackingApiCode } : {}),
        ...(input.location ? { location: point(input.location.coordinates) } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(sites.id, id));
    if (input.location) {
      await tx
        .update(listings)
        .set({ location: point(input.location.coordinates), updatedAt: sql`now()`, version: sql`${listings.version} + 1` })
        .where(eq(listings.siteId, id));
    }
    const after = (await loadSite(tx, id)) as Site;
    await recordAudit(tx, p, 'update', { type: 'site', id }, before, after);
    return after;
  });
}

export async function deleteSite(db: Database, p: Principal, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await ownedSite(tx, p, id);
    const [used] = await tx.select({ id: listings.id }).from(listings).where(eq(listings.siteId, id)).limit(1);
    if (used) throw conflict('The site has listings; delete or move them first.');
    await tx.delete(sites).where(eq(sites.id, id));
    await recordAudit(tx, p, 'delete', { type: 'site', id }, before, null);
  });
}
