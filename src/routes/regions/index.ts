import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { createRegionSchema, regionListSchema, regionParamsSchema, regionSchema } from '../../../schemas/region.ts';
import type { Config } from '../../config.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { createRegion, getRegion, listRegions } from '../../reference/regions.ts';

const regionRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/regions',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'createRegion',
        summary: `Register a named boundary (GeoJSON Polygon or MultiPolygon, up to ${config.regionMaxVertices} positions) to report by (officers)`,
        description: 'Officers and admins. The boundary is checked as GeoJSON (400 names the field at fault); 409 if the name is taken. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['reports'],
        body: createRegionSchema,
        response: { 201: regionSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const region = await createRegion(db, p, request.body, config.regionMaxVertices);
        return { status: 201, body: region, location: `/regions/${region.id}` };
      });
    },
  );

  app.get(
    '/regions',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'listRegions',
        summary: 'The registered regions (officers)',
        description: 'Officers and admins. Names and ids, without boundaries; use them to group the savings report.',
        tags: ['reports'],
        response: { 200: regionListSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listRegions(await request.readDb()) }),
  );

  app.get(
    '/regions/:id',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getRegion',
        summary: 'One region with its boundary (officers)',
        description: 'Officers and admins. The region with its GeoJSON boundary; 404 for an unknown id.',
        tags: ['reports'],
        params: regionParamsSchema,
        response: { 200: regionSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getRegion(await request.readDb(), request.params.id),
  );
};

export default regionRoutes;
