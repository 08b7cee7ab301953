/** Every event a webhook may subscribe to and a person may choose e-mail for. */
export const notificationTypes = [
  'match.found',
  'saved-search.matched',
  'exchange.proposed',
  'exchange.accepted',
  'exchange.declined',
  'exchange.cancelled',
  'exchange.completed',
  'transfer.recorded',
  'listing.expiring',
  'listing.expired',
] as const;

export type NotificationType = (typeof notificationTypes)[number];
