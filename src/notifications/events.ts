// What the service tells organisations about, and the shape every delivery has, whatever the channel.

/** Every event type, in the order the docs list them. Webhook subscriptions name these. */
export const notificationTypes = [
  'match.found',
  'saved-search.matched',
  'exchange.proposed',
  // New terms from one side (POST /exchanges/{id}/counter), to the party whose turn it now is.
  'exchange.countered',
  'exchange.accepted',
  'exchange.declined',
  'exchange.cancelled',
  'exchange.completed',
  // A new message in an exchange's thread, to the other party; the text stays in the thread.
  'exchange.message',
  'transfer.recorded',
  'listing.expiring',
  'listing.expired',
  // To a webhook's own organisation, when it was switched off for failing (src/webhooks/deliveries.ts).
  'webhook.disabled',
] as const;

export type NotificationType = (typeof notificationTypes)[number];

/** What a change publishes: one event, to each organisation concerned. */
export interface NotificationEvent {
  type: NotificationType;
  /** Recipients; duplicates are sent once. Data must be what every one of them may see. */
  organisationIds: readonly string[];
  /** JSON that the recipients may all see: public views only (listings' public points). */
  data: Record<string, unknown>;
}

/** One event for one recipient organisation: what each channel is handed, and what a job carries. */
export interface Delivery {
  /** The event's id, the same for every recipient and channel (webhook-id, inbox unique key). */
  eventId: string;
  type: NotificationType;
  organisationId: string;
  /** ISO 8601, when the change was committed (near enough: when it was published in its transaction). */
  occurredAt: string;
  data: Record<string, unknown>;
}
