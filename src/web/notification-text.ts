// What each inbox item says and where it leads, in plain words.
import type { components } from './api-types.ts';
import { date, num } from './format.ts';
import { materialName } from './session.ts';

type Notification = components['schemas']['Notification'];
type Material = components['schemas']['Material'];

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The item in a sentence; materials by their catalogue names, as the rest of the app names them. */
export function inboxText(n: Notification, materials: Pick<Material, 'code' | 'name'>[]): string {
  const d = n.data as Record<string, unknown>;
  const match = (d.match ?? {}) as { listing?: { kind?: string; material?: string }; distanceKm?: number };
  const material = (code: unknown) => (typeof code === 'string' && code ? materialName(materials, code) : 'material');
  switch (n.type) {
    case 'match.found':
      return `A new ${match.listing?.kind ?? 'listing'} of ${material(match.listing?.material)} matches your listing, ${Math.round(match.distanceKm ?? 0)} km away`;
    case 'saved-search.matched': {
      const count = Array.isArray(d.matches) ? d.matches.length : 0;
      return `Your saved search “${str(d.name)}” found ${count} new listing${count === 1 ? '' : 's'}`;
    }
    case 'exchange.proposed':
      return `An exchange of ${material(d.material)} was proposed to you`;
    case 'exchange.countered':
      return `New terms were proposed on your exchange of ${material(d.material)}: it is your turn`;
    case 'exchange.accepted':
      return `Your exchange of ${material(d.material)} was accepted`;
    case 'exchange.declined':
      return `Your exchange of ${material(d.material)} was declined`;
    case 'exchange.cancelled':
      return `An exchange of ${material(d.material)} was cancelled`;
    case 'exchange.completed':
      return `An exchange of ${material(d.material)} was completed`;
    case 'exchange.message':
      return `A new message on your exchange${d.side === 'officer' ? ' from a programme officer' : ''}`;
    case 'transfer.recorded':
      return `A transfer of ${typeof d.amount === 'number' ? num(d.amount) : ''} ${d.unit === 'm3' ? 'm³' : str(d.unit)} of ${material(d.material)} was recorded`;
    case 'listing.expiring':
      return `Your ${str(d.kind)} of ${material(d.material)} expires on ${d.expiresAt ? date(str(d.expiresAt)) : 'soon'}: renew it to keep it listed`;
    case 'listing.expired':
      return `Your ${str(d.kind)} of ${material(d.material)} has expired`;
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
