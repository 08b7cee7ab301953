import type { ListingView } from '../../schemas/listing.ts';

/**
 * A page of listings as a GeoJSON FeatureCollection: each listing a point feature with the rest
 * of its view as properties, and a `next` link to `url` (the path and query that read this page,
 * as the client sent them) with the page's cursor in place of any it had.
 */
export function listingFeatureCollection(page: { items: ListingView[]; nextCursor: string | null }, url: string) {
  const next = new URL(url, 'http://x');
  if (page.nextCursor) next.searchParams.set('cursor', page.nextCursor);
  return {
    type: 'FeatureCollection' as const,
    features: page.items.map(({ location, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.id,
      geometry: location,
      properties,
    })),
    numberReturned: page.items.length,
    links: page.nextCursor ? [{ rel: 'next', href: `${next.pathname}${next.search}`, type: 'application/geo+json' }] : [],
  };
}
