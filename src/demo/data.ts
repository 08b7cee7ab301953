// The demo region's files (db/seed/demo), read and checked for shape. What a listing or an
// exchange may contain is left to the services, which check the demo as they check anyone.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { createExchangeSchema } from '../../schemas/exchange.ts';
import { createListingFieldsSchema } from '../../schemas/listing.ts';
import { createSiteSchema } from '../../schemas/site.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const person = z.object({ name: z.string(), email: z.email(), password: z.string() }).strict();

const firmsFile = z.object({
  $comment: z.string(),
  programme: z
    .object({ name: z.string(), contactEmail: z.email(), contactName: z.string(), person })
    .strict(),
  firms: z.array(
    z
      .object({
        key: z.string(),
        name: z.string(),
        trade: z.string(),
        town: z.string(),
        location: createSiteSchema.shape.location.shape.coordinates,
        contactName: z.string().optional(),
        person: person.optional(),
      })
      .strict(),
  ),
});

const listingsFile = z.object({
  $comment: z.string(),
  listings: z.array(
    createListingFieldsSchema
      .omit({ siteId: true, availableFrom: true, availableUntil: true })
      .extend({
        ref: z.string(),
        firm: z.string(),
        /** Days from the day the demo is loaded, so the demo never goes stale. */
        availableFromDay: z.number().int().optional(),
        availableUntilDay: z.number().int().optional(),
      })
      .strict(),
  ),
});

const exchangesFile = z.object({
  $comment: z.string(),
  exchanges: z.array(
    z
      .object({
        offer: z.string(),
        want: z.string(),
        quantity: createExchangeSchema.shape.quantity,
        accepted: z.boolean(),
        transfers: z.array(z.object({ amount: z.number().positive(), note: z.string() }).strict()),
      })
      .strict(),
  ),
});

export type DemoFirm = z.infer<typeof firmsFile>['firms'][number];
export type DemoPerson = z.infer<typeof person>;
export type DemoListing = z.infer<typeof listingsFile>['listings'][number];

const read = async <T extends z.ZodType>(name: string, schema: T): Promise<z.output<T>> =>
  schema.parse(JSON.parse(await readFile(new URL(`db/seed/demo/${name}`, PROJECT_ROOT), 'utf8')));

export async function readDemoData() {
  const [firms, listings, exchanges] = await Promise.all([
    read('firms.json', firmsFile),
    read('listings.json', listingsFile),
    read('exchanges.json', exchangesFile),
  ]);
  return { programme: firms.programme, firms: firms.firms, listings: listings.listings, exchanges: exchanges.exchanges };
}

export type DemoData = Awaited<ReturnType<typeof readDemoData>>;
