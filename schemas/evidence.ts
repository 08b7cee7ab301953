// The API's shapes for funder evidence: business profiles, jobs, co-investment, additionality,
// the indicators report and the network. docs/evidence.md says what each counts.
import { z } from 'zod';
import {
  additionalityAnswerEnum,
  jobKindEnum,
} from '../db/schema.ts';
import { EMPLOYEE_BANDS, normaliseCompanyNumber, TURNOVER_BANDS } from '../src/evidence/business-size.ts';
import { materialCodeSchema } from './material.ts';

const today = () => new Date().toISOString().slice(0, 10);
/** A day that has happened: evidence is of what was done, not what is planned. */
const pastDate = z.iso
  .date({ error: 'must be a date, YYYY-MM-DD' })
  .refine((d) => d <= today(), { error: 'must not be in the future' });

export const businessProfileInputSchema = z
  .object({
    companyNumber: z
      .string()
      .trim()
      .max(20)
      .nullable()
      .optional()
      .refine((v) => v === null || v === undefined || normaliseCompanyNumber(v) !== null, {
        error: 'must be a Companies House number: 8 digits, or 2 letters and 6 digits',
      })
      .meta({ description: 'Companies House number: counts the enterprise once however many accounts it has' }),
    employeesBand: z.enum(EMPLOYEE_BANDS).nullable().optional().meta({ description: 'Headcount band the organisation states' }),
    turnoverBand: z
      .enum(TURNOVER_BANDS)
      .nullable()
      .optional()
      .meta({ description: 'Annual turnover band (£) the organisation states' }),
  })
  .strict()
  .meta({ examples: [{ companyNumber: '01234567', employeesBand: '50-249', turnoverBand: '10m-to-54m' }] });

export const businessProfileSchema = z
  .object({
    organisationId: z.uuid(),
    companyNumber: z.string().nullable(),
    employeesBand: z.enum(EMPLOYEE_BANDS).nullable(),
    turnoverBand: z.enum(TURNOVER_BANDS).nullable(),
    size: z.enum(['sme', 'large', 'unknown']).meta({ description: 'From the bands: see docs/evidence.md' }),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'BusinessProfile' });

export const createJobRecordSchema = z
  .object({
    organisationId: z.uuid(),
    kind: z.enum(jobKindEnum.enumValues),
    fte: z.number().positive().max(100_000).meta({ description: 'Full-time equivalent jobs' }),
    date: pastDate.meta({ description: 'When the jobs were created or safeguarded' }),
    basis: z.string().trim().min(1).max(500).meta({ description: 'How the figure was arrived at, e.g. employer declaration' }),
    evidenceNote: z.string().trim().min(1).max(4000).meta({ description: 'What an auditor can check, and where' }),
  })
  .strict()
  .meta({
    examples: [
      {
        organisationId: '0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11',
        kind: 'created',
        fte: 2,
        date: '2026-03-31',
        basis: 'Employer declaration, signed',
        evidenceNote: 'Declaration form 2026-14 on the programme drive; payroll extract seen on visit',
      },
    ],
  });

export const jobRecordSchema = createJobRecordSchema
  .extend({ id: z.uuid(), date: z.string(), organisationName: z.string(), createdAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'JobRecord' });

export const createCoInvestmentSchema = z
  .object({
    organisationId: z.uuid(),
    amountGbp: z.number().positive().max(1e12).meta({ description: '£, from sources other than the programme' }),
    source: z.string().trim().min(1).max(500).meta({ description: 'Who put the money in, e.g. the firm, a bank, a fund' }),
    date: pastDate.meta({ description: 'When the money was committed' }),
    evidenceNote: z.string().trim().max(4000).optional(),
  })
  .strict()
  .meta({
    examples: [
      {
        organisationId: '0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11',
        amountGbp: 45000,
        source: 'Own funds: sand reclamation unit',
        date: '2026-02-10',
      },
    ],
  });

export const coInvestmentSchema = createCoInvestmentSchema
  .extend({
    id: z.uuid(),
    date: z.string(),
    evidenceNote: z.string().nullable(),
    organisationName: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CoInvestment' });

const periodFields = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
const periodOrder = <T extends { from?: string | undefined; to?: string | undefined }>(q: T) =>
  !q.from || !q.to || q.from <= q.to;

export const evidenceListQuerySchema = z
  .object({ ...periodFields, organisation: z.uuid().optional() })
  .refine(periodOrder, { error: 'must not be before from', path: ['to'] });

export const jobRecordListSchema = z.object({ items: z.array(jobRecordSchema) });
export const coInvestmentListSchema = z.object({ items: z.array(coInvestmentSchema) });

export const additionalitySettingsInputSchema = z
  .object({
    deadweight: z.number().min(0).max(1).meta({ description: 'Share that would have happened anyway, for exchanges no side answered for' }),
    attribution: z
      .number()
      .gt(0)
      .max(1)
      .default(1)
      .meta({ description: 'Share of the rest due to this programme rather than other help' }),
    note: z.string().trim().max(2000).optional().meta({ description: 'Where the figures come from' }),
  })
  .strict()
  .meta({ examples: [{ deadweight: 0.3, attribution: 0.9, note: 'Programme evaluation 2025, section 4' }] });

export const additionalitySettingsSchema = z
  .object({
    deadweight: z.number(),
    attribution: z.number(),
    note: z.string().nullable(),
    setAt: z.iso.datetime({ offset: true }).nullable().meta({ description: 'Null: never set (deadweight 0, attribution 1)' }),
  })
  .meta({ id: 'AdditionalitySettings' });

export const additionalityInputSchema = z
  .object({
    wouldHaveHappened: z.enum(additionalityAnswerEnum.enumValues),
    share: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'For partly: the share that would have happened anyway, between 0 and 1' }),
  })
  .strict()
  .refine((a) => a.wouldHaveHappened !== 'partly' || (a.share !== undefined && a.share > 0 && a.share < 1), {
    error: 'partly needs a share strictly between 0 and 1',
    path: ['share'],
  })
  .refine((a) => a.wouldHaveHappened === 'partly' || a.share === undefined || a.share === (a.wouldHaveHappened === 'yes' ? 1 : 0), {
    error: 'yes means a share of 1 and no a share of 0; send partly for anything between',
    path: ['share'],
  })
  .meta({ description: "Would this exchange have happened without the programme? Each side answers for itself" });

export const completeExchangeBodySchema = z
  .object({ note: z.string().trim().max(2000).optional(), additionality: additionalityInputSchema.optional() })
  .strict()
  .nullish()
  .meta({ description: "Optional: a note kept in the exchange's history, and your side's additionality answer" });

const answerSchema = z.object({
  wouldHaveHappened: z.enum(additionalityAnswerEnum.enumValues),
  share: z.number().meta({ description: 'Share that would have happened anyway' }),
  answeredAt: z.iso.datetime({ offset: true }),
});

export const exchangeAdditionalitySchema = z
  .object({
    exchangeId: z.uuid(),
    offer: answerSchema.nullable().meta({ description: "The offer side's answer: for officers and the offer side only" }),
    want: answerSchema.nullable().meta({ description: "The want side's answer: for officers and the want side only" }),
    deadweight: z
      .number()
      .nullable()
      .meta({ description: "The exchange's: the mean of the answers, or the programme's default. Officers only (it would reveal the other side's answer)" }),
    basis: z.enum(['answers', 'programme-default']).nullable(),
  })
  .meta({ id: 'ExchangeAdditionality' });

export const indicatorsQuerySchema = z
  .object({
    ...periodFields,
    compareFrom: z.iso.date().optional().meta({ description: 'A second period, shown beside the first' }),
    compareTo: z.iso.date().optional(),
    region: z.uuid().optional(),
    material: materialCodeSchema.optional(),
    groupBy: z.enum(['region', 'material']).optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine(periodOrder, { error: 'must not be before from', path: ['to'] })
  .refine((q) => !q.compareFrom || !q.compareTo || q.compareFrom <= q.compareTo, {
    error: 'must not be before compareFrom',
    path: ['compareTo'],
  });

export const indicatorDefinitionSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  definition: z.string(),
  net: z.boolean().meta({ description: 'Whether a net figure (after deadweight and attribution) is given' }),
});

const flowFiguresSchema = z.object({
  tonnesDiverted: z.number(),
  virginMaterialDisplacedT: z.number(),
  importedMaterialDisplacedT: z.number(),
  costSavedGbp: z.number(),
  co2eAvoidedT: z.number(),
});

export const indicatorValuesSchema = flowFiguresSchema.extend({
  businessesAssisted: z.number().int(),
  businessesAssistedSme: z.number().int(),
  businessesAssistedLarge: z.number().int(),
  businessesAssistedSizeUnknown: z.number().int(),
  jobsCreatedFte: z.number().nullable().meta({ description: 'Null for a material group: jobs belong to firms, not materials' }),
  jobsSafeguardedFte: z.number().nullable(),
  coInvestmentGbp: z.number().nullable(),
});

export const funnelSchema = z.object({
  newListings: z.number().int(),
  matchesShown: z.number().int(),
  proposals: z.number().int(),
  acceptances: z.number().int(),
  completed: z.number().int(),
});

export const periodIndicatorsSchema = z.object({
  label: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  gross: indicatorValuesSchema,
  net: flowFiguresSchema,
  funnel: funnelSchema,
});

export const indicatorsReportSchema = z
  .object({
    periods: z.array(periodIndicatorsSchema).meta({
      description: 'The period asked for, the comparison period when asked for, and cumulative since the start to the end of the period',
    }),
    groups: z.array(periodIndicatorsSchema.omit({ funnel: true }).extend({ key: z.string().nullable() })),
    groupBy: z.enum(['region', 'material']).nullable(),
    additionality: additionalitySettingsSchema.extend({
      exchangesAnswered: z.number().int(),
      exchangesCounted: z.number().int(),
    }),
    definitions: z.array(indicatorDefinitionSchema),
    factorSets: z.array(z.string()),
  })
  .meta({ id: 'IndicatorsReport' });

export const networkQuerySchema = z
  .object({
    ...periodFields,
    region: z.uuid().optional().meta({ description: 'Exchanges whose offer site lies in this region' }),
    format: z.enum(['json', 'graphml', 'geojson']).default('json'),
  })
  .refine(periodOrder, { error: 'must not be before from', path: ['to'] });

const pointSchema = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });

export const networkSchema = z
  .object({
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    nodes: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        partners: z.number().int(),
        exchanges: z.number().int(),
        tonnes: z.number(),
        cluster: z.number().int(),
        location: pointSchema.nullable().meta({ description: "The firm's public point (about 1 km), never a site" }),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.uuid(),
        target: z.uuid(),
        tonnes: z.number(),
        exchanges: z.number().int(),
        new: z.boolean(),
        crossesRegion: z.boolean(),
        crossesLocalAuthority: z.boolean(),
      }),
    ),
    measures: z.object({
      firms: z.number().int(),
      links: z.number().int(),
      exchanges: z.number().int(),
      tonnes: z.number(),
      newLinks: z.number().int(),
      repeatLinks: z.number().int(),
      linksWithSeveralExchanges: z.number().int(),
      firmsWithMoreThanOnePartner: z.number().int(),
      clusters: z.number().int(),
      largestCluster: z.object({ firms: z.number().int(), links: z.number().int(), tonnes: z.number() }),
      linksCrossingRegions: z.number().int(),
      linksCrossingLocalAuthorities: z.number().int(),
    }),
  })
  .meta({ id: 'Network' });

export type BusinessProfileInput = z.infer<typeof businessProfileInputSchema>;
export type BusinessProfile = z.infer<typeof businessProfileSchema>;
export type CreateJobRecord = z.infer<typeof createJobRecordSchema>;
export type CreateCoInvestment = z.infer<typeof createCoInvestmentSchema>;
export type AdditionalityInput = z.infer<typeof additionalityInputSchema>;
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;
export type IndicatorsReport = z.infer<typeof indicatorsReportSchema>;
export type NetworkQuery = z.infer<typeof networkQuerySchema>;
export type NetworkReport = z.infer<typeof networkSchema>;
