import { z } from 'zod';
import {
  disposalRouteSchema,
  listingKindSchema,
  listingStatusSchema,
  materialCategorySchema,
  supplyOriginSchema,
} from './enums.ts';
import { materialCodeSchema } from './material.ts';
import { checkListedMaterials } from './listed-materials.ts';
import { constraintSchema, pointSchema, quantitySchema } from './matching.ts';
import { listingClassificationFields, listingClassificationView } from './compliance.ts';

const gradeValueSchema = z.union([z.number(), z.string()]);
/** The status a listing reads as: its stored status, or `expired`/`ended` computed from its dates. */
export const effectiveListingStatusSchema = z
  .enum([...listingStatusSchema.options, 'ended'])
  .meta({ description: 'expired: past expiresAt (renew it); ended: an active listing past its availableUntil' });
const isoDate = z.iso.date({ error: 'must be a date, YYYY-MM-DD' });

const listingFields = {
  grade: z.record(z.string(), gradeValueSchema).meta({ description: 'Offers: measured values per property' }),
  accepts: z.record(z.string(), constraintSchema).meta({ description: 'Wants: constraints per property' }),
  quantity: quantitySchema,
  availableFrom: isoDate.nullable(),
  availableUntil: isoDate.nullable(),
  maxHaulKm: z.number().positive().max(2000).meta({ description: 'How far the lister will haul or take delivery' }),
  currentRoute: z
    .object({
      route: disposalRouteSchema,
      gateFeeGbpPerTonne: z.number().min(0).max(100_000).optional(),
    })
    .strict()
    .nullable()
    .meta({ description: 'Offers: where the material goes today and what that costs' }),
  virginPriceGbpPerTonne: z
    .number()
    .min(0)
    .max(1_000_000)
    .nullable()
    .meta({ description: 'Wants: what the firm pays for virgin material now' }),
  replacesSupply: supplyOriginSchema
    .nullable()
    .meta({ description: 'Wants: whether the material it would take replaces imported or domestic supply (evidence of imports displaced)' }),
  description: z
    .string()
    .trim()
    .max(2000, { error: 'must be at most 2,000 characters' })
    .nullable()
    .meta({ description: "The lister's own words, shown to everyone who may see the listing: keep confidential details out" }),
  materials: z
    .array(materialCodeSchema)
    .min(1, { error: 'must name at least one material' })
    .max(10, { error: 'must name at most 10 materials' })
    .meta({ description: 'Wants: every material accepted ("foundry sand or silica sand"), the first being `material`' }),
};

/** A new listing's fields, before the check that it names its materials (the demo's files reuse them). */
export const createListingFieldsSchema = z
  .object({
    kind: listingKindSchema,
    siteId: z.uuid(),
    material: materialCodeSchema.optional().meta({ description: 'Required unless a want sends materials' }),
    materials: listingFields.materials.optional(),
    description: listingFields.description.optional(),
    grade: listingFields.grade.optional(),
    accepts: listingFields.accepts.optional(),
    quantity: listingFields.quantity,
    availableFrom: listingFields.availableFrom.optional(),
    availableUntil: listingFields.availableUntil.optional(),
    maxHaulKm: listingFields.maxHaulKm,
    currentRoute: listingFields.currentRoute.optional(),
    virginPriceGbpPerTonne: listingFields.virginPriceGbpPerTonne.optional(),
    replacesSupply: listingFields.replacesSupply.optional(),
    status: listingStatusSchema.extract(['draft', 'active']).default('active'),
    ...listingClassificationFields,
  })
  .strict();

export const createListingSchema = createListingFieldsSchema
  .superRefine(checkListedMaterials)
  .meta({
    examples: [
      {
        kind: 'offer',
        siteId: '0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11',
        material: 'foundry-sand',
        grade: { afsGfn: 55, clayPct: 8, loiPct: 2.1, moisturePct: 3 },
        quantity: { amount: 120, unit: 't', rate: 'month' },
        maxHaulKm: 40,
        currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
      },
    ],
  });

export const updateListingSchema = z
  .object({
    siteId: z.uuid(),
    grade: listingFields.grade,
    accepts: listingFields.accepts,
    quantity: listingFields.quantity,
    availableFrom: listingFields.availableFrom,
    availableUntil: listingFields.availableUntil,
    maxHaulKm: listingFields.maxHaulKm,
    currentRoute: listingFields.currentRoute,
    virginPriceGbpPerTonne: listingFields.virginPriceGbpPerTonne,
    replacesSupply: listingFields.replacesSupply,
    description: listingFields.description,
    materials: listingFields.materials.meta({
      description: 'Wants: every material accepted; the first must stay the listing\'s own material',
    }),
    status: listingStatusSchema.exclude(['expired']),
    ...listingClassificationFields,
  })
  .partial()
  .strict()
  .meta({ examples: [{ quantity: { amount: 90, unit: 't', rate: 'month' }, status: 'active' }] });

const organisationContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contactEmail: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});

/** What every caller who may see a listing sees. */
const publicFields = {
  id: z.uuid(),
  kind: listingKindSchema,
  material: z.string(),
  materials: z.array(z.string()).meta({ description: 'Every material the listing is of (offers) or accepts (wants), `material` first' }),
  description: z.string().nullable(),
  category: materialCategorySchema,
  grade: listingFields.grade,
  accepts: listingFields.accepts,
  quantity: quantitySchema,
  availableFrom: z.string().nullable(),
  availableUntil: z.string().nullable(),
  maxHaulKm: z.number(),
  status: effectiveListingStatusSchema,
  expiresAt: z.iso.datetime({ offset: true }),
  location: pointSchema,
  postcodeDistrict: z.string().nullable(),
  ...listingClassificationView,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  distanceKm: z.number().optional().meta({
    description: "From `near`, when searching by place: to the listing's public point; officers: to its exact site",
  }),
};

/** Another firm's listing as a member sees it: no identity, site or prices; place to ~1 km. */
export const publicListingSchema = z
  .object({ ...publicFields, visibility: z.literal('public') })
  .meta({ id: 'PublicListing' });

/** The owner's or an officer's view: everything. */
export const fullListingSchema = z
  .object({
    ...publicFields,
    visibility: z.literal('full'),
    version: z.number().int(),
    organisationId: z.uuid(),
    organisation: organisationContactSchema,
    siteId: z.uuid(),
    site: z.object({ id: z.uuid(), name: z.string(), address: z.string().nullable(), postcode: z.string().nullable() }),
    currentRoute: listingFields.currentRoute,
    virginPriceGbpPerTonne: z.number().nullable(),
    replacesSupply: listingFields.replacesSupply,
  })
  .meta({ id: 'Listing' });

export const listingViewSchema = z.discriminatedUnion('visibility', [fullListingSchema, publicListingSchema]);

const coordinatePair = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, { error: 'must be lon,lat' })
  .transform((v) => v.split(',').map(Number) as [number, number])
  .refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, { error: 'lon must be within ±180, lat ±90' });

export const listingSearchQuerySchema = z
  .object({
    kind: listingKindSchema.optional(),
    material: materialCodeSchema.optional(),
    category: materialCategorySchema.optional(),
    status: effectiveListingStatusSchema.optional(),
    organisation: z.uuid().optional().meta({ description: 'Officers: any organisation; members: their own (my listings)' }),
    near: coordinatePair.optional().meta({ description: 'lon,lat: nearest first' }),
    radiusKm: z.coerce.number().positive().max(2000).optional().meta({ description: 'With near' }),
    bbox: z
      .string()
      .regex(/^(-?\d+(\.\d+)?,){3}-?\d+(\.\d+)?$/, { error: 'must be minLon,minLat,maxLon,maxLat' })
      .transform((v) => v.split(',').map(Number) as [number, number, number, number])
      .refine(([a, b, c, d]) => a < c && b < d && Math.abs(a) <= 180 && Math.abs(c) <= 180 && Math.abs(b) <= 90 && Math.abs(d) <= 90, {
        error: 'min must be below max, within ±180 and ±90',
      })
      .optional(),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.radiusKm === undefined || q.near !== undefined, { error: 'radiusKm needs near', path: ['radiusKm'] });

export const listingPageSchema = z.object({
  items: z.array(listingViewSchema),
  nextCursor: z.string().nullable(),
});

export const listingFeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.uuid(),
        geometry: pointSchema,
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
    numberReturned: z.number().int(),
    links: z.array(z.object({ rel: z.string(), href: z.string(), type: z.string() })),
  })
  .meta({ id: 'ListingFeatureCollection' });

export const listingParamsSchema = z.object({ id: z.uuid() });

export type CreateListing = z.infer<typeof createListingSchema>;
export type UpdateListing = z.infer<typeof updateListingSchema>;
export type ListingView = z.infer<typeof listingViewSchema>;
export type FullListing = z.infer<typeof fullListingSchema>;
export type ListingSearchQuery = z.infer<typeof listingSearchQuerySchema>;

export const importModeSchema = z.enum(['all-or-nothing', 'valid-only']);

export const listingImportQuerySchema = z
  .object({
    mode: importModeSchema
      .default('all-or-nothing')
      .meta({ description: 'all-or-nothing: any invalid row imports nothing; valid-only: import the valid rows' }),
  })
  .strict();

export const listingImportBodySchema = z.unknown().meta({
  description:
    'text/csv: a header row of field paths (kind, siteId, material, quantity.amount, quantity.unit, quantity.rate, ' +
    'maxHaulKm, availableFrom, availableUntil, currentRoute.route, currentRoute.gateFeeGbpPerTonne, ' +
    'virginPriceGbpPerTonne, status, grade.<property>, accepts.<property>.min|max|oneOf with oneOf values ' +
    'separated by |), then one listing per row. application/geo+json: a FeatureCollection whose features have ' +
    'a POST /listings body as properties and a null or Point geometry within 1 km of the site. Up to 50,000 rows.',
});

const rowErrorsSchema = z.object({
  row: z.number().int().meta({ description: '1-based: the first record after the CSV header, or the first feature' }),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const listingImportReportSchema = z
  .object({
    mode: importModeSchema,
    received: z.number().int(),
    imported: z.number().int(),
    rejected: z.number().int(),
    listings: z.array(z.object({ row: z.number().int(), id: z.uuid() })),
    rejectedRows: z.array(rowErrorsSchema),
  })
  .meta({ id: 'ListingImportReport' });

export type ImportMode = z.infer<typeof importModeSchema>;
export type ListingImportReport = z.infer<typeof listingImportReportSchema>;
export type RowErrors = z.infer<typeof rowErrorsSchema>;
