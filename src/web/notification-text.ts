// What each inbox item says and where it leads, in plain words.
import type { components } from './api-types.ts';

type Notification = components['schemas']['Notification'];

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function inboxText(n: Notification): string {
  const d = n.data as Record<string, unknown>;
  const match = (d.match ?? {}) as { listing?: { kind?: string; material?: string }; distanceKm?: number };
  switch (n.type) {
    case 'match.found':
      return `A new ${match.listing?.kind ?? 'listing'} of ${match.listing?.material ?? 'material'} matches your listing, ${Math.round(match.distanceKm ?? 0)} km away`;
    case 'saved-search.matched': {
      const count = Array.isArray(d.matches) ? d.matches.length : 0;
      return `Your saved search “${str(d.name)}” found ${count} new listing${count === 1 ? '' : 's'}`;
    }
    case 'exchange.proposed':
      return `An exchange of ${str(d.material)} was proposed to you`;
    case 'exchange.countered':
      return `New terms were proposed on your exchange of ${str(d.material)}: it is your turn`;
    case 'exchange.accepted':
      return `Your exchange of ${str(d.material)} was accepted`;
    case 'exchange.declined':
      return `Your exchange of ${str(d.material)} was declined`;
    case 'exchange.cancelled':
      return `An exchange of ${str(d.material)} was cancelled`;
    case 'exchange.completed':
      return `An exchange of ${str(d.material)} was completed`;
    case 'exchange.message':
      return `A new message on your exchange${d.side === 'officer' ? ' from a programme officer' : ''}`;
    case 'transfer.recorded':
      return `A transfer of ${String(d.amount ?? '')} ${str(d.unit)} of ${str(d.material)} was recorded`;
    case 'listing.expiring':
      return `Your ${str(d.kind)} of ${str(d.material)} expires on ${str(d.expiresAt).slice(0, 10)}: renew it to keep it listed`;
    case 'listing.expired':
      return `Your ${str(d.kind)} of ${str(d.material)} has expired`;
    case 'webhook.disabled':
      return `Your webhook to ${str(d.url)} was switched off: ${str(d.reason)}`;
  }
}

/** The page the item is about: the listing, the exchange, or the search page for a saved search. */
export function inboxLink(n: Notification): string {
  const d = n.data as Record<string, unknown>;
  if (n.type.startsWith('exchange.') || n.type === 'transfer.recorded') return `#/exchanges/${str(d.exchangeId)}`;
  if (n.type === 'saved-search.matched') return '#/search';
  if (n.type === 'webhook.disabled') return '#/webhooks';
  return `#/listings/${str(d.listingId)}`;
}
