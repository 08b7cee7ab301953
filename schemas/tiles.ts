import { z } from 'zod';
import { MAX_ZOOM } from '../src/gis/tiles.ts';
import { materialCodeSchema } from './material.ts';

const tileIndex = z.coerce
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' });

export const tileParamsSchema = z.object({
  collection: z.string().max(100).meta({ description: 'A tile collection: listings or regions' }),
  z: tileIndex.max(MAX_ZOOM, { error: `must be between 0 and ${MAX_ZOOM}` }),
  x: tileIndex.meta({ description: 'Column, 0 to 2^z − 1' }),
  y: tileIndex.meta({ description: 'Row from the north, 0 to 2^z − 1' }),
});

export const tileQuerySchema = z.object({
  material: materialCodeSchema.optional().meta({
    description: 'listings only: the listings naming this material as any of theirs (a want may accept several)',
  }),
});

export const tileJsonParamsSchema = z.object({
  collection: z.string().max(100).meta({ description: 'A tile collection: listings or regions' }),
});

export const tileSchema = z.any().meta({
  description: 'A Mapbox Vector Tile (application/vnd.mapbox-vector-tile); empty where the tile holds nothing',
});

export const tileJsonSchema = z
  .object({
    tilejson: z.literal('3.0.0'),
    name: z.string(),
    description: z.string(),
    scheme: z.literal('xyz'),
    tiles: z.array(z.string()),
    minzoom: z.number().int(),
    maxzoom: z.number().int(),
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    vector_layers: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        minzoom: z.number().int(),
        maxzoom: z.number().int(),
        fields: z.record(z.string(), z.string()),
      }),
    ),
  })
  .meta({ id: 'TileJSON' });
