import t from 'tap';
import type { ListingView } from '../../schemas/listing.ts';
import { listingFeatureCollection } from '../../src/listings/geojson.ts';

const listing = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'offer',
  visibility: 'public',
  location: { type: 'Point', coordinates: [-2.0, 52.5] },
} as unknown as ListingView;

t.test('a page of listings as a FeatureCollection, its next link the same search', async (t) => {
  const doc = listingFeatureCollection({ items: [listing], nextCursor: 'c2' }, '/listings?kind=offer&cursor=c1&limit=1');
  t.same(doc.features, [
    {
      type: 'Feature',
      id: listing.id,
      geometry: listing.location,
      properties: { id: listing.id, kind: 'offer', visibility: 'public' },
    },
  ]);
  t.equal(doc.numberReturned, 1);
  t.same(doc.links, [{ rel: 'next', href: '/listings?kind=offer&cursor=c2&limit=1', type: 'application/geo+json' }]);
  t.same(listingFeatureCollection({ items: [], nextCursor: null }, '/listings').links, [], 'the last page has no next');
});
