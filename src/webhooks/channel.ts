// The webhooks channel of the notification queue: a delivery job for an organisation becomes one
// row per subscribed webhook in webhook_deliveries, which has its own 24-hour retry schedule, so
// this never throws for a receiver that is down (that would retry the whole job, inbox included).
import type { Channel } from '../notifications/channels.ts';
import { enqueueWebhookDeliveries } from './deliveries.ts';

export function webhookChannel(queued: () => void): Channel {
  return {
    name: 'webhooks',
    async deliver(d, { db }) {
      const added = await enqueueWebhookDeliveries(db, d.organisationId, {
        id: d.eventId,
        type: d.type,
        createdAt: new Date(d.occurredAt),
        data: d.data,
      });
      if (added > 0) queued();
    },
  };
}
