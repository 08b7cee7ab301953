import { LISTING_TILE_FIELDS, MAX_ZOOM, REGION_TILE_FIELDS, type TileCollection } from './tiles.ts';

const LAYERS = {
  listings: {
    description: 'Active listings at their public points (the centre of a ~1 km cell)',
    layer: 'Listings',
    fields: LISTING_TILE_FIELDS,
  },
  regions: { description: 'The regions reports are made by, their boundaries clipped to each tile', layer: 'Regions', fields: REGION_TILE_FIELDS },
} as const;

/** TileJSON 3.0 for a tile collection served under `origin` (scheme and host). */
export function tileJson(collection: TileCollection, origin: string) {
  const { description, layer, fields } = LAYERS[collection];
  return {
    tilejson: '3.0.0' as const,
    name: collection,
    description,
    scheme: 'xyz' as const,
    tiles: [`${origin}/tiles/${collection}/{z}/{x}/{y}.mvt`],
    minzoom: 0,
    maxzoom: MAX_ZOOM,
    bounds: [-180, -85.0511, 180, 85.0511] as [number, number, number, number],
    vector_layers: [{ id: collection, description: layer, minzoom: 0, maxzoom: MAX_ZOOM, fields: { ...fields } }],
  };
}
