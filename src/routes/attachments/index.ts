import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  attachmentListSchema,
  attachmentParamsSchema,
  attachmentSchema,
  attachmentUploadSchema,
} from '../../../schemas/attachment.ts';
import { listingParamsSchema } from '../../../schemas/listing.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { HttpProblem } from '../../errors.ts';
import { ATTACHMENT_MAX_BYTES } from '../../listings/attachment-content.ts';
import {
  addAttachment,
  attachmentTooLarge,
  deleteAttachment,
  listAttachments,
  readAttachment,
  unsupportedAttachment,
} from '../../listings/attachments.ts';
import { principalOf } from '../../plugins/auth.ts';

/** RFC 6266 / 8187: an ASCII fallback and the exact name, so any browser saves it as uploaded. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  // Multipart is parsed in this plugin's scope only: no other route takes form data.
  await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 6 } });

  app.post(
    '/listings/:id/attachments',
    {
      schema: {
        operationId: 'addListingAttachment',
        summary: 'Attach a lab analysis or a photo (PDF, JPEG or PNG, at most 10 MB) to your listing',
        description:
          "The listing's owner. multipart/form-data with one file part named file. The type is read from the bytes (415 for anything but PDF, JPEG or PNG, whatever the name or declared type says; 413 over 10 MB); photos are stored without EXIF/XMP/IPTC and PNG text chunks, so no embedded position reaches anyone. At most 20 per listing (409).",
        tags: ['listings'],
        consumes: ['multipart/form-data'],
        params: listingParamsSchema,
        body: attachmentUploadSchema,
        response: { 201: attachmentSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      if (!request.isMultipart()) throw unsupportedAttachment();
      const part = await request.file();
      if (!part || part.fieldname !== 'file')
        throw new HttpProblem(400, 'file: send the file as the multipart part named file.', {
          type: 'validation',
          errors: [{ in: 'body', path: 'file', message: 'is required' }],
        });
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          reply.header('connection', 'close');
          throw attachmentTooLarge();
        }
        throw error;
      }
      const attachment = await addAttachment(app.db, p, request.params.id, { fileName: part.filename, content });
      return reply.code(201).header('location', attachment.href).send(attachment);
    },
  );

  app.get(
    '/listings/:id/attachments',
    {
      schema: {
        operationId: 'listListingAttachments',
        summary: "A listing's attachments, newest first",
        description: 'Whoever may see the listing: its owner and officers always, other members while it is active (404 otherwise).',
        tags: ['listings'],
        params: listingParamsSchema,
        response: { 200: attachmentListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listAttachments(app.db, principalOf(request), request.params.id) }),
  );

  app.get(
    '/listings/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'downloadListingAttachment',
        summary: 'Download one attachment',
        description: 'On the same terms as the listing. Sent as a download with its sniffed type, never rendered inline.',
        tags: ['listings'],
        params: attachmentParamsSchema,
        response: { 200: z.unknown().meta({ description: 'The file: application/pdf, image/jpeg or image/png' }), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const file = await readAttachment(app.db, principalOf(request), request.params.id, request.params.attachmentId);
      reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff');
      return reply.send(file.content as never);
    },
  );

  app.delete(
    '/listings/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'deleteListingAttachment',
        summary: 'Remove an attachment',
        description: "The listing's owner; 204 when removed.",
        tags: ['listings'],
        params: attachmentParamsSchema,
        response: { 204: z.null().meta({ description: 'No content' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteAttachment(app.db, principalOf(request), request.params.id, request.params.attachmentId);
      return reply.code(204).send(null);
    },
  );
};

export default attachmentRoutes;
