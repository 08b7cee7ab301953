import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { factorSetListSchema, factorSetParamsSchema, factorSetSchema } from '../../../schemas/estimate.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { notFound } from '../../errors.ts';
import { principalOf } from '../../plugins/auth.ts';
import { createFactorSet, getFactorSet, listFactorSets } from '../../reference/factor-sets.ts';
import { idempotent } from '../../plugins/idempotency.ts';

const factorSetRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/factor-sets',
    {
      schema: {
        operationId: 'listFactorSets',
        summary: 'The stored factor sets, and which is the default',
        description: 'Members and above. Each set\'s name, validity and whether it is the default for new estimates.',
        tags: ['savings'],
        response: { 200: factorSetListSchema, ...problemResponses(401) },
      },
    },
    async () => ({ items: await listFactorSets(app.db), default: config.defaultFactorSet }),
  );

  app.get(
    '/factor-sets/:id',
    {
      schema: {
        operationId: 'getFactorSet',
        summary: 'One factor set: every figure with its unit, source, confidence and validity',
        description: 'Members and above. Every figure with its unit, source and confidence; 404 for an unknown id.',
        tags: ['savings'],
        params: factorSetParamsSchema,
        response: { 200: factorSetSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const set = await getFactorSet(app.db, request.params.id);
      if (!set) throw notFound(`Factor set ${request.params.id}`);
      return set;
    },
  );

  app.post(
    '/factor-sets',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createFactorSet',
        summary: "Add a factor set (next year's DESNZ factors, new tax rates); sets are immutable",
        description: 'Admins only. A set is immutable once stored; 409 if its id is taken, so give next year\'s set a new id. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['savings'],
        body: factorSetSchema,
        response: { 201: factorSetSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const set = await createFactorSet(db, p, request.body);
        return { status: 201, body: set, location: `/factor-sets/${set.id}` };
      });
    },
  );
};

export default factorSetRoutes;
