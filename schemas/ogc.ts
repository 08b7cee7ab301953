import { z } from 'zod';
import { listingKindSchema, materialCategorySchema } from './enums.ts';
import { materialCodeSchema } from './material.ts';

/** Items per page when a request names no limit, and the most it may name. */
export const OGC_DEFAULT_LIMIT = 100;
export const OGC_MAX_LIMIT = 1000;

const crsUri = z.string().max(200);
const format = z.enum(['json', 'html']).optional().meta({ description: 'json or html; without it, the Accept header decides' });

export const ogcFormatQuerySchema = z.strictObject({ f: format });

export const ogcCollectionParamsSchema = z.object({ collectionId: z.string().max(64) });
export const ogcFeatureParamsSchema = ogcCollectionParamsSchema.extend({ featureId: z.string().max(300) });

export const ogcItemsQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: `must be an integer between 1 and ${OGC_MAX_LIMIT}` })
    .int({ error: `must be an integer between 1 and ${OGC_MAX_LIMIT}` })
    .min(1, { error: `must be an integer between 1 and ${OGC_MAX_LIMIT}` })
    .max(OGC_MAX_LIMIT, { error: `must be an integer between 1 and ${OGC_MAX_LIMIT}` })
    .default(OGC_DEFAULT_LIMIT),
  bbox: z.string().max(200).optional().meta({ description: 'minx,miny,maxx,maxy in bbox-crs (default CRS84: lon,lat); edges included' }),
  'bbox-crs': crsUri.optional().meta({ description: 'CRS84 or http://www.opengis.net/def/crs/EPSG/0/27700' }),
  crs: crsUri.optional().meta({ description: 'CRS of the response: CRS84 (default) or EPSG:27700 (easting, northing)' }),
  datetime: z.string().max(100).optional().meta({ description: 'An RFC 3339 date or date-time, or an interval a/b (.. for open)' }),
  material: materialCodeSchema.optional(),
  category: materialCategorySchema.optional(),
  kind: listingKindSchema.optional(),
  hazardous: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'listings: true for those classified as hazardous waste, false for the rest' }),
  cursor: z.string().max(1000).optional().meta({ description: 'From a next or prev link' }),
  f: z
    .enum(['json', 'html', 'gpkg'])
    .optional()
    .meta({ description: 'json, html or gpkg (the same page as a GeoPackage, in crs); without it, the Accept header decides' }),
});

export const ogcFeatureQuerySchema = z.strictObject({ crs: crsUri.optional(), f: format });

const linkSchema = z.object({ href: z.string(), rel: z.string(), type: z.string().optional(), title: z.string().optional() });
const linked = z.looseObject({ links: z.array(linkSchema) });

export const ogcLandingSchema = linked.extend({ title: z.string(), description: z.string() }).meta({ id: 'OgcLandingPage' });
export const ogcConformanceSchema = z.object({ conformsTo: z.array(z.string()) }).meta({ id: 'OgcConformance' });
const collectionSchema = linked.extend({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  crs: z.array(z.string()),
  storageCrs: z.string(),
});
export const ogcCollectionSchema = collectionSchema.meta({ id: 'OgcCollection' });
export const ogcCollectionsSchema = linked.extend({ collections: z.array(collectionSchema) }).meta({ id: 'OgcCollections' });
export const ogcFeatureSchema = linked
  .extend({ type: z.literal('Feature'), id: z.string(), geometry: z.unknown(), properties: z.record(z.string(), z.unknown()) })
  .meta({ id: 'OgcFeature' });
export const ogcFeatureCollectionSchema = linked
  .extend({
    type: z.literal('FeatureCollection'),
    features: z.array(ogcFeatureSchema),
    numberMatched: z.number().int().optional().meta({ description: `Left out when more than 10000 match` }),
    numberReturned: z.number().int(),
    timeStamp: z.string(),
  })
  .meta({ id: 'OgcFeatureCollection' });

export type OgcItemsQuery = z.infer<typeof ogcItemsQuerySchema>;
