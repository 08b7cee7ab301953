import { z } from 'zod';
import { materialCategorySchema } from './enums.ts';
import { materialCodeSchema } from './material.ts';

export const groupBySchema = z.enum(['month', 'quarter', 'year', 'material', 'category', 'organisation', 'region']);

export const reportQuerySchema = z
  .object({
    from: z.iso.date().optional().meta({ description: 'First transfer date counted (inclusive)' }),
    to: z.iso.date().optional().meta({ description: 'Last transfer date counted (inclusive)' }),
    material: materialCodeSchema.optional(),
    category: materialCategorySchema.optional(),
    organisation: z.uuid().optional().meta({ description: 'Flows with this organisation on either side' }),
    region: z.uuid().optional().meta({ description: 'Flows whose offer site lies in this region' }),
    groupBy: groupBySchema.optional(),
    format: z.enum(['json', 'csv', 'xlsx', 'geojson', 'gpkg', 'pdf']).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'must not be before from', path: ['to'] });

const figuresSchema = z.object({
  tonnesDiverted: z.number().meta({ description: 'Tonnes that would otherwise have been landfilled' }),
  tonnesExchanged: z.number(),
  cubicMetres: z.number().meta({ description: 'Process water, m³' }),
  costSavedGbp: z.number(),
  co2eAvoidedT: z.number(),
  virginMaterialDisplacedT: z.number(),
  transfers: z.number().int(),
  exchanges: z.number().int(),
  businessesAssisted: z.number().int().meta({ description: 'Distinct organisations on either side' }),
});

export const savingsReportSchema = z
  .object({
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    groupBy: groupBySchema.nullable(),
    totals: figuresSchema,
    net: z
      .object({
        tonnesDiverted: z.number(),
        virginMaterialDisplacedT: z.number(),
        importedMaterialDisplacedT: z.number(),
        costSavedGbp: z.number(),
        co2eAvoidedT: z.number(),
      })
      .meta({
        description:
          "The totals after additionality: gross × (1 − deadweight) × attribution per exchange, deadweight from the parties' answers or the programme's default (docs/evidence.md)",
      }),
    additionality: z.object({
      deadweight: z.number().meta({ description: "The programme's default, for exchanges no side answered for" }),
      attribution: z.number(),
      setAt: z.string().nullable().meta({ description: 'When officers set them; null: never (net equals gross where unanswered)' }),
      note: z.string().nullable(),
      exchangesAnswered: z.number().int(),
    }),
    estimated: z
      .object({
        exchanges: z.number().int(),
        tonnes: z.number(),
        costSavedGbp: z.number(),
        co2eAvoidedT: z.number(),
      })
      .meta({
        description:
          'From exchanges accepted in the period, for their agreed quantity (a year for flows, the lot for one-offs), beside the realised figures of the transfers',
      }),
    groups: z.array(figuresSchema.extend({ key: z.string().nullable(), label: z.string() })),
    factorSets: z.array(z.string()).meta({ description: 'The factor sets behind the realised figures' }),
  })
  .meta({ id: 'SavingsReport' });

export type ReportQuery = z.infer<typeof reportQuerySchema>;
export type SavingsReport = z.infer<typeof savingsReportSchema>;
