import { z } from 'zod';
import { roleSchema } from './enums.ts';
import { sicCodeSchema } from './compliance.ts';


export const createOrganisationSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: roleSchema,
    contactEmail: z.email().max(320),
    contactName: z.string().trim().min(1).max(200).optional(),
    contactPhone: z.string().trim().min(3).max(40).optional(),
    address: z.string().trim().min(3).max(500).optional().meta({ description: 'Registered or trading address, for waste transfer notes' }),
    sicCode: sicCodeSchema.optional(),
  })
  .strict()
  .meta({
    examples: [
      { name: 'Black Country Castings Ltd', role: 'member', contactEmail: 'env@bccastings.example' },
    ],
  });

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: roleSchema,
    contactEmail: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    address: z.string().nullable(),
    sicCode: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Organisation' });

/** What an organisation (its admin) or an admin may change. */
export const updateOrganisationSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    contactEmail: z.email().max(320),
    contactName: z.string().trim().min(1).max(200).nullable(),
    contactPhone: z.string().trim().min(3).max(40).nullable(),
    address: z.string().trim().min(3).max(500).nullable(),
    sicCode: sicCodeSchema.nullable(),
  })
  .partial()
  .strict()
  .meta({ examples: [{ address: 'Unit 4, Factory Road, Tipton DY4 9AA', sicCode: '24510' }] });
export type UpdateOrganisation = z.infer<typeof updateOrganisationSchema>;

export const createdOrganisationSchema = organisationSchema
  .extend({
    apiKey: z.string().meta({ description: 'Shown once; only its hash is stored' }),
    apiKeyId: z.uuid(),
    apiKeyPrefix: z.string(),
  })
  .meta({
    examples: [
      {
        id: '0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11',
        name: 'Black Country Castings Ltd',
        role: 'member',
        contactEmail: 'env@bccastings.example',
        contactName: null,
        contactPhone: null,
        address: null,
        sicCode: null,
        createdAt: '2026-11-22T10:00:00.000Z',
        apiKey: 'rx_3f9a1c2e_2bq0...redacted',
        apiKeyId: '6d2c3a8e-2f7b-4f7e-8b1a-9a3e1e6c2d10',
        apiKeyPrefix: 'rx_3f9a1c2e',
      },
    ],
  });

export type CreateOrganisation = z.infer<typeof createOrganisationSchema>;
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
export const organisationParamsSchema = z.object({ id: z.uuid() });

export const createKeySchema = z
  .object({ name: z.string().trim().min(1).max(100).default('api key') })
  .strict()
  .nullish()
  .meta({ examples: [{ name: 'ERP integration' }] });

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The public start of the key, to tell keys apart' }),
    createdAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'ApiKey' });

export const issuedKeySchema = apiKeySchema
  .extend({ apiKey: z.string().meta({ description: 'Shown once; only its hash is stored' }) })
  .meta({ id: 'IssuedApiKey' });

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });
