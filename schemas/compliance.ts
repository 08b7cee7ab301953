// The API's forms of what makes a transfer of waste lawful: a listing's classification, a site's
// authorisation, an organisation's registration, a transfer's movement facts, the waste transfer
// note and its signatures, season tickets and the Digital Waste Tracking record. docs/compliance.md
// names the legal source of each.
import { z } from 'zod';
import { wasteStatusEnum } from '../db/schema.ts';

export const wasteStatusSchema = z
  .enum(wasteStatusEnum.enumValues)
  .meta({ description: 'waste (default), by-product (all four tests of WFD art. 5 met) or end-of-waste (art. 6)' });

/** A List of Waste code as the catalogue writes it: "10 09 08" (no asterisk; hazard is a flag). */
export const ewcCodeTextSchema = z
  .string()
  .regex(/^\d{2} \d{2} \d{2}$/, { error: 'must be a List of Waste code such as 10 09 08' });

export const hazardousPropertySchema = z
  .string()
  .regex(/^HP([1-9]|1[0-5])$/, { error: 'must be a hazardous property code HP1 to HP15' });

export const hazardAssessmentSchema = z
  .object({
    hazardous: z.boolean(),
    basis: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .meta({ description: 'How it was decided: e.g. laboratory analysis and WM3 assessment, report reference' }),
    hazardousProperties: z.array(hazardousPropertySchema).max(15).optional(),
    components: z
      .array(z.object({ name: z.string().trim().min(1).max(200), concentrationMgPerKg: z.number().positive().max(1e6).optional() }).strict())
      .max(50)
      .optional(),
  })
  .strict()
  .meta({ id: 'HazardAssessment', description: 'The firm’s own assessment of a mirror entry (WM3 chapter 3)' });

const byProductTestSchema = z
  .object({ met: z.boolean(), justification: z.string().trim().min(3).max(1000) })
  .strict();

/** The four conditions of Waste Framework Directive art. 5(1), as reg. 3 of the 2011 Regulations applies them. */
export const byProductSchema = z
  .object({
    certainFurtherUse: byProductTestSchema.meta({ description: 'Further use of the substance is certain' }),
    noFurtherProcessing: byProductTestSchema.meta({
      description: 'It can be used directly without any further processing other than normal industrial practice',
    }),
    integralPartOfProduction: byProductTestSchema.meta({ description: 'It is produced as an integral part of a production process' }),
    lawfulFurtherUse: byProductTestSchema.meta({
      description: 'Further use is lawful: it meets all product, environmental and health requirements and will not lead to overall adverse impacts',
    }),
  })
  .strict()
  .meta({ id: 'ByProductTests' });

export const endOfWasteSchema = z
  .object({
    basis: z
      .string()
      .trim()
      .min(3)
      .max(300)
      .meta({ description: 'e.g. a Quality Protocol, an end-of-waste regulation or an Environment Agency decision' }),
    reference: z.string().trim().min(1).max(300).meta({ description: 'Its title or number, e.g. "Aggregates from inert waste Quality Protocol"' }),
  })
  .strict()
  .meta({ id: 'EndOfWaste' });

/** What a listing body may say about its legal status; all optional, so older clients are unaffected. */
export const listingClassificationFields = {
  wasteStatus: wasteStatusSchema.optional(),
  ewcCode: ewcCodeTextSchema.nullable().optional().meta({ description: "One of the material's catalogue codes (GET /materials)" }),
  hazardAssessment: hazardAssessmentSchema.nullable().optional(),
  byProduct: byProductSchema.nullable().optional(),
  endOfWaste: endOfWasteSchema.nullable().optional(),
};

/** What a listing returns about its legal status, to every caller who may see it. */
export const listingClassificationView = {
  wasteStatus: wasteStatusSchema,
  ewcCode: z.string().nullable(),
  hazardous: z.boolean().meta({ description: 'From the catalogue entry, or the assessment of a mirror entry' }),
  hazardAssessment: hazardAssessmentSchema.nullable(),
  byProduct: byProductSchema.nullable(),
  endOfWaste: endOfWasteSchema.nullable(),
};

export const sicCodeSchema = z
  .string()
  .regex(/^\d{5}$/, { error: 'must be a five-digit SIC 2007 code such as 24510' })
  .meta({ description: 'UK Standard Industrial Classification 2007, five digits' });

export const authorisationSchema = z
  .object({
    kind: z.enum(['permit', 'exemption', 'none']),
    reference: z.string().trim().min(1).max(100).optional().meta({ description: 'Permit number or exemption registration reference' }),
    exemptions: z
      .array(z.string().regex(/^[UTDS]\d{1,2}$/, { error: 'must be a waste exemption code such as U1 or T6' }))
      .max(30)
      .optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.kind !== 'none' && !a.reference)
      ctx.addIssue({ code: 'custom', path: ['reference'], message: `a ${a.kind} needs its reference` });
    if (a.kind === 'exemption' && !a.exemptions?.length)
      ctx.addIssue({ code: 'custom', path: ['exemptions'], message: 'name the registered exemptions, e.g. ["U1"]' });
    if (a.kind !== 'exemption' && a.exemptions?.length)
      ctx.addIssue({ code: 'custom', path: ['exemptions'], message: 'only for kind exemption' });
  })
  .meta({ id: 'SiteAuthorisation', description: 'What lets the site receive waste: an environmental permit, registered exemptions, or none' });

export const meansOfTransportSchema = z.enum(['Road', 'Rail', 'Sea', 'Inland Waterway', 'Piped', 'Other']);
export const physicalFormSchema = z.enum(['Gas', 'Liquid', 'Solid', 'Powder', 'Sludge', 'Mixed']);
export const reasonForNoConsignmentCodeSchema = z.enum([
  'Non-Haz Waste Transfer',
  'Carrier did not provide documentation',
  'Household Waste Recycling Centre Receipt',
]);
export const reasonForNoRegistrationNumberSchema = z
  .enum(['ON_SITE', 'HOUSEHOLD', 'ONE_OFF', 'MARINE'])
  .meta({ description: 'Why the carrier has no registration number (DWT Receipt API reasons)' });

export const carrierSchema = z
  .object({
    organisationName: z.string().trim().min(1).max(200),
    registrationNumber: z.string().trim().min(1).max(40).optional().meta({ description: 'Waste carrier, broker or dealer registration, e.g. CBDU123456' }),
    reasonForNoRegistrationNumber: reasonForNoRegistrationNumberSchema.optional(),
    postcode: z.string().trim().min(2).max(10),
    address: z.string().trim().min(1).max(500).optional(),
    meansOfTransport: meansOfTransportSchema,
    vehicleRegistration: z.string().trim().min(1).max(10).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.registrationNumber && !c.reasonForNoRegistrationNumber)
      ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'give the registration number or reasonForNoRegistrationNumber' });
    if (c.registrationNumber && c.reasonForNoRegistrationNumber)
      ctx.addIssue({ code: 'custom', path: ['reasonForNoRegistrationNumber'], message: 'only when there is no registration number' });
    if (c.meansOfTransport === 'Road' && !c.vehicleRegistration)
      ctx.addIssue({ code: 'custom', path: ['vehicleRegistration'], message: 'is needed when the waste goes by road' });
  })
  .meta({ id: 'Carrier' });

export const containerTypeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'must be a container type code such as SKI (see docs/compliance.md)' });

export const disposalOrRecoveryCodeSchema = z
  .string()
  .regex(/^(R([1-9]|1[0-3])|D([1-9]|1[0-5]))$/, { error: 'must be a recovery (R1-R13) or disposal (D1-D15) code' });

/** The movement facts a transfer of waste carries; all optional so transfers of old clients still record. */
export const movementFields = {
  receivedAt: z.iso
    .datetime({ offset: true, error: 'must be a date-time such as 2026-11-20T10:15:00Z' })
    .optional()
    .meta({ description: 'When the load arrived; default: noon UK time on `date`' }),
  carrier: carrierSchema.optional(),
  containers: z
    .object({ count: z.number().int().min(0).max(100_000), type: containerTypeSchema })
    .strict()
    .optional(),
  physicalForm: physicalFormSchema.optional(),
  weightEstimated: z.boolean().optional().meta({ description: 'True when the amount was estimated, not weighed' }),
  containsPops: z.boolean().optional().meta({ description: 'Whether the load contains persistent organic pollutants (the DWT record needs it)' }),
  disposalOrRecoveryCode: disposalOrRecoveryCodeSchema.optional().meta({ description: "Default: the material's catalogue default" }),
  hazardousWasteConsignmentCode: z
    .string()
    .regex(/^[A-Z]{6}\/[A-Z0-9]{5}$/, { error: 'must be a consignment note code such as CJTILE/A0001' })
    .optional(),
  reasonForNoConsignmentCode: reasonForNoConsignmentCodeSchema.optional(),
};

export const movementViewSchema = z
  .object({
    receivedAt: z.string().nullable(),
    carrier: carrierSchema.nullable(),
    containers: z.object({ count: z.number().int(), type: z.string() }).nullable(),
    physicalForm: physicalFormSchema.nullable(),
    weightEstimated: z.boolean().nullable(),
    containsPops: z.boolean().nullable(),
    disposalOrRecoveryCode: z.string().nullable(),
    hazardousWasteConsignmentCode: z.string().nullable(),
    reasonForNoConsignmentCode: reasonForNoConsignmentCodeSchema.nullable(),
  })
  .meta({ id: 'MovementFacts' });

export const transferComplianceView = {
  hazardous: z.boolean(),
  isWaste: z.boolean().meta({ description: 'Moved as waste: a waste transfer note applies' }),
  seasonTicketId: z.uuid().nullable(),
  movement: movementViewSchema,
};

const partySchema = z.object({
  organisationId: z.uuid().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  sicCode: z.string().nullable(),
  role: z.string(),
  site: z.object({ name: z.string(), address: z.string().nullable(), postcode: z.string().nullable() }),
});

export const signatureSideSchema = z.enum(['transferor', 'transferee']);
export const transferorRoleSchema = z.enum(['producer', 'importer', 'waste collection authority', 'holder', 'dealer', 'broker']);
export const transfereeRoleSchema = z.enum(['permit holder', 'registered exemption holder', 'waste collection authority', 'registered carrier', 'dealer', 'broker']);

export const signatureSchema = z
  .object({
    side: signatureSideSchema,
    role: z.string(),
    signatoryName: z.string(),
    organisationName: z.string(),
    signedAt: z.iso.datetime({ offset: true }),
    contentSha256: z.string().meta({ description: 'Hash of the note content this signature covers' }),
  })
  .meta({ id: 'NoteSignature' });

export const createSignatureSchema = z
  .object({
    signatoryName: z.string().trim().min(2).max(200).meta({ description: 'The person signing for their organisation' }),
    role: z
      .union([transferorRoleSchema, transfereeRoleSchema])
      .optional()
      .meta({ description: 'Capacity: transferor default producer; transferee default permit holder or registered exemption holder' }),
  })
  .strict()
  .meta({ examples: [{ signatoryName: 'Priya Shah', role: 'producer' }] });

export const wasteTransferNoteSchema = z
  .object({
    id: z.string().meta({ description: 'The note’s reference: the transfer id, or the season ticket id' }),
    kind: z.enum(['single', 'season-ticket']),
    transferIds: z.array(z.uuid()),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    waste: z.object({
      description: z.string(),
      ewcCode: z.string().nullable(),
      ewcDescription: z.string().nullable(),
      hazardous: z.boolean(),
      hazardousProperties: z.array(z.string()),
      physicalForm: z.string().nullable(),
      quantity: z.object({ amount: z.number(), unit: z.string(), estimated: z.boolean().nullable(), rate: z.string().nullable() }),
      containers: z.object({ count: z.number(), type: z.string(), name: z.string().nullable() }).nullable(),
      disposalOrRecoveryCode: z.string().nullable(),
      hazardousWasteConsignmentCode: z.string().nullable(),
      reasonForNoConsignmentCode: z.string().nullable(),
    }),
    transfer: z.object({ at: z.string().nullable(), place: z.string() }),
    transferor: partySchema,
    transferee: partySchema.extend({ authorisation: authorisationSchema.nullable() }),
    carrier: carrierSchema.nullable(),
    wasteHierarchyDeclaration: z.string(),
    legalBasis: z.string(),
    missing: z.array(z.string()).meta({ description: 'Items reg. 35 needs that the note lacks; it cannot be signed until empty' }),
    signatures: z.array(signatureSchema),
    status: z.enum(['draft', 'partly-signed', 'signed']),
    contentSha256: z.string(),
    supersededBy: z.uuid().nullable().meta({ description: 'The transfer that corrects this one, whose note replaces this' }),
  })
  .meta({ id: 'WasteTransferNote' });

export const noteQuerySchema = z.object({ format: z.enum(['json', 'pdf']).default('json') });

export const seasonTicketBodySchema = z
  .object({ from: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }), to: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }) })
  .strict()
  .meta({ examples: [{ from: '2026-12-01', to: '2027-11-30' }] });

export const seasonTicketSchema = z
  .object({
    id: z.uuid(),
    exchangeId: z.uuid(),
    from: z.string(),
    to: z.string(),
    transferIds: z.array(z.uuid()),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SeasonTicket' });

/** The Receipt of Waste API body, as far as this platform fills it (fields not held are left out). */
const dwtWeightSchema = z.object({ metric: z.enum(['Grams', 'Kilograms', 'Tonnes']), amount: z.number(), isEstimate: z.boolean() });
export const wasteTrackingRecordSchema = z
  .object({
    apiCode: z.uuid(),
    dateTimeReceived: z.string(),
    hazardousWasteConsignmentCode: z.string().optional(),
    reasonForNoConsignmentCode: z.string().optional(),
    yourUniqueReference: z.string().optional(),
    otherReferencesForMovement: z.array(z.object({ label: z.string(), reference: z.string() })).optional(),
    wasteItems: z.array(
      z.object({
        ewcCodes: z.array(z.string()),
        wasteDescription: z.string(),
        physicalForm: physicalFormSchema,
        numberOfContainers: z.number().int(),
        typeOfContainers: z.string(),
        weight: dwtWeightSchema,
        containsPops: z.boolean(),
        containsHazardous: z.boolean(),
        hazardous: z
          .object({
            sourceOfComponents: z.enum(['NOT_PROVIDED', 'PROVIDED_WITH_WASTE', 'GUIDANCE', 'OWN_TESTING']),
            hazCodes: z.array(z.string()).optional(),
            components: z.array(z.object({ name: z.string(), concentration: z.number().optional() })).optional(),
          })
          .optional(),
        disposalOrRecoveryCodes: z.array(z.object({ code: z.string(), weight: dwtWeightSchema })),
      }),
    ),
    carrier: z.object({
      registrationNumber: z.string().nullable(),
      reasonForNoRegistrationNumber: z.string().optional(),
      siteName: z.string(),
      address: z.object({ fullAddress: z.string().optional(), postcode: z.string() }).optional(),
      vehicleRegistration: z.string().optional(),
      meansOfTransport: z.string(),
    }),
    receiver: z.object({ organisationName: z.string(), emailAddress: z.string().optional(), authorisationNumbers: z.array(z.string()) }),
    receipt: z.object({ address: z.object({ fullAddress: z.string(), postcode: z.string() }) }),
  })
  .meta({ id: 'WasteTrackingRecord', description: "The body of DEFRA's Receipt of Waste API POST /movements/receive" });

export const wasteTrackingReportQuerySchema = z
  .object({
    from: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }),
    to: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }),
    format: z.enum(['json', 'csv']).default('json'),
    organisation: z.uuid().optional().meta({ description: 'Officers: the receiving organisation; members get their own' }),
  })
  .refine((q) => q.from <= q.to, { error: 'must not be after to', path: ['from'] });

export const wasteTrackingReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    items: z.array(
      z.object({
        transferId: z.uuid(),
        exchangeId: z.uuid(),
        date: z.string(),
        record: wasteTrackingRecordSchema.nullable(),
        missing: z.array(z.string()).meta({ description: 'Paths of the record that cannot be filled yet' }),
      }),
    ),
  })
  .meta({ id: 'WasteTrackingReport' });

export const transferParamsSchema = z.object({ id: z.uuid() });

export type HazardAssessment = z.infer<typeof hazardAssessmentSchema>;
export type ByProduct = z.infer<typeof byProductSchema>;
export type EndOfWaste = z.infer<typeof endOfWasteSchema>;
export type Authorisation = z.infer<typeof authorisationSchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type MovementView = z.infer<typeof movementViewSchema>;
export type WasteTransferNote = z.infer<typeof wasteTransferNoteSchema>;
export type WasteTrackingRecord = z.infer<typeof wasteTrackingRecordSchema>;
export type SeasonTicket = z.infer<typeof seasonTicketSchema>;
export type CreateSignature = z.infer<typeof createSignatureSchema>;
