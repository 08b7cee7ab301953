import { z } from 'zod';
import { notificationTypes } from '../src/notifications/events.ts';
import { savedSearchFrequencyEnum } from '../db/schema.ts';
import { checkListedMaterials } from './listed-materials.ts';
import { matchSearchFieldsSchema } from './matching.ts';

export const notificationTypeSchema = z.enum(notificationTypes).meta({ id: 'NotificationType' });

export const notificationSchema = z
  .object({
    id: z.uuid(),
    type: notificationTypeSchema,
    createdAt: z.iso.datetime({ offset: true }),
    readAt: z.iso.datetime({ offset: true }).nullable().meta({ description: 'For a person: when they read it; for an API key: when the organisation did' }),
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: 'What happened, as the recipient may see it (docs/notifications.md lists each type)' }),
  })
  .meta({ id: 'Notification' });

export const notificationListQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: only items not yet read' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
});

export const unreadCountSchema = z.object({ unread: z.number().int() });
export const readAllSchema = z.object({ marked: z.number().int().meta({ description: 'How many items were unread' }) });

export const notificationParamsSchema = z.object({ id: z.uuid() });

export const savedSearchFrequencySchema = z.enum(savedSearchFrequencyEnum.enumValues);

const savedSearchQuerySchema = matchSearchFieldsSchema
  .omit({ strict: true, limit: true, cursor: true })
  .superRefine(checkListedMaterials);

export const createSavedSearchSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    query: savedSearchQuerySchema.meta({ description: 'A POST /matches/search body (without strict, limit and cursor)' }),
    frequency: savedSearchFrequencySchema.meta({
      description: 'instant: one notification per new listing found; daily, weekly: one digest of those found since the last',
    }),
  })
  .strict()
  .meta({
    examples: [
      {
        name: 'Steel scrap near Sheffield',
        query: {
          kind: 'want',
          material: 'steel-scrap',
          accepts: { grade: { oneOf: ['E1', 'E3'] } },
          quantity: { amount: 500, unit: 't', rate: 'month' },
          maxHaulKm: 60,
          location: { type: 'Point', coordinates: [-1.4701, 53.3811] },
        },
        frequency: 'daily',
      },
    ],
  });

export const savedSearchSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    query: z.record(z.string(), z.unknown()),
    frequency: savedSearchFrequencySchema,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SavedSearch' });

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) });
export const savedSearchParamsSchema = z.object({ id: z.uuid() });

export type CreateSavedSearch = z.infer<typeof createSavedSearchSchema>;
