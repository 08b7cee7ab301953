import { z } from 'zod';
import { declineReasonSchema, exchangeStatusSchema, listingRateSchema, quantityUnitSchema } from './enums.ts';


export const exchangeQuantitySchema = z
  .object({
    amount: z.number().positive().max(1e9),
    unit: quantityUnitSchema,
    rate: listingRateSchema.default('one-off'),
  })
  .strict();

export const createExchangeSchema = z
  .object({
    offerId: z.uuid(),
    wantId: z.uuid(),
    quantity: exchangeQuantitySchema,
  })
  .strict()
  .meta({
    examples: [
      {
        offerId: '3f1c2b9e-5d7a-4c1e-9a2b-8e6f4d3c2b1a',
        wantId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
        quantity: { amount: 40, unit: 't', rate: 'month' },
      },
    ],
  });

export const declineExchangeSchema = z
  .object({
    reason: declineReasonSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((d) => d.reason !== 'other' || (d.note?.length ?? 0) > 0, {
    error: 'say why when the reason is other',
    path: ['note'],
  })
  .meta({ examples: [{ reason: 'grade', note: 'Clay content too high for our core shop' }] });

export const exchangeActionBodySchema = z
  .object({ note: z.string().trim().max(2000).optional() })
  .strict()
  .nullish()
  .meta({ description: "Optional; a note kept in the exchange's history" });

const partySchema = z.object({
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    contactEmail: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
  }),
  site: z.object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    location: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  }),
});

export const exchangeEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  action: z.string(),
  fromStatus: exchangeStatusSchema.nullable(),
  toStatus: exchangeStatusSchema,
  actorOrganisationId: z.uuid().nullable().meta({ description: 'Null for the other party until the exchange is accepted' }),
  reason: declineReasonSchema.nullable(),
  note: z.string().nullable(),
});

export const exchangeSchema = z
  .object({
    id: z.uuid(),
    status: exchangeStatusSchema,
    material: z.string().meta({ description: "The offer's material code" }),
    yourSide: z
      .enum(['offer', 'want'])
      .nullable()
      .meta({ description: "The caller's side: its organisation offers or wants; null for officers brokering" }),
    offerId: z.uuid(),
    wantId: z.uuid(),
    quantity: exchangeQuantitySchema.required(),
    offerAccepted: z.boolean(),
    wantAccepted: z.boolean(),
    brokered: z.boolean().meta({ description: 'Proposed by a programme officer rather than a party' }),
    decline: z.object({ reason: declineReasonSchema, note: z.string().nullable() }).nullable(),
    parties: z
      .object({ offer: partySchema, want: partySchema })
      .nullable()
      .meta({ description: 'Both parties’ names, contacts and exact sites: shown once the exchange is accepted' }),
    events: z.array(exchangeEventSchema),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Exchange' });

export const exchangeListQuerySchema = z.object({
  status: exchangeStatusSchema.optional(),
  organisation: z.uuid().optional().meta({ description: 'Officers: exchanges of this organisation' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const exchangeListSchema = z.object({
  items: z.array(exchangeSchema.omit({ events: true })),
  nextCursor: z.string().nullable(),
});

export const exchangeParamsSchema = z.object({ id: z.uuid() });

export type CreateExchange = z.infer<typeof createExchangeSchema>;
export type Exchange = z.infer<typeof exchangeSchema>;
