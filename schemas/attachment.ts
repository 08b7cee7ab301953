import { z } from 'zod';

export const attachmentMediaTypeSchema = z.enum(['application/pdf', 'image/jpeg', 'image/png']);

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    listingId: z.uuid(),
    fileName: z.string(),
    mediaType: attachmentMediaTypeSchema.meta({ description: 'Read from the content, not from the upload' }),
    sizeBytes: z.number().int().meta({ description: 'As stored: images without their embedded metadata' }),
    sha256: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    href: z.string().meta({ description: 'Where to download it' }),
  })
  .meta({ id: 'Attachment' });

export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
export const attachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const attachmentUploadSchema = z.unknown().meta({
  description:
    'multipart/form-data with one part named file: a PDF, JPEG or PNG of at most 10 MB. The type is read from the ' +
    'content; images are stored without EXIF, XMP, IPTC and PNG text chunks (any of which may say where a photo was taken).',
});

export type Attachment = z.infer<typeof attachmentSchema>;
