import { z } from 'zod';
import { pointSchema } from './matching.ts';
import { authorisationSchema } from './compliance.ts';

export const createSiteSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    location: pointSchema,
    address: z.string().trim().min(1).max(500).optional(),
    postcode: z.string().trim().min(1).max(10).optional().meta({ description: 'UK postcode; normalised, e.g. B69 4LY' }),
    authorisation: authorisationSchema.optional(),
    wasteTrackingApiCode: z.uuid().optional().meta({ description: "The receiver's Digital Waste Tracking API code" }),
  })
  .strict()
  .meta({
    examples: [
      {
        name: 'Tipton foundry',
        location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
        address: 'Factory Road, Tipton',
        postcode: 'DY4 9AA',
      },
    ],
  });

export const updateSiteSchema = createSiteSchema
  .partial()
  .extend({
    address: z.string().trim().min(1).max(500).nullable().optional().meta({ description: 'null removes it' }),
    postcode: z.string().trim().min(1).max(10).nullable().optional().meta({ description: 'null removes it' }),
  })
  .strict();

export const siteSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    location: pointSchema,
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    authorisation: authorisationSchema.nullable(),
    wasteTrackingApiCode: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Site' });

export const siteListSchema = z.object({ items: z.array(siteSchema) });
export const siteParamsSchema = z.object({ id: z.uuid() });

export type CreateSite = z.infer<typeof createSiteSchema>;
export type UpdateSite = z.infer<typeof updateSiteSchema>;
export type Site = z.infer<typeof siteSchema>;
