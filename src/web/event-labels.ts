// What each event type is called in the app: e-mail preferences and webhook subscriptions.

const LABELS: Record<string, string> = {
  'match.found': 'A new match for one of our listings',
  'saved-search.matched': 'A saved search found a listing',
  'exchange.proposed': 'An exchange is proposed',
  'exchange.countered': 'New terms are proposed on an exchange',
  'exchange.accepted': 'An exchange is accepted',
  'exchange.declined': 'An exchange is declined',
  'exchange.cancelled': 'An exchange is cancelled',
  'exchange.completed': 'An exchange is completed',
  'exchange.message': 'A message on an exchange',
  'transfer.recorded': 'A transfer is recorded',
  'listing.expiring': 'A listing expires in 7 days',
  'listing.expired': 'A listing has expired',
  'webhook.disabled': 'A webhook was switched off for failing',
};

export const eventLabel = (type: string) => LABELS[type] ?? type;
