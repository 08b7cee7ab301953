import { z } from 'zod';
import { notificationTypes } from '../src/notifications/events.ts';
import { notificationTypeSchema } from './notification.ts';

export const preferencesSchema = z
  .object({
    items: z.array(
      z.object({
        type: notificationTypeSchema,
        inbox: z.literal(true).meta({ description: 'The inbox is always on' }),
        email: z.boolean(),
      }),
    ),
    officerTransfers: z.boolean().nullable().meta({
      description: 'Officers only (null for others): also receive transfer.recorded for exchanges they are not party to',
    }),
  })
  .meta({ id: 'NotificationPreferences' });

export const updatePreferencesSchema = z
  .object({
    email: z
      .partialRecord(notificationTypeSchema, z.boolean())
      .optional()
      .meta({ description: `E-mail on (true) or off (false) per event type: ${notificationTypes.join(', ')}` }),
    officerTransfers: z.boolean().optional(),
  })
  .strict()
  .meta({ examples: [{ email: { 'match.found': false } }, { officerTransfers: true }] });

export const unsubscribeQuerySchema = z.object({ token: z.string().min(1).max(500) });

export const unsubscribedSchema = z.object({
  type: z.string(),
  email: z.literal(false),
});
