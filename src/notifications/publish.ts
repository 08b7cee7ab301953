// The one function other code calls, inside the transaction of the change it reports.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import type { Delivery, NotificationEvent } from './events.ts';
import { enqueueDeliveries } from './queue.ts';

/**
 * Enqueues `event` for each recipient in `tx`: committed with the change, or not at all. Returns
 * the event id (the same for every recipient and channel).
 */
export async function publishEvent(tx: Database, event: NotificationEvent): Promise<string> {
  const eventId = randomUUID();
  const occurredAt = new Date().toISOString();
  const deliveries: Delivery[] = [...new Set(event.organisationIds)].map((organisationId) => ({
    eventId,
    type: event.type,
    organisationId,
    occurredAt,
    data: event.data,
  }));
  await enqueueDeliveries(tx, deliveries);
  return eventId;
}

/** Several events in one statement (a fan-out), each with its own recipients and data. */
export async function publishEvents(tx: Database, events: readonly NotificationEvent[]): Promise<void> {
  const occurredAt = new Date().toISOString();
  const deliveries = events.flatMap((event) => {
    const eventId = randomUUID();
    return [...new Set(event.organisationIds)].map((organisationId) => ({
      eventId,
      type: event.type,
      organisationId,
      occurredAt,
      data: event.data,
    }));
  });
  await enqueueDeliveries(tx, deliveries);
}
