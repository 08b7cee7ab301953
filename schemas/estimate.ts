import { z } from 'zod';
import type { Estimate } from '../src/savings/types.ts';
import type { Expect, SameType } from './same-type.ts';
import { disposalRouteSchema, listingRateSchema, quantityUnitSchema } from './enums.ts';
import { factorSetSchema } from './factor-set.ts';
import { materialCodeSchema } from './material.ts';
import { pointSchema } from './matching.ts';

const placeSchema = z.union([pointSchema, z.object({ siteId: z.uuid() }).strict()]);

export const estimateRequestSchema = z
  .object({
    material: materialCodeSchema,
    quantity: z
      .object({
        amount: z.number().positive().max(1e9),
        unit: quantityUnitSchema,
        rate: listingRateSchema.optional(),
      })
      .strict(),
    from: placeSchema.optional().meta({ description: 'Where the material is: a GeoJSON Point or {siteId}' }),
    to: placeSchema.optional().meta({ description: 'Where it goes' }),
    distanceKm: z.number().min(0).max(5000).optional().meta({ description: 'Road distance; overrides from/to' }),
    date: z.iso.date().optional().meta({ description: 'Default: today. Picks the tax year' }),
    transport: z.enum(['pipe', 'road']).optional().meta({ description: 'Water only: pipe (default) or road' }),
    factorSet: z.string().max(64).optional().meta({ description: 'Default: the configured default set' }),
    overrides: z
      .object({
        gateFeeGbpPerTonne: z.number().min(0).max(100_000).optional(),
        virginPriceGbpPerTonne: z.number().min(0).max(1_000_000).optional(),
        haulageGbpPerTonneKm: z.number().min(0).max(1000).optional(),
        currentRoute: disposalRouteSchema.optional(),
        waterPriceGbpPerM3: z.number().min(0).max(1000).optional(),
        tradeEffluentGbpPerM3: z.number().min(0).max(1000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => (r.from === undefined) === (r.to === undefined), {
    error: 'give both from and to, or neither',
    path: ['to'],
  })
  .meta({
    examples: [
      {
        material: 'foundry-sand',
        quantity: { amount: 120, unit: 't', rate: 'month' },
        from: { type: 'Point', coordinates: [-2.0662, 52.5294] },
        to: { type: 'Point', coordinates: [-1.8904, 52.4862] },
        overrides: { virginPriceGbpPerTonne: 18 },
      },
    ],
  });

const totalsSchema = z.object({
  tonnes: z.number(),
  cubicMetres: z.number().optional(),
  costSavedGbp: z.number(),
  co2eAvoidedKg: z.number(),
});

export const partySchema = z.enum(['supplier', 'receiver', 'shared']);

export const estimateLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['cost', 'carbon']),
  quantity: z.number(),
  quantityUnit: z.string(),
  factor: z.number(),
  factorUnit: z.string(),
  value: z.number(),
  unit: z.enum(['GBP', 'kg CO2e']),
  source: z.string(),
  confidence: z.enum(['V2', 'V', 'S', 'D', 'R', 'user']),
  party: partySchema.optional().meta({
    description:
      "Whose saving the line is: the supplier's (avoided landfill tax, gate fee and landfill emissions; avoided effluent treatment), the receiver's (avoided purchase of virgin material or mains water, and its production emissions), or shared (haulage between them). Absent on savings stored before lines were labelled.",
  }),
});

const partyTotalsSchema = z.object({ costSavedGbp: z.number(), co2eAvoidedKg: z.number() });

export const estimateSchema = z
  .object({
    lines: z.array(estimateLineSchema),
    totals: totalsSchema,
    byParty: z
      .object({ supplier: partyTotalsSchema, receiver: partyTotalsSchema, shared: partyTotalsSchema })
      .meta({ description: 'The totals split by whose saving each line is (see line.party)' }),
    perYear: totalsSchema.optional(),
    roadKm: z.number().nullable(),
    greatCircleKm: z.number().nullable(),
    date: z.string(),
    taxYear: z.string(),
    factorSet: z.object({ id: z.string(), name: z.string() }),
    assumptions: z.array(z.string()),
  })
  .meta({ id: 'Estimate' });

export const factorSetSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export const factorSetListSchema = z.object({ items: z.array(factorSetSummarySchema), default: z.string() });
export const factorSetParamsSchema = z.object({ id: z.string().max(64) });
export { factorSetSchema };

export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

// The response is the domain's estimate plus what the service adds: a drift fails the typecheck.
export type EstimateIsDomain = Expect<
  SameType<z.infer<typeof estimateSchema>, Estimate & { greatCircleKm: number | null; date: string }>
>;
