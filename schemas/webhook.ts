import { z } from 'zod';
import { notificationTypes } from '../src/notifications/events.ts';
import { notificationTypeSchema } from './notification.ts';

export const createWebhookSchema = z
  .object({
    url: z.string().max(2000).meta({
      description:
        'http:// or https:// URL of the receiver. It must resolve to public addresses only (unless the service runs with WEBHOOK_ALLOW_PRIVATE_NETWORKS=true); redirects are not followed.',
    }),
    events: z.array(notificationTypeSchema).min(1).max(notificationTypes.length),
    description: z.string().max(500).optional(),
  })
  .strict()
  .meta({
    examples: [{ url: 'https://erp.castings.example/hooks/reuse', events: ['match.found', 'exchange.accepted'], description: 'ERP' }],
  });

export const webhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(notificationTypeSchema),
    description: z.string().nullable(),
    enabled: z.boolean().meta({ description: 'false once the receiver kept failing for longer than the retry window' }),
    disabledAt: z.iso.datetime({ offset: true }).nullable(),
    disabledReason: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Webhook' });

export const createdWebhookSchema = webhookSchema
  .extend({
    secret: z.string().meta({
      description: 'whsec_ and the base64 of 32 random bytes: the key of every delivery\'s signature. Shown only here, once.',
    }),
  })
  .meta({ id: 'CreatedWebhook' });

export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
export const webhookParamsSchema = z.object({ id: z.uuid() });

export const deliveryQuerySchema = z.object({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const deliverySchema = z
  .object({
    id: z.string().meta({ description: 'The webhook-id header of every attempt (msg_…)' }),
    eventId: z.string(),
    type: notificationTypeSchema,
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable().meta({ description: 'HTTP status of the last answer; null when none came (timeout, refused)' }),
    lastError: z.string().nullable(),
    lastAttemptAt: z.iso.datetime({ offset: true }).nullable(),
    nextAttemptAt: z.iso.datetime({ offset: true }).nullable().meta({ description: 'When it is tried next; null once delivered or failed' }),
    createdAt: z.iso.datetime({ offset: true }),
    deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const deliveryListSchema = z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() });
