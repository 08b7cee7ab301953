import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { materialListSchema, materialParamsSchema, materialSchema } from '../../../schemas/material.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { notFound } from '../../errors.ts';
import { getMaterial, listMaterials } from '../../reference/materials.ts';

const materialRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/materials',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listMaterials',
        summary: 'The material catalogue: codes, units, List of Waste codes and grade properties',
        description: 'Public. Every material code listings may use, with its unit and the grade properties (and their ranges or values) an offer may state and a want may constrain.',
        tags: ['materials'],
        security: [],
        response: { 200: materialListSchema },
      },
    },
    async () => ({ items: await listMaterials(app.db) }),
  );

  app.get(
    '/materials/:code',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getMaterial',
        summary: 'One material of the catalogue',
        description: 'Public. One material of the catalogue by its code, with its grade properties; 404 for an unknown code.',
        tags: ['materials'],
        security: [],
        params: materialParamsSchema,
        response: { 200: materialSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const material = await getMaterial(app.db, request.params.code);
      if (!material) throw notFound(`Material ${request.params.code}`);
      return material;
    },
  );
};

export default materialRoutes;
