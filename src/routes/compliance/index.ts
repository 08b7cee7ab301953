import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSignatureSchema,
  noteQuerySchema,
  seasonTicketBodySchema,
  seasonTicketSchema,
  transferParamsSchema,
  wasteTrackingRecordSchema,
  wasteTrackingReportQuerySchema,
  wasteTrackingReportSchema,
  wasteTransferNoteSchema,
} from '../../../schemas/compliance.ts';
import { exchangeParamsSchema } from '../../../schemas/exchange.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { getNote, type NoteRef, signNote } from '../../compliance/notes.ts';
import { notePdf } from '../../compliance/note-pdf.ts';
import { createSeasonTicket } from '../../compliance/season-tickets.ts';
import { getWasteTrackingRecord, wasteTrackingCsv, wasteTrackingReport } from '../../compliance/waste-tracking.ts';
import { CONTAINER_TYPES, DISPOSAL_OR_RECOVERY, HAZARDOUS_PROPERTIES, LIST_OF_WASTE, LIST_OF_WASTE_SOURCE } from '../../compliance/reference-data.ts';

const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  const notes = [
    ['/transfers/:id', 'transfer', 'Transfer'],
    ['/season-tickets/:id', 'season-ticket', 'SeasonTicket'],
  ] as const;
  for (const [base, kind, name] of notes) {
    const ref = (id: string): NoteRef => ({ kind, id });
    app.get(
      `${base}/waste-transfer-note`,
      {
        schema: {
          operationId: `get${name}WasteTransferNote`,
          summary: `The waste transfer note of a ${kind === 'transfer' ? 'transfer (its season ticket’s, if one covers it)' : 'season ticket'}; format=pdf for one printable page`,
          description:
            'A party or an officer (404 for anyone else). Every item of the Waste (England and Wales) Regulations 2011 reg. 35, what is still missing, and the signatures. Frozen at the first signature. 409 when the material moved was a by-product or end-of-waste.',
          tags: ['compliance'],
          params: transferParamsSchema,
          querystring: noteQuerySchema,
          response: { 200: wasteTransferNoteSchema, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request, reply) => {
        const note = await getNote(app.db, principalOf(request), ref(request.params.id));
        if (request.query.format === 'json') return note;
        reply.type('application/pdf').header('content-disposition', `attachment; filename="waste-transfer-note-${note.id}.pdf"`);
        return reply.send(notePdf(note) as never);
      },
    );
    app.post(
      `${base}/waste-transfer-note/signatures`,
      {
        schema: {
          operationId: `sign${name}WasteTransferNote`,
          summary: 'Sign the waste transfer note for your side (transferor: the offer; transferee: the want)',
          description:
            'A user or key of the transferor or the transferee, once per side; 403 for anyone else who can see it (officers), 404 for others. The first signature freezes the note; 422 lists the items still missing; 409 if your side has signed or the transfer is superseded.',
          tags: ['compliance'],
          params: transferParamsSchema,
          body: createSignatureSchema,
          response: { 201: wasteTransferNoteSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const p = principalOf(request);
        return idempotent(app.db, p, request, reply, async (db) => {
          const note = await signNote(db, p, ref(request.params.id), request.body);
          return { status: 201, body: note, location: `${base.replace(':id', request.params.id)}/waste-transfer-note` };
        });
      },
    );
  }

  app.post(
    '/exchanges/:id/season-ticket',
    {
      schema: {
        operationId: 'createSeasonTicket',
        summary: "One waste transfer note for an exchange's recurring transfers over at most 12 months",
        description:
          'A party or an officer, on an accepted or active exchange of waste. Transfers in the period without a note of their own come under it, as do those recorded later. 400 over 12 months; 409 if another ticket overlaps.',
        tags: ['compliance'],
        params: exchangeParamsSchema,
        body: seasonTicketBodySchema,
        response: { 201: seasonTicketSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const ticket = await createSeasonTicket(db, p, request.params.id, request.body);
        return { status: 201, body: ticket, location: `/season-tickets/${ticket.id}/waste-transfer-note` };
      });
    },
  );

  app.get(
    '/transfers/:id/waste-tracking',
    {
      schema: {
        operationId: 'getWasteTrackingRecord',
        summary: "The transfer as the body of DEFRA's Receipt of Waste API POST /movements/receive",
        description:
          'A party or an officer. For the receiver to submit to the Digital Waste Tracking service; nothing is sent from here. 422 lists every field still missing by its path in that body.',
        tags: ['compliance'],
        params: transferParamsSchema,
        response: { 200: wasteTrackingRecordSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) => getWasteTrackingRecord(app.db, principalOf(request), request.params.id),
  );

  app.get(
    '/reports/waste-tracking',
    {
      schema: {
        operationId: 'getWasteTrackingReport',
        summary: "A receiving organisation's movements of waste in a period, as DWT records; format=json|csv",
        description:
          "Members: the movements their organisation received; officers: one organisation's or all. Corrected transfers give way to their corrections. Each item has its record or the paths still missing.",
        tags: ['compliance', 'reports'],
        querystring: wasteTrackingReportQuerySchema,
        response: { 200: wasteTrackingReportSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const report = await wasteTrackingReport(app.db, principalOf(request), request.query);
      if (request.query.format === 'json') return report;
      reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="waste-tracking-${report.from}-to-${report.to}.csv"`);
      return reply.send(Readable.from([wasteTrackingCsv(report)]) as never);
    },
  );

  app.get(
    '/compliance/reference',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getComplianceReference',
        summary: 'The List of Waste entries, recovery/disposal codes, hazardous properties and container types in use, with sources',
        description: 'Public, like the catalogue. The reviewed lists of db/seed/compliance.',
        tags: ['compliance'],
        response: {
          200: z.object({
            listOfWaste: z.object({
              source: z.string(),
              entries: z.array(
                z.object({ code: z.string(), description: z.string(), hazardous: z.boolean(), entry: z.string(), mirrorOf: z.string().optional() }),
              ),
            }),
            disposalOrRecovery: z.object({
              source: z.string(),
              codes: z.array(z.object({ code: z.string(), description: z.string() })),
              materialDefaults: z.record(z.string(), z.string()),
            }),
            hazardousProperties: z.object({ source: z.string(), properties: z.array(z.object({ code: z.string(), name: z.string() })) }),
            containerTypes: z.object({ source: z.string(), types: z.array(z.object({ code: z.string(), name: z.string() })) }),
          }),
        },
      },
    },
    async () => ({
      listOfWaste: { source: LIST_OF_WASTE_SOURCE, entries: [...LIST_OF_WASTE.values()] },
      disposalOrRecovery: {
        ...DISPOSAL_OR_RECOVERY,
        materialDefaults: Object.fromEntries(Object.entries(DISPOSAL_OR_RECOVERY.materialDefaults).filter(([k]) => k !== '$comment')),
      },
      hazardousProperties: HAZARDOUS_PROPERTIES,
      containerTypes: CONTAINER_TYPES,
    }),
  );
};

export default complianceRoutes;
