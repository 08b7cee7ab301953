import { z } from 'zod';
import { regionLevelEnum } from '../db/schema.ts';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
type Position = z.infer<typeof position>;
const drawable = ([lon1, lat1]: Position, [lon2, lat2]: Position) =>
  Math.abs(lon2 - lon1) < 180 && !(Math.abs(lat1) === 90 && lat2 === -lat1);
const ring = z
  .array(position)
  .min(4, { error: 'a ring needs at least 4 positions' })
  .refine((r) => r[0]?.[0] === r[r.length - 1]?.[0] && r[0]?.[1] === r[r.length - 1]?.[1], {
    error: 'a ring must end where it starts',
  })
  // Boundaries are stored as geography, where an edge is the shorter great circle: an edge of 180°
  // has none, and a ring reaching both -180 and 180 folds onto itself instead of going round.
  .refine((r) => r.every((p, i) => i === 0 || drawable(r[i - 1] as Position, p)), {
    error: 'consecutive positions must be under 180° of longitude apart and not pole to pole (split the region at ±180)',
  })
  .refine((r) => !(r.some(([lon]) => lon === -180) && r.some(([lon]) => lon === 180)), {
    error: 'a ring cannot reach both -180 and 180 longitude: a region cannot wrap the globe',
  });

export const boundarySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }).strict(),
]);

export const createRegionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    level: z
      .enum(regionLevelEnum.enumValues)
      .default('region')
      .meta({ description: 'A region, or a local authority: the network report counts links crossing each' }),
    boundary: boundarySchema,
  })
  .strict()
  .meta({
    examples: [
      {
        name: 'Black Country',
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [-2.2, 52.45],
              [-1.95, 52.45],
              [-1.95, 52.65],
              [-2.2, 52.65],
              [-2.2, 52.45],
            ],
          ],
        },
      },
    ],
  });

export const regionSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    level: z.enum(regionLevelEnum.enumValues),
    boundary: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
    areaKm2: z.number(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Region' });

export const regionListSchema = z.object({ items: z.array(regionSchema.omit({ boundary: true })) });
export const regionParamsSchema = z.object({ id: z.uuid() });
export type CreateRegion = z.infer<typeof createRegionSchema>;
