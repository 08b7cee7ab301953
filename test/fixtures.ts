// Rows written straight into the database for tests of services that read them.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { listings, organisations, sites } from '../db/schema.ts';

// West Midlands places, Sheffield (~110 km from Birmingham), and Hull and Bremen (~620 km
// apart, Bremen beyond the area that has British National Grid positions).
export const PLACES = {
  tipton: [-2.0662, 52.5294],
  wolverhampton: [-2.1288, 52.5862],
  birmingham: [-1.8904, 52.4862],
  sheffield: [-1.4701, 53.3811],
  hull: [-0.3367, 53.7457],
  bremen: [8.8017, 53.0793],
} as const;
export type Place = keyof typeof PLACES;

export async function insertOrganisation(db: Database, name: string): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({ name, role: 'member', contactEmail: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org` })
    .returning();
  if (!row) throw new Error('no organisation row');
  return row.id;
}

type ListingValues = Partial<typeof listings.$inferInsert> & Pick<typeof listings.$inferInsert, 'kind' | 'materialCode'>;

/** A listing at a new site of the organisation: 100 t a month, 50 km haul, active for a day. */
export async function insertListing(db: Database, organisationId: string, place: Place, values: ListingValues) {
  const [lon, lat] = PLACES[place];
  const location = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography`;
  const [site] = await db.insert(sites).values({ organisationId, name: place, location }).returning();
  if (!site) throw new Error('no site row');
  const [row] = await db
    .insert(listings)
    .values({
      organisationId,
      siteId: site.id,
      quantityAmount: 100,
      quantityUnit: 't',
      quantityRate: 'month',
      maxHaulKm: 50,
      expiresAt: new Date(Date.now() + 86_400_000),
      location,
      ...values,
    })
    .returning();
  if (!row) throw new Error('no listing row');
  return row.id;
}
