import { z } from 'zod';
import { declineReasonSchema, exchangeStatusSchema, listingRateSchema, quantityUnitSchema } from './enums.ts';
import { estimateSchema } from './estimate.ts';
import { listingViewSchema } from './listing.ts';
import { checkSchema } from './matching.ts';


export const exchangeQuantitySchema = z
  .object({
    amount: z.number().positive().max(1e9),
    unit: quantityUnitSchema,
    rate: listingRateSchema.default('one-off'),
  })
  .strict();

export const priceSchema = z
  .number()
  .min(-100_000)
  .max(100_000)
  .meta({
    description:
      'The rate agreed, £ per tonne (per m³ for a material measured in m³) that the receiver (want side) pays the supplier (offer side). Negative: the supplier pays the receiver, as a gate fee for taking the material.',
  });

export const termsNoteSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .meta({ description: 'A note to the other side with these terms' });

export const createExchangeSchema = z
  .object({
    offerId: z.uuid(),
    wantId: z.uuid(),
    quantity: exchangeQuantitySchema.optional().meta({
      description:
        "In the offer's unit; a one-off for a lot, a rate for a flow. Left out: what the two listings can exchange, on the offer's basis — a year of a flow (the smaller of the two yearly quantities), or the lot.",
    }),
    priceGbpPerTonne: priceSchema.optional(),
    note: termsNoteSchema.optional(),
  })
  .strict()
  .meta({
    examples: [
      {
        offerId: '3f1c2b9e-5d7a-4c1e-9a2b-8e6f4d3c2b1a',
        wantId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
        quantity: { amount: 40, unit: 't', rate: 'month' },
        priceGbpPerTonne: -5,
        note: 'We can start in March; you collect.',
      },
    ],
  });

export const counterExchangeSchema = z
  .object({
    amount: z
      .number()
      .positive()
      .max(1e9)
      .optional()
      .meta({ description: "The new amount, in the exchange's unit and at its rate (per lot, week, month or year)" }),
    priceGbpPerTonne: priceSchema.nullable().optional(),
    note: termsNoteSchema.optional(),
  })
  .strict()
  .refine((c) => c.amount !== undefined || c.priceGbpPerTonne !== undefined, {
    error: 'give a new amount, a new priceGbpPerTonne, or both',
    path: ['amount'],
  })
  .meta({ examples: [{ amount: 30, priceGbpPerTonne: 2.5, note: '30 t a month suits our kiln better.' }] });

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
  terms: z
    .object({ amount: z.number(), priceGbpPerTonne: z.number().nullable() })
    .nullable()
    .meta({ description: 'For a proposal or counter-proposal: the amount and rate it put on the table' }),
});

export const exchangeSchema = z
  .object({
    id: z.uuid(),
    status: exchangeStatusSchema,
    material: z.string().meta({ description: "The offer's material code" }),
    ewcCode: z.string().nullable().meta({ description: "The offer's List of Waste code" }),
    hazardous: z.boolean().meta({ description: 'The offer is hazardous waste: a transfer needs a consignment code (or the reason for none)' }),
    yourSide: z
      .enum(['offer', 'want'])
      .nullable()
      .meta({ description: "The caller's side: its organisation offers or wants; null for officers brokering" }),
    offerId: z.uuid(),
    wantId: z.uuid(),
    quantity: exchangeQuantitySchema.required(),
    priceGbpPerTonne: priceSchema.nullable(),
    note: z.string().nullable().meta({ description: 'The note sent with the terms on the table' }),
    offerAccepted: z.boolean(),
    wantAccepted: z.boolean(),
    turn: z
      .enum(['offer', 'want', 'both'])
      .nullable()
      .meta({ description: 'While proposed: the side that may accept, decline or counter next; both for an officer’s proposal' }),
    messages: z
      .object({ count: z.number().int(), unread: z.number().int() })
      .meta({ description: "The exchange's conversation: messages in all, and those from others the caller's organisation has not read" }),
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

export const MESSAGE_MAX_LENGTH = 4000;

export const createMessageSchema = z
  .object({ text: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH).meta({ description: 'Plain text; shown as written, never as HTML' }) })
  .strict()
  .meta({ examples: [{ text: 'Could you send the latest lab analysis for the sand?' }] });

export const messageSchema = z
  .object({
    id: z.uuid(),
    side: z.enum(['offer', 'want', 'officer']).meta({ description: 'Who wrote it: the offer side, the want side, or a programme officer' }),
    mine: z.boolean().meta({ description: "Written by the caller's organisation" }),
    text: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ExchangeMessage' });

export const messageListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page: older messages' }),
});

export const messageListSchema = z.object({
  items: z.array(messageSchema).meta({ description: 'Newest first' }),
  unread: z.number().int().meta({ description: "Messages from others the caller's organisation had not read before this request" }),
  nextCursor: z.string().nullable(),
});

export type CounterExchange = z.infer<typeof counterExchangeSchema>;
export type ExchangeMessage = z.infer<typeof messageSchema>;

const sideOutcomeSchema = z.object({
  savedGbp: z.number().meta({ description: "The lines of the estimate that are this side's saving" }),
  paymentGbp: z.number().meta({ description: 'Received (positive) or paid (negative) at the agreed rate' }),
  netGbp: z.number(),
  co2eAvoidedKg: z.number(),
});

export const exchangePictureSchema = z
  .object({
    exchangeId: z.uuid(),
    yourSide: z.enum(['offer', 'want']).nullable(),
    offer: listingViewSchema.meta({ description: 'The offer as the caller may see it: its own in full, the other firm’s public view' }),
    want: listingViewSchema,
    distanceKm: z.number().meta({
      description:
        "Great-circle km between the sites: the caller's own exact site to the other's public point until the exchange is accepted; exact to exact after, and for officers",
    }),
    locationPrecision: z.enum(['exact', 'approximate']),
    checks: z.array(checkSchema).meta({ description: "The offer's grade against each of the want's constraints" }),
    quantity: exchangeQuantitySchema.required(),
    priceGbpPerTonne: priceSchema.nullable(),
    estimate: estimateSchema.meta({
      description:
        "For the quantity on the table (a lot, or one period of a flow; perYear gives the year). Each line says whose saving it is (party); each firm's own gate fee or virgin price is used only in that firm's (and officers') view",
    }),
    payment: z
      .object({
        gbpPerTonne: z.number(),
        totalGbp: z.number(),
        payer: z.enum(['receiver', 'supplier']).nullable(),
      })
      .nullable()
      .meta({ description: 'What the agreed rate moves between the sides for the quantity of the estimate; null when no rate is set' }),
    outcomes: z
      .object({
        supplier: sideOutcomeSchema,
        receiver: sideOutcomeSchema,
        shared: z.object({ costSavedGbp: z.number(), co2eAvoidedKg: z.number() }),
      })
      .meta({ description: 'Each side’s saving with the payment; shared lines (haulage) are for the parties to split' }),
    links: z.object({ offer: z.string(), want: z.string(), messages: z.string() }),
  })
  .meta({ id: 'ExchangePicture' });
