import { z } from 'zod';
import { quantityUnitSchema } from './enums.ts';
import { estimateLineSchema } from './estimate.ts';
import { movementFields, transferComplianceView } from './compliance.ts';

export const createTransferSchema = z
  .object({
    date: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }),
    amount: z.number().positive().max(1e9),
    unit: quantityUnitSchema,
    haulKm: z.number().min(0).max(5000).optional().meta({ description: 'Road km actually driven; default: between the sites × circuity' }),
    note: z.string().trim().max(2000).optional(),
    corrects: z.uuid().optional().meta({ description: 'The transfer this one corrects; the corrected one stops counting' }),
    ...movementFields,
  })
  .strict()
  .meta({ examples: [{ date: '2026-11-20', amount: 28.4, unit: 't', haulKm: 17, note: 'Weighbridge ticket 4471' }] });

const totalsSchema = z.object({
  tonnes: z.number(),
  cubicMetres: z.number().optional(),
  costSavedGbp: z.number(),
  co2eAvoidedKg: z.number(),
});

export const transferSchema = z
  .object({
    id: z.uuid(),
    exchangeId: z.uuid(),
    date: z.string(),
    amount: z.number(),
    unit: quantityUnitSchema,
    haulKm: z.number().nullable(),
    note: z.string().nullable(),
    corrects: z.uuid().nullable(),
    correctedBy: z.uuid().nullable().meta({ description: 'Set when a later transfer corrects this one' }),
    savings: z.object({
      lines: z.array(estimateLineSchema),
      totals: totalsSchema,
      roadKm: z.number().nullable(),
      taxYear: z.string(),
      factorSet: z.object({ id: z.string(), name: z.string() }),
      assumptions: z.array(z.string()),
    }),
    ...transferComplianceView,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Transfer' });

export const transferListSchema = z.object({ items: z.array(transferSchema) });

export type CreateTransfer = z.infer<typeof createTransferSchema>;
export type Transfer = z.infer<typeof transferSchema>;
