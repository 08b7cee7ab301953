import { LISTING_TILE_FIELDS, MAX_ZOOM, type TileCollection } from './tiles.ts';

/** TileJSON 3.0 for a tile collection served under `origin` (scheme and host). */
export function tileJson(collection: TileCollection, origin: string) {
  return {
    tilejson: '3.0.0' as const,
    name: collection,
    description: 'Active listings at their public points (the centre of a ~1 km cell)',
    scheme: 'xyz' as const,
    tiles: [`${origin}/tiles/${collection}/{z}/{x}/{y}.mvt`],
    minzoom: 0,
    maxzoom: MAX_ZOOM,
    bounds: [-180, -85.0511, 180, 85.0511] as [number, number, number, number],
    vector_layers: [
      { id: collection, description: 'Listings', minzoom: 0, maxzoom: MAX_ZOOM, fields: { ...LISTING_TILE_FIELDS } },
    ],
  };
}
