import { z } from 'zod';
import { disposalRouteSchema, listingKindSchema, listingRateSchema, quantityUnitSchema } from './enums.ts';
import { checkListedMaterials } from './listed-materials.ts';
import { materialCodeSchema } from './material.ts';

const gradeValueSchema = z.union([z.number(), z.string()]);
export const constraintSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    oneOf: z.array(gradeValueSchema).min(1).optional(),
  })
  .strict();

export const pointSchema = z
  .object({
    type: z.literal('Point'),
    coordinates: z.tuple([
      z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, {
        error: 'longitude must be between -180 and 180',
      }),
      z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, {
        error: 'latitude must be between -90 and 90',
      }),
    ]),
  })
  .strict()
  .meta({ description: 'GeoJSON Point, [longitude, latitude] in WGS 84', example: { type: 'Point', coordinates: [-2.0662, 52.5294] } });

export const quantitySchema = z
  .object({
    amount: z.number().positive().max(1e9),
    unit: quantityUnitSchema,
    rate: listingRateSchema,
  })
  .strict();

export const checkSchema = z.object({
  property: z.string(),
  result: z.enum(['pass', 'fail', 'unknown']),
  offered: gradeValueSchema.nullable(),
  constraint: constraintSchema,
});

export const matchedListingSchema = z
  .object({
    id: z.uuid(),
    kind: listingKindSchema,
    material: z.string(),
    grade: z.record(z.string(), gradeValueSchema),
    accepts: z.record(z.string(), constraintSchema),
    quantity: quantitySchema,
    availableFrom: z.string().nullable(),
    availableUntil: z.string().nullable(),
    maxHaulKm: z.number(),
    location: pointSchema,
    locationPrecision: z
      .enum(['exact', 'approximate'])
      .meta({ description: 'approximate: the centre of a ~1 km cell, as other firms see it' }),
    organisation: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .meta({ description: 'Officers only; members see other firms anonymously until an exchange is accepted' }),
    ewcCode: z.string().nullable().meta({ description: "Offers: the List of Waste code (wants take the offer's)" }),
    hazardous: z.boolean().meta({ description: 'Offers: hazardous waste; its exchanges need a consignment code before a transfer' }),
  })
  .meta({ id: 'MatchedListing' });

export const matchSchema = z
  .object({
    listing: matchedListingSchema,
    distanceKm: z.number().meta({
      description:
        "Great-circle distance on the WGS 84 spheroid (PostGIS geography) to the listing's public point (`location`); officers: to its exact site",
    }),
    roadKm: z.number().meta({ description: "distanceKm × the factor set's road circuity (1.4 for England)" }),
    quantityPerYear: z.number().nullable().meta({ description: 'Matched amount a year, when both sides are flows' }),
    quantityPerLot: z.number().nullable().meta({ description: 'Matched amount of one lot, when either side is a one-off' }),
    quantity: z.object({
      basis: z.enum(['year', 'lot']),
      amount: z.number(),
      unit: quantityUnitSchema,
      shareOfWant: z.number(),
    }),
    checks: z.array(checkSchema),
    score: z.number().meta({ description: '0–1: grade fit, nearness within both hauls, share of the want' }),
    savings: z
      .object({
        basis: z.enum(['year', 'lot']),
        costSavedGbpPerYear: z.number().nullable(),
        co2eAvoidedKgPerYear: z.number().nullable(),
        costSavedGbpPerLot: z.number().nullable(),
        co2eAvoidedKgPerLot: z.number().nullable(),
        factorSet: z.string(),
        assumptions: z.array(z.string()),
        estimateRequest: z
          .record(z.string(), z.unknown())
          .meta({ description: 'POST this to /estimates to see every line of the estimate with its source' }),
      })
      .meta({ description: "Estimated for the matched quantity: the offer's route and gate fee, the want's virgin price" }),
  })
  .meta({ id: 'Match' });

export const matchListSchema = z.object({
  items: z.array(matchSchema),
  candidates: z.number().int().meta({ description: 'How many qualifying candidates were ranked' }),
  nextCursor: z.string().nullable(),
});

export const matchQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(100).optional(),
  strict: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: a constrained property the offer does not state fails instead of unknown' }),
});

/** The fields of a search, before the check that it names its materials (scenario listings reuse them). */
export const matchSearchFieldsSchema = z
  .object({
    kind: listingKindSchema.meta({ description: 'What you would list: an offer finds wants, a want finds offers' }),
    material: materialCodeSchema.optional().meta({ description: 'Required unless a want sends materials' }),
    materials: z
      .array(materialCodeSchema)
      .min(1)
      .max(10)
      .optional()
      .meta({ description: 'Wants: every material accepted, the first being `material`; finds offers of any' }),
    grade: z.record(z.string(), gradeValueSchema).default({}),
    accepts: z.record(z.string(), constraintSchema).default({}),
    quantity: quantitySchema,
    availableFrom: z.iso.date().optional(),
    availableUntil: z.iso.date().optional(),
    maxHaulKm: z.number().positive().max(2000),
    location: pointSchema,
    currentRoute: z
      .object({
        route: disposalRouteSchema,
        gateFeeGbpPerTonne: z.number().min(0).max(100_000).optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'Offers: where the material goes today, for the savings estimate' }),
    virginPriceGbpPerTonne: z.number().min(0).max(1_000_000).optional().meta({ description: 'Wants: price paid now' }),
    strict: z.boolean().default(false),
    limit: z.number().int().min(1).max(100).default(20),
    cursor: z.string().max(100).optional(),
  })
  .strict();

export const matchSearchSchema = matchSearchFieldsSchema
  .superRefine(checkListedMaterials)
  .meta({
    examples: [
      {
        kind: 'want',
        material: 'steel-scrap',
        accepts: { grade: { oneOf: ['E1', 'E3'] }, cuPct: { max: 0.25 }, snPct: { max: 0.02 } },
        quantity: { amount: 500, unit: 't', rate: 'month' },
        maxHaulKm: 60,
        location: { type: 'Point', coordinates: [-1.4701, 53.3811] },
      },
    ],
  });

export const listingParamsSchema = z.object({ id: z.uuid() });

export type MatchSearch = z.infer<typeof matchSearchSchema>;
export type Match = z.infer<typeof matchSchema>;
