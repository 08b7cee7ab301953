import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { tileJsonParamsSchema, tileJsonSchema, tileParamsSchema, tileQuerySchema, tileSchema } from '../../../schemas/tiles.ts';
import { badRequest, notFound } from '../../errors.ts';
import { tileJson } from '../../gis/tilejson.ts';
import {
  renderTile,
  TILE_COLLECTIONS,
  type TileCollection,
  tileAddressProblem,
  tileEtag,
} from '../../gis/tiles.ts';

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
// Tiles differ only as listings change; members' browsers may keep them a minute. Private:
// they are read with a key or session, so no shared cache may keep them.
const TILE_CACHE = 'private, max-age=60';

function collectionOf(name: string): TileCollection {
  const found = TILE_COLLECTIONS.find((c) => c === name);
  if (!found) throw notFound(`Tile collection ${name}`);
  return found;
}

const tileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tiles/:collection/:z/:x/:y.mvt',
    {
      schema: {
        operationId: 'getTile',
        summary: 'A vector tile (MVT): active listings at their public points (counts per cell below zoom 14), or regions',
        description: 'Members and above. A Mapbox Vector Tile; `material` narrows listings to those naming it as any of their materials. Answers 304 to If-None-Match with the current ETag. 400 for a tile address outside the zoom range or grid, 404 for an unknown collection.',
        tags: ['maps'],
        params: tileParamsSchema,
        querystring: tileQuerySchema,
        response: { 200: tileSchema, 304: tileSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { z, x, y } = request.params;
      const collection = collectionOf(request.params.collection);
      const problem = tileAddressProblem({ z, x, y });
      if (problem) throw badRequest(problem.field, problem.message, 'params');
      const { material } = request.query;
      if (material && collection !== 'listings') throw badRequest('material', 'only listings tiles are narrowed by material', 'querystring');
      const bytes = await renderTile(await request.readDb(), app.dbEngine, collection, { z, x, y }, { material });
      const etag = tileEtag(bytes);
      reply.header('cache-control', TILE_CACHE).header('etag', etag).header('vary', 'authorization, cookie');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(MVT_TYPE).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );

  app.get(
    '/tiles/:collection.json',
    {
      schema: {
        operationId: 'getTileJson',
        summary: 'TileJSON 3.0 for a tile collection: where its tiles are and what their features hold',
        description: 'Members and above. The tile URL template, zoom range, bounds and the fields of each feature layer; 404 for an unknown collection.',
        tags: ['maps'],
        params: tileJsonParamsSchema,
        response: { 200: tileJsonSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const collection = collectionOf(request.params.collection);
      reply.header('cache-control', 'private, max-age=3600');
      return tileJson(collection, `${request.protocol}://${request.host}`);
    },
  );
};

export default tileRoutes;
