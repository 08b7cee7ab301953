import { z } from 'zod';
import { materialCategorySchema } from './enums.ts';
import { materialCodeSchema } from './material.ts';
import { matchSearchFieldsSchema } from './matching.ts';

const lon = z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, { error: 'longitude must be between -180 and 180' });
const lat = z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' });

export const bboxSchema = z
  .tuple([lon, lat, lon, lat])
  .refine(([w, s, e, n]) => w < e && s < n, { error: 'must be [west, south, east, north] with west < east and south < north' })
  .meta({ description: '[west, south, east, north] in WGS 84 degrees', example: [-2.2, 52.4, -1.8, 52.65] });

/** A would-be listing of a what-if: as a search body, with where it would be. */
export const scenarioListingSchema = matchSearchFieldsSchema
  .omit({ strict: true, limit: true, cursor: true, materials: true })
  .extend({ material: materialCodeSchema })
  .meta({ id: 'ScenarioListing' });

export const opportunityRequestSchema = z
  .object({
    regionId: z.uuid().optional().meta({ description: 'A registered region (GET /regions); give this or bbox' }),
    bbox: bboxSchema.optional(),
    materials: z.array(materialCodeSchema).min(1).max(100).optional().meta({ description: 'Offers of these materials only' }),
    categories: z.array(materialCategorySchema).min(1).optional().meta({ description: 'Offers of materials in these categories only' }),
    date: z.iso.date().optional().meta({ description: 'The day whose factors (tax year) price the flows; default today' }),
    factorSet: z.string().max(64).optional().meta({ description: 'Default: the configured default set' }),
    objective: z.enum(['cost', 'carbon', 'tonnes']).default('cost').meta({
      description: 'What is maximised: net £ saved a year, kg CO2e avoided a year, or tonnes moved a year',
    }),
    minShare: z.number().min(0).max(1).optional().meta({ description: 'Pairs covering less of the want than this share are left out; default MATCH_MIN_SHARE' }),
    k: z.number().int({ error: 'must be an integer between 1 and 500' }).min(1, { error: 'must be an integer between 1 and 500' }).max(500, { error: 'must be an integer between 1 and 500' }).default(50).meta({
      description: 'Nearest qualifying counterparts walked per listing',
    }),
    scenario: z
      .object({
        extraListings: z.array(scenarioListingSchema).max(50).optional(),
        landfillTaxGbpPerTonne: z.number().min(0).max(10_000).optional().meta({ description: 'Replaces the standard-rate landfill tax' }),
        landfillTaxLowerGbpPerTonne: z.number().min(0).max(10_000).optional().meta({ description: 'Replaces the lower-rate (inert) landfill tax' }),
        haulageGbpPerTonneKm: z.number().min(0).max(1000).optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'What-if: nothing is written' }),
  })
  .strict()
  .refine((b) => (b.regionId === undefined) !== (b.bbox === undefined), {
    error: 'give exactly one of regionId and bbox',
    path: ['regionId'],
  });

export const opportunityQuerySchema = z.object({
  format: z.enum(['json', 'csv', 'xlsx', 'geojson']).default('json'),
});

const totalsSchema = z.object({
  tonnesPerYear: z.number(),
  costSavedGbpPerYear: z.number(),
  co2eAvoidedKgPerYear: z.number(),
  flows: z.number().int(),
  offersUsed: z.number().int(),
  wantsServed: z.number().int(),
});

const realisedSchema = z.object({
  from: z.string(),
  to: z.string(),
  tonnesPerYear: z.number(),
  costSavedGbpPerYear: z.number(),
  co2eAvoidedKgPerYear: z.number(),
  transfers: z.number().int(),
  exchanges: z.number().int(),
});

const endSchema = z.object({ lon: z.number(), lat: z.number() });

export const flowSchema = z.object({
  offerId: z.string().meta({ description: 'A listing id, or scenario:<n> for a what-if listing' }),
  wantId: z.string(),
  material: z.string(),
  tonnesPerYear: z.number(),
  distanceKm: z.number(),
  roadKm: z.number(),
  from: endSchema.meta({ description: "The offer's exact site (officers only)" }),
  to: endSchema,
  savings: z.object({
    costSavedGbpPerYear: z.number(),
    co2eAvoidedKgPerYear: z.number(),
    estimateRequest: z.record(z.string(), z.unknown()).meta({ description: 'POST this to /estimates to see the lines' }),
  }),
});

export const opportunityResultSchema = z
  .object({
    status: z.enum(['optimal', 'infeasible', 'time-limit']),
    objective: z.enum(['cost', 'carbon', 'tonnes']),
    note: z.string().nullable().meta({ description: 'Why the result is empty, or what a what-if changed' }),
    scope: z.object({ offers: z.number().int(), wants: z.number().int(), pairs: z.number().int(), factorSet: z.string(), date: z.string() }),
    totals: totalsSchema,
    greedy: z.object({ totals: totalsSchema }),
    realised: z.object({ totals: realisedSchema }),
    flows: z.array(flowSchema),
    solve: z.object({
      variables: z.number().int().meta({ description: 'Candidate pairs worth using under the objective' }),
      constraints: z.number().int(),
      columnsSolved: z.number().int().meta({ description: 'Pairs in the LP HiGHS solved: every worthwhile pair' }),
      rounds: z.number().int().meta({ description: 'LPs solved: 1 (HiGHS starts from a network simplex basis; no column generation)' }),
      ms: z.number(),
      objectiveValue: z.number(),
      dualBound: z.number(),
      gap: z.number(),
    }),
  })
  .meta({ id: 'OpportunityMap' });

export const jobParamsSchema = z.object({ id: z.uuid() });

export const opportunityJobSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['running', 'done', 'failed', 'cancelled']),
    progress: z.object({ phase: z.enum(['candidates', 'solving', 'done']), done: z.number().int(), total: z.number().int() }),
    createdAt: z.string(),
    result: opportunityResultSchema.nullable(),
    error: z.string().nullable(),
  })
  .meta({
    id: 'OpportunityJob',
    description: 'A long solve, kept in the database while it runs and for an hour after: any instance of the service answers for it',
  });

export type OpportunityRequest = z.infer<typeof opportunityRequestSchema>;
export type OpportunityResult = z.infer<typeof opportunityResultSchema>;
export type OpportunityJob = z.infer<typeof opportunityJobSchema>;
export type ScenarioListing = z.infer<typeof scenarioListingSchema>;
